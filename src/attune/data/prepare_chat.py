"""From `DataConfig` to train / validation conversations ready to render for a chat model.

Read (errors stop here, pointing to `attune check --task chat`) → redact personal data
(on by default, `data.privacy`; the persona's own names are kept) → drop duplicates →
split validation off train when no file is given (seeded) → drop validation conversations
also in train → put the system prompt (the persona's, else `data.system_prompt`) on every
conversation that has none → mix in the persona's identity conversations, shared between
train and validation in the same proportion. With a persona, `data.train` may be absent:
the identity conversations are then the whole data set.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

from attune.config import DataConfig
from attune.data.canaries import Canary, make_canaries
from attune.data.chat_check import drop_duplicates, drop_leaked
from attune.data.conversations import (
    COMMON_MARKERS,
    Conversation,
    Message,
    load_conversations,
    special_token_problems,
)
from attune.data.persona import (
    Persona,
    identity_conversations,
    load_persona,
    persona_system_prompt,
)
from attune.data.problems import Problem, raise_on_errors
from attune.data.redaction import RedactionLog, redact_conversations, start_redaction
from attune.errors import AttuneError


@dataclass
class PreparedChat:
    """Conversations of each split; `system_prompt` is what generation should use too."""

    train: list[Conversation]
    validation: list[Conversation]
    system_prompt: str | None
    problems: list[Problem]
    privacy: dict[str, Any] = field(default_factory=dict)
    """What redaction did: settings and counts per entity (never values)."""
    canaries: list[Canary] = field(default_factory=list)
    """Secrets planted in train for the exposure audit (`data.privacy.canaries`)."""


def prepare_chat(data: DataConfig, seed: int) -> PreparedChat:
    """Read, check, split and personalise the configured chat data (see module docstring)."""
    if data.train is None and data.persona is None:
        raise AttuneError(
            "data.train is not set",
            fix="set data.train to your conversations, or data.persona to a persona YAML",
        )
    problems: list[Problem] = []
    persona = load_persona(data.persona) if data.persona else None
    log = start_redaction(data.privacy, persona_names(persona), seed)
    train = read_checked(data.train, data.format, problems, log) if data.train else []
    if data.validation is not None:
        validation = read_checked(data.validation, data.format, problems, log)
    else:
        train, validation = split_off(train, data.validation_fraction, seed)
    validation, leaked = drop_leaked(train, validation)
    problems += leaked
    canaries = make_canaries(data.privacy.canaries, seed)
    for canary in canaries:
        train += redact_conversations(canary.conversations("canary"), log)
    system_prompt = persona_system_prompt(persona) if persona else data.system_prompt
    if system_prompt:
        train = [with_system(c, system_prompt) for c in train]
        validation = [with_system(c, system_prompt) for c in validation]
    if persona is not None and data.persona_examples > 0:
        identity = identity_conversations(persona, data.persona_examples, seed)
        share = identity_share(len(train), len(validation), data.validation_fraction)
        cut = held_out_count(len(identity), share)
        train += identity[cut:]
        validation += identity[:cut]
        random.Random(seed).shuffle(train)
    if not train:
        raise AttuneError(
            "no training conversations are left", where=data.train or data.persona, fix=CHECK_FIX
        )
    return PreparedChat(train, validation, system_prompt, problems, log.summary(), canaries)


def persona_names(persona: Persona | None) -> list[str]:
    """What the person means the assistant to learn: its name, theirs, its maker."""
    if persona is None:
        return []
    return [persona.assistant_name, persona.user_name, persona.maker]


CHECK_FIX = "run `attune check FILE --task chat` to see every problem with its line"


def read_checked(
    spec: str, format: str, problems: list[Problem], log: RedactionLog
) -> list[Conversation]:
    """Load one file; raise a summary when it has errors; redact; drop duplicates (warnings)."""
    loaded = load_conversations(spec, format)
    found = loaded.problems + special_token_problems(loaded.conversations, COMMON_MARKERS)
    raise_on_errors(found, spec, f"attune check {spec} --task chat")
    kept, duplicates = drop_duplicates(redact_conversations(loaded.conversations, log))
    problems += found + duplicates
    return kept


def held_out_count(total: int, fraction: float) -> int:
    """How many of `total` go to validation: at least one when there are two or more."""
    if fraction <= 0 or total < 2:
        return 0
    return min(total - 1, max(1, round(total * fraction)))


def split_off(
    conversations: list[Conversation], fraction: float, seed: int
) -> tuple[list[Conversation], list[Conversation]]:
    """Seeded random split; train keeps file order (readable, and packing shuffles anyway)."""
    order = list(range(len(conversations)))
    random.Random(seed).shuffle(order)
    held = set(order[: held_out_count(len(conversations), fraction)])
    train = [c for i, c in enumerate(conversations) if i not in held]
    validation = [c for i, c in enumerate(conversations) if i in held]
    return train, validation


def identity_share(train: int, validation: int, fraction: float) -> float:
    """The validation share of the identity examples: that of the user's training data
    (at most a half), else `fraction` when the identity examples are all there is to train."""
    if train == 0:
        return fraction
    return min(0.5, validation / (train + validation))


def with_system(conversation: Conversation, prompt: str) -> Conversation:
    """The conversation with `prompt` as system message, unless it already has one."""
    if any(m.role == "system" for m in conversation.messages):
        return conversation
    messages = (Message("system", prompt), *conversation.messages)
    return Conversation(messages, conversation.source, conversation.line)
