"""Phones in exports and chats (an SMS backup's "address" column, a CSV row whose name holds
an unquoted comma, a chat message that is a number alone), numbers a column or an order word
names as ids, and the cue words and e-mail domains of more scripts."""

from __future__ import annotations

import pytest

from privacy_found import found

SMS_EXPORT = (
    "date,direction,address,body\n"
    "2022-04-09T02:58:26Z,in,661 35 19 14,call me\n"
    "2026-01-14T15:05:15Z,in,691-377270,Parcel 3752-8858-6071 delivered\n"
    "2020-03-09T21:02:22Z,out,12 Main Street,ok\n"
)


def test_an_sms_backups_address_column_holds_phones() -> None:
    assert found(SMS_EXPORT, "PHONE") == ["661 35 19 14", "691-377270"]
    # the same column without a message body is a postal address's, and is not read
    assert found(SMS_EXPORT.replace(",body", ",note"), "PHONE") == []
    # a placeholder or a list of figures in the column is no phone
    placeholders = "date,address,body\n2024-01-01,12345678,hi\n2024-01-02,10 20 30 40,yo\n"
    assert found(placeholders, "PHONE") == []


def test_an_unquoted_comma_in_a_name_shifts_the_cells_right_of_it() -> None:
    text = (
        "id,name,email,phone,country,last_order\n"
        "845129,Haddad, Noah,n.haddad@icloud.com,00598 907 29 959,UY,8769-2287-5727\n"
        "845130,Silva,j.silva@icloud.com,0733699735,SE,929 911 6435\n"
    )
    assert found(text, "PHONE") == ["00598 907 29 959", "0733699735"]


def test_an_unquoted_comma_in_a_later_free_text_column_shifts_the_cells_too() -> None:
    text = "name,address,mobile,city\nNoah Haddad,1 Main St, Springfield,0612345678,Leeds\n"
    assert found(text, "PHONE") == ["0612345678"]


def test_an_sql_rows_closing_comma_shifts_nothing() -> None:
    text = (
        "INSERT INTO customers (id, full_name, ssn, phone) VALUES\n"
        "  (270, 'James Carter', '006-97-8396', '+1-216-291-3946'),\n"
    )
    assert found(text, "PHONE") == ["+1-216-291-3946"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("date;order_id;phone\n2024-01-02;929 911 6435;+1 415 450 1234\n", ["+1 415 450 1234"]),
        ('{"order_id": "379 159 8802", "created": "2022-01-13"}', []),
        # a sentence split at its comma is no header: "…the account" names no column
        (
            "Agent: to verify the account, your number?\nCustomer: 617 966 3653, thanks\n",
            ["617 966 3653"],
        ),
        ("Hi, about your order\nCall me back, 0612 345 678", ["0612 345 678"]),
        ("Orders,Email\n+31 612 345 678,a@b.nl\n", ["+31 612 345 678"]),  # (not an id's name)
        # a phone among a cell's words is no id, though its column names one
        ("id,last_order\n5,call 0612 345 678 after five\n", ["0612 345 678"]),
    ],
)
def test_a_column_or_key_named_for_an_id_holds_no_phone(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_an_ean_column_holds_no_card_but_a_pan_column_does() -> None:
    barcode = "SKU\tEAN\n48-9164-58\t4121345642193\n"
    assert found(barcode, "CARD") == []
    assert found(barcode.replace("EAN", "PAN"), "CARD") == ["4121345642193"]
    # a card's sixteen digits are no barcode's, whatever the column's name
    assert found("SKU\tEAN\n48-9164-58\t4539 1488 0343 6467\n", "CARD") == ["4539 1488 0343 6467"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("[20/05/2019, 10:05] Anna: 018052262", ["018052262"]),
        ("Yuki, [21.04.2024 10:18]\n8 727 319 45 85 (GPS 53.68711, 10.48663)", ["8 727 319 45 85"]),
        # a bare eight-digit code, and a year, are no phones
        ("[12/03/2024, 10:00] Bank: 48291034", []),
        ("[12/03/2024, 10:00] Anna: 2024", []),
        # a field's label, a decimal, a version, a range, round figures, a Unix time
        ("[2024-03-12 10:00:01] Timestamp: 1710237600", []),
        ("10:27 Total: 1234567890", []),
        ("[20/05/2019, 10:05] Anna: 3.14159265", []),
        ("[2024-03-12 10:00:01] Build: 2024.03.12.1", []),
        ("10:27 Eleni: 1200-1800", []),
        ("[20/05/2019, 10:05] Anna: 100 200 300", []),
        ("Yuki, [21.04.2024 10:18]\n1710237600", []),
        ("[20/05/2019, 10:05] Anna: 06.12.34.56.78", ["06.12.34.56.78"]),
    ],
)
def test_a_chat_message_that_is_a_number_alone(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    "text",
    [
        "Таны 094 059 8054 захиалга 2023-10-28 илгээгдсэн.",  # Mongolian, the word after
        "A(z) 614 455 8052 számú rendelését feladtuk.",  # Hungarian
        "Zure 681 723 1714 eskaera 02.06.2020 bidali da.",  # Basque
        "Bestillingen din 296 092 9480 er sendt.",  # Norwegian, "your" between
        "I-oda lakho 048 743 4209 selithunyelwe.",  # Zulu
        "Zamówienie 961 519 7175 dotrze jutro.",  # Polish
        "Η παραγγελία 867 717 2948 φτάνει.",  # Greek
        "ඔබගේ ඇණවුම 0883-8180-9708 යවා ඇත.",  # Sinhala
    ],
)
def test_an_order_named_before_or_after_its_number(text: str) -> None:
    assert found(text, "PHONE") == []


def test_an_id_named_international_number_leaves_no_national_tail() -> None:
    assert found("Zamówienie nr +48 22 123 45 67 wysłane.", "PHONE") == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Телефон для заказа: +7 495 123-45-67", ["+7 495 123-45-67"]),  # "for orders"
        ("0532 123 45 67 sipariş hattı", ["0532 123 45 67"]),  # an order line
        ("Objednávky: +421 2 219 497 49 | info@zubarvarga.sk", ["+421 2 219 497 49"]),
        # an order word set off by a colon heads a shop's line for orders
        ("Заказ: +7 (495) 123-45-67", ["+7 (495) 123-45-67"]),
        ("Zamówienia: 22 123 45 67", ["22 123 45 67"]),
        ("Tilaus: 09 123 4567", ["09 123 4567"]),
        ("Sifarişlər: +994 12 345 67 89", ["+994 12 345 67 89"]),
        # an order word after the number, but not in the form that names one order
        ("Tel: 012 345 6789 eskaerak", ["012 345 6789"]),
        ("+994 12 345 67 89 sifariş üçün", ["+994 12 345 67 89"]),
        ("06 30 123 4567 rendelésfelvétel", ["06 30 123 4567"]),
        # "your" after an order's word only: "Commande ta pizza" is no id's name
        ("Commande ta pizza au 06 12 34 56 78", ["06 12 34 56 78"]),
    ],
)
def test_a_line_for_orders_is_still_a_phone(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mano naujas numeris 8 514 31-436.", ["8 514 31-436"]),  # Lithuanian
        ("Nomor baruku (0878) 122 715 51.", ["(0878) 122 715 51"]),  # Indonesian
        ("In-numru l-ġdid tiegħi huwa 79 657.197.", ["79 657.197"]),  # Maltese
        ("मेरो नयाँ नम्बर 098 73 52 60 00 हो।", ["098 73 52 60 00"]),  # Nepali
        ("Inombolo yami entsha ngu-073 7301283.", ["073 7301283"]),  # Zulu "ngu-" (is)
        ("noma ungishayele ku-0836072044.", ["0836072044"]),  # Zulu "ku-" (on)
        ("PRIYA DUBOIS\nT 0167 47468\nCell +964 78.1724.5714", ["0167 47468", "+964 78.1724.5714"]),
        # a table's row of one letter and figures is no signature's line
        ("Sex Age Income\nM 34 52000\nF 29 48000", []),
    ],
)
def test_cue_words_and_prefixes_of_more_languages(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_a_phone_grouped_in_dots_is_no_ip_address() -> None:
    text = "or my wife's, +91 (0)81 72.98.83.49."
    assert found(text, "PHONE") == ["+91 (0)81 72.98.83.49"]
    assert found(text, "IP") == []
    assert found("server 10.20.30.40 is up", "IP") == ["10.20.30.40"]
    assert found("src +12 10.0.0.7", "IP") == ["10.0.0.7"]  # no valid number with them


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("login ok user=jan1983@例子.中国 src=10.0.0.1", ["jan1983@例子.中国"]),
        ("写信到 li@例子.公司的邮箱", ["li@例子.公司"]),  # the sentence after stays out
        ("כתבו לי ל-tcohen@qq.com או", ["tcohen@qq.com"]),  # Hebrew "to", flush with a dash
    ],
)
def test_e_mail_domains_and_prefixes_of_more_scripts(text: str, want: list[str]) -> None:
    assert found(text, "EMAIL") == want
