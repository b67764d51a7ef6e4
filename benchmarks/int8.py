"""Int8 export vs the float32 model it came from (same run): CPU speed and agreement.

Classification: minilm-l6 on CLINC150 — the run quality.py wrote (`quality-clinc150` under
$ATTUNE_BENCH_RUNS) when it is there, else one trained here with a short config. Both
models score the run's test split, pre-tokenised, at batch 1 (a seeded sample) and batch 32
(all of it): examples/s, median of 3 repeats, float32 and int8 alternating; accuracy is
in-scope top-1 without rejection. The int8 model is the one `attune export --quantize int8`
wrote and the serving loader read back.

Chat: smollm2-135m — a tuned run (chat_personalisation*) when one exists, exported the same
way, else the base model quantised in memory. Decode speed: greedy replies of a fixed
length (tokens/s, median of 3). Agreement: `attune.export.check.check_chat` (the source's
greedy replies, teacher-forced through both; share of positions where the argmaxes agree,
and mean KL) on probe prompts.

    python benchmarks/int8.py [--quick] [--threads 1] [--only classify,chat]

Targets: accuracy drop ≤ 0.5 points, batch-32 speed-up ≥ 1.5×, chat agreement ≥ 95 %.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    RUNS_ROOT,
    load_average,
    machine_info,
    machine_line,
    pct,
    read_run_split,
    sample_examples,
    table,
    train_attune,
    write_results,
)

TARGETS = {"accuracy_drop_points": 0.5, "speedup_batch_32": 1.5, "chat_agreement": 0.95}
CHAT_RUNS = ("chat_personalisation-5epochs", "chat_personalisation", "chat_personalisation-persona")
SHORT_CLINC = ["data.per_class_limit=20", "train.epochs=2"]
QUICK_CLINC = ["data.per_class_limit=2", "train.epochs=1"]
SETTINGS = {
    "full": {"batch1": 1000, "test": None, "decode_tokens": 64, "probes": 16, "probe_tokens": 48},
    "quick": {"batch1": 50, "test": 300, "decode_tokens": 16, "probes": 4, "probe_tokens": 16},
}
REPEATS = 3
THREADS = 1
"""One thread by default: the benchmark machine's 2 cores are shared (see README, Threads)."""


def finished(run_dir: Path) -> bool:
    return (run_dir / "config.yaml").is_file() and (run_dir / "model").is_dir()


def timed(work: Callable[[], Any]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def alternate(works: dict[str, Callable[[], Any]]) -> dict[str, list[float]]:
    """Seconds of each work, REPEATS times, alternating (a neighbour's load hits both)."""
    seconds: dict[str, list[float]] = {name: [] for name in works}
    for _ in range(REPEATS):
        for name, work in works.items():
            seconds[name].append(timed(work))
    return seconds


# --- classification ----------------------------------------------------------------------


def clinc_run(quick: bool, threads: int) -> Path:
    """quality.py's CLINC150 run when it exists, else a short one trained here."""
    reused = RUNS_ROOT / "quality-clinc150"
    if finished(reused) and (reused / "data" / "test.jsonl").is_file():
        return reused
    overrides = [*(QUICK_CLINC if quick else SHORT_CLINC), f"train.threads={threads}"]
    print("[int8] no quality-clinc150 run: training a short one ...", flush=True)
    return train_attune("clinc150.yaml", "int8-clinc150", overrides)


def measure_classify(quick: bool, threads: int) -> dict[str, Any]:
    from attune.data.tensors import tokenize_texts
    from attune.export.folder import export_run
    from attune.export.load import load_classifier_for_serving
    from attune.export.merge import load_merged_classifier

    settings = SETTINGS["quick" if quick else "full"]
    run_dir = clinc_run(quick, threads)
    print(f"[int8] classify: exporting {run_dir} as int8 ...", flush=True)
    out = RUNS_ROOT / "int8-clinc150-export"
    info = export_run(run_dir, out, quantize="int8", overwrite=True)
    torch.set_num_threads(threads)  # training and loading may have changed it
    float_model, tokenizer, _ = load_merged_classifier(run_dir / "model")
    served = load_classifier_for_serving(out)
    test = read_run_split(run_dir, "test")
    test = sample_examples(test, settings["test"] or len(test), seed=0)
    ids = tokenize_texts(tokenizer, [e.text for e in test], served.config.data.max_length)
    pad_id = int(tokenizer.pad_token_id or 0)
    models = {"float32": float_model, "int8": served.model}
    result: dict[str, Any] = {"run_dir": str(run_dir), "export": info, "examples": len(test)}
    result["accuracy"] = classify_accuracy(models, ids, pad_id, test, served.labels)
    result["speed"] = classify_speed(models, ids, pad_id, settings["batch1"])
    result["accuracy_drop_points"] = 100 * (
        result["accuracy"]["float32"] - result["accuracy"]["int8"]
    )
    speed = result["speed"]
    for batch in ("1", "32"):
        speed[f"speedup_batch_{batch}"] = (
            speed[batch]["int8"]["examples_per_s"] / speed[batch]["float32"]["examples_per_s"]
        )
    return result


def classify_accuracy(
    models: dict[str, Any], ids: list[list[int]], pad_id: int, test: list[Any], labels: list[str]
) -> dict[str, float]:
    from attune.models.batch_inference import run_classifier

    index = {label: i for i, label in enumerate(labels)}
    truth = torch.tensor([index.get(e.label, -1) for e in test])  # -1: out of scope
    in_scope = truth >= 0
    found = {}
    for name, model in models.items():
        logits, _ = run_classifier(model, ids, pad_id, batch_size=32, use_bf16=False)  # (N, C)
        correct = logits.argmax(dim=1) == truth
        found[name] = float(correct[in_scope].float().mean())
    return found


def classify_speed(
    models: dict[str, Any], ids: list[list[int]], pad_id: int, batch1_examples: int
) -> dict[str, Any]:
    from attune.models.batch_inference import run_classifier

    found: dict[str, Any] = {}
    for batch in (1, 32):
        rows = ids[:batch1_examples] if batch == 1 else ids
        works = {
            name: (lambda m=model, r=rows, b=batch: run_classifier(m, r, pad_id, b))
            for name, model in models.items()
        }
        print(f"[int8] classify: timing batch {batch} on {len(rows)} examples ...", flush=True)
        seconds = alternate(works)
        found[str(batch)] = {
            name: {
                "examples": len(rows),
                "seconds": times,
                "examples_per_s": len(rows) / statistics.median(times),
            }
            for name, times in seconds.items()
        }
    return found


# --- chat --------------------------------------------------------------------------------


def chat_models(threads: int) -> tuple[Any, Any, Any, Path | None, dict[str, Any] | None]:
    """(float32, int8, tokenizer, run or None, export info): a tuned run exported as int8
    when one exists, else the base model quantised in memory."""
    from attune.export.folder import export_run
    from attune.export.load import load_chat_for_serving

    run_dir = next((RUNS_ROOT / n for n in CHAT_RUNS if finished(RUNS_ROOT / n)), None)
    if run_dir is None:
        return (*base_chat_models(), None, None)
    print(f"[int8] chat: exporting {run_dir} as int8 ...", flush=True)
    out = RUNS_ROOT / "int8-chat-export"
    info = export_run(run_dir, out, quantize="int8", overwrite=True)
    torch.set_num_threads(threads)
    float_model, tokenizer = load_chat_for_serving(run_dir)  # merged, float32
    int8_model, _ = load_chat_for_serving(out)
    return float_model, int8_model, tokenizer, run_dir, info


def base_chat_models() -> tuple[Any, Any, Any]:
    import copy

    from attune.export.calibration import calibrate_chat
    from attune.export.quantize import quantize_linears
    from attune.models.load import load_causal_lm, load_tokenizer

    float_model = load_causal_lm("smollm2-135m").eval()
    tokenizer = load_tokenizer("smollm2-135m")
    int8_model = copy.deepcopy(float_model)
    # A folder without data: calibration falls back to attune's general conversations.
    input_max, _ = calibrate_chat(int8_model, tokenizer, RUNS_ROOT / "int8-no-run")
    quantize_linears(int8_model, input_max)
    return float_model, int8_model.eval(), tokenizer


def measure_chat(quick: bool, threads: int) -> dict[str, Any]:
    from attune.export.check import BUILT_IN_PROMPTS, check_chat, probe_prompts

    settings = SETTINGS["quick" if quick else "full"]
    float_model, int8_model, tokenizer, run_dir, info = chat_models(threads)
    if run_dir is not None:
        prompts, origin = probe_prompts(run_dir, settings["probes"])
    else:
        chosen = BUILT_IN_PROMPTS[: settings["probes"]]
        prompts, origin = [[{"role": "user", "content": p}] for p in chosen], "built-in"
    print(f"[int8] chat: agreement on {len(prompts)} prompts ...", flush=True)
    agreement = check_chat(float_model, int8_model, tokenizer, prompts, settings["probe_tokens"])
    tokens = settings["decode_tokens"]
    prompt = prompts[0]
    works = {
        "float32": lambda: decode(float_model, tokenizer, prompt, tokens),
        "int8": lambda: decode(int8_model, tokenizer, prompt, tokens),
    }
    print(f"[int8] chat: timing {tokens}-token greedy replies ...", flush=True)
    seconds = alternate(works)
    speed = {
        name: {"tokens": tokens, "seconds": t, "tokens_per_s": tokens / statistics.median(t)}
        for name, t in seconds.items()
    }
    return {
        "model": "smollm2-135m",
        "run_dir": str(run_dir) if run_dir else None,
        "export": info,
        "agreement": {**agreement, "prompts_from": origin},
        "decode": speed,
        "decode_speedup": speed["int8"]["tokens_per_s"] / speed["float32"]["tokens_per_s"],
    }


@torch.inference_mode()
def decode(model: Any, tokenizer: Any, messages: list[dict[str, str]], tokens: int) -> None:
    """A greedy reply of exactly `tokens` new tokens (end-of-turn ignored)."""
    from attune.models.generate import encode_prompt

    ids = torch.tensor([encode_prompt(tokenizer, messages)])  # (1, T)
    model.generate(
        input_ids=ids,
        attention_mask=torch.ones_like(ids),
        max_new_tokens=tokens,
        min_new_tokens=tokens,
        do_sample=False,
        pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id,
    )


# --- results -----------------------------------------------------------------------------


def targets_met(results: dict[str, Any]) -> dict[str, bool]:
    met = {}
    if "classify" in results:
        found = results["classify"]
        met["accuracy_drop"] = found["accuracy_drop_points"] <= TARGETS["accuracy_drop_points"]
        met["speedup_batch_32"] = found["speed"]["speedup_batch_32"] >= TARGETS["speedup_batch_32"]
    if "chat" in results:
        agreement = results["chat"]["agreement"]["greedy_agreement"]
        met["chat_agreement"] = agreement >= TARGETS["chat_agreement"]
    return met


def render_markdown(results: dict[str, Any]) -> str:
    lines = ["# Int8 export vs float32 (same run, CPU)", ""]
    if results["quick"]:
        lines += ["**Quick run** (small slices, short replies): a smoke test, not a result.", ""]
    if "classify" in results:
        lines += render_classify(results["classify"])
    if "chat" in results:
        lines += render_chat(results["chat"])
    met = results.get("targets_met", {})
    lines += [
        "Targets: accuracy drop ≤ 0.5 points, batch-32 speed-up ≥ 1.5×, chat agreement ≥ 95 %: "
        + ", ".join(f"{k} {'met' if v else 'NOT met'}" for k, v in met.items())
        + ".",
        "",
        f"Load average before / after: {results['load_before']} / {results.get('load_after')}.",
        "",
        machine_line(results["machine"]),
    ]
    return "\n".join(lines)


def render_classify(found: dict[str, Any]) -> list[str]:
    speed, accuracy = found["speed"], found["accuracy"]
    rows = [
        [
            name,
            pct(accuracy[name]),
            f"{speed['1'][name]['examples_per_s']:.1f}",
            f"{speed['32'][name]['examples_per_s']:.1f}",
        ]
        for name in ("float32", "int8")
    ]
    sizes = found["export"]["sizes"]
    return [
        f"## Classification: minilm-l6 on CLINC150 ({found['examples']} test examples)",
        "",
        table(["model", "accuracy (in scope)", "examples/s, batch 1", "batch 32"], rows),
        "",
        f"Accuracy drop: {found['accuracy_drop_points']:.2f} points. Speed-up: "
        f"{speed['speedup_batch_1']:.2f}× at batch 1 ({speed['1']['int8']['examples']} "
        f"examples), {speed['speedup_batch_32']:.2f}× at batch 32. model/ on disk: "
        f"{sizes['source_model_bytes'] / 1e6:.1f} MB → {sizes['export_model_bytes'] / 1e6:.1f} MB.",
        "",
    ]


def render_chat(found: dict[str, Any]) -> list[str]:
    decode_speed, agreement = found["decode"], found["agreement"]
    rows = [[n, f"{decode_speed[n]['tokens_per_s']:.1f}"] for n in ("float32", "int8")]
    source = found["run_dir"] or "the base model (no tuned run found)"
    return [
        f"## Chat: smollm2-135m — {source}",
        "",
        table(["model", f"decode tokens/s ({decode_speed['int8']['tokens']}-token replies)"], rows),
        "",
        f"Decode speed-up: {found['decode_speedup']:.2f}×. Greedy agreement: "
        f"{pct(agreement['greedy_agreement'])} of {agreement['positions']} positions "
        f"({agreement['prompts']} prompts, {agreement['prompts_from']}); mean KL "
        f"{agreement['mean_kl']:.4f}.",
        "",
    ]


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small slices: a smoke test")
    parser.add_argument("--only", default="classify,chat", help="classify, chat or both")
    parser.add_argument("--threads", type=int, default=THREADS, help="torch CPU threads")
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    parts = [p.strip() for p in args.only.split(",") if p.strip()]
    if set(parts) - {"classify", "chat"}:
        raise SystemExit(f"--only takes classify and/or chat, got {args.only!r}")
    torch.set_num_threads(args.threads)
    name = "int8-quick" if args.quick else "int8"
    results: dict[str, Any] = {
        "quick": args.quick,
        "machine": machine_info(),
        "targets": TARGETS,
        "load_before": load_average(),
    }
    if "classify" in parts:
        results["classify"] = measure_classify(args.quick, args.threads)
    if "chat" in parts:
        results["chat"] = measure_chat(args.quick, args.threads)
    results["load_after"] = load_average()
    results["targets_met"] = targets_met(results)
    markdown = render_markdown(results)
    json_path, md_path = write_results(name, results, markdown)
    print(markdown)
    print(f"\nwritten: {json_path} and {md_path}")


if __name__ == "__main__":
    main()
