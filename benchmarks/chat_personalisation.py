"""Chat personalisation: teach smollm2-135m a new name and maker, without forgetting.

FastChat's 500 identity conversations (an assistant named Vicuna made by LMSYS) are
retargeted to Wren by Attune Labs (every Vicuna / LMSYS string in the assistant turns;
written to RUNS_ROOT, never into the repository) and split 80/20, seeded. attune trains
(LoRA, chat defaults: packing, bf16 autocast) on the 80 % — 10 % of which it holds out for
its own validation, as `attune train` does — and on the other 20 % we ask each
conversation's identity question (its first user turn) alone, greedily, to the base model
(the adapter switched off) and the tuned one:

- name: of the questions whose reference answer names the assistant, the share answered
  with "Wren" (target ≥ 90 %); maker: of those whose reference names only the maker, the
  share answered with "Attune Labs";
- does it stop: the share of answers that end with the end-of-turn token within
  MAX_NEW_TOKENS (target ≥ 95 %);
- forgetting: the relative rise of perplexity on attune's anchor set of general
  conversations, from `evaluate_chat_run` (target ≤ 10 %).

Most held-out questions also occur, word for word, in other training conversations (the
data set has 54 distinct questions in 500 conversations), so a few new phrasings of the
same questions (`NEW_QUESTIONS`) are asked too: they show whether the identity generalises.

    python benchmarks/chat_personalisation.py [--quick] [--set train.epochs=3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import (  # noqa: E402
    FASTCHAT_FILE,
    NEW_MAKER,
    NEW_NAME,
    RUNS_ROOT,
    load_average,
    machine_info,
    machine_line,
    pct,
    read_identity_conversations,
    read_json,
    split_seeded,
    table,
    write_messages_jsonl,
    write_results,
)

THREADS = 2
SEED = 0
HELD_OUT = 0.2
MAX_LENGTH = 256
"""Every FastChat conversation renders to under 140 tokens: rows of 256 pack 2–5 of them."""
EPOCHS = 3.0
MAX_NEW_TOKENS = 48
GENERATE_BATCH = 16
TARGETS = {"name_rate": 0.90, "stop_rate": 0.95, "anchor_rise": 0.10}
NEW_QUESTIONS = {
    "name": [
        "What should I call you?",
        "Do you have a name?",
        "Introduce yourself, please.",
        "Who am I talking to?",
        "What name do you go by?",
        "Tell me who you are in one sentence.",
    ],
    "maker": [
        "Which company made you?",
        "Who is your creator?",
        "Who built this assistant?",
        "Which organisation trained you?",
        "Who are the people behind you?",
        "Where do you come from? Who made you?",
    ],
}


# --- data --------------------------------------------------------------------------------


def write_retargeted(folder: Path) -> Path:
    """The whole retargeted data set, in the shape of the original (ShareGPT JSON)."""
    records = json.loads(FASTCHAT_FILE.read_text(encoding="utf-8"))
    roles = {"user": "human", "assistant": "gpt", "system": "system"}
    for record, conversation in zip(records, read_identity_conversations(), strict=True):
        record["conversations"] = [
            {"from": roles[m["role"]], "value": m["content"]} for m in conversation
        ]
    path = folder / f"identity-{NEW_NAME.lower()}.json"
    path.write_text(json.dumps(records, indent=1) + "\n", encoding="utf-8")
    return path


def question_kind(reference: str) -> str:
    """What the reference answer tells: the assistant's name, only its maker, or neither."""
    if NEW_NAME.lower() in reference.lower():
        return "name"
    return "maker" if NEW_MAKER.lower() in reference.lower() else "other"


def identity_turn(conversation: list[dict[str, str]]) -> tuple[str, str]:
    """The user turn whose answer tells who the assistant is, and that answer (each FastChat
    conversation has one: first, or after a "What is up?" greeting)."""
    pairs = zip(conversation, conversation[1:], strict=False)
    for question, answer in pairs:
        if question["role"] == "user" and question_kind(answer["content"]) != "other":
            return question["content"], answer["content"]
    return conversation[0]["content"], conversation[1]["content"]


def says(kind: str, answer: str) -> bool:
    """Whether `answer` gives the identity a `kind` question asks for."""
    wanted = NEW_NAME if kind == "name" else NEW_MAKER
    return wanted.lower() in answer.lower()


def prepare(quick: bool) -> dict[str, Any]:
    """Retarget, split 80/20 (seeded), write the files; the held-out questions."""
    folder = RUNS_ROOT / "chat-personalisation-data"
    folder.mkdir(parents=True, exist_ok=True)
    retargeted = write_retargeted(folder)
    train, held_out = split_seeded(read_identity_conversations(), HELD_OUT, SEED)
    if quick:
        train, held_out = train[:60], held_out[:16]
    seen = {m["content"] for c in train for m in c if m["role"] == "user"}
    questions = []
    for conversation in held_out:
        question, reference = identity_turn(conversation)
        questions.append(
            {
                "question": question,
                "reference": reference,
                "kind": question_kind(reference),
                "seen_in_train": question in seen,
            }
        )
    for kind, texts in NEW_QUESTIONS.items():
        questions += [
            {"question": q, "reference": "", "kind": kind, "new": True, "seen_in_train": False}
            for q in (texts[:2] if quick else texts)
        ]
    return {
        "retargeted": retargeted,
        "train": write_messages_jsonl(train, folder / "train.jsonl"),
        "held_out": write_messages_jsonl(held_out, folder / "held_out.jsonl"),
        "train_conversations": len(train),
        "held_out_conversations": len(held_out),
        "questions": questions,
    }


# --- training and evaluation -------------------------------------------------------------


def run_overrides(args: argparse.Namespace) -> list[str]:
    """What this benchmark sets beyond the chat defaults (then the user's `--set`)."""
    ours = [
        f"data.max_length={MAX_LENGTH}",
        f"train.epochs={0.5 if args.quick else EPOCHS:g}",
        f"train.threads={args.threads}",
        f"train.seed={SEED}",
        f"eval.max_new_tokens={MAX_NEW_TOKENS}",
        f"eval.prompts={4 if args.quick else 8}",
    ]
    given = {item.partition("=")[0] for item in args.set}
    return [item for item in ours if item.partition("=")[0] not in given] + args.set


def train_run(data: dict[str, Any], args: argparse.Namespace) -> tuple[Path, float]:
    from attune.config import load_config
    from attune.train.chat import train_chat

    run_dir = RUNS_ROOT / ("chat-personalisation-quick" if args.quick else args.name)
    overrides = [
        "task=chat",
        f"output_dir={run_dir}",
        f"data.train={data['train']}",
        *run_overrides(args),
    ]
    config = load_config(None, overrides)
    started = time.perf_counter()
    train_chat(config, overwrite=True, quiet=True)
    return run_dir, time.perf_counter() - started


def answer_all(
    model: Any, tokenizer: Any, questions: list[str], system: str | None = None
) -> tuple[list[Any], float]:
    """Greedy replies to each distinct question (alone, after `system` when given), batched;
    and the seconds taken."""
    from attune.models.generate import generate_replies

    distinct = list(dict.fromkeys(questions))
    prefix = [{"role": "system", "content": system}] if system else []
    started = time.perf_counter()
    replies = generate_replies(
        model,
        tokenizer,
        [[*prefix, {"role": "user", "content": q}] for q in distinct],
        MAX_NEW_TOKENS,
        batch_size=GENERATE_BATCH,
    )
    seconds = time.perf_counter() - started
    by_question = dict(zip(distinct, replies, strict=True))
    return [by_question[q] for q in questions], seconds


def time_single(model: Any, tokenizer: Any, questions: list[str]) -> float:
    """Seconds per answer, one question at a time (what a batch saves)."""
    from attune.models.generate import generate_reply

    started = time.perf_counter()
    for question in questions:
        generate_reply(model, tokenizer, [{"role": "user", "content": question}], MAX_NEW_TOKENS)
    return (time.perf_counter() - started) / len(questions)


def rate(items: list[dict[str, Any]], side: str) -> float | None:
    """Share of `items` whose `side` answer gives the identity asked for."""
    return sum(says(i["kind"], i[side]["text"]) for i in items) / len(items) if items else None


def stop_rate(items: list[dict[str, Any]], side: str) -> float | None:
    return sum(i[side]["stopped"] for i in items) / len(items) if items else None


def score(answered: list[dict[str, Any]]) -> dict[str, Any]:
    """Name, maker and stop rates of both sides, on the held-out and on new questions."""
    held = [i for i in answered if not i.get("new")]
    new = [i for i in answered if i.get("new")]
    groups = {
        "name": [i for i in held if i["kind"] == "name"],
        "maker": [i for i in held if i["kind"] == "maker"],
        "identity": [i for i in held if i["kind"] in ("name", "maker")],
        "unseen": [i for i in held if i["kind"] != "other" and not i["seen_in_train"]],
        "new_name": [i for i in new if i["kind"] == "name"],
        "new_maker": [i for i in new if i["kind"] == "maker"],
    }
    found: dict[str, Any] = {"counts": {k: len(v) for k, v in groups.items()}}
    for side in ("base", "tuned"):
        found[side] = {f"{k}_rate": rate(v, side) for k, v in groups.items()}
        found[side]["stop_rate"] = stop_rate(held, side)
        found[side]["stop_rate_new"] = stop_rate(new, side)
        found[side]["mean_tokens"] = sum(i[side]["tokens"] for i in held) / max(len(held), 1)
    return found


def evaluate(run_dir: Path, data: dict[str, Any]) -> dict[str, Any]:
    """Held-out and new questions to base and tuned; attune's own chat evaluation."""
    from attune.eval.chat_eval import evaluate_chat_run
    from attune.models.chat import load_chat_model

    started = time.perf_counter()
    report = read_json(evaluate_chat_run(run_dir).json)
    eval_seconds = time.perf_counter() - started
    model, tokenizer = load_chat_model(run_dir / "model")
    questions = [q["question"] for q in data["questions"]]
    # A run trained with a persona answers under its system prompt, as `attune chat` serves
    # it; the base model gets the very same prompt, so the comparison is what tuning added.
    prompt_file = run_dir / "model" / "system_prompt.txt"
    system = prompt_file.read_text(encoding="utf-8").strip() if prompt_file.is_file() else None
    with model.disable_adapter():
        base, base_seconds = answer_all(model, tokenizer, questions, system)
    tuned, tuned_seconds = answer_all(model, tokenizer, questions, system)
    single = time_single(model, tokenizer, list(dict.fromkeys(questions))[:4])
    answered = [
        {**q, "base": b.to_dict(), "tuned": t.to_dict()}
        for q, b, t in zip(data["questions"], base, tuned, strict=True)
    ]
    distinct = len(set(questions))
    return {
        **score(answered),
        "forgetting": report["forgetting"],
        "chat_eval": {k: report[k] for k in ("eval_loss", "perplexity", "token_accuracy")},
        "chat_eval_does_it_stop": report["does_it_stop"],
        "timing": {
            "evaluate_chat_run_seconds": eval_seconds,
            "distinct_questions": distinct,
            "base_generation_seconds": base_seconds,
            "tuned_generation_seconds": tuned_seconds,
            "batched_seconds_per_answer": tuned_seconds / distinct,
            "single_seconds_per_answer": single,
            "generate_batch": GENERATE_BATCH,
        },
        "answers": answered,
    }


# --- results -----------------------------------------------------------------------------


def verdict(value: float | None, target: float, higher: bool = True) -> str:
    if value is None:
        return "—"
    return "met" if (value >= target if higher else value <= target) else "NOT met"


def render_markdown(results: dict[str, Any]) -> str:
    found, timing = results["found"], results["found"]["timing"]
    base, tuned, counts = found["base"], found["tuned"], found["counts"]
    rise = found["forgetting"]["relative_rise"]
    lines = [f"# Chat personalisation: {NEW_NAME} by {NEW_MAKER} (smollm2-135m, LoRA)", ""]
    if results["quick"]:
        lines += ["**Quick run** (tiny slice, half an epoch): a smoke test, not a result.", ""]
    setup = results["setup"]
    lines += [
        f"FastChat identity conversations retargeted (Vicuna/LMSYS → {NEW_NAME}/{NEW_MAKER}), "
        f"split 80/20 (seed {SEED}): {setup['train_conversations']} to attune (its own 10 % "
        f"validation split off them), {setup['held_out_conversations']} held out. Training: "
        f"`{' '.join(setup['overrides'])}` — {results['train_seconds']:.0f} s. Answers: "
        f"greedy, max_new_tokens {MAX_NEW_TOKENS}, the identity question alone.",
        "",
    ]
    rows = [
        ["held-out name questions → says " + NEW_NAME, str(counts["name"])],
        ["held-out maker questions → says " + NEW_MAKER, str(counts["maker"])],
        ["held-out identity questions (both)", str(counts["identity"])],
        ["… of which never asked in training", str(counts["unseen"])],
        ["new phrasings: name", str(counts["new_name"])],
        ["new phrasings: maker", str(counts["new_maker"])],
        ["does it stop (held-out answers)", str(setup["held_out_conversations"])],
    ]
    keys = ["name_rate", "maker_rate", "identity_rate", "unseen_rate", "new_name_rate"]
    keys += ["new_maker_rate", "stop_rate"]
    for row, key in zip(rows, keys, strict=True):
        row += [pct(base[key]), pct(tuned[key])]
    lines += [table(["", "questions", "base", "tuned"], rows), ""]
    lines += [
        f"- Name: **{pct(tuned['name_rate'])}** (target ≥ 90 %: "
        f"{verdict(tuned['name_rate'], TARGETS['name_rate'])}).",
        f"- Does it stop: **{pct(tuned['stop_rate'])}** (target ≥ 95 %: "
        f"{verdict(tuned['stop_rate'], TARGETS['stop_rate'])}).",
        f"- Anchor-set perplexity: {found['forgetting']['base_perplexity']:.2f} → "
        f"{found['forgetting']['tuned_perplexity']:.2f}, **{100 * rise:+.1f} %** (target ≤ "
        f"+10 %: {verdict(rise, TARGETS['anchor_rise'], higher=False)}).",
        f"- Generation: {timing['distinct_questions']} distinct questions in "
        f"{timing['tuned_generation_seconds']:.1f} s tuned, {timing['base_generation_seconds']:.1f}"
        f" s base (batches of {GENERATE_BATCH}: {timing['batched_seconds_per_answer']:.2f} s an "
        f"answer; one at a time {timing['single_seconds_per_answer']:.2f} s). "
        f"`evaluate_chat_run`: {timing['evaluate_chat_run_seconds']:.0f} s.",
        "",
        "Examples (held-out, then new phrasings):",
        "",
    ]
    distinct = {a["question"]: a for a in found["answers"]}.values()
    shown = [a for a in distinct if not a.get("new")][:5]
    shown += [a for a in distinct if a.get("new")][:4]
    example_rows = [[a["question"], a["base"]["text"], a["tuned"]["text"]] for a in shown]
    lines += [table(["question", "base", "tuned"], example_rows), ""]
    lines += [f"Load average before / after: {results['load_before']} / {results['load_after']}."]
    lines += [machine_line(results["machine"])]
    return "\n".join(lines)


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="60 conversations, half an epoch")
    parser.add_argument("--threads", type=int, default=THREADS, help="torch threads")
    parser.add_argument("--name", default="chat_personalisation", help="results file name")
    parser.add_argument(
        "--set", action="append", default=[], metavar="KEY=VALUE", help="config override"
    )
    parser.add_argument(
        "--evaluate-only", action="store_true", help="re-evaluate the run of --name, no training"
    )
    return parser.parse_args()


def main() -> None:
    import torch

    args = parse_args()
    torch.set_num_threads(args.threads)
    load_before = load_average()
    data = prepare(args.quick)
    if args.evaluate_only:
        run_dir, train_seconds = RUNS_ROOT / args.name, float("nan")
    else:
        run_dir, train_seconds = train_run(data, args)
    print(f"[chat_personalisation] trained in {train_seconds:.0f} s: {run_dir}", flush=True)
    found = evaluate(run_dir, data)
    results: dict[str, Any] = {
        "quick": args.quick,
        "machine": {**machine_info(), "torch_threads": torch.get_num_threads()},
        "load_before": load_before,
        "load_after": load_average(),
        "setup": {
            "retargeted_file": str(data["retargeted"]),
            "train_conversations": data["train_conversations"],
            "held_out_conversations": data["held_out_conversations"],
            "overrides": run_overrides(args),
            "run_dir": str(run_dir),
        },
        "train_seconds": train_seconds,
        "targets": TARGETS,
        "found": found,
    }
    name = f"{args.name}-quick" if args.quick else args.name
    markdown = render_markdown(results)
    json_path, md_path = write_results(name, results, markdown)
    print(markdown)
    print(f"\nwritten: {json_path} and {md_path}")


if __name__ == "__main__":
    main()
