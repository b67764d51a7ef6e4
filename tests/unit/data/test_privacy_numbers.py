"""Phone numbers in national formats, cue-only SSN shapes and IPv4 next to versions."""

from __future__ import annotations

import pytest

from privacy_found import findings

NATIONAL_PHONES: list[tuple[str, str]] = [
    ("Appelle-moi au 06 12 34 56 78 ce soir", "06 12 34 56 78"),  # France, pairs
    ("Bureau : 01 23 45 67 89.", "01 23 45 67 89"),
    ("or 06.12.34.56.78", "06.12.34.56.78"),
    ("IRS help line 1-800-829-1040", "1-800-829-1040"),  # US trunk prefix
    ("toll free 1 (800) 555-0199", "1 (800) 555-0199"),
    ("Zentrale 030 901820", "030 901820"),  # Germany, area code + subscriber
    ("Büro 030/901820", "030/901820"),
    ("Handy 0171 1234567", "0171 1234567"),
    ("oder 0171 123 45 67", "0171 123 45 67"),
    ("ring 020 7946 0018", "020 7946 0018"),  # UK
    ("mine is 07911 123456", "07911 123456"),
    ("(0161) 496 0000 is the office", "(0161) 496 0000"),
    ("東京 03-1234-5678", "03-1234-5678"),  # Japan
    ("llámame al 912 345 678", "912 345 678"),  # Spain, no trunk prefix
    ("ufficio 02 1234 5678", "02 1234 5678"),  # Italy
    ("cellulare 333 123 4567", "333 123 4567"),
    ("bel 020-123 4567", "020-123 4567"),  # the Netherlands
    ("Sydney (02) 9374 4000", "(02) 9374 4000"),  # Australia
    ("0412 345 678 is my mobile", "0412 345 678"),
    ("(06 12 34 56 78)", "06 12 34 56 78"),
    ("Inhaberin | 0151-23456789", "0151-23456789"),  # German mobile after its network prefix
    ("Meu celular é (11) 91234-5678.", "(11) 91234-5678"),  # Brazil, no trunk 0
    ("Звоните: 8 (916) 123-45-67", "8 (916) 123-45-67"),  # Russia, trunk 8
]


@pytest.mark.parametrize(("text", "want"), NATIONAL_PHONES)
def test_national_phone_is_found_exactly(text: str, want: str) -> None:
    assert findings(text) == [("PHONE", want)]


CUED_PHONES: list[tuple[str, str]] = [
    ("Tel.: 0612345678", "0612345678"),  # no separators: only after a cue
    ("call me on 07911123456", "07911123456"),
    ("WhatsApp 0612345678", "0612345678"),
    ("Handy: 0151 12345678", "0151 12345678"),  # grouped unlike the format: cue needed
    ("phone: 22 33 44 55", "22 33 44 55"),  # Norway, 8 digits, no trunk
    ("my number is 415 555 0132", "415 555 0132"),
]


@pytest.mark.parametrize(("text", "want"), CUED_PHONES)
def test_weaker_phone_shape_is_found_after_a_cue(text: str, want: str) -> None:
    assert findings(text) == [("PHONE", want)]


NOT_PHONES = [
    "Your order 0123 456 789 has shipped.",
    "invoice 0012 3456 78 is due",
    "ref 06 12 34 56 78",  # a reference, whatever its shape
    "ticket #0612345678 closed",
    "serial 0171 1234567",
    "Tracking: 1Z 999 AA1 01 2345 6784",
    "id 0612345678 and 0612345678 rows",  # bare digits without a cue
    "routing 021000021, account 000123456789",
    "ISBN 0-306-40615-2",
    "on 01 02 2024 at 10.30, or 01.02.2024",
    "650 000 000 people, €1 299 000",
    "Total 123 456 789 and 12 34 56 78 90",
    "page 0302 3456 7789",  # a French-looking start grouped unlike a French number
    "zip 00184, v0.12.3, price 0.99",
    "SSN-shaped 912-34-5678 is no phone",
    "USt-IdNr. DE 811 569 869",  # a VAT number after its country code
    "Kundennummer: 0049 1123 88",  # ids named in other languages
    "n° de commande 06 12 34 56 78",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_number_that_is_not_a_phone(text: str) -> None:
    assert findings(text) == []


SSNS: list[tuple[str, str]] = [
    ("SSN 413 29 9520", "413 29 9520"),
    ("social security number: 003078872", "003078872"),
    ("SS# 413-29-9520", "413-29-9520"),
    ("soc. sec. no. 413.29.9520", "413.29.9520"),
    ("413 29 9520 (SSN)", "413 29 9520"),
    ("Taxpayer ID 413299520", "413299520"),
]


@pytest.mark.parametrize(("text", "want"), SSNS)
def test_ssn_with_spaces_or_none_is_found_after_a_cue(text: str, want: str) -> None:
    assert findings(text) == [("SSN", want)]


@pytest.mark.parametrize(
    "text",
    [
        "ID 413 29 9520",  # no SSN cue: spaces or no separators are not enough
        "ref 003078872",
        "SSN 913 29 9520",  # area 9xx is never issued
        "SSN 000 29 9520 or 413 00 9520 or 413299520000",
    ],
)
def test_loose_ssn_shape_without_a_cue_or_valid_parts_is_not_found(text: str) -> None:
    assert "SSN" not in {entity for entity, _ in findings(text)}


def test_tcpdump_address_with_dotted_port() -> None:
    text = "12:01:02 IP 166.209.126.51.443 > 192.168.120.140.51514: Flags [P.], length 52"
    assert findings(text) == [("IP", "166.209.126.51"), ("IP", "192.168.120.140")]


@pytest.mark.parametrize(
    "text",
    [
        "see 166.209.126.51.443 in the table",  # no tcpdump context: a version or an id
        "IP 10.1.1.2.99999 > x",  # not a port
    ],
)
def test_five_groups_without_tcpdump_context_or_port_are_not_an_address(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Version 1.2.12.4 released",
        "firmware 4.2.1.7",
        "see section 3.2.1.4 and § 3.2.1.5",
        "build 192.168.1.10",
        "upgrade from 2.0.1.3 to 2.0.1.4",
        "Table 1.2.3.4 lists results; 1.2.3.4 alone",  # single digits, no network cue
    ],
)
def test_version_like_quads_are_not_addresses(text: str) -> None:
    assert findings(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("ping 1.2.3.4", "1.2.3.4"),
        ("server at 1.2.3.4:8080", "1.2.3.4"),
        ("set DNS to 1.1.1.1", "1.1.1.1"),
        ("allow 10.0.0.1 to 10.0.0.9", "10.0.0.1"),
    ],
)
def test_addresses_next_to_network_cues(text: str, want: str) -> None:
    assert findings(text)[0] == ("IP", want)


def test_a_card_in_a_csv_cell_and_a_lower_case_iban() -> None:
    assert findings("order,card\n88412,2720 7117 7774 1213") == [("CARD", "2720 7117 7774 1213")]
    assert findings("total 1,234,567,890,123,456") == []
    assert findings("mijn iban is nl04ingb0006690911") == [("IBAN", "nl04ingb0006690911")]
    assert findings("code nl04ingb0006690912") == []  # the check digits fail


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("card 4111  1111 1111 1111", ("CARD", "4111  1111 1111 1111")),  # a slip of two spaces
        ("iban de89 3704 0044 0532 0130 00", ("IBAN", "de89 3704 0044 0532 0130 00")),
        ("IBAN DE89  3704 0044 0532 0130 00", ("IBAN", "DE89  3704 0044 0532 0130 00")),
        ("https://x.example/form?ssn=123+45+6789", ("SSN", "123+45+6789")),
        ("/lookup?social_security_number=123456789", ("SSN", "123456789")),
        ("tlf 22 33 44 55", ("PHONE", "22 33 44 55")),
        (
            "tel\u00a006\u00a012\u00a034\u00a056\u00a078",
            ("PHONE", "06\u00a012\u00a034\u00a056\u00a078"),
        ),
    ],
)
def test_irregular_spacing_lower_case_and_url_forms(text: str, want: tuple[str, str]) -> None:
    assert findings(text) == [want]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "T: 020 7946 0958 | M. 07700 900123",
            [("PHONE", "020 7946 0958"), ("PHONE", "07700 900123")],
        ),
        ("ruf mich an: 030 901820", [("PHONE", "030 901820")]),
        ("appelle-moi 0612345678", [("PHONE", "0612345678")]),
        ('{"applicant_ssn": "123456789"}', [("SSN", "123456789")]),
        ("applicantSSN=123456789", [("SSN", "123456789")]),
        ("?id=123456789&idType=SSN", [("SSN", "123456789")]),
        ("Part 0612345678, TM: 12345678", []),
    ],
)
def test_field_names_and_short_labels_cue_numbers(text: str, want: list[tuple[str, str]]) -> None:
    assert findings(text) == want
