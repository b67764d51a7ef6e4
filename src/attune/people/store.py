"""The people store: who is served, their keys, their feedback, and forgetting them.

ROOT/                       0700, as is every folder below; every file is 0600
  attune.db                 SQLite (WAL) unless another SQLAlchemy URL is given
  adapters/<user>/v<N>/     each registered adapter version, installed by one rename
    data/train.jsonl        the conversations it was trained on (retrain's replay)

Every change is one transaction; callers get frozen records (`schema.User`, …), never rows.
Adapter versions are in `attune.people.versions`, reached through the same `Store`.
With ATTUNE_STORE_KEY set, what people wrote is encrypted at rest (`attune.people.crypto`).
"""

from __future__ import annotations

import contextlib
import hmac
import secrets
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from hashlib import sha256
from pathlib import Path
from typing import Any

from sqlalchemy import CursorResult, Delete, Engine, delete, exc, select
from sqlalchemy.orm import Session, sessionmaker

from attune.errors import AttuneError
from attune.people import versions
from attune.people.adapters import adapter_folder, remove_user_folders
from attune.people.crypto import StoreCipher, cipher_from_env
from attune.people.database import WRITE, compact_sqlite, is_sqlite, open_database
from attune.people.encryption import check_encryption, record_encryption
from attune.people.keys import hash_key, key_digest, key_matches, looks_like_key, new_key, new_salt
from attune.people.names import check_feedback_fields, check_feedback_id, check_name
from attune.people.schema import (
    SCHEMA_VERSION,
    AdapterVersion,
    AdapterVersionRow,
    AuditRow,
    Base,
    Feedback,
    FeedbackRow,
    ForgetReport,
    MetaRow,
    Rating,
    User,
    UserRow,
    VersionInfo,
    to_feedback,
    to_user,
    user_row,
)

ForgetHook = Callable[[str], None]
"""Called with the name of a forgotten person, to drop what a process holds in memory."""


def open_store(
    root: Path,
    url: str | None = None,
    create: bool = True,
    environ: Mapping[str, str] | None = None,
) -> Store:
    """The store at `root` (created when `create`), its database at `url` or ROOT/attune.db,
    encrypted with the key in `environ`'s (default `os.environ`'s) ATTUNE_STORE_KEY, if any.
    A key that does not fit the store is refused here (`attune.people.crypto`)."""
    root = Path(root)
    cipher = cipher_from_env(environ)
    engine = open_database(root, url, create, cipher)
    try:
        secret = prepare_schema(engine, cipher, str(root))
    except BaseException:
        engine.dispose()
        raise
    return Store(root, engine, secret, cipher)


def prepare_schema(engine: Engine, cipher: StoreCipher | None, where: str) -> str:
    """Create the tables that are missing, mark a new store encrypted or not and check the
    key against an existing one; the audit secret (made once per store)."""
    writer = engine.execution_options(**WRITE)
    Base.metadata.create_all(writer)
    with Session(writer) as session, session.begin():
        if session.get(MetaRow, "schema_version") is None:
            session.add(MetaRow(key="schema_version", value=SCHEMA_VERSION))
            record_encryption(session, cipher)
        check_encryption(session, cipher, where)
        secret = session.get(MetaRow, "audit_secret")
        if secret is None:
            secret = MetaRow(key="audit_secret", value=secrets.token_hex(32))
            session.add(secret)
        return secret.value


class Store:
    """One store folder and its database; safe to share between threads (each call is its
    own session and transaction). Open it with `open_store`."""

    def __init__(
        self, root: Path, engine: Engine, audit_secret: str, cipher: StoreCipher | None = None
    ) -> None:
        self.root = root
        self.engine = engine
        self.cipher = cipher
        """The store key's cipher (None: plain text); the same one the engine's rows use."""
        self.forget_hooks: list[ForgetHook] = []
        self._reads = sessionmaker(engine, expire_on_commit=False)
        self._writes = sessionmaker(engine.execution_options(**WRITE), expire_on_commit=False)
        self._audit_secret = audit_secret.encode()
        # sha256(key) → name of keys verified before: one indexed look-up per request
        # instead of a hash per person. The row is still checked on every hit.
        self._verified: dict[str, str] = {}
        self._lock = threading.Lock()
        self._write_lock = threading.Lock() if is_sqlite(engine.url) else contextlib.nullcontext()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    @contextmanager
    def reading(self) -> Iterator[Session]:
        with self._reads.begin() as session:
            yield session

    @contextmanager
    def writing(self) -> Iterator[Session]:
        """One write transaction (BEGIN IMMEDIATE on SQLite), committed when the block ends."""
        # SQLite has one writer at a time anyway. Queueing this process's threads on a lock
        # spares them SQLite's busy handler, which sleeps with a growing back-off (tens of
        # ms per try under load); the busy timeout still covers other processes.
        with self._write_lock, self._writes.begin() as session:
            yield session

    def pseudonym(self, name: str) -> str:
        """The name in audit lines: keyed with the store's secret, so a list of likely names
        cannot be hashed to find who is who without the store itself."""
        return hmac.new(self._audit_secret, name.encode(), sha256).hexdigest()[:16]

    def audit(self, session: Session, action: str, name: str | None, detail: str = "") -> None:
        user = "-" if name is None else self.pseudonym(name)
        session.add(AuditRow(action=action, user=user, detail=detail))

    # People and keys

    def add_user(self, name: str, admin: bool = False) -> tuple[User, str]:
        """A new person and their API key, returned in plain text this once only.
        A person whose key was removed gets a new one and keeps their data."""
        check_name(name)
        key, salt = new_key(), new_salt()
        try:
            with self.writing() as session:
                row = session.scalar(select(UserRow).where(UserRow.name == name))
                if row is not None and row.api_key_hash is not None:
                    raise duplicate_user(name)
                action = "user-add" if row is None else "user-new-key"
                if row is None:
                    row = UserRow(name=name)
                    session.add(row)
                row.api_key_salt, row.api_key_hash = salt, hash_key(key, salt)
                row.is_admin = admin
                session.flush()
                self.audit(session, action, name, f"admin={admin}")
                user = to_user(row)
        except exc.IntegrityError:
            raise duplicate_user(name) from None
        return user, key

    def get_user(self, name: str) -> User:
        with self.reading() as session:
            return to_user(user_row(session, name))

    def list_users(self) -> list[User]:
        with self.reading() as session:
            return [to_user(r) for r in session.scalars(select(UserRow).order_by(UserRow.name))]

    def remove_user(self, name: str) -> User:
        """Take the person's key away: requests with it are refused from now on. Their
        versions and feedback stay (`forget_user` deletes those)."""
        with self.writing() as session:
            row = user_row(session, name)
            row.api_key_salt = row.api_key_hash = None
            self.audit(session, "user-remove", name)
            user = to_user(row)
        self.drop_cached_keys(name)
        return user

    def authenticate(self, key: str) -> User | None:
        """The person whose API key `key` is, or None. Hashes are compared in constant time."""
        if not looks_like_key(key):
            return None
        digest = key_digest(key)
        with self._lock:
            cached = self._verified.get(digest)
        with self.reading() as session:
            if cached is not None:
                row = session.scalar(select(UserRow).where(UserRow.name == cached))
                if row is not None and row_has_key(row, key):
                    return to_user(row)
            candidates = session.scalars(select(UserRow).where(UserRow.api_key_hash.is_not(None)))
            # Every candidate is hashed and compared (no early exit), so how long a wrong key
            # takes does not depend on where a right one would have been.
            matches = [row for row in candidates if row_has_key(row, key)]
            found = to_user(matches[0]) if matches else None
        with self._lock:
            self._verified.pop(digest, None)
            if found is not None:
                self._verified[digest] = found.name
        return found

    def drop_cached_keys(self, name: str) -> None:
        with self._lock:
            for digest in [d for d, n in self._verified.items() if n == name]:
                del self._verified[digest]

    # Adapter versions (see attune.people.versions)

    def adapter_folder(self, user: str, version: int) -> Path:
        return adapter_folder(self.root, user, version)

    def register_version(
        self,
        user: str,
        folder: Path,
        info: VersionInfo | None = None,
        *,
        activate: bool = False,
        move: bool = False,
    ) -> AdapterVersion:
        """Install `folder` (copied, or moved when `move`) as `user`'s next version N at
        ROOT/adapters/<user>/vN; served once activated (here, or with `activate` later)."""
        return versions.register_version(
            self, user, Path(folder), info or VersionInfo(), activate, move
        )

    def versions(self, user: str) -> list[AdapterVersion]:
        with self.reading() as session:
            return versions.list_versions(self.root, session, user_row(session, user))

    def active_version(self, user: str) -> AdapterVersion | None:
        return next((v for v in self.versions(user) if v.active), None)

    def activate(self, user: str, version: int) -> AdapterVersion:
        """Make `version` the one served for `user` (a rollback when it is older)."""
        return versions.activate(self, user, version)

    # Feedback

    def add_feedback(
        self,
        user: str,
        completion_id: str,
        prompt: Any,
        answer: str,
        rating: Rating,
        correction: str | None = None,
        comment: str | None = None,
        feedback_id: str | None = None,
    ) -> str:
        """Store what `user` said about one answer; the feedback id. Sending the same
        `feedback_id` again (a client retry) stores nothing new and returns the same id."""
        fid = "fb-" + uuid.uuid4().hex if feedback_id is None else check_feedback_id(feedback_id)
        check_feedback_fields(completion_id, rating)
        try:
            with self.writing() as session:
                row = user_row(session, user)
                if not is_new_feedback(session, fid, row):
                    return fid
                session.add(
                    FeedbackRow(
                        id=fid,
                        user_id=row.id,
                        completion_id=completion_id,
                        prompt=prompt,
                        answer=answer,
                        rating=rating,
                        correction=correction,
                        comment=comment,
                    )
                )
        except exc.IntegrityError:
            # Databases without SQLite's one-writer-at-a-time can let a concurrent retry
            # insert first: then the row is there and this call is the duplicate.
            with self.reading() as session:
                if is_new_feedback(session, fid, user_row(session, user)):
                    raise
        return fid

    def feedback_for(self, user: str) -> list[Feedback]:
        with self.reading() as session:
            row = user_row(session, user)
            rows = session.scalars(
                select(FeedbackRow)
                .where(FeedbackRow.user_id == row.id)
                .order_by(FeedbackRow.created, FeedbackRow.id)
            )
            return [to_feedback(f, row.name) for f in rows]

    # Forgetting

    def forget_user(self, name: str) -> ForgetReport:
        """Delete everything of a person: their rows in every table, their adapter folders,
        what registered hooks cache — then compact the database so no page keeps the text.
        One audit line remains: a pseudonym and counts, nothing the person wrote."""
        pseudonym = self.pseudonym(check_name(name))
        with self.writing() as session:
            row = user_row(session, name)
            # Folders go first, inside the transaction: if deleting rows then fails, the
            # rows remain and forgetting again finishes the job.
            folders = remove_user_folders(self.root, name)
            statements = {
                "feedback": delete(FeedbackRow).where(FeedbackRow.user_id == row.id),
                "versions": delete(AdapterVersionRow).where(AdapterVersionRow.user_id == row.id),
                "audit": delete(AuditRow).where(AuditRow.user == pseudonym),
            }
            deleted = {k: deleted_rows(session, statement) for k, statement in statements.items()}
            session.delete(row)
            detail = " ".join(f"{k}={v}" for k, v in deleted.items()) + f" folders={folders}"
            self.audit(session, "forget", name, detail)
        self.drop_cached_keys(name)
        # Compact before the hooks run, so a failing hook cannot leave the text on disk.
        compacted = is_sqlite(self.engine.url) and compact_sqlite(self.engine)
        self.run_forget_hooks(name)
        return ForgetReport(
            pseudonym,
            feedback=deleted["feedback"],
            versions=deleted["versions"],
            audit=deleted["audit"],
            folders=folders,
            compacted=compacted,
        )

    def run_forget_hooks(self, name: str) -> None:
        # Every hook runs even when one fails: a cache left holding a forgotten person is
        # worse than a late error.
        failures = []
        for hook in self.forget_hooks:
            try:
                hook(name)
            except Exception as error:
                failures.append(error)
        if failures:
            raise failures[0]


def deleted_rows(session: Session, statement: Delete) -> int:
    result: CursorResult[Any] = session.execute(statement)  # type: ignore[assignment]
    return result.rowcount


def duplicate_user(name: str) -> AttuneError:
    return AttuneError(
        f"a user named {name!r} already exists",
        where="user",
        fix=f"choose another name; for a new key, `attune users remove {name}` and add again",
    )


def row_has_key(row: UserRow, key: str) -> bool:
    if row.api_key_salt is None or row.api_key_hash is None:
        return False
    return key_matches(key, row.api_key_salt, row.api_key_hash)


def is_new_feedback(session: Session, fid: str, user: UserRow) -> bool:
    existing = session.get(FeedbackRow, fid)
    if existing is None:
        return True
    if existing.user_id != user.id:
        raise AttuneError(
            f"the feedback id {fid!r} is already used by another person's feedback",
            where="feedback id",
            fix="leave the id out (one is made) or use a fresh unique id per feedback",
        )
    return False
