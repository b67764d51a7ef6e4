"""Reading JSONL, JSON, CSV and TSV: rows, their lines, and what happens on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.data.formats import parse_spec, read_rows
from attune.errors import AttuneError


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_parse_spec_splits_keys() -> None:
    assert parse_spec("a/b.json#train+oos_train") == (Path("a/b.json"), ["train", "oos_train"])
    assert parse_spec("b.csv") == (Path("b.csv"), [])
    with pytest.raises(AttuneError):
        parse_spec("b.json#train+")


def test_parse_spec_keeps_existing_file_with_hash(tmp_path: Path) -> None:
    file = write(tmp_path / "odd#name.jsonl", "{}\n")
    assert parse_spec(str(file)) == (file, [])


def test_jsonl_lines_and_bad_rows(tmp_path: Path) -> None:
    file = write(
        tmp_path / "d.jsonl",
        '{"text": "a", "label": "x"}\n\n{"text": "b",\n"nope"\n["c", "y"]\n',
    )
    read = read_rows(file)
    assert [(r.line, r.value) for r in read.rows] == [
        (1, {"text": "a", "label": "x"}),
        (5, ["c", "y"]),
    ]
    assert [(p.line, p.category, p.severity) for p in read.problems] == [
        (3, "unreadable", "error"),
        (4, "unreadable", "error"),
    ]


def test_json_list_of_records_lines(tmp_path: Path) -> None:
    records = [{"text": "a", "label": "x"}, {"text": "b", "label": "y"}]
    file = write(tmp_path / "d.json", json.dumps(records, indent=2))
    read = read_rows(file)
    assert [r.value for r in read.rows] == records
    # indent=2: "[" on line 1, the first record opens on line 2, the second on line 6
    assert [r.line for r in read.rows] == [2, 6]


def test_json_pairs_on_one_line(tmp_path: Path) -> None:
    file = write(tmp_path / "d.json", '[["a", "x"], ["b", "y"]]')
    read = read_rows(file)
    assert [(r.line, r.value) for r in read.rows] == [(1, ["a", "x"]), (1, ["b", "y"])]


def test_json_object_of_splits(tmp_path: Path) -> None:
    text = (
        '{\n "val": [["v", "x"]],\n "train": [\n  ["a", "x"],\n  ["b", "y"]\n ],\n'
        ' "oos_train": [["o", "oos"]]\n}\n'
    )
    file = write(tmp_path / "d.json", text)
    read = read_rows(f"{file}#train+oos_train")
    assert [(r.line, r.value) for r in read.rows] == [
        (4, ["a", "x"]),
        (5, ["b", "y"]),
        (7, ["o", "oos"]),
    ]
    assert read.keys == ["train", "oos_train"]


def test_json_object_without_keys_lists_them(tmp_path: Path) -> None:
    file = write(tmp_path / "d.json", '{"train": [], "val": []}')
    with pytest.raises(AttuneError) as caught:
        read_rows(file)
    assert "train, val" in str(caught.value)
    assert "d.json#train+val" in str(caught.value)


def test_json_object_unknown_key(tmp_path: Path) -> None:
    file = write(tmp_path / "d.json", '{"train": [], "val": []}')
    with pytest.raises(AttuneError, match="no key 'test'"):
        read_rows(f"{file}#test")


def test_json_syntax_error_keeps_rows_before_it(tmp_path: Path) -> None:
    file = write(tmp_path / "d.json", '[\n ["a", "x"],\n ["b" "y"]\n]')
    read = read_rows(file)
    assert [r.value for r in read.rows] == [["a", "x"]]
    assert [(p.line, p.category) for p in read.problems] == [(3, "unreadable")]


def test_json_scalar_element_is_a_problem(tmp_path: Path) -> None:
    file = write(tmp_path / "d.json", '[\n"just text",\n{"text": "a", "label": "b"}\n]')
    read = read_rows(file)
    assert [r.line for r in read.rows] == [3]
    assert [(p.line, p.severity) for p in read.problems] == [(2, "error")]


def test_csv_lines_count_physical_lines(tmp_path: Path) -> None:
    text = 'text,label\n"two\nlines",x\n\nplain,y\nonly-one-cell\n'
    read = read_rows(write(tmp_path / "d.csv", text))
    assert [(r.line, r.value) for r in read.rows] == [
        (2, {"text": "two\nlines", "label": "x"}),
        (5, {"text": "plain", "label": "y"}),
    ]
    assert [(p.line, p.category) for p in read.problems] == [(6, "unreadable")]


def test_tsv_with_crlf(tmp_path: Path) -> None:
    text = "label\tsentence\r\n0\tbad , film\r\n1\tgood\r\n"
    read = read_rows(write(tmp_path / "d.tsv", text))
    assert [(r.line, r.value) for r in read.rows] == [
        (2, {"label": "0", "sentence": "bad , film"}),
        (3, {"label": "1", "sentence": "good"}),
    ]


def test_unsupported_and_missing_files(tmp_path: Path) -> None:
    with pytest.raises(AttuneError, match="unsupported file type '.txt'"):
        read_rows(write(tmp_path / "d.txt", "a\tb\n"))
    with pytest.raises(AttuneError, match="file not found"):
        read_rows(tmp_path / "absent.csv")
    with pytest.raises(AttuneError, match="JSON object"):
        read_rows(f"{write(tmp_path / 'd.csv', 'text,label')}#train")


def test_repeated_header_column(tmp_path: Path) -> None:
    with pytest.raises(AttuneError, match="more than once"):
        read_rows(write(tmp_path / "d.csv", "text,text\na,b\n"))


def test_empty_file_is_an_error_problem(tmp_path: Path) -> None:
    read = read_rows(write(tmp_path / "d.csv", "text,label\n"))
    assert read.rows == []
    assert [p.category for p in read.problems] == ["empty"]


def test_non_utf8_falls_back_with_warning(tmp_path: Path) -> None:
    file = write(tmp_path / "d.csv", "text,label\nok,x\ncafé crème,y\n", encoding="cp1252")
    read = read_rows(file)
    assert read.encoding == "cp1252"
    assert read.rows[1].value["text"] == "café crème"
    assert [(p.severity, p.category, p.line) for p in read.problems] == [("warning", "encoding", 3)]


def test_latin1_when_cp1252_cannot_decode(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, valid (a control character) in latin-1
    file = tmp_path / "d.jsonl"
    file.write_bytes(b'{"text": "a\x81", "label": "x"}\n')
    read = read_rows(file)
    assert read.encoding == "latin-1"
    assert read.rows[0].value["text"] == "a\x81"


def test_utf8_bom_is_removed(tmp_path: Path) -> None:
    file = tmp_path / "d.csv"
    file.write_bytes(b"\xef\xbb\xbftext,label\na,x\n")
    read = read_rows(file)
    assert read.encoding == "utf-8"
    assert read.rows[0].value == {"text": "a", "label": "x"}
    assert read.problems == []
