"""prepare_chat: reading, splitting, system prompts, persona identity examples."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from attune.config import DataConfig
from attune.data.persona import load_persona, persona_system_prompt
from attune.data.prepare_chat import prepare_chat
from attune.errors import AttuneError

PERSONA_YAML = (
    "assistant_name: Ada\nuser_name: Sam\nfacts: [Sam is a nurse.]\n"
    "preferences: [short answers]\ntone: warm\n"
)


def chat(user: str, assistant: str, system: str | None = None) -> dict[str, Any]:
    messages = [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    if system is not None:
        messages.insert(0, {"role": "system", "content": system})
    return {"messages": messages}


def write_jsonl(path: Path, records: list[Any]) -> str:
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    return str(path)


def write_persona(tmp_path: Path) -> str:
    path = tmp_path / "persona.yaml"
    path.write_text(PERSONA_YAML, encoding="utf-8")
    return str(path)


def records(count: int) -> list[dict[str, Any]]:
    return [chat(f"question {i}", f"answer {i}") for i in range(count)]


def test_persona_only(tmp_path: Path) -> None:
    persona = write_persona(tmp_path)
    data = DataConfig(persona=persona, persona_examples=40, validation_fraction=0.1)
    prepared = prepare_chat(data, seed=0)
    assert (len(prepared.train), len(prepared.validation)) == (36, 4)
    assert prepared.system_prompt == persona_system_prompt(load_persona(persona))
    for conversation in prepared.train + prepared.validation:
        assert conversation.messages[0].content == prepared.system_prompt
    assert prepared_is_same(prepare_chat(data, seed=0), prepared)


def prepared_is_same(a: Any, b: Any) -> bool:
    return bool(a.train == b.train and a.validation == b.validation)


def test_persona_prompt_fills_only_missing_system(tmp_path: Path) -> None:
    rows = records(19) + [chat("hi", "hello", system="Keep this.")]
    data = DataConfig(
        train=write_jsonl(tmp_path / "t.jsonl", rows),
        persona=write_persona(tmp_path),
        persona_examples=10,
        system_prompt="ignored: the persona wins",
        validation_fraction=0.2,
    )
    prepared = prepare_chat(data, seed=1)
    every = prepared.train + prepared.validation
    assert len(every) == 30
    systems = [c.messages[0].content for c in every]
    assert systems.count("Keep this.") == 1
    assert systems.count(prepared.system_prompt) == 29
    assert "ignored" not in " ".join(systems)
    identity_held = [c for c in prepared.validation if c.source.endswith("#identity")]
    assert len(prepared.validation) == 6 and len(identity_held) == 2  # 20 % of each


def test_system_prompt_without_persona_and_split(tmp_path: Path) -> None:
    data = DataConfig(
        train=write_jsonl(tmp_path / "t.jsonl", records(30)),
        system_prompt="Be brief.",
        validation_fraction=0.1,
    )
    prepared = prepare_chat(data, seed=0)
    assert (len(prepared.train), len(prepared.validation)) == (27, 3)
    assert prepared.system_prompt == "Be brief."
    assert all(c.messages[0].content == "Be brief." for c in prepared.train)
    lines = {c.line for c in prepared.train} | {c.line for c in prepared.validation}
    assert lines == set(range(1, 31))
    other = prepare_chat(data, seed=5)
    assert {c.line for c in other.validation} != {c.line for c in prepared.validation}


def test_validation_file_leakage_and_duplicates(tmp_path: Path) -> None:
    train_rows = records(10) + [records(10)[0]]
    data = DataConfig(
        train=write_jsonl(tmp_path / "t.jsonl", train_rows),
        validation=write_jsonl(tmp_path / "v.jsonl", [chat("new", "one"), records(10)[3]]),
    )
    prepared = prepare_chat(data, seed=0)
    assert len(prepared.train) == 10 and prepared.system_prompt is None
    assert [c.messages[0].content for c in prepared.validation] == ["new"]
    found = {(p.category, p.line) for p in prepared.problems}
    assert ("duplicate", 11) in found and ("leakage", 2) in found


def test_errors_stop_with_a_pointer_to_check(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "t.jsonl", [*records(5), {"messages": "oops"}, "x"])
    with pytest.raises(AttuneError) as caught:
        prepare_chat(DataConfig(train=path), seed=0)
    text = str(caught.value)
    assert "2 errors" in text and "attune check" in text and "--task chat" in text
    assert f"{path}:6" in text and f"{path}:7" in text


def test_nothing_to_train_on(tmp_path: Path) -> None:
    with pytest.raises(AttuneError, match="data.train is not set"):
        prepare_chat(DataConfig(), seed=0)


def test_persona_with_only_a_validation_file_keeps_identity_for_training(tmp_path: Path) -> None:
    data = DataConfig(
        validation=write_jsonl(tmp_path / "v.jsonl", records(5)),
        persona=write_persona(tmp_path),
        persona_examples=20,
        validation_fraction=0.1,
    )
    prepared = prepare_chat(data, seed=0)
    assert (len(prepared.train), len(prepared.validation)) == (18, 7)
