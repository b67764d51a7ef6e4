"""A server whose people store is encrypted (ATTUNE_STORE_KEY): feedback sent to the API is
stored only as tokens, reads back as sent, and forgetting through the API still works."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from attune.people.crypto import KEY_VARIABLE, new_key
from attune.people.store import open_store
from attune.serve.people import People
from attune.serve.settings import ServeSettings
from serve.fakes import fake_app, fake_services

SECRET = "my neighbour Wilhelmina keeps bees"


def test_feedback_through_an_encrypted_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_VARIABLE, new_key())
    store = open_store(tmp_path / "store")
    key = store.add_user("alice")[1]
    root = store.add_user("root", admin=True)[1]
    services = fake_services(ServeSettings(redact_feedback=False))
    services.people = People(store)
    headers = {"Authorization": f"Bearer {key}"}
    with TestClient(fake_app(services)) as client:
        body = {"model": "tiny-chat", "messages": [{"role": "user", "content": SECRET}]}
        answer = client.post("/v1/chat/completions", json=body, headers=headers).json()
        rating = {"completion_id": answer["id"], "rating": "down", "correction": SECRET + "!"}
        assert client.post("/v1/feedback", json=rating, headers=headers).is_success
        raw = b"".join(p.read_bytes() for p in store.root.rglob("*") if p.is_file())
        assert b"Wilhelmina" not in raw
        (stored,) = store.feedback_for("alice")
        assert stored.prompt[-1]["content"] == SECRET and stored.correction == SECRET + "!"
        forgot = client.delete("/v1/users/alice", headers={"Authorization": f"Bearer {root}"})
        assert forgot.status_code == 200 and forgot.json()["removed"]["feedback"] == 1
    store.close()
