"""Phones in the layouts of messages and forms: a text message's sender, a form's second
phone field, an emergency contact named first, a list under a phone word, an OCR's stray
dot; and the cue words of more languages."""

from __future__ import annotations

import pytest

from privacy_found import found


def test_a_text_messages_sender() -> None:
    assert found("From: 9194 3292\n16.12.2020 23:02\nHi! You", "PHONE") == ["9194 3292"]
    assert found("From: 11 15 2053-9057\n02/05/2022 00:42\nHola", "PHONE") == ["11 15 2053-9057"]
    # no date below: a header's "From: 2019" is no sender
    assert found("From: 20191231\nTo: 20200101", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Telefon = 070 304 009\nTelefon 2 = 026722952", ["070 304 009", "026722952"]),
        ("Teléfono 2 | 918247745", ["918247745"]),
        ("Phone 2: 21650411", ["21650411"]),
        ("Item 2: 21650411", []),
    ],
)
def test_a_forms_second_phone_field(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_an_emergency_contact_named_before_the_number() -> None:
    text = "Emergency contact: Michael Reyes (spouse) — 5036964090\nInsurance: BlueCross"
    assert found(text, "PHONE") == ["5036964090"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Телефон:\n👩 87473843274;\n👨 8 704 391 42 18\nРахмет!",
            ["87473843274", "8 704 391 42 18"],
        ),
        ("الهاتف:\n1) 0568 64 60 63,\n2) 037077837;\nشكرا", ["0568 64 60 63", "037077837"]),
        # the same bullets under no phone word: a list of counts
        ("Results:\n👩 87473843274;\n1) 0568 64 60 63,", []),
    ],
)
def test_a_list_of_bare_numbers_under_a_phone_word(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_an_ocrs_stray_dot_before_the_plus() -> None:
    assert found("Telef0n: .+40264894543  Fax: x", "PHONE") == ["+40264894543"]
    assert found("v2.+40264894543", "PHONE") == []


def test_a_vcard_number_split_by_a_slash() -> None:
    assert found("TEL;TYPE=WORK,VOICE:032/0753275", "PHONE") == ["032/0753275"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Du kan nå meg på 43369590 / 96388502", ["43369590", "96388502"]),  # Norwegian
        ("Ċempilli fuq 7904 6540", ["7904 6540"]),  # Maltese
        ("Менің нөмірім 8 702 525 77 86", ["8 702 525 77 86"]),  # Kazakh
        ("Μπορείς να με καλέσεις στο 9972 7588", ["9972 7588"]),  # Greek
        ("Pokliči me na 040488158", ["040488158"]),  # Slovene
        ("Mani var sazvanīt pa 62 021 301.", ["62 021 301"]),  # Latvian
        ("என்னை இந்த எண்ணில் அழைக்கவும் 80095 62903.", ["80095 62903"]),  # Tamil
    ],
)
def test_cue_words_of_still_more_languages(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want
