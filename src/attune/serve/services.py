"""What one server holds: its chat and classification services, the assistant that composes
them, its settings and metrics — and the bounded admission every model call goes through.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Protocol

from fastapi import Request

from attune.serve.assistant import AssistantConfig
from attune.serve.chat_service import ChatService
from attune.serve.classify_service import ClassifyService
from attune.serve.errors import APIError, overloaded
from attune.serve.metrics import ServerMetrics
from attune.serve.people import People
from attune.serve.settings import ServeSettings


class Admitting(Protocol):
    name: str
    in_flight: int


@dataclass
class Assistant:
    """The assistant config and the names of the services it composes."""

    config: AssistantConfig
    classifier: str
    chat: str | None


@dataclass
class Services:
    chats: dict[str, ChatService] = field(default_factory=dict)
    classifiers: dict[str, ClassifyService] = field(default_factory=dict)
    assistant: Assistant | None = None
    settings: ServeSettings = field(default_factory=ServeSettings)
    metrics: ServerMetrics = field(default_factory=ServerMetrics)
    people: People | None = None
    """The people store and what the server remembers for them (None: an open server)."""

    def model_ids(self) -> list[tuple[str, str]]:
        """(id, task) of everything a client can name."""
        ids = [(name, "chat") for name in self.chats]
        ids += [(name, "classify") for name in self.classifiers]
        if self.assistant is not None:
            ids.insert(0, (self.assistant.config.name, "assistant"))
        return ids

    def chat_target(self, model: str | None) -> ChatService | Assistant:
        """The chat service (or the assistant) a request names; the default is the
        assistant when there is one, else the first chat model."""
        if self.assistant is not None and model in (None, self.assistant.config.name):
            return self.assistant
        if model is None and self.chats:
            return next(iter(self.chats.values()))
        if model in self.chats:
            return self.chats[model]
        raise not_found(model, "chat", [name for name, _ in self.model_ids()])

    def classifier(self, model: str | None) -> ClassifyService:
        if model is None and self.classifiers:
            return next(iter(self.classifiers.values()))
        if model in self.classifiers:
            return self.classifiers[model]
        raise not_found(model, "classification", list(self.classifiers))

    @contextmanager
    def admitted(self, service: Admitting, route: str) -> Iterator[None]:
        """Hold one of the service's `queue_limit` slots for the block, or refuse (429)."""
        slot = self.admit(service, route)
        try:
            yield
        finally:
            slot.release()

    def admit(self, service: Admitting, route: str) -> Slot:
        """Take one of the service's `queue_limit` slots, or raise a 429."""
        if service.in_flight >= self.settings.queue_limit:
            self.metrics.rejections.labels(route=route, reason="queue_full").inc()
            raise overloaded(self.settings.retry_after_s)
        service.in_flight += 1
        return Slot(service)


class Slot:
    """A taken admission slot; releasing it twice is harmless (a stream may end both by
    finishing and by its response being torn down)."""

    def __init__(self, service: Admitting) -> None:
        self.service: Admitting | None = service

    def release(self) -> None:
        if self.service is not None:
            self.service.in_flight -= 1
            self.service = None


def not_found(model: str | None, kind: str, known: list[str]) -> APIError:
    if model is None:
        return APIError(
            404, f"this server has no {kind} model", param="model", code="model_not_found"
        )
    return APIError(
        404,
        f"the model {model!r} does not exist here; served: {', '.join(known) or 'none'}",
        param="model",
        code="model_not_found",
    )


def get_services(request: Request) -> Services:
    services: Services = request.app.state.services
    return services
