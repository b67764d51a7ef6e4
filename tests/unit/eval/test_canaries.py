"""Canary exposure: the ranking maths, and the cached-prefix scoring against plain scoring."""

from __future__ import annotations

import math
import random
from pathlib import Path

import pytest
import torch

from attune.data.canaries import Canary, load_canaries, make_canaries, random_card, save_canaries
from attune.data.privacy_patterns import luhn_ok
from attune.eval.canaries import (
    canary_prefix,
    exposure,
    rank_of,
    score_continuations,
)
from attune.models.load import load_causal_lm, load_tokenizer
from helpers import build_tiny_llama


def test_rank_and_exposure() -> None:
    assert rank_of(-1.0, [-2.0, -3.0, -0.5]) == 2
    assert rank_of(0.0, [-1.0] * 999) == 1
    assert exposure(1, 999) == pytest.approx(math.log2(1000))
    assert exposure(1000, 999) == pytest.approx(0.0)


def test_canaries_are_valid_distinct_and_round_trip(tmp_path: Path) -> None:
    canaries = make_canaries([1, 5, 20], seed=3)
    assert [c.repeats for c in canaries] == [1, 5, 20]
    assert len({c.secret for c in canaries}) == 3 and len({c.label for c in canaries}) == 3
    assert all(luhn_ok(c.secret.replace(" ", "")) for c in canaries)
    assert make_canaries([1, 5, 20], seed=3) == canaries != make_canaries([1, 5, 20], seed=4)
    conversations = canaries[2].conversations("canary")
    assert len({c.messages[0].content for c in conversations}) == 20
    assert all(canaries[2].secret in c.messages[1].content for c in conversations)
    save_canaries(canaries, tmp_path)
    assert load_canaries(tmp_path) == canaries


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[object, object]:
    folder = build_tiny_llama(tmp_path_factory.mktemp("m") / "llama")
    return load_causal_lm(str(folder)).eval(), load_tokenizer(str(folder))


def plain_score(model: object, tokenizer: object, prefix: str, text: str) -> float:
    """log p(text | prefix) from one forward over the whole sequence."""
    prefix_ids = tokenizer(prefix, add_special_tokens=False)["input_ids"]  # type: ignore[operator]
    ids = tokenizer(prefix + text, add_special_tokens=False)["input_ids"]  # type: ignore[operator]
    with torch.no_grad():
        logits = model(torch.tensor([ids])).logits[0].float()  # type: ignore[operator]
    logp = torch.log_softmax(logits[:-1], dim=-1)
    return sum(float(logp[i - 1, ids[i]]) for i in range(len(prefix_ids), len(ids)))


def test_cached_prefix_scores_equal_whole_sequence_scores(tiny: tuple[object, object]) -> None:
    model, tokenizer = tiny
    canary = Canary("4539 1488 0343 6467", 5, "travel")
    prefix = canary_prefix(tokenizer, canary, "You are Pip.")
    rng = random.Random(0)
    texts = [f" {random_card(rng)}" for _ in range(5)] + [" 12", " a longer one"]
    cached = score_continuations(model, tokenizer, prefix, texts)
    plain = [plain_score(model, tokenizer, prefix, t) for t in texts]
    assert cached == pytest.approx(plain, abs=1e-4)
