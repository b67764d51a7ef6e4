"""Many people on one base model: 100 rank-8 LoRA adapters on smollm2-135m.

Each person has an adapter (rank 8, every projection of every block, B drawn at random and
seeded so each person's adapter really changes the answers), kept as the people store
keeps them. A workload of REQUESTS chat requests, each from a person drawn at random, is
answered two ways in the same run:

- attune: the requests go to one `BatchDecoder` over the shared base with a
  `SlotAdapterCache` (loaded on demand, least recently used evicted); requests of different
  people decode together in mixed-adapter batches;
- the peer, swapping adapters per request: for each request in turn, load that person's
  adapter onto the base, generate, unload it (what a server without mixed batches does).

Reported: aggregate completion tokens/s of both (target ≥ 5×), memory per resident adapter,
cold-load time (p50), and that both answer every request with the same text.

    python benchmarks/people_adapters.py [--quick]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RUNS_ROOT, load_average, machine_info, machine_line, write_results  # noqa: E402

PEOPLE = 100
RANK = 8
REQUESTS = 48
MAX_TOKENS = 32
MAX_BATCH = 16
THREADS = 2
TARGET = 5.0
QUESTIONS = [
    "What should I cook tonight?",
    "Give me one tip for a productive morning.",
    "What is a good book for a long train ride?",
    "How do I say thank you in Italian?",
]


def make_adapters(root: Path, people: int) -> list[str]:
    """Write `people` rank-8 adapters (seeded random B) as ROOT/adapters/<user>/v1/."""
    import torch
    from peft import LoraConfig, get_peft_model

    from attune.models.load import load_causal_lm
    from attune.models.lora import LLAMA_TARGETS

    names = [f"person-{i:03d}@v1" for i in range(people)]
    missing = [n for n in names if not (folder_of(root, n) / "adapter_model.safetensors").exists()]
    if missing:
        config = LoraConfig(r=RANK, lora_alpha=2 * RANK, target_modules=LLAMA_TARGETS)
        model = get_peft_model(load_causal_lm("smollm2-135m"), config)
        for i, name in enumerate(names):
            if name not in missing:
                continue
            generator = torch.Generator().manual_seed(i)
            with torch.no_grad():
                for key, param in model.named_parameters():
                    if "lora_B" in key:
                        param.copy_(torch.randn(param.shape, generator=generator) * 0.02)
            model.save_pretrained(folder_of(root, name), safe_serialization=True)
    return names


def folder_of(root: Path, name: str) -> Path:
    user, _, version = name.partition("@")
    return root / "adapters" / user / version


def workload(names: list[str], requests: int) -> list[tuple[str, str]]:
    import random

    chooser = random.Random(0)
    return [(chooser.choice(QUESTIONS), chooser.choice(names)) for _ in range(requests)]


def run_attune(root: Path, jobs: list[tuple[str, str]]) -> dict[str, Any]:
    """All requests submitted at once to one decoder with an adapter cache."""
    from attune.models.generate import encode_prompt
    from attune.models.load import load_tokenizer
    from attune.serve.adapter_slots import SlotAdapterCache, build_slot_model
    from attune.serve.batch_decode import BatchDecoder, SamplingParams

    model = build_slot_model("smollm2-135m")
    tokenizer = load_tokenizer("smollm2-135m")
    cache = SlotAdapterCache(model, PEOPLE, lambda n: folder_of(root, n), root=root / "adapters")
    decoder = BatchDecoder(model, tokenizer, max_batch=MAX_BATCH, adapters=cache)
    decoder.start()
    texts: dict[str, list[str]] = {}
    tokens: dict[str, int] = {}
    done = threading.Semaphore(0)

    def on_event(event: Any) -> None:
        texts.setdefault(event.request_id, []).append(event.text)
        if event.finished:
            tokens[event.request_id] = event.completion_tokens
            done.release()

    params = SamplingParams(max_tokens=MAX_TOKENS, temperature=0)
    started = time.perf_counter()
    for i, (question, person) in enumerate(jobs):
        prompt = encode_prompt(tokenizer, [{"role": "user", "content": question}])
        decoder.submit(f"r{i}", prompt, params, on_event, adapter=person)
    for _ in jobs:
        done.acquire()
    wall = time.perf_counter() - started
    stats = cache.stats()
    decoder.close()
    return {
        "wall_s": wall,
        "tokens": sum(tokens.values()),
        "tokens_per_s": sum(tokens.values()) / wall,
        "texts": ["".join(texts[f"r{i}"]).strip() for i in range(len(jobs))],
        "resident": len(stats.resident),
        "adapter_mib": statistics.median(r.bytes for r in stats.resident) / 2**20,
        "cold_load_p50_ms": 1000 * statistics.median(r.load_seconds for r in stats.resident),
    }


def run_swapping(root: Path, jobs: list[tuple[str, str]]) -> dict[str, Any]:
    """The peer: per request, load the person's adapter, generate, unload."""
    from peft import PeftModel

    from attune.models.generate import generate_reply
    from attune.models.load import load_causal_lm, load_tokenizer

    base = load_causal_lm("smollm2-135m").eval()
    tokenizer = load_tokenizer("smollm2-135m")
    started, tokens, texts = time.perf_counter(), 0, []
    for question, person in jobs:
        model = PeftModel.from_pretrained(base, str(folder_of(root, person))).eval()
        reply = generate_reply(
            model, tokenizer, [{"role": "user", "content": question}], MAX_TOKENS
        )
        base = model.unload()  # the base again, without the adapter's layers
        tokens += reply.tokens
        texts.append(reply.text)
    wall = time.perf_counter() - started
    return {"wall_s": wall, "tokens": tokens, "tokens_per_s": tokens / wall, "texts": texts}


def median_run(runs: list[dict[str, Any]]) -> dict[str, Any]:
    """The median of each number over repeats (texts are compared separately)."""
    keys = [k for k, v in runs[0].items() if isinstance(v, int | float)]
    return {k: statistics.median(r[k] for r in runs) for k in keys}


def render_markdown(results: dict[str, Any]) -> str:
    attune, peer = results["attune"], results["swapping"]
    verdict = "met" if results["ratio"] >= TARGET else "NOT met"
    return "\n".join(
        [
            "# Many people on one base: mixed-adapter batches vs swapping adapters",
            "",
            f"{results['people']} rank-{RANK} adapters on smollm2-135m; {results['requests']} "
            f"requests from people drawn at random (seeded), greedy, max_tokens {MAX_TOKENS}, "
            f"{THREADS} torch threads, max_batch {MAX_BATCH}; {results['repeats']} repeats "
            "(alternating, fresh models), medians.",
            "",
            "| side | completion tokens/s | tokens | seconds |",
            "|---|---|---|---|",
            f"| attune: one decoder, mixed-adapter batches | {attune['tokens_per_s']:.1f} | "
            f"{attune['tokens']} | {attune['wall_s']:.1f} |",
            f"| swapping: load, generate, unload per request | {peer['tokens_per_s']:.1f} | "
            f"{peer['tokens']} | {peer['wall_s']:.1f} |",
            "",
            f"- Aggregate tokens/s: **{results['ratio']:.2f}×** swapping (target ≥ {TARGET:g}×: "
            f"{verdict}).",
            f"- Same answers on both sides: {results['same_answers']} of {results['requests']}.",
            f"- Per repeat tokens/s: {results['per_repeat_tokens_per_s']}.",
            f"- Memory per resident adapter: {attune['adapter_mib']:.2f} MiB; cold load p50 "
            f"{attune['cold_load_p50_ms']:.0f} ms ({attune['resident']} resident at the end).",
            "",
            f"Load average before / after: {results['load_before']} / {results['load_after']}.",
            machine_line(results["machine"]),
        ]
    )


def main() -> None:
    import torch

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="10 people, 12 requests, 1 repeat")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    torch.set_num_threads(THREADS)
    people, requests = (10, 12) if args.quick else (PEOPLE, REQUESTS)
    load_before = load_average()
    root = RUNS_ROOT / "people-adapters"
    names = make_adapters(root, people)
    jobs = workload(names, requests)
    attune_runs, swapping_runs = [], []
    for _ in range(1 if args.quick else args.repeats):  # alternating, fresh models each time
        attune_runs.append(run_attune(root, jobs))
        swapping_runs.append(run_swapping(root, jobs))
    same = sum(
        a == b
        for a, b in zip(attune_runs[-1].pop("texts"), swapping_runs[-1].pop("texts"), strict=True)
    )
    attune, swapping = median_run(attune_runs), median_run(swapping_runs)
    results = {
        "people": people,
        "requests": requests,
        "repeats": len(attune_runs),
        "attune": attune,
        "swapping": swapping,
        "per_repeat_tokens_per_s": {
            "attune": [round(r["tokens_per_s"], 1) for r in attune_runs],
            "swapping": [round(r["tokens_per_s"], 1) for r in swapping_runs],
        },
        "ratio": attune["tokens_per_s"] / swapping["tokens_per_s"],
        "same_answers": same,
        "load_before": load_before,
        "load_after": load_average(),
        "machine": machine_info(),
    }
    name = "people_adapters-quick" if args.quick else "people_adapters"
    for path in write_results(name, results, render_markdown(results)):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
