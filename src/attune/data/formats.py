"""Reading data files (JSONL, JSON, CSV, TSV) into rows that remember their line in the file.

Every row keeps the 1-based line where it starts, so each later finding can point at it.
A row that cannot be parsed becomes an error `Problem` and reading goes on; a file that
cannot be read at all (missing, unsupported type, ambiguous JSON object) raises
`AttuneError`.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attune.data.problems import Problem
from attune.errors import AttuneError

SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".tsv": "tsv"}
_JSON_SPACE = re.compile(r"[ \t\n\r]*")


@dataclass(frozen=True)
class SourceRow:
    """One record of a file: a JSON object / CSV row as a dict, or a `[text, label]` list."""

    line: int
    value: dict[str, Any] | list[Any]


@dataclass
class RowsRead:
    """The rows of one file, what went wrong while reading them, and how it was decoded."""

    rows: list[SourceRow]
    problems: list[Problem]
    encoding: str
    source: str = ""
    keys: list[str] = field(default_factory=list)


def parse_spec(spec: str | Path) -> tuple[Path, list[str]]:
    """Split `file.json#train+oos_train` into the path and the keys to join (none: [])."""
    text = str(spec)
    if "#" not in text or Path(text).exists():
        return Path(text), []
    file, _, tail = text.rpartition("#")
    keys = [key.strip() for key in tail.split("+")]
    if not file or not all(keys):
        raise AttuneError(
            f"cannot read the data spec {text!r}",
            fix="write FILE or FILE.json#key1+key2 (keys of a JSON object of splits)",
        )
    return Path(file), keys


def file_kind(path: Path) -> str:
    """jsonl | json | csv | tsv of an existing data file, else a clear error."""
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise AttuneError(
            f"unsupported file type {path.suffix or '(none)'!r}",
            where=str(path),
            fix="use .jsonl, .json, .csv or .tsv (a file of tab-separated columns: rename it .tsv)",
        )
    if not path.is_file():
        raise AttuneError("file not found", where=str(path), fix="check the path")
    return kind


def read_rows(spec: str | Path) -> RowsRead:
    """Read every row of a JSONL, JSON, CSV or TSV file (see the module docstring)."""
    path, keys = parse_spec(spec)
    kind = file_kind(path)
    if keys and kind != "json":
        raise AttuneError(
            f"'#{'+'.join(keys)}' selects keys of a JSON object, but this is a {kind} file",
            where=str(path),
            fix="remove the '#...' part",
        )
    source = str(path)
    text, encoding, problems = decode_bytes(path.read_bytes(), source)
    if kind == "jsonl":
        rows = read_jsonl(text, source, problems)
    elif kind == "json":
        rows = read_json(text, source, keys, problems)
    else:
        rows = read_table(text, "\t" if kind == "tsv" else ",", source, problems)
    if not rows and not any(p.severity == "error" for p in problems):
        problems.append(Problem("error", "empty", "the file holds no rows", source))
    return RowsRead(rows, problems, encoding, source, keys)


def decode_bytes(data: bytes, source: str) -> tuple[str, str, list[Problem]]:
    """Decode UTF-8 (BOM allowed); fall back to cp1252, then latin-1, with a warning."""
    try:
        return data.decode("utf-8-sig"), "utf-8", []
    except UnicodeDecodeError as exc:
        bad_line = data.count(b"\n", 0, exc.start) + 1
    for encoding in ("cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        warning = Problem(
            "warning",
            "encoding",
            f"not valid UTF-8 (first bad byte on this line); read as {encoding}: check accented "
            "characters, or save the file as UTF-8",
            source,
            bad_line,
        )
        return text, encoding, [warning]
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def read_jsonl(text: str, source: str, problems: list[Problem]) -> list[SourceRow]:
    """One JSON object (or `[text, label]` list) per line; blank lines are skipped."""
    rows: list[SourceRow] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            value = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(
                Problem("error", "unreadable", f"not valid JSON: {exc.msg}", source, number)
            )
            continue
        add_row(rows, problems, value, number, source)
    return rows


def add_row(
    rows: list[SourceRow], problems: list[Problem], value: Any, line: int, source: str
) -> None:
    """Keep a decoded record if it has a record's shape, else report it."""
    if isinstance(value, dict | list):
        rows.append(SourceRow(line, value))
        return
    problems.append(
        Problem(
            "error",
            "unreadable",
            f"expected an object or a [text, label] list, got {type(value).__name__}",
            source,
            line,
        )
    )


class LineCounter:
    """Line of a character offset, counted incrementally (offsets must not go backwards)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.pos = 0
        self.line = 1

    def at(self, pos: int) -> int:
        self.line += self.text.count("\n", self.pos, pos)
        self.pos = pos
        return self.line


def read_json(text: str, source: str, keys: list[str], problems: list[Problem]) -> list[SourceRow]:
    """A list of records or pairs, or an object of splits (keys chosen with `#a+b`).

    Elements are decoded one at a time with `raw_decode`, so each row knows the line where
    it starts; the standard library offers no positions otherwise. A syntax error stops the
    reading there (JSON cannot be resynchronised), keeping the rows before it.
    """
    decoder = json.JSONDecoder()
    lines = LineCounter(text)
    rows: list[SourceRow] = []
    try:
        pos = skip_space(text, 0)
        if pos == len(text):
            raise json.JSONDecodeError("the file is empty", text, pos)
        if text[pos] == "[":
            if keys:
                raise AttuneError(
                    "'#...' selects keys of a JSON object, but this file is a list",
                    where=source,
                    fix="remove the '#...' part",
                )
            pos = walk_array(text, pos, decoder, lines, rows, problems, source)
        elif text[pos] == "{":
            pos = walk_splits(text, pos, decoder, lines, rows, problems, source, keys)
        else:
            raise json.JSONDecodeError("expected a list [...] or an object {...}", text, pos)
        if skip_space(text, pos) != len(text):
            raise json.JSONDecodeError("extra data after the end", text, skip_space(text, pos))
    except json.JSONDecodeError as exc:
        message = f"not valid JSON: {exc.msg} (column {exc.colno}); the rest is not read"
        problems.append(Problem("error", "unreadable", message, source, exc.lineno))
    return rows


def skip_space(text: str, pos: int) -> int:
    match = _JSON_SPACE.match(text, pos)
    return match.end() if match else pos


def walk_array(
    text: str,
    pos: int,
    decoder: json.JSONDecoder,
    lines: LineCounter,
    rows: list[SourceRow],
    problems: list[Problem],
    source: str,
) -> int:
    """Decode the array starting at `text[pos] == '['`; return the offset after its `]`."""
    pos = skip_space(text, pos + 1)
    if text.startswith("]", pos):
        return pos + 1
    while True:
        value, end = decoder.raw_decode(text, pos)
        add_row(rows, problems, value, lines.at(pos), source)
        pos = skip_space(text, end)
        if text.startswith(",", pos):
            pos = skip_space(text, pos + 1)
        elif text.startswith("]", pos):
            return pos + 1
        else:
            raise json.JSONDecodeError("expected ',' or ']'", text, pos)


def walk_splits(
    text: str,
    pos: int,
    decoder: json.JSONDecoder,
    lines: LineCounter,
    rows: list[SourceRow],
    problems: list[Problem],
    source: str,
    keys: list[str],
) -> int:
    """Walk an object of splits, reading the arrays named in `keys` (joined in that order)."""
    picked: dict[str, list[SourceRow]] = {}
    found: list[str] = []
    pos = skip_space(text, pos + 1)
    while not text.startswith("}", pos):
        key, pos = decoder.raw_decode(text, pos)
        pos = skip_space(text, pos)
        if not isinstance(key, str) or not text.startswith(":", pos):
            raise json.JSONDecodeError('expected a "key": value pair', text, pos)
        pos = skip_space(text, pos + 1)
        found.append(key)
        if key in keys and text.startswith("[", pos):
            picked[key] = []
            pos = walk_array(text, pos, decoder, lines, picked[key], problems, source)
        else:
            _, pos = decoder.raw_decode(text, pos)
        pos = skip_space(text, pos)
        if text.startswith(",", pos):
            pos = skip_space(text, pos + 1)
        elif not text.startswith("}", pos):
            raise json.JSONDecodeError("expected ',' or '}'", text, pos)
    check_split_keys(keys, found, picked, source)
    for key in keys:
        rows.extend(picked[key])
    return pos + 1


def check_split_keys(
    keys: list[str], found: list[str], picked: dict[str, list[SourceRow]], source: str
) -> None:
    """Raise when the keys to read are not given, or not lists in the object."""
    listing = ", ".join(found) or "(none)"
    name = Path(source).name
    if not keys:
        example = "+".join(found[:2]) or "KEY"
        raise AttuneError(
            f"this JSON file is an object with keys {listing}; which of them to read is not said",
            where=source,
            fix=f"name them after '#', e.g. {name}#{example}",
        )
    for key in keys:
        if key not in found:
            raise AttuneError(f"no key {key!r} in this JSON object (keys: {listing})", where=source)
        if key not in picked:
            raise AttuneError(f"the value of key {key!r} is not a list of records", where=source)


def read_table(text: str, delimiter: str, source: str, problems: list[Problem]) -> list[SourceRow]:
    """CSV / TSV with a header row; a row's line is its first physical line (header: 1)."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header: list[str] | None = None
    rows: list[SourceRow] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            problems.append(Problem("error", "unreadable", f"bad row: {exc}", source, start))
            continue
        if not any(cell.strip() for cell in cells):
            continue
        if header is None:
            header = check_header(cells, source)
        elif len(cells) != len(header):
            message = column_mismatch(cells, header)
            problems.append(Problem("error", "unreadable", message, source, start))
        else:
            rows.append(SourceRow(start, dict(zip(header, cells, strict=True))))
    return rows


def check_header(cells: list[str], source: str) -> list[str]:
    header = [cell.strip() for cell in cells]
    repeated = sorted({name for name in header if header.count(name) > 1})
    if repeated:
        raise AttuneError(
            f"the header names column {repeated[0]!r} more than once",
            where=f"{source}:1",
            fix="give every column a distinct name",
        )
    return header


def column_mismatch(cells: list[str], header: list[str]) -> str:
    message = f"{len(cells)} columns where the header has {len(header)}"
    if any("\n" in cell for cell in cells):
        message += " (an unclosed quote joins lines: check the quotes)"
    return message
