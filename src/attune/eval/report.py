"""The evaluation report: report.json for machines, report.md and report.html for people.

The report dict is the contract: it holds at least `accuracy` and `macro_f1`
(classification) or `eval_loss` and `perplexity` (chat) at the top level, and, when the
data had out-of-scope examples, an `out_of_scope` section with `in_scope_accuracy`,
`recall`, `precision` and `threshold`. Optional sections rendered when present:
`diagnosis` (`verdict`, `message`), `comparison` (name → metrics, e.g. base vs tuned),
`per_class` (label → precision/recall/f1/support), `top_confusions` and `top_k`.

Markdown and HTML are rendered from one list of sections, so they always say the same.
The HTML embeds its PNGs as base64 data URIs: it is one file that can be mailed around.
"""

from __future__ import annotations

import base64
import html
import json
import math
import os
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import numpy as np

from attune.files import write_atomic

HEADLINE = (
    ("accuracy", "Accuracy"),
    ("macro_f1", "Macro F1"),
    ("micro_f1", "Micro F1"),
    ("weighted_f1", "Weighted F1"),
    ("macro_precision", "Macro precision"),
    ("macro_recall", "Macro recall"),
    ("top_k_accuracy", "Top-k accuracy"),
    ("ece", "Expected calibration error"),
    ("eval_loss", "Loss"),
    ("perplexity", "Perplexity"),
    ("num_examples", "Examples"),
)
OUT_OF_SCOPE = (
    ("in_scope_accuracy", "In-scope accuracy (accepted and right)"),
    ("in_scope_acceptance", "In-scope accepted"),
    ("recall", "Out-of-scope recall"),
    ("precision", "Out-of-scope precision"),
    ("auroc", "AUROC of the score"),
    ("threshold", "Threshold (reject above)"),
    ("detector", "Detector"),
)
REQUIRED_OUT_OF_SCOPE = ("in_scope_accuracy", "recall", "precision", "threshold")
FIGURE_TITLES = {
    "curves": "Training curves",
    "confusion": "Confusion matrix",
    "per_class_f1": "Per-class F1",
    "confidence": "Confidence",
    "ood_scores": "Out-of-scope scores",
}
META = ("run", "model", "method", "split", "data")
MAX_CLASS_ROWS = 30
MAX_CONFUSION_ROWS = 10


@dataclass(frozen=True)
class ReportPaths:
    """Where `write_report` wrote the three files."""

    json: Path
    markdown: Path
    html: Path


@dataclass(frozen=True)
class Text:
    """A paragraph of plain text; `lead` is shown in bold before it."""

    text: str
    lead: str = ""


@dataclass(frozen=True)
class Table:
    header: list[str]
    rows: list[list[str]]


@dataclass(frozen=True)
class Image:
    title: str
    path: Path


Block = Text | Table | Image
Section = tuple[str, list[Block]]


def write_report(
    eval_dir: Path | str,
    report: Mapping[str, Any],
    figures: Mapping[str, Path | str] | None = None,
    title: str = "Evaluation report",
) -> ReportPaths:
    """Write report.json, report.md and report.html into `eval_dir`.

    `figures` maps a name (curves, confusion, per_class_f1, confidence, ood_scores, or
    any other) to a PNG already written, normally inside `eval_dir`.
    """
    check_report(report)
    folder = Path(eval_dir)
    folder.mkdir(parents=True, exist_ok=True)
    images = {name: Path(path) for name, path in (figures or {}).items()}
    sections = build_sections(report, images)
    paths = ReportPaths(folder / "report.json", folder / "report.md", folder / "report.html")
    text = json.dumps(to_jsonable(report), indent=2, ensure_ascii=False, allow_nan=False)
    write_atomic(paths.json, text + "\n")
    write_atomic(paths.markdown, render_markdown(title, sections, folder))
    write_atomic(paths.html, render_html(title, sections))
    return paths


def check_report(report: Mapping[str, Any]) -> None:
    """Raise ValueError when the report breaks the contract in the module docstring."""
    classify = all(key in report for key in ("accuracy", "macro_f1"))
    chat = all(key in report for key in ("eval_loss", "perplexity"))
    if not (classify or chat):
        raise ValueError("a report needs accuracy and macro_f1, or eval_loss and perplexity")
    section = report.get("out_of_scope")
    if section is not None:
        missing = [key for key in REQUIRED_OUT_OF_SCOPE if key not in section]
        if missing:
            raise ValueError(f"report out_of_scope section lacks {', '.join(missing)}")


def to_jsonable(value: Any) -> Any:
    """numpy values to Python, tuples to lists, paths to strings, NaN and ±inf to None."""
    if isinstance(value, Mapping):
        return {str(key): to_jsonable(item) for key, item in value.items()}
    if isinstance(value, np.ndarray):
        return to_jsonable(value.tolist())
    if isinstance(value, list | tuple):
        return [to_jsonable(item) for item in value]
    if isinstance(value, np.generic):
        return to_jsonable(value.item())
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, Path):
        return str(value)
    return value


def fmt(value: Any) -> str:
    """A value as a short string for a table cell."""
    if value is None:
        return "—"
    if isinstance(value, bool | np.bool_):
        return "yes" if value else "no"
    if isinstance(value, int | np.integer):
        return str(int(value))
    if isinstance(value, float | np.floating):
        number = float(value)
        if not math.isfinite(number):
            return "—"
        return f"{number:.4f}" if number == 0 or 1e-3 <= abs(number) < 1e4 else f"{number:.4g}"
    return str(value)


def is_number(value: Any) -> bool:
    return isinstance(value, int | float | np.integer | np.floating) and not isinstance(
        value, bool | np.bool_
    )


def build_sections(report: Mapping[str, Any], figures: Mapping[str, Path]) -> list[Section]:
    """The report as titled sections of blocks, shared by the Markdown and HTML renderers."""
    sections: list[Section] = []
    meta = [f"{key}: {report[key]}" for key in META if isinstance(report.get(key), str)]
    top_k = report.get("top_k")
    rows = [
        [label.replace("Top-k", f"Top-{top_k}") if is_number(top_k) else label, fmt(report[key])]
        for key, label in HEADLINE
        if report.get(key) is not None
    ]
    summary: list[Block] = [Text("; ".join(meta))] if meta else []
    sections.append(("Summary", [*summary, Table(["Metric", "Value"], rows)]))
    diagnosis = report.get("diagnosis")
    if isinstance(diagnosis, Mapping) and diagnosis.get("message"):
        verdict = str(diagnosis.get("verdict", ""))
        message = str(diagnosis["message"]).removeprefix(f"{verdict}: ")
        sections.append(("Fit", [Text(message, lead=f"{verdict.capitalize()}.")]))
    if isinstance(report.get("comparison"), Mapping) and report["comparison"]:
        sections.append(("Comparison", [comparison_table(report["comparison"])]))
    if isinstance(report.get("out_of_scope"), Mapping):
        sections.append(("Out of scope", out_of_scope_blocks(report["out_of_scope"])))
    if isinstance(report.get("per_class"), Mapping) and report["per_class"]:
        sections.append(("Per class (worst first)", per_class_blocks(report["per_class"])))
    confusions = report.get("top_confusions")
    if isinstance(confusions, Sequence) and confusions:
        sections.append(("Top confusions", [confusion_table(confusions)]))
    if figures:
        images: list[Block] = [
            Image(FIGURE_TITLES.get(name, name), path) for name, path in figures.items()
        ]
        sections.append(("Figures", images))
    return sections


def comparison_table(comparison: Mapping[str, Any]) -> Table:
    """Metric | one column per compared model | change (when exactly two)."""
    names = [name for name, metrics in comparison.items() if isinstance(metrics, Mapping)]
    columns = [comparison[name] for name in names]
    seen = dict.fromkeys(k for c in columns for k, v in c.items() if is_number(v))
    order = {key: i for i, (key, _) in enumerate(HEADLINE)}
    # headline metrics first, in their usual order; others after, as they first appear
    keys = sorted(seen, key=lambda k: order.get(k, len(order)))
    labels = dict(HEADLINE)
    header = ["Metric", *names] + (["Change"] if len(names) == 2 else [])
    rows = []
    for key in keys:
        values = [c.get(key) for c in columns]
        row = [labels.get(key, key), *(fmt(v) for v in values)]
        if len(names) == 2:
            both = all(is_number(v) for v in values)
            row.append(f"{float(values[1]) - float(values[0]):+.4f}" if both else "—")
        rows.append(row)
    return Table(header, rows)


def out_of_scope_blocks(section: Mapping[str, Any]) -> list[Block]:
    rows = [[label, fmt(section[key])] for key, label in OUT_OF_SCOPE if key in section]
    blocks: list[Block] = [Table(["Measure", "Value"], rows)]
    counts = section.get("counts")
    if isinstance(counts, Mapping) and counts:
        line = ", ".join(f"{key.replace('_', ' ')}: {fmt(value)}" for key, value in counts.items())
        blocks.append(Text(line, lead="Counts."))
    return blocks


def per_class_blocks(per_class: Mapping[str, Mapping[str, Any]]) -> list[Block]:
    ranked = sorted(per_class.items(), key=lambda item: (float(item[1].get("f1", 0.0)), item[0]))
    rows = [
        [str(label)] + [fmt(values.get(k)) for k in ("precision", "recall", "f1", "support")]
        for label, values in ranked[:MAX_CLASS_ROWS]
    ]
    blocks: list[Block] = [Table(["Label", "Precision", "Recall", "F1", "Support"], rows)]
    if len(ranked) > MAX_CLASS_ROWS:
        more = len(ranked) - MAX_CLASS_ROWS
        blocks.append(Text(f"… and {more} more classes (all of them are in report.json)."))
    return blocks


def confusion_table(confusions: Sequence[Any]) -> Table:
    """Rows from dicts {true, pred, count} or (true, pred, count) triples."""
    rows = []
    for item in confusions[:MAX_CONFUSION_ROWS]:
        if isinstance(item, Mapping):
            item = (item.get("true"), item.get("pred"), item.get("count"))
        rows.append([str(item[0]), str(item[1]), fmt(item[2])])
    return Table(["True", "Predicted as", "Count"], rows)


MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md_escape(text: str) -> str:
    """Backslash-escape Markdown punctuation (and raw HTML) in plain text; one line."""
    return MD_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(title: str, sections: list[Section], folder: Path) -> str:
    lines = [f"# {md_escape(title)}", ""]
    for heading, blocks in sections:
        lines += [f"## {md_escape(heading)}", ""]
        for block in blocks:
            if isinstance(block, Text):
                lead = f"**{md_escape(block.lead)}** " if block.lead else ""
                lines += [lead + md_escape(block.text), ""]
            elif isinstance(block, Table):
                lines.append("| " + " | ".join(md_escape(h) for h in block.header) + " |")
                lines.append("|" + "|".join("---" for _ in block.header) + "|")
                lines += ["| " + " | ".join(md_escape(c) for c in row) + " |" for row in block.rows]
                lines.append("")
            else:
                link = quote(Path(os.path.relpath(block.path, folder)).as_posix())
                lines += [f"![{md_escape(block.title)}]({link})", ""]
    return "\n".join(lines)


STYLE = """
body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto;
       padding: 0 1rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
th, td { border: 1px solid #ccc; padding: 0.25rem 0.6rem; text-align: left; }
th { background: #f3f3f3; }
td:not(:first-child) { font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } img { max-width: 100%; }
"""


def render_html(title: str, sections: list[Section]) -> str:
    """One self-contained page; every piece of text is escaped, images are data URIs."""
    esc = html.escape
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{esc(title)}</title><style>{STYLE}</style></head><body>",
        f"<h1>{esc(title)}</h1>",
    ]
    for heading, blocks in sections:
        parts.append(f"<h2>{esc(heading)}</h2>")
        for block in blocks:
            if isinstance(block, Text):
                lead = f"<strong>{esc(block.lead)}</strong> " if block.lead else ""
                parts.append(f"<p>{lead}{esc(block.text)}</p>")
            elif isinstance(block, Table):
                head = "".join(f"<th>{esc(h)}</th>" for h in block.header)
                body = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in row) + "</tr>"
                    for row in block.rows
                )
                parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
            else:
                data = base64.b64encode(block.path.read_bytes()).decode("ascii")
                parts.append(
                    f'<figure><img alt="{esc(block.title)}" src="data:image/png;base64,{data}">'
                    f"<figcaption>{esc(block.title)}</figcaption></figure>"
                )
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"
