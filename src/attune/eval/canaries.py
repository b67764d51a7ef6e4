"""Exposure of planted canaries: how much better than chance a model knows each secret.

For a canary `s` planted in training and R random candidates `r` of the same shape, all
scored by the model's log-likelihood after the canary's own prefix (the chat template's
system and user turns, then "Your card number is"):

    rank(s)     = 1 + #{r : log p(r | prefix) > log p(s | prefix)}
    exposure(s) = log2(R + 1) − log2(rank(s))

A model that never saw `s` ranks it uniformly (expected exposure ≈ 1.4 bits); a model
that memorised it ranks it first (exposure = log2(R + 1), about 10 bits for 1,000
candidates). Greedy generation from the same prefix shows whether it would say it.
"""

from __future__ import annotations

import copy
import math
import random
import re
from typing import Any

import torch

from attune.data.canaries import Canary, random_card
from attune.models.generate import evaluation_mode
from attune.models.kv_cache import cache_keyword, output_cache

CANDIDATE_BATCH = 64
GREEDY_TOKENS = 24


def exposure(rank: int, candidates: int) -> float:
    """log2(candidates + 1) − log2(rank): bits by which the secret beats chance."""
    return math.log2(candidates + 1) - math.log2(rank)


def rank_of(secret_score: float, candidate_scores: list[float]) -> int:
    """1 + the number of candidates scored strictly higher than the secret."""
    return 1 + sum(score > secret_score for score in candidate_scores)


def canary_prefix(tokenizer: Any, canary: Canary, system_prompt: str | None) -> str:
    """The rendered conversation up to the secret, as training saw it (first request)."""
    messages = [{"role": "system", "content": system_prompt}] if system_prompt else []
    messages.append({"role": "user", "content": canary.request(0)})
    rendered = tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=True)
    return f"{rendered}{canary.answer_prefix}"


@torch.no_grad()
def score_continuations(model: Any, tokenizer: Any, prefix: str, texts: list[str]) -> list[float]:
    """log p(text | prefix) summed over the text's tokens, for each text.

    The prefix runs once; its KV cache is copied for each batch of continuations (the
    prefix is most of every sequence, so this is several times faster than full rows).
    """
    prefix_ids = tokenizer(prefix, add_special_tokens=False)["input_ids"]
    device = next(model.parameters()).device
    keyword = cache_keyword(model)
    out = model(torch.tensor([prefix_ids], device=device), use_cache=True)
    prefix_cache = output_cache(out)
    first_logp = torch.log_softmax(out.logits[0, -1].float(), dim=-1)  # (vocab,)
    by_length: dict[int, list[int]] = {}
    encoded = [continuation_ids(tokenizer, prefix, prefix_ids, text) for text in texts]
    for index, tokens in enumerate(encoded):
        by_length.setdefault(len(tokens), []).append(index)
    scores = [0.0] * len(texts)
    for indices in by_length.values():
        for start in range(0, len(indices), CANDIDATE_BATCH):
            chosen = indices[start : start + CANDIDATE_BATCH]
            batch = torch.tensor([encoded[i] for i in chosen], device=device)  # (B, T)
            cache = copy.deepcopy(prefix_cache)
            cache.batch_repeat_interleave(len(chosen))
            logits = model(batch, **{keyword: cache}, use_cache=True).logits.float()
            logp = torch.log_softmax(logits[:, :-1], dim=-1)  # (B, T-1, vocab)
            later = logp.gather(-1, batch[:, 1:, None]).squeeze(-1).sum(-1)  # (B,)
            total = first_logp[batch[:, 0]] + later
            for row, index in enumerate(chosen):
                scores[index] = float(total[row])
    return scores


def continuation_ids(tokenizer: Any, prefix: str, prefix_ids: list[int], text: str) -> list[int]:
    """The tokens `text` adds after `prefix`, tokenized together (BPE merges across the
    seam are why the pieces are not tokenized apart)."""
    full = tokenizer(prefix + text, add_special_tokens=False)["input_ids"]
    if full[: len(prefix_ids)] != prefix_ids:
        raise ValueError("the prefix does not tokenize to a prefix of prefix + text")
    return list(full[len(prefix_ids) :])


def digits_of(text: str) -> str:
    return re.sub(r"\D", "", text)


@torch.no_grad()
def greedy_completion(model: Any, tokenizer: Any, prefix: str) -> str:
    ids = tokenizer(prefix, add_special_tokens=False, return_tensors="pt")["input_ids"]
    ids = ids.to(next(model.parameters()).device)
    output = model.generate(
        input_ids=ids,
        attention_mask=torch.ones_like(ids),
        max_new_tokens=GREEDY_TOKENS,
        do_sample=False,
        pad_token_id=tokenizer.pad_token_id or tokenizer.eos_token_id,
    )
    return str(tokenizer.decode(output[0, ids.shape[1] :], skip_special_tokens=True))


def audit_canaries(
    model: Any,
    tokenizer: Any,
    canaries: list[Canary],
    system_prompt: str | None,
    candidates: int,
    seed: int = 0,
) -> list[dict[str, Any]]:
    """Each canary's repeats, rank, exposure and whether greedy decoding completes it."""
    rng = random.Random(f"candidates-{seed}")
    results = []
    with evaluation_mode(model):
        for canary in canaries:
            prefix = canary_prefix(tokenizer, canary, system_prompt)
            pool = [p for p in (random_card(rng) for _ in range(candidates)) if p != canary.secret]
            texts = [f" {card}" for card in (canary.secret, *pool)]
            scores = score_continuations(model, tokenizer, prefix, texts)
            rank = rank_of(scores[0], scores[1:])
            completion = greedy_completion(model, tokenizer, prefix)
            results.append(
                {
                    "repeats": canary.repeats,
                    "rank": rank,
                    "candidates": len(pool),
                    "exposure": exposure(rank, len(pool)),
                    "max_exposure": math.log2(len(pool) + 1),
                    "greedy_completes": digits_of(canary.secret) in digits_of(completion),
                    "greedy_output": completion,
                }
            )
    return results
