"""Durability of feedback: 8 concurrent writers × 500 feedback records through the API.

`attune serve` runs the chat run with a people store of 8 people. Each writer (one person)
gets one answer, then posts 500 feedback records about it, each with its own id, as fast
as the server takes them — and sends every tenth record a second time (a client retry
with the same id). Afterwards the store must hold exactly 4,000 records, each once.

    python benchmarks/people_durability.py
"""

from __future__ import annotations

import asyncio
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RUNS_ROOT, load_average, machine_info, machine_line, write_results  # noqa: E402
from serve_common import attune_serve_command, free_port, start_server, stop_server  # noqa: E402
from serve_generate import ensure_chat_run  # noqa: E402

WRITERS = 8
RECORDS = 500
RETRY_EVERY = 10
THREADS = 2


def make_store() -> tuple[Path, dict[str, str]]:
    from attune.people.store import open_store

    root = RUNS_ROOT / "people-durability-store"
    shutil.rmtree(root, ignore_errors=True)
    with open_store(root) as store:
        keys = {f"writer-{i}": store.add_user(f"writer-{i}")[1] for i in range(WRITERS)}
    return root, keys


async def write_all(url: str, keys: dict[str, str]) -> dict[str, Any]:
    import aiohttp

    statuses: dict[int, int] = {}
    async with aiohttp.ClientSession(url, timeout=aiohttp.ClientTimeout(total=600)) as session:

        async def writer(name: str, key: str) -> None:
            headers = {"Authorization": f"Bearer {key}"}
            body = {"messages": [{"role": "user", "content": "Hi!"}], "max_tokens": 4}
            async with session.post("/v1/chat/completions", json=body, headers=headers) as r:
                completion_id = (await r.json())["id"]
            for i in range(RECORDS):
                record = {"completion_id": completion_id, "rating": "up", "id": f"{name}-{i}"}
                for _ in range(2 if i % RETRY_EVERY == 0 else 1):
                    async with session.post("/v1/feedback", json=record, headers=headers) as r:
                        await r.read()
                        statuses[r.status] = statuses.get(r.status, 0) + 1

        started = time.perf_counter()
        await asyncio.gather(*(writer(name, key) for name, key in keys.items()))
        wall = time.perf_counter() - started
    return {"wall_s": wall, "statuses": statuses}


def count_stored(root: Path, keys: dict[str, str]) -> dict[str, Any]:
    from attune.people.store import open_store

    with open_store(root, create=False) as store:
        ids = [f.id for name in keys for f in store.feedback_for(name)]
    expected = {f"{name}-{i}" for name in keys for i in range(RECORDS)}
    return {
        "stored": len(ids),
        "distinct": len(set(ids)),
        "missing": len(expected - set(ids)),
        "unexpected": len(set(ids) - expected),
    }


def main() -> None:
    load_before = load_average()
    run_dir = ensure_chat_run()
    root, keys = make_store()
    port = free_port()
    command = attune_serve_command([str(run_dir)], port, "--store", str(root))
    process = start_server(command, port, THREADS)
    try:
        written = asyncio.run(write_all(f"http://127.0.0.1:{port}", keys))
    finally:
        stop_server(process)
    counted = count_stored(root, keys)
    sent = WRITERS * (RECORDS + RECORDS // RETRY_EVERY)
    ok = counted["stored"] == counted["distinct"] == WRITERS * RECORDS and not counted["missing"]
    results = {
        "writers": WRITERS,
        "records_each": RECORDS,
        "requests_sent": sent,
        **written,
        **counted,
        "records_per_s": sent / written["wall_s"],
        "all_present_once": ok,
        "load_before": load_before,
        "load_after": load_average(),
        "machine": machine_info(),
    }
    markdown = "\n".join(
        [
            "# Feedback durability through the API",
            "",
            f"{WRITERS} concurrent writers × {RECORDS} feedback records (every "
            f"{RETRY_EVERY}th sent twice with the same id: {sent} requests), SQLite store.",
            "",
            f"- Stored: **{counted['stored']}** records, {counted['distinct']} distinct, "
            f"{counted['missing']} missing, {counted['unexpected']} unexpected — "
            f"{'all present, none twice' if ok else 'NOT durable'}.",
            f"- HTTP statuses: {written['statuses']}; {results['records_per_s']:.0f} requests/s "
            f"({written['wall_s']:.1f} s).",
            "",
            f"Load average before / after: {load_before} / {results['load_after']}.",
            machine_line(results["machine"]),
        ]
    )
    for path in write_results("people_durability", results, markdown):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
