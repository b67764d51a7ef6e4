"""Problems found in a data file: every one counted, each with its place."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any, Literal

Severity = Literal["error", "warning"]


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
