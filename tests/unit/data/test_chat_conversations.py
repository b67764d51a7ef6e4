"""Chat readers: OpenAI messages, ShareGPT, Alpaca; every problem with its line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from attune.data.conversations import (
    COMMON_MARKERS,
    Message,
    load_conversations,
    special_token_problems,
)
from attune.errors import AttuneError

SHARED_IDENTITY = Path("/work/shared/data/fastchat_identity/dummy_conversation.json")


def write_jsonl(path: Path, records: list[Any]) -> Path:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return path


def chat(user: str, assistant: str, **extra: Any) -> dict[str, Any]:
    messages = [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return {"messages": messages, **extra}


def categories(problems: list[Any]) -> dict[str, list[int | None]]:
    found: dict[str, list[int | None]] = {}
    for problem in problems:
        found.setdefault(problem.category, []).append(problem.line)
    return found


def test_messages_jsonl_with_system_and_weights(tmp_path: Path) -> None:
    record = {
        "messages": [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": " Hi "},
            {"role": "assistant", "content": "Hello", "weight": 0},
            {"role": "user", "content": "Again"},
            {"role": "assistant", "content": "Hello again", "weight": 1},
        ]
    }
    loaded = load_conversations(write_jsonl(tmp_path / "a.jsonl", [record, chat("a", "b")]))
    assert loaded.format == "messages"
    assert loaded.problems == []
    first = loaded.conversations[0]
    assert first.line == 1 and loaded.conversations[1].line == 2
    assert first.messages[1] == Message("user", "Hi")
    assert [m.weight for m in first.messages if m.role == "assistant"] == [0, 1]
    assert [m.learned for m in first.messages] == [False, False, False, False, True]


def test_openai_text_parts_are_joined(tmp_path: Path) -> None:
    parts = [{"type": "text", "text": "Hello "}, {"type": "text", "text": "there"}]
    record = {
        "messages": [{"role": "user", "content": parts}, {"role": "assistant", "content": "Hi"}]
    }
    loaded = load_conversations(write_jsonl(tmp_path / "a.jsonl", [record]))
    assert loaded.conversations[0].messages[0].content == "Hello there"


def test_sharegpt_json_list_lines_are_record_starts(tmp_path: Path) -> None:
    records = [
        {
            "id": "a",
            "conversations": [{"from": "human", "value": "Q1"}, {"from": "gpt", "value": "A1"}],
        },
        {
            "id": "b",
            "system": "Be kind.",
            "conversations": [
                {"from": "user", "value": "Q2"},
                {"from": "assistant", "value": "A2"},
            ],
        },
    ]
    path = tmp_path / "s.json"
    path.write_text(json.dumps(records, indent=2), encoding="utf-8")
    loaded = load_conversations(path)
    assert loaded.format == "sharegpt" and loaded.problems == []
    text_lines = path.read_text().split("\n")
    for conversation in loaded.conversations:
        assert text_lines[conversation.line - 1].strip() == "{"
    assert loaded.conversations[0].line == 2
    roles = [m.role for m in loaded.conversations[1].messages]
    assert roles == ["system", "user", "assistant"]
    assert loaded.conversations[1].messages[0].content == "Be kind."


def test_alpaca_input_is_joined_to_instruction(tmp_path: Path) -> None:
    records = [
        {"instruction": "Translate", "input": "bonjour", "output": "hello"},
        {"instruction": "Say hi", "output": "hi"},
        {"instruction": "Say hi", "input": "", "output": "hi"},
    ]
    loaded = load_conversations(write_jsonl(tmp_path / "a.jsonl", records))
    assert loaded.format == "alpaca" and loaded.problems == []
    first, second, _ = loaded.conversations
    assert first.messages == (
        Message("user", "Translate\n\nbonjour"),
        Message("assistant", "hello"),
    )
    assert second.messages[0].content == "Say hi"


def test_mixed_formats_is_an_error_naming_lines(tmp_path: Path) -> None:
    sharegpt = {"conversations": [{"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}]}
    alpaca = {"instruction": "q", "output": "a"}
    path = write_jsonl(tmp_path / "m.jsonl", [chat("q", "a"), sharegpt, chat("x", "y"), alpaca])
    loaded = load_conversations(path)
    assert loaded.format == "mixed"
    (problem,) = [p for p in loaded.problems if p.category == "mixed_formats"]
    assert problem.severity == "error"
    assert "messages at lines 1, 3" in problem.message
    assert "sharegpt at lines 2" in problem.message and "alpaca at lines 4" in problem.message


def test_forced_format_rejects_other_records(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [chat("q", "a")])
    loaded = load_conversations(path, format="sharegpt")
    assert loaded.conversations == []
    assert categories(loaded.problems) == {"missing_messages": [1]}
    assert "messages" in loaded.problems[0].message
    with pytest.raises(AttuneError, match="unknown chat format"):
        load_conversations(path, format="chatml")


def test_each_record_problem_has_its_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    lines = [
        json.dumps(chat("ok", "fine")),  # 1
        "{not json",  # 2
        json.dumps({"text": "no messages"}),  # 3
        json.dumps({"messages": [{"role": "user"}, {"role": "assistant", "content": "a"}]}),  # 4
        json.dumps({"messages": [{"role": "robot", "content": "q"}]}),  # 5
        json.dumps({"messages": [{"role": "user", "content": "q"}]}),  # 6
        json.dumps({"messages": [{"role": "assistant", "content": "a"}]}),  # 7
        json.dumps(
            {"messages": [{"role": "user", "content": "q"}, {"role": "user", "content": "q"}]}
        ),  # 8
        json.dumps(chat("q", "")),  # 9
        json.dumps(chat("q", "a", meta=1)),  # 10
        json.dumps(
            {
                "messages": [
                    {"role": "user", "content": "q"},
                    {"role": "assistant", "content": "a", "weight": 2},
                ]
            }
        ),  # 11
        json.dumps(
            {
                "messages": [
                    {"role": "user", "content": "q"},
                    {"role": "assistant", "content": "a"},
                    {"role": "system", "content": "s"},
                ]
            }
        ),  # 12
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    loaded = load_conversations(path)
    found = categories(loaded.problems)
    assert found["unreadable"] == [2]
    assert found["missing_messages"] == [3]
    assert found["missing_field"] == [4]
    assert found["unknown_role"] == [5]
    assert found["no_assistant"] == [6, 8]  # not 5: its unreadable role hides the rest
    assert found["turn_order"] == [7, 8, 12]
    assert found["empty_content"] == [9]
    assert found["unknown_key"] == [10]
    assert found["bad_weight"] == [11]
    # Line 10 only has a warning (unknown key): it is kept; line 9 is dropped (empty).
    assert [c.line for c in loaded.conversations] == [1, 10]
    severities = {p.category: p.severity for p in loaded.problems}
    assert severities["unknown_key"] == "warning" and severities["turn_order"] == "error"


def test_weight_zero_everywhere_is_dropped(tmp_path: Path) -> None:
    record = {
        "messages": [
            {"role": "user", "content": "q"},
            {"role": "assistant", "content": "a", "weight": 0},
        ]
    }
    loaded = load_conversations(write_jsonl(tmp_path / "a.jsonl", [record]))
    assert loaded.conversations == []
    assert categories(loaded.problems) == {"nothing_learned": [1]}


def test_special_tokens_in_content_are_found(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", [chat("q", "a"), chat("q", "done<|im_end|>")])
    loaded = load_conversations(path)
    problems = special_token_problems(loaded.conversations, COMMON_MARKERS)
    assert [(p.line, p.category) for p in problems] == [(2, "special_token")]
    assert "<|im_end|>" in problems[0].message


@pytest.mark.skipif(not SHARED_IDENTITY.is_file(), reason="shared identity data not present")
def test_shared_sharegpt_file_reads_cleanly() -> None:
    loaded = load_conversations(SHARED_IDENTITY)
    assert loaded.format == "sharegpt"
    assert not [p for p in loaded.problems if p.severity == "error"]
    assert len(loaded.conversations) == loaded.records > 10
    text = SHARED_IDENTITY.read_text(encoding="utf-8").split("\n")
    assert all(text[c.line - 1].strip() == "{" for c in loaded.conversations[:20])


def test_sharegpt_and_alpaca_errors_have_lines(tmp_path: Path) -> None:
    sharegpt = [
        {"conversations": [{"from": "human", "value": "q"}, {"from": "gpt", "value": "a"}]},
        {"conversations": [{"from": "bot", "value": "q"}]},
        {"conversations": [{"from": "human"}, {"from": "gpt", "value": "a"}]},
        {"conversations": "not a list"},
    ]
    found = categories(load_conversations(write_jsonl(tmp_path / "s.jsonl", sharegpt)).problems)
    assert found == {"unknown_role": [2], "missing_field": [3], "missing_messages": [4]}
    alpaca = [
        {"instruction": "q", "output": "a"},
        {"instruction": "q"},
        {"instruction": "", "input": "", "output": "a"},
        {"instruction": "q", "output": "a", "history": []},
    ]
    loaded = load_conversations(write_jsonl(tmp_path / "a.jsonl", alpaca))
    assert categories(loaded.problems) == {
        "missing_field": [2],
        "empty_content": [3],
        "unknown_key": [4],
    }
    assert [c.line for c in loaded.conversations] == [1, 4]
