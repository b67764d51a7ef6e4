"""Folding LoRA adapters into the weights they adapt (peft's `merge_and_unload`).

Each adapted layer x ↦ W₀x + (α/r)·B·A·x becomes x ↦ Wx with W = W₀ + (α/r)·B·A: a plain
transformers model again, one matrix product per layer instead of three, and loadable
without peft or the base model.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attune.models.chat import load_chat_model
from attune.models.classifier import TextClassifier, has_adapter, load_classifier


def merge_classifier(model: TextClassifier) -> bool:
    """Fold the encoder's adapter into its weights, in place; False when it had none."""
    if not has_adapter(model):
        return False
    encoder: Any = model.encoder
    model.encoder = encoder.merge_and_unload()
    return True


def load_merged_classifier(folder: Path) -> tuple[TextClassifier, Any, bool]:
    """`(model, tokenizer, had_adapter)` of a saved classifier, its adapter merged."""
    model, tokenizer = load_classifier(folder)
    merged = merge_classifier(model)
    return model.eval(), tokenizer, merged


def load_merged_chat(folder: Path) -> tuple[Any, Any, bool]:
    """`(model, tokenizer, had_adapter)` of a saved chat model, its adapter merged."""
    had_adapter = (Path(folder) / "adapter").is_dir()
    model, tokenizer = load_chat_model(folder, merge=True)
    return model, tokenizer, had_adapter
