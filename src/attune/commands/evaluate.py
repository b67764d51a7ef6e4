"""`attune eval RUN [--data FILE]`: evaluate a classification or chat run; writes RUN/eval/."""

from __future__ import annotations

from pathlib import Path

from attune.runs import load_run_config


def run_eval(run: str, data: str | None) -> None:
    run_dir = Path(run)
    if load_run_config(run_dir).task == "chat":
        from attune.eval.chat_eval import evaluate_chat_run

        paths = evaluate_chat_run(run_dir, data)
    else:
        from attune.eval.evaluate import evaluate_run

        paths = evaluate_run(run_dir, data)
    print(f"report: {paths.markdown}  (also {paths.html.name}, {paths.json.name})")
