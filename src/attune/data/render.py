"""Rendering a conversation through a tokenizer's chat template into ids and labels.

`labels` are the token ids where the model must learn to speak — the content of each
learned assistant turn and its end-of-turn token (`<|im_end|>` for ChatML) — and -100
everywhere else: system and user turns, role headers, the separators between turns.

Templates differ (default system prompts, separators, trimming), so the learned character
spans are found by rendering prefixes of the conversation: `messages[:i]` with the
generation prompt ends where assistant turn `i` starts; `messages[:i + 1]` ends after its
end-of-turn marker (plus the trailing newline, which is not learned). The whole text is
then tokenized once with offsets, and a token is learned when it starts inside a span.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import groupby
from typing import Any

from attune.data.conversations import Message
from attune.errors import AttuneError

IGNORE_INDEX = -100
"""Label of a token that is not learned (the default `ignore_index` of cross-entropy)."""


@dataclass(frozen=True)
class Rendered:
    """Token ids of a rendered conversation and their labels (-100: not learned)."""

    input_ids: list[int]
    labels: list[int]
    truncated: bool

    @property
    def learned(self) -> int:
        """How many tokens are learned."""
        return sum(label != IGNORE_INDEX for label in self.labels)

    def __len__(self) -> int:
        return len(self.input_ids)


def render_conversation(
    tokenizer: Any,
    messages: Sequence[Message | Mapping[str, Any]],
    max_length: int | None = None,
) -> Rendered:
    """Ids and labels of `messages` (see the module docstring); the beginning is kept when
    the conversation is longer than `max_length` tokens, and `truncated` says so."""
    turns = [as_message(m) for m in messages]
    chats = [m.to_dict() for m in turns]
    text = apply_template(tokenizer, chats, generation_prompt=False)
    spans = [learned_span(tokenizer, chats, i, text) for i, m in enumerate(turns) if m.learned]
    encoded = tokenize_with_offsets(tokenizer, text)
    ids: list[int] = list(encoded["input_ids"])
    labels = [
        token if any(start <= begin < end for start, end in spans) else IGNORE_INDEX
        for token, (begin, _) in zip(ids, encoded["offset_mapping"], strict=True)
    ]
    truncated = max_length is not None and len(ids) > max_length
    if max_length is not None:
        ids, labels = ids[:max_length], labels[:max_length]
    return Rendered(ids, labels, truncated)


def as_message(message: Message | Mapping[str, Any]) -> Message:
    if isinstance(message, Message):
        return message
    return Message(str(message["role"]), str(message["content"]), message.get("weight"))


def apply_template(tokenizer: Any, chats: list[dict[str, str]], generation_prompt: bool) -> str:
    """The template's text for `chats`; a template that fails becomes an `AttuneError`."""
    if not getattr(tokenizer, "chat_template", None):
        raise AttuneError(
            "the tokenizer has no chat template",
            fix="use a chat (instruct) model, e.g. smollm2-135m, or add a chat_template "
            "to its tokenizer_config.json",
        )
    try:
        text = tokenizer.apply_chat_template(
            chats, tokenize=False, add_generation_prompt=generation_prompt
        )
    except Exception as exc:  # jinja raises whatever the template author chose
        raise AttuneError(
            f"the chat template refused the conversation: {exc}",
            fix="check the order of the roles (run `attune check FILE --task chat`)",
        ) from None
    return str(text)


def learned_span(
    tokenizer: Any, chats: list[dict[str, str]], index: int, text: str
) -> tuple[int, int]:
    """Character span of assistant turn `index`: its content and end-of-turn marker."""
    before = apply_template(tokenizer, chats[:index], generation_prompt=True)
    through = apply_template(tokenizer, chats[: index + 1], generation_prompt=False)
    if not (text.startswith(before) and text.startswith(through)):
        raise AttuneError(
            "the chat template renders the start of a conversation differently from the "
            "whole, so the assistant turns cannot be located",
            fix="use a model whose chat template renders each turn independently (ChatML)",
        )
    # Only the newline after the marker is dropped: it is the template's separator, which
    # the model never has to produce (generation stops at the marker).
    end = len(through.rstrip("\n"))
    return len(before), max(end, len(before))


def tokenize_with_offsets(tokenizer: Any, text: str) -> Any:
    """Ids and character offsets; the template already wrote every special token."""
    if not getattr(tokenizer, "is_fast", False):
        raise AttuneError(
            "the tokenizer is not a fast (Rust) tokenizer, which rendering needs for offsets",
            fix="use a model that ships a tokenizer.json",
        )
    return tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)


def show_learned(tokenizer: Any, rendered: Rendered, mark: tuple[str, str] = ("⟦", "⟧")) -> str:
    """The rendered text with each run of learned tokens wrapped in `mark` (for reports)."""
    pairs = zip(rendered.input_ids, rendered.labels, strict=True)
    pieces = []
    for learned, run in groupby(pairs, key=lambda pair: pair[1] != IGNORE_INDEX):
        text = tokenizer.decode([token for token, _ in run], skip_special_tokens=False)
        pieces.append(f"{mark[0]}{text}{mark[1]}" if learned else text)
    return "".join(pieces)
