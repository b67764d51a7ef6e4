"""Layouts and wordings that name a number without the usual cue right before it: vCard
TEL lines, a number answering the question above it, the same number written again, a
parenthesised country code, Hebrew's dash prefix, cues flush in Chinese; and the
look-alikes beside them (a MAC address, an IMEI field, a routing number, a customer
reference) left alone."""

from __future__ import annotations

import pytest

from privacy_found import findings


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("BEGIN:VCARD\nFN:Ana Ruiz\nTEL;TYPE=CELL:06-12-34-56-78\nEND:VCARD", ["06-12-34-56-78"]),
        ("Agent: And a callback number?\nCustomer: 0412345678", ["0412345678"]),
        ("Tel.: (+381) 11 3456789", ["(+381) 11 3456789"]),
        ("left a voicemail on +46 70 123  45 67, will retry", ["+46 70 123  45 67"]),
        ("Farsími: 003546112345", ["003546112345"]),  # a bare 00 number after a cue
        ("晚上六点以后打9123-4567找我。", ["9123-4567"]),  # 打 "call", flush
        ("Nýtt númer, vistaðu það: 611-1234", ["611-1234"]),  # Iceland's seven digits
        ("Нов номер, запиши си го: 0217 96 96", ["0217 96 96"]),  # not a date: 96 > 31
        ("Nytt nummer: 8123 4567\nOk, 8123 4567?", ["8123 4567", "8123 4567"]),
    ],
)
def test_phones_named_by_their_layout(text: str, want: list[str]) -> None:
    assert [value for _, value in findings(text, "PHONE")] == want


def test_hebrew_dash_prefix_does_not_hide_a_number() -> None:
    text = "אפשר להשיג אותי ב-+972 (0) 2-123-4567 אחרי שש"
    assert findings(text, "PHONE") == [("PHONE", "+972 (0) 2-123-4567")]


@pytest.mark.parametrize(
    "text",
    [
        "Référence client : 02 1790 0994",
        "Ticket?\nOrder: 0412345678",  # the question above does not ask for a phone
    ],
)
def test_ids_are_not_phones(text: str) -> None:
    assert findings(text, "PHONE") == []


def test_a_mac_address_is_not_an_ipv6_address() -> None:
    text = (
        "kernel: [UFW BLOCK] IN=eth0 MAC=58:ab:3e:93:26:db:40:69:a1:1c:c1:67:08:00 SRC=81.2.69.160"
    )
    assert findings(text, "IP") == [("IP", "81.2.69.160")]


def test_an_ip_flush_against_chinese() -> None:
    assert findings("我的IP是81.2.69.160") == [("IP", "81.2.69.160")]


def test_an_imei_field_is_not_a_card() -> None:
    assert findings("device_imei\t490154203237518", "CARD") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "SOCIAL SECURITY\nTHIS NUMBER HAS BEEN ESTABLISHED FOR  ANA RUIZ\n412 56 7890",
            "412 56 7890",
        ),
        ("Social Security No.:\n412567890\nIssued: 1991", "412567890"),
        (
            "(a) First name   Last name      (b) Social security number\n"
            "    Ana Ruiz                        412567890\n    Address 12 Elm St",
            "412567890",
        ),
        ("美国社会安全号码：412 56 7890", "412 56 7890"),
        ("Số An Sinh Xã Hội của tôi là 412 56 7890", "412 56 7890"),
    ],
)
def test_ssns_named_on_the_line_above_or_in_other_languages(text: str, want: str) -> None:
    assert findings(text, "SSN") == [("SSN", want)]


def test_a_routing_number_under_a_line_naming_the_ssn_is_not_one() -> None:
    text = "EIN 20-4532383 (not the SSN!)\nRefund: routing 334716138, acct ****2481"
    assert findings(text, "SSN") == []


@pytest.mark.parametrize("iban", ["IR270170000000100324200001", "DZ580002100001113000000570"])
def test_ibans_of_countries_outside_the_registry(iban: str) -> None:
    assert findings(f"IBAN: {iban}", "IBAN") == [("IBAN", iban)]
