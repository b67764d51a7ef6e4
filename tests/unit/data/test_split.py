"""Stratified seeded splits and leakage between splits."""

from __future__ import annotations

from collections import Counter

import pytest

from attune.data.classify import Example
from attune.data.clean import dedup_key
from attune.data.split import drop_leaked, find_leakage, split_stratified
from attune.errors import AttuneError


def make_examples(sizes: dict[str, int]) -> list[Example]:
    examples = []
    for label, size in sizes.items():
        examples += [Example(f"{label} text {i}", label, "f.csv", 0) for i in range(size)]
    return [Example(e.text, e.label, e.source, line) for line, e in enumerate(examples, 2)]


FRACTIONS = {"validation": 0.1, "test": 0.2}


def test_split_keeps_class_proportions() -> None:
    examples = make_examples({"a": 100, "b": 50, "c": 20})
    parts = split_stratified(examples, FRACTIONS, seed=0)
    counts = {name: Counter(e.label for e in part) for name, part in parts.items()}
    assert counts["validation"] == {"a": 10, "b": 5, "c": 2}
    assert counts["test"] == {"a": 20, "b": 10, "c": 4}
    assert counts["train"] == {"a": 70, "b": 35, "c": 14}


def test_split_is_a_partition_without_leakage() -> None:
    examples = make_examples({"a": 37, "b": 23, "c": 11})
    parts = split_stratified(examples, FRACTIONS, seed=3)
    lines = [e.line for part in parts.values() for e in part]
    assert sorted(lines) == [e.line for e in examples]
    keys = {name: {dedup_key(e.text) for e in part} for name, part in parts.items()}
    assert not keys["train"] & keys["validation"]
    assert not keys["train"] & keys["test"]
    assert not keys["validation"] & keys["test"]
    assert find_leakage(parts) == []


def test_split_is_seeded() -> None:
    examples = make_examples({"a": 40, "b": 40})
    first = split_stratified(examples, FRACTIONS, seed=1)
    assert split_stratified(examples, FRACTIONS, seed=1) == first
    assert split_stratified(examples, FRACTIONS, seed=2) != first


def test_small_classes_keep_one_in_train() -> None:
    examples = make_examples({"big": 30, "one": 1, "two": 2})
    parts = split_stratified(examples, {"validation": 0.5, "test": 0.4}, seed=0)
    train = Counter(e.label for e in parts["train"])
    assert train["one"] == 1
    assert train["two"] >= 1
    held = Counter(e.label for name in ("validation", "test") for e in parts[name])
    assert held["one"] == 0


def test_totals_stay_near_fractions_with_many_small_classes() -> None:
    examples = make_examples({f"c{i}": 7 for i in range(40)})
    parts = split_stratified(examples, {"validation": 0.1}, seed=0)
    assert abs(len(parts["validation"]) - 28) <= 1  # 280 × 0.1


def test_bad_fractions() -> None:
    with pytest.raises(AttuneError):
        split_stratified([], {"validation": 0.6, "test": 0.5}, seed=0)
    with pytest.raises(AttuneError):
        split_stratified([], {"train": 0.5}, seed=0)


def test_leakage_names_both_splits_and_lines() -> None:
    train = [Example("Book a table", "book", "t.csv", 2), Example("hi", "greet", "t.csv", 3)]
    validation = [Example("book a table!", "book", "v.csv", 5), Example("yo", "greet", "v.csv", 6)]
    test = [Example("hi", "greet", "x.csv", 2), Example("yo", "greet", "x.csv", 3)]
    splits = {"train": train, "validation": validation, "test": test}
    problems = find_leakage(splits)
    assert [(p.source, p.line, p.category) for p in problems] == [
        ("v.csv", 5, "leakage"),
        ("x.csv", 2, "leakage"),
        ("x.csv", 3, "leakage"),
    ]
    assert "train (t.csv:2)" in problems[0].message and "validation" in problems[0].message
    assert "validation (line 6)" not in problems[2].message  # different file: named in full
    assert "validation (v.csv:6)" in problems[2].message
    kept, dropped = drop_leaked(splits)
    assert kept["train"] == train
    assert kept["validation"] == [validation[1]]
    assert kept["test"] == []
    assert all("removed from" in p.message for p in dropped)
