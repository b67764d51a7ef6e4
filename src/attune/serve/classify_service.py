"""Classification for the server: concurrent requests answered in micro-batches.

One worker thread owns the model. It takes the first waiting request, then every other
request already waiting (up to `max_batch` texts), and classifies them in one forward
pass. There is no timer: under light load a request runs alone at once (lowest latency);
under heavy load the requests that arrive while a batch runs form the next one.
Written by hand because serving libraries that batch (Triton, TorchServe) are whole
servers, not something to put behind our own routes.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Protocol

import torch

from attune.eval.scoring import Prediction

SMALL_BATCH = 2
"""Batches of at most this many texts run on one thread."""


class ClassifierBackend(Protocol):
    """What the server needs of a classifier (a `ClassifierRun` is one)."""

    @property
    def labels(self) -> list[str]: ...

    def predict(self, texts: list[str], top_k: int = 3) -> list[Prediction]: ...


@dataclass
class Pending:
    texts: list[str]
    top_k: int
    future: Future[list[Prediction]] = field(default_factory=Future)


class ClassifyService:
    """A named classifier behind a micro-batching worker; `await classify(texts)`."""

    def __init__(self, name: str, backend: ClassifierBackend, max_batch: int = 64) -> None:
        self.name = name
        self.backend = backend
        self.max_batch = max_batch
        self.inbox: queue.Queue[Pending | None] = queue.Queue()
        self.worker: threading.Thread | None = None
        self.in_flight = 0
        """Requests admitted and not yet answered (the event loop's count)."""
        self.threads = torch.get_num_threads()

    @property
    def labels(self) -> list[str]:
        return self.backend.labels

    def start(self) -> None:
        self.threads = torch.get_num_threads()
        if self.worker is None:
            self.worker = threading.Thread(target=self.work, name=f"classify-{self.name}")
            self.worker.daemon = True
            self.worker.start()

    def close(self) -> None:
        if self.worker is not None:
            self.inbox.put(None)
            self.worker.join(timeout=30)
            self.worker = None

    async def classify(self, texts: list[str], top_k: int = 3) -> list[Prediction]:
        pending = Pending(texts, top_k)
        self.inbox.put(pending)
        return await asyncio.wrap_future(pending.future)

    def classify_blocking(self, texts: list[str], top_k: int = 3) -> list[Prediction]:
        """The same from a plain thread (tests, the assistant's own worker)."""
        pending = Pending(texts, top_k)
        self.inbox.put(pending)
        return pending.future.result()

    def work(self) -> None:
        while True:
            first = self.inbox.get()
            if first is None:
                return
            batch, stop = self.gather(first)
            self.run(batch)
            if stop:
                return

    def gather(self, first: Pending) -> tuple[list[Pending], bool]:
        """`first` and whatever else is waiting, up to `max_batch` texts."""
        batch, size = [first], len(first.texts)
        while size < self.max_batch:
            try:
                item = self.inbox.get_nowait()
            except queue.Empty:
                break
            if item is None:
                return batch, True
            batch.append(item)
            size += len(item.texts)
        return batch, False

    def run(self, batch: list[Pending]) -> None:
        texts = [text for item in batch for text in item.texts]
        # A few texts are too little work to split over threads: the second thread only
        # takes a core from the event loop answering the request (p50 14 → 10 ms for one
        # text on 2 cores). OpenMP thread counts belong to the calling thread, so this
        # worker's setting leaves the other engines' alone.
        torch.set_num_threads(1 if len(texts) <= SMALL_BATCH else self.threads)
        try:
            predictions = self.backend.predict(texts, max(item.top_k for item in batch))
        except Exception as exc:  # handed to each waiting request, the worker lives on
            for item in batch:
                item.future.set_exception(exc)
            return
        start = 0
        for item in batch:
            mine = predictions[start : start + len(item.texts)]
            start += len(item.texts)
            for prediction in mine:
                prediction.top_k = prediction.top_k[: item.top_k]
            item.future.set_result(mine)
