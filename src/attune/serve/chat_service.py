"""Chat for the server: a request checked against the model's limits, then decoded by a
backend that batches concurrent requests (`BatchDecoder`), its events handed back to the
event loop.

The model work happens in the backend's own thread; this module only validates, lays out
the prompt (the run's system prompt when the request brings none) and bridges the
worker's callbacks into an async iterator. A consumer that stops early (a client that hung
up) cancels its request, so its slot in the batch is freed at the next step.
"""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass
from typing import Any, Protocol

from attune.serve.batch_decode import DecodeEvent, SamplingParams
from attune.serve.errors import APIError
from attune.serve.protocol import ChatCompletionRequest
from attune.serve.settings import ServeSettings

Messages = list[dict[str, str]]


class ChatBackend(Protocol):
    """What the server needs of a chat model (`DecoderBackend` below is the real one)."""

    context_length: int
    system_prompt: str | None

    def encode(self, messages: Messages) -> list[int]: ...

    def submit(
        self,
        request_id: str,
        prompt_ids: list[int],
        params: SamplingParams,
        on_event: Callable[[DecodeEvent], None],
        adapter: str | None = None,
    ) -> None: ...

    def cancel(self, request_id: str) -> None: ...

    def start(self) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True)
class ChatJob:
    """A validated request, ready to decode."""

    request_id: str
    prompt_ids: list[int]
    params: SamplingParams
    adapter: str | None = None
    """The person's adapter that answers (None: the model as served)."""
    messages: Messages | None = None
    """The conversation as laid out (kept to remember the answer for feedback)."""


class DecoderBackend:
    """A loaded chat model behind a continuous-batching `BatchDecoder`."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        system_prompt: str | None,
        max_batch: int,
        adapters: Any = None,
    ) -> None:
        """`adapters`: a `SlotAdapterCache` on `model` when people's adapters are served."""
        from attune.serve.batch_decode import BatchDecoder

        self.tokenizer = tokenizer
        self.system_prompt = system_prompt
        self.context_length = context_length_of(model, tokenizer)
        self.adapters = adapters
        self.decoder = BatchDecoder(
            model,
            tokenizer,
            max_batch=max_batch,
            max_context=self.context_length,
            adapters=adapters,
        )

    def encode(self, messages: Messages) -> list[int]:
        from attune.models.generate import encode_prompt

        return encode_prompt(self.tokenizer, messages)

    def submit(
        self,
        request_id: str,
        prompt_ids: list[int],
        params: SamplingParams,
        on_event: Callable[[DecodeEvent], None],
        adapter: str | None = None,
    ) -> None:
        self.decoder.submit(request_id, prompt_ids, params, on_event, adapter=adapter)

    def cancel(self, request_id: str) -> None:
        self.decoder.cancel(request_id)

    def start(self) -> None:
        self.decoder.start()

    def close(self) -> None:
        self.decoder.close()


def context_length_of(model: Any, tokenizer: Any) -> int:
    """The model's window: its positions, capped by the tokenizer's limit when it sets a
    sensible one (tokenizers without a limit report a huge sentinel)."""
    positions = int(getattr(model.config, "max_position_embeddings", 0) or 2048)
    declared = int(getattr(tokenizer, "model_max_length", 0) or 0)
    return min(positions, declared) if 0 < declared < 1_000_000 else positions


class ChatService:
    """A named chat model: `prepare` a request (400s here), then iterate its `events`."""

    def __init__(self, name: str, backend: ChatBackend, settings: ServeSettings) -> None:
        self.name = name
        self.backend = backend
        self.settings = settings
        self.in_flight = 0
        """Requests admitted and not yet answered (the event loop's count)."""

    async def prepare(
        self,
        request: ChatCompletionRequest,
        context: str | None = None,
        adapter: str | None = None,
    ) -> ChatJob:
        """Check the request against this model's limits and encode its prompt; `context`
        (from the assistant's intent routing) is added to the system prompt."""
        limit = request.reply_limit()
        if limit is not None and limit > self.settings.max_tokens_limit:
            raise APIError(
                400,
                f"max_tokens is {limit}; this server allows at most "
                f"{self.settings.max_tokens_limit}",
                param="max_tokens",
                code="invalid_value",
            )
        messages = lay_out(request, self.backend.system_prompt, context)
        try:
            prompt_ids = await asyncio.to_thread(self.backend.encode, messages)
        except Exception:
            raise APIError(
                400,
                "the messages cannot be laid out with this model's chat template "
                "(check the order of roles)",
                param="messages",
                code="invalid_value",
            ) from None
        max_tokens = self.reply_budget(len(prompt_ids), limit)
        params = SamplingParams(
            max_tokens=max_tokens,
            temperature=request.temperature,
            top_p=request.top_p,
            seed=request.seed,
            stop=request.stops(),
        )
        request_id = f"chatcmpl-{uuid.uuid4().hex[:24]}"
        return ChatJob(request_id, prompt_ids, params, adapter, messages)

    def reply_budget(self, prompt_tokens: int, limit: int | None) -> int:
        """Tokens the reply may take: the request's limit if the context has room for it,
        else the default capped by what the context has left."""
        window = self.backend.context_length
        room = window - prompt_tokens
        asked = limit if limit is not None else 0
        if room < 1 or (limit is not None and asked > room):
            raise APIError(
                400,
                f"this model's maximum context length is {window} tokens; the messages take "
                f"{prompt_tokens}" + (f" and max_tokens asks for {asked} more" if asked else ""),
                param="messages",
                code="context_length_exceeded",
            )
        return limit if limit is not None else min(self.settings.default_max_tokens, room)

    async def events(self, job: ChatJob) -> AsyncGenerator[DecodeEvent, None]:
        """The job's decode events as they come; leaving early cancels the job."""
        loop = asyncio.get_running_loop()
        inbox: asyncio.Queue[DecodeEvent] = asyncio.Queue()

        def on_event(event: DecodeEvent) -> None:  # called in the decoder's thread
            try:
                loop.call_soon_threadsafe(inbox.put_nowait, event)
            except RuntimeError:  # the loop is closed: nobody is listening any more
                pass

        self.backend.submit(
            job.request_id, job.prompt_ids, job.params, on_event, adapter=job.adapter
        )
        finished = False
        try:
            while not finished:
                event = await inbox.get()
                finished = event.finished
                yield event
        finally:
            if not finished:
                self.backend.cancel(job.request_id)


def lay_out(request: ChatCompletionRequest, system: str | None, context: str | None) -> Messages:
    """The conversation to encode: the run's system prompt unless the request has its own,
    with the routing context appended to it."""
    messages = [{"role": m.role, "content": m.text()} for m in request.messages]
    has_system = bool(messages) and messages[0]["role"] == "system"
    if not has_system and system:
        messages.insert(0, {"role": "system", "content": system})
        has_system = True
    if context:
        if has_system:
            messages[0] = {"role": "system", "content": f"{messages[0]['content']}\n\n{context}"}
        else:
            messages.insert(0, {"role": "system", "content": context})
    return messages
