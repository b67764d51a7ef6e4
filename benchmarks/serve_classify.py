"""Serving classification: attune's server vs a naive one, under load, on loopback.

The same minilm-l6 CLINC150 run is served by `attune serve` (micro-batched) and by a
naive FastAPI server that calls a transformers `pipeline` per request
(`naive_server.py`). A bounded load generator keeps 1, 8 and 32 requests of one CLINC150
test utterance in flight. Each repeat starts both servers afresh, one after the other
(never at once: two cores); figures are medians over repeats.

Targets: ≥ 4× the naive throughput at concurrency 32; p50 latency at concurrency 1 ≤ 15 ms.

    python benchmarks/serve_classify.py [--quick] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import load_average, machine_info, machine_line, table, write_results  # noqa: E402
from serve_common import (  # noqa: E402
    HERE,
    attune_serve_command,
    clinc_texts,
    ensure_classifier_run,
    free_port,
    latency_summary,
    run_load,
    start_server,
    stop_server,
)

CONCURRENCY = (1, 8, 32)
REQUESTS = {1: 200, 8: 400, 32: 960}
SIDES = ("attune", "naive")
THREADS = 2
TARGET_RATIO = 4.0
TARGET_P50_MS = 15.0


def server_command(side: str, run_dir: Path, port: int) -> list[str]:
    if side == "attune":
        return attune_serve_command([str(run_dir)], port)
    return [sys.executable, str(HERE / "naive_server.py"), str(run_dir), "--port", str(port)]


def measure_side(side: str, run_dir: Path, scale: float) -> dict[str, Any]:
    """Throughput and latency of one freshly started server at each concurrency."""
    port = free_port()
    process = start_server(server_command(side, run_dir, port), port, THREADS)
    url, found = f"http://127.0.0.1:{port}", {}
    try:
        asyncio.run(run_load(url, "/v1/classify", bodies(40), 4))  # warm-up
        for concurrency in CONCURRENCY:
            load = asyncio.run(
                run_load(
                    url, "/v1/classify", bodies(int(REQUESTS[concurrency] * scale)), concurrency
                )
            )
            ok = sum(status == 200 for status in load["statuses"])
            found[str(concurrency)] = {
                "requests": len(load["statuses"]),
                "ok": ok,
                "throughput_rps": len(load["statuses"]) / load["wall_s"],
                **latency_summary(load["latencies"]),
            }
    finally:
        stop_server(process)
    return found


def bodies(n: int) -> list[dict[str, Any]]:
    return [{"texts": [text]} for text in clinc_texts(n)]


def median_of(runs: list[dict[str, Any]], concurrency: int, key: str) -> float:
    return statistics.median(run[str(concurrency)][key] for run in runs)


def summarise(runs: dict[str, list[dict[str, Any]]]) -> dict[str, Any]:
    summary: dict[str, Any] = {}
    for side in SIDES:
        summary[side] = {
            str(c): {
                key: median_of(runs[side], c, key)
                for key in ("throughput_rps", "p50_ms", "p99_ms", "mean_ms")
            }
            for c in CONCURRENCY
        }
    summary["ratios"] = {
        str(c): summary["attune"][str(c)]["throughput_rps"]
        / summary["naive"][str(c)]["throughput_rps"]
        for c in CONCURRENCY
    }
    summary["targets"] = {
        "throughput_ratio_c32": summary["ratios"]["32"] >= TARGET_RATIO,
        "p50_c1_ms": summary["attune"]["1"]["p50_ms"] <= TARGET_P50_MS,
    }
    return summary


def render_markdown(results: dict[str, Any]) -> str:
    summary = results["summary"]
    rows = [
        [
            side,
            str(c),
            f"{summary[side][str(c)]['throughput_rps']:.0f}",
            f"{summary[side][str(c)]['p50_ms']:.1f}",
            f"{summary[side][str(c)]['p99_ms']:.1f}",
        ]
        for c in CONCURRENCY
        for side in SIDES
    ]
    ratio32, p50 = summary["ratios"]["32"], summary["attune"]["1"]["p50_ms"]
    met = summary["targets"]
    lines = [
        "# Serving classification: attune vs a naive pipeline server",
        "",
        f"minilm-l6 CLINC150 run (`{results['run']}`), one utterance per request, loopback, "
        f"{THREADS} torch threads per server; {results['repeats']} repeats (fresh servers, "
        "one at a time), medians.",
        "",
        table(["server", "concurrency", "requests/s", "p50 ms", "p99 ms"], rows),
        "",
        f"- Throughput at concurrency 32: **{ratio32:.2f}×** the naive server "
        f"(target ≥ {TARGET_RATIO:g}×: {'met' if met['throughput_ratio_c32'] else 'NOT met'}).",
        "- Ratios at 1 / 8 / 32: "
        + " / ".join(f"{summary['ratios'][str(c)]:.2f}×" for c in CONCURRENCY)
        + ".",
        f"- p50 at concurrency 1: **{p50:.1f} ms** (target ≤ {TARGET_P50_MS:g} ms: "
        f"{'met' if met['p50_c1_ms'] else 'NOT met'}).",
        f"- Non-200 answers: {results['errors']}.",
        "",
        f"Load average before / after: {results['load_before']} / {results['load_after']}.",
        machine_line(results["machine"]),
    ]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1 repeat, a quarter of the load")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    repeats, scale = (1, 0.25) if args.quick else (args.repeats, 1.0)
    load_before = load_average()
    run_dir = ensure_classifier_run()
    runs: dict[str, list[dict[str, Any]]] = {side: [] for side in SIDES}
    for _ in range(repeats):
        for side in SIDES:
            runs[side].append(measure_side(side, run_dir, scale))
    errors = sum(
        r[str(c)]["requests"] - r[str(c)]["ok"]
        for side in SIDES
        for r in runs[side]
        for c in CONCURRENCY
    )
    results = {
        "run": str(run_dir),
        "repeats": repeats,
        "runs": runs,
        "summary": summarise(runs),
        "errors": errors,
        "load_before": load_before,
        "load_after": load_average(),
        "machine": machine_info(),
    }
    name = "serve_classify-quick" if args.quick else "serve_classify"
    for path in write_results(name, results, render_markdown(results)):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
