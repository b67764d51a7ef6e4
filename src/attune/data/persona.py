"""A persona: who the assistant is and whom it serves, as a system prompt and identity examples.

A persona YAML names the assistant and its person, who made the assistant, facts about
the person, their preferences and the tone they like:

    assistant_name: Ada
    user_name: Sam
    maker: attune                 # optional
    facts: [Sam is a nurse in Lyon., Sam has a cat called Miso.]
    preferences: [short answers, metric units]
    tone: warm and brief

It becomes the system prompt of every conversation, and short identity conversations
("Who are you?", "What's my name?") generated from the templates in
`attune/assets/persona_templates.yaml`, so the model learns the answers, not just reads them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from attune.data.conversations import Conversation, Message
from attune.errors import AttuneError

MULTI_TURN_SHARE = 0.25
"""Share of identity conversations with a second question, so identity holds after turn one."""
TEMPLATE_FILE = ("assets", "persona_templates.yaml")


@dataclass(frozen=True)
class Persona:
    """Who the assistant is (`assistant_name`, made by `maker`) and whom it serves."""

    assistant_name: str
    user_name: str
    maker: str = "attune"
    facts: list[str] = field(default_factory=list)
    preferences: list[str] = field(default_factory=list)
    tone: str = ""
    source: str = "persona"
    """The file it was read from (where identity conversations say they come from)."""


def load_persona(path: str | Path) -> Persona:
    """Read and check a persona YAML (unknown keys and wrong types are named)."""
    path = Path(path)
    if not path.is_file():
        raise AttuneError("persona file not found", where=str(path), fix="check data.persona")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark is not None else str(path)
        raise AttuneError("the persona is not valid YAML", where=where) from None
    if not isinstance(raw, dict):
        raise AttuneError("a persona must be a mapping of keys", where=str(path))
    return Persona(**persona_values(raw, path))


def persona_values(raw: dict[str, Any], path: Path) -> dict[str, Any]:
    """The checked fields of a persona mapping."""
    known = ("assistant_name", "user_name", "maker", "facts", "preferences", "tone")
    for key in raw:
        if key not in known:
            fix = f"known keys: {', '.join(known)}"
            raise AttuneError(f"unknown persona key {key!r}", where=str(path), fix=fix)
    values: dict[str, Any] = {"source": str(path)}
    for key in ("assistant_name", "user_name", "maker", "tone"):
        if raw.get(key) is not None:
            values[key] = persona_text(raw[key], key, path)
    for key in ("facts", "preferences"):
        items = raw.get(key) or []
        if isinstance(items, str):
            items = [items]
        if not isinstance(items, list):
            raise AttuneError(f"persona {key} must be a list of sentences", where=str(path))
        values[key] = [persona_text(item, key, path) for item in items]
    for key in ("assistant_name", "user_name"):
        if key not in values:
            raise AttuneError(f"the persona has no {key}", where=str(path), fix=f"add {key}: ...")
    return values


def persona_text(value: Any, key: str, path: Path) -> str:
    is_text = isinstance(value, str | int | float) and not isinstance(value, bool)
    if not is_text or not str(value).strip():
        raise AttuneError(f"persona {key} must be non-empty text, got {value!r}", where=str(path))
    return str(value).strip()


def persona_system_prompt(persona: Persona) -> str:
    """A concise system prompt: who the assistant is, facts, preferences, tone."""
    user = persona.user_name
    parts = [
        f"You are {persona.assistant_name}, {user}'s personal assistant, made by {persona.maker}."
    ]
    if persona.facts:
        parts.append(f"Facts about {user}: {join_facts(persona.facts)}")
    if persona.preferences:
        parts.append(f"{user}'s preferences: {join_preferences(persona.preferences)}.")
    if persona.tone:
        parts.append(f"Tone: {persona.tone}.")
    return " ".join(parts)


def join_facts(facts: list[str]) -> str:
    return " ".join(fact if fact[-1] in ".!?" else f"{fact}." for fact in facts)


def join_preferences(preferences: list[str]) -> str:
    return "; ".join(p.rstrip(".") for p in preferences)


def load_templates() -> dict[str, Any]:
    """The identity templates shipped with attune."""
    text = resources.files("attune").joinpath(*TEMPLATE_FILE).read_text(encoding="utf-8")
    templates: dict[str, Any] = yaml.safe_load(text)
    return templates


def identity_conversations(persona: Persona, count: int, seed: int) -> list[Conversation]:
    """`count` short identity conversations, each with the persona's system prompt.

    Question kinds are cycled in a seeded order so each appears about equally often;
    phrasings and answers are drawn at random (the same seed gives the same list), and
    repeats are avoided while the templates allow.
    """
    templates = load_templates()
    kinds = {
        name: kind
        for name, kind in templates["kinds"].items()
        if kind.get("needs") is None or getattr(persona, kind["needs"])
    }
    rng = random.Random(seed)
    system = Message("system", persona_system_prompt(persona))
    conversations: list[Conversation] = []
    seen: set[tuple[Message, ...]] = set()
    order: list[str] = []
    while len(conversations) < count:
        if not order:
            order = sorted(kinds)
            rng.shuffle(order)
        name = order.pop()
        turns = draw_exchange(kinds[name], persona, templates["others"], rng, seen)
        if rng.random() < MULTI_TURN_SHARE:
            other = rng.choice([k for k in sorted(kinds) if k != name])
            turns += draw_exchange(kinds[other], persona, templates["others"], rng, seen)
        number = len(conversations) + 1
        conversations.append(Conversation((system, *turns), f"{persona.source}#identity", number))
    return conversations


def draw_exchange(
    kind: dict[str, Any],
    persona: Persona,
    others: list[str],
    rng: random.Random,
    seen: set[tuple[Message, ...]],
    tries: int = 20,
) -> tuple[Message, ...]:
    """One question and its answer, redrawn up to `tries` times while already used."""
    pair: tuple[Message, ...] = ()
    for _ in range(tries):
        values = placeholder_values(persona, others, rng)
        question = rng.choice(kind["questions"]).format(**values)
        answer = rng.choice(kind["answers"]).format(**values)
        pair = (Message("user", question), Message("assistant", capitalise(answer)))
        if pair not in seen:
            break
    seen.add(pair)
    return pair


def placeholder_values(persona: Persona, others: list[str], rng: random.Random) -> dict[str, str]:
    # An "are you X?" question never names the persona itself.
    choices = [o for o in others if o.casefold() != persona.assistant_name.casefold()]
    return {
        "assistant": persona.assistant_name,
        "user": persona.user_name,
        "maker": persona.maker,
        "tone": persona.tone,
        "other": rng.choice(choices),
        "facts": join_facts(persona.facts) if persona.facts else "",
        "fact": join_facts([rng.choice(persona.facts)]) if persona.facts else "",
        "preferences": join_preferences(persona.preferences),
        "preference": rng.choice(persona.preferences).rstrip(".") if persona.preferences else "",
    }


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]
