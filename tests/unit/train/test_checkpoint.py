"""Checkpoints: exact round trip of weights, AdamW state and RNG; atomic writes; pruning."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
from torch import nn

from attune.errors import AttuneError
from attune.train.checkpoint import list_checkpoints, load_checkpoint, save_checkpoint
from attune.train.optim import build_optimizer


def build_model(seed: int) -> nn.Module:
    torch.manual_seed(seed)
    return nn.Sequential(nn.Linear(5, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 3))


def train_steps(model: nn.Module, optimizer: torch.optim.Optimizer, steps: int) -> None:
    for _ in range(steps):
        x = torch.randn(4, 5)
        loss = nn.functional.cross_entropy(model(x), torch.tensor([0, 1, 2, 0]))
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()


def plain(group: dict[str, Any]) -> dict[str, Any]:
    """A param group as JSON would give it back (tuples become lists; AdamW accepts both)."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in group.items()}


def make_pair(seed: int) -> tuple[nn.Module, torch.optim.AdamW]:
    model = build_model(seed)
    return model, build_optimizer([("all", model, 1e-2)], weight_decay=0.01)


def test_round_trip_weights_optimizer_and_rng(tmp_path: Path) -> None:
    model, optimizer = make_pair(0)
    train_steps(model, optimizer, 3)
    loop_state = {"step": 3, "epoch": 1, "history": [{"accuracy": 0.5}]}
    folder = save_checkpoint(tmp_path / "ck", 3, model, optimizer, loop_state, keep=2)
    rng_after_save = torch.rand(5)

    other, other_opt = make_pair(1)  # different weights, empty optimiser state
    torch.manual_seed(123)  # different RNG
    assert load_checkpoint(folder, other, other_opt) == loop_state
    assert torch.equal(torch.rand(5), rng_after_save)
    for (name, a), (_, b) in zip(
        model.state_dict().items(), other.state_dict().items(), strict=True
    ):
        assert torch.equal(a, b), name
    saved, loaded = optimizer.state_dict(), other_opt.state_dict()
    assert [plain(g) for g in saved["param_groups"]] == [plain(g) for g in loaded["param_groups"]]
    assert saved["state"].keys() == loaded["state"].keys()
    for index, values in saved["state"].items():
        for key in ("step", "exp_avg", "exp_avg_sq"):
            assert torch.equal(values[key], loaded["state"][index][key]), (index, key)

    # And the proof that matters: training on from both gives the same weights.
    torch.manual_seed(7)
    train_steps(model, optimizer, 2)
    torch.manual_seed(7)
    train_steps(other, other_opt, 2)
    for a, b in zip(model.parameters(), other.parameters(), strict=True):
        assert torch.equal(a, b)


def test_checkpoint_has_no_pickle(tmp_path: Path) -> None:
    model, optimizer = make_pair(0)
    train_steps(model, optimizer, 1)
    folder = save_checkpoint(tmp_path, 1, model, optimizer, {"step": 1}, keep=1)
    suffixes = {p.suffix for p in folder.iterdir()}
    assert suffixes <= {".safetensors", ".json"}


def test_interrupted_write_is_ignored_and_previous_checkpoint_usable(tmp_path: Path) -> None:
    model, optimizer = make_pair(0)
    train_steps(model, optimizer, 1)
    good = save_checkpoint(tmp_path, 1, model, optimizer, {"step": 1}, keep=3)
    expected = {k: v.clone() for k, v in model.state_dict().items()}
    # A process killed while writing step 2: a scratch folder with partial files, even one
    # that already holds its state.json.
    scratch = tmp_path / ".tmp-step-2-abc123"
    scratch.mkdir()
    (scratch / "model.safetensors").write_bytes(b"\x00\x01 truncated")
    (scratch / "state.json").write_text(json.dumps({"step": 2}), encoding="utf-8")
    # And a step folder without its state.json (never produced by an atomic rename).
    (tmp_path / "step-3").mkdir()
    assert list_checkpoints(tmp_path) == [good]

    other, other_opt = make_pair(5)
    assert load_checkpoint(list_checkpoints(tmp_path)[-1], other, other_opt) == {"step": 1}
    for name, value in other.state_dict().items():
        assert torch.equal(value, expected[name]), name

    train_steps(model, optimizer, 1)
    save_checkpoint(tmp_path, 2, model, optimizer, {"step": 2}, keep=3)
    assert not scratch.exists()  # leftovers are cleaned by the next write


@pytest.mark.parametrize("keep", [1, 2, 3])
def test_keep_prunes_to_newest_k_in_numeric_order(tmp_path: Path, keep: int) -> None:
    model, optimizer = make_pair(0)
    for step in (8, 9, 10, 11, 12):
        save_checkpoint(tmp_path, step, model, optimizer, {"step": step}, keep=keep)
    names = [p.name for p in list_checkpoints(tmp_path)]
    assert names == [f"step-{s}" for s in (8, 9, 10, 11, 12)[-keep:]]
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(names)


def test_rewriting_the_same_step_replaces_it(tmp_path: Path) -> None:
    model, optimizer = make_pair(0)
    save_checkpoint(tmp_path, 4, model, optimizer, {"step": 4, "v": 1}, keep=2)
    save_checkpoint(tmp_path, 4, model, optimizer, {"step": 4, "v": 2}, keep=2)
    found = list_checkpoints(tmp_path)
    assert len(found) == 1
    assert json.loads((found[0] / "state.json").read_text(encoding="utf-8"))["v"] == 2


def test_missing_directory_lists_nothing(tmp_path: Path) -> None:
    assert list_checkpoints(tmp_path / "nope") == []


def test_corrupt_checkpoint_is_an_attune_error(tmp_path: Path) -> None:
    model, optimizer = make_pair(0)
    folder = save_checkpoint(tmp_path, 1, model, optimizer, {"step": 1}, keep=1)
    (folder / "model.safetensors").write_bytes(b"not safetensors")
    with pytest.raises(AttuneError, match="unreadable") as caught:
        load_checkpoint(folder, model, optimizer)
    assert caught.value.where == str(folder)


def test_checkpoint_of_another_model_is_refused(tmp_path: Path) -> None:
    model, optimizer = make_pair(0)
    folder = save_checkpoint(tmp_path, 1, model, optimizer, {"step": 1}, keep=1)
    bigger = nn.Sequential(nn.Linear(5, 8), nn.LayerNorm(8), nn.ReLU(), nn.Linear(8, 3), nn.ReLU())
    bigger.add_module("5", nn.Linear(3, 2))
    with pytest.raises(AttuneError, match="does not match"):
        load_checkpoint(folder, bigger, build_optimizer([("all", bigger, 1e-2)], 0.0))
