"""The peer of the serving benchmarks: a naive server, as people first write one.

A FastAPI app whose route calls a transformers `pipeline` once per request (a plain `def`
route, so FastAPI runs each call in its thread pool). It serves the same encoder weights
and tokenizer as the attune run (with a sequence-classification head on top), so both do
the same model work per text.

    python benchmarks/naive_server.py RUN_DIR --port 8001
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any


def build_app(run_dir: Path) -> Any:
    from fastapi import FastAPI
    from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

    labels = json.loads((run_dir / "model" / "labels.json").read_text(encoding="utf-8"))
    model = AutoModelForSequenceClassification.from_pretrained(
        run_dir / "model" / "encoder", num_labels=len(labels), use_safetensors=True
    )
    model.config.id2label = dict(enumerate(labels))
    tokenizer = AutoTokenizer.from_pretrained(run_dir / "model")
    classify = pipeline("text-classification", model=model, tokenizer=tokenizer, device="cpu")
    app = FastAPI()

    @app.get("/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.post("/v1/classify")
    def predict(body: dict[str, Any]) -> dict[str, Any]:
        return {"data": classify(body["texts"], top_k=3)}

    return app


def main() -> None:
    import uvicorn

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("run", type=Path)
    parser.add_argument("--port", type=int, default=8001)
    args = parser.parse_args()
    uvicorn.run(build_app(args.run), host="127.0.0.1", port=args.port, log_level="warning")


if __name__ == "__main__":
    main()
