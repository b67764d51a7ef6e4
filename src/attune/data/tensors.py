"""Rendering text into model inputs: token ids without padding, then padded batches."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch


def tokenize_texts(tokenizer: Any, texts: Sequence[str], max_length: int) -> list[list[int]]:
    """Token ids of each text (special tokens added, truncated to `max_length`, not padded)."""
    if not texts:
        return []
    encoded = tokenizer(list(texts), truncation=True, max_length=max_length, padding=False)
    return [list(ids) for ids in encoded["input_ids"]]


def pad_batch(
    sequences: Sequence[Sequence[int]], pad_id: int, multiple: int = 8
) -> dict[str, torch.Tensor]:
    """Right-pad token id lists to the longest in the batch, rounded up to `multiple`.

    Rounding keeps the number of distinct shapes small: oneDNN builds a kernel for each new
    shape it sees under bf16, which costs more than the few extra padded columns.
    Returns `input_ids` (B, T) and `attention_mask` (B, T) with 1 on real tokens.
    """
    longest = -(-max(len(s) for s in sequences) // multiple) * multiple
    input_ids = torch.full((len(sequences), longest), pad_id, dtype=torch.long)
    attention_mask = torch.zeros((len(sequences), longest), dtype=torch.long)
    for row, seq in enumerate(sequences):
        input_ids[row, : len(seq)] = torch.tensor(seq, dtype=torch.long)
        attention_mask[row, : len(seq)] = 1
    return {"input_ids": input_ids, "attention_mask": attention_mask}


def inference_batches(lengths: Sequence[int], batch_size: int) -> list[list[int]]:
    """Batches for inference, sorted by length so little padding is computed (the caller
    restores the original order from the indices)."""
    order = sorted(range(len(lengths)), key=lambda i: lengths[i])
    return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
