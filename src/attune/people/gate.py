"""The release gate of a retrained adapter: is the candidate good enough to serve?

Both the candidate and the reference (the person's active version, or the base model when
they have none) are scored on what neither trained on:

- the person's held-out corrections: mean cross-entropy of the correction's tokens given
  the prompt, L = (1/N) Σ_{t in corrections} −log p(x_t | x_<t) (lower is better);
- the held-out half of attune's anchor set of general conversations: perplexity exp(L)
  over their assistant tokens — how much general ability the update cost.

The candidate passes when L_held_out(candidate) ≤ L_held_out(reference) and
ppl_anchor(candidate) / ppl_anchor(reference) − 1 ≤ tolerance. Without held-out
corrections (fewer than 3 corrections) only the anchor test can be made.

What is held out: a seeded share of the corrections, chosen by a keyed hash of each
feedback id, so the choice does not move when feedback is added; and one half of attune's
anchor set, split with a fixed seed (the other half may be trained on).
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from hashlib import sha256
from typing import Any

from attune.data.conversations import Conversation, Message
from attune.eval.chat_eval import anchor_path, read_conversations, score_conversations

ANCHOR_SPLIT_SEED = 0
"""Fixed, not `RetrainConfig.seed`: a version trained under another seed must not have
seen the half the gate holds out now."""


@dataclass(frozen=True)
class GateScores:
    """One model's numbers on the gate's held-out sets."""

    held_out_loss: float | None
    """Mean learned-token loss on the held-out corrections; None when there are none."""
    anchor_perplexity: float
    """Perplexity on the held-out half of the anchor set."""


@dataclass(frozen=True)
class GateReport:
    """The candidate against the reference, and the decision."""

    candidate: GateScores
    reference: GateScores
    reference_name: str
    """`v<N>` (the active version) or `base` (the person had none)."""
    tolerance: float
    """Largest relative rise of anchor perplexity allowed (0.05: +5 %)."""
    passed: bool
    reason: str
    """Why it passed or failed, in words (kept in the version's eval JSON)."""

    @property
    def anchor_rise(self) -> float:
        return self.candidate.anchor_perplexity / self.reference.anchor_perplexity - 1.0

    def to_dict(self) -> dict[str, Any]:
        """For the version's eval JSON: a number that is not finite becomes null (JSON has
        no NaN, and PostgreSQL refuses it)."""
        return {key: json_safe(value) for key, value in asdict(self).items()} | {
            "anchor_rise": json_safe(self.anchor_rise)
        }


def json_safe(value: Any) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, dict):
        return {key: json_safe(item) for key, item in value.items()}
    return value


def score_gate(
    model: Any,
    tokenizer: Any,
    held_out: Sequence[Sequence[Message]],
    anchor: Sequence[Sequence[Message]],
    max_length: int,
) -> GateScores:
    """The gate's numbers of `model` (eval mode while scoring; its mode is restored)."""
    loss = None
    if held_out:
        loss = score_conversations(model, tokenizer, held_out, max_length).loss
    anchor_scores = score_conversations(model, tokenizer, anchor, max_length)
    return GateScores(loss, anchor_scores.perplexity)


def decide_release(
    candidate: GateScores, reference: GateScores, reference_name: str, tolerance: float
) -> GateReport:
    """Pass or fail the candidate (see the module docstring for the rule)."""
    failures = gate_failures(candidate, reference, reference_name, tolerance)
    if failures:
        reason = "; ".join(failures)
    elif candidate.held_out_loss is None or reference.held_out_loss is None:
        reason = "no held-out corrections to compare (fewer than 3 corrections)"
    else:
        reason = (
            f"held-out correction loss {reference.held_out_loss:.4f} → "
            f"{candidate.held_out_loss:.4f}"
        )
    if not failures:
        rise = candidate.anchor_perplexity / reference.anchor_perplexity - 1.0
        reason += f"; anchor perplexity {rise:+.1%} (tolerance +{tolerance:.1%})"
    return GateReport(candidate, reference, reference_name, tolerance, not failures, reason)


def gate_failures(
    candidate: GateScores, reference: GateScores, reference_name: str, tolerance: float
) -> list[str]:
    """Why the candidate fails, in words; empty when it passes."""
    numbers = [candidate.anchor_perplexity, reference.anchor_perplexity]
    numbers += [n for n in (candidate.held_out_loss, reference.held_out_loss) if n is not None]
    if not all(math.isfinite(n) for n in numbers):
        return ["a score is not a finite number (the training diverged)"]
    failures = []
    if candidate.held_out_loss is not None and reference.held_out_loss is not None:
        if candidate.held_out_loss > reference.held_out_loss:
            failures.append(
                f"held-out correction loss rose: {candidate.held_out_loss:.4f} > "
                f"{reference.held_out_loss:.4f} ({reference_name})"
            )
    rise = candidate.anchor_perplexity / reference.anchor_perplexity - 1.0
    if rise > tolerance:
        failures.append(
            f"anchor perplexity rose {rise:+.1%} over {reference_name} "
            f"({reference.anchor_perplexity:.4g} → {candidate.anchor_perplexity:.4g}; "
            f"tolerance +{tolerance:.1%})"
        )
    return failures


def held_out_ids(ids: list[str], share: float, seed: int) -> set[str]:
    """The `share` of `ids` (at least 1 of 3 or more) with the smallest keyed hash.

    Ranking by hash rather than shuffling keeps a correction held out as later feedback
    arrives, so the active version has rarely trained on what the gate scores.
    """
    count = round(share * len(ids))
    if share > 0 and len(ids) >= 3:
        count = max(count, 1)
    ranked = sorted(ids, key=lambda fid: sha256(f"{seed}:{fid}".encode()).hexdigest())
    return set(ranked[:count])


def split_anchor() -> tuple[list[Conversation], list[list[Message]]]:
    """attune's anchor set halved with a fixed seed: (replay half, held-out half)."""
    spec = anchor_path()
    conversations = read_conversations(spec, "anchor")
    order = list(range(len(conversations)))
    random.Random(ANCHOR_SPLIT_SEED).shuffle(order)
    half = len(order) // 2
    replay = [Conversation(tuple(conversations[i]), str(spec), i + 1) for i in order[:half]]
    return replay, [conversations[i] for i in order[half:]]
