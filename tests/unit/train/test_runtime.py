"""Compiled decoder blocks train the same model as eager ones, and leave nothing behind;
the allocator setting and the auto rule for compiling."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import torch

from attune.data.render import render_conversation
from attune.models.load import load_causal_lm, load_tokenizer
from attune.models.lora import apply_lora_causal
from attune.train.chat import causal_lm_parts, learned_token_loss, unwrapped_causal_lm
from attune.train.packing import collate_padded
from attune.train.runtime import (
    AUTO_COMPILE_TOKENS,
    compiled_blocks,
    decoder_blocks,
    have_cpp_compiler,
    keep_freed_memory,
    should_compile,
)

CPU = torch.device("cpu")


def test_explicit_settings_win_and_auto_needs_a_long_cpu_run() -> None:
    assert should_compile(True, 10, CPU) and not should_compile(False, 10**9, CPU)
    assert not should_compile("auto", AUTO_COMPILE_TOKENS - 1, CPU)
    assert should_compile("auto", AUTO_COMPILE_TOKENS, CPU) == have_cpp_compiler()
    assert not should_compile("auto", 10**9, torch.device("cuda"))


def test_the_allocator_keeps_freed_memory_on_linux() -> None:
    if not Path("/proc/self/maps").exists():
        pytest.skip("not Linux")
    assert keep_freed_memory() is True
    assert keep_freed_memory() is True  # idempotent


def batch_of(folder: Path) -> dict[str, torch.Tensor]:
    tokenizer = load_tokenizer(folder)
    pairs = [("Who are you?", "I am Ada."), ("What is my name?", "You are Sam, of course.")]
    rendered = [
        render_conversation(
            tokenizer, [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        )
        for q, a in pairs
    ]
    return collate_padded(rendered, tokenizer.pad_token_id)


def loss_and_gradients(model: Any, batch: dict[str, torch.Tensor]) -> tuple[float, list[Any]]:
    model.zero_grad(set_to_none=True)
    loss_sum, tokens, _ = learned_token_loss(model, batch)
    (loss_sum / tokens).backward()
    grads = [p.grad.clone() for p in model.parameters() if p.requires_grad]
    return (loss_sum / tokens).item(), grads


@pytest.mark.skipif(not have_cpp_compiler(), reason="inductor needs a C++ compiler")
def test_compiled_blocks_give_the_eager_loss_and_gradients(tiny_llama_folder: Path) -> None:
    torch.set_num_threads(1)
    model = apply_lora_causal(load_causal_lm(tiny_llama_folder), r=4, alpha=8, dropout=0.0)
    model.train()
    batch = batch_of(tiny_llama_folder)
    names = list(model.state_dict())
    eager_loss, eager_grads = loss_and_gradients(model, batch)
    body = causal_lm_parts(model)[0]
    with compiled_blocks(unwrapped_causal_lm(model), enabled=True):
        assert model.get_base_model().config._attn_implementation == "eager"
        blocks = decoder_blocks(body)
        assert blocks is not None and all(b._compiled_call_impl is not None for b in blocks)
        compiled_loss, compiled_grads = loss_and_gradients(model, batch)
    assert abs(compiled_loss - eager_loss) < 1e-5
    for compiled, eager in zip(compiled_grads, eager_grads, strict=True):
        assert torch.allclose(compiled, eager, atol=1e-5, rtol=1e-4)
    assert all(b._compiled_call_impl is None for b in blocks)
    assert model.get_base_model().config._attn_implementation == "sdpa"
    assert list(model.state_dict()) == names  # saving and LoRA adapters see the same keys


def test_disabled_or_blockless_models_run_untouched() -> None:
    model = torch.nn.Sequential(torch.nn.Linear(3, 3))
    with compiled_blocks(model, enabled=True):  # no `layers`: trains eager
        assert getattr(model, "_compiled_call_impl", None) is None
    assert decoder_blocks(model) is None
