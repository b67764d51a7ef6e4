"""Over- or under-fitting, read from the validation records of a training run.

The rules, checked in this order (numbers are the defaults of `diagnose_fit`):

1. over-fitting — the last validation loss is more than `tolerance` (5 %, relative)
   above the best one, and the training loss at the end is below the training loss at
   the best record (it kept falling while validation got worse).
2. unstable — the last validation loss is past the tolerance but the training loss
   rose as well (training diverged rather than memorised).
3. under-fitting — any of:
   a. the final training metric (higher is better, e.g. accuracy) is below
      `metric_floor` (0.8);
   b. without a training metric: the final training loss is above `loss_ratio` (0.5)
      of the first recorded one (it never fell far);
   c. still learning: training and validation loss both fell by more than `steep_drop`
      (10 %, relative) between the last two records, and the last validation loss is
      the best — more training would very likely still help.
4. good fit — otherwise.

With fewer than two usable records the verdict is "unknown".
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Verdict = Literal["over-fitting", "under-fitting", "unstable", "good fit", "unknown"]


@dataclass(frozen=True)
class Diagnosis:
    """A verdict on the training curves, a sentence for people, and the numbers behind it."""

    verdict: Verdict
    message: str
    best_epoch: float | None
    from_epoch: float | None = None
    details: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def read_value(record: dict[str, Any], key: str) -> float | None:
    """record[key] as a finite float, or None when absent, None or not finite."""
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def diagnose_fit(
    history: list[dict[str, Any]],
    tolerance: float = 0.05,
    metric_floor: float = 0.8,
    loss_ratio: float = 0.5,
    steep_drop: float = 0.1,
) -> Diagnosis:
    """Diagnose a run from its validation records, oldest first (see the module docstring).

    Each record holds `epoch`, `step`, `train_loss`, `eval_loss`, `eval_metric` and
    optionally `train_metric`; records without both losses are skipped.
    """
    records = [r for r in history if has_losses(r)]
    if len(records) < 2:
        return Diagnosis(
            "unknown",
            f"not enough validation records to judge the fit ({len(records)}; need 2)",
            best_epoch=read_value(records[0], "epoch") if records else None,
            details={"records": len(records)},
        )
    train = [float(r["train_loss"]) for r in records]
    valid = [float(r["eval_loss"]) for r in records]
    best = min(range(len(valid)), key=valid.__getitem__)  # first index of the lowest loss
    details: dict[str, Any] = {
        "records": len(records),
        "best_eval_loss": valid[best],
        "final_eval_loss": valid[-1],
        "eval_loss_rise": relative_change(valid[best], valid[-1]),
        "train_loss_at_best": train[best],
        "first_train_loss": train[0],
        "final_train_loss": train[-1],
        "final_train_metric": read_value(records[-1], "train_metric"),
        "final_eval_metric": read_value(records[-1], "eval_metric"),
        "tolerance": tolerance,
    }
    best_epoch = read_value(records[best], "epoch")
    over = check_overfitting(records, train, valid, best, tolerance)
    if over is not None:
        message, from_epoch = over
        return Diagnosis("over-fitting", message, best_epoch, from_epoch, details)
    limit = valid[best] + tolerance * abs(valid[best])
    if valid[-1] > limit:  # rule 1 failed only because the training loss rose too
        message = (
            f"unstable: validation loss rose from {valid[best]:.4g} to {valid[-1]:.4g} and "
            f"training loss rose too ({train[best]:.4g} → {train[-1]:.4g}); lower the "
            "learning rate or clip gradients harder"
        )
        return Diagnosis("unstable", message, best_epoch, None, details)
    under = check_underfitting(records, train, valid, metric_floor, loss_ratio, steep_drop)
    if under is not None:
        return Diagnosis("under-fitting", under, best_epoch, None, details)
    message = (
        f"good fit: validation loss ended at {valid[-1]:.4g} "
        f"(best {valid[best]:.4g} at epoch {fmt_epoch(best_epoch)}), "
        f"training loss fell from {train[0]:.4g} to {train[-1]:.4g}"
    )
    return Diagnosis("good fit", message, best_epoch, None, details)


def check_overfitting(
    records: list[dict[str, Any]],
    train: list[float],
    valid: list[float],
    best: int,
    tolerance: float,
) -> tuple[str, float | None] | None:
    """(message, first epoch past the tolerance) when rule 1 holds, else None."""
    limit = valid[best] + tolerance * abs(valid[best])
    if valid[-1] <= limit or train[-1] >= train[best]:
        return None
    first = next(i for i in range(best + 1, len(valid)) if valid[i] > limit)
    from_epoch = read_value(records[first], "epoch")
    rise = relative_change(valid[best], valid[-1])
    message = (
        f"over-fitting: validation loss rose {rise:.1%} above its best "
        f"({valid[best]:.4g} at epoch {fmt_epoch(read_value(records[best], 'epoch'))}) "
        f"to {valid[-1]:.4g}, past the {tolerance:.0%} tolerance from epoch "
        f"{fmt_epoch(from_epoch)}, while training loss kept falling "
        f"({train[best]:.4g} → {train[-1]:.4g}); prefer the best checkpoint, fewer epochs, "
        "more dropout or more data"
    )
    return message, from_epoch


def check_underfitting(
    records: list[dict[str, Any]],
    train: list[float],
    valid: list[float],
    metric_floor: float,
    loss_ratio: float,
    steep_drop: float,
) -> str | None:
    """A message when rule 2 holds, else None."""
    train_metric = read_value(records[-1], "train_metric")
    if train_metric is not None and train_metric < metric_floor:
        return (
            f"under-fitting: the final training metric is {train_metric:.4g}, below "
            f"{metric_floor:.4g}; the model cannot fit its own training data — train longer, "
            "raise the learning rate or use a larger model"
        )
    if train_metric is None and train[0] > 0 and train[-1] > loss_ratio * train[0]:
        return (
            f"under-fitting: training loss only fell from {train[0]:.4g} to {train[-1]:.4g} "
            f"(still above {loss_ratio:.0%} of its first value); train longer or raise the "
            "learning rate"
        )
    train_drop = -relative_change(train[-2], train[-1])
    valid_drop = -relative_change(valid[-2], valid[-1])
    if train_drop > steep_drop and valid_drop > steep_drop and valid[-1] <= min(valid):
        return (
            f"under-fitting: still learning when training stopped — over the last interval "
            f"training loss fell {train_drop:.1%} and validation loss {valid_drop:.1%} "
            f"(to its best, {valid[-1]:.4g}); train for more epochs"
        )
    return None


def has_losses(record: dict[str, Any]) -> bool:
    return read_value(record, "train_loss") is not None and (
        read_value(record, "eval_loss") is not None
    )


def relative_change(before: float, after: float) -> float:
    """(after − before) / |before|, 0 when before is 0."""
    return (after - before) / abs(before) if before else 0.0


def fmt_epoch(epoch: float | None) -> str:
    return "?" if epoch is None else f"{epoch:g}"
