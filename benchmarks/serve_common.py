"""What the serving benchmarks share: servers started as subprocesses on loopback, and a
bounded load generator (httpx, asyncio) that keeps `concurrency` requests in flight."""

from __future__ import annotations

import asyncio
import os
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx

from common import REPO, RUNS_ROOT, load_clinc, write_slice

HERE = Path(__file__).resolve().parent


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start_server(command: Sequence[str], port: int, threads: int, timeout: float = 300) -> Any:
    """Start a server process and wait until GET /health answers; returns the Popen."""
    env = {**os.environ, "OMP_NUM_THREADS": str(threads)}
    process = subprocess.Popen(list(command), cwd=REPO, env=env)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with {process.returncode}: {' '.join(command)}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return process
        except httpx.HTTPError:
            pass
        time.sleep(0.25)
    process.kill()
    raise RuntimeError(f"server did not come up: {' '.join(command)}")


def stop_server(process: Any) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()


def attune_serve_command(folders: Sequence[str], port: int, *extra: str) -> list[str]:
    attune = [sys.executable, "-m", "attune.cli", "serve", *folders]
    return [*attune, "--port", str(port), *extra]


async def run_load(
    url: str, path: str, bodies: Sequence[dict[str, Any]], concurrency: int
) -> dict[str, Any]:
    """Send every body once with `concurrency` requests in flight; latencies and statuses.

    aiohttp rather than httpx: the client shares the two cores with the server, and
    aiohttp spends about a third of httpx's CPU time per request (550 against 430 requests/s
    through the same server here), so less of the measurement is the load generator's own.
    """
    import aiohttp

    latencies: list[float] = []
    statuses: list[int] = []
    waiting = list(reversed(bodies))
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=300)
    async with aiohttp.ClientSession(url, connector=connector, timeout=timeout) as session:

        async def worker() -> None:
            while waiting:
                body = waiting.pop()
                started = time.perf_counter()
                async with session.post(path, json=body) as response:
                    await response.read()
                latencies.append(time.perf_counter() - started)
                statuses.append(response.status)

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(concurrency)))
        wall = time.perf_counter() - started
    return {"wall_s": wall, "latencies": latencies, "statuses": statuses}


def latency_summary(latencies: list[float]) -> dict[str, float]:
    ordered = sorted(latencies)
    return {
        "p50_ms": 1000 * statistics.median(ordered),
        "p99_ms": 1000 * ordered[min(len(ordered) - 1, int(0.99 * len(ordered)))],
        "mean_ms": 1000 * statistics.fmean(ordered),
    }


def ensure_classifier_run(name: str = "serve-clinc150") -> Path:
    """A minilm-l6 CLINC150 classifier for serving benchmarks (trained once, 1 epoch on a
    3,000-example slice: the serving speed, not the accuracy, is measured)."""
    run_dir = RUNS_ROOT / name
    if (run_dir / "model" / "labels.json").is_file():
        return run_dir
    from common import train_attune

    train = write_slice(load_clinc("train"), 3000, RUNS_ROOT / "serve-data" / "train")
    overrides = [f"data.train={train}", "train.epochs=1", "train.threads=2", "data.test=null"]
    return train_attune("clinc150.yaml", name, overrides)


def clinc_texts(n: int) -> list[str]:
    """`n` CLINC150 test utterances (cycled when `n` is larger than the split)."""
    texts = [e.text for e in load_clinc("test")]
    return [texts[i % len(texts)] for i in range(n)]
