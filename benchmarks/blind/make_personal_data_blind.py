#!/usr/bin/env python3
"""Generator for the blind personal-data evaluation set ``personal_data_blind.jsonl``.

What the set is
---------------
A labelled set of short texts for measuring once, blind, how precise a
personal-data (PII) detector is and how much it finds (its recall). Each line
of the JSONL output is::

    {"text": ..., "spans": [{"entity": ..., "start": ..., "end": ...}],
     "kind": "positive" | "hard_negative", "note": ...}

``start``/``end`` are Python ``str`` offsets, so ``text[start:end]`` is exactly
the labelled value. A ``hard_negative`` has ``"spans": []``.

Scored entities: EMAIL, PHONE, CARD, IBAN, IP, SSN (US Social Security
number). Also labelled, wherever they occur (never in hard negatives):
PERSON (a person's given and/or family name; company and product names are not
labelled), DOB (a date of birth in context), ADDRESS (a postal address, a few
texts only), URL_SECRET (a URL carrying a password or token) and API_KEY.
Unlabelled PII of other kinds (e.g. a Brazilian CPF or a patient member id)
appears in a few positives, since real records contain it.

How it was written
------------------
The sentences, forms, logs, exports and conversations below were written fresh
for this set by hand, in many languages, as people and systems write them:
chat and SMS, e-mail signatures and bodies, web forms, support tickets,
call-centre transcripts, log lines, config files, CSV/TSV exports, JSON/YAML
records, HR and tax forms, medical intake, invoices, CRM notes. They were
written from general knowledge of the formats only, WITHOUT reading the
detector under test, its rules or data files, its tests, or any earlier
evaluation or benchmark set, and the detector was never run while writing.

Each template has slots (``⟦PHONE:DE:fixed:slash⟧``, ``⟦SSN⟧``, ``⟦~EIN⟧``...)
that are filled by the generators below from a fixed seed, so output is
deterministic:

* PHONE: random numbers that pass ``phonenumbers.is_valid_number`` for 60
  regions, mobile, fixed-line and toll-free (area codes drawn at random, mobiles
  kept to today's usual ranges), written the way people there
  write them (international, national with trunk 0, spaces, dashes, dots,
  slashes, brackets, ``+CC (0)``, ``00CC``, bare digits, extensions). The span
  includes a written extension.
* SSN: area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced
  or nine bare digits.
* CARD: Luhn-valid, real brand prefixes and lengths (Visa, Mastercard, Amex,
  Discover, JCB, Diners, UnionPay, Maestro, Mir, RuPay), grouped or not.
* IBAN: ISO 13616 mod-97-valid with each country's length and BBAN layout (and
  the national check digits for BE, ES, FR and PT); print or electronic form,
  sometimes lower case.
* IP: public (``ipaddress.is_global``; IPv6 inside 2000::/3) IPv4 and IPv6,
  compressed, full, without leading zeros and upper case.
  Private, loopback, link-local, CGNAT and documentation addresses are never
  labelled.
* EMAIL: provider and company addresses, plus-addressing, subdomains,
  internationalised domains, upper case, and four obfuscated forms
  (``name (at) domain (dot) com``) that a human would still call an e-mail.

Unlabelled ``~`` slots generate the look-alikes used in hard negatives and as
distractors in positives: order, invoice, tracking, booking and ticket numbers,
Luhn-failing 16-digit numbers, mod-97-failing IBAN shapes, ISO 11649 RF
creditor references, SSN shapes with area 000/666/9xx or group 00 / serial
0000, ITINs, EINs, ABA routing numbers, ZIP+4, ISBN/EAN, UUIDs, hashes,
private and documentation IPs, masked cards and so on.

At the end the script checks every record: each span's text is its value and
is valid for its entity (phone valid and of the intended type for its region,
Luhn, mod-97, public IP, SSN ranges); spans do not overlap and no span touches
an ASCII letter or digit; and, with the spans blanked out, no Luhn-valid
13-19-digit run (also across space/dash-separated groups), mod-97-valid IBAN,
public IPv4/IPv6 (IPv6: global unicast 2000::/3), e-mail, in-range dashed SSN,
or, unless the text says the number is something else, phone number that
``phonenumbers.PhoneNumberMatcher`` finds valid is left outside the spans. A
fill that fails is drawn again. Hard negatives contain no person names,
addresses or dates of birth. Finally it prints the counts per entity and kind,
the phone regions and the languages. ``note`` gives the language tag, what the
text is, and the phone region/type/style, IBAN country and card brand used.

Run from the repository root::

    .venv/bin/python benchmarks/blind/make_personal_data_blind.py
"""

from __future__ import annotations

import ipaddress
import json
import random
import re
import string
import sys
from collections import Counter
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20240917
OUT = Path(__file__).with_name("personal_data_blind.jsonl")
rng = random.Random(SEED)

# --------------------------------------------------------------------------
# checksums
# --------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial: str) -> str:
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def _alnum_to_int(s: str) -> int:
    return int("".join(str(int(c, 36)) for c in s.upper()))


def iban_ok(iban: str) -> bool:
    s = re.sub(r"[\s-]", "", iban).upper()
    if len(s) < 5 or not s.isalnum():
        return False
    cc = s[:2]
    if cc in IBAN_SPECS and len(s) != 4 + iban_bban_len(cc):
        return False
    return _alnum_to_int(s[4:] + s[:4]) % 97 == 1


def mod97_check(cc: str, bban: str) -> str:
    return f"{98 - _alnum_to_int(bban + cc + '00') % 97:02d}"


# --------------------------------------------------------------------------
# PHONE
# --------------------------------------------------------------------------

TYPES = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "tollfree": PNT.TOLL_FREE}

# how people in a region usually write numbers (weights by repetition)
PHONE_STYLES = {
    "US": ["natl", "natl", "dash", "dash", "dot", "intl", "one_dash", "plain", "space"],
    "CA": ["natl", "dash", "dash", "dot", "intl", "one_dash"],
    "GB": ["natl", "natl", "intl", "intl", "trunk_paren", "plain", "e164"],
    "IE": ["natl", "intl", "plain"],
    "DE": ["natl", "slash", "trunk_paren", "intl", "plain", "dash", "paren"],
    "AT": ["natl", "slash", "intl", "trunk_paren", "plain"],
    "CH": ["natl", "intl", "trunk_paren", "00"],
    "FR": ["natl", "natl", "dot", "intl", "plain", "00"],
    "BE": ["natl", "intl", "dot", "slash"],
    "NL": ["natl", "dash", "intl", "plain", "trunk_paren"],
    "IT": ["natl", "intl", "plain", "00"],
    "ES": ["natl", "intl", "plain", "00"],
    "PT": ["natl", "intl", "plain", "00"],
    "IN": ["nsn", "nsn", "intl", "intl_plain", "natl", "e164"],
    "CN": ["nsn", "nsn", "dash", "intl"],
    "JP": ["natl", "natl", "intl", "plain"],
    "KR": ["natl", "natl", "intl", "plain"],
    "RU": ["natl", "intl", "e164", "plain"],
    "BR": ["natl", "natl", "intl", "intl"],
}
DEFAULT_STYLES = ["intl", "intl", "natl", "natl", "e164", "dash", "plain"]
FULL_RANDOM_MOBILE = {"US", "CA", "IN", "BR", "MX", "PR"}
# today's common mobile ranges where the example's first digit alone is not enough
MOBILE_PREFIXES = {
    "KR": ["10"],
    "JP": ["90", "80", "70"],
    "CL": ["9"],
    "GR": ["69"],
    "TW": ["9"],
    "HK": ["5", "6", "9"],
    "SG": ["8", "9"],
    "AU": ["4"],
    "ZA": ["6", "7", "8"],
    "TR": ["5"],
    "PL": ["5", "6", "7", "8"],
    "PE": ["9"],
    "CO": ["3"],
    "VN": ["3", "7", "8", "9"],
    "ID": ["81", "82", "85", "87", "89"],
    "FR": ["6", "7"],
    "IT": ["3"],
    "ES": ["6", "7"],
    "PT": ["91", "92", "93", "96"],
    "NL": ["6"],
    "BE": ["4"],
    "CH": ["75", "76", "77", "78", "79"],
    "DE": ["15", "16", "17"],
    "AT": ["66", "67", "68", "69"],
    "GB": ["7"],
    "IE": ["8"],
}
TRUNK0 = {"DE", "AT", "CH", "GB", "NL", "BE", "FR", "IE", "TR", "PL", "AU", "NZ", "ZA", "IN"}


def _phone_ok(s: str, region: str, num) -> bool:
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    return (
        phonenumbers.is_valid_number(p)
        and p.national_number == num.national_number
        and p.country_code == num.country_code
    )


def random_phone(region: str, kind: str):
    want = TYPES[kind]
    ex = phonenumbers.example_number_for_type(region, want)
    if ex is None:
        ex = phonenumbers.example_number_for_type(region, PNT.FIXED_LINE)
        want = PNT.FIXED_LINE
    nsn = phonenumbers.national_significant_number(ex)
    ok_types = {want} if want == PNT.TOLL_FREE else {want, PNT.FIXED_LINE_OR_MOBILE}
    for attempt in range(30000):
        if attempt < 8000:
            # fixed lines (and NANP, IN, BR, MX): any area code; other mobiles keep the
            # example's first digit, which is the usual mobile range (07.. GB, 06 FR, 69 GR)
            keep = 1 if (kind == "mobile" and region not in FULL_RANDOM_MOBILE) else 0
            n = len(nsn) + rng.choice([0, 0, 0, 1])
            head = nsn[:keep]
            if kind == "mobile" and region in MOBILE_PREFIXES:
                head = rng.choice(MOBILE_PREFIXES[region])
        else:  # fall back to the example number's leading digits
            keep, n = min(rng.choice([1, 2, 3]), len(nsn) - 4), len(nsn)
            head = nsn[:keep]
        cand = head + "".join(rng.choice(string.digits) for _ in range(n - len(head)))
        if re.search(r"(\d)\1{4}", cand) or (cand[0] == "0") != (nsn[0] == "0"):
            continue
        if region in ("US", "CA") and cand[3:6] == "555":
            continue
        p = phonenumbers.parse("+" + str(ex.country_code) + cand, None)
        if (
            phonenumbers.is_valid_number(p)
            and phonenumbers.region_code_for_number(p) == region
            and phonenumbers.number_type(p) in ok_types
        ):
            return p
    raise RuntimeError(f"no valid {kind} number for {region}")


def format_phone(num, region: str, style: str) -> str:
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    natl = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    nsn = phonenumbers.national_significant_number(num)
    cc = str(num.country_code)
    ngroups = re.findall(r"\d+", natl)
    igroups = re.findall(r"\d+", intl)[1:]
    if style == "intl":
        s = intl
    elif style == "natl":
        s = natl
    elif style == "e164":
        s = e164
    elif style == "plain":
        s = "".join(ngroups)
    elif style == "nsn":
        s = nsn
    elif style == "dash":
        s = "-".join(ngroups)
    elif style == "dot":
        s = ".".join(ngroups)
    elif style == "space":
        s = " ".join(ngroups)
    elif style == "intl_dash":
        s = "+" + cc + "-" + "-".join(igroups)
    elif style == "intl_plain":
        s = "+" + cc + " " + nsn
    elif style == "00":
        s = "00" + intl[1:]
    elif style == "trunk_paren":
        s = "+" + cc + " (0)" + " ".join(igroups)
    elif style == "slash":
        s = ngroups[0] + "/" + "".join(ngroups[1:]) if len(ngroups) > 1 else natl
    elif style == "paren":
        s = "(" + ngroups[0] + ") " + " ".join(ngroups[1:]) if len(ngroups) > 1 else natl
    elif style == "one_dash":
        s = "1-" + "-".join(ngroups)
    else:
        raise ValueError(style)
    if not _phone_ok(s, region, num):
        s = natl
    assert _phone_ok(s, region, num), (s, region)
    return s


EXT_FORMS = [" ext. {}", " x{}", " ext {}", " Ext. {}"]


def gen_phone(args):
    region = next((a for a in args if a.isupper() and len(a) == 2), None)
    kind = next((a for a in args if a in TYPES), None)
    style = next(
        (a for a in args if a not in TYPES and not (a.isupper() and len(a) == 2) and a != "ext"),
        None,
    )
    if region is None:
        region = rng.choice(
            [
                "US",
                "GB",
                "DE",
                "FR",
                "IN",
                "AU",
                "CA",
                "ES",
                "IT",
                "NL",
                "BR",
                "MX",
                "SG",
                "ZA",
                "IE",
                "JP",
            ]
        )
        style = style or rng.choice(["intl", "intl", "e164", "intl_dash"])
    kind = kind or rng.choice(["mobile", "mobile", "fixed"])
    num = random_phone(region, kind)
    style = style or rng.choice(PHONE_STYLES.get(region, DEFAULT_STYLES))
    if style == "trunk_paren" and region not in TRUNK0:
        style = "intl"
    s = format_phone(num, region, style)
    if "ext" in args:
        s += rng.choice(EXT_FORMS).format(rng.randint(10, 4999))
    return s, {"region": region, "style": style, "type": kind}


# --------------------------------------------------------------------------
# SSN
# --------------------------------------------------------------------------


def ssn_parts():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        if (a, g, s) in ((78, 5, 1120), (219, 9, 9999), (123, 45, 6789)):
            continue
        return f"{a:03d}", f"{g:02d}", f"{s:04d}"


def ssn_valid(v: str) -> bool:
    d = re.sub(r"[ -]", "", v)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 1 <= a <= 899 and a != 666 and g >= 1 and s >= 1


def gen_ssn(args):
    a, g, s = ssn_parts()
    style = args[0] if args else rng.choice(["dash"] * 7 + ["space", "plain"])
    sep = {"dash": "-", "space": " ", "plain": ""}[style]
    return a + sep + g + sep + s, {"style": style}


# --------------------------------------------------------------------------
# CARD
# --------------------------------------------------------------------------

BRANDS = {
    # brand: (prefix choices, lengths)
    "visa": (["4"], [16]),
    "mc": ([str(i) for i in range(51, 56)] + [str(i) for i in range(2221, 2721, 37)], [16]),
    "amex": (["34", "37"], [15]),
    "discover": (["6011", "644", "645", "646", "647", "648", "649", "65"], [16]),
    "jcb": ([str(i) for i in range(3528, 3590, 7)], [16]),
    "diners": (["36", "300", "301", "302", "303", "305", "38"], [14]),
    "unionpay": (["62", "6222", "6228", "6212"], [16, 19]),
    "maestro": (["5018", "5020", "5038", "6304", "6759", "6761", "6762", "6763"], [16, 19]),
    "mir": (["2200", "2201", "2202", "2203", "2204"], [16]),
    "rupay": (["6070", "6071", "6080", "6521", "6522", "8172", "5085"], [16]),
}
BRAND_WEIGHTS = (
    ["visa"] * 6 + ["mc"] * 5 + ["amex"] * 2 + ["discover", "jcb", "diners", "unionpay", "maestro"]
)


def card_group(d: str) -> list[str]:
    n = len(d)
    if n == 15:
        return [d[:4], d[4:10], d[10:]]
    if n == 14:
        return [d[:4], d[4:10], d[10:]]
    if n == 13:
        return [d[:4], d[4:7], d[7:10], d[10:]]
    return [d[i : i + 4] for i in range(0, n, 4)]


def gen_card(args):
    brand = next((a for a in args if a in BRANDS), None) or rng.choice(BRAND_WEIGHTS)
    sep = next((a for a in args if a in ("space", "dash", "nosep")), None)
    if sep is None:
        sep = rng.choice(["space"] * 5 + ["dash", "nosep", "nosep"])
    prefixes, lengths = BRANDS[brand]
    while True:
        pre = rng.choice(prefixes)
        n = rng.choice(lengths)
        body = pre + "".join(rng.choice(string.digits) for _ in range(n - len(pre) - 1))
        num = luhn_complete(body)
        if not re.search(r"(\d)\1{4}", num):
            break
    s = {"space": " ", "dash": "-", "nosep": ""}[sep].join(card_group(num))
    return s, {"brand": brand, "sep": sep}


# --------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------

IBAN_SPECS = {
    "DE": "8n10n",
    "AT": "5n11n",
    "CH": "5n12c",
    "FR": "5n5n11c2n",
    "MC": "5n5n11c2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12c",
    "SM": "1a5n5n12c",
    "NL": "4a10n",
    "BE": "3n7n2n",
    "GB": "4a6n8n",
    "IE": "4a6n8n",
    "PT": "4n4n11n2n",
    "PL": "8n16n",
    "SE": "3n16n1n",
    "NO": "4n6n1n",
    "DK": "4n9n1n",
    "FI": "3n11n",
    "LU": "3n13c",
    "GR": "3n4n16c",
    "RO": "4a16c",
    "TR": "5n1n16c",
    "SA": "2n18c",
    "AE": "3n16n",
    "IL": "3n3n13n",
    "BR": "8n5n10n1a1c",
    "CZ": "4n6n10n",
    "HU": "3n4n1n15n1n",
    "HR": "7n10n",
    "SK": "4n6n10n",
    "SI": "5n8n2n",
    "BG": "4a4n2n8c",
    "LT": "5n11n",
    "LV": "4a13c",
    "EE": "2n2n11n1n",
    "MT": "4a5n18c",
    "CY": "3n5n16c",
    "PK": "4a16c",
    "QA": "4a21c",
    "KW": "4a22c",
    "EG": "4n4n17n",
    "UA": "6n19c",
    "IS": "4n2n6n10n",
    "JO": "4a4n18c",
    "LI": "5n12c",
}
BANK_LETTERS = {
    "GB": ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "NL": ["INGB", "ABNA", "RABO", "SNSB", "TRIO", "KNAB", "BUNQ", "ASNB"],
    "RO": ["RNCB", "BTRL", "BRDE", "INGB", "RZBR", "BACX"],
    "BG": ["BNBG", "UNCR", "STSA", "FINV"],
    "LV": ["HABA", "UNLA", "PARX", "RIKO"],
    "MT": ["MALT", "VALL", "APSB"],
    "PK": ["SCBL", "HABB", "MUCB", "UNIL"],
    "QA": ["QNBA", "DOHB", "CBQA"],
    "KW": ["NBOK", "CBKU", "GULB"],
    "JO": ["CBJO", "ARAB", "HBHO"],
}


def iban_bban_len(cc: str) -> int:
    return sum(int(n) for n, _ in re.findall(r"(\d+)([nac])", IBAN_SPECS[cc]))


def _field(n: int, t: str) -> str:
    if t == "n":
        return "".join(rng.choice(string.digits) for _ in range(n))
    if t == "a":
        return "".join(rng.choice(string.ascii_uppercase) for _ in range(n))
    return "".join(
        rng.choice(string.digits) if rng.random() < 0.97 else rng.choice(string.ascii_uppercase)
        for _ in range(n)
    )


def _es_dc(ten: str) -> str:
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: "0", 10: "1"}.get(d, str(d))


def make_bban(cc: str) -> str:
    fields = [(int(n), t) for n, t in re.findall(r"(\d+)([nac])", IBAN_SPECS[cc])]
    parts = [_field(n, t) for n, t in fields]
    if cc in BANK_LETTERS:
        parts[0] = rng.choice(BANK_LETTERS[cc])
    if cc == "BE":
        r = int(parts[0] + parts[1]) % 97
        parts[2] = f"{r or 97:02d}"
    elif cc == "ES":
        parts[2] = _es_dc("00" + parts[0] + parts[1]) + _es_dc(parts[3])
    elif cc in ("FR", "MC"):
        parts[2] = "".join(rng.choice(string.digits) for _ in range(11))
        key = 97 - (89 * int(parts[0]) + 15 * int(parts[1]) + 3 * int(parts[2])) % 97
        parts[3] = f"{key:02d}"
    elif cc == "PT":
        parts[3] = f"{98 - int(parts[0] + parts[1] + parts[2]) * 100 % 97:02d}"
    elif cc == "TR":
        parts[1] = "0"
    elif cc == "IT" or cc == "SM":
        parts[3] = "".join(rng.choice(string.digits) for _ in range(12))
    return "".join(parts)


def gen_iban(args):
    cc = next((a for a in args if a in IBAN_SPECS), None) or rng.choice(
        ["DE", "DE", "FR", "ES", "IT", "NL", "BE", "AT", "GB", "PL", "PT", "IE", "CH"]
    )
    style = next((a for a in args if a in ("print", "electronic", "lower", "lowerprint")), None)
    style = style or rng.choice(["print"] * 6 + ["electronic"] * 3 + ["lowerprint"])
    bban = make_bban(cc)
    iban = cc + mod97_check(cc, bban) + bban
    assert iban_ok(iban), iban
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    s = {
        "print": grouped,
        "electronic": iban,
        "lower": iban.lower(),
        "lowerprint": grouped.lower(),
    }[style]
    return s, {"country": cc, "style": style}


def bad_iban(args):
    """IBAN-shaped, right length, but the mod-97 check fails."""
    cc = next((a for a in args if a in IBAN_SPECS), None) or rng.choice(
        ["DE", "FR", "ES", "NL", "IT", "GB"]
    )
    bban = make_bban(cc)
    good = mod97_check(cc, bban)
    bad = f"{(int(good) + rng.randint(1, 40)) % 97 + 2:02d}"
    if bad == good:
        bad = f"{(int(good) + 3) % 90 + 2:02d}"
    iban = cc + bad + bban
    if iban_ok(iban):
        return bad_iban(args)
    return (
        " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
        if "print" in args or rng.random() < 0.6
        else iban
    )


def rf_reference():
    ref = "".join(rng.choice(string.digits) for _ in range(rng.choice([9, 10, 12, 14])))
    chk = f"{98 - _alnum_to_int(ref + 'RF00') % 97:02d}"
    s = "RF" + chk + ref
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------
# IP
# --------------------------------------------------------------------------

GLOBAL_UNICAST6 = ipaddress.IPv6Network("2000::/3")


def is_public_ip(ip) -> bool:
    """Public = ``is_global``; for IPv6 also inside 2000::/3 (global unicast)."""
    if isinstance(ip, str):
        ip = ipaddress.ip_address(ip)
    if ip.version == 6:
        return ip.is_global and ip in GLOBAL_UNICAST6
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


V6_PREFIXES = [
    "2a02:8108",
    "2a01:4f8",
    "2001:4860",
    "2a00:1450",
    "2600:1700",
    "2601:647",
    "2603:8080",
    "2804:14c",
    "240e:3b4",
    "2409:8a28",
    "2401:4900",
    "2a02:a210",
    "2a0a:e5c0",
    "2c0f:fb50",
    "2402:800",
    "2001:ee0",
    "2405:9800",
    "2a03:2880",
    "2003:e8",
    "2a01:e0a",
    "2806:10a6",
]


def gen_ip4(args=()):
    while True:
        a = rng.choice(list(range(1, 224)))
        ip = ipaddress.IPv4Address(
            f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        )
        if ip.is_global and not ip.is_multicast and not ip.is_reserved:
            return str(ip), {"v": 4}


def gen_ip6(args=()):
    style = args[0] if args else rng.choice(["compressed"] * 3 + ["full", "noleading", "upper"])
    while True:
        pre = rng.choice(V6_PREFIXES).split(":")
        groups = pre + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4 - len(pre))]
        host = rng.choice(["zeros", "random", "eui"])
        if host == "zeros":
            groups += ["0", "0", "0", f"{rng.randint(1, 0xFFF):x}"]
        elif host == "eui":
            groups += [
                f"{rng.randint(0, 0xFFFF):x}",
                f"{rng.randint(0, 0xFF):x}ff",
                f"fe{rng.randint(0, 0xFF):02x}",
                f"{rng.randint(0, 0xFFFF):x}",
            ]
        else:
            groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(4)]
        ip = ipaddress.IPv6Address(":".join(groups))
        if is_public_ip(ip):
            break
    if style == "compressed":
        s = ip.compressed
    elif style == "full":
        s = ip.exploded
    elif style == "noleading":
        s = ":".join(f"{int(g, 16):x}" for g in ip.exploded.split(":"))
    else:
        s = ip.compressed.upper()
    return s, {"v": 6, "style": style}


def private_ip(args=()):
    kind = args[0] if args else rng.choice(["10", "172", "192", "lo", "cgnat", "ll", "doc"])
    r = rng.randint
    return {
        "10": f"10.{r(0, 255)}.{r(0, 255)}.{r(1, 254)}",
        "172": f"172.{r(16, 31)}.{r(0, 255)}.{r(1, 254)}",
        "192": f"192.168.{r(0, 20)}.{r(1, 254)}",
        "lo": "127.0.0.1",
        "cgnat": f"100.{r(64, 127)}.{r(0, 255)}.{r(1, 254)}",
        "ll": f"169.254.{r(1, 254)}.{r(1, 254)}",
        "doc": rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(r(1, 254)),
        "doc6": f"2001:db8:{r(0, 0xFFFF):x}::{r(1, 0xFFF):x}",
        "ula": f"fd{r(0, 0xFF):02x}:{r(0, 0xFFFF):x}:{r(0, 0xFFFF):x}::{r(1, 0xFF):x}",
        "ll6": f"fe80::{r(0, 0xFFFF):x}:{r(0, 0xFF):x}ff:fe{r(0, 0xFF):02x}:{r(0, 0xFFFF):x}",
    }[kind]


# --------------------------------------------------------------------------
# PERSON / EMAIL / DOB / ADDRESS / secrets
# --------------------------------------------------------------------------

NAMES = {
    "en": (
        [
            "James",
            "Mary",
            "Michael",
            "Jennifer",
            "David",
            "Linda",
            "Chris",
            "Jessica",
            "Daniel",
            "Ashley",
            "Kevin",
            "Megan",
            "Brian",
            "Emily",
            "Tyler",
            "Sarah",
            "Marcus",
            "Latoya",
            "Connor",
            "Brittany",
            "Rachel",
            "Derek",
            "Hannah",
            "Omar",
            "Grace",
            "Tom",
            "Olivia",
            "Jake",
            "Shauna",
            "Priya",
        ],
        [
            "Smith",
            "Johnson",
            "Williams",
            "Brown",
            "Jones",
            "Garcia",
            "Miller",
            "Davis",
            "Rodriguez",
            "Martinez",
            "Wilson",
            "Anderson",
            "Thomas",
            "Taylor",
            "Moore",
            "Jackson",
            "Lee",
            "Thompson",
            "White",
            "Harris",
            "Clark",
            "Lewis",
            "Robinson",
            "Walker",
            "O'Connor",
            "Nguyen",
            "Patel",
            "Kowalski",
            "Okafor",
            "Fitzgerald",
            "Hughes",
            "McAllister",
            "Brennan",
            "Washington",
        ],
    ),
    "es": (
        [
            "Lucía",
            "María",
            "Carmen",
            "Sofía",
            "Valentina",
            "Alejandro",
            "Javier",
            "Carlos",
            "Diego",
            "Pablo",
            "Andrés",
            "Camila",
            "Mateo",
            "Guadalupe",
            "Fernanda",
            "José Luis",
        ],
        [
            "García",
            "Fernández",
            "González",
            "Rodríguez",
            "López",
            "Martínez",
            "Sánchez",
            "Pérez",
            "Gómez",
            "Ruiz",
            "Díaz",
            "Morales",
            "Castillo",
            "Vargas",
            "Herrera",
            "Ramírez",
        ],
    ),
    "fr": (
        [
            "Camille",
            "Léa",
            "Manon",
            "Chloé",
            "Juliette",
            "Élodie",
            "Thomas",
            "Nicolas",
            "Julien",
            "Maxime",
            "Antoine",
            "Hugo",
            "Mathieu",
            "Sébastien",
            "Aurélie",
            "François",
        ],
        [
            "Martin",
            "Bernard",
            "Dubois",
            "Robert",
            "Richard",
            "Petit",
            "Durand",
            "Leroy",
            "Moreau",
            "Simon",
            "Laurent",
            "Lefèvre",
            "Michel",
            "Garnier",
            "Faure",
            "Rousseau",
        ],
    ),
    "de": (
        [
            "Anna",
            "Lena",
            "Julia",
            "Katharina",
            "Sabine",
            "Jürgen",
            "Lukas",
            "Maximilian",
            "Jonas",
            "Felix",
            "Stefan",
            "Thomas",
            "Uwe",
            "Birgit",
            "Monika",
            "Tobias",
        ],
        [
            "Müller",
            "Schmidt",
            "Schneider",
            "Fischer",
            "Weber",
            "Meyer",
            "Wagner",
            "Becker",
            "Schulz",
            "Hoffmann",
            "Koch",
            "Richter",
            "Wolf",
            "Schröder",
            "Neumann",
            "Zimmermann",
            "Huber",
            "Gruber",
        ],
    ),
    "pt": (
        [
            "Ana",
            "Beatriz",
            "Mariana",
            "Larissa",
            "Gabriela",
            "João",
            "Pedro",
            "Lucas",
            "Rafael",
            "Thiago",
            "Gustavo",
            "Rodrigo",
            "Inês",
            "Tiago",
        ],
        [
            "Silva",
            "Santos",
            "Oliveira",
            "Souza",
            "Pereira",
            "Costa",
            "Rodrigues",
            "Almeida",
            "Nascimento",
            "Ferreira",
            "Carvalho",
            "Gomes",
            "Ribeiro",
            "Lima",
        ],
    ),
    "it": (
        [
            "Giulia",
            "Francesca",
            "Chiara",
            "Martina",
            "Alessandro",
            "Lorenzo",
            "Matteo",
            "Giuseppe",
            "Marco",
            "Luca",
            "Federica",
            "Simona",
        ],
        [
            "Rossi",
            "Russo",
            "Ferrari",
            "Esposito",
            "Bianchi",
            "Romano",
            "Colombo",
            "Ricci",
            "Marino",
            "Greco",
            "Bruno",
            "Gallo",
            "Conti",
        ],
    ),
    "nl": (
        [
            "Sanne",
            "Lotte",
            "Fleur",
            "Anouk",
            "Daan",
            "Sem",
            "Bram",
            "Thijs",
            "Joost",
            "Pieter",
            "Eline",
        ],
        [
            "de Jong",
            "Jansen",
            "de Vries",
            "van den Berg",
            "van Dijk",
            "Bakker",
            "Visser",
            "Smit",
            "Meijer",
            "de Boer",
            "Mulder",
            "Peeters",
        ],
    ),
    "tr": (
        [
            "Ayşe",
            "Fatma",
            "Elif",
            "Zeynep",
            "Emine",
            "Mehmet",
            "Mustafa",
            "Ahmet",
            "Emre",
            "Burak",
            "Can",
        ],
        [
            "Yılmaz",
            "Kaya",
            "Demir",
            "Şahin",
            "Çelik",
            "Yıldız",
            "Aydın",
            "Öztürk",
            "Arslan",
            "Doğan",
        ],
    ),
    "ar": (
        ["محمد", "أحمد", "فاطمة", "عائشة", "خالد", "نورة", "يوسف", "مريم", "عمر", "سارة"],
        ["العتيبي", "القحطاني", "الشمري", "حسن", "إبراهيم", "المصري", "الحربي", "الزهراني"],
    ),
    "in": (
        [
            "Rahul",
            "Priya",
            "Anjali",
            "Vikram",
            "Sneha",
            "Arjun",
            "Deepak",
            "Pooja",
            "Rohan",
            "Kavita",
            "Suresh",
            "Lakshmi",
            "Karthik",
            "Divya",
        ],
        [
            "Sharma",
            "Verma",
            "Gupta",
            "Patel",
            "Reddy",
            "Iyer",
            "Nair",
            "Singh",
            "Kumar",
            "Menon",
            "Das",
            "Joshi",
            "Banerjee",
            "Rao",
        ],
    ),
    "hi": (
        ["राहुल", "प्रिया", "अंजलि", "विक्रम", "सुनीता", "अमित"],
        ["शर्मा", "वर्मा", "गुप्ता", "सिंह", "यादव"],
    ),
    "id": (
        ["Budi", "Siti", "Dewi", "Agus", "Rina", "Putri", "Andi", "Wahyu", "Indah", "Eko"],
        [
            "Santoso",
            "Wijaya",
            "Pratama",
            "Saputra",
            "Lestari",
            "Hidayat",
            "Kusuma",
            "Nugroho",
            "Sari",
        ],
    ),
    "fil": (
        [
            "Juan",
            "Maria",
            "Jose",
            "Ana",
            "Mark",
            "Angelica",
            "Jericho",
            "Kristine",
            "Paolo",
            "Rowena",
        ],
        [
            "Dela Cruz",
            "Santos",
            "Reyes",
            "Bautista",
            "Garcia",
            "Mendoza",
            "Villanueva",
            "Ramos",
            "Aquino",
        ],
    ),
    "sw": (
        [
            "Amani",
            "Baraka",
            "Neema",
            "Juma",
            "Zawadi",
            "Wanjiru",
            "Otieno",
            "Achieng",
            "Fatuma",
            "Halima",
        ],
        [
            "Mwangi",
            "Kamau",
            "Wanjiku",
            "Odhiambo",
            "Njoroge",
            "Mushi",
            "Kimaro",
            "Hassan",
            "Omondi",
        ],
    ),
    "ng": (
        ["Chinedu", "Ngozi", "Tunde", "Funmilayo", "Emeka", "Aisha", "Segun", "Chiamaka"],
        ["Okafor", "Adeyemi", "Balogun", "Eze", "Okonkwo", "Bello", "Adebayo", "Nwosu"],
    ),
    "ro": (
        [
            "Andrei",
            "Ioana",
            "Mihai",
            "Elena",
            "Alexandru",
            "Maria",
            "Cristina",
            "Gabriel",
            "Adrian",
            "Raluca",
        ],
        [
            "Popescu",
            "Ionescu",
            "Popa",
            "Dumitru",
            "Stan",
            "Stoica",
            "Gheorghe",
            "Munteanu",
            "Constantin",
        ],
    ),
    "sv": (
        ["Erik", "Anna", "Lars", "Karin", "Johan", "Elin", "Oskar", "Maja"],
        ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Lindqvist"],
    ),
    "no": (
        ["Ole", "Ingrid", "Lars", "Kari", "Magnus", "Silje", "Henrik"],
        ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Berg", "Haugen"],
    ),
    "da": (
        ["Mette", "Søren", "Anne", "Mads", "Line", "Rasmus"],
        ["Jensen", "Nielsen", "Hansen", "Pedersen", "Sørensen"],
    ),
    "fi": (
        ["Mikko", "Laura", "Juha", "Sanna", "Ville", "Aino"],
        ["Virtanen", "Korhonen", "Mäkinen", "Nieminen", "Heikkinen"],
    ),
    "he": (
        ["נועה", "יוסי", "מיכל", "איתי", "שירה", "דניאל"],
        ["כהן", "לוי", "מזרחי", "פרץ", "ביטון", "אברהם"],
    ),
    "bn": (["রহিম", "ফাতেমা", "সুমন", "নুসরাত"], ["হোসেন", "আহমেদ", "ইসলাম", "চৌধুরী"]),
    "pk": (
        ["Ali", "Ayesha", "Usman", "Hina", "Bilal", "Sana"],
        ["Khan", "Ahmed", "Malik", "Qureshi", "Butt", "Siddiqui"],
    ),
    "ht": (
        ["Jean", "Marie", "Wideline", "Jocelyn", "Fritz", "Nadège"],
        ["Pierre", "Joseph", "Jean-Baptiste", "Louis", "Désir"],
    ),
    "th": (
        ["สมชาย", "สมศรี", "วิชัย", "นภา", "ธนพล", "กมลชนก", "ปิยะ", "สุดารัตน์"],
        ["ใจดี", "สุขสวัสดิ์", "ศรีสุข", "วงศ์ไทย", "แก้วมณี", "ทองดี"],
    ),
}
# family-name-first languages: (given, family, separator)
FAMILY_FIRST = {
    "zh": (
        [
            "伟",
            "芳",
            "娜",
            "敏",
            "静",
            "磊",
            "洋",
            "艳",
            "勇",
            "杰",
            "婷婷",
            "志强",
            "晓明",
            "欣怡",
            "建国",
        ],
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "周", "吴", "林", "郭"],
        "",
    ),
    "zht": (
        ["志明", "淑芬", "家豪", "美玲", "俊傑", "雅婷", "偉倫", "詠詩", "嘉欣", "子軒"],
        ["陳", "林", "黃", "張", "李", "王", "吳", "劉", "蔡", "楊", "梁", "何"],
        "",
    ),
    "ja": (
        ["健太", "翔太", "陽菜", "さくら", "美咲", "大輔", "拓也", "愛", "直樹", "由美"],
        ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤"],
        "",
    ),
    "ko": (
        ["민준", "서연", "지훈", "수빈", "예은", "도윤", "하은", "현우", "지민", "서준"],
        ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임"],
        "",
    ),
    "vi": (
        [
            "Văn An",
            "Thị Hoa",
            "Minh Tuấn",
            "Thu Trang",
            "Quốc Bảo",
            "Ngọc Lan",
            "Đức Anh",
            "Thanh Hương",
        ],
        ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"],
        " ",
    ),
    "hu": (
        ["László", "Zsófia", "Gábor", "Eszter", "Bence", "Katalin"],
        ["Nagy", "Kovács", "Tóth", "Szabó", "Horváth", "Varga"],
        " ",
    ),
}
# languages whose family names agree with gender: explicit pairs
PAIRS = {
    "ru": [
        ("Иван", "Петров"),
        ("Анна", "Смирнова"),
        ("Дмитрий", "Кузнецов"),
        ("Екатерина", "Попова"),
        ("Сергей", "Васильев"),
        ("Ольга", "Соколова"),
        ("Алексей", "Морозов"),
        ("Наталья", "Волкова"),
        ("Михаил", "Лебедев"),
        ("Татьяна", "Новикова"),
    ],
    "uk": [
        ("Олена", "Шевченко"),
        ("Андрій", "Коваленко"),
        ("Ірина", "Бондаренко"),
        ("Тарас", "Мельник"),
        ("Оксана", "Ткаченко"),
        ("Богдан", "Кравченко"),
    ],
    "el": [
        ("Γιώργος", "Παπαδόπουλος"),
        ("Μαρία", "Παπαδοπούλου"),
        ("Νίκος", "Γεωργίου"),
        ("Ελένη", "Νικολάου"),
        ("Κώστας", "Δημητρίου"),
        ("Αικατερίνη", "Οικονόμου"),
    ],
    "cs": [
        ("Jan", "Novák"),
        ("Petra", "Svobodová"),
        ("Tomáš", "Dvořák"),
        ("Lucie", "Černá"),
        ("Martin", "Procházka"),
        ("Veronika", "Kučerová"),
    ],
    "pl": [
        ("Anna", "Nowak"),
        ("Katarzyna", "Wiśniewska"),
        ("Piotr", "Kowalski"),
        ("Magdalena", "Lewandowska"),
        ("Tomasz", "Wójcik"),
        ("Agnieszka", "Kamińska"),
        ("Michał", "Zieliński"),
        ("Łukasz", "Mazur"),
        ("Joanna", "Szymańska"),
        ("Paweł", "Woźniak"),
    ],
    "ms": [
        ("Ahmad", "bin Ismail"),
        ("Nurul Aina", "binti Hassan"),
        ("Farid", "bin Abdullah"),
        ("Siti Aisyah", "binti Rahman"),
        ("Hafiz", "bin Osman"),
    ],
}
LANG_ALIAS = {
    "en-US": "en",
    "en-GB": "en",
    "es-MX": "es",
    "pt-BR": "pt",
    "pt-PT": "pt",
    "fr-CA": "fr",
    "de-AT": "de",
    "de-CH": "de",
    "fr-BE": "fr",
    "nl-BE": "nl",
    "en-AU": "en",
    "en-IE": "en",
    "en-CA": "en",
    "en-NZ": "en",
    "en-ZA": "en",
    "en-SG": "en",
    "en-IN": "in",
    "en-NG": "ng",
    "en-GH": "ng",
    "en-KE": "sw",
    "en-PK": "pk",
    "zh-TW": "zht",
    "zh-HK": "zht",
    "es-AR": "es",
    "es-CO": "es",
    "es-CL": "es",
    "es-PE": "es",
    "fr-MA": "fr",
    "fr-CH": "fr",
    "ar-EG": "ar",
    "ar-AE": "ar",
    "ar-JO": "ar",
    "ru-KZ": "ru",
    "en-PH": "fil",
    "sw-TZ": "sw",
    "es-US": "es",
    "en-MY": "ms",
    "fr-SN": "fr",
    "hi-Latn": "in",
    "pcm": "ng",
}


def base_lang(lang: str) -> str:
    lang = LANG_ALIAS.get(lang, lang)
    return lang if (lang in NAMES or lang in FAMILY_FIRST or lang in PAIRS) else "en"


def gen_name(args, lang, part="full"):
    lg = base_lang(args[0]) if args else base_lang(lang)
    if lg in PAIRS:
        g, f = rng.choice(PAIRS[lg])
        sep, ff = " ", False
    elif lg in FAMILY_FIRST:
        gl, fl, sep = FAMILY_FIRST[lg]
        g, f, ff = rng.choice(gl), rng.choice(fl), True
    else:
        gl, fl = NAMES[lg]
        g, f, sep, ff = rng.choice(gl), rng.choice(fl), " ", False
    if part == "first":
        return g, {}
    if part == "last":
        return f, {}
    return (f + sep + g if ff else g + sep + f), {}


LATIN_LOCAL = {
    "en": [
        "james",
        "mary",
        "mike",
        "jen",
        "dave",
        "linda",
        "chris",
        "jess",
        "dan",
        "ashley",
        "kevin",
        "megan",
        "brian",
        "emily",
        "tyler",
        "sarah",
        "marcus",
        "rachel",
        "derek",
        "hannah",
        "omar",
        "grace",
    ],
    "en2": [
        "smith",
        "johnson",
        "williams",
        "brown",
        "jones",
        "garcia",
        "miller",
        "davis",
        "wilson",
        "taylor",
        "moore",
        "lee",
        "harris",
        "clark",
        "walker",
        "nguyen",
        "patel",
        "hughes",
        "brennan",
    ],
    "es": [
        "lucia",
        "maria",
        "carmen",
        "sofia",
        "alejandro",
        "javier",
        "carlos",
        "diego",
        "pablo",
        "andres",
        "camila",
    ],
    "es2": [
        "garcia",
        "fernandez",
        "gonzalez",
        "rodriguez",
        "lopez",
        "martinez",
        "sanchez",
        "perez",
        "gomez",
        "ruiz",
    ],
    "fr": [
        "camille",
        "lea",
        "manon",
        "chloe",
        "juliette",
        "elodie",
        "thomas",
        "nicolas",
        "julien",
        "maxime",
    ],
    "fr2": [
        "martin",
        "bernard",
        "dubois",
        "robert",
        "richard",
        "petit",
        "durand",
        "leroy",
        "moreau",
        "lefevre",
    ],
    "de": [
        "anna",
        "lena",
        "julia",
        "katharina",
        "sabine",
        "juergen",
        "lukas",
        "max",
        "jonas",
        "felix",
        "stefan",
    ],
    "de2": [
        "mueller",
        "schmidt",
        "schneider",
        "fischer",
        "weber",
        "meyer",
        "wagner",
        "becker",
        "schulz",
        "hoffmann",
    ],
    "pt": [
        "ana",
        "beatriz",
        "mariana",
        "larissa",
        "joao",
        "pedro",
        "lucas",
        "rafael",
        "thiago",
        "gustavo",
    ],
    "pt2": [
        "silva",
        "santos",
        "oliveira",
        "souza",
        "pereira",
        "costa",
        "almeida",
        "ferreira",
        "carvalho",
    ],
    "it": [
        "giulia",
        "francesca",
        "chiara",
        "alessandro",
        "lorenzo",
        "matteo",
        "giuseppe",
        "marco",
        "luca",
    ],
    "it2": [
        "rossi",
        "russo",
        "ferrari",
        "esposito",
        "bianchi",
        "romano",
        "colombo",
        "ricci",
        "greco",
    ],
    "nl": ["sanne", "lotte", "fleur", "daan", "bram", "thijs", "joost", "pieter"],
    "nl2": ["dejong", "jansen", "devries", "vandenberg", "bakker", "visser", "smit", "meijer"],
    "pl": ["anna", "kasia", "magda", "piotr", "tomek", "pawel", "michal", "lukasz"],
    "pl2": ["nowak", "kowalski", "wisniewska", "wojcik", "kaminska", "mazur", "zielinski"],
    "tr": ["ayse", "fatma", "elif", "zeynep", "mehmet", "mustafa", "ahmet", "emre", "burak"],
    "tr2": ["yilmaz", "kaya", "demir", "sahin", "celik", "yildiz", "aydin", "ozturk"],
    "ru": ["ivan", "anna", "dmitry", "ekaterina", "sergey", "olga", "alexey", "natasha", "misha"],
    "ru2": [
        "petrov",
        "smirnova",
        "kuznetsov",
        "popova",
        "vasiliev",
        "sokolova",
        "morozov",
        "volkova",
    ],
    "ar": ["mohammed", "ahmed", "fatima", "aisha", "khaled", "noura", "youssef", "mariam", "omar"],
    "ar2": ["alotaibi", "alqahtani", "alshammari", "hassan", "ibrahim", "almasri", "alharbi"],
    "in": [
        "rahul",
        "priya",
        "anjali",
        "vikram",
        "sneha",
        "arjun",
        "deepak",
        "pooja",
        "rohan",
        "kavita",
    ],
    "in2": [
        "sharma",
        "verma",
        "gupta",
        "patel",
        "reddy",
        "iyer",
        "nair",
        "singh",
        "kumar",
        "menon",
    ],
    "zh": [
        "wangwei",
        "lifang",
        "zhangna",
        "liumin",
        "chenjing",
        "yanglei",
        "huangyan",
        "zhaoyong",
        "zhoujie",
    ],
    "ja": [
        "sato",
        "suzuki",
        "takahashi",
        "tanaka",
        "ito",
        "watanabe",
        "yamamoto",
        "nakamura",
        "kobayashi",
    ],
    "ja2": ["kenta", "shota", "hina", "sakura", "misaki", "daisuke", "takuya", "naoki", "yumi"],
    "ko": ["minjun", "seoyeon", "jihoon", "subin", "yeeun", "doyoon", "haeun", "hyunwoo", "jimin"],
    "ko2": ["kim", "lee", "park", "choi", "jung", "kang", "cho", "yoon"],
    "id": ["budi", "siti", "dewi", "agus", "rina", "putri", "andi", "wahyu", "indah"],
    "id2": ["santoso", "wijaya", "pratama", "saputra", "lestari", "hidayat", "kusuma"],
    "vi": ["nguyen", "tran", "le", "pham", "hoang", "phan", "vu", "dang"],
    "vi2": ["an", "hoa", "tuan", "trang", "bao", "lan", "ducanh", "huong"],
}
DOMAINS = {
    "en": [
        "gmail.com",
        "gmail.com",
        "outlook.com",
        "yahoo.com",
        "hotmail.co.uk",
        "icloud.com",
        "proton.me",
        "aol.com",
        "comcast.net",
        "btinternet.com",
        "bigpond.com",
        "xtra.co.nz",
    ],
    "es": [
        "gmail.com",
        "hotmail.es",
        "yahoo.es",
        "telefonica.net",
        "outlook.es",
        "prodigy.net.mx",
        "yahoo.com.ar",
    ],
    "fr": [
        "orange.fr",
        "free.fr",
        "laposte.net",
        "sfr.fr",
        "wanadoo.fr",
        "gmail.com",
        "hotmail.fr",
    ],
    "de": [
        "web.de",
        "gmx.de",
        "t-online.de",
        "posteo.de",
        "gmx.at",
        "bluewin.ch",
        "gmail.com",
        "freenet.de",
    ],
    "pt": ["uol.com.br", "terra.com.br", "bol.com.br", "sapo.pt", "gmail.com", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "telenet.be", "gmail.com", "live.nl"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"],
    "tr": ["hotmail.com", "gmail.com", "yandex.com.tr", "outlook.com.tr"],
    "ru": ["yandex.ru", "mail.ru", "rambler.ru", "bk.ru", "inbox.ru", "gmail.com"],
    "ar": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa"],
    "in": ["gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.in"],
    "zh": ["163.com", "qq.com", "126.com", "sina.com", "foxmail.com", "yeah.net"],
    "ja": [
        "yahoo.co.jp",
        "docomo.ne.jp",
        "ezweb.ne.jp",
        "gmail.com",
        "softbank.ne.jp",
        "nifty.com",
    ],
    "ko": ["naver.com", "hanmail.net", "daum.net", "kakao.com", "gmail.com"],
    "id": ["yahoo.co.id", "gmail.com", "ymail.com"],
    "vi": ["gmail.com", "yahoo.com.vn", "fpt.vn"],
}
CORP_DOMAINS = [
    "northwind-freight.com",
    "eng.brightpath.io",
    "finance.hollisgroup.co.uk",
    "mail.kestrel-labs.net",
    "corp.meridianhealth.org",
    "students.lakeshore.edu",
    "hr.tallgrass-energy.com",
    "cs.uni-freiburg.de",
    "sales.ibericaparts.es",
    "ventes.atelier-roux.fr",
    "vertrieb.nordlicht-logistik.de",
    "team.aurora-analytics.ai",
    "support.pinecrest.co.za",
    "ops.bluewater-shipping.sg",
    "clinica-sanmartin.com.ar",
    "studio-ferri.it",
    "mail.yokohama-trading.co.jp",
]
IDN_EMAILS = {
    "de": [
        "info@bücherstube-köln.de",
        "kontakt@zürich-velos.ch",
        "bestellung@müller-bäckerei.de",
        "anfragen@schöne-ferienwohnung.at",
    ],
    "ru": ["иван.петров@почта.рф", "анна.смирнова@почта.рф", "заказ@книжная-лавка.рф"],
    "other": ["reservas@señorío-de-toledo.es", "contact@café-lumière.fr", "ola@pão-de-açúcar.pt"],
}


def _local(lg: str) -> str:
    key = lg if lg in LATIN_LOCAL else "en"
    f = rng.choice(LATIN_LOCAL[key])
    num = lambda k: str(rng.randint(10 ** (k - 1), 10**k - 1))
    if key + "2" not in LATIN_LOCAL:  # the list already holds whole romanised names
        return rng.choice(
            [lambda: f, lambda: f + num(2), lambda: f + num(3), lambda: f + "_" + num(4)]
        )()
    l = rng.choice(LATIN_LOCAL[key + "2"])
    pats = [
        lambda: f + "." + l,
        lambda: f + "." + l,
        lambda: f + l,
        lambda: f + "_" + l,
        lambda: f + l + num(2),
        lambda: f + "." + l + num(1),
        lambda: f + num(4),
        lambda: l + "." + f,
        lambda: f[0] + "." + l,
        lambda: f + "-" + l,
        lambda: f + l + num(3),
        lambda: f[0] + l + num(2),
    ]
    return rng.choice(pats)()


REFS: dict = {}


def _fold(name: str) -> str:
    import unicodedata

    t = unicodedata.normalize(
        "NFKD", name.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o")
    )
    t = "".join(c for c in t if c.isascii() and (c.isalnum() or c in " -'")).lower()
    return re.sub(r"[ '\-]+", " ", t).strip()


def gen_email(args, lang):
    of = next((a[3:] for a in args if a.startswith("of=")), None)
    fixed_dom = next((a[4:] for a in args if a.startswith("dom=")), None)
    args = [a for a in args if not a.startswith(("of=", "dom="))]
    if of is not None:
        parts = _fold(REFS[of][0]).split()
        if len(parts) >= 2:
            f, l = parts[0], "".join(parts[1:])
            local = rng.choice(
                [f + "." + l, f[0] + "." + l, f + l, f[0] + l, f + "_" + l, l + "." + f]
            )
            dom = fixed_dom or (
                rng.choice(CORP_DOMAINS)
                if "corp" in args
                else rng.choice(DOMAINS.get(base_lang(lang), DOMAINS["en"]))
            )
            return f"{local}@{dom}", {"form": "plain"}
    lg = base_lang(
        next((a for a in args if a not in ("plus", "corp", "idn", "obf", "upper")), lang)
    )
    if lg in ("hi",):
        lg = "in"
    if "idn" in args:
        return rng.choice(IDN_EMAILS.get(base_lang(lang), IDN_EMAILS["other"])), {"form": "idn"}
    local = _local(lg)
    if "plus" in args:
        local += "+" + rng.choice(
            [
                "newsletter",
                "amazon",
                "work",
                "bank",
                "shopping",
                "2024",
                "receipts",
                "dev",
                "alerts",
            ]
        )
    dom = fixed_dom or (
        rng.choice(CORP_DOMAINS) if "corp" in args else rng.choice(DOMAINS.get(lg, DOMAINS["en"]))
    )
    if "obf" in args:
        d = dom.split(".")
        style = rng.choice([0, 1, 2])
        if style == 0:
            return f"{local} (at) {' (dot) '.join(d)}", {"form": "obfuscated"}
        if style == 1:
            return f"{local} [at] {' [dot] '.join(d)}", {"form": "obfuscated"}
        return f"{local} at {' dot '.join(d)}", {"form": "obfuscated"}
    e = f"{local}@{dom}"
    if "upper" in args:
        e = e.upper()
    return e, {"form": "plain"}


MONTHS = {
    "en": [
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
    ],
    "es": [
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ],
    "fr": [
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    "pt": [
        "janeiro",
        "fevereiro",
        "março",
        "abril",
        "maio",
        "junho",
        "julho",
        "agosto",
        "setembro",
        "outubro",
        "novembro",
        "dezembro",
    ],
}


def gen_dob(args, lang):
    y, m, d = rng.randint(1941, 2006), rng.randint(1, 12), rng.randint(1, 28)
    if "child" in args:
        y = rng.randint(2008, 2021)
        args = [a for a in args if a != "child"]
    fmt = (
        args[0]
        if args
        else {
            "en": "us",
            "de": "dot",
            "fr": "slash",
            "es": "slash",
            "pt": "slash",
            "it": "slash",
            "zh": "cjk",
            "ja": "cjk",
            "ko": "ko",
            "ru": "dot",
            "pl": "dot",
            "nl": "dash",
        }.get(base_lang(lang), "iso")
    )
    if fmt == "us":
        return f"{m:02d}/{d:02d}/{y}", {}
    if fmt == "us_long":
        return f"{MONTHS['en'][m - 1]} {d}, {y}", {}
    if fmt == "gb_long":
        return f"{d} {MONTHS['en'][m - 1]} {y}", {}
    if fmt == "iso":
        return f"{y}-{m:02d}-{d:02d}", {}
    if fmt == "dot":
        return f"{d:02d}.{m:02d}.{y}", {}
    if fmt == "slash":
        return f"{d:02d}/{m:02d}/{y}", {}
    if fmt == "dash":
        return f"{d:02d}-{m:02d}-{y}", {}
    if fmt == "cjk":
        return f"{y}年{m}月{d}日", {}
    if fmt == "ko":
        return f"{y}년 {m}월 {d}일", {}
    if fmt in ("es_long", "pt_long"):
        return f"{d} de {MONTHS[fmt[:2]][m - 1]} de {y}", {}
    if fmt == "fr_long":
        return f"{d} {MONTHS['fr'][m - 1]} {y}", {}
    if fmt == "de_long":
        return f"{d}. {MONTHS['de'][m - 1]} {y}", {}
    raise ValueError(fmt)


def gen_address(args, lang):
    cc = args[0] if args else "US"
    n = rng.randint(2, 2999)
    if cc == "US":
        street = rng.choice(
            [
                "Maple Grove Rd",
                "W 34th St",
                "Oak Hollow Dr",
                "Lincoln Ave",
                "Birchwood Ct",
                "S Main St",
                "Cedar Ridge Ln",
            ]
        )
        city = rng.choice(
            [
                ("Columbus", "OH", "432"),
                ("Tucson", "AZ", "857"),
                ("Raleigh", "NC", "276"),
                ("Spokane", "WA", "992"),
                ("Albany", "NY", "122"),
                ("Madison", "WI", "537"),
                ("Fresno", "CA", "937"),
            ]
        )
        apt = rng.choice(
            [
                "",
                f", Apt {rng.randint(1, 30)}{rng.choice('ABCD')}",
                f" Unit {rng.randint(100, 999)}",
            ]
        )
        return f"{n} {street}{apt}, {city[0]}, {city[1]} {city[2]}{rng.randint(10, 99)}", {}
    if cc == "GB":
        street = rng.choice(
            ["Kingsley Road", "Victoria Street", "Mill Lane", "Church Walk", "Albert Terrace"]
        )
        city = rng.choice(
            [("Leeds", "LS6"), ("Bristol", "BS3"), ("Manchester", "M14"), ("Norwich", "NR2")]
        )
        return (
            f"{n % 200 + 1} {street}, {city[0]} {city[1]} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}",
            {},
        )
    if cc == "DE":
        street = rng.choice(
            ["Lindenstraße", "Hauptstraße", "Am Mühlbach", "Goethestraße", "Bahnhofstr."]
        )
        city = rng.choice(
            [("10969", "Berlin"), ("50667", "Köln"), ("80331", "München"), ("04109", "Leipzig")]
        )
        return f"{street} {n % 120 + 1}, {city[0]} {city[1]}", {}
    if cc == "FR":
        street = rng.choice(
            ["rue des Lilas", "avenue Jean Jaurès", "boulevard Voltaire", "impasse des Tilleuls"]
        )
        city = rng.choice(
            [("69003", "Lyon"), ("75011", "Paris"), ("31000", "Toulouse"), ("44000", "Nantes")]
        )
        return f"{n % 150 + 1} {street}, {city[0]} {city[1]}", {}
    if cc == "ES":
        street = rng.choice(
            ["Calle de Alcalá", "Avenida de la Constitución", "Carrer de Mallorca", "Calle Mayor"]
        )
        city = rng.choice([("28009", "Madrid"), ("08013", "Barcelona"), ("41001", "Sevilla")])
        return (
            f"{street} {n % 300 + 1}, {rng.randint(1, 8)}º {rng.choice('ABCD')}, {city[0]} {city[1]}",
            {},
        )
    raise ValueError(cc)


B62 = string.ascii_letters + string.digits


def _tok(n, alphabet=B62):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_apikey(args, lang):
    kind = args[0] if args else rng.choice(["hex32", "b62", "dash"])
    if kind == "hex32":
        return _tok(32, "0123456789abcdef"), {}
    if kind == "b62":
        return _tok(40), {}
    return "key-" + _tok(8, "0123456789abcdef") + "-" + _tok(24, "0123456789abcdef"), {}


def gen_urlsecret(args, lang):
    kind = args[0] if args else rng.choice(["basic", "reset", "query", "db"])
    if kind == "basic":
        user = rng.choice(["backup", "deploy", "jsmith", "admin", "ftpuser"])
        pw = _tok(5) + rng.choice("!$%*") + _tok(6)
        host = rng.choice(
            ["files.kestrel-labs.net", "ftp.bluewater-shipping.sg", "nas.tallgrass-energy.com"]
        )
        return f"https://{user}:{pw}@{host}/exports/", {}
    if kind == "reset":
        host = rng.choice(
            ["account.brightpath.io", "portal.meridianhealth.org", "app.aurora-analytics.ai"]
        )
        return f"https://{host}/reset-password?token={_tok(40)}", {}
    if kind == "query":
        host = rng.choice(
            [
                "api.weatherdata.io/v2/forecast?city=Leeds",
                "maps.tilehost.net/v1/tiles/12/2011/1360.png?z=1",
                "feeds.pricewatch.io/export.csv?format=csv",
            ]
        )
        return f"https://{host}&access_token={_tok(32, '0123456789abcdef')}", {}
    pw = _tok(14)
    return f"postgresql://app_rw:{pw}@db-prod.kestrel-labs.net:5432/orders", {}


# --------------------------------------------------------------------------
# unlabelled look-alikes ("~" slots)
# --------------------------------------------------------------------------


def _digits(n: int, first_nonzero=True) -> str:
    s = "".join(rng.choice(string.digits) for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def _isbn13() -> str:
    group = rng.choice(["0", "1", "3", "2", "84", "88", "4", "7", "85", "83"])
    pub = _digits(rng.choice([2, 3, 4]))
    title = _digits(12 - 3 - len(group) - len(pub) - 0, first_nonzero=False)
    body = "978" + group + pub + title
    body = body[:12]
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    title = body[3 + len(group) + len(pub) :]
    return f"978-{group}-{pub}-{title}-{chk}"


def _ean13(prefix="") -> str:
    body = prefix + _digits(12 - len(prefix), first_nonzero=not prefix)
    chk = (10 - sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body)) % 10) % 10
    return body + str(chk)


def _luhn_bad(n: int) -> str:
    while True:
        d = _digits(n)
        if not luhn_ok(d):
            return d


def _aba() -> str:
    while True:
        pre = rng.choice(
            [
                "01",
                "02",
                "03",
                "04",
                "05",
                "06",
                "07",
                "08",
                "09",
                "10",
                "11",
                "12",
                "21",
                "22",
                "26",
                "28",
                "31",
                "32",
                "061",
                "071",
                "081",
                "091",
            ]
        )
        d = pre + _digits(8 - len(pre), first_nonzero=False)
        for c in "0123456789":
            x = d + c
            w = [3, 7, 1] * 3
            if sum(int(a) * b for a, b in zip(x, w)) % 10 == 0:
                return x


def _bad_ssn(kind=None) -> str:
    kind = kind or rng.choice(["000", "666", "9xx", "g00", "s0000"])
    a, g, s = ssn_parts()
    if kind == "000":
        a = "000"
    elif kind == "666":
        a = "666"
    elif kind == "9xx":
        a = str(rng.randint(900, 999))
    elif kind == "g00":
        g = "00"
    else:
        s = "0000"
    return f"{a}-{g}-{s}"


def _cpf() -> str:
    d = [rng.randint(0, 9) for _ in range(9)]
    for n in (10, 11):
        s = sum(x * w for x, w in zip(d, range(n, 1, -1)))
        r = (s * 10) % 11
        d.append(0 if r == 10 else r)
    t = "".join(map(str, d))
    return f"{t[:3]}.{t[3:6]}.{t[6:9]}-{t[9:]}"


def _date(fmt=None) -> str:
    y, m, d = rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28)
    fmt = fmt or rng.choice(["iso", "us", "eu", "dot"])
    return {
        "iso": f"{y}-{m:02d}-{d:02d}",
        "us": f"{m}/{d}/{y}",
        "eu": f"{d:02d}/{m:02d}/{y}",
        "dot": f"{d:02d}.{m:02d}.{y}",
        "cjk": f"{y}年{m}月{d}日",
        "ko": f"{y}.{m:02d}.{d:02d}",
        "apache": f"{d:02d}/{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}/{y}",
    }[fmt]


def _time() -> str:
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _mask_card() -> str:
    last = _digits(4, first_nonzero=False)
    return rng.choice(
        [
            f"**** **** **** {last}",
            f"XXXX-XXXX-XXXX-{last}",
            f"•••• {last}",
            f"************{last}",
            f"4*** **** **** {last}",
            f"5{_digits(5)}******{last}",
        ]
    )


def _bic(cc=None) -> str:
    cc = cc or rng.choice(["DE", "FR", "NL", "ES", "IT", "GB", "BE", "AT"])
    return (
        "".join(rng.choice(string.ascii_uppercase) for _ in range(4))
        + cc
        + rng.choice(["FF", "2X", "PP", "MM", "22", "HH"])
        + rng.choice(["", "", "XXX"])
    )


def filler(typ: str, args: list[str]) -> str:
    r = rng.randint
    if typ == "DIGITS":
        return _digits(int(args[0]))
    if typ == "INT":
        return str(r(int(args[0]), int(args[1])))
    if typ == "AMZ":
        return f"{r(111, 114)}-{_digits(7)}-{_digits(7)}"
    if typ == "UPS":
        return (
            "1Z"
            + _tok(6, string.ascii_uppercase + string.digits)
            + rng.choice(["03", "01", "02", "42"])
            + _digits(8, False)
        )
    if typ == "USPS":
        d = "9400" + _digits(18, False)
        return " ".join(d[i : i + 4] for i in range(0, 22, 4))
    if typ == "INVOICE":
        return f"INV-{r(2022, 2025)}-{r(1, 9999):05d}"
    if typ == "BOOKREF":
        return _tok(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    if typ == "UUID":
        h = _tok(32, "0123456789abcdef")
        h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    if typ == "HEX":
        return _tok(int(args[0]), "0123456789abcdef")
    if typ == "UPPER":
        return _tok(int(args[0]), string.ascii_uppercase + string.digits)
    if typ == "ISBN":
        return _isbn13()
    if typ == "EAN":
        return _ean13(args[0] if args else "")
    if typ == "LUHNBAD":
        d = _luhn_bad(int(args[0]) if args else 16)
        sep = args[1] if len(args) > 1 else rng.choice(["space", "none", "dash"])
        return {"space": " ", "none": "", "dash": "-"}[sep].join(
            d[i : i + 4] for i in range(0, len(d), 4)
        )
    if typ == "BADSSN":
        return _bad_ssn(args[0] if args else None)
    if typ == "ITIN":
        return (
            f"9{r(0, 9)}{r(0, 9)}-{rng.choice([r(70, 88), r(90, 92), r(94, 99)])}-{r(1, 9999):04d}"
        )
    if typ == "EIN":
        return f"{rng.choice(['12', '20', '27', '33', '45', '46', '47', '81', '84', '87', '94', '95'])}-{_digits(7, False)}"
    if typ == "ROUTING":
        return _aba()
    if typ == "ZIP4":
        return f"{r(10000, 99950)}-{r(1, 9999):04d}"
    if typ == "BADIBAN":
        return bad_iban(args)
    if typ == "RF":
        return rf_reference()
    if typ == "PRIV":
        return private_ip(args)
    if typ == "MASKCARD":
        return _mask_card()
    if typ == "MASKSSN":
        return rng.choice(["XXX-XX-", "***-**-", "xxx-xx-"]) + _digits(4, False)
    if typ == "DATE":
        return _date(args[0] if args else None)
    if typ == "TIME":
        return _time()
    if typ == "EPOCH":
        return str(r(1_650_000_000, 1_760_000_000)) + ("" if not args else _digits(3, False))
    if typ == "BIC":
        return _bic(args[0] if args else None)
    if typ == "CPF":
        return _cpf()
    if typ == "MAC":
        return ":".join(f"{r(0, 255):02X}" for _ in range(6))
    if typ == "VERSION":
        return f"{r(1, 24)}.{r(0, 40)}.{r(0, 30)}"
    if typ == "PORT":
        return str(r(1024, 65000))
    if typ == "MONEY":
        return f"{r(1, 9999)}.{r(0, 99):02d}"
    if typ == "LAST4":
        return _digits(4, False)
    if typ == "PICK":
        return rng.choice(args)
    raise ValueError(typ)


# --------------------------------------------------------------------------
# templates and rendering
# --------------------------------------------------------------------------

SLOT = re.compile(r"⟦([^⟧]+)⟧")
ENTITY_OF = {
    "PHONE": "PHONE",
    "SSN": "SSN",
    "CARD": "CARD",
    "IBAN": "IBAN",
    "IP4": "IP",
    "IP6": "IP",
    "EMAIL": "EMAIL",
    "NAME": "PERSON",
    "FIRST": "PERSON",
    "LAST": "PERSON",
    "DOB": "DOB",
    "ADDRESS": "ADDRESS",
    "URLSECRET": "URL_SECRET",
    "APIKEY": "API_KEY",
}
GEN = {
    "PHONE": lambda a, l: gen_phone(a),
    "SSN": lambda a, l: gen_ssn(a),
    "CARD": lambda a, l: gen_card(a),
    "IBAN": lambda a, l: gen_iban(a),
    "IP4": lambda a, l: gen_ip4(a),
    "IP6": lambda a, l: gen_ip6(a),
    "EMAIL": gen_email,
    "NAME": lambda a, l: gen_name(a, l),
    "FIRST": lambda a, l: gen_name(a, l, "first"),
    "LAST": lambda a, l: gen_name(a, l, "last"),
    "DOB": gen_dob,
    "ADDRESS": gen_address,
    "URLSECRET": gen_urlsecret,
    "APIKEY": gen_apikey,
}

POS: list[dict] = []
NEG: list[dict] = []


def P(lang, note, text, reps=1, phone_ok=False):
    POS.append({"lang": lang, "note": note, "text": text, "reps": reps, "phone_ok": phone_ok})


def N(lang, note, text, reps=1, phone_ok=False):
    NEG.append({"lang": lang, "note": note, "text": text, "reps": reps, "phone_ok": phone_ok})


def render(tpl: str, lang: str):
    out, spans, meta, refs = [], [], [], {}
    pos = 0
    length = 0
    for m in SLOT.finditer(tpl):
        lit = tpl[pos : m.start()]
        out.append(lit)
        length += len(lit)
        spec = m.group(1)
        ref = None
        if "@" in spec and not spec.startswith("="):
            spec, ref = spec.split("@", 1)
        if spec.startswith("="):
            value, entity, info = refs[spec[1:]]
        elif spec.startswith("~"):
            parts = spec[1:].split(":")
            value, entity, info = filler(parts[0], parts[1:]), None, {}
        else:
            parts = spec.split(":")
            value, info = GEN[parts[0]](parts[1:], lang)
            entity = ENTITY_OF[parts[0]]
        if ref:
            refs[ref] = (value, entity, info)
            REFS[ref] = refs[ref]
        if entity:
            spans.append({"entity": entity, "start": length, "end": length + len(value)})
            meta.append(info)
        out.append(value)
        length += len(value)
        pos = m.end()
    out.append(tpl[pos:])
    return "".join(out), spans, meta


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------

LANG_REGION = {
    "en": "US",
    "en-US": "US",
    "en-GB": "GB",
    "en-AU": "AU",
    "en-NZ": "NZ",
    "en-IE": "IE",
    "en-CA": "CA",
    "en-IN": "IN",
    "in": "IN",
    "hi": "IN",
    "en-ZA": "ZA",
    "en-NG": "NG",
    "en-GH": "GH",
    "en-KE": "KE",
    "en-SG": "SG",
    "en-PH": "PH",
    "fil": "PH",
    "en-PK": "PK",
    "en-MY": "MY",
    "ms": "MY",
    "es": "ES",
    "es-MX": "MX",
    "es-AR": "AR",
    "es-CO": "CO",
    "es-CL": "CL",
    "es-PE": "PE",
    "es-US": "US",
    "fr": "FR",
    "fr-BE": "BE",
    "fr-CH": "CH",
    "fr-CA": "CA",
    "fr-MA": "MA",
    "fr-SN": "SN",
    "de": "DE",
    "de-AT": "AT",
    "de-CH": "CH",
    "pt": "PT",
    "pt-PT": "PT",
    "pt-BR": "BR",
    "it": "IT",
    "nl": "NL",
    "nl-BE": "BE",
    "pl": "PL",
    "tr": "TR",
    "ru": "RU",
    "ru-KZ": "KZ",
    "uk": "UA",
    "ar": "SA",
    "ar-EG": "EG",
    "ar-AE": "AE",
    "ar-JO": "JO",
    "zh": "CN",
    "zh-TW": "TW",
    "zh-HK": "HK",
    "ja": "JP",
    "ko": "KR",
    "id": "ID",
    "vi": "VN",
    "th": "TH",
    "sw": "KE",
    "sw-TZ": "TZ",
    "el": "GR",
    "ro": "RO",
    "sv": "SE",
    "no": "NO",
    "da": "DK",
    "fi": "FI",
    "cs": "CZ",
    "hu": "HU",
    "he": "IL",
    "bn": "BD",
    "ht": "US",
    "sk": "SK",
    "hr": "HR",
    "bg": "BG",
    "lt": "LT",
    "lv": "LV",
    "et": "EE",
    "mt": "MT",
    "is": "IS",
    "sl": "SI",
    "lb": "LU",
    "hi-Latn": "IN",
    "pcm": "NG",
}

EMAIL_RE = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*\.[^\W\d_]{2,}")
EMAIL_FULL = re.compile(r"[^\s@]+@[^\s@]+\.[^\W\d_]{2,}")
RUN_RE = re.compile(r"(?<!\d)\d+(?:[ \-]\d+)*(?!\d)")
IBAN_START = re.compile(r"(?i)(?<![A-Za-z0-9])([a-z]{2})(\d{2})")
IP4_RE = re.compile(r"(?<![\d.])((?:\d{1,3}\.){3}\d{1,3})(?!\.?\d)")
IP6_RE = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")
SSN_RE = re.compile(r"(?<![\d-])(\d{3}-\d{2}-\d{4})(?![\d-])")


def mask(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "¤"
    return "".join(chars)


def leaks(text, spans, lang, phone_ok, extra_regions):
    """Return what looks like a true value but is not covered by a span."""
    t = mask(text, spans)
    found = []
    for m in RUN_RE.finditer(t):
        groups = re.split(r"[ \-]", m.group())
        for i in range(len(groups)):
            tot = ""
            for j in range(i, len(groups)):
                tot += groups[j]
                if 13 <= len(tot) <= 19 and luhn_ok(tot):
                    found.append(("CARD?", " ".join(groups[i : j + 1])))
                if len(tot) > 19:
                    break
        for run in re.findall(r"\d{13,19}", m.group()):
            if luhn_ok(run):
                found.append(("CARD?", run))
    for m in IBAN_START.finditer(t):
        cc = m.group(1).upper()
        if cc not in IBAN_SPECS:
            continue
        need = iban_bban_len(cc)
        rest, k = "", m.end()
        while k < len(t) and len(rest) < need:
            ch = t[k]
            if ch.isascii() and ch.isalnum():
                rest += ch
            elif ch != " " or (k + 1 < len(t) and t[k + 1] == " "):
                break
            k += 1
        if len(rest) == need and iban_ok(cc + m.group(2) + rest):
            found.append(("IBAN?", t[m.start() : k]))
    for m in IP4_RE.finditer(t):
        try:
            ip = ipaddress.IPv4Address(m.group(1))
        except ValueError:
            continue
        if is_public_ip(ip):
            found.append(("IP?", m.group(1)))
    for m in IP6_RE.finditer(t):
        cand = m.group().strip(":") if not m.group().startswith("::") else m.group().rstrip(":")
        for c in dict.fromkeys([cand, m.group()]):
            try:
                ip = ipaddress.IPv6Address(c)
            except ValueError:
                continue
            if is_public_ip(ip):
                found.append(("IP6?", c))
    for m in EMAIL_RE.finditer(t):
        found.append(("EMAIL?", m.group()))
    for m in SSN_RE.finditer(t):
        if ssn_valid(m.group(1)):
            found.append(("SSN?", m.group(1)))
    if not phone_ok:
        regions = ["US", LANG_REGION.get(lang, "US")] + extra_regions
        seen = []
        for reg in regions:
            if reg in seen:
                continue
            seen.append(reg)
            for pm in phonenumbers.PhoneNumberMatcher(t, reg, leniency=phonenumbers.Leniency.VALID):
                found.append(("PHONE?", pm.raw_string))
    return found


def validate_span(text, span, info, lang):
    v = text[span["start"] : span["end"]]
    e = span["entity"]
    before = text[span["start"] - 1] if span["start"] > 0 else " "
    after = text[span["end"]] if span["end"] < len(text) else " "
    if (before.isascii() and before.isalnum()) or (after.isascii() and after.isalnum()):
        return f"span touches alnum: {before!r}{v!r}{after!r}"
    if v != v.strip() or not v:
        return "whitespace at span edge"
    if e == "PHONE":
        num = phonenumbers.parse(v, info["region"])
        if not phonenumbers.is_valid_number(num):
            return "invalid phone " + v
        want = TYPES[info["type"]]
        ok = {want} if want == PNT.TOLL_FREE else {want, PNT.FIXED_LINE_OR_MOBILE}
        if phonenumbers.number_type(num) not in ok:
            return f"phone {v} is not {info['type']}"
    elif e == "SSN":
        if not ssn_valid(v):
            return "invalid ssn " + v
    elif e == "CARD":
        d = re.sub(r"[ -]", "", v)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
            return "invalid card " + v
    elif e == "IBAN":
        if not iban_ok(v):
            return "invalid iban " + v
    elif e == "IP":
        if not is_public_ip(v):
            return "non-global ip " + v
    elif e == "EMAIL":
        if info.get("form") != "obfuscated" and not EMAIL_FULL.fullmatch(v):
            return "bad email " + v
    return None


# ==========================================================================
# POSITIVE TEMPLATES
# ==========================================================================

# ---------------- PHONE: English-speaking regions ----------------
P(
    "en-GB",
    "SMS, new mobile number",
    "hey it's ⟦FIRST⟧ — got a new phone, this is my number now ⟦PHONE:GB:mobile:natl⟧ (old one is dead)",
)
P(
    "en-US",
    "e-mail signature with mobile and office ext",
    "Thanks,\n⟦NAME@n⟧\nSenior Account Manager | Northwind Freight\nM: ⟦PHONE:US:mobile:dash⟧ | O: ⟦PHONE:US:fixed:natl:ext⟧\n⟦EMAIL:of=n:dom=northwind-freight.com⟧",
)
P(
    "en-US",
    "voicemail transcript",
    "Hi, this is ⟦FIRST⟧ from Brookside Dental calling to confirm your appointment on Thursday at 3:15. If you need to reschedule please call us back at ⟦PHONE:US:fixed:natl⟧. Thank you, bye.",
)
P(
    "en-US",
    "classified ad, dotted number",
    "Selling my 2014 Honda Civic, 98k miles, $7,900 OBO. Text only ⟦PHONE:US:mobile:dot⟧ no lowballers, no scammers",
)
P(
    "en-AU",
    "AU SMS",
    "I'm out the front mate, ring me on ⟦PHONE:AU:mobile:natl⟧ if you can't see the car",
)
P(
    "en-NZ",
    "NZ chat",
    "Kia ora, it's ⟦FIRST⟧ here. My number's ⟦PHONE:NZ:mobile⟧ — flick me a text when you land x",
)
P(
    "en-IN",
    "Indian English rental enquiry, 10 bare digits",
    "Dear sir, kindly contact me on my mobile no. ⟦PHONE:IN:mobile:nsn⟧ regarding the 2BHK flat on rent in Koramangala. Regards, ⟦NAME:in⟧",
)
P(
    "en-ZA",
    "ZA room enquiry",
    "Hi, I'm interested in the room in Observatory. My cell is ⟦PHONE:ZA:mobile:natl⟧, WhatsApp also works.",
)
P(
    "pcm",
    "Nigerian Pidgin SMS",
    "Abeg call me on ⟦PHONE:NG:mobile:natl⟧ when you reach the junction, network no good for here",
)
P("en-SG", "SG chat", "ok can, just whatsapp me at ⟦PHONE:SG:mobile⟧ lah, I reply faster there")
P(
    "en-IE",
    "IE viewing",
    "Hi, it's about the viewing tomorrow — you can reach me on ⟦PHONE:IE:mobile:natl⟧ any time after 5.",
)
P(
    "en-CA",
    "CA contact update with two numbers",
    "Please update my contact info: home phone ⟦PHONE:CA:fixed:natl⟧, cell ⟦PHONE:CA:mobile:dash⟧. Thanks!",
)
P(
    "en-US",
    "web form, bare digits",
    "Full name: ⟦NAME⟧\nPhone: ⟦PHONE:US:mobile:plain⟧\nBest time to call: evenings\nMessage: Looking for a quote on roof repair, about 1,800 sq ft.",
)
P(
    "fil",
    "Taglish SMS",
    "Ate, pa-text naman po ako sa ⟦PHONE:PH:mobile:natl⟧ pag nandiyan na yung package. Salamat po!",
)
P(
    "en-GH",
    "GH message",
    "Please call my brother on ⟦PHONE:GH:mobile⟧, he will bring the documents to the office on Monday.",
)
P(
    "en-US",
    "call-centre transcript, callback number spaced",
    "Agent: Can I get a good callback number in case we get disconnected?\nCaller: Yeah, it's ⟦PHONE:US:mobile:space⟧.\nAgent: And is that a mobile?\nCaller: Yes, cell.",
)
P(
    "en-US",
    "vCard",
    "BEGIN:VCARD\nVERSION:3.0\nFN:⟦NAME@n⟧\nORG:Lakeshore Realty\nTEL;TYPE=CELL:⟦PHONE:US:mobile:e164⟧\nTEL;TYPE=WORK:⟦PHONE:US:fixed:natl⟧\nEMAIL:⟦EMAIL:of=n⟧\nEND:VCARD",
)
P(
    "en-AU",
    "group chat, plumber's number",
    "anyone got the plumber's number?\n> ⟦PHONE:AU:fixed:natl⟧ ask for ⟦FIRST⟧, he did ours last winter",
)
P(
    "en-CA",
    "number on the line after the question",
    "What's the best number to reach you at?\n\n⟦PHONE:CA:mobile:natl⟧",
)
P("en-US", "emergency contact", "Emergency contact: ⟦NAME⟧ (mother) — ⟦PHONE:US:mobile:natl⟧")
P(
    "en-GB",
    "hotel booking line, Italian guest",
    "Guest: ⟦NAME:it⟧ | Tel: ⟦PHONE:IT:mobile:intl⟧ | Arrival 14 Jun | Room: Deluxe Double | Booking ref: ⟦~BOOKREF⟧",
)
P(
    "en-US",
    "social post, 1- prefix",
    "DM us or just call ⟦PHONE:US:fixed:one_dash⟧, we're open till 9 tonight 🍕",
)
P(
    "en-GB",
    "SMS gateway log line, E.164",
    "2024-04-02T10:11:09Z sms.dispatch to=⟦PHONE:GB:mobile:e164⟧ template=otp_v2 status=delivered latency_ms=812",
)
P(
    "en-GB",
    "lost-dog poster, landline and mobile",
    "LOST DOG! Brown labrador, answers to Biscuit, last seen near Elm Park on Sunday. Please phone ⟦PHONE:GB:fixed:natl⟧ or ⟦PHONE:GB:mobile:natl⟧. Reward offered.",
)
P(
    "en-US",
    "toll-free support line",
    "Questions about your bill? Call our support team toll-free at ⟦PHONE:US:tollfree:dash⟧, Monday–Friday 8am–8pm ET.",
)
P(
    "en-GB",
    "email body, trunk (0) format",
    "Dear ⟦FIRST⟧,\n\nFurther to our call, I can be reached directly on ⟦PHONE:GB:fixed:trunk_paren⟧ during office hours.\n\nKind regards,\n⟦NAME⟧",
)
P("en-US", "contact block without cue words", "⟦NAME@n⟧\n⟦PHONE:US:mobile:natl⟧\n⟦EMAIL:of=n⟧")
P(
    "en-US",
    "phonebook CSV, mixed countries",
    "name,number,label\n⟦NAME⟧,⟦PHONE:US:mobile:e164⟧,mobile\n⟦NAME:de⟧,⟦PHONE:DE:mobile:e164⟧,work\n⟦NAME:in⟧,⟦PHONE:IN:mobile:e164⟧,home",
)
P(
    "en-US",
    "JSON customer record",
    '{"customer_id": ⟦~INT:100000:999999⟧, "name": "⟦NAME⟧", "phone": "⟦PHONE:US:mobile:e164⟧", "newsletter": false, "created": "⟦~DATE:iso⟧"}',
)
P(
    "en-IE",
    "YAML contacts",
    'contacts:\n  - name: ⟦NAME⟧\n    phone: "⟦PHONE:IE:mobile:intl⟧"\n    role: landlord\n  - name: ⟦NAME⟧\n    phone: "⟦PHONE:IE:fixed:intl⟧"\n    role: letting agent',
)
P(
    "en-US",
    "support ticket with order number distractor",
    "Ticket #⟦~INT:40000:89999⟧ — Customer says order ⟦~AMZ⟧ never arrived. Asked for callback at ⟦PHONE:US:mobile:dash⟧ after 6pm.",
)
P(
    "en-AU",
    "real-estate listing",
    "Inspections by appointment. Contact ⟦NAME⟧ on ⟦PHONE:AU:mobile:natl⟧ or the office on ⟦PHONE:AU:fixed:intl⟧.",
)
P(
    "en-US",
    "text thread, number without cue",
    "you: who do I talk to about the sublet?\nme: ⟦FIRST⟧ ⟦PHONE:US:mobile:dash⟧ tell her I sent you",
)
P(
    "en-GB",
    "GP surgery letter footer",
    "Riverside Medical Practice · Appointments ⟦PHONE:GB:fixed:natl⟧ · Out of hours please dial 111",
)
P(
    "en-US",
    "Craigslist-style number written with spaces and brackets",
    "moving sale sat 8-2, furniture, tools, kids stuff. questions? ⟦PHONE:US:mobile:natl⟧ (text pls)",
)
P(
    "hi-Latn",
    "Hinglish WhatsApp",
    "bhai mera naya number ⟦PHONE:IN:mobile:intl⟧ hai, save kar le. purana wala band ho gaya",
)
P(
    "en-PK",
    "PK classified",
    "Honda CD70 2021 model for sale, genuine condition. Kindly WhatsApp at ⟦PHONE:PK:mobile:natl⟧ for price. No time wasters.",
)
P(
    "ms",
    "Malay message",
    "Sila hubungi saya di talian ⟦PHONE:MY:mobile:natl⟧ untuk maklumat lanjut. Terima kasih.",
)
P(
    "sw",
    "Swahili SMS",
    "Habari, naitwa ⟦FIRST:sw⟧. Nipigie kwa namba ⟦PHONE:KE:mobile:natl⟧ kesho asubuhi tafadhali.",
)
P(
    "sw-TZ",
    "Swahili business",
    "Kwa oda na maulizo wasiliana nasi kupitia ⟦PHONE:TZ:mobile:intl⟧ (WhatsApp pia).",
)
P(
    "en-US",
    "conference badge scan export",
    "Lead captured 10:42 — ⟦NAME@n⟧, VP Operations, Tallgrass Energy — ⟦EMAIL:of=n:dom=tallgrass-energy.com⟧ — ⟦PHONE:US:fixed:intl⟧ — interested in fleet tracking demo",
)
P(
    "en-US",
    "pharmacy automated SMS",
    "CVS Pharmacy: Your prescription is ready for pickup. Reply STOP to opt out. Questions? ⟦PHONE:US:fixed:natl⟧",
)
P(
    "fr-CA",
    "French-Canadian voicemail note",
    "Appelez-moi au ⟦PHONE:CA:mobile:dash⟧ après 18 h, svp. C'est pour le déménagement de samedi.",
)

# ---------------- PHONE: Europe ----------------
P(
    "es",
    "Spanish WhatsApp",
    "Hola! Soy ⟦FIRST:es⟧, te paso mi móvil: ⟦PHONE:ES:mobile:natl⟧. Llámame cuando puedas 😊",
)
P(
    "es",
    "Spanish clinic, fixed line",
    "Clínica Dental Sonrisa — Cita previa: ⟦PHONE:ES:fixed:natl⟧ (de lunes a viernes, 9:00–20:00)",
)
P(
    "es",
    "Spanish form, 0034 prefix",
    "Nombre y apellidos: ⟦NAME:es⟧\nTeléfono de contacto: ⟦PHONE:ES:mobile:00⟧\nMotivo: solicitud de presupuesto de reforma de cocina",
)
P(
    "fr",
    "French SMS, dotted",
    "Salut, c'est ⟦FIRST:fr⟧ ! Mon nouveau numéro : ⟦PHONE:FR:mobile:dot⟧ — tu peux effacer l'ancien.",
)
P(
    "fr",
    "French signature, fixed and mobile",
    "Cordialement,\n⟦NAME:fr⟧\nResponsable des achats – Atelier Roux\nTél. : ⟦PHONE:FR:fixed:natl⟧\nPortable : ⟦PHONE:FR:mobile:intl⟧",
)
P(
    "fr",
    "French classified, no cue",
    "Vends vélo électrique Decathlon, très bon état, 650 €. Pas sérieux s'abstenir. ⟦PHONE:FR:mobile:natl⟧",
)
P(
    "fr-BE",
    "Belgian French callback",
    "Bonjour, pouvez-vous me rappeler au ⟦PHONE:BE:mobile:natl⟧ ? C'est au sujet du devis n° ⟦~DIGITS:6⟧. Merci.",
)
P(
    "fr-CH",
    "Swiss French secretariat",
    "Pour toute question, appelez le secrétariat au ⟦PHONE:CH:fixed:natl⟧ (lu–ve 8 h 30–12 h).",
)
P(
    "fr-MA",
    "Moroccan delivery",
    "Pour la livraison à Casablanca, contactez le livreur au ⟦PHONE:MA:mobile:natl⟧ avant 17h.",
)
P("fr-SN", "Senegal contact", "Je suis joignable au ⟦PHONE:SN:mobile⟧ (Orange) ou sur WhatsApp.")
P(
    "fr",
    "French dialogue, answer on next line",
    "— T'as le numéro du serrurier ?\n— Attends… ⟦PHONE:FR:fixed:natl⟧",
)
P(
    "de",
    "German SMS callback",
    "Hallo ⟦FIRST:de⟧, ruf mich bitte zurück unter ⟦PHONE:DE:mobile:natl⟧. LG",
)
P(
    "de",
    "German signature, slash numbers, fax",
    "Mit freundlichen Grüßen\n\n⟦NAME:de@n⟧\nVertriebsinnendienst\nNordlicht Logistik GmbH\nTel.: ⟦PHONE:DE:fixed:slash⟧\nFax: ⟦PHONE:DE:fixed:slash⟧\n⟦EMAIL:of=n:dom=nordlicht-logistik.de⟧",
)
P(
    "de-AT",
    "Austrian callback",
    "Bitte um Rückruf: ⟦PHONE:AT:mobile:natl⟧ (ab 17 Uhr erreichbar). Danke!",
)
P(
    "de-CH",
    "Swiss German e-mail",
    "Sie erreichen mich unter ⟦PHONE:CH:mobile:intl⟧ oder per Mail. Freundliche Grüsse, ⟦NAME:de⟧",
)
P(
    "de",
    "German Impressum, +49 (0)",
    "Impressum\nAngaben gemäß § 5 TMG\nVertreten durch: ⟦NAME:de@n⟧\nTelefon: ⟦PHONE:DE:fixed:trunk_paren⟧\nE-Mail: ⟦EMAIL:de:of=n⟧\nUSt-IdNr.: DE⟦~DIGITS:9⟧",
)
P(
    "de",
    "German doctor's note, bracket area code",
    "Praxis Dr. med. ⟦LAST:de⟧ – Terminvereinbarung unter ⟦PHONE:DE:fixed:paren⟧, Sprechzeiten Mo–Fr 8–12 Uhr",
)
P(
    "de",
    "German JSON CRM export",
    '{"kunde": "⟦NAME:de⟧", "telefon": "⟦PHONE:DE:mobile:intl⟧", "kundennummer": "K-⟦~DIGITS:6⟧", "ort": "Leipzig"}',
)
P(
    "it",
    "Italian WhatsApp",
    "Ciao, sono ⟦FIRST:it⟧, questo è il mio cellulare ⟦PHONE:IT:mobile:natl⟧, scrivimi su WhatsApp quando arrivi",
)
P(
    "it",
    "Italian restaurant",
    "Trattoria Al Ponte – per prenotazioni: tel. ⟦PHONE:IT:fixed:natl⟧ – chiuso il lunedì",
)
P(
    "pt-PT",
    "Portuguese callback",
    "Boa tarde, pode ligar-me para o ⟦PHONE:PT:mobile:natl⟧ a partir das 14h? Obrigado.",
)
P(
    "nl",
    "Dutch app message",
    "Hoi! Mijn nummer is ⟦PHONE:NL:mobile:natl⟧, app me maar even als je er bent.",
)
P(
    "nl",
    "Dutch company, fixed",
    "Bel ons gerust op ⟦PHONE:NL:fixed:natl⟧ (ma t/m vr 8.30–17.00) of mail naar ⟦EMAIL:nl:corp⟧.",
)
P(
    "nl-BE",
    "Flemish callback, intl",
    "Gelieve mij terug te bellen op ⟦PHONE:BE:mobile:intl⟧. Alvast bedankt, ⟦NAME:nl⟧",
)
P(
    "pl",
    "Polish SMS",
    "Cześć, tu ⟦FIRST:pl⟧. Mój numer: ⟦PHONE:PL:mobile:natl⟧, dzwoń śmiało po 16.",
)
P(
    "pl",
    "Polish company footer",
    "W razie pytań prosimy o kontakt pod numerem tel. ⟦PHONE:PL:fixed:intl⟧ lub mailowo.",
)
P(
    "ro",
    "Romanian callback",
    "Bună ziua, mă puteți suna la ⟦PHONE:RO:mobile:natl⟧ după ora 17. Mulțumesc!",
)
P(
    "el",
    "Greek chat",
    "Γεια σου, το κινητό μου είναι ⟦PHONE:GR:mobile:natl⟧, πάρε με όταν φτάσεις στο λιμάνι.",
)
P("sv", "Swedish", "Hej! Ring mig på ⟦PHONE:SE:mobile:natl⟧ så bestämmer vi en tid för visningen.")
P("no", "Norwegian", "Ring meg på ⟦PHONE:NO:mobile:natl⟧ hvis du lurer på noe om leiligheten.")
P("da", "Danish", "Du kan fange mig på ⟦PHONE:DK:mobile:natl⟧ hele dagen, ellers læg en besked.")
P("fi", "Finnish", "Soita minulle numeroon ⟦PHONE:FI:mobile:natl⟧, kiitos! T. ⟦FIRST:fi⟧")
P("cs", "Czech", "Dobrý den, volejte prosím na ⟦PHONE:CZ:mobile:natl⟧, jsem k zastižení celý den.")
P("hu", "Hungarian", "Kérem, hívjon vissza a ⟦PHONE:HU:mobile:intl⟧ számon délután.")
P(
    "uk",
    "Ukrainian",
    "Доброго дня! Телефонуйте за номером ⟦PHONE:UA:mobile:natl⟧, будь ласка, після обіду.",
)
P(
    "ru",
    "Russian SMS",
    "Привет! Это ⟦FIRST:ru⟧, мой новый номер ⟦PHONE:RU:mobile:natl⟧, сохрани пожалуйста.",
)
P(
    "ru",
    "Russian ad, international",
    "Сдаю однокомнатную квартиру у метро. Контактный телефон: ⟦PHONE:RU:mobile:intl⟧ (звонить после 18:00)",
)
P("ru-KZ", "Kazakhstan", "Звоните: ⟦PHONE:KZ:mobile:intl⟧, доставка по Алматы бесплатно.")
P(
    "tr",
    "Turkish classified",
    "Merhaba, ilanla ilgili arıyorum. Numaram ⟦PHONE:TR:mobile:natl⟧, müsait olunca dönüş yapabilir misiniz?",
)
P(
    "tr",
    "Turkish shop",
    "Sipariş için bizi ⟦PHONE:TR:fixed:natl⟧ numaralı telefondan arayabilirsiniz.",
)
P("he", "Hebrew chat", "היי, המספר שלי ⟦PHONE:IL:mobile:natl⟧, תתקשר בערב")

# ---------------- PHONE: Latin America ----------------
P(
    "es-MX",
    "Mexican rental enquiry, 10 digits",
    "Buenas tardes, me interesa el departamento en renta. Mi cel es ⟦PHONE:MX:mobile:nsn⟧, ¿me puede mandar fotos por WhatsApp?",
)
P(
    "es-AR",
    "Argentine, 15 mobile format",
    "Cualquier cosa llamame al ⟦PHONE:AR:mobile:natl⟧ che, estoy todo el día en el local",
)
P(
    "es-CO",
    "Colombian delivery",
    "Para coordinar la entrega comuníquese al ⟦PHONE:CO:mobile⟧ (WhatsApp) con ⟦NAME:es⟧.",
)
P("es-CL", "Chilean contact line", "Contacto: ⟦NAME:es⟧ – fono ⟦PHONE:CL:mobile⟧")
P(
    "es-PE",
    "Peruvian order SMS",
    "Señor(a), su pedido ya salió de almacén. Cualquier consulta al ⟦PHONE:PE:mobile:natl⟧.",
)
P(
    "pt-BR",
    "Brazilian zap",
    "Oi, tudo bem? Meu zap é ⟦PHONE:BR:mobile:natl⟧, me chama lá que te passo o endereço",
)
P(
    "pt-BR",
    "Brazilian form with CPF",
    "Nome: ⟦NAME:pt⟧\nCelular: ⟦PHONE:BR:mobile:intl⟧\nCPF: ⟦~CPF⟧\nCidade: Campinas – SP",
)
P(
    "pt-BR",
    "Brazilian business landline",
    "Atendimento ao cliente: ⟦PHONE:BR:fixed:natl⟧, de segunda a sexta das 8h às 18h.",
)

# ---------------- PHONE: Asia, Middle East, Africa ----------------
P("ar", "Saudi WhatsApp", "السلام عليكم، رقم جوالي ⟦PHONE:SA:mobile:natl⟧ تواصل معي على الواتساب")
P("ar-AE", "UAE booking", "للحجز والاستفسار يرجى الاتصال على ⟦PHONE:AE:mobile:intl⟧")
P("ar-EG", "Egyptian Arabic", "ممكن تكلمني على الرقم ده ⟦PHONE:EG:mobile:natl⟧ بعد الساعة خمسة")
P("ar-JO", "Jordan listing", "شقة للإيجار في عمّان، الطابق الثالث. هاتف: ⟦PHONE:JO:mobile:intl⟧")
P("hi", "Hindi", "नमस्ते, मेरा मोबाइल नंबर ⟦PHONE:IN:mobile:nsn⟧ है, कृपया शाम को कॉल करें।")
P("bn", "Bengali", "যোগাযোগ: ⟦PHONE:BD:mobile:natl⟧ (সকাল ১০টা থেকে রাত ৮টা)")
P(
    "zh",
    "Chinese mobile, 11 digits",
    "你好，我是⟦NAME:zh⟧，我的手机号是⟦PHONE:CN:mobile:nsn⟧，有事随时联系。",
)
P("zh", "Chinese landline with area code", "联系电话：⟦PHONE:CN:fixed:natl⟧（工作日9:00-18:00）")
P(
    "zh",
    "Chinese dashed mobile in delivery note",
    "收货人：⟦NAME:zh⟧ 电话：⟦PHONE:CN:mobile:dash⟧ 备注：放门卫",
)
P("zh-TW", "Taiwanese", "您好，我的電話是 ⟦PHONE:TW:mobile:natl⟧，麻煩再跟我確認取貨時間。")
P("zh-HK", "Hong Kong", "送貨前請致電 ⟦PHONE:HK:mobile:natl⟧ 聯絡⟦NAME:zht⟧，謝謝。")
P(
    "ja",
    "Japanese business mail",
    "お世話になっております。⟦NAME:ja⟧です。携帯番号は⟦PHONE:JP:mobile:natl⟧です。よろしくお願いいたします。",
)
P("ja", "Japanese shop info", "お問い合わせ：TEL ⟦PHONE:JP:fixed:natl⟧（平日10時〜18時）")
P(
    "ko",
    "Korean text",
    "안녕하세요, ⟦NAME:ko⟧입니다. 제 번호는 ⟦PHONE:KR:mobile:natl⟧ 입니다. 문자 주세요.",
)
P("ko", "Korean shipping", "배송 문의: ⟦PHONE:KR:fixed:natl⟧ (평일 09:00~18:00)")
P(
    "id",
    "Indonesian WA",
    "Halo kak, ini nomor WA saya ⟦PHONE:ID:mobile:natl⟧, nanti kabari kalau paketnya sudah dikirim ya",
)
P(
    "vi",
    "Vietnamese",
    "Chào anh, em là ⟦FIRST:vi⟧, số của em là ⟦PHONE:VN:mobile:natl⟧, anh gọi lại giúp em nhé.",
)
P("th", "Thai", "สวัสดีค่ะ ติดต่อกลับได้ที่เบอร์ ⟦PHONE:TH:mobile:natl⟧ นะคะ")
P(
    "fil",
    "Filipino",
    "Para sa reservation, tumawag lang po sa ⟦PHONE:PH:fixed:intl⟧ o mag-message sa page namin.",
)
P(
    "en-SG",
    "SG office",
    "Our clinic line is ⟦PHONE:SG:fixed⟧. For after-hours emergencies please go to the nearest A&E.",
)
P(
    "en-NG",
    "Lagos landline/office",
    "For enquiries: ⟦PHONE:NG:mobile:intl⟧, ⟦PHONE:NG:mobile:intl⟧ (Mon–Sat)",
)
P(
    "en-ZA",
    "ZA landline",
    "Dr ⟦LAST⟧'s rooms: ⟦PHONE:ZA:fixed:natl⟧. Please bring your medical aid card.",
)
P(
    "en-IN",
    "Indian landline with STD code",
    "Office: ⟦PHONE:IN:fixed:natl⟧ | Mobile: ⟦PHONE:IN:mobile:intl_plain⟧",
)
P("en-AU", "AU toll-free", "Call us free on ⟦PHONE:AU:tollfree:natl⟧ or visit any branch.")
P("en-GB", "UK freephone", "Lines are open 8am–8pm. Freephone ⟦PHONE:GB:tollfree:natl⟧.")

# ---------------- PHONE: generic international, any region ----------------
P("en", "WhatsApp business card, international", "Reach me on WhatsApp: ⟦PHONE⟧", reps=4)
P(
    "en",
    "travel agent notes, two international numbers",
    "Pickup driver: ⟦PHONE⟧\nHotel front desk: ⟦PHONE⟧\nFlight lands 14:35, terminal 2",
    reps=2,
)
P(
    "en",
    "CRM note, international",
    "Spoke with ⟦FIRST⟧ — prefers calls on ⟦PHONE⟧ rather than email. Follow up next Tuesday re: renewal of contract ⟦~UPPER:8⟧.",
    reps=3,
)
P(
    "en",
    "signup log",
    "[⟦~DATE:iso⟧ ⟦~TIME⟧] INFO user.signup id=⟦~INT:1000000:9999999⟧ phone=⟦PHONE:intl_plain⟧ verified=false",
    reps=2,
)

# ---------------- SSN ----------------
P(
    "en-US",
    "W-2 form",
    "Form W-2 Wage and Tax Statement 2023\na  Employee's social security number: ⟦SSN:dash⟧\nb  Employer identification number (EIN): ⟦~EIN⟧\nc  Employer's name: Harbor Point Logistics LLC\ne  Employee's first name and initial / Last name: ⟦NAME⟧\n1  Wages, tips, other compensation: 58,214.77\n2  Federal income tax withheld: 6,981.02",
)
P(
    "en-US",
    "chat, lease application",
    "can you send me your social so I can finish the lease app tonight?\n\n⟦SSN:dash⟧ — pls delete this after lol",
)
P(
    "en-US",
    "HR CSV export",
    "emp_id,first_name,last_name,ssn,hire_date,dept\n⟦~INT:1000:9999⟧,⟦FIRST⟧,⟦LAST⟧,⟦SSN:dash⟧,2019-04-15,Finance\n⟦~INT:1000:9999⟧,⟦FIRST⟧,⟦LAST⟧,⟦SSN:dash⟧,2021-11-01,Warehouse\n⟦~INT:1000:9999⟧,⟦FIRST⟧,⟦LAST⟧,⟦SSN:dash⟧,2023-02-20,IT",
    reps=2,
)
P(
    "en-US",
    "medical intake, spaced SSN",
    "PATIENT INTAKE\nPatient Name: ⟦NAME⟧\nDOB: ⟦DOB:us⟧\nSSN: ⟦SSN:space⟧\nInsurance: Aetna PPO  Member ID W⟦~DIGITS:9⟧\nReason for visit: follow-up, lower back pain",
)
P(
    "en-US",
    "support ticket, identity verification",
    "Customer called in to unlock account. Verified identity with full SSN ⟦SSN:dash⟧ and billing ZIP. Account unlocked, password reset link sent.",
)
P(
    "en-US",
    "loan application JSON, bare digits",
    '{"application_id": "LA-⟦~DIGITS:7⟧", "applicant": {"name": "⟦NAME⟧", "ssn": "⟦SSN:plain⟧", "dob": "⟦DOB:iso⟧", "annual_income": 84000}, "product": "auto_refi"}',
)
P(
    "en-US",
    "CRM note, SSN# shorthand",
    "pulled credit for ⟦FIRST⟧ ⟦LAST⟧ SSN# ⟦SSN:dash⟧, score came back 712, ok to proceed",
)
P(
    "en-US",
    "tax preparer e-mail",
    "Hi ⟦FIRST⟧,\n\nFor your 1040 I still need your daughter's Social Security number. You wrote ⟦SSN:dash⟧ on the intake sheet but it doesn't match her card — can you double-check and send a photo of the card?\n\nThanks,\n⟦NAME⟧, EA",
)
P(
    "es-US",
    "Spanish, US SSN for paperwork",
    "Para el trámite necesito su número de Seguro Social (SSN): ⟦SSN:dash⟧. ¿Es correcto?",
)
P(
    "es-US",
    "Spanish job application SMS",
    "Mi número de seguro social es ⟦SSN:space⟧, ¿lo necesita para la solicitud de empleo?",
)
P(
    "fr",
    "French, American SSN",
    "Numéro de sécurité sociale américain (SSN) : ⟦SSN:dash⟧ — à joindre au dossier de visa.",
)
P(
    "de",
    "German, US social security number",
    "Die US-Sozialversicherungsnummer (SSN) des Mitarbeiters lautet ⟦SSN:dash⟧, bitte in der Lohnabrechnung für die US-Niederlassung hinterlegen.",
)
P(
    "pt-BR",
    "Portuguese, SSN for US bank",
    "Meu Social Security Number é ⟦SSN:dash⟧, preciso dele pra abrir a conta no banco aqui nos EUA.",
)
P("zh", "Chinese, US SSN", "美国社会安全号码（SSN）：⟦SSN:dash⟧，请勿外传。")
P("ja", "Japanese, US SSN", "米国社会保障番号（SSN）：⟦SSN:dash⟧（W-4提出用）")
P("ko", "Korean, US SSN", "미국 사회보장번호(SSN): ⟦SSN:dash⟧ — 세금 보고 때 필요합니다.")
P(
    "vi",
    "Vietnamese, US SSN",
    "Số An sinh Xã hội (SSN) của tôi là ⟦SSN:dash⟧, chị điền giúp em vào đơn nhé.",
)
P(
    "fil",
    "Filipino, apartment application",
    "Ito po yung SSN ko: ⟦SSN:dash⟧, para sa application sa apartment.",
)
P(
    "ru",
    "Russian, US SSN",
    "Номер социального страхования США (SSN): ⟦SSN:dash⟧. Нужен для оформления кредита.",
)
P(
    "pl",
    "Polish, US SSN",
    "Mój amerykański numer Social Security (SSN) to ⟦SSN:space⟧ — potrzebny do zeznania podatkowego.",
)
P(
    "en-IN",
    "Indian English, H-1B onboarding",
    "Hi team, please find my SSN ⟦SSN:dash⟧ for the H-1B payroll onboarding. My employee code is ⟦~DIGITS:6⟧.",
)
P("ar", "Arabic, US SSN", "رقم الضمان الاجتماعي الأمريكي الخاص بي هو ⟦SSN:dash⟧")
P(
    "ht",
    "Haitian Creole",
    "Nimewo sekirite sosyal mwen se ⟦SSN:dash⟧, mwen bezwen li pou aplikasyon Medicaid la.",
)
P("it", "Italian, US SSN", "Numero di previdenza sociale USA (SSN): ⟦SSN:dash⟧")
P(
    "en-US",
    "call transcript with DOB",
    "Agent: For verification, can I have your Social Security number?\nCaller: Sure, it's ⟦SSN:space⟧.\nAgent: Thank you. And your date of birth?\nCaller: ⟦DOB:us_long⟧.\nAgent: Perfect, you're verified.",
)
P(
    "en-US",
    "cue on the line above",
    "Social Security No.\n⟦SSN:dash⟧\n\nDriver's License No.\n⟦~UPPER:1⟧⟦~DIGITS:7⟧",
)
P(
    "en-US",
    "markdown table",
    "| Name | SSN | State |\n|---|---|---|\n| ⟦NAME⟧ | ⟦SSN:dash⟧ | OH |\n| ⟦NAME⟧ | ⟦SSN:dash⟧ | TX |\n| ⟦NAME⟧ | ⟦SSN:dash⟧ | GA |",
)
P(
    "en-US",
    "TSV export, bare digits in SSN column",
    "LAST\tFIRST\tSSN\tDEPT\tSTATUS\n⟦LAST⟧\t⟦FIRST⟧\t⟦SSN:plain⟧\tOps\tA\n⟦LAST⟧\t⟦FIRST⟧\t⟦SSN:plain⟧\tSales\tT",
)
P(
    "en-US",
    "background check result",
    "Subject: ⟦NAME⟧ | SSN ⟦SSN:dash⟧ | DOB ⟦DOB:us⟧ | County criminal: CLEAR | Employment verified: YES",
)
P(
    "en-US",
    "API access log with SSN in query",
    '⟦~PRIV:10⟧ - - [⟦~DATE:apache⟧:⟦~TIME⟧ -0500] "GET /api/v1/member/lookup?ssn=⟦SSN:plain⟧&state=CA HTTP/1.1" 200 412',
)
P(
    "en-US",
    "validation error log",
    "ValidationError: field 'ssn' value '⟦SSN:dash⟧' already exists for another employee (employee_id=⟦~INT:10000:99999⟧)",
)
P("en-US", "SMS", "my ss# is ⟦SSN:dash⟧ for the form, the rest u already have")
P(
    "en-US",
    "divorce petition",
    "Petitioner's Social Security Number: ⟦SSN:dash⟧\nRespondent's Social Security Number: ⟦SSN:dash⟧\nDate of marriage: ⟦~DATE:us⟧",
)
P(
    "en-US",
    "FAFSA-style worksheet",
    "Student SSN: ⟦SSN:dash⟧\nParent 1 SSN: ⟦SSN:dash⟧\nParent 2 SSN: ⟦SSN:dash⟧\nParents' adjusted gross income: $71,450",
)
P(
    "en-US",
    "I-9 e-mail",
    "Attached is the completed I-9 for ⟦NAME⟧. Her SSN is ⟦SSN:dash⟧ and her USCIS number is ⟦~DIGITS:9⟧. Start date Monday.",
)
P(
    "en-US",
    "bank KYC form",
    "Taxpayer Identification Number (SSN or ITIN): ⟦SSN:dash⟧\nCitizenship: U.S.\nOccupation: Nurse",
)
P(
    "en-US",
    "benefits enrollment dependents",
    "Dependent 1: ⟦NAME⟧, child, DOB ⟦DOB:us:child⟧, SSN ⟦SSN:dash⟧\nDependent 2: ⟦NAME⟧, child, DOB ⟦DOB:us:child⟧, SSN ⟦SSN:dash⟧",
)
P(
    "en-US",
    "1099-NEC",
    "Form 1099-NEC  2024\nPAYER'S TIN ⟦~EIN⟧\nRECIPIENT'S TIN ⟦SSN:dash⟧\nRECIPIENT'S name ⟦NAME⟧\n1 Nonemployee compensation $12,600.00",
)
P(
    "en-US",
    "W-4 field",
    "Step 1(a) First name and middle initial: ⟦FIRST⟧ J.   Last name: ⟦LAST⟧\nStep 1(b) Social security number: ⟦SSN:dash⟧\nStep 1(c) [x] Single or Married filing separately",
)
P(
    "en-US",
    "phone call notes, spaced",
    "Called re: unemployment claim. Claimant gave SSN ⟦SSN:space⟧, claim week ending 3/9. Payment pending adjudication.",
)
P(
    "en-US",
    "e-mail, landlord",
    "Hi, I'm applying for unit 4B. Name ⟦NAME⟧, SSN ⟦SSN:dash⟧, current employer Lakeshore Realty. Let me know if you need pay stubs.",
)
P(
    "en-US",
    "fixed-width mainframe extract",
    "⟦SSN:plain⟧ ⟦NAME⟧   HIRE 20190314  GRADE A  RATE 004512.33",
)
P(
    "en-US",
    "Slack message",
    "@channel whoever pasted ⟦SSN:dash⟧ in #general please delete it, that's ⟦FIRST⟧'s social 🤦",
)
P(
    "en-US",
    "YAML test fixture-like employee record",
    'employee:\n  name: ⟦NAME⟧\n  ssn: "⟦SSN:dash⟧"\n  title: Forklift Operator\n  pay_rate: 21.50',
)
P(
    "en-US",
    "SQL insert",
    "INSERT INTO patients (mrn, full_name, ssn, dob) VALUES ('⟦~DIGITS:8⟧', '⟦NAME⟧', '⟦SSN:dash⟧', '⟦DOB:iso⟧');",
)
P(
    "en-US",
    "medical claim line",
    "CLAIM ⟦~DIGITS:12⟧ | Subscriber: ⟦NAME⟧ | Subscriber SSN: ⟦SSN:dash⟧ | CPT 99213 | $145.00",
)
P(
    "en-US",
    "social security statement header",
    "Your Social Security Statement\nPrepared especially for ⟦NAME⟧\nSocial Security number: ⟦SSN:dash⟧\nYour estimated benefits at full retirement age (67): $2,311 a month",
)
P(
    "en-US",
    "question then answer, bare",
    "What's your SSN? (needed for the background check)\n⟦SSN:plain⟧",
)
P(
    "en-US",
    "tenant screening CSV",
    'applicant,ssn,monthly_income,decision\n"⟦NAME⟧",⟦SSN:dash⟧,5200,approved\n"⟦NAME⟧",⟦SSN:dash⟧,3100,declined\n"⟦NAME⟧",⟦SSN:dash⟧,4450,pending',
    reps=2,
)
P(
    "en-US",
    "payroll change form",
    "Name: ⟦NAME⟧     SS#: ⟦SSN:dash⟧     Effective: 07/01\nChange: direct deposit to new account",
)
P(
    "es-US",
    "Spanish intake form",
    "Nombre del paciente: ⟦NAME:es⟧\nFecha de nacimiento: ⟦DOB:us⟧\nNúmero de Seguro Social: ⟦SSN:dash⟧\nIdioma preferido: español",
)
P("zh", "Chinese chat about tax filing", "报税需要你的SSN，你发我一下？\n好的：⟦SSN:dash⟧")
P("ko", "Korean form", "성명: ⟦NAME:ko⟧\n사회보장번호(SSN): ⟦SSN:space⟧\n주소지: 미국 캘리포니아주")
P(
    "de",
    "German, US tax for expat",
    "Für die US-Steuererklärung brauche ich noch deine Social Security Number. — Klar: ⟦SSN:dash⟧",
)
P(
    "fr",
    "French form",
    "Nom : ⟦NAME:fr⟧\nN° de sécurité sociale (États-Unis, SSN) : ⟦SSN:dash⟧\nEmployeur : Atelier Roux Inc., New York",
)
P("uk", "Ukrainian, US SSN", "Мій номер соціального страхування США (SSN): ⟦SSN:dash⟧")
P(
    "pt-BR",
    "Portuguese chat",
    "o número do social security dele é ⟦SSN:dash⟧, anota aí pro formulário da escola",
)
P(
    "en-US",
    "loan officer e-mail with co-borrower",
    "Borrower: ⟦NAME⟧, SSN ⟦SSN:dash⟧\nCo-borrower: ⟦NAME⟧, SSN ⟦SSN:dash⟧\nLoan amount: $312,000, 30-yr fixed",
)
P(
    "en-US",
    "insurance quote form JSON",
    '{"driver": {"first": "⟦FIRST⟧", "last": "⟦LAST⟧", "ssn": "⟦SSN:dash⟧", "license_state": "WA"}, "vehicle": {"year": 2019, "make": "Subaru"}}',
)
P(
    "en-US",
    "SSN with extra text in brackets",
    "Please verify the SSN on file (⟦SSN:dash⟧) matches the one on the W-4 before running payroll.",
)
P(
    "en-US",
    "HR chat, spaced number",
    "hr_bot: Please enter your 9-digit Social Security number\nuser: ⟦SSN:space⟧",
)
P(
    "en-US",
    "HR chat, bare digits",
    "hr_bot: Please enter your 9-digit Social Security number\nuser: ⟦SSN:plain⟧",
)
P(
    "en-US",
    "student records",
    "Student ID ⟦~DIGITS:7⟧ | ⟦NAME⟧ | SSN ⟦SSN:dash⟧ | Program: Nursing AAS",
)
P(
    "en-US",
    "credit report excerpt",
    "PERSONAL INFORMATION\nName: ⟦NAME⟧\nAlso known as: ⟦NAME⟧\nSocial Security Number: ⟦SSN:dash⟧\nYear of birth: 1979",
)
P(
    "en-US",
    "text, two SSNs for kids",
    "kids socials for the daycare form: ⟦FIRST⟧ ⟦SSN:dash⟧, ⟦FIRST⟧ ⟦SSN:dash⟧",
)
P(
    "en-US",
    "XML record",
    "<employee><id>⟦~DIGITS:5⟧</id><name>⟦NAME⟧</name><ssn>⟦SSN:dash⟧</ssn><status>active</status></employee>",
)
P(
    "en-US",
    "pipe-delimited export with header",
    "MEMBER_ID|LAST_NAME|FIRST_NAME|SSN|PLAN\n⟦~DIGITS:9⟧|⟦LAST⟧|⟦FIRST⟧|⟦SSN:plain⟧|HMO\n⟦~DIGITS:9⟧|⟦LAST⟧|⟦FIRST⟧|⟦SSN:plain⟧|PPO",
)
P(
    "en-US",
    "college application portal error",
    "Error 422: The SSN you entered (⟦SSN:dash⟧) is already associated with an application. Please sign in instead.",
)
P(
    "en-US",
    "doctor's office voicemail transcript",
    "Hi, this is ⟦FIRST⟧ from Dr. ⟦LAST⟧'s billing office. We need to update the subscriber social on file, we have ⟦SSN:space⟧, please call us back to confirm.",
)
P(
    "en-US",
    "spreadsheet paste with SSN as number",
    "Name\tSSN\tHours\n⟦NAME⟧\t⟦SSN:plain⟧\t38.5\n⟦NAME⟧\t⟦SSN:plain⟧\t40\n⟦NAME⟧\t⟦SSN:plain⟧\t22.25",
)
P(
    "en-US",
    "text from parent",
    "Need ur SSN for the FAFSA hun, is it ⟦SSN:dash⟧? I found an old card but not sure",
)
P(
    "en-US",
    "IRS notice excerpt",
    "Taxpayer: ⟦NAME⟧\nSSN: ⟦SSN:dash⟧\nTax period: December 31, 2022\nNotice CP2000 — Proposed amount due: $1,184.00",
)
P(
    "en-US",
    "SSA-89 consent form",
    "Form SSA-89  Authorization for the Social Security Administration to Release SSN Verification\nPrinted name: ⟦NAME⟧\nDate of birth: ⟦DOB:us⟧\nSocial Security Number: ⟦SSN:dash⟧\nReason for authorization: mortgage service",
)
P(
    "en-US",
    "police report excerpt",
    "Victim: ⟦NAME⟧, DOB ⟦DOB:us⟧, SSN ⟦SSN:dash⟧. Victim reports unknown person opened two credit lines using her identity between Jan and Mar.",
)
P(
    "en-US",
    "chat with accountant, cue earlier",
    "accountant: I need the SSNs for both of you for the joint return\nclient: mine is ⟦SSN:dash⟧\nclient: and my wife's is ⟦SSN:dash⟧",
)
P(
    "en-US",
    "JSON lines log",
    '{"ts":"⟦~DATE:iso⟧T⟦~TIME⟧Z","level":"warn","msg":"pii in request body","field":"ssn","value":"⟦SSN:dash⟧","route":"/v2/applicants"}',
)
P(
    "en-US",
    "medical billing e-mail",
    "Re: claim denial\n\nThe payer says the subscriber SSN doesn't match. Our system has ⟦SSN:dash⟧ for ⟦NAME⟧ — can you pull the card at the next visit?",
)
P(
    "en-US",
    "old paper form OCR",
    "SOCIAL SECURITY NO ⟦SSN:space⟧ BIRTHDATE ⟦DOB:us⟧ SEX F MARITAL STATUS M",
)
P(
    "en-US",
    "self-storage rental agreement",
    "Tenant: ⟦NAME⟧  Driver lic. #: ⟦~UPPER:2⟧⟦~DIGITS:6⟧  SSN (last resort ID): ⟦SSN:dash⟧  Unit: 118  Rent: $89/mo",
)
P(
    "en-US",
    "e-mail to HR, SSN correction",
    "Hi HR, my SSN was entered wrong in Workday. The correct one is ⟦SSN:dash⟧ (not ⟦SSN:dash⟧, that's my husband's). Thanks, ⟦FIRST⟧",
)
P(
    "es-US",
    "Spanish WhatsApp to daughter",
    "Mija, el seguro social de tu papá es ⟦SSN:dash⟧, ya se lo pasé a la de la aseguradora",
)
P(
    "vi",
    "Vietnamese nail salon payroll",
    "Danh sách thợ tháng 3:\n⟦NAME:vi⟧ – SSN ⟦SSN:dash⟧\n⟦NAME:vi⟧ – SSN ⟦SSN:dash⟧",
)
P(
    "zh",
    "Chinese form for US school",
    "学生姓名：⟦NAME:zh⟧\n家长社会安全号（SSN）：⟦SSN:dash⟧\n联系电话：⟦PHONE:US:mobile:natl⟧",
)
P("ja", "Japanese expat tax memo", "確定申告メモ：夫のSSNは⟦SSN:dash⟧、妻はITIN申請中。")
P(
    "fil",
    "Tagalog caregiver job",
    "Kailangan daw po ng SSN para sa payroll, ito po: ⟦SSN:space⟧. Salamat po ma'am.",
)
P("ru", "Russian chat, bare digits", "скинь свой SSN для анкеты\nвот: ⟦SSN:plain⟧")
P(
    "ar",
    "Arabic form, US immigration",
    "الاسم: ⟦NAME:ar⟧\nرقم الضمان الاجتماعي (SSN): ⟦SSN:dash⟧\nالولاية: ميشيغان",
)
P("hi", "Hindi, US SSN", "मेरा अमेरिकी सोशल सिक्योरिटी नंबर (SSN) ⟦SSN:dash⟧ है।")
P("ko", "Korean chat", "엄마, 은행 계좌 만들 때 내 SSN 필요하대. ⟦SSN:dash⟧ 맞지?")
P(
    "pl",
    "Polish form Chicago",
    "Imię i nazwisko: ⟦NAME:pl⟧\nNr ubezpieczenia społecznego (SSN): ⟦SSN:dash⟧\nPracodawca: Lakeshore Realty, Chicago IL",
)
P(
    "en-US",
    "payroll register",
    "PAYROLL REGISTER  PERIOD ENDING 03/15\nEMP ⟦~DIGITS:4⟧  ⟦NAME⟧  SSN ⟦SSN:dash⟧  GROSS 2,114.50  NET 1,688.21\nEMP ⟦~DIGITS:4⟧  ⟦NAME⟧  SSN ⟦SSN:dash⟧  GROSS 1,905.00  NET 1,540.87",
)
P(
    "en-US",
    "tax software CSV",
    "TaxpayerSSN,SpouseSSN,FilingStatus,AGI\n⟦SSN:plain⟧,⟦SSN:plain⟧,MFJ,98214\n⟦SSN:plain⟧,,S,44120",
)
P(
    "en-US",
    "notarized affidavit",
    "I, ⟦NAME⟧, Social Security No. ⟦SSN:dash⟧, being first duly sworn, depose and say that the statements herein are true.",
)
P(
    "en-US",
    "recruiter message",
    "For the E-Verify step we'll need your SSN exactly as on the card — ⟦SSN:dash⟧ is what we have from the application, correct?",
)

# ---------------- CARD ----------------
P(
    "en-US",
    "chat, paying for tickets",
    "use my card for the tickets: ⟦CARD:mc:space⟧ exp 11/26 cvc ⟦~DIGITS:3⟧ — pay me back whenever",
)
P(
    "en-US",
    "phone order form",
    "Card number: ⟦CARD:visa⟧\nExpiry: 09/27\nCVV: ⟦~DIGITS:3⟧\nName on card: ⟦NAME⟧\nBilling ZIP: ⟦~INT:10000:99950⟧",
)
P(
    "en-US",
    "Amex in e-mail",
    "Please charge the deposit to my Amex, ⟦CARD:amex:space⟧, exp 04/28. The security code on the front is ⟦~DIGITS:4⟧.",
)
P(
    "en-US",
    "payment gateway log leaking PAN",
    '2024-05-11 14:22:01,337 WARN  payment-gw  request body: {"pan":"⟦CARD:nosep⟧","exp":"0927","amount":4999,"currency":"USD"}',
)
P(
    "en-US",
    "orders CSV with card column",
    "order_id,cardholder,card_number,exp,amount\n⟦~DIGITS:8⟧,⟦NAME⟧,⟦CARD:nosep⟧,08/26,129.99\n⟦~DIGITS:8⟧,⟦NAME⟧,⟦CARD:nosep⟧,01/27,64.00",
    reps=2,
)
P(
    "en-US",
    "call-centre transcript, card read out",
    "Agent: And the long number on the card?\nCaller: ⟦CARD:discover:space⟧.\nAgent: Expiration?\nCaller: Oh-three twenty-seven.",
)
P(
    "en-US",
    "Diners card, 14 digits",
    "Corporate card on file: Diners Club ⟦CARD:diners:space⟧ (⟦NAME⟧)",
)
P(
    "en-US",
    "support ticket, card in free text",
    "Customer wrote: 'my card ⟦CARD:visa:dash⟧ was charged twice for order ⟦~DIGITS:9⟧, please refund one'",
)
P(
    "en-GB",
    "UK hotel guarantee",
    "To guarantee the late arrival I'll give you my Visa debit: ⟦CARD:visa:space⟧, valid till 10/26.",
)
P(
    "en-US",
    "text to partner",
    "babe what's the card number again, the site won't save it\n⟦CARD:mc:nosep⟧ 05/28 ⟦~DIGITS:3⟧",
)
P(
    "es",
    "Spanish form",
    "Número de tarjeta: ⟦CARD:visa:space⟧\nFecha de caducidad: 03/28\nTitular: ⟦NAME:es⟧",
)
P("es-MX", "Mexican chat", "te paso mi tarjeta pa que pagues el Uber: ⟦CARD:mc:space⟧ vence 07/27")
P(
    "de",
    "German booking e-mail",
    "Kreditkartennummer: ⟦CARD:visa:nosep⟧, gültig bis 05/27, Karteninhaberin ⟦NAME:de⟧",
)
P(
    "fr",
    "French",
    "Carte bancaire n° ⟦CARD:visa:space⟧, date d'expiration 08/26, cryptogramme ⟦~DIGITS:3⟧.",
)
P("it", "Italian", "Ecco i dati della carta per la caparra: ⟦CARD:mc:space⟧, scadenza 12/26.")
P(
    "pt-BR",
    "Brazilian",
    "Número do cartão: ⟦CARD:mc:space⟧ – validade 02/29 – nome impresso: ⟦NAME:pt⟧",
)
P("nl", "Dutch", "Mijn creditcardnummer is ⟦CARD:visa:space⟧, vervaldatum 06/27.")
P("pl", "Polish", "Numer karty: ⟦CARD:visa:space⟧, ważna do 09/26.")
P("tr", "Turkish", "Kart numarası: ⟦CARD:mc:space⟧  SKT: 04/26  CVV: ⟦~DIGITS:3⟧")
P("ru", "Russian Mir card", "Номер карты Мир: ⟦CARD:mir:space⟧, срок действия 11/27.")
P("ja", "Japanese JCB", "カード番号：⟦CARD:jcb:space⟧　有効期限：12/27　名義：⟦NAME:ja⟧")
P("zh", "Chinese UnionPay 19 digits", "银行卡号：⟦CARD:unionpay:nosep⟧，开户行：招商银行")
P("zh", "Chinese UnionPay spaced", "退款请打到这张卡：⟦CARD:unionpay:space⟧ 户名⟦NAME:zh⟧")
P("ko", "Korean", "카드번호 ⟦CARD:visa:dash⟧ 유효기간 08/28 로 결제해 주세요.")
P(
    "en-IN",
    "Indian RuPay",
    "Sir, my RuPay debit card number is ⟦CARD:rupay:space⟧, kindly block it, it was stolen at the station.",
)
P("ar", "Arabic", "رقم البطاقة: ⟦CARD:visa:space⟧ تاريخ الانتهاء 09/27")
P("id", "Indonesian", "No. kartu kredit saya ⟦CARD:visa:space⟧, berlaku sampai 10/27.")
P("vi", "Vietnamese", "Số thẻ: ⟦CARD:mc:space⟧, hết hạn 07/26.")
P("el", "Greek", "Αριθμός κάρτας: ⟦CARD:visa:space⟧ λήξη 03/27")
P(
    "en-GB",
    "Maestro 19 digits",
    "Old Maestro card on the account: ⟦CARD:maestro:space⟧ — please remove it.",
)
P(
    "en-US",
    "JSON wallet export",
    '{"wallet": [{"brand": "visa", "number": "⟦CARD:visa:nosep⟧", "exp_month": 4, "exp_year": 2028}, {"brand": "amex", "number": "⟦CARD:amex:nosep⟧", "exp_month": 9, "exp_year": 2026}]}',
)
P(
    "en-US",
    "CRM note with masked and full card",
    "Customer updated card on file from ⟦~MASKCARD⟧ to ⟦CARD:mc:space⟧. Confirmed billing address unchanged.",
)
P(
    "en-US",
    "HTTP form-encoded body in debug log",
    "DEBUG POST /checkout body=name=⟦FIRST⟧&cc_number=⟦CARD:visa:nosep⟧&cc_exp=1127&cc_cvv=⟦~DIGITS:3⟧&save=1",
)
P("en-US", "Discover with dashes", "discover ⟦CARD:discover:dash⟧ 06/29")
P(
    "en-US",
    "card number on its own line",
    "new card came in the mail today, here's the number for the gym autopay:\n\n⟦CARD:nosep⟧",
)
P("en-US", "Amex no spaces in SMS", "Amex ⟦CARD:amex:nosep⟧ exp 0128 cid ⟦~DIGITS:4⟧")
P("en-AU", "AU chat", "Can you chuck the rego on my card? ⟦CARD:mc:space⟧ exp 02/27")
P(
    "en-US",
    "expense report",
    "Expense report #⟦~DIGITS:5⟧ | Corporate card ⟦CARD:amex:space⟧ | Hotel 3 nights $642.18 | Meals $87.40",
)
P(
    "en-US",
    "YAML test payment method",
    'payment_method:\n  type: card\n  card_number: "⟦CARD:mc:space⟧"\n  holder: ⟦NAME⟧\n  expiry: "10/28"',
)
P(
    "en-US",
    "card, mixed with phone",
    "Name: ⟦NAME⟧ | Phone: ⟦PHONE:US:mobile:dash⟧ | Card: ⟦CARD:visa:space⟧ exp 05/26 | Notes: deliver after 5pm",
)
P(
    "de",
    "German, card in chat with IBAN alternative",
    "Du kannst entweder per Karte ⟦CARD:mc:space⟧ abbuchen oder ich überweise von ⟦IBAN:DE:print⟧, was dir lieber ist.",
)
P("fr", "French chat", "tiens le numéro de ma carte pour la résa : ⟦CARD:visa:nosep⟧ exp 1126")
P(
    "es-AR",
    "Argentine",
    "Te paso los datos de la tarjeta: ⟦CARD:visa:space⟧, vto. 04/28, a nombre de ⟦NAME:es⟧.",
)
P(
    "en-US",
    "fraud alert e-mail",
    "Fraud alert: A transaction of $1,299.00 at ELECTRO WORLD was declined on card ⟦CARD:visa:space⟧. If this wasn't you, reply NO.",
)
P(
    "en-US",
    "chargeback dispute",
    "Dispute case ⟦~DIGITS:10⟧\nCardholder: ⟦NAME⟧\nCard number: ⟦CARD:mc:dash⟧\nReason code: 4837 — No cardholder authorization",
)
P("en-US", "JCB, dashed", "JCB ⟦CARD:jcb:dash⟧ (expires 03/29) — for the Osaka hotel deposit")
P("en-US", "card typed with no cue", "⟦CARD:visa:space⟧ 08/27 ⟦~DIGITS:3⟧ ⟦NAME⟧")

# ---------------- IBAN ----------------
P(
    "de",
    "German invoice payment block",
    "Bitte überweisen Sie den Betrag von 1.249,00 € innerhalb von 14 Tagen auf folgendes Konto:\nKontoinhaber: ⟦NAME:de⟧\nIBAN: ⟦IBAN:DE:print⟧\nBIC: ⟦~BIC:DE⟧\nVerwendungszweck: Rechnung Nr. ⟦~INVOICE⟧",
)
P(
    "nl",
    "Dutch chat, Tikkie style",
    "Kun je de €23,50 overmaken naar ⟦IBAN:NL:electronic⟧ t.n.v. ⟦NAME:nl⟧? Thanks!",
)
P(
    "fr",
    "French RIB",
    "Veuillez trouver ci-dessous mon RIB :\nTitulaire : ⟦NAME:fr⟧\nIBAN : ⟦IBAN:FR:print⟧\nBIC : ⟦~BIC:FR⟧",
)
P("es", "Spanish", "Número de cuenta (IBAN): ⟦IBAN:ES:print⟧ — titular ⟦NAME:es⟧")
P(
    "it",
    "Italian, electronic",
    "Coordinate bancarie per il bonifico: IBAN ⟦IBAN:IT:electronic⟧ intestato a ⟦NAME:it⟧, causale: affitto marzo",
)
P(
    "pt-PT",
    "Portuguese",
    "Pode transferir para o IBAN ⟦IBAN:PT:print⟧ (titular: ⟦NAME:pt⟧). Obrigada!",
)
P(
    "en-GB",
    "UK invoice",
    "Payment details — Bank: NatWest · Account name: ⟦NAME⟧ · IBAN: ⟦IBAN:GB:print⟧ · Ref: ⟦~INVOICE⟧",
)
P(
    "en-IE",
    "Irish",
    "For the deposit, IBAN ⟦IBAN:IE:electronic⟧, BIC ⟦~BIC⟧, and put the flat number as reference.",
)
P("pl", "Polish", "Proszę o przelew na konto: ⟦IBAN:PL:print⟧, tytułem: zaliczka za wesele.")
P(
    "tr",
    "Turkish",
    "IBAN: ⟦IBAN:TR:print⟧ (Alıcı: ⟦NAME:tr⟧) — açıklamaya sipariş numaranızı yazın.",
)
P("ar", "Saudi IBAN", "رقم الآيبان: ⟦IBAN:SA:print⟧ — مصرف الراجحي")
P(
    "ar-AE",
    "UAE",
    "Please transfer the security deposit to IBAN ⟦IBAN:AE:electronic⟧ (Emirates NBD) and share the receipt.",
)
P("ro", "Romanian", "Cont IBAN: ⟦IBAN:RO:print⟧, deschis la Banca Transilvania, titular ⟦NAME:ro⟧.")
P("el", "Greek", "Αριθμός IBAN: ⟦IBAN:GR:print⟧, δικαιούχος ⟦NAME:el⟧")
P("cs", "Czech", "Číslo účtu IBAN: ⟦IBAN:CZ:print⟧, variabilní symbol ⟦~DIGITS:8⟧")
P("hu", "Hungarian", "Számlaszám (IBAN): ⟦IBAN:HU:print⟧")
P("hr", "Croatian", "Uplatu izvršite na IBAN ⟦IBAN:HR:electronic⟧, poziv na broj ⟦~DIGITS:10⟧.")
P("sk", "Slovak", "Prosím o úhradu na účet ⟦IBAN:SK:print⟧.")
P("sl", "Slovenian", "TRR: ⟦IBAN:SI:print⟧")
P("bg", "Bulgarian", "Банкова сметка IBAN: ⟦IBAN:BG:print⟧")
P("lt", "Lithuanian", "Sąskaitos nr.: ⟦IBAN:LT:print⟧")
P("lv", "Latvian", "Konta numurs: ⟦IBAN:LV:electronic⟧")
P("et", "Estonian", "Arveldusarve: ⟦IBAN:EE:print⟧, saaja ⟦NAME:fi⟧")
P("fi", "Finnish", "Tilinumero: ⟦IBAN:FI:print⟧. Viitenumero löytyy laskusta.")
P(
    "sv",
    "Swedish",
    "Betala till IBAN ⟦IBAN:SE:print⟧, ange bokningsnummer ⟦~BOOKREF⟧ som meddelande.",
)
P("no", "Norwegian", "Kontonummer (IBAN): ⟦IBAN:NO:print⟧")
P("da", "Danish", "Overfør venligst til ⟦IBAN:DK:print⟧ senest fredag.")
P("de-AT", "Austrian", "Bankverbindung: ⟦IBAN:AT:print⟧ lautend auf ⟦NAME:de⟧")
P("de-CH", "Swiss", "IBAN: ⟦IBAN:CH:print⟧, zugunsten ⟦NAME:de⟧, Zürich")
P(
    "fr-BE",
    "Belgian",
    "Compte bancaire : ⟦IBAN:BE:print⟧ — communication structurée sur la facture.",
)
P("fr", "Luxembourg IBAN and BIC", "IBAN ⟦IBAN:LU:print⟧ – BIC ⟦~BIC:LU⟧")
P("en", "Malta IBAN in English chat", "Account for rent: ⟦IBAN:MT:print⟧ (⟦NAME⟧)")
P("el", "Cyprus", "IBAN (Κύπρος): ⟦IBAN:CY:print⟧")
P("he", "Israeli", "מספר IBAN: ⟦IBAN:IL:print⟧")
P(
    "en-PK",
    "Pakistan",
    "Kindly transfer the fee to IBAN ⟦IBAN:PK:print⟧ (Meezan Bank) and WhatsApp the slip.",
)
P("ar", "Qatar", "IBAN: ⟦IBAN:QA:print⟧ بنك قطر الوطني")
P("ar", "Kuwait", "رقم الحساب الدولي: ⟦IBAN:KW:print⟧")
P("ar-EG", "Egypt", "الآيبان: ⟦IBAN:EG:print⟧")
P("uk", "Ukrainian", "IBAN для переказу: ⟦IBAN:UA:electronic⟧, отримувач ⟦NAME:uk⟧")
P("is", "Icelandic", "Reikningsnúmer (IBAN): ⟦IBAN:IS:print⟧")
P("fr", "Monaco", "IBAN : ⟦IBAN:MC:print⟧ — Banque de Monaco")
P(
    "pt-BR",
    "Brazil IBAN for international transfer",
    "Para transferência internacional use o IBAN ⟦IBAN:BR:print⟧.",
)
P("ar-JO", "Jordan", "IBAN: ⟦IBAN:JO:print⟧")
P("de", "German chat, lowercase", "kannst du mir die 40 € schicken? iban ⟦IBAN:DE:lower⟧ danke dir")
P("nl", "Dutch, lowercase grouped", "mijn iban is ⟦IBAN:NL:lowerprint⟧ hoor")
P(
    "de",
    "SEPA XML",
    '<CdtTrfTxInf>\n  <Amt><InstdAmt Ccy="EUR">350.00</InstdAmt></Amt>\n  <Cdtr><Nm>⟦NAME:de⟧</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>⟦IBAN:DE:electronic⟧</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Miete ⟦~DATE:dot⟧</Ustrd></RmtInf>\n</CdtTrfTxInf>',
)
P(
    "de",
    "German payroll CSV (semicolon)",
    "Personalnr;Name;IBAN;Netto\n⟦~DIGITS:5⟧;⟦NAME:de⟧;⟦IBAN:DE:electronic⟧;2.614,33\n⟦~DIGITS:5⟧;⟦NAME:de⟧;⟦IBAN:DE:electronic⟧;3.002,10",
    reps=2,
)
P(
    "en",
    "JSON beneficiary",
    '{"beneficiary": {"name": "⟦NAME⟧", "iban": "⟦IBAN⟧", "bic": "⟦~BIC⟧"}, "amount": {"value": "1250.00", "currency": "EUR"}, "reference": "⟦~UPPER:10⟧"}',
    reps=3,
)
P(
    "fr",
    "French e-mail, IBAN on next line",
    "Bonjour,\n\nComme convenu, voici mes coordonnées pour le remboursement :\n⟦IBAN:FR:print⟧\n\nBien à vous,\n⟦NAME:fr⟧",
)
P(
    "es",
    "Spanish WhatsApp Bizum alternative",
    "si no tienes bizum hazme transferencia al ⟦IBAN:ES:electronic⟧ y listo",
)
P("it", "Italian, lowercase typed", "iban: ⟦IBAN:IT:lower⟧ (conto cointestato)")
P(
    "en-GB",
    "UK freelancer invoice",
    "INVOICE ⟦~INVOICE⟧\nTo: Brightpath Ltd\nServices: copywriting, March\nTotal due: £1,840.00\nPay to: ⟦NAME⟧, IBAN ⟦IBAN:GB:electronic⟧, sort code and acc. in the IBAN",
)
P(
    "de",
    "German CRM note",
    "Kunde hat neue Bankverbindung mitgeteilt: ⟦IBAN:DE:print⟧ (alte Verbindung ⟦IBAN:DE:print⟧ ab 01.07. löschen)",
)
P(
    "nl",
    "Dutch SEPA mandate",
    "Machtiging SEPA incasso — Naam: ⟦NAME:nl⟧ — IBAN: ⟦IBAN:NL:print⟧ — Kenmerk machtiging: ⟦~UPPER:12⟧",
)
P(
    "fr",
    "French loyer",
    "Le loyer de 780 € est à virer le 5 de chaque mois sur ⟦IBAN:FR:electronic⟧.",
)
P(
    "es",
    "Spanish invoice",
    "Forma de pago: transferencia bancaria a la cuenta ⟦IBAN:ES:print⟧ (Factura n.º ⟦~DIGITS:6⟧)",
)
P("pl", "Polish chat", "przelej mi na ⟦IBAN:PL:electronic⟧ za bilety, dzięki")
P("tr", "Turkish chat", "Kira için IBAN ⟦IBAN:TR:electronic⟧ — ⟦NAME:tr⟧ adına")
P("ro", "Romanian invoice", "Factura nr. ⟦~DIGITS:5⟧ se achită în contul ⟦IBAN:RO:electronic⟧.")

# ---------------- IP ----------------
P(
    "en",
    "Apache access log, public and private clients",
    '⟦IP4⟧ - - [⟦~DATE:apache⟧:⟦~TIME⟧ +0000] "GET /index.html HTTP/1.1" 200 5123 "-" "Mozilla/5.0"\n⟦~PRIV:10⟧ - - [⟦~DATE:apache⟧:⟦~TIME⟧ +0000] "GET /health HTTP/1.1" 200 2 "-" "kube-probe/1.29"\n⟦IP4⟧ - - [⟦~DATE:apache⟧:⟦~TIME⟧ +0000] "POST /login HTTP/1.1" 302 0 "-" "curl/8.4.0"',
    reps=2,
)
P(
    "en",
    "sshd auth log",
    "⟦~DATE:iso⟧T⟦~TIME⟧ bastion sshd[⟦~INT:1000:40000⟧]: Failed password for invalid user admin from ⟦IP4⟧ port ⟦~PORT⟧ ssh2",
    reps=2,
)
P(
    "en",
    "fail2ban",
    "⟦~DATE:iso⟧ ⟦~TIME⟧,412 fail2ban.actions [⟦~INT:400:900⟧]: NOTICE [sshd] Ban ⟦IP4⟧",
)
P(
    "en",
    "nginx error log",
    '⟦~DATE:iso⟧ ⟦~TIME⟧ [error] 1187#1187: *⟦~INT:1000:99999⟧ upstream timed out (110: Connection timed out) while reading response header from upstream, client: ⟦IP4⟧, server: shop.example, request: "GET /api/cart HTTP/2.0", upstream: "http://⟦~PRIV:10⟧:8080/api/cart"',
)
P(
    "en",
    "X-Forwarded-For header",
    "X-Forwarded-For: ⟦IP4⟧, ⟦~PRIV:172⟧\nX-Real-IP: ⟦IP4⟧\nUser-Agent: Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
)
P(
    "en",
    "iptables rule",
    "-A INPUT -s ⟦IP4⟧/32 -p tcp --dport 22 -j ACCEPT\n-A INPUT -s ⟦~PRIV:192⟧/24 -j ACCEPT\n-A INPUT -p tcp --dport 22 -j DROP",
)
P(
    "en",
    "chat, home IP whitelist",
    "My home IP is ⟦IP4⟧, can you whitelist it on the staging firewall? I'm WFH this week.",
)
P(
    "en",
    "security ticket",
    "User ⟦NAME⟧ reports a login from an unknown location: ⟦IP4⟧ (geolocated to Lagos, NG) at 03:12 UTC. MFA was not prompted. Escalating.",
)
P(
    "en",
    "ip addr output with IPv6",
    "2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP\n    inet ⟦~PRIV:192⟧/24 brd 192.168.1.255 scope global dynamic eth0\n    inet6 ⟦IP6:compressed⟧/64 scope global dynamic mngtmpaddr\n    inet6 ⟦~PRIV:ll6⟧/64 scope link",
)
P(
    "en",
    "DNS zone file",
    "$ORIGIN kestrel-labs.net.\n@      3600 IN A     ⟦IP4⟧\nwww    3600 IN A     ⟦IP4⟧\nwww    3600 IN AAAA  ⟦IP6:compressed⟧\nmail   3600 IN MX 10 mx1.kestrel-labs.net.",
)
P(
    "en",
    "e-mail Received header",
    "Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [⟦IP4⟧])\n\tby mx.brightpath.io (Postfix) with ESMTPS id 4TqX1Z3kQ9z\n\tfor <⟦EMAIL:corp⟧>; ⟦~DATE:iso⟧ ⟦~TIME⟧ +0000 (UTC)",
)
P(
    "en",
    "WireGuard config",
    "[Interface]\nPrivateKey = <redacted>\nAddress = 10.8.0.2/32\nDNS = 10.8.0.1\n\n[Peer]\nEndpoint = ⟦IP4⟧:51820\nAllowedIPs = 0.0.0.0/0, ::/0\nPersistentKeepalive = 25",
)
P(
    "en",
    "/etc/hosts",
    "127.0.0.1       localhost\n::1             localhost ip6-localhost\n⟦IP4⟧   db-primary.prod\n⟦IP4⟧   db-replica.prod\n⟦~PRIV:10⟧      redis.internal",
)
P(
    "en",
    "login events CSV",
    "timestamp,user_id,ip,country,result\n⟦~DATE:iso⟧T⟦~TIME⟧Z,⟦~INT:10000:99999⟧,⟦IP4⟧,DE,ok\n⟦~DATE:iso⟧T⟦~TIME⟧Z,⟦~INT:10000:99999⟧,⟦IP6⟧,BR,ok\n⟦~DATE:iso⟧T⟦~TIME⟧Z,⟦~INT:10000:99999⟧,⟦IP4⟧,US,fail",
    reps=2,
)
P(
    "en",
    "JSON event",
    '{"event": "login", "user": "⟦EMAIL⟧", "ip": "⟦IP4⟧", "ua": "okhttp/4.12.0", "ts": ⟦~EPOCH⟧}',
    reps=2,
)
P("en", "IPv6 full form in firewall", "allow from ⟦IP6:full⟧ to any port 443 proto tcp")
P(
    "en",
    "IPv6 uppercase in router log",
    "DHCPv6 lease granted: ⟦IP6:upper⟧ valid 86400s to client ⟦~MAC⟧",
)
P("en", "IPv6 no leading zeros", "peer ⟦IP6:noleading⟧ established, prefixes received 12")
P(
    "en",
    "ping output",
    "PING ⟦IP4⟧ (⟦=a⟧): 56 data bytes\n64 bytes from ⟦=a⟧: icmp_seq=0 ttl=54 time=23.481 ms\n64 bytes from ⟦=a⟧: icmp_seq=1 ttl=54 time=22.907 ms".replace(
        "⟦IP4⟧", "⟦IP4@a⟧"
    ),
)
P(
    "en",
    "traceroute with private and public hops",
    "traceroute to shop.example, 30 hops max\n 1  ⟦~PRIV:192⟧  1.204 ms\n 2  ⟦~PRIV:cgnat⟧  8.771 ms\n 3  ⟦IP4⟧  11.552 ms\n 4  ⟦IP4⟧  14.090 ms",
)
P(
    "en",
    "server config with listen and allow",
    "server {\n    listen 443 ssl;\n    server_name admin.kestrel-labs.net;\n    allow ⟦IP4⟧;\n    allow 10.0.0.0/8;\n    deny all;\n}",
)
P(
    "en",
    "WAF block notice",
    "Request blocked by WAF rule 942100 (SQL injection). Client IP: ⟦IP4⟧, Ray ID: ⟦~HEX:16⟧",
)
P(
    "en",
    "forum moderation note",
    "Banned user spamcat99 — posted from ⟦IP4⟧ and ⟦IP4⟧ (both VPN exit nodes).",
)
P(
    "en",
    "Postfix reject",
    "NOQUEUE: reject: RCPT from unknown[⟦IP4⟧]: 554 5.7.1 Service unavailable; Client host [⟦=x⟧] blocked using zen.spamhaus.org".replace(
        "unknown[⟦IP4⟧]", "unknown[⟦IP4@x⟧]"
    ),
)
P(
    "en",
    "AWS security group YAML",
    "SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 5432\n    ToPort: 5432\n    CidrIp: ⟦IP4⟧/32\n    Description: office static IP",
)
P(
    "en",
    "support chat, user pastes IP",
    "support: can you visit whatismyip and paste the result?\nuser: it says ⟦IP4⟧\nsupport: thanks, I've unblocked it",
)
P(
    "de",
    "German",
    "Die IP-Adresse des Angreifers war ⟦IP4⟧, wir haben sie auf der Firewall gesperrt.",
)
P("es", "Spanish", "Mi IP pública es ⟦IP4⟧, ¿me la pueden agregar a la lista blanca del servidor?")
P("fr", "French", "Connexion suspecte détectée depuis l'adresse IP ⟦IP4⟧ le ⟦~DATE:eu⟧ à 02:41.")
P("pt-BR", "Portuguese", "O acesso veio do IP ⟦IP4⟧, que não é da nossa rede.")
P("ru", "Russian", "Ваш IP: ⟦IP4⟧ — доступ к панели управления разрешён.")
P("zh", "Chinese", "登录IP：⟦IP4⟧（广东省深圳市 电信）")
P("ja", "Japanese", "接続元IPアドレス: ⟦IP4⟧ からの不正アクセスを検知しました。")
P("ko", "Korean", "최근 로그인 IP: ⟦IP4⟧ (서울)")
P("it", "Italian IPv6", "Il mio indirizzo IPv6 è ⟦IP6⟧, dovete abilitarlo sul firewall.")
P("pl", "Polish", "Adres IP klienta: ⟦IP4⟧, przeglądarka Firefox 125.")
P("tr", "Turkish", "Sunucunun IP adresi ⟦IP4⟧, port 2222'den SSH açık.")
P("nl", "Dutch IPv6", "Router heeft nu een IPv6-adres: ⟦IP6⟧")
P("id", "Indonesian", "IP server produksi: ⟦IP4⟧, jangan disebar ya.")
P("vi", "Vietnamese", "Địa chỉ IP đăng nhập lạ: ⟦IP4⟧")
P(
    "en",
    "Kubernetes service status",
    "NAME         TYPE           CLUSTER-IP      EXTERNAL-IP     PORT(S)\nweb          LoadBalancer   ⟦~PRIV:10⟧     ⟦IP4⟧   80:31234/TCP,443:30987/TCP\nkubernetes   ClusterIP      10.96.0.1       <none>          443/TCP",
)
P("en", "IP with port in error", "dial tcp ⟦IP4⟧:5432: connect: connection refused")
P("en", "IPv6 with port in brackets", "Listening on [⟦IP6:compressed⟧]:8443 and ⟦~PRIV:lo⟧:8443")
P(
    "en",
    "abuse report e-mail",
    "Hello abuse team,\n\nWe are seeing brute-force attempts against our mail server originating from ⟦IP4⟧ (your AS). Logs attached. Please investigate.\n\n— ⟦NAME⟧, Bluewater Shipping NOC",
)
P(
    "en",
    "game server ban list",
    "banlist.txt\n⟦IP4⟧  # aimbot 2024-03-02\n⟦IP4⟧  # chat spam\n⟦IP6⟧  # ban evasion",
)
P(
    "en",
    "Cloudflare-style access log JSON",
    '{"ClientIP":"⟦IP6⟧","ClientRequestHost":"shop.example","EdgeResponseStatus":403,"RayID":"⟦~HEX:16⟧"}',
)
P(
    "en",
    "chat, router IPv4 and IPv6",
    "speed test says my public IPv4 is ⟦IP4⟧ and IPv6 ⟦IP6:compressed⟧, ping 14 ms",
)
P(
    "en",
    "firewall log with ports",
    "⟦~DATE:iso⟧ ⟦~TIME⟧ DROP IN=eth0 OUT= SRC=⟦IP4⟧ DST=⟦~PRIV:192⟧ LEN=60 TTL=49 PROTO=TCP SPT=⟦~PORT⟧ DPT=23",
)

# ---------------- EMAIL ----------------
P(
    "en",
    "reply-to request",
    "Please reply to ⟦EMAIL⟧ rather than my work address, I'm leaving the company on Friday.",
)
P(
    "en",
    "e-mail headers",
    "From: ⟦NAME@n⟧ <⟦EMAIL:of=n⟧>\nTo: ⟦EMAIL⟧\nCc: ⟦EMAIL:corp⟧\nSubject: Re: flat viewing Saturday\nDate: Tue, 12 Mar 2024 09:14:27 +0000",
)
P(
    "en",
    "git log author",
    "commit ⟦~HEX:40⟧\nAuthor: ⟦NAME@n⟧ <⟦EMAIL:corp:of=n⟧>\nDate:   Mon Apr 8 16:02:11 2024 +0200\n\n    Fix off-by-one in pagination",
)
P("en", "plus-addressing", "sign me up with ⟦EMAIL:plus⟧ so the receipts get filtered")
P(
    "en",
    "plus-addressing in form",
    "E-mail: ⟦EMAIL:plus⟧\nConfirm e-mail: ⟦EMAIL:plus⟧\n☑ I agree to the terms",
)
P(
    "de",
    "IDN domain",
    "Bestellungen bitte an ⟦EMAIL:idn⟧ – wir melden uns innerhalb von 24 Stunden.",
)
P(
    "en",
    "IDN e-mail in signature",
    "⟦NAME:de@n⟧ · ⟦EMAIL:of=n:dom=schöne-ferienwohnung.at⟧ · www.schöne-ferienwohnung.at",
)
P(
    "en",
    "obfuscated e-mail in forum post",
    "if anyone has the manual for this model please send it to ⟦EMAIL:obf⟧, thanks!",
)
P("pl", "obfuscated with (at)", "Kontakt: ⟦EMAIL:pl:obf⟧ (proszę nie dzwonić)")
P(
    "en",
    "uppercase e-mail in paper form OCR",
    "APPLICANT NAME: ⟦NAME⟧\nEMAIL ADDRESS: ⟦EMAIL:upper⟧\nPHONE: ⟦PHONE:US:mobile:natl⟧",
)
P("en", "mailto link HTML", '<p>Questions? Write to <a href="mailto:⟦EMAIL:corp@e⟧">⟦=e⟧</a>.</p>')
P("es", "Spanish", "Mi correo es ⟦EMAIL:es⟧, escríbeme por ahí mejor.")
P("fr", "French", "Mon adresse mail : ⟦EMAIL:fr⟧ (pas celle du boulot)")
P(
    "de",
    "German",
    "Meine E-Mail-Adresse lautet ⟦EMAIL:de⟧. Bitte schicken Sie mir die Unterlagen dorthin.",
)
P("pt-BR", "Portuguese", "Me manda o contrato no e-mail ⟦EMAIL:pt⟧ que eu assino hoje.")
P("it", "Italian", "La mia mail è ⟦EMAIL:it⟧, grazie mille!")
P("nl", "Dutch", "Stuur de factuur maar naar ⟦EMAIL:nl⟧.")
P("tr", "Turkish", "E-posta adresim: ⟦EMAIL:tr⟧")
P("ru", "Russian", "Мой e-mail: ⟦EMAIL:ru⟧, пишите туда.")
P("ar", "Arabic", "بريدي الإلكتروني: ⟦EMAIL:ar⟧")
P("zh", "Chinese", "我的邮箱：⟦EMAIL:zh⟧，简历已经发过去了。")
P("ja", "Japanese", "メールアドレス：⟦EMAIL:ja⟧ までご連絡ください。")
P("ko", "Korean", "이메일: ⟦EMAIL:ko⟧ 로 견적서 보내주세요.")
P("id", "Indonesian", "Email saya ⟦EMAIL:id⟧ ya kak")
P("vi", "Vietnamese", "Email của em là ⟦EMAIL:vi⟧ ạ.")
P("hi", "Hindi", "मेरा ईमेल ⟦EMAIL:in⟧ है।")
P("en-IN", "Indian English", "Kindly revert on my mail id ⟦EMAIL:in⟧ at the earliest.")
P(
    "en",
    "mailing-list CSV",
    "email,first_name,subscribed\n⟦EMAIL⟧,⟦FIRST⟧,true\n⟦EMAIL⟧,⟦FIRST⟧,false\n⟦EMAIL:plus⟧,⟦FIRST⟧,true",
    reps=2,
)
P(
    "en",
    "auth log with e-mail",
    "⟦~DATE:iso⟧T⟦~TIME⟧Z auth INFO password reset requested for ⟦EMAIL⟧ from ⟦IP4⟧",
)
P(
    "en",
    "bounce message",
    "Delivery to the following recipient failed permanently:\n\n     ⟦EMAIL⟧\n\nThe response was: 550 5.1.1 The email account that you tried to reach does not exist.",
)
P(
    "en",
    "meeting invite attendees",
    "Attendees: ⟦EMAIL:corp⟧; ⟦EMAIL:corp⟧; ⟦EMAIL:corp⟧\nWhen: Thu 2:00–2:30 PM (UTC-05:00)\nWhere: Teams",
)
P("en", "subdomain corporate e-mail in chat", "ping me at ⟦EMAIL:corp⟧ if the build breaks again")
P(
    "en",
    "e-mail in angle brackets in prose",
    "The landlord (⟦NAME@n⟧ <⟦EMAIL:of=n⟧>) says the deposit will be back by Friday.",
)
P("en", "obfuscated e-mail, dot words", "you can reach me at ⟦EMAIL:obf⟧ — I check it daily")
P(
    "en",
    "JSON user profile",
    '{"id": ⟦~INT:1000:99999⟧, "display_name": "⟦FIRST⟧", "email": "⟦EMAIL⟧", "email_verified": true, "locale": "en-GB"}',
)
P("ru", "Russian IDN-style e-mail (Cyrillic)", "Пишите на ⟦EMAIL:idn⟧ — отвечу вечером.")

# ---------------- URL_SECRET / API_KEY ----------------
P(
    "en",
    "password in URL in chat",
    "backup is at ⟦URLSECRET:basic⟧ — don't share that link, it has the password in it",
)
P(
    "en",
    "password reset link forwarded",
    "Can you check why this reset link doesn't work? ⟦URLSECRET:reset⟧",
)
P(
    "en",
    ".env file",
    "DATABASE_URL=⟦URLSECRET:db⟧\nWEATHER_API_KEY=⟦APIKEY:hex32⟧\nDEBUG=false\nPORT=8080",
)
P(
    "en",
    "API key in curl command",
    'curl -H "X-Api-Key: ⟦APIKEY:b62⟧" https://api.pricewatch.io/v1/items?limit=50',
)
P(
    "en",
    "Python config with key",
    'MAILER_KEY = "⟦APIKEY:dash⟧"\nMAILER_DOMAIN = "mg.kestrel-labs.net"',
)
P("en", "token in query string", "GET ⟦URLSECRET:query⟧ 200 OK (132 ms)")
P("en", "YAML secret", "integrations:\n  geocoder:\n    api_key: ⟦APIKEY:hex32⟧\n    timeout_s: 5")

# ---------------- DOB / ADDRESS / mixed records ----------------
P(
    "en-US",
    "pharmacy refill request",
    "Patient: ⟦NAME⟧\nDate of birth: ⟦DOB:us⟧\nPhone: ⟦PHONE:US:mobile:dash⟧\nMedication: lisinopril 10 mg, 90-day supply",
)
P(
    "de",
    "German patient form",
    "Name: ⟦NAME:de⟧\nGeburtsdatum: ⟦DOB:dot⟧\nAnschrift: ⟦ADDRESS:DE⟧\nTelefon: ⟦PHONE:DE:mobile:natl⟧\nKrankenkasse: AOK",
)
P(
    "fr",
    "French registration",
    "Nom : ⟦NAME:fr⟧ — né le ⟦DOB:fr_long⟧ — domicile : ⟦ADDRESS:FR⟧ — tél. ⟦PHONE:FR:mobile:natl⟧",
)
P(
    "es",
    "Spanish registration",
    "Datos del titular: ⟦NAME:es⟧, nacido el ⟦DOB:es_long⟧, con domicilio en ⟦ADDRESS:ES⟧. Teléfono: ⟦PHONE:ES:mobile:natl⟧.",
)
P(
    "en-US",
    "shipping label",
    "SHIP TO:\n⟦NAME⟧\n⟦ADDRESS:US⟧\nTel: ⟦PHONE:US:mobile:natl⟧\nTRACKING #: ⟦~UPS⟧",
)
P(
    "en-GB",
    "UK delivery note",
    "Deliver to: ⟦NAME⟧, ⟦ADDRESS:GB⟧. Leave with neighbour if out. Contact ⟦PHONE:GB:mobile:natl⟧.",
)
P(
    "en-US",
    "rental application, full record",
    "Applicant: ⟦NAME⟧\nDOB: ⟦DOB:us⟧\nSSN: ⟦SSN:dash⟧\nCurrent address: ⟦ADDRESS:US⟧\nCell: ⟦PHONE:US:mobile:natl⟧\nEmail: ⟦EMAIL⟧",
)
P(
    "ja",
    "Japanese form with DOB",
    "氏名：⟦NAME:ja⟧\n生年月日：⟦DOB:cjk⟧\n電話番号：⟦PHONE:JP:mobile:natl⟧\nメール：⟦EMAIL:ja⟧",
)
P(
    "zh",
    "Chinese form with DOB",
    "姓名：⟦NAME:zh⟧  出生日期：⟦DOB:cjk⟧  手机：⟦PHONE:CN:mobile:nsn⟧  邮箱：⟦EMAIL:zh⟧",
)
P(
    "ko",
    "Korean form with DOB",
    "이름: ⟦NAME:ko⟧ / 생년월일: ⟦DOB:ko⟧ / 연락처: ⟦PHONE:KR:mobile:natl⟧",
)
P(
    "pt-BR",
    "Brazilian e-commerce record",
    "Cliente: ⟦NAME:pt⟧ | Nascimento: ⟦DOB:slash⟧ | E-mail: ⟦EMAIL:pt⟧ | Tel: ⟦PHONE:BR:mobile:natl⟧ | CPF: ⟦~CPF⟧",
)
P(
    "en",
    "CRM export JSON, multi-entity",
    '{"contact": {"name": "⟦NAME⟧", "email": "⟦EMAIL⟧", "phone": "⟦PHONE⟧", "last_ip": "⟦IP4⟧"}, "deal": {"id": "D-⟦~DIGITS:6⟧", "stage": "negotiation", "value": 18500}}',
    reps=3,
)
P(
    "en",
    "fraud review case, multi-entity",
    "Case ⟦~DIGITS:8⟧ — order placed by ⟦EMAIL⟧ from IP ⟦IP4⟧ with card ⟦CARD:space⟧; billing phone ⟦PHONE⟧ does not match card country. Hold for review.",
    reps=3,
)
P(
    "de",
    "German customer master data",
    "Stammdaten geändert:\nName: ⟦NAME:de@n⟧\nE-Mail: ⟦EMAIL:de:of=n⟧\nTelefon: ⟦PHONE:DE:fixed:natl⟧\nIBAN: ⟦IBAN:DE:print⟧",
)
P(
    "fr",
    "French supplier sheet",
    "Fournisseur : SARL Atelier Roux\nContact : ⟦NAME:fr@n⟧\nTél. : ⟦PHONE:FR:fixed:natl⟧\nCourriel : ⟦EMAIL:fr:of=n:dom=atelier-roux.fr⟧\nIBAN : ⟦IBAN:FR:print⟧",
)
P(
    "es",
    "Spanish invoice header",
    "Factura n.º ⟦~DIGITS:6⟧ — Cliente: ⟦NAME:es⟧ — Tel.: ⟦PHONE:ES:mobile:natl⟧ — Email: ⟦EMAIL:es⟧ — IBAN de cargo: ⟦IBAN:ES:print⟧",
)
P(
    "it",
    "Italian tenant contact",
    "Inquilino: ⟦NAME:it⟧, cell. ⟦PHONE:IT:mobile:natl⟧, email ⟦EMAIL:it⟧, IBAN per il rimborso: ⟦IBAN:IT:print⟧",
)
P(
    "nl",
    "Dutch webshop order",
    "Bestelling ⟦~DIGITS:8⟧\nKlant: ⟦NAME:nl⟧\nE-mail: ⟦EMAIL:nl⟧\nTelefoon: ⟦PHONE:NL:mobile:natl⟧\nTerugbetaling naar: ⟦IBAN:NL:print⟧",
)
P(
    "en-US",
    "HR onboarding e-mail, multi-entity",
    "Welcome aboard! To finish onboarding we have: name ⟦NAME@n⟧, SSN ⟦SSN:dash⟧, personal e-mail ⟦EMAIL:of=n⟧, mobile ⟦PHONE:US:mobile:natl⟧. Please confirm these are correct.",
)
P(
    "en-US",
    "spreadsheet, contacts with SSN and phone",
    "Name,Phone,SSN,Email\n⟦NAME⟧,⟦PHONE:US:mobile:dash⟧,⟦SSN:dash⟧,⟦EMAIL⟧\n⟦NAME⟧,⟦PHONE:US:mobile:dash⟧,⟦SSN:dash⟧,⟦EMAIL⟧",
    reps=3,
)
P(
    "en",
    "support chat, multi",
    "user: hi i can't log in\nagent: sorry to hear that! what's the e-mail on the account?\nuser: ⟦EMAIL⟧\nagent: and a phone number we can text a code to?\nuser: ⟦PHONE⟧",
    reps=3,
)
P(
    "en",
    "invoice with IBAN and e-mail",
    "Invoice ⟦~INVOICE⟧ · Due ⟦~DATE:iso⟧\nBill to: Aurora Analytics\nFrom: ⟦NAME@n⟧ (freelance), ⟦EMAIL:of=n⟧\nBank: ⟦IBAN⟧\nAmount: EUR 2,400.00",
    reps=2,
)
P(
    "en",
    "server inventory YAML",
    "- host: web-01\n  public_ip: ⟦IP4⟧\n  private_ip: ⟦~PRIV:10⟧\n  owner: ⟦EMAIL:corp⟧\n- host: web-02\n  public_ip: ⟦IP4⟧\n  private_ip: ⟦~PRIV:10⟧\n  owner: ⟦EMAIL:corp⟧",
    reps=2,
)
P(
    "en-US",
    "medical intake, full",
    "NEW PATIENT FORM\nName: ⟦NAME⟧   DOB: ⟦DOB:us⟧\nSSN: ⟦SSN:dash⟧\nHome phone: ⟦PHONE:US:fixed:natl⟧   Cell: ⟦PHONE:US:mobile:natl⟧\nEmail: ⟦EMAIL⟧\nAllergies: penicillin",
)

# ---------------- more CARD ----------------
P("sv", "Swedish", "Kortnummer: ⟦CARD:visa:space⟧, giltigt t.o.m. 09/27.")
P("cs", "Czech", "Číslo karty: ⟦CARD:mc:space⟧, platnost do 11/26.")
P("ro", "Romanian", "Numărul cardului: ⟦CARD:visa:space⟧, expiră 05/28.")
P("hi", "Hindi", "मेरा कार्ड नंबर ⟦CARD:visa:space⟧ है, एक्सपायरी 06/27।")
P("he", "Hebrew", "מספר כרטיס: ⟦CARD:mc:space⟧ תוקף 10/26")
P("th", "Thai", "หมายเลขบัตร ⟦CARD:visa:space⟧ หมดอายุ 01/28")
P("fil", "Filipino", "Ito po yung card ko pang-bayad sa booking: ⟦CARD:mc:space⟧, exp 12/27.")
P("uk", "Ukrainian", "Номер картки: ⟦CARD:mc:space⟧, дійсна до 04/27.")
P("ar-EG", "Egyptian Arabic", "رقم الكارت ⟦CARD:mc:nosep⟧ وتاريخ الانتهاء 03/27")
P("es-CO", "Colombian chat", "parce pásame la plata o paga con esta: ⟦CARD:visa:dash⟧ vence 09/26")
P(
    "en-US",
    "POS debug log",
    "[POS-07] ⟦~DATE:iso⟧ ⟦~TIME⟧ swipe track2 parsed: PAN=⟦CARD:nosep⟧ EXP=2711 SVC=201",
)
P(
    "en-US",
    "receipt e-mail leaking full number",
    "Thank you for your purchase!\nPaid with: Mastercard ⟦CARD:mc:space⟧\nAuth code: ⟦~UPPER:6⟧\nTotal: $86.17",
)
P(
    "en-GB",
    "chat, Amex split over words",
    "my amex is ⟦CARD:amex:space⟧ and the code on the front is ⟦~DIGITS:4⟧ — can you book the restaurant for Saturday?",
)
P(
    "en-US",
    "card column in TSV",
    "txn_id\tcard\tamount\tmerchant\n⟦~DIGITS:10⟧\t⟦CARD:nosep⟧\t42.10\tCOFFEE BAR 22\n⟦~DIGITS:10⟧\t⟦CARD:nosep⟧\t7.99\tSTREAMING SVC",
    reps=2,
)
P(
    "de",
    "German phone order note",
    "Telefonische Bestellung: Kunde gibt Kartennummer ⟦CARD:mc:space⟧ durch, Ablauf 08/27, Prüfnummer ⟦~DIGITS:3⟧.",
)
P("pt-PT", "Portuguese", "Os dados do cartão são ⟦CARD:visa:space⟧, validade 10/27.")
P("ja", "Japanese Visa, no spaces", "クレジットカード番号：⟦CARD:visa:nosep⟧（有効期限 2027年4月）")
P("ko", "Korean card, dashed", "결제 카드: ⟦CARD:mc:dash⟧")
P("zh-TW", "Taiwanese", "信用卡卡號：⟦CARD:jcb:dash⟧，有效月年 06/28")
P(
    "en-US",
    "Diners and Discover in wallet note",
    "cards in my wallet: discover ⟦CARD:discover:space⟧, diners ⟦CARD:diners:space⟧",
)

# ---------------- more SSN ----------------
P(
    "en-US",
    "ADP-style pay stub header",
    "EARNINGS STATEMENT\nEmployee: ⟦NAME⟧\nSoc Sec #: ⟦SSN:dash⟧\nPay date: ⟦~DATE:us⟧   Period: biweekly\nGross pay: $2,846.15",
)
P(
    "en-US",
    "Medicaid application",
    "Applicant 1 — Name: ⟦NAME⟧, SSN: ⟦SSN:dash⟧, relationship: self\nApplicant 2 — Name: ⟦NAME⟧, SSN: ⟦SSN:dash⟧, relationship: child",
)
P(
    "en-US",
    "email from school district",
    "We are missing the Social Security number for your student ⟦FIRST⟧. If you choose to provide it, reply with the number (e.g. ⟦SSN:dash⟧ as on the card) or bring the card to the front office.",
)
P(
    "en-US",
    "customer service chat, spaced",
    "agent: To continue I need to verify the primary account holder's SSN.\ncustomer: ⟦SSN:space⟧\nagent: Thank you, that matches.",
)
P(
    "en-US",
    "duplicate account report",
    "Possible duplicate: accounts ⟦~DIGITS:8⟧ and ⟦~DIGITS:8⟧ share SSN ⟦SSN:dash⟧ and date of birth ⟦DOB:us⟧.",
)
P(
    "en-US",
    "HR ticket, SSN in subject",
    "Subject: W-2 reissue for ⟦NAME⟧ (SSN ⟦SSN:dash⟧)\nBody: Employee moved, please mail the corrected W-2 to the new address on file.",
)
P(
    "en-US",
    "mortgage application CSV",
    "loan_no,borrower,ssn,co_borrower_ssn,ltv\n⟦~DIGITS:10⟧,⟦NAME⟧,⟦SSN:dash⟧,,0.80\n⟦~DIGITS:10⟧,⟦NAME⟧,⟦SSN:dash⟧,⟦SSN:dash⟧,0.92",
    reps=2,
)
P(
    "es-US",
    "Spanish call transcript",
    "Agente: ¿Me confirma su número de Seguro Social?\nCliente: Sí, es el ⟦SSN:dash⟧.\nAgente: Gracias, señora.",
)
P(
    "fr-CA",
    "Canadian French about a US SSN",
    "Mon numéro de sécurité sociale américain est le ⟦SSN:dash⟧ (j'ai travaillé à Boston deux ans).",
)
P("zh-TW", "Traditional Chinese", "美國社會安全碼：⟦SSN:dash⟧（報稅用，請勿外流）")
P("id", "Indonesian student in US", "SSN saya ⟦SSN:dash⟧, dipakai untuk kerja part-time di kampus.")
P("th", "Thai", "หมายเลขประกันสังคมสหรัฐฯ (SSN) ของฉันคือ ⟦SSN:dash⟧")
P("tr", "Turkish", "ABD Sosyal Güvenlik Numaram (SSN): ⟦SSN:dash⟧")
P("el", "Greek", "Ο αμερικανικός αριθμός κοινωνικής ασφάλισης (SSN) μου είναι ⟦SSN:dash⟧.")
P(
    "nl",
    "Dutch expat",
    "Voor de Amerikaanse belastingaangifte: mijn Social Security Number is ⟦SSN:dash⟧.",
)
P(
    "en-US",
    "JSON with nested SSN bare",
    '{"member": {"id": "M⟦~DIGITS:8⟧", "ssn": ⟦SSN:plain⟧, "plan": "gold"}}',
)
P(
    "en-US",
    "SSN with label in previous column header, no dashes",
    "Name | Social | Start\n⟦NAME⟧ | ⟦SSN:plain⟧ | 2022-08-01",
)

# ---------------- more PHONE / IP ----------------
P(
    "en-US",
    "extension in office directory",
    "Front desk ⟦PHONE:US:fixed:dash:ext⟧ · Billing ⟦PHONE:US:fixed:natl:ext⟧ · Fax ⟦PHONE:US:fixed:dash⟧",
)
P(
    "en-GB",
    "UK switchboard with extension",
    "Call the switchboard on ⟦PHONE:GB:fixed:natl:ext⟧ and ask for accounts.",
)
P("de-AT", "Austrian slash format", "Tel. ⟦PHONE:AT:fixed:slash⟧, Mobil ⟦PHONE:AT:mobile:natl⟧")
P("fr", "French 00 format from abroad", "De l'étranger, composez le ⟦PHONE:FR:fixed:00⟧.")
P("it", "Italian +39 no spaces", "Numero: ⟦PHONE:IT:mobile:e164⟧ (solo WhatsApp)")
P(
    "es-MX",
    "Mexican business landline",
    "Informes y ventas al ⟦PHONE:MX:fixed:intl⟧, con gusto le atendemos.",
)
P("pt-BR", "Brazilian chat with 0xx", "Liga no fixo lá de casa: ⟦PHONE:BR:fixed:natl⟧")
P("ar", "Saudi landline intl", "هاتف المكتب: ⟦PHONE:SA:fixed:intl⟧")
P("vi", "Vietnamese landline", "Điện thoại cố định: ⟦PHONE:VN:fixed:natl⟧ (giờ hành chính)")
P("id", "Indonesian landline", "Telp. kantor: ⟦PHONE:ID:fixed:natl⟧")
P(
    "en",
    "meetup roster, international mix",
    "Roster:\n- ⟦NAME:fr⟧, ⟦PHONE:FR:mobile:intl⟧\n- ⟦NAME:ja⟧, ⟦PHONE:JP:mobile:intl⟧\n- ⟦NAME:pt⟧, ⟦PHONE:BR:mobile:intl⟧",
)
P(
    "en",
    "IP allowlist in chat",
    "please add these to the allowlist: ⟦IP4⟧, ⟦IP4⟧ and the v6 range host ⟦IP6⟧",
)
P(
    "en",
    "audit log line, IPv6 client",
    "⟦~DATE:iso⟧T⟦~TIME⟧Z audit user_id=⟦~INT:1000:99999⟧ action=export_csv rows=⟦~INT:10:9999⟧ client=⟦IP6⟧",
)
P(
    "de",
    "German ticket about IP",
    "Seit heute Morgen kommen Anfragen von ⟦IP4⟧ im Sekundentakt. Bitte prüfen, ob wir die IP sperren sollen.",
)

# ==========================================================================
# HARD NEGATIVES  (no person names, no real values of any labelled kind)
# ==========================================================================

# ---- orders, tracking, bookings, tickets ----
N(
    "en",
    "order shipped, Amazon-style order id",
    "Your order #⟦~AMZ⟧ has shipped! Estimated delivery: Thu, Mar 14. Track your package in Your Orders.",
    reps=2,
)
N("en", "UPS tracking", "UPS tracking number: ⟦~UPS⟧ — status: Out for delivery", reps=2)
N(
    "en",
    "USPS tracking 22 digits",
    "USPS Tracking® ⟦~USPS⟧ — Delivered, In/At Mailbox, ⟦~DATE:us⟧ 2:41 pm",
)
N(
    "en",
    "FedEx tracking",
    "FedEx shipment ⟦~DIGITS:12⟧ is on its way. Scheduled delivery: Friday by end of day.",
)
N(
    "en",
    "DHL waybill",
    "DHL Express Waybill: ⟦~DIGITS:10⟧ | Pieces: 2 | Weight: 4.3 kg | Origin: Leipzig Hub",
)
N(
    "en",
    "airline booking",
    "Booking confirmed. Confirmation code: ⟦~BOOKREF⟧. Flight LH 1723 MUC → LIS, dep 07:25, seat 14C. E-ticket no. 220⟦~DIGITS:10⟧.",
    reps=2,
)
N(
    "en",
    "support ticket number",
    "Thanks for contacting us. Your ticket number is #⟦~INT:100000:999999⟧. A member of the team will respond within 24 hours.",
    reps=2,
)
N(
    "en",
    "invoice summary",
    "Invoice ⟦~INVOICE⟧ | Issued ⟦~DATE:iso⟧ | Subtotal $1,240.00 | Tax $102.30 | Total $1,342.30 | Terms: Net 30",
    reps=2,
)
N(
    "en",
    "hotel reservation",
    "Reservation #⟦~DIGITS:9⟧ · 2 adults · 3 nights · Check-in 15:00 · Rate €129.00/night incl. breakfast",
)
N(
    "en",
    "parcel locker code",
    "Your parcel is waiting in locker 12 at Central Station. Pick-up code: ⟦~DIGITS:6⟧. Valid until ⟦~DATE:eu⟧.",
)
N(
    "en",
    "restaurant order",
    "Order 0⟦~DIGITS:3⟧ ready for pickup — 2x margherita, 1x garlic bread. Total $31.50",
)
N(
    "en",
    "train ticket",
    "Ticket ⟦~UPPER:10⟧ · Coach 7 · Seat 64 · Departure 08:12 Platform 3 · Price £42.60",
)
N(
    "en",
    "car rental",
    "Rental agreement ⟦~DIGITS:10⟧ · Vehicle class: Compact · Pick-up 09:00 · Mileage out: 45,118 km",
)
N(
    "de",
    "German order confirmation",
    "Vielen Dank für Ihre Bestellung! Bestellnummer: ⟦~DIGITS:10⟧, Rechnungsbetrag 89,90 €, Lieferung voraussichtlich am ⟦~DATE:dot⟧.",
)
N(
    "es",
    "Spanish order",
    "Pedido nº ⟦~DIGITS:7⟧ recibido. Total: 45,80 € (IVA incl.). Entrega estimada en 48-72 horas.",
)
N(
    "fr",
    "French order",
    "Numéro de commande : ⟦~DIGITS:9⟧ — montant : 128,40 € — livraison en point relais sous 3 jours ouvrés.",
)
N(
    "it",
    "Italian order",
    "Numero ordine ⟦~DIGITS:8⟧ – spedizione con corriere BRT, consegna prevista entro venerdì.",
)
N(
    "pt-BR",
    "Brazilian order",
    "Pedido #⟦~DIGITS:9⟧ confirmado! Valor: R$ 349,90 em 3x sem juros. Prazo de entrega: 5 dias úteis.",
)
N(
    "nl",
    "Dutch order",
    "Bestelnummer ⟦~DIGITS:10⟧ — je pakket wordt morgen tussen 14:00 en 17:00 bezorgd.",
)
N(
    "pl",
    "Polish order",
    "Numer zamówienia: ⟦~DIGITS:8⟧. Kwota do zapłaty: 249,99 zł. Paczka trafi do Paczkomatu w ciągu 2 dni.",
)
N("tr", "Turkish order", "Sipariş no: ⟦~DIGITS:10⟧ — kargoya verildi. Tutar: 1.249,00 TL")
N(
    "ru",
    "Russian order",
    "Номер заказа: ⟦~DIGITS:9⟧. Сумма к оплате: 3 490 ₽. Пункт выдачи работает до 21:00.",
)
N(
    "ar",
    "Arabic order",
    "رقم الطلب: ⟦~DIGITS:9⟧ — سيتم التوصيل خلال 3 أيام عمل. المبلغ الإجمالي 245 ريال.",
)
N("zh", "Chinese order number 18 digits", "订单号：⟦~DIGITS:18⟧，实付款 ¥128.00，预计3日内发货。")
N(
    "ja",
    "Japanese order",
    "ご注文番号：⟦~DIGITS:3⟧-⟦~DIGITS:7⟧-⟦~DIGITS:7⟧　お支払い金額：¥12,800（税込）",
)
N("ko", "Korean order", "주문번호 ⟦~DIGITS:14⟧ 배송이 시작되었습니다. 결제금액 39,800원")
N(
    "id",
    "Indonesian order",
    "No. pesanan INV/⟦~DIGITS:8⟧/MPL/⟦~DIGITS:10⟧ telah dikirim. Total Rp 185.000.",
)
N(
    "vi",
    "Vietnamese order",
    "Mã đơn hàng: ⟦~UPPER:12⟧ — Tổng tiền: 459.000đ — Giao hàng dự kiến 2-3 ngày.",
)
N("th", "Thai order", "หมายเลขคำสั่งซื้อ ⟦~DIGITS:15⟧ จัดส่งแล้ว ยอดชำระ ฿590")
N("hi", "Hindi order", "आपका ऑर्डर नंबर ⟦~DIGITS:10⟧ है। कुल राशि ₹1,499।")
N("el", "Greek order", "Αριθμός παραγγελίας: ⟦~DIGITS:8⟧ — σύνολο 64,90 €")
N("ro", "Romanian order", "Comanda nr. ⟦~DIGITS:9⟧ a fost expediată prin FAN Courier.")
N(
    "sw",
    "Swahili receipt",
    "Muamala umekamilika. Kumbukumbu: ⟦~UPPER:10⟧. Kiasi: KSh 1,250.00. Salio: KSh 3,407.50.",
)
N(
    "fil",
    "Filipino delivery",
    "Ang iyong order ⟦~UPPER:14⟧ ay naipadala na. Kabuuang halaga: ₱1,299.00",
)

# ---- phone-looking numbers that are explicitly something else ----
N(
    "de",
    "customer number shaped like a phone number",
    "Ihre Kundennummer lautet 0⟦~DIGITS:9⟧ – bitte bei allen Rückfragen angeben.",
    phone_ok=True,
)
N(
    "fr",
    "customer number, 10 digits starting 06",
    "Numéro client : 06⟦~DIGITS:8⟧ (à rappeler dans toute correspondance, ce n'est pas un numéro de téléphone).",
    phone_ok=True,
)
N(
    "en",
    "policy number in phone shape",
    "Policy number: ⟦~INT:201:989⟧-⟦~INT:200:989⟧-⟦~DIGITS:4⟧ (please quote this on all claims)",
    phone_ok=True,
)
N(
    "en",
    "member ID 10 digits",
    "Member ID ⟦~INT:2010000000:9899999999⟧ · Group 00⟦~DIGITS:4⟧ · Plan: Silver HMO · Copay $25",
    phone_ok=True,
)
N(
    "es",
    "reference number 9 digits",
    "Referencia del pedido: 6⟦~DIGITS:8⟧. Guárdela para cualquier reclamación.",
    phone_ok=True,
)
N(
    "en-GB",
    "meter serial, 11 digits",
    "Gas meter serial: 07⟦~DIGITS:9⟧ — reading 04512 m³ submitted on ⟦~DATE:eu⟧.",
    phone_ok=True,
)
N("en", "epoch timestamp", "created_at=⟦~EPOCH⟧ updated_at=⟦~EPOCH⟧ ttl=86400", phone_ok=True)
N(
    "en",
    "account reference in E.164-like shape",
    "Ref: +⟦~DIGITS:11⟧ is the batch identifier for the March payout run (not a phone number).",
    phone_ok=True,
)
N(
    "it",
    "Italian codice cliente",
    "Codice cliente: 3⟦~DIGITS:9⟧ – conservare per il servizio clienti.",
    phone_ok=True,
)
N("nl", "Dutch klantnummer", "Klantnummer 06⟦~DIGITS:8⟧, factuurnummer ⟦~DIGITS:8⟧.", phone_ok=True)
N(
    "en-IN",
    "Indian consumer number",
    "Electricity consumer no. 9⟦~DIGITS:9⟧, bill amount ₹2,316, due date ⟦~DATE:eu⟧.",
    phone_ok=True,
)
N("zh", "Chinese waybill 11-13 digits", "快递单号：7⟦~DIGITS:12⟧（中通快递）", phone_ok=True)
N(
    "en",
    "ISBN-10 in bibliography",
    "The Art of Computer Programming, vol. 1, 3rd ed., Addison-Wesley, ISBN 0-201-89683-4.",
    phone_ok=True,
)
N(
    "en",
    "lottery numbers",
    "Tonight's winning numbers: 07 19 23 34 41 48, Powerball 12.",
    phone_ok=True,
)
N("en", "score sheet", "Final scores: 101-97, 88-84, 115-109 (OT).", phone_ok=True)
N("en", "batch/lot number", "Lot 2⟦~DIGITS:9⟧ · Exp 2026-08 · Store below 25 °C", phone_ok=True)
N(
    "ja",
    "Japanese 会員番号",
    "会員番号：0⟦~DIGITS:9⟧（お問い合わせの際にお伝えください）",
    phone_ok=True,
)
N(
    "pt-BR",
    "Brazilian protocol number",
    "Protocolo de atendimento: 2024⟦~DIGITS:8⟧. Guarde este número.",
    phone_ok=True,
)

# ---- versions, builds, hashes, ids ----
N(
    "en",
    "versions",
    "Upgraded to Python 3.12.3, Django 5.0.6 and psycopg 3.1.19; Node stays on 20.12.2.",
)
N(
    "en",
    "Windows build",
    "OS Name: Microsoft Windows 11 Pro, Version 10.0.22631 Build 22631.3447",
    phone_ok=True,
)
N(
    "en",
    "Chrome user agent",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.118 Safari/537.36",
    phone_ok=True,
)
N(
    "en",
    "git commit and tag",
    "Merge pull request #⟦~INT:100:9999⟧ from feature/retry-backoff\n\ncommit ⟦~HEX:40⟧ (tag: v⟦~VERSION⟧)",
)
N(
    "en",
    "UUIDs in log",
    "request_id=⟦~UUID⟧ trace_id=⟦~HEX:32⟧ span_id=⟦~HEX:16⟧ status=200 duration_ms=41",
    reps=2,
)
N("en", "sha256 checksum", "⟦~HEX:64⟧  ubuntu-24.04-live-server-amd64.iso")
N("en", "docker image digest", "docker pull registry.kestrel-labs.net/api@sha256:⟦~HEX:64⟧")
N(
    "en",
    "package lock entry",
    '"node_modules/lodash": {"version": "4.17.21", "integrity": "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXPs17LhbZVGedAJv8XZ1tvj5FvSg=="}',
)
N(
    "en",
    "semantic version changelog",
    "## [⟦~VERSION⟧] - ⟦~DATE:iso⟧\n### Fixed\n- Crash when importing CSV files larger than 2 GB (#⟦~INT:1000:9999⟧)",
)
N(
    "en",
    "serial and part numbers",
    "S/N: ⟦~UPPER:12⟧\nP/N: 8200-⟦~DIGITS:4⟧-01\nFirmware: 4.2.1 (build ⟦~INT:1000:9999⟧)\nMAC: ⟦~MAC⟧",
)
N("en", "product codes", "SKU WH-1000XM5/B · Model A2484 · EAN ⟦~EAN⟧ · HS code 8518.30.2000")
N(
    "en",
    "EAN barcodes list",
    "Barcodes for the shelf labels:\n⟦~EAN:40⟧  Oat milk 1 L\n⟦~EAN:50⟧  Rye bread 500 g\n⟦~EAN:87⟧  Peanut butter",
    reps=2,
)
N(
    "en",
    "ISBN-13",
    "Reading list: ISBN ⟦~ISBN⟧ (paperback), ISBN ⟦~ISBN⟧ (hardcover), both from the university library.",
    reps=2,
)
N("en", "VIN", "VIN: 1HGCM82633A⟦~DIGITS:6⟧ · Odometer 84,211 mi · Title: clean")
N(
    "en",
    "MAC address table",
    "Interface  MAC                Vendor\neth0       ⟦~MAC⟧  Intel\nwlan0      ⟦~MAC⟧  Realtek",
)
N(
    "en",
    "Luhn-failing loyalty number",
    "Loyalty card no. ⟦~LUHNBAD:16:space⟧ — 2,340 points, Gold tier until December.",
    reps=2,
)
N(
    "en",
    "gift card code, Luhn fails",
    "Gift card number ⟦~LUHNBAD:16:none⟧, PIN ⟦~DIGITS:4⟧, balance $25.00 (store credit, not a payment card).",
)
N(
    "en",
    "Luhn-failing consignment number",
    "Consignment note ⟦~LUHNBAD:16:dash⟧ — 3 pallets, 1,140 kg",
)
N(
    "en",
    "rejected invalid card number",
    "The checkout rejected ⟦~LUHNBAD:16:space⟧ with 'invalid card number — please check the digits' because the checksum failed.",
)
N(
    "de",
    "German Luhn-failing customer card",
    "Payback-Kartennummer ⟦~LUHNBAD:16:space⟧ – Punktestand 1.204",
)
N(
    "en",
    "masked card and SSN",
    "Card ending ⟦~MASKCARD⟧ was charged $14.99. SSN on file: ⟦~MASKSSN⟧.",
    reps=3,
)
N(
    "en",
    "masked phone",
    "We sent a verification code to +44 7*** ***⟦~DIGITS:3⟧ and to the e-mail ending in @gmail.com.",
)
N(
    "en",
    "last four only",
    "For security, please confirm the last 4 of your SSN (⟦~LAST4⟧) and your 5-digit billing ZIP.",
    phone_ok=True,
)

# ---- SSN-shaped but not SSNs; other tax / bank ids ----
N("en-US", "SSN placeholder", "Enter SSN in the format 000-00-0000. Do not include spaces.")
N(
    "en-US",
    "invalid area 000/666/9xx in a validation test description",
    "Unit tests cover rejected inputs such as ⟦~BADSSN:000⟧, ⟦~BADSSN:666⟧ and ⟦~BADSSN:9xx⟧, which the SSA never issues.",
)
N(
    "en-US",
    "group 00 and serial 0000",
    "The form rejected ⟦~BADSSN:g00⟧ and ⟦~BADSSN:s0000⟧ because group 00 and serial 0000 are never assigned.",
)
N(
    "en-US",
    "ITIN",
    "ITIN: ⟦~ITIN⟧ (Individual Taxpayer Identification Number issued by the IRS, not an SSN)",
    reps=2,
)
N(
    "en-US",
    "EIN on business form",
    "Employer Identification Number (EIN): ⟦~EIN⟧\nBusiness name: Harbor Point Logistics LLC\nEntity type: Single-member LLC",
    reps=3,
)
N(
    "en-US",
    "ABA routing number",
    "ACH details — Routing number (ABA): ⟦~ROUTING⟧. Use the account number printed on your check for the rest.",
    reps=2,
)
N(
    "en-US",
    "wire instructions with routing and SWIFT",
    "Incoming wires: Routing ⟦~ROUTING⟧, SWIFT CHASUS33, Reference: INV ⟦~DIGITS:6⟧",
    reps=2,
)
N(
    "en-US",
    "ZIP+4 codes",
    "Delivery zone covers ZIP+4 ⟦~ZIP4⟧ through ⟦~ZIP4⟧; PO boxes excluded.",
    reps=2,
)
N(
    "en-US",
    "case number in SSN shape with invalid area",
    "Court case no. ⟦~BADSSN:9xx⟧ was continued to the next term.",
)
N(
    "en-US",
    "CAS registry numbers",
    "Ingredients: water (CAS 7732-18-5), glycerin (CAS 56-81-5), ethanol (CAS 64-17-5).",
)
N(
    "en-US",
    "legal citation and docket",
    "See 42 U.S.C. § 1983 and Fed. R. Civ. P. 12(b)(6). Docket No. 1:23-cv-0⟦~DIGITS:4⟧ (S.D.N.Y.).",
)
N(
    "en-US",
    "9-digit order number with explicit label",
    "Order number ⟦~INT:100000000:899999999⟧ — this is your order number, not an account or ID number.",
    phone_ok=True,
)
N(
    "en-US",
    "DUNS and NAICS",
    "D-U-N-S Number: ⟦~DIGITS:2⟧-⟦~DIGITS:3⟧-⟦~DIGITS:4⟧ · NAICS 484121 · CAGE code ⟦~UPPER:5⟧",
    phone_ok=True,
)
N(
    "en-GB",
    "UK company and VAT numbers",
    "Registered in England and Wales, company no. ⟦~DIGITS:8⟧. VAT reg. no. GB ⟦~DIGITS:3⟧ ⟦~DIGITS:4⟧ ⟦~DIGITS:2⟧.",
    phone_ok=True,
)
N(
    "de",
    "German tax office data of a company",
    "Steuernummer: ⟦~DIGITS:3⟧/⟦~DIGITS:3⟧/⟦~DIGITS:5⟧ · USt-IdNr.: DE⟦~DIGITS:9⟧ · Amtsgericht Leipzig HRB ⟦~DIGITS:5⟧",
    phone_ok=True,
)
N(
    "fr",
    "French SIRET",
    "SIRET : ⟦~DIGITS:3⟧ ⟦~DIGITS:3⟧ ⟦~DIGITS:3⟧ ⟦~DIGITS:5⟧ — APE 6201Z — TVA intracommunautaire FR⟦~DIGITS:11⟧",
    phone_ok=True,
)
N("en-US", "bank SWIFT/BIC only", "Beneficiary bank SWIFT: ⟦~BIC⟧. Intermediary bank: CHASUS33XXX.")

# ---- IBAN-like but not valid IBANs ----
N(
    "de",
    "IBAN with wrong check digits",
    "Die eingegebene IBAN ⟦~BADIBAN:DE:print⟧ ist ungültig (Prüfziffer falsch). Bitte prüfen Sie Ihre Eingabe.",
    reps=2,
)
N(
    "en",
    "invalid IBAN in validator output",
    "iban_check: '⟦~BADIBAN⟧' -> INVALID (mod 97 = ⟦~INT:2:96⟧)",
    reps=2,
)
N(
    "fi",
    "ISO 11649 RF creditor reference",
    "Viitenumero: ⟦~RF⟧ — eräpäivä ⟦~DATE:dot⟧, summa 84,20 €",
    reps=2,
)
N("en", "RF creditor reference", "Please quote creditor reference ⟦~RF⟧ when paying this invoice.")
N(
    "nl",
    "Dutch betalingskenmerk",
    "Betalingskenmerk: ⟦~DIGITS:4⟧ ⟦~DIGITS:4⟧ ⟦~DIGITS:4⟧ ⟦~DIGITS:4⟧ — bedrag € 57,15",
)
N(
    "en",
    "SEPA creditor identifier placeholder",
    "Creditor ID: DE98ZZZ09999999999 (sample value from the bank's documentation)",
)

# ---- private, reserved, documentation IPs ----
N(
    "en",
    "home router setup",
    "Log in to the router at ⟦~PRIV:192⟧ with the password printed on the sticker. DHCP range: 192.168.1.100–192.168.1.200.",
)
N(
    "en",
    "docker networking",
    "docker0: inet 172.17.0.1/16; container web at ⟦~PRIV:172⟧, db at ⟦~PRIV:172⟧",
)
N(
    "en",
    "localhost health check",
    "curl -s http://127.0.0.1:8080/healthz && curl -s http://localhost:9090/metrics",
)
N(
    "en",
    "documentation IPs",
    "Example: set upstream to ⟦~PRIV:doc⟧ and the fallback to ⟦~PRIV:doc⟧ (both from the documentation ranges).",
    reps=2,
)
N(
    "en",
    "IPv6 doc, ULA, link-local, loopback",
    "ip -6 addr: ⟦~PRIV:doc6⟧/64 (example), ⟦~PRIV:ula⟧/48 (ULA), ⟦~PRIV:ll6⟧ (link-local), ::1 (loopback)",
)
N(
    "en",
    "k8s internal",
    "kube-dns ClusterIP 10.96.0.10, pod CIDR 10.244.0.0/16, node ⟦~PRIV:10⟧ Ready",
)
N(
    "en",
    "CGNAT and link-local",
    "WAN address ⟦~PRIV:cgnat⟧ (carrier-grade NAT), fallback ⟦~PRIV:ll⟧ (APIPA)",
)
N(
    "en",
    "private subnet plan",
    "Subnets: 10.0.1.0/24 (app), 10.0.2.0/24 (db), 10.0.3.0/24 (mgmt). Bastion at ⟦~PRIV:10⟧.",
)
N("de", "German private IP", "Der Drucker hat die IP ⟦~PRIV:192⟧, bitte im Netzwerk so eintragen.")
N(
    "es",
    "Spanish private IP",
    "El servidor interno está en ⟦~PRIV:10⟧, solo accesible desde la VPN.",
)
N("zh", "Chinese private IP", "内网地址：⟦~PRIV:192⟧，网关 192.168.0.1")
N("ja", "Japanese localhost", "開発サーバーは 127.0.0.1:3000 で起動しています。")
N(
    "en",
    "subnet mask and netmask",
    "Netmask 255.255.255.0, broadcast 192.168.10.255, gateway 192.168.10.1.",
)
N(
    "en",
    "version that looks like an IP but has a big component",
    "Kernel 6.8.0-31-generic, Chrome 123.0.6312.122, Edge 124.0.2478.51",
    phone_ok=True,
)

# ---- dates, times, money, statistics, coordinates ----
N(
    "en",
    "meeting times",
    "Standup moved to 09:30–09:45 CET on 2024-04-15; retro on 04/26/2024 at 3 PM.",
)
N(
    "en",
    "prices",
    "Price drop! Was $1,299.00, now $999.99. Save 23%. Free shipping on orders over $35.",
)
N("de", "German prices", "Gesamtsumme: 12.345,67 € inkl. 19 % MwSt. (1.971,54 €)")
N("ja", "Japanese price", "税込価格 ¥128,000（本体 ¥116,364）")
N(
    "en",
    "population statistics",
    "Tokyo metropolitan area population: 37,468,000 (2018). Delhi: 28,514,000. Shanghai: 25,582,000.",
)
N(
    "en",
    "GDP figures",
    "GDP grew 2.5% to $27.36 trillion; unemployment 3.7%; CPI 310.326 (1982-84=100).",
)
N("en", "coordinates", "Meet at 48.8584° N, 2.2945° E — or in decimal: 48.858370, 2.294481.")
N("en", "GeoJSON coordinates", '{"type": "Point", "coordinates": [-74.005974, 40.712776]}')
N(
    "en",
    "research stats",
    "n = 1,204; mean age 41.3 (SD 12.7); OR 1.42 (95% CI 1.18–1.71); p < 0.001",
)
N("en", "sports", "Marathon results: 2:04:18, 2:05:41, 2:06:03. Attendance 42,113.")
N("en", "Bible and time references", "Read Psalm 23:1–6 and Romans 8:28 before the 10:30 service.")
N(
    "en",
    "ISO week and timestamps",
    "Build 2024-W15-3 finished at 2024-04-10T14:22:05.123Z (took 00:12:44).",
)
N(
    "en",
    "currency conversion table",
    "EUR/USD 1.0832 · GBP/USD 1.2671 · USD/JPY 151.62 · USD/INR 83.41",
)
N(
    "fr",
    "French dates and prices",
    "Soldes du 10/01/2024 au 06/02/2024 : jusqu'à -50 % sur 1 250 articles.",
)
N(
    "es",
    "Spanish stats",
    "La población de Madrid era de 3.332.035 habitantes en 2023, con una renta media de 16.215 €.",
)
N("ru", "Russian stats", "Население Москвы — 13 149 803 человека (2024), площадь — 2 561,5 км².")
N("zh", "Chinese stats", "2023年全国粮食总产量13908.2亿斤，比上年增加177.6亿斤。")
N("ko", "Korean weather", "내일 서울 최저 3도, 최고 14도. 미세먼지 농도 35㎍/㎥.")
N("ar", "Arabic prices", "سعر البرميل 82.45 دولار، وارتفع المؤشر بنسبة 1.3٪ إلى 11,874 نقطة.")
N("pt-BR", "Brazilian stats", "O PIB cresceu 2,9% em 2023, chegando a R$ 10,9 trilhões.")
N(
    "de",
    "German train schedule",
    "ICE 1007 ab Berlin Hbf 06:29, an München Hbf 10:31, Gleis 13, Wagen 21–28.",
)
N("tr", "Turkish", "Dolar/TL 32,41 seviyesinde; BIST 100 endeksi 9.102 puandan kapandı.")
N("it", "Italian", "Il treno Frecciarossa 9517 parte alle 08:35 dal binario 14.")
N("pl", "Polish", "Kurs euro: 4,3125 zł; inflacja w marcu wyniosła 2,0% r/r.")
N("hi", "Hindi cricket score", "भारत ने 50 ओवर में 7 विकेट पर 326 रन बनाए और मैच 41 रन से जीता।")
N("vi", "Vietnamese", "Giá vàng SJC hôm nay: 81,50 – 83,50 triệu đồng/lượng.")
N("th", "Thai", "อุณหภูมิสูงสุด 36 องศา ความชื้น 68% วันที่ 12/04/2567")
N("id", "Indonesian", "Harga cabai naik 12% menjadi Rp 45.000/kg per 3 April 2024.")
N("el", "Greek", "Το δρομολόγιο 08:15 από Πειραιά για Νάξο αναχωρεί από την πύλη E7.")
N("ro", "Romanian", "Cursul BNR: 1 EUR = 4,9712 lei, 1 USD = 4,5931 lei.")
N("sw", "Swahili", "Mvua ya milimita 42 ilinyesha jana Nairobi; joto la juu nyuzi 24.")

# ---- code and config without personal data ----
N(
    "en",
    "Python snippet",
    "for i in range(1024):\n    if i % 97 == 1:\n        buf[i] = 0x7F\nTIMEOUT = 30  # seconds",
)
N(
    "en",
    "regex for SSN in code",
    'SSN_PATTERN = re.compile(r"^\\d{3}-\\d{2}-\\d{4}$")  # format check only',
)
N(
    "en",
    "SQL with numeric ids",
    "SELECT id, total FROM orders WHERE id IN (4815162342, 4815162343) AND created_at > '2024-01-01';",
    phone_ok=True,
)
N(
    "en",
    "CSS",
    ".btn-primary { color: #1E90FF; padding: 12px 24px; border-radius: 4px; z-index: 1000; }",
)
N(
    "en",
    "Dockerfile",
    'FROM python:3.12-slim\nEXPOSE 8000\nENV PYTHONUNBUFFERED=1\nCMD ["gunicorn", "-w", "4", "-b", "0.0.0.0:8000", "app:app"]',
)
N(
    "en",
    "nginx config, internal only",
    "upstream api { server 127.0.0.1:9000; server 10.0.0.12:9000 backup; }\nlisten 80 default_server;",
)
N(
    "en",
    "JSON config",
    '{"retries": 5, "backoff_ms": [100, 200, 400, 800], "max_payload_bytes": 1048576, "region": "eu-central-1"}',
)
N(
    "en",
    "YAML CI",
    'jobs:\n  test:\n    runs-on: ubuntu-22.04\n    timeout-minutes: 20\n    strategy:\n      matrix:\n        python: ["3.10", "3.11", "3.12"]',
)
N(
    "en",
    "unix permissions and ports",
    "chmod 0644 config.yml && chown 1000:1000 data/ && ufw allow 5432/tcp",
)
N(
    "en",
    "hex dump",
    "00000000  89 50 4e 47 0d 0a 1a 0a  00 00 00 0d 49 48 44 52  |.PNG........IHDR|",
)
N(
    "en",
    "Java stack trace",
    'java.lang.NullPointerException: Cannot invoke "String.length()"\n\tat com.acme.billing.InvoiceService.render(InvoiceService.java:214)\n\tat com.acme.billing.Job.run(Job.java:57)',
)
N(
    "en",
    "test card placeholder text",
    "Use any future expiry date and any 3-digit CVC in sandbox mode; real card numbers are rejected.",
)
N("en", "math", "Let f(x) = 3x² − 12x + 9; roots at x = 1 and x = 3; f(10) = 189.")
N(
    "en",
    "C++ code with ::",
    "std::vector<int> v{1, 2, 3}; auto it = std::find(v.begin(), v.end(), 2);",
)
N("en", "time zones", "UTC+05:30 (IST), UTC−03:00 (BRT), UTC+09:00 (JST)")
N(
    "en",
    "lat/long in CSV",
    "station_id,lat,lon,elev_m\nST-0042,-33.8688,151.2093,58\nST-0043,35.6762,139.6503,40",
)
N(
    "en",
    "financial table",
    "Quarter,Revenue,EBITDA\nQ1 2024,1843221,412877\nQ2 2024,1921004,430115",
    phone_ok=True,
)
N(
    "en",
    "app usage analytics without ids",
    "DAU 48,112 · MAU 311,904 · avg session 6m12s · crash-free 99.82%",
)
N(
    "en",
    "dial-code reference table",
    "Country dialling codes: Germany +49, France +33, Japan +81, Brazil +55, Kenya +254.",
)
N(
    "en",
    "emergency numbers",
    "In an emergency dial 911 (US), 999 (UK) or 112 (EU). Poison control: ask the operator.",
)
N("en", "short codes", "Text STOP to 72166 to unsubscribe. Msg & data rates may apply.")

# ---- chat and prose with no personal data ----
N("en", "chat about a meeting", "can we push the call to 4:30? my train is delayed ~20 min")
N(
    "en",
    "recipe",
    "Bake at 180 °C for 25–30 minutes. Serves 4. 2 cups flour, 1½ tsp baking powder, 250 ml milk.",
)
N(
    "en",
    "room and floor numbers",
    "The workshop is in room 4.12 on the 4th floor, building C; lunch at 12:30 in the atrium.",
)
N("en", "bus timetable", "Route 42: 06:05, 06:35, 07:05, then every 15 min until 19:50.")
N(
    "en",
    "product review",
    "Battery lasts about 11 hours, charges in 90 minutes. 4/5 stars, would buy the 256 GB model again.",
)
N(
    "en",
    "IT helpdesk generic",
    "To reset your password go to Settings → Security → Reset. The link expires after 30 minutes.",
)
N(
    "de",
    "German generic chat",
    "Treffen wir uns um 18:30 am Hauptbahnhof, Gleis 7? Ich bringe die Karten mit.",
)
N("fr", "French generic", "Le rendez-vous est décalé au mardi 14 à 10 h 15, salle 3B.")
N("es", "Spanish generic", "El partido empieza a las 21:00; nos vemos en la puerta 3 del estadio.")
N("ja", "Japanese generic", "明日の会議は10時から第3会議室で行います。資料は12ページです。")
N("zh", "Chinese generic", "明天下午三点在二号楼305会议室开会，请准时参加。")
N("ko", "Korean generic", "오늘 회의는 오후 2시 30분, 7층 대회의실입니다.")
N("ru", "Russian generic", "Встреча перенесена на пятницу, 15:00, кабинет 214.")
N("ar", "Arabic generic", "الاجتماع غداً الساعة العاشرة صباحاً في القاعة رقم 3.")
N("pt-BR", "Portuguese generic", "A reunião foi remarcada para quinta às 14h30, sala 502.")
N("it", "Italian generic", "Ci vediamo alle 19:45 davanti al cinema, il film dura 2 ore e 10.")
N("nl", "Dutch generic", "De training begint om 19.30 uur op veld 2; neem je eigen bidon mee.")
N("tr", "Turkish generic", "Toplantı saat 11:00'de, 3. kattaki salonda yapılacak.")
N("pl", "Polish generic", "Spotkanie o 17:15 w sali 204, prezentacja ma 35 slajdów.")
N("id", "Indonesian generic", "Rapat dimulai pukul 09.00 WIB di ruang 2B lantai 5.")
N("vi", "Vietnamese generic", "Buổi họp bắt đầu lúc 8 giờ 30 tại phòng 402.")
N("hi", "Hindi generic", "बैठक कल सुबह 10 बजे कमरा नंबर 12 में होगी।")
N("sw", "Swahili generic", "Mkutano utaanza saa tatu asubuhi katika ukumbi namba 4.")
N("el", "Greek generic", "Η συνάντηση θα γίνει την Πέμπτη στις 17:00 στην αίθουσα 2.")
N("ro", "Romanian generic", "Ședința începe la ora 10:00 în sala 3, etajul 2.")
N("fil", "Filipino generic", "Ang meeting ay sa Huwebes, alas-dos ng hapon, sa conference room 3.")
N("th", "Thai generic", "ประชุมวันพุธ เวลา 13:30 น. ห้อง 501")
N("he", "Hebrew generic", "הפגישה נדחתה ליום חמישי בשעה 16:00 בחדר 3.")
N("uk", "Ukrainian generic", "Нарада відбудеться у вівторок о 10:00 в кімнаті 305.")
N("cs", "Czech generic", "Schůzka bude ve středu v 9:30 v zasedací místnosti č. 4.")
N("sv", "Swedish generic", "Mötet börjar 13.15 i rum 2.14, ta med laptop.")
N("hu", "Hungarian generic", "Az értekezlet csütörtökön 14:00-kor kezdődik a 3-as teremben.")
N(
    "en",
    "company contact without personal data",
    "Visit our help centre or use the chat button in the app — we're available 24/7.",
)
N(
    "en",
    "news snippet",
    "The central bank held rates at 5.25–5.50% for the sixth meeting in a row, citing sticky services inflation.",
)
N(
    "en",
    "maintenance notice",
    "Scheduled maintenance: Sat 02:00–04:00 UTC. Services affected: API v2, webhooks. Status page will be updated.",
)
N(
    "en",
    "spreadsheet of inventory",
    "sku,qty,bin,reorder_at\nA-1042,118,R3-S2,40\nA-1043,0,R3-S3,25\nB-2210,56,R7-S1,30",
    phone_ok=True,
)
N(
    "en",
    "weather station log",
    "2024-06-01 12:00 temp=24.6C rh=41% wind=12km/h NNE pressure=1013.2hPa",
)
N(
    "en",
    "bank branch opening hours",
    "Branch opening hours: Mon–Fri 9:30–16:30, Sat 10:00–13:00. ATMs available 24 hours.",
)
N(
    "en",
    "password policy text",
    "Passwords must be at least 12 characters and include 1 number; tokens expire after 3600 seconds.",
)
N(
    "en",
    "placeholder contact fields",
    "Name: ____________  Phone: (___) ___-____  Email: __________@________",
)
N(
    "en",
    "chess notation",
    "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O Be7 — Spanish Game, Closed Variation",
)
N("en", "music metadata", "Track 07 · 3:42 · 320 kbps · 44.1 kHz · ISRC US-S1Z-24-00123")
N(
    "en",
    "shipping container id",
    "Container MSCU ⟦~DIGITS:6⟧-⟦~DIGITS:1⟧, seal no. ⟦~DIGITS:7⟧, ETA Rotterdam 2024-05-02",
    phone_ok=True,
)
N(
    "en",
    "flight status",
    "UA 857 SFO→PVG delayed; new departure 13:45, gate G92, aircraft 777-300ER.",
)
N(
    "de",
    "German invoice without personal data",
    "Rechnungsnummer 2024-0815 · Leistungszeitraum 01.03.–31.03.2024 · Nettobetrag 1.037,82 € · zahlbar bis 15.04.2024",
)
N(
    "es",
    "Spanish invoice without personal data",
    "Factura 2024/000317 · Base imponible 820,00 € · IVA 21 % 172,20 € · Total 992,20 €",
    phone_ok=True,
)
N(
    "fr",
    "French receipt",
    "Ticket n° 0042 · Caisse 3 · 14/03/2024 18:22 · Total TTC 27,45 € · CB sans contact",
)
N("ja", "Japanese receipt", "領収書 No.⟦~DIGITS:6⟧ 2024年3月14日 合計 ¥3,280（内消費税 ¥298）")


# ==========================================================================
# build, check, write
# ==========================================================================

MIN_TOTAL, MIN_NEG = 600, 180
MIN_TEXTS = {"PHONE": 120, "SSN": 100, "EMAIL": 50, "CARD": 50, "IBAN": 50, "IP": 50}


def build():
    records, seen = [], set()
    for kind, pool in (("positive", POS), ("hard_negative", NEG)):
        for t in pool:
            for rep in range(t["reps"]):
                for attempt in range(200):
                    text, spans, meta = render(t["text"], t["lang"])
                    if text in seen:
                        continue
                    regions = [m["region"] for m in meta if "region" in m]
                    bad = leaks(text, spans, t["lang"], t["phone_ok"], regions)
                    bad += [
                        p
                        for p in (validate_span(text, s, m, t["lang"]) for s, m in zip(spans, meta))
                        if p
                    ]
                    if not bad:
                        break
                else:
                    raise SystemExit(
                        f"cannot fill template cleanly: {t['note']!r}: {bad} in {text!r}"
                    )
                if kind == "positive" and not spans:
                    raise SystemExit(f"positive template without spans: {t['note']}")
                if kind == "hard_negative" and spans:
                    raise SystemExit(f"negative template with spans: {t['note']}")
                seen.add(text)
                detail = []
                for s, m in zip(spans, meta):
                    if s["entity"] == "PHONE":
                        detail.append(f"PHONE {m['region']} {m['type']} {m['style']}")
                    elif s["entity"] == "IBAN":
                        detail.append(f"IBAN {m['country']}")
                    elif s["entity"] == "CARD":
                        detail.append(f"CARD {m['brand']}")
                note = f"{t['lang']}: {t['note']}" + (
                    f" [{'; '.join(dict.fromkeys(detail))}]" if detail else ""
                )
                records.append(
                    {
                        "text": text,
                        "spans": spans,
                        "kind": kind,
                        "note": note,
                        "_lang": t["lang"],
                        "_meta": meta,
                        "_phone_ok": t["phone_ok"],
                    }
                )
    rng.shuffle(records)
    return records


def final_check(records):
    """Re-run every check on the finished records and count them."""
    ent_texts, ent_spans, kinds, regions, langs = (
        Counter(),
        Counter(),
        Counter(),
        Counter(),
        Counter(),
    )
    for r in records:
        text, spans = r["text"], r["spans"]
        assert r["kind"] in ("positive", "hard_negative")
        assert (r["kind"] == "hard_negative") == (not spans), r
        last_end = -1
        for s, m in sorted(zip(spans, r["_meta"]), key=lambda x: x[0]["start"]):
            assert 0 <= s["start"] < s["end"] <= len(text)
            assert s["start"] >= last_end, f"overlapping spans in {text!r}"
            last_end = s["end"]
            problem = validate_span(text, s, m, r["_lang"])
            assert problem is None, (problem, text)
            if s["entity"] == "PHONE":
                regions[m["region"]] += 1
        regs = [m["region"] for m in r["_meta"] if "region" in m]
        left = leaks(text, spans, r["_lang"], r["_phone_ok"], regs)
        assert not left, (left, text)
        for e in {s["entity"] for s in spans}:
            ent_texts[e] += 1
        for s in spans:
            ent_spans[s["entity"]] += 1
        kinds[r["kind"]] += 1
        langs[r["_lang"].split("-")[0]] += 1
    return ent_texts, ent_spans, kinds, regions, langs


def main():
    records = build()
    ent_texts, ent_spans, kinds, regions, langs = final_check(records)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(
                json.dumps({k: r[k] for k in ("text", "spans", "kind", "note")}, ensure_ascii=False)
                + "\n"
            )
    # the written file must read back to the same, valid records
    back = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines()]
    assert len(back) == len(records)
    for b, r in zip(back, records):
        assert b["text"] == r["text"] and b["spans"] == r["spans"]
    print(f"wrote {len(records)} texts to {OUT}")
    print("kinds:", dict(kinds))
    print(f"{'entity':<11} {'texts':>6} {'spans':>6}")
    for e in [
        "PHONE",
        "SSN",
        "EMAIL",
        "CARD",
        "IBAN",
        "IP",
        "PERSON",
        "DOB",
        "ADDRESS",
        "URL_SECRET",
        "API_KEY",
    ]:
        print(f"{e:<11} {ent_texts[e]:>6} {ent_spans[e]:>6}")
    print(
        f"phone regions ({len(regions)}):",
        ", ".join(f"{k}:{v}" for k, v in sorted(regions.items())),
    )
    print(f"languages ({len(langs)}):", ", ".join(f"{k}:{v}" for k, v in sorted(langs.items())))
    ok = (
        len(records) >= MIN_TOTAL
        and kinds["hard_negative"] >= MIN_NEG
        and all(ent_texts[e] >= n for e, n in MIN_TEXTS.items())
    )
    print("size targets met:", ok)
    if not ok:
        sys.exit(1)


if __name__ == "__main__":
    main()
