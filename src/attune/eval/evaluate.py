"""Evaluating a classification run: detector calibration, metrics, diagnosis, the report."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import numpy as np

from attune.data.classify import Example, load_labelled
from attune.data.clean import clean_examples
from attune.data.problems import count_errors
from attune.errors import AttuneError
from attune.eval.detector import fit_detector
from attune.eval.diagnose import diagnose_fit
from attune.eval.metrics import classification_metrics
from attune.eval.ood import auroc, evaluate_out_of_scope
from attune.eval.plots import (
    plot_confidence_histogram,
    plot_confusion,
    plot_curves,
    plot_per_class_f1,
    plot_score_histogram,
)
from attune.eval.report import ReportPaths, write_report
from attune.eval.scoring import ClassifierRun, load_classifier_run
from attune.runs import read_examples


def label_ids(run: ClassifierRun, examples: list[Example]) -> np.ndarray[Any, Any]:
    """Class index of each example; -1 for out-of-scope (or labels the model never learned)."""
    index = {label: i for i, label in enumerate(run.labels)}
    return np.array([index.get(e.label, -1) for e in examples], dtype=np.int64)


def calibrate_out_of_scope(run_dir: Path) -> dict[str, Any]:
    """Fit the run's out-of-scope detector on its train split, threshold on validation."""
    run = load_classifier_run(run_dir)
    train = read_examples(run_dir / "data" / "train.jsonl")
    validation = read_examples(run_dir / "data" / "validation.jsonl") or train
    scored = []
    for examples in (train, validation):
        probs, features = run.score([e.text for e in examples])
        scored.append((probs, features, label_ids(run, examples)))
    detector = fit_detector(
        run.config.eval.out_of_scope,
        scored[0],
        scored[1],
        len(run.labels),
        run.config.eval.in_scope_target,
    )
    detector.save(run_dir / "model")
    return {
        "method": detector.method,
        "threshold": detector.threshold,
        "validation_auroc": detector.validation_auroc,
    }


def load_eval_examples(run_dir: Path, data_spec: str | None) -> tuple[list[Example], str]:
    """The examples to report on: a file the user names, else the run's test split, else
    its validation split."""
    if data_spec:
        loaded = load_labelled(data_spec)
        if count_errors(loaded.problems):
            raise AttuneError(
                f"{count_errors(loaded.problems)} errors in the evaluation data",
                where=data_spec,
                fix=f"run `attune check {data_spec}` to see them",
            )
        return clean_examples(loaded.examples).examples, data_spec
    for split in ("test", "validation"):
        examples = read_examples(run_dir / "data" / f"{split}.jsonl")
        if examples:
            return examples, split
    raise AttuneError(
        "the run has no test or validation examples",
        where=str(run_dir),
        fix="pass --data FILE with labelled examples",
    )


def evaluate_run(run_dir: Path, data_spec: str | None = None) -> ReportPaths:
    """Write RUN/eval/report.{json,md,html} and its plots; returns their paths."""
    run = load_classifier_run(run_dir)
    examples, split = load_eval_examples(run_dir, data_spec)
    truth = label_ids(run, examples)
    probs, features = run.score([e.text for e in examples])
    in_scope = truth >= 0
    if not in_scope.any():
        raise AttuneError("no in-scope examples to evaluate", where=split)
    cfg = run.config.eval
    predicted = probs.argmax(axis=1)
    report: dict[str, Any] = {
        "run": str(run_dir),
        "model": run.config.model,
        "method": run.config.train.method,
        "split": split,
        "examples": len(examples),
        **classification_metrics(
            truth[in_scope],
            predicted[in_scope],
            probs[in_scope],
            run.labels,
            cfg.top_k,
            cfg.calibration_bins,
        ),
    }
    eval_dir = run_dir / "eval"
    eval_dir.mkdir(parents=True, exist_ok=True)
    figures = write_classification_plots(
        eval_dir, report, probs[in_scope], truth[in_scope], run.labels
    )
    scores = run.detector.score(probs, features)
    if (~in_scope).any() and run.detector.method != "none":
        section = evaluate_out_of_scope(predicted, truth, scores, run.detector.threshold, ~in_scope)
        section["auroc"] = auroc(scores[in_scope], scores[~in_scope])
        section["method"] = run.detector.method
        report["out_of_scope"] = section
        figures["ood_scores"] = plot_score_histogram(
            scores[in_scope], scores[~in_scope], run.detector.threshold, eval_dir / "ood_scores.png"
        )
    history = read_history(run_dir)
    if history:
        report["diagnosis"] = diagnose_fit(history, cfg.overfit_tolerance).to_dict()
        figures["curves"] = plot_curves(history, eval_dir / "curves.png")
    base = run_dir / "base_metrics.json"
    if base.is_file():
        report["comparison"] = comparison(json.loads(base.read_text(encoding="utf-8")), report)
    return write_report(eval_dir, report, figures, title=f"attune evaluation — {run_dir.name}")


def write_classification_plots(
    eval_dir: Path,
    report: dict[str, Any],
    probs: np.ndarray[Any, Any],
    truth: np.ndarray[Any, Any],
    labels: list[str],
) -> dict[str, Path]:
    correct = probs.argmax(axis=1) == truth
    return {
        "confusion": plot_confusion(
            np.array(report["confusion_matrix"]), labels, eval_dir / "confusion.png"
        ),
        "per_class_f1": plot_per_class_f1(report["per_class"], eval_dir / "per_class_f1.png"),
        "confidence": plot_confidence_histogram(
            probs.max(axis=1), correct, eval_dir / "confidence.png"
        ),
    }


def read_history(run_dir: Path) -> list[dict[str, Any]]:
    """Validation records with the names the diagnosis reads (`train_metric`, `eval_metric`)."""
    path = run_dir / "history.json"
    if not path.is_file():
        return []
    records = json.loads(path.read_text(encoding="utf-8"))
    for record in records:
        record.setdefault("train_metric", record.get("train_accuracy"))
        record.setdefault("eval_metric", record.get("accuracy"))
    return list(records)


def comparison(base: dict[str, Any], tuned: dict[str, Any]) -> dict[str, Any]:
    keys = ("accuracy", "macro_f1", "ece")
    return {"base": {k: base.get(k) for k in keys}, "tuned": {k: tuned.get(k) for k in keys}}
