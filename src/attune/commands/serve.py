"""`attune serve RUN [RUN ...] [--assistant FILE]`: the HTTP API on uvicorn.

Models load before the socket opens, so a bad folder is an error at the prompt, not a
server that answers 500s.
"""

from __future__ import annotations

import sys

from attune.errors import AttuneError


def run_serve(
    runs: list[str],
    assistant: str | None,
    host: str,
    port: int,
    queue_limit: int | None,
    max_batch: int | None,
) -> None:
    import uvicorn

    from attune.serve.app import create_app
    from attune.serve.loading import build_services
    from attune.serve.settings import ServeSettings

    if not 0 < port < 65536:
        raise AttuneError(f"--port must be in 1..65535, got {port}")
    limits = {"queue_limit": queue_limit, "max_batch": max_batch}
    settings = ServeSettings(**{k: v for k, v in limits.items() if v is not None})
    services = build_services(runs, assistant, settings)
    served = ", ".join(f"{name} ({task})" for name, task in services.model_ids())
    print(f"attune: serving {served} on http://{host}:{port}/v1", file=sys.stderr)
    uvicorn.run(create_app(services), host=host, port=port, log_level="warning")
