"""Evaluating a chat run: loss on what it learned, answers before and after, forgetting.

The report (`RUN/eval/report.{json,md,html}`) holds:

- `eval_loss`, `perplexity` = exp(eval_loss) and `token_accuracy` on the validation
  conversations, over learned tokens only (assistant turns and their end-of-turn token);
- `held_out`: the last user turn of the first `eval.prompts` validation conversations,
  answered greedily by the base model and by the tuned one, beside the reference answer;
- `does_it_stop`: the share of those answers that ended with the end-of-turn token before
  `eval.max_new_tokens` (target ≥ 95 %: a model that never stops is unusable in a chat);
- `forgetting`: perplexity on a set of general conversations (`eval.anchor`, default the
  set shipped with attune) before and after; a relative rise over
  `eval.forgetting_threshold` is flagged — the tuning cost general ability;
- `comparison`: base vs tuned on all of the above, and `diagnosis` from the curves.
"""

from __future__ import annotations

import contextlib
import json
import math
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import torch
import torch.nn.functional as F

from attune.config import Config
from attune.data.canaries import load_canaries
from attune.data.conversations import Message, load_conversations
from attune.data.problems import count_errors
from attune.data.render import IGNORE_INDEX, Rendered, render_conversation
from attune.errors import AttuneError
from attune.eval.canaries import audit_canaries
from attune.eval.chat_report import write_chat_report
from attune.eval.diagnose import diagnose_fit
from attune.eval.plots import plot_curves
from attune.eval.report import ReportPaths
from attune.models.chat import has_chat_adapter, load_chat_model
from attune.models.generate import Reply, generate_replies
from attune.models.load import load_causal_lm
from attune.precision import bf16_autocast, resolve_bf16
from attune.runs import load_run_config, run_privacy, run_system_prompt

STOP_TARGET = 0.95
SCORE_BATCH = 8


@dataclass(frozen=True)
class TokenScores:
    """Mean cross-entropy over learned tokens, its exp, and next-token accuracy on them."""

    loss: float
    perplexity: float
    token_accuracy: float
    tokens: int


@dataclass(frozen=True)
class HeldOut:
    """A prompt (the conversation up to its last user turn) and the answer in the data."""

    messages: list[dict[str, str]]
    reference: str

    @property
    def question(self) -> str:
        return self.messages[-1]["content"]


def anchor_path() -> Path:
    """The general conversations shipped with attune (the default `eval.anchor`)."""
    return Path(str(resources.files("attune") / "assets" / "anchor" / "general.jsonl"))


def read_conversations(spec: str | Path, what: str) -> list[list[Message]]:
    """The usable conversations of a chat file; errors in it are the user's to fix."""
    loaded = load_conversations(spec)
    errors = count_errors(loaded.problems)
    if errors:
        raise AttuneError(
            f"{errors} errors in the {what} conversations",
            where=str(spec),
            fix=f"run `attune check {spec} --task chat` to see them",
        )
    conversations = [list(c.messages) for c in loaded.conversations]
    if not conversations:
        raise AttuneError(f"no {what} conversations", where=str(spec))
    return conversations


def pad_rows(rows: Sequence[Rendered], pad_id: int) -> dict[str, torch.Tensor]:
    """Right-padded `input_ids`, `attention_mask` and `labels`, each (B, L)."""
    width = max(len(r) for r in rows)
    batch = {
        "input_ids": torch.full((len(rows), width), pad_id, dtype=torch.long),
        "attention_mask": torch.zeros((len(rows), width), dtype=torch.long),
        "labels": torch.full((len(rows), width), IGNORE_INDEX, dtype=torch.long),
    }
    for i, row in enumerate(rows):
        batch["input_ids"][i, : len(row)] = torch.tensor(row.input_ids)
        batch["attention_mask"][i, : len(row)] = 1
        batch["labels"][i, : len(row)] = torch.tensor(row.labels)
    return batch


def score_batch(lm: Any, batch: dict[str, torch.Tensor]) -> tuple[float, int, int]:
    """(summed loss, correct, count) over the learned tokens of one batch.

    The output head runs only where a token is learned: full logits would be (B, L, V)
    with V ≈ 49k, most of them thrown away.
    """
    hidden = lm.get_decoder()(
        input_ids=batch["input_ids"], attention_mask=batch["attention_mask"]
    ).last_hidden_state  # (B, L, H)
    targets = batch["labels"][:, 1:]  # token t is predicted at position t - 1
    learned = targets != IGNORE_INDEX  # (B, L-1)
    logits = lm.get_output_embeddings()(hidden[:, :-1][learned]).float()  # (N, V)
    wanted = targets[learned]  # (N,)
    loss = F.cross_entropy(logits, wanted, reduction="sum")
    correct = int((logits.argmax(dim=-1) == wanted).sum())
    return float(loss), correct, int(wanted.numel())


def score_conversations(
    model: Any,
    tokenizer: Any,
    conversations: Sequence[Sequence[Message]],
    max_length: int | None = None,
    use_bf16: bool = False,
) -> TokenScores:
    """Loss, perplexity and token accuracy over the learned tokens of `conversations`."""
    rendered = [render_conversation(tokenizer, c, max_length) for c in conversations]
    rendered = sorted((r for r in rendered if r.learned), key=len)  # similar lengths batched
    if not rendered:
        raise AttuneError("no assistant tokens to score in these conversations")
    lm = model.get_base_model() if has_chat_adapter(model) else model
    pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    total, correct, count = 0.0, 0, 0
    was_training = bool(model.training)
    model.eval()
    with torch.inference_mode(), bf16_autocast(use_bf16):
        for start in range(0, len(rendered), SCORE_BATCH):
            batch = pad_rows(rendered[start : start + SCORE_BATCH], pad_id)
            loss, right, n = score_batch(lm, batch)
            total, correct, count = total + loss, correct + right, count + n
    model.train(was_training)
    mean = total / count
    return TokenScores(mean, math.exp(min(mean, 50.0)), correct / count, count)


def held_out_prompts(conversations: Sequence[Sequence[Message]], count: int) -> list[HeldOut]:
    """The first `count` conversations cut after their last user turn, with the
    assistant's answer to it as the reference ("" when the conversation ends there)."""
    prompts = []
    for conversation in conversations:
        last_user = max((i for i, m in enumerate(conversation) if m.role == "user"), default=-1)
        if last_user < 0:
            continue
        after = conversation[last_user + 1 :]
        reference = after[0].content if after and after[0].role == "assistant" else ""
        prompts.append(HeldOut([m.to_dict() for m in conversation[: last_user + 1]], reference))
        if len(prompts) == count:
            break
    return prompts


@contextlib.contextmanager
def base_model_of(model: Any, config: Config) -> Iterator[Any]:
    """The model before tuning: the same weights with the adapter switched off (LoRA), or
    the base model loaded again (full fine-tune)."""
    if has_chat_adapter(model):
        with model.disable_adapter():
            yield model
    else:
        yield load_causal_lm(config.model)


@dataclass
class Side:
    """One model's numbers: validation and anchor scores, held-out replies."""

    validation: TokenScores
    anchor: TokenScores
    replies: list[Reply]

    def stop_rate(self) -> float | None:
        return sum(r.stopped for r in self.replies) / len(self.replies) if self.replies else None

    def metrics(self) -> dict[str, Any]:
        return {
            "eval_loss": self.validation.loss,
            "perplexity": self.validation.perplexity,
            "token_accuracy": self.validation.token_accuracy,
            "stop_rate": self.stop_rate(),
            "anchor_perplexity": self.anchor.perplexity,
        }


def measure(
    model: Any,
    tokenizer: Any,
    config: Config,
    validation: list[list[Message]],
    anchor: list[list[Message]],
    prompts: list[HeldOut],
) -> Side:
    bf16 = resolve_bf16(config.train.precision)
    max_length = config.data.max_length
    return Side(
        score_conversations(model, tokenizer, validation, max_length, bf16),
        score_conversations(model, tokenizer, anchor, max_length, bf16),
        generate_replies(
            model, tokenizer, [p.messages for p in prompts], config.eval.max_new_tokens
        ),
    )


def evaluate_chat_run(run_dir: Path, data_spec: str | None = None) -> ReportPaths:
    """Write RUN/eval/report.{json,md,html} and its plots for a chat run (see the module
    docstring); `data_spec` replaces the run's validation conversations."""
    run_dir = Path(run_dir)
    config = load_run_config(run_dir)
    if config.task != "chat":
        raise AttuneError(f"this is a {config.task} run, not a chat run", where=str(run_dir))
    spec, split = pick_eval_data(run_dir, data_spec)
    validation = read_conversations(spec, split)
    anchor_spec = config.eval.anchor or str(anchor_path())
    anchor = read_conversations(anchor_spec, "anchor")
    prompts = held_out_prompts(validation, config.eval.prompts)
    model, tokenizer = load_chat_model(run_dir / "model")
    with base_model_of(model, config) as base:
        before = measure(base, tokenizer, config, validation, anchor, prompts)
    if has_chat_adapter(model):  # the base is measured: fold the adapter in, runs faster
        model = model.merge_and_unload()
    after = measure(model, tokenizer, config, validation, anchor, prompts)
    report = build_report(run_dir, config, (spec, split), anchor_spec, prompts, before, after)
    report["privacy"] = privacy_report(run_dir, config, model, tokenizer)
    eval_dir = run_dir / "eval"
    figures: dict[str, Path] = {}
    history = read_chat_history(run_dir)
    if history:
        # Natural language keeps a high loss floor: the classifier's "loss fell by half" and
        # "accuracy ≥ 0.8" under-fitting rules would misfire, so only the curves' shape counts.
        diagnosis = diagnose_fit(
            history, config.eval.overfit_tolerance, metric_floor=0.0, loss_ratio=1.0
        )
        report["diagnosis"] = diagnosis.to_dict()
        figures["curves"] = plot_curves(history, eval_dir / "curves.png")
    return write_chat_report(eval_dir, report, figures, f"attune chat evaluation — {run_dir.name}")


def privacy_report(run_dir: Path, config: Config, model: Any, tokenizer: Any) -> dict[str, Any]:
    """What redaction found (counts per entity) and, for a canary audit, each canary's
    exposure in the tuned model."""
    section: dict[str, Any] = {"redaction": run_privacy(run_dir)}
    canaries = load_canaries(run_dir)
    if canaries:
        section["canaries"] = audit_canaries(
            model,
            tokenizer,
            canaries,
            run_system_prompt(run_dir),
            config.data.privacy.canary_candidates,
            config.train.seed,
        )
    return section


def pick_eval_data(run_dir: Path, data_spec: str | None) -> tuple[str, str]:
    """(file, split name): the file the user names, else the run's validation split, else
    (a run too small to hold one out) its training split — scores then measure memory."""
    if data_spec:
        return data_spec, "data"
    validation = run_dir / "data" / "validation.jsonl"
    if validation.is_file() and validation.read_text(encoding="utf-8").strip():
        return str(validation), "validation"
    return str(run_dir / "data" / "train.jsonl"), "train"


def build_report(
    run_dir: Path,
    config: Config,
    data: tuple[str, str],
    anchor_spec: str,
    prompts: list[HeldOut],
    before: Side,
    after: Side,
) -> dict[str, Any]:
    cfg = config.eval
    rise = after.anchor.perplexity / before.anchor.perplexity - 1.0
    stop_rate = after.stop_rate()
    return {
        "run": str(run_dir),
        "model": config.model,
        "method": config.train.method,
        "split": data[1],
        "data": data[0],
        "eval_loss": after.validation.loss,
        "perplexity": after.validation.perplexity,
        "token_accuracy": after.validation.token_accuracy,
        "learned_tokens": after.validation.tokens,
        "does_it_stop": {
            "rate": stop_rate,
            "base_rate": before.stop_rate(),
            "target": STOP_TARGET,
            "ok": stop_rate is None or stop_rate >= STOP_TARGET,
            "max_new_tokens": cfg.max_new_tokens,
            "prompts": len(prompts),
        },
        "forgetting": {
            "anchor": anchor_spec,
            "base_perplexity": before.anchor.perplexity,
            "tuned_perplexity": after.anchor.perplexity,
            "relative_rise": rise,
            "threshold": cfg.forgetting_threshold,
            "flagged": rise > cfg.forgetting_threshold,
        },
        "comparison": {"base": before.metrics(), "tuned": after.metrics()},
        "held_out": [
            {
                "prompt": p.question,
                "reference": p.reference,
                "base": asdict(b),
                "tuned": asdict(t),
            }
            for p, b, t in zip(prompts, before.replies, after.replies, strict=True)
        ],
    }


def read_chat_history(run_dir: Path) -> list[dict[str, Any]]:
    """The run's validation records; chat has no accuracy-like metric, so the fit is
    judged on the losses (token accuracy is shown as the metric when it was logged)."""
    path = run_dir / "history.json"
    if not path.is_file():
        return []
    records = list(json.loads(path.read_text(encoding="utf-8")))
    for record in records:
        record.setdefault("eval_metric", record.get("token_accuracy"))
        record.setdefault("train_metric", record.get("train_token_accuracy"))
    return records
