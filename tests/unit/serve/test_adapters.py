"""Per-person LoRA adapters on one shared base: a mixed batch decodes for each row exactly
what its adapter decodes alone, the cache evicts the least recently used adapter and never
one a running row uses, and a bad adapter ends only its own request."""

from __future__ import annotations

import copy
import shutil
import threading
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import torch
from peft import LoraConfig, PeftModel, get_peft_model
from safetensors import safe_open
from transformers import AutoModelForCausalLM, AutoTokenizer

from attune.errors import AttuneError
from attune.models.generate import encode_prompt, generate_reply
from attune.models.load import quiet_peft
from attune.models.lora import LLAMA_TARGETS
from attune.serve.adapter_slots import SlotAdapterCache, build_slot_model
from attune.serve.batch_decode import BatchDecoder, DecodeEvent, SamplingParams
from helpers import build_tiny_llama

PEOPLE = ["ann@v1", "bob@v1", "cy@v2"]  # named as the server names people's versions
QUESTIONS = ["Hi", "What is the capital of France?", "Hello Ada", "Thanks, goodbye!"]
GREEDY = SamplingParams(max_tokens=16, temperature=0)
WAIT_S = 30
Job = tuple[str, str | None]  # (question, adapter)


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> Iterator[None]:
    before = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(before)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A base model folder (`base/`) with weights wide enough to say varied things, and
    three rank-4 adapters of it laid out as the people store keeps them
    (`adapters/<user>/v<N>/`), each with random B (peft starts B at 0: no change)."""
    root = tmp_path_factory.mktemp("store")
    folder = build_tiny_llama(root / "base")
    tokenizer = AutoTokenizer.from_pretrained(folder)
    base = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    generator = torch.Generator().manual_seed(0)
    with torch.no_grad():
        for param in base.parameters():
            if param.dim() == 2:
                param.copy_(torch.randn(param.shape, generator=generator) * 0.25)
        base.get_input_embeddings().weight[tokenizer.convert_tokens_to_ids("<|im_end|>")] *= 2
    base.save_pretrained(folder)
    for seed, name in enumerate(PEOPLE, start=1):
        # Dropout 0.1: mixed batches are only exact because LoRA dropout is off in eval.
        config = LoraConfig(r=4, lora_alpha=8, lora_dropout=0.1, target_modules=LLAMA_TARGETS)
        with quiet_peft():
            adapted = get_peft_model(copy.deepcopy(base), config)
        generator = torch.Generator().manual_seed(seed)
        with torch.no_grad():
            for key, param in adapted.named_parameters():
                if "lora_B" in key:
                    param.copy_(torch.randn(param.shape, generator=generator) * 0.5)
        adapted.save_pretrained(folder_of(root, name))
    return root


def folder_of(root: Path, name: str) -> Path:
    user, _, version = name.partition("@")
    return root / "adapters" / user / version


def load_base(store: Path) -> Any:
    return AutoModelForCausalLM.from_pretrained(store / "base", dtype=torch.float32).eval()


@pytest.fixture(scope="module")
def tokenizer(store: Path) -> Any:
    return AutoTokenizer.from_pretrained(store / "base")


@pytest.fixture(scope="module")
def expected(store: Path, tokenizer: Any) -> dict[Job, tuple[str, int, bool]]:
    """Each question's greedy reply from the base alone and from each adapter alone (a
    model holding that one adapter), with `generate_reply`."""
    models: dict[str | None, Any] = {None: load_base(store)}
    for name in PEOPLE:
        with quiet_peft():
            models[name] = PeftModel.from_pretrained(load_base(store), folder_of(store, name))
    replies = {}
    for adapter, model in models.items():
        for question in QUESTIONS:
            messages = [{"role": "user", "content": question}]
            reply = generate_reply(model, tokenizer, messages, GREEDY.max_tokens)
            replies[question, adapter] = (reply.text, reply.tokens, reply.stopped)
    return replies


def make_cache(store: Path, max_adapters: int) -> SlotAdapterCache:
    model = build_slot_model(load_base(store))
    root = store / "adapters"
    return SlotAdapterCache(model, max_adapters, lambda name: folder_of(store, name), root=root)


@pytest.fixture
def decoder(store: Path, tokenizer: Any) -> Iterator[BatchDecoder]:
    cache = make_cache(store, 3)
    decoder = BatchDecoder(cache.model, tokenizer, max_batch=8, adapters=cache)
    decoder.start()
    yield decoder
    decoder.close()


class Replies:
    """Each request's events; `reply` waits for its final one. `hooks[id]` runs once, at
    the request's first event (on the decoder's thread)."""

    def __init__(self) -> None:
        self.events: dict[str, list[DecodeEvent]] = defaultdict(list)
        self.ended: dict[str, threading.Event] = defaultdict(threading.Event)
        self.hooks: dict[str, Callable[[], None]] = {}
        self.lock = threading.Lock()

    def __call__(self, event: DecodeEvent) -> None:
        with self.lock:
            self.events[event.request_id].append(event)
            ended = self.ended[event.request_id]
        hook = self.hooks.pop(event.request_id, None)
        if hook is not None:
            hook()
        if event.finished:
            ended.set()

    def final(self, request_id: str) -> DecodeEvent:
        with self.lock:
            ended = self.ended[request_id]
        assert ended.wait(WAIT_S), f"{request_id} did not finish"
        return self.events[request_id][-1]

    def reply(self, request_id: str) -> tuple[str, int, bool]:
        """(text, completion tokens, stopped) like `generate_reply`'s."""
        final = self.final(request_id)
        text = "".join(e.text for e in self.events[request_id])
        assert final.finish_reason in ("stop", "length"), final.error
        return text.strip(), final.completion_tokens, final.finish_reason == "stop"


def submit(decoder: BatchDecoder, replies: Replies, request_id: str, job: Job) -> None:
    prompt = encode_prompt(decoder.tokenizer, [{"role": "user", "content": job[0]}])
    decoder.submit(request_id, prompt, GREEDY, replies, adapter=job[1])


def test_a_mixed_batch_decodes_what_each_adapter_decodes_alone(
    decoder: BatchDecoder, expected: dict[Job, tuple[str, int, bool]]
) -> None:
    jobs = [(q, a) for q in QUESTIONS[:2] for a in [*PEOPLE, None]] + [
        (QUESTIONS[2], PEOPLE[0]),
        (QUESTIONS[3], None),
    ]
    assert len({expected[QUESTIONS[0], a] for a in [*PEOPLE, None]}) == 4  # adapters matter

    together = Replies()
    for i, job in enumerate(jobs):
        submit(decoder, together, f"t{i}", job)
    assert [together.reply(f"t{i}") for i in range(len(jobs))] == [expected[j] for j in jobs]

    # Staggered: two rows start; the others join mid-flight, from inside the worker's step.
    staggered, busiest = Replies(), [0]

    def join(*indices: int) -> Callable[[], None]:
        def submit_more() -> None:
            for i in indices:
                submit(decoder, staggered, f"s{i}", jobs[i])
            busiest[0] = max(busiest[0], decoder.active)

        return submit_more

    staggered.hooks = {"s0": join(2, 3, 4), "s2": join(5, 6, 7, 8, 9)}
    for i in (0, 1):
        submit(decoder, staggered, f"s{i}", jobs[i])
    assert [staggered.reply(f"s{i}") for i in range(len(jobs))] == [expected[j] for j in jobs]
    assert busiest[0] >= 3  # newcomers really joined rows that were running
    stats = decoder.adapters.stats() if decoder.adapters else None
    assert stats is not None and stats.loads == 3 and stats.evictions == 0
    assert all(r.pins == 0 for r in stats.resident)  # every finished row let go


def test_least_recently_used_adapter_is_evicted(store: Path) -> None:
    cache = make_cache(store, max_adapters=2)
    ann, bob, cy = PEOPLE
    for name in (ann, bob, ann):  # ann is used again: bob is now the least recent
        assert cache.acquire(name)
        cache.release(name)
    assert cache.acquire(cy)
    cache.release(cy)
    stats = cache.stats()
    assert [r.name for r in stats.resident] == [ann, cy]
    assert (stats.loads, stats.hits, stats.evictions) == (3, 1, 1)
    assert bob not in cache.slot_of
    freed = set(range(1, cache.layers[next(iter(cache.layers))].A.shape[0])) - set(
        cache.slot_of.values()
    )
    assert all(not layer.A[list(freed)].any() for layer in cache.layers.values())  # zeroed
    for resident in stats.resident:  # its memory is what its file holds (float32 both)
        assert resident.bytes == file_bytes(folder_of(store, resident.name))
        assert resident.load_seconds > 0


def file_bytes(folder: Path) -> int:
    with safe_open(str(folder / "adapter_model.safetensors"), "pt") as weights:
        return sum(weights.get_tensor(k).nbytes for k in weights.keys())


def test_pinned_adapters_are_never_evicted(store: Path) -> None:
    cache = make_cache(store, max_adapters=2)
    ann, bob, cy = PEOPLE
    assert cache.acquire(ann) and cache.acquire(bob)
    assert not cache.acquire(cy)  # both in use: cy waits
    cache.release(bob)
    assert cache.acquire(cy)  # bob goes, not ann (less recent, but pinned)
    assert [r.name for r in cache.stats().resident] == [ann, cy]
    assert cache.stats().waits == 1
    with pytest.raises(RuntimeError, match="not pinned"):
        cache.release(bob)


def test_a_request_waits_until_a_running_row_frees_its_adapter_slot(
    store: Path, tokenizer: Any, expected: dict[Job, tuple[str, int, bool]]
) -> None:
    cache = make_cache(store, max_adapters=1)
    deleted: list[tuple[str, set[str | None]]] = []  # (name, adapters of running rows)
    unload = cache.unload

    def spy(name: str) -> None:
        deleted.append((name, {row.adapter for row in decoder.rows}))
        unload(name)

    cache.unload = spy  # type: ignore[method-assign]
    decoder, replies = BatchDecoder(cache.model, tokenizer, adapters=cache), Replies()
    ann, _, cy = PEOPLE
    jobs = [(QUESTIONS[0], ann), (QUESTIONS[1], cy), (QUESTIONS[1], None), (QUESTIONS[2], ann)]
    for i, job in enumerate(jobs):  # queued before the worker starts: one admission group
        submit(decoder, replies, f"r{i}", job)
    decoder.start()
    try:
        assert [replies.reply(f"r{i}") for i in range(len(jobs))] == [expected[j] for j in jobs]
    finally:
        decoder.close()
    # ann's second request queued behind cy's: it did not join ann's running row (which
    # would have kept cy waiting), so ann was loaded again after cy.
    assert [name for name, _ in deleted] == [ann, cy]
    assert all(name not in running for name, running in deleted)  # never under a row
    stats = cache.stats()
    assert (stats.loads, stats.evictions) == (3, 2) and stats.waits >= 2
    assert [r.name for r in stats.resident] == [ann]


def test_an_unusable_adapter_ends_only_its_request(
    decoder: BatchDecoder, store: Path, tmp_path: Path, expected: dict[Job, tuple[str, int, bool]]
) -> None:
    pickled = folder_of(store, "pat@v1")  # a pickle instead of safetensors: never loaded
    pickled.mkdir(parents=True, exist_ok=True)  # the store is the module's: made once
    (pickled / "adapter_config.json").write_text('{"peft_type": "LORA"}', encoding="utf-8")
    (pickled / "adapter_model.bin").write_bytes(b"not read")
    outside = tmp_path / "elsewhere"  # a link leading out of the store's adapters folder
    shutil.copytree(folder_of(store, PEOPLE[0]), outside)
    (store / "adapters" / "eve").mkdir(exist_ok=True)
    link = store / "adapters" / "eve" / "v1"
    link.unlink(missing_ok=True)
    link.symlink_to(outside, target_is_directory=True)

    replies, good = Replies(), (QUESTIONS[1], PEOPLE[1])
    bad = {
        "nobody@v1": "no adapter_config",
        "pat@v1": "safetensors",
        "eve@v1": "link",
        "a.b": "name",
    }
    submit(decoder, replies, "good", good)
    for name in bad:
        submit(decoder, replies, name, (QUESTIONS[1], name))
    for name, words in bad.items():
        final = replies.final(name)
        assert len(replies.events[name]) == 1
        assert (final.finish_reason, final.completion_tokens) == ("error", 0)
        assert final.error is not None and words in final.error
        assert name not in getattr(decoder.model, "peft_config", {})
    assert decoder.adapters is not None
    assert name not in [r.name for r in decoder.adapters.stats().resident]
    assert replies.reply("good") == expected[good]


def test_folders_outside_the_adapters_root_are_refused_before_loading(
    store: Path, tmp_path: Path
) -> None:
    cache = make_cache(store, max_adapters=2)
    copied, linked = tmp_path / "copy", tmp_path / "link"
    shutil.copytree(folder_of(store, PEOPLE[0]), copied)
    linked.symlink_to(folder_of(store, PEOPLE[0]), target_is_directory=True)
    for folder in (copied, linked):  # loaders that hand out paths outside the root
        cache.loader = lambda name, folder=folder: folder
        with pytest.raises(AttuneError, match="outside the store's adapters folder"):
            cache.acquire("zed@v1")
    assert "zed@v1" not in cache.slot_of and cache.stats().loads == 0


def test_a_peft_model_with_several_adapters_mixes_them_without_a_cache(
    store: Path, tokenizer: Any, expected: dict[Job, tuple[str, int, bool]]
) -> None:
    ann, bob, _ = PEOPLE
    with quiet_peft():
        model = PeftModel.from_pretrained(load_base(store), folder_of(store, ann), adapter_name=ann)
    model.load_adapter(str(folder_of(store, bob)), adapter_name=bob)
    decoder, replies = BatchDecoder(model, tokenizer), Replies()
    decoder.start()
    try:
        for i, name in enumerate((bob, None)):  # None: the model as served (ann is active)
            submit(decoder, replies, f"m{i}", (QUESTIONS[0], name))
        submit(decoder, replies, "unknown", (QUESTIONS[0], "cy@v2"))
        assert [replies.reply(f"m{i}") for i in range(2)] == [
            expected[QUESTIONS[0], bob],
            expected[QUESTIONS[0], ann],
        ]
        assert replies.final("unknown").finish_reason == "error"
    finally:
        decoder.close()


def test_the_shared_base_is_the_base_model_until_an_adapter_is_named(store: Path) -> None:
    model, plain = build_slot_model(load_base(store)), load_base(store)
    cache = make_cache(store, 2)
    ids = torch.randint(0, 300, (3, 9), generator=torch.Generator().manual_seed(0))
    with torch.inference_mode():
        want = plain(input_ids=ids).logits
        assert torch.equal(model(input_ids=ids).logits, want)  # no slots: the base alone
        assert cache.acquire(PEOPLE[0])
        cache.forward_kwargs(["__base__"] * 3)  # slot 0 holds zeros: adds nothing
        assert torch.equal(cache.model(input_ids=ids).logits, want)
        cache.forward_kwargs([PEOPLE[0]] * 3)
        assert not torch.equal(cache.model(input_ids=ids).logits, want)
    with pytest.raises(AttuneError, match="slots"):
        SlotAdapterCache(plain, 2, lambda name: store)
    with pytest.raises(ValueError, match="max_adapters"):
        SlotAdapterCache(model, 0, lambda name: store)


def test_forgetting_a_person_unloads_their_adapters_once_unused(store: Path) -> None:
    cache = make_cache(store, max_adapters=3)
    ann, bob, _ = PEOPLE
    assert cache.acquire(ann) and cache.acquire(bob)
    cache.release(bob)
    cache.doom("ann")
    cache.doom("bob")
    cache.drop_forgotten()
    assert [r.name for r in cache.stats().resident] == [ann]  # ann's row is still running
    assert "bob@v1" not in cache.slot_of
    cache.release(ann)  # its row ends: ann goes too
    assert cache.stats().resident == ()
    assert "ann@v1" not in cache.slot_of


def test_the_decoder_unloads_a_forgotten_person_while_idle(
    decoder: BatchDecoder, expected: dict[Job, tuple[str, int, bool]]
) -> None:
    replies = Replies()
    submit(decoder, replies, "r1", (QUESTIONS[0], PEOPLE[0]))
    assert replies.reply("r1")[0] == expected[(QUESTIONS[0], PEOPLE[0])][0]
    cache = decoder.adapters
    assert cache is not None and [r.name for r in cache.stats().resident] == [PEOPLE[0]]
    decoder.forget("ann")
    for _ in range(WAIT_S * 100):
        if not cache.stats().resident:
            break
        threading.Event().wait(0.01)
    assert cache.stats().resident == ()
