"""minilm-l6 fine-tuned on a small CLINC150 slice through `attune train`: far above chance.

Marked `real`: it reads the embedded MiniLM and ../shared/data (skipped when absent).
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import pytest
import torch

from attune.cli import main

pytestmark = pytest.mark.real

CLINC = Path(__file__).resolve().parents[3] / "shared" / "data" / "clinc150" / "data_full.json"
# Ten intents with near neighbours among them (alarm / timer / reminder, bill_due / pay_bill,
# balance / transfer), so the nearest-centroid start is not already perfect.
INTENTS = [
    "alarm",
    "timer",
    "reminder",
    "bill_due",
    "pay_bill",
    "balance",
    "transfer",
    "book_flight",
    "weather",
    "translate",
]
TRAIN_PER_INTENT, VAL_PER_INTENT, TEST_PER_INTENT, OOS = 20, 5, 10, 20


def write_slice(path: Path, pairs: list[list[str]], per_intent: int, oos: list[list[str]]) -> Path:
    """The first `per_intent` examples of each chosen intent, plus out-of-scope ones."""
    counts = dict.fromkeys(INTENTS, 0)
    rows = []
    for text, label in pairs:
        if label in counts and counts[label] < per_intent:
            counts[label] += 1
            rows.append({"text": text, "label": label})
    rows += [{"text": text, "label": "oos"} for text, _ in oos]
    random.Random(0).shuffle(rows)
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture
def clinc_slice(tmp_path: Path) -> dict[str, Path]:
    if not CLINC.is_file():
        pytest.skip(f"CLINC150 is not at {CLINC}")
    data = json.loads(CLINC.read_text(encoding="utf-8"))
    return {
        "train": write_slice(tmp_path / "train.jsonl", data["train"], TRAIN_PER_INTENT, []),
        "validation": write_slice(
            tmp_path / "val.jsonl", data["val"], VAL_PER_INTENT, data["oos_val"][:OOS]
        ),
        "test": write_slice(
            tmp_path / "test.jsonl", data["test"], TEST_PER_INTENT, data["oos_test"][:OOS]
        ),
    }


@pytest.mark.parametrize(("method", "lr"), [("full", "5.0e-5"), ("lora", "5.0e-4")])
def test_minilm_on_a_clinc_slice(
    clinc_slice: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    lr: str,
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    config = tmp_path / "clinc.yaml"
    config.write_text(
        "task: classify\nmodel: minilm-l6\n"
        f"output_dir: {tmp_path / 'run'}\n"
        "data:\n"
        f"  train: {clinc_slice['train']}\n"
        f"  validation: {clinc_slice['validation']}\n"
        f"  test: {clinc_slice['test']}\n"
        "  max_length: 32\n"
        f"train:\n  method: {method}\n  epochs: 3\n  lr: {lr}\n  batch_size: 16\n  seed: 0\n"
        # One thread: on 2 shared cores, 2 threads contending with another process run a
        # MiniLM step 10-20x slower (OpenMP threads spin waiting for each other).
        "  threads: 1\n",
        encoding="utf-8",
    )
    threads = torch.get_num_threads()
    started = time.perf_counter()
    try:
        assert main(["train", str(config), "--quiet"]) == 0
    finally:
        torch.set_num_threads(threads)
    elapsed = time.perf_counter() - started
    report = json.loads((tmp_path / "run" / "eval" / "report.json").read_text())
    assert report["num_examples"] == len(INTENTS) * TEST_PER_INTENT
    # 10 intents: chance is 0.1.
    summary = f"{method}: {elapsed:.0f} s, accuracy {report['accuracy']:.3f}"
    assert report["accuracy"] >= 0.8 and report["macro_f1"] >= 0.8, summary
    base, tuned = report["comparison"]["base"], report["comparison"]["tuned"]
    assert tuned["accuracy"] >= base["accuracy"] - 0.05  # fine-tuning did not hurt
    oos = report["out_of_scope"]
    assert oos["auroc"] > 0.7  # out-of-scope requests score apart from in-scope ones
    history = json.loads((tmp_path / "run" / "history.json").read_text())
    assert len(history) == 3 and history[-1]["train_loss"] < history[0]["train_loss"]
    if method == "lora":
        assert (tmp_path / "run" / "model" / "adapter").is_dir()
        assert json.loads((tmp_path / "run" / "model" / "base.json").read_text()) == {
            "model": "minilm-l6"
        }
