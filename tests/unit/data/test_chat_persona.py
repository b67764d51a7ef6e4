"""Persona: YAML reading, the system prompt, identity conversations from templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from attune.data.persona import (
    Persona,
    identity_conversations,
    load_persona,
    load_templates,
    persona_system_prompt,
)
from attune.errors import AttuneError

PERSONA = Persona(
    assistant_name="Ada",
    user_name="Sam",
    maker="Sam's lab",
    facts=["Sam is a nurse in Lyon", "Sam has a cat called Miso."],
    preferences=["short answers", "metric units"],
    tone="warm and brief",
)
WHO_ARE_YOU = {"Who are you?", "who are you", "Introduce yourself.", "What are you?"}
MY_NAME = {"What is my name?", "What's my name?", "whats my name", "Do you know my name?"}


def exchanges(persona: Persona, count: int, seed: int) -> list[tuple[str, str]]:
    """Every (question, answer) pair of the generated conversations."""
    pairs = []
    for conversation in identity_conversations(persona, count, seed):
        turns = conversation.messages[1:]
        pairs += [(q.content, a.content) for q, a in zip(turns[::2], turns[1::2], strict=True)]
    return pairs


def test_load_persona(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(
        "assistant_name: Ada\nuser_name: Sam\nfacts:\n  - Sam is a nurse.\n"
        "preferences: short answers\ntone: warm\n",
        encoding="utf-8",
    )
    persona = load_persona(path)
    assert (persona.assistant_name, persona.user_name, persona.maker) == ("Ada", "Sam", "attune")
    assert persona.facts == ["Sam is a nurse."] and persona.preferences == ["short answers"]
    assert persona.source == str(path)


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("assistant_name: Ada\n", "no user_name"),
        ("assistant_name: Ada\nuser_name: Sam\nmood: happy\n", "unknown persona key 'mood'"),
        ("assistant_name: Ada\nuser_name: [1, 2]\n", "user_name must be non-empty text"),
        ("- a list\n", "mapping"),
    ],
)
def test_bad_persona_is_named(tmp_path: Path, text: str, match: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(AttuneError, match=match):
        load_persona(path)


def test_system_prompt_holds_every_field() -> None:
    prompt = persona_system_prompt(PERSONA)
    assert prompt.startswith("You are Ada, Sam's personal assistant, made by Sam's lab.")
    for piece in (
        "Sam is a nurse in Lyon.",
        "Miso",
        "short answers; metric units",
        "warm and brief",
    ):
        assert piece in prompt
    bare = persona_system_prompt(Persona("Ada", "Sam"))
    assert "Facts" not in bare and "Tone" not in bare


def test_templates_have_many_kinds_and_phrasings() -> None:
    kinds = load_templates()["kinds"]
    assert len(kinds) >= 15
    assert all(len(kind["questions"]) >= 3 and len(kind["answers"]) >= 2 for kind in kinds.values())


def test_identity_is_deterministic_per_seed() -> None:
    first = identity_conversations(PERSONA, 40, seed=3)
    assert first == identity_conversations(PERSONA, 40, seed=3)
    assert first != identity_conversations(PERSONA, 40, seed=4)
    assert len(first) == 40


def test_every_conversation_has_the_system_prompt() -> None:
    prompt = persona_system_prompt(PERSONA)
    for number, conversation in enumerate(identity_conversations(PERSONA, 30, seed=0), start=1):
        assert conversation.messages[0].role == "system"
        assert conversation.messages[0].content == prompt
        roles = [m.role for m in conversation.messages[1:]]
        assert roles[::2] == ["user"] * len(roles[::2]) and set(roles[1::2]) == {"assistant"}
        assert conversation.line == number


def test_answers_are_consistent_with_the_persona() -> None:
    pairs = exchanges(PERSONA, 200, seed=0)
    who = [answer for question, answer in pairs if question in WHO_ARE_YOU]
    mine = [answer for question, answer in pairs if question in MY_NAME]
    assert who and all("Ada" in answer for answer in who)
    assert mine and all("Sam" in answer for answer in mine)
    makers = [a for q, a in pairs if q.lower().startswith(("who made", "who created"))]
    assert makers and all("Sam's lab" in answer for answer in makers)
    # "Are you X?" never asks about the persona's own name, and is always answered no.
    others = [(q, a) for q, a in pairs if "are you" in q.lower() and "Ada" in a and "No" in a]
    assert others and not any("Ada?" in q for q, _ in others)
    assert len({q for q, _ in pairs}) > 50  # varied phrasings
    assert all(len(a.split()) < 40 for _, a in pairs)  # short


def test_kinds_needing_missing_fields_are_skipped() -> None:
    bare = Persona("Ada", "Sam")
    pairs = exchanges(bare, 120, seed=1)
    assert not any(q in {"What do I like?", "Tell me about me."} for q, _ in pairs)
    assert all("{" not in a and ": ." not in a for _, a in pairs)
