"""Redaction at ingestion: personal data leaves the examples before anything is learned.

One `Redactor` serves all the files of a run, so one value gets one tag in train,
validation and test alike. What the run records is the settings and the counts per
entity, never a value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from attune.config import PrivacyConfig
from attune.data.classify import Example
from attune.data.conversations import Conversation, Message
from attune.data.privacy import DEFAULT_ENTITIES, Redactor


@dataclass
class RedactionLog:
    """The redactor of a run (None: redaction is off) and how many examples it dropped."""

    settings: PrivacyConfig
    redactor: Redactor | None
    dropped: int = 0
    examples: int = 0
    with_personal_data: int = 0

    def summary(self) -> dict[str, Any]:
        """What the run records: settings and counts only."""
        summary: dict[str, Any] = {
            "redact": self.redactor is not None,
            "mode": self.settings.mode,
            "entities": sorted(self.redactor.entities) if self.redactor else [],
            "examples": self.examples,
            "examples_with_personal_data": self.with_personal_data,
        }
        if self.redactor is not None:
            summary["found"] = {k: v for k, v in self.redactor.counts().items() if v}
            summary["dropped"] = self.dropped
        return summary


def start_redaction(
    settings: PrivacyConfig, keep: Iterable[str] = (), seed: int = 0
) -> RedactionLog:
    """A log with its redactor, or none when `settings.redact` is off."""
    if not settings.redact:
        return RedactionLog(settings, None)
    redactor = Redactor(
        settings.entities if settings.entities is not None else DEFAULT_ENTITIES,
        settings.mode,
        keep=[*settings.keep, *keep],
        seed=seed,
    )
    return RedactionLog(settings, redactor)


def redact_examples(examples: list[Example], log: RedactionLog) -> list[Example]:
    """Labelled examples with their texts redacted (drop mode: those with findings left out)."""
    log.examples += len(examples)
    if log.redactor is None:
        return examples
    kept = []
    for example in examples:
        redaction = log.redactor.redact_text(example.text)
        log.with_personal_data += redaction.found > 0
        if redaction.found and log.settings.mode == "drop":
            log.dropped += 1
            continue
        kept.append(Example(redaction.text, example.label, example.source, example.line))
    return kept


def redact_conversations(
    conversations: list[Conversation], log: RedactionLog
) -> list[Conversation]:
    """Conversations with every message redacted (drop mode: those with findings left out)."""
    log.examples += len(conversations)
    if log.redactor is None:
        return conversations
    kept = []
    for conversation in conversations:
        messages, found = [], 0
        for message in conversation.messages:
            redaction = log.redactor.redact_text(message.content)
            found += redaction.found
            messages.append(Message(message.role, redaction.text, message.weight))
        log.with_personal_data += found > 0
        if found and log.settings.mode == "drop":
            log.dropped += 1
            continue
        kept.append(Conversation(tuple(messages), conversation.source, conversation.line))
    return kept
