"""The training loop on a toy task built here: step counting, accumulation invariance,
best-weight restore, early stopping, and resume equal to an uninterrupted run."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from attune.train.checkpoint import list_checkpoints
from attune.train.loop import LoopSettings, LoopState, count_steps, fit, iterate_steps
from attune.train.optim import LearningRateSchedule, build_optimizer

FEATURES, CLASSES = 6, 3


class Crash(Exception):
    """Stands for the process being killed."""


class ToyTask:
    """Fixed random inputs and labels; the epoch order is a shuffle of (epoch) cut into
    batches, so a batch of 8 is exactly two consecutive batches of 4."""

    def __init__(self, n: int = 16, batch_size: int = 8, metrics: list[float] | None = None):
        generator = torch.Generator().manual_seed(0)
        self.x = torch.randn(n, FEATURES, generator=generator)  # (N, F)
        self.y = torch.randint(0, CLASSES, (n,), generator=generator)  # (N,)
        self.batch_size = batch_size
        self.scripted = list(metrics or [])
        self.snapshots: list[dict[str, torch.Tensor]] = []
        self.fail_at_call: int | None = None
        self.calls = 0

    def plan_epoch(self, epoch: int) -> list[list[int]]:
        order = torch.randperm(len(self.y), generator=torch.Generator().manual_seed(epoch))
        ids = order.tolist()
        return [ids[i : i + self.batch_size] for i in range(0, len(ids), self.batch_size)]

    def batch_loss(
        self, model: nn.Module, indices: list[int]
    ) -> tuple[torch.Tensor, dict[str, float]]:
        self.calls += 1
        if self.fail_at_call is not None and self.calls == self.fail_at_call:
            raise Crash  # the process dies here
        logits = model(self.x[indices])  # (B, C)
        labels = self.y[indices]
        correct = float((logits.argmax(-1) == labels).sum())
        return F.cross_entropy(logits, labels), {"accuracy": correct}

    def evaluate(self, model: nn.Module) -> dict[str, float]:
        self.snapshots.append({k: v.clone() for k, v in model.state_dict().items()})
        logits = model(self.x)
        numbers = {"eval_loss": float(F.cross_entropy(logits, self.y))}
        # A scripted metric lets a test choose which validation is best; without a script
        # the score is a function of the weights alone (so a resumed run scores the same).
        numbers["score"] = self.scripted.pop(0) if self.scripted else -numbers["eval_loss"]
        return numbers


def build_model(dropout: float = 0.0) -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Linear(FEATURES, 16),
        nn.LayerNorm(16),
        nn.Tanh(),
        nn.Dropout(dropout),
        nn.Linear(16, CLASSES),
    )


def settings(**changes: float | int | bool | str) -> LoopSettings:
    values: dict[str, float | int | bool | str] = dict(
        epochs=2.0,
        grad_accum=1,
        max_grad_norm=0.0,
        metric="score",
        higher_is_better=True,
        patience=0,
        eval_every=0,
        checkpoint_every=1000,  # checkpoints (fsync'ed) only where a test asks
        keep_checkpoints=2,
        use_bf16=False,
        quiet=True,
    )
    values.update(changes)
    return LoopSettings(**values)  # type: ignore[arg-type]


def sgd(model: nn.Module, lr: float = 0.5) -> torch.optim.Optimizer:
    """Plain SGD: unlike Adam, its update is proportional to the gradient, so a gradient
    of the wrong scale (e.g. accumulation not averaged) shows in the weights."""
    return torch.optim.SGD([{"params": list(model.parameters()), "lr": lr, "peak_lr": lr}])


def run_fit(
    task: ToyTask,
    loop: LoopSettings,
    run_dir: Path,
    model: nn.Module | None = None,
    optimizer_kind: str = "sgd",
    resume: bool = False,
) -> tuple[nn.Module, LoopState]:
    model = model or build_model()
    run_dir.mkdir(parents=True, exist_ok=True)
    if optimizer_kind == "sgd":
        optimizer = sgd(model)
    else:
        optimizer = build_optimizer([("all", model, 0.05)], weight_decay=0.01)
    total = count_steps(len(task.plan_epoch(0)), loop.epochs, loop.grad_accum)
    schedule = LearningRateSchedule(total_steps=total, warmup_steps=1, kind="linear")
    state = fit(model, task, optimizer, schedule, loop, run_dir, resume=resume)
    return model, state


def assert_same_weights(a: nn.Module, b: nn.Module, atol: float = 0.0) -> None:
    for (name, x), (_, y) in zip(a.state_dict().items(), b.state_dict().items(), strict=True):
        if atol == 0.0:
            assert torch.equal(x, y), name
        else:
            assert torch.allclose(x, y, atol=atol, rtol=0), (name, (x - y).abs().max())


# --- counting steps ---------------------------------------------------------------------


class PlanOnly:
    def __init__(self, batches: int) -> None:
        self.batches = batches

    def plan_epoch(self, epoch: int) -> list[list[int]]:
        return [[epoch * 1000 + b] for b in range(self.batches)]


@pytest.mark.parametrize("batches", [1, 3, 7, 10])
@pytest.mark.parametrize("epochs", [0.5, 1.0, 1.5, 2.7, 3.0])
@pytest.mark.parametrize("accum", [1, 2, 3, 4])
def test_count_steps_matches_iterate_steps(batches: int, epochs: float, accum: int) -> None:
    loop = settings(epochs=epochs, grad_accum=accum)
    groups = take_steps(PlanOnly(batches), loop, LoopState())
    assert len(groups) == count_steps(batches, epochs, accum)
    micro = [m[0] for g in groups for m in g]
    assert len(micro) == round(epochs * batches)
    assert len(set(micro)) == len(micro)  # no micro-batch twice
    assert all(1 <= len(g) <= accum for g in groups)
    # An accumulation group never spans two epochs (each epoch has its own plan).
    assert all(len({m[0] // 1000 for m in g}) == 1 for g in groups)


def test_iterate_steps_resumes_where_the_state_says() -> None:
    loop = settings(epochs=2.5, grad_accum=2)
    task = PlanOnly(5)
    everything = take_steps(task, loop, LoopState())
    state = LoopState()
    take_steps(task, loop, state, limit=4)
    # The state written after step 4 (what a checkpoint holds) replays the rest exactly.
    restored = LoopState(epoch=state.epoch, batch_in_epoch=state.batch_in_epoch)
    assert take_steps(task, loop, restored) == everything[4:]


@pytest.mark.parametrize("accum", [1, 2])
def test_each_epoch_trains_on_its_own_plan(accum: int) -> None:
    """Epoch e must serve `plan_epoch(e)`, not replay epoch 0's order."""
    task = PlanOnly(4)
    groups = take_steps(task, settings(epochs=3.0, grad_accum=accum), LoopState())
    served = [m for g in groups for m in g]
    assert served == task.plan_epoch(0) + task.plan_epoch(1) + task.plan_epoch(2)


def take_steps(
    task: object, loop: LoopSettings, state: LoopState, limit: int = 1000
) -> list[list[list[int]]]:
    """The first `limit` step groups (bounded, so a loop that never ends fails, not hangs)."""
    return list(itertools.islice(iterate_steps(task, loop, state), limit))  # type: ignore[arg-type]


# --- accumulation -----------------------------------------------------------------------


@pytest.mark.parametrize("optimizer_kind", ["sgd", "adamw"])
def test_batch_8_equals_batch_4_times_accumulation_2(tmp_path: Path, optimizer_kind: str) -> None:
    big, _ = run_fit(
        ToyTask(batch_size=8), settings(epochs=3.0), tmp_path / "a", optimizer_kind=optimizer_kind
    )
    small, _ = run_fit(
        ToyTask(batch_size=4),
        settings(epochs=3.0, grad_accum=2),
        tmp_path / "b",
        optimizer_kind=optimizer_kind,
    )
    assert_same_weights(big, small, atol=1e-5)
    assert not torch.equal(big[0].weight, build_model()[0].weight)  # it did train


def test_accumulation_weights_examples_not_micro_batches(tmp_path: Path) -> None:
    """10 examples as micro-batches of 4 + 4 + 2 accumulated into one step must give the
    gradient of one batch of 10 (the mean over examples): the short micro-batch must not
    count as much as a full one."""
    whole, _ = run_fit(ToyTask(n=10, batch_size=10), settings(epochs=3.0), tmp_path / "a")
    split, _ = run_fit(
        ToyTask(n=10, batch_size=4), settings(epochs=3.0, grad_accum=3), tmp_path / "b"
    )
    assert_same_weights(whole, split, atol=1e-5)


# --- best weights and early stopping ----------------------------------------------------


@pytest.mark.parametrize(
    ("metric", "higher", "values", "best"),
    [
        ("score", True, [0.2, 0.9, 0.5, 0.6], 1),
        ("eval_loss", False, [0.9, 0.3, 0.5, 0.4], 1),
        ("score", True, [0.1, 0.2, 0.3, 0.4], 3),
    ],
)
def test_best_weights_are_restored_at_the_end(
    tmp_path: Path, metric: str, higher: bool, values: list[float], best: int
) -> None:
    task = ToyTask(batch_size=4, metrics=values)
    if metric == "eval_loss":  # script the loss instead of the score
        original = task.evaluate

        def evaluate(model: nn.Module) -> dict[str, float]:
            numbers = original(model)
            numbers["eval_loss"] = numbers["score"]
            return numbers

        task.evaluate = evaluate  # type: ignore[method-assign]
    loop = settings(epochs=1.0, eval_every=1, metric=metric, higher_is_better=higher)
    model, state = run_fit(task, loop, tmp_path)
    assert len(task.snapshots) == 4
    for name, value in model.state_dict().items():
        assert torch.equal(value, task.snapshots[best][name]), name
    if best != 3:
        assert not torch.equal(task.snapshots[best]["0.weight"], task.snapshots[3]["0.weight"])
    assert state.best_step == best + 1 and state.best_value == values[best]
    assert (tmp_path / "best.safetensors").is_file()


def test_early_stopping_after_patience_bad_validations(tmp_path: Path) -> None:
    # Best at the 2nd validation; the 3rd and 4th are no better (equal counts as bad).
    task = ToyTask(batch_size=4, metrics=[0.5, 0.7, 0.6, 0.7, 0.95, 0.99])
    loop = settings(epochs=5.0, eval_every=1, patience=2)
    model, state = run_fit(task, loop, tmp_path)
    assert state.stopped_early and state.step == 4 and len(task.snapshots) == 4
    assert state.best_step == 2
    for name, value in model.state_dict().items():
        assert torch.equal(value, task.snapshots[1][name]), name
    # A checkpoint is written when stopping, so `--resume` does not train on.
    assert list_checkpoints(tmp_path / "checkpoints")[-1].name == "step-4"


def test_no_early_stopping_when_patience_is_zero(tmp_path: Path) -> None:
    task = ToyTask(batch_size=8, metrics=[0.9] + [0.1] * 10)
    _, state = run_fit(task, settings(epochs=3.0, eval_every=1, patience=0), tmp_path)
    assert not state.stopped_early and state.step == 6


def test_metrics_log_and_history(tmp_path: Path) -> None:
    task = ToyTask(batch_size=4)
    loop = settings(epochs=2.0, log_every=1)
    _, state = run_fit(task, loop, tmp_path)
    records = [json.loads(line) for line in (tmp_path / "metrics.jsonl").read_text().splitlines()]
    train = [r for r in records if r["kind"] == "train"]
    evals = [r for r in records if r["kind"] == "eval"]
    assert [r["step"] for r in train] == list(range(1, 9))
    assert [r["step"] for r in evals] == [4, 8]  # end of each epoch
    assert [r["epoch"] for r in evals] == [1.0, 2.0]
    assert all(0.0 <= r["train_accuracy"] <= 1.0 for r in evals)
    assert len(state.history) == 2 and state.history[-1]["step"] == 8
    assert any((tmp_path / "tensorboard").iterdir())


# --- resume -----------------------------------------------------------------------------


@pytest.mark.parametrize("fail_at_call", [3, 10])
def test_resume_after_a_crash_equals_an_uninterrupted_run(
    tmp_path: Path, fail_at_call: int
) -> None:
    """Dropout makes the RNG matter; AdamW makes the optimiser state matter. 8 examples in
    micro-batches of 2, 2 per step: 2 steps an epoch; call 3 dies in epoch 0, call 10 in the
    middle of an accumulation group of epoch 2."""
    loop = settings(epochs=3.0, grad_accum=2, checkpoint_every=1, eval_every=3)
    torch.manual_seed(11)
    whole, whole_state = run_fit(
        ToyTask(n=8, batch_size=2), loop, tmp_path / "a", build_model(0.3), "adamw"
    )

    crashing = ToyTask(n=8, batch_size=2)
    crashing.fail_at_call = fail_at_call  # dies in the middle of an accumulation group
    torch.manual_seed(11)
    with pytest.raises(Crash):
        run_fit(crashing, loop, tmp_path / "b", build_model(0.3), "adamw")
    assert list_checkpoints(tmp_path / "b" / "checkpoints")
    torch.manual_seed(999)  # a new process: other weights, other RNG
    model = build_model(0.3)
    with torch.no_grad():
        for p in model.parameters():
            p.add_(1.0)
    resumed, state = run_fit(ToyTask(n=8, batch_size=2), loop, tmp_path / "b", model, "adamw", True)
    assert_same_weights(whole, resumed)
    assert state.step == whole_state.step and state.best_step == whole_state.best_step
    assert state.history == whole_state.history
    log_a = (tmp_path / "a" / "metrics.jsonl").read_text().splitlines()
    log_b = (tmp_path / "b" / "metrics.jsonl").read_text().splitlines()
    strip = [{k: v for k, v in json.loads(x).items() if k != "examples_per_s"} for x in log_a]
    assert strip == [
        {k: v for k, v in json.loads(x).items() if k != "examples_per_s"} for x in log_b
    ]


def test_without_validation_numbers_the_last_weights_are_kept(tmp_path: Path) -> None:
    """An empty validation split gives NaN metrics (`ClassificationTask.evaluate`): there is
    nothing to choose by, so the final weights must be the last ones and patience must not
    stop training."""
    task = ToyTask(batch_size=4, metrics=[float("nan")] * 10)
    loop = settings(epochs=3.0, eval_every=1, patience=2)
    model, state = run_fit(task, loop, tmp_path)
    assert not state.stopped_early and state.step == 12
    last = {k: v.clone() for k, v in task.snapshots[-1].items()}
    for name, value in model.state_dict().items():
        assert torch.equal(value, last[name]), name
