"""`attune demo`: the whole loop on the embedded defaults, start to finish."""

from __future__ import annotations

import json
import time
from importlib import resources
from pathlib import Path

from attune.commands.predict import render
from attune.commands.train import run_train
from attune.eval.scoring import load_classifier_run

SAMPLES = [
    "remind me to water the plants when I get home",
    "what's the weather like in Lisbon this weekend",
    "text Tom that I'm running ten minutes late",
    "how many moons does Jupiter have",
    "book me a flight to Berlin next Friday",
]


def demo_config() -> Path:
    return Path(str(resources.files("attune") / "assets" / "demo" / "config.yaml"))


def run_demo(output_dir: str, quiet: bool) -> None:
    started = time.perf_counter()
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
    print(f"\ndone in {time.perf_counter() - started:.0f} s. Try:")
    print(f'  attune predict {run_dir} "play something calm"')
    print(f"  open {run_dir / 'eval' / 'report.html'}")
