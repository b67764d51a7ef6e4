"""The API over a real socket: the `openai` client, streamed and not, and clients that
hang up mid-stream (their slots come back, nothing is left behind)."""

from __future__ import annotations

import threading

import httpx
import openai

from attune.serve.settings import ServeSettings
from loopback import serving
from serve.fakes import chat_backend, fake_app, fake_services

MESSAGES = [{"role": "user", "content": "hello over the wire"}]


def test_openai_client_plain_and_streamed() -> None:
    services = fake_services()
    with serving(fake_app(services)) as url:
        client = openai.OpenAI(base_url=f"{url}/v1", api_key="unused", max_retries=0)
        assert [m.id for m in client.models.list()] == ["tiny-chat", "tiny-intents"]
        reply = client.chat.completions.create(model="tiny-chat", messages=MESSAGES)  # type: ignore[arg-type]
        assert reply.choices[0].message.content == "echo: hello over the wire"
        assert reply.usage is not None and reply.usage.completion_tokens == 5
        stream = client.chat.completions.create(
            model="tiny-chat",
            messages=MESSAGES,
            stream=True,  # type: ignore[arg-type]
        )
        pieces = [c.choices[0].delta.content or "" for c in stream if c.choices]
        assert "".join(pieces) == "echo: hello over the wire"
        try:
            client.chat.completions.create(model="tiny-chat", messages=MESSAGES, top_p=3)  # type: ignore[arg-type]
        except openai.BadRequestError as error:
            assert error.code == "invalid_value" and error.param == "top_p"
        else:
            raise AssertionError("top_p=3 was accepted")


def test_hang_ups_free_their_slots() -> None:
    services = fake_services(ServeSettings(queue_limit=8))
    backend = chat_backend(services)
    backend.gate.clear()  # answers wait: each client hangs up before its first word
    request = {"model": "tiny-chat", "messages": MESSAGES, "stream": True}
    with serving(fake_app(services)) as url, httpx.Client(base_url=url, timeout=10) as client:
        for _ in range(100):
            with client.stream("POST", "/v1/chat/completions", json=request) as response:
                assert response.status_code == 200
                next(response.iter_lines())  # the role chunk; then hang up
        wait = threading.Event()
        for _ in range(500):
            if len(backend.cancelled) == 100 and services.chats["tiny-chat"].in_flight == 0:
                break
            wait.wait(0.01)
        assert len(backend.cancelled) == 100
        assert services.chats["tiny-chat"].in_flight == 0
        backend.gate.set()
        answer = client.post("/v1/chat/completions", json={**request, "stream": False})
        assert answer.json()["choices"][0]["message"]["content"] == "echo: hello over the wire"
        metrics = client.get("/metrics").text
        assert 'attune_client_disconnects_total{model="tiny-chat"} 100.0' in metrics
