"""`attune redact`'s file rewrite: every format kept, structure untouched, nothing lost."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from attune.cli import main
from attune.data.file_redaction import default_output, redact_file
from attune.data.privacy import Redactor
from attune.errors import AttuneError

EMAIL = "jane@example.com"


def test_jsonl_messages_keep_roles_and_weights(tmp_path: Path) -> None:
    record = {
        "messages": [
            {"role": "user", "content": f"mail {EMAIL}"},
            {"role": "assistant", "content": f"Sent to {EMAIL}.", "weight": 1},
        ],
        "id": "c-1",
    }
    source = tmp_path / "chats.jsonl"
    source.write_text(json.dumps(record) + "\n\n" + json.dumps({"text": "hi", "label": "greet"}))
    result = redact_file(source, tmp_path / "out.jsonl", Redactor())
    lines = (tmp_path / "out.jsonl").read_text().splitlines()
    first = json.loads(lines[0])
    assert first["messages"][0] == {"role": "user", "content": "mail <EMAIL_1>"}
    assert first["messages"][1]["weight"] == 1 and first["id"] == "c-1"
    assert json.loads(lines[1]) == {"text": "hi", "label": "greet"}
    assert result.records == 2 and result.with_personal_data == 1 and result.found == {"EMAIL": 2}


def test_json_pairs_and_splits_keep_their_shape(tmp_path: Path) -> None:
    source = tmp_path / "data.json"
    splits = {"train": [[f"from {EMAIL}", "mail"], ["hello", "greet"]], "oos": [["x", "oos"]]}
    source.write_text(json.dumps(splits))
    redact_file(source, tmp_path / "out.json", Redactor())
    out = json.loads((tmp_path / "out.json").read_text())
    assert out == {"train": [["from <EMAIL_1>", "mail"], ["hello", "greet"]], "oos": [["x", "oos"]]}


@pytest.mark.parametrize("suffix, delimiter", [(".csv", ","), (".tsv", "\t")])
def test_tables_keep_header_delimiter_and_labels(
    tmp_path: Path, suffix: str, delimiter: str
) -> None:
    source = tmp_path / f"data{suffix}"
    with source.open("w", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerows([["sentence", "category"], [f"to {EMAIL}, ok", "jane@example.com"]])
    redact_file(source, tmp_path / f"out{suffix}", Redactor())
    with (tmp_path / f"out{suffix}").open(newline="") as handle:
        rows = list(csv.reader(handle, delimiter=delimiter))
    # The label column is structure: left as it is, even when it looks like data.
    assert rows == [["sentence", "category"], ["to <EMAIL_1>, ok", "jane@example.com"]]


def test_drop_mode_leaves_records_out(tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    source.write_text(f'{{"text": "{EMAIL}", "label": "a"}}\n{{"text": "ok", "label": "b"}}\n')
    result = redact_file(source, tmp_path / "o.jsonl", Redactor(mode="drop"))
    assert (tmp_path / "o.jsonl").read_text() == '{"text": "ok", "label": "b"}\n'
    assert result.dropped == 1


def test_unreadable_lines_refuse_the_whole_file(tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    source.write_text(f'{{"text": "{EMAIL}"}}\n{{broken\n')
    with pytest.raises(AttuneError, match=r"lines 2\b.*nothing was written"):
        redact_file(source, tmp_path / "o.jsonl", Redactor())
    assert not (tmp_path / "o.jsonl").exists()


def test_the_input_is_never_overwritten(tmp_path: Path) -> None:
    source = tmp_path / "d.jsonl"
    source.write_text('{"text": "a"}\n')
    with pytest.raises(AttuneError, match="replace the input"):
        redact_file(source, source, Redactor())
    (tmp_path / "o.jsonl").write_text("keep me")
    with pytest.raises(AttuneError, match="--overwrite"):
        redact_file(source, tmp_path / "o.jsonl", Redactor())
    assert (tmp_path / "o.jsonl").read_text() == "keep me"


def test_the_command_writes_beside_the_input_and_reports_counts_only(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.jsonl"
    source.write_text(json.dumps({"text": f"call +44 20 7946 0958 or {EMAIL}", "label": "x"}))
    assert main(["redact", str(source), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["found"] == {"EMAIL": 1, "PHONE": 1}
    assert "7946" not in json.dumps(report) and EMAIL not in json.dumps(report)
    assert default_output(source).name == "notes.redacted.jsonl"
    assert EMAIL not in default_output(source).read_text()
    assert main(["redact", str(source), "--report", "--entities", "phone"]) == 0
    assert "PHONE 1" in capsys.readouterr().out


def test_a_user_mistake_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["redact", str(tmp_path / "missing.jsonl")]) == 2
    assert "file not found" in capsys.readouterr().err
    (tmp_path / "a.jsonl").write_text("{}\n")
    assert main(["redact", str(tmp_path / "a.jsonl"), "--entities", "EMAILS"]) == 2
    assert "EMAILS" in capsys.readouterr().err


def test_check_counts_personal_data_without_showing_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = [{"text": f"request {i} from {EMAIL}", "label": "ab"[i % 2]} for i in range(12)]
    source = tmp_path / "d.jsonl"
    source.write_text("".join(json.dumps(r) + "\n" for r in rows))
    main(["check", str(source), "--json"])
    report = json.loads(capsys.readouterr().out)
    assert report["stats"]["personal_data"] == {"examples": 12, "found": {"EMAIL": 12}}
    assert any(w["category"] == "personal_data" for w in report["warnings"])
    assert EMAIL not in json.dumps(report["warnings"])
