"""Contact lists, answers and wordings found after the tenth and eleventh sets' blind runs: a
list's other numbers once one of its lines holds a phone under a name, "someone's number:
…", cue words in Malay, Mongolian, Armenian, Arabic, Serbian, Zulu and payment apps, a Greek
question's ";", Belarus's "8 0…", a Chinese mobile written bare, a contacts API's typed
value, seven digits after a cue, a tel: link; and the look-alikes left alone: ids named by
a compound ("Personnummer:", "CPR-nummer:"), a form's id under its phone line, a mail's
Message-ID, a git remote, a host on the local network, a delegated IPv6 prefix, a DNS
zone's serial, a passport number below a taxpayer line, measures, a tracking number's tail."""

from __future__ import annotations

import pytest

from privacy_found import found


def test_a_contact_lists_other_lines_once_one_holds_a_phone_under_a_name() -> None:
    text = "Babysitter notes\nMom: +1 212 555 0187\nDad: 2125550143\nWifi: HomeNet"
    assert found(text, "PHONE") == ["+1 212 555 0187", "2125550143"]


def test_a_form_with_a_phone_line_makes_no_contact_list() -> None:
    text = "Name: Ana Horvat\nOIB: 12345678903\nMobitel: 091 234 5678"
    assert found(text, "PHONE") == ["091 234 5678"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Mi hermana dice que el número del hotel es 2125550199, habitación 214", "2125550199"),
        ("Ti giro il numero del meccanico: 347 123 4567, chiedi di Marco", "347 123 4567"),
        ("Salam, ni nombor baharu saya 012-345 6789.", "012-345 6789"),
        ("Сайн уу! Миний шинэ дугаар 8811-2345.", "8811-2345"),
        ("Բարև, իմ նոր համարն է 077 123456։", "077 123456"),
        ("السائق سيتصل بك من الرقم 9123 4567 عند الوصول", "9123 4567"),
        ("Za dodatne informacije pozovite 061 234 567.", "061 234 567"),
        ("Sawubona! Inombolo yami entsha ngu 071 234 5678.", "071 234 5678"),
        ("Questions? 0161 496 0000", "0161 496 0000"),
        ("тел.: 8 0152 82-98-98, доб. 321", "8 0152 82-98-98"),
        ("中介 李婷 13812345678\n押一付三", "13812345678"),
        ("call me if it asks for a code (212) 555-0163", "(212) 555-0163"),
    ],
)
def test_someones_number_and_cue_words(text: str, want: str) -> None:
    assert found(text, "PHONE") == [want]


def test_a_greek_question_asks_with_a_semicolon() -> None:
    text = "Δήμητρα: Και το σταθερό στο γραφείο;\nΝίκος: 2310-123456, εσωτερικό 180"
    assert found(text, "PHONE") == ["2310-123456"]


def test_a_contacts_apis_typed_value() -> None:
    text = '{"phoneNumbers": [{"type": "mobile", "value": "34 74 39 11"}]}'
    assert found(text, "PHONE") == ["34 74 39 11"]


@pytest.mark.parametrize(
    "text",
    [
        "Anmälan\nNamn: Erik Nyström\nÄrendenummer: 5828-823218",
        "Tilmelding\nNavn: Sofie Nørgaard\nCPR-nummer: 040864-4388",
        "Lasku 76034\nHenkilötunnus: 021087-5071",
        "Agus: Nomor resinya berapa?\nBudi: 422137037586",
        "Bok!\nBroj kupca: 869763-17.",
    ],
)
def test_ids_named_by_a_compound_or_a_question_are_no_phones(text: str) -> None:
    assert found(text, "PHONE") == []


@pytest.mark.parametrize(
    "text",
    [
        "Message-ID: <5585921742.ce76727d@mail.example-shop.com>",
        "git clone git@github.com:someone/dotfiles.git",
        "ssh pi@raspberrypi.local",
    ],
)
def test_addresses_that_reach_no_one(text: str) -> None:
    assert found(text, "EMAIL") == []


def test_a_persons_address_beside_them_is_still_found() -> None:
    text = "Message-ID: <1.2@mail.shop.com>\nFrom: Megan Price <megan.price@gmail.com>"
    assert found(text, "EMAIL") == ["megan.price@gmail.com"]


def test_a_delegated_ipv6_prefix_is_no_machine_but_a_host_with_a_port_is() -> None:
    assert found("Delegated prefix: 2a06:8abb:b9f0:2600::/56", "IP") == []
    text = "[client 260b:93ca:7:ed8b:1513:2b97:5963:2509:3000] PHP Fatal error"
    assert found(text, "IP") == ["260b:93ca:7:ed8b:1513:2b97:5963:2509"]


def test_a_zone_serial_and_a_korean_resident_number_are_no_cards() -> None:
    zone = "@ IN SOA ns1.example.org. admin.example.org. ( 2026070901 7200 3600 1209600 3600 )"
    assert found(zone, "CARD") == []
    assert found("주민등록번호: 510509-1251373", "CARD") == []


def test_cards_of_humo_and_rupay() -> None:
    assert found("Humo 9860 1234 5678 9015 (Jasur)", "CARD") == ["9860 1234 5678 9015"]


def test_a_spaced_ssn_a_sentence_after_its_cue() -> None:
    text = (
        "This is about your Social Security number ending in the last four digits. "
        "To verify, we have 267 01 3322 on file."
    )
    assert found(text, "SSN") == ["267 01 3322"]


def test_a_passport_number_below_a_taxpayer_line_is_no_ssn() -> None:
    text = (
        "Social Security Number (if any): 657-86-9832\n"
        "U.S. Taxpayer ID: does not apply\n"
        "Passport no. 799839849"
    )
    assert found(text, "SSN") == ["657-86-9832"]


# After the eleventh set's blind run.


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kohvik Kuu · Tallinn\nTel 3288524 · E-post info@kohvik.ee", "3288524"),  # 7 digits
        ("Send gerne 150 kr. på MobilePay til 34198130.", "34198130"),
        ("Envia por MB WAY para o 912345678, é o número da tesoureira.", "912345678"),
        ("Wyślij mi BLIKiem na numer 601234567, oddam w piątek.", "601234567"),
        ("Hej Søren, mit nye nummer er 34202885. Ring hvis der er noget.", "34202885"),
        ("Sveiki! Mans jaunais numurs ir 21 524 156. Zvani vakarā.", "21 524 156"),
    ],
)
def test_seven_digits_after_a_cue_a_tel_link_and_payment_apps(text: str, want: str) -> None:
    assert found(text, "PHONE") == [want]


def test_a_tel_links_text_as_well_as_its_target() -> None:
    text = '<p>Tel: <a href="tel:+2348010535474">08010535474</a></p>'
    assert found(text, "PHONE") == ["+2348010535474", "08010535474"]


@pytest.mark.parametrize(
    "text",
    [
        "c = 299 792 458 m/s, the speed of light",
        "TAJ-szám: 636 486 880 · Adóazonosító jel: 6656845835",
        "Entidade: 46565 · Referência: 471 602 557 · Montante: 98,84 €",
        "Codice cliente 395 288 8573 — CAP 10103",
    ],
)
def test_measures_and_named_ids_are_no_phones(text: str) -> None:
    assert found(text, "PHONE") == []


def test_a_tracking_numbers_tail_is_no_card_nor_a_part_number_an_ssn() -> None:
    assert found("USPS Tracking: 9400 3487 6412 2346 9119 29 — Out for delivery", "CARD") == []
    assert found('Part No. 709-60-1188 (gasket, 3/8") — qty 12', "SSN") == []
    assert found("SSN 709-60-1188 on file", "SSN") == ["709-60-1188"]
