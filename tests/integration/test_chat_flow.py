"""Chat fine-tuning end to end on a tiny Llama built in the test: a few conversations are
over-fitted and then answered word for word, LoRA weights all changed and frozen ones did
not, save → load gives identical logits, and `attune train` writes a whole chat run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
import yaml

from attune.commands.train import run_train
from attune.config import Config, load_config
from attune.data.prepare_chat import prepare_chat
from attune.models.chat import load_chat_model, save_chat_model
from attune.models.generate import generate_reply
from attune.models.load import load_causal_lm, load_tokenizer
from attune.models.lora import apply_lora_causal
from attune.train.chat import ChatTask, build_chat_task, build_schedule, learned_token_loss
from attune.train.classification import loop_settings
from attune.train.loop import fit
from attune.train.optim import build_optimizer
from attune.train.packing import collate_packed
from helpers import build_tiny_llama

pytestmark = pytest.mark.integration

DIALOGUES = [
    ("Hello!", "Hi! How can I help you today?"),
    ("What is 2+2?", "It is 4."),
    ("Who are you?", "I am Ada, Sam's assistant."),
    ("What is the capital of France?", "The capital of France is Paris."),
]
PROBE = torch.tensor([[1, 40, 41, 42, 43, 2, 50, 51]])  # (1, 8) token ids


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_llama(tmp_path_factory.mktemp("models") / "tiny-llama")


@pytest.fixture(scope="module")
def chats_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("data") / "chats.jsonl"
    rows = [
        {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}
        for q, a in DIALOGUES
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def chat_config(folder: Path, model: Path, data: Path, **train: Any) -> Path:
    settings: dict[str, Any] = {
        "epochs": 60,
        "lr": 1.0e-2,
        "schedule": "constant",
        "batch_size": 2,
        "warmup_ratio": 0.0,
        "weight_decay": 0.0,
        "lora_r": 8,
        "lora_alpha": 16,
        "lora_dropout": 0.0,
        "precision": "fp32",
        "threads": 1,
        "seed": 0,
    }
    settings.update(train)
    raw = {
        "task": "chat",
        "model": str(model),
        "output_dir": str(folder / "run"),
        "data": {"train": str(data), "validation_fraction": 0.0, "max_length": 64},
        "train": settings,
        "eval": {"max_new_tokens": 16, "prompts": 2},
    }
    path = folder / "chat.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def logits_of(model: Any) -> torch.Tensor:
    with torch.no_grad():
        return model(PROBE).logits  # (1, 8, V)


def train_in_memory(config: Config, tokenizer: Any, model: Any, run: Path) -> ChatTask:
    """What `train_chat` does between loading and saving, on a model the test holds."""
    task = build_chat_task(config, prepare_chat(config.data, 0), tokenizer)
    optimizer = build_optimizer([("model", model, config.train.lr)], 0.0)
    schedule = build_schedule(config, len(task.plan_epoch(0)))
    run.mkdir()
    fit(model, task, optimizer, schedule, loop_settings(config, True), run)
    return task


def train_loss(model: Any, task: ChatTask, pad_id: int) -> tuple[float, float]:
    """Mean loss and accuracy over the learned tokens of the training conversations."""
    batch = collate_packed([[r] for r in task.train], pad_id)
    with torch.no_grad():
        loss_sum, tokens, correct = learned_token_loss(model.eval(), batch)
    return loss_sum.item() / tokens, correct / tokens


def test_a_few_conversations_are_overfitted_then_answered(
    tiny_llama: Path, chats_file: Path, tmp_path: Path
) -> None:
    # The whole model learns: LoRA cannot over-fit this random 32-wide model, whose tied
    # output head (std 0.02) bounds any logit near 0.6 — the real tier shows LoRA learning.
    config = load_config(
        chat_config(tmp_path, tiny_llama, chats_file, method="full", epochs=100, batch_size=4)
    )
    tokenizer = load_tokenizer(tiny_llama)
    model = load_causal_lm(tiny_llama)
    task = train_in_memory(config, tokenizer, model, tmp_path / "run")
    loss, accuracy = train_loss(model, task, tokenizer.pad_token_id)
    assert loss < 0.05 and accuracy == 1.0
    for question, answer in DIALOGUES:
        reply = generate_reply(model, tokenizer, [{"role": "user", "content": question}], 24)
        assert reply.text == answer and reply.stopped


def test_lora_changes_every_adapter_weight_and_no_frozen_one(
    tiny_llama: Path, chats_file: Path, tmp_path: Path
) -> None:
    config = load_config(chat_config(tmp_path, tiny_llama, chats_file, epochs=5))
    tokenizer = load_tokenizer(tiny_llama)
    torch.manual_seed(0)
    model = apply_lora_causal(load_causal_lm(tiny_llama), r=8, alpha=16, dropout=0.0)
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    untrained = build_chat_task(config, prepare_chat(config.data, 0), tokenizer)
    loss_before = train_loss(model, untrained, tokenizer.pad_token_id)[0]
    task = train_in_memory(config, tokenizer, model, tmp_path / "run")
    assert train_loss(model, task, tokenizer.pad_token_id)[0] < loss_before
    for name, param in model.named_parameters():
        changed = not torch.equal(param, before[name])
        assert changed == ("lora_" in name), name  # adapters learned, the base stayed

    save_chat_model(model, tokenizer, tmp_path / "saved")
    assert (tmp_path / "saved" / "adapter" / "adapter_model.safetensors").is_file()
    assert json.loads((tmp_path / "saved" / "base.json").read_text())["model"] == str(tiny_llama)
    loaded, loaded_tokenizer = load_chat_model(tmp_path / "saved")
    assert torch.equal(logits_of(loaded), logits_of(model))
    assert loaded_tokenizer.chat_template == tokenizer.chat_template
    merged, _ = load_chat_model(tmp_path / "saved", merge=True)
    assert torch.allclose(logits_of(merged), logits_of(model), atol=1e-4)


def test_a_full_fine_tune_saves_and_loads_identical_logits(
    tiny_llama: Path, tmp_path: Path
) -> None:
    model = load_causal_lm(tiny_llama)
    tokenizer = load_tokenizer(tiny_llama)
    with torch.no_grad():
        for param in model.parameters():
            param.add_(0.01 * torch.randn_like(param))  # stands for training
    save_chat_model(model, tokenizer, tmp_path / "full")
    assert (tmp_path / "full" / "model.safetensors").is_file()
    assert not (tmp_path / "full" / "adapter").exists()
    loaded, _ = load_chat_model(tmp_path / "full")
    assert torch.equal(logits_of(loaded), logits_of(model.eval()))


def test_attune_train_writes_a_chat_run(tiny_llama: Path, chats_file: Path, tmp_path: Path) -> None:
    config = chat_config(tmp_path, tiny_llama, chats_file, epochs=2)
    overrides = ["--data.validation_fraction=0.25", "--data.system_prompt=You are Ada."]
    run = run_train(str(config), overrides, False, False, True)
    assert (run / "model" / "adapter" / "adapter_model.safetensors").is_file()
    assert (run / "model" / "tokenizer.json").is_file()
    assert (run / "config.yaml").is_file() and (run / "versions.json").is_file()
    train = read_jsonl(run / "data" / "train.jsonl")
    held = read_jsonl(run / "data" / "validation.jsonl")
    assert len(train) == 3 and len(held) == 1
    roles = [[m["role"] for m in r["messages"]] for r in train + held]
    assert roles == [["system", "user", "assistant"]] * 4
    assert (run / "model" / "system_prompt.txt").read_text().strip() == "You are Ada."
    history = json.loads((run / "history.json").read_text())
    assert len(history) == 2 and {"eval_loss", "perplexity", "token_accuracy"} <= set(history[0])
    assert (run / "eval" / "report.json").is_file()
