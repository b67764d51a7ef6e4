"""`attune check` for labelled data: every problem counted with its line, and statistics."""

from __future__ import annotations

import json
from pathlib import Path

from attune.data.validate import check_classification

ROWS = [f"hello number {i},greet" for i in range(8)] + [f"bye number {i},leave" for i in range(8)]


def write_csv(path: Path, rows: list[str]) -> Path:
    path.write_text("\n".join(["text,label", *rows]) + "\n", encoding="utf-8")
    return path


def test_three_problems_of_three_categories(tmp_path: Path) -> None:
    rows = [*ROWS]
    rows[2] = "hello number 0,greet"  # line 4: duplicate of line 2
    rows[5] = ",greet"  # line 7: empty text
    rows[8] = "too,many,cells"  # line 10: unreadable
    report = check_classification(write_csv(tmp_path / "d.csv", rows))
    found = [(p.category, p.line) for p in report.problems]
    assert found == [("duplicate", 4), ("empty_text", 7), ("unreadable", 10)]
    assert not report.ok
    assert [p.line for p in report.errors] == [10]
    assert report.stats["examples"] == 15
    assert report.stats["usable"] == 13


def test_every_problem_is_counted(tmp_path: Path) -> None:
    rows = ROWS + [f"hello number {i % 8},greet" for i in range(25)]  # lines 18-42
    report = check_classification(write_csv(tmp_path / "d.csv", rows))
    duplicates = [p for p in report.problems if p.category == "duplicate"]
    assert len(duplicates) == 25
    assert [p.line for p in duplicates] == list(range(18, 43))
    text = report.render()
    assert "duplicate (25)" in text
    assert "… and 15 more" in text


def test_conflict_small_class_and_imbalance(tmp_path: Path) -> None:
    rows = [f"play song {i},music" for i in range(60)]
    rows += ["weather now,weather", "weather now,music"]  # lines 62, 63: conflict
    rows += [f"alarm {i},alarm" for i in range(3)]  # lines 64-66: small class
    rows += ["typo,musc"]  # line 67: a class of one
    report = check_classification(write_csv(tmp_path / "d.csv", rows), min_per_class=5)
    by_category = {p.category: p for p in report.problems}
    assert by_category["conflict"].line == 62
    assert by_category["class_small"].line == 64
    assert "lines 64, 65, 66" in by_category["class_small"].message
    assert by_category["class_too_small"].line == 67
    assert by_category["class_too_small"].severity == "error"
    assert "'music' has 60" in by_category["imbalance"].message
    assert report.stats["per_class"] == {"music": 60, "alarm": 3, "musc": 1}


def test_out_of_scope_is_not_a_class(tmp_path: Path) -> None:
    rows = ROWS + [f"random thing {i},oos" for i in range(2)]
    report = check_classification(write_csv(tmp_path / "d.csv", rows))
    assert report.stats["classes"] == 2
    assert report.stats["out_of_scope"] == 2
    assert report.ok


def test_lengths_with_and_without_tokenizer(tmp_path: Path) -> None:
    rows = [f"{'word ' * n}end,{'a' if n % 2 else 'b'}" for n in range(1, 101)]
    file = write_csv(tmp_path / "d.csv", rows)
    report = check_classification(file, max_length=64)
    lengths = report.stats["length"]  # word counts are 2 … 101
    assert lengths == {"unit": "words", "p50": 51, "p90": 91, "p99": 100, "max": 101}
    assert report.stats["truncated"] == 101 - 64
    assert any(p.category == "too_long" for p in report.warnings)

    def tokenize(texts: list[str]) -> list[int]:
        return [len(t) for t in texts]  # one token per character

    by_chars = check_classification(file, max_length=64, tokenize=tokenize)
    assert by_chars.stats["length"]["unit"] == "tokens"
    assert by_chars.stats["length"]["max"] == len("word " * 100 + "end")
    assert by_chars.stats["truncated"] > report.stats["truncated"]


def test_to_dict_is_json_and_render_is_readable(tmp_path: Path) -> None:
    rows = [*ROWS, "hello number 1,greet"]
    report = check_classification(write_csv(tmp_path / "d.csv", rows))
    data = json.loads(json.dumps(report.to_dict()))
    assert data["ok"] is True
    assert [w["line"] for w in data["warnings"]] == [18]
    assert data["errors"] == []
    assert data["stats"]["per_class"] == {"greet": 8, "leave": 8}
    text = report.render()
    assert "d.csv:18" in text
    assert "result: OK" in text
    assert "per class: greet 8, leave 8" in text
