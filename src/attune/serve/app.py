"""The app factory: `create_app(services)` builds the FastAPI app; nothing runs at import.

The services (model engines) are built by the caller and injected, so the routes can be
tested with a fake engine, and the lifespan starts and stops their worker threads.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from threadpoolctl import threadpool_limits

from attune.serve.errors import APIError, install_error_handlers
from attune.serve.metrics import ServerMetrics
from attune.serve.people_routes import router as people_router
from attune.serve.routes import router
from attune.serve.services import Services

ROUTES = ("/health", "/metrics", "/v1/models", "/v1/classify", "/v1/chat/completions")


def create_app(services: Services) -> FastAPI:
    """The HTTP API over `services` (see `attune.serve.routes` for the routes)."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # numpy's BLAS threads (the out-of-scope detector) spin after each call and fight
        # torch's for the cores: one request took 16 ms with them, 8 ms without, on 2 cores.
        blas = threadpool_limits(1, user_api="blas")
        engines: list[Any] = [*services.classifiers.values(), *services.chats.values()]
        for service in services.classifiers.values():
            service.start()
        for chat in services.chats.values():
            chat.backend.start()
        for engine in engines:
            services.metrics.watch_queue(engine.name, queue_depth(engine))
        try:
            yield
        finally:
            for chat in services.chats.values():
                chat.backend.close()
            for service in services.classifiers.values():
                service.close()
            if services.people is not None and services.people.jobs is not None:
                services.people.jobs.close()
            blas.restore_original_limits()

    app = FastAPI(title="attune", lifespan=lifespan, docs_url=None, redoc_url=None)
    app.state.services = services
    install_error_handlers(app)
    app.include_router(router)
    app.include_router(people_router)
    app.add_middleware(
        GuardMiddleware, metrics=services.metrics, max_body=services.settings.max_body_bytes
    )
    return app


def queue_depth(service: Any) -> Callable[[], float]:
    return lambda: float(service.in_flight)


class GuardMiddleware:
    """Counts every request by route and status with its latency (to the last byte of a
    streamed response), and refuses bodies over `max_body` bytes before they are parsed.

    Plain ASGI rather than `BaseHTTPMiddleware`, which would buffer streamed responses.
    """

    def __init__(self, app: ASGIApp, metrics: ServerMetrics, max_body: int) -> None:
        self.app = app
        self.metrics = metrics
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path = scope["path"]
        route = path if path in ROUTES else "other"
        started, status = time.perf_counter(), 500

        async def counted_send(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            replay = await self.read_body(scope, receive)
            if replay is None:
                status = 400
                await send_error(send, body_too_large(self.max_body))
                return
            await self.app(scope, replay, counted_send)
        finally:
            self.metrics.requests.labels(route=route, status=str(status)).inc()
            self.metrics.latency.labels(route=route).observe(time.perf_counter() - started)

    async def read_body(self, scope: Scope, receive: Receive) -> Receive | None:
        """A `receive` that replays the request body, or None when it is too large."""
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body:
            return None
        if scope.get("method") not in ("POST", "PUT", "PATCH"):
            return receive
        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                return receive  # a disconnect: let the app see it
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.max_body:
                return None
            more = bool(message.get("more_body", False))
        body, sent = b"".join(chunks), False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        return replay


def body_too_large(limit: int) -> APIError:
    return APIError(
        400,
        f"the request body is larger than {limit} bytes",
        param="body",
        code="request_too_large",
    )


async def send_error(send: Send, error: APIError) -> None:
    payload = json.dumps(error.body()).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(payload)).encode()),
    ]
    await send({"type": "http.response.start", "status": error.status, "headers": headers})
    await send({"type": "http.response.body", "body": payload})
