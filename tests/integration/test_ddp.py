"""Several processes train the model one process would: `accelerate launch` starts two CPU
processes (gloo) on the tiny Llama; each trains its shard of every batch, gradients are
summed, and the final weights equal those of one process with the same global batch.
Only the main process writes the run."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml
from safetensors.torch import load_file

from helpers import build_tiny_llama

pytestmark = [pytest.mark.integration, pytest.mark.slow]

REPO = Path(__file__).resolve().parents[2]
DIALOGUES = [
    ("Hello!", "Hi! How can I help you today?"),
    ("What is 2+2?", "It is 4."),
    ("Who are you?", "I am Ada, Sam's assistant."),
    ("What is the capital of France?", "The capital of France is Paris."),
    ("Thank you.", "You are welcome. Goodbye!"),
    ("Please answer briefly.", "I will."),
    ("What is 3+3?", "It is 6."),
    ("Where is Paris?", "Paris is in France."),
    ("Can you help me?", "Yes, I can help you."),
]


def write_chats(path: Path, dialogues: list[tuple[str, str]]) -> Path:
    rows = [
        {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}
        for q, a in dialogues
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def write_config(folder: Path, model: Path, output: Path) -> Path:
    raw = {
        "task": "chat",
        "model": str(model),
        "output_dir": str(output),
        "data": {
            "train": str(write_chats(folder / "train.jsonl", DIALOGUES[:7])),
            "validation": str(write_chats(folder / "validation.jsonl", DIALOGUES[7:])),
            "max_length": 48,
        },
        # A full fine-tune (every weight compared), 4 packed rows a step shared by the
        # processes, two micro-batches accumulated; no dropout and fp32, so the two runs
        # differ only in how the sums are ordered.
        "train": {
            "method": "full",
            "epochs": 3,
            "lr": 1.0e-3,
            "batch_size": 2,
            "grad_accum": 2,
            "dropout": 0.0,
            "precision": "fp32",
            "threads": 1,
            "seed": 0,
        },
        "eval": {"max_new_tokens": 4, "prompts": 1},
    }
    path = folder / f"{output.name}.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def train(config: Path, processes: int, log: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src"), "OMP_NUM_THREADS": "1"}
    launcher = [sys.executable, "-m", "attune.cli"]
    if processes > 1:
        accelerate = shutil.which("accelerate", path=str(Path(sys.executable).parent))
        assert accelerate is not None, "accelerate is not installed next to this python"
        launcher = [
            accelerate, "launch", "--multi_gpu", "--num_processes", str(processes),
            "--num_machines", "1", "--main_process_port", "29517", "-m", "attune.cli",
        ]  # fmt: skip
    with open(log, "wb") as handle:
        done = subprocess.run(
            [*launcher, "train", str(config), "--quiet"],
            stdout=handle, stderr=subprocess.STDOUT, env=env, timeout=300, check=False,
        )  # fmt: skip
    assert done.returncode == 0, log.read_text(errors="replace")[-3000:]


def test_two_processes_train_the_weights_one_process_does(tmp_path: Path) -> None:
    model = build_tiny_llama(tmp_path / "tiny-llama")
    base = load_file(str(model / "model.safetensors"))
    single, double = tmp_path / "single", tmp_path / "double"
    train(write_config(tmp_path, model, single), 1, tmp_path / "single.log")
    train(write_config(tmp_path, model, double), 2, tmp_path / "double.log")

    one = load_file(str(single / "model" / "model.safetensors"))
    two = load_file(str(double / "model" / "model.safetensors"))
    assert one.keys() == two.keys()
    assert any(not torch.equal(one[k], base[k]) for k in one)  # training did something
    for key in one:
        assert torch.allclose(one[key], two[key], atol=1e-5, rtol=0), key
    # The same evaluations, written once (by the main process only).
    records = [json.loads(line) for line in (double / "metrics.jsonl").read_text().splitlines()]
    evals = [r for r in records if r["kind"] == "eval"]
    expected = json.loads((single / "history.json").read_text())
    assert [r["step"] for r in evals] == [r["step"] for r in expected]
    for got, want in zip(evals, expected, strict=True):
        assert abs(got["eval_loss"] - want["eval_loss"]) < 1e-5
    assert (double / "eval" / "report.json").is_file()
