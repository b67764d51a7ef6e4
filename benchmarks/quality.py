"""Quality: attune (minilm-l6, full fine-tune) against TF-IDF + logistic regression.

CLINC150 (150 intents + out-of-scope), BANKING77 (77 intents) and SST-2 (sentiment),
each trained with its config in configs/. The baseline learns from exactly the examples
attune trained on (the run's data/train.jsonl) and is scored on the same test split;
its out-of-scope threshold is chosen on the same validation split, by the same rule
(`attune.eval.ood.choose_threshold`) and the same `eval.in_scope_target`.

    python benchmarks/quality.py [--quick] [--only clinc150,banking77] [--set train.lr=1e-4]
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    RUNS_ROOT,
    Scored,
    TfidfBaseline,
    load_labelled_split,
    machine_info,
    machine_line,
    out_of_scope_curve,
    pct,
    read_json,
    read_run_split,
    table,
    texts_labels,
    train_attune,
    write_results,
    write_slice,
)

DATASETS = {"clinc150": "clinc150.yaml", "banking77": "banking77.yaml", "sst2": "sst2.yaml"}
TARGETS = {"in_scope_accuracy": 0.96, "oos_recall": 0.70, "in_scope_accuracy_rejecting": 0.94}
CURVE_TARGETS = [0.90, 0.93, 0.95, 0.97, 0.99]
QUICK_PER_CLASS = {"clinc150": 2, "banking77": 4, "sst2": 150}
QUICK_EVAL = 300
THREADS = 1
"""One thread by default: on a shared 2-core machine, 2 OpenMP threads stall at every
barrier whenever another process holds a core (15x slower measured); 1 thread does not."""


def quick_overrides(name: str, config: str) -> list[str]:
    """Tiny slices for a smoke run: a few examples per class, 300 to validate and test on."""
    from attune.config import load_config

    cfg = load_config(Path(__file__).resolve().parent.parent / "configs" / config)
    found = [f"data.per_class_limit={QUICK_PER_CLASS[name]}", "train.epochs=1"]
    # every file rewritten as {"text", "label"} JSONL: validation and test cut to QUICK_EVAL
    for split in ("train", "validation", "test"):
        spec = getattr(cfg.data, split)
        if spec is None:
            continue
        examples = load_labelled_split(spec, cfg.data.text_field, cfg.data.label_field)
        size = len(examples) if split == "train" else QUICK_EVAL
        path = write_slice(examples, size, RUNS_ROOT / "quick-data" / f"{name}-{split}")
        found.append(f"data.{split}={path}")
    return [*found, "data.text_field=text", "data.label_field=label"]


def score_attune(run_dir: Path, examples: list[Any]) -> Scored:
    """attune's predictions and out-of-scope scores (its saved detector) on `examples`."""
    import numpy as np

    from attune.eval.scoring import load_classifier_run

    run = load_classifier_run(run_dir)
    index = {label: i for i, label in enumerate(run.labels)}
    probs, features = run.score([e.text for e in examples])
    truth = np.array([index.get(e.label, -1) for e in examples])
    return Scored(probs.argmax(axis=1), truth, run.detector.score(probs, features))


def measure_dataset(name: str, overrides: list[str]) -> dict[str, Any]:
    """Train attune and the baseline on one dataset; both scored on its test split."""
    started = time.perf_counter()
    run_dir = train_attune(DATASETS[name], f"quality-{name}", overrides)
    train_seconds = time.perf_counter() - started
    report = read_json(run_dir / "eval" / "report.json")
    train, validation, test = (read_run_split(run_dir, s) for s in ("train", "validation", "test"))
    baseline = TfidfBaseline().fit(*texts_labels(train))
    result: dict[str, Any] = {
        "run_dir": str(run_dir),
        "overrides": overrides,
        "examples": {"train": len(train), "validation": len(validation), "test": len(test)},
        "attune": {
            "accuracy": report["accuracy"],
            "macro_f1": report["macro_f1"],
            "train_and_eval_seconds": round(train_seconds, 1),
        },
        "baseline": {**baseline.accuracy(test), "fit_seconds": round(baseline.fit_seconds, 1)},
    }
    result["accuracy_ratio"] = result["attune"]["accuracy"] / result["baseline"]["accuracy"]
    if "out_of_scope" in report:
        result["in_scope_target"] = run_in_scope_target(run_dir)
        result["attune"]["out_of_scope"] = pick_oos(report["out_of_scope"])
        base_val, base_test = baseline.scored(validation), baseline.scored(test)
        configured = out_of_scope_curve(base_val, base_test, [result["in_scope_target"]])
        result["baseline"]["out_of_scope"] = pick_oos(configured[0])
        attune_val, attune_test = score_attune(run_dir, validation), score_attune(run_dir, test)
        result["curves"] = {
            "attune": out_of_scope_curve(attune_val, attune_test, CURVE_TARGETS),
            "baseline": out_of_scope_curve(base_val, base_test, CURVE_TARGETS),
        }
    return result


def run_in_scope_target(run_dir: Path) -> float:
    from attune.runs import load_run_config

    return load_run_config(run_dir).eval.in_scope_target


def pick_oos(section: dict[str, Any]) -> dict[str, Any]:
    keys = ("in_scope_accuracy", "recall", "precision", "threshold", "auroc")
    return {k: section.get(k) for k in keys}


def check_targets(clinc: dict[str, Any]) -> dict[str, Any]:
    """CLINC150 targets: in-scope accuracy ≥ 96 %; OOS recall ≥ 70 % while in-scope accuracy
    with rejection stays ≥ 94 % — at the configured target, and at any point of the curve."""
    oos = clinc["attune"]["out_of_scope"]

    def meets(point: dict[str, Any]) -> bool:
        return bool(
            point["recall"] >= TARGETS["oos_recall"]
            and point["in_scope_accuracy"] >= TARGETS["in_scope_accuracy_rejecting"]
        )

    return {
        "in_scope_accuracy": clinc["attune"]["accuracy"] >= TARGETS["in_scope_accuracy"],
        "out_of_scope_at_configured_target": meets(oos),
        "out_of_scope_curve_points_meeting": [
            p["in_scope_target"] for p in clinc["curves"]["attune"] if meets(p)
        ],
    }


def render_markdown(results: dict[str, Any]) -> str:
    """The results as a page: one table of accuracies, then CLINC150's out-of-scope detail."""
    lines = ["# Quality: attune vs TF-IDF + logistic regression", ""]
    if results["quick"]:
        lines += ["**Quick run** (tiny slices, 1 epoch): a smoke test, not a result.", ""]
    rows = []
    for name, found in results["datasets"].items():
        a, b = found["attune"], found["baseline"]
        rows.append(
            [
                name,
                str(found["examples"]["train"]),
                pct(a["accuracy"]),
                pct(a["macro_f1"]),
                pct(b["accuracy"]),
                pct(b["macro_f1"]),
                f"{found['accuracy_ratio']:.3f}",
            ]
        )
    header = ["dataset", "train", "attune acc", "attune F1", "baseline acc", "baseline F1"]
    lines += [table([*header, "ratio"], rows), ""]
    lines += ["Accuracy and macro-F1 on the in-scope test examples, no rejection.", ""]
    clinc = results["datasets"].get("clinc150")
    if clinc and "curves" in clinc:
        lines += render_out_of_scope(clinc, results.get("targets_met", {}))
    lines += ["", machine_line(results["machine"])]
    return "\n".join(lines)


def render_out_of_scope(clinc: dict[str, Any], met: dict[str, Any]) -> list[str]:
    lines = [
        "## CLINC150 out-of-scope (threshold chosen on val + oos_val, reported on test + oos_test)",
        "",
        f"Configured `eval.in_scope_target`: {clinc['in_scope_target']}.",
        "",
    ]
    rows = []
    for who in ("attune", "baseline"):
        for point in clinc["curves"][who]:
            rows.append(
                [
                    who,
                    f"{point['in_scope_target']:.2f}",
                    pct(point["in_scope_accuracy"]),
                    pct(point["recall"]),
                    pct(point["precision"]),
                    f"{point['auroc']:.3f}" if point["auroc"] is not None else "—",
                ]
            )
    header = ["model", "in-scope target", "in-scope acc (rejecting)", "OOS recall", "OOS precision"]
    lines += [table([*header, "AUROC"], rows), ""]
    lines += [
        "attune scores with its Mahalanobis detector; the baseline with 1 − max probability.",
        "",
        f"Targets: in-scope accuracy ≥ 96 %: {'met' if met.get('in_scope_accuracy') else 'NOT met'}"
        f"; OOS recall ≥ 70 % at in-scope accuracy (rejecting) ≥ 94 %: "
        f"{'met' if met.get('out_of_scope_at_configured_target') else 'NOT met'} at the "
        f"configured target; curve points meeting both: "
        f"{met.get('out_of_scope_curve_points_meeting') or 'none'}.",
    ]
    return lines


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="tiny slices, 1 epoch: smoke test")
    parser.add_argument("--only", default=",".join(DATASETS), help="comma-separated datasets")
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="config override"
    )
    parser.add_argument("--name", default="quality", help="results file name")
    parser.add_argument("--threads", type=int, default=THREADS, help="torch CPU threads")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    names = [n.strip() for n in args.only.split(",") if n.strip()]
    unknown = sorted(set(names) - set(DATASETS))
    if unknown:
        raise SystemExit(f"unknown dataset(s) {unknown}; choose from {list(DATASETS)}")
    torch.set_num_threads(args.threads)
    name = f"{args.name}-quick" if args.quick else args.name
    results: dict[str, Any] = {"quick": args.quick, "machine": machine_info(), "datasets": {}}
    for dataset in names:
        overrides = quick_overrides(dataset, DATASETS[dataset]) if args.quick else []
        overrides += [f"train.threads={args.threads}", *args.set]
        print(f"[quality] {dataset}: training attune and the baseline ...", flush=True)
        found = measure_dataset(dataset, overrides)
        results["datasets"][dataset] = found
        print(
            f"[quality] {dataset}: attune {pct(found['attune']['accuracy'])}, baseline "
            f"{pct(found['baseline']['accuracy'])}, ratio {found['accuracy_ratio']:.3f}",
            flush=True,
        )
        if dataset == "clinc150":
            results["targets"] = TARGETS
            results["targets_met"] = check_targets(found)
        # written after each dataset, so a long run that is stopped keeps what it finished
        json_path, md_path = write_results(name, results, render_markdown(results))
    print(render_markdown(results))
    print(f"\nwritten: {json_path} and {md_path}")


if __name__ == "__main__":
    main()
