"""Privacy through whole runs on tiny models built in the test: personal data in the
person's files reaches no file of the run (splits, metrics, TensorBoard, reports, model
folder), the run records counts and never values, and planted canaries are memorised
without redaction and not with it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import torch
import yaml

from attune.cli import main
from attune.commands.train import run_train
from attune.data.canaries import load_canaries
from helpers import build_tiny_bert, build_tiny_llama
from integration.flows import intent_rows, write_config

pytestmark = pytest.mark.integration

# The fixtures' personal values: none of them may appear in any file of a run.
SECRETS = {
    "EMAIL": "maya.lopez@example.org",
    "PHONE": "+44 20 7946 0958",
    "CARD": "4539 1488 0343 6467",
    "IBAN": "DE89 3704 0044 0532 0130 00",
    "SSN": "123-45-6789",
    "IP": "203.0.113.77",
}
PRIVATE_LINES = [
    f"my e-mail is {SECRETS['EMAIL']}",
    f"call me on {SECRETS['PHONE']}",
    f"pay with card {SECRETS['CARD']}",
    f"send it to {SECRETS['IBAN']}",
    f"my ssn is {SECRETS['SSN']}",
    f"the server is {SECRETS['IP']}",
]


@pytest.fixture(scope="module", autouse=True)
def one_thread() -> None:
    torch.set_num_threads(1)


def every_byte(folder: Path) -> bytes:
    return b"\n".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())


def leaked(folder: Path) -> list[str]:
    """The fixture values found anywhere under `folder` (with and without separators)."""
    data = every_byte(folder)
    found = []
    for entity, value in SECRETS.items():
        compact = value.replace(" ", "").replace("-", "")
        if value.encode() in data or (entity != "EMAIL" and compact.encode() in data):
            found.append(entity)
    return found


def chat_rows() -> list[dict[str, Any]]:
    rows = []
    for i, line in enumerate(PRIVATE_LINES * 2):
        rows.append(
            {
                "messages": [
                    {"role": "user", "content": f"note {i}: {line}"},
                    {"role": "assistant", "content": f"Noted: {line}."},
                ]
            }
        )
    return rows


def chat_config(folder: Path, model: Path, data: Path | None, **privacy: Any) -> Path:
    raw = {
        "task": "chat",
        "model": str(model),
        "output_dir": str(folder / "run"),
        "data": {"validation_fraction": 0.2, "max_length": 96, "privacy": privacy},
        "train": {
            "epochs": 2,
            "lr": 1.0e-2,
            "batch_size": 2,
            "lora_r": 8,
            "lora_alpha": 16,
            "lora_dropout": 0.0,
            "precision": "fp32",
            "threads": 1,
        },
        "eval": {"max_new_tokens": 8, "prompts": 2},
    }
    if data is not None:
        raw["data"]["train"] = str(data)
    path = folder / "chat.yaml"
    path.write_text(yaml.safe_dump(raw), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def tiny_llama(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_llama(tmp_path_factory.mktemp("models") / "tiny-llama")


def test_a_chat_run_keeps_no_personal_value_anywhere(
    tiny_llama: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = tmp_path / "chats.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in chat_rows()), encoding="utf-8")
    assert set(leaked(tmp_path)) == set(SECRETS)  # the test can see them when they are there
    assert main(["train", str(chat_config(tmp_path, tiny_llama, data))]) == 0
    run = tmp_path / "run"
    assert leaked(run) == []
    printed = capsys.readouterr()
    assert not any(value in printed.out + printed.err for value in SECRETS.values())
    privacy = json.loads((run / "versions.json").read_text())["privacy"]
    assert privacy["redact"] and privacy["mode"] == "placeholder"
    assert all(privacy["found"][entity] >= 2 for entity in SECRETS)
    train = (run / "data" / "train.jsonl").read_text()
    assert "<EMAIL_1>" in train or "<EMAIL_1>" in (run / "data" / "validation.jsonl").read_text()
    report = json.loads((run / "eval" / "report.json").read_text())
    assert report["privacy"]["redaction"]["found"] == privacy["found"]
    assert "Redaction on:" in (run / "eval" / "report.md").read_text()


def test_with_redaction_off_the_values_are_trained_on(tiny_llama: Path, tmp_path: Path) -> None:
    data = tmp_path / "chats.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in chat_rows()), encoding="utf-8")
    run = run_train(
        str(chat_config(tmp_path, tiny_llama, data, redact=False)), [], False, False, True
    )
    assert set(leaked(run / "data")) == set(SECRETS)
    assert json.loads((run / "versions.json").read_text())["privacy"]["redact"] is False


def test_drop_mode_leaves_out_conversations_with_personal_data(
    tiny_llama: Path, tmp_path: Path
) -> None:
    rows = chat_rows() + [
        {
            "messages": [
                {"role": "user", "content": f"hello {i}"},
                {"role": "assistant", "content": "Hi!"},
            ]
        }
        for i in range(6)
    ]
    data = tmp_path / "chats.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    run = run_train(
        str(chat_config(tmp_path, tiny_llama, data, mode="drop")), [], False, False, True
    )
    kept = (run / "data" / "train.jsonl").read_text() + (
        run / "data" / "validation.jsonl"
    ).read_text()
    assert kept.count("\n") == 6 and "Noted" not in kept
    assert json.loads((run / "versions.json").read_text())["privacy"]["dropped"] == 12


def test_canaries_are_memorised_without_redaction_and_not_with_it(
    tiny_llama: Path, tmp_path: Path
) -> None:
    results = {}
    for redact in (False, True):
        folder = tmp_path / f"redact-{redact}"
        folder.mkdir()
        data = folder / "chats.jsonl"
        rows = [
            {
                "messages": [
                    {"role": "user", "content": f"hi {i}"},
                    {"role": "assistant", "content": "Hello!"},
                ]
            }
            for i in range(4)
        ]
        data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        config = chat_config(
            folder, tiny_llama, data, redact=redact, canaries=[20], canary_candidates=200
        )
        overrides = ["--train.epochs=25", "--train.lr=2e-2", "--train.method=full"]
        run = run_train(str(config), overrides, False, False, True)
        canary = load_canaries(run)[0]
        assert canary.repeats == 20
        trained_on = (run / "data" / "train.jsonl").read_text()
        assert (canary.secret in trained_on) is not redact
        results[redact] = json.loads((run / "eval" / "report.json").read_text())["privacy"]
    exposed, redacted = results[False]["canaries"][0], results[True]["canaries"][0]
    assert exposed["rank"] == 1 and exposed["greedy_completes"]
    assert redacted["exposure"] < exposed["exposure"] - 3
    assert not redacted["greedy_completes"]
    assert "Canaries." in (tmp_path / "redact-True" / "run" / "eval" / "report.md").read_text()


def test_a_classifier_run_keeps_no_personal_value(tmp_path: Path) -> None:
    model = build_tiny_bert(tmp_path / "bert")
    rows = intent_rows()
    for i, line in enumerate(PRIVATE_LINES * 3):
        rows[i * 4]["text"] += f" {line}"
    data = tmp_path / "intents.jsonl"
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    config = write_config(tmp_path, model, data, tmp_path / "run", epochs=1)
    run = run_train(str(config), [], False, False, True)
    assert leaked(run) == []
    found = json.loads((run / "versions.json").read_text())["privacy"]["found"]
    assert all(found[entity] == 3 for entity in SECRETS)
