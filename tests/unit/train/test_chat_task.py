"""The chat task: the learned-token loss equals the model's own loss, the head only sees
learned positions, epochs are planned and sharded exactly, and evaluation is a token mean."""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pytest
import torch

from attune.data.render import Rendered, render_conversation
from attune.models.load import load_causal_lm, load_tokenizer
from attune.models.lora import apply_lora_causal
from attune.train.chat import ChatTask, learned_token_loss
from attune.train.distributed import World, reduce_gradients
from attune.train.packing import collate_packed

DIALOGUES = [
    ("Hello!", "Hi, I am Ada."),
    ("What is 2+2?", "It is 4."),
    ("Capital of France?", "Paris, of course."),
    ("Who are you?", "I am Ada, Sam's assistant."),
    ("Thank you.", "Goodbye!"),
    ("How are you today?", "Great, thank you. How can I help?"),
]


@pytest.fixture(autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture
def parts(tiny_llama_folder: Path) -> tuple[Any, Any, list[Rendered]]:
    model = load_causal_lm(tiny_llama_folder)
    tokenizer = load_tokenizer(tiny_llama_folder)
    rendered = [
        render_conversation(
            tokenizer, [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        )
        for q, a in DIALOGUES
    ]
    return model, tokenizer, rendered


def make_task(rendered: list[Rendered], **changes: Any) -> ChatTask:
    values: dict[str, Any] = dict(
        train=rendered, validation=rendered[:3], pad_id=0, row_tokens=64, batch_size=2, seed=0
    )
    values.update(changes)
    return ChatTask(**values)


def hand_made(lengths: list[int]) -> list[Rendered]:
    """Rendered-like examples of the given lengths, the second half of each learned."""
    return [
        Rendered(list(range(n)), [-100] * (n // 2) + list(range(n // 2, n)), False) for n in lengths
    ]


def test_loss_equals_the_models_own_loss(parts: tuple[Any, Any, list[Rendered]]) -> None:
    model, tokenizer, rendered = parts
    for part in rendered[:3]:
        batch = collate_packed([[part]], tokenizer.pad_token_id)
        loss_sum, tokens, _ = learned_token_loss(model, batch)
        expected = model(torch.tensor([part.input_ids]), labels=torch.tensor([part.labels])).loss
        assert tokens == part.learned
        assert abs((loss_sum / tokens).item() - expected.item()) < 1e-5


def test_packed_loss_equals_the_token_mean_of_separate_losses(
    parts: tuple[Any, Any, list[Rendered]],
) -> None:
    model, tokenizer, rendered = parts
    model = apply_lora_causal(model, r=4, alpha=8, dropout=0.0)  # the peft path too
    packed = collate_packed([rendered[:3], rendered[3:]], tokenizer.pad_token_id)
    loss_sum, tokens, _ = learned_token_loss(model, packed)
    separate = [learned_token_loss(model, collate_packed([[p]], 0)) for p in rendered]
    assert tokens == sum(n for _, n, _ in separate)
    assert abs(loss_sum.item() - sum(s.item() for s, _, _ in separate)) < 1e-4


def test_eager_attention_keeps_packed_conversations_apart_too(
    parts: tuple[Any, Any, list[Rendered]],
) -> None:
    model, tokenizer, rendered = parts
    model.set_attn_implementation("eager")  # adds the mask to the scores: booleans would not do
    packed = learned_token_loss(model, collate_packed([rendered[:3]], tokenizer.pad_token_id))
    separate = [learned_token_loss(model, collate_packed([[p]], 0)) for p in rendered[:3]]
    assert abs(packed[0].item() - sum(s.item() for s, _, _ in separate)) < 1e-4


def test_the_head_only_sees_learned_positions(parts: tuple[Any, Any, list[Rendered]]) -> None:
    model, tokenizer, rendered = parts
    seen: list[tuple[int, ...]] = []
    hook = model.lm_head.register_forward_hook(lambda m, i, o: seen.append(tuple(o.shape)))
    learned_token_loss(model, collate_packed([rendered[:2]], tokenizer.pad_token_id))
    hook.remove()
    assert seen == [(rendered[0].learned + rendered[1].learned, model.config.vocab_size)]


def test_cross_entropy_is_float32_under_bf16(parts: tuple[Any, Any, list[Rendered]]) -> None:
    model, tokenizer, rendered = parts
    with torch.autocast("cpu", dtype=torch.bfloat16):
        loss_sum, tokens, _ = learned_token_loss(model, collate_packed([rendered[:2]], 0))
    assert loss_sum.dtype == torch.float32
    reference = learned_token_loss(model, collate_packed([rendered[:2]], 0))[0]
    assert abs(loss_sum.item() - reference.item()) / reference.item() < 0.05


@pytest.mark.parametrize("packing, layout", [(True, "rows"), (True, "buckets"), (False, "rows")])
def test_each_conversation_is_trained_once_an_epoch(packing: bool, layout: str) -> None:
    lengths = [5, 30, 12, 40, 8, 25, 33, 17, 9, 60, 3]
    task = make_task(hand_made(lengths), packing=packing, batch_size=3, layout=layout)
    plan = task.plan_epoch(0)
    assert sorted(i for batch in plan for i in batch) == list(range(len(lengths)))
    for batch in plan:
        rows = task.rows_of(batch)
        assert all(sum(lengths[i] for i in row) <= 64 for row in rows)
        if layout == "buckets" and packing:
            # one conversation a row, the padded batch within 3 rows × 64 tokens
            assert all(len(row) == 1 for row in rows)
            assert len(rows) * max(lengths[i] for i in batch) <= 3 * 64
        else:
            assert len(rows) <= 3
    assert plan == task.plan_epoch(0) and plan != task.plan_epoch(1)


def test_processes_share_each_micro_batch_by_rows() -> None:
    lengths = [5, 30, 12, 40, 8, 25, 33, 17, 9, 60, 3, 44, 21]
    single = make_task(hand_made(lengths), batch_size=4)
    shards = [make_task(hand_made(lengths), batch_size=4, world=World(r, 2)) for r in (0, 1)]
    plans = [s.plan_epoch(1) for s in shards]
    whole = single.plan_epoch(1)
    assert len(plans[0]) == len(plans[1]) == len(whole)  # every process takes every step
    for batch, first, second in zip(whole, *plans, strict=True):
        assert sorted(first + second) == sorted(batch)


@pytest.mark.parametrize("layout", ["buckets", "rows"])
def test_batch_loss_reports_learned_tokens_as_its_weight(
    parts: tuple[Any, Any, list[Rendered]], layout: str
) -> None:
    model, _, rendered = parts
    task = make_task(rendered, layout=layout)
    loss, counts = task.batch_loss(model, [0, 1, 2])
    assert counts["weight"] == sum(rendered[i].learned for i in (0, 1, 2))
    assert 0 <= counts["token_accuracy"] <= counts["weight"]
    expected = sum(
        learned_token_loss(model, collate_packed([[rendered[i]]], 0))[0].item() for i in (0, 1, 2)
    )
    assert abs(loss.item() * counts["weight"] - expected) < 1e-4
    empty, counts = task.batch_loss(model, [])
    empty.backward()  # an empty shard still takes part in the step, with zero gradients
    assert counts["weight"] == 0.0 and empty.item() == 0.0


def test_token_weighted_micro_batches_equal_one_big_batch(
    parts: tuple[Any, Any, list[Rendered]],
) -> None:
    model, _, rendered = parts
    task = make_task(rendered)
    loss, _ = task.batch_loss(model, list(range(6)))
    loss.backward()
    whole = [p.grad.clone() for p in model.parameters()]
    model.zero_grad()
    weight = 0.0
    for indices in ([0], [1, 2, 3], [4, 5]):
        loss, counts = task.batch_loss(model, indices)
        (loss * counts["weight"]).backward()
        weight += counts["weight"]
    assert reduce_gradients(model, weight) == weight
    for expected, param in zip(whole, model.parameters(), strict=True):
        assert torch.allclose(param.grad, expected, atol=1e-6)


@pytest.mark.parametrize("layout", ["buckets", "rows"])
def test_evaluate_is_the_mean_over_learned_tokens(
    parts: tuple[Any, Any, list[Rendered]], layout: str
) -> None:
    model, _, rendered = parts
    task = make_task(rendered, batch_size=1, layout=layout)
    with torch.no_grad():
        numbers = task.evaluate(model)
        separate = [learned_token_loss(model, collate_packed([[p]], 0)) for p in rendered[:3]]
    tokens = sum(n for _, n, _ in separate)
    expected = sum(s.item() for s, _, _ in separate) / tokens
    assert abs(numbers["eval_loss"] - expected) < 1e-5
    assert abs(numbers["perplexity"] - math.exp(expected)) < 1e-3
    assert numbers["token_accuracy"] == sum(c for _, _, c in separate) / tokens
    assert math.isnan(make_task(rendered, validation=[]).evaluate(model)["eval_loss"])
