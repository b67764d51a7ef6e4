"""The single-process side of the DDP helpers: shards, the step's mean gradient, and the
refusal of sharded-training launches (the two-process run is tests/integration/test_ddp.py)."""

from __future__ import annotations

import pytest
import torch
from torch import nn

from attune.errors import AttuneError
from attune.train.distributed import (
    World,
    all_reduce_sums,
    current_world,
    init_distributed,
    reduce_gradients,
)


def test_shards_cover_everything_once() -> None:
    items = list(range(7))
    shards = [World(rank, 3).shard(items) for rank in range(3)]
    assert shards == [[0, 3, 6], [1, 4], [2, 5]]
    assert World().shard(items) == items and World().is_main and not World(1, 2).is_main


def test_one_process_is_rank_zero_of_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("WORLD_SIZE", raising=False)
    assert init_distributed() == current_world() == World(0, 1)
    assert all_reduce_sums([1.5, 2.0]) == [1.5, 2.0]


@pytest.mark.parametrize("flag", ["ACCELERATE_USE_FSDP", "ACCELERATE_USE_DEEPSPEED"])
def test_a_sharded_launch_is_refused(monkeypatch: pytest.MonkeyPatch, flag: str) -> None:
    monkeypatch.setenv(flag, "true")
    with pytest.raises(AttuneError, match="sharded"):
        init_distributed()


def test_reduce_gradients_divides_the_summed_gradient_by_the_weight() -> None:
    layer = nn.Linear(3, 2)
    frozen = nn.Linear(3, 2).requires_grad_(False)
    x = torch.randn(5, 3)
    (layer(x).sum() * 4.0).backward()  # a micro-batch mean weighted by 4
    expected = layer.weight.grad.clone() / 4.0
    assert reduce_gradients(nn.ModuleList([layer, frozen]), 4.0) == 4.0
    assert torch.allclose(layer.weight.grad, expected)
    assert frozen.weight.grad is None
