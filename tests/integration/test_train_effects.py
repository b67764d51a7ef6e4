"""What training does to the weights, on a tiny BERT built in the test: every trainable
weight moves, frozen ones do not, a tiny batch can be memorised, save → load is exact."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from attune.data.tensors import tokenize_texts
from attune.models.classifier import TextClassifier, load_classifier, save_classifier
from attune.models.load import load_encoder, load_tokenizer
from attune.models.lora import apply_lora
from attune.train.batching import collate_classification
from attune.train.classification import ClassificationTask
from attune.train.loop import LoopSettings, count_steps, fit
from attune.train.optim import LearningRateSchedule, build_optimizer
from integration.flows import TOPICS, intent_rows

pytestmark = pytest.mark.integration

LABELS = sorted(TOPICS)


def build_task(
    tokenizer: object, rows: list[dict[str, str]], batch_size: int
) -> ClassificationTask:
    ids = tokenize_texts(tokenizer, [r["text"] for r in rows], 16)
    labels = [LABELS.index(r["label"]) for r in rows]
    return ClassificationTask(
        train_ids=ids,
        train_labels=labels,
        val_ids=ids,
        val_labels=labels,
        num_classes=len(LABELS),
        pad_id=0,
        batch_size=batch_size,
        seed=0,
        group_by_length=True,
        class_weights=None,
        use_bf16=False,
    )


def train(
    model: TextClassifier, task: ClassificationTask, run_dir: Path, epochs: float, lr: float
) -> None:
    """Constant lr; validation and a checkpoint only at the last step (they cost time)."""
    run_dir.mkdir(parents=True, exist_ok=True)
    optimizer = build_optimizer([("all", model, lr)], weight_decay=0.01)
    total = count_steps(len(task.plan_epoch(0)), epochs, 1)
    schedule = LearningRateSchedule(total_steps=total, warmup_steps=0, kind="constant")
    settings = LoopSettings(
        epochs=epochs,
        grad_accum=1,
        max_grad_norm=1.0,
        metric="eval_loss",
        higher_is_better=False,
        patience=0,
        eval_every=total,
        checkpoint_every=total,
        keep_checkpoints=1,
        use_bf16=False,
        quiet=True,
    )
    fit(model, task, optimizer, schedule, settings, run_dir)


def logits_of(model: TextClassifier, task: ClassificationTask) -> torch.Tensor:
    batch = collate_classification(task.train_ids, task.train_labels, range(len(task.train_ids)), 0)  # type: ignore[arg-type]
    model.eval()
    with torch.no_grad():
        return model(batch["input_ids"], batch["attention_mask"]).logits


def in_scope_rows() -> list[dict[str, str]]:
    return [r for r in intent_rows() if r["label"] != "oos"]


@pytest.mark.parametrize("method", ["full", "lora"])
def test_trainable_weights_move_frozen_stay_and_save_load_is_exact(
    tiny_bert: Path, tmp_path: Path, method: str
) -> None:
    torch.manual_seed(0)
    tokenizer = load_tokenizer(tiny_bert)
    model = TextClassifier(load_encoder(tiny_bert, 0.1), LABELS, 0.1)
    if method == "lora":
        model = apply_lora(model, r=4, alpha=8, dropout=0.0)
    task = build_task(tokenizer, in_scope_rows(), batch_size=16)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    trainable = {n for n, p in model.named_parameters() if p.requires_grad}
    if method == "lora":
        assert trainable and all("lora_" in n or not n.startswith("encoder.") for n in trainable)
        assert {"weight", "log_scale"} <= trainable  # the head trains with the adapters
    train(model, task, tmp_path / "run", epochs=2, lr=5e-3)

    unchanged = sorted(n for n in trainable if torch.equal(before[n], model.get_parameter(n)))
    assert unchanged == [], f"trainable weights that never moved: {unchanged}"
    moved = sorted(
        n
        for n, p in model.named_parameters()
        if n not in trainable and not torch.equal(before[n], p)
    )
    assert moved == [], f"frozen weights that moved: {moved}"

    expected = logits_of(model, task)
    save_classifier(model, tokenizer, tmp_path / "saved")
    loaded, _ = load_classifier(tmp_path / "saved")
    assert torch.equal(logits_of(loaded, task), expected)


def test_a_tiny_batch_can_be_memorised(tiny_bert: Path, tmp_path: Path) -> None:
    """8 texts with shuffled labels (nothing to generalise): only memorising fits them."""
    rows = in_scope_rows()[::10][:8]
    labels = [LABELS[i % len(LABELS)] for i in range(8)]
    random.Random(1).shuffle(labels)
    rows = [{"text": r["text"], "label": label} for r, label in zip(rows, labels, strict=True)]
    torch.manual_seed(0)
    model = TextClassifier(load_encoder(tiny_bert, 0.0), LABELS, 0.0)
    task = build_task(load_tokenizer(tiny_bert), rows, batch_size=8)
    start = task.evaluate(model)
    assert start["accuracy"] < 1.0
    train(model, task, tmp_path / "run", epochs=20, lr=3e-3)
    end = task.evaluate(model)
    assert end["accuracy"] == 1.0 and end["eval_loss"] < 0.1 * start["eval_loss"]
