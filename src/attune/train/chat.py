"""Fine-tuning a chat model: setup → fit → save, reading top to bottom.

What is specific to chat lives here: conversations packed into rows (`train.packing`),
and a loss computed only where a token is learned. The loop is `train.loop.fit`.

The loss: the transformer body runs on the packed rows (block-diagonal causal mask,
positions restarting per conversation) to hidden states h (B, L, H); the output head runs
only at the N positions whose next token is learned, so
    loss = (1/N) Σ_{t learned} −log softmax(W h_{t−1})[x_t],
the same number as `model(input_ids, labels=labels).loss`, without the (B, L, V) logits
of prompts and padding — with a 49k vocabulary those are most of a step's memory.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from attune.config import Config
from attune.data.canaries import save_canaries
from attune.data.conversations import Conversation
from attune.data.prepare_chat import PreparedChat, prepare_chat
from attune.data.render import Rendered, render_conversation
from attune.errors import AttuneError
from attune.models.chat import save_chat_model
from attune.models.load import load_causal_lm, load_tokenizer
from attune.models.lora import apply_lora_causal
from attune.models.registry import ModelSource, resolve_model
from attune.runs import (
    SYSTEM_PROMPT_FILE,
    prepare_run_dir,
    save_run_metadata,
    write_conversations,
)
from attune.train.batching import plan_batches
from attune.train.classification import loop_settings
from attune.train.cross_entropy import summed_cross_entropy
from attune.train.distributed import (
    World,
    all_reduce_sums,
    barrier,
    broadcast_parameters,
    init_distributed,
    main_first,
    training_device,
)
from attune.train.loop import LoopState, count_steps, fit
from attune.train.optim import LearningRateSchedule, build_optimizer
from attune.train.packing import (
    IGNORE_INDEX,
    bucket_batches,
    collate_packed,
    collate_padded,
    next_fit,
    pack_rows,
)
from attune.train.runtime import compiled_blocks, should_compile

"""Beside the weights: the system prompt the run was trained with (`attune chat` reads it)."""


def unwrapped_causal_lm(model: nn.Module) -> Any:
    """The causal LM itself, under peft's LoRA wrapper or not."""
    from peft import PeftModel

    return model.get_base_model() if isinstance(model, PeftModel) else model


def causal_lm_parts(model: nn.Module) -> tuple[nn.Module, nn.Module, Any]:
    """(body, output head, config) of a causal LM, LoRA-wrapped or not.

    For a Llama: `LlamaModel` (embeddings → blocks → final norm) and `lm_head`.
    """
    causal = unwrapped_causal_lm(model)
    head = causal.get_output_embeddings()
    if head is None:
        raise AttuneError(
            f"{type(causal).__name__} has no output head: not a causal language model",
            where="model",
            fix="use a chat (causal LM) model such as smollm2-135m",
        )
    return causal.base_model, head, causal.config


def learned_token_loss(
    model: nn.Module, batch: dict[str, torch.Tensor]
) -> tuple[torch.Tensor, int, int]:
    """(summed cross-entropy, learned tokens N, tokens the argmax got right) of a batch.

    The cross-entropy is in float32 even under bf16 autocast.
    """
    body, head, config = causal_lm_parts(model)
    device = next(head.parameters()).device
    batch = {key: value.to(device) for key, value in batch.items()}
    packed = "attention_mask" in batch  # else one conversation a row: the causal default
    hidden = body(
        input_ids=batch["input_ids"],
        attention_mask=attention_mask_for(batch["attention_mask"], config) if packed else None,
        position_ids=batch.get("position_ids"),
        use_cache=False,
    ).last_hidden_state  # (B, L, H)
    targets = batch["labels"][:, 1:]  # (B, L-1): the token each position must predict
    learned = targets != IGNORE_INDEX  # (B, L-1)
    logits = head(hidden[:, :-1][learned]).float()  # (N, V)
    cap = getattr(config, "final_logit_softcapping", None)
    if cap:  # Gemma-2 caps its logits; the loss must see what the model's forward gives
        logits = cap * torch.tanh(logits / cap)
    wanted = targets[learned]  # (N,)
    loss_sum, correct = summed_cross_entropy(logits, wanted)
    return loss_sum, len(wanted), correct


def attention_mask_for(mask: torch.Tensor, config: Any) -> torch.Tensor:
    """The (B, 1, L, L) mask as the model's attention reads it: a 4-D mask reaches the
    attention function untouched, SDPA takes booleans, eager attention adds it to the
    scores (so 0 where allowed, a very negative number where not)."""
    implementation = getattr(config, "_attn_implementation", None) or "sdpa"
    if implementation == "sdpa":
        return mask
    if implementation == "eager":
        blocked = torch.finfo(torch.float32).min
        return torch.zeros(mask.shape, device=mask.device).masked_fill(~mask, blocked)
    raise AttuneError(
        f"attention implementation {implementation!r} cannot take the block-diagonal mask "
        "that keeps packed conversations apart",
        where="model",
        fix="load the model with attn_implementation='sdpa' (the default) or 'eager'",
    )


@dataclass
class ChatTask:
    """Rendered train and validation conversations, and how to batch and score them.

    With packing, a micro-batch holds `batch_size` × `row_tokens` tokens of whole
    conversations, laid out as `layout` says: `buckets` — conversations of similar length,
    one a row, padded (causal attention, no mask); `rows` — `batch_size` rows of
    `row_tokens` tokens, several conversations each, kept apart by a block-diagonal mask.
    Without packing, `batch_size` conversations padded to the longest, grouped by length.
    Across processes, each takes every `world.size`-th row of each micro-batch, so the same
    config trains the same model on one process or several.
    """

    train: list[Rendered]
    validation: list[Rendered]
    pad_id: int
    row_tokens: int
    batch_size: int
    seed: int
    packing: bool = True
    group_by_length: bool = True
    world: World = field(default_factory=World)
    layout: str = "buckets"

    @property
    def in_rows(self) -> bool:
        """Several conversations share a row (packed rows with a block-diagonal mask)."""
        return self.packing and self.layout == "rows"

    def micro_batches(self, epoch: int) -> list[list[list[int]]]:
        """The epoch's micro-batches of every process: rows of conversation indices."""
        lengths = [len(r.input_ids) for r in self.train]
        if self.packing:
            return self.packed_batches(lengths, epoch)
        batches = plan_batches(lengths, self.batch_size, self.seed, epoch, self.group_by_length)
        return [[[i] for i in batch] for batch in batches]

    def packed_batches(self, lengths: list[int], epoch: int) -> list[list[list[int]]]:
        """Micro-batches of `batch_size` × `row_tokens` tokens, as `layout` says."""
        if not self.in_rows:
            budget = self.batch_size * self.row_tokens
            return [[[i] for i in b] for b in bucket_batches(lengths, budget, self.seed, epoch)]
        rows = pack_rows(lengths, self.row_tokens, self.seed, epoch)
        return [rows[i : i + self.batch_size] for i in range(0, len(rows), self.batch_size)]

    def plan_epoch(self, epoch: int) -> list[list[int]]:
        """This process's rows of each micro-batch, flattened (see `rows_of`)."""
        return [
            [i for row in self.world.shard(batch) for i in row]
            for batch in self.micro_batches(epoch)
        ]

    def rows_of(self, indices: list[int]) -> list[list[int]]:
        """Rows again from a flat micro-batch: next-fit never needs more rows than planned."""
        if not self.in_rows:
            return [[i] for i in indices]
        lengths = [len(self.train[i].input_ids) for i in indices]
        spots = next_fit(range(len(indices)), lengths, self.row_tokens)
        return [[indices[s] for s in row] for row in spots]

    def batch_loss(
        self, model: nn.Module, indices: list[int]
    ) -> tuple[torch.Tensor, dict[str, float]]:
        """Mean loss over the learned tokens; `weight` (those tokens) weighs it in the step."""
        if not indices:  # an empty shard on one process still joins the step, adding zero
            zero = sum(p.sum() * 0.0 for p in model.parameters() if p.requires_grad)
            return torch.as_tensor(zero), {"weight": 0.0, "token_accuracy": 0.0}
        rows = [[self.train[i] for i in row] for row in self.rows_of(indices)]
        loss_sum, tokens, correct = learned_token_loss(model, self.collate(rows))
        return loss_sum / max(tokens, 1), {"weight": float(tokens), "token_accuracy": correct}

    def collate(self, rows: list[list[Rendered]]) -> dict[str, torch.Tensor]:
        """Packed rows with their mask, or one conversation a row with none (causal)."""
        if self.in_rows:
            return collate_packed(rows, self.pad_id)
        return collate_padded([row[0] for row in rows], self.pad_id)

    def validation_batches(self) -> list[list[list[int]]]:
        """Micro-batches of validation rows, laid out as in training (seed, epoch 0)."""
        lengths = [len(r.input_ids) for r in self.validation]
        if self.packing:
            return self.packed_batches(lengths, 0)
        rows = [[i] for i in sorted(range(len(lengths)), key=lengths.__getitem__)]
        return [rows[i : i + self.batch_size] for i in range(0, len(rows), self.batch_size)]

    @torch.no_grad()
    def evaluate(self, model: nn.Module) -> dict[str, float]:
        """eval_loss (mean over learned tokens), perplexity = exp(eval_loss), token_accuracy."""
        if not self.validation:
            return {"eval_loss": math.nan, "perplexity": math.nan, "token_accuracy": math.nan}
        totals = [0.0, 0.0, 0.0]  # summed loss, learned tokens, correct
        for batch in self.validation_batches():
            chunk = [[self.validation[i] for i in row] for row in self.world.shard(batch)]
            if chunk:
                loss_sum, count, correct = learned_token_loss(model, self.collate(chunk))
                totals = [totals[0] + loss_sum.item(), totals[1] + count, totals[2] + correct]
        eval_sum, eval_tokens, eval_correct = all_reduce_sums(totals)
        eval_loss = eval_sum / max(eval_tokens, 1.0)
        return {
            "eval_loss": eval_loss,
            "perplexity": math.exp(min(eval_loss, 700.0)),
            "token_accuracy": eval_correct / max(eval_tokens, 1.0),
        }


def render_all(
    tokenizer: Any, conversations: list[Conversation], max_length: int
) -> list[Rendered]:
    """Rendered conversations that still learn something after truncation."""
    rendered = [render_conversation(tokenizer, c.messages, max_length) for c in conversations]
    return [r for r in rendered if r.learned > 0]


def build_chat_task(
    config: Config, data: PreparedChat, tokenizer: Any, world: World | None = None
) -> ChatTask:
    max_length = config.data.max_length
    train = render_all(tokenizer, data.train, max_length)
    if not train:
        raise AttuneError(
            f"no training conversation has a learned assistant token within "
            f"data.max_length={max_length} tokens",
            where=str(config.data.train),
            fix="raise data.max_length, or check that the conversations have assistant turns",
        )
    pad_id = tokenizer.pad_token_id
    if pad_id is None:  # padding is masked out of attention and loss: any id will do
        pad_id = tokenizer.eos_token_id or 0
    return ChatTask(
        train=train,
        validation=render_all(tokenizer, data.validation, max_length),
        pad_id=int(pad_id),
        row_tokens=max_length,
        batch_size=config.train.batch_size,
        seed=config.train.seed,
        packing=config.train.packing,
        group_by_length=config.train.group_by_length,
        world=world or World(),
        layout=config.train.packing_layout,
    )


def build_schedule(config: Config, batches: int) -> LearningRateSchedule:
    settings = config.train
    total = count_steps(batches, settings.epochs, settings.grad_accum)
    if total == 0:
        raise AttuneError(
            f"train.epochs={settings.epochs} over {batches} batches makes no optimiser step",
            fix="raise train.epochs or lower train.batch_size",
        )
    return LearningRateSchedule(
        total_steps=total,
        warmup_steps=int(settings.warmup_ratio * total),
        kind=settings.schedule,
        plateau=settings.reduce_on_plateau,
    )


def load_chat_base(config: Config) -> tuple[nn.Module, Any, ModelSource]:
    """The pre-trained causal LM (LoRA-wrapped when `train.method` is lora) and tokenizer."""
    settings = config.train
    with main_first():  # the first use of an alias converts it into a cache: once
        source = resolve_model(config.model)
    tokenizer = load_tokenizer(source)
    model = load_causal_lm(source)
    if settings.method == "lora":
        model = apply_lora_causal(
            model,
            settings.lora_r,
            settings.lora_alpha,
            settings.lora_dropout,
            settings.lora_targets,
        )
    return model, tokenizer, source


def train_chat(
    config: Config, resume: bool = False, overwrite: bool = False, quiet: bool = False
) -> Path:
    """Fine-tune a chat model as `config` says and write the run directory; returns it.

    Under `accelerate launch` / `torchrun` every process trains its shard and only the main
    process writes files.
    """
    world = init_distributed()
    run_dir = Path(config.output_dir)
    if world.is_main:
        prepare_run_dir(run_dir, resume=resume, overwrite=overwrite)
    barrier()
    settings = config.train
    torch.manual_seed(settings.seed)
    if settings.threads:
        torch.set_num_threads(settings.threads)
    data = prepare_chat(config.data, settings.seed)
    if world.is_main:
        write_conversations(run_dir / "data" / "train.jsonl", data.train)
        write_conversations(run_dir / "data" / "validation.jsonl", data.validation)
        if data.canaries:
            save_canaries(data.canaries, run_dir)
    model, tokenizer, source = load_chat_base(config)
    model.to(training_device())
    task = build_chat_task(config, data, tokenizer, world)
    broadcast_parameters(model)
    optimizer = build_optimizer([("model", model, settings.lr)], settings.weight_decay)
    schedule = build_schedule(config, len(task.plan_epoch(0)))
    settings_for_loop = loop_settings(config, quiet or not world.is_main)
    tokens = int(sum(len(r.input_ids) for r in task.train) * settings.epochs)
    compile_blocks = should_compile(settings.compile, tokens, training_device())
    with compiled_blocks(unwrapped_causal_lm(model), compile_blocks):
        state = fit(model, task, optimizer, schedule, settings_for_loop, run_dir, resume=resume)
    if world.is_main:
        save_chat_run(run_dir, config, source, model, tokenizer, state, data)
    barrier()
    return run_dir


def save_chat_run(
    run_dir: Path,
    config: Config,
    source: ModelSource,
    model: nn.Module,
    tokenizer: Any,
    state: LoopState,
    data: PreparedChat,
) -> None:
    """model/ (with the system prompt generation must use too), history.json, metadata."""
    save_chat_model(model, tokenizer, run_dir / "model")
    if data.system_prompt:
        prompt_file = run_dir / "model" / SYSTEM_PROMPT_FILE
        prompt_file.write_text(data.system_prompt + "\n", encoding="utf-8")
    (run_dir / "history.json").write_text(json.dumps(state.history, indent=1), encoding="utf-8")
    save_run_metadata(run_dir, config, source, privacy=data.privacy)
