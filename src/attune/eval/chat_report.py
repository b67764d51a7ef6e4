"""The chat report for people: does-it-stop, forgetting and the held-out answers, added to
the shared report's Markdown and HTML (the shared renderer knows classification only)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from attune.eval.report import (
    Block,
    ReportPaths,
    Section,
    Table,
    Text,
    build_sections,
    fmt,
    render_html,
    render_markdown,
    write_report,
)
from attune.files import write_atomic

SHOWN_CHARS = 400


def chat_sections(report: dict[str, Any]) -> list[Section]:
    """Does-it-stop, forgetting and the held-out answers, for people."""
    stop, forgetting = report["does_it_stop"], report["forgetting"]
    stop_line = (
        f"{percent(stop['rate'])} of {stop['prompts']} held-out answers ended with the "
        f"end-of-turn token within {stop['max_new_tokens']} tokens (base model: "
        f"{percent(stop['base_rate'])}; target ≥ {stop['target']:.0%})."
    )
    verdict = "Forgetting." if forgetting["flagged"] else "No forgetting flagged."
    forgetting_line = (
        f"perplexity on general conversations went from {fmt(forgetting['base_perplexity'])} "
        f"to {fmt(forgetting['tuned_perplexity'])} ({forgetting['relative_rise']:+.1%}; "
        f"flagged above +{forgetting['threshold']:.0%})."
    )
    sections: list[Section] = [
        (
            "Chat",
            [
                Text(stop_line, lead="Stops." if stop["ok"] else "Does not stop reliably."),
                Text(forgetting_line, lead=verdict),
                Text(
                    f"{percent(report['token_accuracy'])} of the learned tokens predicted "
                    "exactly (greedy next token).",
                    lead="Token accuracy.",
                ),
            ],
        )
    ]
    rows = [
        [
            clip(item["prompt"]),
            clip(item["base"]["text"]) + ("" if item["base"]["stopped"] else " […]"),
            clip(item["tuned"]["text"]) + ("" if item["tuned"]["stopped"] else " […]"),
            clip(item["reference"]),
        ]
        for item in report["held_out"]
    ]
    if rows:
        table = Table(["Prompt", "Base", "Tuned", "Reference"], rows)
        note = Text("[…] marks an answer cut at max_new_tokens.")
        sections.append(("Held-out prompts", [table, note]))
    if report.get("privacy"):
        sections.append(("Privacy", privacy_parts(report["privacy"])))
    return sections


def privacy_parts(privacy: dict[str, Any]) -> list[Block]:
    """Redaction counts per entity (never values) and the canary audit's exposures."""
    redaction = privacy.get("redaction") or {}
    if redaction.get("redact"):
        found = redaction.get("found") or {}
        counts = ", ".join(f"{entity} {n}" for entity, n in sorted(found.items())) or "nothing"
        line = (
            f"mode {redaction['mode']}; found {counts} in "
            f"{redaction.get('examples_with_personal_data', 0)} of "
            f"{redaction.get('examples', 0)} conversations"
            + (f" ({redaction['dropped']} dropped)." if redaction.get("dropped") else ".")
        )
        parts: list[Block] = [Text(line, lead="Redaction on:")]
    else:
        parts = [Text("the training data was used as given.", lead="Redaction off:")]
    canaries = privacy.get("canaries") or []
    if canaries:
        rows = [
            [
                str(c["repeats"]),
                f"{c['rank']} of {c['candidates'] + 1}",
                f"{c['exposure']:.1f} of {c['max_exposure']:.1f} bits",
                "yes" if c["greedy_completes"] else "no",
            ]
            for c in canaries
        ]
        parts.append(Table(["Planted", "Rank", "Exposure", "Greedy completes it"], rows))
        parts.append(
            Text(
                "exposure = log2(candidates + 1) − log2(rank) of the true secret among random "
                "ones of its shape; about 1.4 bits is chance.",
                lead="Canaries.",
            )
        )
    return parts


def percent(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def clip(text: str) -> str:
    return text if len(text) <= SHOWN_CHARS else text[: SHOWN_CHARS - 1] + "…"


def write_chat_report(
    eval_dir: Path, report: dict[str, Any], figures: dict[str, Path], title: str
) -> ReportPaths:
    """`write_report`, with the chat sections added to the Markdown and HTML before the
    figures (the shared renderer does not know them)."""
    paths = write_report(eval_dir, report, figures, title=title)
    sections = build_sections(report, figures)
    at = next((i for i, (name, _) in enumerate(sections) if name == "Figures"), len(sections))
    sections[at:at] = chat_sections(report)
    write_atomic(paths.markdown, render_markdown(title, sections, eval_dir))
    write_atomic(paths.html, render_html(title, sections))
    return paths
