"""Cue words in many languages, cues after a number or on the line above, table columns
named by their header, and the look-alikes those wider cues must still leave alone; also
spelled-out e-mail addresses and the loopback addresses left in code."""

from __future__ import annotations

import re

import pytest

from attune.data.privacy_cues import cue_pattern
from attune.data.privacy_tables import column_cells
from privacy_found import findings


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Κινητό: 697 123 4567", "697 123 4567"),  # Greece: no trunk 0, any region after a cue
        ("Sunați-mă la 0722 123 456", "0722 123 456"),  # Romania
        ("cep telefonum 0532 765 43 21", "0532 765 43 21"),  # Turkey
        ("Số điện thoại: 0912 345 678", "0912 345 678"),  # Vietnam
        ("no hp saya 0812 3456 7890", "0812 3456 7890"),  # Indonesia
        ("Mobile no: 9876543210", "9876543210"),  # India, bare
        ("联系电话13912345678", "13912345678"),  # China, flush against the cue
        ("携帯：090-1234-5678", "090-1234-5678"),  # Japan, full-width colon
        ("Simu yangu: 0712 345 678", "0712 345 678"),  # Kenya
        ("Rückruf bitte: 0170 1234567", "0170 1234567"),
        ("98765 43210, call after six", "98765 43210"),  # the cue after the number
    ],
)
def test_phone_after_a_cue_in_another_language(text: str, want: str) -> None:
    assert findings(text) == [("PHONE", want)]


@pytest.mark.parametrize(
    "text",
    [
        "CEP 01310-100, São Paulo",  # a Brazilian postcode
        "CEP: 04538133",
        "marca 20230115 lote 7",  # a date written as eight digits
        "ligue 1 2023/2024",  # a season
        "SMS code 48213975",  # a one-time code
        "номер заказа: 12345678",  # "number" alone is not a cue: an order's number
        "注文番号：12345678",
        "Population 7 412 930 (2021 census)",  # a bracket closes no phone group
        "call lasted 20231104 ms",
    ],
)
def test_wider_cues_leave_codes_dates_and_counts_alone(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Número de Seguro Social: 512 34 7788", "512 34 7788"),
        ("numéro de sécurité sociale : 512347788", "512347788"),
        ("Sozialversicherungsnummer (USA): 512-34-7788", "512-34-7788"),
        ("my social is 512 34 7788, thanks", "512 34 7788"),
        ("SSN (needed for the background check): 512 34 7788", "512 34 7788"),
        ("Q: And your social security number?\nA: 512 34 7788", "512 34 7788"),
    ],
)
def test_ssn_cues_in_other_languages_further_back_or_on_the_line_above(
    text: str, want: str
) -> None:
    assert findings(text) == [("SSN", want)]


def test_a_question_two_lines_up_or_a_long_line_does_not_cue_an_ssn() -> None:
    assert findings("your social security number?\nok\nA: 512 34 7788") == []
    assert findings("your SSN?\nThe parcel weighed about as much as 512 34 7788") == []


def test_columns_named_by_their_header_are_found_row_by_row() -> None:
    text = "name,tax_ssn,mobilePhone\nAda,512347788,0612345678\nBo,623 45 1234,81769765"
    assert findings(text) == [
        ("SSN", "512347788"),
        ("PHONE", "0612345678"),
        ("SSN", "623 45 1234"),
        ("PHONE", "81769765"),
    ]


def test_other_columns_and_rows_of_another_shape_are_left_alone() -> None:
    assert findings("id,amount\n512347788,12.50") == []
    assert findings("ssn,amount\n512347788,12.50,extra\n\n512347788") == []  # 3 cells, then prose


def test_column_cells_strip_quotes_and_stop_at_a_blank_line() -> None:
    text = 'a;"ssn"\n1; "512347788" \n\n2;623451234'
    cells = [text[s:e] for s, e in column_cells(text, re.compile("ssn"))]
    assert cells == ["512347788"]


def test_a_card_before_an_amount_in_a_csv_row() -> None:
    text = "id,card,amount\nA-1,4111111111111111,120.00"
    assert findings(text) == [("CARD", "4111111111111111")]


def test_spf_ip6_mechanism_and_a_network_block() -> None:
    assert findings("v=spf1 ip6:2a01:4f8:c17:b8f::2 -all") == [("IP", "2a01:4f8:c17:b8f::2")]
    assert findings("AllowedIPs = 10.8.0.0/24") == []  # a block of addresses, not a host
    assert findings("Address = 10.8.0.3/24") == [("IP", "10.8.0.3")]


def test_cue_pattern_bounds_words_but_not_glyphs_or_symbols() -> None:
    pattern = re.compile(cue_pattern(("tel", "ss#", "appel*"), ("电话",)), re.IGNORECASE)
    assert pattern.search("Tel. 1") and pattern.search("ss#1") and pattern.search("appelez")
    assert pattern.search("我的电话1")
    assert not pattern.search("hotel 1") and not pattern.search("telecom")


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("write to jane.doe [at] example [dot] com", "jane.doe [at] example [dot] com"),
        ("jane at example dot co dot uk, thanks", "jane at example dot co dot uk"),
        ("j_smith(at)uni-bonn.de", "j_smith(at)uni-bonn.de"),
    ],
)
def test_spelled_out_email_is_found(text: str, want: str) -> None:
    assert findings(text) == [("EMAIL", want)]


@pytest.mark.parametrize(
    "text", ["Look at example.com for details", "meet me at the office dot", "at 5 dot com"]
)
def test_at_and_dot_in_prose_are_no_email(text: str) -> None:
    assert findings(text) == []


def test_loopback_and_any_addresses_are_left_in_code() -> None:
    text = "listen on 127.0.0.1:8080, bind 0.0.0.0, ::1, then call 192.168.1.20"
    assert findings(text) == [("IP", "192.168.1.20")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("card 4111 1111 1111 1111 09/28 123", ("CARD", "4111 1111 1111 1111")),  # expiry after
        ("visa 4111-1111-1111-1111 11/27", ("CARD", "4111-1111-1111-1111")),
        ("卡号4111111111111111，谢谢", ("CARD", "4111111111111111")),  # flush against CJK
        ("妻のSSNは512-34-7788です", ("SSN", "512-34-7788")),
        ("they have her social on file as 512 34 7788", ("SSN", "512 34 7788")),
        ("Please type your Social Security number\nme: 512347788", ("SSN", "512347788")),
        ("Tumawag po sa +63 2 8123 4567 bukas", ("PHONE", "+63 2 8123 4567")),  # "po": no PO
        ("Atendimento ao cliente: (11) 3456-7890", ("PHONE", "(11) 3456-7890")),
        ("Our office line is 63951234.", ("PHONE", "63951234")),
    ],
)
def test_boundaries_and_cues_found_on_a_blind_set(text: str, want: tuple[str, str]) -> None:
    assert findings(text) == [want]


@pytest.mark.parametrize(
    "text",
    [
        "Customer no. 0612345678 has paid",  # a customer's number is named as one
        "PO 0612345678 approved",
        "zones ZIP+4 88062-2762 through 39539-1207",
        "VAT reg. no. GB 662 6653 96",
        "Company registration no. 0612 345 678",
    ],
)
def test_numbers_named_as_ids_are_no_phone(text: str) -> None:
    assert findings(text) == []


def test_a_header_row_does_not_cue_the_first_column_as_ssn() -> None:
    text = "MEMBER_ID|NAME|SSN\n418050449|Bo|512347788"
    assert findings(text) == [("SSN", "512347788")]
    ssns = findings("Name | Social | Start\nAda Byron | 512347788 | 2022-08-01")
    assert ("SSN", "512347788") in ssns


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Contact: +91-98765-43210 / 02212345678", ["+91-98765-43210", "02212345678"]),
        ("Tel.: (06 1) 234 5678", ["(06 1) 234 5678"]),  # Budapest, a one-digit area code
        ("Electrician 098765 43210, plumber", ["098765 43210"]),  # trunk 0 + five, then five
        ("Festnetz bleibt 07452-9862?", ["07452-9862"]),  # a ZIP+4 shape after a cue
        ("Κιν.: 6912345678", ["6912345678"]),
    ],
)
def test_phone_lists_and_local_groupings(text: str, want: list[str]) -> None:
    assert [value for entity, value in findings(text) if entity == "PHONE"] == want


@pytest.mark.parametrize(
    "text",
    [
        "Social Insurance Number (SIN): 266 834 902",
        "NHS number 379 501 4057",
        "TAJ szám: 066 387 356",
        "Your customer number is 0496523333, not a phone",
        "주문번호: 0212345678",
        "SIRET : 718 006 702 41410",
        "ISBN 978-8-003-98727-6",
    ],
)
def test_national_ids_and_named_numbers_are_no_phone(text: str) -> None:
    assert "PHONE" not in {entity for entity, _ in findings(text)}


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("512347788 ← that's my social, delete this", ("SSN", "512347788")),
        ("PKevin Tran SSN512347788", ("SSN", "512347788")),
        ("SSN issued 02/15/2025: 512 34 7788", ("SSN", "512 34 7788")),
        ("mail kenta＠example.co.jp please", ("EMAIL", "kenta＠example.co.jp")),
        ("予約：aya+shop@お菓子工房.jp（担当）", ("EMAIL", "aya+shop@お菓子工房.jp")),
        ("Troy kartım: 9792 0300 0000 0000", ("CARD", "9792 0300 0000 0000")),
    ],
)
def test_ssn_cues_after_or_flush_idn_mail_and_troy_cards(text: str, want: tuple[str, str]) -> None:
    assert want in findings(text)


@pytest.mark.parametrize(
    "text",
    [
        "IMEI: 353410837674799",  # Luhn-valid, a phone's serial
        "Tenant ID number: 5606132249185",
        "I typed DE86 5954 2129 6759 9271 04 (the check digits fail)",
        "9-digit account 512347788 ← not mine",
    ],
)
def test_luhn_numbers_that_are_no_cards_and_uncued_nine_digits(text: str) -> None:
    assert {entity for entity, _ in findings(text)} & {"CARD", "SSN"} == set()
