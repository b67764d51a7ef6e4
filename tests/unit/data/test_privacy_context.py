"""Dates of birth and postal addresses: varied formats, exact spans, hard negatives."""

from __future__ import annotations

import pytest

from attune.data.privacy import find_personal_data
from attune.data.privacy_context import date_ok, find_addresses, find_dobs


def texts(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[start:end] for start, end in spans]


DOBS: list[tuple[str, str]] = [
    ("I was born on 12 March 1987 in Leeds.", "12 March 1987"),
    ("Born: March 12, 1987", "March 12, 1987"),
    ("DOB: 1987-03-12", "1987-03-12"),
    ("date of birth 12/03/1987", "12/03/1987"),
    ("D.O.B. 3/12/87, blood type A", "3/12/87"),
    ("dob 19870312", "19870312"),
    ("Date of birth (DD/MM/YYYY): 31.12.1990", "31.12.1990"),
    ("born on the 12th of March, 1987", "12th of March, 1987"),
    ("Born in St. Louis on 4 July 1976.", "4 July 1976"),
    ("My birthday is May 5th.", "May 5th"),
    ("Her birth date: Jun. 3, 1990", "Jun. 3, 1990"),
    ("12 March 1987 is my birthday", "12 March 1987"),
    ("1987-03-12 (DOB)", "1987-03-12"),
    ("geboren am 12.03.1987 in Köln", "12.03.1987"),
    ("Geburtsdatum: 12. März 1987", "12. März 1987"),
    ("née le 1er mai 1990 à Lyon", "1er mai 1990"),
    ("nacido el 5 de mayo de 1990", "5 de mayo de 1990"),
    ("nato il 3 aprile 1975 a Roma", "3 aprile 1975"),
    ("geboortedatum 7 maart 1982", "7 maart 1982"),
]


@pytest.mark.parametrize(("text", "want"), DOBS)
def test_date_of_birth_is_found_exactly(text: str, want: str) -> None:
    assert texts(text, find_dobs(text)) == [want]


NOT_DOBS = [
    "Meeting on 2024-05-01 at noon, or 01/05/2024.",
    "The deadline is 12 March 2025; release 3/12/25.",
    "Deadline: 12/03/2024. I was born in Paris.",  # the cue is in another sentence
    "born 31/02/1987",  # no such day
    "born 13/25/1987",  # no such month either way round
    "born 2099-01-01",  # not yet
    "born in 1987",  # a year is not a date
    "reborn 12 March 1987",  # not the cue word
    "Born to run, we met on 12 March 2019 at a concert far away from home.",  # too far
]


@pytest.mark.parametrize("text", NOT_DOBS)
def test_dates_without_a_birth_cue_are_not_found(text: str) -> None:
    assert find_dobs(text) == []


def test_only_the_date_next_to_the_cue_counts() -> None:
    text = "The meeting is on 2024-05-01 and my birthday is 12 March."
    assert texts(text, find_dobs(text)) == ["12 March"]


def test_calendar_check() -> None:
    assert date_ok(2000, 2, 29) and date_ok(None, 2, 29)
    assert not date_ok(1999, 2, 29)
    assert not date_ok(1850, 1, 1)  # no living person, and more likely a historical date
    assert date_ok(87, 3, 12)  # two-digit years are taken as they come


@pytest.mark.parametrize(
    "text", ["DOB 12.03.1987", "born 1987-03-12", "DOB: 03-12-1987", "d.o.b. 12/03/1987"]
)
def test_dob_is_not_claimed_as_phone_or_ip(text: str) -> None:
    assert [f.entity for f in find_personal_data(text)] == ["DOB"]


ADDRESSES: list[tuple[str, str]] = [
    (
        "Visit 1600 Amphitheatre Parkway, Mountain View, CA 94043 today",
        "1600 Amphitheatre Parkway, Mountain View, CA 94043",
    ),
    ("at 221B Baker Street, London NW1 6XE.", "221B Baker Street, London NW1 6XE"),
    ("I live at 42 Elm St. Apt 5 now", "42 Elm St. Apt 5"),
    ("10 Downing Street, London SW1A 2AA", "10 Downing Street, London SW1A 2AA"),
    ("350 Fifth Avenue, New York, NY 10118-0110", "350 Fifth Avenue, New York, NY 10118-0110"),
    (
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
        "1600 Pennsylvania Avenue NW, Washington, DC 20500",
    ),
    ("123 Main St, Toronto, ON M5V 2T6", "123 Main St, Toronto, ON M5V 2T6"),
    ("1 Macquarie St, Sydney NSW 2000", "1 Macquarie St, Sydney NSW 2000"),
    ("Flat 3, 12 Baker Street", "Flat 3, 12 Baker Street"),
    ("221B Baker Street\nLondon NW1 6XE\nUK", "221B Baker Street\nLondon NW1 6XE"),
    ("W 42nd St is busy; 12 W 42nd St, New York, NY 10036", "12 W 42nd St, New York, NY 10036"),
    ("Friedrichstraße 123, 10117 Berlin", "Friedrichstraße 123, 10117 Berlin"),
    ("Berliner Straße 12, 10715 Berlin", "Berliner Straße 12, 10715 Berlin"),
    ("wohnt in der Karl-Marx-Allee 5b", "Karl-Marx-Allee 5b"),
    ("Keizersgracht 123, 1015 CJ Amsterdam", "Keizersgracht 123, 1015 CJ Amsterdam"),
    ("12 rue de la Paix, 75002 Paris", "12 rue de la Paix, 75002 Paris"),
    ("chez moi, 8 avenue Foch", "8 avenue Foch"),
    ("Calle Mayor 5, 28013 Madrid", "Calle Mayor 5, 28013 Madrid"),
    ("Paseo de la Castellana 100, 28046 Madrid", "Paseo de la Castellana 100, 28046 Madrid"),
    ("Via Roma 10, 00184 Roma", "Via Roma 10, 00184 Roma"),
    ("abito in via Roma 10, 00184 Roma", "via Roma 10, 00184 Roma"),
    ("Rua Augusta 100, 1100-048 Lisboa", "Rua Augusta 100, 1100-048 Lisboa"),
    ("P.O. Box 1234, Springfield, IL 62704", "P.O. Box 1234, Springfield, IL 62704"),
    ("write to PO Box 77", "PO Box 77"),
    ("Postfach 10 20 30, 60325 Frankfurt am Main", "Postfach 10 20 30, 60325 Frankfurt am Main"),
    # Formats of more countries.
    (
        "Office: 4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011, Japan.",
        "4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011, Japan",
    ),
    ("〒105-0011 東京都港区芝公園4-2-8", "〒105-0011 東京都港区芝公園4-2-8"),
    (
        "Send it to ul. Marszałkowska 84/92, 00-514 Warszawa please",
        "ul. Marszałkowska 84/92, 00-514 Warszawa",
    ),
    ("al. Jerozolimskie 65/79, 00-697 Warszawa", "al. Jerozolimskie 65/79, 00-697 Warszawa"),
    ("We are at Avenue Louise 54, 1050 Bruxelles.", "Avenue Louise 54, 1050 Bruxelles"),
    ("Rue Neuve 12, 1000 Bruxelles", "Rue Neuve 12, 1000 Bruxelles"),
    (
        "Chaussée de Charleroi 112, 1060 Saint-Gilles",
        "Chaussée de Charleroi 112, 1060 Saint-Gilles",
    ),
    ("Adresse: Storgata 12, 0155 Oslo", "Storgata 12, 0155 Oslo"),
    ("Karl Johans gate 22, 0159 Oslo", "Karl Johans gate 22, 0159 Oslo"),
    ("Drottninggatan 5, 111 51 Stockholm", "Drottninggatan 5, 111 51 Stockholm"),
    ("Østergade 12, 1100 København K", "Østergade 12, 1100 København K"),
    ("Mannerheimintie 1, 00100 Helsinki", "Mannerheimintie 1, 00100 Helsinki"),
    # Boundaries: the sentence's full stop and the next sentence stay out, lines join.
    ("Ship to 12 rue de la Paix, 75002 Paris.", "12 rue de la Paix, 75002 Paris"),
    ("Rua Augusta 100, 1100-048 Lisboa. Pay on delivery.", "Rua Augusta 100, 1100-048 Lisboa"),
    ("12 rue de la Paix\n75002 Paris", "12 rue de la Paix\n75002 Paris"),
    ("Calle Mayor 5,\r\n28013 Madrid", "Calle Mayor 5,\r\n28013 Madrid"),
    (
        "1600 Amphitheatre Parkway\r\nMountain View, CA 94043",
        "1600 Amphitheatre Parkway\r\nMountain View, CA 94043",
    ),
    ("33 Queen Street West, Toronto, ON M5H 2N2", "33 Queen Street West, Toronto, ON M5H 2N2"),
    ("Level 5, 1 Martin Place, Sydney NSW 2000", "Level 5, 1 Martin Place, Sydney NSW 2000"),
    (
        "Suite 200, 1600 Main St, Springfield, IL 62704",
        "Suite 200, 1600 Main St, Springfield, IL 62704",
    ),
    ("12 Main St Apt 4B, Boston, MA 02110", "12 Main St Apt 4B, Boston, MA 02110"),
    ("Floor 3, 10 Downing Street, London SW1A 2AA", "Floor 3, 10 Downing Street, London SW1A 2AA"),
    (
        "350 Fifth Avenue, 34th Floor, New York, NY 10118",
        "350 Fifth Avenue, 34th Floor, New York, NY 10118",
    ),
]


@pytest.mark.parametrize(("text", "want"), ADDRESSES)
def test_address_is_found_exactly(text: str, want: str) -> None:
    assert texts(text, find_addresses(text)) == [want]


NOT_ADDRESSES = [
    "3 Main points to discuss",
    "the version 2 road map",
    "see Room 12 upstairs",
    "step 4 way forward",
    "the top 5 Ocean Drive bars",
    "sent via Slack 2 times",
    "set 3 Place Settings",
    "String 5 and Spring 2024",
    "chapter 3 Main Street",
    "the Brigade 5 report",
    "Main Street is closed",  # a street without a number is not an address
    "Route 66 and Highway 1",
    "the 5 Best Road Trips",
    "there is 1 Right Way to do it",
    "Aggregate 12 values",  # a street suffix ending an ordinary word needs a postcode
    "Delegate 3 tasks to the Brigade 5 team",
    "I work at Avenue Q 3",  # an English street word first needs a postcode
    "Smith et al. Nature 2020",
    "the 4-2-8 rule",
    "Place 2 bets",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_not_an_address(text: str) -> None:
    assert find_addresses(text) == []


@pytest.mark.parametrize("_text, want", ADDRESSES)
def test_address_is_one_finding_with_no_phone_or_person_inside(_text: str, want: str) -> None:
    findings = find_personal_data(want)
    assert [(f.entity, f.start, f.end) for f in findings] == [("ADDRESS", 0, len(want))]


def test_dob_phone_and_address_side_by_side() -> None:
    text = "DOB 12.03.1987, call +44 20 7946 0958, post to 221B Baker Street, London NW1 6XE."
    findings = find_personal_data(text)
    assert [(f.entity, text[f.start : f.end]) for f in findings] == [
        ("DOB", "12.03.1987"),
        ("PHONE", "+44 20 7946 0958"),
        ("ADDRESS", "221B Baker Street, London NW1 6XE"),
    ]
