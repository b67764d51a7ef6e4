"""Serving generation: 8 concurrent chat requests to `attune serve` vs sequential
`model.generate` calls, the same merged smollm2-135m chat run, the same prompts.

attune decodes concurrent requests together (continuous batching); the peer answers the
same prompts one after the other with transformers' `generate` in-process (no HTTP at
all, which favours it). Both decode greedily up to MAX_TOKENS. Figures: aggregate
completion tokens per second, and attune's time to first token (streamed) under load.
Medians over repeats; each repeat starts the server afresh (never both sides at once).

Target: ≥ 3× the sequential tokens/s.

    python benchmarks/serve_generate.py [--quick] [--repeats 3]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RUNS_ROOT, load_average, machine_info, machine_line, table, write_results  # noqa: E402
from serve_common import attune_serve_command, free_port, start_server, stop_server  # noqa: E402

PROMPTS = [
    "Write a short story about a lighthouse keeper who finds a message in a bottle.",
    "Explain how a bicycle stays upright, step by step.",
    "Describe a perfect autumn day in a small mountain village.",
    "Give me a detailed plan for learning to cook in one month.",
    "Tell me about the history of tea and how it spread around the world.",
    "Write a letter to a friend describing your new job.",
    "Explain what photosynthesis is to a ten-year-old, with examples.",
    "Describe how to plan a week-long hiking trip, including what to pack.",
]
CONCURRENCY = 8
MAX_TOKENS = 64
THREADS = 2
TARGET = 3.0


def ensure_chat_run() -> Path:
    """A smollm2-135m LoRA chat run (a short training on the demo persona): the served
    model. Trained once, reused afterwards."""
    run_dir = RUNS_ROOT / "serve-chat"
    if (run_dir / "model" / "base.json").is_file():
        return run_dir
    from attune.commands.train import run_train

    config = Path(__file__).resolve().parent.parent / "configs" / "chat-lora.yaml"
    overrides = [f"output_dir={run_dir}", "train.epochs=0.5", "eval.prompts=2"]
    run_train(str(config), overrides, resume=False, overwrite=True, quiet=True)
    return run_dir


def sequential_generate(run_dir: Path, prompts: list[str]) -> dict[str, Any]:
    """The peer: one `generate` call per prompt, greedy, in this process."""
    import torch

    from attune.export.load import load_chat_for_serving
    from attune.models.generate import generate_reply
    from attune.runs import run_system_prompt

    torch.set_num_threads(THREADS)
    model, tokenizer = load_chat_for_serving(run_dir)
    system = run_system_prompt(run_dir)
    conversations = [chat(system, p) for p in prompts]
    generate_reply(model, tokenizer, conversations[0], max_new_tokens=8)  # warm-up
    started, tokens = time.perf_counter(), 0
    for messages in conversations:
        tokens += generate_reply(model, tokenizer, messages, max_new_tokens=MAX_TOKENS).tokens
    wall = time.perf_counter() - started
    return {"tokens": tokens, "wall_s": wall, "tokens_per_s": tokens / wall}


def chat(system: str | None, prompt: str) -> list[dict[str, str]]:
    head = [{"role": "system", "content": system}] if system else []
    return [*head, {"role": "user", "content": prompt}]


async def stream_one(client: Any, prompt: str) -> dict[str, Any]:
    """One streamed request: time to first text, completion tokens (from usage)."""
    body = {
        "messages": [{"role": "user", "content": prompt}],
        "max_tokens": MAX_TOKENS,
        "temperature": 0,
        "stream": True,
        "stream_options": {"include_usage": True},
    }
    started, first, tokens = time.perf_counter(), None, 0
    async with client.stream("POST", "/v1/chat/completions", json=body) as response:
        async for line in response.aiter_lines():
            if not line.startswith("data: ") or line == "data: [DONE]":
                continue
            chunk = json.loads(line[6:])
            if chunk.get("usage"):
                tokens = chunk["usage"]["completion_tokens"]
            elif first is None and chunk["choices"] and chunk["choices"][0]["delta"].get("content"):
                first = time.perf_counter() - started
    return {"ttft_s": first, "tokens": tokens, "latency_s": time.perf_counter() - started}


async def concurrent_requests(url: str, prompts: list[str]) -> dict[str, Any]:
    import httpx

    async with httpx.AsyncClient(base_url=url, timeout=600) as client:
        await stream_one(client, prompts[0])  # warm-up
        started = time.perf_counter()
        answers = await asyncio.gather(*(stream_one(client, p) for p in prompts))
        wall = time.perf_counter() - started
    tokens = sum(a["tokens"] for a in answers)
    ttfts = [a["ttft_s"] for a in answers if a["ttft_s"] is not None]
    return {
        "tokens": tokens,
        "wall_s": wall,
        "tokens_per_s": tokens / wall,
        "ttft_p50_ms": 1000 * statistics.median(ttfts) if ttfts else None,
        "ttft_max_ms": 1000 * max(ttfts) if ttfts else None,
    }


def serve_and_measure(run_dir: Path, prompts: list[str]) -> dict[str, Any]:
    port = free_port()
    command = attune_serve_command([str(run_dir)], port, "--max-batch", str(CONCURRENCY))
    process = start_server(command, port, THREADS)
    try:
        return asyncio.run(concurrent_requests(f"http://127.0.0.1:{port}", prompts))
    finally:
        stop_server(process)


def render_markdown(results: dict[str, Any]) -> str:
    attune, peer = results["attune"], results["sequential"]
    rows = [
        ["attune serve, 8 concurrent", f"{attune['tokens_per_s']:.1f}", f"{attune['tokens']}"],
        ["sequential generate()", f"{peer['tokens_per_s']:.1f}", f"{peer['tokens']}"],
    ]
    verdict = "met" if results["ratio"] >= TARGET else "NOT met"
    return "\n".join(
        [
            "# Serving generation: continuous batching vs sequential generate()",
            "",
            f"`{results['run']}` (smollm2-135m + LoRA, merged), {len(PROMPTS)} prompts, greedy, "
            f"max_tokens {MAX_TOKENS}, {THREADS} torch threads; {results['repeats']} repeats, "
            "medians.",
            "",
            table(["side", "completion tokens/s", "tokens (one repeat)"], rows),
            "",
            f"- Aggregate tokens/s: **{results['ratio']:.2f}×** sequential generate() "
            f"(target ≥ {TARGET:g}×: {verdict}).",
            f"- Time to first token with 8 in flight: p50 **{attune['ttft_p50_ms']:.0f} ms**, "
            f"worst {attune['ttft_max_ms']:.0f} ms.",
            "",
            f"Per repeat tokens/s: attune {results['per_repeat']['attune']}, "
            f"sequential {results['per_repeat']['sequential']}.",
            f"Load average before / after: {results['load_before']} / {results['load_after']}.",
            machine_line(results["machine"]),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="1 repeat")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    repeats = 1 if args.quick else args.repeats
    load_before = load_average()
    run_dir = ensure_chat_run()
    attune_runs, peer_runs = [], []
    for _ in range(repeats):
        attune_runs.append(serve_and_measure(run_dir, PROMPTS))
        peer_runs.append(sequential_generate(run_dir, PROMPTS))
    medians = {
        side: {k: statistics.median(r[k] for r in runs) for k in runs[0] if runs[0][k] is not None}
        for side, runs in (("attune", attune_runs), ("sequential", peer_runs))
    }
    results = {
        "run": str(run_dir),
        "repeats": repeats,
        **medians,
        "ratio": medians["attune"]["tokens_per_s"] / medians["sequential"]["tokens_per_s"],
        "per_repeat": {
            "attune": [round(r["tokens_per_s"], 1) for r in attune_runs],
            "sequential": [round(r["tokens_per_s"], 1) for r in peer_runs],
        },
        "load_before": load_before,
        "load_after": load_average(),
        "machine": machine_info(),
    }
    name = "serve_generate-quick" if args.quick else "serve_generate"
    for path in write_results(name, results, render_markdown(results)):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
