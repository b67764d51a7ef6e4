"""The one typed config tree: read from YAML, overridden as `--train.lr=3e-5`, saved with each run.

Each field is documented once, here. Unknown keys are rejected by name, values are
checked against their declared type, and the resolved tree is written to
`RUN/config.yaml` so a run can always be reproduced.
"""

from __future__ import annotations

import dataclasses
import difflib
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import yaml

from attune.errors import AttuneError

Task = Literal["classify", "chat"]


@dataclass
class PrivacyConfig:
    """Personal data in the training files: found and replaced before anything is learned."""

    redact: bool = True
    """Find personal data and secrets (e-mail, phone, card, IBAN, IP, SSN, credentials in
    URLs, API keys, dates of birth, postal addresses) and redact them at ingestion."""
    entities: list[str] | None = None
    """Which entities to redact (default: all of the above; add PERSON to redact names too,
    which the default keeps: who the person's people are is what the assistant learns)."""
    mode: Literal["placeholder", "pseudonym", "drop"] = "placeholder"
    """placeholder: `<EMAIL_1>`; pseudonym: a realistic stand-in (the same value, the same
    stand-in); drop: leave out every example that holds personal data."""
    keep: list[str] = field(default_factory=list)
    """Values never redacted (the persona's assistant and person names always are kept)."""
    canaries: list[int] = field(default_factory=list)
    """Chat, an audit: plant one random secret (a card number) this many times each, e.g.
    [1, 5, 20], in the training conversations; the report gives each one's exposure and
    whether greedy generation completes it. Never on real runs you mean to keep."""
    canary_candidates: int = 1000
    """Random secrets of the same shape the true one is ranked among (exposure)."""

    def __post_init__(self) -> None:
        if any(count < 1 for count in self.canaries):
            raise AttuneError(f"data.privacy.canaries must be positive counts, got {self.canaries}")
        if self.canary_candidates < 10:
            raise AttuneError(
                f"data.privacy.canary_candidates must be at least 10, got {self.canary_candidates}"
            )
        if self.entities is not None:
            from attune.data.privacy import check_entities

            check_entities(self.entities)


@dataclass
class DataConfig:
    """Where the person's data is and how to read it."""

    train: str | None = None
    """Training file (JSONL, JSON, CSV, TSV). `file.json#train+oos_train` picks keys of a
    JSON object of splits (CLINC150's shape) and joins them."""
    validation: str | None = None
    """Validation file; split off `train` (stratified, seeded) when absent."""
    test: str | None = None
    """Test file; split off `train` when absent and `test_fraction` > 0."""
    text_field: str | None = None
    """Column holding the text; detected from common names when absent."""
    label_field: str | None = None
    """Column holding the label; detected from common names when absent."""
    format: str = "auto"
    """Chat: messages | sharegpt | alpaca | auto. Classification: auto."""
    out_of_scope_label: str = "oos"
    """Label of out-of-scope examples: not a class to learn, used to tune and test rejection."""
    validation_fraction: float = 0.1
    """Share of train held out for validation when no validation file is given."""
    test_fraction: float = 0.1
    """Share of train held out for testing when no test file is given (0: none)."""
    per_class_limit: int | None = None
    """Keep at most this many training examples per class (seeded sample): few-shot runs."""
    max_length: int = 64
    """Tokens per example (chat default 1024); longer ones are truncated (check says how many)."""
    persona: str | None = None
    """Chat: a persona YAML (assistant and person names, facts, tone) that becomes the system
    prompt and generates identity examples mixed with the conversations."""
    persona_examples: int = 60
    """Chat: how many identity examples to generate from the persona."""
    system_prompt: str | None = None
    """Chat: a system prompt put on conversations that have none (the persona's wins)."""
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    """Redaction of personal data at ingestion (on by default) and the canary audit."""

    def __post_init__(self) -> None:
        for name in ("validation_fraction", "test_fraction"):
            value = getattr(self, name)
            if not 0.0 <= value < 0.5:
                raise AttuneError(f"data.{name} must be in [0, 0.5), got {value}")
        if self.max_length < 8:
            raise AttuneError(f"data.max_length must be at least 8, got {self.max_length}")


@dataclass
class TrainConfig:
    """How to fine-tune."""

    method: Literal["full", "lora"] = "full"
    """full: every weight learns; lora: low-rank adapters on a frozen base (plus the head)."""
    epochs: float = 3.0
    """Passes over the training data (fractions allowed)."""
    lr: float = 5.0e-5
    """Peak learning rate of the encoder (or of the LoRA adapters)."""
    head_lr: float | None = None
    """Learning rate of the task head; defaults to 20× `lr` for a full fine-tune, `lr` for LoRA."""
    batch_size: int = 32
    """Examples per optimiser step (before accumulation)."""
    grad_accum: int = 1
    """Micro-batches accumulated into one optimiser step."""
    weight_decay: float = 0.01
    """AdamW decoupled weight decay (not applied to biases and norms)."""
    schedule: Literal["linear", "cosine", "constant"] = "linear"
    """Learning-rate decay after warm-up."""
    warmup_ratio: float = 0.1
    """Share of the optimiser steps spent warming the learning rate up from 0."""
    reduce_on_plateau: bool = False
    """Halve the learning rate when the validation metric stops improving (after warm-up)."""
    dropout: float = 0.1
    """Dropout in the encoder and before the head."""
    max_grad_norm: float = 1.0
    """Clip the global gradient norm to this (0: no clipping)."""
    class_weights: Literal["none", "balanced"] = "none"
    """balanced: weight the loss by inverse class frequency (imbalanced data)."""
    seed: int = 0
    """Seeds data order, splits, initialisation and dropout."""
    precision: Literal["auto", "bf16", "fp32"] = "auto"
    """auto: bf16 autocast where the CPU has native bf16 (AMX / AVX-512-bf16), else fp32."""
    eval_every: int = 0
    """Validate every N optimiser steps (0: at the end of each epoch)."""
    metric: Literal["macro_f1", "accuracy", "eval_loss"] = "macro_f1"
    """Validation metric that chooses the best model and drives early stopping."""
    patience: int = 0
    """Stop after this many validations without improvement (0: never stop early)."""
    checkpoint_every: int = 0
    """Write a resumable checkpoint every N optimiser steps (0: at each validation)."""
    keep_checkpoints: int = 2
    """How many of the newest checkpoints to keep."""
    group_by_length: bool = True
    """Batch examples of similar length together (less padding, same epoch contents)."""
    packing: bool = True
    """Chat: several conversations a micro-batch, up to `batch_size` × `data.max_length`
    tokens, each seeing only itself (see `packing_layout`); off: `batch_size` conversations."""
    packing_layout: Literal["buckets", "rows"] = "buckets"
    """Chat, with packing: buckets — conversations of similar length, one a padded row,
    causal attention (fastest on CPUs: no mask, attention only inside each conversation);
    rows — concatenated into `batch_size` rows of `data.max_length` tokens with a
    block-diagonal causal mask (least padding)."""
    compile: Literal["auto"] | bool = "auto"
    """Chat: compile each decoder block with `torch.compile` for training (~1.6× on a CPU,
    after a compile of ~20–70 s); auto: on a CPU with a C++ compiler, for runs of 40k
    tokens or more (`attune.train.runtime`)."""
    lora_r: int = 16
    """LoRA rank."""
    lora_alpha: int = 32
    """LoRA scale numerator: updates are scaled by alpha / r."""
    lora_dropout: float = 0.05
    """Dropout on the LoRA input."""
    lora_targets: list[str] | None = None
    """Module names to adapt; chosen from the architecture when absent."""
    threads: int | None = None
    """CPU threads for torch (default: torch's own choice)."""

    def __post_init__(self) -> None:
        checks = {
            "epochs": self.epochs > 0,
            "lr": self.lr > 0,
            "batch_size": self.batch_size >= 1,
            "grad_accum": self.grad_accum >= 1,
            "warmup_ratio": 0 <= self.warmup_ratio < 1,
            "dropout": 0 <= self.dropout < 1,
            "keep_checkpoints": self.keep_checkpoints >= 1,
            "lora_r": self.lora_r >= 1,
        }
        for name, ok in checks.items():
            if not ok:
                raise AttuneError(f"train.{name} is out of range: {getattr(self, name)!r}")


@dataclass
class EvalConfig:
    """How to evaluate and how to reject out-of-scope requests."""

    out_of_scope: Literal["mahalanobis", "confidence", "none"] = "mahalanobis"
    """Detector for requests outside every intent: feature distance, softmax confidence, or off."""
    in_scope_target: float = 0.97
    """Share of in-scope validation examples the threshold must still accept."""
    top_k: int = 3
    """k of top-k accuracy and of the labels `predict` shows."""
    calibration_bins: int = 15
    """Bins of the expected calibration error."""
    overfit_tolerance: float = 0.05
    """Relative rise of validation loss over its best that counts as over-fitting."""
    max_new_tokens: int = 128
    """Chat: the most tokens a generation may take (does-it-stop counts the ones that end
    with the end-of-turn token before this)."""
    prompts: int = 8
    """Chat: held-out prompts answered by the base and the tuned model side by side."""
    anchor: str | None = None
    """Chat: general conversations for the forgetting check (default: the set shipped with
    attune)."""
    forgetting_threshold: float = 0.10
    """Chat: relative rise of anchor-set perplexity that the report flags as forgetting."""

    def __post_init__(self) -> None:
        if not 0.5 <= self.in_scope_target <= 1.0:
            raise AttuneError(
                f"eval.in_scope_target must be in [0.5, 1], got {self.in_scope_target}"
            )


@dataclass
class Config:
    """A whole run: what to learn, from which model and data, and how."""

    task: Task = "classify"
    """classify: intents, sentiment, topics; chat: a conversational assistant."""
    model: str = "minilm-l6"
    """An embedded alias (minilm-l6, smollm2-135m), a local folder, or a hub id."""
    output_dir: str = "runs/attune"
    """The run directory to write."""
    data: DataConfig = field(default_factory=DataConfig)
    train: TrainConfig = field(default_factory=TrainConfig)
    eval: EvalConfig = field(default_factory=EvalConfig)


# Defaults that differ for chat: applied to the raw mapping, so a value the user set wins.
CHAT_DEFAULTS: dict[str, dict[str, Any]] = {
    "data": {"max_length": 1024},
    "train": {
        "method": "lora",
        "lr": 2.0e-4,
        "batch_size": 4,
        "epochs": 2.0,
        "metric": "eval_loss",
    },
}


def apply_task_defaults(raw: dict[str, Any]) -> None:
    if raw.get("task") != "chat":
        return
    raw.setdefault("model", "smollm2-135m")
    for section, values in CHAT_DEFAULTS.items():
        node = raw.setdefault(section, {})
        if isinstance(node, dict):
            for key, value in values.items():
                node.setdefault(key, value)


def load_config(path: str | Path | None, overrides: list[str] | None = None) -> Config:
    """Read a YAML config, apply `a.b=value` overrides, and return the checked tree.

    Relative data paths are resolved against the config file's folder.
    """
    raw: dict[str, Any] = {}
    base = Path.cwd()
    if path is not None:
        path = Path(path)
        if not path.is_file():
            raise AttuneError(f"config file not found: {path}", fix="pass the path to a YAML file")
        try:
            loaded = yaml.safe_load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
            problem = getattr(exc, "problem", None) or "cannot be parsed"
            raise AttuneError(
                f"not valid YAML: {problem}", where=where, fix="fix the YAML syntax at that line"
            ) from None
        if loaded is not None and not isinstance(loaded, dict):
            raise AttuneError("a config must be a mapping of keys", where=str(path))
        raw = loaded or {}
        base = path.resolve().parent
    for item in overrides or []:
        apply_override(raw, item)
    apply_task_defaults(raw)
    config = build_dataclass(Config, raw, "")
    resolve_data_paths(config, base)
    return config


def apply_override(raw: dict[str, Any], item: str) -> None:
    """Set `a.b=value` (value parsed as YAML) in the raw mapping."""
    key, sep, text = item.lstrip("-").partition("=")
    if not sep or not key:
        raise AttuneError(f"override {item!r} is not KEY=VALUE", fix="write it as --train.lr=3e-5")
    node = raw
    parts = key.split(".")
    for part in parts[:-1]:
        node = node.setdefault(part, {})
        if not isinstance(node, dict):
            raise AttuneError(f"override {item!r}: {part} is not a section")
    node[parts[-1]] = yaml.safe_load(text) if text != "" else None


def resolve_data_paths(config: Config, base: Path) -> None:
    """Make every file path of the config absolute, relative ones against `base`."""
    places = [(config.data, n) for n in ("train", "validation", "test", "persona")]
    for section, name in [*places, (config.eval, "anchor")]:
        value = getattr(section, name)
        if value is None:
            continue
        file, sep, keys = value.partition("#")
        resolved = Path(file).expanduser()
        if not resolved.is_absolute():
            resolved = (base / resolved).resolve()
        setattr(section, name, f"{resolved}{sep}{keys}")


def build_dataclass(cls: type[Any], raw: Any, prefix: str) -> Any:
    """Build dataclass `cls` from a mapping, rejecting unknown keys and wrong types by name."""
    where = prefix.rstrip(".") or "config"
    if not isinstance(raw, dict):
        raise AttuneError(f"{where} must be a mapping, got {type(raw).__name__}")
    hints = typing.get_type_hints(cls)
    known = {f.name for f in dataclasses.fields(cls)}
    unknown = sorted(set(raw) - known)
    if unknown:
        close = difflib.get_close_matches(unknown[0], sorted(known), n=1)
        hint = f"did you mean {prefix}{close[0]}? " if close else ""
        raise AttuneError(
            f"unknown key {prefix}{unknown[0]}",
            fix=f"{hint}known keys under {where}: {', '.join(sorted(known))}",
        )
    values = {}
    for name, value in raw.items():
        hint = hints[name]
        if isinstance(hint, type) and dataclasses.is_dataclass(hint):
            values[name] = build_dataclass(hint, value, f"{prefix}{name}.")
        else:
            values[name] = coerce_value(value, hint, f"{prefix}{name}")
    return cls(**values)


def coerce_value(value: Any, hint: Any, key: str) -> Any:
    """Check `value` against a type hint, converting the few safe cases (int → float)."""
    origin = get_origin(hint)
    args = get_args(hint)
    if origin in (typing.Union, types.UnionType):
        if value is None and type(None) in args:
            return None
        errors = []
        for arg in (a for a in args if a is not type(None)):
            try:
                return coerce_value(value, arg, key)
            except AttuneError as exc:
                errors.append(exc)
        raise errors[0]
    if origin is Literal:
        if value not in args:
            choices = ", ".join(str(a) for a in args)
            raise AttuneError(f"{key} must be one of {choices}, got {value!r}")
        return value
    if origin is list:
        if not isinstance(value, list):
            raise AttuneError(f"{key} must be a list, got {value!r}")
        return [coerce_value(v, args[0], key) for v in value]
    return coerce_scalar(value, hint, key)


def coerce_scalar(value: Any, hint: Any, key: str) -> Any:
    if hint is float and isinstance(value, str):
        # YAML 1.1 reads `3e-5` (no dot) as a string; it is the way people write rates.
        try:
            return float(value)
        except ValueError:
            pass
    if hint is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if hint is bool and not isinstance(value, bool):
        raise AttuneError(f"{key} must be true or false, got {value!r}")
    if hint is int and (isinstance(value, bool) or not isinstance(value, int)):
        raise AttuneError(f"{key} must be an integer, got {value!r}")
    if hint in (str, float) and not isinstance(value, hint):
        raise AttuneError(f"{key} must be a {hint.__name__}, got {value!r}")
    return value


def config_to_dict(config: Config) -> dict[str, Any]:
    return dataclasses.asdict(config)


def save_config(config: Config, path: Path) -> None:
    path.write_text(yaml.safe_dump(config_to_dict(config), sort_keys=False), encoding="utf-8")
