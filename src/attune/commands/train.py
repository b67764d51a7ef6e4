"""`attune train CONFIG`: fine-tune, fit the out-of-scope detector, evaluate."""

from __future__ import annotations

from pathlib import Path

from attune.config import load_config
from attune.errors import AttuneError
from attune.eval.evaluate import calibrate_out_of_scope, evaluate_run
from attune.train.classification import train_classifier


def run_train(
    config_path: str, overrides: list[str], resume: bool, overwrite: bool, quiet: bool
) -> Path:
    config = load_config(config_path, overrides)
    if config.task != "classify":
        raise AttuneError(
            f"task {config.task!r} is not available yet",
            where=config_path,
            fix="use task: classify",
        )
    run_dir = train_classifier(config, resume=resume, overwrite=overwrite, quiet=quiet)
    calibrate_out_of_scope(run_dir)
    paths = evaluate_run(run_dir)
    print(f"run written to {run_dir}")
    print(f"report: {paths.markdown}  (also {paths.html.name}, {paths.json.name})")
    return run_dir
