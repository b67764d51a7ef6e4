"""Turning tokenised examples into batches: length-grouped order and dynamic padding.

Written by hand rather than with a `DataLoader` + `DataCollatorWithPadding` because
(1) the batch order of an epoch must be a pure function of (seed, epoch) so that a
resumed run replays exactly the batches an uninterrupted run would see, and (2) grouping
examples of similar length cuts the padded tokens a CPU has to multiply.
"""

from __future__ import annotations

from collections.abc import Sequence

import torch

from attune.data.tensors import pad_batch


def plan_batches(
    lengths: Sequence[int],
    batch_size: int,
    seed: int,
    epoch: int,
    group_by_length: bool = True,
    window: int = 50,
) -> list[list[int]]:
    """The batches of one epoch as lists of example indices, the same for the same inputs.

    With `group_by_length`, indices are shuffled, cut into windows of `window` batches,
    sorted by length inside each window, cut into batches, and the batches shuffled —
    every example still appears exactly once per epoch, in a random batch.
    """
    generator = torch.Generator().manual_seed(seed * 100_003 + epoch)
    order = torch.randperm(len(lengths), generator=generator).tolist()
    if not group_by_length:
        return [order[i : i + batch_size] for i in range(0, len(order), batch_size)]
    batches: list[list[int]] = []
    span = batch_size * window
    for start in range(0, len(order), span):
        chunk = sorted(order[start : start + span], key=lambda i: lengths[i], reverse=True)
        batches.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    shuffled = torch.randperm(len(batches), generator=generator).tolist()
    return [batches[i] for i in shuffled]


def collate_classification(
    token_ids: Sequence[Sequence[int]],
    label_ids: Sequence[int],
    indices: Sequence[int],
    pad_id: int,
) -> dict[str, torch.Tensor]:
    """One classification batch: padded `input_ids`, `attention_mask` and `labels` (B,)."""
    batch = pad_batch([token_ids[i] for i in indices], pad_id)
    batch["labels"] = torch.tensor([label_ids[i] for i in indices], dtype=torch.long)
    return batch
