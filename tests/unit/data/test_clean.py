"""Cleaning: normalisation, empties, exact and near duplicates, conflicting labels."""

from __future__ import annotations

from attune.data.classify import Example
from attune.data.clean import clean_examples, dedup_key, normalise_text


def ex(text: str, label: str, line: int, source: str = "f.csv") -> Example:
    return Example(text, label, source, line)


def test_normalise_text() -> None:
    # full-width letters, a non-breaking space, a ligature, tabs and newlines
    assert normalise_text("  Ｈｅｌｌｏ\u00a0 ﬁne\tday\n") == "Hello fine day"
    assert normalise_text(" \n\t ") == ""


def test_dedup_key_ignores_case_and_punctuation() -> None:
    assert dedup_key("What's the time?") == dedup_key("whats the  TIME")
    assert dedup_key("book a flight") != dedup_key("book a fight")
    assert dedup_key("?") != dedup_key("!")


def test_clean_drops_empties_and_duplicates_keeping_first() -> None:
    examples = [
        ex("Hello  there", "greet", 2),
        ex("   ", "greet", 3),
        ex("Hello  there", "greet", 4),
        ex("hello there!", "greet", 5),
        ex("bye", "leave", 6),
    ]
    result = clean_examples(examples)
    assert result.examples == [ex("Hello there", "greet", 2), ex("bye", "leave", 6)]
    assert [(p.line, p.category) for p in result.problems] == [
        (3, "empty_text"),
        (4, "duplicate"),
        (5, "near_duplicate"),
    ]
    assert "line 2" in result.problems[1].message


def test_conflicts_are_dropped_and_name_every_line() -> None:
    examples = [
        ex("cancel it", "cancel", 2),
        ex("keep", "keep", 3),
        ex("Cancel it.", "cancel", 4),
        ex("cancel it", "keep", 7),
    ]
    result = clean_examples(examples)
    assert result.examples == [ex("keep", "keep", 3)]
    (problem,) = result.problems
    assert (problem.category, problem.line) == ("conflict", 2)
    assert "'cancel' at line 2, line 4" in problem.message
    assert "'keep' at line 7" in problem.message
    assert "dropped" in problem.message


def test_duplicates_across_files_name_the_other_file() -> None:
    result = clean_examples([ex("same", "a", 2, "a.csv"), ex("same", "a", 9, "b.csv")])
    assert [e.source for e in result.examples] == ["a.csv"]
    assert result.problems[0].source == "b.csv"
    assert "a.csv:2" in result.problems[0].message
