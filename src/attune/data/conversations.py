"""Reading chat data (OpenAI `messages`, ShareGPT, Alpaca) into checked conversations.

Each record becomes a `Conversation` that remembers its file and line, or one `Problem`
per thing wrong with it (the record is then left out). The format is detected per record;
a file mixing formats is an error naming the lines of each. Message text is stripped of
leading and trailing whitespace: a chat template puts its own separators around it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attune.data.formats import SourceRow, read_rows
from attune.data.privacy import redact_for_message
from attune.data.problems import Problem, Severity
from attune.errors import AttuneError

FORMATS = ("messages", "sharegpt", "alpaca")
ROLES = ("system", "user", "assistant")
SHAREGPT_ROLES = {
    "human": "user",
    "user": "user",
    "gpt": "assistant",
    "assistant": "assistant",
    "system": "system",
}
RECORD_KEYS = {
    "messages": {"messages", "id"},
    "sharegpt": {"conversations", "id", "system"},
    "alpaca": {"instruction", "input", "output", "system", "id"},
}
MESSAGE_KEYS = {
    "messages": {"role", "content", "weight", "name"},
    "sharegpt": {"from", "value", "weight"},
}
SHOWN_LINES = 10


@dataclass(frozen=True)
class Message:
    """One turn. `weight` (assistant only, as OpenAI defines it): 0 = not learned."""

    role: str
    content: str
    weight: int | None = None

    @property
    def learned(self) -> bool:
        return self.role == "assistant" and self.weight != 0

    def to_dict(self) -> dict[str, str]:
        """The shape a chat template reads."""
        return {"role": self.role, "content": self.content}


@dataclass(frozen=True)
class Conversation:
    """The messages of one record, and where the record starts in its file."""

    messages: tuple[Message, ...]
    source: str
    line: int

    def where(self) -> str:
        return f"{self.source}:{self.line}"


@dataclass
class ChatFile:
    """The usable conversations of a file, every problem found, and the format read.

    `format` is one of FORMATS, `mixed` when records of several formats were found, or
    `unknown` when no record could be recognised.
    """

    conversations: list[Conversation]
    problems: list[Problem]
    format: str
    records: int = 0
    encoding: str = "utf-8"
    source: str = ""


def load_conversations(spec: str | Path, format: str = "auto") -> ChatFile:
    """Read a JSONL / JSON (list) / CSV file of chat records (see the module docstring)."""
    if format not in ("auto", *FORMATS):
        raise AttuneError(
            f"unknown chat format {format!r}",
            fix=f"use one of auto, {', '.join(FORMATS)} (data.format / --format)",
        )
    read = read_rows(spec)
    source = read.source
    problems = list(read.problems)
    conversations: list[Conversation] = []
    seen: dict[str, list[int]] = {}
    for row in read.rows:
        found = RecordReader(row, source, format).read()
        problems.extend(found.problems)
        if found.format is not None:
            seen.setdefault(found.format, []).append(row.line)
        if found.conversation is not None:
            conversations.append(found.conversation)
    if len(seen) > 1:
        problems.append(mixed_problem(seen, source))
    detected = next(iter(seen)) if len(seen) == 1 else ("mixed" if seen else "unknown")
    problems.sort(key=lambda p: p.line or 0)
    return ChatFile(conversations, problems, detected, len(read.rows), read.encoding, source)


def mixed_problem(seen: dict[str, list[int]], source: str) -> Problem:
    parts = []
    for name, lines in seen.items():
        shown = ", ".join(str(line) for line in lines[:SHOWN_LINES])
        more = f" and {len(lines) - SHOWN_LINES} more" if len(lines) > SHOWN_LINES else ""
        parts.append(f"{name} at lines {shown}{more}")
    message = (
        f"the file mixes chat formats: {'; '.join(parts)}; "
        "write every record in one format (or split the file)"
    )
    return Problem("error", "mixed_formats", message, source)


def detect_format(record: dict[str, Any]) -> str | None:
    if "messages" in record:
        return "messages"
    if "conversations" in record:
        return "sharegpt"
    if "instruction" in record or "output" in record:
        return "alpaca"
    return None


@dataclass
class RecordRead:
    conversation: Conversation | None
    problems: list[Problem]
    format: str | None


class RecordReader:
    """Turns one record into a conversation, collecting every problem on the way."""

    def __init__(self, row: SourceRow, source: str, format: str) -> None:
        self.row = row
        self.source = source
        self.forced = format
        self.problems: list[Problem] = []
        self.drop = False

    def add(self, severity: str, category: str, message: str, field: str | None = None) -> None:
        kind: Severity = "error" if severity == "error" else "warning"
        self.problems.append(Problem(kind, category, message, self.source, self.row.line, field))
        self.drop = self.drop or severity != "warning"

    def read(self) -> RecordRead:
        record = self.row.value
        if not isinstance(record, dict):
            self.add("error", "missing_messages", "expected a JSON object, got a list")
            return RecordRead(None, self.problems, None)
        detected = detect_format(record)
        if detected is None or (self.forced != "auto" and detected != self.forced):
            self.add("error", "missing_messages", missing_message(detected, self.forced))
            return RecordRead(None, self.problems, detected)
        self.check_keys(record, RECORD_KEYS[detected], None)
        if detected == "alpaca":
            raw = self.alpaca_messages(record)
        else:
            raw = self.listed_messages(record, detected)
        messages = tuple(raw) if raw is not None else ()
        if raw is not None:
            self.check_turns(messages)
        if self.drop or raw is None:
            return RecordRead(None, self.problems, detected)
        conversation = Conversation(messages, self.source, self.row.line)
        return RecordRead(conversation, self.problems, detected)

    def check_keys(self, mapping: dict[str, Any], known: set[str], prefix: str | None) -> None:
        for key in sorted(set(mapping) - known):
            place = f"{prefix}.{key}" if prefix else str(key)
            message = f"unknown key {key!r} (ignored); known keys: {', '.join(sorted(known))}"
            self.add("warning", "unknown_key", message, place)

    def listed_messages(self, record: dict[str, Any], kind: str) -> list[Message] | None:
        key = "messages" if kind == "messages" else "conversations"
        items = record[key]
        if not isinstance(items, list) or not items:
            self.add("error", "missing_messages", f"{key!r} must be a non-empty list", key)
            return None
        messages = []
        if kind == "sharegpt" and record.get("system") is not None:
            messages.append(self.message("system", record["system"], None, "system"))
        expected = len(messages) + len(items)
        for index, item in enumerate(items):
            place = f"{key}[{index}]"
            if not isinstance(item, dict):
                self.add(
                    "error", "bad_message", f"a message must be an object, got {item!r}", place
                )
                continue
            self.check_keys(item, MESSAGE_KEYS[kind], place)
            role_key, text_key = ("role", "content") if kind == "messages" else ("from", "value")
            role = self.role(item.get(role_key), kind, f"{place}.{role_key}")
            weight = self.weight(item, role, place)
            if text_key not in item or item[text_key] is None:
                self.add("error", "missing_field", f"the message has no {text_key!r}", place)
                continue
            if role is not None:
                messages.append(self.message(role, item[text_key], weight, f"{place}.{text_key}"))
        # A message that could not be read would make the order checks report its absence.
        return messages if len(messages) == expected else None

    def alpaca_messages(self, record: dict[str, Any]) -> list[Message] | None:
        missing = [key for key in ("instruction", "output") if record.get(key) is None]
        for key in missing:
            self.add("error", "missing_field", f"an Alpaca record needs {key!r}", key)
        if missing:
            return None
        messages = []
        if record.get("system") is not None:
            messages.append(self.message("system", record["system"], None, "system"))
        prompt = self.text(record["instruction"], "instruction")
        extra = self.text(record.get("input") or "", "input")
        user = f"{prompt}\n\n{extra}" if prompt and extra else prompt or extra
        messages.append(Message("user", user))
        messages.append(self.message("assistant", record["output"], None, "output"))
        return messages

    def role(self, value: Any, kind: str, place: str) -> str | None:
        if value is None:
            self.add("error", "missing_field", "the message has no role", place)
            return None
        allowed = ROLES if kind == "messages" else tuple(SHAREGPT_ROLES)
        role = value if kind == "messages" else SHAREGPT_ROLES.get(str(value))
        if role not in ROLES or value not in allowed:
            message = (
                f"unknown role {value!r}; use one of {', '.join(allowed)} "
                "(tool and function messages are not supported)"
            )
            self.add("error", "unknown_role", message, place)
            return None
        return str(role)

    def weight(self, item: dict[str, Any], role: str | None, place: str) -> int | None:
        if "weight" not in item or role is None:
            return None
        weight = item["weight"]
        if role != "assistant" or weight not in (0, 1) or isinstance(weight, bool):
            message = f"weight must be 0 or 1 on an assistant message, got {weight!r}"
            self.add("error", "bad_weight", message, f"{place}.weight")
            return None
        return int(weight)

    def text(self, value: Any, place: str) -> str:
        """A string, or OpenAI's list of `{"type": "text", "text": ...}` parts joined."""
        if isinstance(value, str):
            return value.strip()
        if isinstance(value, list) and all(is_text_part(part) for part in value):
            return "".join(part["text"] for part in value).strip()
        shown = redact_for_message(repr(value))
        self.add("error", "bad_message", f"the text must be a string, got {shown}", place)
        return ""

    def message(self, role: str, value: Any, weight: int | None, place: str) -> Message:
        return Message(role, self.text(value, place), weight)

    def check_turns(self, messages: tuple[Message, ...]) -> None:
        for problem in turn_problems(messages):
            self.add(*problem)


def is_text_part(part: Any) -> bool:
    return (
        isinstance(part, dict) and part.get("type") == "text" and isinstance(part.get("text"), str)
    )


def missing_message(detected: str | None, forced: str) -> str:
    wanted = {
        "messages": "a 'messages' list",
        "sharegpt": "a 'conversations' list",
        "alpaca": "'instruction' and 'output'",
    }
    if detected is None:
        expected = wanted[forced] if forced != "auto" else " or ".join(wanted.values())
        return f"no conversation found: expected {expected}"
    return f"format {forced} was asked for ({wanted[forced]}), but this record is {detected}"


def turn_problems(messages: tuple[Message, ...]) -> Iterator[tuple[str, str, str, str | None]]:
    """(severity, category, message, field) for the order and content of the turns.

    Warnings marked `drop` leave the conversation out without blocking training.
    """
    for index, message in enumerate(messages):
        if not message.content and not (message.role == "assistant" and message.weight == 0):
            yield (
                "drop",
                "empty_content",
                f"{message.role} message {index} is empty (dropped)",
                None,
            )
        if message.role == "system" and index > 0:
            text = f"a system message at position {index}: the system message must come first"
            yield "error", "turn_order", text, None
    turns = [m for m in messages if m.role != "system"]
    if turns and turns[0].role == "assistant":
        yield "error", "turn_order", "the assistant speaks first: start with a user message", None
    for before, after in zip(turns, turns[1:], strict=False):
        if before.role == after.role:
            text = f"two {after.role} messages in a row: user and assistant must alternate"
            yield "error", "turn_order", text, None
            break
    if not any(m.role == "assistant" for m in messages):
        yield "error", "no_assistant", "no assistant message: nothing to learn", None
    elif not any(m.learned for m in messages):
        yield "drop", "nothing_learned", "every assistant message has weight 0 (dropped)", None
    elif turns and turns[-1].role == "user":
        text = "ends with a user message that is never answered (kept as context)"
        yield "warning", "trailing_user", text, None


def special_token_problems(conversations: list[Conversation], markers: list[str]) -> list[Problem]:
    """An error for each message holding a chat template's marker (e.g. `<|im_end|>`):
    the tokenizer would read it as the real token and the turn would end there."""
    problems = []
    for conversation in conversations:
        for index, message in enumerate(conversation.messages):
            found = sorted({m for m in markers if m and m in message.content})
            if found:
                text = (
                    f"{message.role} message {index} contains the special token(s) "
                    f"{', '.join(found)}: remove them from the text"
                )
                problems.append(
                    Problem("error", "special_token", text, conversation.source, conversation.line)
                )
    return problems


COMMON_MARKERS = [
    "<|im_start|>",
    "<|im_end|>",
    "<|endoftext|>",
    "<|eot_id|>",
    "<|start_header_id|>",
    "<|end_header_id|>",
    "<|begin_of_text|>",
    "[INST]",
    "[/INST]",
]
"""Chat-template markers checked when no tokenizer is at hand to say which are special."""
