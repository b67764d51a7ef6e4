"""What `/metrics` reports, in Prometheus' text format (prometheus_client).

Each app gets its own registry, so two servers in one process (tests) never share counts
and importing this module registers nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60)


class ServerMetrics:
    """Requests by route and status, latencies, time to first token, tokens generated,
    queue depth and rejections."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter(
            "attune_requests",
            "HTTP requests answered, by route and status",
            ["route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "attune_request_seconds",
            "Time from request to the end of the response, by route",
            ["route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.first_token = Histogram(
            "attune_time_to_first_token_seconds",
            "Time from a chat request to its first generated text",
            ["model"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self.tokens = Counter(
            "attune_generated_tokens",
            "Completion tokens generated",
            ["model"],
            registry=self.registry,
        )
        self.rejections = Counter(
            "attune_rejections",
            "Requests refused before any model work, by reason",
            ["route", "reason"],
            registry=self.registry,
        )
        self.queue_depth = Gauge(
            "attune_queue_depth",
            "Requests admitted and not yet answered, by engine",
            ["engine"],
            registry=self.registry,
        )
        self.disconnects = Counter(
            "attune_client_disconnects",
            "Streams whose client went away before the end",
            ["model"],
            registry=self.registry,
        )

    def watch_queue(self, engine: str, depth: Callable[[], float]) -> None:
        """Report `depth()` as the engine's queue depth at every scrape."""
        self.queue_depth.labels(engine=engine).set_function(depth)

    def render(self) -> bytes:
        return generate_latest(self.registry)
