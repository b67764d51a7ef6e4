"""Writing an export folder: what `attune export RUN OUT [--merge] [--quantize int8]` leaves.

    OUT/
      config.yaml     the run's resolved config (copied), versions.json beside it
      model/          laid out as a run's model/:
                        classify: encoder/, head.safetensors, labels.json, ood.*, tokenizer
                        chat:     config.json, generation_config.json, weights, tokenizer,
                                  system_prompt.txt (when the run has one)
      export.json     source run, merged, quantize, sizes on disk, the self-check, warnings

Weights: without flags, the run's model/ as it is (a LoRA adapter stays an adapter);
`--merge` folds the adapter in and stores float32 `model.safetensors` (read by the ordinary
loaders); `--quantize int8` merges too and stores `int8.safetensors` instead: int8 weights
with their scales and smoothing, so save → load is exact and the file is a quarter the size
of float32 for every linear layer (embeddings and norms stay float32). The serving loaders
(`attune.export.load`) rebuild the int8 layers from it.

The folder is written beside OUT under a temporary name and renamed when complete, so a
failed export never leaves half a folder (nor deletes the one it was to replace).
"""

from __future__ import annotations

import fnmatch
import json
import shutil
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from attune.config import Config
from attune.errors import AttuneError
from attune.export.calibration import calibrate_chat, calibrate_classifier
from attune.export.check import check_export
from attune.export.load import EXPORT_FILE, read_export_info
from attune.export.merge import load_merged_chat, load_merged_classifier
from attune.export.quantize import INT8_FILE, SMOOTHING_ALPHA, quantize_linears, save_int8
from attune.models.chat import save_chat_model
from attune.models.classifier import read_base, save_classifier
from attune.models.load import remove_paths
from attune.models.registry import resolve_model
from attune.runs import load_run_config, package_versions

Progress = Callable[[str], None]
COPIED = ("config.yaml", "versions.json")
# Entries of a model/ folder that hold weights: written afresh, never copied beside new ones.
WEIGHT_ENTRIES = ("adapter", "base.json", "encoder", "model*.safetensors", "*.index.json")


def export_run(
    run_dir: Path,
    out: Path,
    merge: bool = False,
    quantize: str | None = None,
    overwrite: bool = False,
    progress: Progress = lambda message: None,
) -> dict[str, Any]:
    """Write the export of `run_dir` to `out` (module docstring); returns export.json's data."""
    run_dir, out = Path(run_dir).resolve(), Path(out).resolve()
    config = load_run_config(run_dir)
    check_request(run_dir, out, quantize, overwrite)
    staging = out.parent / f".{out.name}.partial"
    remove_paths([staging])  # left by an export that was killed
    try:
        staging.mkdir(parents=True)
    except OSError as exc:
        raise AttuneError(
            f"cannot write the export folder: {exc.strerror or exc}",
            where=str(out),
            fix="choose a writable OUT",
        ) from None
    try:
        info = write_export(run_dir, config, staging, merge, quantize, progress)
        put_in_place(staging, out)
    finally:
        remove_paths([staging])
    return info


def check_request(run_dir: Path, out: Path, quantize: str | None, overwrite: bool) -> None:
    """Refuse what cannot be exported, or where an export must not be written."""
    if quantize not in (None, "int8"):
        raise AttuneError(f"unknown quantisation {quantize!r}", fix="use --quantize int8")
    source = read_export_info(run_dir)
    if source is not None:
        raise AttuneError(
            "this folder is an export, not a training run",
            where=str(run_dir),
            fix=f"export the run it came from ({source.get('source_run', 'see its export.json')})",
        )
    if out == run_dir or run_dir in out.parents or out in run_dir.parents:
        raise AttuneError(
            "OUT is the run itself, inside it or around it: an export goes in a folder of its own",
            where=str(out),
            fix="choose a folder outside the run, e.g. runs/NAME-export",
        )
    if not out.exists() or (out.is_dir() and not any(out.iterdir())):
        return  # nothing there to lose
    if not overwrite:
        raise AttuneError(
            "the export folder already exists",
            where=str(out),
            fix="pass --overwrite to replace it, or choose another OUT",
        )
    if not (out / EXPORT_FILE).is_file():
        raise AttuneError(
            "OUT holds something other than an attune export; --overwrite only replaces an "
            "earlier export",
            where=str(out),
            fix="choose another OUT, or move that folder away yourself",
        )


def write_export(
    run_dir: Path,
    config: Config,
    staging: Path,
    merge: bool,
    quantize: str | None,
    progress: Progress,
) -> dict[str, Any]:
    for name in COPIED:
        if (run_dir / name).is_file():
            shutil.copy2(run_dir / name, staging / name)
    writer = write_classifier_model if config.task == "classify" else write_chat_model
    model_info = writer(
        run_dir, config, staging / "model", merge or bool(quantize), quantize, progress
    )
    if quantize and not merge and model_info["merged"]:
        model_info["notes"].append("--quantize int8 merges the adapter first (as --merge)")
    info: dict[str, Any] = {
        "source_run": str(run_dir),
        "task": config.task,
        "base_model": config.model,
        **model_info,
        "sizes": sizes_on_disk(run_dir / "model", staging / "model"),
        "created": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "packages": package_versions(),
    }
    write_info(staging, info)  # the check loads the export the way a server will: through it
    progress("checking the export against the run ...")
    info["check"], info["warnings"] = check_export(run_dir, staging, config)
    write_info(staging, info)
    return info


def write_classifier_model(
    run_dir: Path,
    config: Config,
    target: Path,
    merge: bool,
    quantize: str | None,
    progress: Progress,
) -> dict[str, Any]:
    source = run_dir / "model"
    if not merge:
        shutil.copytree(source, target)
        return {"merged": False, "quantize": None, "weights": "as trained (copied)", "notes": []}
    progress("loading and merging the classifier ...")
    model, tokenizer, had_adapter = load_merged_classifier(source)
    save_classifier(model, tokenizer, target)
    copy_side_files(source, target)
    found = merged_info(had_adapter, "encoder/model.safetensors")
    if quantize:
        progress("calibrating and quantising to int8 ...")
        input_max, calibration = calibrate_classifier(
            model, tokenizer, run_dir, config.data.max_length
        )
        int8, kept = quantize_linears(model.encoder, input_max)
        store_int8(model.encoder, target / "encoder")
        found |= int8_info("encoder/" + INT8_FILE, int8, kept, calibration)
    return found


def write_chat_model(
    run_dir: Path,
    config: Config,
    target: Path,
    merge: bool,
    quantize: str | None,
    progress: Progress,
) -> dict[str, Any]:
    source = run_dir / "model"
    if not merge:
        shutil.copytree(source, target)
        return {"merged": False, "quantize": None, "weights": "as trained (copied)", "notes": []}
    progress("loading and merging the chat model ...")
    model, tokenizer, had_adapter = load_merged_chat(source)
    save_chat_model(model, tokenizer, target)
    copy_side_files(source, target)
    found = merged_info(had_adapter, "model.safetensors")
    if quantize:
        progress("calibrating and quantising to int8 ...")
        input_max, calibration = calibrate_chat(model, tokenizer, run_dir)
        int8, kept = quantize_linears(model, input_max)
        store_int8(model, target)
        found |= int8_info(INT8_FILE, int8, kept, calibration)
    return found


def merged_info(had_adapter: bool, weights: str) -> dict[str, Any]:
    notes = (
        [] if had_adapter else ["the run has no LoRA adapter (a full fine-tune): nothing to merge"]
    )
    return {
        "merged": had_adapter,
        "quantize": None,
        "weights": f"float32, in {weights}",
        "notes": notes,
    }


def int8_info(
    weights: str, int8: list[str], kept: list[str], calibration: dict[str, Any]
) -> dict[str, Any]:
    return {
        "quantize": "int8",
        "weights": f"int8, in {weights}",
        "quantization": {
            "method": "int8 weights (per output channel) × int8 activations (per token, at run "
            f"time), SmoothQuant smoothing α = {SMOOTHING_ALPHA}",
            "storage": "int8 on disk: each layer's int8 weight, scales and smoothing in "
            "safetensors; the int8 layers are rebuilt from them at load (exact)",
            "int8_layers": len(int8),
            "float_layers": kept,
            "calibration": calibration,
        },
    }


def store_int8(model: Any, folder: Path) -> None:
    """Replace the float weights a `save_pretrained` left in `folder` by int8.safetensors."""
    remove_paths([p for p in folder.iterdir() if is_weight_entry(p.name) and p.is_file()])
    save_int8(model, folder / INT8_FILE)


def is_weight_entry(name: str) -> bool:
    return any(fnmatch.fnmatch(name, pattern) for pattern in WEIGHT_ENTRIES)


def copy_side_files(source: Path, target: Path) -> None:
    """Copy what `source` holds besides its weights (out-of-scope detector, system prompt)
    and the save did not write."""
    for entry in source.iterdir():
        if is_weight_entry(entry.name) or (target / entry.name).exists():
            continue
        if entry.is_dir():
            shutil.copytree(entry, target / entry.name)
        else:
            shutil.copy2(entry, target / entry.name)


def sizes_on_disk(source: Path, export: Path) -> dict[str, Any]:
    """Bytes of both model/ folders; for an adapter, also of the base model it needs."""
    sizes: dict[str, Any] = {
        "source_model_bytes": folder_bytes(source),
        "export_model_bytes": folder_bytes(export),
    }
    if (source / "base.json").is_file():
        base = resolve_model(read_base(source / "base.json")).folder
        if base is not None and base.is_dir():
            sizes["source_base_model_bytes"] = sum(
                p.stat().st_size for p in base.glob("*.safetensors")
            )
    needed = sizes["source_model_bytes"] + sizes.get("source_base_model_bytes", 0)
    sizes["export_to_source_ratio"] = sizes["export_model_bytes"] / max(needed, 1)
    return sizes


def folder_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def write_info(folder: Path, info: dict[str, Any]) -> None:
    text = json.dumps(info, indent=2, ensure_ascii=False) + "\n"
    (folder / EXPORT_FILE).write_text(text, encoding="utf-8")


def put_in_place(staging: Path, out: Path) -> None:
    """Rename the finished folder to `out`; an earlier export there goes only afterwards."""
    if not out.exists():
        staging.rename(out)
        return
    old = out.parent / f".{out.name}.old"
    remove_paths([old])
    out.rename(old)
    staging.rename(out)
    remove_paths([old])
