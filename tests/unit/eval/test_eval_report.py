"""write_report: three files, JSON round-trip, readable Markdown, escaped one-file HTML."""

from __future__ import annotations

import base64
import json
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from attune.eval import plots
from attune.eval.diagnose import diagnose_fit
from attune.eval.metrics import classification_metrics
from attune.eval.report import write_report

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def synthetic_report(num_labels: int = 5) -> dict[str, Any]:
    rng = np.random.default_rng(0)
    labels = ["<script>alert(1)</script>", "a|b", "book_flight"] + [
        f"intent_{i}" for i in range(num_labels - 3)
    ]
    y_true = rng.integers(0, num_labels, 200)
    y_pred = np.where(rng.random(200) < 0.7, y_true, rng.integers(0, num_labels, 200))
    probs = rng.dirichlet(np.ones(num_labels), size=200)
    report = classification_metrics(y_true, y_pred, probs, labels, top_k=3)
    history = [
        {"epoch": e, "step": 5 * e, "train_loss": 1 / e, "eval_loss": 0.4 + 0.05 * (e - 3) ** 2}
        for e in range(1, 7)
    ]
    report["diagnosis"] = diagnose_fit(history).to_dict()
    report["out_of_scope"] = {
        "in_scope_accuracy": 0.8812,
        "recall": 0.7321,
        "precision": 0.9105,
        "threshold": 4.25,
        "auroc": np.float64(0.95),  # numpy values must be converted on the way to JSON
        "counts": {"in_scope": 180, "out_of_scope": 20},
    }
    report["comparison"] = {
        "base": {"accuracy": 0.41, "macro_f1": 0.38},
        "tuned": {"accuracy": report["accuracy"], "macro_f1": report["macro_f1"]},
    }
    report["model"] = "minilm-l6"
    return report


def make_figures(folder: Path, report: dict[str, Any]) -> dict[str, Path]:
    rng = np.random.default_rng(1)
    return {
        "confusion": plots.plot_confusion(
            report["confusion_matrix"], report["labels"], folder / "confusion.png"
        ),
        "ood_scores": plots.plot_score_histogram(
            rng.random(30), rng.random(10) + 1, 1.0, folder / "ood_scores.png"
        ),
    }


def test_report_files_round_trip_and_mention_headline_numbers(tmp_path: Path) -> None:
    report = synthetic_report()
    eval_dir = tmp_path / "run" / "eval"
    figures = make_figures(eval_dir, report)
    paths = write_report(eval_dir, report, figures)
    for path in (paths.json, paths.markdown, paths.html):
        assert path.is_file() and path.parent == eval_dir
    for png in figures.values():
        assert png.read_bytes()[:8] == PNG_MAGIC

    loaded = json.loads(paths.json.read_text(encoding="utf-8"))
    assert loaded["accuracy"] == report["accuracy"]
    assert loaded["macro_f1"] == report["macro_f1"]
    assert loaded["per_class"] == report["per_class"]
    assert loaded["out_of_scope"]["auroc"] == 0.95
    assert loaded["diagnosis"]["verdict"] == report["diagnosis"]["verdict"]

    markdown = paths.markdown.read_text(encoding="utf-8")
    assert f"{report['accuracy']:.4f}" in markdown
    assert f"{report['macro_f1']:.4f}" in markdown
    assert "0.7321" in markdown and "4.2500" in markdown  # out-of-scope recall, threshold
    assert "Base" in markdown or "base" in markdown
    assert "](confusion.png)" in markdown  # relative image link
    assert "<script>" not in markdown and "a\\|b" in markdown
    verdict, message = report["diagnosis"]["verdict"], report["diagnosis"]["message"]
    assert f"**{verdict.capitalize()}.** {message.removeprefix(verdict + ': ')}" in markdown


def test_html_is_escaped_and_self_contained(tmp_path: Path) -> None:
    report = synthetic_report()
    figures = make_figures(tmp_path, report)
    page = write_report(tmp_path, report, figures).html.read_text(encoding="utf-8")
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert page.count("data:image/png;base64,") == 2
    encoded = page.split("data:image/png;base64,")[1].split('"')[0]
    assert base64.b64decode(encoded)[:8] == PNG_MAGIC
    assert 'src="confusion.png"' not in page


def test_per_class_table_is_worst_first_and_truncated(tmp_path: Path) -> None:
    report = synthetic_report(num_labels=45)
    markdown = write_report(tmp_path, report).markdown.read_text(encoding="utf-8")
    worst = min(report["per_class"].items(), key=lambda item: (item[1]["f1"], item[0]))[0]
    best = max(report["per_class"].items(), key=lambda item: (item[1]["f1"], item[0]))[0]
    section = markdown.split("## Per class")[1].split("## ")[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")][1:]
    names = [row.split(" | ")[0][2:].replace("\\", "") for row in rows]
    assert len(names) == 30
    assert names[0] == worst
    assert best not in names
    assert "15 more classes" in section


def test_comparison_table_has_both_columns_and_change(tmp_path: Path) -> None:
    report = synthetic_report()
    markdown = write_report(tmp_path, report).markdown.read_text(encoding="utf-8")
    section = markdown.split("## Comparison")[1].split("## ")[0]
    assert "| Metric | base | tuned | Change |" in section
    change = report["accuracy"] - 0.41
    assert f"{change:+.4f}" in section


def test_contract_is_enforced(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="accuracy"):
        write_report(tmp_path, {"accuracy": 0.9})
    with pytest.raises(ValueError, match="recall"):
        write_report(tmp_path, {"accuracy": 0.9, "macro_f1": 0.8, "out_of_scope": {"threshold": 1}})
    chat = write_report(tmp_path, {"eval_loss": 2.0, "perplexity": float(np.exp(2.0))})
    assert "7.3891" in chat.markdown.read_text(encoding="utf-8")
