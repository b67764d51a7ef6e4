"""Feedback: stored once per id even when many threads write at the same time and clients
retry, validated, read back per person — with the default file and an explicit URL."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from attune.errors import AttuneError
from attune.people.store import Store, open_store

THREADS, PER_THREAD = 8, 500


def write_concurrently(stores: list[Store], users: list[str], retry: bool) -> list[str]:
    """THREADS threads each add PER_THREAD feedback rows (each sent twice when `retry`),
    spread over `stores` (as over processes: each store queues only its own threads)."""
    ids: list[str] = []
    errors: list[BaseException] = []
    start = threading.Barrier(THREADS)

    def worker(t: int) -> None:
        start.wait()  # all threads begin together, so the writes really overlap
        try:
            for i in range(PER_THREAD):
                fid = f"t{t}-{i}"
                for _ in range(2 if retry else 1):
                    got = stores[t % len(stores)].add_feedback(
                        users[t % len(users)],
                        f"cmpl-{t}-{i}",
                        [{"role": "user", "content": f"question {t} {i}"}],
                        f"answer {t} {i}",
                        "up" if i % 2 else "down",
                        feedback_id=fid,
                    )
                    ids.append(got)
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=worker, args=(t,)) for t in range(THREADS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    return ids


@pytest.mark.parametrize("retry", [False, True], ids=["once", "retried"])
def test_concurrent_writers_lose_nothing_and_store_nothing_twice(store: Store, retry: bool) -> None:
    users = ["alice", "bob"]
    for name in users:
        store.add_user(name)
    with open_store(store.root) as second, open_store(store.root) as third:
        ids = write_concurrently([store, second, third], users, retry)
    assert len(ids) == THREADS * PER_THREAD * (2 if retry else 1)
    stored = [f for name in users for f in store.feedback_for(name)]
    assert len(stored) == THREADS * PER_THREAD == len({f.id for f in stored})
    assert {f.id for f in stored} == set(ids)
    by_id = {f.id: f for f in stored}
    assert by_id["t3-7"].answer == "answer 3 7" and by_id["t3-7"].user == "bob"
    assert by_id["t3-7"].prompt == [{"role": "user", "content": "question 3 7"}]


def test_feedback_round_trip_and_order(store: Store) -> None:
    store.add_user("alice")
    first = store.add_feedback("alice", "cmpl-1", "plain prompt", "a1", "down", "better", "meh")
    second = store.add_feedback("alice", "cmpl-2", [{"role": "user", "content": "q"}], "a2", "up")
    assert first.startswith("fb-") and first != second
    got = store.feedback_for("alice")
    assert [f.id for f in got] == [first, second]
    assert (got[0].rating, got[0].correction, got[0].comment) == ("down", "better", "meh")
    assert (got[1].rating, got[1].correction, got[1].comment) == ("up", None, None)
    assert got[0].created <= got[1].created and got[0].created.tzinfo is not None


def test_a_retry_keeps_the_first_write(store: Store) -> None:
    store.add_user("alice")
    store.add_feedback("alice", "cmpl-1", "p", "first", "up", feedback_id="fb-x")
    assert store.add_feedback("alice", "cmpl-1", "p", "second", "up", feedback_id="fb-x") == "fb-x"
    assert [f.answer for f in store.feedback_for("alice")] == ["first"]


def test_bad_feedback_is_refused(store: Store) -> None:
    store.add_user("alice")
    store.add_user("bob")
    store.add_feedback("alice", "cmpl-1", "p", "a", "up", feedback_id="fb-1")
    cases = [
        ({"rating": "meh"}, "invalid rating"),
        ({"completion_id": ""}, "completion id"),
        ({"completion_id": "x" * 129}, "completion id"),
        ({"feedback_id": "../x"}, "invalid feedback id"),
        ({"user": "carol"}, "no user named 'carol'"),
        ({"user": "bob", "feedback_id": "fb-1"}, "already used by another person"),
    ]
    for change, message in cases:
        fields = {"user": "alice", "completion_id": "cmpl-2", "rating": "up", **change}
        with pytest.raises(AttuneError, match=message):
            store.add_feedback(
                fields["user"],
                fields["completion_id"],
                "p",
                "a",
                fields["rating"],  # type: ignore[arg-type]
                feedback_id=fields.get("feedback_id"),
            )
    assert len(store.feedback_for("alice")) == 1 and store.feedback_for("bob") == []


def test_an_explicit_sqlalchemy_url_works(tmp_path: Path) -> None:
    database = tmp_path / "elsewhere" / "people.sqlite"
    database.parent.mkdir()
    url = f"sqlite:///{database}"
    with open_store(tmp_path / "root", url) as store:
        _, key = store.add_user("alice")
        store.add_feedback("alice", "cmpl-1", "p", "a", "up")
    assert database.is_file() and not (tmp_path / "root" / "attune.db").exists()
    with open_store(tmp_path / "root", url, create=False) as again:
        assert (user := again.authenticate(key)) is not None and user.name == "alice"
        assert len(again.feedback_for("alice")) == 1


@pytest.mark.parametrize(
    ("url", "message"),
    [
        ("not a url", "not a database URL"),
        ("sqlite://", "in-memory"),
        ("nodb://x", "no database driver"),
    ],
)
def test_bad_urls_are_user_mistakes(tmp_path: Path, url: str, message: str) -> None:
    with pytest.raises(AttuneError, match=message):
        open_store(tmp_path, url)
