"""A fresh people store in `tmp_path` for each test."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from attune.people.store import Store, open_store


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as opened:
        yield opened
