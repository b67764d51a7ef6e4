"""Out-of-scope detection: a score per request (higher = further from every intent) and
the threshold above which a request is rejected.

Two scores: the Mahalanobis distance of the pooled features to the nearest class mean
under a shared covariance (Lee et al., 2018), and 1 − the top softmax probability. Both
are computed in float64 numpy; the features come in as arrays, so nothing here needs torch.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

import numpy as np
from numpy.typing import ArrayLike, NDArray

from attune.errors import AttuneError

FloatArray = NDArray[np.float64]
STATE_KEYS = ("means", "counts", "whitening", "normalize", "shrinkage")


def normalise_rows(features: FloatArray) -> FloatArray:
    """Scale each row to unit L2 norm (zero rows stay zero)."""
    norms = np.linalg.norm(features, axis=1, keepdims=True)  # (N, 1)
    return features / np.maximum(norms, 1e-12)


class MahalanobisDetector:
    """Class means and one shared (tied) covariance of the training features.

    score(x) = min_c sqrt((x − μ_c)ᵀ Σ⁻¹ (x − μ_c)), with the shrunk covariance
    Σ = (1 − α)·S + α·(tr S / H)·I, where S is the pooled within-class covariance and
    α = `shrinkage`. The shrinkage keeps Σ invertible when there are fewer examples than
    feature dimensions (few-shot data). With `normalize` the features are L2-normalised
    first, which suits the cosine head: its logits only see the direction of a feature.
    """

    def __init__(self, normalize: bool = True, shrinkage: float = 0.05) -> None:
        if not 0.0 <= shrinkage <= 1.0:
            raise ValueError(f"shrinkage must be in [0, 1], got {shrinkage}")
        self.normalize = normalize
        self.shrinkage = shrinkage
        self.means: FloatArray | None = None  # (C, H)
        self.counts: NDArray[np.int64] | None = None  # (C,) training examples per class
        self.whitening: FloatArray | None = None  # (H, H) W with W Wᵀ = Σ⁻¹
        self.cached_means: FloatArray | None = None  # whitened_means(), reset by fit

    def prepare(self, features: ArrayLike) -> FloatArray:
        x = np.asarray(features, dtype=np.float64)
        if x.ndim != 2:
            raise ValueError(f"features must be (N, H), got shape {x.shape}")
        return normalise_rows(x) if self.normalize else x

    def fit(
        self, features: ArrayLike, label_ids: ArrayLike, num_classes: int
    ) -> MahalanobisDetector:
        """Estimate class means and the shared covariance; returns self."""
        x = self.prepare(features)  # (N, H)
        y = np.asarray(label_ids, dtype=np.int64)
        if y.shape != (x.shape[0],):
            raise ValueError(f"label_ids must be ({x.shape[0]},), got {y.shape}")
        if not y.size:
            raise AttuneError("cannot fit the out-of-scope detector on no examples")
        if y.min() < 0 or y.max() >= num_classes:
            raise ValueError(f"label_ids must lie in [0, {num_classes})")
        counts = np.bincount(y, minlength=num_classes)  # (C,)
        sums = np.zeros((num_classes, x.shape[1]))
        np.add.at(sums, y, x)
        means = sums / np.maximum(counts, 1)[:, None]  # (C, H); absent classes stay 0
        centred = x - means[y]  # (N, H)
        cov = centred.T @ centred / y.size  # (H, H)
        scale = max(float(np.trace(cov)) / cov.shape[0], 1e-12)
        cov = (1.0 - self.shrinkage) * cov + self.shrinkage * scale * np.eye(cov.shape[0])
        values, vectors = np.linalg.eigh(cov)
        # eigh of a symmetric matrix: Σ⁻¹ = V diag(1/λ) Vᵀ, so W = V diag(λ^-1/2)
        values = np.maximum(values, 1e-12 * scale)
        self.whitening = vectors / np.sqrt(values)[None, :]
        self.cached_means = None
        self.means = means
        self.counts = counts.astype(np.int64)
        return self

    def score(self, features: ArrayLike) -> FloatArray:
        """(N,) distance to the nearest class mean seen in training; higher = more out of scope."""
        if self.means is None or self.whitening is None or self.counts is None:
            raise RuntimeError("MahalanobisDetector.score called before fit")
        x = self.prepare(features)
        if x.shape[1] != self.means.shape[1]:
            raise ValueError(f"features have {x.shape[1]} dims, detector {self.means.shape[1]}")
        z = x @ self.whitening  # (N, H) whitened features
        m = self.whitened_means()  # (C', H)
        # ‖z − m‖² = ‖z‖² + ‖m‖² − 2 z·m, as one matrix product instead of an (N, C, H) tensor
        d2 = (z * z).sum(1)[:, None] + (m * m).sum(1)[None, :] - 2.0 * z @ m.T  # (N, C')
        return np.sqrt(np.maximum(d2.min(axis=1), 0.0))

    def whitened_means(self) -> FloatArray:
        """(C', H) the means of the classes seen in training, whitened; computed once (a
        server scores one request at a time, and this product is most of a request's cost)."""
        assert self.means is not None and self.whitening is not None and self.counts is not None
        if self.cached_means is None:
            self.cached_means = self.means[self.counts > 0] @ self.whitening
        return self.cached_means

    def state(self) -> dict[str, np.ndarray]:
        """Arrays that rebuild this detector exactly (for safetensors; the caller saves)."""
        if self.means is None or self.whitening is None or self.counts is None:
            raise RuntimeError("MahalanobisDetector.state called before fit")
        return {
            "means": self.means.copy(),
            "counts": self.counts.copy(),
            "whitening": self.whitening.copy(),
            "normalize": np.array([int(self.normalize)], dtype=np.int64),
            "shrinkage": np.array([self.shrinkage], dtype=np.float64),
        }

    @classmethod
    def from_state(
        cls, state: Mapping[str, np.ndarray], source: str = "detector state"
    ) -> MahalanobisDetector:
        """Rebuild a detector from `state()`; `source` names the file in error messages."""
        missing = [key for key in STATE_KEYS if key not in state]
        if missing:
            raise AttuneError(
                f"out-of-scope detector state lacks {', '.join(missing)}",
                where=source,
                fix="re-run `attune eval RUN` to rebuild the detector",
            )
        means = np.asarray(state["means"], dtype=np.float64)
        whitening = np.asarray(state["whitening"], dtype=np.float64)
        counts = np.asarray(state["counts"], dtype=np.int64)
        shapes_ok = (
            means.ndim == 2
            and whitening.shape == (means.shape[1], means.shape[1])
            and counts.shape == (means.shape[0],)
        )
        if not shapes_ok:
            raise AttuneError(
                "out-of-scope detector state has inconsistent shapes",
                where=source,
                fix="re-run `attune eval RUN` to rebuild the detector",
            )
        detector = cls(
            normalize=bool(np.asarray(state["normalize"]).reshape(-1)[0]),
            shrinkage=float(np.asarray(state["shrinkage"]).reshape(-1)[0]),
        )
        detector.means, detector.whitening, detector.counts = means, whitening, counts
        return detector


def confidence_score(probs: ArrayLike) -> FloatArray:
    """(N,) 1 − top softmax probability; higher = more out of scope."""
    p = np.asarray(probs, dtype=np.float64)
    if p.ndim != 2:
        raise ValueError(f"probs must be (N, C), got shape {p.shape}")
    return 1.0 - p.max(axis=1)


def choose_threshold(
    in_scope_scores: ArrayLike,
    oos_scores: ArrayLike | None = None,
    in_scope_target: float = 0.97,
) -> float:
    """The score threshold: a request is accepted when score <= threshold.

    Rule: only thresholds that accept at least `in_scope_target` of the in-scope
    validation scores are allowed. Without out-of-scope validation scores, the smallest
    allowed one is returned (it rejects the most while meeting the target). With them,
    the allowed threshold that maximises (in-scope accepted share + out-of-scope rejected
    share) — Youden's J restricted to the target — is returned; ties go to the smallest.
    The best threshold is always one of the in-scope scores, so only those are tried.
    """
    if not 0.0 < in_scope_target <= 1.0:
        raise ValueError(f"in_scope_target must be in (0, 1], got {in_scope_target}")
    scores_in = np.sort(np.asarray(in_scope_scores, dtype=np.float64).reshape(-1))
    if not scores_in.size:
        raise AttuneError(
            "no in-scope validation examples to choose the out-of-scope threshold on",
            fix="give a validation split with in-scope examples",
        )
    n = scores_in.size
    # the k-th smallest score accepts at least k examples (more with ties)
    need = max(math.ceil(in_scope_target * n - 1e-9), 1)
    candidates = scores_in[need - 1 :]  # (K,) ascending, each meets the target
    if oos_scores is None:
        return float(candidates[0])
    oos = np.sort(np.asarray(oos_scores, dtype=np.float64).reshape(-1))
    if not oos.size:
        return float(candidates[0])
    accepted_in = np.searchsorted(scores_in, candidates, side="right") / n  # (K,)
    rejected_oos = 1.0 - np.searchsorted(oos, candidates, side="right") / oos.size  # (K,)
    return float(candidates[int(np.argmax(accepted_in + rejected_oos))])


def auroc(in_scope_scores: ArrayLike, oos_scores: ArrayLike) -> float:
    """Area under the ROC curve of the score separating out-of-scope (positive) from in-scope.

    Mann–Whitney form: (Σ ranks of the oos scores − m(m+1)/2) / (n·m), with tied scores
    given their average rank. 0.5 = no separation, 1 = every oos scores above every
    in-scope request. NaN when either group is empty.
    """
    a = np.asarray(in_scope_scores, dtype=np.float64).reshape(-1)
    b = np.asarray(oos_scores, dtype=np.float64).reshape(-1)
    n, m = a.size, b.size
    if not n or not m:
        return float("nan")
    ranks = average_ranks(np.concatenate([a, b]))
    return float((ranks[n:].sum() - m * (m + 1) / 2.0) / (n * m))


def average_ranks(values: FloatArray) -> FloatArray:
    """1-based ranks of `values`, ties given the mean of their ranks (scipy's 'average')."""
    order = np.argsort(values, kind="mergesort")
    sorted_values = values[order]
    # start index of each run of equal values
    starts = np.flatnonzero(np.r_[True, sorted_values[1:] != sorted_values[:-1]])
    ends = np.r_[starts[1:], values.size]  # exclusive
    mean_rank = (starts + ends + 1) / 2.0  # mean of ranks starts+1 .. ends
    ranks = np.empty(values.size)
    ranks[order] = np.repeat(mean_rank, ends - starts)
    return ranks


def evaluate_out_of_scope(
    pred_ids: ArrayLike,
    y_true_ids: ArrayLike,
    scores: ArrayLike,
    threshold: float,
    is_oos_true: ArrayLike,
) -> dict[str, Any]:
    """How well the classifier plus the rejection threshold serve a mixed test set.

    An in-scope example is correct when it is accepted (score <= threshold) and its class
    is predicted right; an out-of-scope example is caught when it is rejected. The true
    ids of out-of-scope examples are ignored. `recall`/`precision` are the report's names;
    `out_of_scope_recall`/`out_of_scope_precision` are the same numbers, spelled out.
    """
    pred = np.asarray(pred_ids).reshape(-1)
    true = np.asarray(y_true_ids).reshape(-1)
    s = np.asarray(scores, dtype=np.float64).reshape(-1)
    oos = np.asarray(is_oos_true, dtype=bool).reshape(-1)
    if not pred.size == true.size == s.size == oos.size:
        raise ValueError("pred_ids, y_true_ids, scores and is_oos_true differ in length")
    accepted = s <= threshold
    rejected = ~accepted
    n_in, n_oos, n_rej = int((~oos).sum()), int(oos.sum()), int(rejected.sum())
    in_correct = int((accepted & (pred == true) & ~oos).sum())
    oos_caught = int((rejected & oos).sum())
    recall = oos_caught / n_oos if n_oos else 0.0
    precision = oos_caught / n_rej if n_rej else 0.0
    area = auroc(s[~oos], s[oos])
    return {
        "in_scope_accuracy": in_correct / n_in if n_in else 0.0,
        "in_scope_acceptance": int((accepted & ~oos).sum()) / n_in if n_in else 0.0,
        "recall": recall,
        "precision": precision,
        "out_of_scope_recall": recall,
        "out_of_scope_precision": precision,
        "auroc": None if math.isnan(area) else area,
        "threshold": float(threshold),
        "counts": {
            "in_scope": n_in,
            "out_of_scope": n_oos,
            "rejected": n_rej,
            "in_scope_rejected": int((rejected & ~oos).sum()),
            "out_of_scope_rejected": oos_caught,
        },
    }
