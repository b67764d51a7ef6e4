"""Retraining a person's adapter from their feedback: the next version, behind a gate.

feedback → conversations → (+ replay of their earlier data, + general anchor sample)
  → continue the active adapter (or a fresh LoRA) on the shared base → gate → register

- A correction becomes prompt + assistant: correction; a thumbs-up without correction
  becomes prompt + the approved answer; a thumbs-down without correction teaches nothing.
  Assistant turns inside the stored prompt are context (weight 0), never learned.
- A seeded share of the corrections is held out for the gate (`people.gate`).
- Each version folder keeps `data/train.jsonl`: the person's conversations so far (this
  round's, and its parent's file less what this round already holds), written 0600 and
  encrypted when the store has a key (`people.replay`). The next retrain replays a sample
  of the active version's file; a version registered some other way has none, and nothing
  is replayed. It is the person's data: `forget_user` deletes it with the folder.
- A sample of the replay half of attune's anchor set (`people.gate.split_anchor`) is
  trained on against forgetting; the other half is only ever scored by the gate.

The candidate is registered either way, with its gate numbers and reason in the version's
eval JSON; it is activated (served) only when it passes.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import asdict, dataclass
from hashlib import sha256
from pathlib import Path
from typing import Any

import torch

from attune.data.conversations import ROLES, Conversation, Message
from attune.errors import AttuneError
from attune.export.load import is_int8_export, load_chat_for_serving
from attune.models.dropout import use_packed_dropout
from attune.models.load import load_causal_lm, load_tokenizer, quiet_peft
from attune.models.lora import apply_lora_causal
from attune.models.registry import resolve_model
from attune.people.adapters import ADAPTERS
from attune.people.crypto import StoreCipher
from attune.people.gate import (
    GateReport,
    decide_release,
    held_out_ids,
    json_safe,
    score_gate,
    split_anchor,
)
from attune.people.replay import DATA_FILE, read_replay, record_of, write_replay
from attune.people.schema import AdapterVersion, Feedback, VersionInfo
from attune.people.store import Store
from attune.serve.adapters import checked_adapter_folder
from attune.train.chat import ChatTask, render_all
from attune.train.loop import LoopSettings, count_steps, fit
from attune.train.optim import LearningRateSchedule, build_optimizer

NEVER = 2**62
"""A checkpoint interval no retrain reaches: a retrain is short and is not resumed."""


@dataclass(frozen=True)
class RetrainConfig:
    """How to retrain a person's adapter (saved with the version)."""

    epochs: float = 3.0
    """Passes over the training mix."""
    lr: float = 1e-3
    """Peak learning rate of the LoRA weights (linear decay to 0, no warm-up)."""
    batch_size: int = 8
    """Packed rows of `max_length` tokens per optimiser step."""
    max_length: int = 512
    """Tokens per conversation (longer ones are cut) and per packed row."""
    replay_size: int = 32
    """Conversations sampled from the active version's `data/train.jsonl`."""
    anchor_size: int = 8
    """Conversations sampled from the anchor set's replay half."""
    held_out_share: float = 0.2
    """Share of the corrections kept for the gate (at least 1 once there are 3)."""
    tolerance: float = 0.05
    """Largest relative rise of held-out anchor perplexity allowed (0.05: +5 %)."""
    seed: int = 0
    """Seeds the held-out choice, the samples, a fresh adapter, dropout and batch order."""
    threads: int | None = None
    """CPU threads for torch (default: torch's own choice)."""
    lora_r: int = 16
    """LoRA rank of a fresh adapter (a continued one keeps its own)."""
    lora_alpha: int = 32
    """LoRA scale numerator of a fresh adapter."""
    lora_dropout: float = 0.05
    """Dropout on the LoRA input of a fresh adapter."""

    def __post_init__(self) -> None:
        checks = {
            "epochs": self.epochs > 0,
            "lr": self.lr > 0,
            "batch_size": self.batch_size >= 1,
            "max_length": self.max_length >= 8,
            "replay_size": self.replay_size >= 0,
            "anchor_size": self.anchor_size >= 0,
            "held_out_share": 0 <= self.held_out_share < 1,
            "tolerance": self.tolerance >= 0,
            "threads": self.threads is None or self.threads >= 1,
            "lora_r": self.lora_r >= 1,
        }
        for name, ok in checks.items():
            if not ok:
                raise AttuneError(
                    f"retrain setting {name} is out of range: {getattr(self, name)!r}",
                    where=f"--{name.replace('_', '-')}",
                    fix="see `attune retrain --help` for the allowed values",
                )


@dataclass(frozen=True)
class PersonData:
    """A person's feedback as conversations: what is learned, what the gate holds out."""

    train: list[Conversation]
    held_out: list[Conversation]
    corrections: int
    approvals: int
    ignored: int
    """Feedback that teaches nothing: thumbs-down without correction, unusable prompt."""


@dataclass(frozen=True)
class RetrainResult:
    """The registered candidate, the gate's numbers and decision, and what was trained on."""

    version: AdapterVersion
    gate: GateReport
    counts: dict[str, int]

    @property
    def activated(self) -> bool:
        return self.gate.passed


def retrain_user(
    store: Store, user: str, base: str, config: RetrainConfig | None = None
) -> RetrainResult:
    """Train, gate and register `user`'s next adapter version on the base model `base`
    (an alias, a model folder, or a chat run / export folder whose merged model is served)."""
    config = config or RetrainConfig()
    if config.threads:
        torch.set_num_threads(config.threads)
    data = person_data(store.feedback_for(user), config, user)
    active = store.active_version(user)
    model, tokenizer = load_base(base)
    base_hash = weights_hash(model)
    check_same_base(active, base_hash, base)
    torch.manual_seed(config.seed)
    model = attach_adapter(model, active, store, config)
    anchor_replay, anchor_held = split_anchor()
    held = [list(c.messages) for c in data.held_out]
    reference = score_gate(model, tokenizer, held, anchor_held, config.max_length)
    pool = replay_pool(active, data, store.cipher)
    rng = random.Random(config.seed)
    replay = rng.sample(pool, min(config.replay_size, len(pool)))
    anchor = rng.sample(anchor_replay, min(config.anchor_size, len(anchor_replay)))
    mix = data.train + replay + anchor
    counts = {
        "corrections": data.corrections,
        "approvals": data.approvals,
        "ignored": data.ignored,
        "held_out": len(data.held_out),
        "learned": len(data.train),
        "replay": len(replay),
        "anchor": len(anchor),
    }
    with tempfile.TemporaryDirectory(prefix=".retrain-", dir=store.root) as scratch:
        work = Path(scratch)
        counts["steps"] = train_candidate(model, tokenizer, mix, config, work / "train")
        candidate = score_gate(model, tokenizer, held, anchor_held, config.max_length)
        name = "base" if active is None else f"v{active.version}"
        gate = decide_release(candidate, reference, name, config.tolerance)
        folder = save_candidate(model, work / "adapter", data.train + pool, store.cipher)
        info = version_info(active, mix, base, base_hash, tokenizer, config, gate, counts)
        version = store.register_version(user, folder, info, activate=gate.passed, move=True)
    return RetrainResult(version, gate, counts)


# Data


def person_data(feedback: list[Feedback], config: RetrainConfig, user: str) -> PersonData:
    """Conversations from `feedback` (see the module docstring); an error when none teaches."""
    corrections: list[tuple[str, Conversation]] = []
    approvals: list[Conversation] = []
    for item in feedback:
        prompt = prompt_messages(item.prompt)
        correction = (item.correction or "").strip()
        answer = correction or (item.answer.strip() if item.rating == "up" else "")
        if prompt is None or not answer:
            continue
        messages = (*prompt, Message("assistant", answer))
        conversation = Conversation(messages, f"feedback {item.id}", 1)
        if correction:
            corrections.append((item.id, conversation))
        else:
            approvals.append(conversation)
    if not corrections and not approvals:
        raise AttuneError(
            f"{user} has no feedback to learn from ({len(feedback)} feedback rows; none "
            "with a correction or a thumbs-up on a usable prompt)",
            where=f"user {user}",
            fix="collect corrections or thumbs-up through POST /v1/feedback, then retrain",
        )
    held_ids = held_out_ids([fid for fid, _ in corrections], config.held_out_share, config.seed)
    held = [c for fid, c in corrections if fid in held_ids]
    # The same correction sent twice must not be trained on and held out at once.
    held_records = {record_of(c) for c in held}
    learned = [c for fid, c in corrections if record_of(c) not in held_records]
    ignored = len(feedback) - len(corrections) - len(approvals)
    return PersonData(learned + approvals, held, len(corrections), len(approvals), ignored)


def prompt_messages(prompt: Any) -> list[Message] | None:
    """The stored prompt as messages ending with a user turn, or None when unusable."""
    if not isinstance(prompt, list) or not prompt:
        return None
    messages = []
    for turn in prompt:
        if not isinstance(turn, dict) or turn.get("role") not in ROLES:
            return None
        content = turn.get("content")
        if not isinstance(content, str):
            return None
        role = str(turn["role"])
        # Earlier answers in the prompt are context: the feedback judged only the last one.
        messages.append(Message(role, content.strip(), 0 if role == "assistant" else None))
    return messages if messages[-1].role == "user" else None


def replay_pool(
    active: AdapterVersion | None, data: PersonData, cipher: StoreCipher | None
) -> list[Conversation]:
    """The active version's learned conversations that this round does not already hold."""
    if active is None or not (active.folder / DATA_FILE).is_file():
        return []
    seen = {record_of(c) for c in data.train + data.held_out}
    return [c for c in read_replay(active.folder / DATA_FILE, cipher) if record_of(c) not in seen]


# Model


def load_base(spec: str) -> tuple[Any, Any]:
    """(model, tokenizer) of the shared base: a chat run or export (merged, as served), or
    a model alias / folder / hub id."""
    path = Path(spec).expanduser()
    if (path / "config.yaml").is_file() and (path / "model").is_dir():
        if is_int8_export(path):
            raise AttuneError(
                "an int8 export cannot be trained on",
                where=str(path),
                fix="pass the float run the export was made from as --base",
            )
        return load_chat_for_serving(path)
    source = resolve_model(spec)
    return load_causal_lm(source), load_tokenizer(source)


def weights_hash(model: Any) -> str:
    """sha256 of the weights as loaded (names, dtypes, shapes, bytes in name order), so a
    run folder (merged at load) and a model folder are compared the same way."""
    digest = sha256()
    for name, tensor in sorted(model.state_dict().items()):
        digest.update(f"{name}:{tensor.dtype}:{tuple(tensor.shape)}\n".encode())
        digest.update(tensor.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy())
    return digest.hexdigest()


def check_same_base(active: AdapterVersion | None, base_hash: str, base: str) -> None:
    """An adapter continued on weights other than its own would learn from a wrong start."""
    if active is None or active.base_model_hash in (None, base_hash):
        return
    raise AttuneError(
        f"v{active.version} of {active.user} was trained on another base model "
        f"(sha256 {active.base_model_hash[:12]}…, this one {base_hash[:12]}…)",
        where=f"--base {base}",
        fix="pass the base the server runs with (the one the active version was trained on)",
    )


def attach_adapter(
    model: Any, active: AdapterVersion | None, store: Store, config: RetrainConfig
) -> Any:
    """The active version's LoRA, trainable, on `model`; a fresh LoRA when there is none."""
    if active is None:
        return apply_lora_causal(model, config.lora_r, config.lora_alpha, config.lora_dropout)
    from peft import PeftModel

    name = f"{active.user}@v{active.version}"
    folder = checked_adapter_folder(active.folder, name, store.root / ADAPTERS)
    with quiet_peft():
        wrapped = PeftModel.from_pretrained(model, str(folder), is_trainable=True)
    use_packed_dropout(wrapped)  # packed rows need the per-conversation dropout
    return wrapped


def train_candidate(
    model: Any, tokenizer: Any, conversations: list[Conversation], config: RetrainConfig, work: Path
) -> int:
    """Train the adapter with attune's chat loop (packing, learned-token loss); the steps.

    No validation set: the gate's held-out sets must not choose the weights too.
    """
    work.mkdir(parents=True)
    train = render_all(tokenizer, conversations, config.max_length)
    pad_id = tokenizer.pad_token_id
    if pad_id is None:  # padding is masked out of attention and loss: any id will do
        pad_id = tokenizer.eos_token_id or 0
    task = ChatTask(train, [], int(pad_id), config.max_length, config.batch_size, config.seed)
    total = count_steps(len(task.plan_epoch(0)), config.epochs, 1)
    if not train or total == 0:
        raise AttuneError(
            f"nothing to train on: no conversation keeps a learned token within "
            f"{config.max_length} tokens, or {config.epochs} epochs make no step",
            where="--max-length / --epochs",
            fix="raise --max-length or --epochs",
        )
    schedule = LearningRateSchedule(total_steps=total, warmup_steps=0, kind="linear")
    optimizer = build_optimizer([("lora", model, config.lr)], weight_decay=0.0)
    settings = LoopSettings(
        epochs=config.epochs,
        grad_accum=1,
        max_grad_norm=1.0,
        metric="eval_loss",
        higher_is_better=False,
        patience=0,
        eval_every=0,
        checkpoint_every=NEVER,
        keep_checkpoints=1,
        use_bf16=False,
        quiet=True,
    )
    return fit(model, task, optimizer, schedule, settings, work).step


def save_candidate(
    model: Any, folder: Path, person: list[Conversation], cipher: StoreCipher | None
) -> Path:
    """The served LoRA folder (adapter_config.json + adapter_model.safetensors) and the
    person's conversations so far (`data/train.jsonl`, the next retrain's replay). Made
    0700/0600 when registered; until then it is inside the store's 0700 scratch folder."""
    model.save_pretrained(str(folder), safe_serialization=True)
    write_replay(folder / DATA_FILE, person, cipher)
    return folder


def version_info(
    active: AdapterVersion | None,
    mix: list[Conversation],
    base: str,
    base_hash: str,
    tokenizer: Any,
    config: RetrainConfig,
    gate: GateReport,
    counts: dict[str, int],
) -> VersionInfo:
    data = "".join(record_of(c) + "\n" for c in mix)
    template = str(getattr(tokenizer, "chat_template", None) or "")
    numbers = {
        "held_out_loss": json_safe(gate.candidate.held_out_loss),
        "anchor_perplexity": json_safe(gate.candidate.anchor_perplexity),
        "anchor_rise": json_safe(gate.anchor_rise),
    }
    return VersionInfo(
        data_hash=sha256(data.encode()).hexdigest(),
        base_model_hash=base_hash,
        chat_template_hash=sha256(template.encode()).hexdigest() if template else None,
        config={**asdict(config), "base": base, "counts": counts},
        eval={**numbers, "activated": gate.passed, "gate": gate.to_dict()},
        parent=None if active is None else active.version,
    )
