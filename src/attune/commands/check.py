"""`attune check DATA`: validate a data file, print every problem and the statistics."""

from __future__ import annotations

import json
from typing import Any

from attune.data.validate import check_classification
from attune.errors import AttuneError


def token_counter(model: str) -> Any:
    """Count tokens with the model's own tokenizer (what training will see)."""
    from attune.models.load import load_tokenizer

    tokenizer = load_tokenizer(model)

    def count(texts: list[str]) -> list[int]:
        return [len(ids) for ids in tokenizer(texts, add_special_tokens=True)["input_ids"]]

    return count


def run_check(
    data: str,
    task: str,
    text_field: str | None,
    label_field: str | None,
    model: str | None,
    max_length: int,
    as_json: bool,
) -> int:
    """Exit code 1 when the data has errors, 0 otherwise (warnings allowed)."""
    if task != "classify":
        raise AttuneError(
            f"attune check --task {task} is not available yet", fix="use --task classify"
        )
    report = check_classification(
        data,
        text_field=text_field,
        label_field=label_field,
        max_length=max_length,
        tokenize=token_counter(model) if model else None,
    )
    print(json.dumps(report.to_dict(), indent=2) if as_json else report.render())
    return 0 if report.ok else 1
