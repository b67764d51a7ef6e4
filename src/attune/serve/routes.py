"""The HTTP routes: parse, admit, hand to a service, shape the answer. No model code here."""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import AsyncGenerator, AsyncIterator, Callable
from contextlib import aclosing
from typing import Annotated, Any

import anyio
from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse, Response, StreamingResponse

from attune.serve.assistant import Decision, decide
from attune.serve.batch_decode import DecodeEvent
from attune.serve.chat_service import ChatJob, ChatService
from attune.serve.errors import APIError
from attune.serve.people import Caller, Recent, adapter_for, get_caller, split_model
from attune.serve.protocol import (
    ChatCompletionRequest,
    ClassifyRequest,
    chunk_body,
    completion_body,
    completion_id,
    usage,
)
from attune.serve.services import Assistant, Services, Slot, get_services

router = APIRouter()
ServicesDep = Annotated[Services, Depends(get_services)]
CallerDep = Annotated[Caller | None, Depends(get_caller)]
Remember = Callable[[str], None] | None
FINISH = {"stop": "stop", "length": "length"}


@router.get("/health")
async def health(services: ServicesDep) -> dict[str, Any]:
    queues = {name: chat.in_flight for name, chat in services.chats.items()}
    queues.update({name: c.in_flight for name, c in services.classifiers.items()})
    return {"status": "ok", "models": [m for m, _ in services.model_ids()], "in_flight": queues}


@router.get("/metrics")
async def metrics(services: ServicesDep) -> Response:
    return Response(services.metrics.render(), media_type="text/plain; version=0.0.4")


@router.get("/v1/models")
async def list_models(services: ServicesDep, caller: CallerDep) -> dict[str, Any]:
    data = [
        {"id": name, "object": "model", "created": 0, "owned_by": "attune", "task": task}
        for name, task in services.model_ids()
    ]
    return {"object": "list", "data": data}


@router.post("/v1/classify", response_model=None)
async def classify(body: ClassifyRequest, services: ServicesDep, caller: CallerDep) -> JSONResponse:
    texts = body.all_texts()
    if not texts:
        raise APIError(400, "give `texts`: a list of strings to classify", param="texts")
    service = services.classifier(body.model)
    with services.admitted(service, "/v1/classify"):
        predictions = await service.classify(texts, body.top_k)
    # A JSONResponse straight away: FastAPI's encoder walk over the nested dict would cost
    # more than the model's share of a request at high concurrency.
    body_out = {"object": "list", "model": service.name, "data": [p.to_dict() for p in predictions]}
    return JSONResponse(body_out)


@router.post("/v1/chat/completions", response_model=None)
async def chat_completions(
    body: ChatCompletionRequest, services: ServicesDep, caller: CallerDep
) -> JSONResponse | StreamingResponse:
    base, _ = split_model(body.model)
    target = services.chat_target(base)
    decision: Decision | None = None
    if isinstance(target, Assistant):
        decision = await route_turn(target, body, services)
        if decision.reply is not None:
            return fixed_reply(body, target.config.name, decision)
        assert target.chat is not None  # checked when the assistant was built
        service = services.chats[target.chat]
    else:
        service = target
    adapter = await adapter_for(services.people, caller, body.model)
    job = await service.prepare(body, decision.context if decision else None, adapter)
    model = body.model or (target.config.name if isinstance(target, Assistant) else service.name)
    extra = decision.to_dict() if decision else None
    remember = remembering(services, caller, job)
    slot = services.admit(service, "/v1/chat/completions")
    if body.stream:
        include_usage = bool(body.stream_options and body.stream_options.include_usage)
        chunks = stream_chunks(services, service, job, model, extra, include_usage, remember)
        return SlotStreamingResponse(chunks, slot)
    try:
        return JSONResponse(await whole_reply(services, service, job, model, extra, remember))
    finally:
        slot.release()


def remembering(services: Services, caller: Caller | None, job: ChatJob) -> Remember:
    """What to do with the finished answer: keep it for feedback when people are served."""
    people = services.people
    if people is None or caller is None:
        return None
    name, prompt = caller.name, list(job.messages or [])
    return lambda answer: people.remember(job.request_id, Recent(name, prompt, answer))


class SlotStreamingResponse(StreamingResponse):
    """Server-sent events that stop as soon as the client hangs up and give their admission
    slot back however the response ends.

    Starlette only notices a hang-up when a send fails (ASGI 2.4 servers), which a request
    still waiting for its first token never does; so the disconnect is listened for here,
    whatever the server's spec version. Closing the chunks closes the decode events, which
    cancels the request's row in the batch.
    """

    def __init__(self, chunks: AsyncGenerator[str, None], slot: Slot) -> None:
        super().__init__(chunks, media_type="text/event-stream")
        self.chunks = chunks
        self.slot = slot

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        try:
            async with anyio.create_task_group() as group:

                async def stream() -> None:
                    with contextlib.suppress(OSError):  # the client went away mid-send
                        await self.stream_response(send)
                    group.cancel_scope.cancel()

                async def listen() -> None:
                    await self.listen_for_disconnect(receive)
                    group.cancel_scope.cancel()

                group.start_soon(stream)
                group.start_soon(listen)
        finally:
            self.slot.release()
            with anyio.CancelScope(shield=True):
                await self.chunks.aclose()


async def route_turn(
    assistant: Assistant, body: ChatCompletionRequest, services: Services
) -> Decision:
    """Classify the last user turn and decide where it goes."""
    turns = [m.text() for m in body.messages if m.role == "user"]
    if not turns:
        raise APIError(400, "the assistant needs a user message to answer", param="messages")
    classifier = services.classifiers[assistant.classifier]
    with services.admitted(classifier, "/v1/chat/completions"):
        prediction = (await classifier.classify([turns[-1]], top_k=1))[0]
    best = prediction.top_k[0][0] if prediction.top_k else prediction.label
    return decide(assistant.config, best, prediction.confidence, prediction.out_of_scope)


def fixed_reply(body: ChatCompletionRequest, model: str, decision: Decision) -> Any:
    """A configured reply, in the same shapes as a generated one."""
    text, extra = decision.reply or "", decision.to_dict()
    request_id = completion_id()
    if not body.stream:
        return JSONResponse(completion_body(request_id, model, text, "stop", 0, 0, extra))

    async def chunks() -> AsyncIterator[str]:
        yield sse(chunk_body(request_id, model, {"role": "assistant", "content": ""}, None, extra))
        yield sse(chunk_body(request_id, model, {"content": text}))
        yield sse(chunk_body(request_id, model, {}, "stop"))
        yield "data: [DONE]\n\n"

    return StreamingResponse(chunks(), media_type="text/event-stream")


async def whole_reply(
    services: Services,
    service: ChatService,
    job: ChatJob,
    model: str,
    extra: dict[str, Any] | None,
    remember: Remember = None,
) -> dict[str, Any]:
    started, parts, first = time.perf_counter(), [], True
    async for event in service.events(job):
        if event.text and first:
            services.metrics.first_token.labels(model=service.name).observe(
                time.perf_counter() - started
            )
            first = False
        parts.append(event.text)
        if event.finished:
            if event.finish_reason not in FINISH:
                raise APIError(500, "generation failed", type="server_error")
            services.metrics.tokens.labels(model=service.name).inc(event.completion_tokens)
            if remember is not None:
                remember("".join(parts))
            return completion_body(
                job.request_id,
                model,
                "".join(parts),
                FINISH[event.finish_reason or "stop"],
                event.prompt_tokens,
                event.completion_tokens,
                extra,
            )
    raise APIError(500, "generation ended without a result", type="server_error")


async def stream_chunks(
    services: Services,
    service: ChatService,
    job: ChatJob,
    model: str,
    extra: dict[str, Any] | None,
    include_usage: bool,
    remember: Remember = None,
) -> AsyncGenerator[str, None]:
    """Server-sent events in OpenAI's chunk format, ending with `data: [DONE]`. Leaving
    early (a client that hangs up) closes `events`, which cancels the decoding."""
    started, first, rid, parts = time.perf_counter(), True, job.request_id, []
    yield sse(chunk_body(rid, model, {"role": "assistant", "content": ""}, None, extra))
    finished = False
    try:
        async with aclosing(service.events(job)) as events:
            async for event in events:
                if event.text and first:
                    elapsed = time.perf_counter() - started
                    services.metrics.first_token.labels(model=service.name).observe(elapsed)
                    first = False
                if event.text:
                    parts.append(event.text)
                    yield sse(chunk_body(rid, model, {"content": event.text}))
                if event.finished:
                    finished = True
                    if remember is not None and event.finish_reason in FINISH:
                        remember("".join(parts))
                    services.metrics.tokens.labels(model=service.name).inc(event.completion_tokens)
                    for tail in closing_chunks(rid, model, event, include_usage):
                        yield tail
    finally:
        if not finished:
            services.metrics.disconnects.labels(model=service.name).inc()


def closing_chunks(
    request_id: str, model: str, event: DecodeEvent, include_usage: bool
) -> list[str]:
    """The finish chunk, the usage chunk when asked for, and `[DONE]` (or the error)."""
    if event.finish_reason not in FINISH:
        return [sse(APIError(500, "generation failed", type="server_error").body())]
    chunks = [sse(chunk_body(request_id, model, {}, FINISH[event.finish_reason or "stop"]))]
    if include_usage:
        tokens = usage(event.prompt_tokens, event.completion_tokens)
        chunks.append(sse({**chunk_body(request_id, model, {}), "choices": [], "usage": tokens}))
    return [*chunks, "data: [DONE]\n\n"]


def sse(payload: dict[str, Any]) -> str:
    return f"data: {json.dumps(payload, ensure_ascii=False)}\n\n"
