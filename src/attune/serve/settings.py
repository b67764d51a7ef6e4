"""The server's settings: limits that keep it up under load and bad input.

Set on the command line (`attune serve --queue-limit 64`) or by whoever builds the app
(`create_app(..., ServeSettings(queue_limit=8))`); each field is documented once, here.
"""

from __future__ import annotations

from dataclasses import dataclass

from attune.errors import AttuneError


@dataclass(frozen=True)
class ServeSettings:
    queue_limit: int = 64
    """Requests admitted (running or waiting) per model; past it, 429 with Retry-After."""
    max_batch: int = 16
    """Chat requests decoded together in one forward pass."""
    classify_batch: int = 64
    """Texts classified together in one forward pass."""
    max_tokens_limit: int = 2048
    """The largest `max_tokens` a request may ask for."""
    default_max_tokens: int = 512
    """A reply's limit when the request sets none (capped by what the context has left)."""
    max_body_bytes: int = 1_000_000
    """Larger request bodies are refused before they are parsed."""
    retry_after_s: int = 1
    """What a 429 tells the client to wait."""
    max_adapters: int = 64
    """People's adapters kept in memory at once (least recently used ones are unloaded)."""
    redact_feedback: bool = True
    """Replace personal data (e-mail, phone, card, IBAN, IP, SSN, secrets) in stored
    feedback — prompt, answer, correction, comment — by typed placeholders."""

    def __post_init__(self) -> None:
        for name in (
            "queue_limit",
            "max_batch",
            "classify_batch",
            "max_tokens_limit",
            "max_adapters",
        ):
            if getattr(self, name) < 1:
                raise AttuneError(f"serve setting {name} must be at least 1")
        if not 1 <= self.default_max_tokens <= self.max_tokens_limit:
            raise AttuneError("default_max_tokens must be in [1, max_tokens_limit]")
