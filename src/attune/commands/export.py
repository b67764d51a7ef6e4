"""`attune export RUN OUT [--merge] [--quantize int8] [--overwrite]`: a run made ready to
serve (adapter merged, int8 for CPU), checked against the run it came from."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from attune.export.folder import export_run


def run_export(
    run: str, out: str, merge: bool, quantize: str | None, overwrite: bool
) -> dict[str, Any]:
    info = export_run(
        Path(run), Path(out), merge, quantize, overwrite, progress=lambda m: print(m, flush=True)
    )
    print(render_summary(info, out))
    for warning in info["warnings"]:
        print(f"attune: warning: {warning}", file=sys.stderr)
    return info


def render_summary(info: dict[str, Any], out: str) -> str:
    sizes = info["sizes"]
    lines = [
        f"export written to {out}",
        f"  weights: {info['weights']}",
        f"  model/ on disk: {megabytes(sizes['export_model_bytes'])} "
        f"(the run's: {megabytes(sizes['source_model_bytes'])}"
        + (
            f" + base model {megabytes(sizes['source_base_model_bytes'])})"
            if "source_base_model_bytes" in sizes
            else ")"
        ),
    ]
    lines += [f"  note: {note}" for note in info["notes"]]
    lines.append(f"  check: {render_check(info['check'])}")
    return "\n".join(lines)


def render_check(check: dict[str, Any]) -> str:
    if "skipped" in check:
        return f"skipped ({check['skipped']})"
    if "greedy_agreement" in check:
        return (
            f"greedy next-token agreement {100 * check['greedy_agreement']:.1f} % over "
            f"{check['positions']} positions of {check['prompts']} prompts, "
            f"mean KL {check['mean_kl']:.4f}"
        )
    if "accuracy_source" not in check:
        return f"same label on {100 * check['prediction_agreement']:.1f} % of {check['examples']}"
    return (
        f"accuracy on the {check['split']} split {100 * check['accuracy_source']:.2f} % (run) → "
        f"{100 * check['accuracy_export']:.2f} % (export), {check['difference_points']:+.2f} "
        f"points; same label on {100 * check['prediction_agreement']:.1f} % of "
        f"{check['examples']} examples"
    )


def megabytes(size: int) -> str:
    return f"{size / 1e6:.1f} MB" if size >= 1e5 else f"{size / 1e3:.1f} kB"
