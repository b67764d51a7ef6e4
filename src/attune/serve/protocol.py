"""The API's request and response bodies (pydantic), with their limits.

Chat follows OpenAI's chat completions; fields OpenAI clients send that attune does not
use (`user`, `logprobs`: false, …) are accepted and ignored, so any client works.
"""

from __future__ import annotations

import time
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

Role = Literal["system", "user", "assistant"]
MAX_MESSAGES = 256
MAX_CONTENT_CHARS = 100_000
MAX_STOPS = 4
MAX_TEXTS = 256


class TextPart(BaseModel):
    """One part of a message in OpenAI's list form; only text is understood."""

    model_config = ConfigDict(extra="ignore")
    type: Literal["text"]
    text: str = Field(max_length=MAX_CONTENT_CHARS)


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="ignore")
    role: Role
    content: str | list[TextPart] = Field(description="the text, or a list of text parts")

    def text(self) -> str:
        if isinstance(self.content, str):
            return self.content
        return "".join(part.text for part in self.content)

    @field_validator("content")
    @classmethod
    def not_too_long(cls, value: str | list[TextPart]) -> str | list[TextPart]:
        if isinstance(value, str) and len(value) > MAX_CONTENT_CHARS:
            raise ValueError(f"content is longer than {MAX_CONTENT_CHARS} characters")
        return value


class StreamOptions(BaseModel):
    model_config = ConfigDict(extra="ignore")
    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    """`POST /v1/chat/completions`."""

    model_config = ConfigDict(extra="ignore")
    model: str | None = Field(None, description="a served model id; default: the first chat")
    messages: list[ChatMessage] = Field(min_length=1, max_length=MAX_MESSAGES)
    temperature: float = Field(1.0, ge=0.0, le=2.0)
    top_p: float = Field(1.0, gt=0.0, le=1.0)
    max_tokens: int | None = Field(None, ge=1, description="the reply's limit in tokens")
    max_completion_tokens: int | None = Field(None, ge=1, description="alias of max_tokens")
    stop: str | list[str] | None = None
    seed: int | None = None
    n: int = Field(1, ge=1, le=1, description="one choice per request")
    stream: bool = False
    stream_options: StreamOptions | None = None

    @field_validator("stop")
    @classmethod
    def few_stops(cls, value: str | list[str] | None) -> str | list[str] | None:
        stops = [value] if isinstance(value, str) else value or []
        if len(stops) > MAX_STOPS:
            raise ValueError(f"at most {MAX_STOPS} stop sequences")
        if any(not s for s in stops):
            raise ValueError("stop sequences must not be empty")
        return value

    def stops(self) -> tuple[str, ...]:
        return (self.stop,) if isinstance(self.stop, str) else tuple(self.stop or ())

    def reply_limit(self) -> int | None:
        return self.max_completion_tokens or self.max_tokens


class ClassifyRequest(BaseModel):
    """`POST /v1/classify`: texts → labels with probabilities."""

    model_config = ConfigDict(extra="ignore")
    model: str | None = Field(None, description="a served classifier id; default: the first")
    texts: list[str] | None = Field(None, min_length=1, max_length=MAX_TEXTS)
    input: str | list[str] | None = Field(None, description="alias of texts")
    top_k: int = Field(3, ge=1, le=20)

    def all_texts(self) -> list[str]:
        if self.texts is not None:
            return self.texts
        if isinstance(self.input, str):
            return [self.input]
        return list(self.input or [])


def completion_id() -> str:
    import uuid

    return f"chatcmpl-{uuid.uuid4().hex[:24]}"


def usage(prompt_tokens: int, completion_tokens: int) -> dict[str, int]:
    return {
        "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens,
        "total_tokens": prompt_tokens + completion_tokens,
    }


def completion_body(
    request_id: str,
    model: str,
    text: str,
    finish_reason: str,
    prompt_tokens: int,
    completion_tokens: int,
    decision: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A whole (non-streamed) chat completion in OpenAI's shape; `attune` carries the
    assistant's routing decision when there was one."""
    body: dict[str, Any] = {
        "id": request_id,
        "object": "chat.completion",
        "created": int(time.time()),
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text},
                "finish_reason": finish_reason,
                "logprobs": None,
            }
        ],
        "usage": usage(prompt_tokens, completion_tokens),
    }
    if decision is not None:
        body["attune"] = decision
    return body


def chunk_body(
    request_id: str,
    model: str,
    delta: dict[str, str],
    finish_reason: str | None = None,
    decision: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """One streamed `chat.completion.chunk`."""
    body: dict[str, Any] = {
        "id": request_id,
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish_reason}],
    }
    if decision is not None:
        body["attune"] = decision
    return body
