"""Overload: ten times the queue limit in concurrent requests, at once.

`attune serve` runs the chat run and the classifier run with `--queue-limit 8`; 80 chat
requests (max_tokens 32) and then 80 classification requests of 8 texts are sent at the
same moment. Expected: every request past the limit is refused quickly with 429 (an
OpenAI-shaped body and Retry-After), no 5xx, every accepted request answered in full,
`/health` fine afterwards and the server's memory flat across rounds.

    python benchmarks/serve_overload.py [--rounds 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load_average, machine_info, machine_line, table, write_results  # noqa: E402
from serve_common import (  # noqa: E402
    attune_serve_command,
    clinc_texts,
    ensure_classifier_run,
    free_port,
    start_server,
    stop_server,
)
from serve_generate import ensure_chat_run  # noqa: E402

QUEUE_LIMIT = 8
BURST = 10 * QUEUE_LIMIT
THREADS = 2


async def burst(url: str, path: str, body: dict[str, Any]) -> list[dict[str, Any]]:
    """BURST copies of `body` sent at once; status, latency and whether the answer is whole."""
    import httpx

    limits = httpx.Limits(max_connections=BURST, max_keepalive_connections=BURST)
    async with httpx.AsyncClient(base_url=url, timeout=600, limits=limits) as client:

        async def one() -> dict[str, Any]:
            started = time.perf_counter()
            response = await client.post(path, json=body)
            found = {"status": response.status_code, "latency_s": time.perf_counter() - started}
            if response.status_code == 200:
                found["complete"] = is_complete(response.json())
            elif response.status_code == 429:
                error = response.json().get("error", {})
                found["shaped"] = bool(error.get("message")) and "Retry-After" in response.headers
            return found

        return list(await asyncio.gather(*(one() for _ in range(BURST))))


def is_complete(body: dict[str, Any]) -> bool:
    if "choices" in body:
        choice = body["choices"][0]
        return bool(choice["message"]["content"]) and choice["finish_reason"] in ("stop", "length")
    return len(body["data"]) == 8 and all("label" in item for item in body["data"])


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text(encoding="utf-8").splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def summarise(answers: list[dict[str, Any]]) -> dict[str, Any]:
    refused = [a for a in answers if a["status"] == 429]
    accepted = [a for a in answers if a["status"] == 200]
    return {
        "accepted": len(accepted),
        "refused_429": len(refused),
        "server_errors": sum(a["status"] >= 500 for a in answers),
        "other": sum(a["status"] not in (200, 429) and a["status"] < 500 for a in answers),
        "accepted_complete": sum(bool(a.get("complete")) for a in accepted),
        "refusals_shaped": sum(bool(a.get("shaped")) for a in refused),
        "refusal_p50_ms": 1000 * statistics.median([a["latency_s"] for a in refused])
        if refused
        else None,
        "refusal_max_ms": 1000 * max(a["latency_s"] for a in refused) if refused else None,
    }


def run_rounds(rounds: int) -> dict[str, Any]:
    import httpx

    chat_run, classifier_run = ensure_chat_run(), ensure_classifier_run()
    port = free_port()
    command = attune_serve_command(
        [str(chat_run), str(classifier_run)], port, "--queue-limit", str(QUEUE_LIMIT)
    )
    process = start_server(command, port, THREADS)
    url = f"http://127.0.0.1:{port}"
    chat_body = {"messages": [{"role": "user", "content": "Tell me about tea."}], "max_tokens": 32}
    classify_body = {"texts": clinc_texts(8)}
    found: dict[str, Any] = {"chat": [], "classify": [], "rss_mib": [rss_mib(process.pid)]}
    try:
        for _ in range(rounds):
            found["chat"].append(
                summarise(asyncio.run(burst(url, "/v1/chat/completions", chat_body)))
            )
            found["classify"].append(
                summarise(asyncio.run(burst(url, "/v1/classify", classify_body)))
            )
            found["rss_mib"].append(rss_mib(process.pid))
        found["health_after"] = httpx.get(f"{url}/health", timeout=10).status_code
    finally:
        stop_server(process)
    return found


def render_markdown(results: dict[str, Any]) -> str:
    rows = []
    for route in ("chat", "classify"):
        for i, r in enumerate(results[route], start=1):
            rows.append(
                [
                    route,
                    str(i),
                    str(r["accepted"]),
                    str(r["accepted_complete"]),
                    str(r["refused_429"]),
                    str(r["server_errors"]),
                    f"{r['refusal_p50_ms']:.0f} / {r['refusal_max_ms']:.0f}"
                    if r["refused_429"]
                    else "—",
                ]
            )
    header = ["route", "round", "accepted", "answered in full", "429", "5xx", "429 p50 / max ms"]
    rss = " → ".join(f"{x:.0f}" for x in results["rss_mib"])
    return "\n".join(
        [
            "# Overload: ten times the queue limit at once",
            "",
            f"`attune serve` with `--queue-limit {QUEUE_LIMIT}`; {BURST} concurrent requests per "
            "burst (chat: max_tokens 32; classify: 8 texts each).",
            "",
            table(header, rows),
            "",
            f"- 5xx in total: **{results['server_errors']}**; accepted requests lost: "
            f"**{results['lost']}**; refusals with an OpenAI-shaped body and Retry-After: "
            f"{results['shaped']} of {results['refused']}.",
            f"- Server memory (RSS MiB) at start and after each round: {rss}.",
            f"- `/health` afterwards: {results['health_after']}.",
            "",
            f"Load average before / after: {results['load_before']} / {results['load_after']}.",
            machine_line(results["machine"]),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    load_before = load_average()
    found = run_rounds(args.rounds)
    rounds = found["chat"] + found["classify"]
    results = {
        **found,
        "server_errors": sum(r["server_errors"] for r in rounds),
        "lost": sum(r["accepted"] - r["accepted_complete"] for r in rounds),
        "refused": sum(r["refused_429"] for r in rounds),
        "shaped": sum(r["refusals_shaped"] for r in rounds),
        "load_before": load_before,
        "load_after": load_average(),
        "machine": machine_info(),
    }
    for path in write_results("serve_overload", results, render_markdown(results)):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
