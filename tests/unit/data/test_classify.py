"""Labelled examples from rows: field detection, label conversion, per-row problems."""

from __future__ import annotations

from pathlib import Path

import pytest

from attune.data.classify import Example, detect_fields, label_to_str, load_labelled
from attune.errors import AttuneError


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (["text", "label"], ("text", "label")),
        (["label", "sentence"], ("sentence", "label")),
        (["Utterance", "Intent", "id"], ("Utterance", "Intent")),
        (["text", "category"], ("text", "category")),
        (["review", "sentiment"], ("review", "sentiment")),  # two columns, one recognised
        (["query", "stars"], ("query", "stars")),
    ],
)
def test_detect_fields(columns: list[str], expected: tuple[str, str]) -> None:
    assert detect_fields(columns, None, None, "f.csv") == expected


def test_detect_fields_explicit_and_case_insensitive() -> None:
    assert detect_fields(["body", "tag", "x"], "body", "TAG", "f.csv") == ("body", "tag")


def test_detect_fields_failures_name_columns() -> None:
    with pytest.raises(AttuneError, match="columns: body, tag, x"):
        detect_fields(["body", "tag", "x"], None, None, "f.csv")
    with pytest.raises(AttuneError, match="no column 'msg'"):
        detect_fields(["text", "label"], "msg", None, "f.csv")


def test_label_to_str() -> None:
    values = (0, 1.0, 2.5, " pos ", True)
    assert [label_to_str(v) for v in values] == ["0", "1", "2.5", "pos", "true"]
    assert label_to_str(["a"]) is None


def test_load_sst2_shaped_tsv(tmp_path: Path) -> None:
    file = write(tmp_path / "d.tsv", "label\tsentence\n0\tbad\n1\tgood\n")
    loaded = load_labelled(file)
    assert loaded.examples == [
        Example("bad", "0", str(file), 2),
        Example("good", "1", str(file), 3),
    ]
    assert (loaded.text_field, loaded.label_field) == ("sentence", "label")


def test_load_pairs_json(tmp_path: Path) -> None:
    file = write(tmp_path / "d.json", '[["hi", "greet"],\n["bye", 3]]')
    loaded = load_labelled(file)
    assert [(e.text, e.label, e.line) for e in loaded.examples] == [
        ("hi", "greet", 1),
        ("bye", "3", 2),
    ]


def test_row_problems_have_lines_and_fields(tmp_path: Path) -> None:
    lines = [
        '{"text": "fine", "label": "a"}',
        '{"text": "no label"}',
        '{"text": 5, "label": "a"}',
        '{"text": "x", "label": ""}',
        '{"text": "x", "label": {"k": 1}}',
        '["a", "b", "c"]',
        '{"text": "", "label": "a"}',
    ]
    file = write(tmp_path / "d.jsonl", "\n".join(lines) + "\n")
    loaded = load_labelled(file)
    assert [(e.text, e.line) for e in loaded.examples] == [("fine", 1), ("", 7)]
    assert [(p.line, p.category, p.field) for p in loaded.problems] == [
        (2, "missing_field", "label"),
        (3, "bad_value", "text"),
        (4, "missing_field", "label"),
        (5, "bad_value", "label"),
        (6, "unreadable", None),
    ]
    assert all(p.severity == "error" for p in loaded.problems)
