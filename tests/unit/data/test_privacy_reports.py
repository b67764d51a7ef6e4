"""Numbers named by a report's layout, an OCR's misreading, a payment app or a trade
rather than a phone word; and the ids beside them (an order named in Persian, a list of
ids, a courier's waybill, a bare reference after "Ref:") left alone."""

from __future__ import annotations

import pytest

from privacy_found import found

FIXED_WIDTH_SSNS = (
    "EMPLOYEE VERIFICATION\n"
    "SSN                 DOB           HIRE DATE\n"
    "------------------  ------------  ----------\n"
    "153348658           08/24/1990    2021-08-12\n"
    "524 11 9087         01/02/1985    2019-03-01"
)
FIXED_WIDTH_PHONES = "NAME          PHONE          CITY\nAnna Berg     040 123 4567   Malmo"


def test_a_fixed_width_report_names_its_columns_by_header() -> None:
    assert found(FIXED_WIDTH_SSNS, "SSN") == ["153348658", "524 11 9087"]
    assert found(FIXED_WIDTH_PHONES, "PHONE") == ["040 123 4567"]


def test_the_column_under_another_header_is_not_an_ssn() -> None:
    report = (
        "EMPLOYEE ID         DOB\n------------------  ----------\n153348658           1990-08-24"
    )
    assert found(report, "SSN") == []


def test_an_ocr_misread_social_security_cue() -> None:
    assert found("S0CIAL SECURlTY N0. 427 96 6351\nNAME Emily Johnson", "SSN") == ["427 96 6351"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ('{"client_ip": "2001:67c::", "ts": 1}', ["2001:67c::"]),  # a short compressed address
        ("a = 2024:10::", []),  # two decimal groups: no address
        ("x[1000::2]", []),  # a slice
    ],
)
def test_short_compressed_ipv6(text: str, want: list[str]) -> None:
    assert found(text, "IP") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # English "btw" (by the way) is not Dutch VAT
        ("new number btw +91-22-3063-1117", ["+91-22-3063-1117"]),
        ("new number btw 062 213-1490", ["062 213-1490"]),
        # a grouped international number is no id, whatever word stands before it
        ("Maple Leaf Dental · Reservations +1-780-299-2911 · info@x.ca", ["+1-780-299-2911"]),
        # a whole national number after its trunk 0, written bare
        ("Listing agent: Zanele Dlamini, 0715671722, zanele@x.co.za", ["0715671722"]),
        ("Programări la 0213393900, luni–vineri 9–18.", ["0213393900"]),
        # money sent to a phone number with a payment app
        ("Swisha 250 kr till 0709550420 så är du anmäld.", ["0709550420"]),
        ("Vipps meg 200 kr på 404 48 025 for billetten.", ["404 48 025"]),
        (
            "Ksh8,234.00 sent to ZAWADI AKINYI 0705244730 on 20/10/2020. M-PESA balance",
            ["0705244730"],
        ),
        # a trade's number
        ("- [ ] plumber: 700-3893 (ask for quote)", ["700-3893"]),
        ("Donderdag 10:00 tandarts\nPraktijk: 0101292138", ["0101292138"]),
    ],
)
def test_phones_named_by_context(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    "text",
    [
        "سفارش شما به شماره 0313-9784-28 ارسال شد.",  # "your order, number …"
        "ids: 5849680276, 0497461366, 9904935344",  # a list headed by "ids"
        "Sipariş No: 0997847195",  # Turkish order number
        "Număr comandă: 0821148044 · Total 1.926,00 lei",  # Romanian order number
        "उपभोक्ता संख्या: 0567375610",  # Hindi consumer number
        "AWB Fan Courier: 5976846164",  # a courier's waybill
        "Ref: +48895462743 is the batch identifier for the March payout run.",
        "Ref: +48 895 462 743 is the batch identifier",  # grouped, still an id
        "Starts 18:00 44 20 7946 0958",  # a time's "00", not a dialling prefix
        "BTW-nummer: BE 0123 456 789",  # Belgian VAT
        "Paid with Swish: order 0709550420",  # an order, after all
    ],
)
def test_ids_stay_ids(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mano kontaktai: https://wa.me/37067063531", ["37067063531"]),  # a WhatsApp link
        ("You can reach me at 00 254 701 979 160", ["00 254 701 979 160"]),  # "00 " then a code
        ('[notify]\nadmin_msisdn = "655307812"', ["655307812"]),  # a carrier's field name
    ],
)
def test_phones_in_links_fields_and_spaced_prefixes(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    "text",
    [
        "US 12,416,882 B2; EP 4 950 188 A1; WO 2016/932187; JP 2019-877872 A",  # patents
        "订单 615-4580344.",  # Chinese "order"
        "שלום הזמנה 305-4817763;",  # Hebrew "order"
    ],
)
def test_patent_and_order_numbers_are_not_phones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        '<PackageReference Include="Contoso.Core" Version="6.5.2.33" />',
        "Changelog: v12.1.33 -> v12.1.57; driver 5.1.9.67; API level 25",
        "ファームウェア 1.5.15.246 を公開しました",
        "Обновление до версии 4.6.6.97 установится автоматически.",
        "La mise à jour 6.3.0.242 sera déployée le 16/10/2019.",
    ],
)
def test_versions_are_not_addresses(text: str) -> None:
    assert found(text, "IP") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("employee:\n  soc_sec_no: '555 56 8921'", ["555 56 8921"]),  # a field name
        ("NAME  : Jennifer 0rtiz\n50C. SEC.  # : 671964930 _", ["671964930"]),  # an OCR's
        ("سوشل سیکیورٹی نمبر: 145273624", ["145273624"]),  # Urdu
    ],
)
def test_ssns_after_field_names_ocr_and_urdu(text: str, want: list[str]) -> None:
    assert found(text, "SSN") == want
