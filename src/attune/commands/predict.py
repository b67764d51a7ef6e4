"""`attune predict RUN TEXT | --file F`: top-k labels with probabilities, out-of-scope flagged."""

from __future__ import annotations

import json
from pathlib import Path

from attune.errors import AttuneError
from attune.eval.scoring import Prediction, load_classifier_run


def read_lines(path: str) -> list[str]:
    file = Path(path)
    if not file.is_file():
        raise AttuneError(f"file not found: {path}", fix="pass a text file, one request a line")
    return [line.strip() for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]


def render(prediction: Prediction) -> str:
    flag = "  (out of scope)" if prediction.out_of_scope else ""
    lines = [f"{prediction.text}\n  → {prediction.label}{flag}"]
    lines += [f"     {p:6.1%}  {label}" for label, p in prediction.top_k]
    return "\n".join(lines)


def run_predict(run: str, texts: list[str], file: str | None, top_k: int, as_json: bool) -> None:
    if file:
        texts = [*texts, *read_lines(file)]
    if not texts:
        raise AttuneError("nothing to classify", fix="pass TEXT or --file F")
    predictions = load_classifier_run(Path(run)).predict(texts, top_k)
    if as_json:
        print(json.dumps([p.to_dict() for p in predictions], indent=2, ensure_ascii=False))
    else:
        print("\n".join(render(p) for p in predictions))
