"""A store is its owner's only: every folder 0700 and every file 0600 — the root, the SQLite
file and its WAL and shared-memory files, adapter versions and their kept conversations —
whatever the umask, and an older, looser store is tightened when opened."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from attune.data.conversations import Conversation, Message
from attune.people.replay import write_replay
from attune.people.store import Store, open_store

from .support import make_adapter


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path, follow_symlinks=False).st_mode)


def modes_under(root: Path) -> dict[str, int]:
    """Every path under `root` (itself included) and its mode."""
    return {str(p.relative_to(root)): mode(p) for p in [root, *root.rglob("*")]}


def loose(modes: dict[str, int], root: Path) -> list[str]:
    return [
        f"{name} {oct(m)}"
        for name, m in modes.items()
        if m != (0o700 if (root / name).is_dir() else 0o600)
    ]


@pytest.fixture(params=[0o022, 0o000], ids=["umask-022", "umask-000"])
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    previous = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(previous)


def fill(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    source = make_adapter(tmp_path / "adapter")  # 0644 / 0755 under umask 022 (or wider)
    (source / "data").mkdir()
    (source / "data" / "train.jsonl").write_text('{"messages": []}\n', encoding="utf-8")
    store.register_version("alice", source, activate=True)
    store.register_version("alice", make_adapter(tmp_path / "moved"), move=True)
    store.add_feedback("alice", "c-1", [{"role": "user", "content": "hi"}], "hello", "up")


def test_a_new_store_is_private_whatever_the_umask(tmp_path: Path, umask: int) -> None:
    root = tmp_path / "store"
    with open_store(root) as store:
        fill(store, tmp_path)
        modes = modes_under(root)
        # While it is open, SQLite's side files exist: they are private too.
        assert {"attune.db", "attune.db-wal", "attune.db-shm"} <= set(modes)
        assert {"adapters/alice/v1/adapter_model.safetensors", "adapters/alice/v2"} <= set(modes)
        assert loose(modes, root) == []
    assert loose(modes_under(root), root) == []


def test_an_existing_store_is_tightened_with_a_warning(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    root = tmp_path / "store"
    with open_store(root) as store:
        fill(store, tmp_path)
    weights = root / "adapters" / "alice" / "v1" / "adapter_model.safetensors"
    for path, wide in [(root, 0o755), (root / "attune.db", 0o644), (weights, 0o664)]:
        path.chmod(wide)
    (root / "adapters").chmod(0o777)
    with caplog.at_level(logging.WARNING, logger="attune.people"):
        with open_store(root, create=False) as store:
            assert loose(modes_under(root), root) == []
            assert store.feedback_for("alice")[0].answer == "hello"
    assert "readable by other users: 4 paths made private" in caplog.text
    caplog.clear()
    with caplog.at_level(logging.WARNING, logger="attune.people"):
        open_store(root, create=False).close()
    assert caplog.text == ""  # nothing loose, nothing said


def test_a_database_outside_the_store_is_private_too(tmp_path: Path, umask: int) -> None:
    elsewhere = tmp_path / "db"
    elsewhere.mkdir()
    before = mode(elsewhere)
    url = f"sqlite:///{elsewhere / 'people.db'}"
    with open_store(tmp_path / "store", url) as store:
        store.add_user("alice")
        assert mode(elsewhere / "people.db") == 0o600
        assert mode(elsewhere / "people.db-wal") == 0o600
    assert mode(elsewhere) == before  # a folder that is not the store's is left alone


def test_kept_conversations_are_written_private(tmp_path: Path) -> None:
    path = tmp_path / "v1" / "data" / "train.jsonl"
    path.parent.mkdir(parents=True)
    path.write_text("older\n", encoding="utf-8")
    path.chmod(0o644)
    chat = Conversation((Message("user", "hi"), Message("assistant", "hello")), "t", 1)
    write_replay(path, [chat], cipher=None)
    assert mode(path) == 0o600 and path.read_text(encoding="utf-8").count("\n") == 1
    write_replay(tmp_path / "new" / "data" / "train.jsonl", [chat], cipher=None)
    assert mode(tmp_path / "new" / "data") == 0o700
