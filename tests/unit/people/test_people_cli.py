"""`attune users|versions|rollback|forget`: the happy paths print what a person needs, and
every mistake is exit 2 with one `attune: error:` message and a fix — never a traceback."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from attune.cli import main
from attune.people.store import open_store

from .support import make_adapter


class Terminal(io.StringIO):
    """Standard input that says it is a terminal, with the given answer typed in."""

    def isatty(self) -> bool:
        return True


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def assert_mistake(result: tuple[int, str, str], *fragments: str) -> None:
    code, _, err = result
    lines = err.strip().splitlines()
    assert code == 2, err
    assert lines[0].startswith("attune: error: ") and "Traceback" not in err, err
    assert len(lines) == 2 and lines[1].strip().startswith("→"), err
    for fragment in fragments:
        assert fragment in err, err


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The store folder, reached through $ATTUNE_STORE (the default when --store is absent)."""
    monkeypatch.setenv("ATTUNE_STORE", str(tmp_path / "store"))
    return tmp_path / "store"


def test_users_add_list_remove(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "users", "add", "alice", "--admin")
    key = out.strip().splitlines()[-1]
    assert code == 0 and key.startswith("att-") and "shown once" in out
    with open_store(root) as store:
        assert (user := store.authenticate(key)) is not None and user.is_admin
    code, out, _ = run(capsys, "users", "list")
    assert code == 0 and "alice" in out and "admin" in out and key not in out
    code, out, _ = run(capsys, "users", "remove", "alice")
    assert code == 0 and "revoked" in out
    code, out, _ = run(capsys, "users", "list")
    assert "revoked" in out


def test_versions_and_rollback(
    root: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(root) as store:
        store.add_user("alice")
        for n in (1, 2):
            store.register_version("alice", make_adapter(tmp_path / f"a{n}"), activate=True)
    code, out, _ = run(capsys, "versions", "alice")
    assert code == 0 and "* v2" in out and "  v1" in out
    code, out, _ = run(capsys, "rollback", "alice", "v1")
    assert code == 0 and "v1 is now served (was v2)" in out
    with open_store(root) as store:
        assert (active := store.active_version("alice")) is not None and active.version == 1


def test_forget_asks_on_a_terminal(
    root: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    run(capsys, "users", "add", "alice")
    monkeypatch.setattr("sys.stdin", Terminal("bob\n"))
    assert_mistake(run(capsys, "forget", "alice"), "not confirmed: nothing was deleted")
    monkeypatch.setattr("sys.stdin", Terminal("alice\n"))
    code, out, _ = run(capsys, "forget", "alice")
    assert code == 0 and "forgot alice" in out
    with open_store(root) as store:
        assert store.list_users() == []


def test_forget_with_yes(root: Path, capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "users", "add", "alice")
    code, out, _ = run(capsys, "forget", "alice", "--yes")
    assert code == 0 and "forgot alice" in out and "feedback: 0" in out


def test_store_and_database_options(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    database = tmp_path / "db" / "people.sqlite"
    database.parent.mkdir()
    options = ["--store", str(tmp_path / "s"), "--database", f"sqlite:///{database}"]
    assert run(capsys, "users", "add", "alice", *options)[0] == 0
    code, out, _ = run(capsys, "users", "list", *options)
    assert code == 0 and "alice" in out and database.is_file()


@pytest.mark.parametrize(
    ("setup", "argv", "fragments"),
    [
        ([], ["users", "list"], ["no attune store here", "--store"]),
        ([["users", "add", "alice"]], ["users", "add", "alice"], ["already exists"]),
        ([], ["users", "add", "Alice"], ["invalid user name 'Alice'"]),
        ([], ["users", "add", "../x"], ["invalid user name"]),
        ([["users", "add", "alice"]], ["users", "remove", "bob"], ["no user named 'bob'"]),
        ([["users", "add", "alice"]], ["versions", "bob"], ["no user named 'bob'"]),
        ([["users", "add", "alice"]], ["rollback", "alice", "3"], ["no version v3"]),
        ([["users", "add", "alice"]], ["rollback", "alice", "three"], ["invalid version"]),
        ([["users", "add", "alice"]], ["forget", "bob", "--yes"], ["no user named 'bob'"]),
        ([["users", "add", "alice"]], ["forget", "alice"], ["--yes", "confirmation"]),
        ([], ["users", "add", "alice", "--database", "nope"], ["not a database URL"]),
    ],
)
def test_mistakes_exit_2_with_a_fix(
    root: Path,
    capsys: pytest.CaptureFixture[str],
    setup: list[list[str]],
    argv: list[str],
    fragments: list[str],
) -> None:
    for step in setup:
        assert main(step) == 0
    assert_mistake(run(capsys, *argv), *fragments)
    if argv[0] == "forget" and setup:
        with open_store(root) as store:  # nothing was forgotten
            assert [u.name for u in store.list_users()] == ["alice"]
