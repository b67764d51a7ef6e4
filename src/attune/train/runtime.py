"""CPU training speed that lives outside the model: the allocator and compiled blocks.

Measured on smollm2-135m LoRA training, 2 cores (`benchmarks/chat_speed.py`):

- glibc's allocator gives large freed blocks back to the kernel and maps fresh ones for
  the next step, so every step page-faults its activations in again (a third of the
  time went to the kernel); keeping freed memory in the process was worth ~1.3× alone.
- `torch.compile` of each decoder block fuses the element-wise work around the matrix
  multiplications (norms, rotary, SiLU, LoRA's dropout, scaling and the bf16 casts that
  autocast inserts) into a few C++ loops; with eager attention inside the compiled block
  (softmax fused too; SDPA's CPU flash backward was 8× its forward) ~1.6× over eager.
"""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import logging
import os
import shutil
import sys
from collections.abc import Iterator
from typing import Any

import torch
from torch import nn

log = logging.getLogger(__name__)

# glibc's mallopt parameters (malloc.h) and the largest value its `int` argument takes.
M_TRIM_THRESHOLD, M_TOP_PAD, M_MMAP_THRESHOLD = -1, -2, -3
LARGEST_INT = 2**31 - 1
TOP_PAD = 2**30
"""Grow the heap in 1 GiB steps: untouched pages cost no memory, only address space."""

AUTO_COMPILE_TOKENS = 40_000
"""`train.compile: auto` compiles when a run trains at least this many tokens: a cold
compile of smollm2's block costs ~45–70 s (~20 s once inductor's cache is warm) and saves
~1.3 ms a token on 2 cores, so below this it would not pay for itself."""


def keep_freed_memory() -> bool:
    """Ask glibc to keep freed memory for the next allocation instead of returning it to
    the kernel (trim and mmap thresholds at their maximum). Process-wide, idempotent; the
    peak resident memory is what the largest step needs, as before. False where the C
    library is not glibc (macOS, musl): nothing changes there."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):
        return False
    settings = {M_TRIM_THRESHOLD: LARGEST_INT, M_TOP_PAD: TOP_PAD, M_MMAP_THRESHOLD: LARGEST_INT}
    return all(mallopt(name, value) == 1 for name, value in settings.items())


def have_cpp_compiler() -> bool:
    """Whether inductor can build its CPU kernels (it calls `$CXX`, else g++ or clang++)."""
    candidates = [os.environ.get("CXX", ""), "g++", "c++", "clang++"]
    return any(name and shutil.which(name) for name in candidates)


def should_compile(setting: bool | str, tokens: int, device: torch.device) -> bool:
    """Whether to compile the decoder blocks for `train.compile` = auto | true | false.

    auto: on a CPU with a C++ compiler, for runs of at least `AUTO_COMPILE_TOKENS` tokens
    (counted over every epoch). GPUs stay eager under auto: untested here.
    """
    if isinstance(setting, bool):
        return setting
    return device.type == "cpu" and tokens >= AUTO_COMPILE_TOKENS and have_cpp_compiler()


def decoder_blocks(body: nn.Module) -> nn.ModuleList | None:
    """The repeated transformer blocks of a causal LM body (`layers` in Llama, Qwen,
    Mistral, Gemma; `h` in GPT-2), or None."""
    for name in ("layers", "h"):
        blocks = getattr(body, name, None)
        if isinstance(blocks, nn.ModuleList) and len(blocks) > 0:
            return blocks
    return None


@contextlib.contextmanager
def compiled_blocks(causal: Any, enabled: bool) -> Iterator[None]:
    """Inside: each block of the causal LM `causal` (without peft's wrapper; its adapters
    stay in the blocks) compiled in place (parameter names, state dicts and LoRA saving
    unchanged) and attention in eager form; after: both as before, so that generation with
    a KV cache runs eager and recompiles nothing.

    A block that fails to compile (no compiler, an unsupported op) runs eager: dynamo's
    `suppress_errors` falls back and logs why.
    """
    body = getattr(causal, "base_model", causal)  # a Llama's LlamaModel
    blocks = decoder_blocks(body) if enabled else None
    if blocks is None:
        if enabled:
            log.warning("no decoder blocks found in %s: training eager", type(body).__name__)
        yield
        return
    import torch._dynamo

    attention = getattr(causal.config, "_attn_implementation", None)
    suppress = torch._dynamo.config.suppress_errors
    torch._dynamo.config.suppress_errors = True
    if attention == "sdpa" and hasattr(causal, "set_attn_implementation"):
        causal.set_attn_implementation("eager")
    for block in blocks:
        block.compile(dynamic=True)
    try:
        yield
    finally:
        for block in blocks:
            # nn.Module.compile keeps the compiled call here; None restores the plain one.
            block._compiled_call_impl = None
        if attention == "sdpa" and hasattr(causal, "set_attn_implementation"):
            causal.set_attn_implementation(attention)
        torch._dynamo.config.suppress_errors = suppress
