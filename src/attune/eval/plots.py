"""The report's PNG figures: training curves, confusions, per-class F1, confidence, OOS scores.

Figures are built on `matplotlib.figure.Figure` with an Agg canvas, never through
pyplot, so no global backend or figure registry is touched and plotting is thread-safe.
matplotlib is imported inside the functions: importing this module costs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import ArrayLike

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 110


def new_figure(width: float, height: float) -> Figure:
    """A Figure drawn by the Agg canvas (no pyplot, no global state)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(width, height), dpi=DPI, layout="constrained")
    FigureCanvasAgg(figure)
    return figure


def save_figure(figure: Figure, path: Path | str) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    figure.savefig(path, format="png")
    return path


def series(history: Sequence[Mapping[str, Any]], key: str) -> tuple[list[float], list[float]]:
    """(steps, values) of the records that hold a number under `key`."""
    steps, values = [], []
    for i, record in enumerate(history):
        value = record.get(key)
        if isinstance(value, int | float) and not isinstance(value, bool) and np.isfinite(value):
            steps.append(float(record.get("step", i)))
            values.append(float(value))
    return steps, values


def plot_curves(history: Sequence[Mapping[str, Any]], path: Path | str) -> Path:
    """Training and validation loss (left) and metric (right) against the optimiser step."""
    panels = [("loss", ("train_loss", "eval_loss")), ("metric", ("train_metric", "eval_metric"))]
    panels = [(name, keys) for name, keys in panels if any(series(history, k)[0] for k in keys)]
    figure = new_figure(5.0 * max(len(panels), 1), 3.6)
    for index, (name, keys) in enumerate(panels):
        axes = figure.add_subplot(1, len(panels), index + 1)
        for key in keys:
            steps, values = series(history, key)
            if steps:
                label = "train" if key.startswith("train") else "validation"
                axes.plot(steps, values, marker="o", markersize=3, label=label)
        axes.set_xlabel("step")
        axes.set_ylabel(name)
        axes.grid(alpha=0.3)
        axes.legend()
    if not panels:
        figure.text(0.5, 0.5, "no training records", ha="center", va="center")
    return save_figure(figure, path)


def confusion_subset(cm: np.ndarray, max_classes: int) -> list[int]:
    """Indices of the classes to show: all of them, or those in the largest confusions."""
    size = cm.shape[0]
    if size <= max_classes:
        return list(range(size))
    off = cm.copy()
    np.fill_diagonal(off, 0)
    chosen: list[int] = []
    for flat in np.argsort(-off, axis=None, kind="stable"):
        row, col = divmod(int(flat), size)
        if off[row, col] == 0 or len(chosen) >= max_classes:
            break
        chosen.extend(c for c in (row, col) if c not in chosen and len(chosen) < max_classes)
    if not chosen:  # no confusions at all: the best-supported classes
        chosen = list(np.argsort(-cm.sum(axis=1), kind="stable")[:max_classes])
    return sorted(int(c) for c in chosen)


def plot_confusion(
    cm: ArrayLike, labels: Sequence[str], path: Path | str, max_classes: int = 20
) -> Path:
    """Confusion matrix (rows true, columns predicted); with many classes, the submatrix
    of the classes involved in the largest confusions."""
    matrix = np.asarray(cm, dtype=np.int64)
    keep = confusion_subset(matrix, max_classes)
    sub = matrix[np.ix_(keep, keep)]  # (K, K)
    names = [str(labels[i]) for i in keep]
    side = 2.5 + 0.38 * len(keep)
    figure = new_figure(side + 1.0, side)
    axes = figure.add_subplot(1, 1, 1)
    image = axes.imshow(sub, cmap="Blues")
    figure.colorbar(image, ax=axes, shrink=0.8)
    axes.set_xticks(range(len(keep)), names, rotation=90, fontsize=8)
    axes.set_yticks(range(len(keep)), names, fontsize=8)
    axes.set_xlabel("predicted")
    axes.set_ylabel("true")
    shown = "" if len(keep) == matrix.shape[0] else f" ({len(keep)} most confused classes)"
    axes.set_title(f"confusion matrix{shown}")
    top = sub.max() if sub.size else 0
    for (row, col), count in np.ndenumerate(sub):
        if count:
            colour = "white" if count > top / 2 else "black"
            axes.text(col, row, str(count), ha="center", va="center", fontsize=7, color=colour)
    return save_figure(figure, path)


def plot_per_class_f1(
    per_class: Mapping[str, Mapping[str, float]], path: Path | str, max_classes: int = 30
) -> Path:
    """Horizontal bars of per-class F1, worst on top; with many classes, the worst ones."""
    ranked = sorted(per_class.items(), key=lambda item: (item[1]["f1"], item[0]))[:max_classes]
    names = [name for name, _ in ranked][::-1]  # barh draws bottom-up: worst ends on top
    scores = [float(values["f1"]) for _, values in ranked][::-1]
    figure = new_figure(6.5, 1.2 + 0.28 * max(len(ranked), 1))
    axes = figure.add_subplot(1, 1, 1)
    axes.barh(range(len(names)), scores, color="tab:blue")
    axes.set_yticks(range(len(names)), names, fontsize=8)
    axes.set_xlim(0.0, 1.0)
    axes.set_xlabel("F1")
    worst = f"worst {len(ranked)} of {len(per_class)}" if len(ranked) < len(per_class) else "all"
    axes.set_title(f"per-class F1 ({worst} classes)")
    axes.grid(axis="x", alpha=0.3)
    return save_figure(figure, path)


def plot_confidence_histogram(
    max_probs: ArrayLike, correct: ArrayLike, path: Path | str, bins: int = 20
) -> Path:
    """Histogram of the top probability, split into right and wrong predictions."""
    probs = np.asarray(max_probs, dtype=np.float64).reshape(-1)
    right = np.asarray(correct, dtype=bool).reshape(-1)
    edges = np.linspace(0.0, 1.0, bins + 1).tolist()
    figure = new_figure(6.0, 3.6)
    axes = figure.add_subplot(1, 1, 1)
    axes.hist(probs[right], bins=edges, alpha=0.6, label=f"correct ({int(right.sum())})")
    axes.hist(probs[~right], bins=edges, alpha=0.6, label=f"wrong ({int((~right).sum())})")
    axes.set_xlabel("top probability")
    axes.set_ylabel("examples")
    axes.set_title("confidence")
    axes.legend()
    return save_figure(figure, path)


def plot_score_histogram(
    in_scores: ArrayLike, oos_scores: ArrayLike, threshold: float, path: Path | str
) -> Path:
    """Out-of-scope scores of in-scope and out-of-scope requests, with the threshold."""
    inside = np.asarray(in_scores, dtype=np.float64).reshape(-1)
    outside = np.asarray(oos_scores, dtype=np.float64).reshape(-1)
    both = np.concatenate([inside, outside, [threshold]])
    edges = np.linspace(both.min(), both.max() + 1e-9, 41).tolist()
    figure = new_figure(6.0, 3.6)
    axes = figure.add_subplot(1, 1, 1)
    axes.hist(inside, bins=edges, alpha=0.6, label=f"in scope ({inside.size})")
    if outside.size:
        axes.hist(outside, bins=edges, alpha=0.6, label=f"out of scope ({outside.size})")
    axes.axvline(threshold, color="black", linestyle="--", label=f"threshold {threshold:.3g}")
    axes.set_xlabel("out-of-scope score (higher = reject)")
    axes.set_ylabel("examples")
    axes.legend()
    return save_figure(figure, path)
