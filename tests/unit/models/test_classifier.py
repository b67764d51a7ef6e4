"""The cosine classifier: pooling, head maths, prototypes, and save → load round trips."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import torch
import torch.nn.functional as F

from attune.errors import AttuneError
from attune.models.classifier import (
    INIT_SCALE,
    TextClassifier,
    load_classifier,
    pool_mean,
    save_classifier,
)
from attune.models.load import load_encoder, load_tokenizer
from attune.models.lora import apply_lora

LABELS = ["music", "weather", "banking"]
TEXTS = ["play my song", "rain tomorrow?", "pay my card bill now please", "hello"]


def build_classifier(folder: Path, dropout: float = 0.1) -> tuple[TextClassifier, Any]:
    torch.manual_seed(0)
    return TextClassifier(load_encoder(folder, dropout), LABELS, dropout), load_tokenizer(folder)


def encode(tokenizer: Any, texts: list[str]) -> dict[str, torch.Tensor]:
    batch = tokenizer(texts, padding=True, return_tensors="pt")
    return {"input_ids": batch["input_ids"], "attention_mask": batch["attention_mask"]}


def test_forward_shapes_and_cosine_head(tiny_bert_folder: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder)
    model.eval()
    logits, features = model(**encode(tokenizer, TEXTS))
    assert logits.shape == (len(TEXTS), len(LABELS)) and features.shape == (len(TEXTS), 32)
    cosine = F.normalize(features, dim=-1) @ F.normalize(model.weight, dim=-1).T
    assert torch.allclose(logits, INIT_SCALE * cosine, atol=1e-5)
    assert math.isclose(model.log_scale.exp().item(), INIT_SCALE, rel_tol=1e-6)
    assert torch.equal(model.encode(**encode(tokenizer, TEXTS)), features)


def test_padding_does_not_change_features(tiny_bert_folder: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder)
    model.eval()
    padded = model.encode(**encode(tokenizer, TEXTS))  # the short texts are padded
    for i, text in enumerate(TEXTS):
        alone = model.encode(**encode(tokenizer, [text]))
        assert torch.allclose(padded[i], alone[0], atol=1e-5)


def test_pool_mean_ignores_masked_positions() -> None:
    hidden = torch.arange(12, dtype=torch.float32).reshape(1, 4, 3)  # (B, T, H)
    mask = torch.tensor([[1, 1, 0, 0]])
    assert torch.equal(pool_mean(hidden, mask), hidden[0, :2].mean(dim=0, keepdim=True))


def test_dropout_applies_before_the_head_only_in_training(tiny_bert_folder: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder, dropout=0.5)
    batch = encode(tokenizer, TEXTS)
    model.eval()
    first, second = model(**batch).logits, model(**batch).logits
    assert torch.equal(first, second)
    model.train()
    assert not torch.equal(model(**batch).logits, model(**batch).logits)
    assert model.dropout.p == 0.5


def test_prototypes_make_a_nearest_centroid_classifier(tiny_bert_folder: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder)
    model.eval()
    features = torch.randn(9, 32)
    label_ids = torch.tensor([0, 0, 0, 1, 1, 1, 2, 2, 1])
    model.init_head_from_prototypes(features, label_ids)
    normed = F.normalize(features, dim=-1)
    for c in range(len(LABELS)):
        assert torch.allclose(model.weight[c], normed[label_ids == c].mean(dim=0), atol=1e-6)
    centroids = torch.stack([normed[label_ids == c].mean(0) for c in range(len(LABELS))])
    nearest = (normed @ F.normalize(centroids, dim=-1).T).argmax(dim=1)
    assert torch.equal(model.classify(features).argmax(dim=1), nearest)


def test_prototypes_keep_rows_of_classes_without_examples(tiny_bert_folder: Path) -> None:
    model, _ = build_classifier(tiny_bert_folder)
    before = model.weight[2].detach().clone()
    model.init_head_from_prototypes(torch.randn(4, 32), torch.tensor([0, 1, 1, 0]))
    assert torch.equal(model.weight[2], before)
    with pytest.raises(ValueError):
        model.init_head_from_prototypes(torch.randn(2, 32), torch.tensor([0, 3]))


def test_labels_must_be_distinct(tiny_bert_folder: Path) -> None:
    encoder = load_encoder(tiny_bert_folder, 0.1)
    with pytest.raises(AttuneError, match="distinct labels"):
        TextClassifier(encoder, ["a", "a"])
    with pytest.raises(AttuneError):
        TextClassifier(encoder, [])


def perturb(model: TextClassifier) -> None:
    """Move every trainable weight off its initial value, so a round trip that dropped any
    of them (e.g. the zero-initialised LoRA B) would show."""
    with torch.no_grad():
        for param in model.parameters():
            if param.requires_grad:
                param.add_(0.05 * torch.randn_like(param))


def test_save_load_full_gives_identical_logits(tiny_bert_folder: Path, tmp_path: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder, dropout=0.2)
    perturb(model)
    model.eval()
    batch = encode(tokenizer, TEXTS)
    expected = model(**batch).logits
    save_classifier(model, tokenizer, tmp_path / "run")
    files = {p.relative_to(tmp_path / "run").as_posix() for p in (tmp_path / "run").rglob("*")}
    assert {"encoder/model.safetensors", "head.safetensors", "labels.json"} <= files
    assert not any(f.endswith((".bin", ".pt", ".pth")) for f in files)
    loaded, loaded_tokenizer = load_classifier(tmp_path / "run")
    assert not loaded.training and loaded.labels == LABELS and loaded.dropout.p == 0.2
    assert torch.equal(loaded(**encode(loaded_tokenizer, TEXTS)).logits, expected)


def test_save_load_lora_gives_identical_logits(tiny_bert_folder: Path, tmp_path: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder)
    apply_lora(model, r=4, alpha=8, dropout=0.0)
    perturb(model)
    model.eval()
    batch = encode(tokenizer, TEXTS)
    expected = model(**batch).logits
    save_classifier(model, tokenizer, tmp_path / "run")
    assert (tmp_path / "run" / "adapter" / "adapter_model.safetensors").is_file()
    assert not (tmp_path / "run" / "encoder").exists()
    base = json.loads((tmp_path / "run" / "base.json").read_text())
    assert base == {"model": str(tiny_bert_folder.resolve())}
    loaded, loaded_tokenizer = load_classifier(tmp_path / "run")
    assert torch.allclose(loaded(**encode(loaded_tokenizer, TEXTS)).logits, expected, atol=1e-6)
    # The base is read from its own folder, so the adapter (not a copy of it) carries the change.
    fresh, _ = build_classifier(tiny_bert_folder)
    fresh.eval()
    assert not torch.allclose(fresh.encode(**batch), loaded.encode(**batch), atol=1e-4)


def test_loading_a_folder_that_is_not_a_classifier(tiny_bert_folder: Path, tmp_path: Path) -> None:
    model, tokenizer = build_classifier(tiny_bert_folder)
    save_classifier(model, tokenizer, tmp_path / "run")
    (tmp_path / "run" / "labels.json").write_text(json.dumps(LABELS + ["extra"]))
    with pytest.raises(AttuneError, match="head.safetensors"):
        load_classifier(tmp_path / "run")
    with pytest.raises(AttuneError, match="labels.json"):
        load_classifier(tmp_path / "nothing")
