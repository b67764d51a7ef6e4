"""From DataConfig to train / validation / test: out-of-scope, leakage, unknown labels."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from attune.config import DataConfig
from attune.data.clean import dedup_key
from attune.data.prepare import prepare_classification
from attune.errors import AttuneError

LABELS = {"alarm": 40, "music": 30, "weather": 20}


def write_jsonl(path: Path, pairs: list[tuple[str, str]]) -> str:
    path.write_text("".join(f'["{t}", "{label}"]\n' for t, label in pairs), encoding="utf-8")
    return str(path)


def labelled(sizes: dict[str, int], tag: str = "") -> list[tuple[str, str]]:
    return [(f"{label} {tag}{i}", label) for label, size in sizes.items() for i in range(size)]


def test_one_file_is_split_and_out_of_scope_kept_out_of_train(tmp_path: Path) -> None:
    pairs = labelled(LABELS) + labelled({"oos": 10})
    data = DataConfig(train=write_jsonl(tmp_path / "d.jsonl", pairs), test_fraction=0.2)
    prepared = prepare_classification(data, seed=0)
    assert prepared.labels == ["alarm", "music", "weather"]
    assert prepared.out_of_scope_label == "oos"
    assert "oos" not in {e.label for e in prepared.train}
    assert Counter(e.label for e in prepared.validation) == {
        "alarm": 4,
        "music": 3,
        "weather": 2,
        "oos": 3,
    }
    assert Counter(e.label for e in prepared.test) == {
        "alarm": 8,
        "music": 6,
        "weather": 4,
        "oos": 7,
    }
    splits = [prepared.train, prepared.validation, prepared.test]
    keys = [{dedup_key(e.text) for e in split} for split in splits]
    assert sum(len(k) for k in keys) == len(pairs) == len(set().union(*keys))
    assert any(p.category == "out_of_scope" for p in prepared.problems)
    again = prepare_classification(data, seed=0)
    assert (again.train, again.validation, again.test) == tuple(splits)
    other = prepare_classification(data, seed=1)
    assert other.validation != prepared.validation


def test_reading_errors_stop_with_a_summary(tmp_path: Path) -> None:
    file = tmp_path / "d.jsonl"
    rows = ['{"text": "a", "label": "x"}', "broken", '{"text": "b"}', '{"text": "c", "label": "y"}']
    file.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with pytest.raises(AttuneError) as caught:
        prepare_classification(DataConfig(train=str(file)), seed=0)
    message = str(caught.value)
    assert "2 errors" in message
    assert "1 unreadable" in message and "1 missing_field" in message
    assert f"{file}:2" in message and f"{file}:3" in message
    assert f"attune check {file}" in message


def test_given_files_lose_leaked_and_unknown_examples(tmp_path: Path) -> None:
    train = write_jsonl(tmp_path / "train.jsonl", labelled(LABELS) + [("oos in train", "oos")])
    validation_pairs = [
        ("alarm 3", "alarm"),  # line 1: leaked from train
        ("set an alarm", "alarm"),
        ("what is this", "oos"),
        ("order pizza", "food"),  # line 4: unknown label
    ]
    validation = write_jsonl(tmp_path / "val.jsonl", validation_pairs)
    data = DataConfig(train=train, validation=validation, test_fraction=0.0)
    prepared = prepare_classification(data, seed=0)
    assert [(e.text, e.label) for e in prepared.validation] == [
        ("set an alarm", "alarm"),
        ("what is this", "oos"),
        ("oos in train", "oos"),
    ]
    assert prepared.test == []
    found = {(p.category, p.source, p.line) for p in prepared.problems}
    assert ("leakage", validation, 1) in found
    assert ("unknown_label", validation, 4) in found
    leak = next(p for p in prepared.problems if p.category == "leakage")
    assert "train" in leak.message and "removed from validation" in leak.message
    assert len(prepared.train) == sum(LABELS.values())


def test_per_class_limit_samples_train_only(tmp_path: Path) -> None:
    data = DataConfig(train=write_jsonl(tmp_path / "d.jsonl", labelled(LABELS)), per_class_limit=5)
    prepared = prepare_classification(data, seed=0)
    assert Counter(e.label for e in prepared.train) == {"alarm": 5, "music": 5, "weather": 5}
    assert len(prepared.validation) == 9
    assert prepare_classification(data, seed=0).train == prepared.train
    assert prepare_classification(data, seed=1).train != prepared.train


def test_config_mistakes(tmp_path: Path) -> None:
    with pytest.raises(AttuneError, match="data.train is not set"):
        prepare_classification(DataConfig(), seed=0)
    single = write_jsonl(tmp_path / "d.jsonl", labelled({"only": 10, "oos": 3}))
    with pytest.raises(AttuneError, match="at least 2"):
        prepare_classification(DataConfig(train=single), seed=0)
