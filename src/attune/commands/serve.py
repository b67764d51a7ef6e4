"""`attune serve RUN [RUN ...] [--assistant FILE] [--store DIR]`: the HTTP API on uvicorn.

Models load before the socket opens, so a bad folder is an error at the prompt, not a
server that answers 500s. With `--store`, every request needs a person's API key and is
answered with that person's adapter (see `attune.serve.people`).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from attune.errors import AttuneError


def run_serve(
    runs: list[str],
    assistant: str | None,
    host: str,
    port: int,
    limits: dict[str, int | None],
    people: dict[str, Any],
) -> None:
    import uvicorn

    from attune.serve.app import create_app
    from attune.serve.loading import build_services
    from attune.serve.settings import ServeSettings

    if not 0 < port < 65536:
        raise AttuneError(f"--port must be in 1..65535, got {port}")
    given: dict[str, Any] = {
        **limits,
        "max_adapters": people.get("max_adapters"),
        "redact_feedback": people.get("redact_feedback"),
    }
    settings = ServeSettings(**{k: v for k, v in given.items() if v is not None})
    store = Path(people["store"]) if people.get("store") else None
    services = build_services(runs, assistant, settings, store, people.get("database"))
    served = ", ".join(f"{name} ({task})" for name, task in services.model_ids())
    mode = f", people from {store}" if store else ""
    print(f"attune: serving {served} on http://{host}:{port}/v1{mode}", file=sys.stderr)
    uvicorn.run(create_app(services), host=host, port=port, log_level="warning")
