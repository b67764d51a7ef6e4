"""`attune check DATA`: validate a data file, print every problem and the statistics."""

from __future__ import annotations

import json
from typing import Any

from attune.data.validate import CheckReport, check_classification
from attune.errors import AttuneError

CLASSIFY_MAX_LENGTH = 64
CHAT_MAX_LENGTH = 1024
CHAT_MODEL = "smollm2-135m"


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
    max_length: int | None,
    as_json: bool,
    validation: str | None = None,
    data_format: str = "auto",
) -> int:
    """Exit code 1 when the data has errors, 0 otherwise (warnings allowed)."""
    report: CheckReport
    if task == "chat":
        report = check_chat_file(data, model, max_length, validation, data_format)
    elif task == "classify":
        if validation is not None or data_format != "auto":
            raise AttuneError(
                "--validation and --format are options of --task chat",
                fix="drop them, or add --task chat",
            )
        report = check_classification(
            data,
            text_field=text_field,
            label_field=label_field,
            max_length=max_length or CLASSIFY_MAX_LENGTH,
            tokenize=token_counter(model) if model else None,
        )
    else:
        raise AttuneError(f"unknown task {task!r}", fix="use --task classify or --task chat")
    print(json.dumps(report.to_dict(), indent=2) if as_json else report.render())
    return 0 if report.ok else 1


def check_chat_file(
    data: str, model: str | None, max_length: int | None, validation: str | None, data_format: str
) -> CheckReport:
    """Chat data is checked with the chat template of the model that will learn it."""
    from attune.data.chat_check import check_chat
    from attune.models.load import load_tokenizer

    tokenizer = load_tokenizer(model or CHAT_MODEL)
    return check_chat(
        data,
        tokenizer=tokenizer,
        max_length=max_length or CHAT_MAX_LENGTH,
        format=data_format,
        validation=validation,
    )
