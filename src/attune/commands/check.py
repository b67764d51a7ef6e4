"""`attune check DATA`: validate a data file, print every problem and the statistics."""

from __future__ import annotations

import json
from typing import Any

from attune.data.problems import Problem
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
    add_personal_data(report, scan_texts(data, task, text_field, label_field, data_format))
    print(json.dumps(report.to_dict(), indent=2) if as_json else report.render())
    return 0 if report.ok else 1


def scan_texts(
    data: str, task: str, text_field: str | None, label_field: str | None, data_format: str
) -> list[str]:
    """The texts training would learn from: each labelled text, or a conversation's
    messages joined."""
    if task == "chat":
        from attune.data.conversations import load_conversations

        loaded = load_conversations(data, data_format)
        return ["\n".join(m.content for m in c.messages) for c in loaded.conversations]
    from attune.data.classify import load_labelled

    return [e.text for e in load_labelled(data, text_field, label_field).examples]


def add_personal_data(report: CheckReport, texts: list[str]) -> None:
    """Counts per entity in the stats, and one warning when there are any (never values)."""
    from attune.data.privacy import Redactor, redact_for_message

    redactor = Redactor()
    holding = sum(redactor.redact_text(text).found > 0 for text in texts)
    found = {entity: n for entity, n in redactor.counts().items() if n}
    report.stats["personal_data"] = {"examples": holding, "found": found}
    sample = report.stats.get("sample")
    if isinstance(sample, str):  # shown as training will see it
        report.stats["sample"] = redact_for_message(sample)
    if found:
        counts = ", ".join(f"{n} {entity}" for entity, n in sorted(found.items()))
        message = (
            f"personal data in {holding} of {len(texts)} examples ({counts}): training "
            "redacts it (data.privacy); `attune redact FILE` writes a redacted copy"
        )
        report.problems.append(Problem("warning", "personal_data", message, data_source(report)))


def data_source(report: CheckReport) -> str:
    return str(report.stats.get("source", ""))


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
