"""Problems found in a data file: every one counted, each with its place."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass
from typing import Any, Literal

from attune.errors import AttuneError

Severity = Literal["error", "warning"]
SHOWN_ERRORS = 5


@dataclass(frozen=True)
class Problem:
    """One finding about the data; `line` is 1-based in the source file (None: whole file)."""

    severity: Severity
    category: str
    message: str
    source: str = ""
    line: int | None = None
    field: str | None = None

    def where(self) -> str:
        if self.line is None:
            return self.source
        return f"{self.source}:{self.line}"

    def render(self) -> str:
        place = self.where()
        field = f" [{self.field}]" if self.field else ""
        return (
            f"{self.severity}: {place}{field}: {self.message}"
            if place
            else (f"{self.severity}{field}: {self.message}")
        )

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def count_errors(problems: list[Problem]) -> int:
    return sum(p.severity == "error" for p in problems)


def raise_on_errors(problems: list[Problem], spec: str, check_command: str) -> None:
    """Stop with the error count by category and the first few errors, pointing to the
    `attune check` command that lists them all."""
    errors = [p for p in problems if p.severity == "error"]
    if not errors:
        return
    counts = Counter(p.category for p in errors)
    summary = ", ".join(f"{count} {category}" for category, count in counts.most_common())
    shown = "\n".join(f"  {p.render()}" for p in errors[:SHOWN_ERRORS])
    more = f"\n  … and {len(errors) - SHOWN_ERRORS} more" if len(errors) > SHOWN_ERRORS else ""
    raise AttuneError(
        f"{len(errors)} errors in the data ({summary}):\n{shown}{more}",
        where=spec,
        fix=f"run `{check_command}` to see every problem with its line, then fix the file",
    )
