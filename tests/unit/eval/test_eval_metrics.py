"""metrics.py against scikit-learn on random data, plus ECE by hand and by property."""

from __future__ import annotations

import json

import numpy as np
import pytest
from sklearn import metrics as skm

from attune.eval import metrics

SEEDS = [0, 1, 2, 3, 4]
C = 7  # class 0 is never predicted, class 5 never present, class 6 neither


def random_labels(seed: int, n: int = 300) -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(seed)
    y_true = rng.choice([0, 1, 2, 3, 4], size=n)
    noise = rng.choice([1, 2, 3, 4, 5], size=n)
    y_pred = np.where(rng.random(n) < 0.6, y_true, noise)
    y_pred[y_pred == 0] = 1
    return y_true, y_pred


def random_probs(seed: int, n: int = 300, c: int = C) -> np.ndarray:
    return np.random.default_rng(seed + 100).dirichlet(np.ones(c), size=n)


@pytest.mark.parametrize("seed", SEEDS)
def test_accuracy_and_confusion_match_sklearn(seed: int) -> None:
    y_true, y_pred = random_labels(seed)
    assert metrics.accuracy(y_true, y_pred) == pytest.approx(skm.accuracy_score(y_true, y_pred))
    expected = skm.confusion_matrix(y_true, y_pred, labels=list(range(C)))
    np.testing.assert_array_equal(metrics.confusion_matrix(y_true, y_pred, C), expected)


@pytest.mark.parametrize("seed", SEEDS)
def test_precision_recall_f1_match_sklearn(seed: int) -> None:
    y_true, y_pred = random_labels(seed)
    prf = metrics.precision_recall_f1(y_true, y_pred, C)
    labels = list(range(C))
    p, r, f, s = skm.precision_recall_fscore_support(
        y_true, y_pred, labels=labels, average=None, zero_division=0
    )
    np.testing.assert_allclose(prf.precision, p)
    np.testing.assert_allclose(prf.recall, r)
    np.testing.assert_allclose(prf.f1, f)
    np.testing.assert_array_equal(prf.support, s)
    for average in ("macro", "micro", "weighted"):
        p, r, f, _ = skm.precision_recall_fscore_support(
            y_true, y_pred, labels=labels, average=average, zero_division=0
        )
        ours = getattr(prf, average)
        assert (ours.precision, ours.recall, ours.f1) == pytest.approx((p, r, f)), average


def test_never_predicted_and_never_present_classes_score_zero() -> None:
    y_true, y_pred = random_labels(0)
    prf = metrics.precision_recall_f1(y_true, y_pred, C)
    assert prf.precision[0] == 0.0 and prf.f1[0] == 0.0 and prf.recall[0] == 0.0
    assert prf.support[5] == 0 and prf.recall[5] == 0.0 and prf.precision[5] == 0.0
    assert prf.support[6] == 0 and prf.f1[6] == 0.0


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("k", [1, 2, 3, 5])
def test_top_k_accuracy_matches_sklearn(seed: int, k: int) -> None:
    y_true, _ = random_labels(seed)
    probs = random_probs(seed)
    expected = skm.top_k_accuracy_score(y_true, probs, k=k, labels=list(range(C)))
    assert metrics.top_k_accuracy(probs, y_true, k) == pytest.approx(expected)


def test_top_1_accuracy_is_argmax_accuracy() -> None:
    y_true, _ = random_labels(9)
    probs = random_probs(9)
    assert metrics.top_k_accuracy(probs, y_true, 1) == pytest.approx(
        metrics.accuracy(y_true, probs.argmax(axis=1))
    )
    assert metrics.top_k_accuracy(probs, y_true, C) == 1.0


def test_ece_small_example_by_hand() -> None:
    probs = np.array([[0.9, 0.1], [0.8, 0.2], [0.3, 0.7], [0.6, 0.4]])
    y_true = np.array([0, 1, 1, 0])
    # 5 bins: 0.9 → (0.8, 1] right; 0.8 and 0.7 → (0.6, 0.8] one right; 0.6 → (0.4, 0.6] right
    expected = (1 * abs(1.0 - 0.9) + 2 * abs(0.5 - 0.75) + 1 * abs(1.0 - 0.6)) / 4
    assert metrics.expected_calibration_error(probs, y_true, bins=5) == pytest.approx(expected)


def test_ece_near_zero_when_calibrated_and_large_when_overconfident() -> None:
    rng = np.random.default_rng(0)
    probs = rng.dirichlet(np.ones(4) * 0.7, size=20_000)
    # labels drawn from the predicted distribution: calibrated by construction
    y_true = (rng.random((20_000, 1)) > probs.cumsum(axis=1)).sum(axis=1)
    assert metrics.expected_calibration_error(probs, y_true) < 0.02
    sharp = probs**4 / (probs**4).sum(axis=1, keepdims=True)
    assert metrics.expected_calibration_error(sharp, y_true) > 0.1


def test_top_confusions_sorted_off_diagonal() -> None:
    y_true, y_pred = random_labels(3)
    labels = [f"c{i}" for i in range(C)]
    cm = metrics.confusion_matrix(y_true, y_pred, C)
    found = metrics.top_confusions(cm, labels, n=5)
    cells = [
        (labels[i], labels[j], int(cm[i, j]))
        for i in range(C)
        for j in range(C)
        if i != j and cm[i, j]
    ]
    cells.sort(key=lambda cell: (-cell[2], labels.index(cell[0]), labels.index(cell[1])))
    assert found == cells[:5]
    assert all(t != p for t, p, _ in found)


def test_classification_metrics_is_json_ready_and_consistent() -> None:
    y_true, y_pred = random_labels(1)
    probs = random_probs(1)
    labels = [f"label {i}" for i in range(C)]
    result = metrics.classification_metrics(y_true, y_pred, probs, labels, top_k=3, bins=10)
    assert json.loads(json.dumps(result)) == result
    assert result["accuracy"] == pytest.approx(skm.accuracy_score(y_true, y_pred))
    assert result["macro_f1"] == pytest.approx(
        skm.f1_score(y_true, y_pred, labels=list(range(C)), average="macro", zero_division=0)
    )
    assert result["ece"] == pytest.approx(metrics.expected_calibration_error(probs, y_true, 10))
    assert result["per_class"]["label 2"]["support"] == int((y_true == 2).sum())
    assert len(result["confusion_matrix"]) == C
    no_probs = metrics.classification_metrics(y_true, y_pred, None, labels)
    assert no_probs["ece"] is None and no_probs["top_k_accuracy"] is None


def test_bad_inputs_raise() -> None:
    with pytest.raises(ValueError, match="outside"):
        metrics.confusion_matrix([0, 1, 3], [0, 1, 1], 3)
    with pytest.raises(ValueError, match="differ"):
        metrics.accuracy([0, 1], [0])
    with pytest.raises(ValueError, match="integer"):
        metrics.accuracy([0.5, 1.0], [0, 1])
