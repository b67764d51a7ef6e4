"""`attune train CONFIG`: fine-tune, then evaluate (classification: also fit the
out-of-scope detector)."""

from __future__ import annotations

from pathlib import Path

from attune.config import Config, load_config
from attune.eval.evaluate import calibrate_out_of_scope, evaluate_run
from attune.train.classification import train_classifier


def run_train(
    config_path: str, overrides: list[str], resume: bool, overwrite: bool, quiet: bool
) -> Path:
    config = load_config(config_path, overrides)
    if config.task == "chat":
        return run_chat_train(config, resume, overwrite, quiet)
    run_dir = train_classifier(config, resume=resume, overwrite=overwrite, quiet=quiet)
    calibrate_out_of_scope(run_dir)
    paths = evaluate_run(run_dir)
    print(f"run written to {run_dir}")
    print(f"report: {paths.markdown}  (also {paths.html.name}, {paths.json.name})")
    return run_dir


def run_chat_train(config: Config, resume: bool, overwrite: bool, quiet: bool) -> Path:
    """Train a chat model (on every process a launcher started), then evaluate it once."""
    from attune.train.chat import train_chat
    from attune.train.distributed import close_distributed, current_world

    run_dir = train_chat(config, resume=resume, overwrite=overwrite, quiet=quiet)
    main = current_world().is_main
    close_distributed()
    if not main:
        return run_dir
    print(f"run written to {run_dir}")
    # Imported here: the chat evaluation (generation, plots) is only needed now.
    from attune.eval.chat_eval import evaluate_chat_run

    paths = evaluate_chat_run(run_dir)
    print(f"report: {paths.markdown}  (also {paths.html.name}, {paths.json.name})")
    return run_dir
