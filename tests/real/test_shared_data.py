"""Smoke tests on the real files in ../shared/data (skipped where they are absent)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.config import DataConfig
from attune.data.classify import load_labelled
from attune.data.prepare import prepare_classification
from attune.data.validate import check_classification

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
CLINC = SHARED / "clinc150" / "data_full.json"
BANKING = SHARED / "banking77" / "train.csv"
SST2_TEST = SHARED / "sst2" / "test.tsv"

pytestmark = pytest.mark.real

needs_clinc = pytest.mark.skipif(not CLINC.is_file(), reason="shared CLINC150 not present")
needs_banking = pytest.mark.skipif(not BANKING.is_file(), reason="shared BANKING77 not present")
needs_sst2 = pytest.mark.skipif(not SST2_TEST.is_file(), reason="shared SST-2 not present")


@needs_clinc
def test_clinc150_lines_point_at_records() -> None:
    loaded = load_labelled(f"{CLINC}#oos_train")
    assert len(loaded.examples) == 100
    assert {e.label for e in loaded.examples} == {"oos"}
    file_lines = CLINC.read_text(encoding="utf-8").split("\n")
    for example in loaded.examples[:5]:
        # the record opens with "[" on its line; the text is on the next one
        assert file_lines[example.line - 1].strip() == "["
        assert json.loads(file_lines[example.line].strip().rstrip(",")) == example.text


@needs_clinc
def test_clinc150_prepares_with_out_of_scope_held_out() -> None:
    spec = f"{CLINC}#"
    data = DataConfig(
        train=f"{spec}train+oos_train",
        validation=f"{spec}val+oos_val",
        test=f"{spec}test+oos_test",
        per_class_limit=5,
    )
    prepared = prepare_classification(data, seed=0)
    assert len(prepared.labels) == 150
    assert "oos" not in prepared.labels
    assert len(prepared.train) == 150 * 5
    assert sum(e.label == "oos" for e in prepared.test) == 1000


@needs_banking
def test_banking77_check_is_ok() -> None:
    report = check_classification(BANKING)
    assert report.ok
    assert report.stats["classes"] == 77
    assert report.stats["examples"] == 10003
    assert (report.stats["text_field"], report.stats["label_field"]) == ("text", "category")


@needs_sst2
def test_sst2_labels_become_strings() -> None:
    loaded = load_labelled(SST2_TEST)
    assert loaded.text_field == "content"
    assert {e.label for e in loaded.examples} == {"0", "1"}
