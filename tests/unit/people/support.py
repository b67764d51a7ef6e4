"""Helpers shared by the people tests: fake adapter folders and a walk over the store."""

from __future__ import annotations

from pathlib import Path


def make_adapter(folder: Path, marker: str = "weights") -> Path:
    """A folder shaped like a saved LoRA adapter (contents are placeholders)."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "adapter_config.json").write_text('{"r": 8}', encoding="utf-8")
    (folder / "adapter_model.safetensors").write_bytes(marker.encode() * 64)
    return folder


def files_under(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())
