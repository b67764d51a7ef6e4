"""People and API keys: only a salted hash is stored, keys authenticate the right person
(and stop doing so once removed), and every name is checked."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from attune.errors import AttuneError
from attune.people.names import check_name, check_version
from attune.people.schema import UserRow
from attune.people.store import Store, open_store

from .support import files_under


def test_key_is_shown_once_and_only_its_salted_hash_is_stored(store: Store) -> None:
    user, key = store.add_user("alice", admin=True)
    assert user.name == "alice" and user.is_admin and user.has_key
    assert key.startswith("att-") and len(key) >= 40
    with store.reading() as session:
        row = session.scalars(select(UserRow)).one()
        assert row.api_key_hash is not None and row.api_key_salt is not None
        assert key not in (row.api_key_hash, row.api_key_salt)
        # Salted: not the plain sha256 of the key.
        assert row.api_key_hash != hashlib.sha256(key.encode()).hexdigest()
    for file in files_under(store.root):
        assert key.encode() not in file.read_bytes(), file


def test_keys_differ_per_person(store: Store) -> None:
    _, key_a = store.add_user("alice")
    _, key_b = store.add_user("bob")
    assert key_a != key_b


def test_authenticate_right_wrong_and_removed(store: Store) -> None:
    _, alice_key = store.add_user("alice")
    _, bob_key = store.add_user("bob")
    assert (found := store.authenticate(alice_key)) is not None and found.name == "alice"
    assert (found := store.authenticate(bob_key)) is not None and found.name == "bob"
    assert store.authenticate(alice_key) is not None  # a cached hit is still right
    assert store.authenticate(alice_key[:-1] + ("A" if alice_key[-1] != "A" else "B")) is None
    assert store.authenticate("") is None
    assert store.authenticate("Bearer " + alice_key) is None
    store.remove_user("alice")
    assert store.authenticate(alice_key) is None
    assert (found := store.authenticate(bob_key)) is not None and found.name == "bob"


def test_removal_by_another_process_is_seen_despite_the_cache(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as server, open_store(tmp_path / "s") as admin:
        _, key = admin.add_user("alice")
        assert server.authenticate(key) is not None  # now cached in `server`
        admin.remove_user("alice")
        assert server.authenticate(key) is None


def test_removed_person_keeps_data_and_can_get_a_new_key(store: Store) -> None:
    _, old_key = store.add_user("alice")
    store.add_feedback("alice", "cmpl-1", [{"role": "user", "content": "hi"}], "hello", "up")
    removed = store.remove_user("alice")
    assert not removed.has_key and [u.name for u in store.list_users()] == ["alice"]
    _, new_key = store.add_user("alice")
    assert store.authenticate(old_key) is None
    assert (found := store.authenticate(new_key)) is not None and found.name == "alice"
    assert len(store.feedback_for("alice")) == 1


def test_duplicate_and_unknown_users_are_errors(store: Store) -> None:
    store.add_user("alice")
    with pytest.raises(AttuneError, match="already exists"):
        store.add_user("alice")
    with pytest.raises(AttuneError, match="no user named 'carol'"):
        store.remove_user("carol")
    with pytest.raises(AttuneError, match="no user named 'carol'"):
        store.get_user("carol")


def test_list_users_is_sorted_by_name(store: Store) -> None:
    for name in ("carol", "alice", "bob"):
        store.add_user(name)
    assert [u.name for u in store.list_users()] == ["alice", "bob", "carol"]


@pytest.mark.parametrize("name", ["alice", "a", "team-2", "x_y", "0abc", "a" * 64])
def test_valid_names(name: str) -> None:
    assert check_name(name) == name


@pytest.mark.parametrize(
    "name",
    ["", "Alice", "-alice", "_a", "a" * 65, "../etc", "a/b", "a.b", "al ice", "é", "a\n", None, 3],
)
def test_invalid_names_are_refused_everywhere(store: Store, name: object) -> None:
    with pytest.raises(AttuneError, match="invalid user name"):
        check_name(name)
    if isinstance(name, str):
        with pytest.raises(AttuneError, match="invalid user name"):
            store.add_user(name)
        with pytest.raises(AttuneError, match="invalid user name"):
            store.adapter_folder(name, 1)
    assert store.list_users() == []


@pytest.mark.parametrize(("text", "number"), [(1, 1), ("3", 3), ("v12", 12)])
def test_versions_accept_the_command_line_forms(text: object, number: int) -> None:
    assert check_version(text) == number


@pytest.mark.parametrize("text", [0, -1, True, "v", "x", "1.5", "٣", 2.0, None])
def test_bad_versions_are_refused(text: object) -> None:
    with pytest.raises(AttuneError, match="invalid version"):
        check_version(text)
