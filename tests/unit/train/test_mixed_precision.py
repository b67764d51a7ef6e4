"""bf16 autocast on CPU: the classifier's logits stay close to float32, the loss stays float32."""

from __future__ import annotations

import math
from pathlib import Path

import torch

from attune.data.tensors import tokenize_texts
from attune.models.classifier import TextClassifier
from attune.models.load import load_encoder, load_tokenizer
from attune.precision import bf16_autocast, resolve_bf16
from attune.train.batching import collate_classification
from attune.train.classification import ClassificationTask

TEXTS = [
    "play my favourite song",
    "what is the weather tomorrow",
    "pay my card bill",
    "set an alarm for seven",
    "hello",
    "transfer money to my account please, and thanks a lot",
]
LABELS = [0, 1, 2, 3, 0, 2]


def build(folder: Path) -> tuple[TextClassifier, list[list[int]]]:
    torch.manual_seed(0)
    model = TextClassifier(load_encoder(folder, 0.0), ["a", "b", "c", "d"], 0.0).eval()
    return model, tokenize_texts(load_tokenizer(folder), TEXTS, 32)


def test_bf16_logits_agree_with_fp32(tiny_bert_folder: Path) -> None:
    model, ids = build(tiny_bert_folder)
    batch = collate_classification(ids, LABELS, list(range(len(ids))), pad_id=0)
    with torch.no_grad():
        full, full_features = model(batch["input_ids"], batch["attention_mask"])
        with bf16_autocast(True):
            half, half_features = model(batch["input_ids"], batch["attention_mask"])
    assert half.dtype == torch.bfloat16  # autocast really ran the head in bf16
    half = half.float()
    assert not torch.equal(half, full)
    # Tolerance: bf16 keeps 8 significant bits, so rounding an operand costs a relative
    # error of at most 2^-8 ≈ 0.004. The head's cosine rounds both unit vectors (≤ 2 · 0.004)
    # and the encoder's matmuls perturb the features a little more (residual paths and
    # LayerNorm stay float32 under CPU autocast). 0.01 on the cosine (logit / s, s = 20) and
    # 1 % on the features is that budget with a margin; a wrong dtype path (e.g. fp16, 5
    # fewer exponent bits, or a head in bf16 without normalisation) would exceed it.
    scale = model.log_scale.exp().item()
    assert torch.allclose(half / scale, full / scale, atol=0.01, rtol=0)
    relative = (half_features.float() - full_features).norm(dim=-1) / full_features.norm(dim=-1)
    assert float(relative.max()) < 0.01
    probs_full, probs_half = full.softmax(-1), half.softmax(-1)
    assert torch.allclose(probs_half, probs_full, atol=0.05)


def test_loss_stays_float32_under_autocast_and_gradients_flow(tiny_bert_folder: Path) -> None:
    model, ids = build(tiny_bert_folder)
    model.train()
    task = ClassificationTask(
        train_ids=ids,
        train_labels=LABELS,
        val_ids=ids,
        val_labels=LABELS,
        num_classes=4,
        pad_id=0,
        batch_size=3,
        seed=0,
        group_by_length=True,
        class_weights=None,
        use_bf16=True,
    )
    with bf16_autocast(True):
        loss, counts = task.batch_loss(model, [0, 1, 2, 3])
    assert loss.dtype == torch.float32 and math.isfinite(loss.item())
    assert 0 <= counts["accuracy"] <= 4
    with torch.no_grad():
        fp32_loss, _ = task.batch_loss(model.eval(), [0, 1, 2, 3])
    model.train()
    assert abs(loss.item() - fp32_loss.item()) < 0.1 * max(1.0, fp32_loss.item())
    loss.backward()
    for name, param in model.named_parameters():
        if ".pooler." in name:  # BERT's pooler is not used by mean pooling
            continue
        assert param.grad is not None and param.grad.dtype == torch.float32, name
        assert torch.isfinite(param.grad).all(), name


def test_precision_setting() -> None:
    assert resolve_bf16("bf16") is True and resolve_bf16("fp32") is False
    assert isinstance(resolve_bf16("auto"), bool)
