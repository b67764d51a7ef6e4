"""The out-of-scope detector of a run: fitted after training, saved beside the model.

`model/ood.json` says which detector and threshold; `model/ood.safetensors` holds the
Mahalanobis state (class means, whitening). A request is out of scope when its score is
above the threshold.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from safetensors.numpy import load_file, save_file

from attune.eval.ood import MahalanobisDetector, auroc, choose_threshold, confidence_score

FloatArray = np.ndarray[Any, np.dtype[np.float64]]


@dataclass
class OutOfScopeDetector:
    """A scoring rule and its threshold; `method == "none"` accepts everything."""

    method: str
    threshold: float = float("inf")
    mahalanobis: MahalanobisDetector | None = None
    validation_auroc: float | None = None

    def score(self, probs: FloatArray, features: FloatArray) -> FloatArray:
        """(N,) higher = more out of scope."""
        if self.method == "mahalanobis" and self.mahalanobis is not None:
            return self.mahalanobis.score(features)
        if self.method == "confidence":
            return confidence_score(probs)
        return np.zeros(len(probs))

    def rejects(self, probs: FloatArray, features: FloatArray) -> np.ndarray[Any, Any]:
        return self.score(probs, features) > self.threshold

    def save(self, folder: Path) -> None:
        meta = {
            "method": self.method,
            "threshold": self.threshold,
            "validation_auroc": self.validation_auroc,
        }
        if self.mahalanobis is not None:
            save_file(self.mahalanobis.state(), str(folder / "ood.safetensors"))
        (folder / "ood.json").write_text(json.dumps(meta, indent=2), encoding="utf-8")


def load_detector(folder: Path) -> OutOfScopeDetector:
    """The saved detector, or one that accepts everything when none was saved."""
    meta_path = folder / "ood.json"
    if not meta_path.is_file():
        return OutOfScopeDetector("none")
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    detector = OutOfScopeDetector(
        meta["method"], float(meta["threshold"]), validation_auroc=meta.get("validation_auroc")
    )
    if meta["method"] == "mahalanobis":
        state = load_file(str(folder / "ood.safetensors"))
        detector.mahalanobis = MahalanobisDetector.from_state(state, str(folder))
    return detector


def fit_detector(
    method: str,
    train: tuple[FloatArray, FloatArray, np.ndarray[Any, Any]],
    validation: tuple[FloatArray, FloatArray, np.ndarray[Any, Any]],
    num_classes: int,
    in_scope_target: float,
) -> OutOfScopeDetector:
    """Fit on in-scope training features; choose the threshold on validation.

    `train` and `validation` are (probs (N, C), features (N, H), label ids (N,)) with
    label id -1 marking out-of-scope examples.
    """
    if method == "none":
        return OutOfScopeDetector("none")
    detector = OutOfScopeDetector(method)
    if method == "mahalanobis":
        probs, features, labels = train
        keep = labels >= 0
        detector.mahalanobis = MahalanobisDetector().fit(features[keep], labels[keep], num_classes)
    probs, features, labels = validation
    scores = detector.score(probs, features)
    in_scope, oos = scores[labels >= 0], scores[labels < 0]
    detector.threshold = choose_threshold(in_scope, oos if len(oos) else None, in_scope_target)
    detector.validation_auroc = auroc(in_scope, oos) if len(oos) else None
    return detector
