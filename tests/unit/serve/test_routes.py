"""The HTTP API over fake engines: shapes OpenAI clients expect, validation that names the
parameter, bounded admission, the assistant's routing, metrics."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from fastapi.testclient import TestClient

from attune.serve.assistant import AssistantConfig, IntentRoute
from attune.serve.services import Services
from attune.serve.settings import ServeSettings
from serve.fakes import chat_backend, classifier_backend, fake_app, fake_services, no_leak

HELLO = {"model": "tiny-chat", "messages": [{"role": "user", "content": "hi there friend"}]}


@pytest.fixture
def services() -> Services:
    return fake_services(
        ServeSettings(
            queue_limit=4, max_tokens_limit=50, default_max_tokens=40, max_body_bytes=20_000
        )
    )


@pytest.fixture
def client(services: Services) -> Iterator[TestClient]:
    with TestClient(fake_app(services)) as test_client:
        yield test_client


def sse_payloads(text: str) -> list[Any]:
    lines = [line[len("data: ") :] for line in text.splitlines() if line.startswith("data: ")]
    return [line if line == "[DONE]" else json.loads(line) for line in lines]


def test_models_and_health(client: TestClient) -> None:
    models = client.get("/v1/models").json()
    assert models["object"] == "list"
    assert {(m["id"], m["task"]) for m in models["data"]} == {
        ("tiny-chat", "chat"),
        ("tiny-intents", "classify"),
    }
    assert client.get("/health").json()["status"] == "ok"


def test_completion_shape_and_usage(client: TestClient) -> None:
    response = client.post("/v1/chat/completions", json=HELLO)
    assert response.status_code == 200
    body = response.json()
    assert body["object"] == "chat.completion"
    assert body["choices"][0]["message"] == {
        "role": "assistant",
        "content": "echo: hi there friend",
    }
    assert body["choices"][0]["finish_reason"] == "stop"
    prompt = len("<user>hi there friend")
    assert body["usage"] == {
        "prompt_tokens": prompt,
        "completion_tokens": 4,
        "total_tokens": prompt + 4,
    }


def test_max_tokens_cuts_with_length(client: TestClient) -> None:
    body = client.post("/v1/chat/completions", json={**HELLO, "max_tokens": 2}).json()
    assert body["choices"][0]["message"]["content"] == "echo: hi"
    assert body["choices"][0]["finish_reason"] == "length"


def test_stream_chunks_end_with_done(client: TestClient) -> None:
    request = {**HELLO, "stream": True, "stream_options": {"include_usage": True}}
    response = client.post("/v1/chat/completions", json=request)
    assert response.headers["content-type"].startswith("text/event-stream")
    payloads = sse_payloads(response.text)
    assert payloads[-1] == "[DONE]"
    chunks = payloads[:-1]
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    text = "".join(c["choices"][0]["delta"].get("content", "") for c in chunks if c["choices"])
    assert text == "echo: hi there friend"
    assert [c["choices"][0]["finish_reason"] for c in chunks if c["choices"]][-1] == "stop"
    assert chunks[-1]["choices"] == [] and chunks[-1]["usage"]["completion_tokens"] == 4
    assert all(c["object"] == "chat.completion.chunk" for c in chunks)


def test_system_prompt_of_the_run_is_used(services: Services, client: TestClient) -> None:
    chat_backend(services).system_prompt = "You are Wren."
    client.post("/v1/chat/completions", json=HELLO)
    assert chat_backend(services).prompts[-1][0] == {"role": "system", "content": "You are Wren."}
    own = {**HELLO, "messages": [{"role": "system", "content": "Be brief."}, *HELLO["messages"]]}
    client.post("/v1/chat/completions", json=own)
    assert chat_backend(services).prompts[-1][0]["content"] == "Be brief."


BAD_REQUESTS = [
    ({**HELLO, "messages": [{"role": "wizard", "content": "x"}]}, "messages.0.role"),
    ({**HELLO, "messages": []}, "messages"),
    ({**HELLO, "messages": [{"role": "user"}]}, "messages.0.content"),
    ({**HELLO, "max_tokens": 0}, "max_tokens"),
    ({**HELLO, "max_tokens": 51}, "max_tokens"),
    ({**HELLO, "temperature": 2.5}, "temperature"),
    ({**HELLO, "temperature": -0.1}, "temperature"),
    ({**HELLO, "top_p": 0}, "top_p"),
    ({**HELLO, "top_p": 1.5}, "top_p"),
    ({**HELLO, "n": 2}, "n"),
    ({**HELLO, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
]


@pytest.mark.parametrize(("request_body", "param"), BAD_REQUESTS)
def test_bad_requests_name_the_parameter(
    client: TestClient, request_body: dict[str, Any], param: str
) -> None:
    response = client.post("/v1/chat/completions", json=request_body)
    assert response.status_code == 400, response.text
    error = response.json()["error"]
    assert error["param"] == param
    assert error["type"] == "invalid_request_error"
    assert error["message"] and no_leak(response.text)


def test_invalid_json_and_oversized_body(client: TestClient) -> None:
    broken = client.post(
        "/v1/chat/completions",
        content=b'{"messages": [',
        headers={"content-type": "application/json"},
    )
    assert broken.status_code == 400 and broken.json()["error"]["code"] == "invalid_json"
    huge = {**HELLO, "messages": [{"role": "user", "content": "x" * 30_000}]}
    response = client.post("/v1/chat/completions", json=huge)
    assert response.status_code == 400
    assert response.json()["error"]["param"] == "body" and no_leak(response.text)


def test_context_length_exceeded(client: TestClient) -> None:
    long = {**HELLO, "messages": [{"role": "user", "content": "y" * 390}], "max_tokens": 20}
    error = client.post("/v1/chat/completions", json=long).json()["error"]
    assert error["code"] == "context_length_exceeded" and error["param"] == "messages"
    fits = {**HELLO, "messages": [{"role": "user", "content": "y" * 300}], "max_tokens": 20}
    assert client.post("/v1/chat/completions", json=fits).status_code == 200


def test_unknown_model_and_route(client: TestClient) -> None:
    missing = client.post("/v1/chat/completions", json={**HELLO, "model": "nope"})
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "model_not_found"
    route = client.get("/v2/nothing")
    assert route.status_code == 404 and "error" in route.json()


def test_queue_limit_rejects_with_429_then_recovers(services: Services, client: TestClient) -> None:
    backend = chat_backend(services)
    backend.gate.clear()  # every answer waits: the four slots fill up
    with ThreadPoolExecutor(max_workers=4) as pool:
        held = [pool.submit(client.post, "/v1/chat/completions", json=HELLO) for _ in range(4)]
        wait_until(lambda: services.chats["tiny-chat"].in_flight == 4)
        refused = client.post("/v1/chat/completions", json=HELLO)
        assert refused.status_code == 429
        assert refused.headers["retry-after"] == "1"
        assert refused.json()["error"]["code"] == "rate_limit_exceeded"
        backend.gate.set()
        assert all(f.result().status_code == 200 for f in held)
    assert services.chats["tiny-chat"].in_flight == 0
    assert client.get("/health").status_code == 200
    assert client.post("/v1/chat/completions", json=HELLO).status_code == 200


def test_classify_micro_batches(services: Services, client: TestClient) -> None:
    backend = classifier_backend(services)
    body = client.post("/v1/classify", json={"texts": ["set a timer", "hmm"], "top_k": 2}).json()
    first, second = body["data"]
    assert first["label"] == "timer" and not first["out_of_scope"]
    assert len(first["top_k"]) == 2 and second["out_of_scope"]
    backend.gate.clear()
    with ThreadPoolExecutor(max_workers=4) as pool:
        futures = [
            pool.submit(client.post, "/v1/classify", json={"texts": ["timer"]}) for _ in range(4)
        ]
        wait_until(lambda: services.classifiers["tiny-intents"].in_flight == 4)
        backend.gate.set()
        assert all(f.result().json()["data"][0]["label"] == "timer" for f in futures)
    # The first batch held the worker while the others arrived: they ran as one batch.
    assert backend.batches[0] == 2 and len(backend.batches) <= 3


def test_classify_needs_texts(client: TestClient) -> None:
    response = client.post("/v1/classify", json={"texts": []})
    assert response.status_code == 400 and response.json()["error"]["param"] == "texts"


def test_metrics_count_requests_and_tokens(client: TestClient) -> None:
    client.post("/v1/chat/completions", json=HELLO)
    client.post("/v1/chat/completions", json={**HELLO, "top_p": 9})
    text = client.get("/metrics").text
    assert 'attune_requests_total{route="/v1/chat/completions",status="200"} 1.0' in text
    assert 'attune_requests_total{route="/v1/chat/completions",status="400"} 1.0' in text
    assert 'attune_generated_tokens_total{model="tiny-chat"} 4.0' in text
    assert "attune_time_to_first_token_seconds_count" in text
    assert 'attune_queue_depth{engine="tiny-chat"} 0.0' in text


ASSISTANT = AssistantConfig(
    classifier="unused",
    chat="unused",
    intents={
        "greeting": IntentRoute(reply="Hello from config!"),
        "timer": IntentRoute(action="set_timer", reply="Setting it."),
        "weather": IntentRoute(context="The person asks about the weather."),
    },
    out_of_scope=IntentRoute(reply="Sorry, I cannot help with that."),
)


def ask(client: TestClient, text: str, stream: bool = False) -> Any:
    request = {"messages": [{"role": "user", "content": text}], "stream": stream}
    return client.post("/v1/chat/completions", json=request)


def test_assistant_routes_each_turn() -> None:
    services = fake_services(assistant=ASSISTANT)
    with TestClient(fake_app(services)) as client:
        greeting = ask(client, "greeting please").json()
        assert greeting["choices"][0]["message"]["content"] == "Hello from config!"
        assert greeting["attune"]["route"] == "reply" and greeting["attune"]["intent"] == "greeting"
        timer = ask(client, "a timer for 5 minutes").json()
        assert timer["attune"] == {**timer["attune"], "route": "action", "action": "set_timer"}
        weather = ask(client, "weather in Oslo?").json()
        assert weather["attune"]["route"] == "chat"
        assert weather["choices"][0]["message"]["content"] == "echo: weather in Oslo?"
        system = chat_backend(services).prompts[-1][0]
        assert system == {"role": "system", "content": "The person asks about the weather."}
        unknown = ask(client, "tell me a joke").json()
        assert unknown["attune"]["route"] == "fallback" and unknown["attune"]["out_of_scope"]
        streamed = sse_payloads(ask(client, "greeting", stream=True).text)
        assert streamed[0]["attune"]["route"] == "reply" and streamed[-1] == "[DONE]"
        assert [m["id"] for m in client.get("/v1/models").json()["data"]][0] == "assistant"


def wait_until(condition: Any, timeout: float = 10.0) -> None:
    done = threading.Event()
    for _ in range(int(timeout / 0.01)):
        if condition():
            return
        done.wait(0.01)
    raise AssertionError("condition not reached")
