"""Adapter versions: installed whole under ROOT/adapters/<user>/vN, numbered per person, at
most one active (the database enforces it), rollback by activating, and no way out of the
adapters folder through a name or a symlink."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import exc, text

from attune.errors import AttuneError
from attune.people.adapters import refuse_escape
from attune.people.schema import VersionInfo
from attune.people.store import Store

from .support import make_adapter


def test_register_copies_the_folder_and_keeps_its_provenance(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    source = make_adapter(tmp_path / "trained", marker="one")
    info = VersionInfo(
        data_hash="d" * 64,
        base_model_hash="b" * 64,
        chat_template_hash="c" * 64,
        config={"train": {"lr": 1e-4}},
        eval={"eval_loss": 1.25},
    )
    version = store.register_version("alice", source, info)
    assert version.version == 1 and not version.active and version.parent is None
    assert version.folder == store.root / "adapters" / "alice" / "v1"
    assert (version.folder / "adapter_model.safetensors").read_bytes() == b"one" * 64
    assert source.is_dir()  # copied, not moved
    assert (version.data_hash, version.config, version.eval) == (
        "d" * 64,
        {"train": {"lr": 1e-4}},
        {"eval_loss": 1.25},
    )
    assert store.versions("alice") == [version]
    # Only the finished folder is left: the staging folder is gone.
    assert sorted(p.name for p in (store.root / "adapters" / "alice").iterdir()) == ["v1"]


def test_move_and_numbering_per_person(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    store.add_user("bob")
    first = store.register_version("alice", make_adapter(tmp_path / "a1"))
    bob = store.register_version("bob", make_adapter(tmp_path / "b1"))
    moved = store.register_version(
        "alice", make_adapter(tmp_path / "a2"), VersionInfo(parent=1), move=True
    )
    assert (first.version, bob.version, moved.version, moved.parent) == (1, 1, 2, 1)
    assert not (tmp_path / "a2").exists() and (moved.folder / "adapter_config.json").is_file()


def test_a_failed_move_gives_the_folder_back(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    source = make_adapter(tmp_path / "trained", marker="precious")
    with pytest.raises(AttuneError, match="no version v4"):
        store.register_version("alice", source, VersionInfo(parent=4), move=True)
    assert (source / "adapter_model.safetensors").read_bytes() == b"precious" * 64
    assert store.versions("alice") == [] and not (store.root / "adapters" / "alice").exists()


def test_activate_keeps_exactly_one_active_and_rolls_back(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    assert store.active_version("alice") is None
    for n in range(1, 4):
        store.register_version("alice", make_adapter(tmp_path / f"a{n}"), activate=True)
        assert [v.version for v in store.versions("alice") if v.active] == [n]
    rolled = store.activate("alice", 1)
    assert rolled.active and rolled.version == 1
    assert [v.active for v in store.versions("alice")] == [True, False, False]
    store.activate("alice", 1)  # activating the active one changes nothing
    assert [v.active for v in store.versions("alice")] == [True, False, False]
    assert (active := store.active_version("alice")) is not None and active.version == 1


def test_the_database_refuses_two_active_versions(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    store.register_version("alice", make_adapter(tmp_path / "a1"), activate=True)
    store.register_version("alice", make_adapter(tmp_path / "a2"))
    with pytest.raises(exc.IntegrityError), store.writing() as session:
        session.execute(text("UPDATE adapter_versions SET active = 1"))


def test_unknown_versions_parents_and_people_are_errors(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    store.register_version("alice", make_adapter(tmp_path / "a1"))
    with pytest.raises(AttuneError, match=r"no version v5 \(versions: v1\)"):
        store.activate("alice", 5)
    with pytest.raises(AttuneError, match="no version v7"):
        store.register_version("alice", make_adapter(tmp_path / "a2"), VersionInfo(parent=7))
    with pytest.raises(AttuneError, match="no user named 'bob'"):
        store.register_version("bob", make_adapter(tmp_path / "b1"))
    with pytest.raises(AttuneError, match="does not exist"):
        store.register_version("alice", tmp_path / "missing")
    # Nothing of the failed registrations was left on disk.
    assert sorted(p.name for p in (store.root / "adapters").rglob("*") if p.is_dir()) == [
        "alice",
        "v1",
    ]
    assert [v.version for v in store.versions("alice")] == [1]


def test_symlinked_user_folder_pointing_outside_is_refused(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    outside = make_adapter(tmp_path / "elsewhere" / "v1")
    (store.root / "adapters").mkdir()
    os.symlink(outside.parent, store.root / "adapters" / "alice")
    with pytest.raises(AttuneError, match="symbolic link"):
        store.adapter_folder("alice", 1)
    with pytest.raises(AttuneError, match="symbolic link"):
        store.register_version("alice", make_adapter(tmp_path / "a1"))
    assert outside.is_dir() and sorted(p.name for p in outside.parent.iterdir()) == ["v1"]


def test_symlinked_version_folder_is_refused(store: Store, tmp_path: Path) -> None:
    store.add_user("alice")
    store.add_user("bob")
    store.register_version("bob", make_adapter(tmp_path / "b1"))
    (store.root / "adapters" / "alice").mkdir()
    # A link to another person's folder stays inside adapters/ when resolved: still refused.
    os.symlink(store.root / "adapters" / "bob" / "v1", store.root / "adapters" / "alice" / "v1")
    with pytest.raises(AttuneError, match="symbolic link"):
        store.adapter_folder("alice", 1)
    os.symlink(tmp_path, store.root / "adapters" / "alice" / "v2")
    with pytest.raises(AttuneError, match="symbolic link"):
        store.adapter_folder("alice", 2)


def test_a_path_resolving_outside_adapters_is_refused(tmp_path: Path) -> None:
    # Checked names cannot spell `..`; this is the last check, behind the name rule.
    base = tmp_path / "store" / "adapters"
    base.mkdir(parents=True)
    with pytest.raises(AttuneError, match="resolves outside"):
        refuse_escape(base, base / "alice" / ".." / "..")
    refuse_escape(base, base / "alice" / "v1")  # an ordinary path passes


def test_names_and_versions_are_checked_before_any_path_is_built(store: Store) -> None:
    with pytest.raises(AttuneError, match="invalid user name"):
        store.adapter_folder("..", 1)
    with pytest.raises(AttuneError, match="invalid version"):
        store.adapter_folder("alice", 0)
