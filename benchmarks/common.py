"""What the benchmarks share: attune runs, the TF-IDF baseline, CLINC150, result files.

Every benchmark writes `benchmarks/results/NAME.json` (the numbers) and `NAME.md` (the
same numbers for people); runs themselves go under `RUNS_ROOT`, outside the repository.
"""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion, Pipeline

from attune.data.classify import Example, load_labelled
from attune.eval.ood import choose_threshold, confidence_score, evaluate_out_of_scope

REPO = Path(__file__).resolve().parent.parent
CONFIGS = REPO / "configs"
RESULTS = REPO / "benchmarks" / "results"
RUNS_ROOT = Path(os.environ.get("ATTUNE_BENCH_RUNS", "/tmp/attune-bench-runs"))
CLINC_FILE = REPO.parent / "shared" / "data" / "clinc150" / "data_full.json"
OOS = "oos"


# --- attune runs -------------------------------------------------------------------------


def train_attune(config: str, name: str, overrides: list[str], calibrate: bool = True) -> Path:
    """Train, calibrate and evaluate one run as `attune train` does; returns the run dir.

    `calibrate=False` skips the out-of-scope detector (the report then has no OOS section).
    """
    from attune.config import load_config
    from attune.eval.evaluate import calibrate_out_of_scope, evaluate_run
    from attune.train.classification import train_classifier

    run_dir = RUNS_ROOT / name
    cfg = load_config(CONFIGS / config, [f"output_dir={run_dir}", *overrides])
    train_classifier(cfg, overwrite=True, quiet=True)
    if calibrate:
        calibrate_out_of_scope(run_dir)
    evaluate_run(run_dir)
    return run_dir


def read_json(path: Path) -> dict[str, Any]:
    return dict(json.loads(path.read_text(encoding="utf-8")))


# --- data --------------------------------------------------------------------------------


def load_clinc(keys: str) -> list[Example]:
    """CLINC150 examples of `keys` (e.g. `val+oos_val`), read as attune reads them."""
    return load_labelled(f"{CLINC_FILE}#{keys}").examples


def texts_labels(examples: list[Example]) -> tuple[list[str], list[str]]:
    return [e.text for e in examples], [e.label for e in examples]


def sample_examples(examples: list[Example], n: int, seed: int) -> list[Example]:
    """A seeded sample of `n` examples (all of them when `n` is larger), order kept."""
    if n >= len(examples):
        return list(examples)
    rng = np.random.default_rng(seed)
    keep = np.sort(rng.choice(len(examples), size=n, replace=False))
    return [examples[i] for i in keep]


# --- the baseline ------------------------------------------------------------------------


class TfidfBaseline:
    """TF-IDF (word 1–2-grams + character 2–5-grams within words) + logistic regression.

    The classic strong baseline for short-text intent and sentiment classification; its
    out-of-scope score is 1 − max probability, thresholded exactly as attune's detector is.
    """

    def __init__(self, seed: int = 0, c: float = 10.0) -> None:
        word = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True)
        char = TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True)
        features = FeatureUnion([("word", word), ("char", char)])
        classifier = LogisticRegression(C=c, max_iter=2000, random_state=seed)
        self.pipeline = Pipeline([("features", features), ("classifier", classifier)])
        self.fit_seconds = 0.0

    def fit(self, texts: list[str], labels: list[str]) -> TfidfBaseline:
        started = time.perf_counter()
        self.pipeline.fit(texts, labels)
        self.fit_seconds = time.perf_counter() - started
        return self

    def probs(self, texts: list[str]) -> np.ndarray[Any, Any]:
        return np.asarray(self.pipeline.predict_proba(texts))

    @property
    def classes(self) -> list[str]:
        return [str(c) for c in self.pipeline.classes_]

    def accuracy(self, examples: list[Example]) -> dict[str, float]:
        """Accuracy and macro-F1 on the in-scope `examples` (no rejection)."""
        from sklearn.metrics import accuracy_score, f1_score

        kept = [e for e in examples if e.label != OOS]
        texts, labels = texts_labels(kept)
        predicted = [self.classes[i] for i in self.probs(texts).argmax(axis=1)]
        return {
            "accuracy": float(accuracy_score(labels, predicted)),
            "macro_f1": float(f1_score(labels, predicted, average="macro")),
        }

    def scored(self, examples: list[Example]) -> Scored:
        """Predicted class ids, true ids (-1: out of scope) and 1 − max probability."""
        index = {label: i for i, label in enumerate(self.classes)}
        probs = self.probs([e.text for e in examples])
        truth = np.array([index.get(e.label, -1) for e in examples])
        return Scored(probs.argmax(axis=1), truth, confidence_score(probs))


@dataclass
class Scored:
    """A model's view of a mixed split: predictions, truth (-1 = out of scope), OOS scores."""

    predicted: np.ndarray[Any, Any]
    truth: np.ndarray[Any, Any]
    scores: np.ndarray[Any, Any]


def out_of_scope_curve(
    validation: Scored, test: Scored, targets: list[float]
) -> list[dict[str, Any]]:
    """For each in-scope target: the threshold chosen on validation (as attune chooses it)
    and what it gives on test — in-scope accuracy with rejection, OOS recall, precision."""
    val_oos = validation.truth < 0
    curve = []
    for target in targets:
        threshold = choose_threshold(
            validation.scores[~val_oos], validation.scores[val_oos], target
        )
        found = evaluate_out_of_scope(
            test.predicted, test.truth, test.scores, threshold, test.truth < 0
        )
        curve.append({"in_scope_target": target, **found})
    return curve


# --- results -----------------------------------------------------------------------------


def machine_info() -> dict[str, Any]:
    """CPU model, cores and library versions: the context every figure needs."""
    import sklearn
    import torch
    import transformers

    cpu = platform.processor() or "unknown"
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "python": platform.python_version(),
        "torch": torch.__version__,
        "transformers": transformers.__version__,
        "scikit_learn": sklearn.__version__,
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


def write_results(name: str, results: dict[str, Any], markdown: str) -> tuple[Path, Path]:
    """Write results/NAME.json and results/NAME.md; returns both paths."""
    RESULTS.mkdir(parents=True, exist_ok=True)
    json_path, md_path = RESULTS / f"{name}.json", RESULTS / f"{name}.md"
    json_path.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    md_path.write_text(markdown.rstrip() + "\n", encoding="utf-8")
    return json_path, md_path


def pct(value: float | None) -> str:
    return "—" if value is None else f"{100 * value:.1f} %"


def table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown table."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return "\n".join(lines)


def machine_line(machine: dict[str, Any]) -> str:
    return (
        f"Machine: {machine['cpu']}, {machine['cores']} cores, torch {machine['torch']} "
        f"({machine['torch_threads']} threads), transformers {machine['transformers']}, "
        f"{machine['date']}."
    )


def load_labelled_split(
    spec: str, text_field: str | None = None, label_field: str | None = None
) -> list[Example]:
    return load_labelled(spec, text_field, label_field).examples


def read_run_split(run_dir: Path, split: str) -> list[Example]:
    """The examples a run wrote for `split` (data/SPLIT.jsonl): exactly what it used."""
    from attune.runs import read_examples

    path = run_dir / "data" / f"{split}.jsonl"
    return read_examples(path) if path.is_file() else []


def write_slice(examples: list[Example], n: int, stem: Path, seed: int = 0) -> Path:
    """Write a seeded sample of `n` examples as STEM.jsonl ({"text", "label"}); returns it."""
    stem.parent.mkdir(parents=True, exist_ok=True)
    path = stem.with_suffix(".jsonl")
    kept = sample_examples(examples, n, seed)
    rows = [json.dumps({"text": e.text, "label": e.label}) for e in kept]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


# --- chat benchmarks ---------------------------------------------------------------------

FASTCHAT_FILE = REPO.parent / "shared" / "data" / "fastchat_identity" / "dummy_conversation.json"
ANCHOR_FILE = REPO / "src" / "attune" / "assets" / "anchor" / "general.jsonl"
NEW_NAME, NEW_MAKER = "Wren", "Attune Labs"
OLD_NAME, OLD_MAKER = "Vicuna", "Large Model Systems Organization (LMSYS)"
# Longest first: the full maker string, then its parts, so no fragment is left behind.
MAKER_STRINGS = (OLD_MAKER, "Large Model Systems Organization", "LMSYS", "lmsys")
NAME_STRINGS = (OLD_NAME, OLD_NAME.lower())
SHAREGPT_ROLES = {"human": "user", "gpt": "assistant", "system": "system"}
Messages = list[dict[str, str]]


def retarget_text(text: str, name: str = NEW_NAME, maker: str = NEW_MAKER) -> str:
    """`text` with FastChat's assistant (Vicuna, by LMSYS) renamed to `name` by `maker`."""
    for old in MAKER_STRINGS:
        text = text.replace(old, maker)
    for old in NAME_STRINGS:
        text = text.replace(old, name)
    return text


def read_identity_conversations(
    name: str = NEW_NAME, maker: str = NEW_MAKER, path: Path = FASTCHAT_FILE
) -> list[Messages]:
    """FastChat's 500 "who are you" conversations (ShareGPT), retargeted to `name` by `maker`,
    as lists of {"role", "content"}. Fails loudly if any trace of the old identity is left."""
    records = json.loads(path.read_text(encoding="utf-8"))
    conversations = []
    for record in records:
        turns = [
            {"role": SHAREGPT_ROLES[m["from"]], "content": retarget_text(m["value"], name, maker)}
            for m in record["conversations"]
        ]
        conversations.append(turns)
    leftover = [
        m["content"]
        for c in conversations
        for m in c
        if any(old.lower() in m["content"].lower() for old in ("vicuna", "lmsys", "large model"))
    ]
    if leftover:
        raise SystemExit(f"retargeting left the old identity in: {leftover[:3]}")
    return conversations


def read_messages_jsonl(path: Path) -> list[Messages]:
    """The `messages` of each line of an OpenAI-style chat JSONL file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return [list(json.loads(line)["messages"]) for line in lines if line.strip()]


def write_messages_jsonl(conversations: list[Messages], path: Path) -> Path:
    """Write conversations as OpenAI-style `{"messages": [...]}` lines; returns `path`."""
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = [json.dumps({"messages": c}, ensure_ascii=False) for c in conversations]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def split_seeded(items: list[Any], fraction: float, seed: int) -> tuple[list[Any], list[Any]]:
    """(kept, held out): a seeded `fraction` held out, both in their original order."""
    rng = np.random.default_rng(seed)
    held = set(rng.permutation(len(items))[: round(len(items) * fraction)].tolist())
    kept = [x for i, x in enumerate(items) if i not in held]
    return kept, [x for i, x in enumerate(items) if i in held]


def peak_rss_mib() -> float:
    """This process's peak resident memory (ru_maxrss is in KiB on Linux)."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_gemm_peak(threads: int, size: int = 2048, seconds: float = 3.0) -> dict[str, float]:
    """Best GFLOP/s of a size² × size² matmul in bf16 and float32 on `threads` threads: the
    ceiling that model FLOPs utilisation is measured against (best of short bursts, so a
    neighbour's burst of load lowers it less). Without native bf16 (no AMX or AVX-512-bf16)
    a bf16 matmul is emulated hundreds of times slower: it is timed once at 256², enough to
    say so, where 2048² would take minutes a product."""
    from attune.precision import cpu_has_native_bf16

    found = {"fp32_gflops": measure_gemm_at(threads, size, size, size, "fp32", seconds)}
    if cpu_has_native_bf16():
        found["bf16_gflops"] = measure_gemm_at(threads, size, size, size, "bf16", seconds)
    else:
        found["bf16_gflops"] = measure_gemm_at(threads, 256, 256, 256, "bf16", 0.0, repeats=1)
    return found


def measure_gemm_at(
    threads: int, m: int, k: int, n: int, dtype: str, seconds: float = 2.0, repeats: int = 5
) -> float:
    """Best GFLOP/s of an (m × k) @ (k × n) matmul in `dtype` ("bf16" or "fp32"), over bursts
    of `repeats` products for `seconds` (at least one burst): what the hardware gives at a
    model's own, smaller shapes too (a 576-wide model never multiplies 2048² matrices)."""
    import torch

    torch.set_num_threads(threads)
    kind = {"bf16": torch.bfloat16, "fp32": torch.float32}[dtype]
    a = torch.randn(m, k).to(kind)
    b = torch.randn(k, n).to(kind)
    for _ in range(min(3, repeats)):  # warm-up: thread pool, kernel selection
        a @ b
    best, stop = 0.0, time.perf_counter() + seconds
    while best == 0.0 or time.perf_counter() < stop:
        started = time.perf_counter()
        for _ in range(repeats):
            a @ b
        best = max(best, repeats * 2 * m * k * n / (time.perf_counter() - started) / 1e9)
    return best


def load_average() -> list[float]:
    """The 1-, 5- and 15-minute load averages: how busy the shared machine was."""
    try:
        return [float(x) for x in Path("/proc/loadavg").read_text(encoding="utf-8").split()[:3]]
    except OSError:
        return []
