"""Phones held by a record's structure (a markup element, a data key, a YAML contact, a
list under a "Contacts" heading) or dialled with 00 before a range libphonenumber does not
know yet; and the catalogue, case and ticket numbers of a phone's or an SSN's shape left
alone."""

from __future__ import annotations

import pytest

from privacy_found import found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # 00, a country code standing apart, and a number of that country's length
        ("Tel 00972 51 108 5184", ["00972 51 108 5184"]),
        ("Guest phone: 0086 21 0661 2631", ["0086 21 0661 2631"]),
        ("Cel. 00 355 68 180 7433", ["00 355 68 180 7433"]),
        # no country code 14: a French tax number
        ("Numéro fiscal : 00 14 595 598 114", []),
        # a country code, but far too few digits for it
        ("Ref 00972 51 10", []),
    ],
)
def test_a_00_before_a_country_code_standing_apart(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_a_click_to_chat_link_holds_a_phone_of_its_country_codes_length() -> None:
    assert found("https://wa.me/77738730366", "PHONE") == ["77738730366"]
    assert found("https://wa.me/7773873", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('<phone type="mobile">892-077</phone>', ["892-077"]),  # Andorra's six digits
        ("<contact><fax>+34 612 345 678</fax></contact>", ["+34 612 345 678"]),
        ("<tel:Number> 0612345678 </tel:Number>", ["0612345678"]),
        ("<version>2024.11.05</version>", []),
        ("<phone>12</phone>", []),  # too short for any number
    ],
)
def test_a_markup_element_named_for_a_phone(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('const config = {\n  adminMsisdn: "974 2999972",\n};', ["974 2999972"]),
        ('{"phoneNumber": "88007687947 доб. 1223"}', ["88007687947 доб. 1223"]),
        ("{'mobile_no': '0612345678'}", ["0612345678"]),
        ('tel = "0612345678"', ["0612345678"]),
        # "tel" and "cell" inside other words name no phone
        ('{"telemetry": "4567890"}', []),
        ('{"hotelId": "4567890"}', []),
        ('{"cellar": "4567890"}', []),
    ],
)
def test_a_data_key_named_for_a_phone(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_a_yaml_contacts_typed_number() -> None:
    record = (
        'phones:\n  - type: mobile\n    number: "29 93 19 94"\n'
        '  - type: fax\n    number: "459 54 044"'
    )
    assert found(record, "PHONE") == ["29 93 19 94", "459 54 044"]


def test_a_list_under_a_contacts_heading() -> None:
    listing = "Tengiliður\nIT           ....... 552-6755\nSupport      ....... 825/7601"
    assert found(listing, "PHONE") == ["552-6755", "825/7601"]
    shop = "Shop contacts\nBakery: orders before 10\nPhysio · 40.68.00.33"
    assert found(shop, "PHONE") == ["40.68.00.33"]


def test_the_same_lines_under_another_heading_are_no_phones() -> None:
    listing = "Stock\nBolts        ....... 552-6755\nNuts         ....... 825/7601"
    assert found(listing, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Du kan ringe til mig på 93 75 77 87.", ["93 75 77 87"]),  # Danish
        ("Над руу залгаарай: 9985 8557", ["9985 8557"]),  # Mongolian
        ("Telefonas: 8604 46869", ["8604 46869"]),  # Lithuanian, its trunk 8
        ("Kontakti: 2092-0570 | Fakss 2923 9432", ["2092-0570", "2923 9432"]),  # Latvian
        ("צור קשר: 00972 57 296 6006", ["00972 57 296 6006"]),  # Hebrew "contact us"
        ("Fone: 4134403227", ["4134403227"]),  # Portuguese "fone" as a label …
        ("fone de ouvido 4134403227", []),  # … not headphones and their model number
    ],
)
def test_cue_words_of_more_languages(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_a_products_catalogue_numbers_are_no_phones() -> None:
    assert found("SKU KT-2977-BLK | EAN 7279587253430 | MPN 609-2024-20", "PHONE") == []


def test_a_lottery_draws_numbers_are_no_phone() -> None:
    assert found("Draw #3282: 04 11 23 35 42, bonus 07.", "PHONE") == []
    assert found("Call me: 04 11 23 35 42", "PHONE") == ["04 11 23 35 42"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Case file 041-31-8158 closed on 2025-08-13", []),
        ("Lottery draw 03.02.2024: winning ticket 497-94-5304", []),
        ("SSN 041-31-8158, case closed", ["041-31-8158"]),
        ("Her number is 497-94-5304", ["497-94-5304"]),
    ],
)
def test_case_and_ticket_numbers_of_an_ssns_shape(text: str, want: list[str]) -> None:
    assert found(text, "SSN") == want


def test_an_ssn_answering_a_transcripts_question() -> None:
    transcript = (
        "[00:00:37] Agent: For verification, what is your social security number?\n"
        "[00:00:39] Caller: Sure, 157 19 9872."
    )
    assert found(transcript, "SSN") == ["157 19 9872"]
    asked_for_order = transcript.replace("social security", "order")
    assert found(asked_for_order, "SSN") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('{"ts": 1762466606, "sdk": "1.16.51.41"}', []),
        ('{"app_version":"5.17.58.48"}', []),
        ("status=204 build=2.7.4.98 cache_hit=0.42", []),
        ("    image: registry/app:3.9.0.22", []),
        ("Device: Chrome 5.3.25.190 on Windows", []),
        ("Mozilla/5.0 (KHTML, like Gecko) Chrome/7.1.3.174 Safari/537.36", []),
        ("- Bumped bundled agent to 4.19.28.230", []),
        # an address under a key of its own, or after a network word, is still one
        ('{"ip":"5.17.58.48", "app_version":"5.17.58.48"}', ["5.17.58.48"]),
        ("ssh root@5.17.58.48", ["5.17.58.48"]),
    ],
)
def test_versions_of_an_addresss_shape(text: str, want: list[str]) -> None:
    assert found(text, "IP") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Claim no. 452-78-6485 | Part no. 468-21-2464 | Lot 250-41-9309", []),
        ("CASE-125910 · Invoice 43445094 · Batch 490-97-6868", []),
        # the Social Security Administration's claim number is the claimant's SSN
        ("SOCIAL SECURITY ADMINISTRATION\nClaim Number: 385-75-5781", ["385-75-5781"]),
        ("Claim no. 452-78-6485 (SSN)", ["452-78-6485"]),
    ],
)
def test_claim_lot_and_batch_numbers_of_an_ssns_shape(text: str, want: list[str]) -> None:
    assert found(text, "SSN") == want


@pytest.mark.parametrize(
    "text",
    [
        "P.S. BLZ 204 573 55 · ts=1628070750",  # a German bank code
        "Art.-Nr. 0647.130.51 | EAN 7898503873732",
        "Powerball 08-11-25-47-53 PB 22",
        "Ordine n.:\t3368556249",
        "Naročilo št. = 4483426000",
        "Namba ya oda 0178-0701-1840",
        "ඇණවුම් අංකය = 4449-6726-9192",  # Sinhala "order number"
        "P.S. 1564030810839 · FW 10.0",  # a letter's P.S. is no "P:" label
        "P.S. 47.97438, -131.43559",
    ],
)
def test_ids_and_a_postscript_are_no_phones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        # a heading governs only the lines right below it, and only a contacts heading
        "Bolts        ....... 552-6755\nNuts         ....... 825/7601\n\nContacts",
        "Contact us\n\nStock\nBolts        ....... 552-6755",
        "Part numbers\nBolts ....... 552-6755\nNuts ....... 825/7601",
        "Serial numbers\nUnit A: 4471 2210\nUnit B: 4471 2234",
        "Home directory\nalice: 1001 2001\nbob: 1002 2002",
        # a key or element that mentions a phone but names another thing, or holds no number
        '{"fax_date": "2024-11-05"}',
        '{"mobile_app_version": "4.12.105"}',
        '{"cell_id": "234150"}',
        'TELEGRAM_CHAT_ID="1001234567890"',
        'TELEMETRY_INTERVAL_MS="3600000"',
        '{"mobile_price": "1299.00"}',
        "<Cell>123456</Cell>",  # a spreadsheet's cell
        "type: work\nvalue: 86400000",  # a setting, not a contact's typed number
        # 00 and digits that merely fit a country code's length, with no cue
        "Hex: 00 44 11 22 33 44 55",
        "Entry 00 44 00 0000 0000",
        "https://wa.me/10000000000",
        "Die Ringe kosten 1 234 567 Euro",  # German "Ringe" (rings), not Danish "ringe"
    ],
)
def test_look_alikes_of_the_record_shapes_are_no_phones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('{"phone1": "701 0670"}', ["701 0670"]),
        ('{"telefono": "892-077"}', ["892-077"]),
        ("<mobilePhone>701 0670</mobilePhone>", ["701 0670"]),
        ("## Contacts\nMum: 701 0670\nDad: 892 0771", ["701 0670", "892 0771"]),
        ("T +44 113 879 0045  |  F 0044 113 699 6674", ["+44 113 879 0045", "0044 113 699 6674"]),
    ],
)
def test_more_phones_in_the_record_shapes(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    ("text", "entity"),
    [
        ("Item 400-31-4450 (replaces 414-37-3780)", "SSN"),
        ('{"order": "540 759 3207", "ts": 1}', "PHONE"),
        ('<contact id="15599782" updated="2026-01-01">', "PHONE"),
        ("Exhibit 418-600-8400; patent EP 1,800,000", "PHONE"),
        ("PATIENT INTAKE\nMRN: 202-621-200", "PHONE"),
        ("2021-11-01T11:04:20Z DEBUG [worker-14] job=0703238920 trace=4860ae5e", "PHONE"),
        ("Oda 346 057 1148 itafika kesho", "PHONE"),  # Swahili "order"
        ("주문 279 671 8070은 도착합니다", "PHONE"),  # Korean "order"
        ("(EAN 5950254121586)", "CARD"),  # 13 digits that pass Luhn: a barcode
    ],
)
def test_more_ids_of_a_phones_ssns_or_cards_shape(text: str, entity: str) -> None:
    assert found(text, entity) == []


def test_a_thirteen_digit_visa_or_maestro_is_still_a_card() -> None:
    assert found("card 4222222222222", "CARD") == ["4222222222222"]
    assert found("Maestro 6304579306762", "CARD") == ["6304579306762"]


def test_a_quoted_csv_field_keeps_its_comma() -> None:
    table = 'id,name,email,phone\n161130,"Horvat, Eleni",e@x.org,01018882832'
    assert found(table, "PHONE") == ["01018882832"]
