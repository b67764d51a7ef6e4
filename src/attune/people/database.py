"""The database behind a people store: any SQLAlchemy URL, tuned for SQLite by default.

SQLite is the default because one file next to the adapters needs no server. For it, every
connection is put in WAL mode (readers never block the writer) with a busy timeout, and
each write transaction starts with `BEGIN IMMEDIATE`: the write lock is taken (waiting up
to the timeout) before anything is read, so two writers can never both read, then both
fail to upgrade — the "database is locked" that a deferred BEGIN gives under load.

The SQLite file is created 0600 before SQLite first opens it: SQLite gives its WAL and
shared-memory files the database file's mode, so all three are private to the owner.
Each engine carries its store's cipher (`bind_cipher`), read by the encrypted columns.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, exc, make_url
from sqlalchemy.engine import URL, Connection

from attune.errors import AttuneError
from attune.people.crypto import StoreCipher
from attune.people.permissions import create_private_file, make_private_dir, tighten_store

DATABASE_FILE = "attune.db"
BUSY_TIMEOUT_S = 30.0
WRITE = {"attune_write": True}
"""Execution option marking the engine whose transactions begin IMMEDIATE."""


def open_database(root: Path, url: str | None, create: bool, cipher: StoreCipher | None) -> Engine:
    """The engine of the store at `root` (the folder made when `create`), its database at
    `url` or ROOT/attune.db. A new store is made private to its owner; an existing one is
    tightened, with a warning, where it is not (`permissions.tighten_store`)."""
    parsed = database_url(root, url)
    if root.is_dir():
        tighten_store(root, sqlite_path(parsed))
    elif not create:
        raise AttuneError(
            "no attune store here",
            where=str(root),
            fix="pass --store DIR (or set ATTUNE_STORE), or create one with "
            "`attune users add NAME`",
        )
    try:
        make_private_dir(root)
    except OSError as error:
        raise AttuneError(
            f"cannot create the store folder: {error.strerror or error}",
            where=str(root),
            fix="choose a writable folder with --store DIR",
        ) from None
    engine = create_store_engine(parsed, cipher)
    check_reachable(engine)
    return engine


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


def sqlite_path(url: URL) -> Path | None:
    """The file of a SQLite URL (None for any other database)."""
    return Path(url.database) if is_sqlite(url) and url.database else None


def bind_cipher(engine: Engine, cipher: StoreCipher | None) -> None:
    """Let the encrypted columns of `engine`'s rows use `cipher` (None: plain text).

    SQLAlchemy hands every bind and result processor the engine's dialect, one instance
    per engine (shared by its `execution_options` copies), so the cipher lives there: two
    stores open in one process each keep their own key.
    """
    engine.dialect.attune_cipher = cipher  # type: ignore[attr-defined]


def create_store_engine(url: URL, cipher: StoreCipher | None = None) -> Engine:
    """An engine for `url` with `cipher` bound; unknown drivers and unreachable databases
    are user mistakes."""
    shown = url.render_as_string(hide_password=True)
    try:
        if not is_sqlite(url):
            engine = create_engine(url, pool_pre_ping=True)
            bind_cipher(engine, cipher)
            return engine
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    except (exc.NoSuchModuleError, ModuleNotFoundError) as error:
        raise AttuneError(
            f"no database driver for this URL ({error})",
            where=shown,
            fix="install the driver the URL names, or use the default SQLite file",
        ) from None
    bind_cipher(engine, cipher)
    make_sqlite_file_private(url)
    event.listen(engine, "connect", tune_sqlite)
    event.listen(engine, "begin", begin_sqlite)
    return engine


def make_sqlite_file_private(url: URL) -> None:
    path = sqlite_path(url)
    if path is None or not path.parent.is_dir():
        return  # opening it fails next, with `check_reachable`'s message
    try:
        create_private_file(path)
    except OSError:
        return  # not a plain file SQLite could use either: the same


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
