"""Classification metrics as pure numpy functions over label ids and probabilities.

Hand-written rather than taken from scikit-learn so that the report does not depend on
scikit-learn's label encoding and warnings; the tests cross-check every function against
scikit-learn. Zero divisions give 0, like scikit-learn's `zero_division=0`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, NamedTuple

import numpy as np
from numpy.typing import ArrayLike, NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


class Averages(NamedTuple):
    """Precision, recall and F1 averaged one way (macro, micro or weighted)."""

    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class PRF:
    """Per-class precision, recall, F1 and support (each (C,)), and their averages."""

    precision: FloatArray
    recall: FloatArray
    f1: FloatArray
    support: IntArray
    macro: Averages
    micro: Averages
    weighted: Averages


def as_label_ids(values: ArrayLike, num_classes: int | None, name: str) -> IntArray:
    """Check that `values` are integer label ids in [0, num_classes) and return them as (N,)."""
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{name} must be one-dimensional, got shape {array.shape}")
    if array.size and not np.issubdtype(array.dtype, np.integer):
        raise ValueError(f"{name} must hold integer label ids, got dtype {array.dtype}")
    ids = array.astype(np.int64)
    if num_classes is not None and ids.size and (ids.min() < 0 or ids.max() >= num_classes):
        raise ValueError(f"{name} holds ids outside [0, {num_classes}): {ids.min()}..{ids.max()}")
    return ids


def as_probs(probs: ArrayLike, n: int) -> FloatArray:
    """Check that `probs` is (N, C) with N matching the labels."""
    array = np.asarray(probs, dtype=np.float64)
    if array.ndim != 2 or array.shape[0] != n:
        raise ValueError(f"probs must have shape ({n}, C), got {array.shape}")
    return array


def check_pair(
    y_true: ArrayLike, y_pred: ArrayLike, num_classes: int | None
) -> tuple[IntArray, IntArray]:
    """Check a pair of label-id arrays of equal length."""
    true = as_label_ids(y_true, num_classes, "y_true")
    pred = as_label_ids(y_pred, num_classes, "y_pred")
    if true.shape != pred.shape:
        raise ValueError(f"y_true and y_pred differ in length: {true.size} vs {pred.size}")
    return true, pred


def safe_divide(num: FloatArray, den: FloatArray) -> FloatArray:
    """num / den elementwise, 0 where den is 0."""
    out = np.zeros_like(num, dtype=np.float64)
    np.divide(num, den, out=out, where=den != 0)
    return out


def accuracy(y_true: ArrayLike, y_pred: ArrayLike) -> float:
    """Share of examples whose predicted id equals the true id (0 for no examples)."""
    true, pred = check_pair(y_true, y_pred, None)
    return float(np.mean(true == pred)) if true.size else 0.0


def confusion_matrix(y_true: ArrayLike, y_pred: ArrayLike, num_classes: int) -> IntArray:
    """(C, C) counts: row = true class, column = predicted class."""
    true, pred = check_pair(y_true, y_pred, num_classes)
    flat = np.bincount(true * num_classes + pred, minlength=num_classes * num_classes)
    return flat.reshape(num_classes, num_classes).astype(np.int64)


def precision_recall_f1(y_true: ArrayLike, y_pred: ArrayLike, num_classes: int) -> PRF:
    """Per-class and averaged precision, recall and F1 over the classes 0..C-1.

    precision_c = TP/(TP+FP), recall_c = TP/(TP+FN), F1_c = 2·TP/(2·TP+FP+FN).
    macro: unweighted mean over all C classes (absent classes count as 0);
    micro: from the summed counts; weighted: mean weighted by support.
    """
    cm = confusion_matrix(y_true, y_pred, num_classes).astype(np.float64)
    tp = np.diag(cm)  # (C,)
    predicted = cm.sum(axis=0)  # TP + FP
    support = cm.sum(axis=1)  # TP + FN
    precision = safe_divide(tp, predicted)
    recall = safe_divide(tp, support)
    f1 = safe_divide(2 * tp, predicted + support)
    macro = Averages(float(precision.mean()), float(recall.mean()), float(f1.mean()))
    tp_all, pred_all, true_all = (np.array([x.sum()]) for x in (tp, predicted, support))
    micro = Averages(
        float(safe_divide(tp_all, pred_all)[0]),
        float(safe_divide(tp_all, true_all)[0]),
        float(safe_divide(2 * tp_all, pred_all + true_all)[0]),
    )
    total = support.sum()
    weights = support / total if total else np.zeros_like(support)
    weighted = Averages(float(precision @ weights), float(recall @ weights), float(f1 @ weights))
    return PRF(precision, recall, f1, support.astype(np.int64), macro, micro, weighted)


def expected_calibration_error(probs: ArrayLike, y_true: ArrayLike, bins: int = 15) -> float:
    """ECE = Σ_b |B_b|/N · |accuracy(B_b) − mean confidence(B_b)|.

    Confidence is the top probability; bin b holds confidences in (b/bins, (b+1)/bins]
    (the first bin also holds 0).
    """
    if bins < 1:
        raise ValueError(f"bins must be at least 1, got {bins}")
    true = as_label_ids(y_true, None, "y_true")
    p = as_probs(probs, true.size)
    if not true.size:
        return 0.0
    confidence = p.max(axis=1)  # (N,)
    correct = (p.argmax(axis=1) == true).astype(np.float64)  # (N,)
    inner_edges = np.linspace(0.0, 1.0, bins + 1)[1:-1]
    which = np.searchsorted(inner_edges, confidence, side="left")  # (N,) bin index
    conf_sum = np.bincount(which, weights=confidence, minlength=bins)
    correct_sum = np.bincount(which, weights=correct, minlength=bins)
    return float(np.abs(correct_sum - conf_sum).sum() / true.size)


def top_k_accuracy(probs: ArrayLike, y_true: ArrayLike, k: int) -> float:
    """Share of examples whose true class is among the k highest probabilities.

    A class counts as in the top k when fewer than k classes score strictly higher
    (ties are resolved in the true class's favour).
    """
    if k < 1:
        raise ValueError(f"k must be at least 1, got {k}")
    true = as_label_ids(y_true, None, "y_true")
    p = as_probs(probs, true.size)
    if not true.size:
        return 0.0
    as_label_ids(true, p.shape[1], "y_true")
    true_score = p[np.arange(true.size), true]  # (N,)
    higher = (p > true_score[:, None]).sum(axis=1)  # (N,) classes strictly above the true one
    return float(np.mean(higher < k))


def top_confusions(cm: ArrayLike, labels: list[str], n: int = 10) -> list[tuple[str, str, int]]:
    """The n largest off-diagonal cells of a confusion matrix as (true, predicted, count).

    Sorted by count (descending), then by row and column; empty cells are left out.
    """
    matrix = np.asarray(cm, dtype=np.int64)
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1] or matrix.shape[0] != len(labels):
        raise ValueError(f"cm must be ({len(labels)}, {len(labels)}), got {matrix.shape}")
    off = matrix.copy()
    np.fill_diagonal(off, 0)
    rows, cols = np.nonzero(off)
    # lexsort sorts by the last key first: count descending, then row, then column
    order = np.lexsort((cols, rows, -off[rows, cols]))[:n]
    return [(labels[rows[i]], labels[cols[i]], int(off[rows[i], cols[i]])) for i in order]


def classification_metrics(
    y_true: ArrayLike,
    y_pred: ArrayLike,
    probs: ArrayLike | None,
    labels: list[str],
    top_k: int = 3,
    bins: int = 15,
) -> dict[str, Any]:
    """Every classification metric of the report, as plain JSON-ready Python values.

    `ece` and `top_k_accuracy` are None when no probabilities are given.
    """
    num_classes = len(labels)
    true, pred = check_pair(y_true, y_pred, num_classes)
    prf = precision_recall_f1(true, pred, num_classes)
    cm = confusion_matrix(true, pred, num_classes)
    ece = topk = None
    if probs is not None:
        p = as_probs(probs, true.size)
        if p.shape[1] != num_classes:
            raise ValueError(f"probs has {p.shape[1]} columns for {num_classes} labels")
        ece = expected_calibration_error(p, true, bins)
        topk = top_k_accuracy(p, true, top_k)
    per_class = {
        label: {
            "precision": float(prf.precision[i]),
            "recall": float(prf.recall[i]),
            "f1": float(prf.f1[i]),
            "support": int(prf.support[i]),
        }
        for i, label in enumerate(labels)
    }
    return {
        "num_examples": int(true.size),
        "accuracy": accuracy(true, pred),
        "macro_f1": prf.macro.f1,
        "micro_f1": prf.micro.f1,
        "weighted_f1": prf.weighted.f1,
        "macro_precision": prf.macro.precision,
        "macro_recall": prf.macro.recall,
        "ece": ece,
        "top_k": top_k,
        "top_k_accuracy": topk,
        "per_class": per_class,
        "top_confusions": [
            {"true": t, "pred": p_, "count": c} for t, p_, c in top_confusions(cm, labels, 20)
        ],
        "labels": list(labels),
        "confusion_matrix": cm.tolist(),
    }
