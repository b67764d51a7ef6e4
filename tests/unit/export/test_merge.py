"""Merging LoRA: the merged model computes what the adapted one did, without peft."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
from torch import nn

from attune.export.merge import load_merged_chat, load_merged_classifier, merge_classifier
from attune.models.chat import save_chat_model
from attune.models.classifier import (
    TextClassifier,
    has_adapter,
    load_classifier,
    save_classifier,
)
from attune.models.load import load_causal_lm, load_encoder, load_tokenizer
from attune.models.lora import apply_lora, apply_lora_causal
from helpers import build_tiny_bert, build_tiny_llama

IDS = torch.tensor([[2, 40, 41, 42, 3, 0], [2, 50, 51, 3, 0, 0]])  # (2, 6)
MASK = (IDS > 0).long()


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def randomise_adapters(model: nn.Module) -> None:
    """LoRA's B starts at zero (the adapter is a no-op until trained): give every A and B
    values, so merging has something to fold in."""
    torch.manual_seed(1)
    with torch.no_grad():
        for name, param in model.named_parameters():
            if "lora_" in name:
                param.copy_(torch.randn_like(param) * 0.3)


def test_merged_classifier_logits_equal_the_adapted_ones(tmp_path: Path) -> None:
    folder = build_tiny_bert(tmp_path / "bert")
    model = apply_lora(TextClassifier(load_encoder(folder, 0.0), ["a", "b", "c"]), 4, 8, 0.0)
    randomise_adapters(model)
    model.eval()
    with torch.no_grad():
        adapted = model(IDS, MASK).logits  # (2, 3)
        base = TextClassifier(load_encoder(folder, 0.0), ["a", "b", "c"]).eval()
        base.weight.copy_(model.weight)
        assert not torch.allclose(base(IDS, MASK).logits, adapted, atol=1e-3)  # LoRA matters
        assert merge_classifier(model) and not has_adapter(model)
        merged = model(IDS, MASK).logits
    assert torch.allclose(merged, adapted, atol=1e-5)
    assert not merge_classifier(model)  # nothing left to merge


def test_a_saved_adapter_loads_merged(tmp_path: Path) -> None:
    folder = build_tiny_bert(tmp_path / "bert")
    model = apply_lora(TextClassifier(load_encoder(folder, 0.0), ["a", "b"]), 4, 8, 0.0)
    randomise_adapters(model)
    save_classifier(model, load_tokenizer(folder), tmp_path / "saved")
    adapted, _ = load_classifier(tmp_path / "saved")
    merged, _, had_adapter = load_merged_classifier(tmp_path / "saved")
    assert had_adapter and not has_adapter(merged)
    with torch.no_grad():
        assert torch.allclose(merged(IDS, MASK).logits, adapted(IDS, MASK).logits, atol=1e-5)


def test_merged_chat_logits_equal_the_adapted_ones(tmp_path: Path) -> None:
    folder = build_tiny_llama(tmp_path / "llama")
    model = apply_lora_causal(load_causal_lm(folder), r=4, alpha=8, dropout=0.0)
    randomise_adapters(model)
    save_chat_model(model, load_tokenizer(folder), tmp_path / "saved")
    merged, _, had_adapter = load_merged_chat(tmp_path / "saved")
    assert had_adapter and not hasattr(merged, "peft_config")
    with torch.no_grad():
        adapted = model.eval()(IDS).logits  # (2, 6, V)
        plain = load_causal_lm(folder)(IDS).logits
        assert not torch.allclose(plain, adapted, atol=1e-3)
        assert torch.allclose(merged(IDS).logits, adapted, atol=1e-5)
