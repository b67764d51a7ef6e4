"""`attune demo`: the whole loop on the embedded defaults, start to finish.

Part 1 trains Maya's intent classifier (minilm-l6); part 2 personalises the chat model
smollm2-135m into Pip, Maya's assistant, and shows answers before and after. Both parts
fit in about ten minutes on two CPU cores; `--skip-chat` runs part 1 only.
"""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path
from typing import Any

from attune.commands.predict import render
from attune.commands.train import run_train
from attune.config import Config, load_config
from attune.eval.scoring import load_classifier_run

SAMPLES = [
    "remind me to water the plants when I get home",
    "what's the weather like in Lisbon this weekend",
    "text Tom that I'm running ten minutes late",
    "how many moons does Jupiter have",
    "book me a flight to Berlin next Friday",
]
CHAT_PROMPTS = [
    "Who are you?",
    "What's my dog called?",
    "What is the capital of France?",
    "Where does my sister live?",
]
SHOWN_CHARS = 150


def demo_asset(name: str) -> Path:
    return Path(str(resources.files("attune") / "assets" / "demo" / name))


def demo_config() -> Path:
    return demo_asset("config.yaml")


def chat_demo_config(output_dir: str) -> Config:
    """The chat part's config, sized for about two minutes of training on two cores."""
    return load_config(
        None,
        [
            "task=chat",
            "model=smollm2-135m",
            f"output_dir={output_dir}",
            f"data.train={demo_asset('chat.jsonl')}",  # 34 of Maya's own short conversations
            f"data.persona={demo_asset('persona.yaml')}",
            "data.persona_examples=40",  # identity answers ("Who are you?") to learn
            "data.validation_fraction=0.15",
            "data.max_length=256",  # the longest conversation is ~170 tokens with its prompt
            "train.method=lora",  # adapters on a frozen base: cheap, and little forgetting
            "train.epochs=3",
            "train.lr=1.0e-3",  # few steps (~24): LoRA takes a high rate well
            "train.batch_size=4",  # 4 × 256 tokens a step, ~12 conversations
            "eval.prompts=4",
            "eval.max_new_tokens=48",  # her answers are short; a longer one would not stop
        ],
    )


def run_demo(output_dir: str, quiet: bool, skip_chat: bool = False) -> None:
    started = time.perf_counter()
    run_dir = run_classifier_demo(output_dir, quiet)
    chat_dir = None if skip_chat else run_chat_demo(f"{output_dir}-chat", quiet)
    print(f"\ndone in {time.perf_counter() - started:.0f} s. Try:")
    print(f'  attune predict {run_dir} "play something calm"')
    print(f"  open {run_dir / 'eval' / 'report.html'}")
    if chat_dir is not None:
        print(f"  attune chat {chat_dir}")
        print('  attune chat smollm2-135m -m "What\'s my dog called?"   (the model before)')
        print(f"  open {chat_dir / 'eval' / 'report.html'}")


def run_classifier_demo(output_dir: str, quiet: bool) -> Path:
    print("attune demo: a personal intent classifier for Maya's assistant")
    print("  data: 480 requests, 15 intents + out-of-scope (src/attune/assets/demo)")
    print("  model: minilm-l6 (embedded, offline)\n")
    run_dir = run_train(
        str(demo_config()), [f"output_dir={output_dir}"], resume=False, overwrite=True, quiet=quiet
    )
    report = json.loads((run_dir / "eval" / "report.json").read_text(encoding="utf-8"))
    print(f"\ntest accuracy {report['accuracy']:.1%}, macro-F1 {report['macro_f1']:.3f}")
    if "out_of_scope" in report:
        oos = report["out_of_scope"]
        print(
            f"with rejection: in-scope accuracy {oos['in_scope_accuracy']:.1%}, "
            f"out-of-scope recall {oos['recall']:.1%}, precision {oos['precision']:.1%}"
        )
    if "diagnosis" in report:
        print(f"fit: {report['diagnosis']['message']}")
    print("\nsome predictions:")
    for prediction in load_classifier_run(run_dir).predict(SAMPLES, top_k=2):
        print(render(prediction))
    return run_dir


def run_chat_demo(output_dir: str, quiet: bool) -> Path:
    """Personalise smollm2-135m with Maya's persona and conversations; show before/after."""
    from attune.commands.train import run_chat_train

    print("\n\nattune demo, part 2: Pip, Maya's personal chat assistant")
    print("  data: 34 of Maya's conversations + 40 identity examples from her persona")
    print("        (src/attune/assets/demo/chat.jsonl, persona.yaml)")
    print("  model: smollm2-135m (embedded, offline), LoRA, packed by length\n")
    config = chat_demo_config(output_dir)
    run_dir = run_chat_train(config, resume=False, overwrite=True, quiet=quiet)
    report = json.loads((run_dir / "eval" / "report.json").read_text(encoding="utf-8"))
    print_chat_summary(report)
    print_before_after(run_dir, config)
    return run_dir


def print_chat_summary(report: dict[str, Any]) -> None:
    base, tuned = report["comparison"]["base"], report["comparison"]["tuned"]
    stop, forgetting = report["does_it_stop"], report["forgetting"]
    print(
        f"\nvalidation perplexity {base['perplexity']:.2f} → {tuned['perplexity']:.2f}; "
        f"answers that stop {stop['base_rate']:.0%} → {stop['rate']:.0%}"
    )
    flag = "  FORGETTING" if forgetting["flagged"] else ""
    print(
        f"general conversations (forgetting check): perplexity "
        f"{forgetting['base_perplexity']:.2f} → {forgetting['tuned_perplexity']:.2f} "
        f"({forgetting['relative_rise']:+.0%}){flag}"
    )


def print_before_after(run_dir: Path, config: Config) -> None:
    """The same questions, with the same system prompt, to the base model and to Pip."""
    from attune.commands.chat import open_target
    from attune.models.generate import generate_replies
    from attune.models.load import load_causal_lm, load_tokenizer

    tuned = open_target(str(run_dir))
    system = [{"role": "system", "content": tuned.system_prompt}] if tuned.system_prompt else []
    conversations = [[*system, {"role": "user", "content": q}] for q in CHAT_PROMPTS]
    limit = config.eval.max_new_tokens
    before = generate_replies(
        load_causal_lm(config.model), load_tokenizer(config.model), conversations, limit
    )
    after = generate_replies(tuned.model, tuned.tokenizer, conversations, limit)
    print("\nbefore (smollm2-135m with Pip's system prompt) and after fine-tuning:")
    for question, old, new in zip(CHAT_PROMPTS, before, after, strict=True):
        print(f"\n{question}\n  before: {shorten(old.text, old.stopped)}")
        print(f"  after:  {shorten(new.text, new.stopped)}")


def shorten(text: str, stopped: bool) -> str:
    text = " ".join(text.split())
    if len(text) > SHOWN_CHARS:
        return text[: SHOWN_CHARS - 1] + "…"
    return text if stopped else f"{text} […]"
