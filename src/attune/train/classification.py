"""Fine-tuning a text classifier: setup → fit → save, reading top to bottom.

What is specific to classification lives here (collation, the loss, validation
metrics, the prototype start of the head); the loop itself is `train.loop.fit`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from attune.config import Config
from attune.data.prepare import PreparedData, prepare_classification
from attune.data.tensors import tokenize_texts
from attune.errors import AttuneError
from attune.eval.metrics import accuracy, classification_metrics, precision_recall_f1
from attune.models.batch_inference import run_classifier
from attune.models.classifier import TextClassifier, save_classifier
from attune.models.load import load_encoder, load_tokenizer
from attune.models.lora import apply_lora
from attune.models.registry import resolve_model
from attune.precision import resolve_bf16
from attune.runs import prepare_run_dir, save_run_metadata, write_splits
from attune.train.batching import collate_classification, plan_batches
from attune.train.loop import LoopSettings, count_steps, fit
from attune.train.optim import LearningRateSchedule, build_optimizer

EVAL_BATCH = 128


@dataclass
class ClassificationTask:
    """Token ids and label ids of train and validation, and how to batch and score them."""

    train_ids: list[list[int]]
    train_labels: list[int]
    val_ids: list[list[int]]
    val_labels: list[int]
    num_classes: int
    pad_id: int
    batch_size: int
    seed: int
    group_by_length: bool
    class_weights: torch.Tensor | None
    use_bf16: bool

    def plan_epoch(self, epoch: int) -> list[list[int]]:
        lengths = [len(ids) for ids in self.train_ids]
        return plan_batches(lengths, self.batch_size, self.seed, epoch, self.group_by_length)

    def batch_loss(
        self, model: nn.Module, indices: list[int]
    ) -> tuple[torch.Tensor, dict[str, float]]:
        batch = collate_classification(self.train_ids, self.train_labels, indices, self.pad_id)
        out = model(batch["input_ids"], batch["attention_mask"])
        logits = out.logits.float()  # (B, C); the loss in float32 even under bf16 autocast
        loss = F.cross_entropy(logits, batch["labels"], weight=self.class_weights)
        correct = (logits.argmax(-1) == batch["labels"]).sum().item()
        return loss, {"accuracy": float(correct)}

    def evaluate(self, model: nn.Module) -> dict[str, float]:
        if not self.val_ids:
            return {"eval_loss": float("nan"), "accuracy": float("nan"), "macro_f1": float("nan")}
        logits, _ = run_classifier(model, self.val_ids, self.pad_id, EVAL_BATCH, self.use_bf16)
        labels = torch.tensor(self.val_labels)
        predicted = logits.argmax(-1).numpy()
        truth = labels.numpy()
        return {
            "eval_loss": float(F.cross_entropy(logits, labels)),
            "accuracy": accuracy(truth, predicted),
            "macro_f1": precision_recall_f1(truth, predicted, self.num_classes).macro.f1,
        }


def balanced_class_weights(label_ids: list[int], num_classes: int) -> torch.Tensor:
    """w_c = N / (C · n_c): each class contributes equally to the loss."""
    counts = np.bincount(np.asarray(label_ids), minlength=num_classes).astype(np.float64)
    weights = len(label_ids) / (num_classes * np.maximum(counts, 1.0))
    return torch.tensor(weights, dtype=torch.float32)


def train_classifier(
    config: Config, resume: bool = False, overwrite: bool = False, quiet: bool = False
) -> Path:
    """Fine-tune a classifier as `config` says and write the run directory; returns it."""
    run_dir = prepare_run_dir(Path(config.output_dir), resume=resume, overwrite=overwrite)
    settings = config.train
    torch.manual_seed(settings.seed)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    data = prepare_classification(config.data, settings.seed)
    write_splits(run_dir, data)
    source = resolve_model(config.model)
    encoder = load_encoder(source, settings.dropout)
    tokenizer = load_tokenizer(source)
    model = TextClassifier(encoder, data.labels, settings.dropout)
    task = build_task(config, data, tokenizer, model)
    start_head_from_prototypes(model, task)
    if not (run_dir / "base_metrics.json").exists():
        record_base_metrics(model, tokenizer, data, config, run_dir)
    if settings.method == "lora":
        model = apply_lora(
            model,
            settings.lora_r,
            settings.lora_alpha,
            settings.lora_dropout,
            settings.lora_targets,
        )
    optimizer = build_optimizer(parameter_groups(model, config), settings.weight_decay)
    batches = len(task.plan_epoch(0))
    total = count_steps(batches, settings.epochs, settings.grad_accum)
    if total == 0:
        raise AttuneError(
            f"train.epochs={settings.epochs} over {batches} batches makes no optimiser step",
            fix="raise train.epochs or lower train.batch_size",
        )
    schedule = LearningRateSchedule(
        total_steps=total,
        warmup_steps=int(settings.warmup_ratio * total),
        kind=settings.schedule,
        plateau=settings.reduce_on_plateau,
    )
    state = fit(
        model, task, optimizer, schedule, loop_settings(config, quiet), run_dir, resume=resume
    )
    save_classifier(model, tokenizer, run_dir / "model")
    (run_dir / "history.json").write_text(json.dumps(state.history, indent=1), encoding="utf-8")
    save_run_metadata(run_dir, config, source, data)
    return run_dir


def build_task(
    config: Config, data: PreparedData, tokenizer: object, model: TextClassifier
) -> ClassificationTask:
    index = {label: i for i, label in enumerate(data.labels)}
    max_length = config.data.max_length
    train_ids = tokenize_texts(tokenizer, [e.text for e in data.train], max_length)
    train_labels = [index[e.label] for e in data.train]
    in_scope_val = [e for e in data.validation if e.label in index]
    weights = None
    if config.train.class_weights == "balanced":
        weights = balanced_class_weights(train_labels, len(data.labels))
    return ClassificationTask(
        train_ids=train_ids,
        train_labels=train_labels,
        val_ids=tokenize_texts(tokenizer, [e.text for e in in_scope_val], max_length),
        val_labels=[index[e.label] for e in in_scope_val],
        num_classes=len(data.labels),
        pad_id=int(getattr(tokenizer, "pad_token_id", 0) or 0),
        batch_size=config.train.batch_size,
        seed=config.train.seed,
        group_by_length=config.train.group_by_length,
        class_weights=weights,
        use_bf16=resolve_bf16(config.train.precision),
    )


def start_head_from_prototypes(model: TextClassifier, task: ClassificationTask) -> None:
    """Initialise the head at the class means of the pre-trained features.

    The untrained model is then a nearest-centroid classifier, already decent with a few
    examples per class; fine-tuning starts from there instead of from a random head.
    """
    _, features = run_classifier(model, task.train_ids, task.pad_id, EVAL_BATCH, task.use_bf16)
    model.init_head_from_prototypes(features, torch.tensor(task.train_labels))


def record_base_metrics(
    model: TextClassifier, tokenizer: object, data: PreparedData, config: Config, run_dir: Path
) -> None:
    """Score the untouched pre-trained encoder (with its prototype head) on the held-out
    split, so the report can say what fine-tuning added."""
    index = {label: i for i, label in enumerate(data.labels)}
    held_out = [e for e in (data.test or data.validation) if e.label in index]
    if not held_out:
        return
    ids = tokenize_texts(tokenizer, [e.text for e in held_out], config.data.max_length)
    pad_id = int(getattr(tokenizer, "pad_token_id", 0) or 0)
    logits, _ = run_classifier(model, ids, pad_id, EVAL_BATCH, resolve_bf16(config.train.precision))
    probs = torch.softmax(logits, -1).double().numpy()
    truth = np.array([index[e.label] for e in held_out])
    metrics = classification_metrics(truth, probs.argmax(1), probs, data.labels)
    keep = {k: metrics[k] for k in ("accuracy", "macro_f1", "ece")}
    (run_dir / "base_metrics.json").write_text(json.dumps(keep, indent=2), encoding="utf-8")


def parameter_groups(
    model: nn.Module, config: Config
) -> list[tuple[str, list[tuple[str, nn.Parameter]], float]]:
    """Encoder (or adapters) at `train.lr`; the head at `train.head_lr`."""
    settings = config.train
    head_lr = settings.head_lr
    if head_lr is None:
        head_lr = settings.lr * (20.0 if settings.method == "full" else 1.0)
    named = list(model.named_parameters())
    encoder = [(n, p) for n, p in named if n.startswith("encoder.")]
    head = [(n, p) for n, p in named if not n.startswith("encoder.")]
    return [("encoder", encoder, settings.lr), ("head", head, head_lr)]


def loop_settings(config: Config, quiet: bool) -> LoopSettings:
    settings = config.train
    return LoopSettings(
        epochs=settings.epochs,
        grad_accum=settings.grad_accum,
        max_grad_norm=settings.max_grad_norm,
        metric=settings.metric,
        higher_is_better=settings.metric != "eval_loss",
        patience=settings.patience,
        eval_every=settings.eval_every,
        checkpoint_every=settings.checkpoint_every,
        keep_checkpoints=settings.keep_checkpoints,
        use_bf16=resolve_bf16(settings.precision),
        quiet=quiet,
    )
