"""Packing conversations into rows of a fixed token budget, each seeing only itself.

A chat batch padded to its longest conversation wastes most of its tokens on padding
when lengths vary; packing several conversations into one row of `row_tokens` tokens
(first-fit decreasing) wastes almost none. Each conversation must still attend only to
itself and start at position 0, as if it were alone: `position_ids` restart at every
conversation, and the attention mask is block-diagonal causal. With only `position_ids`
SDPA lets a later conversation see the earlier ones (seen here: logits off by up to 21);
with the 4-D mask the packed logits match the separate ones to 1e-4.

Written by hand: transformers' packing collators either rely on flash-attention kernels
(absent on CPU) or on `position_ids` alone, which leaks across conversations under SDPA.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

import torch

IGNORE_INDEX = -100


class RenderedLike(Protocol):
    """What a row needs of a rendered conversation (`attune.data.render.Rendered`)."""

    @property
    def input_ids(self) -> Sequence[int]: ...

    @property
    def labels(self) -> Sequence[int]: ...


def pack_rows(
    lengths: Sequence[int], row_tokens: int, seed: int, epoch: int, window: int = 256
) -> list[list[int]]:
    """Conversation indices per row, every conversation exactly once, the same for the same
    (seed, epoch).

    Indices are shuffled, cut into windows of `window` conversations, packed first-fit
    decreasing inside each window (the longest first, each into the first row with room),
    and the rows shuffled. Windows keep rows a random mix of the data rather than sorted
    by length over the whole epoch. A conversation longer than `row_tokens` (render
    truncates them, so only by mistake) gets a row of its own.
    """
    if row_tokens < 1:
        raise ValueError(f"row_tokens must be positive, got {row_tokens}")
    generator = torch.Generator().manual_seed(seed * 100_003 + epoch)
    order = torch.randperm(len(lengths), generator=generator).tolist()
    rows: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i], reverse=True)
        rows.extend(first_fit(chunk, lengths, row_tokens))
    shuffled = torch.randperm(len(rows), generator=generator).tolist()
    return [rows[i] for i in shuffled]


def bucket_batches(
    lengths: Sequence[int], budget: int, seed: int, epoch: int, window: int = 256
) -> list[list[int]]:
    """Micro-batches of conversations of similar length, each within `budget` tokens
    counted as rows × the longest (the padded size), every conversation exactly once, the
    same for the same (seed, epoch).

    Indices are shuffled, cut into windows of `window`, sorted by length (longest first)
    inside each window and cut greedily; the batches are shuffled. Each conversation then
    runs as its own padded row: a causal mask suffices (right padding cannot reach a real
    token), which SDPA's fused causal kernel computes without the (L, L) mask a packed row
    needs, and attention costs Σ ℓ² over conversations rather than rows × L².
    """
    generator = torch.Generator().manual_seed(seed * 100_003 + epoch)
    order = torch.randperm(len(lengths), generator=generator).tolist()
    batches: list[list[int]] = []
    for start in range(0, len(order), window):
        chunk = sorted(order[start : start + window], key=lambda i: lengths[i], reverse=True)
        batch: list[int] = []
        for index in chunk:
            # Longest first: the batch's padded width is its first conversation's length.
            if batch and (len(batch) + 1) * lengths[batch[0]] > budget:
                batches.append(batch)
                batch = []
            batch.append(index)
        if batch:
            batches.append(batch)
    shuffled = torch.randperm(len(batches), generator=generator).tolist()
    return [batches[i] for i in shuffled]


def first_fit(indices: list[int], lengths: Sequence[int], row_tokens: int) -> list[list[int]]:
    """Put each index into the first row with room for it (a new row when none has)."""
    rows: list[list[int]] = []
    free: list[int] = []
    for index in indices:
        size = min(lengths[index], row_tokens)
        slot = next((r for r, room in enumerate(free) if room >= size), None)
        if slot is None:
            rows.append([index])
            free.append(row_tokens - size)
        else:
            rows[slot].append(index)
            free[slot] -= size
    return rows


def next_fit(indices: Sequence[int], lengths: Sequence[int], row_tokens: int) -> list[list[int]]:
    """Cut a sequence of indices into rows, starting a new row when the next does not fit.

    Over the concatenation of rows that each fit, this never makes more rows than there
    were (row k of next-fit ends at or after the end of row k), so a micro-batch can be
    handed around as a flat list of indices and cut into rows again where it is used.
    """
    rows: list[list[int]] = []
    room = 0
    for index in indices:
        size = min(lengths[index], row_tokens)
        if not rows or size > room:
            rows.append([])
            room = row_tokens
        rows[-1].append(index)
        room -= size
    return rows


def collate_padded(rows: Sequence[RenderedLike], pad_id: int) -> dict[str, torch.Tensor]:
    """Tensors of one conversation a row, padded on the right: `input_ids` and `labels`
    (B, L) only. Without a mask or positions the model uses a causal mask and positions
    0…L−1, which is exact for every real token: the padding comes after it."""
    width = max((len(r.input_ids) for r in rows), default=1)
    input_ids = torch.full((len(rows), width), pad_id, dtype=torch.long)
    labels = torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long)
    for b, rendered in enumerate(rows):
        input_ids[b, : len(rendered.input_ids)] = torch.tensor(list(rendered.input_ids))
        labels[b, : len(rendered.labels)] = torch.tensor(list(rendered.labels))
    return {"input_ids": input_ids, "labels": labels}


def collate_packed(rows: Sequence[Sequence[RenderedLike]], pad_id: int) -> dict[str, torch.Tensor]:
    """Tensors of a batch of packed rows, padded on the right to the longest row.

    - `input_ids` (B, L), padding `pad_id`;
    - `labels` (B, L), -100 on padding and wherever the conversation learns nothing;
    - `position_ids` (B, L), restarting at 0 at every conversation (and for the padding);
    - `attention_mask` (B, 1, L, L) bool, True where query q may attend to key k: same
      conversation and k ≤ q. A padding token attends to itself only — a row of all False
      would make SDPA's softmax 0/0 = NaN, and the NaN would reach the gradients.

    A row of one conversation is ordinary padded batching with the same mask.
    """
    width = max((sum(len(r.input_ids) for r in row) for row in rows), default=0)
    width = max(width, 1)
    shape = (len(rows), width)
    input_ids = torch.full(shape, pad_id, dtype=torch.long)
    labels = torch.full(shape, IGNORE_INDEX, dtype=torch.long)
    position_ids = torch.zeros(shape, dtype=torch.long)
    # Which conversation each token belongs to; each padding token its own negative id.
    segments = -1 - torch.arange(width).repeat(len(rows), 1)  # (B, L)
    for b, row in enumerate(rows):
        start = 0
        for number, rendered in enumerate(row):
            end = start + len(rendered.input_ids)
            input_ids[b, start:end] = torch.tensor(list(rendered.input_ids), dtype=torch.long)
            labels[b, start:end] = torch.tensor(list(rendered.labels), dtype=torch.long)
            position_ids[b, start:end] = torch.arange(end - start)
            segments[b, start:end] = number
            start = end
    same = segments[:, :, None] == segments[:, None, :]  # (B, L, L)
    causal = torch.ones(width, width, dtype=torch.bool).tril()  # (L, L)
    mask = (same & causal)[:, None]  # (B, 1, L, L)
    return {
        "input_ids": input_ids,
        "labels": labels,
        "position_ids": position_ids,
        "attention_mask": mask,
    }
