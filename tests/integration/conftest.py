"""Fixtures of the integration tier: a tiny BERT and a small labelled intent file."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import build_tiny_bert
from integration.flows import intent_rows


@pytest.fixture(scope="module")
def tiny_bert(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_bert(tmp_path_factory.mktemp("models") / "tiny-bert")


@pytest.fixture(scope="module")
def intents_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "intents.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in intent_rows()), encoding="utf-8")
    return path
