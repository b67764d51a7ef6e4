"""Generation: replies stop at the end-of-turn token (and say when they did not), batched
replies equal single ones, streaming yields the same text, the caller's mode comes back."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
import torch
from torch import nn
from transformers import AutoModelForCausalLM, AutoTokenizer

from attune.errors import AttuneError
from attune.models.generate import (
    Reply,
    encode_prompt,
    end_of_turn_ids,
    generate_replies,
    generate_reply,
    stream_reply,
)

torch.set_num_threads(1)

HELLO = [{"role": "user", "content": "Hello!"}]
ANSWER = "I am Ada."


def load(folder: Path) -> tuple[Any, Any]:
    return AutoModelForCausalLM.from_pretrained(folder), AutoTokenizer.from_pretrained(folder)


def force_token(model: Any, token_id: int) -> None:
    """Make `token_id` the argmax at every position: a zero head with a one-hot bias."""
    head = nn.Linear(model.config.hidden_size, model.config.vocab_size, bias=True)
    with torch.no_grad():
        head.weight.zero_()
        head.bias.zero_()
        head.bias[token_id] = 10.0
    model.lm_head = head


def overfit(model: Any, tokenizer: Any, steps: int = 60) -> None:
    """Teach the tiny model one answer to HELLO (loss on the answer and its end-of-turn)."""
    prompt = encode_prompt(tokenizer, HELLO)
    full = tokenizer.apply_chat_template(
        [*HELLO, {"role": "assistant", "content": ANSWER}], tokenize=True, return_dict=True
    )["input_ids"]
    eot = full.index(tokenizer.convert_tokens_to_ids("<|im_end|>"), len(prompt))
    labels = [-100] * len(prompt) + full[len(prompt) : eot + 1] + [-100] * (len(full) - eot - 1)
    x, y = torch.tensor([full]), torch.tensor([labels])
    torch.manual_seed(0)
    optimiser = torch.optim.Adam(model.parameters(), lr=1e-2)
    for _ in range(steps):
        model(input_ids=x, labels=y).loss.backward()
        optimiser.step()
        optimiser.zero_grad()


def test_end_of_turn_is_the_chatml_token(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    assert end_of_turn_ids(tokenizer, model)[0] == tokenizer.convert_tokens_to_ids("<|im_end|>")


def test_reply_that_ends_with_end_of_turn_is_stopped(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    force_token(model, tokenizer.convert_tokens_to_ids("<|im_end|>"))
    assert generate_reply(model, tokenizer, HELLO, max_new_tokens=16) == Reply("", True, 1)


def test_reply_cut_by_max_new_tokens_is_not_stopped(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    letter = tokenizer.convert_tokens_to_ids("a")
    force_token(model, letter)
    reply = generate_reply(model, tokenizer, HELLO, max_new_tokens=7)
    assert reply == Reply("a" * 7, stopped=False, tokens=7)


def test_learned_answer_is_returned_without_the_end_of_turn(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    overfit(model, tokenizer)
    reply = generate_reply(model, tokenizer, HELLO, max_new_tokens=32)
    answer_tokens = len(tokenizer(ANSWER)["input_ids"])
    assert reply == Reply(ANSWER, stopped=True, tokens=answer_tokens + 1)


def test_batched_replies_equal_single_ones(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    conversations = [
        HELLO,
        [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "What is 2+2?"}],
        [{"role": "user", "content": "The capital of France is Paris. Thank you, goodbye."}],
    ]
    single = [generate_reply(model, tokenizer, c, max_new_tokens=6) for c in conversations]
    batched = generate_replies(model, tokenizer, conversations, max_new_tokens=6, batch_size=3)
    assert batched == single
    assert len({len(encode_prompt(tokenizer, c)) for c in conversations}) == 3  # padding used


def test_stream_gives_the_same_text_and_restores_training_mode(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    overfit(model, tokenizer)
    model.train()
    pieces: list[str] = []
    reply = stream_reply(model, tokenizer, HELLO, pieces.append, max_new_tokens=32)
    assert reply.stopped and reply.text == ANSWER
    assert "".join(pieces).strip() == ANSWER
    assert model.training


def test_stream_reraises_errors_from_the_worker(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    with pytest.raises(AttuneError, match="max_new_tokens"):
        stream_reply(model, tokenizer, HELLO, lambda _: None, max_new_tokens=0)


def test_tokenizer_without_chat_template_is_a_user_mistake(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    tokenizer.chat_template = None
    with pytest.raises(AttuneError, match="chat template"):
        generate_reply(model, tokenizer, HELLO, max_new_tokens=4)


def test_stop_event_ends_the_reply_early(tiny_llama_folder: Path) -> None:
    model, tokenizer = load(tiny_llama_folder)
    force_token(model, tokenizer.convert_tokens_to_ids("a"))
    stop = threading.Event()
    stop.set()
    reply = generate_reply(model, tokenizer, HELLO, max_new_tokens=10, stop=stop)
    assert reply == Reply("a", stopped=False, tokens=1)
