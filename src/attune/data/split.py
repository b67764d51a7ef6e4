"""Splitting examples into train / validation / test: stratified, seeded, without leakage."""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

from attune.data.classify import Example
from attune.data.clean import dedup_key, place
from attune.data.problems import Problem
from attune.errors import AttuneError

Leak = tuple[str, Example, str, list[Example]]
"""(later split, its example, earlier split, the earlier examples with the same text)."""


def split_stratified(
    examples: Sequence[Example], fractions: Mapping[str, float], seed: int
) -> dict[str, list[Example]]:
    """Hold out `fractions` of every class, e.g. `{"validation": 0.1, "test": 0.1}`.

    Returns `{"train": rest, **{name: held out}}`, each part in input order. Every class
    keeps at least one example in train, so a class of one stays in train entirely.
    Rounding is carried from class to class (classes in sorted order), so each class
    holds out ⌊n·f⌋ or ⌈n·f⌉ and the totals stay within one of N·f.
    """
    check_fractions(fractions)
    rng = random.Random(seed)
    by_label: dict[str, list[int]] = {}
    for index, example in enumerate(examples):
        by_label.setdefault(example.label, []).append(index)
    parts: dict[str, list[int]] = {"train": [], **{name: [] for name in fractions}}
    carry = dict.fromkeys(fractions, 0.5)
    for label in sorted(by_label):
        indices = by_label[label]
        rng.shuffle(indices)
        start = 0
        for name, count in allocate(len(indices), fractions, carry).items():
            parts[name].extend(indices[start : start + count])
            start += count
        parts["train"].extend(indices[start:])
    return {name: [examples[i] for i in sorted(chosen)] for name, chosen in parts.items()}


def check_fractions(fractions: Mapping[str, float]) -> None:
    if "train" in fractions:
        raise AttuneError("'train' is the remainder of a split; do not give it a fraction")
    if any(not 0.0 <= f < 1.0 for f in fractions.values()) or sum(fractions.values()) >= 1.0:
        raise AttuneError(
            f"split fractions must each be in [0, 1) and sum below 1, got {dict(fractions)}"
        )


def allocate(n: int, fractions: Mapping[str, float], carry: dict[str, float]) -> dict[str, int]:
    """How many of a class of `n` each held-out part gets, leaving at least one for train."""
    counts = {}
    room = n - 1
    for name, fraction in fractions.items():
        exact = n * fraction + carry[name]
        count = min(int(exact), room)
        carry[name] = exact - int(exact)
        counts[name] = count
        room -= count
    return counts


def find_leaks(splits: Mapping[str, Sequence[Example]]) -> list[Leak]:
    """Examples whose text (as `dedup_key`) is already in an earlier split (mapping order)."""
    seen: dict[str, tuple[str, list[Example]]] = {}
    leaks: list[Leak] = []
    for name, examples in splits.items():
        fresh: dict[str, list[Example]] = {}
        for example in examples:
            key = dedup_key(example.text)
            if key in seen:
                leaks.append((name, example, *seen[key]))
            else:
                fresh.setdefault(key, []).append(example)
        for key, group in fresh.items():
            seen[key] = (name, group)
    return leaks


def leak_problem(leak: Leak, consequence: str) -> Problem:
    name, example, earlier_name, earlier = leak
    places = ", ".join(place(other, example.source) for other in earlier)
    message = f"the same text is in {earlier_name} ({places}) and in {name}: {consequence}"
    return Problem("warning", "leakage", message, example.source, example.line)


def find_leakage(splits: Mapping[str, Sequence[Example]]) -> list[Problem]:
    """One warning per example of a later split whose text is in an earlier split."""
    consequence = "scores on it measure memory, not generalisation"
    return [leak_problem(leak, consequence) for leak in find_leaks(splits)]


def drop_leaked(
    splits: Mapping[str, Sequence[Example]],
) -> tuple[dict[str, list[Example]], list[Problem]]:
    """Remove from later splits every example whose text is in an earlier one, saying so."""
    leaks = find_leaks(splits)
    dropped = {(name, id(example)) for name, example, _, _ in leaks}
    kept = {
        name: [e for e in examples if (name, id(e)) not in dropped]
        for name, examples in splits.items()
    }
    problems = [leak_problem(leak, f"removed from {leak[0]}") for leak in leaks]
    return kept, problems
