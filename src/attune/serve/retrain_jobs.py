"""Retraining from the API: `attune retrain` as a background job with a status to poll.

Jobs run one at a time on one worker thread of the server (each trains on the CPU the
server also answers with; two at once would only slow both). The job retrains on the
server's shared base — the chat run it serves — so the new version fits what serves it.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attune.errors import AttuneError
from attune.people.store import Store

log = logging.getLogger("attune.serve")


@dataclass
class RetrainJob:
    id: str
    user: str
    status: str = "queued"
    """queued → running → done | failed."""
    created: float = field(default_factory=time.time)
    result: dict[str, Any] | None = None
    error: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "object": "retrain.job",
            "id": self.id,
            "status": self.status,
            "created": int(self.created),
            "result": self.result,
            "error": self.error,
        }


class RetrainJobs:
    """Background retrains on `base` (the served chat run), one at a time."""

    def __init__(self, store: Store, base: Path, config: Any = None) -> None:
        """`config`: a `RetrainConfig` (None: its defaults)."""
        self.store = store
        self.base = base
        self.config = config
        self.jobs: dict[str, RetrainJob] = {}
        self.lock = threading.Lock()
        self.worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="attune-retrain")

    def start(self, user: str) -> RetrainJob:
        job = RetrainJob(f"retrain-{uuid.uuid4().hex[:16]}", user)
        with self.lock:
            self.jobs[job.id] = job
        self.worker.submit(self.run, job)
        return job

    def get(self, job_id: str) -> RetrainJob | None:
        with self.lock:
            return self.jobs.get(job_id)

    def forget(self, user: str) -> None:
        with self.lock:
            for job_id in [j for j, job in self.jobs.items() if job.user == user]:
                del self.jobs[job_id]

    def run(self, job: RetrainJob) -> None:
        from attune.people.retrain import retrain_user

        job.status = "running"
        try:
            result = retrain_user(self.store, job.user, str(self.base), self.config)
        except AttuneError as exc:  # a person's mistake (no feedback yet): said plainly
            job.status, job.error = "failed", exc.what
            return
        except Exception:
            log.exception("retrain job %s failed", job.id)
            job.status, job.error = "failed", "internal error while retraining"
            return
        job.result = {
            "version": result.version.version,
            "activated": result.activated,
            "gate": result.gate.to_dict(),
            "counts": result.counts,
        }
        job.status = "done"

    def close(self) -> None:
        self.worker.shutdown(wait=False, cancel_futures=True)
