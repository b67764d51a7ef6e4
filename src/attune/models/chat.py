"""Saving and loading a fine-tuned chat model: a LoRA adapter on a named base, or whole.

model/
  adapter/            LoRA: adapter_config.json + adapter_model.safetensors (peft)
  base.json           LoRA: {"model": "<the base model's alias, folder or hub id>"}
  config.json, model.safetensors, generation_config.json     full fine-tune
  tokenizer.json, tokenizer_config.json, chat_template.jinja  the tokenizer (both)
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from torch import nn

from attune.errors import AttuneError
from attune.models.classifier import read_base
from attune.models.dropout import use_packed_dropout
from attune.models.load import (
    load_causal_lm,
    load_tokenizer,
    quiet_peft,
    refuse_pickled_weights,
    remove_paths,
)

FULL_FILES = ("config.json", "generation_config.json")


def has_chat_adapter(model: nn.Module) -> bool:
    """Whether `model` is a causal LM wrapped in LoRA (a peft model)."""
    from peft import PeftModel

    return isinstance(model, PeftModel)


def save_chat_model(model: nn.Module, tokenizer: Any, folder: Path) -> None:
    """Write `model` and `tokenizer` to `folder` as safetensors (see the module docstring).

    One kind of weights per folder: saving an adapter removes full weights left there by an
    earlier save, and the other way round, so loading is never ambiguous.
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    saved: Any = model
    if has_chat_adapter(model):
        saved.save_pretrained(folder / "adapter", safe_serialization=True)
        base = {"model": str(saved.get_base_model().config.name_or_path)}
        (folder / "base.json").write_text(json.dumps(base, indent=2) + "\n", encoding="utf-8")
        stale = [*folder.glob("*.safetensors"), *(folder / name for name in FULL_FILES)]
        stale.append(folder / "model.safetensors.index.json")
    else:
        saved.save_pretrained(folder, safe_serialization=True)
        stale = [folder / "adapter", folder / "base.json"]
    remove_paths(stale)
    tokenizer.save_pretrained(folder)


def load_chat_model(folder: Path, merge: bool = False, trainable: bool = False) -> tuple[Any, Any]:
    """Read what `save_chat_model` wrote; returns `(model, tokenizer)`, the model in eval mode.

    `merge` folds a LoRA adapter into the base weights (a plain model, faster to run);
    `trainable` keeps the adapter's weights trainable (to continue training it).
    """
    folder = Path(folder)
    if (folder / "adapter").is_dir():
        from peft import PeftModel

        refuse_pickled_weights(folder / "adapter")
        base = load_causal_lm(read_base(folder / "base.json"))
        with quiet_peft():
            model = PeftModel.from_pretrained(
                base, str(folder / "adapter"), is_trainable=trainable and not merge
            )
        if merge:
            model = model.merge_and_unload()
        elif trainable:
            use_packed_dropout(model)
    elif (folder / "config.json").is_file():
        model = load_causal_lm(folder)
    else:
        raise AttuneError(
            "no adapter/ folder and no config.json: this is not a saved chat model",
            where=str(folder),
            fix="pass the model/ folder of a chat run (or the run folder's model/)",
        )
    return model.eval(), load_tokenizer(folder)
