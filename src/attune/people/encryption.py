"""Whether a store is encrypted (its `meta` table says so), and encrypting a plain one.

`meta.encryption` is `fernet` or `none`, written when the store is created; a store made
before encryption existed has no such row and holds plain text. `meta.key_check` is a
token of `crypto.KEY_CHECK` made with the store's key: opening decrypts it, so a wrong key
is refused at once, not at the first feedback read.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import JSON, Text, select, type_coerce, update
from sqlalchemy.orm import Session

from attune.errors import AttuneError
from attune.people.crypto import (
    KEY_CHECK,
    KEY_VARIABLE,
    StoreCipher,
    check_store_key,
    cipher_from_env,
)
from attune.people.database import WRITE, compact_sqlite, is_sqlite, open_database
from attune.people.replay import seal_all_replays
from attune.people.schema import Base, FeedbackRow, MetaRow

ENCRYPTION = "encryption"
KEY_CHECK_ROW = "key_check"
FERNET = "fernet"
NONE = "none"


def record_encryption(session: Session, cipher: StoreCipher | None) -> None:
    """Write how the store is kept: encrypted with `cipher`'s key, or plain."""
    session.merge(MetaRow(key=ENCRYPTION, value=NONE if cipher is None else FERNET))
    if cipher is not None:
        session.merge(MetaRow(key=KEY_CHECK_ROW, value=cipher.encrypt_text(KEY_CHECK)))


def is_encrypted(session: Session) -> bool:
    """A store without the row (made before encryption existed) is plain; any kind but
    `none` counts as encrypted, so an unknown kind is never read as plain text."""
    row = session.get(MetaRow, ENCRYPTION)
    return row is not None and row.value != NONE


def check_encryption(session: Session, cipher: StoreCipher | None, where: str) -> None:
    """Refuse a key that does not fit the store at `where` (see `attune.people.crypto`)."""
    check = session.get(MetaRow, KEY_CHECK_ROW)
    check_store_key(is_encrypted(session), None if check is None else check.value, cipher, where)


@dataclass(frozen=True)
class EncryptReport:
    """What `encrypt_store` encrypted; `compacted` as in `ForgetReport`."""

    feedback: int
    files: int
    compacted: bool


def encrypt_store(
    root: Path, url: str | None = None, environ: Mapping[str, str] | None = None
) -> EncryptReport:
    """Encrypt a plain store in place with the key in ATTUNE_STORE_KEY: every feedback row
    and every kept conversations file, then compact the database so no page keeps the
    plain text. Run it with no server using the store.

    The rows and the store's mark change in one transaction; the files follow and are
    skipped once sealed, so after a crash running it again finishes the job. Copies made
    before (backups) and blocks the filesystem kept of the old files are out of its reach.
    """
    cipher = cipher_from_env(environ)
    if cipher is None:
        raise AttuneError(
            f"{KEY_VARIABLE} is not set: there is no key to encrypt the store with",
            where=KEY_VARIABLE,
            fix=f"make one with `attune store-key`, keep it safe, and set {KEY_VARIABLE} to it",
        )
    engine = open_database(Path(root), url, create=False, cipher=cipher)
    try:
        writer = engine.execution_options(**WRITE)
        Base.metadata.create_all(writer)
        with Session(writer) as session, session.begin():
            if session.get(MetaRow, "schema_version") is None:
                raise AttuneError(
                    "no attune store here (its database has no people)",
                    where=str(root),
                    fix="pass the store folder (--store DIR) and its --database, if any",
                )
            if is_encrypted(session):
                check_encryption(
                    session, cipher, str(root)
                )  # the same key: finish what a crash left
                rows = 0
            else:
                rows = seal_feedback(session)
                record_encryption(session, cipher)
        files = seal_all_replays(Path(root), cipher)
        compacted = is_sqlite(engine.url) and compact_sqlite(engine)
    finally:
        engine.dispose()
    return EncryptReport(rows, files, compacted)


def seal_feedback(session: Session) -> int:
    """Rewrite every feedback row through its sealed columns; the rows rewritten.

    The plain values are read with the columns' plain types (`type_coerce`), and written
    back through the `Sealed*` types, which encrypt them with the engine's key.
    """
    f = FeedbackRow
    plain = select(
        f.id,
        type_coerce(f.prompt, JSON),
        type_coerce(f.answer, Text),
        type_coerce(f.correction, Text),
        type_coerce(f.comment, Text),
    )
    fields = ("prompt", "answer", "correction", "comment")
    rows = [
        (fid, dict(zip(fields, values, strict=True))) for fid, *values in session.execute(plain)
    ]
    for fid, values in rows:
        session.execute(update(f).where(f.id == fid).values(**values))
    return len(rows)
