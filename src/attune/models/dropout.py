"""Dropout for LoRA adapters that is cheap to draw on a CPU (see `PackedDropout`)."""

from __future__ import annotations

import torch
from torch import Tensor, nn


class PackedDropout(nn.Module):
    """Inverted dropout whose randomness costs a quarter of `nn.Dropout`'s.

    LoRA drops out the input of every adapted layer — seven (2048 × 576)-sized masks a block
    for a packed smollm2 batch — and on a CPU `nn.Dropout`'s one Bernoulli draw per element
    was 20 % of a training step. Here each 64-bit random integer gives four 16-bit draws:
    an element is kept when its draw is at least round(p · 2¹⁶), so the drop probability is
    p to within 2⁻¹⁷, and kept elements are scaled by 1 / (1 − p) as usual.
    """

    def __init__(self, p: float) -> None:
        super().__init__()
        if not 0.0 <= p < 1.0:
            raise ValueError(f"dropout must be in [0, 1), got {p}")
        self.p = p
        self.threshold = round(p * 65536) - 32768  # on int16 draws, uniform in [-2¹⁵, 2¹⁵)

    def forward(self, x: Tensor) -> Tensor:
        if not self.training or self.p == 0.0:
            return x
        count = x.numel()
        words = torch.randint(-(2**63), 2**63 - 1, ((count + 3) // 4,), device=x.device)
        draws = words.view(torch.int16)[:count].view(x.shape)  # 4 draws per 64-bit word
        # masked_fill rather than x * mask: multiplying by a bool mask converts it to floats
        # first, forward and backward (4× slower for a (2048 × 576) input here).
        return x.masked_fill(draws < self.threshold, 0.0) * (1.0 / (1.0 - self.p))

    def extra_repr(self) -> str:
        return f"p={self.p}"


def use_packed_dropout(model: nn.Module) -> None:
    """Swap peft's LoRA input dropout (`nn.Dropout`) for `PackedDropout` of the same rate."""
    for module in model.modules():
        dropouts = getattr(module, "lora_dropout", None)
        if isinstance(dropouts, nn.ModuleDict):
            for name, dropout in dropouts.items():
                if isinstance(dropout, nn.Dropout):
                    dropouts[name] = PackedDropout(dropout.p)
