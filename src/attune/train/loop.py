"""The one training loop: optimiser steps, evaluation, early stopping, checkpoints, resume.

Tasks differ only in what they hand the loop (a `TrainingTask`): how an epoch is cut into
batches, how a batch becomes a loss, and how the model is evaluated. Everything else —
accumulation, clipping, the schedule, mixed precision, checkpointing — is here, once.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Protocol

import torch
from torch import nn

from attune.precision import bf16_autocast
from attune.train.checkpoint import (
    list_checkpoints,
    load_checkpoint,
    save_checkpoint,
    trainable_state,
)
from attune.train.distributed import is_main_process, reduce_gradients
from attune.train.optim import LearningRateSchedule
from attune.train.runtime import keep_freed_memory
from attune.train.tracking import MetricsLog, progress_bar


class TrainingTask(Protocol):
    """What a task gives the loop."""

    def plan_epoch(self, epoch: int) -> list[list[int]]:
        """The micro-batches (example indices) of `epoch`, a pure function of seed and epoch."""

    def batch_loss(
        self, model: nn.Module, indices: list[int]
    ) -> tuple[torch.Tensor, dict[str, float]]:
        """Mean loss of one micro-batch, and counts to accumulate (e.g. `accuracy`: correct).

        `counts["weight"]`, when given, is what the mean is over (chat: learned tokens); the
        step's gradient and the train numbers are means over it. Default: the examples.
        """

    def evaluate(self, model: nn.Module) -> dict[str, float]:
        """Validation numbers; must include the loop's `metric`."""


@dataclass
class LoopSettings:
    epochs: float
    grad_accum: int
    max_grad_norm: float
    metric: str
    higher_is_better: bool
    patience: int
    eval_every: int
    checkpoint_every: int
    keep_checkpoints: int
    use_bf16: bool
    quiet: bool = False
    log_every: int = 10


@dataclass
class LoopState:
    step: int = 0
    epoch: int = 0
    batch_in_epoch: int = 0
    best_value: float | None = None
    best_step: int = -1
    bad_evals: int = 0
    stopped_early: bool = False
    batches_per_epoch: int = 1
    history: list[dict[str, float]] = field(default_factory=list)
    running: dict[str, float] = field(default_factory=dict)
    schedule: dict[str, Any] = field(default_factory=dict)


def fit(
    model: nn.Module,
    task: TrainingTask,
    optimizer: torch.optim.Optimizer,
    schedule: LearningRateSchedule,
    settings: LoopSettings,
    run_dir: Path,
    resume: bool = False,
) -> LoopState:
    """Train `model` until the planned steps are done or early stopping fires.

    The best weights (by `settings.metric`) are restored into `model` before returning.
    """
    keep_freed_memory()  # no page faults for every step's activations (train.runtime)
    state, best = LoopState(), trainable_state(model)
    ckpt_root = run_dir / "checkpoints"
    if resume and (found := list_checkpoints(ckpt_root)):
        state = LoopState(**load_checkpoint(found[-1], model, optimizer))
        schedule.restore(state.schedule)
        best = load_best(run_dir) or best
    # Under several processes (DDP) only the main one writes files.
    main = is_main_process()
    log = MetricsLog(run_dir, state.step if resume else None) if main else SilentLog()
    bar = progress_bar(schedule.total_steps, state.step, settings.quiet or not main)
    started, seen = time.perf_counter(), 0
    for indices_group in iterate_steps(task, settings, state):
        if state.step >= schedule.total_steps or state.stopped_early:
            break
        model.train()
        lr = schedule.apply(optimizer, state.step)
        loss, examples = backward_step(model, task, indices_group, settings, state)
        seen += examples
        grad_norm = clip_gradients(model, settings.max_grad_norm)
        optimizer.step()
        optimizer.zero_grad(set_to_none=True)
        state.step += 1
        speed = seen / (time.perf_counter() - started)
        bar.update(1)
        bar.set_postfix(loss=f"{loss.item():.4f}", lr=f"{lr:.2e}", ex_s=f"{speed:.1f}")
        if state.step % settings.log_every == 0:
            log.log(
                {
                    "kind": "train",
                    "step": state.step,
                    "epoch": epoch_float(state),
                    "loss": loss.item(),
                    "lr": lr,
                    "grad_norm": grad_norm,
                    "examples_per_s": speed,
                }
            )
        end_of_epoch = state.batch_in_epoch == 0
        if due(state.step, settings.eval_every, end_of_epoch) or state.step == schedule.total_steps:
            record = validate(model, task, state, settings, schedule)
            log.log(record)
            if state.best_step == state.step:
                best = trainable_state(model)
                if main:
                    save_best(run_dir, best)
            state.stopped_early = settings.patience > 0 and state.bad_evals >= settings.patience
        checkpoint_due = due(state.step, settings.checkpoint_every, end_of_epoch)
        if main and (checkpoint_due or state.stopped_early):
            state.schedule = schedule.state()
            save_checkpoint(
                ckpt_root, state.step, model, optimizer, asdict(state), settings.keep_checkpoints
            )
    bar.close()
    log.close()
    with torch.no_grad():
        for name, param in model.named_parameters():
            if name in best:
                param.copy_(best[name])
    return state


def backward_step(
    model: nn.Module,
    task: TrainingTask,
    indices_group: list[list[int]],
    settings: LoopSettings,
    state: LoopState,
) -> tuple[torch.Tensor, int]:
    """Backpropagate one optimiser step's micro-batches; returns the last loss and the
    number of examples.

    Each micro-batch mean counts by its weight (examples, or learned tokens); the summed
    gradient is divided by the step's total weight over all processes, so the gradient is
    the mean over the whole step however it was cut and shared.
    """
    step_weight, examples = 0.0, 0
    for indices in indices_group:
        with bf16_autocast(settings.use_bf16):
            loss, counts = task.batch_loss(model, indices)
        weight = float(counts.pop("weight", len(indices)))
        (loss * weight).backward()
        accumulate(state.running, loss.item() * weight, counts, weight)
        step_weight += weight
        examples += len(indices)
    reduce_gradients(model, step_weight)
    return loss, examples


class SilentLog:
    """Stands in for `MetricsLog` on the processes that write nothing (DDP ranks > 0)."""

    def log(self, record: dict[str, Any]) -> None:
        pass

    def close(self) -> None:
        pass


def iterate_steps(
    task: TrainingTask, settings: LoopSettings, state: LoopState
) -> Iterator[list[list[int]]]:
    """Yield the micro-batches of each optimiser step, resuming mid-epoch where `state` says.

    `state.epoch` / `state.batch_in_epoch` are advanced before each yield, so a checkpoint
    written after the step records the position of the next one.
    """
    while True:
        plan = task.plan_epoch(state.epoch)
        state.batches_per_epoch = max(1, len(plan))
        limit = min(len(plan), round(settings.epochs * len(plan)) - state.epoch * len(plan))
        if limit <= state.batch_in_epoch:
            return
        epoch = state.epoch
        while state.epoch == epoch:
            stop = min(limit, state.batch_in_epoch + settings.grad_accum)
            group = plan[state.batch_in_epoch : stop]
            state.batch_in_epoch = stop
            if stop >= limit:
                state.epoch, state.batch_in_epoch = epoch + 1, 0
            yield group


def count_steps(batches_per_epoch: int, epochs: float, grad_accum: int) -> int:
    """Optimiser steps `iterate_steps` will yield (a fractional last epoch included)."""
    total, epoch = 0, 0
    planned = round(epochs * batches_per_epoch)
    while (limit := min(batches_per_epoch, planned - epoch * batches_per_epoch)) > 0:
        total += -(-limit // grad_accum)
        epoch += 1
    return total


def validate(
    model: nn.Module,
    task: TrainingTask,
    state: LoopState,
    settings: LoopSettings,
    schedule: LearningRateSchedule,
) -> dict[str, Any]:
    """Evaluate, record train numbers since the last validation, track the best and patience."""
    model.eval()
    with torch.no_grad(), bf16_autocast(settings.use_bf16):
        numbers = task.evaluate(model)
    seen = max(1.0, state.running.get("examples", 0.0))
    train = {f"train_{k}": v / seen for k, v in state.running.items() if k != "examples"}
    record: dict[str, Any] = {
        "kind": "eval",
        "step": state.step,
        "epoch": round(epoch_float(state), 4),
        **train,
        **numbers,
    }
    state.history.append({k: float(v) for k, v in record.items() if k != "kind"})
    state.running = {}
    value = float(numbers[settings.metric])
    if math.isnan(value):
        # No validation examples: nothing to choose by, so the latest weights are the best.
        state.best_step, state.bad_evals = state.step, 0
        return record
    score = value if settings.higher_is_better else -value
    best = (
        None
        if state.best_value is None
        else (state.best_value if settings.higher_is_better else -state.best_value)
    )
    if best is None or score > best:
        state.best_value, state.best_step, state.bad_evals = value, state.step, 0
    else:
        state.bad_evals += 1
    schedule.observe(value, settings.higher_is_better, state.step)
    return record


def accumulate(
    running: dict[str, float], loss_sum: float, counts: dict[str, float], n: float
) -> None:
    running["loss"] = running.get("loss", 0.0) + loss_sum
    running["examples"] = running.get("examples", 0.0) + n
    for key, value in counts.items():
        running[key] = running.get(key, 0.0) + value


def clip_gradients(model: nn.Module, max_norm: float) -> float:
    params = [p for p in model.parameters() if p.grad is not None]
    if not params:
        return 0.0
    limit = max_norm if max_norm > 0 else float("inf")
    return float(torch.nn.utils.clip_grad_norm_(params, limit))


def due(step: int, every: int, end_of_epoch: bool) -> bool:
    return step % every == 0 if every > 0 else end_of_epoch


def epoch_float(state: LoopState) -> float:
    return state.epoch + state.batch_in_epoch / state.batches_per_epoch


def save_best(run_dir: Path, best: dict[str, torch.Tensor]) -> None:
    """Keep the best weights on disk too, so a resumed run can restore them at the end."""
    from safetensors.torch import save_file

    scratch = run_dir / "best.safetensors.tmp"
    save_file(best, str(scratch))
    scratch.replace(run_dir / "best.safetensors")


def load_best(run_dir: Path) -> dict[str, torch.Tensor] | None:
    from safetensors.torch import load_file

    path = run_dir / "best.safetensors"
    return load_file(str(path)) if path.exists() else None
