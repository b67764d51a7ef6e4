"""Loading pre-trained weights safely: safetensors only, never remote code.

A pickled checkpoint (`pytorch_model.bin`, `*.pt`, …) can run arbitrary code when it is
read, so a folder that only has pickled weights is refused with a way out, and every load
passes `use_safetensors=True` so transformers never falls back to pickle.
"""

from __future__ import annotations

import contextlib
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import torch

from attune.errors import AttuneError
from attune.models.registry import ModelSource, resolve_model

PICKLED_SUFFIXES = (".bin", ".pt", ".pth", ".ckpt", ".pkl", ".pickle")
# Config fields that hold encoder dropout, by architecture family (BERT/RoBERTa/ELECTRA;
# DistilBERT). Only the ones a config already has are set.
DROPOUT_FIELDS = (
    "hidden_dropout_prob",
    "attention_probs_dropout_prob",
    "dropout",
    "attention_dropout",
)
SAFE = {"use_safetensors": True, "trust_remote_code": False}


def refuse_pickled_weights(folder: Path) -> None:
    """Raise when `folder` holds pickled weights and no safetensors to use instead."""
    folder = Path(folder)
    if not folder.is_dir():
        return
    files = [p for p in folder.iterdir() if p.is_file()]
    if any(p.suffix == ".safetensors" for p in files):
        return
    pickled = sorted(p.name for p in files if p.suffix in PICKLED_SUFFIXES)
    if pickled:
        raise AttuneError(
            f"only pickled weights ({', '.join(pickled)}): loading them could run code "
            "hidden in the file, so attune does not",
            where=str(folder),
            fix="convert the weights to safetensors (e.g. load them once yourself, in a place "
            "you trust, and call model.save_pretrained(folder, safe_serialization=True))",
        )


def resolve_checked(source: str | Path | ModelSource) -> ModelSource:
    """Resolve a model name and refuse a local folder with pickled weights."""
    resolved = resolve_model(source)
    if resolved.folder is not None:
        refuse_pickled_weights(resolved.folder)
    return resolved


def load_tokenizer(source: str | Path | ModelSource) -> Any:
    """The tokenizer of a model (a `PreTrainedTokenizerBase`)."""
    from transformers import AutoTokenizer

    resolved = resolve_checked(source)
    try:
        return AutoTokenizer.from_pretrained(resolved.location, trust_remote_code=False)
    except (OSError, ValueError) as exc:
        raise cannot_load("tokenizer", resolved, exc) from None


def load_encoder(source: str | Path | ModelSource, dropout: float) -> Any:
    """A bare encoder (`AutoModel`, e.g. `BertModel`) in float32 with its dropout set.

    `dropout` replaces the config's hidden and attention dropout, so the rate chosen in the
    run config is the one used while training.
    """
    from transformers import AutoConfig, AutoModel

    resolved = resolve_checked(source)
    try:
        config = AutoConfig.from_pretrained(resolved.location, trust_remote_code=False)
        for name in DROPOUT_FIELDS:
            if hasattr(config, name):
                setattr(config, name, dropout)
        model = AutoModel.from_pretrained(
            resolved.location, config=config, dtype=torch.float32, **SAFE
        )
    except (OSError, ValueError) as exc:
        raise cannot_load("encoder", resolved, exc) from None
    return name_model(model, resolved)


def load_causal_lm(source: str | Path | ModelSource, dtype: torch.dtype = torch.float32) -> Any:
    """A causal language model (`AutoModelForCausalLM`) for chat."""
    from transformers import AutoModelForCausalLM

    resolved = resolve_checked(source)
    try:
        model = AutoModelForCausalLM.from_pretrained(resolved.location, dtype=dtype, **SAFE)
    except (OSError, ValueError) as exc:
        raise cannot_load("causal language model", resolved, exc) from None
    return name_model(model, resolved)


@contextlib.contextmanager
def quiet_peft() -> Iterator[None]:
    """Hide the FutureWarning peft triggers in transformers on every wrap
    (`is_gradient_checkpointing` is deprecated): it is not the user's to act on."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=".*is_gradient_checkpointing", category=FutureWarning
        )
        yield


def name_model(model: Any, source: ModelSource) -> Any:
    """Record the stable name (alias, absolute folder, hub id) on the model's config, so a
    LoRA adapter saved from it names a base that resolves again on another machine."""
    model.config.name_or_path = source.name
    return model


def cannot_load(what: str, source: ModelSource, exc: Exception) -> AttuneError:
    first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return AttuneError(
        f"cannot load the {what}: {first_line}",
        where=source.location,
        fix="pass a Hugging Face model folder with config.json, *.safetensors weights and "
        "tokenizer files, an embedded alias, or a hub id (needs internet)",
    )


def remove_paths(paths: list[Path]) -> None:
    """Delete files and folders that exist among `paths` (stale weights of the other kind,
    so a saved model folder is never ambiguous)."""
    for path in paths:
        if path.is_dir():
            shutil.rmtree(path)
        elif path.is_file():
            path.unlink()
