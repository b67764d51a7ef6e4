"""Learning from feedback: 20 corrections → `retrain` → does the correction hold?

A simulated person (Maya, of the demo persona) tells her assistant five facts it could not
know, by correcting 20 of its answers (four phrasings of each question). `retrain_user`
trains her next adapter version on the served chat run's model and gates it. Then her new
version answers two new phrasings of each question it never saw (held-out paraphrases):
the share that states the corrected fact is the score (target ≥ 80 %); the gate's anchor
perplexity rise is the forgetting (target ≤ +5 %). The run's model before retraining is
asked the same paraphrases.

    python benchmarks/people_feedback.py [--epochs 6] [--lr 1e-3] [--anchor-size 21]

Settings tried here (results/people_feedback-*.md): 8 epochs with 8 anchor conversations
learned every fact but raised anchor perplexity 33 % (the gate refused it); 8 epochs with
all 21 anchor conversations, +10.6 % (refused); 4 epochs, 20 % of the facts; 6 epochs with
21 (the defaults) passes both targets.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RUNS_ROOT, load_average, machine_info, machine_line, pct, write_results  # noqa: E402
from serve_generate import ensure_chat_run  # noqa: E402

# (fact's key word, correction, four trained phrasings, two held-out paraphrases)
FACTS = [
    (
        "Miso",
        "Your cat is called Miso.",
        [
            "What is my cat's name?",
            "What's my cat called?",
            "Remind me of my cat's name.",
            "Do you know my cat's name?",
        ],
        ["How is my cat named?", "Which name does my cat have?"],
    ),
    (
        "Tuesday",
        "Your piano lesson is on Tuesday evenings.",
        [
            "When is my piano lesson?",
            "What day do I have piano?",
            "When do I go to piano?",
            "Which evening is my piano lesson?",
        ],
        ["On which day is my piano class?", "When's piano this week?"],
    ),
    (
        "jasmine",
        "Your favourite tea is jasmine green tea.",
        [
            "What is my favourite tea?",
            "Which tea do I like best?",
            "What tea should you make me?",
            "What's my go-to tea?",
        ],
        ["Which tea is my favourite?", "What kind of tea do I love?"],
    ),
    (
        "Aveiro",
        "You grew up in Aveiro.",
        [
            "Where did I grow up?",
            "What town am I from?",
            "Where was I raised?",
            "Which town did I grow up in?",
        ],
        ["Where did I spend my childhood?", "In which town was I brought up?"],
    ),
    (
        "Tomás",
        "Your partner is called Tomás.",
        [
            "What is my partner's name?",
            "Who is my partner?",
            "What's my partner called?",
            "Remind me of my partner's name.",
        ],
        ["How is my partner named?", "Do you know who my partner is?"],
    ),
]
ANCHOR_TARGET = 0.05
SCORE_TARGET = 0.80
THREADS = 2


def make_person(root: Path, run_dir: Path) -> Any:
    """A fresh store with Maya and her 20 corrections (as the server would have stored
    them: the run's system prompt, her question, the answer she corrected)."""
    from attune.people.store import open_store
    from attune.runs import run_system_prompt

    shutil.rmtree(root, ignore_errors=True)
    store = open_store(root)
    store.add_user("maya")
    system = run_system_prompt(run_dir)
    head = [{"role": "system", "content": system}] if system else []
    for i, (_, correction, asked, _) in enumerate(FACTS):
        for j, question in enumerate(asked):
            prompt = [*head, {"role": "user", "content": question}]
            store.add_feedback(
                "maya",
                f"c-{i}-{j}",
                prompt,
                "I'm not sure.",
                "down",
                correction,
                None,
                f"fb-{i}-{j}",
            )
    return store


def answer_all(model: Any, tokenizer: Any, system: str | None) -> list[tuple[str, str, bool]]:
    """(question, answer, states the fact) for every held-out paraphrase, greedily."""
    from attune.models.generate import generate_replies

    head = [{"role": "system", "content": system}] if system else []
    asked = [(key, q) for key, _, _, held in FACTS for q in held]
    replies = generate_replies(
        model, tokenizer, [[*head, {"role": "user", "content": q}] for _, q in asked], 48
    )
    return [
        (q, r.text, key.lower() in r.text.lower())
        for (key, q), r in zip(asked, replies, strict=True)
    ]


def with_version(run_dir: Path, folder: Path) -> tuple[Any, Any]:
    """The run's (merged) model with a person's adapter version folded in."""
    from peft import PeftModel

    from attune.export.load import load_chat_for_serving

    model, tokenizer = load_chat_for_serving(run_dir)
    adapter = folder / "adapter" if (folder / "adapter").is_dir() else folder
    return PeftModel.from_pretrained(model, str(adapter)).merge_and_unload().eval(), tokenizer


def main() -> None:
    import torch

    from attune.export.load import load_chat_for_serving
    from attune.people.retrain import RetrainConfig, retrain_user
    from attune.runs import run_system_prompt

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=float, default=6.0)
    parser.add_argument("--lr", type=float, default=1e-3)
    parser.add_argument("--batch-size", type=int, default=2)
    parser.add_argument(
        "--anchor-size", type=int, default=21, help="anchor conversations mixed in (all 21)"
    )
    args = parser.parse_args()
    torch.set_num_threads(THREADS)
    load_before = load_average()
    run_dir = ensure_chat_run()
    store = make_person(RUNS_ROOT / "people-feedback-store", run_dir)
    system = run_system_prompt(run_dir)
    before = answer_all(*load_chat_for_serving(run_dir), system)
    config = RetrainConfig(
        epochs=args.epochs,
        lr=args.lr,
        batch_size=args.batch_size,
        anchor_size=args.anchor_size,
        threads=THREADS,
    )
    started = time.perf_counter()
    result = retrain_user(store, "maya", str(run_dir), config)
    seconds = time.perf_counter() - started
    folder = store.adapter_folder("maya", result.version.version)
    after = answer_all(*with_version(run_dir, folder), system)
    score = sum(ok for _, _, ok in after) / len(after)
    gate = result.gate.to_dict()
    results = {
        "config": {
            "epochs": args.epochs,
            "lr": args.lr,
            "batch_size": args.batch_size,
            "anchor_size": args.anchor_size,
        },
        "retrain_seconds": seconds,
        "counts": result.counts,
        "activated": result.activated,
        "gate": gate,
        "score_before": sum(ok for _, _, ok in before) / len(before),
        "score_after": score,
        "anchor_rise": gate["anchor_rise"],
        "answers": [
            {"question": q, "before": b, "after": a, "states_fact": ok}
            for (q, b, _), (_, a, ok) in zip(before, after, strict=True)
        ],
        "load_before": load_before,
        "load_after": load_average(),
        "machine": machine_info(),
    }
    write_markdown(results)


def write_markdown(results: dict[str, Any]) -> None:
    rise = results["anchor_rise"]
    rows = [
        f"| {a['question']} | {a['before'][:80]} | {a['after'][:80]} |" for a in results["answers"]
    ]
    ok_score = results["score_after"] >= SCORE_TARGET
    ok_rise = rise is not None and rise <= ANCHOR_TARGET
    lines = [
        "# Learning from feedback: 20 corrections, then retrain",
        "",
        f"Maya corrects 20 answers (5 facts × 4 phrasings) → `retrain_user` "
        f"({results['config']}; {results['counts']}) in {results['retrain_seconds']:.0f} s → "
        f"gate: {'activated' if results['activated'] else 'NOT activated'} "
        f"({results['gate']['reason']}).",
        "",
        f"- Held-out paraphrases stating the corrected fact: **{pct(results['score_after'])}** "
        f"(before: {pct(results['score_before'])}; target ≥ {SCORE_TARGET:.0%}: "
        f"{'met' if ok_score else 'NOT met'}).",
        f"- Anchor perplexity rise (the gate's held-out anchor half): "
        f"**{pct(rise) if rise is not None else 'n/a'}** (target ≤ +{ANCHOR_TARGET:.0%}: "
        f"{'met' if ok_rise else 'NOT met'}).",
        "",
        "| held-out question | before | after |",
        "|---|---|---|",
        *rows,
        "",
        f"Load average before / after: {results['load_before']} / {results['load_after']}.",
        machine_line(results["machine"]),
    ]
    for path in write_results("people_feedback", results, "\n".join(lines)):
        print(f"wrote {path}")


if __name__ == "__main__":
    main()
