"""One shared base model, many people's LoRA adapters: which are in memory, and loading them.

Every adapted layer computes x ↦ W₀x + (α/r)·B_p·A_p·x for the adapter p of x's row; peft's
mixed-batch inference (`adapter_names=[…]`, one name per row, "__base__" for none) does this
for rows of different people in one forward pass, so they decode in one batch.

`AdapterCache` keeps at most `max_adapters` of them resident: loaded on demand by name,
least recently used evicted first, and never one that a running row uses (rows pin their
adapter while they decode). It mutates the model, so only the thread that runs the model
(the decoder's worker) may call `acquire` and `release`; `stats` may be read from any thread.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch import nn

from attune.errors import AttuneError
from attune.models.load import load_causal_lm, quiet_peft
from attune.models.lora import default_lora_targets
from attune.models.registry import ModelSource
from attune.people.adapters import escape_error, refuse_escape

BASE_ROW = "__base__"
"""peft's name for a row decoded by the base model alone."""
PLACEHOLDER = "__attune_base__"
"""The rank-1, all-zero adapter a `PeftModel` must hold to exist (see
`build_multi_adapter_model`)."""
CONFIG_FILE = "adapter_config.json"
WEIGHTS_FILE = "adapter_model.safetensors"
LORA_PREFIX = "lora_"


def build_multi_adapter_model(base: str | Path | ModelSource | nn.Module) -> Any:
    """The shared base for per-person adapters: the causal LM `base` (a name for
    `load_causal_lm`, or a loaded model, wrapped in place) as a peft `PeftModel` in eval mode.

    A `PeftModel` cannot exist without an adapter, and peft routes `adapter_names` only while
    some adapter is active. Building it with `PeftModel.from_pretrained` on a first real
    adapter would make that person's adapter permanent (never evicted) and the active one;
    instead the model holds `PLACEHOLDER`: rank 1 on a single projection with B = 0 (peft's
    initialisation), so W₀x + B·A·x = W₀x bit for bit — and rows that name their adapter
    (`"__base__"` included) never compute it at all.
    """
    from peft import LoraConfig, get_peft_model

    model = base if isinstance(base, nn.Module) else load_causal_lm(base)
    config = LoraConfig(
        r=1,
        lora_alpha=1,
        lora_dropout=0.0,
        target_modules=default_lora_targets(model)[:1],
        inference_mode=True,
    )
    with quiet_peft():
        wrapped = get_peft_model(model, config, adapter_name=PLACEHOLDER)
    return wrapped.eval()


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


class AdapterCache:
    """LoRA adapters of a `PeftModel` loaded on demand by name, at most `max_adapters` at once.

    `loader(name)` gives the adapter's folder (peft's `adapter_config.json` and
    `adapter_model.safetensors`, directly or in an `adapter/` subfolder); with `root`, a
    folder must lie under it without a symbolic link on the way (`people.adapters`' rule).
    """

    def __init__(
        self,
        model: Any,
        max_adapters: int,
        loader: Callable[[str], Path],
        *,
        root: Path | None = None,
    ) -> None:
        if max_adapters < 1:
            raise ValueError(f"max_adapters must be at least 1, got {max_adapters}")
        check_mixable(model)
        self.model, self.max_adapters, self.loader = model, max_adapters, loader
        self.root = None if root is None else Path(root)
        self.resident: OrderedDict[str, Resident] = OrderedDict()  # least recent first
        self.forgotten: set[str] = set()  # `user@v` prefixes of forgotten people
        self.counts = {"loads": 0, "hits": 0, "evictions": 0, "waits": 0}
        self.load_seconds = 0.0
        self.lock = threading.Lock()  # guards the bookkeeping, for `stats` on other threads

    def acquire(self, name: str) -> bool:
        """Pin `name`, loading it first when it is not in memory (evicting the least recently
        used unpinned adapter when full). False when every resident adapter is pinned: try
        again once a row has finished. Raises when `name` cannot be loaded."""
        check_adapter_name(name)
        with self.lock:
            entry = self.resident.get(name)
            if entry is not None:
                entry.pins += 1
                self.resident.move_to_end(name)
                self.counts["hits"] += 1
                return True
        if len(self.resident) >= self.max_adapters and not self.evict_one():
            with self.lock:
                self.counts["waits"] += 1
            return False
        self.load(name)
        return True

    def release(self, name: str) -> None:
        """Unpin `name` (once per successful `acquire`); it stays in memory until evicted."""
        with self.lock:
            entry = self.resident.get(name)
            if entry is None or entry.pins < 1:
                raise RuntimeError(f"adapter {name!r} is not pinned")
            entry.pins -= 1
        self.drop_forgotten()

    def doom(self, user: str) -> None:
        """Mark every adapter of `user` (`user@vN`) for unloading (any thread)."""
        with self.lock:
            self.forgotten.add(f"{user}@v")

    def drop_forgotten(self) -> None:
        """Unload the unpinned adapters of forgotten people (the model's thread only)."""
        with self.lock:
            if not self.forgotten:
                return
            names = [
                n
                for n, e in self.resident.items()
                if e.pins == 0 and any(n.startswith(p) for p in self.forgotten)
            ]
            for name in names:
                del self.resident[name]
            pinned = any(any(n.startswith(p) for p in self.forgotten) for n in self.resident)
            if not pinned:
                self.forgotten.clear()
        for name in names:
            self.model.delete_adapter(name)

    def stats(self) -> CacheStats:
        with self.lock:
            resident = tuple(
                ResidentAdapter(name, e.pins, e.bytes, e.load_seconds)
                for name, e in self.resident.items()
            )
            return CacheStats(resident, **self.counts, load_seconds=self.load_seconds)

    def evict_one(self) -> bool:
        """Delete the least recently used adapter no row is using; False when all are used."""
        with self.lock:
            name = next((n for n, e in self.resident.items() if e.pins == 0), None)
            if name is None:
                return False
            del self.resident[name]
            self.counts["evictions"] += 1
        self.model.delete_adapter(name)
        return True

    def load(self, name: str) -> None:
        """Load `name` from its folder and pin it once; on any failure nothing of it stays."""
        if name in self.model.peft_config:  # peft would load over it; we would delete it
            raise AttuneError(
                f"the model already holds an adapter {name!r} that this cache did not load",
                fix="give the cache a model holding only the adapters it loads "
                "(build_multi_adapter_model)",
            )
        folder = self.folder_of(name)
        start = time.perf_counter()
        try:
            # Outside inference mode (the worker decodes in it): the new parameters must be
            # ordinary tensors, usable by the model whatever mode it later runs in.
            with torch.inference_mode(False), torch.no_grad(), quiet_peft():
                # A safetensors file is there (`folder_of`), and peft reads it before any
                # pickle; is_trainable=False freezes the weights and puts the model in eval.
                result = self.model.load_adapter(str(folder), adapter_name=name)
            check_load_result(result, name, folder)
        except BaseException:
            if name in self.model.peft_config:
                self.model.delete_adapter(name)
            raise
        seconds = time.perf_counter() - start
        size = adapter_bytes(self.model, name)
        with self.lock:
            self.resident[name] = Resident(pins=1, bytes=size, load_seconds=seconds)
            self.counts["loads"] += 1
            self.load_seconds += seconds

    def folder_of(self, name: str) -> Path:
        """The checked peft folder of `name`: no symbolic link, inside `root`, safetensors,
        a LoRA that mixed batches can decode."""
        folder = Path(self.loader(name))
        if not (folder / CONFIG_FILE).exists() and (folder / "adapter").is_dir():
            folder = folder / "adapter"  # a saved chat model: adapter/ + base.json
        if self.root is not None:
            # `refuse_escape` walks up from the folder to the root: it must start below it.
            if not folder.absolute().is_relative_to(self.root.absolute()):
                raise escape_error(folder, "lies outside the store's adapters folder")
            refuse_escape(self.root.absolute(), folder.absolute())
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


def check_mixable(model: Any) -> None:
    """Refuse a model peft cannot decode mixed batches with: not a LoRA `PeftModel`, or one
    with adapters merged into its weights."""
    from peft import PeftModel
    from peft.tuners.tuners_utils import BaseTunerLayer

    if not isinstance(model, PeftModel) or model.peft_type != "LORA":
        raise AttuneError(
            f"per-person adapters need a LoRA PeftModel, not {type(model).__name__}",
            fix="build the shared base with attune.serve.adapters.build_multi_adapter_model",
        )
    layers = [m for m in model.modules() if isinstance(m, BaseTunerLayer)]
    if any(layer.merged for layer in layers):
        raise AttuneError(
            "this model has adapters merged into its weights: rows of other people would get "
            "them too",
            fix="serve an unmerged model (no merge_and_unload / merge_adapter)",
        )


def check_adapter_name(name: str) -> None:
    """peft keys modules by adapter name: a dot would split the key, and a name inside
    "lora_" is replaced when the weights load (peft matches it as a substring)."""
    if not name or "." in name or name in LORA_PREFIX or name in (BASE_ROW, PLACEHOLDER):
        raise AttuneError(
            f"invalid adapter name {name!r}",
            where="adapter",
            fix=f'use a name without dots that is not part of "{LORA_PREFIX}" nor reserved '
            f"({BASE_ROW}, {PLACEHOLDER}), such as user@v3",
        )


def check_adapter_config(path: Path) -> None:
    """Refuse an adapter peft cannot mix in a batch (another method, DoRA, aLoRA)."""
    try:
        config = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise AttuneError(f"unreadable adapter config: {exc}", where=str(path)) from None
    problem = None
    if config.get("peft_type") != "LORA":
        problem = f"it is a {config.get('peft_type')} adapter, not LoRA"
    elif config.get("use_dora"):
        problem = "it uses DoRA, which peft cannot mix with other adapters in one batch"
    elif config.get("alora_invocation_tokens"):
        problem = "it is an activated LoRA (aLoRA), which mixed batches do not support"
    if problem is not None:
        raise AttuneError(
            f"cannot serve this adapter: {problem}",
            where=str(path),
            fix="train a plain LoRA adapter (attune train with method lora)",
        )


def check_load_result(result: Any, name: str, folder: Path) -> None:
    """Refuse an adapter whose file did not fill all of its weights (a part would keep its
    random initialisation) or held weights the model has no place for."""
    part = f".{name}."
    missing = [k for k in result.missing_keys if part in k]
    unexpected = list(result.unexpected_keys)
    if missing or unexpected:
        listed = ", ".join((missing + unexpected)[:3])
        raise AttuneError(
            f"adapter {name!r} does not fit this base model ({len(missing)} weights missing, "
            f"{len(unexpected)} unexpected: {listed})",
            where=str(folder),
            fix="serve the adapter with the base model it was trained on",
        )


def adapter_bytes(model: nn.Module, name: str) -> int:
    """Bytes of the parameters of adapter `name` (those with `name` as a part of their key,
    e.g. `….q_proj.lora_A.<name>.weight`)."""
    return sum(
        p.numel() * p.element_size()
        for key, p in model.named_parameters()
        if name in key.split(".")
    )


def loaded_lora_adapters(model: Any) -> set[str]:
    """Names of the LoRA adapters a peft model holds (none for a plain model)."""
    configs = getattr(model, "peft_config", None)
    if not isinstance(configs, dict):
        return set()
    return {name for name, c in configs.items() if getattr(c, "peft_type", None) == "LORA"}
