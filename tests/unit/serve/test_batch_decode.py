"""The continuous-batching decoder: a batch decodes exactly what each request decodes alone
(and what `model.generate` decodes), rows come and go without leaking, replies end for the
right reason, and a failure ends only the requests it touched."""

from __future__ import annotations

import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from attune.models.generate import encode_prompt, generate_reply
from attune.serve.batch_decode import BatchDecoder, DecodeEvent, ReplyText, SamplingParams
from attune.serve.kv_batch import KVBatch, choose_tokens, draw_index, keep_nucleus
from helpers import build_tiny_llama

# Prompt lengths 12 to 45 tokens; with `chat_model`'s weights some replies stop early (after
# 2 to 19 tokens) and some run to the limit.
QUESTIONS = [
    "Hi",
    "x",
    "What is the capital of France?",
    "Please answer briefly: what is 2+2? Thank you so much.",
    "Hello Ada",
    "Who are you and what do you do for Sam every day?",
    "Thanks, goodbye!",
]
LONG = "Hi"  # its greedy reply does not stop within 40 tokens
GREEDY = SamplingParams(max_tokens=24, temperature=0)
WAIT_S = 30


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> Iterator[None]:
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def chat_model(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, Any]:
    """The tiny Llama, with weights wide enough to say varied things (at the default
    std 0.02 it repeats its input's last token forever) and a louder end-of-turn
    embedding, so that some replies stop and some do not."""
    folder = build_tiny_llama(Path(tmp_path_factory.mktemp("tiny-llama")))
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32).eval()
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for param in model.parameters():
            if param.dim() == 2:
                param.copy_(torch.randn(param.shape, generator=generator) * 0.25)
        model.get_input_embeddings().weight[tokenizer.convert_tokens_to_ids("<|im_end|>")] *= 2
    return model, tokenizer


@pytest.fixture
def decoder(chat_model: tuple[Any, Any]) -> Iterator[BatchDecoder]:
    model, tokenizer = chat_model
    decoder = BatchDecoder(model, tokenizer, max_batch=8)
    decoder.start()
    yield decoder
    decoder.close()


class Replies:
    """Collects each request's events; `wait` blocks until a request's final event."""

    def __init__(self) -> None:
        self.events: dict[str, list[DecodeEvent]] = defaultdict(list)
        self.ended: dict[str, threading.Event] = defaultdict(threading.Event)
        self.hooks: dict[str, Callable[[DecodeEvent], None]] = {}
        self.on_every_event: Callable[[], None] | None = None
        self.lock = threading.Lock()

    def __call__(self, event: DecodeEvent) -> None:
        with self.lock:
            self.events[event.request_id].append(event)
            ended = self.ended[event.request_id]
        if self.on_every_event is not None:
            self.on_every_event()
        hook = self.hooks.pop(event.request_id, None)
        if hook is not None:
            hook(event)
        if event.finished:
            ended.set()

    def wait(self, request_id: str) -> DecodeEvent:
        with self.lock:
            ended = self.ended[request_id]
        assert ended.wait(WAIT_S), f"{request_id} did not finish"
        final = self.events[request_id][-1]
        assert final.finished and sum(e.finished for e in self.events[request_id]) == 1
        return final

    def reply(self, request_id: str) -> tuple[str, int, str | None]:
        """(text, completion tokens, finish reason) once the request ended."""
        final = self.wait(request_id)
        text = "".join(e.text for e in self.events[request_id])
        return text, final.completion_tokens, final.finish_reason


def prompt_of(tokenizer: Any, question: str) -> list[int]:
    return encode_prompt(tokenizer, [{"role": "user", "content": question}])


def decode_alone(
    decoder: BatchDecoder, tokenizer: Any, question: str, params: SamplingParams = GREEDY
) -> tuple[str, int, str | None]:
    replies = Replies()
    decoder.submit("alone", prompt_of(tokenizer, question), params, replies)
    return replies.reply("alone")


def test_greedy_batch_matches_alone_and_generate(
    chat_model: tuple[Any, Any], decoder: BatchDecoder
) -> None:
    model, tokenizer = chat_model
    messages = [[{"role": "user", "content": q}] for q in QUESTIONS]
    generated = [generate_reply(model, tokenizer, m, GREEDY.max_tokens) for m in messages]
    alone = [decode_alone(decoder, tokenizer, q) for q in QUESTIONS]
    assert [(text.strip(), tokens, reason == "stop") for text, tokens, reason in alone] == [
        (r.text, r.tokens, r.stopped) for r in generated
    ]
    assert {reason for _, _, reason in alone} == {"stop", "length"}

    together = Replies()
    for i, question in enumerate(QUESTIONS):
        decoder.submit(f"t{i}", prompt_of(tokenizer, question), GREEDY, together)
    assert [together.reply(f"t{i}") for i in range(len(QUESTIONS))] == alone

    # Staggered: two start; the others join mid-flight, from inside the worker's step.
    staggered, busiest = Replies(), [0]

    def join(*indices: int) -> Callable[[DecodeEvent], None]:
        def submit_more(event: DecodeEvent) -> None:
            for i in indices:
                decoder.submit(f"s{i}", prompt_of(tokenizer, QUESTIONS[i]), GREEDY, staggered)

        return submit_more

    def count_rows() -> None:  # on every event, so the peak does not hang on timing
        busiest[0] = max(busiest[0], decoder.active)

    staggered.hooks = {"s0": join(2, 3), "s2": join(4, 5, 6)}
    staggered.on_every_event = count_rows
    for i in (0, 1):
        decoder.submit(f"s{i}", prompt_of(tokenizer, QUESTIONS[i]), GREEDY, staggered)
    assert [staggered.reply(f"s{i}") for i in range(len(QUESTIONS))] == alone
    assert busiest[0] >= 3  # newcomers really joined rows that were running

    # More requests than rows: the rest wait, then take the places of finished ones.
    narrow, queued = BatchDecoder(model, tokenizer, max_batch=3), Replies()
    for i, question in enumerate(QUESTIONS):
        narrow.submit(f"q{i}", prompt_of(tokenizer, question), GREEDY, queued)
    assert narrow.waiting == len(QUESTIONS)
    narrow.start()
    try:
        assert [queued.reply(f"q{i}") for i in range(len(QUESTIONS))] == alone
    finally:
        narrow.close()


def test_cancel_ends_the_row_and_frees_it(
    chat_model: tuple[Any, Any], decoder: BatchDecoder
) -> None:
    model, tokenizer = chat_model
    replies = Replies()
    replies.hooks["long"] = lambda event: decoder.cancel("long")  # at its first text
    params = SamplingParams(max_tokens=200, temperature=0)
    decoder.submit("long", prompt_of(tokenizer, LONG), params, replies)
    final = replies.wait("long")
    first = replies.events["long"][0]
    assert (final.finish_reason, final.text) == ("cancelled", "")
    # Its first text came from the prefill; the step that followed in the same pass was
    # the last one.
    assert final.completion_tokens <= first.completion_tokens + 1 < 200
    assert decoder.active == 0 and decoder.batch.rows == 0 and decoder.batch.cache is None

    expected = generate_reply(model, tokenizer, [{"role": "user", "content": LONG}], 24)
    text, tokens, _ = decode_alone(decoder, tokenizer, LONG)
    assert (text.strip(), tokens) == (expected.text, expected.tokens)


def test_submit_and_cancel_cycles_leave_nothing_behind(
    chat_model: tuple[Any, Any], decoder: BatchDecoder
) -> None:
    _, tokenizer = chat_model
    replies, prompt = Replies(), prompt_of(tokenizer, LONG)
    params = SamplingParams(max_tokens=50, temperature=0)
    for i in range(100):
        decoder.submit(f"c{i}", prompt, params, replies)
        decoder.cancel(f"c{i}")
    assert {replies.wait(f"c{i}").finish_reason for i in range(100)} == {"cancelled"}
    assert decoder.active == decoder.waiting == 0
    assert not (decoder.live or decoder.to_cancel or decoder.queue or decoder.rows)
    assert not decoder.outbox and decoder.batch.cache is None and decoder.batch.width == 0
    assert decode_alone(decoder, tokenizer, LONG)[2] == "length"  # and it still decodes


def test_stop_string_ends_the_reply_before_it(
    chat_model: tuple[Any, Any], decoder: BatchDecoder
) -> None:
    _, tokenizer = chat_model
    full, _, _ = decode_alone(decoder, tokenizer, LONG)
    assert "oda" in full and "odaX" not in full
    text, tokens, reason = decode_alone(
        decoder, tokenizer, LONG, SamplingParams(24, 0, stop=("oda",))
    )
    assert (text, reason) == (full[: full.index("oda")], "stop")
    assert tokens < 24
    # A stop string that starts to match but never completes holds nothing back for good.
    params = SamplingParams(max_tokens=24, temperature=0, stop=("odaX",))
    assert decode_alone(decoder, tokenizer, LONG, params) == (full, 24, "length")


def test_max_tokens_and_max_context_end_with_length(chat_model: tuple[Any, Any]) -> None:
    model, tokenizer = chat_model
    prompt = prompt_of(tokenizer, LONG)
    expected = generate_reply(model, tokenizer, [{"role": "user", "content": LONG}], 3)
    decoder = BatchDecoder(model, tokenizer, max_context=len(prompt) + 5)
    decoder.start()
    try:
        text, tokens, reason = decode_alone(decoder, tokenizer, LONG, SamplingParams(3, 0))
        assert (text.strip(), tokens, reason) == (expected.text, 3, "length")
        assert decode_alone(decoder, tokenizer, LONG, SamplingParams(50, 0))[1:] == (5, "length")
    finally:
        decoder.close()


def test_unfit_prompts_end_with_an_error_at_once(
    chat_model: tuple[Any, Any], decoder: BatchDecoder
) -> None:
    _, tokenizer = chat_model
    replies = Replies()
    decoder.submit("long", list(range(5, 300)), GREEDY, replies)  # the context holds 256
    decoder.submit("empty", [], GREEDY, replies)
    decoder.submit("unknown", [1, 10**6], GREEDY, replies)
    for request_id, words in [("long", "context"), ("empty", "empty"), ("unknown", "vocab")]:
        final = replies.wait(request_id)
        assert len(replies.events[request_id]) == 1
        assert (final.finish_reason, final.completion_tokens) == ("error", 0)
        assert final.error is not None and words in final.error
    assert decode_alone(decoder, tokenizer, LONG)[2] == "length"


def test_a_failing_step_ends_its_requests_with_an_error_and_the_decoder_goes_on(
    chat_model: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, tokenizer = chat_model
    calls, forward = [0], model.forward

    def fail_third_call(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 3:
            raise RuntimeError("boom")
        return forward(*args, **kwargs)

    monkeypatch.setattr(model, "forward", fail_third_call)
    decoder, replies = BatchDecoder(model, tokenizer), Replies()
    for request_id in ("a", "b"):  # queued before the worker starts: one prefill, then steps
        decoder.submit(request_id, prompt_of(tokenizer, LONG), GREEDY, replies)
    decoder.start()
    try:
        for request_id in ("a", "b"):
            final = replies.wait(request_id)
            assert (final.finish_reason, final.error) == ("error", "RuntimeError: boom")
        assert decoder.active == 0
        assert decode_alone(decoder, tokenizer, LONG) == decode_alone_fresh(chat_model, LONG)
    finally:
        decoder.close()


def test_a_failing_group_prefill_is_retried_one_by_one(
    chat_model: tuple[Any, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    model, tokenizer = chat_model
    calls, forward = [0], model.forward

    def fail_first_call(*args: Any, **kwargs: Any) -> Any:
        calls[0] += 1
        if calls[0] == 1:
            raise RuntimeError("out of memory")
        return forward(*args, **kwargs)

    monkeypatch.setattr(model, "forward", fail_first_call)
    decoder, replies = BatchDecoder(model, tokenizer), Replies()
    for i, question in enumerate(QUESTIONS[:2]):
        decoder.submit(f"r{i}", prompt_of(tokenizer, question), GREEDY, replies)
    decoder.start()
    try:
        got = [replies.reply(f"r{i}") for i in range(2)]
    finally:
        decoder.close()
    monkeypatch.undo()
    assert got == [decode_alone_fresh(chat_model, q) for q in QUESTIONS[:2]]


def decode_alone_fresh(chat_model: tuple[Any, Any], question: str) -> tuple[str, int, str | None]:
    decoder = BatchDecoder(*chat_model)
    decoder.start()
    try:
        return decode_alone(decoder, chat_model[1], question)
    finally:
        decoder.close()


def test_seeded_sampling_gives_the_same_text_alone_and_batched(
    chat_model: tuple[Any, Any], decoder: BatchDecoder
) -> None:
    _, tokenizer = chat_model
    seeded = SamplingParams(max_tokens=20, temperature=0.8, top_p=0.9, seed=7)
    alone = decode_alone(decoder, tokenizer, LONG, seeded)
    assert decode_alone(decoder, tokenizer, LONG, seeded) == alone

    replies = Replies()
    others = [GREEDY, SamplingParams(20, 1.0, seed=8), SamplingParams(20, 0.5)]
    for i, params in enumerate(others):
        decoder.submit(f"o{i}", prompt_of(tokenizer, QUESTIONS[i + 2]), params, replies)
    decoder.submit("seeded", prompt_of(tokenizer, LONG), seeded, replies)
    assert replies.reply("seeded") == alone
    other_seed = SamplingParams(max_tokens=20, temperature=0.8, top_p=0.9, seed=8)
    assert decode_alone(decoder, tokenizer, LONG, other_seed)[0] != alone[0]


def test_close_cancels_running_and_waiting_requests(chat_model: tuple[Any, Any]) -> None:
    model, tokenizer = chat_model
    decoder, replies = BatchDecoder(model, tokenizer, max_batch=1), Replies()
    replies.hooks["a"] = lambda event: decoder.close()  # from the worker, mid-reply
    params = SamplingParams(max_tokens=200, temperature=0)
    for request_id in ("a", "b", "c"):
        decoder.submit(request_id, prompt_of(tokenizer, LONG), params, replies)
    decoder.start()
    assert [replies.wait(r).finish_reason for r in ("a", "b", "c")] == ["cancelled"] * 3
    decoder.close()
    assert decoder.worker is not None and not decoder.worker.is_alive()
    with pytest.raises(RuntimeError, match="closed"):
        decoder.submit("d", [1, 2], params, replies)

    never_started, replies = BatchDecoder(model, tokenizer), Replies()
    never_started.submit("e", [1, 2], params, replies)
    never_started.close()
    assert replies.wait("e").finish_reason == "cancelled"


def test_rows_join_and_leave_the_cache_without_changing_their_logits(
    chat_model: tuple[Any, Any],
) -> None:
    model, tokenizer = chat_model
    short, long = prompt_of(tokenizer, "Hi"), prompt_of(tokenizer, QUESTIONS[5])
    with torch.inference_mode():
        alone = KVBatch(model, pad_id=0)
        expected = [alone.add([short])[0]]  # (V,) per step
        for _ in range(4):
            expected.append(alone.decode(expected[-1].argmax()[None])[0])

        batch = KVBatch(model, pad_id=0)
        tokens = batch.add([long]).argmax(-1)  # (1,)
        tokens = batch.decode(tokens).argmax(-1)
        got = [batch.add([short])[0]]  # joins a longer row, one step in
        tokens = torch.cat([tokens, got[-1].argmax()[None]])
        logits = batch.decode(tokens)  # (2, V)
        got.append(logits[1])
        batch.keep([1])  # the long row leaves: its leading columns go
        assert batch.width == len(short) + 1 == batch.positions.item()  # no padding left
        assert batch.cache is not None and batch.cache.layers[0].keys.shape[2] == batch.width
        for _ in range(3):
            got.append(batch.decode(got[-1].argmax()[None])[0])
    for step, (want, have) in enumerate(zip(expected, got, strict=True)):
        assert torch.allclose(want, have, atol=1e-5), step


def test_reply_text_holds_back_partial_characters_and_stop_strings(
    chat_model: tuple[Any, Any],
) -> None:
    _, tokenizer = chat_model
    sentence = "Le café ☕ est à Paris, 你好!"
    ids = [i for char in sentence for i in tokenizer.encode(char)]  # multi-byte → byte tokens
    assert len(ids) > len(sentence)

    def stream(stops: tuple[str, ...]) -> tuple[list[str], bool]:
        reply, pieces = ReplyText(tokenizer), []
        for n, token in enumerate(ids, start=1):
            reply.add(token, final=n == len(ids))
            piece, hit = reply.release(stops, final=n == len(ids))
            pieces.append(piece)
            if hit:
                return pieces, True
        return pieces, False

    pieces, hit = stream(())
    assert "".join(pieces) == sentence and not hit
    assert not any("\ufffd" in piece for piece in pieces)
    pieces, hit = stream(("Paris",))
    assert "".join(pieces) == "Le café ☕ est à " and hit
    pieces, hit = stream(("Paris!",))  # "Paris" waits until "," shows it is not a stop
    assert "".join(pieces) == sentence and not hit
    assert "P" not in "".join(pieces[: pieces.index("Paris,")])


def test_nucleus_keeps_the_likeliest_tokens_up_to_top_p() -> None:
    probs = torch.tensor([[0.2, 0.5, 0.3], [0.2, 0.5, 0.3]])
    ranked, order = keep_nucleus(probs, torch.tensor([0.6, 1.0]))
    assert torch.equal(order, torch.tensor([[1, 2, 0], [1, 2, 0]]))
    assert torch.equal(ranked, torch.tensor([[0.5, 0.3, 0.0], [0.5, 0.3, 0.2]]))


def test_draw_index_inverts_the_cumulative_weights() -> None:
    weights = torch.tensor([[0.0, 0.5, 0.5, 0.0]]).expand(5, 4)
    uniform = torch.tensor([0.0, 0.49, 0.5, 0.99, 1.0])  # 1.0: what rounding can give
    assert draw_index(weights, uniform).tolist() == [1, 1, 2, 2, 1]


def test_sampled_tokens_stay_in_the_nucleus() -> None:
    logits = torch.tensor([[5.0, 4.9, 0.0, -1.0]]).expand(200, 4)  # nucleus(0.9) = {0, 1}
    generators = [torch.Generator().manual_seed(i) for i in range(200)]
    tokens = choose_tokens(logits, [1.0] * 200, [0.9] * 200, generators)
    assert set(tokens.tolist()) == {0, 1}
    assert set(choose_tokens(logits, [1.0] * 200, [1.0] * 200, generators).tolist()) > {0, 1}
    assert choose_tokens(logits[:2], [0.0, 0.0], [0.9, 1.0], [None, None]).tolist() == [0, 0]


@pytest.mark.parametrize(
    "kwargs",
    [{"max_tokens": 0}, {"temperature": -1.0}, {"top_p": 0.0}, {"top_p": 1.5}, {"stop": ("",)}],
)
def test_sampling_params_refuse_bad_values(kwargs: dict[str, Any]) -> None:
    with pytest.raises(ValueError):
        SamplingParams(**{"max_tokens": 8, **kwargs})
