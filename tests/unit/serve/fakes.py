"""Fake engines for route tests: they answer like the real ones, instantly and predictably.

The fake chat model "tokenises" one token per character and answers `echo: <last user
text>` one word per event from its own thread (as the real decoder does), honouring
`max_tokens`. A `gate` holds every answer until the test opens it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attune.eval.scoring import Prediction
from attune.serve.app import create_app
from attune.serve.assistant import AssistantConfig
from attune.serve.batch_decode import DecodeEvent, SamplingParams
from attune.serve.chat_service import ChatService
from attune.serve.classify_service import ClassifyService
from attune.serve.services import Assistant, Services
from attune.serve.settings import ServeSettings


class FakeChatBackend:
    def __init__(self, context_length: int = 400, system_prompt: str | None = None) -> None:
        self.context_length = context_length
        self.system_prompt = system_prompt
        self.gate = threading.Event()
        self.gate.set()
        self.cancelled: set[str] = set()
        self.live: set[str] = set()
        self.prompts: list[list[dict[str, str]]] = []
        self.adapters: list[str | None] = []
        self.lock = threading.Lock()

    def encode(self, messages: list[dict[str, str]]) -> list[int]:
        self.prompts.append(messages)
        text = "".join(f"<{m['role']}>{m['content']}" for m in messages)
        return [ord(c) % 256 for c in text]

    def submit(
        self,
        request_id: str,
        prompt_ids: list[int],
        params: SamplingParams,
        on_event: Callable[[DecodeEvent], None],
        adapter: str | None = None,
    ) -> None:
        self.adapters.append(adapter)
        last_user = next(m for m in reversed(self.prompts[-1]) if m["role"] == "user")
        words = f"echo: {last_user['content']}".split(" ")
        with self.lock:
            self.live.add(request_id)
        args = (request_id, len(prompt_ids), words, params, on_event)
        threading.Thread(target=self.answer, args=args, daemon=True).start()

    def answer(
        self,
        request_id: str,
        prompt_tokens: int,
        words: list[str],
        params: SamplingParams,
        on_event: Callable[[DecodeEvent], None],
    ) -> None:
        self.gate.wait(timeout=30)
        kept = words[: params.max_tokens]
        for i, word in enumerate(kept):
            if request_id in self.cancelled:
                break
            text = word if i == 0 else f" {word}"
            on_event(DecodeEvent(request_id, text, False, None, prompt_tokens, i + 1))
        reason = (
            "cancelled"
            if request_id in self.cancelled
            else ("length" if len(kept) < len(words) else "stop")
        )
        on_event(DecodeEvent(request_id, "", True, reason, prompt_tokens, len(kept)))
        with self.lock:
            self.live.discard(request_id)

    def cancel(self, request_id: str) -> None:
        with self.lock:
            self.cancelled.add(request_id)

    def start(self) -> None:
        pass

    def close(self) -> None:
        self.gate.set()


class FakeClassifier:
    """Labels by keyword; remembers the size of every batch it was given."""

    labels = ["greeting", "timer", "weather"]

    def __init__(self) -> None:
        self.batches: list[int] = []
        self.gate = threading.Event()
        self.gate.set()

    def predict(self, texts: list[str], top_k: int = 3) -> list[Prediction]:
        self.gate.wait(timeout=30)
        self.batches.append(len(texts))
        return [self.one(text, top_k) for text in texts]

    def one(self, text: str, top_k: int) -> Prediction:
        found = [label for label in self.labels if label in text]
        label = found[0] if found else "weather"
        confidence = 0.9 if found else 0.2
        rest = [name for name in self.labels if name != label]
        top = [(label, confidence)] + [(name, (1 - confidence) / 2) for name in rest]
        return Prediction(
            text, "oos" if not found else label, confidence, not found, top[:top_k], 0.0
        )


def fake_services(
    settings: ServeSettings | None = None, assistant: AssistantConfig | None = None
) -> Services:
    settings = settings or ServeSettings()
    services = Services(settings=settings)
    services.chats["tiny-chat"] = ChatService("tiny-chat", FakeChatBackend(), settings)
    services.classifiers["tiny-intents"] = ClassifyService("tiny-intents", FakeClassifier(), 8)
    if assistant is not None:
        services.assistant = Assistant(assistant, "tiny-intents", "tiny-chat")
    return services


def fake_app(services: Services) -> Any:
    return create_app(services)


def chat_backend(services: Services) -> FakeChatBackend:
    backend = services.chats["tiny-chat"].backend
    assert isinstance(backend, FakeChatBackend)
    return backend


def classifier_backend(services: Services) -> FakeClassifier:
    backend = services.classifiers["tiny-intents"].backend
    assert isinstance(backend, FakeClassifier)
    return backend


def no_leak(text: str) -> bool:
    """An error body names no source file, path or traceback."""
    return "Traceback" not in text and ".py" not in text and str(Path.cwd()) not in text
