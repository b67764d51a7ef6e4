"""Personal-data detection: positives in varied formats, hard negatives, and redaction."""

from __future__ import annotations

import bisect
import random
from types import SimpleNamespace
from typing import Any

import pytest

from attune.data import privacy
from attune.data.privacy import ENTITIES, Finding, Redactor, find_personal_data
from attune.errors import AttuneError

# Built at run time so no secret-scanner mistakes the test file for a leak.
GITHUB_TOKEN = "ghp_" + "aB3dE5fG7h" * 3 + "J9kL1m"
ATT_KEY = "att-" + "Zq8_xW2-vR5tY7uI9oP1aS3dF6gH4jK0lM2nB5vC8xQ"
RANDOM_TOKEN = "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9v"

POSITIVES: list[tuple[str, str]] = [
    ("EMAIL", "Write to jane.doe@example.com today."),
    ("EMAIL", "cc: J.Smith+newsletter@mail.example.co.uk, thanks"),
    ("EMAIL", "<bob_99@sub-domain.org>"),
    ("PHONE", "Call +44 20 7946 0958 after five."),
    ("PHONE", "US office: +1 (415) 555-0132."),
    ("PHONE", "Berlin: 0049 30 1234567"),
    ("PHONE", "mobile +4915112345678 works"),
    ("PHONE", "ring (415) 555-0132 please"),
    ("PHONE", "or 415-555-0132, any time"),
    ("CARD", "Visa 4111 1111 1111 1111 expires soon"),
    ("CARD", "card: 5500-0000-0000-0004."),
    ("CARD", "amex 378282246310005 on file"),
    ("IBAN", "Pay GB82 WEST 1234 5698 7654 32 by Friday."),
    ("IBAN", "IBAN DE89370400440532013000, ref 12"),
    ("IBAN", "FR14 2004 1010 0505 0001 3M02 606"),
    ("IP", "login from 192.168.1.10 failed"),
    ("IP", "peer 8.8.8.8."),
    ("IP", "host 2001:db8::8a2e:370:7334 is up"),
    ("IP", "link-local fe80::1ff:fe23:4567:890a"),
    ("SSN", "SSN 123-45-6789 on the form"),
    ("SSN", "ssn:078-05-1120."),
    ("URL_SECRET", "db at postgres://admin:s3cret@db.example.com:5432/app"),
    ("URL_SECRET", "GET https://api.example.com/v1/items?page=2&api_key=abc123XYZ"),
    ("URL_SECRET", "https://example.com/cb?access_token=ya29.a0AfH6&state=1"),
    ("API_KEY", "OPENAI_API_KEY=sk-proj-abcdefghijklmnop1234567890ABCD"),
    ("API_KEY", f"token {GITHUB_TOKEN} leaked"),
    ("API_KEY", "aws AKIAIOSFODNN7EXAMPLE key"),
    ("API_KEY", "slack xoxb-1234567890-0987654321-AbCdEfGhIj"),
    ("API_KEY", f"our key {ATT_KEY}."),
    ("API_KEY", "Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.sig"),
    ("API_KEY", f"secret = '{RANDOM_TOKEN}'"),
]


@pytest.mark.parametrize(("entity", "text"), POSITIVES)
def test_positive_is_found_alone(entity: str, text: str) -> None:
    findings = find_personal_data(text)
    assert [f.entity for f in findings] == [entity], findings


NEGATIVES = [
    "Your order 123456789 has shipped, ref 00123456789.",
    "Upgrade to v2.13.0 or 1.2.3.4-beta; python 3.12.1 required.",
    "Meeting on 2024-05-01 at 12:30:45, or 01/05/2024.",
    "Now only $1,299.99 (was €1.499,00), 25% off.",
    "request id 550e8400-e29b-41d4-a716-446655440000",
    "commit 3f786850e387550fdab836ed7e6dc881de23001b merged",
    "def getUserAccountBalanceForId2024(x): return x[::2] @ w",
    "for i in range(10): total += items[i].price * 1.2",
    "card 4111 1111 1111 1112 fails Luhn",
    "16 digits 1234567890123456",
    "iban GB82 WEST 1234 5698 7654 33 has a bad checksum",
    "version 999.1.1.1 and 256.1.1.1",
    "SSN 000-12-3456, 666-12-3456, 912-34-5678, 123-00-4567, 123-45-0000",
    "https://example.com/search?q=token&page=3",
    "phone extension 12345, zip 94103-1234",
    "@dataclass(frozen=True) class Finding: entity: str",
    '<img src="logo@2x.png"> and npm i react@18.2.0',
    "ISBN 978-3-16-148410-0, timestamp 1714567890123",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negative_finds_nothing(text: str) -> None:
    assert find_personal_data(text) == []


def test_url_secret_covers_only_the_secret() -> None:
    text = "postgres://admin:s3cret@db.example.com/app?password=hunter2"
    spans = [text[f.start : f.end] for f in find_personal_data(text)]
    assert spans == ["admin:s3cret", "hunter2"]


def test_findings_are_sorted_and_disjoint() -> None:
    text = "a@b.com 4111 1111 1111 1111 +44 20 7946 0958 10.0.0.1"
    findings = find_personal_data(text)
    assert [f.entity for f in findings] == ["EMAIL", "CARD", "PHONE", "IP"]
    for left, right in zip(findings, findings[1:], strict=False):
        assert left.end <= right.start


def test_overlap_keeps_the_more_specific() -> None:
    # The api_key value would also pass as a generic random token.
    text = f"https://x.io/?api_key={RANDOM_TOKEN}"
    assert [f.entity for f in find_personal_data(text)] == ["URL_SECRET"]
    assert [f.entity for f in find_personal_data(text, ["API_KEY"])] == ["API_KEY"]


def test_entities_filter_and_unknown_entity() -> None:
    text = "jane@example.com 10.0.0.1"
    assert find_personal_data(text, ["IP"]) == [Finding("IP", 17, 25)]
    with pytest.raises(AttuneError, match="EMAILS"):
        find_personal_data(text, ["EMAILS"])


def test_placeholder_mode_is_the_default() -> None:
    out = Redactor().redact("jane@example.com called +1 (415) 555-0132 from 10.0.0.1")
    assert out == "<EMAIL_1> called <PHONE_1> from <IP_1>"


def test_pseudonyms_are_consistent_across_calls() -> None:
    redactor = Redactor()
    first = redactor.redact("jane@example.com wrote to bob@example.com")
    second = redactor.redact("bob@example.com replied; jane@example.com too")
    assert first == "<EMAIL_1> wrote to <EMAIL_2>"
    assert second == "<EMAIL_2> replied; <EMAIL_1> too"
    # Numbering is per entity: the first IP is IP_1 even after two e-mails.
    assert redactor.redact("from 10.0.0.1") == "from <IP_1>"


def test_pseudonyms_ignore_formatting() -> None:
    redactor = Redactor()
    out = redactor.redact(
        "4111 1111 1111 1111 / 4111-1111-1111-1111; Jane@Example.com jane@example.com"
    )
    assert out == "<CARD_1> / <CARD_1>; <EMAIL_1> <EMAIL_1>"


def test_separate_redactors_do_not_share_numbers() -> None:
    Redactor().redact("a@example.com")
    assert Redactor().redact("b@example.com") == "<EMAIL_1>"


def test_counts_report_numbers_never_values() -> None:
    redactor = Redactor(entities=["EMAIL", "SSN"])
    redactor.redact("jane@example.com, jane@example.com, SSN 123-45-6789, 10.0.0.1")
    counts = redactor.counts()
    assert counts == {"EMAIL": 2, "SSN": 1}
    assert "jane" not in repr(counts)
    counts["EMAIL"] = 99  # a copy: the caller cannot corrupt the tally
    assert redactor.counts()["EMAIL"] == 2


def test_unknown_mode_is_refused() -> None:
    with pytest.raises(AttuneError, match="mode"):
        Redactor(mode="hash")  # type: ignore[arg-type]


def test_every_entity_has_a_positive_example() -> None:
    # DOB, ADDRESS and PERSON are tested in test_privacy_context.py and test_privacy_names.py.
    assert {entity for entity, _ in POSITIVES} | {"DOB", "ADDRESS", "PERSON"} == set(ENTITIES)


def settle_by_scan(detectors: list[tuple[str, list[tuple[int, int]]]]) -> list[Finding]:
    """The all-pairs overlap check that find_personal_data must agree with."""
    candidates = [
        (rank, start - end, Finding(entity, start, end))
        for rank, (entity, spans) in enumerate(detectors)
        for start, end in spans
    ]
    candidates.sort(key=lambda c: (c[0], c[1], c[2].start))
    kept: list[Finding] = []
    for _, _, finding in candidates:
        if all(finding.end <= k.start or finding.start >= k.end for k in kept):
            kept.append(finding)
    return sorted(kept, key=lambda f: f.start)


def test_overlaps_are_settled_as_by_an_all_pairs_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(0)
    for _ in range(300):
        detectors = []
        for entity in rng.sample(ENTITIES, 3):  # random ranks, duplicates and empty spans
            spans = []
            for _ in range(rng.randint(0, 40)):
                start = rng.randint(0, 60)
                spans.append((start, start + rng.randint(0, 8)))
            detectors.append((entity, spans))
        monkeypatch.setattr(
            privacy, "DETECTORS", tuple((e, lambda _t, s=s: s) for e, s in detectors)
        )
        assert find_personal_data("x" * 70) == settle_by_scan(detectors)


def test_many_findings_are_settled_by_one_bisection_each(monkeypatch: pytest.MonkeyPatch) -> None:
    # 16,000 findings in 330 KB: the all-pairs check took ~4 s here, bisection ~0.05 s.
    # Counted, not timed: one bisection per candidate, whatever the machine's speed.
    text = " ".join(
        f"mail u{i}@example.com ip 10.0.{i % 250}.{i % 200 + 1} ok" for i in range(8000)
    )
    calls = {"bisect_left": 0, "insort": 0}

    def counted(name: str) -> Any:
        def call(*args: Any) -> Any:
            calls[name] += 1
            return getattr(bisect, name)(*args)

        return call

    monkeypatch.setattr(
        privacy,
        "bisect",
        SimpleNamespace(bisect_left=counted("bisect_left"), insort=counted("insort")),
    )
    findings = find_personal_data(text, ["EMAIL", "IP"])
    assert len(findings) == 16000
    assert calls == {"bisect_left": 16000, "insort": 16000}
