"""With ATTUNE_STORE_KEY, what a person wrote is on disk only as Fernet tokens — feedback in
the database (and its log), the conversations a version keeps — and reads back as written;
without the key, or with another, the store does not open, and says why."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from attune.cli import main
from attune.data.conversations import Conversation, Message
from attune.errors import AttuneError
from attune.people.crypto import KEY_VARIABLE, StoreCipher, new_key
from attune.people.encryption import encrypt_store
from attune.people.replay import DATA_FILE, read_replay, write_replay
from attune.people.store import Store, open_store

from .support import files_under, make_adapter
from .test_forget import NAME, fill, leftovers

PROMPT = "tell me about my gooseberry allergy"
EARLIER = "an earlier answer about the quokka"
ANSWER = "you are allergic to quinces"
CORRECTION = "no: to gooseberries, since 2019"
COMMENT = "my doctor Dr Thistlewood said so"
KEPT = "a kept conversation about marzipan"
PLAIN = [PROMPT, EARLIER, ANSWER, CORRECTION, COMMENT, KEPT]


def with_key(key: str) -> dict[str, str]:
    return {KEY_VARIABLE: key}


def write_fixture(store: Store, tmp_path: Path) -> Path:
    """A person with feedback and a version whose kept conversations arrive in plain text."""
    store.add_user("alice")
    prompt = [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": EARLIER},
        {"role": "user", "content": PROMPT},
    ]
    store.add_feedback("alice", "c-1", prompt, ANSWER, "down", CORRECTION, COMMENT, "fb-1")
    store.add_feedback("alice", "c-2", PROMPT, ANSWER, "up")
    source = make_adapter(tmp_path / "adapter")
    chat = Conversation((Message("user", "hi"), Message("assistant", KEPT)), "t", 1)
    write_replay(source / DATA_FILE, [chat], cipher=None)
    return store.register_version("alice", source, activate=True).folder


def raw_bytes(root: Path) -> bytes:
    """Every byte of every file of the store: the database, its WAL, the adapters."""
    return b"".join(path.read_bytes() for path in files_under(root))


def found_plain(root: Path) -> list[str]:
    data = raw_bytes(root)
    return [text for text in PLAIN if text.encode() in data]


def test_with_a_key_nothing_a_person_wrote_is_on_disk_in_plain(tmp_path: Path) -> None:
    key = new_key()
    with open_store(tmp_path / "store", environ=with_key(key)) as store:
        folder = write_fixture(store, tmp_path)
        assert (store.root / "attune.db-wal").is_file()  # the log is scanned, not only the file
        assert found_plain(store.root) == []
    # Reopened with the key: everything reads back as it was written.
    with open_store(tmp_path / "store", create=False, environ=with_key(key)) as store:
        first, second = store.feedback_for("alice")
        assert first.prompt[1] == {"role": "assistant", "content": EARLIER}
        assert first.prompt[2]["content"] == PROMPT
        assert (first.answer, first.correction, first.comment) == (ANSWER, CORRECTION, COMMENT)
        assert (second.prompt, second.answer, second.correction) == (PROMPT, ANSWER, None)
        kept = read_replay(folder / DATA_FILE, store.cipher)
        assert kept[0].messages[-1] == Message("assistant", KEPT)
    assert found_plain(tmp_path / "store") == []


def test_the_same_fixture_without_a_key_is_plain(tmp_path: Path) -> None:
    # The scan above can see plain text: without a key, every string is found.
    with open_store(tmp_path / "store") as store:
        write_fixture(store, tmp_path)
        assert found_plain(store.root) == PLAIN


def test_without_the_key_or_with_another_the_store_does_not_open(tmp_path: Path) -> None:
    key = new_key()
    with open_store(tmp_path / "store", environ=with_key(key)) as store:
        write_fixture(store, tmp_path)
    root = tmp_path / "store"
    with pytest.raises(AttuneError, match="encrypted and ATTUNE_STORE_KEY is not set") as error:
        open_store(root, create=False, environ={})
    assert error.value.fix and KEY_VARIABLE in error.value.fix
    with pytest.raises(AttuneError, match="is not this store's key") as error:
        open_store(root, create=False, environ=with_key(new_key()))
    assert not any(text in str(error.value) for text in PLAIN)
    # The stored token is bound to the key too: a file read with another key is refused.
    other = StoreCipher(new_key())
    with pytest.raises(AttuneError, match="cannot decrypt"):
        read_replay(root / "adapters" / "alice" / "v1" / DATA_FILE, other)


def test_the_cli_says_what_to_do_without_a_traceback(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "store"
    with open_store(root, environ=with_key(new_key())) as store:
        write_fixture(store, tmp_path)
    assert main(["users", "list", "--store", str(root)]) == 2
    err = capsys.readouterr().err
    assert f"set {KEY_VARIABLE}" in err and "Traceback" not in err
    monkeypatch.setenv(KEY_VARIABLE, "not-a-key-" + "x" * 34)
    assert main(["users", "list", "--store", str(root)]) == 2
    err = capsys.readouterr().err
    assert f"{KEY_VARIABLE}: not a valid store key" in err and "not-a-key" not in err


@pytest.mark.parametrize(
    "change",
    [
        "answer = :foreign",  # a token made with another key
        # Text appended: base64 decoding drops what follows the padding, so a token
        # not checked whole would still decrypt (this one ends in padding).
        "answer = answer || 'x'",
        "correction = 'plain text'",
    ],
)
def test_a_changed_row_is_refused_not_shown(tmp_path: Path, change: str) -> None:
    key = new_key()
    with open_store(tmp_path / "store", environ=with_key(key)) as store:
        write_fixture(store, tmp_path)
    foreign = StoreCipher(new_key()).encrypt_text("forged")
    with sqlite3.connect(tmp_path / "store" / "attune.db") as connection:
        connection.execute(f"UPDATE feedback SET {change} WHERE id = 'fb-1'", {"foreign": foreign})
    with open_store(tmp_path / "store", create=False, environ=with_key(key)) as store:
        with pytest.raises(AttuneError, match="cannot decrypt stored data") as error:
            store.feedback_for("alice")
    assert "forged" not in str(error.value) and "plain text" not in str(error.value)


def test_a_key_for_a_plain_store_is_refused_until_it_is_encrypted(tmp_path: Path) -> None:
    root = tmp_path / "store"
    with open_store(root) as store:
        write_fixture(store, tmp_path)
    key = new_key()
    with pytest.raises(AttuneError, match="created without encryption") as error:
        open_store(root, create=False, environ=with_key(key))
    assert error.value.fix and "store-key --encrypt" in error.value.fix
    report = encrypt_store(root, environ=with_key(key))
    assert (report.feedback, report.files, report.compacted) == (2, 1, True)
    assert found_plain(root) == []
    again = encrypt_store(root, environ=with_key(key))  # after a crash: finishes, or no-op
    assert (again.feedback, again.files) == (0, 0)
    with open_store(root, create=False, environ=with_key(key)) as store:
        assert [f.answer for f in store.feedback_for("alice")] == [ANSWER, ANSWER]
        assert store.feedback_for("alice")[0].prompt[2]["content"] == PROMPT
    with pytest.raises(AttuneError, match="encrypted and ATTUNE_STORE_KEY is not set"):
        open_store(root, create=False, environ={})
    with pytest.raises(AttuneError, match="not set: there is no key"):
        encrypt_store(root, environ={})


def test_new_keys_are_fernet_keys_and_differ() -> None:
    first, second = new_key(), new_key()
    assert first != second and len(first) == 44
    cipher = StoreCipher(first)
    assert cipher.decrypt_text(cipher.encrypt_text("é ✓"), "test") == "é ✓"
    with pytest.raises(AttuneError, match="not a valid store key") as error:
        StoreCipher(first[:-2])
    assert first[:-2] not in str(error.value)


def test_forgetting_in_an_encrypted_store_leaves_nothing(tmp_path: Path) -> None:
    with open_store(tmp_path / "store", environ=with_key(new_key())) as store:
        secrets = fill(store, tmp_path)
        report = store.forget_user(NAME)
        assert (report.feedback, report.versions, report.folders) == (50, 2, 1)
        assert leftovers(store, secrets) == []
        assert len(store.feedback_for("keeper")) == 1
        assert store.feedback_for("keeper")[0].prompt == "keeper's prompt"
