"""One request to the batch decoder: how it is sampled, the events it gets, and its text
as the tokens arrive (released only once it is certain: a token can end in the middle of a
multi-byte character, and the tail of a reply can be the beginning of a stop string).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch


@dataclass(frozen=True)
class SamplingParams:
    """How one request is decoded."""

    max_tokens: int
    """Most tokens to generate (the end-of-turn token included)."""
    temperature: float = 1.0
    """Softmax temperature; 0 decodes greedily."""
    top_p: float = 1.0
    """Nucleus sampling: sample among the most likely tokens holding this much mass."""
    seed: int | None = None
    """Seed of the request's own generator: the same text alone or in any batch."""
    stop: tuple[str, ...] = ()
    """The reply ends before the first occurrence of any of these strings."""

    def __post_init__(self) -> None:
        if self.max_tokens < 1:
            raise ValueError(f"max_tokens must be at least 1, got {self.max_tokens}")
        if self.temperature < 0:
            raise ValueError(f"temperature must be 0 (greedy) or more, got {self.temperature}")
        if not 0 < self.top_p <= 1:
            raise ValueError(f"top_p must be in (0, 1], got {self.top_p}")
        if any(not s for s in self.stop):
            raise ValueError("stop strings must not be empty")


@dataclass(frozen=True)
class DecodeEvent:
    """New text of one request; the last event of a request has `finished` set."""

    request_id: str
    text: str
    finished: bool
    finish_reason: str | None
    prompt_tokens: int
    completion_tokens: int
    error: str | None = None


@dataclass(eq=False)
class Request:
    """One request and its progress, owned by the worker once submitted."""

    request_id: str
    prompt: list[int]
    params: SamplingParams
    on_event: Callable[[DecodeEvent], None]
    reply: ReplyText
    generator: torch.Generator | None = None
    adapter: str | None = None
    """The LoRA adapter it decodes with (None: the model as served)."""
    pinned: bool = False
    """Holds a pin on `adapter` in the decoder's cache."""
    completion_tokens: int = 0
    done: bool = False


class ReplyText:
    """The text of a reply as its tokens arrive, released only when it is certain.

    Decoding a window of recent tokens (`prefix` … end) rather than the whole reply keeps each
    step cheap; text ending in "\\ufffd" is an incomplete multi-byte character and waits for
    its next byte, and a tail that could be the start of a stop string waits until it is not.
    """

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer
        self.ids: list[int] = []
        self.prefix = 0  # window start: gives the decoder context (leading spaces)
        self.read = 0  # tokens before this are in `text`
        self.text = ""  # decoded so far
        self.sent = 0  # characters of `text` already released

    def add(self, token: int, final: bool = False) -> None:
        self.ids.append(token)
        self.catch_up(final)

    def catch_up(self, final: bool) -> None:
        """Move the decoded tokens into `text` when they make whole characters (or always,
        on the reply's last token)."""
        decode = self.tokenizer.decode
        before = decode(self.ids[self.prefix : self.read], skip_special_tokens=True)
        after = decode(self.ids[self.prefix :], skip_special_tokens=True)
        if len(after) > len(before) and (final or not after.endswith("\ufffd")):
            self.text += after[len(before) :]
            self.prefix, self.read = self.read, len(self.ids)

    def release(self, stops: tuple[str, ...], final: bool) -> tuple[str, bool]:
        """The text not yet released, up to the first stop string or to a possible partial
        one at the end (unless `final`); and whether a stop string was found."""
        found = [at for at in (self.text.find(s, self.sent) for s in stops) if at >= 0]
        if found:
            end, hit = min(found), True
        else:
            end, hit = len(self.text) - (0 if final else self.partial_stop(stops)), False
        piece, self.sent = self.text[self.sent : end], end
        return piece, hit

    def partial_stop(self, stops: tuple[str, ...]) -> int:
        """Length of the longest unreleased tail that begins some stop string."""
        tail = self.text[self.sent :]
        longest = 0
        for stop in stops:
            for size in range(min(len(stop) - 1, len(tail)), longest, -1):
                if tail.endswith(stop[:size]):
                    longest = size
                    break
        return longest
