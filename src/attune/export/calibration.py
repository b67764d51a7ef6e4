"""Calibration for int8 smoothing: the largest input each linear layer sees on the run's data.

A seeded sample of the run's own training split (what the model will meet when served),
run through the float model once; the validation split stays out of it, so the self-check
probes inputs the calibration never saw.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import torch
from torch import Tensor

from attune.eval.chat_eval import anchor_path, read_conversations
from attune.export.quantize import record_input_max
from attune.models.batch_inference import run_classifier
from attune.models.classifier import TextClassifier
from attune.runs import read_examples

CLASSIFY_TEXTS = 256
CHAT_CONVERSATIONS = 16
CHAT_TOKENS = 256
"""Tokens kept of each calibration conversation (the start: system prompt and first turns)."""
SEED = 0


def calibrate_classifier(
    model: TextClassifier, tokenizer: Any, run_dir: Path, max_length: int
) -> tuple[dict[str, Tensor], dict[str, Any]]:
    """(max |x| per input channel of each encoder linear layer, what it was measured on)."""
    from attune.data.tensors import tokenize_texts

    path = run_dir / "data" / "train.jsonl"
    texts = [e.text for e in read_examples(path)] if path.is_file() else []
    if not texts:
        return {}, {"data": None, "examples": 0}
    texts = sample(texts, CLASSIFY_TEXTS)
    ids = tokenize_texts(tokenizer, texts, max_length)
    pad_id = int(getattr(tokenizer, "pad_token_id", 0) or 0)
    found = record_input_max(
        model.encoder, lambda: run_classifier(model, ids, pad_id, batch_size=64)
    )
    return found, {"data": "data/train.jsonl", "examples": len(texts)}


def calibrate_chat(
    model: Any, tokenizer: Any, run_dir: Path
) -> tuple[dict[str, Tensor], dict[str, Any]]:
    """(max |x| per input channel of each linear layer, what it was measured on): the run's
    training conversations, else attune's general conversations."""
    path = run_dir / "data" / "train.jsonl"
    if path.is_file() and path.read_text(encoding="utf-8").strip():
        origin = "data/train.jsonl"
    else:
        path, origin = anchor_path(), "attune's general conversations"
    conversations = sample(read_conversations(path, "calibration"), CHAT_CONVERSATIONS)
    rows = []
    for conversation in conversations:
        messages = [m.to_dict() for m in conversation]
        encoded = tokenizer.apply_chat_template(messages, tokenize=True, return_dict=True)
        rows.append(list(encoded["input_ids"])[:CHAT_TOKENS])

    def feed() -> None:
        for row in rows:
            model(input_ids=torch.tensor([row], dtype=torch.long))  # (1, T)

    model.eval()
    return record_input_max(model, feed), {"data": origin, "examples": len(rows)}


def sample(items: list[Any], limit: int) -> list[Any]:
    """A seeded sample of at most `limit` items, in their original order."""
    if len(items) <= limit:
        return list(items)
    keep = sorted(random.Random(SEED).sample(range(len(items)), limit))
    return [items[i] for i in keep]
