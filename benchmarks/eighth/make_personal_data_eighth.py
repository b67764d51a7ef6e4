"""Eighth blind evaluation set for the personal-data detector.

What this is
------------
``personal_data_eighth.jsonl`` holds about 850 labelled texts of the kind that
turn up in one person's data handed to a personal assistant to learn from:
chats and group chats (WhatsApp, Telegram, Signal, iMessage, WeChat, LINE,
KakaoTalk, Viber), voice-note and call transcripts, e-mails with signatures,
quoted replies and forwarded headers, vCards, calendar invites, notes and to-do
lists, CSV/TSV exports, spreadsheets pasted as text, JSON/YAML/INI/XML, shell
history and server logs, OCR'd forms (tax, payroll, rental, school, medical,
insurance, bank), receipts, invoices, statements, classified ads, social posts,
CRM notes and support tickets, in 44 languages (English and 43 others) and many
scripts.  Roughly 600 texts are ``positive`` (at least one labelled value) and
roughly 250 are ``hard_negative`` (no labels at all, but full of look-alikes:
order/tracking/invoice/customer/policy numbers, versions and build ids, dates,
amounts, ISBN/EAN/UPC/UUID/hashes, Luhn-failing 16-digit numbers, IBAN-shaped
strings that fail mod 97, SSN-shaped numbers with invalid parts, EIN/ITIN and
other countries' national ids named as such, routing/sort codes, ZIP+4,
private/documentation/loopback IPs, CIDR blocks, code, maths, coordinates,
IMEIs, serial and flight numbers, masked values).

How it was written
------------------
The generator was written from scratch from the task brief alone, without
reading the detector's source, its tests or documentation, or any earlier
evaluation set.  All values are synthetic:

* PHONE: random numbers accepted by ``phonenumbers.is_valid_number`` for 68
  regions (mobile, fixed line, toll free), written with phonenumbers'
  formats and hand-made variations (``00`` or ``+`` prefixes, ``(0)`` trunk
  prefixes, dots, dashes, slashes, regrouped digits, national formats).
* CARD: Luhn-valid numbers with real brand prefixes and lengths (Visa,
  Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay, Maestro,
  Mir, RuPay, Troy, Elo), grouped or not.
* IBAN: mod-97-valid with each country's length and BBAN structure, grouped in
  fours or compact, mostly upper case and sometimes lower case.
* SSN: US social security numbers in valid ranges only (area not 000, 666 or
  900-999; group not 00; serial not 0000), dashed, spaced or bare.
* IP: global (public) IPv4 and IPv6 addresses only (``ipaddress`` ``is_global``
  and not multicast/reserved).
* EMAIL: realistic ASCII addresses incl. plus-tags, subdomains and many
  national mail domains.

Conventions
-----------
Each JSONL line is ``{"text", "spans", "kind", "note"}``; ``spans`` is a list of
``{"entity", "start", "end"}`` with Python string offsets, ``text[start:end]``
being exactly the value.  Entities: EMAIL, PHONE, CARD, IBAN, IP, SSN.
Spans cover the value only: no ``tel:``/``mailto:`` prefix, no extension, no
port, no surrounding brackets or final punctuation; a leading ``+`` is part of
a phone number.  Fax numbers are labelled PHONE.  IMEIs, masked or partial
values, CIDR network blocks and non-global IPs are never labelled, and neither
are national ids of countries other than the US.

The script ends with self-checks: every span is exactly its value and valid for
its entity (phonenumbers parse + is_valid with the region it was generated for,
Luhn and brand prefix for CARD, mod 97 and country length for IBAN, valid ranges
for SSN, is_global for IP, an e-mail regex for EMAIL); spans do not overlap; and
no Luhn-valid 13-19 digit run (except IMEIs placed on purpose), mod-97-valid
IBAN, global IP, e-mail address, in-range dashed SSN or ``+``-prefixed valid
phone number is left outside the spans of any text.  Output is deterministic
(fixed seed, no reliance on set or hash order).

Run from the repository root::

    .venv/bin/python benchmarks/eighth/make_personal_data_eighth.py
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import json
import random
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SEED = 20261202
OUT_PATH = Path(__file__).resolve().with_name("personal_data_eighth.jsonl")

R = random.Random(SEED)
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


# --------------------------------------------------------------------------
# small random helpers
# --------------------------------------------------------------------------


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p: float) -> bool:
    return R.random() < p


def wpick(pairs):
    total = sum(w for _, w in pairs)
    x = R.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def rdigits(n: int, first_nonzero: bool = False) -> str:
    s = "".join(R.choice(DIGITS) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def ralnum(n: int) -> str:
    return "".join(R.choice(UPPER + DIGITS) for _ in range(n))


def rletters(n: int) -> str:
    return "".join(R.choice(UPPER) for _ in range(n))


def rhex(n: int) -> str:
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


# --------------------------------------------------------------------------
# documents with labelled values
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class V:
    """A labelled value placed in a text."""

    entity: str
    text: str
    region: str = ""


@dataclass(frozen=True)
class Imei:
    """An IMEI placed deliberately (Luhn-valid, never labelled)."""

    text: str


TOKEN = re.compile(r"<<(\w+)>>")


class Doc:
    """Builds a text piece by piece and records span offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0
        self.spans: list[tuple[str, int, int, str]] = []
        self.ignored: list[tuple[int, int]] = []

    def _lit(self, s: str) -> None:
        if s:
            self.parts.append(s)
            self.size += len(s)

    def _val(self, v) -> None:
        if isinstance(v, V):
            self.spans.append((v.entity, self.size, self.size + len(v.text), v.region))
            self._lit(v.text)
        elif isinstance(v, Imei):
            self.ignored.append((self.size, self.size + len(v.text)))
            self._lit(v.text)
        else:
            self._lit(str(v))

    def add(self, template: str, **vals) -> Doc:
        pos = 0
        for m in TOKEN.finditer(template):
            self._lit(template[pos : m.start()])
            self._val(vals[m.group(1)])
            pos = m.end()
        self._lit(template[pos:])
        return self

    def line(self, template: str = "", **vals) -> Doc:
        self.add(template, **vals)
        self._lit("\n")
        return self

    @property
    def text(self) -> str:
        return "".join(self.parts).rstrip()


@dataclass
class Record:
    text: str
    spans: list
    kind: str
    note: str
    lang: str
    ignored: list = field(default_factory=list)


# --------------------------------------------------------------------------
# value generators: PHONE
# --------------------------------------------------------------------------

PHONE_KINDS = {
    "mobile": (
        PhoneNumberType.MOBILE,
        (PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
    ),
    "fixed": (
        PhoneNumberType.FIXED_LINE,
        (PhoneNumberType.FIXED_LINE, PhoneNumberType.FIXED_LINE_OR_MOBILE),
    ),
    "tollfree": (PhoneNumberType.TOLL_FREE, (PhoneNumberType.TOLL_FREE,)),
}


def random_number(region: str, kind: str):
    ptype, accept = PHONE_KINDS[kind]
    example = phonenumbers.example_number_for_type(region, ptype)
    if example is None:
        return random_number(region, "fixed" if kind != "fixed" else "mobile")
    nsn = phonenumbers.national_significant_number(example)
    cc = example.country_code
    for keep in (2, 3, 1, 4):
        keep = min(keep, max(1, len(nsn) - 4))
        for _ in range(400):
            cand = nsn[:keep] + rdigits(len(nsn) - keep)
            num = phonenumbers.parse(f"+{cc}{cand}")
            if (
                phonenumbers.is_valid_number_for_region(num, region)
                and phonenumbers.number_type(num) in accept
            ):
                return num
    raise RuntimeError(f"no valid {kind} number for {region}")


def regroup(d: str) -> str:
    """Split digits into even-sized groups (pairs, threes or fours) as people do."""
    size = pick([2, 3, 3, 4])
    lead = pick([0, 0, 3, 4]) if size == 4 or size == 2 else 0
    out = [d[:lead]] if lead else []
    i = lead
    while i < len(d):
        out.append(d[i : i + size])
        i += size
    if len(out) > 1 and len(out[-1]) == 1:
        out[-2] += out.pop()
    return " ".join(out)


def messy_group(d: str) -> str:
    groups = regroup(d).split(" ")
    s = groups[0]
    for g in groups[1:]:
        s += pick([" ", " ", "-", ".", "  "]) + g
    return s


def same_number(s: str, region: str, num) -> bool:
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    e164 = PhoneNumberFormat.E164
    return phonenumbers.is_valid_number(p) and phonenumbers.format_number(
        p, e164
    ) == phonenumbers.format_number(num, e164)


def phone_variants(num, region: str) -> dict[str, str]:
    cc = str(num.country_code)
    nsn = phonenumbers.national_significant_number(num)
    intl = phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)
    rest = intl[len(cc) + 2 :]
    nat_digits = re.sub(r"\D", "", nat)
    nat_groups = re.findall(r"\d+", nat)
    cand = {
        "intl": intl,
        "e164": "+" + cc + nsn,
        "00": "00" + cc + " " + rest,
        "00_compact": "00" + cc + nsn,
        "intl_dash": "+" + cc + "-" + re.sub(r" +", "-", rest),
        "intl_nsn": "+" + cc + " " + nsn,
        "paren_cc": "(+" + cc + ") " + rest,
        "grouped_intl": "+" + cc + " " + regroup(nsn),
        "messy": "+" + cc + " " + messy_group(nsn),
        "nat": nat,
        "nat_compact": nat_digits,
        "nat_dash": "-".join(nat_groups),
        "nat_dot": ".".join(nat_groups),
        "grouped_nat": regroup(nat_digits),
    }
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    prefix = meta.national_prefix if meta is not None else None
    if prefix and nat_digits.startswith(prefix) and not nsn.startswith(prefix):
        cand["trunk"] = "+" + cc + " (" + prefix + ")" + rest
        cand["trunk_sp"] = "+" + cc + " (" + prefix + ") " + rest
    if region in ("DE", "AT", "CH") and len(nat_groups) >= 2:
        cand["slash"] = nat_groups[0] + "/" + "".join(nat_groups[1:])
        cand["slash_sp"] = nat_groups[0] + " / " + " ".join(nat_groups[1:])
    if cc == "1":
        cand["nanp_1"] = "1-" + cand["nat_dash"]
        cand["nanp_plus"] = "+1 " + nat
        cand["nanp_dot"] = cand["nat_dot"]
    out = {}
    for key, s in cand.items():
        s = s.strip()
        if same_number(s, region, num):
            out[key] = s
    return out


STYLE_WEIGHTS = {
    "intl": {
        "intl": 5,
        "e164": 2,
        "00": 2,
        "intl_dash": 1,
        "trunk": 1,
        "trunk_sp": 0.5,
        "grouped_intl": 1,
        "paren_cc": 0.5,
        "00_compact": 0.5,
        "intl_nsn": 0.7,
        "messy": 0.6,
    },
    "nat": {
        "nat": 6,
        "nat_compact": 1.5,
        "nat_dash": 1,
        "nat_dot": 0.7,
        "grouped_nat": 1,
        "slash": 1.2,
        "slash_sp": 0.4,
        "nanp_1": 0.6,
        "nanp_dot": 0.6,
        "nanp_plus": 0.6,
    },
    "e164": {"e164": 1},
    "plain": {"intl": 3, "nat": 3, "e164": 1},
}
STYLE_WEIGHTS["any"] = {**STYLE_WEIGHTS["intl"], **STYLE_WEIGHTS["nat"]}

PHONE_STYLE_LOG: Counter = Counter()


def phone(region: str, kind: str = "mobile", style: str = "any") -> V:
    num = random_number(region, kind)
    variants = phone_variants(num, region)
    weights = STYLE_WEIGHTS[style]
    options = [(k, w) for k, w in weights.items() if k in variants]
    if not options:
        options = [(k, 1.0) for k in variants]
    key = wpick(options)
    PHONE_STYLE_LOG[key] += 1
    return V("PHONE", variants[key], region)


def phone_pair(region: str, kind: str = "mobile") -> tuple[V, V]:
    """The same number written twice, e.g. national in speech, E.164 as caller id."""
    num = random_number(region, kind)
    variants = phone_variants(num, region)
    first = variants.get("nat", variants["intl"])
    second = variants.get("e164", variants["intl"])
    return V("PHONE", first, region), V("PHONE", second, region)


# --------------------------------------------------------------------------
# value generators: CARD
# --------------------------------------------------------------------------

CARD_BRANDS = {
    "Visa": (["4"], [16]),
    "Mastercard": (["51", "52", "53", "54", "55"], [16]),
    "Mastercard2": ([str(i) for i in range(2221, 2721)], [16]),
    "Amex": (["34", "37"], [15]),
    "Discover": (["6011", "65"] + [str(i) for i in range(644, 650)], [16]),
    "JCB": ([str(i) for i in range(3528, 3590)], [16]),
    "Diners": (["36", "38"] + [str(i) for i in range(300, 306)], [14]),
    "UnionPay": (["62"], [16, 16, 19]),
    "Maestro": (
        ["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"],
        [16, 16, 19],
    ),
    "Mir": (["2200", "2201", "2202", "2203", "2204"], [16]),
    "RuPay": (["6521", "6522", "508"], [16]),
    "Troy": (["9792"], [16]),
    "Elo": (["636368", "504175", "5067"], [16]),
}
CARD_LABELS = {
    "Visa": ["Visa", "VISA", "Visa Debit"],
    "Mastercard": ["Mastercard", "MC", "MasterCard"],
    "Mastercard2": ["Mastercard", "MC"],
    "Amex": ["Amex", "American Express", "AMEX"],
    "Discover": ["Discover"],
    "JCB": ["JCB"],
    "Diners": ["Diners Club", "Diners"],
    "UnionPay": ["UnionPay", "银联"],
    "Maestro": ["Maestro"],
    "Mir": ["Мир", "МИР", "Mir"],
    "RuPay": ["RuPay"],
    "Troy": ["Troy"],
    "Elo": ["Elo"],
}


def luhn_ok(d: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in DIGITS:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_digits(brand: str) -> str:
    prefixes, lengths = CARD_BRANDS[brand]
    prefix = pick(prefixes)
    length = pick(lengths)
    return luhn_complete(prefix + rdigits(length - len(prefix) - 1))


def fmt_card(d: str, sep: str | None = None) -> str:
    n = len(d)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 19:
        sizes = pick([[4, 4, 4, 4, 3], [6, 13]])
    else:
        sizes = [4, 4, 4, 4]
    if sep is None:
        sep = wpick([(" ", 6), ("-", 2), ("", 3), ("  ", 0.4)])
    if sep == "":
        return d
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    return sep.join(out)


def card(brand: str | None = None, sep: str | None = None) -> tuple[V, str]:
    if brand is None:
        brand = wpick(
            [
                ("Visa", 32),
                ("Mastercard", 16),
                ("Mastercard2", 8),
                ("Amex", 10),
                ("Discover", 6),
                ("JCB", 5),
                ("Diners", 4),
                ("UnionPay", 6),
                ("Maestro", 5),
            ]
        )
    return V("CARD", fmt_card(card_digits(brand), sep)), pick(CARD_LABELS[brand])


def card_brand_ok(d: str) -> bool:
    return any(
        d.startswith(p) and len(d) in lengths
        for prefixes, lengths in CARD_BRANDS.values()
        for p in prefixes
    )


def expiry() -> str:
    m = R.randint(1, 12)
    y = R.randint(26, 31)
    return pick([f"{m:02d}/{y}", f"{m:02d}/20{y}", f"{m:02d}-{y}", f"{m:02d}{y}"])


def cvv(n: int = 3) -> str:
    return rdigits(n)


# --------------------------------------------------------------------------
# value generators: IBAN
# --------------------------------------------------------------------------

IBAN_FORMATS = {
    "AD": "4n4n12c",
    "AE": "3n16n",
    "AL": "8n16c",
    "AT": "5n11n",
    "AZ": "4a20c",
    "BA": "3n3n8n2n",
    "BE": "3n7n2n",
    "BG": "4a4n2n8c",
    "BH": "4a14c",
    "BR": "8n5n10n1a1c",
    "BY": "4c4n16c",
    "CH": "5n12c",
    "CR": "4n14n",
    "CY": "3n5n16c",
    "CZ": "4n6n10n",
    "DE": "8n10n",
    "DK": "4n9n1n",
    "DO": "4c20n",
    "EE": "2n2n11n1n",
    "EG": "4n4n17n",
    "ES": "4n4n1n1n10n",
    "FI": "3n11n",
    "FO": "4n9n1n",
    "FR": "5n5n11c2n",
    "GB": "4a6n8n",
    "GE": "2a16n",
    "GI": "4a15c",
    "GL": "4n9n1n",
    "GR": "3n4n16c",
    "GT": "4c20c",
    "HR": "7n10n",
    "HU": "3n4n1n15n1n",
    "IE": "4a6n8n",
    "IL": "3n3n13n",
    "IQ": "4a3n12n",
    "IR": "3n19n",
    "IS": "4n2n6n10n",
    "IT": "1a5n5n12c",
    "JO": "4a4n18c",
    "KW": "4a22c",
    "KZ": "3n13c",
    "LB": "4n20c",
    "LC": "4a24c",
    "LI": "5n12c",
    "LT": "5n11n",
    "LU": "3n13c",
    "LV": "4a13c",
    "MC": "5n5n11c2n",
    "MD": "2c18c",
    "ME": "3n13n2n",
    "MK": "3n10c2n",
    "MR": "5n5n11n2n",
    "MT": "4a5n18c",
    "MU": "4a2n2n12n3n3a",
    "NL": "4a10n",
    "NO": "4n6n1n",
    "PK": "4a16c",
    "PL": "8n16n",
    "PS": "4a21c",
    "PT": "4n4n11n2n",
    "QA": "4a21c",
    "RO": "4a16c",
    "RS": "3n13n2n",
    "SA": "2n18c",
    "SC": "4a2n2n16n3a",
    "SE": "3n16n1n",
    "SI": "5n8n2n",
    "SK": "4n6n10n",
    "SM": "1a5n5n12c",
    "TL": "3n14n2n",
    "TN": "2n3n13n2n",
    "TR": "5n1n16c",
    "UA": "6n19c",
    "VA": "3n15n",
    "VG": "4a16n",
    "XK": "4n10n2n",
}
IBAN_LEN = {
    cc: 4 + sum(int(n) for n in re.findall(r"(\d+)[nac]", f)) for cc, f in IBAN_FORMATS.items()
}
# countries only used by the leak check (lengths from the IBAN registry)
IBAN_LEN_ALL = {
    **IBAN_LEN,
    "BI": 27,
    "DJ": 27,
    "FK": 18,
    "HN": 28,
    "LY": 25,
    "MN": 20,
    "NI": 28,
    "OM": 23,
    "RU": 33,
    "SD": 18,
    "SO": 23,
    "ST": 25,
    "SV": 28,
    "YE": 30,
}


def iban_numeric(s: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(s: str) -> bool:
    s = s.replace(" ", "").upper()
    if len(s) < 5 or not s.isalnum() or not s.isascii():
        return False
    cc = s[:2]
    if IBAN_LEN_ALL.get(cc) != len(s) or not s[2:4].isdigit():
        return False
    return iban_numeric(s[4:] + s[:4]) % 97 == 1


def bban(cc: str) -> str:
    out = []
    for n, t in re.findall(r"(\d+)([nac])", IBAN_FORMATS[cc]):
        for _ in range(int(n)):
            if t == "n":
                out.append(R.choice(DIGITS))
            elif t == "a":
                out.append(R.choice(UPPER))
            else:
                out.append(R.choice(DIGITS) if chance(0.95) else R.choice(UPPER))
    return "".join(out)


def iban_compact(cc: str) -> str:
    b = bban(cc)
    check = 98 - iban_numeric(b + cc + "00") % 97
    s = f"{cc}{check:02d}{b}"
    assert iban_ok(s)
    return s


def group4(s: str) -> str:
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


def iban(cc: str, style: str | None = None) -> V:
    s = iban_compact(cc)
    if style is None:
        style = wpick([("group", 6), ("compact", 3), ("lower", 0.6), ("lgroup", 0.4)])
    if style == "group":
        s = group4(s)
    elif style == "lower":
        s = s.lower()
    elif style == "lgroup":
        s = group4(s).lower()
    return V("IBAN", s)


def bic(cc: str) -> str:
    return (
        rletters(4)
        + cc
        + pick(["FF", "PP", "MM", "2X", "22", "HH", "XX"])
        + pick(["", "", "XXX", "100"])
    )


# --------------------------------------------------------------------------
# value generators: SSN, IP, EMAIL
# --------------------------------------------------------------------------


def ssn_parts() -> tuple[int, int, int]:
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return area, R.randint(1, 99), R.randint(1, 9999)


def ssn(style: str = "dash") -> V:
    a, g, s = ssn_parts()
    if style == "any":
        style = wpick([("dash", 6), ("space", 2), ("bare", 2)])
    if style == "dash":
        t = f"{a:03d}-{g:02d}-{s:04d}"
    elif style == "space":
        t = f"{a:03d} {g:02d} {s:04d}"
    else:
        t = f"{a:03d}{g:02d}{s:04d}"
    return V("SSN", t)


def ssn_valid_text(t: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", t)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < a < 900 and a != 666 and g != 0 and s != 0


def is_global_ip(s: str) -> bool:
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return False
    if a.is_multicast or a.is_reserved or a.is_unspecified or a.is_link_local:
        return False
    if a.version == 6 and (
        a.ipv4_mapped is not None or a.sixtofour is not None or a.teredo is not None
    ):
        return False
    return a.is_global


def ip4() -> V:
    while True:
        s = f"{R.randint(1, 223)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
        if is_global_ip(s):
            return V("IP", s)


IPV6_FIRST = (
    [0x2001] * 2
    + list(range(0x2400, 0x2410))
    + list(range(0x2600, 0x2610))
    + list(range(0x2800, 0x2804))
    + list(range(0x2A00, 0x2A10))
    + [0x2C0F]
)


def ip6(style: str | None = None) -> V:
    while True:
        first = pick(IPV6_FIRST)
        second = R.randint(0x0200, 0xFFFF) if first == 0x2001 else R.randint(0, 0xFFFF)
        net = [first, second, R.randint(0, 0xFFFF), R.choice([0, R.randint(0, 0xFFFF)])]
        host = pick(
            [
                [0, 0, 0, R.randint(1, 0xFF)],
                [0, 0, 0, R.randint(1, 0xFFFF)],
                [R.randint(0, 0xFFFF) for _ in range(4)],
                [R.randint(0, 0xFFFF), R.randint(0, 0xFFFF), 0, R.randint(1, 0xFFFF)],
            ]
        )
        addr = ipaddress.IPv6Address(":".join(f"{x:x}" for x in net + host))
        if not is_global_ip(str(addr)):
            continue
        if style is None:
            style = wpick([("short", 8), ("upper", 1), ("full", 1), ("nozip", 1)])
        if style == "short":
            s = addr.compressed
        elif style == "upper":
            s = addr.compressed.upper()
        elif style == "full":
            s = addr.exploded
        else:
            s = ":".join(f"{int(h, 16):x}" for h in addr.exploded.split(":"))
        return V("IP", s)


def ip_any(p6: float = 0.3) -> V:
    return ip6() if chance(p6) else ip4()


EMAIL_FULL = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}"
)
EMAIL_TAGS = ["shop", "news", "work", "bank", "travel", "2024", "kids", "amazon", "taxes"]
GENERIC_DOMAINS = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "proton.me",
    "hotmail.com",
]
COMPANY_WORDS = [
    "northwind",
    "bluepeak",
    "harborline",
    "greenleaf",
    "vertexa",
    "copperfield",
    "sunhill",
    "ironbridge",
]


def email_local(first: str, last: str) -> str:
    n = R.randint(1, 99)
    return wpick(
        [
            (f"{first}.{last}", 6),
            (f"{first}{last}", 2),
            (f"{first[0]}{last}", 2),
            (f"{first}_{last}", 1),
            (f"{last}.{first}", 1),
            (f"{first}.{last}{n}", 2),
            (f"{first}{R.randint(70, 99)}", 1),
            (f"{first}.{last}+{pick(EMAIL_TAGS)}", 1.5),
            (f"{first}+{pick(EMAIL_TAGS)}", 0.7),
            (f"{first[0]}.{last}", 1),
            (f"{last}{first[0]}{R.randint(1, 9)}", 0.6),
        ]
    )


def company_domain(tld: str) -> str:
    base = pick(COMPANY_WORDS) + pick(["", "-group", "-labs", "-trading", "-legal"])
    return pick(["", "", "mail.", "eu.", "corp.", "sales."]) + base + "." + tld


def email_for(lang: str, who=None, domain: str | None = None) -> V:
    if who is None:
        who = person(lang)
    _, first, last = who
    if domain is None:
        doms = LANGS[lang]["domains"]
        domain = wpick(
            [
                (pick(doms), 6),
                (pick(GENERIC_DOMAINS), 2),
                (company_domain(pick(doms).split(".")[-1]), 2),
            ]
        )
    return V("EMAIL", f"{email_local(first, last)}@{domain}")


def role_email(lang: str, role: str | None = None) -> V:
    doms = LANGS[lang]["domains"]
    role = role or pick(["info", "office", "support", "billing", "hello", "contact", "booking"])
    return V("EMAIL", f"{role}@{company_domain(pick(doms).split('.')[-1])}")


def person(lang: str):
    return pick(LANGS[lang]["names"])


# --------------------------------------------------------------------------
# languages: phrases written for this set
# --------------------------------------------------------------------------
# labels: tel, mobile, fax, e-mail, name, total
# cur: prefix, suffix, thousands separator, decimal separator, decimals, low, high

LANGS: dict[str, dict] = {}


def lang(code: str, **kw) -> None:
    kw.setdefault("ibans", [])
    kw.setdefault("wrote", None)
    kw.setdefault("ssn", [])
    LANGS[code] = kw


lang(
    "en",
    name="English",
    regions=[
        "US",
        "GB",
        "IE",
        "CA",
        "AU",
        "NZ",
        "SG",
        "ZA",
        "IN",
        "NG",
        "KE",
        "GH",
        "PH",
        "HK",
        "PK",
    ],
    ibans=["GB", "IE", "MT", "GI", "MU", "PK"],
    names=[
        ("Emily Carter", "emily", "carter"),
        ("Marcus Bell", "marcus", "bell"),
        ("Priya Nair", "priya", "nair"),
        ("Tom Gallagher", "tom", "gallagher"),
        ("Hannah O'Neill", "hannah", "oneill"),
        ("Daniel Okafor", "daniel", "okafor"),
    ],
    domains=[
        "gmail.com",
        "outlook.com",
        "btinternet.com",
        "bigpond.com",
        "xtra.co.nz",
        "mweb.co.za",
        "comcast.net",
        "yahoo.co.uk",
    ],
    labels=("Tel", "Mobile", "Fax", "Email", "Name", "Total"),
    hello="Hey!",
    thanks="Thanks 🙏",
    call=[
        "Call me on <<p>> when you land.",
        "New number, save it: <<p>>",
        "You can reach me at <<p>> after 6pm.",
        "my cell is <<p>> if the office line is busy",
    ],
    mail=[
        "Send the files to <<e>> please.",
        "My new email is <<e>>",
        "cc me on <<e>> so I don't miss it",
    ],
    iban=[
        "Please pay the deposit to IBAN <<i>> (account name <<name>>).",
        "Bank details for the refund: <<i>>, <<name>>.",
    ],
    card=["Card number is <<c>>, expiry <<exp>>.", "use my card <<c>> exp <<exp>> for the booking"],
    ip=["Can you whitelist my home IP <<ip>>? Thanks", "the VPN shows my public address as <<ip>>"],
    neg=[
        "Your order <<order>> has shipped, tracking <<track>>.",
        "Meeting moved to <<date>> at <<time>>.",
        "Total due: <<amount>> by <<date>>.",
        "Build <<build>> passed all checks.",
        "Your customer number is <<cust>>, please quote it when you call.",
        "Ticket <<ticket>> has been resolved.",
    ],
    ad="For sale: <<item>>, <<price>>, barely used. Text <<p>>.",
    items=["road bike (56 cm)", "IKEA sofa", "kids' bunk bed"],
    cities=["Leeds", "Denver", "Cork", "Auckland"],
    cur=("$", "", ",", ".", 2, 5, 2500),
    datefmt="mdy/",
    wrote="On <<date>> at <<time>>, <<name>> <<<e>>> wrote:",
    ssn=[
        "My SSN is <<s>> if you need it for the form.",
        "SS# <<s>>",
        "social is <<s>>",
    ],
)
lang(
    "es",
    name="Spanish",
    regions=["ES", "MX", "AR", "CO", "CL", "PE"],
    ibans=["ES", "DO", "CR", "GT"],
    names=[
        ("Lucía Fernández", "lucia", "fernandez"),
        ("Javier Moreno", "javier", "moreno"),
        ("Camila Rojas", "camila", "rojas"),
        ("Diego Ramírez", "diego", "ramirez"),
    ],
    domains=[
        "hotmail.es",
        "yahoo.es",
        "telefonica.net",
        "prodigy.net.mx",
        "fibertel.com.ar",
        "gmail.com",
        "une.net.co",
    ],
    labels=("Tel.", "Móvil", "Fax", "Correo", "Nombre", "Total"),
    hello="¡Hola!",
    thanks="¡Gracias!",
    call=[
        "Llámame al <<p>> cuando llegues.",
        "Este es mi número nuevo: <<p>>",
        "Puedes localizarme en el <<p>> a partir de las 18h.",
        "mi cel es <<p>>, escríbeme por whats",
    ],
    mail=["Mándame los documentos a <<e>>, porfa.", "Mi correo nuevo es <<e>>"],
    iban=[
        "Por favor, haz la transferencia al IBAN <<i>>, titular <<name>>.",
        "Datos para el pago: <<i>> a nombre de <<name>>.",
    ],
    card=[
        "El número de la tarjeta es <<c>>, caduca el <<exp>>.",
        "te paso la tarjeta: <<c>> vence <<exp>>",
    ],
    ip=["¿Puedes añadir mi IP <<ip>> a la lista blanca?"],
    neg=[
        "Tu pedido <<order>> ha sido enviado. Número de seguimiento: <<track>>.",
        "La reunión se cambia al <<date>> a las <<time>>.",
        "Importe total: <<amount>>. Fecha de vencimiento: <<date>>.",
        "Número de cliente: <<cust>>. Conserve este número para futuras consultas.",
    ],
    ad="Vendo <<item>> por <<price>>, como nuevo. Whatsapp <<p>>.",
    items=["bicicleta de montaña", "sofá de tres plazas", "cuna de bebé"],
    cities=["Sevilla", "Guadalajara", "Rosario", "Medellín"],
    cur=("", " €", ".", ",", 2, 5, 2500),
    datefmt="dmy/",
    wrote="El <<date>>, a las <<time>>, <<name>> (<<e>>) escribió:",
    ssn=[
        "Mi número de Seguro Social es <<s>>.",
        "le paso mi seguro social: <<s>>",
        "Número de Seguro Social (SSN): <<s>>",
    ],
)
lang(
    "pt",
    name="Portuguese",
    regions=["BR", "PT"],
    ibans=["PT", "BR"],
    names=[
        ("João Pereira", "joao", "pereira"),
        ("Mariana Costa", "mariana", "costa"),
        ("Thiago Almeida", "thiago", "almeida"),
    ],
    domains=["uol.com.br", "bol.com.br", "terra.com.br", "sapo.pt", "gmail.com", "hotmail.com"],
    labels=("Tel.", "Celular", "Fax", "E-mail", "Nome", "Total"),
    hello="Oi!",
    thanks="Valeu!",
    call=[
        "Me liga no <<p>> quando chegar.",
        "Anota meu número novo: <<p>>",
        "Pode me ligar no <<p>> depois das 18h.",
    ],
    mail=["Manda os arquivos para <<e>>, por favor.", "Meu e-mail novo é <<e>>"],
    iban=["Por favor transfere para o IBAN <<i>>, titular <<name>>."],
    card=["O número do cartão é <<c>>, validade <<exp>>."],
    ip=["Consegue liberar meu IP <<ip>> no firewall?"],
    neg=[
        "Seu pedido <<order>> foi enviado. Código de rastreio: <<track>>.",
        "A reunião foi remarcada para <<date>> às <<time>>.",
        "Valor total: <<amount>>. Vencimento: <<date>>.",
        "Número do protocolo: <<ticket>>.",
    ],
    ad="Vendo <<item>> por <<price>>, semi-novo. Chama no zap <<p>>",
    items=["geladeira Brastemp", "bicicleta aro 29"],
    cities=["Campinas", "Porto", "Recife"],
    cur=("R$ ", "", ".", ",", 2, 10, 5000),
    datefmt="dmy/",
    wrote="Em <<date>> às <<time>>, <<name>> <<<e>>> escreveu:",
    ssn=["Meu número do Social Security (SSN) é <<s>>, pode preencher no formulário?"],
)
lang(
    "fr",
    name="French",
    regions=["FR", "BE", "CH", "LU", "CA", "MA"],
    ibans=["FR", "BE", "LU", "MC", "CH", "TN"],
    names=[
        ("Camille Laurent", "camille", "laurent"),
        ("Hugo Lefèvre", "hugo", "lefevre"),
        ("Élodie Martin", "elodie", "martin"),
    ],
    domains=[
        "orange.fr",
        "free.fr",
        "laposte.net",
        "wanadoo.fr",
        "sfr.fr",
        "skynet.be",
        "videotron.ca",
    ],
    labels=("Tél.", "Portable", "Fax", "Courriel", "Nom", "Total"),
    hello="Salut !",
    thanks="Merci !",
    call=[
        "Appelle-moi au <<p>> quand tu arrives.",
        "Nouveau numéro, enregistre-le : <<p>>",
        "Vous pouvez me joindre au <<p>> après 18 h.",
    ],
    mail=["Envoie-moi les documents à <<e>> stp.", "Ma nouvelle adresse mail : <<e>>"],
    iban=[
        "Merci de faire le virement sur l'IBAN <<i>>, titulaire <<name>>.",
        "RIB pour le loyer : <<i>> (<<name>>)",
    ],
    card=["Le numéro de carte est <<c>>, expiration <<exp>>."],
    ip=["Tu peux autoriser mon adresse IP <<ip>> sur le serveur ?"],
    neg=[
        "Votre commande <<order>> a été expédiée, numéro de suivi <<track>>.",
        "La réunion est décalée au <<date>> à <<time>>.",
        "Montant total : <<amount>>, à régler avant le <<date>>.",
        "Numéro de client : <<cust>>.",
    ],
    ad="Vends <<item>>, <<price>>, très bon état. Tél. <<p>>",
    items=["vélo de ville", "canapé d'angle"],
    cities=["Lyon", "Liège", "Genève", "Montréal"],
    cur=("", " €", " ", ",", 2, 5, 2500),
    datefmt="dmy/",
    wrote="Le <<date>> à <<time>>, <<name>> <<<e>>> a écrit :",
    ssn=["Mon numéro de sécurité sociale américain (SSN) est le <<s>>."],
)
lang(
    "de",
    name="German",
    regions=["DE", "AT", "CH", "LU"],
    ibans=["DE", "AT", "CH", "LI", "LU"],
    names=[
        ("Jonas Becker", "jonas", "becker"),
        ("Lena Schäfer", "lena", "schaefer"),
        ("Matthias Grüber", "matthias", "grueber"),
    ],
    domains=["gmx.de", "web.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch"],
    labels=("Tel.", "Mobil", "Fax", "E-Mail", "Name", "Summe"),
    hello="Hi!",
    thanks="Danke dir!",
    call=[
        "Ruf mich an unter <<p>>, wenn du gelandet bist.",
        "Neue Nummer, bitte speichern: <<p>>",
        "Ab 18 Uhr bin ich unter <<p>> erreichbar.",
    ],
    mail=["Schick mir die Unterlagen bitte an <<e>>.", "Meine neue Mailadresse: <<e>>"],
    iban=[
        "Bitte überweise die Kaution auf IBAN <<i>>, Kontoinhaber <<name>>.",
        "Meine Bankverbindung: <<i>> (<<name>>)",
    ],
    card=["Kartennummer: <<c>>, gültig bis <<exp>>."],
    ip=["Kannst du meine IP-Adresse <<ip>> freischalten?"],
    neg=[
        "Ihre Bestellung <<order>> wurde versandt, Sendungsnummer <<track>>.",
        "Termin verschoben auf den <<date>> um <<time>> Uhr.",
        "Gesamtbetrag: <<amount>>, fällig am <<date>>.",
        "Ihre Kundennummer lautet <<cust>>.",
    ],
    ad="Verkaufe <<item>> für <<price>> VB, kaum benutzt. Tel. <<p>>",
    items=["Kinderwagen", "E-Bike"],
    cities=["Köln", "Graz", "Basel"],
    cur=("", " €", ".", ",", 2, 5, 2500),
    datefmt="dmy.",
    wrote="Am <<date>> um <<time>> schrieb <<name>> <<<e>>>:",
)
lang(
    "it",
    name="Italian",
    regions=["IT", "CH"],
    ibans=["IT", "SM", "VA"],
    names=[
        ("Giulia Romano", "giulia", "romano"),
        ("Lorenzo Bianchi", "lorenzo", "bianchi"),
        ("Chiara Ferrari", "chiara", "ferrari"),
    ],
    domains=["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"],
    labels=("Tel.", "Cell.", "Fax", "Email", "Nome", "Totale"),
    hello="Ciao!",
    thanks="Grazie!",
    call=[
        "Chiamami al <<p>> quando arrivi.",
        "Nuovo numero, salvalo: <<p>>",
        "Mi trovi al <<p>> dopo le 18.",
    ],
    mail=["Mandami i documenti a <<e>>, grazie.", "Il mio nuovo indirizzo email è <<e>>"],
    iban=["Per favore fai il bonifico sull'IBAN <<i>>, intestato a <<name>>."],
    card=["Il numero della carta è <<c>>, scadenza <<exp>>."],
    ip=["Puoi abilitare il mio indirizzo IP <<ip>> sul firewall?"],
    neg=[
        "Il tuo ordine <<order>> è stato spedito, codice di tracciamento <<track>>.",
        "La riunione è spostata al <<date>> alle <<time>>.",
        "Totale da pagare: <<amount>> entro il <<date>>.",
        "Codice cliente: <<cust>>.",
    ],
    ad="Vendo <<item>> a <<price>>, come nuovo. Contattare <<p>>",
    items=["divano letto", "bici da corsa"],
    cities=["Bologna", "Lugano", "Torino"],
    cur=("€ ", "", ".", ",", 2, 5, 2500),
    datefmt="dmy/",
    wrote="Il giorno <<date>> alle ore <<time>> <<name>> <<<e>>> ha scritto:",
)
lang(
    "nl",
    name="Dutch",
    regions=["NL", "BE"],
    ibans=["NL", "BE"],
    names=[
        ("Sanne de Vries", "sanne", "devries"),
        ("Daan Jansen", "daan", "jansen"),
        ("Femke Bakker", "femke", "bakker"),
    ],
    domains=["ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be", "gmail.com"],
    labels=("Tel.", "Mobiel", "Fax", "E-mail", "Naam", "Totaal"),
    hello="Hoi!",
    thanks="Bedankt!",
    call=[
        "Bel me op <<p>> als je geland bent.",
        "Nieuw nummer, sla het op: <<p>>",
        "Na 18.00 uur ben ik bereikbaar op <<p>>.",
    ],
    mail=["Stuur de documenten naar <<e>> aub.", "Mijn nieuwe e-mailadres is <<e>>"],
    iban=[
        "Wil je de borg overmaken naar <<i>> t.n.v. <<name>>?",
        "Tikkie werkt niet, maak maar over op <<i>>",
    ],
    card=["Kaartnummer: <<c>>, geldig tot <<exp>>."],
    ip=["Kun je mijn IP-adres <<ip>> toevoegen aan de whitelist?"],
    neg=[
        "Je bestelling <<order>> is verzonden, track & trace: <<track>>.",
        "De afspraak is verplaatst naar <<date>> om <<time>>.",
        "Totaalbedrag: <<amount>>, te betalen vóór <<date>>.",
        "Klantnummer: <<cust>>.",
    ],
    ad="Te koop: <<item>>, <<price>>, zo goed als nieuw. Bel of app <<p>>",
    items=["bakfiets", "eettafel"],
    cities=["Utrecht", "Gent"],
    cur=("€ ", "", ".", ",", 2, 5, 2500),
    datefmt="dmy-",
    wrote="Op <<date>> om <<time>> schreef <<name>> <<<e>>>:",
)
lang(
    "pl",
    name="Polish",
    regions=["PL"],
    ibans=["PL"],
    names=[
        ("Katarzyna Nowak", "katarzyna", "nowak"),
        ("Piotr Wiśniewski", "piotr", "wisniewski"),
        ("Zofia Kowalczyk", "zofia", "kowalczyk"),
    ],
    domains=["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    labels=("Tel.", "Kom.", "Faks", "E-mail", "Imię i nazwisko", "Suma"),
    hello="Cześć!",
    thanks="Dzięki!",
    call=[
        "Zadzwoń do mnie na <<p>>, jak wylądujesz.",
        "Nowy numer, zapisz sobie: <<p>>",
        "Po 18 jestem pod numerem <<p>>.",
    ],
    mail=["Wyślij mi dokumenty na <<e>>.", "Mój nowy adres e-mail: <<e>>"],
    iban=["Proszę o przelew kaucji na konto <<i>>, odbiorca <<name>>."],
    card=["Numer karty: <<c>>, ważna do <<exp>>."],
    ip=["Możesz dodać mój adres IP <<ip>> do białej listy?"],
    neg=[
        "Twoje zamówienie <<order>> zostało wysłane, numer przesyłki <<track>>.",
        "Spotkanie przeniesione na <<date>>, godz. <<time>>.",
        "Do zapłaty: <<amount>>, termin płatności <<date>>.",
        "Numer klienta: <<cust>>.",
    ],
    ad="Sprzedam <<item>>, <<price>>, stan bardzo dobry. Tel. <<p>>",
    items=["rower górski", "wózek dziecięcy"],
    cities=["Kraków", "Gdańsk"],
    cur=("", " zł", " ", ",", 2, 10, 5000),
    datefmt="dmy.",
    wrote="W dniu <<date>> o <<time>> <<name>> <<<e>>> napisał(a):",
)
lang(
    "cs",
    name="Czech",
    regions=["CZ"],
    ibans=["CZ"],
    names=[
        ("Tereza Dvořáková", "tereza", "dvorakova"),
        ("Jakub Novotný", "jakub", "novotny"),
        ("Petr Svoboda", "petr", "svoboda"),
    ],
    domains=["seznam.cz", "email.cz", "centrum.cz"],
    labels=("Tel.", "Mobil", "Fax", "E-mail", "Jméno", "Celkem"),
    hello="Ahoj!",
    thanks="Díky!",
    call=[
        "Zavolej mi na <<p>>, až přistaneš.",
        "Nové číslo, ulož si ho: <<p>>",
        "Po šesté jsem k zastižení na <<p>>.",
    ],
    mail=["Pošli mi dokumenty na <<e>>, díky.", "Můj nový e-mail je <<e>>"],
    iban=["Prosím pošli nájem na účet <<i>>, majitel účtu <<name>>."],
    card=["Číslo karty: <<c>>, platnost do <<exp>>."],
    ip=["Můžeš povolit mou IP adresu <<ip>> na serveru?"],
    neg=[
        "Vaše objednávka <<order>> byla odeslána, číslo zásilky <<track>>.",
        "Schůzka se přesouvá na <<date>> v <<time>>.",
        "Celkem k úhradě: <<amount>>, splatnost <<date>>.",
        "Zákaznické číslo: <<cust>>.",
    ],
    ad="Prodám <<item>>, <<price>>, jako nové. Tel. <<p>>",
    items=["dětský kočárek", "horské kolo"],
    cities=["Brno", "Olomouc"],
    cur=("", " Kč", " ", ",", 0, 100, 40000),
    datefmt="dmy.",
)
lang(
    "sk",
    name="Slovak",
    regions=["SK"],
    ibans=["SK"],
    names=[
        ("Zuzana Horváthová", "zuzana", "horvathova"),
        ("Martin Kováč", "martin", "kovac"),
        ("Lucia Balážová", "lucia", "balazova"),
    ],
    domains=["azet.sk", "centrum.sk", "gmail.com"],
    labels=("Tel.", "Mobil", "Fax", "E-mail", "Meno", "Spolu"),
    hello="Ahoj!",
    thanks="Vďaka!",
    call=[
        "Zavolaj mi na <<p>>, keď pristaneš.",
        "Nové číslo, ulož si ho: <<p>>",
        "Po šiestej ma zastihneš na <<p>>.",
    ],
    mail=["Pošli mi dokumenty na <<e>>, vďaka.", "Môj nový e-mail je <<e>>"],
    iban=["Prosím, pošli nájomné na účet <<i>>, majiteľ účtu <<name>>."],
    card=["Číslo karty: <<c>>, platnosť do <<exp>>."],
    ip=["Môžeš povoliť moju IP adresu <<ip>>?"],
    neg=[
        "Vaša objednávka <<order>> bola odoslaná, číslo zásielky <<track>>.",
        "Stretnutie sa presúva na <<date>> o <<time>>.",
        "Suma na úhradu: <<amount>>, splatnosť <<date>>.",
        "Zákaznícke číslo: <<cust>>.",
    ],
    ad="Predám <<item>>, <<price>>, ako nové. Tel. <<p>>",
    items=["detský kočík", "bicykel"],
    cities=["Košice", "Žilina"],
    cur=("", " €", " ", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "hu",
    name="Hungarian",
    regions=["HU"],
    ibans=["HU"],
    names=[
        ("Nagy Eszter", "eszter", "nagy"),
        ("Kovács Bence", "bence", "kovacs"),
        ("Tóth Réka", "reka", "toth"),
    ],
    domains=["freemail.hu", "citromail.hu", "gmail.com"],
    labels=("Tel.", "Mobil", "Fax", "E-mail", "Név", "Összesen"),
    hello="Szia!",
    thanks="Köszi!",
    call=[
        "Hívj fel a <<p>> számon, ha leszálltál.",
        "Új számom van, mentsd el: <<p>>",
        "Este 6 után a <<p>> számon érsz el.",
    ],
    mail=["Küldd el a dokumentumokat a <<e>> címre.", "Az új e-mail címem: <<e>>"],
    iban=["Kérlek, utald a kauciót erre a számlára: <<i>>, kedvezményezett: <<name>>."],
    card=["Kártyaszám: <<c>>, lejárat: <<exp>>."],
    ip=["Fel tudnád venni az IP-címemet (<<ip>>) a fehérlistára?"],
    neg=[
        "A(z) <<order>> számú rendelésedet feladtuk, csomagkövetési szám: <<track>>.",
        "A megbeszélés átkerül <<date>> <<time>> órára.",
        "Fizetendő összeg: <<amount>>, határidő: <<date>>.",
        "Ügyfélszám: <<cust>>.",
    ],
    ad="Eladó <<item>>, <<price>>, újszerű állapotban. Tel.: <<p>>",
    items=["gyerekbicikli", "kanapé"],
    cities=["Debrecen", "Szeged"],
    cur=("", " Ft", " ", ",", 0, 1000, 150000),
    datefmt="hu",
)
lang(
    "ro",
    name="Romanian",
    regions=["RO"],
    ibans=["RO", "MD"],
    names=[
        ("Andreea Popescu", "andreea", "popescu"),
        ("Mihai Ionescu", "mihai", "ionescu"),
        ("Ioana Dumitru", "ioana", "dumitru"),
    ],
    domains=["yahoo.ro", "gmail.com", "rdslink.ro"],
    labels=("Tel.", "Mobil", "Fax", "E-mail", "Nume", "Total"),
    hello="Salut!",
    thanks="Mersi!",
    call=[
        "Sună-mă la <<p>> când aterizezi.",
        "Număr nou, salvează-l: <<p>>",
        "După ora 18 mă găsești la <<p>>.",
    ],
    mail=["Trimite-mi documentele pe <<e>>, te rog.", "Noua mea adresă de e-mail: <<e>>"],
    iban=["Te rog să faci plata chiriei în contul <<i>>, titular <<name>>."],
    card=["Numărul cardului: <<c>>, expiră la <<exp>>."],
    ip=["Poți să-mi adaugi adresa IP <<ip>> pe lista albă?"],
    neg=[
        "Comanda ta <<order>> a fost expediată, AWB <<track>>.",
        "Ședința se mută pe <<date>> la ora <<time>>.",
        "Total de plată: <<amount>>, scadent la <<date>>.",
        "Cod client: <<cust>>.",
    ],
    ad="Vând <<item>>, <<price>>, stare foarte bună. Tel. <<p>>",
    items=["canapea extensibilă", "bicicletă"],
    cities=["Cluj-Napoca", "Iași"],
    cur=("", " lei", ".", ",", 2, 10, 5000),
    datefmt="dmy.",
)
lang(
    "bg",
    name="Bulgarian",
    regions=["BG"],
    ibans=["BG"],
    names=[
        ("Мария Иванова", "maria", "ivanova"),
        ("Георги Петров", "georgi", "petrov"),
        ("Никола Димитров", "nikola", "dimitrov"),
    ],
    domains=["abv.bg", "mail.bg", "gmail.com"],
    labels=("Тел.", "Моб.", "Факс", "Имейл", "Име", "Общо"),
    hello="Здрасти!",
    thanks="Благодаря!",
    call=[
        "Обади ми се на <<p>>, като кацнеш.",
        "Нов номер, запиши си го: <<p>>",
        "След 18 ч. съм на <<p>>.",
    ],
    mail=["Изпрати ми документите на <<e>>, моля.", "Новият ми имейл е <<e>>"],
    iban=["Моля, преведи депозита по сметка <<i>>, титуляр <<name>>."],
    card=["Номер на картата: <<c>>, валидна до <<exp>>."],
    ip=["Можеш ли да разрешиш IP адреса ми <<ip>>?"],
    neg=[
        "Поръчката ви <<order>> е изпратена, номер на пратката <<track>>.",
        "Срещата се мести за <<date>> от <<time>> ч.",
        "Обща сума: <<amount>>, падеж <<date>>.",
        "Клиентски номер: <<cust>>.",
    ],
    ad="Продавам <<item>>, <<price>>, запазен. Тел. <<p>>",
    items=["детска количка", "велосипед"],
    cities=["Пловдив", "Варна"],
    cur=("", " лв.", " ", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "ru",
    name="Russian",
    regions=["RU"],
    names=[
        ("Анна Смирнова", "anna", "smirnova"),
        ("Дмитрий Козлов", "dmitry", "kozlov"),
        ("Ольга Волкова", "olga", "volkova"),
    ],
    domains=["yandex.ru", "mail.ru", "rambler.ru", "bk.ru"],
    labels=("Тел.", "Моб.", "Факс", "Эл. почта", "ФИО", "Итого"),
    hello="Привет!",
    thanks="Спасибо!",
    call=[
        "Позвони мне на <<p>>, когда приземлишься.",
        "Мой новый номер, сохрани: <<p>>",
        "После 18:00 я на связи по номеру <<p>>.",
    ],
    mail=["Пришли документы на <<e>>, пожалуйста.", "Моя новая почта: <<e>>"],
    card=["Номер карты: <<c>>, срок действия <<exp>>.", "скинь на карту <<c>>, я верну"],
    ip=["Добавь, пожалуйста, мой IP-адрес <<ip>> в белый список."],
    neg=[
        "Ваш заказ <<order>> отправлен, трек-номер <<track>>.",
        "Встреча перенесена на <<date>> в <<time>>.",
        "Итого к оплате: <<amount>>, срок оплаты <<date>>.",
        "Номер договора: <<contract>>.",
    ],
    ad="Продаю <<item>>, <<price>>, в отличном состоянии. Звонить <<p>>",
    items=["детскую коляску", "велосипед"],
    cities=["Казань", "Новосибирск"],
    cur=("", " ₽", " ", ",", 0, 300, 60000),
    datefmt="dmy.",
    ssn=["Мой SSN: <<s>>, заполни, пожалуйста, анкету."],
)
lang(
    "uk",
    name="Ukrainian",
    regions=["UA"],
    ibans=["UA"],
    names=[
        ("Олена Коваленко", "olena", "kovalenko"),
        ("Андрій Шевчук", "andrii", "shevchuk"),
        ("Ірина Бондар", "iryna", "bondar"),
    ],
    domains=["ukr.net", "i.ua", "gmail.com", "meta.ua"],
    labels=("Тел.", "Моб.", "Факс", "Ел. пошта", "ПІБ", "Разом"),
    hello="Привіт!",
    thanks="Дякую!",
    call=[
        "Подзвони мені на <<p>>, коли приземлишся.",
        "Мій новий номер, збережи: <<p>>",
        "Після 18:00 я на зв'язку за номером <<p>>.",
    ],
    mail=["Надішли документи на <<e>>, будь ласка.", "Моя нова пошта: <<e>>"],
    iban=["Переказ за оренду, будь ласка, на рахунок <<i>>, отримувач <<name>>."],
    card=["Номер картки: <<c>>, дійсна до <<exp>>."],
    ip=["Додай, будь ласка, мою IP-адресу <<ip>> до білого списку."],
    neg=[
        "Ваше замовлення <<order>> відправлено, номер ТТН <<track>>.",
        "Зустріч перенесено на <<date>> о <<time>>.",
        "До сплати: <<amount>>, термін оплати <<date>>.",
        "Номер договору: <<contract>>.",
    ],
    ad="Продам <<item>>, <<price>>, у гарному стані. Тел. <<p>>",
    items=["дитячу коляску", "велосипед"],
    cities=["Львів", "Одеса"],
    cur=("", " грн", " ", ",", 2, 50, 20000),
    datefmt="dmy.",
)
lang(
    "el",
    name="Greek",
    regions=["GR"],
    ibans=["GR", "CY"],
    names=[
        ("Μαρία Παπαδοπούλου", "maria", "papadopoulou"),
        ("Γιώργος Νικολάου", "giorgos", "nikolaou"),
        ("Ελένη Γεωργίου", "eleni", "georgiou"),
    ],
    domains=["otenet.gr", "yahoo.gr", "gmail.com"],
    labels=("Τηλ.", "Κιν.", "Φαξ", "Email", "Όνομα", "Σύνολο"),
    hello="Γεια!",
    thanks="Ευχαριστώ!",
    call=[
        "Πάρε με στο <<p>> όταν προσγειωθείς.",
        "Νέο νούμερο, αποθήκευσέ το: <<p>>",
        "Μετά τις 6 με βρίσκεις στο <<p>>.",
    ],
    mail=["Στείλε μου τα έγγραφα στο <<e>>, σε παρακαλώ.", "Το νέο μου email είναι <<e>>"],
    iban=["Παρακαλώ κατάθεσε το ενοίκιο στο IBAN <<i>>, δικαιούχος <<name>>."],
    card=["Αριθμός κάρτας: <<c>>, λήξη <<exp>>."],
    ip=["Μπορείς να επιτρέψεις την IP μου <<ip>>;"],
    neg=[
        "Η παραγγελία σας <<order>> απεστάλη, αριθμός αποστολής <<track>>.",
        "Η συνάντηση μεταφέρεται στις <<date>>, ώρα <<time>>.",
        "Σύνολο πληρωμής: <<amount>>, λήξη <<date>>.",
        "Αριθμός πελάτη: <<cust>>.",
    ],
    ad="Πωλείται <<item>>, <<price>>, σε άριστη κατάσταση. Τηλ. <<p>>",
    items=["ποδήλατο", "καναπές"],
    cities=["Θεσσαλονίκη", "Πάτρα"],
    cur=("", " €", ".", ",", 2, 5, 2500),
    datefmt="dmy/",
)
lang(
    "tr",
    name="Turkish",
    regions=["TR"],
    ibans=["TR"],
    names=[
        ("Ayşe Yılmaz", "ayse", "yilmaz"),
        ("Mehmet Demir", "mehmet", "demir"),
        ("Elif Şahin", "elif", "sahin"),
    ],
    domains=["gmail.com", "hotmail.com.tr", "yandex.com.tr", "ttmail.com"],
    labels=("Tel", "Cep", "Faks", "E-posta", "Ad Soyad", "Toplam"),
    hello="Selam!",
    thanks="Teşekkürler!",
    call=[
        "İnince beni <<p>> numarasından ara.",
        "Yeni numaram, kaydet: <<p>>",
        "Akşam 6'dan sonra <<p>> numarasından ulaşabilirsin.",
    ],
    mail=["Belgeleri <<e>> adresine gönderir misin?", "Yeni e-posta adresim: <<e>>"],
    iban=[
        "Kirayı <<i>> IBAN numarasına yatırabilir misin? Alıcı: <<name>>.",
        "IBAN: <<i>> — <<name>> adına",
    ],
    card=["Kart numarası: <<c>>, son kullanma <<exp>>."],
    ip=["<<ip>> IP adresimi beyaz listeye ekler misin?"],
    neg=[
        "<<order>> numaralı siparişiniz kargoya verildi, takip numarası <<track>>.",
        "Toplantı <<date>> saat <<time>>'a ertelendi.",
        "Toplam tutar: <<amount>>, son ödeme tarihi <<date>>.",
        "Müşteri numaranız: <<cust>>.",
    ],
    ad="Satılık <<item>>, <<price>>, az kullanılmış. Tel: <<p>>",
    items=["bisiklet", "çamaşır makinesi"],
    cities=["İzmir", "Bursa"],
    cur=("", " TL", ".", ",", 2, 50, 20000),
    datefmt="dmy.",
)
lang(
    "ar",
    name="Arabic",
    regions=["AE", "SA", "EG", "MA"],
    ibans=["SA", "AE", "EG", "JO", "KW", "QA", "BH", "LB"],
    names=[
        ("محمد العتيبي", "mohammed", "alotaibi"),
        ("فاطمة الزهراء", "fatima", "alzahra"),
        ("أحمد حسن", "ahmed", "hassan"),
    ],
    domains=["gmail.com", "outlook.sa", "yahoo.com", "emirates.net.ae"],
    labels=("هاتف", "جوال", "فاكس", "البريد الإلكتروني", "الاسم", "المجموع"),
    hello="مرحبا!",
    thanks="شكراً!",
    call=[
        "اتصل بي على <<p>> عندما تصل.",
        "رقمي الجديد، احفظه: <<p>>",
        "يمكنك التواصل معي على الرقم <<p>> بعد الساعة السادسة.",
    ],
    mail=["أرسل لي المستندات على <<e>> من فضلك.", "بريدي الإلكتروني الجديد: <<e>>"],
    iban=["يرجى تحويل الإيجار إلى الآيبان <<i>> باسم <<name>>."],
    card=["رقم البطاقة: <<c>>، تاريخ الانتهاء <<exp>>."],
    ip=["هل يمكنك إضافة عنوان IP الخاص بي <<ip>> إلى القائمة البيضاء؟"],
    neg=[
        "تم شحن طلبك رقم <<order>>، رقم التتبع <<track>>.",
        "تم تأجيل الاجتماع إلى <<date>> الساعة <<time>>.",
        "المبلغ الإجمالي: <<amount>>، تاريخ الاستحقاق <<date>>.",
        "رقم العميل: <<cust>>.",
    ],
    ad="للبيع <<item>> بسعر <<price>>، بحالة ممتازة. للتواصل <<p>>",
    items=["دراجة هوائية", "كنبة"],
    cities=["دبي", "الرياض", "القاهرة"],
    cur=("", " د.إ", ",", ".", 2, 20, 8000),
    datefmt="dmy/",
)
lang(
    "he",
    name="Hebrew",
    regions=["IL"],
    ibans=["IL"],
    names=[
        ("נועה כהן", "noa", "cohen"),
        ("יוסי לוי", "yossi", "levi"),
        ("מיכל אברהם", "michal", "avraham"),
    ],
    domains=["walla.co.il", "gmail.com", "012.net.il"],
    labels=("טל'", "נייד", "פקס", 'דוא"ל', "שם", 'סה"כ'),
    hello="היי!",
    thanks="תודה!",
    call=[
        "תתקשר אליי ל-<<p>> כשאתה נוחת.",
        "מספר חדש, תשמור: <<p>>",
        "אחרי שש אפשר להשיג אותי ב-<<p>>.",
    ],
    mail=["שלח לי את המסמכים למייל <<e>> בבקשה.", "המייל החדש שלי: <<e>>"],
    iban=["בבקשה להעביר את שכר הדירה לחשבון IBAN <<i>>, על שם <<name>>."],
    card=["מספר כרטיס: <<c>>, תוקף <<exp>>."],
    ip=["אפשר להוסיף את כתובת ה-IP שלי <<ip>> לרשימה הלבנה?"],
    neg=[
        "ההזמנה שלך <<order>> נשלחה, מספר מעקב <<track>>.",
        "הפגישה נדחתה ל-<<date>> בשעה <<time>>.",
        "סכום לתשלום: <<amount>>, עד <<date>>.",
        "מספר לקוח: <<cust>>.",
    ],
    ad="למכירה <<item>>, <<price>>, כמו חדש. טל' <<p>>",
    items=["ספה", "אופניים"],
    cities=["חיפה", "תל אביב"],
    cur=("₪", "", ",", ".", 2, 20, 8000),
    datefmt="dmy/",
)
lang(
    "fa",
    name="Persian",
    regions=["IR"],
    ibans=["IR"],
    names=[
        ("سارا احمدی", "sara", "ahmadi"),
        ("علی رضایی", "ali", "rezaei"),
        ("مریم حسینی", "maryam", "hosseini"),
    ],
    domains=["gmail.com", "yahoo.com", "chmail.ir"],
    labels=("تلفن", "موبایل", "فکس", "ایمیل", "نام", "جمع کل"),
    hello="سلام!",
    thanks="ممنون!",
    call=[
        "وقتی رسیدی به <<p>> زنگ بزن.",
        "شماره جدیدم رو ذخیره کن: <<p>>",
        "بعد از ساعت ۶ با <<p>> تماس بگیر.",
    ],
    mail=["لطفاً مدارک را به <<e>> بفرست.", "ایمیل جدیدم: <<e>>"],
    iban=["لطفاً اجاره را به شماره شبا <<i>> به نام <<name>> واریز کن."],
    card=[],
    ip=["آی‌پی من <<ip>> است، لطفاً اضافه‌اش کن."],
    neg=[
        "سفارش شما به شماره <<order>> ارسال شد. کد رهگیری: <<track>>.",
        "جلسه به <<date>> ساعت <<time>> موکول شد.",
        "مبلغ کل: <<amount>>",
        "شماره مشتری: <<cust>>.",
    ],
    ad="فروش <<item>>، قیمت <<price>>، در حد نو. تماس: <<p>>",
    items=["یخچال", "دوچرخه"],
    cities=["تهران", "اصفهان"],
    cur=("", " تومان", ",", ".", 0, 100000, 9000000),
    datefmt="ymd/",
)
lang(
    "hi",
    name="Hindi",
    regions=["IN"],
    names=[
        ("राहुल शर्मा", "rahul", "sharma"),
        ("अनीता वर्मा", "anita", "verma"),
        ("विकास गुप्ता", "vikas", "gupta"),
    ],
    domains=["rediffmail.com", "gmail.com", "yahoo.co.in"],
    labels=("फ़ोन", "मोबाइल", "फ़ैक्स", "ईमेल", "नाम", "कुल"),
    hello="नमस्ते!",
    thanks="धन्यवाद!",
    call=[
        "पहुँचकर मुझे <<p>> पर कॉल करना।",
        "मेरा नया नंबर सेव कर लो: <<p>>",
        "शाम 6 बजे के बाद <<p>> पर बात हो सकती है।",
    ],
    mail=["कृपया दस्तावेज़ <<e>> पर भेज दें।", "मेरा नया ईमेल है <<e>>"],
    card=["कार्ड नंबर: <<c>>, समाप्ति <<exp>>।"],
    ip=["क्या आप मेरा IP पता <<ip>> व्हाइटलिस्ट कर सकते हैं?"],
    neg=[
        "आपका ऑर्डर <<order>> भेज दिया गया है, ट्रैकिंग नंबर <<track>>।",
        "मीटिंग <<date>> को <<time>> बजे होगी।",
        "कुल राशि: <<amount>>, देय तिथि <<date>>।",
        "ग्राहक संख्या: <<cust>>।",
    ],
    ad="बिकाऊ: <<item>>, <<price>>, बढ़िया हालत में। संपर्क करें <<p>>",
    items=["साइकिल", "सोफ़ा"],
    cities=["पुणे", "जयपुर"],
    cur=("₹", "", ",", ".", 2, 100, 50000),
    datefmt="dmy/",
)
lang(
    "bn",
    name="Bengali",
    regions=["BD"],
    names=[
        ("রাকিব হাসান", "rakib", "hasan"),
        ("নুসরাত জাহান", "nusrat", "jahan"),
        ("তানভীর আহমেদ", "tanvir", "ahmed"),
    ],
    domains=["gmail.com", "yahoo.com"],
    labels=("ফোন", "মোবাইল", "ফ্যাক্স", "ইমেইল", "নাম", "মোট"),
    hello="হ্যালো!",
    thanks="ধন্যবাদ!",
    call=[
        "পৌঁছে আমাকে <<p>> নম্বরে ফোন দিও।",
        "আমার নতুন নম্বর সেভ করে রাখো: <<p>>",
        "সন্ধ্যা ৬টার পর <<p>> নম্বরে পাবে।",
    ],
    mail=["ডকুমেন্টগুলো <<e>> ঠিকানায় পাঠিয়ে দাও।", "আমার নতুন ইমেইল: <<e>>"],
    card=["কার্ড নম্বর: <<c>>, মেয়াদ <<exp>>।"],
    ip=["আমার আইপি <<ip>> হোয়াইটলিস্টে যোগ করতে পারবে?"],
    neg=[
        "আপনার অর্ডার <<order>> পাঠানো হয়েছে, ট্র্যাকিং নম্বর <<track>>।",
        "মিটিং <<date>> তারিখে <<time>> টায়।",
        "মোট টাকা: <<amount>>",
        "গ্রাহক নম্বর: <<cust>>।",
    ],
    ad="বিক্রি হবে <<item>>, দাম <<price>>, ভালো অবস্থায়। যোগাযোগ <<p>>",
    items=["সাইকেল", "ফ্রিজ"],
    cities=["ঢাকা", "চট্টগ্রাম"],
    cur=("৳", "", ",", ".", 0, 200, 50000),
    datefmt="dmy/",
)
lang(
    "th",
    name="Thai",
    regions=["TH"],
    names=[
        ("สมชาย ใจดี", "somchai", "jaidee"),
        ("นภัสสร ทองดี", "napatsorn", "thongdee"),
        ("กิตติพงษ์ ศรีสุข", "kittipong", "srisuk"),
    ],
    domains=["hotmail.com", "gmail.com", "siamtrade.co.th"],
    labels=("โทร", "มือถือ", "แฟกซ์", "อีเมล", "ชื่อ", "รวม"),
    hello="สวัสดีครับ",
    thanks="ขอบคุณครับ",
    call=["ถึงแล้วโทรหาเราที่ <<p>> นะ", "เบอร์ใหม่ เซฟไว้ด้วย <<p>>", "หลังหกโมงเย็นติดต่อได้ที่ <<p>> ค่ะ"],
    mail=["ส่งเอกสารมาที่ <<e>> ได้เลยครับ", "อีเมลใหม่ของฉันคือ <<e>>"],
    card=["หมายเลขบัตร <<c>> หมดอายุ <<exp>>"],
    ip=["ช่วยเพิ่ม IP <<ip>> ของผมในไวท์ลิสต์หน่อยครับ"],
    neg=[
        "คำสั่งซื้อ <<order>> ของคุณถูกจัดส่งแล้ว หมายเลขพัสดุ <<track>>",
        "ย้ายประชุมไปวันที่ <<date>> เวลา <<time>> น.",
        "ยอดรวม <<amount>> ชำระภายใน <<date>>",
        "รหัสลูกค้า <<cust>>",
    ],
    ad="ขาย <<item>> ราคา <<price>> สภาพดี สนใจโทร <<p>>",
    items=["จักรยาน", "โซฟา"],
    cities=["เชียงใหม่", "ขอนแก่น"],
    cur=("", " บาท", ",", ".", 2, 50, 30000),
    datefmt="dmy/",
)
lang(
    "vi",
    name="Vietnamese",
    regions=["VN"],
    names=[
        ("Nguyễn Thị Lan", "lan", "nguyen"),
        ("Trần Minh Quân", "quan", "tran"),
        ("Lê Hoàng Anh", "anh", "le"),
    ],
    domains=["gmail.com", "yahoo.com.vn", "fpt.vn"],
    labels=("ĐT", "Di động", "Fax", "Email", "Họ tên", "Tổng cộng"),
    hello="Chào bạn!",
    thanks="Cảm ơn nhé!",
    call=[
        "Tới nơi thì gọi mình số <<p>> nhé.",
        "Số mới của mình, lưu lại nha: <<p>>",
        "Sau 6 giờ chiều liên hệ mình qua số <<p>>.",
    ],
    mail=["Gửi tài liệu qua <<e>> giúp mình nhé.", "Email mới của mình là <<e>>"],
    card=["Số thẻ: <<c>>, hết hạn <<exp>>."],
    ip=["Bạn thêm IP <<ip>> của mình vào whitelist giúp nhé."],
    neg=[
        "Đơn hàng <<order>> của bạn đã được gửi đi, mã vận đơn <<track>>.",
        "Cuộc họp dời sang <<date>> lúc <<time>>.",
        "Tổng tiền: <<amount>>, hạn thanh toán <<date>>.",
        "Mã khách hàng: <<cust>>.",
    ],
    ad="Cần bán <<item>>, giá <<price>>, còn mới. Liên hệ <<p>>",
    items=["xe máy Honda Vision", "tủ lạnh"],
    cities=["Đà Nẵng", "Hà Nội"],
    cur=("", " ₫", ".", ",", 0, 50000, 9000000),
    datefmt="dmy/",
    ssn=["Số An Sinh Xã Hội của tôi là <<s>>, anh điền giúp vào đơn nhé."],
)
lang(
    "id",
    name="Indonesian",
    regions=["ID"],
    names=[
        ("Dewi Lestari", "dewi", "lestari"),
        ("Budi Santoso", "budi", "santoso"),
        ("Rina Wulandari", "rina", "wulandari"),
    ],
    domains=["gmail.com", "yahoo.co.id", "telkom.net"],
    labels=("Telp.", "HP", "Faks", "Email", "Nama", "Total"),
    hello="Halo!",
    thanks="Makasih!",
    call=[
        "Kalau sudah sampai telepon aku di <<p>> ya.",
        "Nomor baruku, simpan ya: <<p>>",
        "Setelah jam 6 sore bisa hubungi <<p>>.",
    ],
    mail=["Tolong kirim dokumennya ke <<e>>.", "Email baruku: <<e>>"],
    card=["Nomor kartu: <<c>>, berlaku sampai <<exp>>."],
    ip=["Bisa tolong whitelist IP saya <<ip>>?"],
    neg=[
        "Pesanan <<order>> sudah dikirim, nomor resi <<track>>.",
        "Rapat diundur ke <<date>> pukul <<time>>.",
        "Total tagihan: <<amount>>, jatuh tempo <<date>>.",
        "Nomor pelanggan: <<cust>>.",
    ],
    ad="Dijual <<item>>, <<price>>, mulus. Hubungi WA <<p>>",
    items=["motor Beat 2019", "kulkas"],
    cities=["Bandung", "Surabaya"],
    cur=("Rp ", "", ".", ",", 0, 10000, 3000000),
    datefmt="dmy/",
)
lang(
    "ms",
    name="Malay",
    regions=["MY"],
    names=[
        ("Nurul Aisyah", "nurul", "aisyah"),
        ("Ahmad Faizal", "ahmad", "faizal"),
        ("Siti Hajar", "siti", "hajar"),
    ],
    domains=["gmail.com", "yahoo.com.my", "tm.net.my"],
    labels=("Tel", "Bimbit", "Faks", "E-mel", "Nama", "Jumlah"),
    hello="Hai!",
    thanks="Terima kasih!",
    call=[
        "Dah sampai nanti call saya di <<p>> ya.",
        "Nombor baru saya, simpan: <<p>>",
        "Selepas pukul 6 petang boleh hubungi <<p>>.",
    ],
    mail=["Sila hantar dokumen ke <<e>>.", "E-mel baru saya: <<e>>"],
    card=["Nombor kad: <<c>>, tamat tempoh <<exp>>."],
    ip=["Boleh tolong whitelist IP saya <<ip>>?"],
    neg=[
        "Pesanan <<order>> anda telah dihantar, nombor penjejakan <<track>>.",
        "Mesyuarat ditunda ke <<date>> jam <<time>>.",
        "Jumlah bayaran: <<amount>>, tarikh akhir <<date>>.",
        "Nombor pelanggan: <<cust>>.",
    ],
    ad="Untuk dijual: <<item>>, <<price>>, macam baru. Hubungi <<p>>",
    items=["basikal", "sofa"],
    cities=["Johor Bahru", "Ipoh"],
    cur=("RM ", "", ",", ".", 2, 10, 5000),
    datefmt="dmy/",
)
lang(
    "tl",
    name="Tagalog",
    regions=["PH"],
    names=[
        ("Maria Santos", "maria", "santos"),
        ("Jose Reyes", "jose", "reyes"),
        ("Angelica Cruz", "angelica", "cruz"),
    ],
    domains=["gmail.com", "yahoo.com.ph"],
    labels=("Tel", "Cell", "Fax", "Email", "Pangalan", "Kabuuan"),
    hello="Uy!",
    thanks="Salamat!",
    call=[
        "Tawagan mo ako sa <<p>> pag nakarating ka na.",
        "Bagong number ko, i-save mo: <<p>>",
        "Pagkatapos ng 6pm, sa <<p>> mo ako makakausap.",
    ],
    mail=["Paki-send ang mga dokumento sa <<e>>.", "Bago kong email: <<e>>"],
    card=["Card number: <<c>>, expiry <<exp>>."],
    ip=["Pwede mo bang i-whitelist ang IP ko na <<ip>>?"],
    neg=[
        "Naipadala na ang order mo na <<order>>, tracking number <<track>>.",
        "Inilipat ang meeting sa <<date>>, <<time>>.",
        "Kabuuang halaga: <<amount>>, due date <<date>>.",
        "Customer number: <<cust>>.",
    ],
    ad="For sale: <<item>>, <<price>>, halos bago pa. Text lang sa <<p>>",
    items=["bisikleta", "ref"],
    cities=["Cebu", "Davao"],
    cur=("₱", "", ",", ".", 2, 100, 50000),
    datefmt="mdy/",
    ssn=["Ito ang SSN ko para sa application: <<s>>"],
)
lang(
    "sw",
    name="Swahili",
    regions=["KE", "TZ"],
    names=[
        ("Amina Mwangi", "amina", "mwangi"),
        ("Juma Otieno", "juma", "otieno"),
        ("Neema Kimaro", "neema", "kimaro"),
    ],
    domains=["gmail.com", "yahoo.co.ke", "safaricom.co.ke"],
    labels=("Simu", "Simu ya mkononi", "Faksi", "Barua pepe", "Jina", "Jumla"),
    hello="Habari!",
    thanks="Asante!",
    call=[
        "Ukifika nipigie kwa <<p>>.",
        "Namba yangu mpya, ihifadhi: <<p>>",
        "Baada ya saa kumi na mbili jioni nipate kwa <<p>>.",
        "Tuma pesa kwa M-Pesa namba <<p>>.",
    ],
    mail=["Tafadhali nitumie nyaraka kwa <<e>>.", "Barua pepe yangu mpya ni <<e>>"],
    card=["Namba ya kadi: <<c>>, inaisha <<exp>>."],
    ip=["Unaweza kuongeza IP yangu <<ip>> kwenye orodha ya kuruhusiwa?"],
    neg=[
        "Oda yako <<order>> imetumwa, namba ya ufuatiliaji <<track>>.",
        "Mkutano umesogezwa hadi <<date>> saa <<time>>.",
        "Jumla ya kulipa: <<amount>>, mwisho <<date>>.",
        "Namba ya mteja: <<cust>>.",
    ],
    ad="Inauzwa <<item>>, bei <<price>>, hali nzuri. Piga <<p>>",
    items=["baiskeli", "friji"],
    cities=["Mombasa", "Arusha"],
    cur=("KSh ", "", ",", ".", 0, 100, 50000),
    datefmt="dmy/",
)
lang(
    "zh",
    name="Chinese",
    regions=["CN", "TW", "HK", "SG"],
    names=[
        ("王伟", "wang", "wei"),
        ("李娜", "li", "na"),
        ("陈晓明", "chen", "xiaoming"),
        ("林怡君", "lin", "yijun"),
    ],
    domains=["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    labels=("电话", "手机", "传真", "邮箱", "姓名", "合计"),
    hello="你好！",
    thanks="谢谢！",
    call=[
        "到了给我打电话：<<p>>",
        "我换号了，新号码是<<p>>，存一下。",
        "晚上六点以后打<<p>>找我。",
    ],
    mail=["资料请发到<<e>>，谢谢。", "我的新邮箱是 <<e>>"],
    card=["卡号：<<c>>，有效期<<exp>>。"],
    ip=["麻烦把我的IP <<ip>> 加到白名单里。"],
    neg=[
        "您的订单<<order>>已发货，运单号<<track>>。",
        "会议改到<<date>> <<time>>。",
        "合计金额：<<amount>>，请于<<date>>前支付。",
        "客户编号：<<cust>>。",
    ],
    ad="出售<<item>>，<<price>>，九成新，有意者联系<<p>>",
    items=["二手自行车", "沙发"],
    cities=["杭州", "台北", "深圳"],
    cur=("¥", "", ",", ".", 2, 20, 9000),
    datefmt="cjk",
    ssn=["我的社安号（SSN）是<<s>>，麻烦帮我填到表格里。"],
)
lang(
    "ja",
    name="Japanese",
    regions=["JP"],
    names=[
        ("佐藤 花子", "hanako", "sato"),
        ("鈴木 健太", "kenta", "suzuki"),
        ("高橋 美咲", "misaki", "takahashi"),
    ],
    domains=["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "gmail.com", "nifty.com"],
    labels=("電話", "携帯", "FAX", "メール", "氏名", "合計"),
    hello="こんにちは！",
    thanks="ありがとう！",
    call=[
        "着いたら<<p>>に電話してね。",
        "新しい番号です。登録お願いします：<<p>>",
        "18時以降は<<p>>までご連絡ください。",
    ],
    mail=["資料は<<e>>宛てに送ってください。", "新しいメールアドレスは<<e>>です。"],
    card=["カード番号：<<c>>　有効期限：<<exp>>"],
    ip=["私のIPアドレス<<ip>>をホワイトリストに追加してもらえますか？"],
    neg=[
        "ご注文<<order>>を発送しました。お問い合わせ番号：<<track>>",
        "打ち合わせは<<date>> <<time>>に変更になりました。",
        "ご請求金額：<<amount>>（お支払期限：<<date>>）",
        "お客様番号：<<cust>>",
    ],
    ad="<<item>>譲ります。<<price>>、美品です。連絡先<<p>>",
    items=["ベビーカー", "自転車"],
    cities=["横浜", "福岡"],
    cur=("", "円", ",", ".", 0, 500, 90000),
    datefmt="cjk",
)
lang(
    "ko",
    name="Korean",
    regions=["KR"],
    names=[("김민준", "minjun", "kim"), ("이서연", "seoyeon", "lee"), ("박지훈", "jihoon", "park")],
    domains=["naver.com", "daum.net", "hanmail.net", "kakao.com"],
    labels=("전화", "휴대폰", "팩스", "이메일", "이름", "합계"),
    hello="안녕하세요!",
    thanks="감사합니다!",
    call=[
        "도착하면 <<p>>로 전화해.",
        "번호 바꿨어, 저장해 둬: <<p>>",
        "저녁 6시 이후에는 <<p>>로 연락 주세요.",
    ],
    mail=["자료는 <<e>>로 보내 주세요.", "제 새 이메일 주소는 <<e>>입니다."],
    card=["카드번호: <<c>>, 유효기간 <<exp>>"],
    ip=["제 IP 주소 <<ip>> 화이트리스트에 추가해 주실 수 있나요?"],
    neg=[
        "주문하신 상품(주문번호 <<order>>)이 발송되었습니다. 운송장 번호 <<track>>",
        "회의가 <<date>> <<time>>로 변경되었습니다.",
        "결제 금액: <<amount>>, 납부 기한 <<date>>",
        "고객번호: <<cust>>",
    ],
    ad="<<item>> 팝니다. <<price>>, 상태 좋아요. 연락처 <<p>>",
    items=["유모차", "자전거"],
    cities=["부산", "대구"],
    cur=("", "원", ",", ".", 0, 5000, 900000),
    datefmt="ko",
    ssn=["제 사회보장번호(SSN)는 <<s>>입니다. 서류에 기입 부탁드려요."],
)
lang(
    "sv",
    name="Swedish",
    regions=["SE"],
    ibans=["SE"],
    names=[
        ("Erik Lindqvist", "erik", "lindqvist"),
        ("Maja Andersson", "maja", "andersson"),
        ("Oskar Nyström", "oskar", "nystrom"),
    ],
    domains=["telia.com", "gmail.com", "bredband.net"],
    labels=("Tel", "Mobil", "Fax", "E-post", "Namn", "Summa"),
    hello="Hej!",
    thanks="Tack!",
    call=[
        "Ring mig på <<p>> när du har landat.",
        "Nytt nummer, spara det: <<p>>",
        "Efter kl. 18 når du mig på <<p>>.",
    ],
    mail=["Skicka dokumenten till <<e>>, tack.", "Min nya mejladress är <<e>>"],
    iban=["Betala depositionen till IBAN <<i>>, kontohavare <<name>>."],
    card=["Kortnummer: <<c>>, giltigt till <<exp>>."],
    ip=["Kan du vitlista min IP-adress <<ip>>?"],
    neg=[
        "Din beställning <<order>> har skickats, kolli-id <<track>>.",
        "Mötet flyttas till <<date>> kl. <<time>>.",
        "Att betala: <<amount>>, förfallodag <<date>>.",
        "Kundnummer: <<cust>>.",
    ],
    ad="Säljes: <<item>>, <<price>>, nyskick. Ring eller sms:a <<p>>",
    items=["barnvagn", "cykel"],
    cities=["Uppsala", "Malmö"],
    cur=("", " kr", " ", ",", 2, 50, 20000),
    datefmt="ymd-",
    wrote="Den <<date>> kl. <<time>> skrev <<name>> <<<e>>>:",
)
lang(
    "no",
    name="Norwegian",
    regions=["NO"],
    ibans=["NO"],
    names=[
        ("Ingrid Haugen", "ingrid", "haugen"),
        ("Lars Johansen", "lars", "johansen"),
        ("Sigrid Berg", "sigrid", "berg"),
    ],
    domains=["online.no", "gmail.com", "hotmail.no"],
    labels=("Tlf", "Mobil", "Faks", "E-post", "Navn", "Sum"),
    hello="Hei!",
    thanks="Takk!",
    call=[
        "Ring meg på <<p>> når du har landet.",
        "Nytt nummer, lagre det: <<p>>",
        "Etter kl. 18 treffer du meg på <<p>>.",
    ],
    mail=["Send dokumentene til <<e>>, takk.", "Min nye e-postadresse er <<e>>"],
    iban=["Betal depositumet til IBAN <<i>>, kontoinnehaver <<name>>."],
    card=["Kortnummer: <<c>>, gyldig til <<exp>>."],
    ip=["Kan du hviteliste IP-adressen min <<ip>>?"],
    neg=[
        "Bestillingen din <<order>> er sendt, sporingsnummer <<track>>.",
        "Møtet er flyttet til <<date>> kl. <<time>>.",
        "Å betale: <<amount>>, forfallsdato <<date>>.",
        "Kundenummer: <<cust>>.",
    ],
    ad="Selges: <<item>>, <<price>>, som ny. Ring <<p>>",
    items=["sykkel", "sofa"],
    cities=["Bergen", "Trondheim"],
    cur=("kr ", "", " ", ",", 2, 50, 20000),
    datefmt="dmy.",
)
lang(
    "da",
    name="Danish",
    regions=["DK"],
    ibans=["DK", "FO", "GL"],
    names=[
        ("Mette Sørensen", "mette", "sorensen"),
        ("Rasmus Nielsen", "rasmus", "nielsen"),
        ("Freja Madsen", "freja", "madsen"),
    ],
    domains=["mail.dk", "gmail.com", "jubii.dk"],
    labels=("Tlf.", "Mobil", "Fax", "E-mail", "Navn", "I alt"),
    hello="Hej!",
    thanks="Tak!",
    call=[
        "Ring til mig på <<p>>, når du er landet.",
        "Nyt nummer, gem det: <<p>>",
        "Efter kl. 18 kan du fange mig på <<p>>.",
    ],
    mail=["Send dokumenterne til <<e>>, tak.", "Min nye mailadresse er <<e>>"],
    iban=["Indbetal depositum til IBAN <<i>>, kontohaver <<name>>."],
    card=["Kortnummer: <<c>>, udløb <<exp>>."],
    ip=["Kan du whiteliste min IP-adresse <<ip>>?"],
    neg=[
        "Din ordre <<order>> er afsendt, pakkenummer <<track>>.",
        "Mødet er flyttet til <<date>> kl. <<time>>.",
        "At betale: <<amount>>, forfaldsdato <<date>>.",
        "Kundenummer: <<cust>>.",
    ],
    ad="Sælges: <<item>>, <<price>>, næsten ny. Ring på <<p>>",
    items=["ladcykel", "sofa"],
    cities=["Aarhus", "Odense"],
    cur=("", " kr.", ".", ",", 2, 50, 20000),
    datefmt="dmy.",
)
lang(
    "fi",
    name="Finnish",
    regions=["FI"],
    ibans=["FI"],
    names=[
        ("Aino Virtanen", "aino", "virtanen"),
        ("Mikko Korhonen", "mikko", "korhonen"),
        ("Sanna Mäkinen", "sanna", "makinen"),
    ],
    domains=["gmail.com", "luukku.com", "kolumbus.fi"],
    labels=("Puh.", "Matkapuh.", "Faksi", "Sähköposti", "Nimi", "Yhteensä"),
    hello="Moi!",
    thanks="Kiitos!",
    call=[
        "Soita minulle numeroon <<p>>, kun olet laskeutunut.",
        "Uusi numero, tallenna: <<p>>",
        "Klo 18 jälkeen tavoitat minut numerosta <<p>>.",
    ],
    mail=["Lähetä asiakirjat osoitteeseen <<e>>, kiitos.", "Uusi sähköpostiosoitteeni on <<e>>"],
    iban=["Maksa vuokravakuus tilille <<i>>, saaja <<name>>."],
    card=["Kortin numero: <<c>>, voimassa <<exp>> asti."],
    ip=["Voisitko lisätä IP-osoitteeni <<ip>> sallittujen listalle?"],
    neg=[
        "Tilauksesi <<order>> on lähetetty, seurantatunnus <<track>>.",
        "Palaveri siirtyy <<date>> klo <<time>>.",
        "Maksettavaa: <<amount>>, eräpäivä <<date>>.",
        "Asiakasnumero: <<cust>>.",
    ],
    ad="Myydään <<item>>, <<price>>, kuin uusi. Soita <<p>>",
    items=["polkupyörä", "sohva"],
    cities=["Tampere", "Oulu"],
    cur=("", " €", " ", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "is",
    name="Icelandic",
    regions=["IS"],
    ibans=["IS"],
    names=[
        ("Guðrún Jónsdóttir", "gudrun", "jonsdottir"),
        ("Sigurður Ólafsson", "sigurdur", "olafsson"),
        ("Katrín Einarsdóttir", "katrin", "einarsdottir"),
    ],
    domains=["simnet.is", "gmail.com", "internet.is"],
    labels=("Sími", "Farsími", "Fax", "Netfang", "Nafn", "Samtals"),
    hello="Hæ!",
    thanks="Takk!",
    call=[
        "Hringdu í mig í <<p>> þegar þú lendir.",
        "Nýtt númer, vistaðu það: <<p>>",
        "Eftir kl. 18 næst í mig í síma <<p>>.",
    ],
    mail=["Sendu skjölin á <<e>>, takk.", "Nýja netfangið mitt er <<e>>"],
    iban=["Vinsamlegast leggðu trygginguna inn á IBAN <<i>>, eigandi <<name>>."],
    card=["Kortanúmer: <<c>>, gildir til <<exp>>."],
    ip=["Geturðu opnað fyrir IP-töluna mína <<ip>>?"],
    neg=[
        "Pöntunin þín <<order>> hefur verið send, sendingarnúmer <<track>>.",
        "Fundurinn færist til <<date>> kl. <<time>>.",
        "Til greiðslu: <<amount>>, eindagi <<date>>.",
        "Viðskiptamannanúmer: <<cust>>.",
    ],
    ad="Til sölu: <<item>>, <<price>>, sem nýtt. Sími <<p>>",
    items=["hjól", "sófi"],
    cities=["Akureyri", "Reykjavík"],
    cur=("", " kr.", ".", ",", 0, 1000, 200000),
    datefmt="dmy.",
)
lang(
    "et",
    name="Estonian",
    regions=["EE"],
    ibans=["EE"],
    names=[
        ("Kadri Tamm", "kadri", "tamm"),
        ("Mart Saar", "mart", "saar"),
        ("Liis Kask", "liis", "kask"),
    ],
    domains=["hot.ee", "gmail.com", "mail.ee"],
    labels=("Tel", "Mob", "Faks", "E-post", "Nimi", "Kokku"),
    hello="Tere!",
    thanks="Aitäh!",
    call=[
        "Helista mulle numbril <<p>>, kui oled maandunud.",
        "Uus number, salvesta: <<p>>",
        "Pärast kella kuut saad mind kätte numbril <<p>>.",
    ],
    mail=["Saada dokumendid aadressile <<e>>, aitäh.", "Minu uus e-posti aadress on <<e>>"],
    iban=["Palun kanna tagatisraha kontole <<i>>, saaja <<name>>."],
    card=["Kaardi number: <<c>>, kehtib kuni <<exp>>."],
    ip=["Kas saad mu IP-aadressi <<ip>> lubatud nimekirja lisada?"],
    neg=[
        "Teie tellimus <<order>> on teele pandud, jälgimiskood <<track>>.",
        "Koosolek lükkub <<date>> kell <<time>>.",
        "Tasuda: <<amount>>, maksetähtaeg <<date>>.",
        "Kliendinumber: <<cust>>.",
    ],
    ad="Müüa <<item>>, <<price>>, nagu uus. Tel <<p>>",
    items=["jalgratas", "diivan"],
    cities=["Tartu", "Pärnu"],
    cur=("", " €", " ", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "lv",
    name="Latvian",
    regions=["LV"],
    ibans=["LV"],
    names=[
        ("Laura Bērziņa", "laura", "berzina"),
        ("Jānis Kalniņš", "janis", "kalnins"),
        ("Anna Ozola", "anna", "ozola"),
    ],
    domains=["inbox.lv", "gmail.com"],
    labels=("Tālr.", "Mob.", "Fakss", "E-pasts", "Vārds", "Kopā"),
    hello="Sveiki!",
    thanks="Paldies!",
    call=[
        "Piezvani man uz <<p>>, kad būsi nolaidies.",
        "Jauns numurs, saglabā: <<p>>",
        "Pēc sešiem mani var sazvanīt pa <<p>>.",
    ],
    mail=["Lūdzu, sūti dokumentus uz <<e>>.", "Mans jaunais e-pasts ir <<e>>"],
    iban=["Lūdzu, pārskaiti drošības naudu uz kontu <<i>>, saņēmējs <<name>>."],
    card=["Kartes numurs: <<c>>, derīga līdz <<exp>>."],
    ip=["Vai vari pievienot manu IP adresi <<ip>> atļauto sarakstā?"],
    neg=[
        "Jūsu pasūtījums <<order>> ir nosūtīts, sūtījuma numurs <<track>>.",
        "Sanāksme pārcelta uz <<date>> plkst. <<time>>.",
        "Kopā apmaksai: <<amount>>, termiņš <<date>>.",
        "Klienta numurs: <<cust>>.",
    ],
    ad="Pārdodu <<item>>, <<price>>, kā jauns. Tālr. <<p>>",
    items=["velosipēdu", "dīvānu"],
    cities=["Rīga", "Liepāja"],
    cur=("", " €", " ", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "lt",
    name="Lithuanian",
    regions=["LT"],
    ibans=["LT"],
    names=[
        ("Rūta Kazlauskienė", "ruta", "kazlauskiene"),
        ("Tomas Petrauskas", "tomas", "petrauskas"),
        ("Eglė Jankauskaitė", "egle", "jankauskaite"),
    ],
    domains=["gmail.com", "inbox.lt", "one.lt"],
    labels=("Tel.", "Mob.", "Faksas", "El. paštas", "Vardas", "Iš viso"),
    hello="Labas!",
    thanks="Ačiū!",
    call=[
        "Paskambink man <<p>>, kai nusileisi.",
        "Naujas numeris, išsisaugok: <<p>>",
        "Po šeštos mane rasi numeriu <<p>>.",
    ],
    mail=["Atsiųsk dokumentus adresu <<e>>, ačiū.", "Mano naujas el. paštas: <<e>>"],
    iban=["Prašau pervesti užstatą į sąskaitą <<i>>, gavėjas <<name>>."],
    card=["Kortelės numeris: <<c>>, galioja iki <<exp>>."],
    ip=["Ar gali įtraukti mano IP adresą <<ip>> į baltąjį sąrašą?"],
    neg=[
        "Jūsų užsakymas <<order>> išsiųstas, siuntos numeris <<track>>.",
        "Susitikimas perkeltas į <<date>> <<time>> val.",
        "Mokėti: <<amount>>, terminas <<date>>.",
        "Kliento numeris: <<cust>>.",
    ],
    ad="Parduodu <<item>>, <<price>>, kaip naujas. Tel. <<p>>",
    items=["dviratį", "sofą"],
    cities=["Kaunas", "Vilnius"],
    cur=("", " €", " ", ",", 2, 5, 2500),
    datefmt="ymd-",
)
lang(
    "hr",
    name="Croatian",
    regions=["HR"],
    ibans=["HR", "BA", "ME"],
    names=[
        ("Ivana Horvat", "ivana", "horvat"),
        ("Luka Kovačević", "luka", "kovacevic"),
        ("Petra Babić", "petra", "babic"),
    ],
    domains=["gmail.com", "net.hr", "t-com.hr"],
    labels=("Tel.", "Mob.", "Faks", "E-pošta", "Ime", "Ukupno"),
    hello="Bok!",
    thanks="Hvala!",
    call=[
        "Nazovi me na <<p>> kad sletiš.",
        "Novi broj, spremi ga: <<p>>",
        "Nakon 18 h dostupan sam na <<p>>.",
    ],
    mail=["Pošalji mi dokumente na <<e>>, hvala.", "Moj novi e-mail je <<e>>"],
    iban=["Molim uplatu najamnine na IBAN <<i>>, primatelj <<name>>."],
    card=["Broj kartice: <<c>>, vrijedi do <<exp>>."],
    ip=["Možeš li dodati moju IP adresu <<ip>> na popis dopuštenih?"],
    neg=[
        "Vaša narudžba <<order>> je poslana, broj pošiljke <<track>>.",
        "Sastanak je pomaknut na <<date>> u <<time>>.",
        "Ukupno za platiti: <<amount>>, rok plaćanja <<date>>.",
        "Broj kupca: <<cust>>.",
    ],
    ad="Prodajem <<item>>, <<price>>, kao nov. Tel. <<p>>",
    items=["bicikl", "kauč"],
    cities=["Split", "Rijeka"],
    cur=("", " €", ".", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "sr",
    name="Serbian",
    regions=["RS"],
    ibans=["RS"],
    names=[
        ("Милица Јовановић", "milica", "jovanovic"),
        ("Никола Петровић", "nikola", "petrovic"),
        ("Јелена Николић", "jelena", "nikolic"),
    ],
    domains=["gmail.com", "eunet.rs", "yahoo.com"],
    labels=("Тел.", "Моб.", "Факс", "Имејл", "Име", "Укупно"),
    hello="Здраво!",
    thanks="Хвала!",
    call=[
        "Позови ме на <<p>> кад слетиш.",
        "Нови број, сачувај га: <<p>>",
        "После 18 сати сам на <<p>>.",
    ],
    mail=["Пошаљи ми документа на <<e>>, хвала.", "Мој нови имејл је <<e>>"],
    iban=["Молим уплату кирије на рачун <<i>>, прималац <<name>>."],
    card=["Број картице: <<c>>, важи до <<exp>>."],
    ip=["Можеш ли да додаш моју IP адресу <<ip>> на белу листу?"],
    neg=[
        "Ваша поруџбина <<order>> је послата, број пошиљке <<track>>.",
        "Састанак је померен за <<date>> у <<time>>.",
        "Укупно за уплату: <<amount>>, рок <<date>>.",
        "Број купца: <<cust>>.",
    ],
    ad="Продајем <<item>>, <<price>>, као нов. Тел. <<p>>",
    items=["бицикл", "кауч"],
    cities=["Нови Сад", "Ниш"],
    cur=("", " дин.", ".", ",", 2, 500, 90000),
    datefmt="dmy.",
)
lang(
    "sl",
    name="Slovenian",
    regions=["SI"],
    ibans=["SI"],
    names=[
        ("Nina Novak", "nina", "novak"),
        ("Jure Kranjc", "jure", "kranjc"),
        ("Maja Zupan", "maja", "zupan"),
    ],
    domains=["gmail.com", "siol.net", "t-2.net"],
    labels=("Tel.", "GSM", "Faks", "E-pošta", "Ime", "Skupaj"),
    hello="Živjo!",
    thanks="Hvala!",
    call=[
        "Pokliči me na <<p>>, ko pristaneš.",
        "Nova številka, shrani si jo: <<p>>",
        "Po 18. uri me dobiš na <<p>>.",
    ],
    mail=["Pošlji mi dokumente na <<e>>, hvala.", "Moj novi e-naslov je <<e>>"],
    iban=["Prosim, nakaži varščino na IBAN <<i>>, prejemnik <<name>>."],
    card=["Številka kartice: <<c>>, velja do <<exp>>."],
    ip=["Lahko dodaš moj IP naslov <<ip>> na seznam dovoljenih?"],
    neg=[
        "Vaše naročilo <<order>> je bilo odposlano, številka pošiljke <<track>>.",
        "Sestanek je prestavljen na <<date>> ob <<time>>.",
        "Za plačilo: <<amount>>, rok plačila <<date>>.",
        "Številka stranke: <<cust>>.",
    ],
    ad="Prodam <<item>>, <<price>>, kot nov. Tel. <<p>>",
    items=["kolo", "kavč"],
    cities=["Maribor", "Celje"],
    cur=("", " €", ".", ",", 2, 5, 2500),
    datefmt="dmy.",
)
lang(
    "ca",
    name="Catalan",
    regions=["ES"],
    ibans=["ES", "AD"],
    names=[
        ("Montserrat Puig", "montse", "puig"),
        ("Jordi Vila", "jordi", "vila"),
        ("Núria Soler", "nuria", "soler"),
    ],
    domains=["gmail.com", "xtec.cat", "telefonica.net"],
    labels=("Tel.", "Mòbil", "Fax", "Correu", "Nom", "Total"),
    hello="Hola!",
    thanks="Gràcies!",
    call=[
        "Truca'm al <<p>> quan arribis.",
        "Número nou, desa'l: <<p>>",
        "A partir de les sis em trobaràs al <<p>>.",
    ],
    mail=["Envia'm els documents a <<e>>, si us plau.", "El meu correu nou és <<e>>"],
    iban=["Si us plau, fes la transferència a l'IBAN <<i>>, titular <<name>>."],
    card=["Número de targeta: <<c>>, caduca el <<exp>>."],
    ip=["Pots afegir la meva IP <<ip>> a la llista blanca?"],
    neg=[
        "La teva comanda <<order>> s'ha enviat, número de seguiment <<track>>.",
        "La reunió es passa al <<date>> a les <<time>>.",
        "Import total: <<amount>>, venciment <<date>>.",
        "Número de client: <<cust>>.",
    ],
    ad="Venc <<item>>, <<price>>, com nou. Tel. <<p>>",
    items=["bicicleta", "sofà"],
    cities=["Girona", "Lleida"],
    cur=("", " €", ".", ",", 2, 5, 2500),
    datefmt="dmy/",
)
lang(
    "af",
    name="Afrikaans",
    regions=["ZA"],
    names=[
        ("Annelie van der Merwe", "annelie", "vdmerwe"),
        ("Pieter Botha", "pieter", "botha"),
        ("Marike Venter", "marike", "venter"),
    ],
    domains=["gmail.com", "mweb.co.za", "telkomsa.net"],
    labels=("Tel", "Sel", "Faks", "E-pos", "Naam", "Totaal"),
    hello="Hallo!",
    thanks="Dankie!",
    call=[
        "Bel my by <<p>> wanneer jy land.",
        "Nuwe nommer, stoor dit: <<p>>",
        "Ná sesuur kan jy my by <<p>> kry.",
    ],
    mail=["Stuur asseblief die dokumente na <<e>>.", "My nuwe e-posadres is <<e>>"],
    card=["Kaartnommer: <<c>>, verval <<exp>>."],
    ip=["Kan jy my IP-adres <<ip>> op die witlys sit?"],
    neg=[
        "Jou bestelling <<order>> is gestuur, naspoornommer <<track>>.",
        "Die vergadering is verskuif na <<date>> om <<time>>.",
        "Totaal verskuldig: <<amount>>, betaalbaar teen <<date>>.",
        "Kliëntnommer: <<cust>>.",
    ],
    ad="Te koop: <<item>>, <<price>>, soos nuut. Bel of WhatsApp <<p>>",
    items=["fiets", "rusbank"],
    cities=["Stellenbosch", "Pretoria"],
    cur=("R ", "", " ", ",", 2, 50, 20000),
    datefmt="dmy/",
)

IBAN_LANGS = [c for c, d in LANGS.items() if d["ibans"]]
CARD_LANGS = [c for c, d in LANGS.items() if d["card"]]


# --------------------------------------------------------------------------
# look-alike (unlabelled) values
# --------------------------------------------------------------------------

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_LONG = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def rdate() -> tuple[int, int, int]:
    return R.randint(2023, 2026), R.randint(1, 12), R.randint(1, 28)


def date_str(lang: str = "en", ymd: tuple[int, int, int] | None = None) -> str:
    y, m, d = ymd or rdate()
    f = LANGS[lang]["datefmt"] if lang in LANGS else "mdy/"
    if f == "mdy/":
        return pick(
            [
                f"{m:02d}/{d:02d}/{y}",
                f"{m}/{d}/{y % 100:02d}",
                f"{MONTHS_EN[m - 1]} {d}, {y}",
                f"{d} {MONTHS_EN[m - 1]} {y}",
            ]
        )
    if f == "dmy/":
        return pick([f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}"])
    if f == "dmy.":
        return pick([f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y % 100:02d}"])
    if f == "dmy-":
        return f"{d:02d}-{m:02d}-{y}"
    if f == "ymd-":
        return f"{y}-{m:02d}-{d:02d}"
    if f == "ymd/":
        return f"{y - 621}/{m:02d}/{d:02d}"
    if f == "hu":
        return f"{y}. {m:02d}. {d:02d}."
    if f == "cjk":
        return pick([f"{y}年{m}月{d}日", f"{y}/{m:02d}/{d:02d}"])
    if f == "ko":
        return pick([f"{y}년 {m}월 {d}일", f"{y}.{m:02d}.{d:02d}"])
    return f"{y}-{m:02d}-{d:02d}"


def time_str(lang: str = "en") -> str:
    h, mi = R.randint(7, 21), pick([0, 15, 30, 45, 10, 20, 40, 50])
    if lang == "en" and chance(0.6):
        return f"{(h - 1) % 12 + 1}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    if lang == "fr" and chance(0.6):
        return f"{h}h{mi:02d}"
    if lang in ("fi", "da", "no") and chance(0.5):
        return f"{h}.{mi:02d}"
    return f"{h:02d}:{mi:02d}"


REGION_CURRENCY = {
    "GB": ("£", ""),
    "IE": ("€", ""),
    "AU": ("A$", ""),
    "NZ": ("NZ$", ""),
    "CA": ("C$", ""),
    "SG": ("S$", ""),
    "HK": ("HK$", ""),
    "TW": ("NT$", ""),
    "IN": ("₹", ""),
    "PK": ("Rs ", ""),
    "ZA": ("R ", ""),
    "NG": ("₦", ""),
    "GH": ("GH₵", ""),
    "KE": ("KSh ", ""),
    "TZ": ("TSh ", ""),
    "PH": ("₱", ""),
    "MX": ("$", " MXN"),
    "AR": ("$", ""),
    "CO": ("$", ""),
    "CL": ("$", ""),
    "PE": ("S/ ", ""),
    "CH": ("CHF ", ""),
    "SA": ("", " ر.س"),
    "EG": ("", " ج.م"),
    "MA": ("", " د.م."),
}
REGION_CITIES = {
    ("en", "US"): ["Denver", "Austin", "Portland"],
    ("en", "GB"): ["Leeds", "Bristol"],
    ("en", "IE"): ["Cork", "Galway"],
    ("en", "CA"): ["Toronto", "Calgary"],
    ("en", "AU"): ["Brisbane", "Perth"],
    ("en", "NZ"): ["Auckland", "Wellington"],
    ("en", "SG"): ["Singapore"],
    ("en", "ZA"): ["Cape Town", "Durban"],
    ("en", "IN"): ["Pune", "Chennai"],
    ("en", "NG"): ["Lagos", "Abuja"],
    ("en", "KE"): ["Nairobi", "Kisumu"],
    ("en", "GH"): ["Accra", "Kumasi"],
    ("en", "PH"): ["Quezon City", "Makati"],
    ("en", "HK"): ["Kowloon", "Sha Tin"],
    ("en", "PK"): ["Lahore", "Karachi"],
    ("es", "ES"): ["Sevilla", "Valencia"],
    ("es", "MX"): ["Guadalajara", "Puebla"],
    ("es", "AR"): ["Rosario", "Córdoba"],
    ("es", "CO"): ["Medellín", "Cali"],
    ("es", "CL"): ["Valparaíso", "Concepción"],
    ("es", "PE"): ["Arequipa", "Trujillo"],
    ("pt", "BR"): ["Campinas", "Recife"],
    ("pt", "PT"): ["Porto", "Braga"],
    ("fr", "FR"): ["Lyon", "Nantes"],
    ("fr", "BE"): ["Liège", "Namur"],
    ("fr", "CH"): ["Genève", "Lausanne"],
    ("fr", "LU"): ["Luxembourg"],
    ("fr", "CA"): ["Montréal", "Québec"],
    ("fr", "MA"): ["Casablanca", "Rabat"],
    ("de", "DE"): ["Köln", "Leipzig"],
    ("de", "AT"): ["Graz", "Linz"],
    ("de", "CH"): ["Basel", "Zürich"],
    ("de", "LU"): ["Luxemburg"],
    ("it", "IT"): ["Bologna", "Torino"],
    ("it", "CH"): ["Lugano", "Bellinzona"],
    ("nl", "NL"): ["Utrecht", "Zwolle"],
    ("nl", "BE"): ["Gent", "Antwerpen"],
    ("ar", "AE"): ["دبي", "أبوظبي"],
    ("ar", "SA"): ["الرياض", "جدة"],
    ("ar", "EG"): ["القاهرة", "الإسكندرية"],
    ("ar", "MA"): ["الدار البيضاء", "الرباط"],
    ("sw", "KE"): ["Nairobi", "Mombasa"],
    ("sw", "TZ"): ["Dar es Salaam", "Arusha"],
    ("zh", "CN"): ["杭州", "深圳"],
    ("zh", "TW"): ["台北", "台中"],
    ("zh", "HK"): ["香港"],
    ("zh", "SG"): ["新加坡"],
}


def city_for(lang: str, region: str | None = None) -> str:
    return pick(REGION_CITIES.get((lang, region)) or LANGS[lang]["cities"])


def amount(lang: str = "en", region: str | None = None) -> str:
    pre, suf, thou, dec, ndec, lo, hi = LANGS[lang]["cur"]
    if region in REGION_CURRENCY and not (lang == "en" and region == "US"):
        pre, suf = REGION_CURRENCY[region]
    whole = R.randint(lo, hi)
    s = f"{whole:,}".replace(",", thou)
    if ndec:
        s += dec + f"{R.randint(0, 99):02d}"
    return pre + s + suf


def lk_order() -> str:
    return pick(
        [
            "#" + rdigits(7, True),
            f"ORD-{R.randint(2023, 2026)}-{rdigits(6)}",
            f"{rdigits(3, True)}-{rdigits(7)}-{rdigits(7)}",
            "A" + rdigits(9),
            f"{rletters(2)}{rdigits(8)}",
            rdigits(10, True),
        ]
    )


def lk_track() -> str:
    return pick(
        [
            "1Z" + ralnum(6) + rdigits(10),
            "00340434" + rdigits(12),
            f"9400 1{rdigits(3)} {rdigits(4)} {rdigits(4)} {rdigits(4)} {rdigits(2)}",
            rletters(2) + rdigits(9) + pick(["GB", "CN", "DE", "NL", "FR", "SE"]),
            "JJD" + rdigits(18),
            "3S" + rletters(4) + rdigits(7),
            f"{rdigits(4)} {rdigits(4)} {rdigits(4)}",
        ]
    )


def lk_ticket() -> str:
    return pick(
        [
            "INC" + rdigits(7),
            "#" + rdigits(5, True),
            "CS-" + rdigits(6),
            "TKT-" + rdigits(5),
            "SR" + rdigits(8),
        ]
    )


def lk_invoice() -> str:
    y = R.randint(2023, 2026)
    return pick(
        [
            f"RE-{y}-{rdigits(4)}",
            f"INV-{rdigits(6)}",
            f"FA{y}{rdigits(5)}",
            f"{y}/{rdigits(5)}",
            f"F-{rdigits(3)}/{y}",
        ]
    )


def lk_cust() -> str:
    return pick(
        [
            rdigits(8, True),
            "K" + rdigits(7),
            "C-" + rdigits(6),
            rdigits(6, True) + "-" + rdigits(2),
            "CUST" + rdigits(6),
        ]
    )


def lk_contract() -> str:
    return pick(
        [
            f"Д-{R.randint(2023, 2026)}/{rdigits(4)}",
            f"№ {rdigits(6)}",
            f"{rdigits(2)}/{rdigits(5)}-К",
        ]
    )


def lk_policy() -> str:
    return pick(
        [
            "POL-" + rdigits(9),
            rletters(3) + rdigits(8),
            f"{rdigits(3)}-{rdigits(6)}-{rdigits(2)}",
            "HC" + rdigits(10),
        ]
    )


def lk_build() -> str:
    return pick(
        [
            f"10.0.{R.randint(19041, 26100)}.{R.randint(1000, 5000)}",
            f"v{R.randint(1, 9)}.{R.randint(0, 30)}.{R.randint(0, 20)}",
            f"{R.randint(1, 40)}.{R.randint(0, 12)}.{R.randint(0, 9)}-rc{R.randint(1, 4)}",
            f"build {rdigits(5, True)}",
            f"{R.randint(2023, 2026)}.{R.randint(1, 12):02d}.{R.randint(1, 28):02d}-{rhex(7)}",
        ]
    )


def lk_uuid() -> str:
    return f"{rhex(8)}-{rhex(4)}-4{rhex(3)}-{pick('89ab')}{rhex(3)}-{rhex(12)}"


def lk_sha(n: int = 40) -> str:
    return rhex(n)


def ean13() -> str:
    body = pick(["40", "50", "76", "84", "87", "30", "49", "69"]) + rdigits(10)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def isbn13() -> str:
    body = "978" + rdigits(9)
    total = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    full = body + str((10 - total % 10) % 10)
    return f"{full[:3]}-{full[3]}-{full[4:7]}-{full[7:12]}-{full[12]}"


def upc_a() -> str:
    body = rdigits(11, True)
    total = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - total % 10) % 10)


def imei() -> Imei:
    body = pick(["35", "86", "01", "49", "99"]) + rdigits(12)
    d = luhn_complete(body)
    return Imei(pick([d, f"{d[:2]} {d[2:8]} {d[8:14]} {d[14]}", f"{d[:8]}-{d[8:14]}-{d[14]}"]))


def luhn_fail16(prefix: str | None = None) -> str:
    prefix = prefix or pick(["4", "51", "53", "6011", "37", "9"])
    d = prefix + rdigits(15 - len(prefix))
    good = luhn_complete(d)
    bad = good[:-1] + str((int(good[-1]) + R.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return bad


def bad_iban(cc: str) -> str:
    good = iban_compact(cc)
    while True:
        s = good[:2] + f"{R.randint(2, 98):02d}" + good[4:]
        if not iban_ok(s):
            return group4(s) if chance(0.6) else s


def bad_ssn() -> str:
    a, g, s = ssn_parts()
    kind = pick(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000":
        a = 0
    elif kind == "666":
        a = 666
    elif kind == "9xx":
        a = R.randint(900, 999)
    elif kind == "g00":
        g = 0
    else:
        s = 0
    return f"{a:03d}-{g:02d}-{s:04d}"


def ein() -> str:
    return f"{pick(['12', '20', '27', '35', '46', '52', '61', '84', '95'])}-{rdigits(7)}"


def itin() -> str:
    return (
        f"9{rdigits(2)}-{pick(['70', '72', '78', '83', '88', '90', '92', '94', '99'])}-{rdigits(4)}"
    )


def aba_routing() -> str:
    while True:
        d = pick(["0", "1", "2", "3"]) + rdigits(7)
        for c in DIGITS:
            n = d + c
            if (
                3 * (int(n[0]) + int(n[3]) + int(n[6]))
                + 7 * (int(n[1]) + int(n[4]) + int(n[7]))
                + int(n[2])
                + int(n[5])
                + int(n[8])
            ) % 10 == 0:
                return n


def sort_code() -> str:
    return f"{rdigits(2)}-{rdigits(2)}-{rdigits(2)}"


def zip4() -> str:
    return f"{rdigits(5, True)}-{rdigits(4)}"


def mac() -> str:
    sep = pick([":", "-"])
    return (
        sep.join(rhex(2) for _ in range(6)).upper()
        if chance(0.4)
        else ":".join(rhex(2) for _ in range(6))
    )


def private_ip() -> str:
    return pick(
        [
            f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            "127.0.0.1",
            f"192.0.2.{R.randint(1, 254)}",
            f"198.51.100.{R.randint(1, 254)}",
            f"203.0.113.{R.randint(1, 254)}",
            f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
            f"169.254.{R.randint(0, 255)}.{R.randint(1, 254)}",
            "::1",
            f"fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}",
            f"fd{rhex(2)}:{rhex(4)}:{rhex(4)}::{R.randint(1, 99)}",
            f"2001:db8:{rhex(4)}::{R.randint(1, 999)}",
        ]
    )


def cidr() -> str:
    return pick(
        [
            f"{R.randint(11, 99)}.{R.randint(0, 255)}.0.0/16",
            f"{R.randint(101, 191)}.{R.randint(0, 255)}.{R.randint(0, 255)}.0/24",
            f"{R.randint(11, 99)}.{R.randint(0, 255)}.{R.randint(0, 63) * 4}.0/22",
            f"2a0{R.randint(0, 9)}:{rhex(4)}::/32",
            f"2600:{rhex(4)}::/48",
            "10.0.0.0/8",
            "172.16.0.0/12",
            "192.168.0.0/16",
        ]
    )


def coord() -> str:
    lat, lon = R.uniform(-60, 70), R.uniform(-170, 170)
    return pick(
        [
            f"{lat:.5f}, {lon:.5f}",
            f"{abs(lat):.4f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.4f}° {'E' if lon >= 0 else 'W'}",
            f"geo:{lat:.6f},{lon:.6f}",
        ]
    )


def masked_card() -> str:
    last4 = rdigits(4)
    return pick(
        [
            f"**** **** **** {last4}",
            f"XXXX-XXXX-XXXX-{last4}",
            f"•••• {last4}",
            f"ending in {last4}",
            f"{rdigits(6, True)}******{last4}",
        ]
    )


def masked_ssn() -> str:
    return pick([f"XXX-XX-{rdigits(4)}", f"***-**-{rdigits(4)}", f"xxx-xx-{rdigits(4)}"])


def masked_phone() -> str:
    return pick(
        [
            f"+44 7*** ***{rdigits(3)}",
            f"(***) ***-{rdigits(4)}",
            f"+49 1** *****{rdigits(2)}",
            f"******{rdigits(4)}",
        ]
    )


def masked_email() -> str:
    return pick(["j***@g***.com", "m****a@outlook.***", "a•••••@yahoo.co.jp"])


def serial_no() -> str:
    return pick(
        [
            "C02" + ralnum(9),
            "SN" + rdigits(10),
            rletters(2) + rdigits(4) + rletters(2) + rdigits(4),
            "R58N" + ralnum(7),
        ]
    )


def flight() -> str:
    return (
        pick(["LH", "BA", "AF", "KL", "TK", "EK", "QR", "SQ", "NH", "UA", "DL", "IB"])
        + pick(["", " "])
        + str(R.randint(10, 2999))
    )


def pnr() -> str:
    return rletters(1) + ralnum(5)


def eticket() -> str:
    return f"{pick(['220', '125', '057', '074', '016', '235', '176'])}-{rdigits(10)}"


def lk_value(kind: str, lang: str):
    """Look-alike values for the <<placeholder>> names used in `neg` phrases."""
    if kind == "order":
        return lk_order()
    if kind == "track":
        return lk_track()
    if kind == "date":
        return date_str(lang)
    if kind == "time":
        return time_str(lang)
    if kind in ("amount", "price"):
        return amount(lang)
    if kind == "cust":
        return lk_cust()
    if kind == "contract":
        return lk_contract()
    if kind == "ticket":
        return lk_ticket()
    if kind == "build":
        return lk_build()
    raise KeyError(kind)


def fill_neg(template: str, lang: str) -> dict:
    return {name: lk_value(name, lang) for name in TOKEN.findall(template)}


# --------------------------------------------------------------------------
# shared formatting helpers
# --------------------------------------------------------------------------

PLATFORM_NAMES = {
    "whatsapp_i": "WhatsApp (iOS export)",
    "whatsapp_a": "WhatsApp (Android export)",
    "telegram": "Telegram",
    "signal": "Signal",
    "imessage": "iMessage",
    "wechat": "WeChat",
    "line": "LINE",
    "kakao": "KakaoTalk",
    "viber": "Viber",
}
PLATFORMS_BY_LANG = {
    "zh": ["wechat", "wechat", "whatsapp_i"],
    "ja": ["line", "line", "imessage"],
    "th": ["line", "whatsapp_a"],
    "ko": ["kakao", "kakao", "signal"],
    "ru": ["telegram", "viber", "whatsapp_a"],
    "uk": ["telegram", "viber"],
    "bg": ["viber", "whatsapp_a"],
    "fa": ["telegram", "whatsapp_a"],
    "en": ["whatsapp_i", "imessage", "signal", "telegram", "whatsapp_a"],
}
DEFAULT_PLATFORMS = ["whatsapp_i", "whatsapp_a", "telegram", "signal", "imessage", "viber"]
WEEKDAYS_CJK = "月火水木金土日"


def rtime() -> dt.datetime:
    y, m, d = rdate()
    return dt.datetime(y, m, d, R.randint(7, 22), R.randint(0, 59), R.randint(0, 59))


def h12(t: dt.datetime) -> str:
    return f"{(t.hour - 1) % 12 + 1}:{t:%M}"


def ampm(t: dt.datetime) -> str:
    return "AM" if t.hour < 12 else "PM"


def msg_prefix(platform: str, t: dt.datetime, name: str, lang: str, us_style: bool) -> str:
    if platform == "whatsapp_i":
        if lang == "en" and us_style:
            return f"[{t.month}/{t.day}/{t.year % 100:02d}, {h12(t)}:{t:%S} {ampm(t)}] {name}: "
        sep = "." if LANGS[lang]["datefmt"] == "dmy." else "/"
        return f"[{t.day:02d}{sep}{t.month:02d}{sep}{t.year}, {t:%H:%M:%S}] {name}: "
    if platform == "whatsapp_a":
        return f"{t:%d/%m/%Y}, {t:%H:%M} - {name}: "
    if platform == "telegram":
        return f"{name}, [{t:%d.%m.%Y %H:%M}]\n"
    if platform == "signal":
        return f"[{t:%Y-%m-%d %H:%M}] {name}: "
    if platform == "imessage":
        return f"{MONTHS_EN[t.month - 1]} {t.day}, {t.year}  {h12(t)}:{t:%S} {ampm(t)}\n{name}\n"
    if platform == "wechat":
        return f"{name} {t:%Y-%m-%d %H:%M:%S}\n"
    if platform == "line":
        return f"{t:%H:%M}\t{name}\t"
    if platform == "kakao":
        half = "오전" if t.hour < 12 else "오후"
        return f"{t.year}년 {t.month}월 {t.day}일 {half} {h12(t)}, {name} : "
    return f"[{t:%d.%m.%y %H:%M}] {name}: "


def chat_doc(lang: str, msgs, platform: str | None = None) -> tuple[Doc, str]:
    """msgs: list of (speaker display name, template, values)."""
    platform = platform or pick(PLATFORMS_BY_LANG.get(lang, DEFAULT_PLATFORMS))
    t = rtime()
    us_style = chance(0.5)
    doc = Doc()
    if platform == "line":
        doc.line(
            f"[LINE] {msgs[0][0]}とのトーク履歴"
            if lang == "ja"
            else f"[LINE] Chat history with {msgs[0][0]}"
        )
        doc.line(f"{t:%Y/%m/%d}({WEEKDAYS_CJK[t.weekday()]})")
    for name, template, vals in msgs:
        doc.add(msg_prefix(platform, t, name, lang, us_style))
        doc.line(template, **vals)
        if platform in ("telegram", "imessage", "wechat"):
            doc.line()
        t += dt.timedelta(minutes=R.randint(0, 12), seconds=R.randint(0, 59))
    return doc, PLATFORM_NAMES[platform]


def people(lang: str, k: int):
    return R.sample(LANGS[lang]["names"], k)


def email_date(t: dt.datetime | None = None) -> str:
    t = t or rtime()
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][t.weekday()]
    return f"{wd}, {t.day} {MONTHS_EN[t.month - 1]} {t.year} {t:%H:%M:%S} {pick(['+0100', '+0000', '-0500', '+0200', '+0900', '-0800'])}"


COMPANY_FORMS = {
    "en": ["{b} Ltd", "{b} Inc.", "{b} LLC"],
    "de": ["{b} GmbH", "{b} AG", "{b} GmbH & Co. KG"],
    "fr": ["{b} SARL", "{b} SAS"],
    "es": ["{b} S.L.", "{b} S.A."],
    "ca": ["{b} S.L."],
    "it": ["{b} S.r.l.", "{b} S.p.A."],
    "nl": ["{b} B.V."],
    "pl": ["{b} Sp. z o.o."],
    "pt": ["{b} Ltda.", "{b} Lda."],
    "sv": ["{b} AB"],
    "no": ["{b} AS"],
    "da": ["{b} ApS"],
    "fi": ["{b} Oy"],
    "is": ["{b} ehf."],
    "et": ["{b} OÜ"],
    "lv": ["SIA {b}"],
    "lt": ["UAB {b}"],
    "cs": ["{b} s.r.o."],
    "sk": ["{b} s.r.o."],
    "hu": ["{b} Kft."],
    "ro": ["{b} S.R.L."],
    "hr": ["{b} d.o.o."],
    "sl": ["{b} d.o.o."],
    "sr": ["{b} д.о.о."],
    "bg": ["{b} ЕООД"],
    "ru": ["ООО «{b}»"],
    "uk": ["ТОВ «{b}»"],
    "el": ["{b} Α.Ε."],
    "tr": ["{b} A.Ş.", "{b} Ltd. Şti."],
    "ar": ["{b} ذ.م.م"],
    "he": ['{b} בע"מ'],
    "fa": ["شرکت {b}"],
    "hi": ["{b} प्रा. लि."],
    "bn": ["{b} লিমিটেড"],
    "th": ["บริษัท {b} จำกัด"],
    "vi": ["Công ty TNHH {b}"],
    "id": ["PT {b}"],
    "ms": ["{b} Sdn Bhd"],
    "tl": ["{b} Inc.", "{b} Corp."],
    "sw": ["{b} Ltd"],
    "zh": ["{b}有限公司"],
    "ja": ["{b}株式会社", "株式会社{b}"],
    "ko": ["(주){b}", "{b} 주식회사"],
    "af": ["{b} (Edms) Bpk", "{b} (Pty) Ltd"],
}


def company(lang: str) -> str:
    base = pick(COMPANY_WORDS).capitalize()
    return pick(COMPANY_FORMS.get(lang, COMPANY_FORMS["en"])).format(b=base)


def subject_line() -> str:
    return pick(
        [
            "Re: next week",
            "Re: documents",
            "Re: invoice",
            "Re: contact details",
            "Re: viewing on Saturday",
            "Fwd: details",
            "Re: quote",
        ]
    )


def label(lang: str, i: int) -> str:
    return LANGS[lang]["labels"][i]


def neg_sentence(lang: str) -> tuple[str, dict]:
    t = pick(LANGS[lang]["neg"])
    return t, fill_neg(t, lang)


def wrote_line(lang: str, name: str, e: V) -> tuple[str, dict]:
    t = LANGS[lang]["wrote"] or LANGS["en"]["wrote"]
    use = lang if LANGS[lang]["wrote"] else "en"
    return t, {"date": date_str(use), "time": time_str(use), "name": name, "e": e}


# --------------------------------------------------------------------------
# PHONE-centred builders (lang, region) -> (doc, note, lang)
# --------------------------------------------------------------------------


def pb_chat(lang, region):
    L = LANGS[lang]
    a, b = people(lang, 2)
    kind = pick(["mobile", "mobile", "mobile", "fixed"])
    p = phone(region, kind, pick(["nat", "nat", "any", "intl"]))
    msgs = [(b[0], L["hello"], {}), (a[0], pick(L["call"]), {"p": p})]
    if chance(0.15):
        msgs.append((a[0], pick(L["mail"]), {"e": email_for(lang, a)}))
    if chance(0.3):
        t, v = neg_sentence(lang)
        msgs.append((b[0], t, v))
    msgs.append((b[0], L["thanks"], {}))
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat, {region} {kind} number", lang


def pb_group_chat(lang, region):
    L = LANGS[lang]
    a, b, c = people(lang, 3)
    p1 = phone(region, "mobile", "nat")
    p2 = phone(region, pick(["mobile", "fixed"]), "any")
    msgs = [
        (a[0], L["hello"], {}),
        (b[0], pick(L["call"]), {"p": p1}),
        (c[0], "<<n>> <<p>>", {"n": a[0], "p": p2}),
        (a[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} group chat, two {region} numbers, one after a bare name", lang


def pb_voicemail(lang, region):
    L = LANGS[lang]
    spoken, caller = phone_pair(region, pick(["mobile", "fixed"]))
    doc = Doc()
    doc.line(
        f"{pick(['Voicemail', 'Visual Voicemail', 'Voice message', 'Call recording'])} · 0:{R.randint(8, 59):02d}"
    )
    with_id = chance(0.45)
    if with_id:
        doc.line(f"{pick(['From', 'Caller', 'Caller ID'])}: <<c>>", c=caller)
    doc.line(f"{date_str('en')} {time_str('en')}")
    doc.line("Transcript:")
    doc.add('"' + L["hello"] + " ")
    doc.add(pick(L["call"]), p=spoken)
    doc.line(' … <<p>>."', p=spoken)
    note = "voicemail transcript, number repeated" + (" + caller id in E.164" if with_id else "")
    return doc, f"{note} ({region})", lang


def pb_call_transcript(lang, region):
    L = LANGS[lang]
    a, b = people(lang, 2)
    p = phone(region, "mobile", pick(["nat", "intl"]))
    doc = Doc()
    doc.line(f"[Call transcript — {date_str('en')}]")
    t = 3
    doc.line(f"(00:{t:02d}) {b[0]}: {L['hello']}")
    t += R.randint(3, 12)
    doc.add(f"(00:{t:02d}) {a[0]}: ")
    doc.line(pick(L["call"]), p=p)
    t += R.randint(3, 12)
    if chance(0.5):
        doc.line(f"(00:{t:02d}) {b[0]}: <<p>>?", p=p)
    else:
        doc.line(f"(00:{t:02d}) {b[0]}: OK")
    doc.line(f"(00:{t + 4:02d}) {a[0]}: {L['thanks']}")
    return doc, f"call transcript with {region} number", lang


def pb_email_sig(lang, region):
    L = LANGS[lang]
    me, other = people(lang, 2)
    e_me, e_other = email_for(lang, me), email_for(lang, other)
    tel = phone(region, "fixed", pick(["intl", "nat", "any"]))
    doc = Doc()
    headers = chance(0.3)
    if headers:
        doc.line(f"From: {me[0]} <<<e>>>", e=e_me)
        doc.line(f"To: {other[0]} <<<e>>>", e=e_other)
        doc.line(f"Date: {email_date()}")
        doc.line(f"Subject: {subject_line()}")
        doc.line()
    doc.line(L["hello"])
    t, v = neg_sentence(lang)
    doc.line(t, **v)
    extra = []
    if chance(0.25):
        doc.line(pick(L["call"]), p=phone(region, "mobile", "nat"))
        extra.append("mobile in body")
    doc.line()
    doc.line("-- ")
    doc.line(me[0])
    doc.line(company(lang))
    doc.line(f"{label(lang, 0)}: <<p>>", p=tel)
    if chance(0.4):
        doc.line(f"{label(lang, 1)}: <<p>>", p=phone(region, "mobile", "any"))
        extra.append("mobile in signature")
    if chance(0.35):
        doc.line(f"{label(lang, 2)}: <<p>>", p=phone(region, "fixed", "any"))
        extra.append("fax")
    quoted = chance(0.5)
    if quoted:
        doc.line()
        wt, wv = wrote_line(lang, other[0], e_other)
        doc.line(wt, **wv)
        doc.line("> " + L["hello"])
        doc.line("> " + L["thanks"])
    shape = ("headers, " if headers else "") + "signature" + (", quoted reply" if quoted else "")
    return doc, f"e-mail ({shape}), {region} phones ({', '.join(extra) or 'office line'})", lang


def pb_vcard(lang, region):
    who = person(lang)
    doc = Doc()
    doc.line("BEGIN:VCARD")
    doc.line(pick(["VERSION:3.0", "VERSION:4.0", "VERSION:2.1"]))
    doc.line(f"FN:{who[0]}")
    doc.line(f"N:{who[2].capitalize()};{who[1].capitalize()};;;")
    doc.line(f"ORG:{company(lang)}")
    cell = phone(region, "mobile", pick(["e164", "intl", "any"]))
    doc.line(f"{pick(['TEL;TYPE=CELL', 'TEL;TYPE=cell,voice', 'TEL;CELL'])}:<<p>>", p=cell)
    n = 1
    if chance(0.5):
        doc.line("TEL;TYPE=WORK,VOICE:<<p>>", p=phone(region, "fixed", "any"))
        n += 1
    if chance(0.25):
        doc.line("TEL;VALUE=uri;TYPE=home:tel:<<p>>", p=phone(region, "fixed", "e164"))
        n += 1
    if chance(0.3):
        doc.line("EMAIL;TYPE=INTERNET:<<e>>", e=email_for(lang, who))
    doc.line(f"ADR;TYPE=HOME:;;{R.randint(1, 200)} Main St;{city_for(lang, region)};;{rdigits(5)};")
    doc.line(f"REV:{dt.date(*rdate()).isoformat()}")
    doc.line("END:VCARD")
    return doc, f"vCard with {n} {region} number(s)", "data"


def pb_contacts_note(lang, region):
    doc = Doc()
    if chance(0.5):
        doc.line(pick(["☎", "📒", "Contacts", "numbers", "---"]))
    n = wpick([(2, 7), (3, 3)])
    for who in R.sample(LANGS[lang]["names"], n):
        p = phone(region, pick(["mobile", "mobile", "fixed"]), pick(["nat", "nat", "any"]))
        form = pick(
            [
                "<<n>> <<p>>",
                "<<n>>: <<p>>",
                "<<p>> (<<n>>)",
                "<<n>> - <<p>>",
                "<<n>>\t<<p>>",
                "<<p>> <<n>>",
            ]
        )
        doc.line(form, n=who[0], p=p)
    return doc, f"contact list note, {region} numbers after bare names (no cue words)", "data"


def pb_csv(lang, region):
    doc = Doc()
    sep = pick([",", ";", "\t"])
    with_mail = chance(0.4)
    doc.line(
        sep.join(["name", "phone", "email", "city"] if with_mail else ["name", "phone", "city"])
    )
    for who in R.sample(LANGS[lang]["names"], 2):
        p = phone(region, "mobile", pick(["e164", "nat", "intl"]))
        name = f'"{who[0]}"' if sep == "," else who[0]
        city = city_for(lang, region)
        cols = [name, "<<p>>", "<<e>>", city] if with_mail else [name, "<<p>>", city]
        doc.line(sep.join(cols), p=p, e=email_for(lang, who) if with_mail else "")
    return doc, f"contacts CSV/TSV export ({region})", "data"


def pb_ad(lang, region):
    L = LANGS[lang]
    p = phone(region, "mobile", pick(["nat", "nat", "intl"]))
    doc = Doc()
    doc.line(L["ad"], item=pick(L["items"]), price=amount(lang, region), p=p)
    if chance(0.4):
        doc.line(f"📍 {city_for(lang, region)} · {date_str(lang)}")
    return doc, f"classified ad, {region} mobile", lang


def pb_social(lang, region):
    L = LANGS[lang]
    p = phone(region, "mobile", pick(["intl", "nat"]))
    doc = Doc()
    doc.line(f"{pick(['📢', '🔥', '🙏', '✨', ''])} " + pick(L["call"]), p=p)
    doc.line(
        " ".join(
            "#" + w.replace(" ", "").replace("'", "")
            for w in [pick(L["items"]), city_for(lang, region)]
        )
    )
    doc.line(f"{R.randint(2, 300)} ❤  {R.randint(0, 40)} 💬")
    return doc, f"social post, {region} number", lang


def pb_crm(lang, region):
    who = person(lang)
    p = phone(region, pick(["mobile", "fixed"]), "any")
    doc = Doc()
    doc.line(
        f"[CRM] Account: {company(lang)} | Owner: {pick(['J. Smith', 'K. Patel', 'M. Rossi'])} | {dt.date(*rdate()).isoformat()}"
    )
    doc.line(f"Contact: {who[0]}")
    doc.line(
        pick(
            [
                "Note: prefers WhatsApp on <<p>>, do not call before 10am. Quote <<q>> sent.",
                "Note: <<p>> is the direct line; switchboard keeps dropping calls. Ref <<q>>.",
                "Note: left voicemail on <<p>>, will retry Thu. Opportunity <<q>>.",
                "Callback requested -> <<p>> (ask for accounts). Case <<q>>.",
            ]
        ),
        p=p,
        q=f"Q-{R.randint(2023, 2026)}-{rdigits(4)}",
    )
    return doc, f"CRM note, {region} number", "en"


def pb_calendar(lang, region):
    who = person(lang)
    tf_region = pick(
        ["US", "GB", "DE", "FR", "AU", "CA", "NL", "ES", "IT", "CH", "IE", "SE", region]
    )
    dial = phone(tf_region, "tollfree", pick(["intl", "nat"]))
    t = rtime()
    doc = Doc()
    doc.line("BEGIN:VCALENDAR")
    doc.line("BEGIN:VEVENT")
    doc.line(f"DTSTART:{t:%Y%m%dT%H%M00}Z")
    doc.line(f"DTEND:{(t + dt.timedelta(minutes=30)):%Y%m%dT%H%M00}Z")
    doc.line(f"SUMMARY:Call with {who[0]}")
    doc.add("DESCRIPTION:Dial-in: <<d>>\\nConference ID: ", d=dial)
    doc.add(f"{rdigits(3)} {rdigits(3)} {rdigits(3)}#")
    with_org = True
    doc.add("\\nOrganizer mobile: <<p>>", p=phone(region, "mobile", "intl"))
    doc.line()
    if chance(0.5):
        doc.line(f"ORGANIZER;CN={who[0]}:mailto:<<e>>", e=email_for(lang, who))
    doc.line(f"UID:{t:%Y%m%dT%H%M%S}-{rdigits(5)}")
    doc.line("END:VEVENT")
    doc.line("END:VCALENDAR")
    return (
        doc,
        f"calendar invite with dial-in number ({tf_region})"
        + (f" and {region} mobile" if with_org else ""),
        "en",
    )


def pb_form(lang, region):
    who = person(lang)
    doc = Doc()
    if lang == "en":
        doc.line(
            pick(
                [
                    "EMERGENCY CONTACT",
                    "SCHOOL ENROLMENT FORM — PARENT/GUARDIAN",
                    "TENANT APPLICATION — REFERENCES",
                ]
            )
        )
    doc.line(f"{label(lang, 4)}: {who[0]}    {date_str(lang)}")
    if chance(0.5):
        doc.line(f"{label(lang, 0)}: <<p>>", p=phone(region, "fixed", "any"))
    doc.line(f"{label(lang, 1)}: <<p>>", p=phone(region, "mobile", "any"))
    if chance(0.25):
        doc.line(f"{label(lang, 3)}: <<e>>", e=email_for(lang, who))
    doc.line("_" * R.randint(10, 30))
    return doc, f"OCR'd form with fixed and mobile numbers ({region})", lang


def pb_receipt(lang, region):
    L = LANGS[lang]
    doc = Doc()
    doc.line(company(lang).upper())
    doc.line(city_for(lang, region))
    doc.line(f"{label(lang, 0)} <<p>>", p=phone(region, "fixed", "nat"))
    if chance(0.3):
        doc.line("Hotline <<p>>", p=phone(region, "tollfree", pick(["nat", "intl"])))
    doc.line("-" * 28)
    for item in R.sample(L["items"], R.randint(1, len(L["items"]))):
        doc.line(f"{R.randint(1, 3)}x {item[:18]:<18} {amount(lang, region)}")
    doc.line("-" * 28)
    doc.line(f"{label(lang, 5).upper()}  {amount(lang, region)}")
    doc.line(f"VISA {masked_card()}")
    doc.line(f"{date_str(lang)} {time_str(lang)}  #{rdigits(5)}")
    return doc, f"receipt header with shop phone(s) ({region}), masked card", lang


def pb_ticket(lang, region):
    who = person(lang)
    doc = Doc()
    doc.line(f"Ticket {lk_ticket()} | Priority: {pick(['Low', 'Normal', 'High'])} | Status: Open")
    doc.line(f"Customer: {who[0]} ({pick(['Gold', 'Standard', 'Trial'])})")
    doc.line(
        f"Callback number: <<p>>{pick(['', ' ext. ' + rdigits(3), ' (mornings)'])}",
        p=phone(region, "mobile", "any"),
    )
    doc.line(f"Issue: router keeps rebooting since firmware {lk_build()}. Serial {serial_no()}.")
    return doc, f"support ticket with callback number ({region})", "en"


def pb_json(lang, region):
    who = person(lang)
    doc = Doc()
    style = pick(["json", "yaml", "xml"])
    p = phone(region, "mobile", pick(["e164", "intl", "nat"]))
    if style == "json":
        doc.line("{")
        doc.line(f'  "id": {rdigits(6, True)},')
        doc.line(f'  "name": "{who[0]}",')
        doc.line('  "mobile": "<<p>>",', p=p)
        if chance(0.5):
            doc.line('  "office": "<<p>>",', p=phone(region, "fixed", "any"))
        doc.line(f'  "created": "{dt.date(*rdate()).isoformat()}"')
        doc.line("}")
    elif style == "yaml":
        doc.line("contact:")
        doc.line(f"  name: {who[0]}")
        doc.line("  phone: '<<p>>'", p=p)
        doc.line(f"  locale: {lang}-{region}")
    else:
        doc.line("<contact>")
        doc.line(f"  <name>{who[0]}</name>")
        doc.line('  <phone type="mobile"><<p>></phone>', p=p)
        doc.line("</contact>")
    return doc, f"{style.upper()} contact record ({region})", "data"


def pb_shell(lang, region):
    doc = Doc()
    to = phone(region, "mobile", "e164")
    frm = phone("US", "mobile", "e164")
    code = rdigits(6)
    doc.line(
        f'  {R.randint(300, 999)}  twilio api:core:messages:create --from "<<f>>" --to "<<t>>" --body "Your code is {code}"',
        f=frm,
        t=to,
    )
    doc.line(f"  {R.randint(1000, 1200)}  git status")
    return doc, f"shell history with SMS API call (US sender, {region} recipient)", "data"


def pb_business_card(lang, region):
    who = person(lang)
    doc = Doc()
    doc.line(who[0])
    doc.line(company(lang))
    if chance(0.6):
        doc.line(f"{label(lang, 0)} <<p>>", p=phone(region, "fixed", "any"))
    doc.line(f"{label(lang, 1)} <<p>>", p=phone(region, "mobile", "any"))
    if chance(0.5):
        doc.line(f"{label(lang, 3)} <<e>>", e=email_for(lang, who))
    doc.line(f"www.{pick(COMPANY_WORDS)}.{pick(LANGS[lang]['domains']).split('.')[-1]}")
    return doc, f"business card OCR ({region})", lang


def pb_todo(lang, region):
    who = person(lang)
    doc = Doc()
    doc.line("TODO")
    doc.line(f"- [x] pay rent ({amount(lang, region)})")
    doc.line(f"- [ ] call {who[0]} <<p>> re: keys", p=phone(region, "mobile", "nat"))
    doc.line(f"- [ ] renew passport, appt {date_str('en')} {time_str('en')}")
    if chance(0.5):
        doc.line("- [ ] plumber <<p>>", p=phone(region, "fixed", "any"))
    return doc, f"to-do list with {region} number(s)", "en"


PHONE_BUILDERS = [
    (pb_chat, 13),
    (pb_group_chat, 2),
    (pb_voicemail, 3),
    (pb_call_transcript, 2),
    (pb_email_sig, 3),
    (pb_vcard, 2),
    (pb_contacts_note, 2),
    (pb_csv, 1.5),
    (pb_ad, 6),
    (pb_social, 4),
    (pb_crm, 2.5),
    (pb_calendar, 1.2),
    (pb_form, 3),
    (pb_receipt, 3.5),
    (pb_ticket, 2),
    (pb_json, 1.5),
    (pb_shell, 0.8),
    (pb_business_card, 2),
    (pb_todo, 1.2),
]


# --------------------------------------------------------------------------
# SSN-centred builders () -> (doc, note, lang)
# --------------------------------------------------------------------------

US_CITIES = [
    ("Springfield", "IL", "627"),
    ("Tucson", "AZ", "857"),
    ("Albany", "NY", "122"),
    ("Fresno", "CA", "937"),
    ("Austin", "TX", "787"),
    ("Miami", "FL", "331"),
    ("Columbus", "OH", "432"),
    ("Raleigh", "NC", "276"),
]
US_STREETS = ["Oak St", "Maple Ave", "Cedar Ln", "W 3rd St", "Elm Dr", "Pine Ct", "Calle Sol"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"


def us_addr() -> str:
    city, st, z = pick(US_CITIES)
    return f"{R.randint(10, 9999)} {pick(US_STREETS)}, {city}, {st} {z}{rdigits(2)}"


def dob(style: str = "us") -> str:
    y, m, d = R.randint(1944, 2004), R.randint(1, 12), R.randint(1, 28)
    if style == "iso":
        return f"{y}-{m:02d}-{d:02d}"
    return pick([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y}", f"{MONTHS_EN[m - 1]} {d}, {y}"])


def us_person():
    return person(pick(["en", "en", "es"]))


def given(who) -> str:
    return who[0].split()[0]


def family(who) -> str:
    return who[0].split()[-1]


def money_us(lo: int = 20, hi: int = 90000) -> str:
    return f"{R.randint(lo, hi):,}.{R.randint(0, 99):02d}"


def us_phone(kind: str = "mobile") -> V:
    return phone("US", kind, pick(["nat", "nat", "any"]))


def sb_w2():
    who = us_person()
    doc = Doc()
    doc.line(f"Form W-2 Wage and Tax Statement {R.randint(2022, 2025)}")
    doc.line("a Employee's social security number")
    doc.line("<<s>>", s=ssn(pick(["dash", "dash", "space"])))
    doc.line(
        f"b Employer identification number (EIN)      1 Wages, tips, other compensation {money_us(18000, 150000)}"
    )
    doc.line(
        f"{ein()}                                    2 Federal income tax withheld {money_us(1000, 20000)}"
    )
    doc.line("c Employer's name, address, and ZIP code")
    doc.line(company("en").upper())
    doc.line(us_addr())
    doc.line(f"d Control number {rdigits(6)}")
    doc.line("e Employee's first name and initial    Last name")
    doc.line(f"{given(who)} {pick(MIDDLE)}    {family(who)}")
    return doc, "OCR'd W-2 with SSN (EIN unlabelled)", "en"


def sb_1040():
    who = us_person()
    spouse = us_person()
    doc = Doc()
    doc.line(f"Form 1040 U.S. Individual Income Tax Return {R.randint(2022, 2025)}")
    doc.line("Your first name and middle initial | Last name | Your social security number")
    doc.line(
        f"{given(who)} {pick(MIDDLE)}. | {family(who)} | <<s>>",
        s=ssn(pick(["space", "dash", "bare"])),
    )
    n = 1
    if chance(0.5):
        doc.line(
            "If joint return, spouse's first name and middle initial | Last name | Spouse's social security number"
        )
        doc.line(f"{given(spouse)} | {family(who)} | <<s>>", s=ssn(pick(["space", "dash"])))
        n += 1
    doc.line(f"Home address (number and street): {us_addr()}")
    if chance(0.5):
        doc.line(
            "Dependents: (1) First name  Last name  (2) Social security number  (3) Relationship"
        )
        for rel in R.sample(["Son", "Daughter", "Stepchild"], 1):
            doc.line(
                f"{pick(['Mia', 'Noah', 'Liam', 'Sofia', 'Ava'])} {family(who)}  <<s>>  {rel}",
                s=ssn(pick(["space", "dash"])),
            )
            n += 1
    return doc, f"OCR'd Form 1040 with {n} SSN(s)", "en"


def sb_payroll():
    doc = Doc()
    style = pick(["dash", "bare", "dash"])
    sep = pick([",", "\t", "|"])
    doc.line(sep.join(["emp_id", "last_name", "first_name", "ssn", "hire_date", "dept"]))
    n = R.randint(2, 3)
    for _ in range(n):
        who = us_person()
        doc.line(
            sep.join(
                [
                    rdigits(5, True),
                    family(who),
                    given(who),
                    "<<s>>",
                    dt.date(*rdate()).isoformat(),
                    pick(["OPS", "HR", "ENG", "SALES"]),
                ]
            ),
            s=ssn(style),
        )
    return doc, f"payroll export with {n} SSNs ({style})", "data"


def sb_rental():
    es = chance(0.35)
    who = person("es" if es else "en")
    doc = Doc()
    if es:
        doc.line("SOLICITUD DE ARRENDAMIENTO")
        doc.line(f"Solicitante: {who[0]}    Fecha de nacimiento: {dob()}")
        doc.line(
            f"{pick(['Número de Seguro Social', 'No. de Seguro Social', 'Seguro Social (SSN)'])}: <<s>>",
            s=ssn("dash"),
        )
        doc.line(f"Licencia de conducir: {rletters(1)}{rdigits(7)}")
        doc.line("Teléfono: <<p>>", p=us_phone())
        doc.line("Correo electrónico: <<e>>", e=email_for("es", who))
        doc.line(f"Ingreso mensual: ${R.randint(1800, 9000):,}")
        return doc, "rental application (Spanish) with SSN, phone, e-mail", "es"
    doc.line("RENTAL APPLICATION")
    doc.line(f"Applicant: {who[0]}    DOB: {dob()}")
    doc.line(
        f"{pick(['SSN', 'SSN#', 'Social Security No.'])}: <<s>>    Driver's License #: {rletters(1)}{rdigits(7)}",
        s=ssn(pick(["dash", "dash", "space"])),
    )
    doc.line(f"Current address: {us_addr()}")
    doc.line("Phone: <<p>>", p=us_phone())
    doc.line("Email: <<e>>", e=email_for("en", who))
    doc.line(f"Employer: {company('en')}   Monthly income: ${R.randint(1800, 12000):,}")
    return doc, "rental application with SSN, phone, e-mail; driver's licence unlabelled", "en"


def sb_medical():
    es = chance(0.5)
    who = person("es" if es else "en")
    doc = Doc()
    if es:
        doc.line("FORMULARIO DE ADMISIÓN DEL PACIENTE")
        doc.line(f"Nombre: {who[0]}")
        doc.line(f"Fecha de nacimiento: {dob()}")
        doc.line(
            f"{pick(['No. de Seguro Social', 'Núm. de Seguro Social', 'Seguro Social'])}: <<s>>",
            s=ssn(pick(["dash", "space"])),
        )
        doc.line(f"Aseguradora: {pick(['Aetna', 'Cigna', 'Medicaid'])}   Póliza: {lk_policy()}")
        doc.line("Teléfono celular: <<p>>", p=us_phone())
        return doc, "patient intake form (Spanish) with SSN and phone", "es"
    doc.line("PATIENT INTAKE FORM")
    doc.line(f"Patient name: {who[0]}   DOB: {dob()}   MRN: {rdigits(8)}")
    doc.line(f"SSN (optional): <<s>>   Insurance ID: {lk_policy()}", s=ssn("dash"))
    doc.line(f"Emergency contact: {person('en')[0]}  <<p>>", p=us_phone())
    return doc, "patient intake form with SSN, MRN and policy number unlabelled", "en"


def sb_chat():
    lang = wpick(
        [
            ("en", 6),
            ("es", 4),
            ("pt", 0.6),
            ("fr", 0.4),
            ("ru", 0.4),
            ("vi", 0.6),
            ("tl", 0.6),
            ("zh", 0.6),
            ("ko", 0.5),
        ]
    )
    L = LANGS[lang]
    a, b = people(lang, 2)
    s = ssn(
        pick(["dash", "dash", "space", "bare"]) if lang != "en" else pick(["dash", "space", "bare"])
    )
    msgs = [(b[0], L["hello"], {}), (a[0], pick(L["ssn"]), {"s": s}), (b[0], L["thanks"], {})]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat sharing an SSN", lang


def sb_table():
    doc = Doc()
    style = pick(["md", "tsv", "pipe"])
    rows = wpick([(1, 5), (2, 3), (3, 1)])
    if style == "md":
        doc.line("| Name | DOB | Number | City |")
        doc.line("|---|---|---|---|")
    elif style == "pipe":
        doc.line("NAME                | DOB        | NUMBER      | CITY")
    for _ in range(rows):
        who = us_person()
        city = pick(US_CITIES)[0]
        if style == "tsv":
            doc.line(f"{family(who)}, {given(who)}\t{dob()}\t<<s>>\t{city}", s=ssn("dash"))
        else:
            doc.line(f"| {who[0]} | {dob('iso')} | <<s>> | {city} |", s=ssn("dash"))
    return doc, f"table pasted as text, {rows} dashed SSN(s) with no cue word", "data"


def sb_json():
    who = us_person()
    doc = Doc()
    key = pick(["ssn", "SSN", "social_security_number", "taxpayerSSN"])
    doc.line("{")
    doc.line('  "applicant": {')
    doc.line(f'    "name": "{who[0]}",')
    doc.line(f'    "{key}": "<<s>>",', s=ssn(pick(["bare", "dash"])))
    doc.line(f'    "dob": "{dob("iso")}",')
    doc.line(f'    "loan_id": "{lk_order()}"')
    doc.line("  }")
    doc.line("}")
    return doc, f"JSON record with SSN under key {key}", "data"


def sb_voice():
    es = chance(0.4)
    who = person("es" if es else "en")
    doc = Doc()
    doc.line(f"Voice note (0:{R.randint(10, 59):02d}) — transcribed")
    if es:
        doc.line(
            f"Hola, soy {who[0].split()[0]}, para los papeles del préstamo mi seguro social es <<s>> y me puedes llamar al <<p>>.",
            s=ssn("dash"),
            p=us_phone(),
        )
    else:
        doc.line(
            f"hi it's {who[0].split()[0]}, for the loan paperwork my social is <<s>>, and call me back at <<p>>",
            s=ssn("dash"),
            p=us_phone(),
        )
    return doc, "voice note transcript with SSN and US phone", "es" if es else "en"


def sb_credit():
    a, b = us_person(), us_person()
    doc = Doc()
    doc.line("CREDIT APPLICATION")
    doc.line(f"Applicant Name: {a[0]}")
    doc.line(f"Soc. Sec. #: <<s>>    Date of Birth: {dob()}", s=ssn("dash"))
    n = 1
    if chance(0.6):
        doc.line(f"Co-Applicant: {b[0]}    Soc. Sec. #: <<s>>", s=ssn(pick(["dash", "space"])))
        n += 1
    doc.line(f"Home phone: <<p>>    Years at address: {R.randint(1, 20)}", p=us_phone("fixed"))
    doc.line(f"Bank routing no. {aba_routing()}   Acct. ending {rdigits(4)}")
    return doc, f"credit application with {n} SSN(s); routing number unlabelled", "en"


def sb_tax_notes():
    who = us_person()
    doc = Doc()
    doc.line(f"Client notes — {who[0]} ({R.randint(2022, 2025)} return)")
    if chance(0.6):
        doc.line("SS# <<s>>; spouse SS# <<s2>>", s=ssn("dash"), s2=ssn(pick(["dash", "space"])))
    else:
        doc.line("SS# <<s>> (single filer)", s=ssn(pick(["dash", "space"])))
    doc.line(f"LLC EIN {ein()} (not the SSN!)")
    doc.line(f"Refund: routing {aba_routing()}, acct ****{rdigits(4)}")
    doc.line(f"Prior-year AGI ${R.randint(20000, 200000):,}")
    return doc, "tax preparer notes with SSN(s); EIN/routing unlabelled", "en"


def sb_fafsa():
    doc = Doc()
    doc.line("FREE APPLICATION FOR FEDERAL STUDENT AID — worksheet")
    doc.line(f"Student's last name: {family(us_person())}")
    doc.line("Student's Social Security Number: <<s>>", s=ssn(pick(["dash", "bare"])))
    n = 1
    if chance(0.7):
        doc.line("Parent 1 SSN: <<s>>", s=ssn("dash"))
        n += 1
    doc.line(f"Student ID: {rdigits(8, True)}   School code: 00{rdigits(4)}")
    return doc, f"student aid worksheet with {n} SSN(s)", "en"


def sb_insurance():
    who = us_person()
    doc = Doc()
    doc.line("CLAIM FORM — HEALTH INSURANCE")
    doc.line(f"Subscriber: {who[0]}")
    doc.line("Subscriber SSN: <<s>>", s=ssn("dash"))
    doc.line(f"Member ID: {lk_policy()}   Group: {rdigits(6)}")
    doc.line(f"Dependent SSN (last 4 only): {masked_ssn()}")
    doc.line(f"Claim #: {lk_ticket()}   Date of service: {date_str('en')}")
    return doc, "insurance claim: full subscriber SSN labelled, masked dependent SSN not", "en"


def sb_hr_email():
    who = us_person()
    doc = Doc()
    doc.line(f"From: {who[0]} <<<e>>>", e=email_for("en", who))
    doc.line("To: HR <<<e>>>", e=role_email("en", "hr"))
    doc.line("Subject: W-4 correction")
    doc.line()
    doc.line(
        f"Hi, the number you have on file ends in {rdigits(4)}, but my correct SSN is <<s>>. Can you update payroll before the {date_str('en')} run?",
        s=ssn("dash"),
    )
    doc.line("Thanks,")
    doc.line(who[0].split()[0])
    return doc, "HR e-mail correcting SSN (partial last-4 unlabelled)", "en"


def sb_bank_es():
    who = person("es")
    doc = Doc()
    doc.line("APERTURA DE CUENTA — DATOS DEL CLIENTE")
    doc.line(f"Nombre completo: {who[0]}")
    doc.line(
        f"{pick(['SSN / ITIN', 'Número de Seguro Social o ITIN', 'No. de SS'])}: <<s>>",
        s=ssn(pick(["dash", "bare"])),
    )
    doc.line(f"Dirección: {us_addr()}")
    doc.line("Celular: <<p>>", p=us_phone())
    doc.line(f"Fecha: {date_str('es')}")
    return doc, "bank account opening form (Spanish) with SSN and phone", "es"


def sb_background():
    who = us_person()
    doc = Doc()
    doc.line("BACKGROUND CHECK AUTHORIZATION")
    doc.line(f"Full legal name: {who[0]}")
    doc.line("Social Security No.: <<s>>", s=ssn(pick(["dash", "space"])))
    doc.line(f"Date of birth: {dob()}")
    doc.line(f"Previous address: {us_addr()}")
    doc.line(f"Signature: ______________   Date: {date_str('en')}")
    return doc, "background check authorisation with SSN", "en"


def sb_school():
    es = chance(0.4)
    doc = Doc()
    if es:
        doc.line("INSCRIPCIÓN ESCOLAR")
        doc.line(f"Nombre del estudiante: {person('es')[0]}   Grado: {R.randint(1, 12)}")
        doc.line("Número de Seguro Social del padre/madre: <<s>>", s=ssn("dash"))
        doc.line("Teléfono de casa: <<p>>", p=us_phone("fixed"))
        return doc, "school enrolment (Spanish) with parent SSN and phone", "es"
    doc.line("DISTRICT ENROLLMENT FORM")
    doc.line(
        f"Student: {us_person()[0]}   Grade: {R.randint(1, 12)}   Student #: {rdigits(7, True)}"
    )
    doc.line("Parent/guardian SSN: <<s>>", s=ssn("dash"))
    doc.line("Home phone: <<p>>", p=us_phone("fixed"))
    return doc, "school enrolment with parent SSN and phone", "en"


SSN_BUILDERS = [
    (sb_w2, 2),
    (sb_1040, 2),
    (sb_payroll, 1.5),
    (sb_rental, 2),
    (sb_medical, 2),
    (sb_chat, 2.5),
    (sb_table, 1.2),
    (sb_json, 1),
    (sb_voice, 1.2),
    (sb_credit, 1),
    (sb_tax_notes, 1),
    (sb_fafsa, 0.8),
    (sb_insurance, 1),
    (sb_hr_email, 0.8),
    (sb_bank_es, 1.2),
    (sb_background, 0.8),
    (sb_school, 1),
]


# --------------------------------------------------------------------------
# CARD-centred builders
# --------------------------------------------------------------------------

LANG_BRANDS = {"ru": "Mir", "zh": "UnionPay", "ja": "JCB", "tr": "Troy", "hi": "RuPay", "pt": "Elo"}


def brand_for(lang: str):
    if lang in LANG_BRANDS and chance(0.6):
        return LANG_BRANDS[lang]
    return None


def cb_chat():
    lang = pick(CARD_LANGS) if chance(0.7) else "en"
    L = LANGS[lang]
    a, b = people(lang, 2)
    c, brand = card(brand_for(lang))
    msgs = [
        (b[0], L["hello"], {}),
        (a[0], pick(L["card"]), {"c": c, "exp": expiry()}),
        (b[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat sharing a {brand} card number", lang


def cb_form():
    who = us_person()
    c, brand = card()
    doc = Doc()
    doc.line("PAYMENT AUTHORIZATION FORM")
    doc.line(f"Cardholder name: {who[0]}")
    doc.line(f"Card type: {brand}")
    doc.line("Card number: <<c>>", c=c)
    doc.line(f"Expiration: {expiry()}   CVV: {cvv(4 if brand.startswith('Am') else 3)}")
    doc.line(f"Billing ZIP: {zip4() if chance(0.5) else rdigits(5, True)}")
    doc.line(f"Amount to charge: ${money_us(50, 5000)}")
    return doc, f"payment authorisation form with {brand} card (ZIP/CVV unlabelled)", "en"


def cb_log():
    c, brand = card(sep="")
    t = rtime()
    doc = Doc()
    doc.line(
        f"{t:%Y-%m-%dT%H:%M:%S}.{rdigits(3)}Z ERROR checkout-api [req={lk_uuid()}] validation failed"
    )
    doc.line(
        f'  payload={{"card_number":"<<c>>","exp_month":"{R.randint(1, 12):02d}","exp_year":"{R.randint(2026, 2031)}","amount":{R.randint(100, 99999)},"currency":"EUR"}}',
        c=c,
    )
    doc.line(f"{t:%Y-%m-%dT%H:%M:%S}.{rdigits(3)}Z INFO  checkout-api retry scheduled attempt=2")
    return doc, f"server log leaking a compact {brand} PAN", "data"


def cb_email():
    who = us_person()
    c, brand = card()
    doc = Doc()
    doc.line("Subject: deposit for the cabin")
    doc.line()
    doc.line(
        f"Hi, please charge the deposit to my {brand} <<c>>, exp {expiry()}. I'll give you the security code by phone.",
        c=c,
    )
    doc.line(f"Booking ref {pnr()}, arrival {date_str('en')}.")
    doc.line(who[0].split()[0])
    return doc, f"e-mail with {brand} card number and booking ref", "en"


def cb_sheet():
    doc = Doc()
    doc.line("Date\tMerchant\tCard\tAmount")
    c, brand = card()
    full_row = R.randint(0, 2)
    for i in range(3):
        merchant = pick(["Amazon", "Shell", "Uber", "Tesco", "Lidl", "Airbnb", "IKEA"])
        if i == full_row:
            doc.line(f"{date_str('en')}\t{merchant}\t<<c>>\t{R.randint(5, 500)}.{rdigits(2)}", c=c)
        else:
            doc.line(
                f"{date_str('en')}\t{merchant}\t{masked_card()}\t{R.randint(5, 500)}.{rdigits(2)}"
            )
    return doc, f"expense sheet with one full {brand} number among masked ones", "data"


def cb_hotel():
    who = person(pick(["en", "de", "fr", "es", "it", "ja"]))
    c, brand = card()
    doc = Doc()
    doc.line(f"Reservation {pnr()}  Conf# {rdigits(8, True)}")
    doc.line(f"Guest: {who[0]}")
    doc.line(f"Arrival {date_str('en')}  Nights {R.randint(1, 9)}  Rate {amount('en')}")
    code = {"Di": "DS", "Dn": "DC", "JC": "JC", "Un": "UP", "银联": "UP"}.get(
        "Dn" if brand.startswith("Diners") else brand[:2],
        {"V": "VI", "M": "MC", "A": "AX"}.get(brand[0].upper(), "CC"),
    )
    doc.line(f"Guarantee: {code} <<c>> exp {expiry()}", c=c)
    doc.line("Remarks: late arrival, quiet room")
    return doc, f"hotel PMS reservation with {brand} guarantee card", "en"


def cb_ocr():
    who = person(pick(["en", "en", "es", "de", "fr", "tr", "pt"]))
    c, brand = card(sep=pick([" ", " ", "  "]))
    doc = Doc()
    doc.line(pick(["GLOBAL BANK", "CREDIT UNION", "DEBIT", "PLATINUM"]))
    doc.line("<<c>>", c=c)
    doc.line(f"VALID THRU {R.randint(1, 12):02d}/{R.randint(26, 31)}")
    doc.line(who[0].upper())
    doc.line(brand.upper())
    return doc, f"OCR of a {brand} card front", "data"


def cb_json():
    c, brand = card(sep=pick(["", " "]))
    doc = Doc()
    doc.line("{")
    doc.line('  "payment_method": {')
    doc.line('    "type": "card",')
    doc.line('    "number": "<<c>>",', c=c)
    doc.line(f'    "exp": "{expiry()}",')
    doc.line(f'    "brand": "{brand.lower()}"')
    doc.line("  },")
    doc.line(f'  "order_id": "{lk_order()}"')
    doc.line("}")
    return doc, f"JSON payment payload with {brand} number", "data"


def cb_form_lang():
    lang = pick(["de", "fr", "es", "it", "nl", "pl", "pt", "tr", "ru", "ja", "zh", "ko", "sv"])
    L = LANGS[lang]
    who = person(lang)
    c, brand = card(brand_for(lang))
    doc = Doc()
    doc.line(f"{label(lang, 4)}: {who[0]}")
    doc.line(pick(L["card"]), c=c, exp=expiry())
    doc.line(f"{label(lang, 5)}: {amount(lang)}   {date_str(lang)}")
    return doc, f"booking form snippet with {brand} card", lang


def cb_regional():
    lang = pick(list(LANG_BRANDS))
    L = LANGS[lang]
    a, b = people(lang, 2)
    c, brand = card(LANG_BRANDS[lang])
    msgs = [
        (b[0], L["hello"], {}),
        (a[0], pick(L["card"]), {"c": c, "exp": expiry()}),
        (b[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat sharing a domestic {brand} card number", lang


CARD_BUILDERS = [
    (cb_regional, 1.5),
    (cb_chat, 4),
    (cb_form, 1.5),
    (cb_log, 1.2),
    (cb_email, 1),
    (cb_sheet, 1),
    (cb_hotel, 1),
    (cb_ocr, 1),
    (cb_json, 1),
    (cb_form_lang, 2),
]


# --------------------------------------------------------------------------
# IBAN-centred builders
# --------------------------------------------------------------------------


def iban_lang() -> tuple[str, str]:
    lang = pick(IBAN_LANGS)
    return lang, pick(LANGS[lang]["ibans"])


def ib_chat():
    lang, cc = iban_lang()
    L = LANGS[lang]
    a, b = people(lang, 2)
    i = iban(cc)
    msgs = [
        (b[0], L["hello"], {}),
        (a[0], pick(L["iban"]), {"i": i, "name": a[0]}),
        (b[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat with {cc} IBAN", lang


def ib_invoice():
    lang, cc = iban_lang()
    doc = Doc()
    doc.line(company(lang))
    doc.line(f"{pick(LANGS[lang]['cities'])} · {date_str(lang)}")
    doc.line(f"{lk_invoice()}")
    for _ in range(R.randint(1, 3)):
        doc.line(f"  {pick(LANGS[lang]['items'])}  {amount(lang)}")
    doc.line(f"{label(lang, 5)}: {amount(lang)}")
    doc.line(f"IBAN: <<i>>   BIC: {bic(cc)}", i=iban(cc, pick(["group", "group", "compact"])))
    if chance(0.4):
        doc.line(f"VAT {cc}{rdigits(9)}")
    return doc, f"invoice footer with {cc} IBAN (BIC/VAT/invoice no. unlabelled)", lang


def ib_sepa():
    cc1 = pick(["DE", "FR", "NL", "ES", "IT", "AT", "BE", "FI", "IE", "PT"])
    cc2 = pick(["DE", "FR", "NL", "ES", "IT", "AT", "BE", "LU", "SK", "SI"])
    doc = Doc()
    doc.line("<CdtTrfTxInf>")
    doc.line(f"  <PmtId><EndToEndId>E2E-{rdigits(10)}</EndToEndId></PmtId>")
    doc.line(f'  <Amt><InstdAmt Ccy="EUR">{R.randint(10, 9000)}.{rdigits(2)}</InstdAmt></Amt>')
    doc.line(f"  <CdtrAgt><FinInstnId><BIC>{bic(cc2)}</BIC></FinInstnId></CdtrAgt>")
    doc.line(f"  <Cdtr><Nm>{person(pick(['de', 'fr', 'nl', 'es', 'it']))[0]}</Nm></Cdtr>")
    doc.line("  <CdtrAcct><Id><IBAN><<i>></IBAN></Id></CdtrAcct>", i=iban(cc2, "compact"))
    doc.line(f"  <RmtInf><Ustrd>{lk_invoice()}</Ustrd></RmtInf>")
    doc.line("</CdtTrfTxInf>")
    if chance(0.5):
        doc.line("<DbtrAcct><Id><IBAN><<i>></IBAN></Id></DbtrAcct>", i=iban(cc1, "compact"))
        return doc, f"SEPA pain.001 XML snippet, creditor {cc2} and debtor {cc1} IBANs", "data"
    return doc, f"SEPA pain.001 XML snippet, creditor {cc2} IBAN", "data"


def ib_csv():
    lang, _ = iban_lang()
    doc = Doc()
    doc.line("name;iban;bic;amount;reference")
    n = 2
    for _ in range(n):
        cc = pick(LANGS[lang]["ibans"])
        doc.line(
            f"{person(lang)[0]};<<i>>;{bic(cc)};{amount(lang)};{lk_invoice()}",
            i=iban(cc, pick(["compact", "group"])),
        )
    return doc, f"payee CSV with {n} IBANs", "data"


def ib_form():
    lang, cc = iban_lang()
    who = person(lang)
    doc = Doc()
    doc.line("NEW EMPLOYEE — BANK DETAILS FOR SALARY")
    doc.line(f"Account holder: {who[0]}")
    doc.line("IBAN: <<i>>", i=iban(cc, pick(["group", "compact", "lgroup"])))
    doc.line(f"BIC/SWIFT: {bic(cc)}")
    doc.line(f"Employee no.: {rdigits(6, True)}   Start date: {date_str('en')}")
    return doc, f"HR bank-details form with {cc} IBAN", "en"


def ib_statement():
    lang, cc = iban_lang()
    who = person(lang)
    doc = Doc()
    doc.line(f"Statement {R.randint(1, 12)}/{R.randint(2023, 2026)}   {who[0]}")
    doc.line("IBAN <<i>>", i=iban(cc, "group"))
    doc.line(f"{date_str(lang)}  {lk_invoice()}  -{amount(lang)}")
    cc2 = pick(LANGS[lang]["ibans"])
    both = chance(0.5)
    if both:
        doc.line(
            f"{date_str(lang)}  {person(lang)[0]} <<i>>  +{amount(lang)}",
            i=iban(cc2, pick(["compact", "group"])),
        )
    else:
        doc.line(f"{date_str(lang)}  {person(lang)[0]}  +{amount(lang)}")
    doc.line(f"{label(lang, 5)}: {amount(lang)}")
    return (
        doc,
        f"bank statement with account IBAN ({cc})"
        + (f" and counterparty IBAN ({cc2})" if both else ""),
        lang,
    )


def ib_email_en():
    cc = pick(
        [
            "GB",
            "IE",
            "DE",
            "FR",
            "ES",
            "NL",
            "PT",
            "IT",
            "MT",
            "CY",
            "GR",
            "AE",
            "CH",
            "PL",
            "MU",
            "PK",
            "KZ",
            "GE",
            "AZ",
            "SA",
        ]
    )
    who = person("en")
    doc = Doc()
    doc.line("Subject: deposit for the flat")
    doc.line()
    doc.line(pick(LANGS["en"]["iban"]), i=iban(cc), name=who[0])
    doc.line(f"Reference: {lk_invoice()}. Keys handover {date_str('en')}.")
    return doc, f"English e-mail with {cc} IBAN", "en"


IBAN_BUILDERS = [
    (ib_chat, 3),
    (ib_invoice, 2.5),
    (ib_sepa, 0.8),
    (ib_csv, 0.8),
    (ib_form, 1),
    (ib_statement, 1.2),
    (ib_email_en, 1.2),
]


# --------------------------------------------------------------------------
# EMAIL-centred builders
# --------------------------------------------------------------------------


def any_lang() -> str:
    return pick(list(LANGS))


def eb_headers():
    lang = any_lang()
    L = LANGS[lang]
    a, b, c = people(lang, 3)
    doc = Doc()
    doc.line(f"From: {a[0]} <<<e>>>", e=email_for(lang, a))
    n = 1
    if chance(0.6):
        doc.line(f"To: {b[0]} <<<e>>>", e=email_for(lang, b))
        n += 1
    if chance(0.35):
        doc.line("Cc: <<e>>, <<f>>", e=email_for(lang, c), f=role_email(lang))
        n += 2
    doc.line(f"Date: {email_date()}")
    doc.line(f"Message-ID: <{rhex(16)}.{rdigits(6)}>")
    doc.line()
    doc.line(L["hello"])
    t, v = neg_sentence(lang)
    doc.line(t, **v)
    doc.line(L["thanks"])
    return doc, f"e-mail headers with {n} addresses", lang


def eb_forward():
    lang = any_lang()
    L = LANGS[lang]
    a, b, c = people(lang, 3)
    doc = Doc()
    doc.line(L["hello"] + " FYI")
    doc.line()
    doc.line("---------- Forwarded message ---------")
    doc.line(f"From: {a[0]} <<<e>>>", e=email_for(lang, a))
    doc.line(f"Date: {email_date()}")
    doc.line(f"Subject: {subject_line()}")
    doc.line(f"To: {b[0]}")
    doc.line()
    doc.line(pick(L["mail"]), e=email_for(lang, c))
    return doc, "forwarded message block with two addresses", lang


def eb_chat():
    lang = any_lang()
    L = LANGS[lang]
    a, b = people(lang, 2)
    msgs = [
        (b[0], L["hello"], {}),
        (a[0], pick(L["mail"]), {"e": email_for(lang, a)}),
        (b[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat sharing an e-mail address", lang


def eb_mailing():
    doc = Doc()
    doc.line("email,first_name,last_name,subscribed_at,source")
    n = R.randint(2, 3)
    for _ in range(n):
        lang = any_lang()
        who = person(lang)
        doc.line(
            f"<<e>>,{who[1].capitalize()},{who[2].capitalize()},{dt.date(*rdate()).isoformat()},{pick(['web', 'popup', 'import', 'checkout'])}",
            e=email_for(lang, who),
        )
    return doc, f"mailing-list CSV with {n} addresses", "data"


def eb_gitlog():
    a, b = person("en"), person(pick(["de", "fr", "pl", "ja", "pt"]))
    doc = Doc()
    doc.line(f"commit {lk_sha()}")
    doc.line(f"Author: {a[0]} <<<e>>>", e=email_for("en", a))
    doc.line(f"Date:   {email_date()}")
    doc.line()
    doc.line(f"    fix: bump parser to {lk_build()}")
    if chance(0.5):
        doc.line()
        doc.line(
            f"    Co-authored-by: {b[0]} <<<e>>>",
            e=V("EMAIL", f"{b[1]}.{b[2]}@users.noreply.github.com"),
        )
    return doc, "git log with author (and co-author) e-mail; commit SHA unlabelled", "data"


def eb_html():
    lang = any_lang()
    e = role_email(lang)
    doc = Doc()
    doc.line(f'<p>{label(lang, 3)}: <a href="mailto:<<e>>"><<e>></a></p>', e=e)
    doc.line(
        f'<p>{label(lang, 0)}: <a href="tel:<<p>>"><<p>></a></p>',
        p=phone(pick(LANGS[lang]["regions"]), "fixed", "e164"),
    )
    return doc, "HTML footer with mailto: and tel: links (prefixes not in span)", "data"


def eb_applog():
    lang = any_lang()
    t = rtime()
    doc = Doc()
    doc.line(
        f"{t:%Y-%m-%d %H:%M:%S},{rdigits(3)} INFO  auth.reset password reset requested user=<<e>> ip=<<ip>>",
        e=email_for(lang),
        ip=ip_any(0.25),
    )
    doc.line(
        f"{t:%Y-%m-%d %H:%M:%S},{rdigits(3)} INFO  mailer queued template=reset id={lk_uuid()}"
    )
    return doc, "application log with e-mail and client IP", "data"


def eb_newsletter():
    lang = any_lang()
    doc = Doc()
    doc.line(
        f"You are receiving this email because <<e>> subscribed to the {pick(COMPANY_WORDS).capitalize()} newsletter.",
        e=email_for(lang),
    )
    doc.line(f"Unsubscribe: https://news.{pick(COMPANY_WORDS)}.com/u/{rhex(24)}")
    return doc, "newsletter footer with recipient address", "en"


def eb_json():
    lang = any_lang()
    who = person(lang)
    doc = Doc()
    doc.line("{")
    doc.line(f'  "user_id": "{lk_uuid()}",')
    doc.line(f'  "display_name": "{who[0]}",')
    doc.line('  "email": "<<e>>",', e=email_for(lang, who))
    if chance(0.4):
        doc.line('  "recovery_email": "<<e>>",', e=email_for(lang, who, pick(GENERIC_DOMAINS)))
    doc.line(f'  "locale": "{lang}"')
    doc.line("}")
    return doc, "JSON user record with e-mail address(es)", "data"


def eb_signature():
    lang = any_lang()
    who = person(lang)
    doc = Doc()
    doc.line(LANGS[lang]["thanks"])
    doc.line(who[0])
    doc.line(f"{label(lang, 3)}: <<e>>", e=email_for(lang, who))
    return doc, "short sign-off with e-mail", lang


EMAIL_BUILDERS = [
    (eb_headers, 2),
    (eb_forward, 2),
    (eb_chat, 4),
    (eb_mailing, 1),
    (eb_gitlog, 1),
    (eb_html, 1),
    (eb_applog, 1),
    (eb_newsletter, 0.8),
    (eb_json, 1),
    (eb_signature, 2.5),
]


# --------------------------------------------------------------------------
# IP-centred builders
# --------------------------------------------------------------------------

UA_STRINGS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.112 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "curl/8.5.0",
    "python-requests/2.31.0",
]


def clf_time(t: dt.datetime) -> str:
    return f"{t.day:02d}/{MONTHS_EN[t.month - 1]}/{t.year}:{t:%H:%M:%S} +0000"


def ipb_nginx():
    t = rtime()
    doc = Doc()
    n = 0
    for _ in range(R.randint(1, 3)):
        if chance(0.6):
            src = ip_any(0.25)
            n += 1
        else:
            src = private_ip()
        path = pick(
            ["/api/v1/items?page=2", "/login", "/static/app.js", "/health", "/wp-login.php"]
        )
        doc.line(
            f'<<ip>> - - [{clf_time(t)}] "GET {path} HTTP/1.1" {pick([200, 200, 301, 404, 500])} {R.randint(100, 90000)} "-" "{pick(UA_STRINGS)}"',
            ip=src,
        )
        t += dt.timedelta(seconds=R.randint(1, 90))
    if n == 0:
        doc.line(
            f'<<ip>> - - [{clf_time(t)}] "POST /api/v1/login HTTP/1.1" 401 312 "-" "curl/8.5.0"',
            ip=ip4(),
        )
    return doc, "nginx access log, global client IPs labelled, private ones not", "data"


def ipb_sshd():
    t = rtime()
    doc = Doc()
    host = pick(["web01", "bastion", "nas", "vps-fra1"])
    for _ in range(R.randint(1, 2)):
        doc.line(
            f"{MONTHS_EN[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {host} sshd[{R.randint(1000, 65000)}]: Failed password for {pick(['invalid user admin', 'root', 'invalid user test'])} from <<ip>> port {R.randint(1024, 65535)} ssh2",
            ip=ip_any(0.2),
        )
        t += dt.timedelta(seconds=R.randint(1, 30))
    doc.line(
        f"{MONTHS_EN[t.month - 1]} {t.day:2d} {t:%H:%M:%S} {host} sshd[{R.randint(1000, 65000)}]: Accepted publickey for deploy from {private_ip()} port {R.randint(1024, 65535)} ssh2"
    )
    return (
        doc,
        "sshd auth log with attacker IPs (ports outside spans); LAN login unlabelled",
        "data",
    )


def ipb_ufw():
    t = rtime()
    doc = Doc()
    doc.line(
        f"{MONTHS_EN[t.month - 1]} {t.day:2d} {t:%H:%M:%S} gw kernel: [UFW BLOCK] IN=eth0 OUT= MAC={':'.join(rhex(2) for _ in range(12))}:08:00 SRC=<<ip>> DST={private_ip() if chance(0.5) else '10.0.0.5'} LEN=60 TOS=0x00 TTL={R.randint(30, 250)} PROTO=TCP SPT={R.randint(1024, 65535)} DPT={pick([22, 23, 3389, 445, 8080])} SYN",
        ip=ip4(),
    )
    return doc, "UFW firewall log with blocked source IP", "data"


def ipb_shell():
    doc = Doc()
    n0 = R.randint(200, 900)
    cmds = [
        ("ssh deploy@<<ip>>", ip4()),
        ("ssh -p 2222 root@<<ip>>", ip4()),
        ("ping -c 4 <<ip>>", ip_any(0.3)),
        ("curl -6 'http://[<<ip>>]:8080/health'", ip6()),
        ("nmap -sV <<ip>>", ip4()),
        ("traceroute <<ip>>", ip_any(0.3)),
        ("sudo ufw allow from <<ip>> to any port 22", ip4()),
        ("mtr -rw <<ip>>", ip6()),
    ]
    chosen = R.sample(cmds, R.randint(1, 2))
    doc.line(f" {n0}  ls -la")
    for i, (cmd, ip) in enumerate(chosen):
        doc.line(f" {n0 + i + 1}  {cmd}", ip=ip)
    doc.line(f" {n0 + 9}  ping {private_ip()}")
    return doc, "shell history with public IPs (private ping unlabelled)", "data"


def ipb_config():
    doc = Doc()
    style = pick(["ini", "yaml"])
    a, b = ip4(), ip_any(0.5)
    if style == "ini":
        doc.line("[database]")
        doc.line("host = <<ip>>", ip=a)
        doc.line("port = 5432")
        doc.line("[replica]")
        doc.line(f"host = {private_ip()}")
        doc.line("[monitoring]")
        doc.line("allowed = <<ip>>, 10.0.0.0/8", ip=b)
    else:
        doc.line("server:")
        doc.line("  bind: 0.0.0.0:8443")
        doc.line("  allowed_ips:")
        doc.line("    - <<ip>>", ip=a)
        doc.line("    - <<ip>>", ip=b)
        doc.line(f"    - {cidr()}")
    return doc, f"{style.upper()} config with public IPs; CIDR/private/0.0.0.0 unlabelled", "data"


def ipb_signin():
    lang = pick(["en", "en", "en", "de", "fr", "es", "pt", "it", "nl", "ja"])
    doc = Doc()
    who = person(lang)
    if lang == "en":
        doc.line("New sign-in to your account")
        doc.line(f"Hi {who[0].split()[0]}, we noticed a new sign-in.")
        doc.line(f"When: {date_str('en')} {time_str('en')} UTC")
        doc.line("IP address: <<ip>>", ip=ip_any(0.3))
        doc.line(
            f"Location: {pick(['Frankfurt, Germany', 'Ashburn, US', 'São Paulo, Brazil', 'Singapore'])}"
        )
        doc.line("If this wasn't you, reset your password.")
        return doc, "security notification with sign-in IP", "en"
    doc.line(pick(LANGS[lang]["ip"]), ip=ip_any(0.3))
    doc.line(f"{date_str(lang)} {time_str(lang)}")
    return doc, "IP allow-list request", lang


def ipb_ticket():
    who = person("en")
    doc = Doc()
    doc.line(f"Ticket {lk_ticket()} — VPN connection drops")
    doc.line(f"Reporter: {who[0]}")
    doc.line(
        f"Public IP (from whatismyip): <<ip>>. Internal address {private_ip()}. Client {lk_build()}.",
        ip=ip_any(0.3),
    )
    return doc, "support ticket with public IP, internal IP unlabelled", "en"


def ipb_chat():
    lang = any_lang()
    L = LANGS[lang]
    a, b = people(lang, 2)
    msgs = [
        (b[0], L["hello"], {}),
        (a[0], pick(L["ip"]), {"ip": ip_any(0.3)}),
        (b[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat asking to allow-list an IP", lang


def ipb_jsonlog():
    t = rtime()
    doc = Doc()
    client = ip_any(0.3)
    xff = "<<ip>>, " + private_ip() if chance(0.5) else private_ip()
    doc.line(
        f'{{"ts":"{t:%Y-%m-%dT%H:%M:%S}Z","level":"warn","msg":"rate limited","client_ip":"<<ip>>","x_forwarded_for":"{xff}","req_id":"{lk_uuid()}"}}',
        ip=client,
    )
    return doc, "JSON log with client IP (X-Forwarded-For may repeat it)", "data"


def ipb_traceroute():
    doc = Doc()
    doc.line(f"traceroute to {pick(COMPANY_WORDS)}.com, 30 hops max, 60 byte packets")
    doc.line(f" 1  192.168.{R.randint(0, 9)}.1  {R.uniform(0.2, 2):.3f} ms")
    doc.line(f" 2  10.{R.randint(0, 255)}.{R.randint(0, 255)}.1  {R.uniform(3, 9):.3f} ms")
    hops = R.randint(1, 2)
    for h in range(hops):
        doc.line(f" {h + 3}  <<ip>>  {R.uniform(9, 90):.3f} ms", ip=ip4())
    return doc, f"traceroute output: {hops} public hops labelled, private hops not", "data"


def ipb_apache():
    t = rtime()
    doc = Doc()
    doc.line(
        f"[{t:%a %b %d %H:%M:%S}.{rdigits(6)} {t.year}] [core:error] [pid {R.randint(1000, 9999)}] [client <<ip>>:{R.randint(1024, 65535)}] AH00126: Invalid URI in request",
        ip=ip4(),
    )
    return doc, "Apache error log with client IP and port", "data"


IP_BUILDERS = [
    (ipb_nginx, 2.5),
    (ipb_sshd, 1.5),
    (ipb_ufw, 1),
    (ipb_shell, 1.5),
    (ipb_config, 1.2),
    (ipb_signin, 2),
    (ipb_ticket, 1),
    (ipb_chat, 2.5),
    (ipb_jsonlog, 1),
    (ipb_traceroute, 0.8),
    (ipb_apache, 0.8),
]


# --------------------------------------------------------------------------
# mixed builders
# --------------------------------------------------------------------------


def mb_crm_export():
    lang, cc = iban_lang()
    who = person(lang)
    region = pick(LANGS[lang]["regions"])
    doc = Doc()
    doc.line("{")
    doc.line(f'  "customer_no": "{lk_cust()}",')
    doc.line(f'  "name": "{who[0]}",')
    doc.line('  "email": "<<e>>",', e=email_for(lang, who))
    doc.line('  "phone": "<<p>>",', p=phone(region, "mobile", pick(["e164", "intl"])))
    doc.line('  "iban": "<<i>>",', i=iban(cc, "compact"))
    doc.line('  "last_login_ip": "<<ip>>"', ip=ip_any(0.3))
    doc.line("}")
    return (
        doc,
        f"CRM JSON export: e-mail, {region} phone, {cc} IBAN, IP; customer no. unlabelled",
        "data",
    )


def mb_onboarding_us():
    who = us_person()
    c, brand = card()
    doc = Doc()
    doc.line("NEW CLIENT ONBOARDING")
    doc.line(f"Name: {who[0]}")
    doc.line("SSN: <<s>>", s=ssn("dash"))
    if chance(0.5):
        doc.line("Mobile: <<p>>   Work: <<w>>", p=us_phone(), w=us_phone("fixed"))
    else:
        doc.line("Mobile: <<p>>", p=us_phone())
    doc.line("Email: <<e>>", e=email_for("en", who))
    doc.line(f"Card on file ({brand}): <<c>>", c=c)
    doc.line(f"Notes: EIN {ein()} belongs to the business, not the client.")
    return doc, "US onboarding sheet with SSN, phones, e-mail, card; EIN unlabelled", "en"


def mb_support_export():
    lang = any_lang()
    who = person(lang)
    region = pick(LANGS[lang]["regions"])
    doc = Doc()
    doc.line(f"ticket_id\t{lk_ticket()}")
    doc.line(f"requester\t{who[0]}")
    doc.line("email\t<<e>>", e=email_for(lang, who))
    doc.line("phone\t<<p>>", p=phone(region, "mobile", "any"))
    doc.line("ip\t<<ip>>", ip=ip_any(0.3))
    doc.line("device_imei\t<<m>>", m=imei())
    doc.line(f"created\t{dt.date(*rdate()).isoformat()}")
    return doc, f"support export (TSV): e-mail, {region} phone, IP; IMEI unlabelled", "data"


def mb_vcard_note():
    lang, cc = iban_lang()
    who = person(lang)
    region = pick(LANGS[lang]["regions"])
    doc = Doc()
    doc.line("BEGIN:VCARD")
    doc.line("VERSION:3.0")
    doc.line(f"FN:{who[0]}")
    doc.line("TEL;TYPE=CELL:<<p>>", p=phone(region, "mobile", "intl"))
    doc.line("EMAIL:<<e>>", e=email_for(lang, who))
    doc.line(f"NOTE:{pick(['rent', 'IBAN', 'bank', 'refund to'])} <<i>>", i=iban(cc, "group"))
    doc.line("END:VCARD")
    return doc, f"vCard with phone, e-mail and IBAN in NOTE ({region}/{cc})", "data"


MIXED_BUILDERS = [
    (mb_crm_export, 1),
    (mb_onboarding_us, 1),
    (mb_support_export, 1),
    (mb_vcard_note, 1),
]


# --------------------------------------------------------------------------
# hard-negative builders (no labelled values at all)
# --------------------------------------------------------------------------


def nb_phrases(lang):
    L = LANGS[lang]
    k = R.randint(2, 3)
    sentences = [(t, fill_neg(t, lang)) for t in R.sample(L["neg"], k)]
    style = pick(["chat", "sms", "push"])
    if style == "chat":
        sender = company(lang)
        doc, plat = chat_doc(
            lang, [(sender, t, v) for t, v in sentences] + [(person(lang)[0], L["thanks"], {})]
        )
        return doc, f"{plat} chat with order/tracking/date/amount look-alikes", lang
    doc = Doc()
    head = f"SMS · {company(lang)}" if style == "sms" else f"🔔 {company(lang)} · {time_str(lang)}"
    doc.line(head)
    for t, v in sentences:
        doc.line(t, **v)
    return doc, f"{style} notification with order/tracking/date/amount look-alikes", lang


def nb_order_en():
    doc = Doc()
    doc.line("Thanks for your order!")
    doc.line(f"Order number: {lk_order()}")
    doc.line(f"Order date: {date_str('en')}")
    doc.line(f"Paid with {pick(['Visa', 'Mastercard', 'Amex'])} {masked_card()}")
    sub, tax = R.randint(1000, 90000), R.randint(50, 900)
    doc.line(f"Subtotal ${sub / 100:,.2f}  Tax ${tax / 100:,.2f}  Total ${(sub + tax) / 100:,.2f}")
    doc.line(f"Tracking: {lk_track()} ({pick(['UPS', 'USPS', 'FedEx', 'DHL'])})")
    doc.line(f"Customer ID: {lk_cust()}   Invoice: {lk_invoice()}")
    return doc, "order confirmation: order/tracking/customer/invoice numbers, masked card", "en"


def nb_release():
    doc = Doc()
    doc.line(f"## {lk_build()} ({dt.date(*rdate()).isoformat()})")
    doc.line(f"- Fix crash when importing CSV with BOM (#{R.randint(1000, 9999)})")
    doc.line(f"- Bump openssl to 3.{R.randint(0, 3)}.{R.randint(1, 15)}")
    doc.line(f"Build: {lk_build()}")
    doc.line(f"Commit: {lk_sha()}")
    doc.line(f"sha256: {rhex(64)}")
    doc.line(f"Image: registry.example.internal/app@sha256:{rhex(64)}")
    return doc, "release notes: versions, build ids, commit SHA, digests", "en"


def nb_private_log():
    t = rtime()
    doc = Doc()
    for _ in range(R.randint(3, 5)):
        ip = private_ip()
        shown = f"[{ip}]" if ":" in ip else ip
        doc.line(
            f"{t:%Y-%m-%dT%H:%M:%S}Z {pick(['INFO', 'WARN', 'DEBUG'])} conn from {shown}:{R.randint(1024, 65535)} -> {private_ip()} status={pick([200, 204, 403, 502])}"
        )
        t += dt.timedelta(seconds=R.randint(1, 300))
    return doc, "log with private, loopback, link-local and documentation IPs only", "data"


def nb_firewall():
    doc = Doc()
    style = pick(["iptables", "nginx", "aws"])
    if style == "iptables":
        for _ in range(R.randint(2, 4)):
            doc.line(
                f"iptables -A INPUT -s {cidr()} -p tcp --dport {pick([22, 443, 5432])} -j {pick(['ACCEPT', 'DROP'])}"
            )
    elif style == "nginx":
        doc.line("location /admin {")
        for _ in range(R.randint(2, 3)):
            doc.line(f"    allow {cidr()};")
        doc.line("    deny all;")
        doc.line("}")
    else:
        doc.line('{"IpPermissions": [{"IpProtocol": "tcp", "FromPort": 443, "ToPort": 443,')
        doc.line(f'  "IpRanges": [{{"CidrIp": "{cidr()}"}}, {{"CidrIp": "0.0.0.0/0"}}]}}]}}')
    return doc, f"{style} rules with CIDR network blocks only", "data"


BAD_IBAN_MSGS = {
    "en": "Payment rejected: the IBAN <<b>> failed validation (check digits). Please re-enter it.",
    "de": "Die IBAN <<b>> ist ungültig (Prüfziffer falsch). Bitte korrigieren Sie Ihre Eingabe.",
    "fr": "L'IBAN <<b>> est invalide (clé de contrôle incorrecte).",
    "nl": "Het IBAN <<b>> is ongeldig: het controlegetal klopt niet.",
    "es": "El IBAN <<b>> no es válido (dígitos de control incorrectos).",
    "it": "L'IBAN <<b>> non è valido (codice di controllo errato).",
    "pl": "Numer IBAN <<b>> jest nieprawidłowy (błędna suma kontrolna).",
    "pt": "O IBAN <<b>> é inválido (dígitos de controlo errados).",
}


def nb_bad_iban():
    lang = pick(list(BAD_IBAN_MSGS))
    cc = pick(LANGS[lang]["ibans"]) if LANGS[lang]["ibans"] else "DE"
    doc = Doc()
    doc.line(BAD_IBAN_MSGS[lang], b=bad_iban(cc))
    if chance(0.5):
        doc.line(f"Expected format: {cc}kk BBBB BBBB CCCC CCCC CC")
    doc.line(f"Ref {lk_ticket()} · {date_str(lang)}")
    return doc, f"validation error quoting a mod-97-failing {cc} IBAN", lang


def nb_bad_ssn():
    es = chance(0.3)
    doc = Doc()
    bads = [bad_ssn() for _ in range(R.randint(2, 4))]
    if es:
        doc.line("Capacitación: ejemplos de números que NUNCA son válidos como Seguro Social:")
        doc.line(", ".join(bads))
        doc.line(f"El ITIN empieza por 9, p. ej. {itin()}. EIN del empleador: {ein()}.")
        doc.line(f"En recibos se muestra solo {masked_ssn()}.")
        return doc, "training note (Spanish): invalid SSN patterns, ITIN, EIN, masked SSN", "es"
    doc.line("Validation test cases — all must be REJECTED as SSNs:")
    for b in bads:
        doc.line(f"  {b}  # invalid")
    doc.line(f"ITIN (not an SSN): {itin()}    EIN: {ein()}")
    doc.line(f"Display format on statements: {masked_ssn()}")
    return doc, "test cases with invalid SSN parts, ITIN, EIN, masked SSN", "en"


def nb_cards():
    doc = Doc()
    lang = pick(["en", "en", "de", "fr", "es"])
    words = {
        "en": ("Gift card", "Loyalty card", "Membership no."),
        "de": ("Gutscheinkarte", "Kundenkarte", "Mitgliedsnummer"),
        "fr": ("Carte cadeau", "Carte de fidélité", "N° d'adhérent"),
        "es": ("Tarjeta regalo", "Tarjeta de fidelización", "N.º de socio"),
    }[lang]
    doc.line(
        f"{words[0]}: {fmt_card(luhn_fail16(pick(['6', '60', '9'])), pick([' ', '']))}  PIN {rdigits(4)}"
    )
    doc.line(f"{words[1]}: {fmt_card(luhn_fail16(), pick([' ', '-', '']))}")
    doc.line(f"{words[2]} {rdigits(10, True)}")
    doc.line(f"Visa {masked_card()}")
    return doc, "Luhn-failing gift/loyalty numbers and a masked card", lang


NATIONAL_IDS = [
    (
        "en",
        "National Insurance number",
        lambda: (
            f"{pick(['AB', 'JG', 'NE', 'SP', 'TW'])} {rdigits(2)} {rdigits(2)} {rdigits(2)} {pick('ABCD')}"
        ),
    ),
    ("en", "Canadian SIN", lambda: f"{rdigits(3, True)} {rdigits(3)} {rdigits(3)}"),
    (
        "de",
        "Steuerliche Identifikationsnummer",
        lambda: f"{rdigits(2, True)} {rdigits(3)} {rdigits(3)} {rdigits(3)}",
    ),
    (
        "de",
        "Sozialversicherungsnummer",
        lambda: f"{rdigits(2, True)} {rdigits(6)} {rletters(1)} {rdigits(3)}",
    ),
    (
        "fr",
        "Numéro de sécurité sociale",
        lambda: (
            f"{pick('12')} {rdigits(2)} {rdigits(2)} {rdigits(2)} {rdigits(3)} {rdigits(3)} {rdigits(2)}"
        ),
    ),
    ("es", "DNI", lambda: rdigits(8, True) + rletters(1)),
    ("es", "NIE", lambda: pick("XYZ") + rdigits(7) + rletters(1)),
    ("es", "CURP", lambda: rletters(4) + rdigits(6) + pick("HM") + rletters(5) + rdigits(2)),
    (
        "it",
        "Codice fiscale",
        lambda: (
            rletters(6)
            + rdigits(2)
            + rletters(1)
            + rdigits(2)
            + rletters(1)
            + rdigits(3)
            + rletters(1)
        ),
    ),
    ("nl", "BSN", lambda: rdigits(9, True)),
    ("sv", "Personnummer", lambda: f"{birth()}-{rdigits(4)}"),
    ("pl", "PESEL", lambda: rdigits(11, True)),
    (
        "zh",
        "居民身份证号码",
        lambda: rdigits(6, True) + "19" + birth() + rdigits(3) + pick(["X", rdigits(1)]),
    ),
    ("hi", "आधार संख्या", lambda: f"{rdigits(4, True)} {rdigits(4)} {rdigits(4)}"),
    ("pt", "CPF", lambda: f"{rdigits(3, True)}.{rdigits(3)}.{rdigits(3)}-{rdigits(2)}"),
    ("ja", "マイナンバー", lambda: f"{rdigits(4, True)} {rdigits(4)} {rdigits(4)}"),
    ("tr", "T.C. Kimlik No", lambda: rdigits(11, True)),
    ("he", "מספר תעודת זהות", lambda: rdigits(9, True)),
    ("ko", "주민등록번호", lambda: f"{birth()}-{pick('1234')}******"),
    ("da", "CPR-nr.", lambda: f"{birth(dmy=True)}-{rdigits(4)}"),
    ("no", "Fødselsnummer", lambda: rdigits(11, True)),
    ("fi", "Henkilötunnus", lambda: f"{birth(dmy=True)}-{rdigits(3)}{rletters(1)}"),
    ("en", "PAN (India)", lambda: rletters(5) + rdigits(4) + rletters(1)),
    ("ro", "CNP", lambda: rdigits(13, True)),
    ("cs", "Rodné číslo", lambda: f"{birth()}/{rdigits(4)}"),
]


def birth(dmy: bool = False) -> str:
    y, m, d = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
    return f"{d:02d}{m:02d}{y:02d}" if dmy else f"{y:02d}{m:02d}{d:02d}"


def nb_national_ids():
    lang, name, gen = pick(NATIONAL_IDS)
    who = person(lang)
    doc = Doc()
    doc.line(f"{label(lang, 4)}: {who[0]}")
    doc.line(f"{name}: {gen()}")
    doc.line(date_str(lang))
    if chance(0.5):
        t, v = neg_sentence(lang)
        doc.line(t, **v)
    return doc, f"non-US national id named as such ({name})", lang


def nb_schedule():
    lang = any_lang()
    L = LANGS[lang]
    doc = Doc()
    for _ in range(R.randint(3, 5)):
        doc.line(
            f"{date_str(lang)}  {time_str(lang)}–{time_str(lang)}  {pick(L['cities'])}  {pick(['ICE', 'TGV', 'IC', 'RE', 'S'])} {R.randint(1, 999)}"
        )
    return doc, "timetable with dates, times and train numbers", lang


def nb_prices():
    lang = any_lang()
    L = LANGS[lang]
    doc = Doc()
    for item in L["items"]:
        doc.line(f"{item}  {amount(lang)}  SKU {rletters(3)}-{rdigits(5)}")
    doc.line(f"{label(lang, 5)}: {amount(lang)}")
    return doc, "price list with SKUs and amounts", lang


def nb_codes():
    doc = Doc()
    doc.line(f"ISBN {isbn13()}")
    doc.line(f"EAN: {ean13()}")
    doc.line(f"UPC: {upc_a()}")
    doc.line(f"ASIN: B0{ralnum(8)}")
    doc.line(
        f"Batch {rletters(2)}{rdigits(6)}  exp. {R.randint(1, 12):02d}/{R.randint(2026, 2030)}"
    )
    return doc, "product codes: ISBN/EAN/UPC/ASIN/batch", "data"


CODE_SNIPPETS = [
    'MAX_RETRIES = 5\nTIMEOUT_MS = 30_000\nSSN_RE = re.compile(r"\\d{3}-\\d{2}-\\d{4}")\nDEFAULT_HOST = "127.0.0.1"\nif n % 97 == 1:\n    ok = True',
    'const ports = [80, 443, 8080];\nconst requestId = "<<u>>";\nfetch("http://localhost:3000/api?limit=50&offset=100");',
    "SELECT order_id, total FROM orders\nWHERE created_at > '<<d>>' AND total > 1500.00\nORDER BY total DESC LIMIT 100;",
    "#define BUF_SIZE 4096\nuint32_t mask = 0xFFFF0000;\nint64_t big = 9223372036854775807LL;",
    "for i in range(1, 101):\n    print(i * 12345679)\n# 12345679 * 9 = 111111111",
    "docker run -p 127.0.0.1:5432:5432 -e POSTGRES_PASSWORD=changeme postgres:16.2",
    "assert luhn('4111111111111112') is False\nassert mod97('DE00 1234') is False",
    "hash = 0x811C9DC5\nFNV_PRIME = 16777619\nseed = <<n>>",
]


def nb_code():
    s = pick(CODE_SNIPPETS)
    doc = Doc()
    doc.line(s, u=lk_uuid(), d=dt.date(*rdate()).isoformat(), n=rdigits(9, True))
    return doc, "code snippet with constants, localhost, regex and literals", "data"


MATH_HEADS = {
    "en": "Homework",
    "de": "Hausaufgaben",
    "fr": "Devoirs",
    "es": "Tarea",
    "zh": "作业",
    "ru": "Домашнее задание",
    "pl": "Zadanie domowe",
    "tr": "Ödev",
}


def nb_math():
    lang = pick(list(MATH_HEADS))
    a, b = R.randint(12, 999), R.randint(12, 999)
    doc = Doc()
    doc.line(f"{MATH_HEADS[lang]} {date_str(lang)}")
    doc.line(f"{a} × {b} = {a * b}")
    doc.line("2^32 = 4294967296, 2^64 = 18446744073709551616")
    doc.line("√2 ≈ 1.41421356, π ≈ 3.14159")
    doc.line(f"3x + {a} = {3 * b + a}  →  x = {b}")
    return doc, "maths homework with large numbers", lang


def nb_coords():
    doc = Doc()
    doc.line(f"Track {dt.date(*rdate()).isoformat()}")
    for _ in range(R.randint(2, 4)):
        doc.line(
            f"{time_str('de')}  {coord()}  alt {R.randint(0, 3000)} m  {R.uniform(0, 40):.1f} km/h"
        )
    return doc, "GPS track with coordinates", "data"


def nb_repair():
    lang = pick(["en", "de", "es", "fr", "it"])
    head = {
        "en": "Repair order",
        "de": "Reparaturauftrag",
        "es": "Orden de reparación",
        "fr": "Bon de réparation",
        "it": "Ordine di riparazione",
    }[lang]
    doc = Doc()
    doc.line(f"{head} {lk_ticket()}")
    doc.line(
        f"Device: {pick(['iPhone 13', 'Galaxy S23', 'Pixel 8', 'Redmi Note 12'])} ({pick(['A2633', 'SM-S911B', 'GKWS6'])})"
    )
    doc.line("IMEI: <<m>>", m=imei())
    doc.line(f"Serial: {serial_no()}")
    doc.line(f"{date_str(lang)} · {amount(lang)}")
    return doc, "repair ticket with IMEI (never labelled) and serial", lang


def nb_flight():
    lang = pick(["en", "de", "fr", "es", "ja", "tr"])
    L = LANGS[lang]
    doc = Doc()
    doc.line(f"Booking reference {pnr()}")
    doc.line(
        f"Flight {flight()}  {pick(L['cities'])} → {pick(LANGS['en']['cities'])}  {date_str(lang)} {time_str(lang)}"
    )
    doc.line(f"E-ticket {eticket()}   Seat {R.randint(1, 45)}{pick('ABCDEF')}   Baggage 23 kg")
    doc.line(f"Frequent flyer {rletters(2)} {rdigits(9)}")
    return doc, "flight booking: PNR, flight number, e-ticket, frequent flyer no.", lang


def nb_bank_codes():
    doc = Doc()
    if chance(0.5):
        doc.line(f"Wire instructions (domestic) — routing number (ABA) {aba_routing()}")
        doc.line(f"Account ending {rdigits(4)}   Bank ZIP {zip4()}")
        doc.line(f"SWIFT {bic('US')}")
        return doc, "US routing number, partial account, ZIP+4, SWIFT", "en"
    doc.line(f"Sort code {sort_code()}   Account no. ****{rdigits(4)}")
    doc.line(f"Building society roll number {rletters(2)}{rdigits(6)}")
    doc.line(f"Statement date {date_str('en')}   Balance £{money_us(10, 9000)}")
    return doc, "UK sort code, masked account, roll number", "en"


def nb_masked():
    doc = Doc()
    doc.line(f"Card: {masked_card()}")
    doc.line(f"SSN: {masked_ssn()}")
    doc.line(f"Phone: {masked_phone()}")
    doc.line(f"Email: {masked_email()}")
    doc.line(
        f"IBAN: {pick(['DE', 'FR', 'NL', 'ES'])}{rdigits(2)} **** **** **** {rdigits(4)} {rdigits(2)}"
    )
    return doc, "profile page with masked values only", "en"


SPORTS = {
    "en": "Final score <<s>> (HT <<h>>). Attendance <<a>>. Next match <<d>> at <<t>>.",
    "de": "Endstand <<s>> (Halbzeit <<h>>). Zuschauer: <<a>>. Nächstes Spiel am <<d>> um <<t>> Uhr.",
    "es": "Resultado final <<s>> (descanso <<h>>). Asistencia: <<a>>. Próximo partido el <<d>> a las <<t>>.",
    "pt": "Placar final <<s>> (intervalo <<h>>). Público: <<a>>. Próximo jogo em <<d>> às <<t>>.",
    "it": "Risultato finale <<s>> (primo tempo <<h>>). Spettatori: <<a>>. Prossima partita il <<d>> alle <<t>>.",
    "tr": "Maç sonucu <<s>> (ilk yarı <<h>>). Seyirci: <<a>>. Sonraki maç <<d>> saat <<t>>.",
    "ar": "النتيجة النهائية <<s>> (الشوط الأول <<h>>). الحضور: <<a>>. المباراة القادمة <<d>> الساعة <<t>>.",
    "ko": "최종 스코어 <<s>> (전반 <<h>>). 관중 <<a>>명. 다음 경기 <<d>> <<t>>.",
}


def nb_sports():
    lang = pick(list(SPORTS))
    g1, g2 = R.randint(0, 5), R.randint(0, 5)
    doc = Doc()
    doc.line(
        SPORTS[lang],
        s=f"{g1}-{g2}",
        h=f"{min(g1, R.randint(0, 3))}-{min(g2, R.randint(0, 3))}",
        a=f"{R.randint(5000, 80000):,}",
        d=date_str(lang),
        t=time_str(lang),
    )
    return doc, "sports result post with scores, attendance, date", lang


def nb_sensor():
    t = rtime()
    doc = Doc()
    doc.line("timestamp,temp_c,humidity,pressure_hpa,device")
    dev = f"th-{rhex(6)}"
    for _ in range(R.randint(3, 5)):
        doc.line(
            f"{t:%Y-%m-%dT%H:%M:%S}Z,{R.uniform(15, 28):.1f},{R.randint(30, 70)},{R.uniform(990, 1030):.1f},{dev}"
        )
        t += dt.timedelta(minutes=15)
    return doc, "sensor CSV with timestamps and readings", "data"


def nb_network():
    doc = Doc()
    doc.line("eth0: flags=4163<UP,BROADCAST,RUNNING,MULTICAST>  mtu 1500")
    doc.line(
        f"      inet 192.168.1.{R.randint(2, 254)}  netmask 255.255.255.0  broadcast 192.168.1.255"
    )
    doc.line(
        f"      inet6 fe80::{rhex(4)}:{rhex(4)}:{rhex(4)}:{rhex(4)}  prefixlen 64  scopeid 0x20<link>"
    )
    doc.line(f"      ether {mac()}  txqueuelen 1000  (Ethernet)")
    doc.line("LISTEN 0.0.0.0:8080  [::]:443  127.0.0.1:5432")
    return doc, "ifconfig/netstat output: private/link-local IPs, netmask, MAC", "data"


POLICY = {
    "en": ("Policy number", "Claim reference", "Customer no.", "Premium", "Valid"),
    "de": ("Versicherungsschein-Nr.", "Schadennummer", "Kundennummer", "Beitrag", "Gültig"),
    "fr": ("N° de police", "Référence sinistre", "N° client", "Prime", "Valable"),
    "nl": ("Polisnummer", "Schadenummer", "Klantnummer", "Premie", "Geldig"),
}


def nb_policy():
    lang = pick(list(POLICY))
    w = POLICY[lang]
    doc = Doc()
    doc.line(f"{w[0]}: {lk_policy()}")
    doc.line(f"{w[1]}: {lk_ticket()}")
    doc.line(f"{w[2]}: {lk_cust()}")
    doc.line(f"{w[3]}: {amount(lang)}")
    doc.line(f"{w[4]}: {date_str(lang)} – {date_str(lang)}")
    return doc, "insurance policy letter with policy/claim/customer numbers", lang


def nb_config():
    doc = Doc()
    doc.line("app:")
    doc.line(f"  version: {lk_build()}")
    doc.line(f"  listen: 127.0.0.1:{R.randint(3000, 9000)}")
    doc.line(f"  upstream: http://{private_ip() if chance(0.4) else '10.0.3.7'}:8080")
    doc.line(f"  cron: '{R.randint(0, 59)} {R.randint(0, 23)} * * {R.randint(0, 6)}'")
    doc.line(f"  instance_id: i-{rhex(17)}")
    doc.line(f"  trace_sample_rate: 0.{R.randint(1, 99):02d}")
    return doc, "YAML config with version, ports, private upstream, ids", "data"


def nb_fin_sheet():
    lang = pick(["en", "de", "fr", "es", "nl", "it", "pl", "sv"])
    doc = Doc()
    doc.line("Invoice\tDate\tNet\tVAT\tGross")
    for _ in range(R.randint(3, 5)):
        doc.line(
            f"{lk_invoice()}\t{date_str(lang)}\t{amount(lang)}\t{R.randint(5, 25)}%\t{amount(lang)}"
        )
    return doc, "spreadsheet of invoices and amounts", "data"


RECIPES = {
    "en": "Bake at 180 °C for 35–40 min. 250 g flour, 2 eggs, 120 ml milk, 1/2 tsp salt. Serves 4.",
    "fr": "Cuire 35 à 40 min à 180 °C. 250 g de farine, 2 œufs, 12 cl de lait. Pour 4 personnes.",
    "it": "Cuocere a 180 °C per 35-40 minuti. 250 g di farina, 2 uova, 120 ml di latte. Per 4 persone.",
    "ja": "180℃のオーブンで35〜40分焼く。薄力粉250g、卵2個、牛乳120ml。4人分。",
    "vi": "Nướng ở 180 °C trong 35–40 phút. 250 g bột, 2 quả trứng, 120 ml sữa. Cho 4 người.",
    "th": "อบที่ 180 องศา 35-40 นาที แป้ง 250 กรัม ไข่ 2 ฟอง นม 120 มล. สำหรับ 4 ที่",
    "el": "Ψήνουμε στους 180 °C για 35-40 λεπτά. 250 γρ. αλεύρι, 2 αυγά, 120 ml γάλα. Για 4 άτομα.",
    "sw": "Oka kwa nyuzi 180 kwa dakika 35–40. Unga gramu 250, mayai 2, maziwa ml 120. Watu 4.",
}


def nb_recipe():
    lang = pick(list(RECIPES))
    doc = Doc()
    doc.line(RECIPES[lang])
    doc.line(date_str(lang))
    return doc, "recipe with quantities and temperatures", lang


def nb_hashes():
    doc = Doc()
    for name in R.sample(
        ["app-1.4.2.tar.gz", "setup.exe", "firmware.bin", "README.md", "data.zip"], 3
    ):
        doc.line(f"{rhex(64)}  {name}")
    doc.line(f"md5 {rhex(32)}")
    return doc, "checksum file with SHA-256/MD5 digests", "data"


def nb_trace():
    t = rtime()
    doc = Doc()
    for _ in range(R.randint(2, 4)):
        doc.line(
            f"{t:%H:%M:%S}.{rdigits(3)} trace_id={rhex(32)} span_id={rhex(16)} user_id={rdigits(7, True)} took={R.randint(1, 900)}ms"
        )
        t += dt.timedelta(milliseconds=R.randint(5, 900))
    return doc, "tracing log with trace/span/user ids", "data"


def nb_lottery():
    lang = pick(["de", "en", "es", "it", "fr"])
    nums = sorted(R.sample(range(1, 50), 6))
    doc = Doc()
    doc.line(
        f"{pick(['Lotto', 'EuroMillions', 'Powerball', 'Primitiva', 'SuperEnalotto'])} {date_str(lang)}: {' '.join(str(n) for n in nums)} + {R.randint(1, 10)}"
    )
    doc.line(f"Ticket {rdigits(4)}-{rdigits(4)}-{rdigits(4)}  Jackpot {amount(lang)}")
    return doc, "lottery numbers and ticket number", lang


def nb_chat_misc():
    lang = any_lang()
    L = LANGS[lang]
    a, b = people(lang, 2)
    msgs = [
        (a[0], L["hello"], {}),
        (b[0], f"{time_str(lang)}? {date_str(lang)}", {}),
        (a[0], f"👍 {amount(lang)}", {}),
        (b[0], L["thanks"], {}),
    ]
    doc, plat = chat_doc(lang, msgs)
    return doc, f"{plat} chat with only times, dates and amounts", lang


NEG_BUILDERS = [
    (nb_order_en, 1.2),
    (nb_release, 1),
    (nb_private_log, 1.2),
    (nb_firewall, 1),
    (nb_bad_iban, 1.5),
    (nb_bad_ssn, 1.5),
    (nb_cards, 1.3),
    (nb_national_ids, 2.5),
    (nb_schedule, 1),
    (nb_prices, 1),
    (nb_codes, 1),
    (nb_code, 1),
    (nb_math, 0.8),
    (nb_coords, 0.7),
    (nb_repair, 1),
    (nb_flight, 1),
    (nb_bank_codes, 1),
    (nb_masked, 1),
    (nb_sports, 0.8),
    (nb_sensor, 0.6),
    (nb_network, 0.7),
    (nb_policy, 1),
    (nb_config, 0.7),
    (nb_fin_sheet, 0.8),
    (nb_recipe, 0.7),
    (nb_hashes, 0.5),
    (nb_trace, 0.6),
    (nb_lottery, 0.5),
    (nb_chat_misc, 1.2),
]


# --------------------------------------------------------------------------
# validation and leak checks
# --------------------------------------------------------------------------

EMAIL_SCAN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DIGIT_RUN = re.compile(r"\d(?:[ .-]?\d)*")
IPV4_SCAN = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?!\d|\.\d|/\d)")
IPV6_SCAN = re.compile(
    r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:]|/\d)"
)
SSN_SCAN = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}")


def ascii_alnum(c: str) -> bool:
    return c.isascii() and c.isalnum()


def span_valid(entity: str, value: str, region: str) -> bool:
    if value != value.strip() or not value:
        return False
    if entity == "PHONE":
        try:
            num = phonenumbers.parse(value, region)
        except phonenumbers.NumberParseException:
            return False
        return (
            phonenumbers.is_valid_number(num)
            and value[-1].isdigit()
            and (value[0] in "+(" or value[0].isdigit())
        )
    if entity == "CARD":
        if not re.fullmatch(r"\d[\d -]*\d", value):
            return False
        d = re.sub(r"[ -]", "", value)
        return 13 <= len(d) <= 19 and luhn_ok(d) and card_brand_ok(d)
    if entity == "IBAN":
        return bool(re.fullmatch(r"[A-Za-z]{2}\d{2}[A-Za-z0-9 ]+[A-Za-z0-9]", value)) and iban_ok(
            value
        )
    if entity == "IP":
        return is_global_ip(value)
    if entity == "SSN":
        return ssn_valid_text(value)
    if entity == "EMAIL":
        return bool(EMAIL_FULL.fullmatch(value))
    return False


def overlaps(s: int, e: int, ranges) -> bool:
    return any(a < e and s < b for a, b in ranges)


def iban_candidates(text: str):
    for m in IBAN_START.finditer(text):
        cc = m.group()[:2].upper()
        need = IBAN_LEN_ALL.get(cc)
        if need is None:
            continue
        chars: list[str] = []
        i = m.start()
        end = i
        while i < len(text) and len(chars) < need:
            ch = text[i]
            if ascii_alnum(ch):
                chars.append(ch)
                i += 1
                end = i
            elif ch == " " and chars and i + 1 < len(text) and ascii_alnum(text[i + 1]):
                i += 1
            else:
                break
        if len(chars) == need and iban_ok("".join(chars)):
            yield m.start(), end


def card_candidates(text: str):
    for m in DIGIT_RUN.finditer(text):
        groups = [
            (g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group())
        ]
        for i in range(len(groups)):
            total = 0
            for j in range(i, len(groups)):
                total += groups[j][1] - groups[j][0]
                if total > 19:
                    break
                if total >= 13:
                    s, e = groups[i][0], groups[j][1]
                    if luhn_ok(re.sub(r"\D", "", text[s:e])):
                        yield s, e


def problems(rec: Record) -> list[str]:
    text = rec.text
    out = []
    labelled = [(s, e) for _, s, e, _ in rec.spans]
    if rec.kind == "positive" and not rec.spans:
        out.append("positive without spans")
    if rec.kind == "hard_negative" and rec.spans:
        out.append("negative with spans")
    ordered = sorted(rec.spans, key=lambda x: x[1])
    for a, b in zip(ordered, ordered[1:], strict=False):
        if b[1] < a[2]:
            out.append(f"overlap {a} {b}")
    for entity, s, e, region in rec.spans:
        value = text[s:e]
        if not span_valid(entity, value, region):
            out.append(f"invalid {entity} {value!r}")
        before = text[s - 1] if s > 0 else " "
        after = text[e] if e < len(text) else " "
        if entity == "EMAIL":
            if re.match(r"[A-Za-z0-9._%+-]", before) or re.match(r"[A-Za-z0-9-]", after):
                out.append(f"bad email boundary {value!r}")
        elif ascii_alnum(before) or ascii_alnum(after) or (entity == "PHONE" and before == "+"):
            out.append(f"bad boundary {entity} {value!r}")
        if entity == "IP" and (
            before == "." or (after == "." and e + 1 < len(text) and text[e + 1].isdigit())
        ):
            out.append(f"bad ip boundary {value!r}")
    guarded = labelled + list(rec.ignored)
    for s, e in card_candidates(text):
        if not overlaps(s, e, guarded):
            out.append(f"unlabelled Luhn run {text[s:e]!r}")
    for s, e in iban_candidates(text):
        if not overlaps(s, e, labelled):
            out.append(f"unlabelled IBAN {text[s:e]!r}")
    for rx in (IPV4_SCAN, IPV6_SCAN):
        for m in rx.finditer(text):
            if is_global_ip(m.group()) and not overlaps(m.start(), m.end(), labelled):
                out.append(f"unlabelled IP {m.group()!r}")
    email_spans = {(s, e) for ent, s, e, _ in rec.spans if ent == "EMAIL"}
    for m in EMAIL_SCAN.finditer(text):
        if (m.start(), m.end()) not in email_spans:
            out.append(f"unlabelled/partial e-mail {m.group()!r}")
    for m in SSN_SCAN.finditer(text):
        if ssn_valid_text(m.group()) and not overlaps(m.start(), m.end(), labelled):
            if m.group(2) == "-" or rec.kind == "hard_negative":
                out.append(f"unlabelled SSN-shaped {m.group()!r}")
    for m in phonenumbers.PhoneNumberMatcher(text, None):
        if not overlaps(m.start, m.end, labelled):
            out.append(f"unlabelled +phone {m.raw_string!r}")
    return out


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------

RETRIES: Counter = Counter()
SEEN_TEXTS: set[str] = set()


def make(fn, args: tuple, kind: str) -> Record:
    for _ in range(80):
        doc, note, lang_code = fn(*args)
        rec = Record(doc.text, list(doc.spans), kind, note, lang_code, list(doc.ignored))
        if rec.text in SEEN_TEXTS or problems(rec):
            RETRIES[fn.__name__] += 1
            continue
        SEEN_TEXTS.add(rec.text)
        return rec
    raise RuntimeError(f"{fn.__name__}{args}: no clean text after 80 tries: {problems(rec)}")


def build() -> list[Record]:
    records: list[Record] = []
    pairs = [(code, region) for code, d in LANGS.items() for region in d["regions"]]
    schedule = pairs + pairs + R.sample(pairs, 52)
    R.shuffle(schedule)
    for code, region in schedule:
        records.append(make(wpick(PHONE_BUILDERS), (code, region), "positive"))
    for builders, count in (
        (SSN_BUILDERS, 104),
        (CARD_BUILDERS, 97),
        (IBAN_BUILDERS, 60),
        (EMAIL_BUILDERS, 32),
        (IP_BUILDERS, 64),
        (MIXED_BUILDERS, 25),
    ):
        for _ in range(count):
            records.append(make(wpick(builders), (), "positive"))
    for code in LANGS:
        for _ in range(2):
            records.append(make(nb_phrases, (code,), "hard_negative"))
    while sum(r.kind == "hard_negative" for r in records) < 250:
        records.append(make(wpick(NEG_BUILDERS), (), "hard_negative"))
    R.shuffle(records)
    return records


def to_json(rec: Record) -> str:
    spans = [
        {"entity": ent, "start": s, "end": e}
        for ent, s, e, _ in sorted(rec.spans, key=lambda x: (x[1], x[2]))
    ]
    return json.dumps(
        {"text": rec.text, "spans": spans, "kind": rec.kind, "note": rec.note}, ensure_ascii=False
    )


def self_check(records: list[Record], lines: list[str]) -> None:
    assert len({r.text for r in records}) == len(records), "duplicate texts"
    assert len(records) == len(lines)
    for rec, line in zip(records, lines, strict=True):
        issues = problems(rec)
        assert not issues, (rec.note, issues)
        obj = json.loads(line)
        assert list(obj) == ["text", "spans", "kind", "note"]
        assert obj["kind"] in ("positive", "hard_negative")
        assert (obj["kind"] == "positive") == bool(obj["spans"])
        for sp, (ent, s, e, region) in zip(
            obj["spans"], sorted(rec.spans, key=lambda x: (x[1], x[2])), strict=True
        ):
            assert list(sp) == ["entity", "start", "end"]
            assert sp["entity"] in ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN")
            assert (sp["entity"], sp["start"], sp["end"]) == (ent, s, e)
            value = obj["text"][s:e]
            assert span_valid(ent, value, region), (ent, value)
            if ent == "PHONE":
                assert phonenumbers.is_valid_number(phonenumbers.parse(value, region))
            elif ent == "CARD":
                assert luhn_ok(re.sub(r"\D", "", value))
            elif ent == "IBAN":
                assert iban_ok(value)
            elif ent == "IP":
                assert ipaddress.ip_address(value).is_global
            elif ent == "SSN":
                assert ssn_valid_text(value)
            elif ent == "EMAIL":
                assert EMAIL_FULL.fullmatch(value)
        for a, b in zip(obj["spans"], obj["spans"][1:], strict=False):
            assert a["end"] <= b["start"], "overlapping spans"


def main() -> None:
    records = build()
    lines = [to_json(r) for r in records]
    self_check(records, lines)
    data = "\n".join(lines) + "\n"
    OUT_PATH.write_text(data, encoding="utf-8")

    kinds = Counter(r.kind for r in records)
    ents = Counter(ent for r in records for ent, *_ in r.spans)
    regions = sorted({region for r in records for ent, _, _, region in r.spans if ent == "PHONE"})
    langs = sorted({r.lang for r in records if r.lang != "data"})
    print(
        f"texts: {len(records)}  positive: {kinds['positive']}  hard_negative: {kinds['hard_negative']}"
    )
    print(
        "spans: "
        + ", ".join(f"{k}={ents[k]}" for k in ("PHONE", "SSN", "CARD", "IBAN", "EMAIL", "IP"))
    )
    print(f"phone regions: {len(regions)}")
    print(f"languages (natural-language content): {len(langs)}")
    print(f"drafts regenerated by the checks: {sum(RETRIES.values())}")
    print(f"sha256: {hashlib.sha256(data.encode('utf-8')).hexdigest()}")


if __name__ == "__main__":
    main()
