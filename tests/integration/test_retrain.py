"""`attune retrain` end to end on a tiny Llama built in the test: a person's corrections
become a new adapter version, registered either way and served only past the gate."""

from __future__ import annotations

import json
import math
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest
import torch

from attune.cli import main
from attune.data.conversations import Conversation, Message
from attune.errors import AttuneError
from attune.models.load import load_causal_lm, quiet_peft
from attune.people.crypto import KEY_VARIABLE, new_key
from attune.people.gate import GateScores, decide_release, held_out_ids
from attune.people.replay import DATA_FILE, read_replay, write_replay
from attune.people.retrain import RetrainConfig, person_data, retrain_user
from attune.people.schema import Feedback, Rating
from attune.people.store import Store, open_store
from attune.serve.adapter_slots import SlotAdapterCache, build_slot_model
from helpers import build_tiny_llama

pytestmark = pytest.mark.integration

QUESTIONS = [
    "What is my cat's name?",
    "What's my cat called?",
    "Do you remember my cat's name?",
    "Tell me my cat's name.",
    "what is the name of my cat?",
    "My cat's name is what?",
    "Remind me, what is my cat called?",
    "Which name did I give my cat?",
    "How is my cat named?",
    "What do I call my cat?",
    "Say my cat's name.",
    "Who is my cat?",
]
ANSWER = "Your cat is called Miso."
# Small and fast: the tiny model learns the answer in a few dozen steps.
FAST = RetrainConfig(epochs=4, lr=1e-2, batch_size=2, max_length=96, lora_r=4, threads=1)


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


@pytest.fixture(autouse=True)
def no_store_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """Plain stores unless a test sets a key (a key in the shell must not change them)."""
    monkeypatch.delenv(KEY_VARIABLE, raising=False)


@pytest.fixture
def base(tmp_path: Path) -> Path:
    return build_tiny_llama(tmp_path / "tiny-llama")


@pytest.fixture
def store(tmp_path: Path) -> Store:
    store = open_store(tmp_path / "store")
    store.add_user("sam")
    return store


def prompt_of(question: str) -> list[dict[str, str]]:
    return [{"role": "user", "content": question}]


def reply(text: str) -> dict[str, str]:
    return {"role": "assistant", "content": text}


def add_corrections(store: Store) -> None:
    for i, question in enumerate(QUESTIONS):
        # Fixed feedback ids: which corrections are held out is a hash of them.
        fid = f"fb-{i}"
        store.add_feedback(
            "sam", f"c-{i}", prompt_of(question), "No idea.", "down", ANSWER, None, fid
        )
    # Teaches nothing: thumbs-down without a correction.
    store.add_feedback("sam", "c-x", prompt_of("Hi"), "Bye.", "down")


def test_a_candidate_that_learned_the_corrections_is_served(store: Store, base: Path) -> None:
    add_corrections(store)
    result = retrain_user(store, "sam", str(base), FAST)
    gate = result.gate
    assert result.counts["held_out"] == 2 and result.counts["learned"] == 10
    assert result.counts["ignored"] == 1
    assert gate.reference_name == "base"
    assert gate.candidate.held_out_loss is not None and gate.reference.held_out_loss is not None
    assert gate.candidate.held_out_loss < gate.reference.held_out_loss
    assert result.activated, gate.reason
    version = store.active_version("sam")
    assert version is not None and version.version == result.version.version == 1
    assert (version.folder / "adapter_config.json").is_file()
    assert (version.folder / "adapter_model.safetensors").is_file()
    assert (version.folder / "data" / "train.jsonl").is_file()
    assert version.eval["gate"]["passed"] and version.base_model_hash
    assert version.eval["held_out_loss"] == pytest.approx(gate.candidate.held_out_loss)
    assert_served_like_peft(store, base, version.folder)

    # The next version continues v1 and replays its data; an lr that wrecks the model
    # (Adam steps of 50 diverge) fails the gate: registered, not served, the reason kept.
    # v1's data/train.jsonl holds this round's own conversations (not replayed twice) and,
    # as if v1 had been trained on more, one conversation the feedback does not have.
    with (version.folder / "data" / "train.jsonl").open("a", encoding="utf-8") as file:
        file.write(json.dumps({"messages": [*prompt_of("Who am I?"), reply("Sam.")]}) + "\n")
    wrecked = RetrainConfig(**{**FAST.__dict__, "lr": 50.0, "epochs": 2})
    second = retrain_user(store, "sam", str(base), wrecked)
    assert second.counts["replay"] == 1
    assert not second.activated
    assert second.gate.reference_name == "v1"
    assert second.version.version == 2 and second.version.parent == 1
    assert store.active_version("sam") == version
    assert second.gate.reason and second.version.eval["gate"]["reason"] == second.gate.reason
    assert second.version.eval["activated"] is False


def test_retraining_an_encrypted_store_keeps_everything_sealed_and_private(
    tmp_path: Path, base: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(KEY_VARIABLE, new_key())
    store = open_store(tmp_path / "sealed")
    store.add_user("sam")
    add_corrections(store)
    first = retrain_user(store, "sam", str(base), FAST)
    assert first.activated, first.gate.reason
    folder = first.version.folder
    # peft's save_pretrained follows the umask; the store makes every file 0600 anyway.
    modes = {p.name: stat.S_IMODE(p.stat().st_mode) for p in [folder, *folder.rglob("*")]}
    assert modes["adapter_model.safetensors"] == modes["train.jsonl"] == 0o600
    assert all(m == (0o700 if n in (folder.name, "data") else 0o600) for n, m in modes.items())
    raw = b"".join(p.read_bytes() for p in store.root.rglob("*") if p.is_file())
    assert not [t for t in [ANSWER, *QUESTIONS] if t.encode() in raw]
    assert_served_like_peft(store, base, folder)

    # The next retrain reads v1's sealed conversations back for its replay.
    kept = read_replay(folder / DATA_FILE, store.cipher)
    extra = Conversation((Message("user", "Who am I?"), Message("assistant", "Sam.")), "t", 1)
    write_replay(folder / DATA_FILE, [*kept, extra], store.cipher)
    second = retrain_user(store, "sam", str(base), RetrainConfig(**{**FAST.__dict__, "epochs": 1}))
    assert second.counts["replay"] == 1 and second.version.parent == 1
    replayed = read_replay(second.version.folder / DATA_FILE, store.cipher)
    assert extra.messages in [c.messages for c in replayed]
    store.close()


def assert_served_like_peft(store: Store, base: Path, folder: Path) -> None:
    """The server's per-person slots read the registered folder as peft does."""
    from peft import PeftModel

    served = build_slot_model(load_causal_lm(base))
    cache = SlotAdapterCache(served, 1, lambda name: folder, root=store.root / "adapters")
    assert cache.acquire("sam@v1")
    ids = torch.tensor([[1, 5, 6, 7, 8, 9, 2]])
    with torch.no_grad():
        slots = served(ids, **cache.forward_kwargs(["sam@v1"])).logits
        with quiet_peft():
            peft = PeftModel.from_pretrained(load_causal_lm(base), str(folder)).eval()
        torch.testing.assert_close(slots, peft(ids).logits)


def test_no_feedback_to_learn_from_is_a_clear_error(store: Store, base: Path) -> None:
    store.add_feedback("sam", "c-0", prompt_of("Hi"), "Bye.", "down")
    with pytest.raises(AttuneError, match="no feedback to learn from") as error:
        retrain_user(store, "sam", str(base), FAST)
    assert error.value.fix and "feedback" in error.value.fix
    with pytest.raises(AttuneError, match="no user named"):
        retrain_user(store, "nobody", str(base), FAST)
    assert store.versions("sam") == []


def test_the_cli_prints_the_gate_and_refuses_a_bad_base(
    store: Store, base: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_corrections(store)
    root = str(tmp_path / "store")
    missing = str(tmp_path / "no-such-model")
    assert main(["retrain", "sam", "--base", missing, "--store", root]) == 2
    assert "not found" in capsys.readouterr().err
    flags = ["--epochs", "1", "--lr", "1e-2", "--max-length", "96", "--threads", "1"]
    assert main(["retrain", "sam", "--base", str(base), "--store", root, *flags]) == 0
    out = capsys.readouterr().out
    assert "held-out correction loss" in out and "anchor perplexity" in out
    assert "v1" in out


def test_the_gate_rule() -> None:
    reference = GateScores(held_out_loss=2.0, anchor_perplexity=100.0)
    good = decide_release(GateScores(1.0, 104.0), reference, "v1", 0.05)
    assert good.passed and math.isclose(good.anchor_rise, 0.04)
    forgot = decide_release(GateScores(1.0, 106.0), reference, "v1", 0.05)
    assert not forgot.passed and "anchor perplexity rose" in forgot.reason
    worse = decide_release(GateScores(2.5, 90.0), reference, "v1", 0.05)
    assert not worse.passed and "held-out correction loss rose" in worse.reason
    broken = decide_release(GateScores(math.nan, math.nan), reference, "v1", 0.05)
    assert not broken.passed
    no_held_out = decide_release(GateScores(None, 99.0), GateScores(None, 100.0), "base", 0.05)
    assert no_held_out.passed and "no held-out corrections" in no_held_out.reason


def test_held_out_corrections_stay_held_out_as_feedback_grows() -> None:
    ids = [f"fb-{i}" for i in range(10)]
    first = held_out_ids(ids, 0.2, seed=0)
    assert len(first) == 2 and held_out_ids(ids, 0.2, seed=0) == first
    assert len(held_out_ids(ids[:3], 0.2, seed=0)) == 1
    assert held_out_ids(ids[:2], 0.2, seed=0) == set()
    grown = held_out_ids([*ids, *(f"fb-new-{i}" for i in range(10))], 0.2, seed=0)
    assert len(grown) == 4


def feedback(fid: str, prompt: object, rating: Rating, correction: str | None = None) -> Feedback:
    now = datetime.now(UTC)
    return Feedback(fid, "sam", "c", prompt, "An answer.", rating, correction, None, now)


def test_what_feedback_teaches() -> None:
    earlier = [*prompt_of("Hi"), reply("Hello."), *prompt_of("My cat?")]
    rows = [
        feedback("a", earlier, "down", ANSWER),
        feedback("b", prompt_of("Thanks"), "up"),
        feedback("c", prompt_of("Bye"), "down"),
        feedback("d", [reply("no user turn")], "up"),
        feedback("e", "not a list of messages", "down", ANSWER),
    ]
    data = person_data(rows, RetrainConfig(), "sam")
    assert (data.corrections, data.approvals, data.ignored) == (1, 1, 3)
    assert data.held_out == []  # fewer than 3 corrections: none held out
    corrected, approved = data.train
    # The earlier answer in the prompt is context (weight 0); the correction is learned.
    assert [(m.role, m.weight) for m in corrected.messages] == [
        ("user", None),
        ("assistant", 0),
        ("user", None),
        ("assistant", None),
    ]
    assert corrected.messages[-1].content == ANSWER
    assert approved.messages[-1].content == "An answer."
