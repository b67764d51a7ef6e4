"""Loading a run or an export folder for serving: merged, in eval mode, int8 where exported so.

Both folders are run-shaped (config.yaml, model/); an export also has export.json. A LoRA
adapter is merged at load (one matrix product per layer instead of three). An int8 export
keeps `int8.safetensors` where a float model keeps `model.safetensors`: the model is built
from its config.json, its linear layers become `Int8Linear`s and every tensor is read
back as exported (see `attune.export.quantize`).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from typing import Any

import torch
from torch import nn

from attune.config import Config
from attune.errors import AttuneError
from attune.eval.detector import load_detector
from attune.eval.scoring import ClassifierRun
from attune.export.merge import load_merged_chat, load_merged_classifier
from attune.export.quantize import INT8_FILE, load_int8
from attune.models.classifier import TextClassifier, fill_head, read_head, read_labels
from attune.models.load import load_tokenizer
from attune.runs import load_run_config

EXPORT_FILE = "export.json"


def read_export_info(folder: Path) -> dict[str, Any] | None:
    """The export.json of an export folder; None for a plain run folder."""
    path = Path(folder) / EXPORT_FILE
    if not path.is_file():
        return None
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AttuneError(
            f"export.json cannot be read: {exc}",
            where=str(path),
            fix="export the run again (attune export RUN OUT --overwrite)",
        ) from None
    if not isinstance(info, dict):
        raise AttuneError("export.json must hold a JSON object", where=str(path))
    return info


def is_int8_export(folder: Path) -> bool:
    info = read_export_info(folder)
    return info is not None and info.get("quantize") == "int8"


def load_classifier_for_serving(folder: Path) -> ClassifierRun:
    """A classification run or export, ready to score (adapter merged, int8 if exported so)."""
    folder = Path(folder)
    config = task_config(folder, "classify")
    if is_int8_export(folder):
        model, tokenizer = load_int8_classifier(folder / "model")
        # Int8 layers compute in float32 themselves; bf16 autocast around them would only
        # round the float parts (norms, attention) and gain nothing.
        train = dataclasses.replace(config.train, precision="fp32")
        config = dataclasses.replace(config, train=train)
    else:
        model, tokenizer, _ = load_merged_classifier(folder / "model")
    return ClassifierRun(config, model, tokenizer, load_detector(folder / "model"))


def load_chat_for_serving(folder: Path) -> tuple[Any, Any]:
    """`(model, tokenizer)` of a chat run or export, in eval mode (adapter merged, int8 if
    exported so)."""
    folder = Path(folder)
    task_config(folder, "chat")
    if is_int8_export(folder):
        return load_int8_chat(folder / "model")
    model, tokenizer, _ = load_merged_chat(folder / "model")
    return model, tokenizer


def task_config(folder: Path, task: str) -> Config:
    config = load_run_config(folder)
    if config.task != task:
        raise AttuneError(
            f"this is a {config.task} run, not a {task} run",
            where=str(folder),
            fix=f"pass the folder of a {task} run or export",
        )
    return config


def load_int8_classifier(folder: Path) -> tuple[TextClassifier, Any]:
    """What an int8 classifier export holds: encoder/ (config.json + int8.safetensors),
    head.safetensors, labels.json and the tokenizer."""
    from transformers import AutoModel

    labels = read_labels(folder / "labels.json")
    head, dropout = read_head(folder / "head.safetensors")
    model = TextClassifier(build_int8(folder / "encoder", AutoModel), labels, dropout)
    fill_head(model, head, folder, "export the run again; these files come from different runs")
    return model.eval(), load_tokenizer(folder)


def load_int8_chat(folder: Path) -> tuple[Any, Any]:
    """An int8 causal LM export: config.json, generation_config.json, int8.safetensors and
    the tokenizer."""
    from transformers import AutoModelForCausalLM, GenerationConfig

    model: Any = build_int8(folder, AutoModelForCausalLM)
    if (folder / "generation_config.json").is_file():
        model.generation_config = GenerationConfig.from_pretrained(folder)
    return model.eval(), load_tokenizer(folder)


def build_int8(folder: Path, auto_class: Any) -> nn.Module:
    """A model of `auto_class` built from `folder/config.json`, filled from int8.safetensors."""
    from transformers import AutoConfig

    weights = folder / INT8_FILE
    if not weights.is_file() or not (folder / "config.json").is_file():
        raise AttuneError(
            f"export.json says int8 but config.json or {INT8_FILE} is missing",
            where=str(folder),
            fix="export the run again (attune export RUN OUT --quantize int8 --overwrite)",
        )
    try:
        config = AutoConfig.from_pretrained(folder, trust_remote_code=False)
    except (OSError, ValueError) as exc:
        raise AttuneError(f"cannot read config.json: {exc}", where=str(folder)) from None
    # Built with random weights first (every tensor is then overwritten): the model's own
    # constructor is what makes buffers that are never saved, such as rotary frequencies.
    model = auto_class.from_config(config, dtype=torch.float32, trust_remote_code=False)
    model.config.name_or_path = str(folder)
    return load_int8(model, weights).eval()
