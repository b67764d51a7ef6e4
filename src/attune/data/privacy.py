"""Finding and redacting personal data and secrets in text, before it is trained on or logged.

Entities: EMAIL, PHONE, CARD (Luhn), IBAN (mod-97), IP (v4 and v6), SSN (US), URL_SECRET
(only the `user:pass` or token-parameter value inside a URL, so the rest of the URL stays
readable) and API_KEY (vendor prefixes, Bearer tokens and random-looking strings).

The detectors are written by hand (see `privacy_patterns`): Microsoft Presidio depends
on spaCy and its analyzer needs a spaCy model download, which is not available offline.
Precision is favoured over recall: each regex is backed by a checksum or a range check.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

from attune.data.privacy_patterns import DETECTORS
from attune.errors import AttuneError

ENTITIES: tuple[str, ...] = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN", "URL_SECRET", "API_KEY")

Mode = Literal["placeholder", "pseudonym"]


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


def find_personal_data(text: str, entities: Iterable[str] = ENTITIES) -> list[Finding]:
    """Non-overlapping findings sorted by start.

    Overlaps are settled by detector rank (most specific first, see `DETECTORS`), then
    by length, so a URL's password beats an e-mail-looking `pass@host` inside it.
    """
    wanted = check_entities(entities)
    candidates: list[tuple[int, int, Finding]] = []
    for rank, (entity, detect) in enumerate(DETECTORS):
        if entity in wanted:
            for start, end in detect(text):
                candidates.append((rank, start - end, Finding(entity, start, end)))
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    kept: list[Finding] = []
    for _, _, finding in candidates:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def normalise_value(entity: str, value: str) -> str:
    """The form two mentions of one value share: "4111-1111…" is "4111 1111…"."""
    if entity in ("PHONE", "CARD", "IBAN"):
        return "".join(ch for ch in value if ch.isalnum()).upper()
    return value.lower() if entity == "EMAIL" else value


class Redactor:
    """Replaces personal data with `<EMAIL>` (placeholder) or `<EMAIL_1>` (pseudonym).

    In pseudonym mode the same value always gets the same number for the lifetime of
    this object, across calls (phones, cards and IBANs compared without separators,
    e-mails case-blind), so a conversation stays coherent ("<EMAIL_1> wrote to
    <EMAIL_2>, then <EMAIL_1> replied"). The value→number map lives only in memory.
    """

    def __init__(self, entities: Iterable[str] = ENTITIES, mode: Mode = "pseudonym") -> None:
        if mode not in ("placeholder", "pseudonym"):
            raise AttuneError(
                f"unknown redaction mode {mode!r}",
                where="privacy mode",
                fix="use 'placeholder' or 'pseudonym'",
            )
        self.entities = check_entities(entities)
        self.mode: Mode = mode
        self._numbers: dict[tuple[str, str], int] = {}
        self._distinct: dict[str, int] = {}
        self._counts: dict[str, int] = dict.fromkeys(sorted(self.entities), 0)

    def redact(self, text: str) -> str:
        """`text` with every finding replaced by its tag."""
        pieces: list[str] = []
        last = 0
        for finding in find_personal_data(text, self.entities):
            pieces.append(text[last : finding.start])
            pieces.append(self._tag(finding.entity, text[finding.start : finding.end]))
            self._counts[finding.entity] += 1
            last = finding.end
        pieces.append(text[last:])
        return "".join(pieces)

    def counts(self) -> dict[str, int]:
        """Findings per entity so far (a copy); never the values themselves."""
        return dict(self._counts)

    def _tag(self, entity: str, value: str) -> str:
        if self.mode == "placeholder":
            return f"<{entity}>"
        key = (entity, normalise_value(entity, value))
        if key not in self._numbers:
            # Numbering is per entity: the n-th distinct e-mail is EMAIL_n.
            self._distinct[entity] = self._distinct.get(entity, 0) + 1
            self._numbers[key] = self._distinct[entity]
        return f"<{entity}_{self._numbers[key]}>"
