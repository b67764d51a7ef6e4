"""diagnose_fit on synthetic training curves, one per verdict."""

from __future__ import annotations

import json

import numpy as np
import pytest

from attune.eval.diagnose import diagnose_fit


def history(
    train_loss: list[float],
    eval_loss: list[float],
    train_metric: list[float] | None = None,
    eval_metric: list[float] | None = None,
) -> list[dict[str, float]]:
    records = []
    for i, (tl, el) in enumerate(zip(train_loss, eval_loss, strict=True)):
        record = {"epoch": float(i + 1), "step": 10 * (i + 1), "train_loss": tl, "eval_loss": el}
        if train_metric is not None:
            record["train_metric"] = train_metric[i]
        record["eval_metric"] = eval_metric[i] if eval_metric is not None else 0.9
        records.append(record)
    return records


def test_over_fitting_reports_best_and_first_bad_epoch() -> None:
    epochs = np.arange(1, 9)
    train = list(1.0 * 0.6**epochs)
    valid = list(0.5 + 0.04 * (epochs - 3) ** 2)  # best at epoch 3, then rising
    result = diagnose_fit(history(train, valid, [0.9 + 0.01 * e for e in epochs]))
    assert result.verdict == "over-fitting"
    assert result.best_epoch == 3.0
    limit = min(valid) * 1.05
    first_bad = next(e for e, v in zip(epochs, valid, strict=True) if e > 3 and v > limit)
    assert result.from_epoch == float(first_bad)
    assert result.details["best_eval_loss"] == pytest.approx(min(valid))
    assert result.details["eval_loss_rise"] == pytest.approx(valid[-1] / min(valid) - 1)
    assert "epoch 3" in result.message and "over-fitting" in result.message


def test_tolerance_decides_a_small_rise() -> None:
    train = [1.0, 0.6, 0.4, 0.3, 0.25]
    valid = [0.8, 0.5, 0.52, 0.52, 0.52]  # 4 % above the best
    metric = [0.9, 0.95, 0.97, 0.98, 0.99]
    assert diagnose_fit(history(train, valid, metric), tolerance=0.05).verdict == "good fit"
    assert diagnose_fit(history(train, valid, metric), tolerance=0.03).verdict == "over-fitting"


def test_rising_validation_with_rising_train_loss_is_unstable() -> None:
    train = [1.0, 0.5, 0.4, 0.6, 0.7]  # diverging, not memorising
    valid = [0.8, 0.5, 0.45, 0.6, 0.7]
    result = diagnose_fit(history(train, valid, [0.9] * 5))
    assert result.verdict == "unstable"
    assert result.best_epoch == 3.0


def test_good_fit() -> None:
    train = [0.9, 0.3, 0.12, 0.08, 0.07]
    valid = [0.7, 0.35, 0.3, 0.29, 0.295]
    result = diagnose_fit(history(train, valid, [0.85, 0.95, 0.98, 0.99, 0.99]))
    assert result.verdict == "good fit"
    assert result.best_epoch == 4.0
    assert result.from_epoch is None


def test_under_fitting_low_train_metric() -> None:
    train = [2.0, 1.9, 1.85, 1.83]
    valid = [2.0, 1.95, 1.9, 1.9]
    result = diagnose_fit(history(train, valid, [0.3, 0.4, 0.45, 0.5]))
    assert result.verdict == "under-fitting"
    assert "0.5" in result.message


def test_under_fitting_loss_never_fell_far_without_train_metric() -> None:
    train = [2.0, 1.8, 1.6, 1.55]  # ends at 78 % of the first loss
    valid = [2.0, 1.8, 1.7, 1.68]
    assert diagnose_fit(history(train, valid)).verdict == "under-fitting"
    fitted = [2.0, 0.8, 0.4, 0.38]
    assert diagnose_fit(history(fitted, [1.0, 0.6, 0.5, 0.49])).verdict == "good fit"


def test_under_fitting_still_learning_at_the_end() -> None:
    train = [1.0, 0.5, 0.3, 0.2]  # −33 % in the last interval
    valid = [1.0, 0.6, 0.45, 0.35]  # −22 %, and the best so far
    result = diagnose_fit(history(train, valid, [0.85, 0.9, 0.93, 0.95]))
    assert result.verdict == "under-fitting"
    assert "still learning" in result.message


def test_too_few_records_is_unknown_and_everything_serialises() -> None:
    one = diagnose_fit(history([1.0], [1.0]))
    assert one.verdict == "unknown"
    assert diagnose_fit([]).verdict == "unknown"
    records = history([1.0, 0.5, 0.3], [1.0, 0.8, 1.2], [0.9, 0.95, 0.99])
    records.insert(1, {"epoch": 1.5, "step": 15, "train_loss": None, "eval_loss": 0.1})
    result = diagnose_fit(records)  # the record without a train loss is skipped
    assert result.details["records"] == 3
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["verdict"] == result.verdict
