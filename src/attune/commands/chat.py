"""`attune chat RUN [-m TEXT]`: talk to a chat run (or any chat model) in the terminal.

RUN is a chat run folder, a saved chat model folder, an embedded alias (`smollm2-135m`)
or a hub id — so the same question can be put to the base model and to the tuned one.
A run answers with its own system prompt (the persona's) unless `--system` says otherwise.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from attune.errors import AttuneError
from attune.models.generate import Reply, encode_prompt, generate_reply, stream_reply
from attune.runs import read_system_prompt_file, run_system_prompt

HELP = "/reset clears the conversation, /system TEXT sets the system prompt, /exit quits"


@dataclass
class ChatTarget:
    """A loaded chat model, the system prompt it answers with by default, and its name."""

    model: Any
    tokenizer: Any
    system_prompt: str | None
    description: str


@dataclass
class ChatSession:
    """The conversation so far; the system prompt is kept apart so /reset keeps it."""

    system_prompt: str | None
    history: list[dict[str, str]] = field(default_factory=list)

    def messages(self) -> list[dict[str, str]]:
        system = [{"role": "system", "content": self.system_prompt}] if self.system_prompt else []
        return system + self.history


def is_run_dir(path: Path) -> bool:
    return (path / "config.yaml").is_file() and (path / "model").is_dir()


def is_chat_model_dir(path: Path) -> bool:
    """A folder written by `save_chat_model` (LoRA adapter + base.json, or full weights)."""
    return (path / "base.json").is_file() or (path / "adapter").is_dir()


def open_target(name: str) -> ChatTarget:
    """Load what `attune chat NAME` talks to (see the module docstring)."""
    path = Path(name).expanduser()
    if is_run_dir(path):
        from attune.models.chat import load_chat_model
        from attune.runs import load_run_config

        config = load_run_config(path)
        if config.task != "chat":
            raise AttuneError(
                f"this is a {config.task} run, not a chat run",
                where=str(path),
                fix=f"use `attune predict {name} TEXT` to classify with it",
            )
        model, tokenizer = load_chat_model(path / "model", merge=True)
        label = f"run {path} ({config.model}, {config.train.method})"
        return ChatTarget(model, tokenizer, run_system_prompt(path), label)
    if path.is_dir() and is_chat_model_dir(path):
        from attune.models.chat import load_chat_model

        model, tokenizer = load_chat_model(path, merge=True)
        return ChatTarget(model, tokenizer, read_system_prompt_file(path), f"model {path}")
    from attune.models.load import load_causal_lm, load_tokenizer, resolve_checked

    source = resolve_checked(name)
    model, tokenizer = load_causal_lm(source), load_tokenizer(source)
    system = read_system_prompt_file(source.folder) if source.folder is not None else None
    return ChatTarget(model, tokenizer, system, f"model {source.name}")


def context_size(model: Any) -> int:
    return int(getattr(model.config, "max_position_embeddings", 2048) or 2048)


def trim_history(tokenizer: Any, session: ChatSession, budget: int) -> list[dict[str, str]]:
    """The session's messages, oldest exchanges dropped until the prompt fits in `budget`
    tokens (the system prompt and the newest message always stay)."""
    while len(session.history) > 1:
        if len(encode_prompt(tokenizer, session.messages())) <= budget:
            break
        drop = 2 if len(session.history) > 2 else 1  # a user turn and its answer
        del session.history[:drop]
    return session.messages()


def answer_once(
    target: ChatTarget, message: str, system: str | None, max_new_tokens: int, greedy: bool
) -> Reply:
    session = ChatSession(target.system_prompt if system is None else system or None)
    session.history.append({"role": "user", "content": message})
    return generate_reply(
        target.model, target.tokenizer, session.messages(), max_new_tokens, greedy=greedy
    )


def run_chat(
    name: str,
    message: str | None,
    system: str | None,
    max_new_tokens: int,
    sample: bool,
    as_json: bool,
) -> None:
    """`attune chat`: one answer with `-m`, else the terminal chat."""
    if as_json and message is None:
        raise AttuneError("--json needs -m TEXT", fix='pass the message: -m "TEXT" --json')
    if max_new_tokens < 1:
        raise AttuneError(f"--max-new-tokens must be at least 1, got {max_new_tokens}")
    target = open_target(name)
    if message is not None:
        reply = answer_once(target, message, system, max_new_tokens, greedy=not sample)
        if as_json:
            out = {"reply": reply.text, "stopped": reply.stopped, "tokens": reply.tokens}
            print(json.dumps(out, ensure_ascii=False))
        else:
            print(reply.text)
        return
    session = ChatSession(target.system_prompt if system is None else system or None)
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (line editing and ↑ history in input(), where available)
    chat_loop(target, session, max_new_tokens, greedy=not sample)


def write_out(text: str) -> None:
    """Print without a newline, at once: streamed tokens must show as they come."""
    sys.stdout.write(text)
    sys.stdout.flush()


def chat_loop(
    target: ChatTarget,
    session: ChatSession,
    max_new_tokens: int,
    greedy: bool = True,
    read: Callable[[str], str] = input,
    write: Callable[[str], Any] = write_out,
) -> None:
    """Read a line, answer it with streamed tokens, until /exit or end of input."""
    write(f"attune chat — {target.description}\n{HELP}\n")
    if session.system_prompt:
        write(f"system: {session.system_prompt}\n")
    budget = context_size(target.model) - max_new_tokens
    while True:
        try:
            line = read("\nyou> ").strip()
        except (EOFError, KeyboardInterrupt):
            write("\n")
            return
        if not line:
            continue
        if line.startswith("/"):
            if not run_command(line, session, write):
                return
            continue
        session.history.append({"role": "user", "content": line})
        messages = trim_history(target.tokenizer, session, budget)
        write("assistant> ")
        try:
            reply = stream_reply(
                target.model, target.tokenizer, messages, write, max_new_tokens, greedy
            )
        except KeyboardInterrupt:
            session.history.pop()  # an interrupted answer is not part of the conversation
            write("\n[interrupted]\n")
            continue
        session.history.append({"role": "assistant", "content": reply.text})
        write("\n" if reply.stopped else f"\n[cut at {max_new_tokens} tokens]\n")


def run_command(line: str, session: ChatSession, write: Callable[[str], Any]) -> bool:
    """Handle a /command; False means leave the chat."""
    command, _, rest = line.partition(" ")
    if command in ("/exit", "/quit"):
        return False
    if command == "/reset":
        session.history.clear()
        write("(conversation cleared)\n")
    elif command == "/system":
        if rest.strip():
            session.system_prompt = rest.strip()
            session.history.clear()
            write("(system prompt set; conversation cleared)\n")
        else:
            write(f"system: {session.system_prompt or '(none: the template default)'}\n")
    else:
        write(f"unknown command {command}: {HELP}\n")
    return True
