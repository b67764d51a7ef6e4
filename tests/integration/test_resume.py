"""Resume equals uninterrupted: `attune train` killed with SIGKILL mid-epoch, then
`attune train --resume`, ends with bitwise the same weights as a run never stopped."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from attune.train.checkpoint import list_checkpoints
from integration.flows import write_config

pytestmark = pytest.mark.integration

REPO = Path(__file__).resolve().parents[2]
# 48 training examples in batches of 4: 12 steps an epoch, 4 epochs. Dropout > 0 makes the
# RNG matter, AdamW the optimiser state, fp32 and one thread make every run repeatable.
SETTINGS = dict(
    epochs=4,
    batch_size=4,
    lr=1.0e-3,
    dropout=0.1,
    checkpoint_every=1,
    keep_checkpoints=2,
    precision="fp32",
    threads=1,
    seed=3,
)
STEPS_PER_EPOCH, TOTAL_STEPS = 12, 48
KILL_AFTER_STEP = 17  # in the middle of the second epoch


def start_train(config: Path, log: Path, *extra: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    with open(log, "wb") as handle:
        return subprocess.Popen(
            [sys.executable, "-m", "attune.cli", "train", str(config), "--quiet", *extra],
            stdout=handle,
            stderr=subprocess.STDOUT,
            env=env,
        )


def wait_for_checkpoint(run: Path, process: subprocess.Popen[bytes], step: int) -> None:
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        found = list_checkpoints(run / "checkpoints")
        if found and int(found[-1].name.split("-")[1]) >= step:
            return
        assert process.poll() is None, "training ended before it could be killed"
        time.sleep(0.005)
    raise AssertionError(f"no checkpoint of step {step} within 120 s")


def finish(process: subprocess.Popen[bytes], log: Path) -> None:
    assert process.wait(timeout=300) == 0, log.read_text(errors="replace")[-3000:]


def tensors(path: Path) -> dict[str, torch.Tensor]:
    return load_file(str(path))


def assert_bitwise_equal(a: Path, b: Path) -> None:
    left, right = tensors(a), tensors(b)
    assert left.keys() == right.keys(), a.name
    differ = [k for k in left if not torch.equal(left[k], right[k])]
    assert differ == [], f"{a.name}: {len(differ)} tensors differ, first {differ[:3]}"


def eval_records(run: Path) -> list[dict[str, float]]:
    lines = (run / "metrics.jsonl").read_text().splitlines()
    return [r for r in map(json.loads, lines) if r["kind"] == "eval"]


def test_killed_and_resumed_run_equals_uninterrupted_run(
    tiny_bert: Path, intents_file: Path, tmp_path: Path
) -> None:
    whole_dir, killed_dir = tmp_path / "whole", tmp_path / "killed"
    whole_dir.mkdir()
    killed_dir.mkdir()
    whole_cfg = write_config(whole_dir, tiny_bert, intents_file, whole_dir / "run", **SETTINGS)
    killed_cfg = write_config(killed_dir, tiny_bert, intents_file, killed_dir / "run", **SETTINGS)
    # Both at once (one thread each): the uninterrupted run costs no extra wall time.
    whole = start_train(whole_cfg, whole_dir / "log.txt")
    killed = start_train(killed_cfg, killed_dir / "log.txt")
    try:
        wait_for_checkpoint(killed_dir / "run", killed, KILL_AFTER_STEP)
        os.kill(killed.pid, signal.SIGKILL)
        assert killed.wait(timeout=30) == -signal.SIGKILL
    finally:
        if killed.poll() is None:
            killed.kill()
    newest = list_checkpoints(killed_dir / "run" / "checkpoints")[-1]
    stopped_at = int(newest.name.split("-")[1])
    assert KILL_AFTER_STEP <= stopped_at < TOTAL_STEPS
    assert not (killed_dir / "run" / "model").exists()  # it really did not finish

    resumed = start_train(killed_cfg, killed_dir / "log-resume.txt", "--resume")
    finish(resumed, killed_dir / "log-resume.txt")
    finish(whole, whole_dir / "log.txt")

    a, b = whole_dir / "run", killed_dir / "run"
    # The last step: weights and AdamW moments (before the best weights are restored).
    last_a = list_checkpoints(a / "checkpoints")[-1]
    last_b = list_checkpoints(b / "checkpoints")[-1]
    assert last_a.name == last_b.name == f"step-{TOTAL_STEPS}"
    for name in ("model.safetensors", "optimizer.safetensors", "rng.safetensors"):
        assert_bitwise_equal(last_a / name, last_b / name)
    # The saved model (the best weights by validation macro-F1).
    for weights in sorted((a / "model").rglob("*.safetensors")):
        assert_bitwise_equal(weights, b / "model" / weights.relative_to(a / "model"))
    assert eval_records(a) == eval_records(b)
    assert json.loads((a / "history.json").read_text()) == json.loads(
        (b / "history.json").read_text()
    )
