"""Many people's LoRA adapters in one batch, each row gathering its own matrices.

    y_i = W₀ x_i + B_{p(i)} A_{p(i)} x_i        row i of person p(i); B already scaled by α/r

Every adapted linear layer keeps the resident adapters stacked in slots — A: (S, R, in),
B: (S, out, R) — slot 0 all zeros for rows without an adapter, ranks below R padded with
zeros (which adds nothing). A forward gathers each row's slot and applies its update with
two batched matrix products, however many people share the batch. peft's mixed-batch
forward loops over the distinct adapters instead (with 16 people: 16 × 2 small products and
index operations per layer per step), and its `load_adapter` took 0.7 s per adapter here;
loading into a slot reads one safetensors file and copies it. Written by hand — the BGMV
idea of Punica / S-LoRA in plain torch — because peft has no gathered path and the servers
that have one (vLLM, LoRAX) are whole GPU servers.

Only the decoder's worker thread runs the model and calls `acquire`, `release` and
`drop_forgotten`; `stats` may be read from any thread.
"""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from pathlib import Path
from typing import Any

import torch
from safetensors import safe_open
from torch import Tensor, nn

from attune.errors import AttuneError
from attune.models.load import load_causal_lm
from attune.models.lora import default_lora_targets
from attune.serve.adapters import (
    BASE_ROW,
    CacheStats,
    Resident,
    ResidentAdapter,
    check_adapter_name,
    checked_adapter_folder,
)

FIRST_SLOTS = 8
"""Slots allocated at first; the stacks double when full (up to max_adapters + 1)."""


class RowSlots:
    """Which slot each row of the next forward uses: (B,) long, set just before it."""

    def __init__(self) -> None:
        self.current: Tensor | None = None


class SlotLinear(nn.Module):
    """A frozen linear layer plus the gathered low-rank update of each row's adapter."""

    def __init__(self, base: nn.Linear, rows: RowSlots) -> None:
        super().__init__()
        self.base = base
        self.rows = rows
        self.A = torch.zeros(FIRST_SLOTS, 0, base.in_features)  # (S, R, in)
        self.B = torch.zeros(FIRST_SLOTS, base.out_features, 0)  # (S, out, R)

    def forward(self, x: Tensor) -> Tensor:
        y = self.base(x)
        slots = self.rows.current
        if slots is None or self.A.shape[1] == 0:
            return y
        if x.dim() == 2:  # (B, in): one position per row
            return y + self.update(x[:, None, :], slots)[:, 0]
        return y + self.update(x, slots)

    def update(self, x: Tensor, slots: Tensor) -> Tensor:
        a = self.A[slots].to(x.dtype)  # (B, R, in)
        b = self.B[slots].to(x.dtype)  # (B, out, R)
        return torch.bmm(torch.bmm(x, a.transpose(1, 2)), b.transpose(1, 2))  # (B, T, out)

    def resize(self, slots: int, rank: int) -> None:
        """Grow the stacks to `slots` × `rank`, keeping what they hold."""
        old_slots, old_rank = self.A.shape[0], self.A.shape[1]
        a = torch.zeros(slots, rank, self.A.shape[2])
        b = torch.zeros(slots, self.B.shape[1], rank)
        a[:old_slots, :old_rank] = self.A
        b[:old_slots, :, :old_rank] = self.B
        self.A, self.B = a, b


def build_slot_model(base: Any, targets: list[str] | None = None) -> Any:
    """The shared base for per-person adapters: `base` (a name for `load_causal_lm`, or a
    loaded causal LM, changed in place) with every target linear layer made a `SlotLinear`,
    in eval mode. `model.attune_slots` holds the layers by name and the rows' slots."""
    model = base if isinstance(base, nn.Module) else load_causal_lm(base)
    wanted = targets or default_lora_targets(model)
    rows = RowSlots()
    layers: dict[str, SlotLinear] = {}
    for name, module in list(model.named_modules()):
        if isinstance(module, nn.Linear) and name.split(".")[-1] in wanted:
            parent_name, _, child = name.rpartition(".")
            layer = SlotLinear(module, rows)
            setattr(model.get_submodule(parent_name), child, layer)
            layers[name] = layer
    if not layers:
        raise AttuneError(f"no linear layer of the model is named one of {wanted}")
    model.attune_slots = (layers, rows)
    return model.eval()


class SlotAdapterCache:
    """People's adapters in the slots of a `build_slot_model` model, at most `max_adapters`,
    loaded on demand by name, least recently used evicted first, never one a row uses."""

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
        if not hasattr(model, "attune_slots"):
            raise AttuneError("the model has no adapter slots: build it with build_slot_model")
        self.model, self.max_adapters, self.loader = model, max_adapters, loader
        self.layers, self.rows = model.attune_slots
        self.root = None if root is None else Path(root)
        self.resident: OrderedDict[str, Resident] = OrderedDict()  # least recent first
        self.slot_of: dict[str, int] = {}
        self.free = list(range(FIRST_SLOTS - 1, 0, -1))  # slot 0: rows without an adapter
        self.forgotten: set[str] = set()
        self.counts = {"loads": 0, "hits": 0, "evictions": 0, "waits": 0}
        self.load_seconds = 0.0
        self.lock = threading.Lock()

    def forward_kwargs(self, adapters: list[str]) -> dict[str, Any]:
        """Point the next forward's rows at their slots (what the model is called with)."""
        slots = [0 if name == BASE_ROW else self.slot_of[name] for name in adapters]
        self.rows.current = torch.tensor(slots, dtype=torch.long)
        return {}

    def acquire(self, name: str) -> bool:
        """Pin `name`, loading it when not resident; False when every slot is pinned."""
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
        with self.lock:
            doomed = [
                n
                for n, e in self.resident.items()
                if e.pins == 0 and any(n.startswith(p) for p in self.forgotten)
            ]
        for name in doomed:
            self.unload(name)
        with self.lock:
            if not any(any(n.startswith(p) for p in self.forgotten) for n in self.resident):
                self.forgotten.clear()

    def stats(self) -> CacheStats:
        with self.lock:
            resident = tuple(
                ResidentAdapter(name, e.pins, e.bytes, e.load_seconds)
                for name, e in self.resident.items()
            )
            return CacheStats(resident, **self.counts, load_seconds=self.load_seconds)

    def evict_one(self) -> bool:
        with self.lock:
            name = next((n for n, e in self.resident.items() if e.pins == 0), None)
        if name is None:
            return False
        self.unload(name)
        with self.lock:
            self.counts["evictions"] += 1
        return True

    def unload(self, name: str) -> None:
        """Free `name`'s slot (zeroed, so a stale row could only ever add nothing)."""
        with self.lock:
            self.resident.pop(name, None)
            slot = self.slot_of.pop(name)
        for layer in self.layers.values():
            layer.A[slot].zero_()
            layer.B[slot].zero_()
        self.free.append(slot)

    def load(self, name: str) -> None:
        """Read `name`'s adapter into a free slot and pin it once."""
        started = time.perf_counter()
        folder = self.folder_of(name)
        scale, rank, updates = read_lora(folder, self.layers)
        slot = self.take_slot(rank)
        for layer_name, (a, b) in updates.items():
            layer = self.layers[layer_name]
            layer.A[slot, : a.shape[0]] = a
            layer.B[slot, :, : b.shape[1]] = b * scale
        seconds = time.perf_counter() - started
        size = sum(a.numel() + b.numel() for a, b in updates.values()) * 4
        with self.lock:
            self.slot_of[name] = slot
            self.resident[name] = Resident(pins=1, bytes=size, load_seconds=seconds)
            self.counts["loads"] += 1
            self.load_seconds += seconds

    def take_slot(self, rank: int) -> int:
        layers = list(self.layers.values())
        slots, held = layers[0].A.shape[0], layers[0].A.shape[1]
        if not self.free or rank > held:
            # Double the slots when none is free (at most max_adapters + 1 are ever needed:
            # eviction runs first), widen the rank when this adapter's is larger.
            grown = slots if self.free else max(slots, min(2 * slots, self.max_adapters + 1))
            for layer in layers:
                layer.resize(grown, max(rank, held))
            self.free += list(range(grown - 1, slots - 1, -1))
        return self.free.pop()

    def folder_of(self, name: str) -> Path:
        return checked_adapter_folder(Path(self.loader(name)), name, self.root)


def read_lora(folder: Path, layers: dict[str, SlotLinear]) -> tuple[float, int, dict[str, Any]]:
    """(α/r, r, {layer name: (A (r, in), B (out, r))}) of a peft LoRA folder; refused when it
    is not a plain LoRA of these layers."""
    config_file, weights = folder / "adapter_config.json", folder / "adapter_model.safetensors"
    if weights.is_symlink() or not weights.is_file() or not config_file.is_file():
        raise AttuneError(
            "not a LoRA adapter folder (adapter_config.json + adapter_model.safetensors)",
            where=str(folder),
        )
    config = json.loads(config_file.read_text(encoding="utf-8"))
    flags = ("use_dora", "fan_in_fan_out", "modules_to_save")
    unsupported = [k for k in flags if config.get(k)]
    if config.get("bias", "none") != "none" or config.get("peft_type", "LORA") != "LORA":
        unsupported.append("bias or type")
    if unsupported:
        raise AttuneError(
            f"only plain LoRA adapters can be served per person ({', '.join(unsupported)})",
            where=str(folder),
        )
    rank, alpha = int(config["r"]), float(config["lora_alpha"])
    scale = alpha / rank**0.5 if config.get("use_rslora") else alpha / rank
    updates: dict[str, Any] = {}
    with safe_open(str(weights), framework="pt") as file:
        for key in file.keys():
            layer_name, kind = lora_key(key)
            if layer_name not in layers:
                raise AttuneError(
                    f"the adapter adapts {layer_name!r}, not a layer of this base",
                    where=str(folder),
                )
            a, b = updates.get(layer_name, (None, None))
            tensor = file.get_tensor(key).float()
            updates[layer_name] = (tensor, b) if kind == "A" else (a, tensor)
    if not updates or any(
        a is None or b is None or a.shape[0] != rank for a, b in updates.values()
    ):
        raise AttuneError("the adapter's A and B weights do not match its rank", where=str(folder))
    return scale, rank, updates


def lora_key(key: str) -> tuple[str, str]:
    """`base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight` →
    (`model.layers.0.self_attn.q_proj`, "A")."""
    parts = key.split(".")
    if len(parts) < 4 or parts[-1] != "weight" or parts[-2] not in ("lora_A", "lora_B"):
        raise AttuneError(f"unexpected weight {key!r} in a LoRA adapter")
    path = parts[:-2]
    if path[:2] == ["base_model", "model"]:
        path = path[2:]
    return ".".join(path), parts[-2][-1]
