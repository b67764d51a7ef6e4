"""Chat speed: real tokens per second of LoRA training, attune against TRL's `SFTTrainer`.

Same model (smollm2-135m: the same safetensors folder, float32 weights), same LoRA
(r 16, alpha 32, dropout 0.05, attune's `default_lora_targets`: every linear layer of the
blocks), same data, one epoch, max_length 512, learning rate 2e-4, the same torch threads.
Sides:

- `attune`: `train_chat` with its chat defaults (packing 4 × 512 tokens a step, laid out
  as buckets of similar-length conversations, one a row, causal attention without a mask;
  bf16 autocast where the CPU has native bf16, the output head only where a token is
  learned) and `train.compile=true`: this run's 24k tokens are under the 40k from which
  `auto` compiles the decoder blocks by itself; `--attune-layout rows` packs rows with a
  block-diagonal mask instead;
- `attune-eager`: the same with `train.compile=false` (what `auto` does for this run);
- `trl-default`: `SFTTrainer` with `SFTConfig`'s defaults (no packing, each batch padded to
  its longest conversation, gradient checkpointing on, bf16 where the CPU has it natively),
  the batch set so it takes as many optimiser steps as attune, i.e. as many conversations a
  step on average;
- `trl-packing`: the same with `packing=True` (TRL's best-fit-decreasing packing, which
  turns on padding-free batches), 4 rows of 512 tokens a step as attune.

The data: a seeded mix of short FastChat identity conversations (2–6 turns, ~50–120
tokens) and longer multi-turn ones (3–12 question/answer pairs of attune's anchor set
chained, ~150–500 tokens); every one fits in 512 tokens, so nobody truncates. SmolLM2's
template has no generation markers, so TRL cannot mask prompts of a `messages` dataset
(`assistant_only_loss` refuses it); TRL gets prompt-completion records (the conversation
up to its last assistant turn, and that turn), which it masks. attune learns every
assistant turn. What is learned changes no token processed: both run every token.

A real token is a non-padding token of the data run through the model. Each side counts
its own per optimiser step (attune: lengths of the packed conversations; TRL: the batch's
attention mask, or its flattened length when padding-free) and times each step; the first
`SKIP` steps are warm-up and left out. Each repeat is a fresh process; sides alternate.

    python benchmarks/chat_speed.py [--quick] [--repeats 3] [--threads 2]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    ANCHOR_FILE,
    RUNS_ROOT,
    Messages,
    load_average,
    machine_info,
    machine_line,
    measure_gemm_at,
    measure_gemm_peak,
    peak_rss_mib,
    read_identity_conversations,
    read_json,
    read_messages_jsonl,
    table,
    write_messages_jsonl,
    write_results,
)

THREADS = 2
MAX_LENGTH = 512
ROWS = 4
"""Packed rows of MAX_LENGTH tokens a step (attune's train.batch_size; TRL packing's batch)."""
LR = 2.0e-4
LORA = {"r": 16, "alpha": 32, "dropout": 0.05}
SKIP = 2
"""Warm-up optimiser steps left out of the timing (first-call kernel selection, allocator)."""
SIDES = ("attune", "attune-eager", "trl-default", "trl-packing")
EXTRA_SIDES = ("trl-packing-no-gc", "trl-packing-compiled")
"""On request (`--sides`): TRL packing without SFTConfig's default gradient checkpointing,
TRL's fastest setting here (checkpointing re-runs the forward: 6·N·T instead of 4·N·T);
and with `torch_compile=True` (the Trainer compiles the whole model with inductor)."""
TARGETS = {
    "trl-default": 3.0,
    "trl-packing": 1.5,
    "trl-packing-no-gc": 1.5,
    "trl-packing-compiled": 1.5,
}
MFU_TARGET = 0.5
SEED = 0


# --- the data ----------------------------------------------------------------------------


def anchor_pairs() -> list[Messages]:
    """Each user question of the anchor set with the assistant answer that follows it."""
    pairs = []
    for conversation in read_messages_jsonl(ANCHOR_FILE):
        turns = [m for m in conversation if m["role"] != "system"]
        for question, answer in zip(turns, turns[1:], strict=False):
            if question["role"] == "user" and answer["role"] == "assistant":
                pairs.append([question, answer])
    return pairs


def build_mix(identity: int, long: int, tokenizer: Any) -> tuple[list[Messages], list[Messages]]:
    """`identity` FastChat conversations and `long` chained anchor ones, shuffled, each
    rendering to at most MAX_LENGTH tokens; and 4 other identity conversations (validation,
    which must not repeat training conversations: attune drops those)."""
    import random

    from attune.data.render import render_conversation

    rng = random.Random(SEED)
    sampled = rng.sample(read_identity_conversations(), identity + 4)
    conversations, spare = sampled[:identity], sampled[identity:]
    pairs = anchor_pairs()
    for _ in range(long):
        chained = [m for pair in rng.sample(pairs, rng.randint(3, 12)) for m in pair]
        while len(render_conversation(tokenizer, chained).input_ids) > MAX_LENGTH:
            chained = chained[:-2]
        conversations.append(chained)
    rng.shuffle(conversations)
    return conversations, spare


# --- the children: one training run each, in its own process -----------------------------


class StepClock:
    """Per optimiser step: when it started (or, for TRL, ended), real tokens, positions."""

    def __init__(self) -> None:
        self.marks: list[float] = []
        self.tokens: list[int] = []
        self.positions: list[int] = []
        self.flops: list[float] = []
        self.end: float | None = None

    def steady(self, skip: int) -> dict[str, float]:
        """Tokens/s over steps `skip`… (marks are step starts, `end` the last step's end)."""
        marks = [*self.marks, self.end] if self.end is not None else self.marks
        seconds = marks[len(self.tokens)] - marks[skip]
        tokens = sum(self.tokens[skip:])
        return {
            "tokens_per_s": tokens / seconds,
            "measured_steps": len(self.tokens) - skip,
            "measured_seconds": seconds,
            "measured_tokens": tokens,
            "flops_per_s": sum(self.flops[skip:]) / seconds if self.flops else 0.0,
        }


def model_sizes(model: Any) -> dict[str, int]:
    """Frozen linear weights of the blocks, LoRA weights, and the shapes FLOPs need."""
    config = model.get_base_model().config
    frozen = sum(p.numel() for n, p in model.named_parameters() if n.endswith("base_layer.weight"))
    lora = sum(p.numel() for n, p in model.named_parameters() if "lora_" in n)
    head_dim = getattr(config, "head_dim", config.hidden_size // config.num_attention_heads)
    return {
        "frozen_linear": frozen,
        "lora": lora,
        "head": config.vocab_size * config.hidden_size,
        "layers": config.num_hidden_layers,
        "attention_width": config.num_attention_heads * head_dim,
        "non_embedding": sum(
            p.numel() for n, p in model.named_parameters() if "embed" not in n and "lora_" not in n
        ),
    }


def useful_flops(sizes: dict[str, int], lengths: list[int], learned: int) -> float:
    """FLOPs a LoRA step must do for these conversations (see the README's formula):
    frozen linears 4·N·T (forward + input gradients, no weight gradients), adapters 6·N·T,
    attention 12·d·layers per (query, key) pair inside a conversation, and the output head
    4·V·H at learned positions only."""
    tokens = sum(lengths)
    pairs = sum(n * (n + 1) // 2 for n in lengths)
    return (
        4 * sizes["frozen_linear"] * tokens
        + 6 * sizes["lora"] * tokens
        + 12 * sizes["attention_width"] * sizes["layers"] * pairs
        + 4 * sizes["head"] * learned
    )


def train_attune_once(
    train: Path, validation: Path, run_dir: Path, threads: int, layout: str, compiled: bool
) -> dict[str, Any]:
    """`train_chat` as a user runs it, with its task's batch_loss / evaluate timed."""
    from attune.config import load_config
    from attune.precision import resolve_bf16
    from attune.train.chat import ChatTask, train_chat

    clock, sizes = StepClock(), {}
    original_loss, original_evaluate = ChatTask.batch_loss, ChatTask.evaluate

    def timed_loss(self: ChatTask, model: Any, indices: list[int]) -> Any:
        if not sizes:
            sizes.update(model_sizes(model))
        clock.marks.append(time.perf_counter())
        rows = self.rows_of(indices)
        lengths = [len(self.train[i].input_ids) for i in indices]
        clock.tokens.append(sum(lengths))
        clock.positions.append(len(rows) * max(sum(len(self.train[i]) for i in r) for r in rows))
        learned = sum(self.train[i].learned for i in indices)
        clock.flops.append(useful_flops(sizes, lengths, learned))
        return original_loss(self, model, indices)

    def timed_evaluate(self: ChatTask, model: Any) -> Any:
        if clock.end is None:
            clock.end = time.perf_counter()
        return original_evaluate(self, model)

    ChatTask.batch_loss = timed_loss  # type: ignore[method-assign]
    ChatTask.evaluate = timed_evaluate  # type: ignore[method-assign]
    overrides = [
        "task=chat",
        f"output_dir={run_dir}",
        f"data.train={train}",
        f"data.validation={validation}",
        f"data.max_length={MAX_LENGTH}",
        "train.epochs=1",
        f"train.lr={LR:.1e}",
        f"train.batch_size={ROWS}",
        f"train.lora_r={LORA['r']}",
        f"train.lora_alpha={LORA['alpha']}",
        f"train.lora_dropout={LORA['dropout']}",
        f"train.threads={threads}",
        f"train.seed={SEED}",
        f"train.packing_layout={layout}",
        f"train.compile={str(compiled).lower()}",
    ]
    config = load_config(None, overrides)
    started = time.perf_counter()
    train_chat(config, overwrite=True, quiet=True)
    return {
        **clock.steady(SKIP),
        "whole_loop_tokens_per_s": sum(clock.tokens) / ((clock.end or 0.0) - clock.marks[0]),
        "end_to_end_seconds": time.perf_counter() - started,
        "steps": len(clock.tokens),
        "tokens": sum(clock.tokens),
        "positions": sum(clock.positions),
        "precision": "bf16 autocast" if resolve_bf16(config.train.precision) else "fp32",
        "compiled": compiled,
        "sizes": sizes,
    }


def trl_real_tokens(inputs: dict[str, Any]) -> tuple[int, int]:
    """(real tokens, positions) of a TRL batch: padded batches carry an attention mask;
    padding-free ones are one flattened row of real tokens."""
    ids = inputs["input_ids"]
    mask = inputs.get("attention_mask")
    if mask is not None and mask.dim() == 2:
        return int(mask.sum()), ids.numel()
    return ids.numel(), ids.numel()


def train_trl_once(
    train: Path,
    run_dir: Path,
    packing: bool,
    batch: int,
    checkpointing: bool = True,
    compiled: bool = False,
) -> dict[str, Any]:
    import torch
    from datasets import Dataset
    from peft import LoraConfig
    from transformers import AutoModelForCausalLM, AutoTokenizer, TrainerCallback
    from trl import SFTConfig, SFTTrainer

    from attune.models.lora import default_lora_targets
    from attune.models.registry import resolve_model

    clock = StepClock()

    class Timed(SFTTrainer):  # type: ignore[misc]
        def training_step(self, model: Any, inputs: Any, num_items_in_batch: Any = None) -> Any:
            tokens, positions = trl_real_tokens(inputs)
            clock.tokens.append(tokens)
            clock.positions.append(positions)
            return super().training_step(model, inputs, num_items_in_batch)

    class StepEnds(TrainerCallback):  # type: ignore[misc]
        def on_train_begin(self, *args: Any, **kwargs: Any) -> None:
            clock.marks.append(time.perf_counter())

        def on_step_end(self, *args: Any, **kwargs: Any) -> None:
            clock.marks.append(time.perf_counter())

    folder = resolve_model("smollm2-135m").folder
    started = time.perf_counter()
    tokenizer = AutoTokenizer.from_pretrained(folder)
    model = AutoModelForCausalLM.from_pretrained(folder, dtype=torch.float32)
    peft_config = LoraConfig(
        r=LORA["r"],
        lora_alpha=LORA["alpha"],
        lora_dropout=LORA["dropout"],
        target_modules=default_lora_targets(model),
        task_type="CAUSAL_LM",
    )
    rows = [{"prompt": c[:-1], "completion": [c[-1]]} for c in read_messages_jsonl(train)]
    args = SFTConfig(
        output_dir=str(run_dir),
        per_device_train_batch_size=batch,
        num_train_epochs=1,
        learning_rate=LR,
        max_length=MAX_LENGTH,
        packing=packing,
        gradient_checkpointing=checkpointing,
        torch_compile=compiled,
        eval_strategy="no",
        save_strategy="no",
        report_to="none",
        use_cpu=True,
        # TRL's default bf16, only where the CPU has it natively (as attune decides): emulated,
        # a bf16 matmul runs over a hundred times slower than float32 (see `measure_gemm_peak`)
        bf16=training_dtype() == "bf16",
        seed=SEED,
    )
    trainer = Timed(
        model=model,
        args=args,
        train_dataset=Dataset.from_list(rows),
        processing_class=tokenizer,
        peft_config=peft_config,
        callbacks=[StepEnds()],
    )
    metrics = trainer.train().metrics
    # marks: train start, then each step's end; step k runs from marks[k] to marks[k + 1]
    return {
        **clock.steady(SKIP),
        "whole_loop_tokens_per_s": sum(clock.tokens) / metrics["train_runtime"],
        "end_to_end_seconds": time.perf_counter() - started,
        "steps": len(clock.tokens),
        "tokens": sum(clock.tokens),
        "positions": sum(clock.positions),
        "precision": "bf16 autocast" if args.bf16 else "fp32",
        "gradient_checkpointing": bool(args.gradient_checkpointing),
        "compiled": compiled,
        "padding_free": bool(trainer.padding_free),
        "train_runtime": metrics["train_runtime"],
    }


def run_child(args: argparse.Namespace) -> None:
    import torch

    torch.set_num_threads(args.threads)
    if args.child == "gemm":
        found: dict[str, Any] = measure_gemm_peak(args.threads)
        # the block's projections at one step's tokens (4 rows × 512): hidden 576, FFN 1536,
        # in the precision training runs in here
        dtype = training_dtype()
        for name, (k, n) in {"attention_576x576": (576, 576), "ffn_576x1536": (576, 1536)}.items():
            found[f"gflops_{name}"] = measure_gemm_at(args.threads, ROWS * MAX_LENGTH, k, n, dtype)
    elif args.child in ("attune", "attune-eager"):
        compiled = args.child == "attune"
        found = train_attune_once(
            args.train, args.validation, args.run_dir, args.threads, args.attune_layout, compiled
        )
    else:
        packing = args.child.startswith("trl-packing")
        batch = ROWS if packing else args.batch
        checkpointing = args.child != "trl-packing-no-gc"
        compiled = args.child == "trl-packing-compiled"
        found = train_trl_once(args.train, args.run_dir, packing, batch, checkpointing, compiled)
    found["peak_rss_mib"] = peak_rss_mib()
    found["threads"] = torch.get_num_threads()
    args.out.write_text(json.dumps(found), encoding="utf-8")


# --- the parent: alternate fresh children, take medians ----------------------------------


def spawn(side: str, repeat: int, data: dict[str, Any], args: argparse.Namespace) -> dict[str, Any]:
    """One child; a failed TRL configuration is recorded with its error, not fatal."""
    run_dir = RUNS_ROOT / f"chat-speed-{side}-{repeat}"
    out = RUNS_ROOT / f"chat-speed-{side}-{repeat}.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, __file__, "--child", side, "--train", str(data["train"])]
    command += ["--validation", str(data["validation"]), "--run-dir", str(run_dir)]
    command += ["--out", str(out), "--threads", str(args.threads)]
    command += ["--batch", str(data["trl_default_batch"]), "--skip", str(args.skip)]
    command += ["--attune-layout", args.attune_layout]
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0 or not out.is_file():
        if side in ("attune", "attune-eager", "gemm"):
            raise SystemExit(f"{side} run {repeat} failed:\n{done.stderr[-3000:]}")
        lines = [line for line in done.stderr.splitlines() if line.strip()]
        return {"error": "\n".join(lines[-6:])}
    return read_json(out)


def prepare_data(args: argparse.Namespace) -> dict[str, Any]:
    """Write the mix; plan attune's packed steps; size TRL's padded batch to match."""
    import math

    from attune.data.render import render_conversation
    from attune.models.load import load_tokenizer
    from attune.train.packing import bucket_batches, pack_rows

    identity, long = (40, 8) if args.quick else (args.identity, args.long)
    tokenizer = load_tokenizer("smollm2-135m")
    mix, spare = build_mix(identity, long, tokenizer)
    folder = RUNS_ROOT / "chat-speed-data"
    train = write_messages_jsonl(mix, folder / "train.jsonl")
    # validation runs once, after the timed steps; it only has to exist
    validation = write_messages_jsonl(spare, folder / "validation.jsonl")
    lengths = [len(render_conversation(tokenizer, c).input_ids) for c in mix]
    if args.attune_layout == "rows":
        steps = math.ceil(len(pack_rows(lengths, MAX_LENGTH, SEED, 0)) / ROWS)
    else:
        steps = len(bucket_batches(lengths, ROWS * MAX_LENGTH, SEED, 0))
    return {
        "train": train,
        "validation": validation,
        "conversations": len(mix),
        "identity": identity,
        "long": long,
        "tokens": sum(lengths),
        "length_quartiles": [int(x) for x in statistics.quantiles(lengths, n=4)],
        "length_max": max(lengths),
        "attune_steps": steps,
        "trl_default_batch": max(1, round(len(mix) / steps)),
    }


def summarise(runs: list[dict[str, Any]]) -> dict[str, Any]:
    ok = [r for r in runs if "error" not in r]
    if not ok:
        return {"error": runs[0]["error"], "runs": runs}
    found = {
        key: statistics.median(r[key] for r in ok)
        for key in ("tokens_per_s", "whole_loop_tokens_per_s", "peak_rss_mib", "end_to_end_seconds")
    }
    first = ok[0]
    found["padding_share"] = 1 - first["tokens"] / first["positions"]
    keep = ("steps", "tokens", "precision", "gradient_checkpointing", "padding_free", "sizes")
    keep += ("compiled",)
    found.update({key: first[key] for key in keep if key in first})
    if first.get("flops_per_s"):
        found["flops_per_s"] = statistics.median(r["flops_per_s"] for r in ok)
    return {**found, "runs": runs}


def training_dtype() -> str:
    """ "bf16" where the CPU multiplies bf16 natively, else "fp32": what every side trains in
    and the GEMM peak that model FLOPs utilisation is measured against."""
    from attune.precision import cpu_has_native_bf16

    return "bf16" if cpu_has_native_bf16() else "fp32"


def compare(results: dict[str, Any]) -> None:
    """Ratios against each TRL side, and attune's model FLOPs utilisation."""
    dtype = results["gemm_peak"]["dtype"]
    attune, peak = results["attune"], results["gemm_peak"][f"{dtype}_gflops"] * 1e9
    for side in TARGETS:
        other = results.get(side, {"error": "not run"})
        if "error" not in other:
            results[f"ratio_{side}"] = attune["tokens_per_s"] / other["tokens_per_s"]
            results[f"memory_ratio_{side}"] = attune["peak_rss_mib"] / other["peak_rss_mib"]
    results["mfu"] = attune["flops_per_s"] / peak
    eager = results.get("attune-eager", {"error": "not run"})
    if "error" not in eager:
        results["mfu_eager"] = eager["flops_per_s"] / peak
        results["ratio_compiled_over_eager"] = attune["tokens_per_s"] / eager["tokens_per_s"]
    # against what a GEMM of the model's own FFN shape reaches here: the attainable ceiling
    shaped = results["gemm_peak"]["gflops_ffn_576x1536"] * 1e9
    results["mfu_vs_model_shapes"] = attune["flops_per_s"] / shaped
    # the usual 6·N·T of a full fine-tune (N: non-embedding weights), for comparison only
    results["mfu_6n"] = 6 * attune["sizes"]["non_embedding"] * attune["tokens_per_s"] / peak


def render_markdown(results: dict[str, Any]) -> str:
    lines = ["# Chat speed: attune vs TRL SFTTrainer (LoRA training on CPU)", ""]
    if results["quick"]:
        lines += ["**Quick run** (tiny mix, one repeat): a smoke test, not a result.", ""]
    data, setup = results["data"], results["setup"]
    lines += [
        f"smollm2-135m, LoRA r {LORA['r']} / alpha {LORA['alpha']} / dropout {LORA['dropout']} "
        f"on every block linear layer, {data['conversations']} conversations "
        f"({data['identity']} identity + {data['long']} chained multi-turn; "
        f"{data['tokens']:,} tokens, quartiles {data['length_quartiles']}, longest "
        f"{data['length_max']}), 1 epoch, max_length {MAX_LENGTH}, lr {LR:g}, "
        f"{results['machine']['torch_threads']} torch threads. Steps: attune {ROWS} × "
        f"{MAX_LENGTH} tokens packed ({setup.get('attune_layout', 'rows')} layout); TRL "
        f"default {data['trl_default_batch']} conversations padded; TRL "
        f"packing {ROWS} packed rows. {setup['repeats']} repeats, alternating, each a fresh "
        f"process; tokens/s over the steps after the first {setup['skip']}; medians.",
        "",
    ]
    rows = []
    for side in results["sides"]:
        found = results[side]
        if "error" in found:
            rows.append([side, "failed", "—", "—", "—", "—", "—"])
            continue
        rows.append(
            [
                side,
                f"{found['tokens_per_s']:.0f}",
                f"{found['whole_loop_tokens_per_s']:.0f}",
                f"{100 * found['padding_share']:.0f} %",
                f"{found['peak_rss_mib']:.0f}",
                f"{found['end_to_end_seconds']:.0f}",
                found["precision"]
                + (", grad. checkpointing" if found.get("gradient_checkpointing") else "")
                + (", compiled" if found.get("compiled") else ""),
            ]
        )
    header = ["", "real tokens/s", "whole loop tokens/s", "padding", "peak RSS (MiB)"]
    lines += [table([*header, "end-to-end s", "precision"], rows), ""]
    for side, target in TARGETS.items():
        if f"ratio_{side}" in results:
            ratio = results[f"ratio_{side}"]
            verdict = "met" if ratio >= target else "NOT met"
            lines.append(
                f"- attune / {side}: **{ratio:.2f}×** real tokens/s (target ≥ {target:g}×: "
                f"{verdict}); peak memory {results[f'memory_ratio_{side}']:.2f}×."
            )
        elif side in results:
            lines.append(f"- {side} did not run: `{results[side]['error'].splitlines()[-1]}`")
    peak, threads = results["gemm_peak"], results["machine"]["torch_threads"]
    verdict = "met" if results["mfu"] >= MFU_TARGET else "NOT met"
    dtype, other = peak["dtype"], "fp32" if peak["dtype"] == "bf16" else "bf16"
    native = (
        ""
        if dtype == "bf16"
        else (
            " — this CPU has no native bf16 (no AMX, no AVX-512-bf16), so every side trains in "
            "float32 and float32 is the ceiling"
        )
    )
    lines += [
        f"- Model FLOPs utilisation of attune: **{100 * results['mfu']:.0f} %** of the "
        f"{dtype} GEMM peak {peak[f'{dtype}_gflops']:.0f} GFLOP/s (2048², {threads} threads; "
        f"{other} {peak[f'{other}_gflops']:.1f}{native}) — "
        f"{results['attune']['flops_per_s'] / 1e9:.0f} GFLOP/s "
        f"of useful LoRA work (target ≥ {100 * MFU_TARGET:.0f} %: {verdict}). With the "
        f"full-fine-tune convention 6·N·T it would read {100 * results['mfu_6n']:.0f} %. "
        f"A {dtype} GEMM at the model's own shapes ({ROWS * MAX_LENGTH} tokens × 576 → 1536 / "
        f"576) reaches {peak['gflops_ffn_576x1536']:.0f} / "
        f"{peak['gflops_attention_576x576']:.0f} GFLOP/s here; against the first, attune "
        f"runs at {100 * results['mfu_vs_model_shapes']:.0f} %.",
    ]
    if "mfu_eager" in results:
        lines.append(
            f"- Compiled blocks over eager (attune / attune-eager): "
            f"{results['ratio_compiled_over_eager']:.2f}×; attune-eager's MFU "
            f"{100 * results['mfu_eager']:.0f} %."
        )
    lines += [
        "",
        "Per-run real tokens/s: "
        + "; ".join(
            f"{side} "
            + ", ".join(
                "failed" if "error" in r else f"{r['tokens_per_s']:.0f}"
                for r in results[side]["runs"]
            )
            for side in results["sides"]
        ),
        "",
        f"Load average before / after: {results['load_before']} / {results['load_after']}.",
        machine_line(results["machine"]),
    ]
    return "\n".join(lines)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="48 conversations, one repeat")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--identity", type=int, default=160, help="identity conversations")
    parser.add_argument("--long", type=int, default=40, help="chained multi-turn conversations")
    parser.add_argument("--threads", type=int, default=THREADS, help="torch threads, all sides")
    parser.add_argument("--skip", type=int, default=SKIP, help="warm-up steps left out")
    parser.add_argument("--sides", default=",".join(SIDES), help="comma-separated sides to run")
    parser.add_argument("--name", default="chat_speed", help="results file name")
    parser.add_argument(
        "--attune-layout", choices=["buckets", "rows"], default="buckets", help="packing layout"
    )
    parser.add_argument("--child", choices=[*SIDES, *EXTRA_SIDES, "gemm"], help=argparse.SUPPRESS)
    parser.add_argument("--batch", type=int, help=argparse.SUPPRESS)
    for name in ("--train", "--validation", "--run-dir", "--out"):
        parser.add_argument(name, type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


def main() -> None:
    args = parse_args()
    if args.child:
        run_child(args)
        return
    repeats = 1 if args.quick else args.repeats
    sides = [s for s in (*SIDES, *EXTRA_SIDES) if s in args.sides.split(",")]
    load_before = load_average()
    data = prepare_data(args)
    gemm = [spawn("gemm", 0, data, args)]
    runs: dict[str, list[dict[str, Any]]] = {side: [] for side in sides}
    for repeat in range(repeats):
        for side in sides if repeat % 2 == 0 else sides[::-1]:
            found = spawn(side, repeat, data, args)
            runs[side].append(found)
            shown = found.get("error", "").splitlines()[-1:] or [
                f"{found['tokens_per_s']:.0f} tokens/s, peak {found['peak_rss_mib']:.0f} MiB"
            ]
            print(f"[chat_speed] repeat {repeat} {side}: {shown[0]}", flush=True)
    gemm.append(spawn("gemm", 1, data, args))
    results: dict[str, Any] = {
        "quick": args.quick,
        "machine": {**machine_info(), "torch_threads": args.threads},
        "load_before": load_before,
        "load_after": load_average(),
        "setup": {
            "repeats": repeats,
            "skip": args.skip,
            "max_length": MAX_LENGTH,
            "rows": ROWS,
            "lr": LR,
            "lora": LORA,
            "attune_layout": args.attune_layout,
        },
        "data": {k: v if not isinstance(v, Path) else str(v) for k, v in data.items()},
        "gemm_peak": {
            "dtype": training_dtype(),
            **{k: max(g[k] for g in gemm) for k in gemm[0] if "gflops" in k},
        },
        "sides": sides,
        **{side: summarise(runs[side]) for side in sides},
    }
    compare(results)
    name = f"{args.name}-quick" if args.quick else args.name
    markdown = render_markdown(results)
    json_path, md_path = write_results(name, results, markdown)
    print(markdown)
    print(f"\nwritten: {json_path} and {md_path}")


if __name__ == "__main__":
    main()
