"""The learning-rate schedule (warm-up, linear, cosine, plateau) and AdamW's decay groups."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch
from torch import nn

from attune.models.classifier import TextClassifier
from attune.models.load import load_encoder
from attune.train.optim import LearningRateSchedule, build_optimizer


def test_warmup_rises_linearly_to_peak() -> None:
    schedule = LearningRateSchedule(total_steps=20, warmup_steps=4, kind="linear")
    assert [schedule.multiplier(s) for s in range(4)] == pytest.approx([0.25, 0.5, 0.75, 1.0])
    assert schedule.multiplier(4) == pytest.approx(1.0)


def test_linear_decay() -> None:
    schedule = LearningRateSchedule(total_steps=14, warmup_steps=4, kind="linear")
    # After warm-up, progress p = (step - 4) / 10 and lr = 1 - p.
    for step in range(4, 14):
        assert schedule.multiplier(step) == pytest.approx(1 - (step - 4) / 10)


def test_cosine_decay() -> None:
    schedule = LearningRateSchedule(total_steps=12, warmup_steps=2, kind="cosine")
    assert schedule.multiplier(2) == pytest.approx(1.0)
    assert schedule.multiplier(7) == pytest.approx(0.5)  # half-way: cos(π/2) = 0
    for step in range(2, 12):
        expected = 0.5 * (1 + math.cos(math.pi * (step - 2) / 10))
        assert schedule.multiplier(step) == pytest.approx(expected)


@pytest.mark.parametrize("kind", ["linear", "cosine", "constant"])
@pytest.mark.parametrize(("total", "warmup"), [(1, 0), (5, 0), (10, 3), (7, 6)])
def test_no_step_is_wasted_at_zero_lr(kind: str, total: int, warmup: int) -> None:
    """Every optimiser step that runs (0 … total-1) gets a positive lr, never above peak."""
    schedule = LearningRateSchedule(total_steps=total, warmup_steps=warmup, kind=kind)
    multipliers = [schedule.multiplier(s) for s in range(total)]
    assert all(0 < m <= 1.0 for m in multipliers)
    if kind != "constant":  # after warm-up the lr only goes down
        after = multipliers[warmup:]
        assert all(a >= b for a, b in zip(after, after[1:], strict=False))


def test_apply_scales_every_group_from_its_own_peak() -> None:
    a, b = nn.Parameter(torch.zeros(2)), nn.Parameter(torch.zeros(2))
    optimizer = build_optimizer([("enc", [("w", a)], 1e-4), ("head", [("h", b)], 2e-3)], 0.0)
    schedule = LearningRateSchedule(total_steps=10, warmup_steps=2)
    first = schedule.apply(optimizer, 0)
    assert first == pytest.approx(0.5e-4)
    assert [g["lr"] for g in optimizer.param_groups] == pytest.approx([0.5e-4, 1e-3])
    schedule.apply(optimizer, 1)  # applying again does not compound
    assert [g["lr"] for g in optimizer.param_groups] == pytest.approx([1e-4, 2e-3])


def test_plateau_halves_after_patience_and_not_during_warmup() -> None:
    schedule = LearningRateSchedule(total_steps=100, warmup_steps=10, plateau=True)
    schedule.observe(0.9, higher_is_better=True, step=5)  # in warm-up: ignored
    schedule.observe(0.1, higher_is_better=True, step=8)
    assert schedule.plateau_factor == 1.0 and schedule.plateau_best is None
    schedule.observe(0.5, True, 20)
    schedule.observe(0.6, True, 30)  # better
    assert schedule.plateau_factor == 1.0
    schedule.observe(0.6, True, 40)  # equal is not better
    assert schedule.plateau_factor == 0.5
    schedule.observe(0.55, True, 50)
    assert schedule.plateau_factor == 0.25
    assert schedule.multiplier(50) * schedule.plateau_factor == pytest.approx(0.25 * (1 - 40 / 90))


def test_plateau_with_lower_is_better() -> None:
    schedule = LearningRateSchedule(total_steps=10, warmup_steps=0, plateau=True)
    for loss in (1.0, 0.8, 0.7):
        schedule.observe(loss, higher_is_better=False, step=1)
    assert schedule.plateau_factor == 1.0
    schedule.observe(0.75, higher_is_better=False, step=2)
    assert schedule.plateau_factor == 0.5


def test_plateau_off_never_changes_lr() -> None:
    schedule = LearningRateSchedule(total_steps=10, warmup_steps=0, plateau=False)
    for value in (0.5, 0.4, 0.3, 0.2):
        schedule.observe(value, True, 5)
    assert schedule.plateau_factor == 1.0


def test_schedule_state_round_trip() -> None:
    old = LearningRateSchedule(total_steps=50, warmup_steps=0, plateau=True, plateau_patience=2)
    for value in (0.3, 0.5, 0.4):
        old.observe(value, True, 10)
    old.observe(0.2, True, 11)  # second bad: halves, counter reset
    old.observe(0.1, True, 12)  # one bad pending
    new = LearningRateSchedule(total_steps=50, warmup_steps=0, plateau=True, plateau_patience=2)
    new.restore(old.state())
    assert (new.plateau_factor, new.plateau_best, new.plateau_bad) == (0.5, 0.5, 1)
    for schedule in (old, new):
        schedule.observe(0.45, True, 13)  # the pending bad one completes a plateau
    assert new.plateau_factor == old.plateau_factor == 0.25


def test_schedule_state_survives_json() -> None:
    import json

    schedule = LearningRateSchedule(total_steps=5, warmup_steps=0, plateau=True)
    schedule.observe(0.7, True, 1)
    restored = LearningRateSchedule(total_steps=5, warmup_steps=0, plateau=True)
    restored.restore(json.loads(json.dumps(schedule.state())))
    assert restored.state() == schedule.state()


def test_no_decay_for_biases_norms_and_scale(tiny_bert_folder: Path) -> None:
    model = TextClassifier(load_encoder(tiny_bert_folder, 0.1), ["a", "b"])
    model.encoder.embeddings.word_embeddings.weight.requires_grad_(False)
    optimizer = build_optimizer([("all", model, 1e-3)], weight_decay=0.05)
    names = {id(p): n for n, p in model.named_parameters()}
    by_group = {g["name"]: [names[id(p)] for p in g["params"]] for g in optimizer.param_groups}
    assert set(by_group) == {"all.decay", "all.no_decay"}
    decay, no_decay = by_group["all.decay"], by_group["all.no_decay"]
    assert all(not n.endswith("bias") and "LayerNorm" not in n for n in decay)
    assert any("LayerNorm" in n for n in no_decay) and any(n.endswith("bias") for n in no_decay)
    assert "log_scale" in no_decay and "weight" in decay  # the head's prototypes decay
    assert any("attention.self.query.weight" in n for n in decay)
    trainable = sorted(n for n, p in model.named_parameters() if p.requires_grad)
    assert sorted(decay + no_decay) == trainable  # each trainable weight exactly once
    assert "encoder.embeddings.word_embeddings.weight" not in decay + no_decay
    wd = {g["name"]: g["weight_decay"] for g in optimizer.param_groups}
    assert wd == {"all.decay": 0.05, "all.no_decay": 0.0}
    assert all(g["peak_lr"] == g["lr"] == 1e-3 for g in optimizer.param_groups)
