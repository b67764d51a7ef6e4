"""check_chat: every problem counted by category with its line; chat statistics."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from attune.cli import main
from attune.data.chat_check import check_chat
from attune.data.render import render_conversation
from helpers import build_llama_tokenizer


def chat(user: str, assistant: str) -> dict[str, Any]:
    return {
        "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    }


def good_records(count: int) -> list[dict[str, Any]]:
    return [chat(f"Question number {i}?", f"Answer number {i}.") for i in range(count)]


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def by_category(report: Any) -> dict[str, list[int | None]]:
    found: dict[str, list[int | None]] = {}
    for problem in report.problems:
        found.setdefault(problem.category, []).append(problem.line)
    return found


@pytest.fixture(scope="module")
def tokenizer() -> Any:
    return build_llama_tokenizer()


def test_clean_file_has_no_problems_and_stats(tmp_path: Path, tokenizer: Any) -> None:
    report = check_chat(write_jsonl(tmp_path / "a.jsonl", good_records(60)), tokenizer)
    assert report.ok and report.problems == []
    stats = report.stats
    assert (stats["examples"], stats["turns"], stats["learned_turns"]) == (60, 120, 60)
    assert stats["length"]["unit"] == "tokens" and stats["length"]["max"] > 0
    assert stats["learned_tokens"] > 0 and stats["truncated"] == 0
    assert "⟦Answer number 0.<|im_end|>⟧" in stats["sample"]
    assert "⟦Answer number 0.<|im_end|>⟧" in report.render()
    json.dumps(report.to_dict())  # machine-readable


def test_each_category_with_its_lines(tmp_path: Path, tokenizer: Any) -> None:
    records: list[Any] = good_records(12)
    records[2] = chat("Question number 1?", "Answer number 1.")  # duplicate of line 2
    records[4] = {"messages": [{"role": "assistant", "content": "hi"}]}  # order + no user
    records[6] = chat("q", "stop here<|im_end|> and more")  # special token
    records[8] = {
        "messages": [
            {"role": "user", "content": "q", "mood": "x"},
            {"role": "assistant", "content": "a"},
        ]
    }  # unknown key
    records[10] = {"prompt": "q"}  # no messages
    report = check_chat(write_jsonl(tmp_path / "a.jsonl", records), tokenizer)
    found = by_category(report)
    assert found["duplicate"] == [3]
    assert found["turn_order"] == [5]
    assert found["special_token"] == [7]
    assert found["unknown_key"] == [9]
    assert found["missing_messages"] == [11]
    # 12 records - 1 duplicate - 2 unusable = 9 < 10: an error (and no "few" warning too).
    assert found["too_few"] == [None] and "few" not in found
    assert report.stats["examples"] == 9
    assert not report.ok


def test_too_long_says_whether_assistant_turn_is_cut(tmp_path: Path, tokenizer: Any) -> None:
    records = good_records(10)
    records[1] = chat("short", "a long answer " * 20)
    records[3] = chat("a long question " * 20, "short")
    # Room for every ordinary record, not for the two long ones.
    limit = max(len(render_conversation(tokenizer, r["messages"])) for r in good_records(10)) + 5
    report = check_chat(write_jsonl(tmp_path / "a.jsonl", records), tokenizer, max_length=limit)
    long = {p.line: p.message for p in report.problems if p.category == "too_long"}
    assert set(long) == {2, 4}
    assert "an assistant turn is cut" in long[2]
    assert "teaches nothing" in long[4]
    assert report.stats["truncated"] == 2


def test_validation_overlap_and_its_problems(tmp_path: Path, tokenizer: Any) -> None:
    train = write_jsonl(tmp_path / "train.jsonl", good_records(10))
    held = write_jsonl(
        tmp_path / "val.jsonl", [chat("new", "one"), good_records(10)[4], {"bad": 1}]
    )
    report = check_chat(train, tokenizer, validation=held)
    leaks = [p for p in report.problems if p.category == "leakage"]
    assert [(p.source, p.line) for p in leaks] == [(str(held), 2)]
    assert "train.jsonl:5" in leaks[0].message
    assert [(p.source, p.line) for p in report.errors] == [(str(held), 3)]
    assert report.stats["validation"]["examples"] == 2


def test_without_tokenizer_lengths_are_words(tmp_path: Path) -> None:
    report = check_chat(write_jsonl(tmp_path / "a.jsonl", good_records(10)))
    assert report.stats["length"]["unit"] == "words" and report.stats["length"]["max"] == 6
    assert "sample" not in report.stats and report.ok


def test_cli_check_chat(tmp_path: Path, tiny_llama_folder: Path, capsys: Any) -> None:
    good = write_jsonl(tmp_path / "good.jsonl", good_records(12))
    model = ["--model", str(tiny_llama_folder)]
    assert main(["check", str(good), "--task", "chat", *model]) == 0
    assert "12 conversations" in capsys.readouterr().out
    bad = write_jsonl(tmp_path / "bad.jsonl", good_records(3))
    assert main(["check", str(bad), "--task", "chat", "--json", *model]) == 1
    output = json.loads(capsys.readouterr().out)
    assert [e["category"] for e in output["errors"]] == ["too_few"]
    forced = ["--format", "sharegpt", "--validation", str(good)]
    assert main(["check", str(good), "--task", "chat", *model, *forced]) == 1
    assert "missing_messages (24)" in capsys.readouterr().out  # train and validation
