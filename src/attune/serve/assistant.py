"""The assistant as one service: an intent classifier in front of a chat model.

Each user turn is classified. An intent can map to a fixed reply, to an action (a name the
client acts on, with an optional reply), or to context handed to the chat model; intents
the config does not list go to the chat model as they are. Out-of-scope turns (the run's
detector, or confidence under `min_confidence`) get the configured fallback reply, or go
to the chat model. The decision travels in the response's `attune` field.

    name: assistant              # the model id clients ask for
    classifier: runs/intents     # a classification run or export
    chat: runs/chat              # a chat run or export (optional when every route replies)
    min_confidence: 0.3
    intents:
      greeting: {reply: "Hello! What can I do for you?"}
      set_timer: {action: set_timer, reply: "Setting a timer."}
      recipe: {context: "The person wants a recipe. Keep it short."}
    out_of_scope: {reply: "Sorry, that is not something I can help with."}   # or {chat: true}
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml

from attune.errors import AttuneError

Route = Literal["reply", "action", "chat", "fallback"]
ROUTE_KEYS = {"reply", "action", "context", "chat"}
TOP_KEYS = {"name", "classifier", "chat", "min_confidence", "intents", "out_of_scope"}


@dataclass(frozen=True)
class IntentRoute:
    """What to do with one intent: a fixed reply, an action, context for the chat model."""

    reply: str | None = None
    action: str | None = None
    context: str | None = None
    chat: bool = False
    """Out of scope only: hand the turn to the chat model instead of replying."""


@dataclass(frozen=True)
class AssistantConfig:
    classifier: str
    chat: str | None = None
    name: str = "assistant"
    min_confidence: float = 0.0
    intents: dict[str, IntentRoute] = field(default_factory=dict)
    out_of_scope: IntentRoute = IntentRoute(chat=True)


@dataclass(frozen=True)
class Decision:
    """Where a turn went and why; `reply` is set when no model has to write the answer."""

    route: Route
    intent: str
    confidence: float
    out_of_scope: bool
    reply: str | None = None
    action: str | None = None
    context: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "route": self.route,
            "intent": self.intent,
            "confidence": round(self.confidence, 4),
            "out_of_scope": self.out_of_scope,
            "action": self.action,
        }


def decide(config: AssistantConfig, intent: str, confidence: float, rejected: bool) -> Decision:
    """The route for a classified turn (pure: the classifier has already spoken)."""
    out_of_scope = rejected or confidence < config.min_confidence
    if out_of_scope:
        fallback = config.out_of_scope
        if fallback.chat or fallback.reply is None:
            return Decision("chat", intent, confidence, True, context=fallback.context)
        return Decision("fallback", intent, confidence, True, reply=fallback.reply)
    route = config.intents.get(intent)
    if route is None or (route.reply is None and route.action is None):
        context = route.context if route is not None else None
        return Decision("chat", intent, confidence, False, context=context)
    kind: Route = "action" if route.action else "reply"
    return Decision(kind, intent, confidence, False, reply=route.reply or "", action=route.action)


def load_assistant_config(path: Path) -> AssistantConfig:
    """Read and check the assistant YAML; paths in it are relative to the file."""
    where = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise AttuneError(
            f"cannot read the assistant config: {exc.strerror}", where=where
        ) from None
    except yaml.YAMLError as exc:
        line = getattr(getattr(exc, "problem_mark", None), "line", None)
        raise AttuneError(
            "the assistant config is not valid YAML",
            where=f"{where}:{line + 1}" if line is not None else where,
        ) from None
    if not isinstance(raw, dict):
        raise AttuneError("the assistant config must be a mapping", where=where)
    reject_unknown(raw, TOP_KEYS, where)
    if not isinstance(raw.get("classifier"), str):
        raise AttuneError(
            "the assistant config needs `classifier: <run folder>`",
            where=where,
            fix="name the classification run that recognises the intents",
        )
    base = Path(path).resolve().parent
    intents = raw.get("intents") or {}
    if not isinstance(intents, dict):
        raise AttuneError("`intents` must map intent names to routes", where=where)
    return AssistantConfig(
        classifier=str(base / raw["classifier"]),
        chat=str(base / raw["chat"]) if raw.get("chat") else None,
        name=str(raw.get("name", "assistant")),
        min_confidence=float(raw.get("min_confidence", 0.0)),
        intents={str(k): read_route(v, f"{where}: intents.{k}") for k, v in intents.items()},
        out_of_scope=read_route(
            raw.get("out_of_scope") or {"chat": True}, f"{where}: out_of_scope"
        ),
    )


def read_route(raw: Any, where: str) -> IntentRoute:
    if not isinstance(raw, dict):
        raise AttuneError("a route must be a mapping (reply, action, context, chat)", where=where)
    reject_unknown(raw, ROUTE_KEYS, where)
    texts = {key: raw[key] for key in ("reply", "action", "context") if key in raw}
    for key, value in texts.items():
        if not isinstance(value, str) or not value.strip():
            raise AttuneError(f"`{key}` must be non-empty text", where=where)
    return IntentRoute(
        reply=texts.get("reply"),
        action=texts.get("action"),
        context=texts.get("context"),
        chat=bool(raw.get("chat", False)),
    )


def reject_unknown(raw: dict[str, Any], known: set[str], where: str) -> None:
    unknown = sorted(set(raw) - known)
    if unknown:
        raise AttuneError(
            f"unknown key {unknown[0]!r}",
            where=where,
            fix=f"use one of: {', '.join(sorted(known))}",
        )


def check_against_labels(config: AssistantConfig, labels: list[str], chat: bool) -> None:
    """Every routed intent must be one the classifier knows; chat routes need a chat model."""
    unknown = sorted(set(config.intents) - set(labels))
    if unknown:
        raise AttuneError(
            f"the assistant routes intents the classifier does not know: {', '.join(unknown)}",
            fix=f"use the classifier's labels ({', '.join(labels[:8])}…)",
        )
    needs_chat = (
        config.out_of_scope.chat
        or config.out_of_scope.reply is None
        or any(r.reply is None and r.action is None for r in config.intents.values())
        or set(labels) - set(config.intents)
    )
    if needs_chat and not chat:
        raise AttuneError(
            "some turns go to the chat model but the assistant config names no `chat` run",
            fix="add `chat: <chat run>` or give every intent and out_of_scope a reply",
        )
