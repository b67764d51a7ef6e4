"""A fresh people store in `tmp_path` for each test, plain unless the test sets a key."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from attune.people.crypto import KEY_VARIABLE
from attune.people.store import Store, open_store


@pytest.fixture(autouse=True)
def no_store_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A key in the shell running the tests must not turn the plain-store tests encrypted."""
    monkeypatch.delenv(KEY_VARIABLE, raising=False)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as opened:
        yield opened
