"""Checkpoints that resume exactly, written atomically, the newest K kept.

A checkpoint is a folder `checkpoints/step-N/` holding the trainable weights, the
optimiser state and the loop state (counters, history, RNG) — tensors in safetensors,
the rest in JSON, so resuming never unpickles anything. It is written into a temporary
folder, every file fsync'ed, then renamed into place: a process killed mid-write leaves
at most a `.tmp-*` folder that is ignored, and the previous checkpoint stays usable.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Any

import torch
from safetensors import SafetensorError
from safetensors.torch import load_file, save_file
from torch import nn

from attune.errors import AttuneError

PREFIX = "step-"


def trainable_state(model: nn.Module) -> dict[str, torch.Tensor]:
    """The parameters that learn (all of them for a full fine-tune, adapters + head for LoRA)."""
    return {
        n: p.detach().clone().contiguous() for n, p in model.named_parameters() if p.requires_grad
    }


def load_trainable_state(model: nn.Module, state: dict[str, torch.Tensor]) -> None:
    params = dict(model.named_parameters())
    missing = [n for n, p in params.items() if p.requires_grad and n not in state]
    if missing:
        raise AttuneError(
            f"checkpoint does not match the model: {len(missing)} trainable weights missing "
            f"(first: {missing[0]})",
            fix="resume with the same config that started the run, or start afresh",
        )
    with torch.no_grad():
        for name, tensor in state.items():
            params[name].copy_(tensor)


def optimizer_tensors(
    optimizer: torch.optim.Optimizer,
) -> tuple[dict[str, torch.Tensor], dict[str, Any]]:
    """Split an optimiser state dict into tensors (for safetensors) and plain JSON."""
    state_dict = optimizer.state_dict()
    tensors: dict[str, torch.Tensor] = {}
    scalars: dict[str, dict[str, Any]] = {}
    for index, values in state_dict["state"].items():
        for key, value in values.items():
            if isinstance(value, torch.Tensor):
                tensors[f"{index}.{key}"] = value.detach().clone().contiguous()
            else:
                scalars.setdefault(str(index), {})[key] = value
    return tensors, {"param_groups": state_dict["param_groups"], "scalars": scalars}


def restore_optimizer(
    optimizer: torch.optim.Optimizer, tensors: dict[str, torch.Tensor], meta: dict[str, Any]
) -> None:
    state: dict[int, dict[str, Any]] = {}
    for key, tensor in tensors.items():
        index, _, name = key.partition(".")
        state.setdefault(int(index), {})[name] = tensor
    for index, values in meta["scalars"].items():
        state.setdefault(int(index), {}).update(values)
    optimizer.load_state_dict({"state": state, "param_groups": meta["param_groups"]})


def fsync_tree(folder: Path) -> None:
    """Flush every file directly in `folder`, then the folder entry itself."""
    for path in folder.iterdir():
        if path.is_file():
            with open(path, "rb") as handle:
                os.fsync(handle.fileno())
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def save_checkpoint(
    root: Path,
    step: int,
    model: nn.Module,
    optimizer: torch.optim.Optimizer,
    loop_state: dict[str, Any],
    keep: int,
) -> Path:
    """Write `root/step-N/` atomically and delete all but the newest `keep` checkpoints."""
    root.mkdir(parents=True, exist_ok=True)
    target = root / f"{PREFIX}{step}"
    scratch = Path(tempfile.mkdtemp(prefix=f".tmp-{PREFIX}{step}-", dir=root))
    try:
        save_file(trainable_state(model), str(scratch / "model.safetensors"))
        tensors, meta = optimizer_tensors(optimizer)
        save_file(tensors, str(scratch / "optimizer.safetensors"))
        rng = {"torch": torch.get_rng_state()}
        save_file(rng, str(scratch / "rng.safetensors"))
        (scratch / "optimizer.json").write_text(json.dumps(meta), encoding="utf-8")
        (scratch / "state.json").write_text(json.dumps(loop_state), encoding="utf-8")
        fsync_tree(scratch)
        if target.exists():
            shutil.rmtree(target)
        os.rename(scratch, target)
        fsync_tree(root)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise
    prune_checkpoints(root, keep)
    return target


def list_checkpoints(root: Path) -> list[Path]:
    """Complete checkpoints, oldest first (temporary folders of interrupted writes ignored)."""
    if not root.is_dir():
        return []
    found = [p for p in root.iterdir() if p.is_dir() and p.name.startswith(PREFIX)]
    complete = [
        p for p in found if p.name[len(PREFIX) :].isdigit() and (p / "state.json").is_file()
    ]
    return sorted(complete, key=lambda p: int(p.name[len(PREFIX) :]))


def prune_checkpoints(root: Path, keep: int) -> None:
    for old in list_checkpoints(root)[:-keep]:
        shutil.rmtree(old, ignore_errors=True)
    for leftover in root.glob(f".tmp-{PREFIX}*"):
        shutil.rmtree(leftover, ignore_errors=True)


def load_checkpoint(
    folder: Path, model: nn.Module, optimizer: torch.optim.Optimizer
) -> dict[str, Any]:
    """Restore weights, optimiser and RNG from `folder`; return the loop state."""
    try:
        load_trainable_state(model, load_file(str(folder / "model.safetensors")))
        meta = json.loads((folder / "optimizer.json").read_text(encoding="utf-8"))
        restore_optimizer(optimizer, load_file(str(folder / "optimizer.safetensors")), meta)
        torch.set_rng_state(load_file(str(folder / "rng.safetensors"))["torch"])
        state: dict[str, Any] = json.loads((folder / "state.json").read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, SafetensorError) as exc:
        raise AttuneError(
            f"checkpoint is unreadable: {exc}",
            where=str(folder),
            fix="delete this checkpoint folder to resume from the one before it",
        ) from None
    return state
