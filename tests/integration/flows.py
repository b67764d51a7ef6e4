"""Shared pieces of the integration tier: a small labelled intent file and configs on
the tiny BERT built in the test."""

from __future__ import annotations

import json
import random
from pathlib import Path

# Words the tiny BERT's vocabulary holds whole, so each intent has its own tokens.
TOPICS = {
    "weather": ["weather", "rain", "sun", "today", "tomorrow"],
    "music": ["play", "music", "song", "stop"],
    "banking": ["pay", "bill", "card", "balance", "transfer", "money", "account"],
    "alarm": ["set", "alarm", "timer"],
}
FILLER = ["the", "a", "my", "please", "can", "you", "for", "me", "what", "how", "when", "is"]
OUT_OF_SCOPE = [
    "hello hi",
    "thanks bye",
    "good movie",
    "love food",
    "hate film",
    "great movie",
    "bad food",
    "i love this film",
    "who are you",
    "hi there good",
    "bye bye",
    "hate movie",
]
PER_CLASS = 20


def intent_rows(seed: int = 0) -> list[dict[str, str]]:
    """PER_CLASS distinct texts per intent (2-3 topic words + 1-2 filler words), then the
    out-of-scope ones."""
    rng = random.Random(seed)
    rows, seen = [], set()
    for label, words in TOPICS.items():
        count = 0
        while count < PER_CLASS:
            tokens = rng.sample(words, rng.randint(2, 3)) + rng.sample(FILLER, rng.randint(1, 2))
            rng.shuffle(tokens)
            text = " ".join(tokens)
            if text not in seen:
                seen.add(text)
                rows.append({"text": text, "label": label})
                count += 1
    rows += [{"text": text, "label": "oos"} for text in OUT_OF_SCOPE]
    return rows


def write_config(folder: Path, model: Path, data: Path, output_dir: Path, **train: object) -> Path:
    """A classify config on the tiny model; `train` entries override the train section."""
    settings: dict[str, object] = {
        "epochs": 3,
        "lr": 1.0e-3,
        "batch_size": 8,
        "seed": 0,
        "threads": 1,
        "precision": "fp32",
    }
    settings.update(train)
    lines = "".join(f"  {key}: {json.dumps(value)}\n" for key, value in settings.items())
    text = (
        "task: classify\n"
        f"model: {json.dumps(str(model))}\n"
        f"output_dir: {json.dumps(str(output_dir))}\n"
        "data:\n"
        f"  train: {json.dumps(str(data))}\n"
        "  validation_fraction: 0.2\n  test_fraction: 0.2\n  max_length: 16\n"
        f"train:\n{lines}"
    )
    path = folder / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path
