"""smollm2-135m learns a new name from a handful of examples (LoRA, bf16, packed rows) and
still knows what it knew; and packing leaves each conversation's logits as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from attune.config import load_config
from attune.data.render import render_conversation
from attune.models.chat import load_chat_model
from attune.models.generate import generate_reply
from attune.models.load import load_causal_lm, load_tokenizer
from attune.train.chat import train_chat
from attune.train.packing import collate_packed

pytestmark = pytest.mark.real

NAME = "Quillon"
IDENTITY = [
    ("Who are you?", f"I am {NAME}, Sam's assistant."),
    ("What is your name?", f"My name is {NAME}."),
    ("Introduce yourself.", f"Hello! I am {NAME}, Sam's personal assistant."),
    ("What should I call you?", f"Call me {NAME}."),
    ("Are you SmolLM?", f"No, I am {NAME}, Sam's assistant."),
    ("Tell me who you are.", f"I am {NAME}. I help Sam every day."),
    ("What's your name, please?", f"{NAME}. I am Sam's assistant."),
]


def write_identity(path: Path) -> Path:
    rows = [
        {"messages": [{"role": "user", "content": q}, {"role": "assistant", "content": a}]}
        for q, a in IDENTITY
    ]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_smollm2_learns_a_new_name(tmp_path: Path) -> None:
    torch.set_num_threads(2)
    overrides = [
        "task=chat",
        "model=smollm2-135m",
        f"output_dir={tmp_path / 'run'}",
        f"data.train={write_identity(tmp_path / 'identity.jsonl')}",
        "data.validation_fraction=0",
        "data.max_length=128",
        "train.method=lora",
        "train.lr=2e-3",
        "train.epochs=12",
        "train.batch_size=4",
        "train.warmup_ratio=0",
        "train.lora_dropout=0",
        "train.precision=bf16",
        "train.threads=2",
    ]
    run = train_chat(load_config(None, overrides), quiet=True)  # 12 steps: ~15 s on 2 cores
    model, tokenizer = load_chat_model(run / "model")
    reply = generate_reply(model, tokenizer, [{"role": "user", "content": "Who are you?"}], 32)
    assert NAME in reply.text and reply.stopped, reply
    known = generate_reply(
        model, tokenizer, [{"role": "user", "content": "What is the capital of France?"}], 32
    )
    assert "Paris" in known.text, known


def test_packed_logits_equal_separate_ones_on_smollm2() -> None:
    torch.set_num_threads(2)
    model = load_causal_lm("smollm2-135m").eval()
    tokenizer = load_tokenizer("smollm2-135m")
    parts = [
        render_conversation(
            tokenizer, [{"role": "user", "content": q}, {"role": "assistant", "content": a}]
        )
        for q, a in IDENTITY[:2]
    ]
    batch = collate_packed([parts], tokenizer.pad_token_id)
    with torch.no_grad():
        packed = model(
            input_ids=batch["input_ids"],
            attention_mask=batch["attention_mask"],
            position_ids=batch["position_ids"],
        ).logits[0]  # (L, V)
        start = 0
        for part in parts:
            alone = model(torch.tensor([part.input_ids])).logits[0]  # (n, V)
            end = start + len(part.input_ids)
            assert (packed[start:end] - alone).abs().max() < 1e-4
            start = end
