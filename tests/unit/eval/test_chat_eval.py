"""Chat evaluation: scores equal a plain forward with -100 labels, held-out prompts are cut
at the last user turn, and a whole run (full and LoRA) gets a report with the loss,
does-it-stop, forgetting and base-vs-tuned answers."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import pytest
import torch
import yaml
from transformers import AutoModelForCausalLM, AutoTokenizer

from attune.data.conversations import Message
from attune.data.render import render_conversation
from attune.eval.chat_eval import evaluate_chat_run, held_out_prompts, score_conversations
from attune.models.chat import save_chat_model
from attune.models.lora import apply_lora_causal
from helpers import build_tiny_llama

torch.set_num_threads(1)

HELLO = {"role": "user", "content": "Hello!"}
ANSWER = "I am Ada."
VALIDATION = [
    [HELLO, {"role": "assistant", "content": ANSWER}],
    [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": "What is 2+2?"},
        {"role": "assistant", "content": "It is 4."},
        {"role": "user", "content": "Thank you."},
        {"role": "assistant", "content": "Goodbye."},
    ],
    [
        {"role": "user", "content": "The capital of France?"},
        {"role": "assistant", "content": "Paris."},
    ],
]


def as_messages(conversation: list[dict[str, str]]) -> list[Message]:
    return [Message(m["role"], m["content"]) for m in conversation]


def teach_validation(model: Any, tokenizer: Any, steps: int = 60) -> None:
    """Over-fit `model` (plain or LoRA) to the validation conversations' assistant turns."""
    rendered = [render_conversation(tokenizer, as_messages(c)) for c in VALIDATION]
    torch.manual_seed(0)
    trainable = [p for p in model.parameters() if p.requires_grad]
    optimiser = torch.optim.Adam(trainable, lr=1e-2)
    model.train()
    for step in range(steps):
        row = rendered[step % len(rendered)]
        x, y = torch.tensor([row.input_ids]), torch.tensor([row.labels])
        model(input_ids=x, labels=y).loss.backward()
        optimiser.step()
        optimiser.zero_grad()
    model.eval()


def make_run(root: Path, method: str) -> Path:
    """A finished chat run on a tiny llama: config, tuned model/, validation data, history."""
    base = build_tiny_llama(root / "base")
    model = AutoModelForCausalLM.from_pretrained(base)
    model.config.name_or_path = str(base)
    tokenizer = AutoTokenizer.from_pretrained(base)
    if method == "lora":
        model = apply_lora_causal(model, r=8, alpha=16, dropout=0.0)
    teach_validation(model, tokenizer, steps=90)
    run = root / "run"
    save_chat_model(model, tokenizer, run / "model")
    config = {
        "task": "chat",
        "model": str(base),
        "train": {"method": method, "precision": "fp32"},
        "eval": {"prompts": 2, "max_new_tokens": 12},
    }
    (run / "config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (run / "data").mkdir()
    lines = [json.dumps({"messages": c}) for c in VALIDATION]
    (run / "data" / "validation.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    history = [
        {"epoch": 1, "step": 5, "train_loss": 2.0, "eval_loss": 1.8},
        {"epoch": 2, "step": 10, "train_loss": 1.2, "eval_loss": 1.5},
    ]
    (run / "history.json").write_text(json.dumps(history), encoding="utf-8")
    return run


def test_scores_equal_a_plain_forward(tiny_llama_folder: Path) -> None:
    model = AutoModelForCausalLM.from_pretrained(tiny_llama_folder).eval()
    tokenizer = AutoTokenizer.from_pretrained(tiny_llama_folder)
    conversations = [as_messages(c) for c in VALIDATION]
    scores = score_conversations(model, tokenizer, conversations)
    losses, correct, count = 0.0, 0, 0
    with torch.no_grad():
        for conversation in conversations:
            rendered = render_conversation(tokenizer, conversation)
            ids, labels = torch.tensor([rendered.input_ids]), torch.tensor([rendered.labels])
            out = model(input_ids=ids, labels=labels)  # HF shifts the labels itself
            n = rendered.learned
            losses += float(out.loss) * n
            predicted = out.logits[0, :-1].argmax(-1)
            wanted = labels[0, 1:]
            correct += int(((predicted == wanted) & (wanted != -100)).sum())
            count += n
    assert scores.tokens == count
    assert scores.loss == pytest.approx(losses / count, rel=1e-5)
    assert scores.perplexity == pytest.approx(math.exp(losses / count), rel=1e-5)
    assert scores.token_accuracy == pytest.approx(correct / count)


def test_held_out_prompt_is_cut_at_the_last_user_turn() -> None:
    prompts = held_out_prompts([as_messages(c) for c in VALIDATION], count=2)
    assert [p.question for p in prompts] == ["Hello!", "Thank you."]
    assert [p.reference for p in prompts] == [ANSWER, "Goodbye."]
    assert [m["role"] for m in prompts[1].messages] == ["system", "user", "assistant", "user"]


@pytest.mark.parametrize("method", ["full", "lora"])
def test_report_of_a_run(tmp_path: Path, method: str) -> None:
    run = make_run(tmp_path, method)
    paths = evaluate_chat_run(run)
    report = json.loads(paths.json.read_text(encoding="utf-8"))
    assert report["perplexity"] == pytest.approx(math.exp(report["eval_loss"]), rel=1e-6)
    base, tuned = report["comparison"]["base"], report["comparison"]["tuned"]
    assert tuned["eval_loss"] < base["eval_loss"]  # it learned the validation answer
    assert report["eval_loss"] == tuned["eval_loss"]
    first = report["held_out"][0]
    assert first["prompt"] == "Hello!" and first["tuned"]["text"] != first["base"]["text"]
    if method == "full":  # a tiny LoRA cannot memorise all three answers; the full model does
        answer_tokens = len(AutoTokenizer.from_pretrained(run / "model")(ANSWER)["input_ids"])
        assert first["tuned"] == {"text": ANSWER, "stopped": True, "tokens": answer_tokens + 1}
    stop = report["does_it_stop"]
    replies = [item["tuned"] for item in report["held_out"]]
    assert stop["rate"] == sum(r["stopped"] for r in replies) / len(replies) == tuned["stop_rate"]
    assert stop["prompts"] == 2 and stop["ok"] == (stop["rate"] >= 0.95)
    forgetting = report["forgetting"]
    rise = forgetting["tuned_perplexity"] / forgetting["base_perplexity"] - 1
    assert forgetting["relative_rise"] == pytest.approx(rise)
    assert forgetting["flagged"] == (rise > 0.10)
    assert forgetting["anchor"].endswith("general.jsonl")
    assert report["diagnosis"]["verdict"] != "unknown"
    markdown = paths.markdown.read_text(encoding="utf-8")
    assert "## Held-out prompts" in markdown and "I am Ada." in markdown
    assert "## Chat" in markdown and (tmp_path / "run" / "eval" / "curves.png").is_file()


@pytest.mark.parametrize("method", ["full", "lora"])
def test_base_side_is_the_untuned_model(tmp_path: Path, method: str) -> None:
    run = make_run(tmp_path, method)
    report = json.loads(evaluate_chat_run(run).json.read_text(encoding="utf-8"))
    base = AutoModelForCausalLM.from_pretrained(tmp_path / "base").eval()
    tokenizer = AutoTokenizer.from_pretrained(tmp_path / "base")
    expected = score_conversations(base, tokenizer, [as_messages(c) for c in VALIDATION])
    assert report["comparison"]["base"]["eval_loss"] == pytest.approx(expected.loss, rel=1e-5)
    assert report["comparison"]["tuned"]["eval_loss"] < expected.loss


def test_shipped_anchor_set_is_clean() -> None:
    from attune.data.conversations import load_conversations
    from attune.eval.chat_eval import anchor_path

    loaded = load_conversations(anchor_path())
    assert loaded.format == "messages" and loaded.problems == []
    assert len(loaded.conversations) >= 40
    for conversation in loaded.conversations:
        roles = [m.role for m in conversation.messages]
        assert roles[-1] == "assistant" and "user" in roles
        systems = {m.content for m in conversation.messages if m.role == "system"}
        assert systems <= {"You are a helpful assistant."}  # neutral, or the template's own
