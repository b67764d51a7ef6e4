"""Speed: training throughput and peak memory of attune against the Hugging Face `Trainer`.

Same model (minilm-l6), same data (a seeded 2,000-example CLINC150 train slice), batch 32,
one epoch, max_length 32, the same torch threads (`THREADS`). Each repeat runs in a fresh
subprocess (so peak RSS is that run's own) and the two alternate, so drift in the shared
machine's load hits both. Each side is left at its defaults otherwise: attune groups
examples by length and uses bf16 autocast where the CPU multiplies bf16 natively
(`train.precision: auto`); `Trainer` pads each batch to its longest example
(DataCollatorWithPadding) in float32.

Throughput is of the training loop alone on both sides: Trainer's
`train_samples_per_second`, and attune's `examples_per_s` from the last `train` record of
the run's metrics.jsonl (examples seen / seconds since the loop started, logged every 10
steps, so before the end-of-epoch validation). End-to-end seconds (load, tokenise, train)
are recorded beside.

    python benchmarks/speed.py [--quick] [--repeats 3]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    RUNS_ROOT,
    load_clinc,
    machine_info,
    machine_line,
    read_json,
    table,
    write_results,
    write_slice,
)

THREADS = 1
"""Torch threads for both sides. 1, not the machine's 2: on a shared 2-core machine two
OpenMP threads stall at every barrier whenever another process holds a core (measured:
~6.5 s per step with 2 threads against ~0.45 s with 1); `--threads 2` on an idle machine."""
BATCH = 32
MAX_LENGTH = 32
LR = 5.0e-5
SIDES = ("attune", "trainer")
TARGET_RATIO = 2.0


# --- the children: one training run each, in its own process -----------------------------


def read_slice(path: Path) -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [r["text"] for r in rows], [r["label"] for r in rows]


def train_attune_once(
    train: Path, validation: Path, run_dir: Path, threads: int, extra: list[str]
) -> dict[str, Any]:
    from attune.config import load_config
    from attune.precision import resolve_bf16
    from attune.train.classification import train_classifier

    overrides = [
        f"output_dir={run_dir}",
        f"data.train={train}",
        f"data.validation={validation}",
        "data.test_fraction=0",
        "data.text_field=text",
        "data.label_field=label",
        f"data.max_length={MAX_LENGTH}",
        "train.epochs=1",
        f"train.lr={LR:.1e}",  # YAML reads 5e-05 as a string; 5.0e-05 is a float
        f"train.batch_size={BATCH}",
        f"train.threads={threads}",
    ]
    config = load_config(None, [*overrides, *extra])
    started = time.perf_counter()
    train_classifier(config, overwrite=True, quiet=True)
    seconds = time.perf_counter() - started
    lines = (run_dir / "metrics.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines if line]
    last = [r for r in records if r.get("kind") == "train"][-1]
    return {
        "examples_per_s": last["examples_per_s"],
        "end_to_end_seconds": seconds,
        "bf16": resolve_bf16(config.train.precision),
        "group_by_length": config.train.group_by_length,
    }


def train_trainer_once(train: Path, run_dir: Path, bf16: bool) -> dict[str, Any]:
    from datasets import Dataset
    from transformers import (
        AutoModelForSequenceClassification,
        AutoTokenizer,
        Trainer,
        TrainingArguments,
    )

    from attune.models.registry import resolve_model

    folder = resolve_model("minilm-l6").folder
    texts, labels = read_slice(train)
    names = sorted(set(labels))
    index = {name: i for i, name in enumerate(names)}
    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForSequenceClassification.from_pretrained(folder, num_labels=len(names))
    dataset = Dataset.from_dict({"text": texts, "label": [index[x] for x in labels]})
    dataset = dataset.map(
        lambda batch: tokenizer(batch["text"], truncation=True, max_length=MAX_LENGTH),
        batched=True,
        remove_columns=["text"],
    )
    args = TrainingArguments(
        output_dir=str(run_dir),
        per_device_train_batch_size=BATCH,
        num_train_epochs=1,
        learning_rate=LR,
        eval_strategy="no",
        save_strategy="no",
        report_to="none",
        use_cpu=True,
        bf16=bf16,
        seed=0,
    )
    trainer = Trainer(model=model, args=args, train_dataset=dataset, processing_class=tokenizer)
    metrics = trainer.train().metrics
    return {
        "examples_per_s": metrics["train_samples_per_second"],
        "end_to_end_seconds": time.perf_counter() - started,
        "bf16": bf16,
        "group_by_length": False,
    }


def run_child(args: argparse.Namespace) -> None:
    import torch

    torch.set_num_threads(args.threads)
    if args.child == "attune":
        found = train_attune_once(
            args.train, args.validation, args.run_dir, args.threads, args.attune_set
        )
    else:
        found = train_trainer_once(args.train, args.run_dir, args.trainer_bf16)
    # ru_maxrss is in KiB on Linux: this process's own peak resident memory
    found["peak_rss_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    found["threads"] = torch.get_num_threads()
    args.out.write_text(json.dumps(found), encoding="utf-8")


# --- the parent: alternate fresh children, take medians ----------------------------------


def spawn(
    side: str, repeat: int, train: Path, validation: Path, args: argparse.Namespace
) -> dict[str, Any]:
    run_dir = RUNS_ROOT / f"speed-{side}-{repeat}"
    out = RUNS_ROOT / f"speed-{side}-{repeat}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--child", side, "--train", str(train)]
    command += ["--validation", str(validation), "--run-dir", str(run_dir), "--out", str(out)]
    command += ["--threads", str(args.threads)]
    command += [f"--attune-set={item}" for item in args.attune_set]
    command += ["--trainer-bf16"] if args.trainer_bf16 else []
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not out.is_file():
        raise SystemExit(f"{side} run {repeat} failed:\n{done.stderr[-3000:]}")
    return read_json(out)


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "examples_per_s": statistics.median(r["examples_per_s"] for r in runs),
        "peak_rss_mib": statistics.median(r["peak_rss_mib"] for r in runs),
        "end_to_end_seconds": statistics.median(r["end_to_end_seconds"] for r in runs),
        "bf16": runs[0]["bf16"],
        "group_by_length": runs[0]["group_by_length"],
        "runs": runs,
    }


def render_markdown(results: dict[str, Any]) -> str:
    lines = ["# Speed: attune vs Hugging Face Trainer (CPU training)", ""]
    if results["quick"]:
        lines += ["**Quick run** (tiny slice, one repeat): a smoke test, not a result.", ""]
    setup = results["setup"]
    lines += [
        f"minilm-l6, {setup['examples']} CLINC150 training examples (seeded slice), batch "
        f"{BATCH}, 1 epoch, max_length {MAX_LENGTH}, {results['machine']['torch_threads']} "
        "torch threads; "
        f"{setup['repeats']} repeats each, alternating, each in a fresh process. Medians:",
        "",
    ]
    if setup.get("attune_overrides"):
        lines += [f"attune overrides: `{' '.join(setup['attune_overrides'])}`.", ""]
    rows = []
    for side in SIDES:
        found = results[side]
        rows.append(
            [
                side,
                f"{found['examples_per_s']:.1f}",
                f"{found['peak_rss_mib']:.0f}",
                f"{found['end_to_end_seconds']:.1f}",
                "bf16 autocast" if found["bf16"] else "fp32",
                "yes" if found["group_by_length"] else "no",
            ]
        )
    header = ["", "train loop examples/s", "peak RSS (MiB)", "end-to-end s", "precision"]
    lines += [table([*header, "group by length"], rows), ""]
    verdict = "met" if results["speed_ratio"] >= TARGET_RATIO else "NOT met"
    lines += [
        f"Throughput ratio attune / Trainer: **{results['speed_ratio']:.2f}×** "
        f"(target ≥ {TARGET_RATIO:.0f}×: {verdict}); "
        f"peak memory ratio: {results['memory_ratio']:.2f}×.",
        "",
        "Per-run examples/s: "
        + "; ".join(
            f"{side} " + ", ".join(f"{r['examples_per_s']:.1f}" for r in results[side]["runs"])
            for side in SIDES
        ),
        "",
        machine_line(results["machine"]),
    ]
    return "\n".join(lines)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="512 examples, one repeat")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--examples", type=int, default=2000)
    parser.add_argument("--threads", type=int, default=THREADS, help="torch threads, both sides")
    parser.add_argument("--name", default="speed", help="results file name")
    parser.add_argument(
        "--attune-set",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="config override for the attune side only (e.g. train.precision=fp32)",
    )
    parser.add_argument(
        "--trainer-bf16", action="store_true", help="give Trainer bf16=True (not its default)"
    )
    parser.add_argument("--child", choices=SIDES, help=argparse.SUPPRESS)
    for name in ("--train", "--validation", "--run-dir", "--out"):
        parser.add_argument(name, type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.child:
        run_child(args)
        return
    examples, repeats = (512, 1) if args.quick else (args.examples, args.repeats)
    folder = RUNS_ROOT / "speed-data"
    train = write_slice(load_clinc("train"), examples, folder / "train")
    # a small validation file: the loop validates once at the end of the epoch, after the
    # throughput is measured; it only has to exist so all the slice is trained on
    validation = write_slice(load_clinc("val"), 150, folder / "validation")
    runs: dict[str, list[dict[str, Any]]] = {side: [] for side in SIDES}
    for repeat in range(repeats):
        order = SIDES if repeat % 2 == 0 else SIDES[::-1]
        for side in order:
            found = spawn(side, repeat, train, validation, args)
            runs[side].append(found)
            print(
                f"[speed] repeat {repeat} {side}: {found['examples_per_s']:.1f} examples/s, "
                f"peak {found['peak_rss_mib']:.0f} MiB",
                flush=True,
            )
    results: dict[str, Any] = {
        "quick": args.quick,
        "machine": {**machine_info(), "torch_threads": args.threads},
        "setup": {
            "examples": examples,
            "repeats": repeats,
            "batch_size": BATCH,
            "lr": LR,
            "attune_overrides": args.attune_set,
            "trainer_bf16": args.trainer_bf16,
        },
        **{side: summarise(runs[side]) for side in SIDES},
    }
    results["speed_ratio"] = (
        results["attune"]["examples_per_s"] / results["trainer"]["examples_per_s"]
    )
    results["memory_ratio"] = results["attune"]["peak_rss_mib"] / results["trainer"]["peak_rss_mib"]
    results["target_ratio"] = TARGET_RATIO
    name = f"{args.name}-quick" if args.quick else args.name
    json_path, md_path = write_results(name, results, render_markdown(results))
    print(render_markdown(results))
    print(f"\nwritten: {json_path} and {md_path}")


if __name__ == "__main__":
    main()
