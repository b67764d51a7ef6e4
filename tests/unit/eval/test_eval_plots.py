"""Every plot writes a valid PNG; the confusion subset picks the confused classes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np

from attune.eval import plots

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def assert_png(path: Path) -> None:
    assert path.is_file()
    assert path.read_bytes()[:8] == PNG_MAGIC
    assert path.stat().st_size > 1000


def test_every_plot_writes_a_png(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    history = [
        {"epoch": e, "step": 10 * e, "train_loss": 1 / e, "eval_loss": 1.2 / e, "eval_metric": 0.8}
        for e in range(1, 5)
    ]
    labels = [f"intent_{i}" for i in range(6)]
    cm = rng.integers(0, 10, size=(6, 6))
    per_class = {name: {"f1": float(rng.random())} for name in labels}
    written = [
        plots.plot_curves(history, tmp_path / "curves.png"),
        plots.plot_curves([], tmp_path / "empty_curves.png"),
        plots.plot_confusion(cm, labels, tmp_path / "confusion.png"),
        plots.plot_per_class_f1(per_class, tmp_path / "sub" / "f1.png"),
        plots.plot_confidence_histogram(
            rng.random(50), rng.random(50) > 0.3, tmp_path / "confidence.png"
        ),
        plots.plot_score_histogram(rng.random(40), rng.random(20) + 1, 1.0, tmp_path / "ood.png"),
    ]
    assert [p.name for p in written] == [
        "curves.png",
        "empty_curves.png",
        "confusion.png",
        "f1.png",
        "confidence.png",
        "ood.png",
    ]
    for path in written:
        assert_png(path)


def test_many_classes(tmp_path: Path) -> None:
    rng = np.random.default_rng(1)
    labels = [f"c{i}" for i in range(120)]
    cm = np.diag(rng.integers(5, 20, size=120))
    per_class = {name: {"f1": float(rng.random())} for name in labels}
    assert_png(plots.plot_confusion(cm, labels, tmp_path / "cm.png", max_classes=20))
    assert_png(plots.plot_per_class_f1(per_class, tmp_path / "f1.png"))


def test_confusion_subset_holds_the_classes_of_the_top_confusions() -> None:
    cm = np.diag(np.full(50, 10))
    cm[3, 7] = 9
    cm[12, 40] = 8
    cm[7, 30] = 5
    cm[1, 2] = 1
    chosen = plots.confusion_subset(cm, max_classes=5)
    assert chosen == [3, 7, 12, 30, 40]
    assert plots.confusion_subset(cm[:4, :4], max_classes=5) == [0, 1, 2, 3]


def test_importing_eval_loads_neither_matplotlib_nor_torch() -> None:
    code = (
        "import sys; import attune.eval.metrics, attune.eval.ood, attune.eval.plots, "
        "attune.eval.diagnose, attune.eval.report; "
        "bad = [m for m in ('torch', 'matplotlib') if m in sys.modules]; "
        "assert not bad, bad"
    )
    src = Path(__file__).resolve().parents[3] / "src"
    done = subprocess.run(
        [sys.executable, "-c", code], env={"PYTHONPATH": str(src)}, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
