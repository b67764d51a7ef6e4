"""How a causal LM's `forward` takes its KV cache, across transformers versions."""

from __future__ import annotations

import inspect
from typing import Any

import transformers


def cache_argument(names: set[str]) -> str:
    """The name `forward` takes the cache by: `cache` since transformers 5, before that
    `past_key_values`; a forward that takes only `**kwargs` gets the installed version's."""
    if "cache" in names or "past_key_values" in names:
        return "cache" if "cache" in names else "past_key_values"
    return "cache" if int(transformers.__version__.split(".")[0]) >= 5 else "past_key_values"


def forward_parameters(model: Any) -> set[str]:
    """Names `model.forward` takes; a PEFT wrapper's `**kwargs` is looked through to the
    base model's."""
    target = model.get_base_model() if hasattr(model, "get_base_model") else model
    return set(inspect.signature(target.forward).parameters)


def cache_keyword(model: Any) -> str:
    """The keyword `model.forward` takes its cache by."""
    return cache_argument(forward_parameters(model))


def output_cache(output: Any) -> Any:
    """The cache a forward returned (`cache` since transformers 5, else `past_key_values`)."""
    cache = getattr(output, "cache", None)
    return cache if cache is not None else output.past_key_values
