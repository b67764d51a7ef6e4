"""Cells of a table column whose header names what they hold: a CSV export's `ssn` column.

In "employee_id,ssn\\nE-1,772900610" the cue for the number is the header two lines up, not
the text before it. Written by hand because the csv module gives no character offsets, and
the detectors need them. A table here is a header line and the lines below it, up to a
blank line, split by the same delimiter into as many cells; or a fixed-width report's,
whose fields are set off by two spaces or more and read by where they start.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import NamedTuple

Span = tuple[int, int]
DELIMITERS = (",", "\t", ";", "|")
FIXED_FIELD_RE = re.compile(r"\S+(?: \S+)*")  # one space inside a field ("HIRE DATE")
RULE_LINE_RE = re.compile(r"[ \t]*[-=+_][-=+_ \t]*")  # "-------   ------" under a header
# A column of free text, where an export may leave a comma unquoted ("845129,Haddad, Noah,…"):
# the cells right of it then stand one further right.
FREE_TEXT_HEADER_RE = re.compile(
    r"(?i)(?:\b|_)(?:name|address|street|company|title|description|notes?|comments?)$"
)


class TableShape(NamedTuple):
    width: int  # the header's cells
    free: tuple[int, ...]  # its free-text columns, where a comma may be left unquoted


def split_cells(text: str, start: int, end: int, delimiter: str) -> list[Span]:
    """The cells of `text[start:end]`, each without the spaces and quotes around it."""
    cells, begin = [], start
    for position in [*delimiters_outside_quotes(text, start, end, delimiter), end]:
        left, right = begin, position
        while left < right and text[left] in " \"'":
            left += 1
        while right > left and text[right - 1] in " \"'\r":
            right -= 1
        cells.append((left, right))
        begin = position + 1
    return cells


def delimiters_outside_quotes(text: str, start: int, end: int, delimiter: str) -> list[int]:
    """Where `delimiter` splits the row, not inside a CSV field's double quotes ("Horvat,
    Eleni")."""
    if '"' not in text[start:end]:
        return [i for i in range(start, end) if text[i] == delimiter]
    found, quoted = [], False
    for i in range(start, end):
        if text[i] == '"':
            quoted = not quoted
        elif text[i] == delimiter and not quoted:
            found.append(i)
    return found


def field_words(name: str) -> str:
    """A field name as words: "mobile_phone", "PhoneNumber" → "mobile phone", "Phone Number"."""
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", re.sub(r"[_.-]+", " ", name))


def label_and_line_above(
    text: str, start: int, label_re: re.Pattern[str], window: int
) -> tuple[re.Match[str], str] | None:
    """When all that stands before `start` on its line is a label `label_re` accepts (it
    must match from the line's newline, within the `window` characters before `start`):
    that match and the whole line above it. None on a first line or after anything else.
    How a number alone on its line is read by the question or header above it."""
    label = label_re.search(text, max(0, start - window), start)
    if not label or text[label.start()] != "\n":
        return None
    return label, text[text.rfind("\n", 0, label.start()) + 1 : label.start()]


def lines_of(text: str) -> list[Span]:
    spans, begin = [], 0
    for line in text.split("\n"):
        spans.append((begin, begin + len(line)))
        begin += len(line) + 1
    return spans


def column_cells(text: str, header: re.Pattern[str]) -> Iterator[Span]:
    """Every cell under a header cell that `header` matches, in every table of `text`."""
    if not any(d in text for d in DELIMITERS) or "\n" not in text:
        return
    lines = lines_of(text)
    # The rows up to here, for each delimiter, belong to a table already read: a row is read
    # once, not once for every header-like row above it ("fax": … on every line of a file).
    below = dict.fromkeys(DELIMITERS, 0)
    for row, (start, end) in enumerate(lines[:-1]):
        for delimiter in DELIMITERS:
            if row < below[delimiter] or delimiter not in text[start:end]:
                continue
            names = split_cells(text, start, end, delimiter)
            if len(names) < 2:  # (its one delimiter inside quotes)
                continue
            words = [field_words(text[a:b]) for a, b in names]
            columns = [i for i, name in enumerate(words) if header.search(name)]
            if columns:
                free = tuple(i for i, w in enumerate(words) if FREE_TEXT_HEADER_RE.search(w))
                shape = TableShape(len(names), free)
                cells, rows = column_below(text, lines[row + 1 :], delimiter, shape, columns)
                below[delimiter] = row + 1 + rows
                yield from cells


def column_below(
    text: str,
    lines: list[Span],
    delimiter: str,
    shape: TableShape,
    columns: list[int],
) -> tuple[list[Span], int]:
    """The cells of `columns` in the rows below a header, and how many rows were read."""
    width, free = shape
    spans: list[Span] = []
    rows = 0
    for start, end in lines:
        if start == end or text[start:end].isspace():
            break
        rows += 1
        cells = split_cells(text, start, end, delimiter)
        if len(cells) == width + 1 and text[start:end].rstrip().endswith("),"):
            cells.pop()  # an SQL row's "…'2021-09-25'),": the comma ends the row, no cell
        if len(cells) > width:
            cells = unsplit(text, cells, free, len(cells) - width)
        if len(cells) != width:
            continue  # a markdown rule line or a row of another shape
        spans += [cells[column] for column in columns if cells[column][0] < cells[column][1]]
    return spans, rows


def unsplit(text: str, cells: list[Span], free: tuple[int, ...], extra: int) -> list[Span]:
    """The cells with the `extra` ones that split the first free-text cell they read as the
    words of ("Haddad, Noah") joined to it again; as they were if none."""
    for column in free:
        if split_name(text, cells, column, extra):
            return rejoined(cells, column, extra)
    return cells


def split_name(text: str, cells: list[Span], free: int, extra: int) -> bool:
    """The `extra` cells after the free-text one read as its words: "Haddad, Noah" (a space
    and a letter after each delimiter), not "'006-97-8396'" after an SQL row's ")," end."""
    pieces = cells[free + 1 : free + extra + 1]
    return all(a < b and text[a].isalpha() and text[a - 1] == " " for a, b in pieces)


def rejoined(cells: list[Span], free: int, extra: int) -> list[Span]:
    """The cells with the free text's `extra` unquoted delimiters one cell again."""
    return [*cells[:free], (cells[free][0], cells[free + extra][1]), *cells[free + extra + 1 :]]


# Google Contacts' export joins a field's several values with " ::: " ("0881 761 383 ::: +359
# 800 216 835").
MULTI_VALUE_SEPARATOR = " ::: "


def cell_values(text: str, cell: Span) -> list[Span]:
    """The values of one cell: itself, or each of its " ::: "-joined values."""
    start, end = cell
    if MULTI_VALUE_SEPARATOR not in text[start:end]:
        return [cell]
    values, begin = [], start
    while (found := text.find(MULTI_VALUE_SEPARATOR, begin, end)) >= 0:
        values.append((begin, found))
        begin = found + len(MULTI_VALUE_SEPARATOR)
    return [*values, (begin, end)]


def header_cells(text: str, header: re.Pattern[str]) -> list[Span]:
    """The cells under a matching header, of delimited tables and fixed-width reports."""
    return [*column_cells(text, header), *fixed_width_cells(text, header)]


def fixed_width_cells(text: str, header: re.Pattern[str]) -> Iterator[Span]:
    """Every field under a header field that `header` matches, in a fixed-width report:
    "SSN        DOB\n---------  ----------\n153348658  08/24/1990". A field is below a
    header when it starts within two columns of where the header starts."""
    if "  " not in text or "\n" not in text:
        return
    lines = lines_of(text)
    below = 0  # the rows up to here belong to a table already read (each row read once)
    for row, (start, end) in enumerate(lines[:-1]):
        if row < below:
            continue
        names = list(FIXED_FIELD_RE.finditer(text, start, end))
        if len(names) < 2 or not all(text[a.end() : a.end() + 2] == "  " for a in names[:-1]):
            continue
        columns = [m.start() - start for m in names if header.search(field_words(m[0]))]
        if not columns:
            continue
        below = row + 1
        for line_start, line_end in lines[row + 1 :]:
            if line_start == line_end or text[line_start:line_end].isspace():
                break
            below += 1
            if RULE_LINE_RE.fullmatch(text, line_start, line_end):
                continue
            for field in FIXED_FIELD_RE.finditer(text, line_start, line_end):
                if any(abs(field.start() - line_start - c) <= 2 for c in columns):
                    yield field.span()


def covered_mask(length: int, spans: list[Span]) -> bytearray:
    """1 at every character inside a span: an overlap test that does not scan every span."""
    covered = bytearray(length)
    for a, b in spans:
        covered[a:b] = b"\x01" * (b - a)
    return covered


def inside_none(length: int, spans: list[Span], covering: list[Span]) -> list[Span]:
    """The spans that do not lie wholly inside one of `covering` (in a text of `length`)."""
    if not covering:
        return spans
    inside = covered_mask(length, covering)
    return [(a, b) for a, b in spans if not all(inside[a:b])]


def outside_cells(text: str, spans: list[Span], cells: list[Span]) -> list[Span]:
    """The spans that are not the value of one of `cells`: a span that is its cell's one word
    ("4006381333931", "#0612345678") goes, one among a cell's words stays ("call 0612 345
    678 after five")."""
    if not cells:
        return spans
    cells = sorted(cells)
    starts = [start for start, _ in cells]
    kept = []
    for a, b in spans:
        i = bisect_right(starts, a) - 1
        if i < 0 or b > cells[i][1] or not cell_value(text, cells[i], a, b):
            kept.append((a, b))
    return kept


def cell_value(text: str, cell: Span, start: int, end: int) -> bool:
    """No other word in the cell but the span's (a prefix flush against it may be: "ORD-")."""
    before, after = text[cell[0] : start], text[end : cell[1]]
    return not re.search(r"\S\s", before) and not re.search(r"\s\S", after)
