"""`attune check` for labelled data: every problem with its line, and the statistics."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attune.data.classify import Example, LabelledFile, load_labelled
from attune.data.clean import clean_examples
from attune.data.problems import Problem

Tokenize = Callable[[list[str]], list[int]]
"""Texts → their lengths in tokens."""

SHOWN_PER_CATEGORY = 10


@dataclass
class CheckReport:
    """What `attune check` found: problems (errors and warnings) and statistics."""

    problems: list[Problem]
    stats: dict[str, Any]

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    @property
    def ok(self) -> bool:
        """True when nothing blocks training (warnings allowed)."""
        return not self.errors

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "errors": [p.to_dict() for p in self.errors],
            "warnings": [p.to_dict() for p in self.warnings],
            "stats": self.stats,
        }

    def render(self) -> str:
        """A readable report: problems grouped by category, then the statistics."""
        lines = [render_headline(self)]
        for severity, found in (("errors", self.errors), ("warnings", self.warnings)):
            if found:
                lines.append(f"{severity}:")
                lines.extend(render_group(found))
        lines.extend(render_stats(self.stats))
        verdict = "OK" if self.ok else f"{len(self.errors)} errors: fix them before training"
        lines.append(f"result: {verdict}")
        return "\n".join(lines)


def check_classification(
    spec: str | Path,
    *,
    text_field: str | None = None,
    label_field: str | None = None,
    out_of_scope_label: str = "oos",
    max_length: int = 64,
    tokenize: Tokenize | None = None,
    min_per_class: int = 5,
    imbalance_ratio: float = 10.0,
) -> CheckReport:
    """Check a labelled file, counting every problem (not just the first).

    Errors: unreadable rows, missing fields, fewer than two classes, a class with a single
    example (it cannot be both learned and tested; often a mistyped label). Warnings:
    encoding fallback, empty texts, duplicates, conflicting labels, classes under
    `min_per_class`, and a largest/smallest class ratio above `imbalance_ratio`.
    Lengths are tokens when `tokenize` is given, else whitespace-separated words.
    """
    loaded = load_labelled(spec, text_field, label_field)
    cleaned = clean_examples(loaded.examples)
    in_scope = [e for e in cleaned.examples if e.label != out_of_scope_label]
    source = str(spec)
    problems = loaded.problems + cleaned.problems
    problems += class_problems(in_scope, source, min_per_class, imbalance_ratio)
    texts = [e.text for e in cleaned.examples]
    lengths = tokenize(texts) if tokenize is not None and texts else word_counts(texts)
    unit = "tokens" if tokenize is not None else "words"
    truncated = sum(length > max_length for length in lengths)
    if truncated:
        message = f"{truncated} texts are longer than max_length {max_length} {unit} (truncated)"
        problems.append(Problem("warning", "too_long", message, source))
    problems.sort(key=lambda p: p.line or 0)
    stats = build_stats(source, loaded, cleaned.examples, in_scope, out_of_scope_label)
    stats.update(
        {
            "length": length_stats(lengths, unit),
            "max_length": max_length,
            "truncated": truncated,
        }
    )
    return CheckReport(problems, stats)


def build_stats(
    source: str,
    loaded: LabelledFile,
    usable: list[Example],
    in_scope: list[Example],
    out_of_scope_label: str,
) -> dict[str, Any]:
    """Counts of examples and classes (classes counted after cleaning: what trains)."""
    counts = Counter(e.label for e in in_scope)
    return {
        "source": source,
        "encoding": loaded.encoding,
        "text_field": loaded.text_field,
        "label_field": loaded.label_field,
        "examples": len(loaded.examples),
        "usable": len(usable),
        "classes": len(counts),
        "per_class": dict(sorted(counts.items(), key=lambda item: (-item[1], item[0]))),
        "out_of_scope": len(usable) - len(in_scope),
        "out_of_scope_label": out_of_scope_label,
    }


def word_counts(texts: list[str]) -> list[int]:
    return [len(text.split()) for text in texts]


def percentile(ordered: Sequence[int], q: float) -> int:
    """Nearest-rank percentile of sorted values (one of the values, never interpolated)."""
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[rank - 1]


def length_stats(lengths: Sequence[int], unit: str) -> dict[str, Any]:
    if not lengths:
        return {"unit": unit, "p50": 0, "p90": 0, "p99": 0, "max": 0}
    ordered = sorted(lengths)
    stats: dict[str, Any] = {"unit": unit}
    for q in (50, 90, 99):
        stats[f"p{q}"] = percentile(ordered, q)
    stats["max"] = ordered[-1]
    return stats


def class_problems(
    examples: list[Example], source: str, min_per_class: int, imbalance_ratio: float
) -> list[Problem]:
    """Too few classes, classes too small to learn or test, strong imbalance."""
    by_label: dict[str, list[Example]] = {}
    for example in examples:
        by_label.setdefault(example.label, []).append(example)
    problems = []
    if len(by_label) < 2:
        message = f"found {len(by_label)} class(es); classification needs at least 2"
        problems.append(Problem("error", "classes", message, source))
    for label, members in sorted(by_label.items()):
        lines = ", ".join(str(e.line) for e in members)
        if len(members) < 2:
            message = (
                f"class {label!r} has 1 example: it cannot be both learned and tested "
                "(a mistyped label?); add examples or fix the label"
            )
            problems.append(Problem("error", "class_too_small", message, source, members[0].line))
        elif len(members) < min_per_class:
            message = (
                f"class {label!r} has {len(members)} examples (lines {lines}), "
                f"fewer than {min_per_class}: expect weak results on it"
            )
            problems.append(Problem("warning", "class_small", message, source, members[0].line))
    sizes = {label: len(members) for label, members in by_label.items()}
    return problems + imbalance_problems(sizes, source, imbalance_ratio)


def imbalance_problems(sizes: dict[str, int], source: str, limit: float) -> list[Problem]:
    """One warning when the largest class outnumbers the smallest more than `limit` times."""
    if len(sizes) < 2:
        return []
    big, small = max(sizes, key=sizes.__getitem__), min(sizes, key=sizes.__getitem__)
    ratio = sizes[big] / sizes[small]
    if ratio <= limit:
        return []
    message = (
        f"classes are imbalanced: {big!r} has {sizes[big]} examples, {small!r} "
        f"{sizes[small]} (ratio {ratio:.1f} > {limit:g}); "
        "consider train.class_weights=balanced or more examples of the small classes"
    )
    return [Problem("warning", "imbalance", message, source)]


def render_headline(report: CheckReport) -> str:
    stats = report.stats
    return (
        f"{stats['source']}: {stats['examples']} examples, {stats['classes']} classes; "
        f"{len(report.errors)} errors, {len(report.warnings)} warnings"
    )


def render_group(problems: list[Problem]) -> list[str]:
    """Problems by category with counts, at most SHOWN_PER_CATEGORY lines each."""
    by_category: dict[str, list[Problem]] = {}
    for problem in problems:
        by_category.setdefault(problem.category, []).append(problem)
    lines = []
    for category, found in by_category.items():
        lines.append(f"  {category} ({len(found)})")
        lines.extend(f"    {p.render()}" for p in found[:SHOWN_PER_CATEGORY])
        if len(found) > SHOWN_PER_CATEGORY:
            lines.append(f"    … and {len(found) - SHOWN_PER_CATEGORY} more")
    return lines


def render_stats(stats: dict[str, Any]) -> list[str]:
    per_class: dict[str, int] = stats["per_class"]
    items = [f"{label} {count}" for label, count in per_class.items()]
    if len(items) > 20:
        items = items[:5] + [f"… {len(items) - 10} more …"] + items[-5:]
    length = stats["length"]
    dropped = stats["examples"] - stats["usable"]
    return [
        "statistics:",
        f"  fields: text={stats['text_field']!r} label={stats['label_field']!r}"
        f" (encoding {stats['encoding']})",
        f"  examples: {stats['examples']} read, {stats['usable']} usable ({dropped} dropped)",
        f"  classes: {stats['classes']}, plus {stats['out_of_scope']} out-of-scope "
        f"({stats['out_of_scope_label']!r})",
        f"  per class: {', '.join(items) or '(none)'}",
        f"  length ({length['unit']}): p50 {length['p50']}, p90 {length['p90']}, "
        f"p99 {length['p99']}, max {length['max']}; {stats['truncated']} over max_length "
        f"{stats['max_length']}",
    ]
