"""The one exception type a user sees: what was wrong, where, and what to do.

The command line catches `AttuneError` and prints its message without a traceback;
anything else reaching the top is a bug in attune, not a user mistake.
"""

from __future__ import annotations


class AttuneError(Exception):
    """A problem the user can act on (bad input, missing file, wrong setting)."""

    def __init__(self, what: str, *, where: str | None = None, fix: str | None = None) -> None:
        self.what = what
        self.where = where
        self.fix = fix
        super().__init__(self.render())

    def render(self) -> str:
        parts = [f"{self.where}: {self.what}" if self.where else self.what]
        if self.fix:
            parts.append(f"  → {self.fix}")
        return "\n".join(parts)
