"""The people store on PostgreSQL: the same guarantees as on SQLite — keys, exactly one
active version (the partial unique index), concurrent feedback without loss or duplicates,
and forgetting — against a real server started for the test.

The server is the machine's own PostgreSQL (`initdb`, `pg_ctl`), in a temporary folder on
a Unix socket; the test is skipped where it is not installed. PostgreSQL refuses to run as
root, so as root it runs as `nobody`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from attune.people.store import Store, open_store
from unit.people.test_feedback import PER_THREAD, THREADS, write_concurrently

pytestmark = pytest.mark.integration
PORT = 54329


def as_postgres_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "nobody", "--", *command] if os.geteuid() == 0 else command


@pytest.fixture(scope="module")
def postgres_url() -> Iterator[str]:
    initdb, pg_ctl = shutil.which("initdb"), shutil.which("pg_ctl")
    if initdb is None or pg_ctl is None or (os.geteuid() == 0 and not shutil.which("runuser")):
        pytest.skip("PostgreSQL (initdb, pg_ctl) is not installed here")
    pytest.importorskip("psycopg")
    folder = Path(tempfile.mkdtemp(prefix="attune-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "nobody")
    data = folder / "data"
    run = {"check": True, "capture_output": True, "timeout": 120}
    subprocess.run(
        as_postgres_user([initdb, "-D", str(data), "-A", "trust", "-U", "attune"]), **run
    )
    options = f"-k {folder} -p {PORT} -c listen_addresses=''"
    start = [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
    subprocess.run(as_postgres_user(start), **run)
    try:
        yield f"postgresql+psycopg://attune@/postgres?host={folder}&port={PORT}"
    finally:
        subprocess.run(as_postgres_user([pg_ctl, "-D", str(data), "-m", "fast", "stop"]), **run)
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def store(postgres_url: str, tmp_path: Path) -> Iterator[Store]:
    engine = create_engine(postgres_url)
    with engine.begin() as connection:  # a clean database for each test
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    engine.dispose()
    with open_store(tmp_path / "store", postgres_url) as opened:
        yield opened


def test_keys_and_versions_on_postgres(store: Store, tmp_path: Path) -> None:
    _, key = store.add_user("alice")
    assert store.authenticate(key) is not None and store.authenticate(key + "x") is None
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text("{}", encoding="utf-8")
    store.register_version("alice", adapter, activate=True)
    store.register_version("alice", adapter, activate=True)
    store.activate("alice", 1)
    assert [v.active for v in store.versions("alice")] == [True, False]
    with pytest.raises(Exception, match="(?i)unique|duplicate"):  # the database refuses two
        with store.engine.begin() as connection:
            connection.execute(text("UPDATE adapter_versions SET active = true"))


def test_concurrent_feedback_on_postgres(store: Store, postgres_url: str) -> None:
    for name in ("alice", "bob"):
        store.add_user(name)
    with open_store(store.root, postgres_url) as second:
        ids = write_concurrently([store, second], ["alice", "bob"], retry=True)
    stored = [f.id for name in ("alice", "bob") for f in store.feedback_for(name)]
    assert len(stored) == len(set(stored)) == THREADS * PER_THREAD == len(set(ids))


def test_forget_on_postgres_leaves_no_row(store: Store) -> None:
    store.add_user("alice")
    store.add_feedback("alice", "c-1", [{"role": "user", "content": "my secret"}], "ok", "up")
    store.forget_user("alice")
    with store.engine.connect() as connection:
        for table in ("users", "feedback", "adapter_versions"):
            rows = connection.execute(text(f"SELECT * FROM {table}")).all()  # noqa: S608
            assert not any("alice" in str(row) or "my secret" in str(row) for row in rows)
