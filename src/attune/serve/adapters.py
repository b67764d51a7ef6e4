"""What serving people's adapters shares: the records of what is in memory, and the checks a
LoRA folder passes before it is read (no symbolic link, inside the store, safetensors, a
plain LoRA). The adapters themselves are held by `attune.serve.adapter_slots`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attune.errors import AttuneError
from attune.people.adapters import escape_error, refuse_escape

BASE_ROW = "__base__"
"""The name of a row decoded by the base model alone (peft's name for it too)."""
CONFIG_FILE = "adapter_config.json"
WEIGHTS_FILE = "adapter_model.safetensors"
LORA_PREFIX = "lora_"


@dataclass
class Resident:
    """An adapter in memory."""

    pins: int
    """Running rows decoding with it: while above 0 it is never evicted."""
    bytes: int
    """Memory of its parameters (A, B and anything else it saved)."""
    load_seconds: float
    """How long its cold load took (read, inject, copy the weights)."""


@dataclass(frozen=True)
class ResidentAdapter:
    name: str
    pins: int
    bytes: int
    load_seconds: float


@dataclass(frozen=True)
class CacheStats:
    """What the cache holds and has done since it was made."""

    resident: tuple[ResidentAdapter, ...]
    """Least recently used first."""
    loads: int
    """Cold loads (an adapter evicted and needed again is loaded again)."""
    hits: int
    """Acquisitions of an adapter already in memory."""
    evictions: int
    waits: int
    """Acquisitions refused for now: every resident adapter was pinned."""
    load_seconds: float
    """Time spent in cold loads, all together."""


def checked_adapter_folder(folder: Path, name: str, root: Path | None) -> Path:
    """The checked peft folder of adapter `name`: no symbolic link, inside `root`,
    safetensors, a LoRA that mixed batches can decode."""
    if not (folder / CONFIG_FILE).exists() and (folder / "adapter").is_dir():
        folder = folder / "adapter"  # a saved chat model: adapter/ + base.json
    if root is not None:
        refuse_outside(root, folder)
    elif folder.is_symlink():
        raise escape_error(folder, "is a symbolic link")
    for file in (CONFIG_FILE, WEIGHTS_FILE):
        if (folder / file).is_symlink() or not (folder / file).is_file():
            raise AttuneError(
                f"adapter {name!r} has no {file} here (or it is a link)",
                where=str(folder),
                fix="register the folder peft's save_pretrained(safe_serialization=True) "
                "wrote for this adapter",
            )
    check_adapter_config(folder / CONFIG_FILE)
    return folder


def refuse_outside(root: Path, folder: Path) -> None:
    """Refuse a folder outside `root`, or reached through a symbolic link."""
    if not folder.absolute().is_relative_to(root.absolute()):
        raise escape_error(folder, "lies outside the store's adapters folder")
    refuse_escape(root.absolute(), folder.absolute())


def check_adapter_name(name: str) -> None:
    """Adapter names key slots and log lines: `user@v3`, never a path nor the base's name."""
    if not name or "." in name or "/" in name or name == BASE_ROW:
        raise AttuneError(
            f"invalid adapter name {name!r}",
            where="adapter",
            fix=f"use a name without dots or slashes, not {BASE_ROW}, such as user@v3",
        )


def check_adapter_config(path: Path) -> None:
    """Refuse an adapter that is not a plain LoRA (another method, DoRA, aLoRA)."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AttuneError(f"unreadable adapter config: {exc}", where=str(path)) from None
    problem = None
    if config.get("peft_type") != "LORA":
        problem = f"it is a {config.get('peft_type')} adapter, not LoRA"
    elif config.get("use_dora"):
        problem = "it uses DoRA, whose update is not a low-rank product to gather per row"
    elif config.get("alora_invocation_tokens"):
        problem = "it is an activated LoRA (aLoRA), which mixed batches do not support"
    if problem is not None:
        raise AttuneError(
            f"cannot serve this adapter: {problem}",
            where=str(path),
            fix="train a plain LoRA adapter (attune train with method lora)",
        )


def loaded_lora_adapters(model: Any) -> set[str]:
    """Names of the LoRA adapters a peft model holds (none for a plain model)."""
    configs = getattr(model, "peft_config", None)
    if not isinstance(configs, dict):
        return set()
    return {name for name, c in configs.items() if getattr(c, "peft_type", None) == "LORA"}
