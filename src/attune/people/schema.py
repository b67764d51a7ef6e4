"""The tables of a people store (SQLAlchemy 2 typed ORM) and the plain records handed out.

Rows never leave the store: callers get frozen records, so nothing outside holds a session
or lazily loads from a closed one. Only `users.name` holds a person's name; every other
table points at the user by id, so forgetting deletes by id and the name is in one place.
What a person wrote (feedback prompt, answer, correction, comment) is in `Sealed*` columns:
Fernet tokens when the store has a key (`attune.people.crypto`), plain otherwise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    select,
    text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from attune.errors import AttuneError
from attune.people.crypto import StoreCipher, undecryptable
from attune.people.names import check_name

Rating = Literal["up", "down"]
SCHEMA_VERSION = "1"


def utc_now() -> datetime:
    return datetime.now(UTC)


def as_utc(moment: datetime) -> datetime:
    """SQLite returns naive datetimes; every time written here is UTC."""
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


class SealedText(TypeDecorator[str]):
    """Text encrypted with the engine's store key (`database.bind_cipher`); plain without
    one. The column stays TEXT either way, so both kinds of store share one schema."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: str | None, dialect: Dialect) -> str | None:
        cipher = cipher_of(dialect)
        return value if value is None or cipher is None else cipher.encrypt_text(value)

    def process_result_value(self, value: Any, dialect: Dialect) -> str | None:
        return open_sealed(value, cipher_of(dialect))


class SealedJSON(TypeDecorator[Any]):
    """A JSON value encrypted like `SealedText`: the column holds the token as a JSON
    string (so it stays a JSON column, on PostgreSQL too); plain JSON without a key."""

    impl = JSON
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        cipher = cipher_of(dialect)
        if cipher is None:
            return value
        return cipher.encrypt_text(json.dumps(value, ensure_ascii=False))

    def process_result_value(self, value: Any, dialect: Dialect) -> Any:
        cipher = cipher_of(dialect)
        if cipher is None:
            return value
        opened = open_sealed(value, cipher)
        return None if opened is None else json.loads(opened)


def cipher_of(dialect: Dialect) -> StoreCipher | None:
    try:
        cipher: StoreCipher | None = dialect.attune_cipher  # type: ignore[attr-defined]
    except AttributeError:
        # Rows of a store are read and written only through `open_store`'s engine: another
        # engine could write plain text into an encrypted store.
        raise RuntimeError("people-store rows need an engine made by open_store") from None
    return cipher


def open_sealed(value: Any, cipher: StoreCipher | None) -> Any:
    if value is None or cipher is None:
        return value
    if not isinstance(value, str):
        raise undecryptable("stored feedback")  # not a token: plain text, a number, …
    return cipher.decrypt_text(value, "stored feedback")


class Base(DeclarativeBase):
    pass


class MetaRow(Base):
    """Store-wide settings: the schema version and the secret behind audit pseudonyms."""

    __tablename__ = "meta"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(256))


class UserRow(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(64), unique=True)
    # Both NULL once access is removed (`attune users remove`): the person and their data stay.
    api_key_salt: Mapped[str | None] = mapped_column(String(64))
    api_key_hash: Mapped[str | None] = mapped_column(String(64))
    is_admin: Mapped[bool] = mapped_column(Boolean, default=False)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AdapterVersionRow(Base):
    __tablename__ = "adapter_versions"
    __table_args__ = (
        UniqueConstraint("user_id", "version"),
        # At most one active version per user, enforced by the database itself (a partial
        # unique index: SQLite and PostgreSQL both have them).
        Index(
            "one_active_version_per_user",
            "user_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    version: Mapped[int] = mapped_column(Integer)
    parent: Mapped[int | None] = mapped_column(Integer)
    data_hash: Mapped[str | None] = mapped_column(String(128))
    base_model_hash: Mapped[str | None] = mapped_column(String(128))
    chat_template_hash: Mapped[str | None] = mapped_column(String(128))
    config: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    eval: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)
    folder: Mapped[str] = mapped_column(String(256))
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    active: Mapped[bool] = mapped_column(Boolean, default=False)


class FeedbackRow(Base):
    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint("rating in ('up', 'down')", name="rating_up_or_down"),)
    # The id is the retry key: the primary key makes a retried insert a no-op, not a copy.
    id: Mapped[str] = mapped_column(String(128), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    completion_id: Mapped[str] = mapped_column(String(128))
    prompt: Mapped[Any] = mapped_column(SealedJSON)
    answer: Mapped[str] = mapped_column(SealedText)
    rating: Mapped[str] = mapped_column(String(4))
    correction: Mapped[str | None] = mapped_column(SealedText)
    comment: Mapped[str | None] = mapped_column(SealedText)
    created: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)


class AuditRow(Base):
    """Who did what, without personal content: `user` is a keyed pseudonym, never a name."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    time: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utc_now)
    action: Mapped[str] = mapped_column(String(32))
    user: Mapped[str] = mapped_column(String(32), index=True)
    detail: Mapped[str] = mapped_column(String(256), default="")


@dataclass(frozen=True)
class User:
    name: str
    is_admin: bool
    created: datetime
    has_key: bool
    """False once `remove_user` took the key away: the person stays, requests are refused."""


@dataclass(frozen=True)
class AdapterVersion:
    user: str
    version: int
    parent: int | None
    data_hash: str | None
    base_model_hash: str | None
    chat_template_hash: str | None
    config: dict[str, Any]
    eval: dict[str, Any]
    folder: Path
    """Absolute, rebuilt from the checked name and version (never read from the row)."""
    created: datetime
    active: bool


@dataclass(frozen=True)
class VersionInfo:
    """Where an adapter version came from and how it did: kept with the version."""

    data_hash: str | None = None
    """sha256 of the training data (the feedback it was retrained on)."""
    base_model_hash: str | None = None
    """sha256 of the base model's weights the adapter was trained on."""
    chat_template_hash: str | None = None
    """sha256 of the chat template used to render training data (serve must match it)."""
    config: dict[str, Any] = field(default_factory=dict)
    """The resolved training config."""
    eval: dict[str, Any] = field(default_factory=dict)
    """The evaluation report's numbers (e.g. eval_loss, perplexity)."""
    parent: int | None = None
    """The version this one was trained from, if any."""


@dataclass(frozen=True)
class Feedback:
    id: str
    user: str
    completion_id: str
    prompt: Any
    answer: str
    rating: Rating
    correction: str | None
    comment: str | None
    created: datetime


@dataclass(frozen=True)
class ForgetReport:
    """What `forget_user` deleted; `compacted` is False when the database could not be
    rewritten at once (another process was reading), so old pages may still hold text."""

    pseudonym: str
    feedback: int
    versions: int
    audit: int
    folders: int
    compacted: bool


def user_row(session: Session, name: str) -> UserRow:
    row = session.scalar(select(UserRow).where(UserRow.name == check_name(name)))
    if row is None:
        raise AttuneError(
            f"no user named {name!r} in this store",
            where="user",
            fix="see `attune users list`, or add them with `attune users add NAME`",
        )
    return row


def to_user(row: UserRow) -> User:
    return User(row.name, row.is_admin, as_utc(row.created), row.api_key_hash is not None)


def to_feedback(row: FeedbackRow, name: str) -> Feedback:
    rating: Rating = "up" if row.rating == "up" else "down"
    return Feedback(
        row.id,
        name,
        row.completion_id,
        row.prompt,
        row.answer,
        rating,
        row.correction,
        row.comment,
        as_utc(row.created),
    )
