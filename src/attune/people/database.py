"""The database behind a people store: any SQLAlchemy URL, tuned for SQLite by default.

SQLite is the default because one file next to the adapters needs no server. For it, every
connection is put in WAL mode (readers never block the writer) with a busy timeout, and
each write transaction starts with `BEGIN IMMEDIATE`: the write lock is taken (waiting up
to the timeout) before anything is read, so two writers can never both read, then both
fail to upgrade — the "database is locked" that a deferred BEGIN gives under load.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, make_url
from sqlalchemy.engine import URL, Connection

from attune.errors import AttuneError

DATABASE_FILE = "attune.db"
BUSY_TIMEOUT_S = 30.0
WRITE = {"attune_write": True}
"""Execution option marking the engine whose transactions begin IMMEDIATE."""


def database_url(root: Path, url: str | None) -> URL:
    """The URL of `url`, or of `root/attune.db` when none is given."""
    if url is None:
        return URL.create("sqlite", database=str(root / DATABASE_FILE))
    try:
        parsed = make_url(url)
    except exc.ArgumentError:
        raise AttuneError(
            "not a database URL",
            where="--database",
            fix="give a SQLAlchemy URL such as sqlite:////abs/path/attune.db or "
            "postgresql+psycopg://user@host/attune, or leave it out for ROOT/attune.db",
        ) from None
    if is_sqlite(parsed) and parsed.database in (None, "", ":memory:"):
        raise AttuneError(
            "an in-memory database forgets everyone when the process ends",
            where=parsed.render_as_string(hide_password=True),
            fix="give a file (sqlite:///path/attune.db) or leave --database out",
        )
    return parsed


def is_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite"


def create_store_engine(url: URL) -> Engine:
    """An engine for `url`; unknown drivers and unreachable databases are user mistakes."""
    shown = url.render_as_string(hide_password=True)
    try:
        if not is_sqlite(url):
            return create_engine(url, pool_pre_ping=True)
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    except (exc.NoSuchModuleError, ModuleNotFoundError) as error:
        raise AttuneError(
            f"no database driver for this URL ({error})",
            where=shown,
            fix="install the driver the URL names, or use the default SQLite file",
        ) from None
    event.listen(engine, "connect", tune_sqlite)
    event.listen(engine, "begin", begin_sqlite)
    return engine


def tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # Turn off pysqlite's own implicit BEGIN, so `begin_sqlite` decides how each begins.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL: a feedback row acknowledged to a client survives a power cut, not only a crash.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    # Deleted rows are overwritten with zeros as they are deleted (some SQLite builds do
    # this by default, others not); forgetting also VACUUMs, so this is the second layer.
    cursor.execute("PRAGMA secure_delete=ON")
    cursor.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}")
    cursor.close()


def begin_sqlite(connection: Connection) -> None:
    immediate = connection.get_execution_options().get("attune_write", False)
    connection.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def compact_sqlite(engine: Engine) -> bool:
    """Rewrite the SQLite file without its free pages and empty the WAL, so deleted rows
    leave no bytes behind; False when a reader kept the WAL from being emptied."""
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("VACUUM")
        cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        row = cursor.fetchone()
        cursor.close()
    finally:
        raw.close()
    return row is not None and row[0] == 0  # (busy, wal frames, checkpointed)


def check_reachable(engine: Engine) -> None:
    try:
        with engine.connect():
            pass
    except exc.OperationalError as error:
        raise AttuneError(
            f"cannot open the database: {error.orig}",
            where=engine.url.render_as_string(hide_password=True),
            fix="check that the store folder is writable and the URL is right",
        ) from None
