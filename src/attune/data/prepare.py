"""From `DataConfig` to train / validation / test examples ready for a classifier.

Read (errors stop here, pointing to `attune check`) → redact personal data (on by
default, `data.privacy`) → clean each file → keep
out-of-scope examples out of train → split what the user did not give → remove texts
leaked between splits → drop evaluation examples of labels train never saw → limit
train per class (few-shot runs).
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from attune.config import DataConfig
from attune.data.classify import Example, load_labelled
from attune.data.clean import clean_examples
from attune.data.problems import Problem, raise_on_errors
from attune.data.redaction import RedactionLog, redact_examples, start_redaction
from attune.data.split import drop_leaked, split_stratified
from attune.errors import AttuneError

EVAL_SPLITS = ("validation", "test")


@dataclass
class PreparedData:
    """Examples for each split; `labels` are the classes (sorted, out-of-scope excluded)."""

    train: list[Example]
    validation: list[Example]
    test: list[Example]
    labels: list[str]
    out_of_scope_label: str
    problems: list[Problem]
    privacy: dict[str, Any] = field(default_factory=dict)
    """What redaction did: settings and counts per entity (never values)."""


def prepare_classification(data: DataConfig, seed: int) -> PreparedData:
    """Read, clean and split the configured files (see the module docstring)."""
    if data.train is None:
        raise AttuneError("data.train is not set", fix="set data.train to your labelled file")
    if data.privacy.canaries:
        raise AttuneError(
            "data.privacy.canaries is an audit of chat models (a classifier cannot say a secret)",
            fix="remove data.privacy.canaries, or use it with task: chat",
        )
    if data.per_class_limit is not None and data.per_class_limit < 1:
        raise AttuneError(f"data.per_class_limit must be at least 1, got {data.per_class_limit}")
    specs = {"train": data.train, "validation": data.validation, "test": data.test}
    files = {name: spec for name, spec in specs.items() if spec is not None}
    problems: list[Problem] = []
    splits: dict[str, list[Example]] = {}
    log = start_redaction(data.privacy, seed=seed)
    for name, spec in files.items():
        splits[name] = read_clean(spec, data, problems, log)
    oos = data.out_of_scope_label
    aside = [e for e in splits["train"] if e.label == oos]
    splits["train"] = [e for e in splits["train"] if e.label != oos]
    splits = fill_splits(splits, aside, data, seed, problems)
    splits, leaked = drop_leaked(splits)
    problems += leaked
    labels = sorted({e.label for e in splits["train"]})
    if len(labels) < 2:
        raise AttuneError(
            f"train holds {len(labels)} class(es) besides out-of-scope {oos!r}; "
            "classification needs at least 2",
            where=data.train,
        )
    for name in EVAL_SPLITS:
        splits[name], unknown = drop_unknown(splits[name], set(labels), oos, name)
        problems += unknown
    problems += small_class_problems(splits["train"], data.train)
    if data.per_class_limit is not None:
        splits["train"] = limit_per_class(splits["train"], data.per_class_limit, seed)
    return PreparedData(
        splits["train"], splits["validation"], splits["test"], labels, oos, problems, log.summary()
    )


def read_clean(
    spec: str, data: DataConfig, problems: list[Problem], log: RedactionLog
) -> list[Example]:
    """Load, redact and clean one file; raise when reading it produced errors."""
    loaded = load_labelled(spec, data.text_field, data.label_field)
    raise_on_errors(loaded.problems, spec, f"attune check {spec}")
    cleaned = clean_examples(redact_examples(loaded.examples, log))
    problems += loaded.problems + cleaned.problems
    return cleaned.examples


def fill_splits(
    splits: dict[str, list[Example]],
    aside: list[Example],
    data: DataConfig,
    seed: int,
    problems: list[Problem],
) -> dict[str, list[Example]]:
    """Split off the evaluation sets not given as files; place out-of-scope examples aside.

    Out-of-scope examples of the train file go to the split-off sets in proportion to
    their fractions; when both sets are files they join validation (to tune rejection).
    """
    wanted = {"validation": data.validation_fraction, "test": data.test_fraction}
    missing = {name: wanted[name] for name in EVAL_SPLITS if name not in splits}
    held = {name: fraction for name, fraction in missing.items() if fraction > 0}
    parts = split_stratified(splits["train"], held, seed) if held else {"train": splits["train"]}
    result = {name: splits.get(name, parts.get(name, [])) for name in ("train", *EVAL_SPLITS)}
    result["train"] = parts["train"]
    if not aside:
        return result
    targets = held or ({"validation": 1.0} if "validation" in splits else {})
    if not targets:
        message = (
            f"{len(aside)} out-of-scope examples in the train file are unused: "
            "there is no validation or test set to put them in (dropped)"
        )
        problems.append(Problem("warning", "out_of_scope", message, aside[0].source))
        return result
    for name, moved in share_out(aside, targets, seed).items():
        result[name] = result[name] + moved
    message = (
        f"{len(aside)} out-of-scope examples in the train file were moved to "
        f"{' and '.join(targets)}: out-of-scope is never a class to learn"
    )
    problems.append(Problem("warning", "out_of_scope", message, aside[0].source))
    return result


def share_out(
    examples: list[Example], weights: dict[str, float], seed: int
) -> dict[str, list[Example]]:
    """Deal a seeded shuffle of `examples` into parts in proportion to `weights`."""
    shuffled = list(examples)
    random.Random(seed).shuffle(shuffled)
    total = sum(weights.values())
    shares: dict[str, list[Example]] = {}
    start = 0
    for index, (name, weight) in enumerate(weights.items()):
        last = index == len(weights) - 1
        stop = len(shuffled) if last else start + round(len(shuffled) * weight / total)
        shares[name] = shuffled[start:stop]
        start = stop
    return shares


def drop_unknown(
    examples: list[Example], labels: set[str], oos: str, split: str
) -> tuple[list[Example], list[Problem]]:
    """Drop evaluation examples whose label train never saw (out-of-scope is kept)."""
    kept, problems = [], []
    for example in examples:
        if example.label in labels or example.label == oos:
            kept.append(example)
            continue
        message = f"label {example.label!r} is not in train: dropped from {split}"
        problems.append(Problem("warning", "unknown_label", message, example.source, example.line))
    return kept, problems


def small_class_problems(train: list[Example], source: str) -> list[Problem]:
    """Warn about classes with a single training example (nothing of them to hold out)."""
    counts = Counter(e.label for e in train)
    return [
        Problem("warning", "class_too_small", f"class {label!r} has 1 training example", source)
        for label, count in sorted(counts.items())
        if count < 2
    ]


def limit_per_class(examples: list[Example], limit: int, seed: int) -> list[Example]:
    """A seeded sample of at most `limit` examples of each class, in input order."""
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for index, example in enumerate(examples):
        by_label.setdefault(example.label, []).append(index)
    chosen: list[int] = []
    for label in sorted(by_label):
        indices = by_label[label]
        chosen += indices if len(indices) <= limit else rng.sample(indices, limit)
    return [examples[i] for i in sorted(chosen)]
