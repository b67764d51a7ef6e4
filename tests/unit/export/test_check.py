"""The export self-check: agreement and KL measure what they claim, warnings fire on poor
numbers, probe prompts come from the run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from attune.export.check import (
    BUILT_IN_PROMPTS,
    chat_warnings,
    check_chat,
    classifier_warnings,
    probe_prompts,
)
from attune.models.load import load_causal_lm, load_tokenizer
from helpers import build_tiny_llama


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_llama(tmp_path_factory.mktemp("models") / "tiny-llama")


def decisive_llama(folder: Path) -> torch.nn.Module:
    """The tiny Llama with embeddings (tied to its output head) scaled up: a random model's
    next-token distribution is near uniform, so argmax would be decided by noise."""
    model = load_causal_lm(folder)
    with torch.no_grad():
        model.get_input_embeddings().weight.mul_(40.0)
    return model.eval()


PROMPTS = [[{"role": "user", "content": "Hello!"}], [{"role": "user", "content": "What is 2+2?"}]]


def test_a_model_agrees_with_itself(tiny_llama: Path) -> None:
    model = decisive_llama(tiny_llama)
    found = check_chat(model, model, load_tokenizer(tiny_llama), PROMPTS, tokens=8)
    assert found["prompts"] == 2 and found["positions"] > 0
    assert found["greedy_agreement"] == 1.0 and abs(found["mean_kl"]) < 1e-6
    assert chat_warnings(found) == []


def test_a_different_model_disagrees_and_is_flagged(tiny_llama: Path) -> None:
    source, other = decisive_llama(tiny_llama), decisive_llama(tiny_llama)
    torch.manual_seed(1)
    head = other.get_output_embeddings()
    # An output head of its own (untied, random): the same hidden states, other next tokens.
    head.weight = torch.nn.Parameter(torch.randn_like(head.weight) * 0.8)
    found = check_chat(source, other, load_tokenizer(tiny_llama), PROMPTS, tokens=8)
    assert found["greedy_agreement"] < 0.95 and found["mean_kl"] > 0.1
    (warning,) = chat_warnings(found)
    assert "greedy next token" in warning and "without --quantize" in warning


def test_accuracy_drop_beyond_half_a_point_warns() -> None:
    found = {"split": "test", "accuracy_source": 0.90, "accuracy_export": 0.894}
    assert classifier_warnings({**found, "difference_points": -0.6})
    assert classifier_warnings({**found, "difference_points": -0.4}) == []
    assert classifier_warnings({**found, "difference_points": 1.0}) == []


def test_probe_prompts_are_the_validation_conversations_first_user_turns(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    rows = [
        [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": f"Question {i}?"},
            {"role": "assistant", "content": "Answer."},
            {"role": "user", "content": "And then?"},
            {"role": "assistant", "content": "Done."},
        ]
        for i in range(3)
    ]
    lines = "".join(json.dumps({"messages": r}) + "\n" for r in rows)
    (tmp_path / "data" / "validation.jsonl").write_text(lines, encoding="utf-8")
    prompts, origin = probe_prompts(tmp_path, limit=2)
    assert origin == "validation" and len(prompts) == 2
    for prompt in prompts:
        assert [m["role"] for m in prompt] == ["system", "user"]
        assert prompt[1]["content"].startswith("Question")
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "system_prompt.txt").write_text("Be brief.\n", encoding="utf-8")
    prompts, origin = probe_prompts(tmp_path, limit=5)  # 3 from validation, 2 built in
    assert origin == "validation + built-in" and len(prompts) == 5
    assert prompts[3][1]["content"] == BUILT_IN_PROMPTS[0]


def test_probe_prompts_fall_back_to_built_ins_with_the_system_prompt(tmp_path: Path) -> None:
    (tmp_path / "model").mkdir()
    (tmp_path / "model" / "system_prompt.txt").write_text("You are Ada.\n", encoding="utf-8")
    prompts, origin = probe_prompts(tmp_path, limit=3)
    assert origin == "built-in" and len(prompts) == 3
    assert prompts[0] == [
        {"role": "system", "content": "You are Ada."},
        {"role": "user", "content": BUILT_IN_PROMPTS[0]},
    ]
