"""The run directory: the only thing that passes from train to eval, predict and serve.

runs/NAME/
  config.yaml        the resolved config
  model/             weights (safetensors) or adapter/, tokenizer, labels, detector
  checkpoints/       step-N/ (for resume; the newest complete one wins)
  data/              the exact train / validation / test examples used
  metrics.jsonl      one line per logged step / evaluation
  history.json       the validation records (for the fit diagnosis)
  eval/              report.json, report.md, report.html, *.png
  versions.json      package versions, seed, data hashes, base-model hash
"""

from __future__ import annotations

import hashlib
import json
import platform
import shutil
from importlib import metadata
from pathlib import Path
from typing import Any

from attune.config import Config, load_config, save_config
from attune.data.classify import Example
from attune.data.conversations import Conversation
from attune.data.prepare import PreparedData
from attune.errors import AttuneError
from attune.models.registry import ModelSource

SYSTEM_PROMPT_FILE = "system_prompt.txt"
"""Where a chat run keeps the system prompt it was trained with (the persona's)."""

PACKAGES = ("attune", "torch", "transformers", "peft", "accelerate", "safetensors", "tokenizers")


def prepare_run_dir(run_dir: Path, resume: bool, overwrite: bool) -> Path:
    """Create (or reuse on resume) the run folder, refusing to clobber a finished run.

    An unwritable folder is an error here, before any training time is spent.
    """
    has_work = (run_dir / "checkpoints").exists() or (run_dir / "model").exists()
    if has_work and not (resume or overwrite):
        raise AttuneError(
            "this run folder already holds a run",
            where=str(run_dir),
            fix="pass --resume to continue it, --overwrite to start over, "
            "or set --output_dir to a new folder",
        )
    if overwrite and not resume and run_dir.exists():
        shutil.rmtree(run_dir)
    try:
        run_dir.mkdir(parents=True, exist_ok=True)
        probe = run_dir / ".write-test"
        probe.write_text("ok", encoding="utf-8")
        probe.unlink()
    except OSError as exc:
        raise AttuneError(
            f"cannot write the run folder: {exc.strerror or exc}",
            where=str(run_dir),
            fix="choose a writable output_dir (--output_dir=PATH)",
        ) from None
    return run_dir


def write_examples(path: Path, examples: list[Example]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = (json.dumps({"text": e.text, "label": e.label}, ensure_ascii=False) for e in examples)
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def write_splits(run_dir: Path, data: PreparedData) -> None:
    """Keep the exact examples of each split, so evaluation never re-splits differently."""
    for name, examples in (
        ("train", data.train),
        ("validation", data.validation),
        ("test", data.test),
    ):
        write_examples(run_dir / "data" / f"{name}.jsonl", examples)


def write_conversations(path: Path, conversations: list[Conversation]) -> None:
    """Conversations as JSONL in OpenAI's `messages` shape (`weight` kept where set)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    lines = []
    for conversation in conversations:
        messages = [
            {**m.to_dict(), **({"weight": m.weight} if m.weight is not None else {})}
            for m in conversation.messages
        ]
        lines.append(json.dumps({"messages": messages}, ensure_ascii=False))
    path.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def package_versions() -> dict[str, str]:
    versions = {"python": platform.python_version()}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def base_model_hash(source: ModelSource) -> str | None:
    if source.folder is None:
        return None
    files = sorted(Path(source.folder).glob("*.safetensors"))
    return sha256_of(files[0]) if len(files) == 1 else None


def save_run_metadata(
    run_dir: Path,
    config: Config,
    source: ModelSource,
    data: PreparedData | None = None,
    privacy: dict[str, Any] | None = None,
) -> None:
    """config.yaml (resolved) and versions.json (packages, seed, data and model hashes,
    what redaction found per entity, and the labels of a classifier: `data` is None for
    chat, which passes `privacy` itself)."""
    save_config(config, run_dir / "config.yaml")
    data_files = {}
    for name in ("train", "validation", "test"):
        spec = getattr(config.data, name)
        if spec:
            file = Path(spec.partition("#")[0])
            data_files[name] = {"path": str(file), "sha256": sha256_of(file)}
    versions: dict[str, Any] = {
        "packages": package_versions(),
        "seed": config.train.seed,
        "data": data_files,
        "base_model": {"name": config.model, "sha256": base_model_hash(source)},
    }
    if data is not None:
        versions["labels"] = data.labels
        privacy = data.privacy
    if privacy:
        versions["privacy"] = privacy
    (run_dir / "versions.json").write_text(json.dumps(versions, indent=2), encoding="utf-8")


def load_run_config(run_dir: Path) -> Config:
    """The resolved config of a finished run, with a clear error when `run_dir` is not one."""
    if not (run_dir / "config.yaml").is_file() or not (run_dir / "model").is_dir():
        raise AttuneError(
            "not a finished attune run (no config.yaml and model/)",
            where=str(run_dir),
            fix="pass the output_dir of a completed `attune train`",
        )
    return load_config(run_dir / "config.yaml")


def read_examples(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            record = json.loads(line)
            examples.append(Example(record["text"], record["label"], str(path), number))
    return examples


def read_system_prompt_file(folder: Path) -> str | None:
    file = folder / SYSTEM_PROMPT_FILE
    if not file.is_file():
        return None
    return file.read_text(encoding="utf-8").strip() or None


def run_system_prompt(run_dir: Path) -> str | None:
    """The system prompt a chat run was trained with: `model/system_prompt.txt` when the
    run saved one, else the persona of its config (when the file is still there), else
    its `data.system_prompt`."""
    saved = read_system_prompt_file(run_dir / "model")
    if saved is not None:
        return saved
    config = load_run_config(run_dir)
    if config.data.persona and Path(config.data.persona).is_file():
        from attune.data.persona import load_persona, persona_system_prompt

        return persona_system_prompt(load_persona(config.data.persona))
    return config.data.system_prompt


def run_privacy(run_dir: Path) -> dict[str, Any]:
    """What redaction did in this run (settings and counts; {} for older runs)."""
    path = run_dir / "versions.json"
    if not path.is_file():
        return {}
    return dict(json.loads(path.read_text(encoding="utf-8")).get("privacy", {}))
