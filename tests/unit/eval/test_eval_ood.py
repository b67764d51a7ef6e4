"""Out-of-scope scores, threshold choice and evaluation on synthetic Gaussian clusters."""

from __future__ import annotations

import numpy as np
import pytest
from safetensors.numpy import load_file, save_file
from sklearn.metrics import roc_auc_score

from attune.errors import AttuneError
from attune.eval.ood import (
    MahalanobisDetector,
    auroc,
    choose_threshold,
    confidence_score,
    evaluate_out_of_scope,
)

H, C = 16, 4


def clusters(seed: int, per_class: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """In-scope features of C classes, labels, and out-of-scope features of a 5th cluster."""
    centres = np.random.default_rng(1234).normal(size=(C + 1, H))  # the same in every split
    rng = np.random.default_rng(seed)
    centres *= 10.0 / np.linalg.norm(centres, axis=1, keepdims=True)
    labels = np.repeat(np.arange(C), per_class)
    features = centres[labels] + rng.normal(size=(labels.size, H))
    oos = centres[C] + rng.normal(size=(per_class, H))
    return features, labels, oos


@pytest.mark.parametrize("normalize", [True, False])
def test_far_points_score_high_and_are_rejected(normalize: bool) -> None:
    train_x, train_y, _ = clusters(0, 60)
    val_x, _, val_oos = clusters(1, 40)
    test_x, test_y, test_oos = clusters(2, 40)
    detector = MahalanobisDetector(normalize=normalize).fit(train_x, train_y, C)
    threshold = choose_threshold(detector.score(val_x), detector.score(val_oos), 0.95)
    in_scores, oos_scores = detector.score(test_x), detector.score(test_oos)
    assert in_scores.shape == (test_x.shape[0],)
    assert np.median(oos_scores) > 2 * np.median(in_scores)
    assert np.mean(oos_scores > threshold) > 0.9
    assert np.mean(in_scores <= threshold) > 0.85
    assert auroc(in_scores, oos_scores) > 0.95


def test_score_equals_direct_mahalanobis() -> None:
    x, y, oos = clusters(3, 30)
    detector = MahalanobisDetector(normalize=False, shrinkage=0.1).fit(x, y, C)
    means = np.stack([x[y == c].mean(axis=0) for c in range(C)])
    centred = x - means[y]
    cov = centred.T @ centred / len(x)
    cov = 0.9 * cov + 0.1 * np.trace(cov) / H * np.eye(H)
    inv = np.linalg.inv(cov)
    diff = oos[:, None, :] - means[None, :, :]  # (N, C, H)
    expected = np.sqrt(np.einsum("nch,hk,nck->nc", diff, inv, diff)).min(axis=1)
    np.testing.assert_allclose(detector.score(oos), expected, rtol=1e-8)


def test_score_grows_with_distance_from_a_mean() -> None:
    x, y, _ = clusters(4, 50)
    detector = MahalanobisDetector(normalize=False).fit(x, y, C)
    direction = np.random.default_rng(5).normal(size=H)
    mean0 = x[y == 0].mean(axis=0)
    scores = detector.score(np.stack([mean0 + t * direction for t in (0.0, 1.0, 3.0, 10.0)]))
    assert np.all(np.diff(scores) > 0)
    assert scores[0] == pytest.approx(0.0, abs=1e-6)


def test_few_shot_and_absent_classes() -> None:
    x, y, oos = clusters(6, 3)  # 12 examples, 16 dimensions: the raw covariance is singular
    detector = MahalanobisDetector(normalize=False).fit(x, y, C)
    assert np.all(np.isfinite(detector.score(oos)))
    # an extra class with no examples must not act as a mean at the origin
    with_empty = MahalanobisDetector(normalize=False).fit(x, y, C + 1)
    near_origin = np.zeros((1, H))
    np.testing.assert_allclose(with_empty.score(near_origin), detector.score(near_origin))


@pytest.mark.parametrize("normalize", [True, False])
def test_state_round_trips_through_safetensors(tmp_path, normalize: bool) -> None:
    x, y, oos = clusters(7, 20)
    detector = MahalanobisDetector(normalize=normalize, shrinkage=0.2).fit(x, y, C)
    save_file(detector.state(), str(tmp_path / "ood.safetensors"))
    loaded = MahalanobisDetector.from_state(load_file(str(tmp_path / "ood.safetensors")))
    assert loaded.normalize is normalize and loaded.shrinkage == 0.2
    np.testing.assert_array_equal(loaded.score(oos), detector.score(oos))
    np.testing.assert_array_equal(loaded.score(x), detector.score(x))


def test_from_state_missing_key_is_a_user_error() -> None:
    x, y, _ = clusters(8, 10)
    state = MahalanobisDetector().fit(x, y, C).state()
    del state["whitening"]
    with pytest.raises(AttuneError, match="whitening"):
        MahalanobisDetector.from_state(state, source="runs/x/model/ood.safetensors")


def test_confidence_score() -> None:
    probs = np.array([[0.7, 0.2, 0.1], [0.34, 0.33, 0.33]])
    np.testing.assert_allclose(confidence_score(probs), 1.0 - probs.max(axis=1))


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("target", [0.5, 0.9, 0.97, 1.0])
def test_threshold_is_smallest_meeting_target_without_oos(seed: int, target: float) -> None:
    scores = np.random.default_rng(seed).gamma(2.0, size=101)
    threshold = choose_threshold(scores, None, target)
    assert np.mean(scores <= threshold) >= target
    below = scores[scores < threshold]
    if below.size:  # the next smaller score would miss the target
        assert np.mean(scores <= below.max()) < target


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_threshold_with_oos_maximises_j_under_target(seed: int) -> None:
    rng = np.random.default_rng(seed)
    in_scores = np.round(rng.normal(0.0, 1.0, size=80), 1)  # rounded: ties on purpose
    oos_scores = np.round(rng.normal(1.5, 1.0, size=50), 1)
    target = 0.9
    threshold = choose_threshold(in_scores, oos_scores, target)
    assert np.mean(in_scores <= threshold) >= target

    def youden(t: float) -> float:
        return float(np.mean(in_scores <= t) + np.mean(oos_scores > t))

    every = np.concatenate([in_scores, oos_scores])
    allowed = [t for t in every if np.mean(in_scores <= t) >= target]
    assert youden(threshold) == pytest.approx(max(youden(t) for t in allowed))


def test_threshold_separated_groups_accepts_all_in_scope() -> None:
    rng = np.random.default_rng(0)
    in_scores, oos_scores = rng.uniform(0, 1, 50), rng.uniform(5, 6, 50)
    threshold = choose_threshold(in_scores, oos_scores, 0.9)
    assert np.all(in_scores <= threshold) and np.all(oos_scores > threshold)


def test_threshold_needs_in_scope_scores() -> None:
    with pytest.raises(AttuneError):
        choose_threshold(np.array([]), None)


def test_auroc_matches_sklearn_with_ties() -> None:
    rng = np.random.default_rng(1)
    a, b = np.round(rng.normal(0, 1, 70), 1), np.round(rng.normal(0.8, 1, 40), 1)
    expected = roc_auc_score(np.r_[np.zeros(70), np.ones(40)], np.r_[a, b])
    assert auroc(a, b) == pytest.approx(expected)
    assert np.isnan(auroc(a, []))


def test_evaluate_out_of_scope_counts() -> None:
    pred = np.array([0, 1, 2, 0, 1, 2])
    true = np.array([0, 1, 1, 0, -1, -1])
    scores = np.array([0.1, 0.2, 0.3, 0.9, 0.95, 0.1])
    is_oos = np.array([False, False, False, False, True, True])
    result = evaluate_out_of_scope(pred, true, scores, 0.5, is_oos)
    # in scope: #0 right+accepted, #1 right+accepted, #2 wrong, #3 right but rejected
    assert result["in_scope_accuracy"] == pytest.approx(2 / 4)
    assert result["in_scope_acceptance"] == pytest.approx(3 / 4)
    # rejected: #3 (in scope) and #4 (oos); #5 (oos) slipped through
    assert result["recall"] == pytest.approx(1 / 2) == result["out_of_scope_recall"]
    assert result["precision"] == pytest.approx(1 / 2) == result["out_of_scope_precision"]
    assert result["threshold"] == 0.5
    assert result["counts"] == {
        "in_scope": 4,
        "out_of_scope": 2,
        "rejected": 2,
        "in_scope_rejected": 1,
        "out_of_scope_rejected": 1,
    }
    assert result["auroc"] == pytest.approx(auroc(scores[~is_oos], scores[is_oos]))
