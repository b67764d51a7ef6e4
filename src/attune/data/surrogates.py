"""Realistic stand-ins for personal data (the `pseudonym` redaction mode).

Each stand-in is of the same kind as the value it replaces and is chosen from ranges set
aside for examples, so it can never be anyone's real data: e-mail under `example.com`
(RFC 2606), phone numbers in the fictional 555-01xx block, cards with the 4000 test
prefix, IBANs of the reserved test bank code, addresses of documentation (192.0.2.0/24,
2001:db8::/32, RFC 5737 / 3849), SSNs with area 9xx (never issued). A number keeps
stand-ins apart; the seeded generator only varies names and dates.
"""

from __future__ import annotations

import random
import string

from attune.data.privacy_patterns import luhn_ok

FIRST_NAMES = (
    "Alex", "Sam", "Jordan", "Robin", "Casey", "Morgan", "Riley", "Jamie", "Avery", "Quinn",
    "Taylor", "Charlie", "Rowan", "Emery", "Sasha", "Noor", "Kai", "Luca", "Mira", "Ines",
)  # fmt: skip
LAST_NAMES = (
    "Morgan", "Ellis", "Hayes", "Brook", "Reyes", "Novak", "Lindqvist", "Okafor", "Silva",
    "Tanaka", "Moreau", "Kovacs", "Haddad", "Fischer", "Rossi", "Nguyen", "Park", "Dubois",
)  # fmt: skip
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
STREETS = ("Example Street", "Sample Road", "Placeholder Avenue", "Demo Lane", "Test Way")


def surrogate_value(entity: str, value: str, number: int, rng: random.Random) -> str:
    """A stand-in for `value` of kind `entity`; `number` (1, 2, …) keeps distinct values
    distinct."""
    if entity == "EMAIL":
        return f"{name_for(number).lower().replace(' ', '.')}@example.com"
    if entity == "PHONE":
        return f"+1 202-555-{100 + number % 100:04d}"
    if entity == "CARD":
        return card_for(number)
    if entity == "IBAN":
        return iban_for(number)
    if entity == "IP":
        return f"2001:db8::{number:x}" if ":" in value else f"192.0.2.{number % 254 + 1}"
    if entity == "SSN":
        return f"9{number % 100:02d}-55-{1000 + number % 9000:04d}"
    if entity == "DOB":
        return f"{rng.randint(1, 28)} {rng.choice(MONTHS)} {rng.randint(1950, 2005)}"
    if entity == "ADDRESS":
        return f"{number} {STREETS[number % len(STREETS)]}, Springfield"
    if entity == "PERSON":
        return name_for(number) if " " in value.strip() else FIRST_NAMES[number % 20]
    # URL_SECRET, API_KEY and anything newer: random characters, same length, no meaning.
    alphabet = string.ascii_letters + string.digits
    return "".join(rng.choice(alphabet) for _ in range(max(8, len(value))))


def name_for(number: int) -> str:
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    return f"{first} {last}"


def luhn_digit(payload: str) -> str:
    """The check digit that makes `payload + digit` pass Luhn (exactly one of ten does)."""
    return next(digit for digit in "0123456789" if luhn_ok(payload + digit))


def card_for(number: int) -> str:
    payload = f"4000{number:011d}"
    digits = payload + luhn_digit(payload)
    return " ".join(digits[i : i + 4] for i in range(0, 16, 4))


def iban_for(number: int) -> str:
    """A GB IBAN of the test bank code TEST with correct mod-97 check digits."""
    bban = f"TEST{number % 10**14:014d}"
    numeric = "".join(str(int(ch, 36)) for ch in bban + "GB00")
    check = 98 - int(numeric) % 97
    compact = f"GB{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
