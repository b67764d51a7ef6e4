"""A trained classifier run, loaded: score texts, predict top-k labels, reject out-of-scope."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from attune.config import Config
from attune.data.tensors import tokenize_texts
from attune.eval.detector import OutOfScopeDetector, load_detector
from attune.models.batch_inference import run_classifier
from attune.models.classifier import TextClassifier, load_classifier
from attune.precision import resolve_bf16
from attune.runs import load_run_config

FloatArray = np.ndarray[Any, np.dtype[np.float64]]


@dataclass
class Prediction:
    """One text's answer: the label (or the out-of-scope label), top-k, and its score."""

    text: str
    label: str
    confidence: float
    out_of_scope: bool
    top_k: list[tuple[str, float]]
    out_of_scope_score: float

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "label": self.label,
            "confidence": self.confidence,
            "out_of_scope": self.out_of_scope,
            "out_of_scope_score": self.out_of_scope_score,
            "top_k": [{"label": name, "probability": p} for name, p in self.top_k],
        }


@dataclass
class ClassifierRun:
    config: Config
    model: TextClassifier
    tokenizer: Any
    detector: OutOfScopeDetector

    @property
    def labels(self) -> list[str]:
        return list(self.model.labels)

    def score(self, texts: list[str]) -> tuple[FloatArray, FloatArray]:
        """Softmax probabilities (N, C) and pooled features (N, H) as float64 numpy arrays."""
        ids = tokenize_texts(self.tokenizer, texts, self.config.data.max_length)
        pad_id = int(getattr(self.tokenizer, "pad_token_id", 0) or 0)
        use_bf16 = resolve_bf16(self.config.train.precision)
        logits, features = run_classifier(self.model, ids, pad_id, use_bf16=use_bf16)
        probs = torch.softmax(logits, dim=-1)
        return probs.double().numpy(), features.double().numpy()

    def predict(self, texts: list[str], top_k: int = 3) -> list[Prediction]:
        probs, features = self.score(texts)
        scores = self.detector.score(probs, features)
        k = max(1, min(top_k, probs.shape[1]))
        predictions = []
        for i, text in enumerate(texts):
            order = np.argsort(-probs[i])[:k]
            rejected = bool(scores[i] > self.detector.threshold)
            best = self.labels[int(order[0])]
            predictions.append(
                Prediction(
                    text=text,
                    label=self.config.data.out_of_scope_label if rejected else best,
                    confidence=float(probs[i, order[0]]),
                    out_of_scope=rejected,
                    top_k=[(self.labels[int(j)], float(probs[i, j])) for j in order],
                    out_of_scope_score=float(scores[i]),
                )
            )
        return predictions


def load_classifier_run(run_dir: Path) -> ClassifierRun:
    """Load a finished classification run (config, model, tokenizer, detector)."""
    config = load_run_config(run_dir)
    model, tokenizer = load_classifier(run_dir / "model")
    return ClassifierRun(config, model, tokenizer, load_detector(run_dir / "model"))
