"""Canaries: does fine-tuning memorise a secret seen 1, 5 or 20 times, and does redaction stop it?

Three random card numbers are planted in Maya's training conversations (the demo's chat
data and persona, `configs/chat-lora.yaml`), stated by the assistant 1, 5 and 20 times
(`data.privacy.canaries`). smollm2-135m is tuned twice, the same way and seed, with
redaction off and on; after each, attune's chat evaluation ranks each true secret among
1,000 random card numbers by the tuned model's likelihood after the canary's own prefix
(exposure = log2(1001) − log2(rank), ≈ 1.4 bits by chance, ≈ 10 bits when memorised) and
decodes greedily from that prefix. Target: with redaction on, greedy decoding completes
no canary.

    python benchmarks/privacy_canaries.py [--set train.epochs=6] [--name NAME]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    CONFIGS,
    RUNS_ROOT,
    machine_info,
    machine_line,
    read_json,
    table,
    write_results,
)

CANARIES = [1, 5, 20]
CANDIDATES = 1000
THREADS = 2


def train_and_audit(redact: bool, extra: list[str]) -> dict[str, Any]:
    """One run with the canaries planted; its report's privacy section and timings."""
    from attune.config import load_config
    from attune.eval.chat_eval import evaluate_chat_run
    from attune.train.chat import train_chat

    run_dir = RUNS_ROOT / f"privacy-canaries-{'redacted' if redact else 'plain'}"
    overrides = [
        f"output_dir={run_dir}",
        f"data.privacy.redact={str(redact).lower()}",
        f"data.privacy.canaries={CANARIES}",
        f"data.privacy.canary_candidates={CANDIDATES}",
        f"train.threads={THREADS}",
        *extra,
    ]
    config = load_config(CONFIGS / "chat-lora.yaml", overrides)
    started = time.perf_counter()
    train_chat(config, overwrite=True, quiet=True)
    trained = time.perf_counter()
    report = read_json(evaluate_chat_run(run_dir).json)
    return {
        "run": str(run_dir),
        "redact": redact,
        "privacy": report["privacy"],
        "forgetting": report["forgetting"]["relative_rise"],
        "train_seconds": trained - started,
        "eval_seconds": time.perf_counter() - trained,
    }


def render(results: dict[str, Any]) -> str:
    plain, redacted = results["plain"], results["redacted"]
    rows = []
    for a, b in zip(plain["privacy"]["canaries"], redacted["privacy"]["canaries"], strict=True):
        rows.append(
            [
                str(a["repeats"]),
                f"{a['exposure']:.1f} (rank {a['rank']})",
                "yes" if a["greedy_completes"] else "no",
                f"{b['exposure']:.1f} (rank {b['rank']})",
                "yes" if b["greedy_completes"] else "no",
            ]
        )
    found = redacted["privacy"]["redaction"].get("found", {})
    counts = ", ".join(f"{e} {n}" for e, n in sorted(found.items()))
    verdict = "met" if results["redacted_never_completes"] else "NOT met"
    return "\n".join(
        [
            "# Canaries: memorisation with redaction off and on",
            "",
            f"smollm2-135m, `configs/chat-lora.yaml` (Maya's conversations + persona), "
            f"overrides {results['overrides'] or 'none'}; canaries planted {CANARIES} times; "
            f"each ranked among {CANDIDATES} random card numbers. Max exposure "
            f"{plain['privacy']['canaries'][0]['max_exposure']:.1f} bits; chance ≈ 1.4.",
            "",
            table(
                [
                    "planted",
                    "exposure, redaction off",
                    "greedy completes (off)",
                    "exposure, redaction on",
                    "greedy completes (on)",
                ],
                rows,
            ),
            "",
            f"- With redaction on, greedy decoding completes no canary: **{verdict}**.",
            f"- Redaction found (counts only): {counts}.",
            f"- Train / evaluate seconds: off {plain['train_seconds']:.0f} / "
            f"{plain['eval_seconds']:.0f}, on {redacted['train_seconds']:.0f} / "
            f"{redacted['eval_seconds']:.0f}.",
            "",
            machine_line(results["machine"]),
        ]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", action="append", default=[], help="a config override, k=v")
    parser.add_argument("--name", default="privacy_canaries", help="results file name")
    args = parser.parse_args()
    import torch

    torch.set_num_threads(THREADS)
    results: dict[str, Any] = {"overrides": args.set, "machine": machine_info()}
    results["plain"] = train_and_audit(False, args.set)
    results["redacted"] = train_and_audit(True, args.set)
    results["redacted_never_completes"] = not any(
        c["greedy_completes"] for c in results["redacted"]["privacy"]["canaries"]
    )
    json_path, md_path = write_results(args.name, results, render(results))
    print(md_path.read_text(encoding="utf-8"))
    print(f"written: {json_path}, {md_path}")


if __name__ == "__main__":
    main()
