"""Mixed precision on CPU: bf16 where the processor multiplies it natively, float32 elsewhere."""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path
from typing import Any

import torch

from attune.errors import AttuneError

NATIVE_BF16_FLAGS = ("amx_bf16", "avx512_bf16")


@cache
def cpu_has_native_bf16() -> bool:
    """True on CPUs with AMX or AVX-512-bf16 (bf16 GEMMs there run ~2.5× float32 ones)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return any(flag in flags for flag in NATIVE_BF16_FLAGS)


def resolve_bf16(precision: str) -> bool:
    """Whether to train under bf16 autocast for the config value auto | bf16 | fp32."""
    if precision == "fp32":
        return False
    if precision == "bf16":
        return True
    if precision == "auto":
        return cpu_has_native_bf16() and not torch.cuda.is_available()
    raise AttuneError(f"train.precision must be auto, bf16 or fp32, got {precision!r}")


def bf16_autocast(enabled: bool) -> contextlib.AbstractContextManager[Any]:
    """bf16 autocast on CPU when `enabled`, else a no-op context."""
    if enabled:
        return torch.autocast("cpu", dtype=torch.bfloat16)
    return contextlib.nullcontext()
