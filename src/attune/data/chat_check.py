"""`attune check --task chat`: every problem of a chat file with its line, and the statistics.

Beyond what reading finds (see `conversations.py`): too few conversations, duplicates,
overlap with a validation file, a template's special tokens typed into messages, and —
with a tokenizer — conversations longer than `max_length` and whether an assistant turn
would be cut. The statistics end with one conversation rendered through the chat template,
the learned tokens marked ⟦ ⟧, so a person can see exactly what the model will learn.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attune.data.clean import dedup_key
from attune.data.conversations import (
    COMMON_MARKERS,
    ChatFile,
    Conversation,
    load_conversations,
    special_token_problems,
)
from attune.data.problems import Problem
from attune.data.render import Rendered, apply_template, render_conversation, show_learned
from attune.data.validate import CheckReport, length_stats, render_group
from attune.errors import AttuneError

MIN_EXAMPLES = 10
"""Fewer conversations than this cannot both teach and validate anything: an error."""
FEW_EXAMPLES = 50
"""Fewer than this: a warning (expect the model to learn the style only weakly)."""

ConversationKey = tuple[tuple[str, str], ...]


class ChatCheckReport(CheckReport):
    """A `CheckReport` whose readable form shows chat statistics."""

    def render(self) -> str:
        stats = self.stats
        lines = [
            f"{stats['source']}: {stats['examples']} conversations ({stats['format']}); "
            f"{len(self.errors)} errors, {len(self.warnings)} warnings"
        ]
        for severity, found in (("errors", self.errors), ("warnings", self.warnings)):
            if found:
                lines.append(f"{severity}:")
                lines.extend(render_group(found))
        lines.extend(render_chat_stats(stats))
        verdict = "OK" if self.ok else f"{len(self.errors)} errors: fix them before training"
        lines.append(f"result: {verdict}")
        return "\n".join(lines)


def check_chat(
    spec: str | Path,
    tokenizer: Any = None,
    max_length: int = 1024,
    format: str = "auto",
    validation: str | Path | None = None,
) -> ChatCheckReport:
    """Check a chat file (and its validation file), counting every problem, not just the first.

    Errors block training: unreadable records, missing messages/roles/content, unknown
    roles, turns out of order, no assistant message, mixed formats, special tokens in the
    text, fewer than MIN_EXAMPLES conversations. Warnings: unknown keys, empty messages,
    duplicates, overlap with validation, fewer than FEW_EXAMPLES, conversations over
    `max_length` tokens. Lengths are tokens with a tokenizer, else words.
    """
    loaded = load_conversations(spec, format)
    markers = template_markers(tokenizer)
    problems = loaded.problems + special_token_problems(loaded.conversations, markers)
    kept, duplicates = drop_duplicates(loaded.conversations)
    problems += duplicates + size_problems(len(kept), loaded.source)
    stats = chat_stats(loaded, kept)
    if validation is not None:
        held = load_conversations(validation, format)
        problems += held.problems + special_token_problems(held.conversations, markers)
        problems += drop_leaked(kept, held.conversations)[1]
        stats["validation"] = {"source": str(validation), "examples": len(held.conversations)}
    if tokenizer is not None:
        problems += token_stats(tokenizer, kept, max_length, stats)
    else:
        words = [sum(len(m.content.split()) for m in c.messages) for c in kept]
        stats["length"] = length_stats(words, "words")
    stats["max_length"] = max_length
    problems.sort(key=lambda p: (p.source != loaded.source, p.line or 0))
    return ChatCheckReport(problems, stats)


def template_markers(tokenizer: Any) -> list[str]:
    """The special tokens a message must not contain: the tokenizer's own, else common ones."""
    if tokenizer is None:
        return COMMON_MARKERS
    return sorted(set(tokenizer.all_special_tokens) | set(COMMON_MARKERS))


def conversation_key(conversation: Conversation) -> ConversationKey:
    """Two conversations are the same when every turn's role and `dedup_key` agree."""
    return tuple((m.role, dedup_key(m.content)) for m in conversation.messages)


def drop_duplicates(conversations: list[Conversation]) -> tuple[list[Conversation], list[Problem]]:
    """Keep the first of each repeated conversation; a warning for each later copy."""
    first: dict[ConversationKey, Conversation] = {}
    kept, problems = [], []
    for conversation in conversations:
        key = conversation_key(conversation)
        if key in first:
            message = f"the same conversation as line {first[key].line} (dropped)"
            problems.append(
                Problem("warning", "duplicate", message, conversation.source, conversation.line)
            )
            continue
        first[key] = conversation
        kept.append(conversation)
    return kept, problems


def drop_leaked(
    train: list[Conversation], held: list[Conversation]
) -> tuple[list[Conversation], list[Problem]]:
    """Held-out conversations also in train measure memory, not learning: drop them."""
    seen = {conversation_key(c): c for c in train}
    kept, problems = [], []
    for conversation in held:
        twin = seen.get(conversation_key(conversation))
        if twin is None:
            kept.append(conversation)
            continue
        message = (
            f"also in train at {twin.where()}: validation must hold unseen conversations "
            "(dropped from validation)"
        )
        problems.append(
            Problem("warning", "leakage", message, conversation.source, conversation.line)
        )
    return kept, problems


def size_problems(count: int, source: str) -> list[Problem]:
    if count < MIN_EXAMPLES:
        message = (
            f"only {count} usable conversations; at least {MIN_EXAMPLES} are needed to train "
            "and validate (add conversations, or use a persona for identity examples)"
        )
        return [Problem("error", "too_few", message, source)]
    if count < FEW_EXAMPLES:
        message = f"{count} conversations, fewer than {FEW_EXAMPLES}: expect weak learning"
        return [Problem("warning", "few", message, source)]
    return []


def chat_stats(loaded: ChatFile, kept: list[Conversation]) -> dict[str, Any]:
    """Counts of records, conversations and turns (after duplicates are dropped)."""
    turns = [m for c in kept for m in c.messages if m.role != "system"]
    return {
        "source": loaded.source,
        "format": loaded.format,
        "encoding": loaded.encoding,
        "records": loaded.records,
        "examples": len(kept),
        "turns": len(turns),
        "assistant_turns": sum(m.role == "assistant" for m in turns),
        "learned_turns": sum(m.learned for m in turns),
        "with_system": sum(any(m.role == "system" for m in c.messages) for c in kept),
    }


def token_stats(
    tokenizer: Any, conversations: list[Conversation], max_length: int, stats: dict[str, Any]
) -> list[Problem]:
    """Render every conversation: lengths, learned tokens, and what `max_length` cuts."""
    problems: list[Problem] = []
    lengths: list[int] = []
    learned = kept_learned = truncated = 0
    sample: str | None = None
    for conversation in conversations:
        try:
            whole = render_conversation(tokenizer, conversation.messages)
        except AttuneError as exc:
            where = (conversation.source, conversation.line)
            problems.append(Problem("error", "template", exc.what, *where))
            continue
        cut = Rendered(whole.input_ids[:max_length], whole.labels[:max_length], False)
        lengths.append(len(whole))
        learned += whole.learned
        kept_learned += cut.learned
        if len(whole) > max_length:
            truncated += 1
            problems.append(too_long_problem(conversation, whole, cut, max_length))
        if sample is None:
            sample = show_learned(tokenizer, whole)
    stats.update(
        {
            "length": length_stats(lengths, "tokens"),
            "learned_tokens": kept_learned,
            "learned_tokens_before_truncation": learned,
            "truncated": truncated,
            "sample": sample,
            "template_system_prompt": adds_system_prompt(tokenizer),
        }
    )
    return problems


def adds_system_prompt(tokenizer: Any) -> bool:
    """Whether the chat template writes a system turn of its own when none is given
    (SmolLM2's does): worth saying, since the model then learns under that prompt."""
    try:
        text = apply_template(tokenizer, [{"role": "user", "content": "x"}], False)
    except AttuneError:
        return False
    return "system" in text


def too_long_problem(
    conversation: Conversation, whole: Rendered, cut: Rendered, max_length: int
) -> Problem:
    lost = whole.learned - cut.learned
    if cut.learned == 0:
        effect = "every assistant token is cut: it teaches nothing"
    elif lost:
        effect = f"an assistant turn is cut ({lost} of {whole.learned} learned tokens lost)"
    else:
        effect = "only context after the last assistant turn is cut"
    message = (
        f"{len(whole)} tokens, over max_length {max_length}: {effect}; "
        "raise data.max_length or split the conversation"
    )
    return Problem("warning", "too_long", message, conversation.source, conversation.line)


def render_chat_stats(stats: dict[str, Any]) -> list[str]:
    length = stats["length"]
    lines = [
        "statistics:",
        f"  format: {stats['format']} (encoding {stats['encoding']})",
        f"  conversations: {stats['examples']} usable of {stats['records']} records, "
        f"{stats['with_system']} with a system message",
        f"  turns: {stats['turns']} ({stats['assistant_turns']} assistant, "
        f"{stats['learned_turns']} learned)",
        f"  length ({length['unit']}): p50 {length['p50']}, p90 {length['p90']}, "
        f"p99 {length['p99']}, max {length['max']}",
    ]
    if "learned_tokens" in stats:
        lines.append(
            f"  learned tokens: {stats['learned_tokens']}; {stats['truncated']} conversations "
            f"over max_length {stats['max_length']}"
        )
    without = stats["examples"] - stats["with_system"]
    if stats.get("template_system_prompt") and without:
        lines.append(
            f"  note: {without} conversations have no system message, so the chat template "
            "adds its own default; set data.system_prompt or data.persona to choose it"
        )
    if "validation" in stats:
        held = stats["validation"]
        lines.append(f"  validation: {held['examples']} conversations ({held['source']})")
    if stats.get("sample"):
        lines.append("  sample (learned tokens in ⟦ ⟧):")
        lines.extend(f"    {line}" for line in str(stats["sample"]).rstrip("\n").split("\n"))
    return lines
