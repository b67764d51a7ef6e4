"""Labelled text for classification: rows of a file mapped to `(text, label)` examples.

The text and label columns are taken from the config when given, else detected from
common names; labels are always strings (SST-2's 0/1 become "0"/"1").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attune.data.formats import SourceRow, read_rows
from attune.data.problems import Problem
from attune.errors import AttuneError

TEXT_NAMES = ("text", "sentence", "content", "utterance", "query", "question", "input")
LABEL_NAMES = ("label", "intent", "category", "class", "target", "sentiment")
PAIR_FIELDS = ("0", "1")
"""Field names reported for files of `[text, label]` pairs."""


@dataclass(frozen=True)
class Example:
    """One labelled text and where it came from (`line` is 1-based in `source`)."""

    text: str
    label: str
    source: str = ""
    line: int = 0


@dataclass
class LabelledFile:
    """The examples of one file, the problems met reading it, and the fields used."""

    examples: list[Example]
    problems: list[Problem]
    text_field: str
    label_field: str
    encoding: str = "utf-8"


def load_labelled(
    spec: str | Path, text_field: str | None = None, label_field: str | None = None
) -> LabelledFile:
    """Read a file of labelled text; every unusable row becomes an error `Problem`."""
    read = read_rows(spec)
    problems = list(read.problems)
    columns = list_columns(read.rows)
    if columns:
        fields = detect_fields(columns, text_field, label_field, read.source)
    else:
        fields = PAIR_FIELDS
    examples = []
    for row in read.rows:
        found = row_example(row, fields, read.source)
        if isinstance(found, Problem):
            problems.append(found)
        else:
            examples.append(found)
    return LabelledFile(examples, problems, fields[0], fields[1], read.encoding)


def list_columns(rows: list[SourceRow]) -> list[str]:
    """Every key of the dict rows, in order of first appearance."""
    seen: dict[str, None] = {}
    for row in rows:
        if isinstance(row.value, dict):
            seen.update(dict.fromkeys(row.value))
    return list(seen)


def detect_fields(
    columns: list[str], text_field: str | None, label_field: str | None, source: str
) -> tuple[str, str]:
    """Choose the text and label columns: the given names, else common names.

    With exactly two columns and one of them recognised, the other is the second field.
    """
    text = find_column(columns, text_field, TEXT_NAMES, "text", source)
    label = find_column(columns, label_field, LABEL_NAMES, "label", source, exclude=text)
    if len(columns) == 2:
        if text is None and label is not None:
            text = next(c for c in columns if c != label)
        elif label is None and text is not None:
            label = next(c for c in columns if c != text)
    for role, found, names in (("text", text, TEXT_NAMES), ("label", label, LABEL_NAMES)):
        if found is None:
            raise AttuneError(
                f"cannot tell which column holds the {role} (columns: {', '.join(columns)})",
                where=source,
                fix=f"set data.{role}_field, or name the column one of: {', '.join(names)}",
            )
    assert text is not None and label is not None
    if text == label:
        raise AttuneError(f"text and label are the same column {text!r}", where=source)
    return text, label


def find_column(
    columns: list[str],
    wanted: str | None,
    names: tuple[str, ...],
    role: str,
    source: str,
    exclude: str | None = None,
) -> str | None:
    """The column named `wanted` (exact, then case-insensitive), else the first common name."""
    lowered = {c.lower(): c for c in reversed(columns) if c != exclude}
    if wanted is not None:
        if wanted in columns:
            return wanted
        if wanted.lower() in lowered:
            return lowered[wanted.lower()]
        raise AttuneError(
            f"no column {wanted!r} for the {role} (columns: {', '.join(columns)})",
            where=source,
            fix=f"set data.{role}_field to one of the columns",
        )
    return next((lowered[name] for name in names if name in lowered), None)


def row_example(row: SourceRow, fields: tuple[str, str], source: str) -> Example | Problem:
    """Turn one row into an example, or say why it cannot be one."""
    if isinstance(row.value, list):
        if len(row.value) != 2:
            message = f"expected a [text, label] pair, got a list of {len(row.value)} items"
            return Problem("error", "unreadable", message, source, row.line)
        text, label = row.value
    else:
        for name in fields:
            if row.value.get(name) is None:
                message = f"no {name!r} in this row"
                return Problem("error", "missing_field", message, source, row.line, name)
        text, label = row.value[fields[0]], row.value[fields[1]]
    if not isinstance(text, str):
        message = f"the text must be a string, got {type(text).__name__}"
        return Problem("error", "bad_value", message, source, row.line, fields[0])
    label_text = label_to_str(label)
    if label_text is None:
        message = f"the label must be a string or a number, got {label!r:.40}"
        return Problem("error", "bad_value", message, source, row.line, fields[1])
    if not label_text:
        return Problem("error", "missing_field", "the label is empty", source, row.line, fields[1])
    return Example(text, label_text, source, row.line)


def label_to_str(label: Any) -> str | None:
    """Labels as strings: 3 and 3.0 both become "3", true "true"; None for lists and objects."""
    if isinstance(label, bool):
        return str(label).lower()
    if not isinstance(label, str | int | float):
        return None
    if isinstance(label, float) and label.is_integer():
        return str(int(label))
    return str(label).strip()
