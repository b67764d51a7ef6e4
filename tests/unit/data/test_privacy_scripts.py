"""Numbers written in other digits and layouts: full-width and Arabic-Indic digits, an area
code set off by " / ", Hungary's "(06 1)", a chat export's timestamps before an answer, the
same number written again in another grouping, SSNs of a whole family once one is named;
and the look-alikes beside them (a Norwegian org number, a Finnish reference, a lottery
draw, an Aadhaar number, a "00" before no valid number) left alone."""

from __future__ import annotations

import pytest

from privacy_found import found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # full-width digits and hyphens
        ("連絡先\u3000０９０－１２３４－５６７８（山田）", "０９０－１２３４－５６７８"),
        ("شماره تماس: ۰۹۱۲ ۱۲۳ ۴۵۶۷ (فقط پیامک)", "۰۹۱۲ ۱۲۳ ۴۵۶۷"),  # Persian digits
        ("رقم جوالي: ٠٥٠ ١٢٣ ٤٥٦٧", "٠٥٠ ١٢٣ ٤٥٦٧"),  # Arabic-Indic digits
        ("Rückfragen bitte an: 0171 / 2345678", "0171 / 2345678"),
        ("Kérdés esetén: (06 1) 234 5678", "(06 1) 234 5678"),
        ("Вот номер мастера: 8916 12 34 567, зовут Олег", "8916 12 34 567"),
        ("Zvaniet pa tālruni 20 123 456.", "20 123 456"),
        ("Pwede po bang i-GCash na lang sa 09171234567?", "09171234567"),
        ("my sister is on 021 234 5678 if you need her", "021 234 5678"),
        ("Spørsmål til Kari Nordmann på 41 23 45 67.", "41 23 45 67"),
    ],
)
def test_phones_in_other_digits_and_wordings(text: str, want: str) -> None:
    assert found(text, "PHONE") == [want]


def test_an_answer_after_a_chat_exports_timestamp() -> None:
    text = (
        "[16.04.2024, 10:09:23] Jonas: Hat Mia auch eine Handynummer?\n"
        "[16.04.2024, 10:12:20] Lea: 01512345678"
    )
    assert found(text, "PHONE") == ["01512345678"]


def test_the_same_number_in_another_grouping() -> None:
    text = "call me back at (217) 555-0142, again that's 2175550142, thanks"
    assert found(text, "PHONE") == ["(217) 555-0142", "2175550142"]


def test_a_list_of_phones_is_not_one_number() -> None:
    text = "Pedidos: 📞 305 5951857 / 601 2345678"
    assert found(text, "PHONE") == ["305 5951857", "601 2345678"]


@pytest.mark.parametrize(
    "text",
    [
        "Ordre 28685753 · Org.nr. 884 982 762 · Forfall 20.08.2023",
        "Viitenumero: 7154 31177\nEräpäivä: 27.2.2026",
        "Référence contrat : 803 515 203",
        "Winning numbers: 06 12 23 35 42 + 04",
        "आधार नंबर 2561 6344 4279",
        "rejected fixtures: 666-26-5637, 002-41-0000",
        "Ihre Kundennummer lautet 0461514282 – bitte bei allen Rückfragen angeben.",
    ],
)
def test_ids_and_draws_are_not_phones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Kids SSNs\nBrian - 444-69-0202\nChris - 101 69 0032\nLily - 101690033",
            ["444-69-0202", "101 69 0032", "101690033"],
        ),
        (
            "su número de Seguro Social (625-42-9852) y el de su hijo (499469468).",
            ["625-42-9852", "499469468"],
        ),
        ("HR needs my SSN for the 401k rollover → 247457423\n- pay bills", ["247457423"]),
    ],
)
def test_ssns_beside_a_named_one(text: str, want: list[str]) -> None:
    assert found(text, "SSN") == want


@pytest.mark.parametrize(
    "text",
    [
        # other columns of a table whose SSN column is dashed
        "Name\tSSN\tRouting\nAna Ruiz\t764-45-0998\t022471976",
        "Her SSN is 638-69-4847 and her USCIS number is 213321333.",
        "SSN 638-69-4847; call +34 612345678",
    ],
)
def test_other_numbers_beside_an_ssn_stay_what_they_are(text: str) -> None:
    assert len(found(text, "SSN")) == 1


def test_an_imei_numbered_field_is_not_a_card() -> None:
    assert found("IMEI 1: 86 697407 648665 2, IMEI 2: 356458396208704.", "CARD") == []
