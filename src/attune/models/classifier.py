"""A text classifier: a pre-trained encoder, mean pooling and a cosine head.

    features = Σₜ mₜ hₜ / Σₜ mₜ                   (B, H)  mean over real tokens
    logits   = s · normalize(dropout(features)) · normalize(W)ᵀ   (B, C), s = exp(log_scale)

A cosine head compares directions only, so its weight rows can start as class prototypes
(the mean normalised feature of each class): the untrained model is then a
nearest-centroid classifier, a strong start for few-shot data. Saved as safetensors only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NamedTuple

import torch
import torch.nn.functional as F
from safetensors import safe_open
from safetensors.torch import save_file
from torch import Tensor, nn

from attune.errors import AttuneError
from attune.models.dropout import use_packed_dropout
from attune.models.load import (
    load_encoder,
    load_tokenizer,
    quiet_peft,
    refuse_pickled_weights,
    remove_paths,
)

# Cosine logits lie in [-s, s]. With C classes and the right class ahead of the others by a
# cosine margin m, its softmax probability is 1 / (1 + (C-1)·exp(-s·m)). Prototypes of
# sentence embeddings are typically 0.1–0.3 apart in cosine, so s = 20 already gives
# usable probabilities at the start (m = 0.25, C = 150: 0.5) without saturating the
# loss; s near 1 would leave softmax almost uniform. The scale is learned (as a log, so it
# stays positive) and capped so it cannot grow without bound to over-fit confidence.
INIT_SCALE = 20.0
MAX_SCALE = 100.0


class ClassifierOutput(NamedTuple):
    """What `TextClassifier.forward` returns (unpacks as `logits, features`)."""

    logits: Tensor
    """(B, C) scaled cosine similarities."""
    features: Tensor
    """(B, H) mean-pooled encoder features, before dropout and normalisation."""


class TextClassifier(nn.Module):
    """Encoder → mean pooling → dropout → cosine head with a learned scale."""

    def __init__(
        self,
        encoder: nn.Module,
        labels: Sequence[str],
        dropout: float = 0.1,
        *,
        base_model: str | None = None,
    ) -> None:
        super().__init__()
        labels = list(labels)
        if not labels or len(set(labels)) != len(labels):
            raise AttuneError(f"a classifier needs distinct labels, got {labels!r}")
        config: Any = encoder.config  # a transformers config
        hidden = int(config.hidden_size)
        self.encoder = encoder
        # Mean pooling never reads BERT's pooler: freeze it so that "trainable" means
        # "learns" (and AdamW does not carry state for weights that get no gradient).
        for name, param in encoder.named_parameters():
            if name.startswith("pooler."):
                param.requires_grad_(False)
        self.labels = labels
        self.dropout = nn.Dropout(dropout)
        self.weight = nn.Parameter(torch.randn(len(labels), hidden) * 0.02)  # (C, H)
        self.log_scale = nn.Parameter(torch.tensor(math.log(INIT_SCALE)))
        # How to find the encoder again when only a LoRA adapter is saved.
        self.base_model = base_model or str(config.name_or_path)

    def encode(self, input_ids: Tensor, attention_mask: Tensor) -> Tensor:
        """Mean-pooled features (B, H) of `input_ids` (B, T) over real tokens."""
        output = self.encoder(input_ids=input_ids, attention_mask=attention_mask)
        return pool_mean(output.last_hidden_state, attention_mask)

    def forward(self, input_ids: Tensor, attention_mask: Tensor) -> ClassifierOutput:
        features = self.encode(input_ids, attention_mask)  # (B, H)
        return ClassifierOutput(self.classify(self.dropout(features)), features)

    def classify(self, features: Tensor) -> Tensor:
        """Scaled cosine logits (B, C) of features (B, H)."""
        scale = self.log_scale.clamp(max=math.log(MAX_SCALE)).exp()
        directions = F.normalize(features, dim=-1)  # (B, H)
        prototypes = F.normalize(self.weight, dim=-1)  # (C, H)
        return scale * directions @ prototypes.T

    @torch.no_grad()
    def init_head_from_prototypes(self, features: Tensor, label_ids: Tensor) -> None:
        """Set each class's weight row to the mean L2-normalised feature of its examples.

        `features` (N, H), `label_ids` (N,) in [0, C). Classes without examples keep their
        current row.
        """
        num_classes, hidden = self.weight.shape
        if features.dim() != 2 or features.shape != (label_ids.shape[0], hidden):
            raise ValueError(f"features {tuple(features.shape)} do not match {hidden=}")
        if label_ids.numel() and not 0 <= int(label_ids.min()) <= int(label_ids.max()) < (
            num_classes
        ):
            raise ValueError(f"label ids must be in [0, {num_classes})")
        normed = F.normalize(features.float(), dim=-1)  # (N, H)
        sums = torch.zeros(num_classes, hidden).index_add_(0, label_ids.long(), normed)
        counts = torch.bincount(label_ids.long(), minlength=num_classes)  # (C,)
        present = counts > 0
        self.weight[present] = (sums[present] / counts[present, None]).to(self.weight.dtype)


def pool_mean(hidden: Tensor, attention_mask: Tensor) -> Tensor:
    """Mean of `hidden` (B, T, H) over positions where `attention_mask` (B, T) is 1."""
    mask = attention_mask.unsqueeze(-1).to(hidden.dtype)  # (B, T, 1)
    return (hidden * mask).sum(dim=1) / mask.sum(dim=1).clamp(min=1.0)


def has_adapter(model: TextClassifier) -> bool:
    """Whether the encoder is wrapped in LoRA (a peft model)."""
    from peft import PeftModel

    return isinstance(model.encoder, PeftModel)


def save_classifier(model: TextClassifier, tokenizer: Any, folder: Path) -> None:
    """Write a classifier as safetensors: `encoder/` (full) or `adapter/` + `base.json`
    (LoRA), `head.safetensors`, `labels.json`, and the tokenizer files."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    if has_adapter(model):
        encoder: Any = model.encoder
        encoder.save_pretrained(folder / "adapter", safe_serialization=True)
        base = {"model": model.base_model}
        (folder / "base.json").write_text(json.dumps(base, indent=2) + "\n", encoding="utf-8")
        stale = [folder / "encoder"]
    else:
        encoder = model.encoder
        encoder.save_pretrained(folder / "encoder", safe_serialization=True)
        stale = [folder / "adapter", folder / "base.json"]
    # One kind of weights per folder, so loading is never ambiguous.
    remove_paths(stale)
    head = {
        "weight": model.weight.detach().float().contiguous(),
        "log_scale": model.log_scale.detach().float().reshape(1),
    }
    save_file(head, str(folder / "head.safetensors"), metadata={"dropout": str(model.dropout.p)})
    labels_text = json.dumps(model.labels, indent=2, ensure_ascii=False) + "\n"
    (folder / "labels.json").write_text(labels_text, encoding="utf-8")
    tokenizer.save_pretrained(folder)


def load_classifier(folder: Path, *, trainable: bool = False) -> tuple[TextClassifier, Any]:
    """Read what `save_classifier` wrote; returns `(model, tokenizer)`, model in eval mode.

    `trainable` keeps a LoRA adapter's weights trainable (to continue training it).
    """
    folder = Path(folder)
    labels = read_labels(folder / "labels.json")
    head, dropout = read_head(folder / "head.safetensors")
    base_model: str | None = None
    if (folder / "adapter").is_dir():
        from peft import PeftModel

        base_model = read_base(folder / "base.json")
        refuse_pickled_weights(folder / "adapter")
        base = load_encoder(base_model, dropout)
        with quiet_peft():
            encoder = PeftModel.from_pretrained(
                base, str(folder / "adapter"), is_trainable=trainable
            )
        if trainable:
            use_packed_dropout(encoder)
    elif (folder / "encoder").is_dir():
        encoder = load_encoder(folder / "encoder", dropout)
    else:
        raise AttuneError(
            "no encoder/ or adapter/ folder: this is not a saved classifier",
            where=str(folder),
            fix="pass the model/ folder of a classification run",
        )
    model = TextClassifier(encoder, labels, dropout, base_model=base_model)
    fill_head(model, head, folder, "save the classifier again; its files come from different runs")
    return model.eval(), load_tokenizer(folder)


def fill_head(model: TextClassifier, head: dict[str, Tensor], folder: Path, fix: str) -> None:
    """Copy the saved head (`read_head`) into `model`, refusing one of another shape."""
    if head["weight"].shape != model.weight.shape:
        raise AttuneError(
            f"head.safetensors has {tuple(head['weight'].shape)} weights for "
            f"{len(model.labels)} labels of width {model.weight.shape[1]}",
            where=str(folder / "head.safetensors"),
            fix=fix,
        )
    with torch.no_grad():
        model.weight.copy_(head["weight"])
        model.log_scale.copy_(head["log_scale"].reshape(()))


def read_labels(path: Path) -> list[str]:
    if not path.is_file():
        raise AttuneError("labels.json missing", where=str(path.parent), fix="save it again")
    labels = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(labels, list) or not all(isinstance(x, str) for x in labels):
        raise AttuneError("labels.json must be a list of label names", where=str(path))
    return labels


def read_head(path: Path) -> tuple[dict[str, Tensor], float]:
    """The head tensors and the dropout rate stored in their metadata."""
    if not path.is_file():
        raise AttuneError("head.safetensors missing", where=str(path.parent), fix="save it again")
    with safe_open(str(path), framework="pt") as file:
        tensors = {key: file.get_tensor(key) for key in file.keys()}
        metadata = file.metadata() or {}
    missing = {"weight", "log_scale"} - set(tensors)
    if missing:
        raise AttuneError(f"head.safetensors lacks {sorted(missing)}", where=str(path))
    return tensors, float(metadata.get("dropout", "0.1"))


def read_base(path: Path) -> str:
    """The base model an adapter was trained on (alias, folder, or hub id)."""
    try:
        base = json.loads(path.read_text(encoding="utf-8"))["model"]
    except (OSError, ValueError, KeyError, TypeError):
        raise AttuneError(
            "base.json missing or without a 'model' name",
            where=str(path),
            fix='write {"model": "<the base model>"} next to adapter/',
        ) from None
    return str(base)
