"""A server with people (fake engines, a real people store): keys, each person answered by
their own adapter, isolation, feedback on one's own answers, and forgetting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attune.people.store import Store, open_store
from attune.serve.people import People
from attune.serve.settings import ServeSettings
from serve.fakes import chat_backend, fake_app, fake_services

HELLO = {"model": "tiny-chat", "messages": [{"role": "user", "content": "hi there"}]}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "store") as opened:
        yield opened


@pytest.fixture
def keys(store: Store, tmp_path: Path) -> dict[str, str]:
    found = {}
    for name, admin in (("alice", False), ("bob", False), ("root", True), ("carol", False)):
        found[name] = store.add_user(name, admin=admin)[1]
    adapter = tmp_path / "adapter"
    adapter.mkdir()
    (adapter / "adapter_config.json").write_text("{}", encoding="utf-8")
    for name in ("alice", "bob"):
        store.register_version(name, adapter, activate=True)
    store.register_version("alice", adapter, activate=True)  # alice is at v2
    return found


@pytest.fixture
def client(store: Store) -> Iterator[TestClient]:
    services = fake_services()
    services.people = People(store)
    with TestClient(fake_app(services)) as test_client:
        test_client.app_state = services  # type: ignore[attr-defined]
        yield test_client


def as_(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def chat(client: TestClient, key: str, **body: Any) -> Any:
    return client.post("/v1/chat/completions", json={**HELLO, **body}, headers=as_(key))


def adapters(client: TestClient) -> list[str | None]:
    return chat_backend(client.app_state).adapters  # type: ignore[attr-defined]


def test_every_route_needs_a_valid_key(client: TestClient, keys: dict[str, str]) -> None:
    for response in (
        client.post("/v1/chat/completions", json=HELLO),
        client.get("/v1/models", headers=as_("att-not-a-key")),
        client.post("/v1/classify", json={"texts": ["x"]}, headers={"Authorization": "x"}),
    ):
        assert response.status_code == 401
        assert response.json()["error"]["code"] == "invalid_api_key"
    assert client.get("/v1/models", headers=as_(keys["alice"])).status_code == 200
    assert client.get("/health").status_code == 200


def test_each_person_is_answered_by_their_active_adapter(
    client: TestClient, keys: dict[str, str]
) -> None:
    assert chat(client, keys["alice"]).status_code == 200
    assert chat(client, keys["bob"]).status_code == 200
    assert chat(client, keys["carol"]).status_code == 200  # no version yet: the model itself
    assert adapters(client) == ["alice@v2", "bob@v1", None]


def test_naming_someone_else_looks_like_naming_nobody(
    client: TestClient, keys: dict[str, str]
) -> None:
    other = chat(client, keys["alice"], model="tiny-chat@bob")
    nobody = chat(client, keys["alice"], model="tiny-chat@zed")
    assert other.status_code == nobody.status_code == 404
    assert other.json()["error"]["message"].replace("bob", "?") == nobody.json()["error"][
        "message"
    ].replace("zed", "?")
    assert chat(client, keys["root"], model="tiny-chat@bob").status_code == 200
    assert adapters(client) == ["bob@v1"]
    assert chat(client, keys["root"], model="tiny-chat@zed").status_code == 404


def test_feedback_on_ones_own_answers_only(
    client: TestClient, keys: dict[str, str], store: Store
) -> None:
    answer = chat(client, keys["alice"]).json()
    body = {"completion_id": answer["id"], "rating": "down", "correction": "Hello Alice!"}
    stored = client.post("/v1/feedback", json={**body, "id": "fb-1"}, headers=as_(keys["alice"]))
    assert stored.status_code == 200 and stored.json()["id"] == "fb-1"
    again = client.post("/v1/feedback", json={**body, "id": "fb-1"}, headers=as_(keys["alice"]))
    assert again.json()["id"] == "fb-1"
    rows = store.feedback_for("alice")
    assert len(rows) == 1
    assert rows[0].answer == "echo: hi there" and rows[0].correction == "Hello Alice!"
    assert rows[0].prompt == [{"role": "user", "content": "hi there"}]
    stolen = client.post("/v1/feedback", json=body, headers=as_(keys["bob"]))
    unknown = client.post(
        "/v1/feedback", json={**body, "completion_id": "chatcmpl-x"}, headers=as_(keys["bob"])
    )
    assert stolen.status_code == unknown.status_code == 404
    bad = client.post("/v1/feedback", json={**body, "rating": "meh"}, headers=as_(keys["alice"]))
    assert bad.status_code == 400 and bad.json()["error"]["param"] == "rating"


def test_streamed_answers_can_be_rated_too(client: TestClient, keys: dict[str, str]) -> None:
    response = chat(client, keys["alice"], stream=True)
    completion_id = response.text.split('"id": "')[1].split('"')[0]
    rated = client.post(
        "/v1/feedback",
        json={"completion_id": completion_id, "rating": "up"},
        headers=as_(keys["alice"]),
    )
    assert rated.status_code == 200


def test_admin_routes_refuse_user_keys_and_forget_everything(
    client: TestClient, keys: dict[str, str], store: Store
) -> None:
    assert client.get("/v1/users", headers=as_(keys["alice"])).status_code == 403
    assert client.delete("/v1/users/bob", headers=as_(keys["alice"])).status_code == 403
    names = [u["name"] for u in client.get("/v1/users", headers=as_(keys["root"])).json()["data"]]
    assert sorted(names) == ["alice", "bob", "carol", "root"]
    answer = chat(client, keys["alice"]).json()
    forgotten = client.delete("/v1/users/alice", headers=as_(keys["root"]))
    assert forgotten.status_code == 200 and forgotten.json()["removed"]["versions"] == 2
    assert chat(client, keys["alice"]).status_code == 401
    people = client.app_state.people  # type: ignore[attr-defined]
    assert people.recall(answer["id"], "alice") is None
    assert not (store.root / "adapters" / "alice").exists()
    assert client.delete("/v1/users/alice", headers=as_(keys["root"])).status_code == 404
    assert client.delete("/v1/users/Not..Valid", headers=as_(keys["root"])).status_code == 400


def test_stored_feedback_keeps_no_personal_data_unless_asked(
    store: Store, keys: dict[str, str]
) -> None:
    secret = "maya.silva@example.com"
    for redact in (True, False):
        services = fake_services(ServeSettings(redact_feedback=redact))
        services.people = People(store)
        with TestClient(fake_app(services)) as client:
            answer = client.post(
                "/v1/chat/completions",
                json={**HELLO, "messages": [{"role": "user", "content": f"mail {secret} now"}]},
                headers=as_(keys["carol"]),
            ).json()
            body = {
                "completion_id": answer["id"],
                "rating": "down",
                "correction": f"Sent to {secret}, call +44 20 7946 0958.",
            }
            assert client.post("/v1/feedback", json=body, headers=as_(keys["carol"])).is_success
    kept, raw = store.feedback_for("carol")
    assert secret not in str(kept) and "7946" not in str(kept)
    assert kept.prompt[0]["content"] == "mail <EMAIL_1> now"
    assert kept.correction == "Sent to <EMAIL_1>, call <PHONE_1>."
    assert secret in str(raw)  # --keep-personal-data stores what was given
