"""Where training numbers go: `metrics.jsonl` in the run, TensorBoard events, a progress bar."""

from __future__ import annotations

import json
import math
import sys
from pathlib import Path
from typing import Any

from tqdm import tqdm


class MetricsLog:
    """Appends one JSON line per logged step or evaluation and mirrors scalars to TensorBoard.

    On resume from step N, records after N (written by the interrupted process after its
    last checkpoint) are dropped so the log reads as if the run had never stopped.
    """

    def __init__(self, run_dir: Path, resume_step: int | None = None) -> None:
        self.path = run_dir / "metrics.jsonl"
        if resume_step is None:
            self.path.write_text("", encoding="utf-8")
        else:
            self.truncate_after(resume_step)
        # TensorBoard is imported lazily: it is heavy and only training needs it.
        from torch.utils.tensorboard import SummaryWriter

        purge = None if resume_step is None else resume_step + 1
        self.writer = SummaryWriter(log_dir=str(run_dir / "tensorboard"), purge_step=purge)

    def truncate_after(self, step: int) -> None:
        if not self.path.exists():
            self.path.write_text("", encoding="utf-8")
            return
        kept = [
            line
            for line in self.path.read_text(encoding="utf-8").splitlines()
            if line.strip() and json.loads(line).get("step", 0) <= step
        ]
        self.path.write_text("".join(f"{line}\n" for line in kept), encoding="utf-8")

    def log(self, record: dict[str, Any]) -> None:
        # NaN (no validation data) is written as null: strict JSON has no NaN.
        clean = {
            k: None if isinstance(v, float) and math.isnan(v) else v for k, v in record.items()
        }
        with open(self.path, "a", encoding="utf-8") as handle:
            handle.write(json.dumps(clean) + "\n")
        kind = record.get("kind", "train")
        for key, value in record.items():
            if isinstance(value, (int, float)) and key not in ("step", "epoch") and value == value:
                self.writer.add_scalar(f"{kind}/{key}", value, record["step"])

    def close(self) -> None:
        self.writer.flush()
        self.writer.close()


def progress_bar(total: int, initial: int, quiet: bool) -> tqdm[Any]:
    """A bar over optimiser steps (its ETA comes from tqdm); silent when `quiet`."""
    return tqdm(
        total=total,
        initial=initial,
        unit="step",
        dynamic_ncols=True,
        disable=quiet,
        file=sys.stderr,
        leave=True,
    )
