"""PackedDropout: the drop rate, the scaling, eval mode, and that LoRA layers use it."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from attune.models.dropout import PackedDropout, use_packed_dropout


@pytest.mark.parametrize("p", [0.05, 0.1, 0.5])
def test_drops_p_of_the_elements_and_keeps_the_mean(p: float) -> None:
    torch.manual_seed(0)
    x = torch.ones(1000, 1000)  # 10⁶ draws: the share is within ±0.002 of p
    y = PackedDropout(p).train()(x)
    dropped = (y == 0).float().mean().item()
    assert abs(dropped - p) < 0.002
    assert torch.allclose(y[y != 0], torch.tensor(1 / (1 - p)))
    assert abs(y.mean().item() - 1.0) < 0.005


def test_every_lane_of_the_packed_draws_is_uniform() -> None:
    torch.manual_seed(1)
    y = PackedDropout(0.25).train()(torch.ones(400_000, 4))  # column i = lane i of a word
    shares = (y == 0).float().mean(dim=0)
    assert torch.all((shares - 0.25).abs() < 0.005)


def test_masks_differ_between_calls_and_follow_the_seed() -> None:
    dropout = PackedDropout(0.5).train()
    x = torch.ones(64, 64)
    torch.manual_seed(3)
    first, second = dropout(x), dropout(x)
    torch.manual_seed(3)
    again = dropout(x)
    assert not torch.equal(first, second) and torch.equal(first, again)


def test_eval_mode_and_zero_rate_change_nothing() -> None:
    x = torch.randn(8, 8)
    assert PackedDropout(0.3).eval()(x) is x
    assert PackedDropout(0.0).train()(x) is x


def test_gradient_flows_through_kept_elements_only() -> None:
    x = torch.ones(50, 50, requires_grad=True)
    y = PackedDropout(0.2).train()(x)
    y.sum().backward()
    assert x.grad is not None
    assert torch.equal(x.grad, (y != 0).float() / 0.8)


def test_lora_layers_get_it(tiny_llama_folder: object) -> None:
    from attune.models.load import load_causal_lm
    from attune.models.lora import apply_lora_causal

    model = apply_lora_causal(load_causal_lm(tiny_llama_folder), 4, 8, 0.1)  # type: ignore[arg-type]
    dropouts = [m for m in model.modules() if isinstance(m, PackedDropout)]
    assert dropouts and all(d.p == 0.1 for d in dropouts)
    assert not any(isinstance(m, nn.Dropout) for m in model.modules() if m is not model)


def test_use_packed_dropout_leaves_other_modules_alone() -> None:
    plain = nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.3))
    use_packed_dropout(plain)
    assert isinstance(plain[1], nn.Dropout)
