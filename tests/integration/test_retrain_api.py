"""Retraining from the API: a background job a person starts and polls; nobody else can
start one for them or see it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attune.people.crypto import KEY_VARIABLE, new_key
from attune.people.store import Store, open_store
from attune.serve.people import People
from attune.serve.retrain_jobs import RetrainJobs
from helpers import build_tiny_llama
from integration.test_retrain import FAST, add_corrections
from unit.serve.fakes import fake_app, fake_services

pytestmark = pytest.mark.integration


@pytest.fixture(params=["plain", "encrypted"])
def setup(
    tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[TestClient, Store, dict[str, str]]]:
    """The server's people, in a plain store and in one encrypted with ATTUNE_STORE_KEY."""
    monkeypatch.delenv(KEY_VARIABLE, raising=False)
    if request.param == "encrypted":
        monkeypatch.setenv(KEY_VARIABLE, new_key())
    store = open_store(tmp_path / "store")
    keys = {"sam": store.add_user("sam")[1], "eve": store.add_user("eve")[1]}
    keys["root"] = store.add_user("root", admin=True)[1]
    add_corrections(store)
    services = fake_services()
    services.people = People(store)
    services.people.jobs = RetrainJobs(store, build_tiny_llama(tmp_path / "base"), FAST)
    with TestClient(fake_app(services)) as client:
        yield client, store, keys


def as_(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def poll(client: TestClient, job_id: str, key: str) -> Any:
    wait = threading.Event()
    for _ in range(1200):
        body = client.get(f"/v1/retrain/{job_id}", headers=as_(key)).json()
        if body["status"] in ("done", "failed"):
            return body
        wait.wait(0.05)
    raise AssertionError("the retrain job did not finish")


def test_a_person_retrains_in_the_background_and_polls(
    setup: tuple[TestClient, Store, dict[str, str]],
) -> None:
    client, store, keys = setup
    started = client.post("/v1/retrain", json={}, headers=as_(keys["sam"]))
    assert started.status_code == 202 and started.json()["status"] in ("queued", "running")
    job_id = started.json()["id"]
    assert client.get(f"/v1/retrain/{job_id}", headers=as_(keys["eve"])).status_code == 404
    done = poll(client, job_id, keys["sam"])
    assert done["status"] == "done", done
    assert done["result"]["version"] == 1 and done["result"]["activated"]
    assert done["result"]["gate"]["passed"] and store.active_version("sam") is not None


def test_only_admins_retrain_someone_else_and_failures_are_plain(
    setup: tuple[TestClient, Store, dict[str, str]],
) -> None:
    client, _, keys = setup
    other = client.post("/v1/retrain", json={"user": "sam"}, headers=as_(keys["eve"]))
    assert other.status_code == 404
    nothing = client.post("/v1/retrain", json={}, headers=as_(keys["eve"]))  # no feedback
    failed = poll(client, nothing.json()["id"], keys["eve"])
    assert failed["status"] == "failed" and "feedback" in failed["error"]
    by_admin = client.post("/v1/retrain", json={"user": "eve"}, headers=as_(keys["root"]))
    assert by_admin.status_code == 202
