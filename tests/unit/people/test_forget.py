"""Forgetting a person leaves nothing of theirs: no row in any table, no file under the store,
no bytes in the SQLite file or its log — and everyone else's data stays."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import MetaData, event, select

import attune.people.store as store_module
from attune.errors import AttuneError
from attune.people.schema import VersionInfo
from attune.people.store import Store

from .support import files_under, make_adapter

NAME = "zorblaxquinn"
PROMPT = "my secret prompt about gooseberries"
ANSWER = "an answer mentioning quixotic platypuses"
CORRECTION = "corrected: marmalade for breakfast"
COMMENT = "comment naming my cat Fluffernutter"
ADAPTER_BYTES = "unique-adapter-weights-7f3a"


def fill(store: Store, tmp_path: Path) -> list[str]:
    """The person with a key, two versions and feedback, next to someone who stays;
    the strings that must be gone after forgetting."""
    _, key = store.add_user(NAME)
    store.add_user("keeper")
    for n in (1, 2):
        source = make_adapter(tmp_path / f"src{n}", marker=ADAPTER_BYTES)
        store.register_version(NAME, source, VersionInfo(config={"owner": NAME}), activate=True)
    store.register_version("keeper", make_adapter(tmp_path / "keep"), activate=True)
    for i in range(50):  # enough rows to fill several pages
        messages = [{"role": "user", "content": f"{PROMPT} {i}"}]
        store.add_feedback(
            NAME, f"cmpl-{i}", messages, f"{ANSWER} {i}", "down", CORRECTION, COMMENT
        )
    store.add_feedback("keeper", "cmpl-k", "keeper's prompt", "keeper's answer", "up")
    return [NAME, key, PROMPT, ANSWER, CORRECTION, COMMENT, ADAPTER_BYTES]


def table_text(store: Store) -> str:
    """Every row of every table in the database, as one string."""
    tables = MetaData()
    tables.reflect(store.engine)
    with store.engine.connect() as connection:
        return "\n".join(
            repr(row) for table in tables.sorted_tables for row in connection.execute(select(table))
        )


def leftovers(store: Store, secrets: list[str]) -> list[str]:
    found = [f"row: {s}" for s in secrets if s in table_text(store)]
    for file in files_under(store.root):
        data = file.read_bytes()
        found += [f"{file.name}: {s}" for s in secrets if s.encode() in data]
        found += [f"path: {s}" for s in secrets if s in str(file)]
    return found


@pytest.mark.parametrize("secure_delete", ["ON", "OFF"])
def test_forget_leaves_nothing_of_the_person(
    store: Store, tmp_path: Path, secure_delete: str
) -> None:
    # OFF: deleted rows are not zeroed as they go, so only the VACUUM keeps them off disk.
    event.listen(
        store.engine,
        "connect",
        lambda dbapi, _: dbapi.execute(f"PRAGMA secure_delete={secure_delete}"),
    )
    store.engine.dispose()
    secrets = fill(store, tmp_path)
    # The scan can see the person before: a forget that did nothing would fail the test.
    before = leftovers(store, secrets)
    assert any(s.startswith("row: " + PROMPT) for s in before) and any(
        s.startswith("path:") for s in before
    )
    report = store.forget_user(NAME)
    assert (report.feedback, report.versions, report.folders, report.compacted) == (50, 2, 1, True)
    assert leftovers(store, secrets) == []
    assert not (store.root / "adapters" / NAME).exists()
    # Everyone else is untouched, and the one audit line names nobody.
    assert [u.name for u in store.list_users()] == ["keeper"]
    assert len(store.feedback_for("keeper")) == 1 and store.active_version("keeper") is not None
    assert "forget" in table_text(store) and report.pseudonym in table_text(store)
    with pytest.raises(AttuneError, match="no user named"):
        store.feedback_for(NAME)


def test_without_compaction_the_bytes_would_remain(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Why forget runs VACUUM: deleted rows stay in the file's free pages and the log.
    secrets = fill(store, tmp_path)
    monkeypatch.setattr(store_module, "compact_sqlite", lambda engine: True)
    store.forget_user(NAME)
    assert not any(s.startswith("row:") for s in leftovers(store, secrets))
    assert any(PROMPT in s for s in leftovers(store, secrets))


def test_forget_drops_cached_keys_and_runs_the_hooks(store: Store, tmp_path: Path) -> None:
    _, key = store.add_user(NAME)
    assert store.authenticate(key) is not None
    dropped: list[str] = []
    store.forget_hooks.append(dropped.append)
    store.forget_user(NAME)
    assert dropped == [NAME]
    assert store.authenticate(key) is None
    # The name is free again, for a new person with nothing of the old one.
    store.add_user(NAME)
    assert store.versions(NAME) == [] and store.feedback_for(NAME) == []


def test_a_failing_hook_does_not_stop_the_others(store: Store, tmp_path: Path) -> None:
    secrets = fill(store, tmp_path)
    called: list[str] = []

    def broken(name: str) -> None:
        raise RuntimeError("cache gone")

    store.forget_hooks += [broken, called.append]
    with pytest.raises(RuntimeError, match="cache gone"):
        store.forget_user(NAME)
    assert called == [NAME] and [u.name for u in store.list_users()] == ["keeper"]
    assert leftovers(store, secrets) == []


def test_forgetting_an_unknown_person_is_an_error(store: Store) -> None:
    with pytest.raises(AttuneError, match="no user named"):
        store.forget_user("nobody")
