"""Write `personal_data_final.jsonl`: the final, blind check of personal-data detection.

Written without reading attune's detectors, their tests or the three earlier sets, with
different sentences: chat, e-mails, forms, logs, CSV / JSON / YAML, tickets and SMS in
several languages, concentrated on the six target entities (PHONE, SSN, EMAIL, CARD, IBAN,
IP), plus hard negatives that look like them and are not (order, tracking and part numbers,
versions, dates, prices, ISBNs, UUIDs, hashes, numbers failing Luhn or mod-97, SSN-shaped
numbers outside the valid ranges, routing numbers, zip+4, ...).

Each record in `RECORDS` starts with a line `@pos` or `@neg <what it is>`; its text follows
(a backslash at a line's end joins the next line with no newline). In the text:

- `[[ENTITY|value]]` marks a value written by hand (e-mails, names, addresses, secrets);
- `⟦ENTITY ...⟧` is a value generated here, valid in the real world and then marked:
  `⟦PHONE <region> <M|F> <style>⟧` (valid per `phonenumbers.is_valid_number`, typed in one
  of `PHONE_STYLES`), `⟦SSN <style>⟧` (area 001-899 but 666, group 01-99, serial
  0001-9999), `⟦CARD <brand> <style>⟧` (Luhn, real prefixes and lengths), `⟦IBAN <country>
  <style>⟧` (mod-97, the country's length), `⟦IP v4|v6|v6full|v6upper⟧` (public), `⟦APIKEY
  <vendor>⟧`;
- `⟦neg ...⟧` is a generated look-alike left unmarked (see `NEGATIVES`).

Every span is checked against its text and its validity; outside the spans no e-mail,
Luhn-valid 13-19 digit run, mod-97-valid IBAN, public IP or in-range dashed SSN may remain
(so nothing true is left unlabelled). Fixed seed: the output is the same on every run.

    python benchmarks/final/make_personal_data_final.py
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import random
import re
import string
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

OUT = Path(__file__).resolve().parent / "personal_data_final.jsonl"
SEED = 4_2024_0611
ENTITIES = (
    "URL_SECRET",
    "API_KEY",
    "IBAN",
    "CARD",
    "SSN",
    "DOB",
    "EMAIL",
    "IP",
    "PHONE",
    "ADDRESS",
    "PERSON",
)
MINIMUM_TEXTS = {"PHONE": 70, "SSN": 70, "EMAIL": 40, "CARD": 40, "IBAN": 40, "IP": 40}
MINIMUM_TEXTS |= dict.fromkeys(("URL_SECRET", "API_KEY", "DOB", "ADDRESS", "PERSON"), 5)
MINIMUM_NEGATIVES, MINIMUM_RECORDS, MINIMUM_PHONE_REGIONS = 130, 450, 30
NBSP, NNBSP = "\u00a0", "\u202f"

rng = random.Random(SEED)
used: set[str] = set()  # every generated value, so none repeats
phone_regions: dict[str, str] = {}  # typed phone -> region it was parsed with
phone_countries: dict[str, str] = {}  # typed phone -> its country


def fresh(make: Callable[[], str]) -> str:
    """A value from `make` not generated before."""
    for _ in range(10_000):
        value = make()
        if value not in used:
            used.add(value)
            return value
    raise RuntimeError("no fresh value")


def digits(n: int, first: str = "123456789") -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


# --- phones ---------------------------------------------------------------------------------

NANP = {"US", "CA"}
KINDS = {"M": PhoneNumberType.MOBILE, "F": PhoneNumberType.FIXED_LINE}
PHONE_STYLES = (
    "e164",  # +4915123456789
    "intl",  # +49 1512 3456789 (phonenumbers' international grouping)
    "intl00",  # 0049 1512 3456789
    "intldash",  # +49-1512-3456789
    "intldot",  # +33.6.12.34.56.78
    "intlnbsp",  # international, narrow no-break spaces
    "intl0",  # +44 (0)20 7946 0958
    "intlparen",  # +1 (415) 555-0132
    "nat",  # the country's national grouping
    "nsn",  # national significant number, no trunk prefix, no separators
    "natcompact",  # national with its trunk prefix, no separators
    "natdot",  # 06.12.34.56.78
    "natdash",  # 06-12-34-56-78
    "natslash",  # 030/1234567
    "natnbsp",  # national, no-break spaces
)


def random_number(region: str, kind: str) -> phonenumbers.PhoneNumber:
    """A valid number of `kind` in `region`: the example number's lead, random digits after."""
    wanted = {KINDS[kind], PhoneNumberType.FIXED_LINE_OR_MOBILE}
    example = phonenumbers.example_number_for_type(region, KINDS[kind])
    nsn = phonenumbers.national_significant_number(example)
    for attempt in range(20_000):
        keep = 0 if region in NANP else min(len(nsn) - 5, 2 + attempt // 5_000)
        candidate = nsn[:keep] + digits(len(nsn) - keep)  # no subscriber part starts with 0
        if region in NANP and candidate[3:6] == "555":
            continue  # fictional exchange
        number = phonenumbers.parse("+" + str(example.country_code) + candidate)
        if (
            phonenumbers.region_code_for_number(number) == region
            and phonenumbers.is_valid_number(number)
            and phonenumbers.number_type(number) in wanted
        ):
            return number
    raise RuntimeError(f"no valid {kind} number for {region}")


def type_phone(number: phonenumbers.PhoneNumber, style: str) -> str:
    """`number` the way a person types it in `style`."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    bare = re.sub(r"[()]", "", nat)
    cc = str(number.country_code)
    head, _, rest = bare.partition(" ")
    styles = {
        "e164": lambda: phonenumbers.format_number(number, PhoneNumberFormat.E164),
        "intl": lambda: intl,
        "intl00": lambda: "00" + intl[1:],
        "intldash": lambda: re.sub(r"[ -]+", "-", intl),
        "intldot": lambda: re.sub(r"[ -]+", ".", intl),
        "intlnbsp": lambda: intl.replace(" ", NNBSP),
        "intl0": lambda: f"+{cc} (0)" + intl[len(cc) + 2 :],
        "intlparen": lambda: f"+{cc} {nat}",
        "nat": lambda: nat,
        "nsn": lambda: phonenumbers.national_significant_number(number),
        "natcompact": lambda: re.sub(r"\D", "", nat),
        "natdot": lambda: re.sub(r"[ -]+", ".", bare),
        "natdash": lambda: re.sub(r"[ -]+", "-", bare),
        "natslash": lambda: head + "/" + re.sub(r"[ -]", "", rest),
        "natnbsp": lambda: nat.replace(" ", NBSP),
    }
    return styles[style]()


def make_phone(region: str, kind: str, style: str) -> str:
    number = random_number(region, kind)
    typed = type_phone(number, style)
    if typed in used:
        return make_phone(region, kind, style)
    used.add(typed)
    parse_region = "DE" if style == "intl00" else region
    phone_regions[typed], phone_countries[typed] = parse_region, region
    check_phone(typed, parse_region, number)
    return typed


def check_phone(typed: str, region: str, number: phonenumbers.PhoneNumber | None = None) -> None:
    parsed = phonenumbers.parse(typed.replace(NBSP, " ").replace(NNBSP, " "), region)
    e164 = phonenumbers.format_number(parsed, PhoneNumberFormat.E164)
    if not phonenumbers.is_valid_number(parsed) or (
        number is not None and e164 != phonenumbers.format_number(number, PhoneNumberFormat.E164)
    ):
        raise ValueError(f"phone {typed!r} ({region}) does not read back as a valid number")


# --- SSNs, cards, IBANs, IPs, keys ----------------------------------------------------------


def ssn_in_range(area: int, group: int, serial: int) -> bool:
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def make_ssn(style: str) -> str:
    def make() -> str:
        area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if area == 666 or f"{area:03}{group:02}{serial:04}" in ("078051120", "219099999"):
            return make()
        return join_ssn(f"{area:03}", f"{group:02}", f"{serial:04}", style)

    return fresh(make)


def join_ssn(area: str, group: str, serial: str, style: str) -> str:
    sep = {"dash": "-", "space": " ", "plain": "", "dot": "."}[style]
    return sep.join((area, group, serial))


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def luhn_digit(partial: str) -> str:
    return next(d for d in string.digits if luhn_ok(partial + d))


CARD_BRANDS: dict[str, tuple[list[str], int]] = {
    "visa": (["4"], 16),
    "mc": (["51", "52", "53", "54", "55"], 16),
    "mc2": ([str(p) for p in range(2221, 2721)], 16),
    "amex": (["34", "37"], 15),
    "discover": (["6011", "65", *map(str, range(644, 650))], 16),
    "diners": (["36", "38", *map(str, range(300, 306))], 14),
    "jcb": ([str(p) for p in range(3528, 3590)], 16),
    "unionpay": (["62"], 16),
    "unionpay19": (["62"], 19),
    "maestro": (["5018", "5020", "6304", "6759"], 16),
}
CARD_GROUPS = {13: (4, 4, 5), 14: (4, 6, 4), 15: (4, 6, 5), 16: (4, 4, 4, 4), 19: (4, 4, 4, 4, 3)}


def group_digits(number: str, groups: tuple[int, ...], sep: str) -> str:
    parts, at = [], 0
    for size in groups:
        parts.append(number[at : at + size])
        at += size
    return sep.join(parts)


def make_card(brand: str, style: str) -> str:
    prefixes, length = CARD_BRANDS[brand]

    def make() -> str:
        prefix = rng.choice(prefixes)
        partial = prefix + digits(length - 1 - len(prefix), string.digits)
        return partial + luhn_digit(partial)

    number = fresh(make)
    sep = {"space": " ", "dash": "-", "plain": "", "nbsp": NBSP}[style]
    return group_digits(number, CARD_GROUPS[length], sep) if sep else number


# country: the BBAN as (kind, count) runs, n digits, a capitals, c capitals or digits
IBAN_FORMATS: dict[str, tuple[tuple[str, int], ...]] = {
    "DE": (("n", 18),),
    "FR": (("n", 23),),
    "GB": (("bank", 4), ("n", 14)),
    "IE": (("bank", 4), ("n", 14)),
    "ES": (("n", 20),),
    "IT": (("a", 1), ("n", 22)),
    "NL": (("bank", 4), ("n", 10)),
    "BE": (("n", 12),),
    "CH": (("n", 17),),
    "AT": (("n", 16),),
    "PL": (("n", 24),),
    "PT": (("n", 21),),
    "SE": (("n", 20),),
    "NO": (("n", 11),),
    "DK": (("n", 14),),
    "FI": (("n", 14),),
    "LU": (("n", 16),),
    "CZ": (("n", 20),),
    "SK": (("n", 20),),
    "HU": (("n", 24),),
    "RO": (("bank", 4), ("c", 16)),
    "HR": (("n", 17),),
    "SI": (("n", 15),),
    "LT": (("n", 16),),
    "LV": (("bank", 4), ("n", 13)),
    "EE": (("n", 16),),
    "GR": (("n", 23),),
    "BG": (("bank", 4), ("n", 14)),
    "MT": (("bank", 4), ("n", 5), ("c", 18)),
    "CY": (("n", 24),),
    "IS": (("n", 22),),
    "TR": (("n", 5), ("zero", 1), ("n", 16)),
    "SA": (("n", 20),),
    "AE": (("n", 19),),
}
IBAN_LENGTHS = {country: 4 + sum(n for _, n in runs) for country, runs in IBAN_FORMATS.items()}
BANK_CODES = {
    "GB": ["BARC", "NWBK", "LOYD", "HBUK", "MIDL", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB", "BUNQ"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB"],
    "LV": ["HABA", "UNLA", "PARX"],
    "BG": ["BNBG", "UNCR", "STSA"],
    "MT": ["MALT", "VALL", "APSB"],
}


def iban_numeric(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").replace(NBSP, "").upper()
    country = compact[:2]
    return (
        IBAN_LENGTHS.get(country) == len(compact)
        and compact[2:4].isdigit()
        and iban_numeric(compact[4:] + compact[:4]) % 97 == 1
    )


def bban_for(country: str) -> str:
    parts = []
    for kind, count in IBAN_FORMATS[country]:
        alphabet = {"n": string.digits, "a": string.ascii_uppercase, "zero": "0"}.get(
            kind, string.digits * 3 + string.ascii_uppercase
        )
        if kind == "bank":
            parts.append(rng.choice(BANK_CODES[country]))
        else:
            parts.append("".join(rng.choice(alphabet) for _ in range(count)))
    bban = "".join(parts)
    if country == "DE":  # German bank codes start with 1-8
        bban = rng.choice("12345678") + bban[1:]
    if country == "FR":  # the RIB key: 97 - (89 bank + 15 branch + 3 account) mod 97
        bank, branch, account = int(bban[:5]), int(bban[5:10]), int(bban[10:21])
        bban = bban[:21] + f"{97 - (89 * bank + 15 * branch + 3 * account) % 97:02}"
    if country == "BE":  # the national check: first ten digits mod 97 (97 for 0)
        bban = bban[:10] + f"{int(bban[:10]) % 97 or 97:02}"
    return bban


def iban_check(country: str, bban: str) -> str:
    return f"{98 - iban_numeric(bban + country + '00') % 97:02}"


def format_iban(compact: str, style: str) -> str:
    if style == "compact":
        return compact
    if style == "lower":
        return compact.lower()
    paper = " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return paper.replace(" ", NBSP) if style == "nbsp" else paper


def make_iban(country: str, style: str) -> str:
    def make() -> str:
        bban = bban_for(country)
        return country + iban_check(country, bban) + bban

    return format_iban(fresh(make), style)


V6_PREFIXES = (
    "2a00:1450",
    "2001:4860",
    "2606:4700",
    "2a02:8108",
    "2a01:4f8",
    "2600:1f18",
    "2405:200",
    "2c0f:fb50",
    "2804:14c",
    "2a03:2880",
    "2001:67c",
    "2a0a:a540",
    "2604:a880",
    "2400:cb00",
)


def public(address: str) -> bool:
    ip = ipaddress.ip_address(address)
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_loopback)


def make_ip(kind: str) -> str:
    def v4() -> str:
        octets = [rng.randint(1, 223), *(rng.randint(0, 255) for _ in "ab"), rng.randint(1, 254)]
        address = ".".join(map(str, octets))
        return address if public(address) else v4()

    def v6() -> ipaddress.IPv6Address:
        tail = [rng.choice((0, 0, rng.randint(1, 0xFFFF))) for _ in range(4)]
        tail += [rng.randint(1, 0xFFFF) for _ in range(2)]
        text = rng.choice(V6_PREFIXES) + ":" + ":".join(f"{h:x}" for h in tail)
        return ipaddress.IPv6Address(text)

    makers: dict[str, Callable[[], str]] = {
        "v4": v4,
        "v6": lambda: v6().compressed,
        "v6full": lambda: v6().exploded,
        "v6upper": lambda: v6().compressed.upper(),
    }
    return fresh(makers[kind])


ALNUM = string.ascii_letters + string.digits


def chars(n: int, alphabet: str = ALNUM) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def jwt() -> str:
    head = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    return f"{head}.eyJ{chars(rng.randint(60, 90))}.{chars(43, ALNUM + '-_')}"


API_KEYS: dict[str, Callable[[], str]] = {
    "stripe": lambda: "sk_live_" + chars(24),
    "stripepub": lambda: "pk_live_" + chars(24),
    "github": lambda: "ghp_" + chars(36),
    "aws": lambda: "AKIA" + chars(16, string.ascii_uppercase + "234567"),
    "awssecret": lambda: chars(40, ALNUM + "/+"),
    "slack": lambda: f"xoxb-{digits(12)}-{digits(13)}-{chars(24)}",
    "sendgrid": lambda: f"SG.{chars(22, ALNUM + '-_')}.{chars(43, ALNUM + '-_')}",
    "openai": lambda: "sk-proj-" + chars(48),
    "google": lambda: "AIza" + chars(35, ALNUM + "-_"),
    "jwt": jwt,
}


# --- generated look-alikes for hard negatives -----------------------------------------------


def luhn_fail(n: int, first: str = "123456789") -> str:
    def make() -> str:
        number = digits(n, first)
        return make() if luhn_ok(number) else number

    return fresh(make)


def bad_iban(country: str, style: str) -> str:
    def make() -> str:
        bban = bban_for(country)
        good = iban_check(country, bban)
        wrong = rng.choice([f"{c:02}" for c in range(100) if f"{c:02}" != good])
        return country + wrong + bban

    return format_iban(fresh(make), style)


def bad_ssn(kind: str, style: str) -> str:
    area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    area = 1 if area == 666 else area
    if kind == "area000":
        area = 0
    elif kind == "area666":
        area = 666
    elif kind == "area9xx":  # 9xx with a group outside the ITIN ranges
        area, group = rng.randint(900, 999), rng.randint(1, 49)
    elif kind == "group00":
        group = 0
    elif kind == "serial0000":
        serial = 0
    assert not ssn_in_range(area, group, serial)
    return fresh(lambda: join_ssn(f"{area:03}", f"{group:02}", f"{serial:04}", style))


def aba_routing() -> str:
    def make() -> str:
        lead = rng.choice([f"{p:02}" for p in (*range(1, 13), *range(21, 33))])
        body = lead + digits(6, string.digits)
        weights = (3, 7, 1, 3, 7, 1, 3, 7)
        check = (10 - sum(int(d) * w for d, w in zip(body, weights, strict=True)) % 10) % 10
        return body + str(check)

    return fresh(make)


def isbn13() -> str:
    def make() -> str:
        body = "978" + rng.choice("0123") + digits(8, string.digits)
        check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        number = body + str(check)
        if luhn_ok(number):
            return make()
        return f"{number[:3]}-{number[3]}-{number[4:8]}-{number[8:12]}-{number[12]}"

    return fresh(make)


def isbn10() -> str:
    def make() -> str:
        body = rng.choice("0123") + digits(8, string.digits)
        check = (11 - sum(int(d) * (10 - i) for i, d in enumerate(body)) % 11) % 11
        return f"{body[0]}-{body[1:5]}-{body[5:9]}-" + ("X" if check == 10 else str(check))

    return fresh(make)


def ean13() -> str:
    def make() -> str:
        body = rng.choice(("400", "401", "300", "590", "841", "871")) + digits(9, string.digits)
        check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
        number = body + str(check)
        return make() if luhn_ok(number) else number

    return fresh(make)


def rf_reference() -> str:
    def make() -> str:
        ref = digits(rng.randint(9, 15))
        check = 98 - iban_numeric(ref + "RF00") % 97
        compact = f"RF{check:02}{ref}"
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))

    return fresh(make)


def hex_chars(n: int) -> str:
    return chars(n, "0123456789abcdef")


NEGATIVES: dict[str, Callable[..., str]] = {
    "luhnfail": lambda n, style="plain", first="123456789": group_digits(
        luhn_fail(int(n), first),
        (4,) * (int(n) // 4) + ((int(n) % 4,) if int(n) % 4 else ()),
        {"plain": "", "space4": " ", "dash4": "-"}[style],
    ),
    "digits": lambda n: luhn_fail(int(n)) if 13 <= int(n) <= 19 else fresh(lambda: digits(int(n))),
    "badiban": bad_iban,
    "badssn": lambda kind, style="dash": bad_ssn(kind, style),
    "routing": aba_routing,
    "zip4": lambda: fresh(lambda: f"{digits(5)}-{digits(4, string.digits)}"),
    "isbn13": isbn13,
    "isbn10": isbn10,
    "ean13": ean13,
    "rf": rf_reference,
    "uuid": lambda: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
    "sha1": lambda: hex_chars(40),
    "sha7": lambda: hex_chars(7),
    "sha256": lambda: hashlib.sha256(chars(20).encode()).hexdigest(),
    "md5": lambda: hashlib.md5(chars(20).encode()).hexdigest(),
    "epoch": lambda: str(rng.randint(1_600_000_000, 1_750_000_000)),
    "epochms": lambda: luhn_fail(13, "1"),
}

GENERATORS: dict[str, Callable[..., str]] = {
    "PHONE": make_phone,
    "SSN": make_ssn,
    "CARD": make_card,
    "IBAN": make_iban,
    "IP": make_ip,
    "APIKEY": lambda vendor: fresh(API_KEYS[vendor]),
}


def pattern(template: str) -> str:
    """`#` a digit, `@` a capital, `%` a hex digit, `_` a space; 13-19 digits fail Luhn."""
    fill = {"#": string.digits, "@": string.ascii_uppercase, "%": "0123456789abcdef"}

    def make() -> str:
        text = "".join(rng.choice(fill[ch]) if ch in fill else ch for ch in template)
        text = text.replace("_", " ")
        run = re.sub(r"\D", "", text)
        return make() if 13 <= len(run) <= 19 and luhn_ok(run) else text

    return fresh(make)


NEGATIVES["pattern"] = pattern


# --- records --------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"⟦([^⟦⟧]+)⟧")
MARK = re.compile(r"\[\[([A-Z_]+)\|(.+?)\]\]", re.S)
EMAIL_SHAPE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")


def expand(text: str) -> str:
    """Generated values in: entities as `[[ENTITY|value]]`, look-alikes as plain text."""

    def one(match: re.Match[str]) -> str:
        name, *args = match.group(1).split()
        if name == "neg":
            return NEGATIVES[args[0]](*args[1:])
        entity = "API_KEY" if name == "APIKEY" else name
        return f"[[{entity}|{GENERATORS[name](*args)}]]"

    return PLACEHOLDER.sub(one, text)


def unmark(text: str) -> tuple[str, list[dict[str, int | str]]]:
    """The plain text and its spans, from `[[ENTITY|value]]` markup."""
    parts: list[str] = []
    spans: list[dict[str, int | str]] = []
    at = length = 0
    for match in MARK.finditer(text):
        parts.append(text[at : match.start()])
        length += match.start() - at
        entity, value = match.groups()
        spans.append({"entity": entity, "start": length, "end": length + len(value)})
        parts.append(value)
        length += len(value)
        at = match.end()
    parts.append(text[at:])
    return "".join(parts), spans


def valid(entity: str, value: str) -> bool:
    bare = re.sub(r"\D", "", value)
    if entity == "PHONE":
        check_phone(value, phone_regions[value])  # generated phones only
        return True
    if entity == "SSN":
        return len(bare) == 9 and ssn_in_range(int(bare[:3]), int(bare[3:5]), int(bare[5:]))
    if entity == "CARD":
        brands = [b for b, (prefixes, n) in CARD_BRANDS.items() if len(bare) == n]
        prefixes = [p for b in brands for p in CARD_BRANDS[b][0]]
        return luhn_ok(bare) and any(bare.startswith(p) for p in prefixes)
    if entity == "IBAN":
        return iban_ok(value)
    if entity == "IP":
        return public(value)
    if entity == "EMAIL":
        return EMAIL_SHAPE.fullmatch(value) is not None
    return entity in ENTITIES and value == value.strip() and bool(value)


def strays(text: str) -> list[str]:
    """Personal data left outside the spans (`text` has its spans blanked out)."""
    found = [m.group() for m in EMAIL_SHAPE.finditer(text)]
    for m in re.finditer(r"(?<![A-Za-z0-9])\d(?:[ \-\u00a0]?\d)*(?![A-Za-z])", text):
        run = re.sub(r"\D", "", m.group())
        if 13 <= len(run) <= 19 and luhn_ok(run) and run.strip("0"):
            found.append(m.group())
    for m in re.finditer(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])", text):
        if ssn_in_range(int(m.group(1)), int(m.group(3)), int(m.group(4))):
            found.append(m.group())
    for m in re.finditer(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){8,30}", text):
        compact = m.group().replace(" ", "")
        length = IBAN_LENGTHS.get(compact[:2], 0)
        if length and len(compact) >= length and iban_ok(compact[:length]):
            found.append(m.group())
    ip_shape = r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)|[0-9A-Fa-f]*:[0-9A-Fa-f:]+"
    for m in re.finditer(ip_shape, text):
        try:
            if public(m.group()):
                found.append(m.group())
        except ValueError:
            pass
    return found


def build(kind: str, note: str, body: str) -> dict[str, object]:
    specs = [m.group(1) for m in PLACEHOLDER.finditer(body) if not m.group(1).startswith("neg")]
    text, spans = unmark(expand(body))
    if "[[" in text or "⟦" in text:
        raise ValueError(f"unexpanded markup in {text!r}")
    blank = list(text)
    for span in spans:
        value = text[span["start"] : span["end"]]  # type: ignore[misc]
        if not valid(str(span["entity"]), value):
            raise ValueError(f"invalid {span['entity']} {value!r} in {text!r}")
        blank[span["start"] : span["end"]] = "§" * len(value)  # type: ignore[misc]
    left = strays("".join(blank))
    if left or (kind == "positive") != bool(spans):
        raise ValueError(f"{kind} text with stray or missing data {left}: {text!r}")
    row: dict[str, object] = {"text": text, "spans": spans, "kind": kind}
    if note or specs:
        row["note"] = note or ", ".join(specs)
    return row


def parse_records(source: str) -> list[tuple[str, str, str]]:
    """(kind, note, body) per `@pos` / `@neg <note>` record."""
    records: list[tuple[str, str, list[str]]] = []
    for line in source.splitlines():
        if line.startswith("@pos") or line.startswith("@neg"):
            kind = "positive" if line.startswith("@pos") else "hard_negative"
            records.append((kind, line[4:].strip(), []))
        elif records:
            records[-1][2].append(line)
        elif line.strip():
            raise ValueError(f"text before the first record: {line!r}")
    return [(kind, note, "\n".join(lines).strip("\n")) for kind, note, lines in records]


def check_counts(rows: list[dict[str, object]]) -> Counter[str]:
    texts: Counter[str] = Counter()
    for row in rows:
        texts.update({str(s["entity"]) for s in row["spans"]})  # type: ignore[attr-defined]
    short = {e: (texts[e], n) for e, n in MINIMUM_TEXTS.items() if texts[e] < n}
    negatives = sum(row["kind"] == "hard_negative" for row in rows)
    regions = set(phone_countries.values())
    if short or negatives < MINIMUM_NEGATIVES or len(rows) < MINIMUM_RECORDS:
        raise ValueError(f"too few: {short}, {negatives} negatives, {len(rows)} texts")
    if len(regions) < MINIMUM_PHONE_REGIONS:
        raise ValueError(f"phones from only {len(regions)} countries")
    return texts


def main() -> None:
    rows = [build(kind, note, body) for kind, note, body in parse_records(RECORDS)]
    texts = [row["text"] for row in rows]
    duplicates = [t for t, n in Counter(texts).items() if n > 1]
    if duplicates:
        raise ValueError(f"duplicate texts: {duplicates}")
    per_entity = check_counts(rows)
    spans = Counter(str(s["entity"]) for row in rows for s in row["spans"])  # type: ignore[attr-defined]
    lines = [json.dumps(row, ensure_ascii=False) for row in rows]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    negatives = sum(row["kind"] == "hard_negative" for row in rows)
    print(f"wrote {OUT.name}: {len(rows)} texts, {negatives} hard negatives")
    for entity in ENTITIES:
        print(f"  {entity}: {per_entity[entity]} texts, {spans[entity]} spans")


# --- the texts ------------------------------------------------------------------------------

PHONE_RECORDS = """
@pos
hey, new number as of today: ⟦PHONE GB M nat⟧ — the old SIM got eaten by the washing machine
@pos
Could you call me back on ⟦PHONE GB F intl0⟧ after 3pm? I'm stuck in back-to-back calls until \
then.
@pos
ring me at ⟦PHONE US M natdash⟧ when ur outside, the buzzer's broken again
@pos
Callback requested by customer. Best number: ⟦PHONE US F nat⟧ (evenings only, not before 6).
@pos
Front desk moved to the 3rd floor — you can reach it at ⟦PHONE CA F natdot⟧ or ext. 2200 \
internally.
@pos
Hallo zusammen, bitte ruft mich unter ⟦PHONE DE M natslash⟧ zurück, ich bin heute im Homeoffice.
@pos
Musterbau GmbH
Tel.: ⟦PHONE DE F natslash⟧
Fax: ⟦PHONE DE F natslash⟧
Handelsregister HRB 48812, USt-IdNr. DE287441903
@pos
Viele Grüße aus dem Vertrieb
Mobil ⟦PHONE DE M natcompact⟧
@pos
Erreichbar bin ich diese Woche unter ⟦PHONE AT M intl⟧ oder per Mail, was dir lieber ist.
@pos
Rückruf bitte an ⟦PHONE CH M nat⟧, merci vielmal!
@pos
Zentrale: ⟦PHONE CH F intl0⟧ | Öffnungszeiten Mo–Fr 08:00–17:30
@pos
Tu peux m'appeler au ⟦PHONE FR M natnbsp⟧ ce soir ? Je sors du boulot vers 19 h.
@pos
Portable : ⟦PHONE FR M natdot⟧ — laissez un message si je ne réponds pas.
@pos
Standard : ⟦PHONE FR F intl⟧ (du lundi au vendredi, 9 h – 18 h)
@pos
Bel me gerust op ⟦PHONE BE M nat⟧, ik ben er de hele dag.
@pos
Mijn nieuwe nummer is ⟦PHONE NL M natdash⟧, de oude mag je wissen.
@pos
bel ff ⟦PHONE NL M natcompact⟧ als je voor de deur staat
@pos
Kontakt fir Reservatiounen: ⟦PHONE LU M intl⟧
@pos
Llámame al ⟦PHONE ES M nat⟧ cuando salgas del trabajo y quedamos.
@pos
Datos de contacto — móvil ⟦PHONE ES M nsn⟧, horario de tarde.
@pos
Liga-me para o ⟦PHONE PT M nat⟧ quando chegares, por favor.
@pos
Chiamami al ⟦PHONE IT M nsn⟧ oppure scrivimi su WhatsApp, rispondo subito.
@pos
Tel. ufficio ⟦PHONE IT F nat⟧ (int. 214), chiedere dell'amministrazione.
@pos
Proszę o kontakt pod numerem ⟦PHONE PL M nat⟧ w godzinach 8–16.
@pos
tel. kom. ⟦PHONE PL M intl00⟧
@pos
Volejte na ⟦PHONE CZ M intl⟧, jsem k zastižení do 17:00.
@pos
Telefonický kontakt: ⟦PHONE SK M nat⟧
@pos
Ring mig på ⟦PHONE SE M nat⟧ så löser vi det innan fredag.
@pos
Ring meg på ⟦PHONE NO M nsn⟧ hvis pakken ikke kommer i morgen.
@pos
Ring på ⟦PHONE DK M nat⟧, hvis der er problemer med leveringen.
@pos
Soita numeroon ⟦PHONE FI M natdash⟧ niin sovitaan aika.
@pos
Τηλέφωνο επικοινωνίας: ⟦PHONE GR M nat⟧
@pos
Hívj a ⟦PHONE HU M intl⟧ számon, ha megérkeztél.
@pos
Mă poți suna la ⟦PHONE RO M nat⟧ după ora 18.
@pos
Beni ⟦PHONE TR M nat⟧ numarasından arayabilirsiniz.
@pos
Please whatsapp me on ⟦PHONE IN M intl⟧ for the invoice copy, email is too slow.
@pos
Contact no: ⟦PHONE IN M nsn⟧ (call after 11 am IST)
@pos
お問い合わせは ⟦PHONE JP F nat⟧ までお電話ください（平日10時〜17時）。
@pos
携帯: ⟦PHONE JP M nat⟧
@pos
我的手机号是⟦PHONE CN M nsn⟧，有事直接打给我。
@pos
연락처: ⟦PHONE KR M nat⟧ (문자 주세요)
@pos
Give us a bell on ⟦PHONE AU M nat⟧ if the courier doesn't show by 5.
@pos
Ph: ⟦PHONE AU F nat⟧   ABN 51 824 753 556
@pos
text me on ⟦PHONE NZ M nat⟧ when you land
@pos
Me chama no zap: ⟦PHONE BR M nat⟧
@pos
WhatsApp ⟦PHONE BR M e164⟧ — só mensagens, por favor.
@pos
Marca al ⟦PHONE MX M nat⟧ para agendar tu cita.
@pos
Celular: ⟦PHONE AR M intl⟧ (no tengo fijo)
@pos
Teléfono fijo: ⟦PHONE CL F intl⟧
@pos
Mi celular es el ⟦PHONE CO M nat⟧, escríbeme por WhatsApp.
@pos
Please phone ⟦PHONE ZA M nat⟧ to confirm the delivery slot.
@pos
Call/WhatsApp ⟦PHONE NG M nat⟧ for enquiries.
@pos
M-Pesa line for the deposit: ⟦PHONE KE M intl⟧
@pos
رقم الموبايل: ⟦PHONE EG M intl⟧
@pos
Appelez-moi au ⟦PHONE MA M nat⟧ pour la livraison.
@pos
My HP is ⟦PHONE SG M nsn⟧, just SMS if urgent.
@pos
Tel: ⟦PHONE HK F intl⟧  Office hours 9:30–18:00
@pos
Call me on ⟦PHONE AE M intl00⟧ once you're at the hotel lobby.
@pos
הטלפון שלי ⟦PHONE IL M nat⟧, תתקשר אחרי שש
@pos
Globe number ko: ⟦PHONE PH M natcompact⟧ — text mo lang ako.
@pos
โทร ⟦PHONE TH M natdash⟧ ได้ตลอดครับ
@pos
SĐT liên hệ: ⟦PHONE VN M natdot⟧
@pos
Nomor WA saya ⟦PHONE ID M natdash⟧, chat aja ya.
@pos
Call me at ⟦PHONE MY M nat⟧ if the parcel is damaged.
@pos
Мій номер: ⟦PHONE UA M intl⟧, дзвоніть після обіду.
@pos
Ring me on ⟦PHONE IE M nat⟧, I'm around all day tomorrow.
@pos
{"customer_id": 88213, "phone": "⟦PHONE US M e164⟧", "sms_opt_in": true, "created": "2024-04-02"}
@pos
id,phone,country
1042,⟦PHONE DE M e164⟧,DE
1043,⟦PHONE FR M e164⟧,FR
1044,⟦PHONE ES M e164⟧,ES
@pos
2024-05-14T09:12:44Z INFO sms.send to=⟦PHONE GB M e164⟧ template=otp_login status=queued
@pos
support:
  hotline: "⟦PHONE NL F intl⟧"
  hours: "09:00-17:00"
  languages: [nl, en]
@pos
Caller left a voicemail asking to be called back at ⟦PHONE US F natdot⟧; ref case 00418823.
@pos
tel ⟦PHONE US M nsn⟧ — that's my cell, the landline is disconnected
@pos
mobile ⟦PHONE GB M natcompact⟧
@pos
BEGIN:VCARD
VERSION:3.0
ORG:Atelier Nord
TEL;TYPE=CELL:⟦PHONE FR M e164⟧
TEL;TYPE=WORK:⟦PHONE FR F e164⟧
END:VCARD
@pos
<a class="btn" href="tel:⟦PHONE DE F e164⟧">Jetzt anrufen</a>
@pos
Call our New York office on ⟦PHONE US F intlparen⟧ — we're five hours behind you.
@pos
Toronto warehouse: ⟦PHONE CA F intldash⟧ (receiving dock, Mon–Fri)
@pos
Para cualquier consulta puede llamar al ⟦PHONE ES F intl⟧ o al móvil ⟦PHONE ES M nat⟧.
@pos
home ⟦PHONE AU F nat⟧, work ⟦PHONE AU F intl⟧ — try work first pls
@pos
Meeting moved to 14.06.2024 at 15:30. Dial in via ⟦PHONE CH F intl⟧, conference code 448213.
@pos
Telefon: ⟦PHONE DE F intlnbsp⟧
@pos
海外からは ⟦PHONE JP M intldash⟧ にかけてください。
@pos
ruf an: ⟦PHONE AT F natslash⟧, die Kanzlei ist ab 8 Uhr besetzt
@pos
Order 302-1187745-2290016 is out for delivery. The driver will call ⟦PHONE GB M intl⟧ on \
arrival.
@pos
Bel me op ⟦PHONE NL M intl00⟧ als je vragen hebt over de offerte.
@pos
Numer do biura: ⟦PHONE PL F intldash⟧
@pos
SMS til ⟦PHONE DK M e164⟧ med dit ordrenummer, så ringer vi tilbage.
@pos
Telefon: ⟦PHONE SE F intl⟧, växeln är öppen 8–16.
@pos
전화: ⟦PHONE KR M intl⟧
@pos
cep: ⟦PHONE TR M natcompact⟧ (sadece akşamları)
@pos
Κινητό: ⟦PHONE GR M intl00⟧
@pos
Mobil: ⟦PHONE HU M nat⟧
@pos
Puh. ⟦PHONE FI M intl⟧, vastaan arkisin.
@pos
Irish office: ⟦PHONE IE F nat⟧ — ask for accounts.
@pos
Telefon: ⟦PHONE RO M intl⟧
@pos
Telefono: ⟦PHONE IT M intl⟧ (anche WhatsApp)
@pos
{"contacto": {"telefono": "⟦PHONE MX M e164⟧", "preferencia": "whatsapp"}}
@pos
Tél. ⟦PHONE BE F intl0⟧ — bureau ouvert de 9 à 17 h.
@pos
Tél. : ⟦PHONE FR F intldot⟧
@pos
Telefone: ⟦PHONE PT F intl⟧
@pos
ph. ⟦PHONE NZ F nat⟧ (after hours leave a message)
@pos
Cell ⟦PHONE ZA M intl⟧ | Office ⟦PHONE ZA F nat⟧
@pos
Handy ⟦PHONE CH M natcompact⟧
@pos
Tel ⟦PHONE DE M intl0⟧ — gerne auch per Signal.
@pos
手机：⟦PHONE CN M intl⟧
@pos
[sms-gw] 2024-03-02 11:04:51 DELIVERED msisdn=⟦PHONE NG M e164⟧ id=7f3a9c21 parts=2
@pos
Llame al ⟦PHONE AR F nat⟧ de lunes a viernes.
@pos
Hotline ⟦PHONE SG F intl⟧ · 24/7
@pos
Office line ⟦PHONE IN F intl⟧
@pos
Call ⟦PHONE MY F nat⟧ for the service centre.
@pos
WhatsApp: ⟦PHONE IL M intl⟧
@pos
Số bàn: ⟦PHONE VN F nat⟧
@pos
Whatsapp aja ke ⟦PHONE ID M intl⟧
@pos
เบอร์ออฟฟิศ ⟦PHONE TH F intl⟧
@pos
Tawagan mo ako sa ⟦PHONE PH M intl⟧ pag nandito ka na.
@pos
тел. ⟦PHONE UA F nat⟧
@pos
Kontakt: ⟦PHONE CZ F nat⟧
@pos
Telefón do kancelárie ⟦PHONE SK F intl⟧
@pos
Kontor: ⟦PHONE NO F intl⟧
@pos
Festnetz ⟦PHONE AT F nat⟧, mobil ⟦PHONE AT M natslash⟧
@pos
Tel. ⟦PHONE LU F nat⟧
@pos
Fixo: ⟦PHONE BR F nat⟧
@pos
Tel. fijo ⟦PHONE CO F nat⟧
@pos
Teléfono: ⟦PHONE CL M nat⟧
@pos
Tél : ⟦PHONE MA F intl⟧
@pos
تليفون المكتب: ⟦PHONE EG F nat⟧
@pos
Office: ⟦PHONE KE F nat⟧
@pos
Tel: ⟦PHONE AE F nat⟧
@pos
WhatsApp ⟦PHONE HK M nsn⟧ for bookings
@pos
Lagos office ⟦PHONE NG F intl⟧
"""

SSN_RECORDS = """
@pos
New hire — payroll setup
Name: [[PERSON|Dana Whitfield]]
SSN: ⟦SSN dash⟧
DOB: [[DOB|04/17/1986]]
Home address: [[ADDRESS|1458 Maple Ridge Dr, Columbus, OH 43215]]
Start date: 2024-06-03
@pos
{"applicant": {"ssn": "⟦SSN dash⟧", "state": "OH", "requested_amount": 18000}}
@pos
{"ssn":"⟦SSN plain⟧","income":54000,"filing_status":"single"}
@pos
employee_id,ssn,hire_date
E-10442,⟦SSN dash⟧,2021-03-01
E-10443,⟦SSN dash⟧,2022-07-18
E-10447,⟦SSN plain⟧,2023-01-09
@pos
GET /api/v1/identity/verify?ssn=⟦SSN plain⟧&state=TX HTTP/1.1
@pos
my social is ⟦SSN dash⟧ if you need it for the background check
@pos
Social Security Number: ⟦SSN space⟧
@pos
Please update my record — SSN ⟦SSN plain⟧, the one on file has two digits swapped.
@pos
Form W-2, box a — Employee's social security number: ⟦SSN dash⟧
@pos
Mi número de seguro social es ⟦SSN dash⟧, por si lo necesitan para la solicitud.
@pos
<Applicant><SSN>⟦SSN plain⟧</SSN><State>NJ</State></Applicant>
@pos
> For payroll I still need your Social Security number. Reply here or call HR.

sure, it's ⟦SSN dash⟧. thanks!
@pos
ssn is ⟦SSN space⟧ lmk if u need anything else for the lease
@pos
Spouse SSN ⟦SSN dash⟧; dependent (born 2016) SSN ⟦SSN dash⟧. Both go on the 1040.
@pos
WARN payroll.import row=17 field=ssn value=⟦SSN plain⟧ reason=duplicate_employee
@pos
INSERT INTO patients (mrn, ssn, state) VALUES ('MRN-448120', '⟦SSN dash⟧', 'NY');
@pos
borrower:
  ssn: "⟦SSN dash⟧"
  loan_amount: 240000
  term_months: 360
@pos
Agent: For verification, what's your Social Security number?
Customer: ⟦SSN space⟧
Agent: Thank you, one moment please.
@pos
SS# ⟦SSN dash⟧
@pos
Soc. Sec. No. ⟦SSN space⟧
@pos
SSN/TIN: ⟦SSN dash⟧ (individual)
@pos
Insurance: member ID XJH448812093, group 00412. Patient SSN ⟦SSN dash⟧.
@pos
The IRS notice lists ⟦SSN dash⟧ as the taxpayer's number, which matches my card.
@pos
Applicant SSN: ⟦SSN plain⟧   Annual income: $72,500   Employer: Hartwell Logistics
@pos
Background check request — candidate [[PERSON|Marcus Oyelaran]], SSN ⟦SSN dash⟧, DOB \
[[DOB|1991-09-23]].
@pos
[{"ssn": "⟦SSN dash⟧", "role": "primary"}, {"ssn": "⟦SSN dash⟧", "role": "co-borrower"}]
@pos
Referrer leaked into the access log: GET /benefits/lookup?ssn=⟦SSN dash⟧&lang=en
@pos
N° de sécurité sociale américain (SSN) : ⟦SSN dash⟧
@pos
US-Sozialversicherungsnummer (SSN): ⟦SSN dash⟧
@pos
Attached the 1099. My SSN on it should be ⟦SSN dash⟧ — the old form had a typo.
@pos
Ticket #58213: user typed their SSN (⟦SSN plain⟧) into the free-text notes field. Please purge.
@pos
ssn=⟦SSN dash⟧ state=CA result=match latency_ms=212
@pos
record = {"ssn": "⟦SSN plain⟧", "zip": "94110", "verified": False}
@pos
Social: ⟦SSN dash⟧
@pos
<input type="text" name="ssn" value="⟦SSN dash⟧" autocomplete="off">
@pos
Taxpayer identification number (SSN): ⟦SSN dot⟧
@pos
el seguro social de mi papá es ⟦SSN dash⟧, yo le llevo los papeles
@pos
For the FAFSA: student SSN ⟦SSN dash⟧, parent SSN ⟦SSN dash⟧.
@pos
Rental application — SSN (required for the credit check): ⟦SSN space⟧
@pos
| field | value |
|---|---|
| SSN | ⟦SSN dash⟧ |
| State | WA |
@pos
ssn,amount,year
⟦SSN plain⟧,1250.00,2023
⟦SSN plain⟧,980.50,2023
@pos
My SSN is ⟦SSN dash⟧ and my company's EIN is 84-2719034.
@pos
Voicemail transcript: "hi, calling about the claim, my social is ⟦SSN space⟧, call me back"
@pos
Claim form — Claimant SSN: ⟦SSN dash⟧ · Date of loss: 03/11/2024 · Policy HO-3 7720184
@pos
POST /v2/applicants body={"first_time_buyer":true,"ssn":"⟦SSN plain⟧"}
@pos
SSN (no dashes please): ⟦SSN plain⟧
@pos
hey can you run a credit report for me? SSN ⟦SSN dash⟧, same address as last time
@pos
Medicaid application: SSN ⟦SSN dash⟧, household size 3, monthly income $2,140.
@pos
[2024-02-19 16:40:03] audit: viewed ssn ⟦SSN dash⟧ by role=claims_adjuster
@pos
Beneficiary SSN: ⟦SSN dash⟧ (relationship: daughter, 50 %)
@pos
Numéro de sécurité sociale (États-Unis) : ⟦SSN space⟧
@pos
SSN: ⟦SSN dash⟧ — please don't forward this, I'm only emailing it because the portal is down.
@pos
Employment verification — SSN on file ⟦SSN dash⟧, employed since 2019, full time.
@pos
ERROR serializer failed near: {"ssn": "⟦SSN dash⟧", "emp": 4471}
@pos
Form SS-5: replacement card requested for SSN ⟦SSN dash⟧.
@pos
SSN ⟦SSN space⟧ / filing jointly / refund by direct deposit
@pos
patient.ssn = '⟦SSN plain⟧'
@pos
Sozialversicherungsnummer (USA): ⟦SSN plain⟧ — bitte für das Formular W-9 übernehmen.
@pos
Tax ID (SSN) ⟦SSN dash⟧ for the 1099-NEC
@pos
Numero di previdenza sociale USA (SSN): ⟦SSN dash⟧
@pos
Dependent SSN ⟦SSN dash⟧, relationship son, months lived in home 12
@pos
SSN verification failed for ⟦SSN dash⟧: name mismatch (SSA code 3).
@pos
<ssn>⟦SSN dash⟧</ssn>
@pos
Identity: SSN ⟦SSN plain⟧ · driver's licence on file · MFA enrolled
@pos
Reply to the text from the clinic: ssn ⟦SSN dash⟧
@pos
quick q — does the bank need my full SSN (⟦SSN dash⟧) or just the last 4?
@pos
社会保障番号 (SSN): ⟦SSN dash⟧
@pos
Número de Seguro Social: ⟦SSN space⟧
@pos
SSN: ⟦SSN dash⟧ | EIN: 47-1938205 | DUNS: 08-146-6849
@pos
Co-signer's SSN is ⟦SSN dash⟧, I'll bring her ID on Monday.
@pos
W-4 — Social security number ⟦SSN dash⟧ — Filing status: married filing jointly
@pos
Tenant screening: SSN ⟦SSN dash⟧, monthly rent $1,850, move-in 07/01.
@pos
Field "SSN" contains ⟦SSN plain⟧ — expected format XXX-XX-XXXX.
@pos
payload: ssn=⟦SSN plain⟧&dob=[[DOB|1979-03-14]]&zip=30309
@pos
Student record: SSN ⟦SSN dash⟧, enrolled Fall 2023, 15 credits.
@pos
The clerk wrote my SSN as ⟦SSN dash⟧ on the deed transfer — is that normal?
@pos
Lease — Tenant SSN ⟦SSN dash⟧ · Tenant DOB [[DOB|08/19/1983]] · Previous address \
[[ADDRESS|88 Elm Street, Springfield, MA 01103]]
@pos
2024-04-30 22:15:09,114 DEBUG kyc.match input={'ssn': '⟦SSN dash⟧', 'score': 0.93}
@pos
social security # ⟦SSN dash⟧
"""

EMAIL_RECORDS = """
@pos
Hi, please send the signed contract to [[EMAIL|j.kowalska+umowy@poczta.onet.pl]] — not to my \
work address.
@pos
From: [[PERSON|Tomasz Wójcik]] <[[EMAIL|tomasz.wojcik@bauhaus-studio.pl]]>
Subject: Re: wycena
@pos
my email is [[EMAIL|kayla_92@hotmail.co.uk]] if the form doesn't go through
@pos
Reply-To: [[EMAIL|billing@northwind-traders.com]]
@pos
<a href="mailto:[[EMAIL|hello@ferment.studio]]">Say hi</a>
@pos
{"user": {"email": "[[EMAIL|DEREK.OKAFOR@GMAIL.COM]]", "verified": false}}
@pos
email,plan,signup
[[EMAIL|li.wei@zju.edu.cn]],pro,2024-01-14
[[EMAIL|m.rossi@libero.it]],free,2024-01-15
@pos
2024-05-14 10:03:12 auth: password reset requested for [[EMAIL|a.nakamura@docomo.ne.jp]] from \
⟦IP v4⟧
@pos
Schreib mir einfach an [[EMAIL|lena.hoffmann@t-online.de]], ich melde mich dann.
@pos
Écrivez-nous à [[EMAIL|contact@boulangerie-lefevre.fr]] pour toute commande de plus de 20 pièces.
@pos
Escríbeme a [[EMAIL|pablo.g.ruiz@yahoo.es]] y te paso el presupuesto.
@pos
Mandami una mail a [[EMAIL|giulia.ferri93@gmail.com]] con le foto.
@pos
Stuur het even naar [[EMAIL|sanne@vandenberg-advies.nl]], dan kijk ik er morgen naar.
@pos
Cc: [[EMAIL|ops-oncall@infra.lumenforge.io]], [[EMAIL|security@lumenforge.io]]
@pos
Author: [[PERSON|Priya Raman]] <[[EMAIL|priya.raman@users.noreply.github.com]]>
Date:   Mon May 13 17:02:41 2024 +0530
@pos
notify:
  - [[EMAIL|alerts+prod@pagerwatch.net]]
  - [[EMAIL|sre-team@pagerwatch.net]]
@pos
pls send the photos to [[EMAIL|nina.w@icloud.com]] not whatsapp, my phone is full
@pos
Customer can't log in; account [[EMAIL|o'brien.family@eircom.net]] was locked after 5 attempts.
@pos
Bestellungen bitte an [[EMAIL|info@3d-druck-koeln.de]].
@pos
Warranty claims go to [[EMAIL|support@help.kraken-bikes.com.au]] with a photo of the frame.
@pos
portfolio & bookings: [[EMAIL|me@sofia.photography]]
@pos
Manda pra [[EMAIL|rafael.costa@uol.com.br]] que eu vejo hoje.
@pos
メールは [[EMAIL|yamada.k@shinsei-trading.co.jp]] までお願いします。
@pos
邮箱：[[EMAIL|zhangmin2020@163.com]]
@pos
Proszę pisać na adres [[EMAIL|biuro@kancelaria-nowak.pl]].
@pos
Maila [[EMAIL|erik.lund@telia.se]] om du har frågor.
@pos
[[EMAIL|x_ander.m@proton.me]] has been removed from the newsletter list.
@pos
POST /api/newsletter email=[[EMAIL|kim.tran%2Bnews@gmail.com]]&source=footer 201
@pos
Login: [[EMAIL|r.schmidt@uni-heidelberg.de]] — das Passwort kam per Post.
@pos
E-Mail-Adresse: [[EMAIL|frank.meier@gmx.ch]]
@pos
Please route all timesheets to [[EMAIL|HR-Payroll@Contoso-Group.com]] by Friday noon.
@pos
ping me at [[EMAIL|jo@kx.io]]
@pos
Absender: [[EMAIL|noreply@mail.stadtwerke-bochum.de]] — Ihre Jahresabrechnung 2023
@pos
[
  {"email": "[[EMAIL|sam.oduya@outlook.com]]", "role": "admin"},
  {"email": "[[EMAIL|t.nguyen@fpt.com.vn]]", "role": "viewer"}
]
@pos
UPDATE users SET email = '[[EMAIL|hannah.b@outlook.com]]' WHERE id = 55123;
@pos
Organizer: [[EMAIL|events@techmeetup.berlin]]
@pos
PEC: [[EMAIL|studio.bianchi@pec.it]]
@pos
Coursework submissions from [[EMAIL|s2291834@ed.ac.uk]] are missing for week 6.
@pos
Invite sent to [[EMAIL|dev.ops_lead@fintrack.app]] (expires in 7 days).
@pos
E-posta: [[EMAIL|ayse.yilmaz@hotmail.com.tr]]
@pos
Email: [[EMAIL|g.papadopoulos@otenet.gr]]
@pos
Пишіть на [[EMAIL|oksana.k@ukr.net]], відповім увечері.
@pos
email:[[EMAIL|tb1987@web.de]]
@pos
You can reach me at [[EMAIL|marta.lopez@uab.cat]].
@pos
Thanks for your order! A receipt was sent to [[EMAIL|bjorn.eriksson@spray.se]] and your \
courier will text ⟦PHONE SE M intl⟧ on the day.
@pos
--
Head of Partnerships
[[EMAIL|k.mensah@brightlane.co]] | ⟦PHONE GB M intl⟧
"""

CARD_RECORDS = """
@pos
Card number: ⟦CARD visa space⟧  Exp 09/27  CVC 412
@pos
can you charge ⟦CARD mc space⟧ instead? the other one got declined
@pos
{"payment_method": {"type": "card", "number": "⟦CARD visa plain⟧", "exp_month": 11, \
"exp_year": 2026}}
@pos
WARN checkout: raw PAN in request body pan=⟦CARD mc2 plain⟧ merchant=7731
@pos
Amex ⟦CARD amex space⟧, expires 03/28
@pos
Kartennummer: ⟦CARD mc dash⟧, gültig bis 05/27
@pos
Numéro de carte : ⟦CARD visa nbsp⟧
@pos
El número de mi tarjeta es ⟦CARD visa dash⟧, caduca en 08/26.
@pos
Discover card ⟦CARD discover space⟧ is the one on file.
@pos
Diners Club ⟦CARD diners space⟧ — corporate card, exp 01/27
@pos
JCBカード番号：⟦CARD jcb plain⟧
@pos
银联卡号 ⟦CARD unionpay19 plain⟧
@pos
UnionPay ⟦CARD unionpay space⟧
@pos
Maestro ⟦CARD maestro space⟧, valid until 06/26
@pos
order_id,card_number,amount
A-55120,⟦CARD visa plain⟧,49.99
A-55121,⟦CARD mc plain⟧,120.00
@pos
Customer pasted their full card number ⟦CARD amex plain⟧ in chat; it is masked in the CRM but not \
in the transcript export.
@pos
card ⟦CARD visa plain⟧ exp 0427 cvv 118 — pls book the flights
@pos
Numero carta: ⟦CARD mc space⟧
@pos
Mijn creditcardnummer is ⟦CARD visa space⟧
@pos
Numer karty: ⟦CARD mc2 space⟧
@pos
número do cartão ⟦CARD visa dash⟧
@pos
billing:
  card: "⟦CARD discover plain⟧"
  exp: 2027-02
@pos
Please update my card on file to ⟦CARD mc space⟧, expiry 10/29. The old one ending 3317 was \
cancelled.
@pos
cc_number=⟦CARD jcb plain⟧&cc_exp=1126&amount=89.00
@pos
<input name="cardnumber" value="⟦CARD visa space⟧">
@pos
> which card should we charge?
ok here: ⟦CARD amex space⟧
@pos
Visa: ⟦CARD visa space⟧ · Mastercard: ⟦CARD mc space⟧
@pos
Kortnummer ⟦CARD visa space⟧
@pos
Cardholder: [[PERSON|Aiko Tanaka]] · Card: ⟦CARD jcb space⟧ · Exp 12/26
@pos
Guarantee card: ⟦CARD mc dash⟧ (no charge until check-in)
@pos
card = "⟦CARD visa plain⟧"  # copied from the prod dump, remove before commit!
@pos
Tarjeta American Express: ⟦CARD amex dash⟧
@pos
Kart numarası: ⟦CARD visa space⟧
@pos
Αριθμός κάρτας: ⟦CARD mc plain⟧
@pos
Payment failed (insufficient funds) for card ⟦CARD visa space⟧ on order 4471-2290.
@pos
CARD NO: ⟦CARD mc2 plain⟧  AUTH 031882  TOTAL EUR 64,20
@pos
Discover ⟦CARD discover dash⟧
@pos
diners=⟦CARD diners plain⟧
@pos
Kreditkarte ⟦CARD amex space⟧ (Firmenkarte, bitte nur für Reisen)
@pos
Maestro-Karte ⟦CARD maestro dash⟧
@pos
云闪付 ⟦CARD unionpay dash⟧
@pos
Refund either to card ⟦CARD visa space⟧ or to IBAN ⟦IBAN DE paper⟧, whichever is faster.
@pos
Send the receipt to [[EMAIL|accounts@oakhill-dental.com]]; card ⟦CARD mc space⟧.
@pos
"card": {"number": "⟦CARD mc2 plain⟧", "cvc": "883", "exp": "07/28"}
@pos
JCB ⟦CARD jcb dash⟧
@pos
ok new card: ⟦CARD discover plain⟧ exp 11/28
"""

IBAN_RECORDS = """
@pos
Bitte überweisen Sie den Betrag auf folgendes Konto: IBAN ⟦IBAN DE paper⟧, BIC COBADEFFXXX.
@pos
Kontoinhaber: [[PERSON|Jonas Reuter]]
IBAN: ⟦IBAN DE paper⟧
Verwendungszweck: Miete Juni
@pos
Titulaire : [[PERSON|Camille Moreau]] — IBAN : ⟦IBAN FR paper⟧ — BIC : BNPAFRPPXXX
@pos
{"beneficiary": {"iban": "⟦IBAN FR compact⟧", "currency": "EUR"}}
@pos
Please pay into ⟦IBAN GB paper⟧ and quote the invoice number as reference.
@pos
IBAN: ⟦IBAN IE compact⟧
@pos
Número de cuenta (IBAN): ⟦IBAN ES paper⟧
@pos
IBAN ⟦IBAN IT compact⟧ intestato allo studio.
@pos
Maak het over naar ⟦IBAN NL paper⟧ t.n.v. de vereniging.
@pos
Rekeningnummer ⟦IBAN BE paper⟧
@pos
IBAN ⟦IBAN CH paper⟧ (CHF-Konto)
@pos
Bankverbindung: ⟦IBAN AT paper⟧
@pos
Numer konta: ⟦IBAN PL paper⟧
@pos
NIB/IBAN: ⟦IBAN PT paper⟧
@pos
IBAN ⟦IBAN SE compact⟧
@pos
Kontonummer (IBAN): ⟦IBAN NO paper⟧
@pos
IBAN: ⟦IBAN DK paper⟧
@pos
Tilinumero ⟦IBAN FI paper⟧
@pos
Virement sur ⟦IBAN LU paper⟧ avant le 15.
@pos
Číslo účtu IBAN: ⟦IBAN CZ paper⟧
@pos
IBAN: ⟦IBAN SK compact⟧
@pos
Számlaszám (IBAN): ⟦IBAN HU paper⟧
@pos
Cont IBAN: ⟦IBAN RO paper⟧
@pos
IBAN primatelja: ⟦IBAN HR compact⟧
@pos
Nakazilo na ⟦IBAN SI paper⟧
@pos
Sąskaita ⟦IBAN LT paper⟧
@pos
Konts: ⟦IBAN LV compact⟧
@pos
Arveldusarve ⟦IBAN EE paper⟧
@pos
Αριθμός λογαριασμού IBAN: ⟦IBAN GR paper⟧
@pos
IBAN: ⟦IBAN BG paper⟧
@pos
Please transfer the deposit to ⟦IBAN MT paper⟧.
@pos
IBAN ⟦IBAN CY compact⟧
@pos
Reikningur: ⟦IBAN IS paper⟧
@pos
IBAN: ⟦IBAN TR paper⟧
@pos
رقم الآيبان: ⟦IBAN SA compact⟧
@pos
IBAN ⟦IBAN AE paper⟧ (salary account)
@pos
supplier_id,iban,currency
S-2041,⟦IBAN DE compact⟧,EUR
S-2042,⟦IBAN NL compact⟧,EUR
S-2043,⟦IBAN GB compact⟧,GBP
@pos
<CdtrAcct><Id><IBAN>⟦IBAN DE compact⟧</IBAN></Id></CdtrAcct><CdtrAgt><FinInstnId>\
<BIC>GENODEF1S10</BIC></FinInstnId></CdtrAgt>
@pos
iban is ⟦IBAN DE lower⟧ i think, copied it from the app
@pos
IBAN : ⟦IBAN FR nbsp⟧
@pos
Mandatsreferenz M-2024-00871 · Gläubiger-ID DE98ZZZ09999999999 · IBAN des Zahlungspflichtigen \
⟦IBAN DE paper⟧
@pos
Bankverbindung: Sparkasse KölnBonn · IBAN ⟦IBAN DE paper⟧ · BIC COLSDE33XXX · USt-IdNr. \
DE811452096
@pos
Te paso mi IBAN para el reembolso: ⟦IBAN ES compact⟧. ¡Gracias!
@pos
iban: ⟦IBAN IT paper⟧
@pos
Old account ⟦IBAN NL paper⟧ is closed — please use ⟦IBAN BE paper⟧ from now on.
@pos
{"payout": {"iban": "⟦IBAN LT compact⟧", "holder_type": "individual"}}
@pos
payee:
  iban: ⟦IBAN AT compact⟧
  reference: "Rechnung 2024-118"
@pos
Policyholder [[PERSON|Grace Mbeki]], born [[DOB|2 March 1991]] — pay the claim to \
⟦IBAN GB paper⟧.
"""

IP_RECORDS = """
@pos
May 14 03:12:09 web01 sshd[22817]: Failed password for invalid user admin from ⟦IP v4⟧ port \
52144 ssh2
@pos
⟦IP v4⟧ - - [14/May/2024:10:22:41 +0000] "GET /login HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
@pos
X-Forwarded-For: ⟦IP v4⟧, ⟦IP v4⟧
@pos
my home IP is ⟦IP v4⟧, can you whitelist it on the VPN?
@pos
Connection from [⟦IP v6⟧]:51822 accepted
@pos
{"event":"login","ip":"⟦IP v4⟧","country":"BR","ok":true}
@pos
ts,client_ip,status
2024-05-14T10:00:01Z,⟦IP v4⟧,200
2024-05-14T10:00:02Z,⟦IP v6⟧,404
@pos
kernel: DROP IN=eth0 OUT= SRC=⟦IP v4⟧ DST=⟦IP v4⟧ LEN=60 TTL=49 PROTO=TCP SPT=41822 DPT=22
@pos
2024-05-14 03:15:00,412 fail2ban.actions [911]: NOTICE [sshd] Ban ⟦IP v4⟧
@pos
[client ⟦IP v4⟧:49822] AH01630: client denied by server configuration: /var/www/admin
@pos
Meine IP-Adresse ist ⟦IP v4⟧, bitte für den Admin-Bereich freischalten.
@pos
Adresse IP du poste : ⟦IP v4⟧
@pos
    inet6 ⟦IP v6full⟧/64 scope global dynamic
@pos
allow from ⟦IP v6upper⟧
@pos
postfix/smtpd[3121]: connect from unknown[⟦IP v4⟧]
@pos
CF-Connecting-IP: ⟦IP v6⟧
@pos
User reports being locked out; last successful login from ⟦IP v4⟧, failed attempts from \
⟦IP v4⟧.
@pos
ALLOWED_IPS = ["⟦IP v4⟧", "⟦IP v4⟧"]
@pos
ingress:
  allow:
    - ⟦IP v4⟧/32
@pos
Se detectó un acceso desde la IP ⟦IP v4⟧ a las 03:14.
@pos
We noticed a new sign-in to your account from ⟦IP v4⟧ (Chrome on Windows). Was this you?
@pos
curl -s http://[⟦IP v6⟧]:8080/status
@pos
DNS: shop → A ⟦IP v4⟧, AAAA ⟦IP v6⟧
@pos
 7  ⟦IP v4⟧  14.221 ms  13.902 ms  14.010 ms
@pos
[UFW BLOCK] IN=ens3 OUT= SRC=⟦IP v6⟧ DST=⟦IP v6⟧ PROTO=TCP SPT=443 DPT=51234
@pos
SELECT * FROM sessions WHERE ip = '⟦IP v4⟧';
@pos
Logowanie z adresu ⟦IP v4⟧ zostało zablokowane.
@pos
indirizzo IP: ⟦IP v4⟧
@pos
Vanaf welk IP? ⟦IP v4⟧ volgens de logs.
@pos
接続元IP: ⟦IP v4⟧
@pos
upstream ⟦IP v4⟧:8443 timed out
@pos
⟦IP v4⟧:61022 [14/May/2024:11:02:33.118] fe_https be_app/app02 0/0/1/24/25 200 1832
@pos
Source Network Address: ⟦IP v4⟧
Source Port: 50112
@pos
my ipv6 is ⟦IP v6⟧ apparently, is that the problem?
@pos
v=spf1 ip4:⟦IP v4⟧ ip6:⟦IP v6⟧ -all
@pos
[Peer]
Endpoint = ⟦IP v4⟧:51820
AllowedIPs = 10.8.0.0/24
@pos
⟦IP v6⟧ - - [14/May/2024:12:00:03 +0200] "POST /api/cart HTTP/2.0" 201 88
@pos
Request timed out while pinging ⟦IP v4⟧.
@pos
status:
  loadBalancer:
    ingress:
    - ip: ⟦IP v4⟧
@pos
GeoIP lookup: ⟦IP v4⟧ → AS3320, Germany
@pos
Source: ⟦IP v4⟧ — Timestamp (UTC): 2024-05-13 22:41:07 — Type: SSH brute force
@pos
WAN IP ⟦IP v4⟧ · DNS ⟦IP v4⟧
@pos
* Connected to api.payments-hub.net (⟦IP v4⟧) port 443
@pos
登录IP：⟦IP v4⟧
@pos
client_addr=⟦IP v6full⟧ user_agent="okhttp/4.12.0"
"""

MIXED_RECORDS = """
@pos
DATABASE_URL=postgres://[[URL_SECRET|app_rw:Vq7wX2pLm9Rt]]@⟦IP v4⟧:5432/orders
STRIPE_SECRET_KEY=⟦APIKEY stripe⟧
SUPPORT_EMAIL=[[EMAIL|billing-alerts@lumenforge.io]]
@pos
POST /v1/charges HTTP/1.1
Host: api.payments-hub.net
Authorization: Bearer ⟦APIKEY jwt⟧
X-Real-IP: ⟦IP v4⟧
@pos
[default]
aws_access_key_id = ⟦APIKEY aws⟧
aws_secret_access_key = ⟦APIKEY awssecret⟧
# owner: [[EMAIL|cloud-admin@brightlane.co]]
@pos
Oops — I pushed config.yml with `token: ⟦APIKEY github⟧` in it. Can someone rotate it? \
Ping me at [[EMAIL|devrel.mk@fintrack.app]].
@pos
SLACK_BOT_TOKEN=⟦APIKEY slack⟧
ONCALL_PHONE=⟦PHONE US M e164⟧
@pos
sendgrid key ⟦APIKEY sendgrid⟧ — sender [[EMAIL|noreply@mailer.lumenforge.io]]
@pos
Password reset for [[EMAIL|ines.carvalho@sapo.pt]]: \
https://accounts.brightlane.co/reset?token=[[URL_SECRET|q8XvT2mLr4Zp9Wc1Nf6Hs3Jd7Kb0Ye5A]]&uid=8812
@pos
lftp ftp://[[URL_SECRET|backup:Gr8Tide2024x]]@⟦IP v4⟧/nightly/
@pos
REDIS_URL=redis://:[[URL_SECRET|pA55w0rdRedis77]]@⟦IP v4⟧:6379/0
@pos
{"webhook": "https://api.sms-bridge.io/send?access_token=[[URL_SECRET|k3J9dQ2vXw8LpR5tYz1M]]", \
"to": "⟦PHONE DE M e164⟧"}
@pos
git remote set-url origin \
https://[[URL_SECRET|ci-runner:Xk29vLmQ7tPzR4]]@git.brightlane.co/infra/terraform.git \
# runner host ⟦IP v4⟧
@pos
GOOGLE_MAPS_KEY=⟦APIKEY google⟧
CONTACT_PHONE="⟦PHONE IT F intl⟧"
@pos
use my key ⟦APIKEY openai⟧ for the demo, I'll revoke it after — questions to \
[[EMAIL|l.moreau@atelier-nord.fr]]
@pos
Patient: [[PERSON|Rosa Delgado]]
Date of birth: [[DOB|11/02/1978]]
Address: [[ADDRESS|2210 W Belmont Ave, Apt 3F, Chicago, IL 60618]]
Phone: ⟦PHONE US M nat⟧
Email: [[EMAIL|rosa.delgado78@yahoo.com]]
SSN: ⟦SSN dash⟧
@pos
Name: [[PERSON|Katrin Vogel]] · Geburtsdatum: [[DOB|07.11.1985]] · Anschrift: \
[[ADDRESS|Hauptstraße 12, 10827 Berlin]] · Tel. ⟦PHONE DE M natslash⟧
@pos
Destinataire : [[PERSON|Louis Garnier]], [[ADDRESS|22 rue des Lilas, 69003 Lyon]], \
tél. ⟦PHONE FR M natnbsp⟧
@pos
Deliver to: [[ADDRESS|Flat 4, 17 Kingsley Road, Leeds LS6 2AB]] — contact ⟦PHONE GB M intl⟧
@pos
Fecha de nacimiento: [[DOB|21/06/1990]] · Domicilio: \
[[ADDRESS|Calle de Alcalá 145, 3º B, 28009 Madrid]] · Móvil: ⟦PHONE ES M nat⟧
@pos
{"name": "[[PERSON|Hiroshi Sato]]", "dob": "[[DOB|1988-09-30]]", \
"email": "[[EMAIL|h.sato@kyoto-gakuen.ac.jp]]", "card": "⟦CARD jcb plain⟧"}
@pos
[[PERSON|Noah Fischer]]
[[ADDRESS|Bahnhofstrasse 7, 8001 Zürich]]
⟦PHONE CH M intl⟧
@pos
Chargeback #CB-44812: card ⟦CARD visa space⟧, account [[EMAIL|dispute.t9@gmail.com]], order \
placed from ⟦IP v4⟧.
@pos
PAYOUT_IBAN=⟦IBAN NL compact⟧
STRIPE_PUBLISHABLE_KEY=⟦APIKEY stripepub⟧
@pos
Sign-up: [[EMAIL|felix.braun@posteo.de]] · ⟦PHONE DE M intl⟧ · IP ⟦IP v6⟧
@pos
Customer wants the refund on ⟦CARD amex space⟧, not to ⟦IBAN FR paper⟧ as the form says.
@pos
wire to ⟦IBAN CH compact⟧, questions → [[EMAIL|treasury@alpen-holz.ch]] or ⟦PHONE CH F intl0⟧
"""

NEGATIVE_RECORDS = """
@neg order number
Your order #⟦neg pattern ###-#######-#######⟧ has shipped and should arrive on Thursday.
@neg order number, phone-shaped
Bestellnummer ⟦neg pattern ##########⟧ — bitte bei Rückfragen immer angeben.
@neg order number
Commande n° ⟦neg pattern FR-######⟧ confirmée, préparation sous 48 h.
@neg order number, phone-shaped
order_id=⟦neg pattern ##########⟧ status=shipped carrier=DHL weight_kg=2.4
@neg order number
Pedido nº ⟦neg pattern ###-####-####⟧ enviado a la tienda de recogida.
@neg order id, card-shaped failing Luhn
Order ID: ⟦neg pattern ####-####-####-####⟧ (keep this for returns)
@neg order number
注文番号：⟦neg pattern ###-#######-#######⟧
@neg order number
Zamówienie nr ⟦neg pattern ##/####/##⟧ zostało opłacone.
@neg purchase order
PO number PO-2024-⟦neg pattern #####⟧ approved by finance on 12 April.
@neg order number, 9 digits
Order #⟦neg pattern #########⟧ shipped in two boxes.
@neg invoice number
Invoice INV-2024-⟦neg pattern ######⟧ is due on 30 June 2024. Amount due: $1,284.50.
@neg invoice number, price
Rechnungsnr. 2024/⟦neg pattern #####⟧ vom 12.03.2024, Betrag 1.249,00 €
@neg invoice number
Factura F-24-⟦neg pattern ######⟧ — total 3.480,20 €, IVA incluido
@neg invoice number
Fattura n. ⟦neg pattern ###⟧/2024 del 05/04/2024, pagamento a 30 giorni.
@neg invoice number, phone-shaped
Facture n° ⟦neg pattern ##########⟧ réglée le 02/05/2024.
@neg invoice numbers in CSV, phone-shaped
invoice_number,amount,currency
⟦neg pattern ##########⟧,129.00,EUR
⟦neg pattern ##########⟧,88.50,EUR
@neg customer number
Kundennummer: ⟦neg pattern ###########⟧
@neg customer number, US phone-shaped
Customer no. ⟦neg pattern ###_###_####⟧ — please quote it when you contact support.
@neg customer number, French phone-shaped
Numéro client : ⟦neg pattern ##_##_##_##_##⟧ (à rappeler dans toute correspondance)
@neg customer number
Klantnummer ⟦neg pattern ########⟧ staat op de eerste pagina van je factuur.
@neg member id
Member ID ⟦neg pattern ####-####-##⟧ · Tier: Gold · Points: 12 480
@neg membership number
Membership no. ⟦neg pattern ####_####_####⟧ renews on 01/09.
@neg loyalty card number failing Luhn
Payback-Kartennummer ⟦neg pattern ####_####_####_###⟧ — Punkte werden nachgebucht.
@neg reference number, phone-shaped
Ref. ⟦neg pattern ##########⟧ — please quote this in all correspondence.
@neg RF creditor reference (mod-97, not an IBAN)
Payment reference ⟦neg rf⟧
@neg RF creditor reference (mod-97, not an IBAN)
Viitenumero: ⟦neg rf⟧, eräpäivä 31.05.2024
@neg case number
Case #⟦neg pattern ########⟧ has been escalated to tier 2.
@neg booking reference
Booking reference ⟦neg pattern @@@@@@⟧, seat 23C, boarding 06:15.
@neg claim number
Claim number ⟦neg pattern ##-######-##⟧ was received on 14/05/2024.
@neg incident ticket
Ticket INC⟦neg pattern #######⟧ resolved — root cause: expired TLS certificate.
@neg court file number
Aktenzeichen ⟦neg pattern ##_O_###/##⟧ — Termin zur mündlichen Verhandlung am 18.06.2024.
@neg UPS tracking number
UPS tracking: 1Z⟦neg pattern ###@@###########⟧
@neg USPS tracking number (22 digits)
USPS tracking ⟦neg pattern 9400_####_####_####_####_##⟧ — delivered to front porch.
@neg FedEx tracking number
FedEx tracking number ⟦neg pattern ############⟧, estimated delivery Tue 05/21.
@neg DHL shipment number
DHL Sendungsnummer JD⟦neg pattern ##################⟧
@neg Royal Mail tracking
Royal Mail: ⟦neg pattern @@#########⟧GB — signed for.
@neg DPD parcel number failing Luhn
DPD Paketnummer ⟦neg pattern ##############⟧, Zustellung heute zwischen 10 und 12 Uhr.
@neg PostNL barcode
Track & trace: 3S⟦neg pattern @@@@#######⟧
@neg Colissimo number
Votre colis ⟦neg pattern #@###########⟧ est disponible en point retrait.
@neg GLS parcel number
Sendungsverfolgung ⟦neg pattern ###########⟧ (GLS)
@neg China Post tracking
China Post: LX⟦neg pattern #########⟧CN
@neg part number
P/N ⟦neg pattern ####-####-##⟧, qty 12, bin A-14
@neg SKU
SKU ⟦neg pattern ##-####-#⟧ is out of stock until week 24.
@neg part number, phone-shaped
Teilenummer A ⟦neg pattern ###_###_##_##⟧ (Bremsbelagsatz vorne)
@neg part number, phone-shaped
Wiper blade, Bosch part ⟦neg pattern #_###_###_###⟧
@neg article number
Réf. article ⟦neg pattern ###.###.##⟧ — étagère, 80 x 28 cm
@neg model and serial number
Model WD40EFZX-68AWUN0, serial number ⟦neg pattern @@@@########⟧
@neg manufacturer part number
MPN ⟦neg pattern ####-#####-###⟧ replaces the discontinued ⟦neg pattern ####-#####-###⟧.
@neg spare part number
Ersatzteil-Nr. ⟦neg pattern ##.##.###.###⟧ — passend für Baujahr 2016–2019
@neg version strings
Upgraded from v2.14.3 to v2.15.0-rc.1 — see the release notes for breaking changes.
@neg Windows build
OS Build 10.0.22631.3447 (Windows 11 23H2)
@neg user agent versions
User-Agent: Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) \
Chrome/124.0.6367.91 Safari/537.36
@neg kernel version
Linux build-07 6.8.0-45-generic #45-Ubuntu SMP PREEMPT_DYNAMIC x86_64
@neg package versions
numpy==1.26.4
torch==2.3.0+cpu
transformers>=4.41.2
@neg firmware version
Firmware 4.2.118 (build 20240318) installed on all 36 units.
@neg app versions
iOS 17.4.1 / app version 8.12.0 (build 3310)
@neg image tag
Pulled nginx:1.25.4-alpine in 2.3 s.
@neg npm package@version (not e-mails)
added react@18.2.0, react-dom@18.2.0 and @types/node@20.12.7
@neg four-part version
Assembly version 2.0.256.1, file version 2.0.24135.2
@neg SNMP OID
Polling OID 1.3.6.1.4.1.2021.10.1.3.1 (1-minute load average) every 60 s.
@neg timestamp, duration
2024-05-14T09:12:44.318Z job=nightly-backup duration=00:14:32 status=ok
@neg appointment date and time
Termin: Di., 14.05.2024, 09:30–10:15 Uhr
@neg appointment date and time
Le rendez-vous est fixé au 03/06/2024 à 14 h 30.
@neg e-mail date header
Date: Tue, 14 May 2024 09:12:44 +0200
@neg cron schedule
0 3 * * 1-5 /usr/local/bin/rotate-logs --keep 14
@neg opening hours
Opening hours: Mon–Fri 08:00–18:00, Sat 09:00–13:00, closed on 24.12. and 31.12.
@neg flight times
Flight LH 2034 departs 06:45, arrives 08:10 (local time), gate B44.
@neg Japanese date and time
令和6年5月14日 10時30分 開始予定
@neg epoch timestamps
created_at=⟦neg epoch⟧ updated_at=⟦neg epoch⟧
@neg epoch milliseconds
event_ts_ms=⟦neg epochms⟧ partition=7 offset=⟦neg pattern ########⟧
@neg price
Gesamtbetrag: 1.249,00 € inkl. 19 % MwSt.
@neg price
Total: $12,499.99 (tax included)
@neg price with no-break spaces
Prix : 2\u00a0450,00\u00a0€ TTC, livraison offerte
@neg price
Preis CHF 2'450.– exkl. MwSt.
@neg price
価格 ¥128,000（税込）
@neg price
R$ 3.499,90 em até 10x sem juros
@neg revenue figures
Revenue grew from £1,250,000 to £1,487,300 year over year.
@neg budget with space thousands separators
Budżet: 4 500 000 PLN, w tym 1 250 000 PLN na inwestycje i 320 000 PLN rezerwy.
@neg ISBN-13
ISBN ⟦neg isbn13⟧ — paperback, 3rd edition, 412 pages
@neg ISBN-10
ISBN-10: ⟦neg isbn10⟧
@neg ISBN in a reading list
Reading list week 3: Deep Learning (MIT Press, 2016), ISBN ⟦neg isbn13⟧; chapter 6 only.
@neg EAN barcode, article number
EAN ⟦neg ean13⟧ · Artikelnummer ⟦neg pattern ######⟧
@neg EAN barcode
Barcode ⟦neg ean13⟧ was scanned twice at till 4.
@neg UUID and trace id
request_id=⟦neg uuid⟧ trace_id=⟦neg pattern %%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%%⟧
@neg git commit hash
Merged commit ⟦neg sha1⟧ into main.
@neg short commit hash
git cherry-pick ⟦neg sha7⟧ && git push
@neg sha256 checksum
⟦neg sha256⟧  attune-0.4.2.tar.gz
@neg md5 checksum
MD5 (backup-2024-05-14.tar) = ⟦neg md5⟧
@neg image digest
docker pull nginx@sha256:⟦neg sha256⟧
@neg UUIDs in JSON
{"id": "⟦neg uuid⟧", "parent": "⟦neg uuid⟧", "type": "folder"}
@neg ETag
ETag: "⟦neg md5⟧"
@neg transaction id starting with 4, failing Luhn
Transaction ID ⟦neg luhnfail 16 plain 4⟧ — value date 14.05.2024
@neg meter point number, 13 digits failing Luhn
Meter point (MPAN core) ⟦neg luhnfail 13⟧
@neg gas meter serial, 14 digits failing Luhn
Gas meter serial ⟦neg luhnfail 14⟧, reading 04812 m³
@neg batch number, card-shaped failing Luhn
Batch ⟦neg luhnfail 16 space4 5⟧ released to QA on Monday.
@neg message id, 18 digits
"message_id": "⟦neg luhnfail 18 plain 1⟧", "channel": "general"
@neg status URL id, 19 digits
https://x.com/i/status/⟦neg luhnfail 19 plain 1⟧
@neg receipt number, 15 digits failing Luhn
Receipt number ⟦neg luhnfail 15⟧ · Till 03 · Cashier 12
@neg end-to-end id, 17 digits
End-to-end ID ⟦neg luhnfail 17⟧ / Mandate ID ⟦neg pattern MNDT-######⟧
@neg shipment id, card-shaped failing Luhn
Shipment ID ⟦neg luhnfail 16 dash4 3⟧ — customs cleared.
@neg order number, 13 digits failing Luhn
Bestellung ⟦neg luhnfail 13⟧ vom 02.05. ist storniert.
@neg policy number, 14 digits failing Luhn
Policy number ⟦neg luhnfail 14⟧ — renewal due 01/08/2024
@neg job id, 19 digits failing Luhn
job_id: ⟦neg luhnfail 19⟧ state: DONE bytes_processed: 1.2 GB
@neg IBAN with bad check digits
The bank rejected ⟦neg badiban DE paper⟧ — IBAN check digits invalid; please re-check the \
number with the customer.
@neg placeholder IBAN
IBAN: DE00 0000 0000 0000 0000 00 (Platzhalter im Formular)
@neg IBAN with bad check digits
validation error: iban="⟦neg badiban FR compact⟧" error=CHECKSUM_MISMATCH
@neg IBAN with bad check digits
Row 88 skipped: ⟦neg badiban GB compact⟧ failed mod-97 validation.
@neg IBAN with bad check digits
IBAN inválido: ⟦neg badiban ES paper⟧ — revise los dígitos de control.
@neg IBAN with bad check digits
Fehler: ⟦neg badiban AT paper⟧ ist keine gültige IBAN (Prüfziffer falsch).
@neg IBAN with bad check digits
IBAN non valido: ⟦neg badiban IT compact⟧ (cifre di controllo errate)
@neg IBANs with bad check digits, invalid on purpose
Negative test cases (must be rejected): ⟦neg badiban BE compact⟧, ⟦neg badiban CH compact⟧
@neg IBAN with bad check digits
Numer rachunku odrzucony przez bank (błędna suma kontrolna): ⟦neg badiban PL paper⟧
@neg IBAN with bad check digits
IBAN ⟦neg badiban SE compact⟧ rejected: invalid checksum
@neg IBAN with bad check digits
⟦neg badiban FI paper⟧ — virheellinen tilinumero, tarkista numero
@neg IBAN with bad check digits
Ongeldig IBAN: ⟦neg badiban NL paper⟧ (controlegetal klopt niet)
@neg SSN-shaped, area 000
Sample shown on the form: ⟦neg badssn area000⟧ (placeholder, never issued)
@neg SSN-shaped, area 666
validation failed: ssn=⟦neg badssn area666⟧ (area 666 is never assigned)
@neg SSN placeholder
Placeholder in the UI: 000-00-0000
@neg SSN-shaped, group 00
⟦neg badssn group00⟧ rejected — group 00 is never issued
@neg SSN-shaped, serial 0000
Serial 0000 is never used, so ⟦neg badssn serial0000⟧ is a dummy value.
@neg SSN-shaped, area 9xx
{"ssn": "⟦neg badssn area9xx⟧", "note": "synthetic fixture, 9xx area is invalid"}
@neg SSN-shaped, area 000, no dashes
SSN field contained ⟦neg badssn area000 plain⟧ → treated as missing.
@neg SSN-shaped, invalid ranges
QA dataset (all invalid by design): ⟦neg badssn area666⟧, ⟦neg badssn area9xx⟧, \
⟦neg badssn group00⟧
@neg SSN-shaped, serial 0000, spaces
Test input ⟦neg badssn serial0000 space⟧ must fail the SSN check (serial 0000).
@neg SSN-shaped, area 9xx, no dashes
ssn=⟦neg badssn area9xx plain⟧ → error: area numbers 900-999 are not SSNs
@neg SSN-shaped, group 00, no dashes
Reject: ⟦neg badssn group00 plain⟧ (group 00)
@neg ABA routing number
Routing number ⟦neg routing⟧ · account type: checking
@neg ABA routing number, SWIFT
Wire instructions: ABA ⟦neg routing⟧, SWIFT CHASUS33
@neg routing numbers in CSV
bank_name,routing
First Community Bank,⟦neg routing⟧
Valley Credit Union,⟦neg routing⟧
@neg ZIP+4
ZIP+4 lookup returned ⟦neg zip4⟧ for the warehouse.
@neg ZIP+4 codes
Delivery zones ⟦neg zip4⟧ and ⟦neg zip4⟧ were merged last quarter.
@neg employee id, 9 digits
Employee ID: ⟦neg pattern #########⟧ · badge reprinted on 05/14
@neg CUSIP
CUSIP 037833100 (Apple Inc. common stock), 120 shares
@neg EIN
Company EIN ⟦neg pattern ##-#######⟧ (from the W-9 of the vendor)
@neg DUNS number
D-U-N-S ⟦neg pattern ##-###-####⟧
@neg 9-digit part lot
Lot ⟦neg pattern #########⟧, expiry 2026-03
@neg 9-digit ids in CSV
sku,warehouse_id
⟦neg pattern ########⟧,⟦neg pattern #########⟧
⟦neg pattern ########⟧,⟦neg pattern #########⟧
@neg 9-digit vendor number
Vendor number ⟦neg pattern #########⟧ has been added to the approved supplier list.
@neg score and attendance
The home team won 3-1; attendance 41 238.
@neg coordinates of a landmark
Eiffel Tower: 48.85837, 2.29448
@neg coordinates of a landmark
Brandenburger Tor liegt bei 52.516275, 13.377704.
@neg patent number
Patent US 11,234,567 B2, filed 2019-08-02
@neg standards
ISO 9001:2015 and ISO/IEC 27001:2022 certified since 2021.
@neg population figure
Population 8 336 817 (2020 census), area 783.8 km²
@neg lot number, US phone-shaped
Lot no. ⟦neg pattern ###-###-####⟧ — quarantine until tested.
@neg serial number, phone-shaped
Serial no. ⟦neg pattern ###########⟧ printed under the battery.
@neg RFC sections
See sections 4.2.1 and 4.2.10 of RFC 9110 for the details.
@neg arithmetic
3.14159 × 2.71828 ≈ 8.5397
@neg masked card
Visa ending in 4821, expires 09/27
@neg masked card
Card: **** **** **** 1187
@neg masked SSN
SSN: ***-**-6402
@neg masked IBAN
IBAN DE** **** **** **** **12 34
@neg mention, not an e-mail
@channel please review PR #4412 before the 14:00 standup
@neg npm install with version
npm i lodash@4.17.21 --save-exact
@neg build number with date
Build 2024.05.14.1 deployed to staging.
@neg colours
#1a2b3c on rgba(12, 34, 56, 0.8), border 1px
@neg weights
Net weight 12.5 kg, gross 13.75 kg, pallet 1200 × 800 mm
@neg line numbers in a traceback
  File "/usr/lib/python3.11/asyncio/base_events.py", line 653, in run_until_complete
@neg sort code (bank, public)
Sort code 20-00-00 belongs to Barclays.
@neg dimensions
Dimensions: 120 × 60 × 75 cm, 38 kg
@neg legal references
Rechtsgrundlage: Art. 6 Abs. 1 lit. f DSGVO; § 312g BGB
@neg room number
Meeting room 4.12, building 3, floor 4
@neg time with milliseconds and C++ scope
12:30:45.123 std::vector<int>::iterator overflow in worker 3
@neg seats and prices
Tickets €12.50 each, seats 14-22, row 3
@neg phone-shaped statistics
Downloads: 1 204 556 (iOS) and 2 018 773 (Android) in Q1.
@neg phone-shaped invoice number
Rechnung 0301 2345 678 — bitte nicht mehr verwenden, ersetzt durch Gutschrift.
@neg VAT id
USt-IdNr. DE⟦neg pattern #########⟧ · Steuernummer ⟦neg pattern ###/###/#####⟧
@neg French company id
SIRET ⟦neg pattern ###_###_###_#####⟧ — RCS Lyon
@neg bank BIC codes
BIC: DEUTDEFFXXX, INGBNL2A, BNPAFRPP
@neg IMO and flight numbers
MV Nordlys, IMO ⟦neg pattern #######⟧, ETA 06:00; connecting flight KL 1772.
@neg version range
Supported: 3.9 – 3.12; tested on 3.11.9 and 3.12.3.
@neg stock ticker and price
AAPL 189.84 (+1.12 %), volume 52 331 020
@neg CVE ids
Patched CVE-2024-3094 and CVE-2023-44487 in release 5.6.1-2.
@neg GTIN in JSON
{"gtin": "⟦neg ean13⟧", "qty": 4, "price": "19.99"}
@neg Spanish company id
CIF B-⟦neg pattern ########⟧ · Registro Mercantil de Madrid, tomo 3112
@neg sequence of random ids
ids: ⟦neg pattern ##########⟧, ⟦neg pattern ##########⟧, ⟦neg pattern ##########⟧
@neg hex dump
0000: 4f 2a 11 9c  00 00 3e 7d  a1 b2 c3 d4  e5 f6 07 18
@neg postal codes only
Lieferung in die PLZ-Gebiete 10115, 10117 und 10119 ohne Aufpreis.
@neg quantities with dashes
Size chart: 36-38, 40-42, 44-46; inseam 76-81 cm
@neg Unix permissions and ports
chmod 0644, listen on ports 8080-8089, ulimit 65535
@neg cheque number and amount
Cheque no. ⟦neg pattern ######⟧ for $2,300.00, drawn 04/22/2024
@neg order number in Italian, phone-shaped
Numero ordine ⟦neg pattern ###_###_####⟧ — spedizione entro 3 giorni lavorativi
@neg Luhn-failing numbers in a log
reconcile: batch=⟦neg luhnfail 16⟧ items=214 mismatches=0
@neg Luhn-failing gift of digits in Dutch
Referentienummer ⟦neg luhnfail 16 space4⟧ bij uw betaling vermelden.
"""

RECORDS = "\n".join(
    (PHONE_RECORDS, SSN_RECORDS, EMAIL_RECORDS, CARD_RECORDS, IBAN_RECORDS, IP_RECORDS)
    + (MIXED_RECORDS, NEGATIVE_RECORDS)
)


if __name__ == "__main__":
    main()
