"""`attune redact IN [OUT]`: write a copy of a data file with its personal data redacted."""

from __future__ import annotations

import json
from pathlib import Path

from attune.data.file_redaction import default_output, redact_file
from attune.data.privacy import ENTITIES, Mode, Redactor


def run_redact(
    source: str,
    output: str | None,
    mode: Mode,
    entities: str | None,
    keep: list[str],
    report_only: bool,
    overwrite: bool,
    as_json: bool,
) -> int:
    """Exit 0; the report gives counts per entity, never a value."""
    chosen = [e.strip().upper() for e in entities.split(",")] if entities else list(ENTITIES)
    redactor = Redactor(chosen, mode, keep=keep)
    path = Path(source)
    target = None if report_only else Path(output) if output else default_output(path)
    result = redact_file(path, target, redactor, overwrite)
    print(json.dumps(result.to_dict(), indent=2) if as_json else result.render())
    return 0
