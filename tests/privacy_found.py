"""What `find_personal_data` finds in a text, as the privacy tests compare it."""

from __future__ import annotations

from attune.data.privacy import find_personal_data


def found(text: str, entity: str) -> list[str]:
    """The values found of one entity, in order."""
    return [text[f.start : f.end] for f in find_personal_data(text) if f.entity == entity]


def findings(text: str, entity: str | None = None) -> list[tuple[str, str]]:
    """(entity, value) of everything found, or of one entity's findings."""
    hits = [(f.entity, text[f.start : f.end]) for f in find_personal_data(text)]
    return [hit for hit in hits if entity is None or hit[0] == entity]
