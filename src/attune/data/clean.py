"""Cleaning labelled text: normalise, drop empties and duplicates, drop conflicting labels.

Two texts are duplicates when their `dedup_key`s match: equal up to Unicode form, spacing,
case and punctuation. The first one is kept; a text seen with different labels is
dropped entirely, since no one of its labels can be trusted.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, replace

from attune.data.classify import Example
from attune.data.privacy import redact_for_message
from attune.data.problems import Problem


@dataclass
class CleanResult:
    """The examples kept (texts normalised, file order) and one problem per dropped one."""

    examples: list[Example]
    problems: list[Problem]


def normalise_text(text: str) -> str:
    """NFKC (full-width letters, ligatures, non-breaking spaces), whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def dedup_key(text: str) -> str:
    """The text as compared for duplicates: normalised, casefolded, punctuation removed.

    A text of punctuation only keeps its punctuation, so "?" and "!" stay distinct.
    """
    folded = normalise_text(text).casefold()
    kept = "".join(ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split()) or folded


def clean_examples(examples: Sequence[Example]) -> CleanResult:
    """Normalise every text; drop empty texts, duplicates (keep the first) and conflicts."""
    problems: list[Problem] = []
    groups: dict[str, list[tuple[Example, Example]]] = {}
    for raw in examples:
        text = normalise_text(raw.text)
        if not text:
            message = "the text is empty (dropped)"
            problems.append(Problem("warning", "empty_text", message, raw.source, raw.line))
            continue
        groups.setdefault(dedup_key(text), []).append((raw, replace(raw, text=text)))
    kept = []
    for members in groups.values():
        if len({example.label for _, example in members}) > 1:
            problems.append(conflict_problem([example for _, example in members]))
            continue
        kept.append(members[0][1])
        problems.extend(duplicate_problems(members))
    problems.sort(key=lambda p: (p.source, p.line or 0))
    return CleanResult(kept, problems)


def duplicate_problems(members: list[tuple[Example, Example]]) -> list[Problem]:
    """Every member after the first is a duplicate: exact, or equal only after normalising."""
    first_raw = members[0][0]
    seen_raw = {first_raw.text}
    problems = []
    for raw, _ in members[1:]:
        where = place(first_raw, raw.source)
        if raw.text in seen_raw:
            category, message = "duplicate", f"same text as {where} (dropped)"
        else:
            category = "near_duplicate"
            message = f"same text as {where} up to case, punctuation or spacing (dropped)"
        seen_raw.add(raw.text)
        problems.append(Problem("warning", category, message, raw.source, raw.line))
    return problems


def conflict_problem(members: list[Example]) -> Problem:
    """One problem for a text seen with several labels, naming every line of each label."""
    by_label: dict[str, list[str]] = {}
    for example in members:
        by_label.setdefault(example.label, []).append(place(example, members[0].source))
    labels = "; ".join(f"{label!r} at {', '.join(where)}" for label, where in by_label.items())
    message = (
        f"the same text {shorten(members[0].text)!r} has different labels: {labels}; "
        f"all {len(members)} dropped: fix the labels to keep them"
    )
    first = members[0]
    return Problem("warning", "conflict", message, first.source, first.line)


def place(example: Example, source: str) -> str:
    """`line 12` when in the same file as `source`, else `other.csv:12`."""
    if example.source == source:
        return f"line {example.line}"
    return f"{example.source}:{example.line}"


def shorten(text: str, limit: int = 60) -> str:
    """A text fit to quote in a message: personal data tagged, then cut to `limit`."""
    text = redact_for_message(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
