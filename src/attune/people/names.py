"""The one rule for names that end up in paths, rows and log lines.

Every user and adapter name is checked here before it touches the database or the disk, so
that no filesystem path is ever built from anything but a checked name and an int version.
"""

from __future__ import annotations

import re

from attune.errors import AttuneError

NAME_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,63}")
"""Lower-case letters, digits, `_` and `-`; starts with a letter or digit; 1..64 long."""

MAX_COMPLETION_ID = 128
FEEDBACK_ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}")
"""A client-chosen feedback id (the retry key): never a path, but bounded and printable."""


def check_name(value: object, what: str = "user name") -> str:
    """`value` if it is a valid name, else an AttuneError saying what a name may hold."""
    if isinstance(value, str) and NAME_PATTERN.fullmatch(value):
        return value
    raise AttuneError(
        f"invalid {what} {value!r}",
        where=what,
        fix="use 1-64 characters: lower-case letters, digits, '_' or '-', "
        "starting with a letter or digit (e.g. 'alice' or 'team-2')",
    )


def check_version(value: object) -> int:
    """A version number (1, 2, …); `"v3"` and `"3"` are accepted as the command line's forms."""
    text = value[1:] if isinstance(value, str) and value.startswith("v") else value
    if isinstance(text, str) and text.isdigit() and text.isascii():
        text = int(text)
    if isinstance(text, int) and not isinstance(text, bool) and text >= 1:
        return text
    raise AttuneError(
        f"invalid version {value!r}",
        where="version",
        fix="give a version number such as 3 or v3 (see `attune versions USER`)",
    )


def check_feedback_id(value: object) -> str:
    if isinstance(value, str) and FEEDBACK_ID_PATTERN.fullmatch(value):
        return value
    raise AttuneError(
        f"invalid feedback id {value!r}",
        where="feedback id",
        fix="use 1-128 characters: letters, digits, '_', '.', ':' or '-'",
    )


def check_feedback_fields(completion_id: str, rating: str) -> None:
    """The rating is `up` or `down`; the completion id 1-128 characters."""
    if rating not in ("up", "down"):
        raise AttuneError(f"invalid rating {rating!r}", where="rating", fix="use 'up' or 'down'")
    if not completion_id or len(completion_id) > MAX_COMPLETION_ID:
        raise AttuneError(
            "the completion id must be 1-128 characters",
            where="completion_id",
            fix="pass the `id` of the chat completion the feedback is about",
        )
