"""Running a classifier over many texts: length-sorted batches, no gradients, order restored."""

from __future__ import annotations

from collections.abc import Sequence

import torch
from torch import nn

from attune.data.tensors import inference_batches, pad_batch
from attune.precision import bf16_autocast


def run_classifier(
    model: nn.Module,
    token_ids: Sequence[Sequence[int]],
    pad_id: int,
    batch_size: int = 128,
    use_bf16: bool = False,
) -> tuple[torch.Tensor, torch.Tensor]:
    """Logits (N, C) and pooled features (N, H) in float32, in the order of `token_ids`."""
    was_training = model.training
    model.eval()
    logits_parts: list[torch.Tensor] = []
    feature_parts: list[torch.Tensor] = []
    order: list[int] = []
    with torch.no_grad(), bf16_autocast(use_bf16):
        for indices in inference_batches([len(t) for t in token_ids], batch_size):
            batch = pad_batch([token_ids[i] for i in indices], pad_id)
            out = model(batch["input_ids"], batch["attention_mask"])
            logits_parts.append(out.logits.float())
            feature_parts.append(out.features.float())
            order.extend(indices)
    model.train(was_training)
    if not order:
        return torch.zeros(0, 0), torch.zeros(0, 0)
    inverse = torch.empty(len(order), dtype=torch.long)
    inverse[torch.tensor(order)] = torch.arange(len(order))
    return torch.cat(logits_parts)[inverse], torch.cat(feature_parts)[inverse]
