"""plan_batches: each example once per epoch, a pure function of (seed, epoch), less padding."""

from __future__ import annotations

import random

import pytest
import torch

from attune.train.batching import collate_classification, plan_batches


def random_lengths(n: int, seed: int = 0) -> list[int]:
    rng = random.Random(seed)
    return [rng.randint(3, 60) for _ in range(n)]


def padded_tokens(batches: list[list[int]], lengths: list[int]) -> int:
    """Pad positions a model would compute: Σ_batches (B · max_len − Σ len)."""
    return sum(len(b) * max(lengths[i] for i in b) - sum(lengths[i] for i in b) for b in batches)


@pytest.mark.parametrize("group", [True, False])
@pytest.mark.parametrize(("n", "batch_size"), [(1, 4), (7, 3), (100, 8), (1234, 16)])
def test_every_example_in_exactly_one_batch(n: int, batch_size: int, group: bool) -> None:
    lengths = random_lengths(n)
    for epoch in range(3):
        batches = plan_batches(lengths, batch_size, seed=5, epoch=epoch, group_by_length=group)
        flat = [i for batch in batches for i in batch]
        assert sorted(flat) == list(range(n))
        assert all(1 <= len(batch) <= batch_size for batch in batches)
        # Only one partial batch: a window is a whole number of batches.
        assert len(batches) == -(-n // batch_size)


@pytest.mark.parametrize("group", [True, False])
def test_plan_is_deterministic_and_changes_with_epoch_and_seed(group: bool) -> None:
    lengths = random_lengths(300)
    first = plan_batches(lengths, 8, seed=3, epoch=2, group_by_length=group)
    assert plan_batches(list(lengths), 8, seed=3, epoch=2, group_by_length=group) == first
    assert plan_batches(lengths, 8, seed=3, epoch=3, group_by_length=group) != first
    assert plan_batches(lengths, 8, seed=4, epoch=2, group_by_length=group) != first


def test_plan_does_not_touch_global_rng() -> None:
    """The plan uses its own generator: dropout draws stay the same with or without it."""
    torch.manual_seed(0)
    expected = torch.rand(3)
    torch.manual_seed(0)
    plan_batches(random_lengths(50), 4, seed=0, epoch=0)
    assert torch.equal(torch.rand(3), expected)


def test_grouping_by_length_cuts_padding() -> None:
    lengths = random_lengths(2000, seed=1)
    grouped = plan_batches(lengths, 16, seed=0, epoch=0, group_by_length=True)
    shuffled = plan_batches(lengths, 16, seed=0, epoch=0, group_by_length=False)
    # Lengths are uniform on 3..60: random batches of 16 pad ~40 % of positions; sorted
    # windows of 800 leave only a token or two per row.
    assert padded_tokens(grouped, lengths) < 0.2 * padded_tokens(shuffled, lengths)


def test_grouped_batches_are_still_shuffled() -> None:
    """Batches are not served longest-first: the order across batches is random."""
    lengths = list(range(400))
    batches = plan_batches(lengths, 10, seed=0, epoch=0, group_by_length=True, window=1000)
    longest = [max(lengths[i] for i in batch) for batch in batches]
    assert longest != sorted(longest, reverse=True) and longest != sorted(longest)


def test_collate_pads_right_with_mask_and_labels() -> None:
    ids = [[5, 6, 7], [8], [9, 10]]
    batch = collate_classification(ids, [2, 0, 1], [1, 0], pad_id=0)
    input_ids, mask = batch["input_ids"], batch["attention_mask"]
    assert input_ids.shape == mask.shape and input_ids.shape[0] == 2
    assert input_ids.shape[1] >= 3  # may round up (fewer distinct shapes), never truncate
    assert input_ids[:, :3].tolist() == [[8, 0, 0], [5, 6, 7]]
    assert mask[:, :3].tolist() == [[1, 0, 0], [1, 1, 1]]
    assert (input_ids[:, 3:] == 0).all() and (mask[:, 3:] == 0).all()
    assert batch["labels"].tolist() == [0, 2] and batch["labels"].dtype == torch.long
