"""The classification recipe's pieces: class weights, the task's loss and metrics, the
learning rates of encoder and head, and the loop settings read from the config."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

from attune.config import load_config
from attune.data.tensors import tokenize_texts
from attune.models.classifier import TextClassifier
from attune.models.load import load_encoder, load_tokenizer
from attune.models.lora import apply_lora
from attune.train.classification import (
    ClassificationTask,
    balanced_class_weights,
    loop_settings,
    parameter_groups,
)

TEXTS = ["play a song", "stop the music", "rain today", "sun tomorrow", "pay my bill", "card"]
LABELS = [0, 0, 1, 1, 2, 2]


def test_balanced_class_weights() -> None:
    weights = balanced_class_weights([0, 0, 0, 1, 2, 2], 4)
    # w_c = N / (C · n_c) with N = 6, C = 4; an absent class counts as 1 example.
    assert weights.tolist() == pytest.approx([6 / 12, 6 / 4, 6 / 8, 6 / 4])
    counts = torch.tensor([3.0, 1.0, 2.0])
    assert float((weights[:3] * counts).sum()) == pytest.approx(3 * 6 / 4)  # equal shares


def make_task(folder: Path, val_ids: list[list[int]] | None = None) -> ClassificationTask:
    ids = tokenize_texts(load_tokenizer(folder), TEXTS, 16)
    return ClassificationTask(
        train_ids=ids,
        train_labels=LABELS,
        val_ids=ids if val_ids is None else val_ids,
        val_labels=LABELS if val_ids is None else [],
        num_classes=3,
        pad_id=0,
        batch_size=4,
        seed=0,
        group_by_length=True,
        class_weights=None,
        use_bf16=False,
    )


def test_task_loss_counts_and_metrics(tiny_bert_folder: Path) -> None:
    torch.manual_seed(0)
    model = TextClassifier(load_encoder(tiny_bert_folder, 0.0), ["a", "b", "c"], 0.0).eval()
    task = make_task(tiny_bert_folder)
    plan = task.plan_epoch(0)
    assert sorted(i for batch in plan for i in batch) == list(range(6))
    loss, counts = task.batch_loss(model, [0, 2, 4])
    batch = task.train_ids
    logits = torch.cat(
        [
            model(torch.tensor([batch[i]]), torch.ones(1, len(batch[i]), dtype=torch.long)).logits
            for i in (0, 2, 4)
        ]
    )
    truth = torch.tensor([0, 1, 2])
    assert loss.item() == pytest.approx(F.cross_entropy(logits, truth).item(), abs=1e-5)
    assert counts["accuracy"] == float((logits.argmax(-1) == truth).sum())
    numbers = task.evaluate(model)
    assert set(numbers) == {"eval_loss", "accuracy", "macro_f1"}
    assert 0.0 <= numbers["accuracy"] <= 1.0 and numbers["eval_loss"] > 0


def test_evaluate_without_validation_examples(tiny_bert_folder: Path) -> None:
    model = TextClassifier(load_encoder(tiny_bert_folder, 0.0), ["a", "b", "c"], 0.0)
    numbers = make_task(tiny_bert_folder, val_ids=[]).evaluate(model)
    assert all(math.isnan(v) for v in numbers.values())


@pytest.mark.parametrize(("method", "head_factor"), [("full", 20.0), ("lora", 1.0)])
def test_parameter_groups(tiny_bert_folder: Path, method: str, head_factor: float) -> None:
    model = TextClassifier(load_encoder(tiny_bert_folder, 0.0), ["a", "b"], 0.0)
    if method == "lora":
        model = apply_lora(model, r=2, alpha=4, dropout=0.0)
    config = load_config(None, [f"train.method={method}", "train.lr=1.0e-4"])
    groups = {name: (params, lr) for name, params, lr in parameter_groups(model, config)}
    assert groups["encoder"][1] == 1e-4 and groups["head"][1] == pytest.approx(1e-4 * head_factor)
    assert {n for n, _ in groups["head"][0]} == {"weight", "log_scale"}
    every = {n for n, _ in model.named_parameters()}
    assert {n for n, _ in groups["encoder"][0]} | {"weight", "log_scale"} == every
    explicit = load_config(None, ["train.head_lr=0.5"])
    assert dict((n, lr) for n, _, lr in parameter_groups(model, explicit))["head"] == 0.5


@pytest.mark.parametrize(("metric", "higher"), [("macro_f1", True), ("eval_loss", False)])
def test_loop_settings_from_config(metric: str, higher: bool) -> None:
    config = load_config(
        None,
        [
            f"train.metric={metric}",
            "train.grad_accum=4",
            "train.patience=3",
            "train.precision=fp32",
            "train.checkpoint_every=7",
        ],
    )
    settings = loop_settings(config, quiet=True)
    assert settings.metric == metric and settings.higher_is_better is higher
    assert (settings.grad_accum, settings.patience, settings.checkpoint_every) == (4, 3, 7)
    assert settings.use_bf16 is False and settings.quiet is True
