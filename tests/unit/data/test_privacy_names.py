"""Person names: list names, cue names, exact spans, and the words that only look like names."""

from __future__ import annotations

import time

import pytest

from attune.data.privacy import Redactor, find_personal_data
from attune.data.privacy_names import (
    MONTH_WORDS,
    STOPWORDS,
    ambiguous_names,
    find_persons,
    first_names,
    name_shaped,
)


def names_in(text: str) -> list[str]:
    return [text[start:end] for start, end in find_persons(text)]


PERSONS: list[tuple[str, list[str]]] = [
    ("Maria Garcia called yesterday.", ["Maria Garcia"]),
    ("Sarah is late.", ["Sarah"]),  # a listed name may start a sentence
    (
        "I met Ludwig van Beethoven and John F. Kennedy.",
        ["Ludwig van Beethoven", "John F. Kennedy"],
    ),
    ("Abdullah al-Hashimi is here", ["Abdullah al-Hashimi"]),
    ("Anne-Marie O'Brien arrived", ["Anne-Marie O'Brien"]),
    ("José Álvarez and Łukasz Kowalski", ["José Álvarez", "Łukasz Kowalski"]),
    ("I talked to Priya Sharma and Wei Zhang", ["Priya Sharma", "Wei Zhang"]),
    ("Kwame and Chioma came; Min-jun stayed", ["Kwame", "Chioma", "Min-jun"]),
    ("Maria's book", ["Maria"]),  # the possessive stays outside the span
    ("My name is Zbigniew Brzezinski.", ["Zbigniew Brzezinski"]),
    ("my name is john", ["john"]),
    ("Her name is June.", ["June"]),  # a month, but the cue says otherwise
    ("Name: Oluwaseun Adeyemi", ["Oluwaseun Adeyemi"]),
    ("From: Xiomara Quispe <x@example.com>", ["Xiomara Quispe"]),
    ("Dear Grace,", ["Grace"]),
    ("Dear Mr. Okafor, thanks", ["Okafor"]),  # the title stays outside the span
    ("Hi Will, can you help?", ["Will"]),
    ("Hi Zbigniew!", ["Zbigniew"]),
    ("Thanks,\nSarah", ["Sarah"]),
    ("Best regards,\nXiomara Quispe", ["Xiomara Quispe"]),
    ("Grace said no.", ["Grace"]),
    ("Will's car is red.", ["Will"]),
    ("ask Grant about it", ["Grant"]),
    ("my wife Rose is here", ["Rose"]),
    ("I'm Zbigniew Brzezinski", ["Zbigniew Brzezinski"]),
    ("This is Nomvula Dlamini speaking", ["Nomvula Dlamini"]),
    ("Will Maria come?", ["Maria"]),  # "Will" is refused, "Maria" still found
    ("Mr. Brzezinski called. Later Brzezinski agreed.", ["Brzezinski", "Brzezinski"]),
    ("Siobhán will call.", ["Siobhán"]),  # the list spells it without the accent
    ("Dani is coming over", ["Dani"]),
    ("dinner with Max tonight", ["Max"]),
    ("Helen Park joined the call", ["Helen Park"]),  # "Park" is a surname here
    ('From: "Grace Liu" <grace.liu@example.com>', ["Grace Liu"]),
    ("Hi Grace Liu <gl@example.com>", ["Grace Liu"]),
    ("Yuto Tanaka <yuto.tanaka@example.jp>", ["Yuto Tanaka"]),  # both words in the address
    ("Thanks!\nHiro Tanaka\nSenior Engineer", ["Hiro Tanaka"]),
    ("- Yuto Tanaka\n- Wei Zhang", ["Yuto Tanaka", "Wei Zhang"]),  # list items
    ("Anna-Lena Schmitt wrote", ["Anna-Lena Schmitt"]),
    ("J. de Vries and A. van der Berg", ["J. de Vries", "A. van der Berg"]),
    ("Leo is my brother", ["Leo"]),
]


@pytest.mark.parametrize(("text", "want"), PERSONS)
def test_person_is_found_exactly(text: str, want: list[str]) -> None:
    assert names_in(text) == want


NOT_PERSONS = [
    "Will you send it?",  # a verb at the start of a question
    "May I ask?",
    "The meeting is in May.",
    "See you on Monday or in August.",
    "Mark the task as done.",
    "Grant access to the bucket.",
    "Hope this helps!",
    "We use Ruby on Rails and Julia.",  # products named like people
    "Hey Siri, play music",
    "Ask Claude or Alexa.",
    "Hello World!",
    "Dear Sir or Madam,",
    "Dear Hiring Manager,",
    "Hi Team, thanks All",
    "I'm Canadian.",
    "I'm Looking Forward to it",
    "Hello Kitty bags",
    "Contact maria.garcia@example.com",
    "cc: J.Smith+newsletter@mail.example.co.uk",
    "Maria.objects.filter(id=1); maria_garcia = 2",
    "https://example.com/Maria/profile",
    "in San Diego today, by the Jordan river",
    "Johns Hopkins University and Victoria Station",
    "Berlin: 0049 30 1234567",
    "Visa 4111 1111 1111 1111 expires soon",
    "@dataclass(frozen=True) class Finding: entity: str",
    "The quick brown fox jumps over the lazy dog.",
    "who painted the Mona Lisa",  # a title, not a person
    "call Café Fábrica",  # unknown words after "call" may be a business
    "name: Mapped[str] = mapped_column(String(64))",  # code, not a form field
    "MARIA GARCIA in capitals is left alone, as is camelCase MariaGarcia.",
    "I'm a Leo, so",  # star signs
    "my sign is Leo",
    "Leo season is here",
    "We walked in Hyde Park",
    "Helen Park Hotel",
    "Support Team <support@example.com>",
    "Acme Billing <billing@acme.com>",
    "Maruti Suzuki cars",  # a known surname but not a line of its own
    "Project Update\nNext Steps",
    "built with Ruby on Rails, shipped with Amber lights",
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_not_a_person(text: str) -> None:
    assert find_persons(text) == []


def test_name_lists_are_packaged_and_disjoint() -> None:
    first, ambiguous = first_names(), ambiguous_names()
    assert len(first) > 2500 and len(ambiguous) > 200
    assert not first & ambiguous
    listed = first | ambiguous
    assert not {name for name in listed if name.casefold() in STOPWORDS}
    assert not listed & MONTH_WORDS
    # Only romanised names with a lower-case part ("Min-jun") are not name-shaped.
    assert all(name_shaped(name) or "-" in name for name in listed)


def test_person_in_a_conversation_with_other_entities() -> None:
    text = "Hi, I'm Maria Garcia, born 12 March 1987; write to maria@example.com."
    findings = find_personal_data(text)
    assert [(f.entity, text[f.start : f.end]) for f in findings] == [
        ("PERSON", "Maria Garcia"),
        ("DOB", "12 March 1987"),
        ("EMAIL", "maria@example.com"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Meet at 12 Martin Luther King Blvd, Atlanta, GA 30303",
        "We are at Avenue Louise 54, 1050 Bruxelles.",
        "Karl Johans gate 22, 0159 Oslo",
    ],
)
def test_address_wins_over_a_name_inside_it(text: str) -> None:
    assert [f.entity for f in find_personal_data(text)] == ["ADDRESS"]


def test_a_name_after_a_street_word_is_a_street() -> None:
    assert find_persons("Avenue Louise is nice, so is Rue Victor Hugo") == []


def test_pseudonym_tags_follow_the_person() -> None:
    redactor = Redactor(mode="placeholder")
    out = redactor.redact("Dear Mr. Okafor, Maria Garcia wrote. Okafor replied to Maria Garcia.")
    assert out == "Dear Mr. <PERSON_1>, <PERSON_2> wrote. <PERSON_1> replied to <PERSON_2>."


def test_all_detectors_are_fast_on_ordinary_sentences() -> None:
    # ~100-character sentences, names and numbers in most; all detectors together
    # take ~0.3 s for 1,000 on a laptop core: the bound only catches a pathological slowdown.
    sentences = [
        f"Hi Maria, meet Zbigniew at {n} Baker Street on 2024-05-{n % 28 + 1:02d}, "
        f"ask Will; v2.{n}.0 ships"
        for n in range(1000)
    ]
    start = time.perf_counter()
    for sentence in sentences:
        find_personal_data(sentence)
    assert time.perf_counter() - start < 5.0
