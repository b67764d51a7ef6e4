"""Decoding many chat requests together: continuous batching on one worker thread.

The worker repeats one step: admit waiting requests (prefill them and stack their KV cache
under the running rows, see `kv_batch`), decode one token for every running row in a single
forward pass, hand each request its new text, and drop the rows that finished or were
cancelled. A request that arrives mid-flight joins at the next step instead of waiting for
the whole batch to end — the "continuous" part.

Written by hand because `model.generate()` decodes one fixed batch from start to end, and
transformers' own continuous batching (`generate_batch` / `ContinuousBatchingManager`, 5.x)
brings its own block-allocated `PagedAttentionCache` and scheduler, switches the model's
attention implementation (eager → `paged|eager`, flash when installed) and is built around
CUDA (graphs, flash kernels); here the model keeps its attention and a plain `DynamicCache`,
which is simple, stable across versions and fast enough on a CPU.

Rows of different people decode together: each request may name a LoRA adapter. With a
`SlotAdapterCache` (the server's way) each row gathers its adapter's matrices in every
forward; the adapter is loaded, and pinned while its row runs, just before the request is
admitted — on this thread, the only one that touches the model. A peft model holding
several adapters (no cache) gets one adapter name per row (peft's `adapter_names`).

A reply ends with finish_reason "stop" (end-of-turn token or a stop string), "length"
(`max_tokens`, or prompt + reply reaching `max_context`), "cancelled" or "error". A prompt
that does not fit (`len(prompt) >= max_context`), is empty or holds an id outside the
vocabulary gets one final "error" event at once: nothing was generated, and the caller
should report it as a bad request.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable
from typing import Any

import torch

from attune.models.generate import end_of_turn_ids, evaluation_mode, pad_id_of
from attune.serve.adapter_slots import SlotAdapterCache
from attune.serve.adapters import BASE_ROW, loaded_lora_adapters
from attune.serve.decode_request import DecodeEvent, ReplyText, Request, SamplingParams
from attune.serve.kv_batch import KVBatch, choose_tokens

__all__ = ["BatchDecoder", "DecodeEvent", "ReplyText", "SamplingParams"]

log = logging.getLogger(__name__)


class BatchDecoder:
    """Continuous-batching decoder: `submit` from any thread, events from the worker."""

    def __init__(
        self,
        model: Any,
        tokenizer: Any,
        *,
        max_batch: int = 16,
        max_context: int | None = None,
        adapters: SlotAdapterCache | None = None,
    ) -> None:
        if max_batch < 1:
            raise ValueError(f"max_batch must be at least 1, got {max_batch}")
        if adapters is not None and adapters.model is not model:
            raise ValueError("the adapter cache must hold adapters of this decoder's model")
        self.model, self.tokenizer, self.max_batch = model, tokenizer, max_batch
        self.adapters = adapters
        # What a row without an adapter is decoded with when others name theirs: the base
        # model under a cache; else the model as served (a peft model's active adapter).
        plain = adapters is None and loaded_lora_adapters(model)
        self.plain_adapter = str(model.active_adapter) if plain else BASE_ROW
        config = getattr(model, "config", None)
        self.max_context = max_context or getattr(config, "max_position_embeddings", None)
        self.vocab_size = int(model.get_input_embeddings().num_embeddings)
        stops = end_of_turn_ids(tokenizer, model)
        self.end_ids = frozenset(stops)
        self.batch = KVBatch(model, pad_id_of(tokenizer, stops))
        route = getattr(adapters, "forward_kwargs", None)
        if route is not None:
            self.batch.route = route
        self.rows: list[Request] = []  # aligned with the batch's rows; worker only
        self.next_tokens = torch.zeros(0, dtype=torch.long)  # (B,): each row's next input
        self.outbox: list[tuple[Request, DecodeEvent]] = []  # worker only
        self.changed = threading.Condition()  # guards the fields below
        self.doomed = False  # a forgotten person's adapters wait to be unloaded
        self.queue: deque[Request] = deque()
        self.to_cancel: set[str] = set()
        self.live: set[str] = set()  # ids waiting or running
        self.closing = False
        self.worker: threading.Thread | None = None

    def start(self) -> None:
        """Start the worker thread that owns the model from now on."""
        if self.worker is not None:
            raise RuntimeError("the decoder was already started")
        self.worker = threading.Thread(target=self.run, name="attune-batch-decode", daemon=True)
        self.worker.start()

    def close(self) -> None:
        """Stop the worker; every waiting or running request ends "cancelled"."""
        with self.changed:
            self.closing = True
            self.changed.notify()
        if self.worker is threading.current_thread():
            return  # called from an on_event callback: the worker ends after this step
        if self.worker is not None:
            self.worker.join()
        else:
            self.cancel_everything()  # never started: the queue is ours to empty

    def submit(
        self,
        request_id: str,
        prompt_ids: list[int],
        params: SamplingParams,
        on_event: Callable[[DecodeEvent], None],
        *,
        adapter: str | None = None,
    ) -> None:
        """Queue a request; `on_event` is called from the worker thread with its text.
        `adapter` names the LoRA adapter that answers (None: the model as served); one the
        decoder cannot load ends the request with an "error" event."""
        generator = None
        if params.temperature > 0:
            generator = torch.Generator()
            if params.seed is None:
                generator.seed()
            else:
                generator.manual_seed(params.seed)
        reply = ReplyText(self.tokenizer)
        request = Request(request_id, list(prompt_ids), params, on_event, reply, generator, adapter)
        with self.changed:
            if self.closing:
                raise RuntimeError("the decoder is closed")
            if request_id in self.live:
                raise ValueError(f"request id {request_id!r} is already in use")
            self.live.add(request_id)
            self.queue.append(request)
            self.changed.notify()

    def cancel(self, request_id: str) -> None:
        """End a request at the next step (a no-op when it already ended)."""
        with self.changed:
            if request_id in self.live:
                self.to_cancel.add(request_id)
                self.changed.notify()

    @property
    def active(self) -> int:
        return len(self.rows)

    @property
    def waiting(self) -> int:
        with self.changed:
            return len(self.queue)

    def run(self) -> None:
        """The worker: take new work, admit, decode one token, drop finished rows, repeat."""
        with evaluation_mode(self.model):
            while True:
                newcomers, cancelled = self.take_work()
                if newcomers is None:
                    break
                pending = newcomers  # taken from the queue, not yet in the batch
                if self.adapters is not None:
                    self.adapters.drop_forgotten()
                try:
                    for request in cancelled:
                        self.finish(request, "", "cancelled")
                    self.drop_done()
                    pending = self.ready(newcomers)
                    self.admit(pending)
                    if self.rows:
                        self.step()
                except Exception as exc:  # the decoder must outlive one bad step
                    self.fail_running(exc, pending)
                self.drop_done()
                self.deliver()
            self.cancel_everything()

    def forget(self, user: str) -> None:
        """Unload `user`'s adapters (thread-safe): at once when no row uses them, else when
        their rows end. The worker does it, as the only thread touching the model."""
        if self.adapters is not None:
            self.adapters.doom(user)
            with self.changed:
                self.doomed = True
                self.changed.notify()

    def take_work(self) -> tuple[list[Request] | None, list[Request]]:
        """Wait for something to do; the requests to admit (None when closing) and those
        cancelled while waiting (ended here)."""
        with self.changed:
            while not (self.closing or self.queue or self.to_cancel or self.rows or self.doomed):
                self.changed.wait()
            self.doomed = False
            if self.closing:
                return None, []
            cancelled_ids, self.to_cancel = self.to_cancel, set()
            cancelled = [r for r in self.queue if r.request_id in cancelled_ids]
            self.queue = deque(r for r in self.queue if r.request_id not in cancelled_ids)
            room = self.max_batch - len(self.rows)
            newcomers = [self.queue.popleft() for _ in range(min(room, len(self.queue)))]
        for row in self.rows:
            if row.request_id in cancelled_ids:
                cancelled.append(row)
        return newcomers, cancelled

    def ready(self, requests: list[Request]) -> list[Request]:
        """The requests to prefill now. One whose prompt cannot be decoded or whose adapter
        cannot be loaded ends with an error; one whose adapter finds no room (every resident
        adapter is in use) goes back to the front of the queue until a row finishes — and
        so do the requests with adapters behind it, which would otherwise keep pinning the
        busy adapters and let it wait for ever."""
        fit: list[Request] = []
        later: list[Request] = []
        for request in requests:
            if self.refuse(request):
                continue
            if later and request.adapter is not None:
                later.append(request)
                continue
            try:
                (fit if self.pin(request) else later).append(request)
            except Exception as exc:
                log.warning("request %s: adapter %r: %s", request.request_id, request.adapter, exc)
                self.fail(request, exc)
        if later:
            with self.changed:
                self.queue.extendleft(reversed(later))
        return fit

    def pin(self, request: Request) -> bool:
        """Make the request's adapter ready (loaded and pinned); False when it must wait."""
        name = request.adapter
        if name is None:
            return True
        if self.adapters is None:
            if name not in loaded_lora_adapters(self.model):
                raise ValueError(f"this model holds no LoRA adapter named {name!r}")
            return True
        request.pinned = self.adapters.acquire(name)
        return request.pinned

    def unpin(self, requests: list[Request]) -> None:
        """Release the adapters of requests that left the batch (or never joined it)."""
        for request in requests:
            if request.pinned and self.adapters is not None and request.adapter is not None:
                request.pinned = False
                self.adapters.release(request.adapter)

    def adapter_names(self, rows: list[Request]) -> list[str] | None:
        """Each row's adapter for peft's mixed-batch forward; None (the plain forward) when
        there is no cache and no row names an adapter."""
        if self.adapters is None and all(row.adapter is None for row in rows):
            return None
        return [row.adapter or self.plain_adapter for row in rows]

    def admit(self, fit: list[Request]) -> None:
        """Prefill `fit` into the batch and choose their first tokens; a prefill that fails
        for a group is retried one by one so only the culprit errs."""
        if not fit:
            return
        try:
            logits = self.batch.add([r.prompt for r in fit], self.adapter_names(fit))  # (N, V)
        except Exception as exc:
            if len(fit) == 1:
                log.error("prefilling request %s failed", fit[0].request_id, exc_info=exc)
                self.fail(fit[0], exc)
                self.unpin(fit)
                return
            for request in fit:
                self.admit([request])
            return
        self.rows.extend(fit)
        tokens = self.choose(logits, fit)  # (N,)
        self.next_tokens = torch.cat([self.next_tokens, tokens])
        self.record(fit, tokens.tolist())

    def refuse(self, request: Request) -> bool:
        """End a request whose prompt cannot be decoded at all, before it costs anything."""
        prompt, limit = request.prompt, self.max_context
        if not prompt:
            problem = "the prompt is empty"
        elif limit is not None and len(prompt) >= limit:
            problem = f"the prompt has {len(prompt)} tokens; the model's context holds {limit}"
        elif min(prompt) < 0 or max(prompt) >= self.vocab_size:
            problem = f"the prompt holds ids outside the vocabulary (0 to {self.vocab_size - 1})"
        else:
            return False
        self.finish(request, "", "error", problem)
        return True

    def step(self) -> None:
        """Decode one token for every running row in one forward pass."""
        logits = self.batch.decode(self.next_tokens, self.adapter_names(self.rows))  # (B, V)
        self.next_tokens = self.choose(logits, self.rows)  # (B,)
        self.record(self.rows, self.next_tokens.tolist())

    def choose(self, logits: torch.Tensor, rows: list[Request]) -> torch.Tensor:
        """Each row's next token (B,) from `logits` (B, V), with the row's own settings."""
        return choose_tokens(
            logits,
            [row.params.temperature for row in rows],
            [row.params.top_p for row in rows],
            [row.generator for row in rows],
        )

    def record(self, rows: list[Request], tokens: list[int]) -> None:
        """Add each row's new token to its reply and end the rows that are complete."""
        for row, token in zip(rows, tokens, strict=True):
            row.completion_tokens += 1
            total = len(row.prompt) + row.completion_tokens
            ended = token in self.end_ids  # its text is never shown
            full = row.completion_tokens >= row.params.max_tokens or (
                self.max_context is not None and total >= self.max_context
            )
            if ended:
                row.reply.catch_up(final=True)
            else:
                row.reply.add(token, final=full)
            text, hit = row.reply.release(row.params.stop, final=ended or full)
            if hit or ended or full:
                self.finish(row, text, "stop" if hit or ended else "length")
            elif text:
                self.outbox.append((row, self.event(row, text, None)))

    def event(
        self, row: Request, text: str, reason: str | None, error: str | None = None
    ) -> DecodeEvent:
        tokens = (len(row.prompt), row.completion_tokens)
        return DecodeEvent(row.request_id, text, reason is not None, reason, *tokens, error)

    def finish(self, row: Request, text: str, reason: str, error: str | None = None) -> None:
        """Queue the final event; the row leaves the batch before it is delivered."""
        if not row.done:
            row.done = True
            self.outbox.append((row, self.event(row, text, reason, error)))

    def fail(self, row: Request, exc: Exception) -> None:
        """End a request with a one-line error (the traceback goes to the log only)."""
        self.finish(row, "", "error", f"{type(exc).__name__}: {exc}"[:200])

    def fail_running(self, exc: Exception, newcomers: list[Request]) -> None:
        """A step failed: the running rows (and newcomers not yet in them) end with an
        error, and the cache is dropped."""
        log.error("a decoding step failed; ending %d requests", len(self.rows), exc_info=exc)
        for row in self.rows + newcomers:
            self.fail(row, exc)
        self.unpin(self.rows + newcomers)
        self.batch.reset()
        self.rows, self.next_tokens = [], torch.zeros(0, dtype=torch.long)

    def drop_done(self) -> None:
        """Remove finished rows from the batch (their cache memory with them)."""
        keep = [i for i, row in enumerate(self.rows) if not row.done]
        if len(keep) < len(self.rows):
            self.unpin([row for row in self.rows if row.done])
            self.batch.keep(keep)
            self.next_tokens = self.next_tokens[keep]
            self.rows = [self.rows[i] for i in keep]

    def deliver(self) -> None:
        """Hand out the queued events, outside the lock. An ended request's id is free again
        before its last event arrives; a request whose callback raises is dropped at the
        next step (its client is gone)."""
        events, self.outbox = self.outbox, []
        with self.changed:
            self.live.difference_update(r.request_id for r, e in events if e.finished)
        broken: set[int] = set()
        for request, event in events:
            if id(request) in broken:
                continue
            try:
                request.on_event(event)
            except Exception:
                log.exception("on_event of request %s raised", request.request_id)
                broken.add(id(request))
                if not request.done:
                    request.done = True
                    with self.changed:
                        self.live.discard(request.request_id)

    def cancel_everything(self) -> None:
        """End every request still waiting or running (on close)."""
        with self.changed:
            waiting, self.queue = list(self.queue), deque()
        running, self.rows = self.rows, []
        self.unpin(running)
        self.batch.reset()
        self.next_tokens = torch.zeros(0, dtype=torch.long)
        for request in running + waiting:
            self.finish(request, "", "cancelled")
        self.deliver()
