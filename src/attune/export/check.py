"""Does the export still answer as the run did? The self-check written into export.json.

Classification: accuracy of the source run and of the export on the run's test split (the
validation split when there is none), in-scope examples, no rejection; the difference in
points, and how often both pick the same label and make the same out-of-scope decision.
Each side runs as it is served: the run at its configured precision, an int8 export in
float32 around its int8 layers.

Chat: on a few probe prompts the source writes its greedy reply; both models then read
prompt + reply (teacher forcing) and at each reply position we compare their next-token
distributions p (source) and q (export):

    agreement = mean_t [argmax p_t = argmax q_t]
    KL        = mean_t Σ_v p_t(v) · (log p_t(v) − log q_t(v))
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
import torch

from attune.config import Config
from attune.data.classify import Example
from attune.eval.chat_eval import read_conversations
from attune.eval.scoring import ClassifierRun, load_classifier_run
from attune.export.load import load_chat_for_serving, load_classifier_for_serving
from attune.models.chat import load_chat_model
from attune.models.generate import Messages, encode_prompt, generation_settings
from attune.runs import read_examples, run_system_prompt

MAX_ACCURACY_DROP_POINTS = 0.5
MIN_AGREEMENT = 0.95
PROBES = 8
PROBE_TOKENS = 32
BUILT_IN_PROMPTS = (
    "Hello! Who are you?",
    "What is the capital of France?",
    "Give me three tips for sleeping better.",
    "Explain photosynthesis in one sentence.",
    "Write a short poem about the sea.",
    "How do I make a cup of tea?",
    "What is 17 times 3?",
    "Tell me a fun fact about octopuses.",
)


def check_export(
    run_dir: Path, export_dir: Path, config: Config
) -> tuple[dict[str, Any], list[str]]:
    """The check's numbers and its warnings (empty when the export answers as the run did)."""
    if config.task == "classify":
        examples, split = check_examples(run_dir)
        if not examples:
            return {"skipped": "no test or validation examples"}, [
                f"no test or validation examples in {run_dir / 'data'}: the export was not "
                "checked against the run"
            ]
        source = load_classifier_run(run_dir)
        numbers = {
            "split": split,
            **check_classifier(source, load_classifier_for_serving(export_dir), examples),
        }
        return numbers, classifier_warnings(numbers)
    source_model, tokenizer = load_chat_model(run_dir / "model")
    export_model, _ = load_chat_for_serving(export_dir)
    prompts, origin = probe_prompts(run_dir)
    numbers = {"prompts_from": origin, **check_chat(source_model, export_model, tokenizer, prompts)}
    return numbers, chat_warnings(numbers)


def check_examples(run_dir: Path) -> tuple[list[Example], str]:
    """The run's test examples, else its validation examples (with the split's name)."""
    for split in ("test", "validation"):
        path = run_dir / "data" / f"{split}.jsonl"
        examples = read_examples(path) if path.is_file() else []
        if examples:
            return examples, split
    return [], "none"


def check_classifier(
    source: ClassifierRun, export: ClassifierRun, examples: list[Example]
) -> dict[str, Any]:
    """Accuracy (in-scope examples) of both, their difference in points, and agreement."""
    texts = [e.text for e in examples]
    index = {label: i for i, label in enumerate(source.labels)}
    truth = np.array([index.get(e.label, -1) for e in examples])  # -1: out of scope
    source_probs, source_features = source.score(texts)  # (N, C), (N, H)
    export_probs, export_features = export.score(texts)
    source_pred, export_pred = source_probs.argmax(axis=1), export_probs.argmax(axis=1)
    in_scope = truth >= 0
    found: dict[str, Any] = {"examples": len(examples), "in_scope_examples": int(in_scope.sum())}
    if in_scope.any():
        source_acc = float((source_pred == truth)[in_scope].mean())
        export_acc = float((export_pred == truth)[in_scope].mean())
        found |= {
            "accuracy_source": source_acc,
            "accuracy_export": export_acc,
            "difference_points": 100 * (export_acc - source_acc),
        }
    found["prediction_agreement"] = float((source_pred == export_pred).mean())
    found["max_probability_difference"] = float(np.abs(source_probs - export_probs).max())
    if source.detector.method != "none":
        rejected = source.detector.rejects(source_probs, source_features)
        export_rejected = export.detector.rejects(export_probs, export_features)
        found["out_of_scope_agreement"] = float((rejected == export_rejected).mean())
    return found


def classifier_warnings(found: dict[str, Any]) -> list[str]:
    drop = -found.get("difference_points", 0.0)
    if drop <= MAX_ACCURACY_DROP_POINTS:
        return []
    return [
        f"the export is {drop:.2f} points less accurate than the run on its {found['split']} "
        f"split ({100 * found['accuracy_source']:.2f} % → {100 * found['accuracy_export']:.2f} %"
        f"; more than {MAX_ACCURACY_DROP_POINTS} points): serve the run, or export without "
        "--quantize"
    ]


def probe_prompts(run_dir: Path, limit: int = PROBES) -> tuple[list[Messages], str]:
    """Conversations up to their first user turn, from the run's validation split, topped
    up from a built-in list (with the run's system prompt, when it has one)."""
    prompts: list[Messages] = []
    path = run_dir / "data" / "validation.jsonl"
    if path.is_file() and path.read_text(encoding="utf-8").strip():
        for conversation in read_conversations(path, "validation"):
            roles = [m.role for m in conversation]
            if "user" in roles:
                prompts.append([m.to_dict() for m in conversation[: roles.index("user") + 1]])
        prompts = random.Random(0).sample(prompts, min(limit, len(prompts)))
    origin = ["validation"] if prompts else []
    if len(prompts) < limit:
        system = run_system_prompt(run_dir)
        head = [{"role": "system", "content": system}] if system else []
        more = BUILT_IN_PROMPTS[: limit - len(prompts)]
        prompts += [[*head, {"role": "user", "content": p}] for p in more]
        origin.append("built-in")
    return prompts, " + ".join(origin)


@torch.inference_mode()
def check_chat(
    source: Any, export: Any, tokenizer: Any, prompts: list[Messages], tokens: int = PROBE_TOKENS
) -> dict[str, Any]:
    """Greedy agreement and mean KL(source ‖ export) over the source's greedy replies."""
    settings = generation_settings(tokenizer, source, tokens, greedy=True)
    agree, positions, kl_sum = 0, 0, 0.0
    for messages in prompts:
        prompt = encode_prompt(tokenizer, messages)
        ids = torch.tensor([prompt], dtype=torch.long)  # (1, T)
        sequence = source.generate(input_ids=ids, attention_mask=torch.ones_like(ids), **settings)
        p = reply_log_probs(source, sequence, len(prompt))  # (n, V)
        q = reply_log_probs(export, sequence, len(prompt))  # (n, V)
        agree += int((p.argmax(dim=-1) == q.argmax(dim=-1)).sum())
        positions += p.shape[0]
        kl_sum += float((p.exp() * (p - q)).sum())
    return {
        "prompts": len(prompts),
        "positions": positions,
        "greedy_agreement": agree / max(positions, 1),
        "mean_kl": kl_sum / max(positions, 1),
    }


def reply_log_probs(model: Any, sequence: torch.Tensor, prompt_length: int) -> torch.Tensor:
    """log p(token | everything before it) at each reply position: (n, V) float32 for the
    n = L − T reply tokens of `sequence` (1, L) — position t − 1 predicts token t."""
    logits = model(input_ids=sequence, attention_mask=torch.ones_like(sequence)).logits  # (1, L, V)
    return torch.log_softmax(logits[0, prompt_length - 1 : -1].float(), dim=-1)


def chat_warnings(found: dict[str, Any]) -> list[str]:
    if found["greedy_agreement"] >= MIN_AGREEMENT:
        return []
    return [
        f"the export picks the run's greedy next token at only "
        f"{100 * found['greedy_agreement']:.1f} % of {found['positions']} positions (mean KL "
        f"{found['mean_kl']:.4f}; want ≥ {100 * MIN_AGREEMENT:.0f} %): its replies will differ "
        "from the run's; serve the run, or export without --quantize"
    ]
