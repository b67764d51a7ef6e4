"""`attune redact`: a data file with its personal data redacted, in the same format.

JSONL stays JSONL (one record a line), JSON keeps its shape (a list of records or of
`[text, label]` pairs, or an object of such lists), CSV and TSV keep their header and
delimiter. Every text is redacted: message contents, Alpaca fields, the text column —
everything but the fields that carry structure (roles, labels, ids, weights). A file
with unreadable records is refused whole, with their lines: a partly redacted copy would
look safe and not be.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attune.data.classify import LABEL_NAMES
from attune.data.formats import decode_bytes, file_kind
from attune.data.privacy import Redactor
from attune.errors import AttuneError
from attune.files import write_atomic

# Fields whose values are structure, not a person's words.
STRUCTURAL_KEYS = frozenset({"role", "from", "weight", "id", *LABEL_NAMES})


@dataclass
class FileRedaction:
    """What redacting one file found: records, those with personal data, counts per entity."""

    source: str
    output: str | None
    format: str
    records: int = 0
    with_personal_data: int = 0
    dropped: int = 0
    found: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)

    def render(self) -> str:
        counts = ", ".join(f"{e} {n}" for e, n in sorted(self.found.items()) if n) or "nothing"
        lines = [
            f"{self.source}: {self.records} records, {self.with_personal_data} with personal data",
            f"  found: {counts}",
        ]
        if self.dropped:
            lines.append(f"  dropped: {self.dropped} records")
        lines.append(f"  written: {self.output}" if self.output else "  nothing written (--report)")
        return "\n".join(lines)


def default_output(source: Path) -> Path:
    """`chats.jsonl` → `chats.redacted.jsonl`, beside it."""
    return source.with_name(f"{source.stem}.redacted{source.suffix}")


def redact_file(
    source: Path, output: Path | None, redactor: Redactor, overwrite: bool = False
) -> FileRedaction:
    """Redact `source` into `output` (None: count only, write nothing)."""
    kind = file_kind(source)
    check_output(source, output, overwrite)
    text, _, _ = decode_bytes(source.read_bytes(), str(source))
    result = FileRedaction(str(source), str(output) if output else None, kind)
    if kind == "jsonl":
        redacted = redact_jsonl(text, str(source), redactor, result)
    elif kind == "json":
        redacted = redact_json(text, str(source), redactor, result)
    else:
        redacted = redact_table(text, "\t" if kind == "tsv" else ",", redactor, result)
    result.found = {e: n for e, n in redactor.counts().items() if n}
    if output is not None:
        write_atomic(output, redacted)
    return result


def check_output(source: Path, output: Path | None, overwrite: bool) -> None:
    if output is None:
        return
    if output.resolve() == source.resolve():
        raise AttuneError(
            "the output would replace the input",
            where=str(output),
            fix="name another output file: the original is never overwritten",
        )
    if output.exists() and not overwrite:
        raise AttuneError("the output file exists", where=str(output), fix="add --overwrite")


def redact_value(value: Any, redactor: Redactor, key: str | None = None) -> tuple[Any, int]:
    """A JSON value with every non-structural string redacted, and the findings in it."""
    if isinstance(value, str):
        if key in STRUCTURAL_KEYS:
            return value, 0
        redaction = redactor.redact_text(value)
        return redaction.text, redaction.found
    if isinstance(value, dict):
        found, out = 0, {}
        for name, item in value.items():
            out[name], count = redact_value(item, redactor, name)
            found += count
        return out, found
    if isinstance(value, list):
        if len(value) == 2 and isinstance(value[0], str) and not isinstance(value[1], list | dict):
            text, found = redact_value(value[0], redactor)  # a [text, label] pair
            return [text, value[1]], found
        pairs = [redact_value(item, redactor, key) for item in value]
        return [item for item, _ in pairs], sum(count for _, count in pairs)
    return value, 0


def keep_record(found: int, redactor: Redactor, result: FileRedaction) -> bool:
    """Count one record; False when drop mode leaves it out."""
    result.records += 1
    result.with_personal_data += found > 0
    if found and redactor.mode == "drop":
        result.dropped += 1
        return False
    return True


def redact_jsonl(text: str, source: str, redactor: Redactor, result: FileRedaction) -> str:
    lines, bad = [], []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError:
            bad.append(number)
            continue
        redacted, found = redact_value(record, redactor)
        if keep_record(found, redactor, result):
            lines.append(json.dumps(redacted, ensure_ascii=False))
    if bad:
        shown = ", ".join(str(n) for n in bad[:10]) + (" …" if len(bad) > 10 else "")
        raise AttuneError(
            f"{len(bad)} lines are not valid JSON (lines {shown}); nothing was written",
            where=source,
            fix=f"run `attune check {source}` and fix those lines first",
        )
    return "".join(f"{line}\n" for line in lines)


def redact_json(text: str, source: str, redactor: Redactor, result: FileRedaction) -> str:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as exc:
        raise AttuneError(
            f"not valid JSON: {exc.msg}; nothing was written",
            where=f"{source}:{exc.lineno}",
            fix="fix the JSON at that line",
        ) from None
    if isinstance(document, list):
        document = redact_records(document, redactor, result)
    elif isinstance(document, dict) and all(isinstance(v, list) for v in document.values()):
        document = {k: redact_records(v, redactor, result) for k, v in document.items()}
    else:
        document, found = redact_value(document, redactor)
        keep_record(found, redactor, result)
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def redact_records(records: list[Any], redactor: Redactor, result: FileRedaction) -> list[Any]:
    kept = []
    for record in records:
        redacted, found = redact_value(record, redactor)
        if keep_record(found, redactor, result):
            kept.append(redacted)
    return kept


def redact_table(text: str, delimiter: str, redactor: Redactor, result: FileRedaction) -> str:
    """Every cell redacted but those of label-like columns; header and delimiter kept."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    header = next(reader, [])
    structural = {i for i, name in enumerate(header) if name.strip().lower() in STRUCTURAL_KEYS}
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(header)
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        found, cells = 0, []
        for index, cell in enumerate(row):
            if index in structural:
                cells.append(cell)
                continue
            redaction = redactor.redact_text(cell)
            found += redaction.found
            cells.append(redaction.text)
        if keep_record(found, redactor, result):
            writer.writerow(cells)
    return out.getvalue()
