"""Shared fixtures: tiny local models built in the test (see helpers.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import build_tiny_bert, build_tiny_llama


@pytest.fixture
def tiny_bert_folder(tmp_path: Path) -> Path:
    """A local HF folder: 2-layer hidden-32 BertModel (safetensors) + WordPiece tokenizer."""
    return build_tiny_bert(tmp_path / "tiny-bert")


@pytest.fixture
def tiny_llama_folder(tmp_path: Path) -> Path:
    """A local HF folder: 2-layer LlamaForCausalLM + byte-level BPE with a ChatML template."""
    return build_tiny_llama(tmp_path / "tiny-llama")
