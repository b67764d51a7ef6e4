"""A person's adapter versions: registered (installed under ROOT/adapters), listed, and
activated — at most one active per person, which is the one served; activating an older
one is the rollback.

The row's `folder` is kept for people reading the database; the path used is always rebuilt
from the checked name and version (`folder_of`), never read back from a row.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from attune.errors import AttuneError
from attune.people.adapters import adapter_folder, place_folder, stage_folder, user_folder
from attune.people.names import check_version
from attune.people.replay import DATA_FILE, seal_replay
from attune.people.schema import (
    AdapterVersion,
    AdapterVersionRow,
    UserRow,
    VersionInfo,
    as_utc,
    user_row,
)

if TYPE_CHECKING:
    from attune.people.store import Store

V = AdapterVersionRow


def register_version(
    store: Store, user: str, folder: Path, info: VersionInfo, activate: bool, move: bool
) -> AdapterVersion:
    """See `Store.register_version`."""
    store.get_user(user)  # an unknown person is an error before anything touches the disk
    staging = stage_folder(folder, user_folder(store.root, user), move)
    placed: Path | None = None
    try:
        # Kept conversations from elsewhere are stored as this store keeps its own.
        seal_replay(staging / "adapter" / DATA_FILE, store.cipher)
        with store.writing() as session:
            owner = user_row(session, user)
            number = next_version(session, owner)
            if info.parent is not None:
                find_version(session, owner, check_version(info.parent))
            target = adapter_folder(store.root, user, number)
            place_folder(staging, target)
            placed = target
            if activate:
                deactivate_all(session, owner)
            row = V(
                user_id=owner.id,
                version=number,
                parent=info.parent,
                data_hash=info.data_hash,
                base_model_hash=info.base_model_hash,
                chat_template_hash=info.chat_template_hash,
                config=info.config,
                eval=info.eval,
                folder=target.relative_to(store.root).as_posix(),
                active=activate,
            )
            session.add(row)
            session.flush()
            store.audit(session, "version-add", user, f"version={number} parent={info.parent}")
            record = to_version(store.root, row, user)
    except BaseException:
        undo_install(folder, staging, placed, move)
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)
        with contextlib.suppress(OSError):
            staging.parent.rmdir()  # only when empty: a person with no version has no folder
    return record


def undo_install(source: Path, staging: Path, placed: Path | None, move: bool) -> None:
    """After a failed registration: a moved folder goes back where the caller had it (it
    must not be lost with the staging folder); a copy is deleted."""
    installed = placed if placed is not None else staging / "adapter"
    if move and installed.exists() and not source.exists():
        shutil.move(str(installed), source)
    elif placed is not None:
        shutil.rmtree(placed, ignore_errors=True)


def list_versions(root: Path, session: Session, owner: UserRow) -> list[AdapterVersion]:
    rows = session.scalars(select(V).where(V.user_id == owner.id).order_by(V.version))
    return [to_version(root, row, owner.name) for row in rows]


def activate(store: Store, user: str, version: int) -> AdapterVersion:
    number = check_version(version)
    with store.writing() as session:
        owner = user_row(session, user)
        row = find_version(session, owner, number)
        was = session.scalar(select(V.version).where(V.user_id == owner.id, V.active))
        # Off first, then on: the unique index on active rows holds at every statement.
        deactivate_all(session, owner)
        row.active = True
        store.audit(session, "version-activate", user, f"version={number} was={was}")
        session.flush()
        return to_version(store.root, row, user)


def deactivate_all(session: Session, owner: UserRow) -> None:
    session.execute(
        update(V).where(V.user_id == owner.id, V.active).values(active=False),
        execution_options={"synchronize_session": "fetch"},
    )


def find_version(session: Session, owner: UserRow, number: int) -> AdapterVersionRow:
    row = session.scalar(select(V).where(V.user_id == owner.id, V.version == number))
    if row is None:
        known = session.scalars(select(V.version).where(V.user_id == owner.id).order_by(V.version))
        listed = ", ".join(f"v{n}" for n in known) or "none yet"
        raise AttuneError(
            f"{owner.name} has no version v{number} (versions: {listed})",
            where="version",
            fix=f"pick one from `attune versions {owner.name}`",
        )
    return row


def next_version(session: Session, owner: UserRow) -> int:
    last = session.scalar(select(func.max(V.version)).where(V.user_id == owner.id))
    return (last or 0) + 1


def to_version(root: Path, row: AdapterVersionRow, user: str) -> AdapterVersion:
    return AdapterVersion(
        user=user,
        version=row.version,
        parent=row.parent,
        data_hash=row.data_hash,
        base_model_hash=row.base_model_hash,
        chat_template_hash=row.chat_template_hash,
        config=row.config,
        eval=row.eval,
        folder=adapter_folder(root, user, row.version),
        created=as_utc(row.created),
        active=row.active,
    )
