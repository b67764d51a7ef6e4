"""LoRA: the right modules are adapted, and only adapters and the head learn."""

from __future__ import annotations

from pathlib import Path

import pytest
import torch
import torch.nn.functional as F
from torch import nn

from attune.errors import AttuneError
from attune.models.classifier import TextClassifier
from attune.models.load import load_causal_lm, load_encoder, load_tokenizer
from attune.models.lora import (
    BERT_TARGETS,
    LLAMA_TARGETS,
    apply_lora,
    apply_lora_causal,
    default_lora_targets,
)

HEAD_PARAMS = {"weight", "log_scale"}


def lora_classifier(folder: Path) -> TextClassifier:
    torch.manual_seed(0)
    model = TextClassifier(load_encoder(folder, 0.0), ["a", "b"], dropout=0.0)
    return apply_lora(model, r=4, alpha=8, dropout=0.0)


def test_default_targets_follow_the_architecture(
    tiny_bert_folder: Path, tiny_llama_folder: Path
) -> None:
    encoder = load_encoder(tiny_bert_folder, 0.1)
    assert default_lora_targets(encoder) == BERT_TARGETS
    assert default_lora_targets(TextClassifier(encoder, ["a", "b"])) == BERT_TARGETS
    assert default_lora_targets(load_causal_lm(tiny_llama_folder)) == LLAMA_TARGETS


def test_unknown_architecture_gets_its_linear_layers_but_not_heads() -> None:
    model = nn.Sequential()
    model.add_module("fc1", nn.Linear(4, 4))
    model.add_module("act", nn.ReLU())
    model.add_module("lm_head", nn.Linear(4, 2))
    assert default_lora_targets(model) == ["fc1"]
    with pytest.raises(AttuneError, match="no linear layers"):
        default_lora_targets(nn.Sequential(nn.ReLU()))


def test_bert_targets_cover_attention_and_ffn_not_pooler(tiny_bert_folder: Path) -> None:
    model = lora_classifier(tiny_bert_folder)
    adapted = {
        name.removeprefix("encoder.base_model.model.").removesuffix(".lora_A.default")
        for name, module in model.named_modules()
        if name.endswith("lora_A.default")
    }
    per_layer = {
        "attention.self.query",
        "attention.self.key",
        "attention.self.value",
        "attention.output.dense",
        "intermediate.dense",
        "output.dense",
    }
    assert adapted == {f"encoder.layer.{i}.{name}" for i in range(2) for name in per_layer}


def test_only_adapters_and_head_require_grad(tiny_bert_folder: Path) -> None:
    model = lora_classifier(tiny_bert_folder)
    trainable = {name for name, p in model.named_parameters() if p.requires_grad}
    assert HEAD_PARAMS <= trainable
    assert all("lora_" in name for name in trainable - HEAD_PARAMS)
    assert any("lora_A" in name for name in trainable)
    assert any("lora_B" in name for name in trainable)


def test_training_changes_exactly_the_trainable_parameters(tiny_bert_folder: Path) -> None:
    model = lora_classifier(tiny_bert_folder)
    tokenizer = load_tokenizer(tiny_bert_folder)
    batch = tokenizer(
        ["play my song", "rain today", "stop music"], padding=True, return_tensors="pt"
    )
    targets = torch.tensor([0, 1, 0])
    before = {name: p.detach().clone() for name, p in model.named_parameters()}
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimizer = torch.optim.AdamW(trainable, lr=1e-2)
    model.train()
    for _ in range(3):  # LoRA B starts at zero, so A only moves from the second step
        logits, _ = model(batch["input_ids"], batch["attention_mask"])
        loss = F.cross_entropy(logits, targets)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
    for name, param in model.named_parameters():
        changed = not torch.equal(param, before[name])
        assert changed == param.requires_grad, f"{name}: changed={changed}"


def test_lora_twice_or_on_missing_modules_is_a_user_error(tiny_bert_folder: Path) -> None:
    model = lora_classifier(tiny_bert_folder)
    with pytest.raises(AttuneError, match="already"):
        apply_lora(model, r=4, alpha=8, dropout=0.0)
    fresh = TextClassifier(load_encoder(tiny_bert_folder, 0.0), ["a", "b"])
    with pytest.raises(AttuneError, match="lora_targets") as caught:
        apply_lora(fresh, r=4, alpha=8, dropout=0.0, targets=["q_proj"])
    assert "query" in str(caught.value)  # the fix lists the real names


def test_apply_lora_causal_freezes_the_base(tiny_llama_folder: Path) -> None:
    model = apply_lora_causal(load_causal_lm(tiny_llama_folder), r=4, alpha=8, dropout=0.0)
    trainable = [name for name, p in model.named_parameters() if p.requires_grad]
    assert trainable and all("lora_" in name for name in trainable)
    adapted = {name.split(".")[-4] for name in trainable}  # ….q_proj.lora_A.default.weight
    assert adapted == set(LLAMA_TARGETS)
    ids = torch.tensor([[1, 5, 6, 7]])
    assert model(input_ids=ids).logits.shape == (1, 4, model.config.vocab_size)
