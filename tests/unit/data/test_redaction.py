"""Redaction modes (placeholder, pseudonym, drop), kept values, and redaction at ingestion."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from attune.config import DataConfig, PrivacyConfig
from attune.data.classify import Example
from attune.data.conversations import Conversation, Message
from attune.data.prepare import prepare_classification
from attune.data.prepare_chat import prepare_chat
from attune.data.privacy import Redactor, find_personal_data
from attune.data.privacy_patterns import iban_ok, luhn_ok
from attune.data.redaction import redact_conversations, redact_examples, start_redaction
from attune.errors import AttuneError

TEXT = "mail jane@example.com, card 4539 1488 0343 6467, IBAN DE89 3704 0044 0532 0130 00"


def test_pseudonyms_are_realistic_consistent_and_never_the_value() -> None:
    redactor = Redactor(mode="pseudonym")
    first = redactor.redact(TEXT)
    again = redactor.redact("again: jane@example.com and 4539-1488-0343-6467")
    assert "jane@example.com" not in first and "4539" not in first and "DE89" not in first
    found = {f.entity: first[f.start : f.end] for f in find_personal_data(first)}
    # Stand-ins are data of the same kind (they pass the same checksums) ...
    assert found["EMAIL"].endswith("@example.com")
    assert luhn_ok(found["CARD"].replace(" ", ""))
    assert iban_ok(found["IBAN"].replace(" ", ""))
    # ... and the same value gets the same stand-in, whatever its formatting.
    assert found["EMAIL"] in again and found["CARD"].replace(" ", "") in again.replace(" ", "")


def test_distinct_values_get_distinct_pseudonyms() -> None:
    redactor = Redactor(mode="pseudonym")
    out = redactor.redact("a@example.org b@example.org 10.0.0.1 10.0.0.2")
    values = [out[f.start : f.end] for f in find_personal_data(out)]
    assert len(values) == 4 and len(set(values)) == 4


def test_drop_mode_counts_and_leaves_the_text() -> None:
    redactor = Redactor(mode="drop")
    redaction = redactor.redact_text(TEXT)
    assert redaction.text == TEXT and redaction.found == 3
    assert redactor.counts()["CARD"] == 1


def test_kept_values_are_not_redacted() -> None:
    redactor = Redactor(keep=["pip@example.com"])
    assert redactor.redact("pip@example.com and x@example.com") == "pip@example.com and <EMAIL_1>"


def test_unknown_mode_is_refused_by_name() -> None:
    with pytest.raises(AttuneError, match="secret"):
        Redactor(mode="secret")  # type: ignore[arg-type]


def test_redact_examples_records_counts_not_values() -> None:
    log = start_redaction(PrivacyConfig())
    examples = [Example(TEXT, "pay", "f.jsonl", 1), Example("hello there", "greet", "f.jsonl", 2)]
    out = redact_examples(examples, log)
    assert out[0].text.startswith("mail <EMAIL_1>") and out[0].line == 1 and out[0].label == "pay"
    assert out[1] == examples[1]
    summary = log.summary()
    assert summary["found"] == {"CARD": 1, "EMAIL": 1, "IBAN": 1}
    assert summary["examples"] == 2 and summary["examples_with_personal_data"] == 1
    assert "jane" not in json.dumps(summary)


def test_redaction_off_and_entity_choice() -> None:
    examples = [Example(TEXT, "pay")]
    assert redact_examples(examples, start_redaction(PrivacyConfig(redact=False))) == examples
    only_email = start_redaction(PrivacyConfig(entities=["EMAIL"]))
    assert "4539 1488" in redact_examples(examples, only_email)[0].text


def test_drop_mode_drops_whole_conversations() -> None:
    log = start_redaction(PrivacyConfig(mode="drop"))
    conversations = [
        Conversation((Message("user", "hi"), Message("assistant", TEXT)), "c.jsonl", 1),
        Conversation((Message("user", "hi"), Message("assistant", "hello")), "c.jsonl", 2),
    ]
    kept = redact_conversations(conversations, log)
    assert [c.line for c in kept] == [2] and log.summary()["dropped"] == 1


def test_unknown_entity_in_config_is_refused() -> None:
    with pytest.raises(AttuneError, match="EMAILS"):
        PrivacyConfig(entities=["EMAILS"])


def write_jsonl(path: Path, rows: list[dict[str, object]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


def test_prepare_classification_redacts_every_split(tmp_path: Path) -> None:
    rows = [{"text": f"pay {i} from jane{i}@example.com", "label": "pay"} for i in range(10)]
    rows += [{"text": f"weather {i} today", "label": "weather"} for i in range(10)]
    data = DataConfig(train=str(write_jsonl(tmp_path / "d.jsonl", rows)))
    prepared = prepare_classification(data, seed=0)
    texts = [
        e.text for split in (prepared.train, prepared.validation, prepared.test) for e in split
    ]
    assert len(texts) == 20 and not any("@example.com" in t for t in texts)
    assert prepared.privacy["found"] == {"EMAIL": 10}


def test_canaries_are_refused_for_a_classifier(tmp_path: Path) -> None:
    data = DataConfig(train=str(tmp_path / "d.jsonl"), privacy=PrivacyConfig(canaries=[5]))
    with pytest.raises(AttuneError, match="chat"):
        prepare_classification(data, seed=0)


def test_prepare_chat_keeps_the_persona_names_and_plants_canaries(tmp_path: Path) -> None:
    persona = tmp_path / "persona.yaml"
    persona.write_text("assistant_name: Pip\nuser_name: Maya Lopez\n", encoding="utf-8")
    rows = [
        {
            "messages": [
                {"role": "user", "content": f"Note {i}: Maya Lopez, maya{i}@example.com"},
                {"role": "assistant", "content": "Noted, Maya."},
            ]
        }
        for i in range(6)
    ]
    data = DataConfig(
        train=str(write_jsonl(tmp_path / "c.jsonl", rows)),
        persona=str(persona),
        persona_examples=4,
        privacy=PrivacyConfig(canaries=[1, 3]),
    )
    prepared = prepare_chat(data, seed=0)
    contents = [m.content for c in prepared.train + prepared.validation for m in c.messages]
    assert any("Maya Lopez" in text for text in contents)
    assert not any("@example.com" in text for text in contents)
    # Canaries go to train only, and are redacted like the person's own data.
    assert [c.repeats for c in prepared.canaries] == [1, 3]
    secrets = [c.secret for c in prepared.canaries]
    assert not any(s in text for s in secrets for text in contents)
    assert sum("card number is <CARD_" in text for text in contents) == 4
    assert prepared.privacy["found"]["CARD"] == 4


def test_training_keeps_names_unless_person_is_asked_for() -> None:
    example = [Example("remind me to call Tom Walker about the card 4539 1488 0343 6467", "x")]
    kept = redact_examples(example, start_redaction(PrivacyConfig()))[0].text
    assert "Tom Walker" in kept and "4539" not in kept
    with_names = PrivacyConfig(entities=["PERSON", "CARD"])
    redacted = redact_examples(example, start_redaction(with_names))[0].text
    assert "Tom" not in redacted and "<PERSON_1>" in redacted
