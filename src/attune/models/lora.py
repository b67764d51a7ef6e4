"""LoRA adapters on a frozen pre-trained model (peft).

Each adapted linear layer computes x ↦ W₀x + (α/r)·B·A·x with W₀ frozen and only the
low-rank A (r × in) and B (out × r) trained, so an adapter is a few MB per person.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from torch import nn

from attune.errors import AttuneError
from attune.models.classifier import TextClassifier, has_adapter
from attune.models.dropout import use_packed_dropout
from attune.models.load import quiet_peft

# Every linear layer of a transformer block: the attention projections and the FFN.
# Adapting the FFN as well as attention costs about twice the adapter size and fits
# classification data better than attention-only adapters (QLoRA's finding: all linear
# layers). Names are suffixes peft matches at a dot boundary; for BERT "output.dense"
# covers both the attention output projection (attention.output.dense) and the FFN down
# projection (layer.N.output.dense), and leaves the unused pooler (pooler.dense) alone.
BERT_TARGETS = ["query", "key", "value", "output.dense", "intermediate.dense"]
DISTILBERT_TARGETS = ["q_lin", "k_lin", "v_lin", "out_lin", "lin1", "lin2"]
LLAMA_TARGETS = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]
GPT2_TARGETS = ["c_attn", "c_proj", "c_fc"]
TARGETS_BY_MODEL_TYPE = {
    "bert": BERT_TARGETS,
    "roberta": BERT_TARGETS,
    "xlm-roberta": BERT_TARGETS,
    "camembert": BERT_TARGETS,
    "electra": BERT_TARGETS,
    "distilbert": DISTILBERT_TARGETS,
    "llama": LLAMA_TARGETS,
    "mistral": LLAMA_TARGETS,
    "qwen2": LLAMA_TARGETS,
    "qwen3": LLAMA_TARGETS,
    "gemma": LLAMA_TARGETS,
    "gemma2": LLAMA_TARGETS,
    "gpt2": GPT2_TARGETS,
}
# Output layers that must stay as they are: the LM head and task heads.
HEAD_NAMES = ("lm_head", "score", "classifier", "pooler")


def default_lora_targets(model: nn.Module) -> list[str]:
    """Module names to adapt, from the architecture (`config.model_type`).

    An unknown architecture gets every linear layer outside its heads.
    """
    if isinstance(model, TextClassifier):
        model = model.encoder
    model_type = str(getattr(getattr(model, "config", None), "model_type", ""))
    if model_type in TARGETS_BY_MODEL_TYPE:
        return list(TARGETS_BY_MODEL_TYPE[model_type])
    names = sorted(linear_names(model))
    if not names:
        raise AttuneError(
            f"no linear layers to adapt in this {model_type or type(model).__name__} model",
            fix="set train.lora_targets to module names of the model, or use train.method=full",
        )
    return names


def linear_names(model: nn.Module) -> set[str]:
    """Last name parts of the linear layers outside the heads (e.g. `query`, `fc1`)."""
    found = set()
    for path, module in model.named_modules():
        parts = path.split(".")
        if isinstance(module, nn.Linear) and not any(head in parts for head in HEAD_NAMES):
            found.add(parts[-1])
    return found


def apply_lora(
    classifier: TextClassifier,
    r: int,
    alpha: int,
    dropout: float,
    targets: Sequence[str] | None = None,
) -> TextClassifier:
    """Wrap the classifier's encoder in LoRA adapters; the head stays trainable.

    The encoder's own weights are frozen; returns the same classifier, changed in place.
    """
    from peft import TaskType

    if has_adapter(classifier):
        raise AttuneError("this classifier already has LoRA adapters")
    chosen = list(targets) if targets else default_lora_targets(classifier.encoder)
    classifier.encoder = wrap_lora(
        classifier.encoder, r, alpha, dropout, chosen, TaskType.FEATURE_EXTRACTION
    )
    return classifier


def apply_lora_causal(
    model: nn.Module,
    r: int,
    alpha: int,
    dropout: float,
    targets: Sequence[str] | None = None,
) -> Any:
    """Wrap a causal language model in LoRA adapters (returns a `PeftModelForCausalLM`)."""
    from peft import TaskType

    chosen = list(targets) if targets else default_lora_targets(model)
    return wrap_lora(model, r, alpha, dropout, chosen, TaskType.CAUSAL_LM)


def wrap_lora(
    model: nn.Module, r: int, alpha: int, dropout: float, targets: list[str], task: Any
) -> Any:
    from peft import LoraConfig, get_peft_model

    if r < 1:
        raise AttuneError(f"LoRA rank must be at least 1, got {r}", where="train.lora_r")
    config = LoraConfig(
        r=r, lora_alpha=alpha, lora_dropout=dropout, target_modules=targets, task_type=task
    )
    try:
        with quiet_peft():
            wrapped = get_peft_model(model, config)
    except ValueError as exc:
        available = ", ".join(sorted(linear_names(model))) or "none"
        raise AttuneError(
            f"LoRA targets {targets} do not match the model: {str(exc).splitlines()[0]}",
            where="train.lora_targets",
            fix=f"choose among the model's linear layers: {available}",
        ) from None
    use_packed_dropout(wrapped)
    return wrapped
