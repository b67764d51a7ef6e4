"""Finding and redacting personal data and secrets in text, before it is trained on or logged.

Entities: EMAIL, PHONE, CARD (Luhn), IBAN (mod-97), IP (v4 and v6), SSN (US), URL_SECRET
(only the `user:pass` or token-parameter value inside a URL, so the rest of the URL stays
readable) and API_KEY (vendor prefixes, Bearer tokens and random-looking strings).

The detectors are written by hand (see `privacy_patterns`): Microsoft Presidio depends
on spaCy and its analyzer needs a spaCy model download, which is not available offline.
Precision is favoured over recall: each regex is backed by a checksum or a range check.
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from attune.data.privacy_patterns import DETECTORS
from attune.data.surrogates import surrogate_value
from attune.errors import AttuneError

# Every entity a detector finds, in the detectors' order (most specific first).
ENTITIES: tuple[str, ...] = tuple(dict.fromkeys(entity for entity, _ in DETECTORS))
# What training redacts unless told otherwise: identifiers and secrets, never worth
# learning. Names are left in: who "Tom" is (the person's partner) is exactly what a
# personal assistant should learn; `data.privacy.entities` adds PERSON where it is not.
DEFAULT_ENTITIES: tuple[str, ...] = tuple(e for e in ENTITIES if e != "PERSON")

Mode = Literal["placeholder", "pseudonym", "drop"]
MODES: tuple[Mode, ...] = ("placeholder", "pseudonym", "drop")


@dataclass(frozen=True)
class Finding:
    """One piece of personal data: its entity and where it is, `text[start:end]`."""

    entity: str
    start: int
    end: int


def check_entities(entities: Iterable[str]) -> frozenset[str]:
    """The requested entity names, refusing unknown ones (a typo would silently leak data)."""
    wanted = frozenset(entities)
    unknown = sorted(wanted - set(ENTITIES))
    if unknown:
        raise AttuneError(
            f"unknown personal-data entities: {', '.join(unknown)}",
            where="privacy entities",
            fix=f"use some of: {', '.join(ENTITIES)}",
        )
    return wanted


# No-break, thin, figure and ideographic spaces separate digit groups as often as plain
# ones ("06 12 34 56 78" typed on a French keyboard): detectors see them as plain spaces.
# Full-width forms (Japanese "０９０－３６５１－９７４８"), Arabic-Indic and Persian digits
# ("۰۹۱۷ ۴۵۸ ۲۵۴۶") and Unicode hyphens are seen as their ASCII selves, one character for
# one, so that offsets stay those of the text.
PLAIN_FORMS = str.maketrans(
    {
        **dict.fromkeys("\u00a0\u2007\u2009\u202f\u3000", " "),
        **dict.fromkeys("\u2010\u2011\u2012\uff0d", "-"),
        **{chr(0xFF10 + d): str(d) for d in range(10)},  # full-width
        **{chr(0x0660 + d): str(d) for d in range(10)},  # Arabic-Indic
        **{chr(0x06F0 + d): str(d) for d in range(10)},  # Persian
        "\uff08": "(",
        "\uff09": ")",
        "\uff0b": "+",
        "\uff0e": ".",
    }
)


def find_personal_data(text: str, entities: Iterable[str] = ENTITIES) -> list[Finding]:
    """Non-overlapping findings sorted by start.

    Overlaps are settled by detector rank (most specific first, see `DETECTORS`), then
    by length, so a URL's password beats an e-mail-looking `pass@host` inside it.
    """
    wanted = check_entities(entities)
    scanned = text.translate(PLAIN_FORMS)  # same length: offsets stay those of `text`
    candidates: list[tuple[int, int, Finding]] = []
    for rank, (entity, detect) in enumerate(DETECTORS):
        if entity in wanted:
            for start, end in detect(scanned):
                candidates.append((rank, start - end, Finding(entity, start, end)))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    # Kept spans never overlap, so sorted by (start, end) their ends rise too, and the
    # only one that can overlap a candidate is the last kept span starting before it ends:
    # one bisection per candidate instead of a scan over everything kept.
    keys: list[tuple[int, int]] = []  # (start, end) of the kept findings, sorted
    kept: list[Finding] = []
    for _, _, finding in candidates:
        before = bisect.bisect_left(keys, (finding.end, -1)) - 1
        if before >= 0 and keys[before][1] > finding.start:
            continue
        bisect.insort(keys, (finding.start, finding.end))
        kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def normalise_value(entity: str, value: str) -> str:
    """The form two mentions of one value share: "4111-1111…" is "4111 1111…"."""
    if entity in ("PHONE", "CARD", "IBAN"):
        return "".join(ch for ch in value if ch.isalnum()).upper()
    if entity in ("EMAIL", "PERSON", "ADDRESS"):
        return " ".join(value.lower().split())
    return value


@dataclass(frozen=True)
class Redaction:
    """A text after redaction and how many findings it held (in drop mode: unchanged)."""

    text: str
    found: int


class Redactor:
    """Replaces personal data, one of three ways (`mode`):

    - placeholder: typed and numbered tags, `<EMAIL_1>`;
    - pseudonym: a realistic stand-in of the same kind (`alex.morgan@example.com`, a
      fictional 555 phone number, a Luhn-valid test card), so the text still reads
      naturally and the model learns the shape of the data, never the value;
    - drop: nothing is replaced; `redact_text` reports findings so the caller drops the
      example.

    The same value always gets the same tag or stand-in for the lifetime of this object,
    across calls (phones, cards and IBANs compared without separators, e-mails and names
    case-blind): one person's data stays coherent ("<EMAIL_1> wrote to <EMAIL_2>, then
    <EMAIL_1> replied"). The value→tag map lives only in memory. Values in `keep` (the
    persona's own names, say) are never redacted; a kept name also keeps its parts.
    """

    def __init__(
        self,
        entities: Iterable[str] = ENTITIES,
        mode: Mode = "placeholder",
        keep: Iterable[str] = (),
        seed: int = 0,
    ) -> None:
        if mode not in MODES:
            raise AttuneError(
                f"unknown redaction mode {mode!r}",
                where="privacy mode",
                fix=f"use one of: {', '.join(MODES)}",
            )
        self.entities = check_entities(entities)
        self.mode: Mode = mode
        self._keep = {" ".join(k.lower().split()) for k in keep if k.strip()}
        self._keep_words = {word for k in self._keep for word in k.split()}
        self._rng = random.Random(seed)
        self._tags: dict[tuple[str, str], str] = {}
        self._distinct: dict[str, int] = {}
        self._counts: dict[str, int] = dict.fromkeys(sorted(self.entities), 0)

    def redact(self, text: str) -> str:
        """`text` with every finding replaced by its tag (drop mode: unchanged)."""
        return self.redact_text(text).text

    def redact_text(self, text: str) -> Redaction:
        """The redacted text and the number of findings in it."""
        pieces: list[str] = []
        last = found = 0
        for finding in find_personal_data(text, self.entities):
            value = text[finding.start : finding.end]
            if self.is_kept(finding.entity, value):
                continue
            found += 1
            self._counts[finding.entity] += 1
            if self.mode == "drop":
                continue
            pieces.append(text[last : finding.start])
            pieces.append(self._tag(finding.entity, value))
            last = finding.end
        pieces.append(text[last:])
        return Redaction("".join(pieces), found)

    def is_kept(self, entity: str, value: str) -> bool:
        normal = " ".join(value.lower().split())
        if normal in self._keep:
            return True
        return entity == "PERSON" and all(w in self._keep_words for w in normal.split())

    def counts(self) -> dict[str, int]:
        """Findings per entity so far (a copy); never the values themselves."""
        return dict(self._counts)

    def _tag(self, entity: str, value: str) -> str:
        key = (entity, normalise_value(entity, value))
        if key not in self._tags:
            # Numbering is per entity: the n-th distinct e-mail is EMAIL_n.
            number = self._distinct[entity] = self._distinct.get(entity, 0) + 1
            if self.mode == "pseudonym":
                self._tags[key] = surrogate_value(entity, value, number, self._rng)
            else:
                self._tags[key] = f"<{entity}_{number}>"
        return self._tags[key]


def redact_for_message(text: str) -> str:
    """`text` fit to quote in an error, a warning or a log line: personal data tagged."""
    return Redactor().redact(text)
