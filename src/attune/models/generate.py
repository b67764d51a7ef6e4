"""Answering a conversation with a causal language model: one reply, a batch, or a stream.

A reply ends at the chat template's end-of-turn token (`<|im_end|>` for ChatML); whether it
got there before `max_new_tokens` is what the evaluation's does-it-stop counts, so every
reply says so (`Reply.stopped`). Decoding is greedy unless asked otherwise: the same
question gets the same answer, which is what a before/after comparison needs.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import torch

from attune.errors import AttuneError

END_OF_TURN_TOKENS = ("<|im_end|>", "<|eot_id|>", "<end_of_turn>", "<|end|>")
SAMPLING = {"do_sample": True, "temperature": 0.7, "top_p": 0.9}
GREEDY = {"do_sample": False, "temperature": None, "top_p": None, "top_k": None}

Messages = Sequence[Mapping[str, str]]


@dataclass(frozen=True)
class Reply:
    """One generated answer: its text, whether it ended with the end-of-turn token before
    `max_new_tokens`, and how many tokens it took (the end-of-turn token included)."""

    text: str
    stopped: bool
    tokens: int

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def end_of_turn_ids(tokenizer: Any, model: Any = None) -> list[int]:
    """Token ids that end an assistant turn: the template's end-of-turn token when the
    vocabulary has one, then the tokenizer's and the model's end-of-sequence ids."""
    ids: list[int] = []
    vocab = tokenizer.get_vocab()
    ids += [vocab[token] for token in END_OF_TURN_TOKENS if token in vocab]
    if tokenizer.eos_token_id is not None:
        ids.append(int(tokenizer.eos_token_id))
    config_eos = getattr(getattr(model, "generation_config", None), "eos_token_id", None)
    if isinstance(config_eos, int):
        ids.append(config_eos)
    elif isinstance(config_eos, list):
        ids += [int(i) for i in config_eos]
    unique = list(dict.fromkeys(ids))
    if not unique:
        raise AttuneError(
            "the tokenizer has no end-of-turn or end-of-sequence token: replies could not stop",
            fix="use a chat model whose tokenizer defines eos_token (e.g. smollm2-135m)",
        )
    return unique


def pad_id_of(tokenizer: Any, stops: list[int]) -> int:
    """The padding id: the tokenizer's own, else the end-of-turn id (masked out anyway)."""
    return int(tokenizer.pad_token_id) if tokenizer.pad_token_id is not None else stops[0]


def encode_prompt(tokenizer: Any, messages: Messages) -> list[int]:
    """Token ids of `messages` through the chat template, ending with the assistant header."""
    if getattr(tokenizer, "chat_template", None) is None:
        raise AttuneError(
            "the tokenizer has no chat template: attune cannot lay out a conversation for it",
            fix="use a chat (instruct) model such as smollm2-135m, or add a chat_template to "
            "its tokenizer_config.json",
        )
    encoded = tokenizer.apply_chat_template(
        [dict(m) for m in messages], add_generation_prompt=True, tokenize=True, return_dict=True
    )
    return list(encoded["input_ids"])


def generation_settings(
    tokenizer: Any, model: Any, max_new_tokens: int, greedy: bool
) -> dict[str, Any]:
    if max_new_tokens < 1:
        raise AttuneError(f"max_new_tokens must be at least 1, got {max_new_tokens}")
    stops = end_of_turn_ids(tokenizer, model)
    return {
        "max_new_tokens": max_new_tokens,
        "eos_token_id": stops,
        "pad_token_id": pad_id_of(tokenizer, stops),
        **(GREEDY if greedy else SAMPLING),
    }


def read_reply(tokenizer: Any, new_ids: list[int], stops: list[int], max_new_tokens: int) -> Reply:
    """The reply in `new_ids` (generated tokens, maybe followed by padding): cut at the
    first end-of-turn token."""
    stop_at = next((i for i, token in enumerate(new_ids) if token in stops), None)
    kept = new_ids if stop_at is None else new_ids[:stop_at]
    text = tokenizer.decode(kept, skip_special_tokens=True).strip()
    if stop_at is None:
        return Reply(text, stopped=False, tokens=min(len(new_ids), max_new_tokens))
    return Reply(text, stopped=True, tokens=stop_at + 1)


@contextlib.contextmanager
def evaluation_mode(model: Any) -> Iterator[None]:
    """Dropout off (LoRA's included) and no autograd while generating; the caller's
    train/eval mode comes back afterwards."""
    was_training = bool(model.training)
    model.eval()
    try:
        with torch.inference_mode():
            yield
    finally:
        model.train(was_training)


def stop_when_set(event: threading.Event) -> Any:
    """A stopping criterion that ends generation once `event` is set (Ctrl-C in the chat)."""
    from transformers import StoppingCriteria, StoppingCriteriaList

    class StopOnEvent(StoppingCriteria):
        def __call__(self, input_ids: torch.Tensor, scores: Any, **kwargs: Any) -> torch.Tensor:
            return torch.full((input_ids.shape[0],), event.is_set(), dtype=torch.bool)

    return StoppingCriteriaList([StopOnEvent()])


def generate_reply(
    model: Any,
    tokenizer: Any,
    messages: Messages,
    max_new_tokens: int = 128,
    streamer: Any = None,
    greedy: bool = True,
    *,
    stop: threading.Event | None = None,
) -> Reply:
    """The assistant's next turn after `messages` (list of {"role", "content"} dicts).

    `streamer` (a transformers streamer, e.g. `TextIteratorStreamer`) receives the tokens
    as they are made; setting `stop` ends the reply early (it is then not `stopped`).
    """
    settings = generation_settings(tokenizer, model, max_new_tokens, greedy)
    if stop is not None:
        settings["stopping_criteria"] = stop_when_set(stop)
    prompt = encode_prompt(tokenizer, messages)
    input_ids = torch.tensor([prompt], dtype=torch.long)  # (1, T)
    with evaluation_mode(model):
        output = model.generate(
            input_ids=input_ids,
            attention_mask=torch.ones_like(input_ids),
            streamer=streamer,
            **settings,
        )  # (1, T + new)
    new_ids = output[0, len(prompt) :].tolist()
    return read_reply(tokenizer, new_ids, settings["eos_token_id"], max_new_tokens)


def left_pad(prompts: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """(input_ids, attention_mask), both (B, T): prompts right-aligned, so every row's next
    token is generated at the same column."""
    width = max(len(p) for p in prompts)
    input_ids = torch.full((len(prompts), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(prompts), width), dtype=torch.long)
    for row, prompt in enumerate(prompts):
        input_ids[row, width - len(prompt) :] = torch.tensor(prompt, dtype=torch.long)
        mask[row, width - len(prompt) :] = 1
    return input_ids, mask


def generate_replies(
    model: Any,
    tokenizer: Any,
    conversations: Sequence[Messages],
    max_new_tokens: int = 128,
    batch_size: int = 8,
    greedy: bool = True,
) -> list[Reply]:
    """Replies to several conversations, `batch_size` at a time (left-padded batches).

    Prompts are sorted by length first so a batch pads little; replies come back in the
    order of `conversations`.
    """
    settings = generation_settings(tokenizer, model, max_new_tokens, greedy)
    prompts = [encode_prompt(tokenizer, messages) for messages in conversations]
    order = sorted(range(len(prompts)), key=lambda i: len(prompts[i]))
    replies: dict[int, Reply] = {}
    with evaluation_mode(model):
        for start in range(0, len(order), max(batch_size, 1)):
            chosen = order[start : start + max(batch_size, 1)]
            input_ids, mask = left_pad([prompts[i] for i in chosen], settings["pad_token_id"])
            output = model.generate(input_ids=input_ids, attention_mask=mask, **settings)
            for row, index in enumerate(chosen):
                new_ids = output[row, input_ids.shape[1] :].tolist()
                stops = settings["eos_token_id"]
                replies[index] = read_reply(tokenizer, new_ids, stops, max_new_tokens)
    return [replies[i] for i in range(len(prompts))]


def stream_reply(
    model: Any,
    tokenizer: Any,
    messages: Messages,
    on_text: Callable[[str], None],
    max_new_tokens: int = 128,
    greedy: bool = True,
) -> Reply:
    """Like `generate_reply`, calling `on_text` with each new piece of text as it is made.

    Generation runs in a worker thread feeding a `TextIteratorStreamer`; this thread
    reads the pieces, so the caller (the terminal chat) prints them as they come. Ctrl-C
    while reading stops the worker before `KeyboardInterrupt` reaches the caller.
    """
    from transformers import TextIteratorStreamer

    streamer = TextIteratorStreamer(tokenizer, skip_prompt=True, skip_special_tokens=True)
    result: dict[str, Any] = {}
    stop = threading.Event()

    def work() -> None:
        try:
            result["reply"] = generate_reply(
                model, tokenizer, messages, max_new_tokens, streamer, greedy, stop=stop
            )
        except BaseException as exc:  # re-raised in the caller's thread below
            result["error"] = exc
            streamer.end()

    worker = threading.Thread(target=work, name="attune-generate", daemon=True)
    worker.start()
    try:
        for piece in streamer:
            if piece:
                on_text(piece)
    finally:
        stop.set()  # a no-op when generation is over; ends it on Ctrl-C or a failing on_text
        worker.join()
    if "error" in result:
        raise result["error"]
    reply: Reply = result["reply"]
    return reply
