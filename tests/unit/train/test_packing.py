"""Packing: every conversation once per epoch, rows that fit, a block-diagonal causal mask,
and packed logits equal to each conversation's logits alone."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import torch

from attune.data.render import Rendered, render_conversation
from attune.models.load import load_causal_lm, load_tokenizer
from attune.train.packing import (
    bucket_batches,
    collate_packed,
    collate_padded,
    first_fit,
    next_fit,
    pack_rows,
)

PAD = 0


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def rendered(length: int, first_learned: int, start: int = 1) -> Rendered:
    """A hand-made rendered conversation: ids start, start+1, ...; learned from
    `first_learned` on."""
    ids = list(range(start, start + length))
    labels = [-100 if i < first_learned else t for i, t in enumerate(ids)]
    return Rendered(ids, labels, False)


def test_pack_rows_places_each_conversation_once_in_rows_that_fit() -> None:
    lengths = [random.Random(i).randint(1, 100) for i in range(300)]
    rows = pack_rows(lengths, row_tokens=128, seed=1, epoch=0, window=64)
    placed = sorted(i for row in rows for i in row)
    assert placed == list(range(300))
    assert all(sum(lengths[i] for i in row) <= 128 for row in rows)
    # First-fit decreasing wastes little: far fewer rows than one conversation per row.
    assert len(rows) <= 1.3 * sum(lengths) / 128 + 64 / 16


def test_pack_rows_is_a_function_of_seed_and_epoch() -> None:
    lengths = [random.Random(i).randint(1, 60) for i in range(80)]
    first = pack_rows(lengths, 100, seed=3, epoch=2)
    assert first == pack_rows(lengths, 100, seed=3, epoch=2)
    assert first != pack_rows(lengths, 100, seed=3, epoch=3)
    assert first != pack_rows(lengths, 100, seed=4, epoch=2)


def test_pack_rows_fills_rows_exactly_when_lengths_allow() -> None:
    # Pairs that sum to the row size: first-fit decreasing finds the perfect packing.
    lengths = [70, 30, 60, 40, 50, 50, 90, 10]
    rows = pack_rows(lengths, 100, seed=0, epoch=0)
    assert len(rows) == 4
    assert sorted(sum(lengths[i] for i in row) for row in rows) == [100] * 4


def test_a_conversation_longer_than_a_row_gets_a_row_of_its_own() -> None:
    rows = first_fit([0, 1, 2], [150, 20, 30], 100)
    assert rows == [[0], [1, 2]]


def test_next_fit_never_needs_more_rows_than_a_plan_that_fits() -> None:
    generator = random.Random(0)
    for _ in range(200):
        lengths = [generator.randint(1, 50) for _ in range(30)]
        plan = pack_rows(lengths, 64, seed=generator.randint(0, 99), epoch=0)
        batch = plan[:4]
        flat = [i for row in batch for i in row]
        rows = next_fit(flat, lengths, 64)
        assert [i for row in rows for i in row] == flat
        assert len(rows) <= len(batch)
        assert all(sum(lengths[i] for i in row) <= 64 for row in rows)


def test_collate_packed_restarts_positions_and_masks_padding_labels() -> None:
    a, b, c = rendered(3, 1), rendered(2, 0, start=10), rendered(4, 2, start=20)
    batch = collate_packed([[a, b], [c]], PAD)
    assert batch["input_ids"].tolist() == [[1, 2, 3, 10, 11], [20, 21, 22, 23, PAD]]
    assert batch["labels"].tolist() == [[-100, 2, 3, 10, 11], [-100, -100, 22, 23, -100]]
    assert batch["position_ids"].tolist() == [[0, 1, 2, 0, 1], [0, 1, 2, 3, 0]]
    assert batch["attention_mask"].shape == (2, 1, 5, 5)
    assert batch["attention_mask"].dtype == torch.bool


def test_the_mask_is_block_diagonal_causal_and_padding_sees_only_itself() -> None:
    batch = collate_packed([[rendered(3, 0), rendered(2, 0)], [rendered(2, 0)]], PAD)
    mask = batch["attention_mask"][:, 0]  # (B, L, L)
    segments = [[0, 0, 0, 1, 1], [0, 0, None, None, None]]  # None: padding
    for b, row in enumerate(segments):
        for q in range(5):
            for k in range(5):
                if row[q] is None:
                    expected = q == k
                else:
                    expected = row[q] == row[k] and k <= q
                assert bool(mask[b, q, k]) == expected, (b, q, k)
    assert mask.any(-1).all()  # no query row without a key: SDPA would give NaN


CONVERSATIONS = [
    [{"role": "user", "content": "Hello!"}, {"role": "assistant", "content": "Hi, I am Ada."}],
    [
        {"role": "user", "content": "What is 2+2?"},
        {"role": "assistant", "content": "It is 4."},
        {"role": "user", "content": "Thank you."},
        {"role": "assistant", "content": "Goodbye!"},
    ],
    [{"role": "user", "content": "Capital of France?"}, {"role": "assistant", "content": "Paris."}],
]


def test_packed_logits_equal_each_conversation_alone(tiny_llama_folder: Path) -> None:
    model = load_causal_lm(tiny_llama_folder).eval()
    tokenizer = load_tokenizer(tiny_llama_folder)
    parts = [render_conversation(tokenizer, c) for c in CONVERSATIONS]
    batch = collate_packed([parts, [parts[2]]], tokenizer.pad_token_id)
    with torch.no_grad():
        packed = model(
            input_ids=batch["input_ids"],
            attention_mask=batch["attention_mask"],
            position_ids=batch["position_ids"],
        ).logits  # (2, L, V)
        alone = [model(torch.tensor([p.input_ids])).logits[0] for p in parts]
    start = 0
    for part, logits in zip(parts, alone, strict=True):
        end = start + len(part.input_ids)
        assert torch.allclose(packed[0, start:end], logits, atol=1e-4)
        start = end
    # The second row is padded: its conversation is unchanged and nothing became NaN.
    assert torch.allclose(packed[1, : len(parts[2].input_ids)], alone[2], atol=1e-4)
    assert not packed.isnan().any()


def test_bucket_batches_place_each_conversation_once_within_the_budget() -> None:
    lengths = [random.Random(i).randint(1, 200) for i in range(300)]
    batches = bucket_batches(lengths, budget=512, seed=3, epoch=0, window=64)
    assert sorted(i for batch in batches for i in batch) == list(range(300))
    assert all(len(b) == 1 or len(b) * max(lengths[i] for i in b) <= 512 for b in batches)
    # Sorted inside windows, a batch pads little: padded tokens stay near the real ones.
    padded = sum(len(b) * max(lengths[i] for i in b) for b in batches)
    assert padded <= 1.15 * sum(lengths)
    assert (
        batches == bucket_batches(lengths, 512, 3, 0, 64) != bucket_batches(lengths, 512, 3, 1, 64)
    )
    assert bucket_batches([600, 10], budget=512, seed=0, epoch=0) in ([[0], [1]], [[1], [0]])


def test_padded_rows_give_each_conversation_its_logits_alone(tiny_llama_folder: Path) -> None:
    model = load_causal_lm(tiny_llama_folder).eval()
    tokenizer = load_tokenizer(tiny_llama_folder)
    parts = [render_conversation(tokenizer, c) for c in CONVERSATIONS]
    batch = collate_padded(parts, tokenizer.pad_token_id)
    assert set(batch) == {"input_ids", "labels"}  # no mask: the model's causal default
    with torch.no_grad():
        padded = model(input_ids=batch["input_ids"]).logits  # (B, L, V)
        alone = [model(torch.tensor([p.input_ids])).logits[0] for p in parts]
    for row, (part, logits) in enumerate(zip(parts, alone, strict=True)):
        n = len(part.input_ids)
        assert torch.allclose(padded[row, :n], logits, atol=1e-4)
        assert batch["labels"][row, n:].eq(-100).all()
