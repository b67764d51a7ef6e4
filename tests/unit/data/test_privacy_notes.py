"""Phones in notes, contact blocks and backups, found after the seventeenth to twentieth sets'
blind runs: a to-do list's "taxi …" and "vet …", a scan's spaced-out "Т е л . :", a parents'
group's "Zoe dad here, …", a phone's Caller ID, a voicemail's sender, an e-mail address
then " / " and the number, a North-American number after its dialled 1, an
iCalendar's escaped "\\nBackup line: …", Google Contacts' " ::: "-joined values, call-me
words in Maltese, Arabic, Georgian, Armenian, Norwegian and Estonian; and the look-alikes
left alone: a video meeting's id, a data key's "build_id", a bus route, "the … order", an
invoice line's item code before its quantity."""

from __future__ import annotations

import pytest

from privacy_found import found


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("TODO\n- taxi 9023 3469\n- insurance claim #4514119", ["9023 3469"]),
        (
            "Misc\n- vet 76 40 03 53 / after hours +45 43 30 19 88",
            ["76 40 03 53", "+45 43 30 19 88"],
        ),
        ("- landlord 661 9366, email skask@proton.me", ["661 9366"]),
        ("Caller ID: +62218946773", ["+62218946773"]),
        ("Bill to: Bilal Khan\nbq@junip-health.com.pk / (042) 410 35335", ["(042) 410 35335"]),
        ("Phone: 1-379-312-1753   Email: j@yahoo.com", ["1-379-312-1753"]),
        ("Customer: 738.300.2006, or my cell 1-398-711-0728", ["738.300.2006", "1-398-711-0728"]),
        ("Bonġu, jien Matthew. Ċemplili fuq 2135 2608 jew ibgħatli", ["2135 2608"]),  # Maltese
        ("يمكنك الاتصال بي على 99 275 396 أو مراسلتي", ["99 275 396"]),  # Arabic
        ("დამირეკეთ ნომერზე 567 65 34 41 ან მომწერეთ", ["567 65 34 41"]),  # Georgian
        ("Mobiil: 5340 9960", ["5340 9960"]),  # Estonian
        ("> Բջջային: 098 721764", ["098 721764"]),  # Armenian, in a quoted reply
        ("Hei, Du kan ringe meg på 490 95 668.", ["490 95 668"]),  # Norwegian
        ("ჩემი ახალი ნომერია 00995 512 31 79 74", ["00995 512 31 79 74"]),  # Georgian "is"
        ("Voicemail from 409 09 328 · 2:31 · 10.05.2023", ["409 09 328"]),
        ("DESCRIPTION:Meeting ID: 179 9027 8857\\nBackup line: 9668 4026", ["9668 4026"]),
        (
            "Name,Phone 1 - Type,Phone 1 - Value\n"
            "Viktoria,Mobile,0881 761 383 ::: +359 800 216 835\n",
            ["0881 761 383", "+359 800 216 835"],
        ),
        ("Main line 054 3488 ext. 4390, direct 649 5742.", ["054 3488", "649 5742"]),
    ],
)
def test_phones_in_notes_and_contact_blocks(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a service's word in another sense, an e-mail before a log's field, a range
        ("taxi fare 1234567", []),
        ("direct debit 12345678", []),
        ("Our landlord charges 12000000 per year", []),
        ("Landlord fee: 2500000", []),
        ("after hours 1800-2200", []),
        ("jane@acme.com|1699999999|login_ok", []),
        ("jane@acme.com / 5551234 (ticket)", []),
        ("مدة الاتصال 1234567 ثانية", []),  # Arabic: the call's duration, in seconds
        # an id's words that leave a phone alone
        ('"whatsapp_id": "447700900123"', ["447700900123"]),
        ('"caller_id": "+14155550132"', ["+14155550132"]),
        ("Skype / Zoom: +44 7700 900123", ["+44 7700 900123"]),
        ('"route": "+447700900123"', ["+447700900123"]),
        ("Call the 0612345678 order line", ["0612345678"]),
        # a record's next field is no later item of an id's list
        ("Marcus Price; SSN 381-26-7467; 570.861.1828; net pay 4935.58", ["570.861.1828"]),
        ("Tickets: 1-512-299-7724 / 1-512-299-7725", []),
    ],
)
def test_the_new_cues_and_ids_keep_to_their_sense(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # a scanned letterhead's spaced-out label, and its two spaces after the area code
        ("KOVALENKO SARL\n\nТ е л . :   098  648 47 91\nE - Mail :b@k.com.ua", ["098  648 47 91"]),
        ("ტ ე ლ . :   599 309534", ["599 309534"]),
        ("Đ T :   097  976 7366", ["097  976 7366"]),
        # a parents' group and a family's other numbers
        ("Zoe dad here, 6621 9587", ["6621 9587"]),
        ("Luca's grandma 60388763 pls add", ["60388763"]),
        (
            "If no answer ring +961 3 758 987 or my partner 70 195 803.",
            ["+961 3 758 987", "70 195 803"],
        ),
        (
            "my new phone (011) 15 3145-0171, old was (011) 15 3712-6128",
            ["(011) 15 3145-0171", "(011) 15 3712-6128"],
        ),
        ("Nummeret mitt er 92 07 58 94 🥲", ["92 07 58 94"]),  # Norwegian
        ("Thida: ကျွန်တော့်နံပါတ် 09 249 885 015", ["09 249 885 015"]),  # Burmese
        # "backup" and "support" flush before a number, a cue before an address before it
        (
            "+977 9847908036 · backup 982-8233068 · Order BK-92990192",
            ["+977 9847908036", "982-8233068"],
        ),
        ("• Support (AT): 0043 1 076 5521", ["0043 1 076 5521"]),
        ("Questions: billing@hansenphysio.no / 43600131", ["43600131"]),
        # … and the look-alikes
        ("Drop support for Windows 22.7.15462.86", []),
        ("rsync backup 4471882 bytes sent", []),
        ("Please reference support 88213345 in your reply", []),
        ("old was 1200000 now 1500000", []),
        ("I paid 800000 and my partner 1200000", []),
        ("grandma sent 1500000 for my birthday", []),
        ("Voicemail: 44718823 seconds of audio stored", []),
        ('{"m": "\\nExt 4471882 items"}', []),  # (only an iCalendar label after "\\n")
        # two spaces join an area code only after a label's colon, not a list's row number
        ("01  0612 345678  Ana Jansen", ["0612 345678"]),
        ("Run 0612  3456789 ms", []),
        # a labelled phone beside a coordinate is still one
        ("Store; phone 0612 345678, 52.3702, 4.8952", ["0612 345678"]),
        ("Backup spot 18.266052, 124.338531 (parking lot B)", []),
        ("2026-04-17T16:06:01.653Z lat/lon 26.126830, 164.824702 alt 363m", []),
    ],
)
def test_letterheads_parents_groups_and_second_lines(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    "text",
    [
        "10:00-11:00 UTC+01:00  room 6.25  (Zoom 014 1312 6777)",
        'release: "v7.3.98"\nbuild_id: 0685569692\n',
        "Allergies: none. Bus route 2357-2957",
        "[05:33] Bram: did the 0575913415 order ship?",
        "ISBN 978-1-512-299-7724",  # (the dialled 1 is no part of a longer code)
    ],
)
def test_ids_that_look_like_phones(text: str) -> None:
    assert found(text, "PHONE") == []


def test_an_invoice_lines_item_code_before_its_quantity_is_no_card() -> None:
    lines = "  4983262767095 48 x 4768.68 CHF = €5,029.26\n  4989319006193 15 × €4,077.16\n"
    assert found(lines, "CARD") == []
    assert found("SKU TX-46970 | EAN 4009502258335 | 2.5 kg | CHF 1,890.96", "CARD") == []
    assert found("Visa 4539 1488 0343 6467 exp 12/27", "CARD") == ["4539 1488 0343 6467"]
    # a card's "x2" or "x 12/26" is no quantity before a price
    assert found("card 4111 1111 1111 1111 x2", "CARD") == ["4111 1111 1111 1111"]
    assert found("Card: 4111111111111111 x 12/26", "CARD") == ["4111111111111111"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # found after the twentieth set's blind run: an SMS backup's XML, a data key's list
        (
            '<sms protocol="0" address="00639153551677" date="1665212419886" body="ok" />',
            ["00639153551677"],
        ),
        (
            '"alert_sms": ["0031 6 78976988", "0031 6 78726887"],',
            ["0031 6 78976988", "0031 6 78726887"],
        ),
        ('"versions": ["1.2.3", "2024.01.02"]', []),
        # a contact list's line with a note in brackets, or the person's e-mail after it
        (
            "Notes\n- Us: +386 41 858557\n- Luka Novak (neighbour, has key): 041103645\n"
            "- Vet: (01) 351 64 44",
            ["+386 41 858557", "041103645", "(01) 351 64 44"],
        ),
        (
            "* Ірина – Олена: 096 961 89 03 / o@ukr.net\n"
            "* Андрій – Андрій: +380 96 7924672 / a@ukr.net",
            ["096 961 89 03", "+380 96 7924672"],
        ),
        ("你好,\n请拨打 9434 7375\n此致", ["9434 7375"]),  # Chinese "please dial"
        ("Agent: Alder Travel, 2164-7717", ["2164-7717"]),  # a booking's agency
        # a count's noun after the number, a product table's SKU in an SQL dump
        ("resolution 1920x1080; 593 916 243 steps", []),
        (
            "INSERT INTO products (id, sku, name) VALUES\n  (66499, '4000540068511', 'Desk'),\n"
            "  (89301, '4005532931644', 'Chair');\n",
            [],
        ),
    ],
)
def test_backups_lists_and_dumps(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") + found(text, "CARD") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # found after the twenty-first set's blind run
        ("Nýja símanúmerið mitt er 884-4146.", ["884-4146"]),  # Icelandic, definite form
        (
            "Yangi telefon raqamim: +998 94 204 35 35. Bog'lanish uchun: 940825980",
            ["+998 94 204 35 35", "940825980"],
        ),
        ("Ұялы: 8 (717) 661-83-11 · E-mail: a@mail.kz", ["8 (717) 661-83-11"]),  # Kazakh
        (
            "Kontakt: Oskar Nyström, tfn 093893023, mobil +358 45 978 7274",
            ["093893023", "+358 45 978 7274"],
        ),
        ("Nimi,Matkapuhelin,ID\nMikko Järvinen,09.615.4711,33013\n", ["09.615.4711"]),  # Finnish
        ("Zuzana Horváthová ............... 00421 2 1188 2985", ["00421 2 1188 2985"]),
        # a patient's number, Australia's TFN
        ("Case #37121239468 — member 2164 8908 7299, patient 321 598 6976, visit 25/4/2026", []),
        ("TFN 123 456 782", []),
    ],
)
def test_cue_words_and_lists_of_the_twenty_first_set(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_an_ipv6_address_flush_after_japanese() -> None:
    assert found("IPv6は2603:c38::90df:0:d0df:0。", "IP") == ["2603:c38::90df:0:d0df:0"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # what a review of the twentieth set's fixes found
        ("Agent: Sure, 2164-7717 is the tracking code", []),
        ("Contact: 04 81 75 09 19 visits by appointment only", ["04 81 75 09 19"]),
        ("name,company,phone,ref\nAnn,Acme, Inc.,0612345678,", ["0612345678"]),
        ("Contacts\nWifi (key): 44128830\nMum: 0612345678", ["0612345678"]),
        ("Tel 0612345678; my membership 55129931", ["0612345678"]),
        ('{"sms_otp": "493021", "phone_codes": ["739201", "104822"]}', []),
        ('<sms address="900123" body="x"/>', []),  # a short code
        ("拨打次数：12345678", []),  # Chinese: the number of calls
        ("Tel.  030  1234567", ["030  1234567"]),
    ],
)
def test_the_twentieth_sets_fixes_keep_to_their_sense(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # found after the twenty-second set's blind run: amounts, webinars, a flight's line
        ("- ISBN 9789820176072 · 479 p. · 77 093.19 EUR", []),
        ("- ISBN 979-8-5871-8733-7 · 636 p. · CHF 94260.37", []),
        ("Meeting ID: 554 9432 8999\nPasscode: 041285\nWebinar: 06616189453", []),
    ],
)
def test_amounts_and_webinars_are_no_phones(text: str, want: list[str]) -> None:
    assert found(text, "PHONE") == want


def test_a_flight_number_before_a_date_is_no_card() -> None:
    assert found("BJ-295-ZP → TK 3510 2024-07-22 02:53, seat 3A", "CARD") == []
