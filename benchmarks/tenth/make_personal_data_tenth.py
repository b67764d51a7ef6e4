#!/usr/bin/env python3
# ruff: noqa: E501
"""Generator for the tenth blind evaluation set of the personal-data (PII) detector.

What this set is
----------------
``personal_data_tenth.jsonl`` is a labelled, blind evaluation set for the
detector that redacts personal data before a personal assistant is fine-tuned
on one person's own data (chats, e-mails, notes, documents, exports).  It
measures, per entity, recall (target >= 98 %) and precision (target >= 95 %)
on realistic text the detector has never seen.  Entities: EMAIL, PHONE, CARD,
IBAN, IP, SSN.

Each line is one JSON object with exactly the keys ``text``, ``spans`` (a list
of ``{"entity", "start", "end"}`` with Python string offsets), ``kind``
(``"positive"``: at least one span; ``"hard_negative"``: no span) and ``note``
(a short description of the case with its language(s) and phone regions).

How it was written
------------------
It was written from the task brief alone, without reading the detector, its
tests, its docs or any earlier evaluation set.  The texts are hand-written
templates (chats and group chats from many messengers, voice-mail and call
transcripts, e-mails with signatures, quoted replies and forwarded headers,
vCards, calendar invites, notes, to-do lists, address books, CSV/TSV exports,
JSON/YAML/INI/XML/TOML, shell history and logs, OCR'd forms, receipts,
invoices, statements, classified ads, social posts, CRM notes, support
tickets, markdown tables, password-manager exports) in more than forty
languages and scripts.  Each template is instantiated only a few times with
fresh synthetic values, names, regions and formats.

Value rules (all values are synthetic and come from ``random.Random(SEED)``)
----------------------------------------------------------------------------
* PHONE: random numbers accepted by ``phonenumbers.is_valid_number_for_region``
  (mobile, fixed line, toll free) for more than seventy regions, written in the
  library's formats (E164, INTERNATIONAL, NATIONAL, RFC3966 without "tel:")
  and in hand-made variants (hyphens, dots, slashes, regrouped spaces, "00"
  instead of "+", "(0)", brackets around the area code, compact, a few in
  Arabic-Indic, Persian or full-width digits).  Every variant is re-parsed
  with its region and kept only if it is the same valid number.
* CARD: Luhn-valid numbers with real brand prefixes and lengths (Visa,
  Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay, Maestro,
  Mir, RuPay, Elo, Troy, Verve, Hipercard, Dankort, Humo), grouped with
  spaces or hyphens, or compact.
* IBAN: mod-97-valid with each country's length and BBAN structure (letters
  where the structure has letters; national check digits for BE, ES, FR, NL
  and NO), in groups of four or compact, sometimes lower case.
* SSN: area 001-899 except 666, group 01-99, serial 0001-9999; dashed, spaced
  or bare, with English, Spanish or other cue words, or none in tables.
* IP: global addresses only (``ipaddress`` ``is_global``, not multicast or
  reserved); IPv6 in compressed, full, no-leading-zero and mixed forms.
* EMAIL: realistic addresses with plus-tags, dots, hyphens, digits,
  subdomains and a few IDN domains.

Conventions
-----------
Spans cover the value only: no "tel:"/"mailto:" prefix, no extension
("ext. 12", "x204", "доб. 123"), no port, no surrounding brackets or final
punctuation; a leading "+" is part of a phone number.  Fax numbers are PHONE.
IMEIs are never labelled.  Masked or partial values ("**** 1234",
"XXX-XX-1234") are never labelled.  CIDR blocks are not labelled.  In shell
commands "user@host" is not an e-mail address (only an IP host part is
labelled).  Hard negatives hold look-alikes only (order, ticket, tracking,
invoice, policy and booking numbers, versions, dates, amounts, ISBN/EAN/UPC,
UUIDs and hashes, Luhn-failing card-length numbers, mod-97-failing IBAN-shaped
strings, SSN-shaped numbers with invalid parts, ITIN/EIN, routing numbers,
sort codes, ZIP+4, other countries' national ids named as such, private,
documentation and loopback IPs, CIDR blocks, code, maths, coordinates, IMEIs,
serial numbers, flight numbers, masked values), never anything a careful
human would call a phone number.

Self-checks (run at the end; any failure raises)
------------------------------------------------
* every span lies within its text, spans do not overlap, and each span's
  text is a valid value for its entity: the phone parses and is valid for the
  region it was generated for, the card passes Luhn, the IBAN passes mod-97
  with its country's length, the SSN is in range, the IP is global, the
  e-mail matches a basic address pattern;
* positives have at least one span, hard negatives none;
* outside the spans no text holds a Luhn-valid 13-19 digit run (apart from
  deliberately placed IMEIs), a mod-97-valid IBAN, a global IP address, an
  e-mail address, an in-range dashed SSN, or a "+"-prefixed valid phone number.

Seed and running
----------------
``SEED = 20261204``; the output is deterministic (running twice gives
byte-identical files).  From the repository root::

    .venv/bin/python benchmarks/tenth/make_personal_data_tenth.py

It needs only the standard library and ``phonenumbers``.
"""

import datetime
import ipaddress
import json
import random
import re
import sys
import unicodedata
import zlib
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20261204
OUT = Path(__file__).resolve().parent / "personal_data_tenth.jsonl"
rng = random.Random(SEED)

DIG = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rdig(n, first_nonzero=True):
    s = "".join(rng.choice(DIG) for _ in range(n))
    if first_nonzero and n and s[0] == "0":
        s = rng.choice("123456789") + s[1:]
    return s


def rlet(n):
    return "".join(rng.choice(UPPER) for _ in range(n))


def ralnum(n):
    return "".join(rng.choice(UPPER + DIG) for _ in range(n))


def rhex(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


# ---------------------------------------------------------------- checksums

def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def digits_not_luhn(n, first_nonzero=True):
    while True:
        s = rdig(n, first_nonzero)
        if not (13 <= n <= 19) or not luhn_ok(s):
            return s


# ------------------------------------------------------------------- phones

_PTYPE = {"mob": PNT.MOBILE, "fix": PNT.FIXED_LINE, "toll": PNT.TOLL_FREE}
_POK = {
    "mob": (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE),
    "fix": (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE),
    "toll": (PNT.TOLL_FREE,),
}
_USED = set()


def new_phone(region, ptype=None):
    if ptype is None:
        ptype = rng.choices(["mob", "fix", "toll"], weights=[64, 30, 6])[0]
    order = [ptype] + [t for t in ("mob", "fix", "toll") if t != ptype]
    for t in order:
        ex = phonenumbers.example_number_for_type(region, _PTYPE[t])
        if ex is None:
            continue
        nsn = phonenumbers.national_significant_number(ex)
        cc = ex.country_code
        for attempt in range(800):
            keep = rng.randint(1, 3) if attempt < 500 else 4
            keep = max(1, min(keep, len(nsn) - 4))
            digits = nsn[:keep] + "".join(rng.choice(DIG) for _ in range(len(nsn) - keep))
            try:
                num = phonenumbers.parse("+%d%s" % (cc, digits))
            except phonenumbers.NumberParseException:
                continue
            if not phonenumbers.is_valid_number_for_region(num, region):
                continue
            if phonenumbers.number_type(num) not in _POK[t]:
                continue
            key = phonenumbers.format_number(num, PNF.E164)
            if key in _USED:
                continue
            _USED.add(key)
            return num
    raise RuntimeError("no phone for %s" % region)


def same_phone(text, region, num):
    try:
        p = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return (p.country_code == num.country_code and p.national_number == num.national_number
            and bool(p.italian_leading_zero) == bool(num.italian_leading_zero)
            and phonenumbers.is_valid_number_for_region(p, region))


_AR = str.maketrans(DIG, "٠١٢٣٤٥٦٧٨٩")
_FA = str.maketrans(DIG, "۰۱۲۳۴۵۶۷۸۹")
_FW = str.maketrans(DIG + "-", "０１２３４５６７８９－")


def _groups(s):
    return [g for g in re.split(r"[^\d+]+", s) if g]


def phone_variants(num, region):
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    e164 = phonenumbers.format_number(num, PNF.E164)
    rfc = phonenumbers.format_number(num, PNF.RFC3966)[4:]
    nsn = phonenumbers.national_significant_number(num)
    ig = _groups(intl)
    ng = _groups(nat)
    cc = "+%d" % num.country_code
    ndig = re.sub(r"\D", "", nat)
    v = {"intl": intl, "nat": nat, "e164": e164, "rfc": rfc}
    if len(ng) > 1:
        v["hy"] = "-".join(ng)
        v["dot"] = ".".join(ng)
        v["par"] = "(" + ng[0] + ") " + " ".join(ng[1:])
        v["slash"] = ng[0] + "/" + ("".join(ng[1:]) if rng.random() < 0.5 else " ".join(ng[1:]))
    if len(ig) > 2:
        v["ihy"] = "-".join(ig)
        v["idot"] = cc + " " + ".".join(ig[1:])
        v["ipar"] = cc + " (" + ig[1] + ") " + " ".join(ig[2:])
    v["00"] = "00" + intl[1:]
    if ndig.startswith("0") and not nsn.startswith("0"):
        v["zero"] = cc + " (0)" + " ".join(ig[1:])
        v["zero2"] = cc + " (0) " + " ".join(ig[1:])
    v["cmp"] = ndig
    v["icmp"] = cc + " " + nsn
    if len(ndig) >= 8:
        parts = []
        rest = ndig
        if len(rest) % 2:
            parts.append(rest[:3])
            rest = rest[3:]
        while rest:
            parts.append(rest[:2])
            rest = rest[2:]
        v["grp"] = " ".join(parts)
    if num.country_code == 1:
        v["us1"] = "1-" + "-".join(ng)
        v["us1p"] = "+1 (" + ng[0] + ") " + ng[1] + "-" + ng[2] if len(ng) == 3 else intl
    base_d = v.get("nat", intl)
    v["ar"] = (intl if rng.random() < 0.5 else nat).translate(_AR)
    v["fa"] = (nat if rng.random() < 0.6 else intl).translate(_FA)
    v["fw"] = base_d.translate(_FW)
    return {k: s for k, s in v.items() if same_phone(s, region, num)}


PHONE_WEIGHTS = [("intl", 24), ("nat", 24), ("e164", 9), ("rfc", 3), ("hy", 6), ("ihy", 3), ("dot", 3), ("idot", 2),
                 ("00", 5), ("zero", 3), ("zero2", 1), ("par", 4), ("ipar", 2), ("slash", 2), ("cmp", 4), ("icmp", 2),
                 ("grp", 2), ("us1", 2), ("us1p", 2)]


def fmt_phone(num, region, styles=None):
    v = phone_variants(num, region)
    if styles:
        cand = [s for s in styles if s in v]
        if cand:
            return v[rng.choice(cand)]
    cand = [(k, w) for k, w in PHONE_WEIGHTS if k in v]
    return v[rng.choices([k for k, _ in cand], weights=[w for _, w in cand])[0]]


# -------------------------------------------------------------------- cards

def card_prefix_len(brand):
    if brand == "visa":
        return "4", rng.choice([16] * 10 + [13, 19])
    if brand == "mc":
        return (str(rng.randint(51, 55)) if rng.random() < 0.6 else str(rng.randint(2221, 2720))), 16
    if brand == "amex":
        return rng.choice(["34", "37"]), 15
    if brand == "disc":
        return rng.choice(["6011", str(rng.randint(644, 649)), "65"]), rng.choice([16, 16, 16, 19])
    if brand == "jcb":
        return str(rng.randint(3528, 3589)), rng.choice([16, 16, 16, 19])
    if brand == "diners":
        p = rng.choice(["36", "300", "301", "303", "305", "38", "39"])
        return p, (14 if p == "36" or p.startswith("30") else 16)
    if brand == "unionpay":
        p = rng.choice([str(rng.randint(622126, 622925)), str(rng.randint(624, 626)), str(rng.randint(6282, 6288))])
        return p, rng.choice([16, 16, 19])
    if brand == "maestro":
        return rng.choice(["5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"]), rng.choice([16, 16, 19])
    if brand == "mir":
        return str(rng.randint(2200, 2204)), 16
    if brand == "rupay":
        return rng.choice(["6521", "6522", "6070", "6080", "508", "8172", "8219"]), 16
    if brand == "elo":
        return rng.choice(["636368", "438935", "504175", "451416", "636297", "506699", "509048", "650031", "401178", "457631"]), 16
    if brand == "troy":
        return "9792", 16
    if brand == "verve":
        return rng.choice([str(rng.randint(506099, 506198)), str(rng.randint(650002, 650027))]), rng.choice([16, 19])
    if brand == "hiper":
        return "606282", 16
    if brand == "dankort":
        return "5019", 16
    if brand == "humo":
        return "9860", 16
    raise KeyError(brand)


CARD_BRANDS = ["visa"] * 9 + ["mc"] * 7 + ["amex"] * 3 + ["disc", "jcb", "diners", "unionpay", "maestro", "mir", "rupay", "elo", "troy"]
_USED_CARDS = set()


def new_card(brand=None):
    brand = brand or rng.choice(CARD_BRANDS)
    while True:
        p, n = card_prefix_len(brand)
        d = luhn_complete(p + rdig(n - len(p) - 1, False))
        if d not in _USED_CARDS and len(set(d)) > 4:
            _USED_CARDS.add(d)
            return d


def group_card(d, sep=" "):
    n = len(d)
    if n == 15:
        sizes = [4, 6, 5]
    elif n == 14:
        sizes = [4, 6, 4]
    elif n == 13:
        sizes = [4, 4, 5]
    elif n == 19:
        sizes = [4, 4, 4, 4, 3] if rng.random() < 0.7 else [6, 13]
    else:
        sizes = [4] * (n // 4) + ([n % 4] if n % 4 else [])
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    return sep.join(out)


def fmt_card(d, style=None):
    style = style or rng.choices(["sp", "cmp", "hy"], weights=[55, 30, 15])[0]
    if style == "cmp":
        return d
    return group_card(d, " " if style == "sp" else "-")


# -------------------------------------------------------------------- IBANs

IBAN_SPEC = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "AZ": "4a20c", "BA": "3n3n8n2n", "BE": "3n7n2n",
    "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c", "CH": "5n12c", "CR": "4n14n", "CY": "3n5n16c", "CZ": "4n6n10n",
    "DE": "8n10n", "DK": "4n9n1n", "DO": "4c20n", "EE": "2n2n11n1n", "EG": "4n4n17n", "ES": "4n4n1n1n10n", "FI": "3n11n",
    "FO": "4n9n1n", "FR": "5n5n11c2n", "GB": "4a6n8n", "GE": "2a16n", "GI": "4a15c", "GL": "4n9n1n", "GR": "3n4n16c",
    "GT": "4c20c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n", "IL": "3n3n13n", "IQ": "4a3n12n", "IS": "4n2n6n10n",
    "IT": "1a5n5n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c", "LB": "4n20c", "LC": "4a24c", "LI": "5n12c",
    "LT": "5n11n", "LU": "3n13c", "LV": "4a13c", "MC": "5n5n11c2n", "MD": "2c18c", "ME": "3n13n2n", "MK": "3n10c2n",
    "MR": "5n5n11n2n", "MT": "4a5n18c", "MU": "4a2n2n12n3n3a", "NL": "4a10n", "NO": "4n6n1n", "PK": "4a16c", "PL": "8n16n",
    "PS": "4a21c", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c", "RS": "3n13n2n", "SA": "2n18c", "SE": "3n16n1n",
    "SI": "5n8n2n", "SK": "4n6n10n", "SM": "1a5n5n12c", "TN": "2n3n13n2n", "TR": "5n1n16c", "UA": "6n19c", "VG": "4a16n",
    "XK": "4n10n2n",
}


def _segs(cc):
    return [(int(n), t) for n, t in re.findall(r"(\d+)([nac])", IBAN_SPEC[cc])]


IBAN_LEN = {cc: 4 + sum(n for n, _ in _segs(cc)) for cc in IBAN_SPEC}
GB_BANKS = ["NWBK", "BARC", "MIDL", "LOYD", "HBUK", "NAIA", "MONZ", "REVO", "SRLG", "BUKB", "CPBK", "ABBY"]
IE_BANKS = ["AIBK", "BOFI", "IPBS", "ULSB", "PTSB"]


def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc, bban):
    return "%02d" % (98 - _num(bban + cc + "00") % 97)


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if len(s) < 15 or s[:2] not in IBAN_LEN or len(s) != IBAN_LEN[s[:2]]:
        return False
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    return _num(s[4:] + s[:4]) % 97 == 1


def _es_dc(ds):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
    return {10: 1, 11: 0}.get(d, d)


def new_bban(cc):
    while True:
        parts = []
        for n, t in _segs(cc):
            if t == "n":
                parts.append(rdig(n, False))
            elif t == "a":
                parts.append(rlet(n))
            else:
                parts.append("".join(rng.choice(UPPER) if rng.random() < 0.12 else rng.choice(DIG) for _ in range(n)))
        if cc == "GB":
            parts[0] = rng.choice(GB_BANKS)
        if cc == "IE":
            parts[0] = rng.choice(IE_BANKS)
        if cc == "BE":
            k = int(parts[0] + parts[1]) % 97 or 97
            parts[2] = "%02d" % k
        if cc == "FR":
            acct = "".join(c if c.isdigit() else str((ord(c) - 55) % 9 + 1) for c in parts[2])
            key = 97 - (89 * int(parts[0]) + 15 * int(parts[1]) + 3 * int(acct)) % 97
            parts[3] = "%02d" % key
        if cc == "ES":
            parts[2] = str(_es_dc("00" + parts[0] + parts[1]))
            parts[3] = str(_es_dc(parts[4]))
        if cc == "NL":
            if sum(int(c) * w for c, w in zip(parts[1], range(10, 0, -1))) % 11:
                continue
        if cc == "NO":
            w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
            ds = parts[0] + parts[1]
            k = 11 - sum(int(a) * b for a, b in zip(ds, w)) % 11
            if k == 10:
                continue
            parts[2] = str(0 if k == 11 else k)
        return "".join(parts)


_USED_IBAN = set()


def new_iban(cc):
    while True:
        bban = new_bban(cc)
        s = cc + iban_check(cc, bban) + bban
        assert iban_ok(s), s
        if s not in _USED_IBAN:
            _USED_IBAN.add(s)
            return s


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def fmt_iban(s, style=None):
    style = style or rng.choices(["grp", "cmp", "low"], weights=[62, 28, 10])[0]
    if style == "grp":
        return group4(s)
    if style == "cmp":
        return s
    return (group4(s) if rng.random() < 0.5 else s).lower()


def bad_iban(cc):
    s = new_iban(cc)
    while True:
        k = "%02d" % ((int(s[2:4]) + rng.randint(1, 95)) % 100)
        t = s[:2] + k + s[4:]
        if not iban_ok(t):
            return t


def rf_ref():
    ref = rdig(rng.randint(8, 14), False)
    return "RF%02d%s" % (98 - _num(ref + "RF00") % 97, ref)


def new_bic(cc):
    return rlet(4) + cc + rng.choice(["2X", "FF", "MM", "PP", "22", "XX", "HH", "2A"]) + rng.choice(["", "", "XXX", ralnum(3)])


# --------------------------------------------------------------------- SSNs

_USED_SSN = set()


def new_ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        t = (a, g, s)
        if t in _USED_SSN or t in ((78, 5, 1120), (219, 9, 9999), (123, 45, 6789)):
            continue
        _USED_SSN.add(t)
        return "%03d" % a, "%02d" % g, "%04d" % s


def fmt_ssn(style=None):
    a, g, s = new_ssn()
    style = style or rng.choices(["dash", "sp", "bare"], weights=[74, 10, 16])[0]
    return {"dash": "-", "sp": " ", "bare": ""}[style].join((a, g, s))


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, g, t = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 1 <= a <= 899 and a != 666 and g >= 1 and t >= 1


def bad_ssn():
    kind = rng.choice(["000", "666", "9xx", "g00", "s0000"])
    a, g, s = new_ssn()
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
    return "%s-%s-%s" % (a, g, s)


def new_itin():
    return "9%s-%d-%s" % (rdig(2, False), rng.choice(list(range(50, 66)) + list(range(70, 89)) + [90, 91, 92] + list(range(94, 100))), rdig(4, False))


def new_ein():
    return "%02d-%s" % (rng.choice([10, 12, 20, 27, 33, 36, 41, 46, 52, 61, 71, 75, 81, 84, 94, 98]), rdig(7, False))


def new_routing():
    while True:
        d = rdig(8, False)
        d = rng.choice(["0", "1", "2", "3"]) + d[1:]
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        c = (10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10
        return d + str(c)


# ----------------------------------------------------------------------- IPs

def ip_global(a):
    try:
        ip = ipaddress.ip_address(a)
    except ValueError:
        return False
    return ip.is_global and not ip.is_multicast and not ip.is_reserved


_USED_IP = set()


def new_ipv4():
    while True:
        a = rng.choice([rng.randint(1, 223), rng.choice([31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 93, 94, 95, 109, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 66, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108, 142, 162, 172, 173, 174, 41, 102, 105, 154, 196, 197, 14, 27, 36, 39, 42, 49, 58, 59, 60, 61, 101, 103, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183, 202, 203, 210, 211, 218, 219, 220, 221, 222, 177, 179, 181, 186, 187, 189, 190, 191, 200, 201])])
        s = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ip_global(s) and s not in _USED_IP and not s.startswith(("192.0.0.", "1.1.1.", "8.8.", "9.9.9.")):
            _USED_IP.add(s)
            return s


def new_ipv6_addr():
    while True:
        first = rng.choice([rng.randint(0x2400, 0x240f), rng.randint(0x2600, 0x260f), rng.randint(0x2800, 0x280f),
                            rng.randint(0x2a00, 0x2a0f), rng.randint(0x2c00, 0x2c0f), 0x2001])
        groups = [first]
        if first == 0x2001:
            groups.append(rng.choice([0x470, 0x4860, 0x67c, 0x41d0, 0x1620, 0xbc8, 0x638, 0x1af8, 0x678, 0x8d8]))
        else:
            groups.append(rng.randint(0, 0xffff))
        groups += [rng.randint(0, 0xffff) for _ in range(2)]
        shape = rng.random()
        if shape < 0.45:
            groups += [0, 0, 0, rng.randint(1, 0xffff)]
        elif shape < 0.7:
            groups += [0, 0, rng.randint(1, 0xffff), rng.randint(1, 0xffff)]
        else:
            groups += [rng.randint(0, 0xffff) for _ in range(4)]
        ip = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if ip_global(str(ip)) and str(ip) not in _USED_IP and not str(ip).startswith("2001:db8"):
            _USED_IP.add(str(ip))
            return ip


def fmt_ipv6(ip, style=None):
    style = style or rng.choices(["comp", "full", "nozero", "mixed", "upper"], weights=[58, 13, 12, 9, 8])[0]
    if style == "comp":
        s = ip.compressed
    elif style == "full":
        s = ip.exploded
    elif style == "nozero":
        s = ":".join("%x" % int(g, 16) for g in ip.exploded.split(":"))
    elif style == "upper":
        s = ip.compressed.upper()
    else:
        b = ip.packed
        head = ip.exploded.split(":")[:6]
        g6 = ":".join("%x" % int(g, 16) for g in head)
        if head[4] == "0000" and head[5] == "0000":
            g6 = ":".join("%x" % int(g, 16) for g in head[:4]) + ":"
        s = g6 + ":" + ".".join(str(x) for x in b[12:])
    assert ipaddress.ip_address(s) == ip, (s, ip)
    return s


# -------------------------------------------------------------------- names

LANG_NAMES = {
    "en": "English", "de": "German", "fr": "French", "es": "Spanish", "pt": "Portuguese", "it": "Italian", "nl": "Dutch",
    "sv": "Swedish", "no": "Norwegian", "da": "Danish", "fi": "Finnish", "is": "Icelandic", "pl": "Polish", "cs": "Czech",
    "sk": "Slovak", "hu": "Hungarian", "ro": "Romanian", "bg": "Bulgarian", "el": "Greek", "tr": "Turkish", "ru": "Russian",
    "uk": "Ukrainian", "sr": "Serbian", "hr": "Croatian", "sl": "Slovenian", "lt": "Lithuanian", "lv": "Latvian",
    "et": "Estonian", "ar": "Arabic", "he": "Hebrew", "fa": "Persian", "hi": "Hindi", "bn": "Bengali", "ur": "Urdu",
    "th": "Thai", "vi": "Vietnamese", "id": "Indonesian", "ms": "Malay", "tl": "Tagalog", "zh": "Chinese",
    "ja": "Japanese", "ko": "Korean", "sw": "Swahili", "am": "Amharic", "ka": "Georgian", "hy": "Armenian",
    "kk": "Kazakh", "ta": "Tamil", "ne": "Nepali", "af": "Afrikaans", "mk": "Macedonian", "sq": "Albanian",
    "mn": "Mongolian", "ca": "Catalan", "zu": "Zulu", "yo": "Yoruba", "ht": "Haitian Creole", "ga": "Irish",
    "mt": "Maltese", "lb": "Luxembourgish", "uz": "Uzbek", "az": "Azerbaijani", "si": "Sinhala", "km": "Khmer",
    "my": "Burmese", "eu": "Basque", "cy": "Welsh", "pa": "Punjabi",
}

NAMES = {
    "en": [("Olivia", "Bennett"), ("Marcus", "Reyes"), ("Priya", "Natarajan"), ("Daniel", "O'Connor"), ("Hannah", "Kowalski"),
           ("Tyrone", "Jackson"), ("Emily", "Zhang"), ("Sam", "Whitfield"), ("Grace", "Okafor"), ("Liam", "McAllister"),
           ("Chloe", "Sutherland"), ("Jamal", "Carter"), ("Megan", "Price"), ("Ethan", "Brooks")],
    "de": [("Jana", "Hoffmann"), ("Lukas", "Schröder"), ("Miriam", "Becker"), ("Tobias", "Wagner"), ("Katrin", "Schulz"),
           ("Jörg", "Lehmann"), ("Svenja", "Krüger"), ("Florian", "Weiß"), ("Anke", "Brandt")],
    "fr": [("Camille", "Lefèvre"), ("Julien", "Moreau"), ("Inès", "Benali"), ("Théo", "Garnier"), ("Manon", "Rousseau"),
           ("Éric", "Dubois"), ("Léa", "Fontaine"), ("Karim", "Haddad")],
    "es": [("Lucía", "Fernández"), ("Javier", "Ortega"), ("Carmen", "Ruiz"), ("Diego", "Salazar"), ("Valentina", "Rojas"),
           ("Alejandro", "Méndez"), ("Rosa", "Gutiérrez"), ("Mateo", "Herrera")],
    "pt": [("João", "Carvalho"), ("Mariana", "Souza"), ("Beatriz", "Almeida"), ("Rafael", "Costa"), ("Inês", "Martins"),
           ("Thiago", "Ribeiro"), ("Larissa", "Ferreira")],
    "it": [("Giulia", "Romano"), ("Marco", "Bianchi"), ("Francesca", "Greco"), ("Luca", "Esposito"), ("Chiara", "Ricci"),
           ("Alessandro", "Conti")],
    "nl": [("Sanne", "de Vries"), ("Bram", "Jansen"), ("Femke", "Bakker"), ("Joris", "Visser"), ("Lotte", "Smit")],
    "sv": [("Elin", "Lindqvist"), ("Oskar", "Berg"), ("Maja", "Sjöberg"), ("Erik", "Nyström"), ("Linnea", "Holm")],
    "no": [("Ingrid", "Haugen"), ("Sindre", "Bakke"), ("Kari", "Solberg"), ("Håkon", "Lie")],
    "da": [("Mette", "Kjær"), ("Rasmus", "Holm"), ("Sofie", "Nørgaard"), ("Mads", "Østergaard")],
    "fi": [("Aino", "Virtanen"), ("Mikko", "Korhonen"), ("Laura", "Mäkinen"), ("Juha", "Nieminen")],
    "is": [("Guðrún", "Jónsdóttir", "gudrun", "jonsdottir"), ("Sigurður", "Einarsson", "sigurdur", "einarsson"), ("Katrín", "Ólafsdóttir", "katrin", "olafsdottir")],
    "pl": [("Agnieszka", "Wiśniewska"), ("Piotr", "Kamiński"), ("Zofia", "Lewandowska"), ("Tomasz", "Zieliński"), ("Marta", "Wójcik")],
    "cs": [("Tereza", "Dvořáková"), ("Jakub", "Novotný"), ("Lucie", "Procházková"), ("Ondřej", "Černý")],
    "sk": [("Zuzana", "Horváthová"), ("Martin", "Kováč"), ("Lenka", "Baranová")],
    "hu": [("Eszter", "Nagy"), ("Bence", "Tóth"), ("Réka", "Szabó"), ("Gábor", "Kovács")],
    "ro": [("Ioana", "Popescu"), ("Andrei", "Ionescu"), ("Elena", "Dumitru"), ("Mihai", "Stan")],
    "bg": [("Мария", "Иванова", "maria", "ivanova"), ("Георги", "Петров", "georgi", "petrov"), ("Десислава", "Димитрова", "desislava", "dimitrova")],
    "el": [("Ελένη", "Παπαδοπούλου", "eleni", "papadopoulou"), ("Νίκος", "Γεωργίου", "nikos", "georgiou"), ("Δήμητρα", "Κωνσταντίνου", "dimitra", "konstantinou")],
    "tr": [("Zeynep", "Yılmaz", "zeynep", "yilmaz"), ("Emre", "Demir"), ("Elif", "Kaya"), ("Burak", "Şahin", "burak", "sahin"), ("Ayşe", "Çelik", "ayse", "celik")],
    "ru": [("Ирина", "Волкова", "irina", "volkova"), ("Дмитрий", "Соколов", "dmitry", "sokolov"), ("Анна", "Кузнецова", "anna", "kuznetsova"), ("Сергей", "Морозов", "sergey", "morozov")],
    "uk": [("Оксана", "Шевченко", "oksana", "shevchenko"), ("Тарас", "Коваленко", "taras", "kovalenko"), ("Олена", "Бондаренко", "olena", "bondarenko")],
    "sr": [("Jelena", "Jovanović"), ("Marko", "Petrović"), ("Milica", "Nikolić")],
    "hr": [("Ana", "Horvat"), ("Ivan", "Kovačević"), ("Petra", "Babić")],
    "sl": [("Nina", "Novak"), ("Luka", "Kranjc"), ("Maja", "Zupančič")],
    "lt": [("Rūta", "Kazlauskienė"), ("Mantas", "Petrauskas"), ("Ieva", "Jankauskaitė")],
    "lv": [("Līga", "Bērziņa"), ("Jānis", "Ozols"), ("Ilze", "Kalniņa")],
    "et": [("Kadri", "Tamm"), ("Margus", "Saar"), ("Liis", "Mägi")],
    "ar": [("فاطمة", "الزهراني", "fatima", "alzahrani"), ("أحمد", "منصور", "ahmed", "mansour"), ("ليلى", "حداد", "layla", "haddad"),
           ("يوسف", "العلي", "yousef", "alali"), ("نور", "الخطيب", "nour", "alkhatib"), ("خالد", "الشمري", "khaled", "alshammari")],
    "he": [("נועה", "כהן", "noa", "cohen"), ("איתי", "לוי", "itai", "levi"), ("מיכל", "פרץ", "michal", "peretz")],
    "fa": [("مریم", "احمدی", "maryam", "ahmadi"), ("علی", "رضایی", "ali", "rezaei"), ("سارا", "محمدی", "sara", "mohammadi")],
    "hi": [("प्रिया", "शर्मा", "priya", "sharma"), ("राहुल", "वर्मा", "rahul", "verma"), ("अनीता", "सिंह", "anita", "singh"), ("विकास", "गुप्ता", "vikas", "gupta")],
    "bn": [("তানিয়া", "রহমান", "tania", "rahman"), ("রাকিব", "হাসান", "rakib", "hasan"), ("নুসরাত", "জাহান", "nusrat", "jahan")],
    "ur": [("عائشہ", "خان", "ayesha", "khan"), ("عمران", "ملک", "imran", "malik"), ("زینب", "قریشی", "zainab", "qureshi")],
    "th": [("สมชาย", "ใจดี", "somchai", "jaidee"), ("ปิยะนุช", "ศรีสุข", "piyanuch", "srisuk"), ("อรทัย", "วงศ์ไทย", "orathai", "wongthai")],
    "vi": [("Lan", "Nguyễn Thị", "lan", "nguyen"), ("Quân", "Trần Minh", "quan", "tran"), ("Hương", "Phạm Thu", "huong", "pham"), ("Dũng", "Lê Văn", "dung", "le")],
    "id": [("Dewi", "Lestari"), ("Budi", "Santoso"), ("Siti", "Rahmawati"), ("Agus", "Wijaya")],
    "ms": [("Nurul", "Aisyah"), ("Ahmad", "Faizal"), ("Siti", "Hajar")],
    "tl": [("Maria", "Santos"), ("Jose", "Dela Cruz"), ("Kristine", "Reyes"), ("Paolo", "Villanueva")],
    "zh": [("丽娜", "王", "lina", "wang"), ("志强", "陈", "zhiqiang", "chen"), ("婷", "李", "ting", "li"), ("建华", "张", "jianhua", "zhang"), ("美玲", "林", "meiling", "lin")],
    "ja": [("美咲", "佐藤", "misaki", "sato"), ("健太", "高橋", "kenta", "takahashi"), ("陽子", "鈴木", "yoko", "suzuki"), ("翔", "田中", "sho", "tanaka")],
    "ko": [("지은", "김", "jieun", "kim"), ("민수", "박", "minsu", "park"), ("서연", "이", "seoyeon", "lee"), ("현우", "최", "hyunwoo", "choi")],
    "sw": [("Amani", "Mwangi"), ("Neema", "Otieno"), ("Baraka", "Kimaro"), ("Zawadi", "Njeri")],
    "am": [("ሰላም", "ተስፋዬ", "selam", "tesfaye"), ("ዳዊት", "መኮንን", "dawit", "mekonnen")],
    "ka": [("ნინო", "ბერიძე", "nino", "beridze"), ("გიორგი", "კაპანაძე", "giorgi", "kapanadze")],
    "hy": [("Անի", "Պետրոսյան", "ani", "petrosyan"), ("Արամ", "Սարգսյան", "aram", "sargsyan")],
    "kk": [("Айгерім", "Сейтова", "aigerim", "seitova"), ("Нұрлан", "Әбенов", "nurlan", "abenov")],
    "ta": [("கவிதா", "ராமன்", "kavitha", "raman"), ("அருண்", "குமார்", "arun", "kumar")],
    "ne": [("सीता", "श्रेष्ठ", "sita", "shrestha"), ("राम", "थापा", "ram", "thapa")],
    "af": [("Annelie", "van der Merwe"), ("Pieter", "Botha"), ("Marike", "Joubert")],
    "mk": [("Марија", "Стојанова", "marija", "stojanova"), ("Александар", "Николовски", "aleksandar", "nikolovski")],
    "sq": [("Elira", "Hoxha"), ("Arben", "Krasniqi"), ("Blerta", "Gashi")],
    "mn": [("Батбаяр", "Дорж", "batbayar", "dorj"), ("Сарангэрэл", "Бат", "sarangerel", "bat")],
    "ca": [("Laia", "Puig"), ("Jordi", "Ferrer"), ("Montse", "Vidal")],
    "zu": [("Thandiwe", "Dlamini"), ("Sipho", "Ndlovu")],
    "yo": [("Funmilayo", "Adeyemi"), ("Tunde", "Bakare")],
    "ht": [("Widlene", "Pierre"), ("Jean-Robert", "Louis")],
    "ga": [("Aoife", "Ní Bhriain", "aoife", "nibhriain"), ("Cian", "Ó Súilleabháin", "cian", "osuilleabhain")],
    "mt": [("Maria", "Borg"), ("Karl", "Camilleri")],
    "lb": [("Claire", "Weber"), ("Marc", "Schmit")],
    "uz": [("Dilnoza", "Karimova"), ("Jasur", "Rashidov")],
    "az": [("Aysel", "Məmmədova", "aysel", "mammadova"), ("Rauf", "Əliyev", "rauf", "aliyev")],
    "si": [("නිමාලි", "පෙරේරා", "nimali", "perera"), ("කසුන්", "සිල්වා", "kasun", "silva")],
    "km": [("សុភា", "ចាន់", "sophea", "chan"), ("វិចិត្រ", "សុខ", "vichet", "sok")],
    "my": [("မြင့်မြင့်", "အောင်", "myintmyint", "aung"), ("ကျော်", "ဇော်", "kyaw", "zaw")],
    "eu": [("Ane", "Etxeberria"), ("Iker", "Goikoetxea")],
    "cy": [("Siân", "Llewelyn"), ("Rhys", "Pritchard")],
    "pa": [("ਹਰਪ੍ਰੀਤ", "ਕੌਰ", "harpreet", "kaur"), ("ਗੁਰਪ੍ਰੀਤ", "ਸਿੰਘ", "gurpreet", "singh")],
}
FAMILY_FIRST = {"zh", "ja", "ko", "hu", "vi"}


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("ð", "d").replace("þ", "th").replace("ł", "l").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z]", "", s.lower())


def person(lang, entry):
    given, family = entry[0], entry[1]
    rg, rf = (entry[2], entry[3]) if len(entry) > 2 else (fold(given), fold(family))
    if lang in FAMILY_FIRST:
        full = family + ("" if lang in ("zh", "ko") else " ") + given
    else:
        full = given + " " + family
    return {"fn": given, "ln": family, "name": full, "rg": rg, "rf": rf}


MAIL_DOMAINS = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.co.uk", "btinternet.com", "proton.me", "comcast.net", "bigpond.com", "xtra.co.nz", "rogers.com", "fastmail.com", "me.com", "aol.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.at", "bluewin.ch", "freenet.de", "mailbox.org", "gmx.net"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "skynet.be", "hotmail.fr", "gmail.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "prodigy.net.mx", "outlook.es", "hotmail.com"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "outlook.pt", "hotmail.com"],
    "it": ["libero.it", "virgilio.it", "alice.it", "tiscali.it", "gmail.com", "hotmail.it"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "telenet.be", "gmail.com", "xs4all.nl"],
    "sv": ["telia.com", "bredband.net", "gmail.com", "hotmail.se"], "no": ["online.no", "gmail.com", "hotmail.no"],
    "da": ["mail.dk", "live.dk", "gmail.com"], "fi": ["suomi24.fi", "kolumbus.fi", "gmail.com"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com"], "cs": ["seznam.cz", "email.cz", "centrum.cz"],
    "sk": ["azet.sk", "zoznam.sk", "gmail.com"], "hu": ["freemail.hu", "citromail.hu", "gmail.com"],
    "ro": ["yahoo.ro", "gmail.com"], "bg": ["abv.bg", "mail.bg"], "el": ["otenet.gr", "yahoo.gr", "gmail.com"],
    "tr": ["hotmail.com", "gmail.com", "yandex.com.tr"], "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru"],
    "uk": ["ukr.net", "i.ua", "meta.ua", "gmail.com"], "he": ["walla.co.il", "gmail.com", "012.net.il"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "yeah.net"],
    "ja": ["docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "yahoo.co.jp", "gmail.com", "nifty.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com"], "hi": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "vi": ["gmail.com", "yahoo.com.vn"], "id": ["yahoo.co.id", "gmail.com"], "fa": ["yahoo.com", "chmail.ir", "gmail.com"],
}
GENERIC_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "proton.me"]
IDN_DOMAINS = ["bäckerei-schön.de", "müller-immobilien.at", "café-lumière.fr", "señor-limón.es", "кафе-ромашка.рф", "ärztehaus-süd.de",
               "ålesund-båtklubb.no", "zahnärzte-köln.de", "öko-garten.ch", "fisioterapia-peñalver.es"]
TLD = {"en": ["com", "co.uk", "io", "org", "com.au", "ca", "co.nz", "ie", "us"], "de": ["de", "de", "at", "ch"], "fr": ["fr", "fr", "be"],
       "es": ["es", "com.mx", "com.ar", "cl", "com.co"], "pt": ["pt", "com.br"], "it": ["it"], "nl": ["nl", "be"], "sv": ["se"], "no": ["no"],
       "da": ["dk"], "fi": ["fi"], "pl": ["pl", "com.pl"], "cs": ["cz"], "sk": ["sk"], "hu": ["hu"], "ro": ["ro"], "bg": ["bg"], "el": ["gr"],
       "tr": ["com.tr"], "ru": ["ru"], "uk": ["com.ua", "ua"], "ar": ["ae", "com.sa", "com.eg", "jo"], "he": ["co.il"], "ja": ["co.jp", "jp"],
       "ko": ["co.kr", "kr"], "zh": ["com.cn", "cn", "com.tw", "hk"], "hi": ["in", "co.in"], "id": ["co.id"], "vi": ["vn", "com.vn"],
       "th": ["co.th"], "ms": ["com.my"], "tl": ["ph", "com.ph"], "sw": ["co.ke", "co.tz"], "af": ["co.za"], "zu": ["co.za"]}
CO_WORDS = ["brightloom", "kestrel", "northwind", "bluepeak", "ostara", "fennel", "harbourline", "quillstone", "tidewater", "amberfield",
            "corvid", "lumenbyte", "maplegrove", "pinecrest", "silverbirch", "stonebridge", "vantor", "zephyr", "oakhaven", "riverbend",
            "halcyon", "nordlys", "solvista", "terranova", "alpenblick", "marisol", "kobalt", "lindenhof", "sakura", "hanbit", "jadeport",
            "cedarline", "redwing", "iskra", "volna", "zenit", "atlas", "meridian", "polaris", "saffron", "koru", "baobab", "cormoran"]
CO_KIND = ["logistik", "dental", "labs", "legal", "realty", "studio", "clinic", "consulting", "media", "bau", "freight", "tech", "design",
           "partners", "foods", "travel", "health", "school", "energy", "systems", "finance", "immo", "textil", "print"]
CO_SUFFIX = {"en": ["Ltd", "Inc.", "LLC", "Pty Ltd", "& Co."], "de": ["GmbH", "GmbH & Co. KG", "AG", "e.K."], "fr": ["SARL", "SAS", "SA"],
             "es": ["S.L.", "S.A.", "S.A. de C.V."], "pt": ["Lda.", "Ltda.", "S.A."], "it": ["S.r.l.", "S.p.A."], "nl": ["B.V.", "N.V."],
             "sv": ["AB"], "no": ["AS"], "da": ["ApS", "A/S"], "fi": ["Oy"], "pl": ["sp. z o.o.", "S.A."], "cs": ["s.r.o.", "a.s."],
             "sk": ["s.r.o."], "hu": ["Kft.", "Zrt."], "ro": ["SRL"], "tr": ["Ltd. Şti.", "A.Ş."], "ru": ["ООО"], "el": ["Α.Ε."], "bg": ["ЕООД"]}
ROLE_LOCAL = {"en": ["info", "office", "billing", "support", "hr", "accounts", "hello", "bookings", "admin", "noreply", "service"],
              "de": ["info", "kontakt", "buchhaltung", "service", "praxis", "rechnung", "personal", "verwaltung"],
              "fr": ["contact", "accueil", "facturation", "compta", "info", "secretariat"], "es": ["info", "contacto", "facturacion", "administracion", "reservas"],
              "pt": ["contato", "geral", "financeiro", "atendimento"], "it": ["info", "amministrazione", "segreteria", "ordini"],
              "nl": ["info", "administratie", "klantenservice"], "ru": ["info", "office", "buh", "zakaz"], "pl": ["biuro", "kontakt", "faktury"]}


# --------------------------------------------------------------------- misc

def rdate():
    return datetime.date(2023, 1, 1) + datetime.timedelta(days=rng.randint(0, 1400))


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fmt_date(d, f):
    if f == "iso":
        return d.isoformat()
    if f == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if f == "dmy.":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if f == "dmys":
        return "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)
    if f == "dmy-":
        return "%02d-%02d-%d" % (d.day, d.month, d.year)
    if f == "mdy":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if f == "mdyy":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if f == "us":
        return "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if f == "uk":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    if f == "short":
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1][:3], d.year)
    if f == "wshort":
        return "%s, %s %d" % (WD_EN[d.weekday()], MONTHS_EN[d.month - 1][:3], d.day)
    if f == "rfc":
        return "%s, %d %s %d %02d:%02d:%02d %s" % (WD_EN[d.weekday()], d.day, MONTHS_EN[d.month - 1][:3], d.year, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59), rng.choice(["+0000", "+0100", "+0200", "-0500", "-0800", "+0900", "+0530", "+0300"]))
    if f == "cjk":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if f == "ko":
        return "%d년 %d월 %d일" % (d.year, d.month, d.day)
    if f == "slash":
        return "%d/%02d/%02d" % (d.year, d.month, d.day)
    if f == "ymd.":
        return "%d.%02d.%02d" % (d.year, d.month, d.day)
    if f == "compact":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if f == "y":
        return str(d.year)
    raise KeyError(f)


def fmt_time(minutes, f):
    h, m = divmod(minutes % 1440, 60)
    if f == "hm":
        return "%02d:%02d" % (h, m)
    if f == "hms":
        return "%02d:%02d:%02d" % (h, m, rng.randint(0, 59))
    if f == "ampm":
        return "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM")
    if f == "h":
        return "%dh%02d" % (h, m)
    raise KeyError(f)


CUR = {
    "eur": lambda v: rng.choice(["%s €" % _de_num(v), "€%s" % _en_num(v), "EUR %s" % _de_num(v)]),
    "usd": lambda v: "$%s" % _en_num(v), "gbp": lambda v: "£%s" % _en_num(v), "chf": lambda v: "CHF %s" % _en_num(v).replace(",", "'"),
    "jpy": lambda v: "¥%s" % format(int(v), ","), "inr": lambda v: "₹%s" % _en_num(v), "brl": lambda v: "R$ %s" % _de_num(v),
    "pln": lambda v: "%s zł" % _de_num(v).replace(".", " "), "sek": lambda v: "%s kr" % _de_num(v).replace(".", " "),
    "nok": lambda v: "kr %s" % _de_num(v).replace(".", " "), "dkk": lambda v: "%s kr." % _de_num(v), "rub": lambda v: "%s ₽" % _de_num(v).replace(".", " "),
    "try": lambda v: "%s TL" % _de_num(v), "krw": lambda v: "%s원" % format(int(v), ","), "cny": lambda v: "¥%s" % _en_num(v),
    "aed": lambda v: "AED %s" % _en_num(v), "mxn": lambda v: "$%s MXN" % _en_num(v), "czk": lambda v: "%s Kč" % _de_num(v).replace(".", " "),
    "huf": lambda v: "%s Ft" % format(int(v), ",").replace(",", " "), "uah": lambda v: "%s грн" % _de_num(v).replace(".", " "),
    "sar": lambda v: "%s ر.س" % _en_num(v), "thb": lambda v: "฿%s" % _en_num(v), "vnd": lambda v: "%s₫" % format(int(v) * 1000, ",").replace(",", "."),
    "idr": lambda v: "Rp %s" % format(int(v) * 1000, ",").replace(",", "."), "php": lambda v: "₱%s" % _en_num(v), "kes": lambda v: "KSh %s" % _en_num(v),
    "ngn": lambda v: "₦%s" % _en_num(v), "zar": lambda v: "R %s" % _en_num(v).replace(",", " "), "ils": lambda v: "₪%s" % _en_num(v),
    "ron": lambda v: "%s lei" % _de_num(v), "aud": lambda v: "A$%s" % _en_num(v), "cad": lambda v: "CA$%s" % _en_num(v),
}


def _en_num(v):
    return format(v, ",.2f")


def _de_num(v):
    return format(v, ",.2f").replace(",", "X").replace(".", ",").replace("X", ".")


def amount(cur=None):
    cur = cur or rng.choice(["eur", "usd", "gbp"])
    v = round(rng.choice([rng.uniform(3, 99), rng.uniform(100, 999), rng.uniform(1000, 4800)]), 2)
    return CUR[cur](v)


def order_id():
    y = rng.randint(2023, 2026)
    return rng.choice([
        "#%s" % rdig(rng.randint(5, 7)), "ORD-%d-%s" % (y, rdig(6, False)), "%s-%s" % (rlet(2), rdig(6)),
        "%s-%s-%s" % (rdig(3), rdig(7), rdig(7)), "INV-%s" % rdig(5), "%d-%s" % (y, rdig(5, False)), "%s%s" % (rlet(3), rdig(7)),
        "A%s/%d" % (rdig(4), y % 100), "N° %s" % rdig(6), "W%s" % rdig(9), "R-%s-%s" % (rdig(4), rlet(2)),
    ])


def tracking():
    return rng.choice([
        "1Z%s%s" % (ralnum(6), rdig(10, False)), "JJD%s" % digits_not_luhn(15, False),
        "%sDE" % ("RR" + rdig(9)), "LX%sCN" % rdig(9), "%s" % " ".join([rdig(4)] + [rdig(4, False) for _ in range(4)] + [rdig(2, False)]),
        "00%s" % digits_not_luhn(18, False), "CP%sFR" % rdig(9), "TBA%s" % rdig(12), "%s" % rdig(12),
    ])


def imei():
    while True:
        tac = rng.choice(["35", "86", "01", "35", "99"]) + rdig(6, False)
        d = luhn_complete(tac + rdig(6, False))
        return d


def ean13(prefix=""):
    while True:
        body = prefix + rdig(12 - len(prefix), not prefix)
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        d = body + str((10 - s % 10) % 10)
        if not luhn_ok(d):
            return d


def isbn13():
    d = ean13(rng.choice(["978", "979"]))
    return "%s-%s-%s-%s-%s" % (d[:3], d[3], d[4:7], d[7:12], d[12])


def upc():
    body = rdig(11, False)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(body))
    return body + str((10 - s % 10) % 10)


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (rhex(8), rhex(4), rhex(3), rng.choice("89ab"), rhex(3), rhex(12))


def bad_card(brand=None):
    brand = brand or rng.choice(CARD_BRANDS)
    while True:
        p, n = card_prefix_len(brand)
        d = p + rdig(n - len(p), False)
        if not luhn_ok(d):
            return d


def priv_ipv4():
    return rng.choice([
        "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
        "192.168.%d.%d" % (rng.choice([0, 1, 1, 2, 10, 178, 100]), rng.randint(1, 254)),
        "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
        "127.0.0.1", "169.254.%d.%d" % (rng.randint(1, 254), rng.randint(1, 254)),
        "100.%d.%d.%d" % (rng.randint(64, 127), rng.randint(0, 255), rng.randint(1, 254)),
    ])


def doc_ipv4():
    return "%s.%d" % (rng.choice(["192.0.2", "198.51.100", "203.0.113"]), rng.randint(1, 254))


def doc_ipv6():
    return rng.choice(["2001:db8:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "2001:db8::%x:%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "fe80::%x:%x:%x:%x" % tuple(rng.randint(1, 0xffff) for _ in range(4)),
                       "fd%02x:%x:%x::%x" % (rng.randint(0, 255), rng.randint(1, 0xffff), rng.randint(1, 0xffff), rng.randint(1, 0xffff)),
                       "::1"])


def cidr4():
    ip = new_ipv4().split(".")
    p = rng.choice([16, 19, 20, 22, 23, 24])
    net = ipaddress.ip_network("%s.%s.%s.0/%d" % (ip[0], ip[1], ip[2], p), strict=False)
    return str(net)


def cidr6():
    ip = new_ipv6_addr()
    p = rng.choice([32, 44, 48, 56, 64])
    return str(ipaddress.ip_network("%s/%d" % (ip, p), strict=False))


def mac():
    return ":".join(rhex(2) for _ in range(6))


def masked_card():
    last = rdig(4, False)
    return rng.choice(["**** **** **** %s" % last, "•••• %s" % last, "XXXX-XXXX-XXXX-%s" % last, "************%s" % last,
                       "ending in %s" % last, "%s******%s" % (rng.choice(["4", "5"]) + rdig(5, False), last)])


def masked_ssn():
    return rng.choice(["XXX-XX-%s", "***-**-%s", "xxx-xx-%s", "•••-••-%s"]) % rdig(4, False)


def flight():
    return "%s %d" % (rng.choice(["LH", "BA", "AF", "KL", "UA", "DL", "EK", "QR", "TK", "SQ", "NH", "JL", "IB", "AZ", "LX", "OS", "SK", "AY", "LO", "FR", "U2", "W6", "QF", "AC", "LA", "ET", "KE", "CX"]), rng.randint(10, 9899))


def version():
    return rng.choice(["v%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 40)), "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 20), rng.randint(0, 99)),
                       "%d.%d.%d-rc.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 4)),
                       "build %d.%d" % (rng.randint(19041, 26100), rng.randint(100, 5000)), "%d.%d (%d%s%d)" % (rng.randint(14, 18), rng.randint(0, 6), rng.randint(20, 23), rlet(1), rng.randint(10, 999))])


def epoch_ms():
    while True:
        s = str(rng.randint(1672531200000, 1790000000000))
        if not luhn_ok(s):
            return s


def zip4():
    return "%s-%s" % (rdig(5, False), rdig(4, False))


def nat_id(kind):
    """Other countries' national ids, always named as such in the texts."""
    if kind == "se":
        return "%02d%02d%02d-%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), rdig(4, False))
    if kind == "dk":
        return "%02d%02d%02d-%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), rdig(4, False))
    if kind == "fi":
        return "%02d%02d%02d-%s%s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), rdig(3, False), rng.choice("ABCDEFHJKLMNPRSTUVWXY0123456789"))
    if kind == "no":
        return "%02d%02d%02d %s" % (rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), rdig(5, False))
    if kind == "de_tax":
        return "%s %s %s %s" % (rdig(2), rdig(3, False), rdig(3, False), rdig(3, False))
    if kind == "de_rv":
        return "%s %02d%02d%02d %s %s" % (rdig(2), rng.randint(1, 28), rng.randint(1, 12), rng.randint(50, 99), rlet(1), rdig(3, False))
    if kind == "nl_bsn":
        while True:
            d = rdig(9)
            if (sum(int(c) * w for c, w in zip(d[:8], range(9, 1, -1))) - int(d[8])) % 11 == 0:
                return d
    if kind == "es_dni":
        n = rng.randint(10000000, 99999999)
        return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])
    if kind == "es_nss":
        return "%02d/%s/%s" % (rng.randint(1, 52), rdig(8, False), rdig(2, False))
    if kind == "it_cf":
        return rlet(6) + rdig(2) + rng.choice("ABCDEHLMPRST") + "%02d" % rng.randint(1, 71) + rlet(1) + rdig(3) + rlet(1)
    if kind == "fr_nir":
        return "%d %02d %02d %02d %s %s %02d" % (rng.randint(1, 2), rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 95), rdig(3, False), rdig(3, False), rng.randint(1, 97))
    if kind == "pl_pesel":
        return "%02d%02d%02d%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), rdig(5, False))
    if kind == "br_cpf":
        return "%s.%s.%s-%s" % (rdig(3), rdig(3, False), rdig(3, False), rdig(2, False))
    if kind == "in_aadhaar":
        return "%s %s %s" % (rng.choice("23456789") + rdig(3, False), rdig(4, False), rdig(4, False))
    if kind == "in_pan":
        return rlet(3) + "P" + rlet(1) + rdig(4) + rlet(1)
    if kind == "cn_id":
        while True:
            s = "%s%d%02d%02d%s" % (rdig(6), rng.randint(1960, 2005), rng.randint(1, 12), rng.randint(1, 28), rdig(3, False))
            s += rng.choice(DIG + "X")
            if not luhn_ok(s.replace("X", "0")) or s.endswith("X"):
                return s
    if kind == "uk_nino":
        return "%s %s %s %s %s" % (rng.choice(["AB", "JG", "NE", "PR", "SK", "TW", "WL", "ZE"]), rdig(2, False), rdig(2, False), rdig(2, False), rng.choice("ABCD"))
    if kind == "ca_sin":
        d = luhn_complete(rng.choice("1234567") + rdig(7, False))
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if kind == "kr_rrn":
        return "%02d%02d%02d-%d%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 2), rdig(6, False))
    if kind == "jp_mynumber":
        return "%s %s %s" % (rdig(4), rdig(4, False), rdig(4, False))
    if kind == "tr_tc":
        return rdig(11)
    if kind == "za_id":
        return digits_not_luhn(13)
    if kind == "cl_rut":
        return "%d.%s.%s-%s" % (rng.randint(5, 25), rdig(3, False), rdig(3, False), rng.choice(DIG + "K"))
    if kind == "mx_curp":
        return rlet(4) + "%02d%02d%02d" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28)) + rng.choice("HM") + rlet(5) + ralnum(2)
    if kind == "id_nik":
        return digits_not_luhn(16)
    if kind == "il_tz":
        return rdig(9)
    if kind == "my_mykad":
        return "%02d%02d%02d-%s-%s" % (rng.randint(50, 99), rng.randint(1, 12), rng.randint(1, 28), rdig(2, False), rdig(4, False))
    if kind == "ph_sss":
        return "%s-%s-%s" % (rdig(2), rdig(7, False), rdig(1, False))
    if kind == "th_id":
        d = rdig(13)
        return "%s %s %s %s %s" % (d[0], d[1:5], d[5:10], d[10:12], d[12])
    if kind == "ar_dni":
        return "%d.%s.%s" % (rng.randint(20, 45), rdig(3, False), rdig(3, False))
    if kind == "ru_snils":
        return "%s-%s-%s %s" % (rdig(3), rdig(3, False), rdig(3, False), rdig(2, False))
    if kind == "ru_inn":
        return rdig(12)
    if kind == "ua_rnokpp":
        return rdig(10)
    raise KeyError(kind)


# ------------------------------------------------------------------ rendering

LANG_IBAN = {"de": ["DE", "AT", "CH", "LI"], "fr": ["FR", "BE", "LU", "MC", "CH"], "es": ["ES", "AD"], "pt": ["PT", "BR"], "it": ["IT", "SM", "CH"],
             "nl": ["NL", "BE"], "sv": ["SE"], "no": ["NO"], "da": ["DK", "FO", "GL"], "fi": ["FI"], "is": ["IS"], "pl": ["PL"], "cs": ["CZ"],
             "sk": ["SK"], "hu": ["HU"], "ro": ["RO", "MD"], "bg": ["BG"], "el": ["GR", "CY"], "tr": ["TR"], "uk": ["UA"], "ru": ["KZ", "AZ"],
             "sr": ["RS", "ME", "BA"], "hr": ["HR"], "sl": ["SI"], "lt": ["LT"], "lv": ["LV"], "et": ["EE"], "ar": ["SA", "AE", "QA", "KW", "BH", "JO", "EG", "LB", "IQ", "PS", "TN"],
             "he": ["IL"], "en": ["GB", "IE", "MT", "GI", "VG", "MU"], "ka": ["GE"], "kk": ["KZ"], "mk": ["MK"], "sq": ["AL", "XK"], "ca": ["ES", "AD"],
             "mt": ["MT"], "lb": ["LU"], "az": ["AZ"], "ur": ["PK"], "ga": ["IE"], "eu": ["ES"], "cy": ["GB"]}

_TOK = re.compile(r"⟦([^⟧]*)⟧")
FMT_P = {"intl", "nat", "e164", "rfc", "hy", "ihy", "dot", "idot", "00", "zero", "zero2", "par", "ipar", "slash", "cmp", "icmp", "grp", "us1", "us1p", "ar", "fa", "fw"}
ALLOWED_LOOKALIKE = "ALLOW"


class Ctx:
    def __init__(self, lang, regions, ibans, nameslang):
        self.lang = lang
        self.regions = regions
        self.ibans = ibans
        pool = NAMES.get(nameslang, NAMES["en"])
        order = rng.sample(range(len(pool)), len(pool))
        self.people = [person(nameslang, pool[order[i % len(order)]]) for i in range(6)]
        self.nameslang = nameslang
        word = rng.choice(CO_WORDS)
        kind = rng.choice(CO_KIND)
        tld = rng.choice(TLD.get(nameslang, TLD["en"]))
        self.domain = rng.choice(["%s-%s.%s" % (word, kind, tld), "%s%s.%s" % (word, kind, tld), "%s.%s" % (word, tld)])
        suf = rng.choice(CO_SUFFIX.get(nameslang, CO_SUFFIX["en"]))
        self.company = "%s %s %s" % (word.capitalize(), kind.capitalize(), suf)
        self.date = rdate()
        self.date2 = self.date + datetime.timedelta(days=rng.randint(2, 60))
        self.clock = rng.randint(6 * 60, 22 * 60)
        self.memo = {}
        self.emails = {}
        self.used_regions = []
        self.allow = []

    def email_for(self, i, mode=""):
        key = (i, mode)
        if key in self.emails:
            return self.emails[key]
        p = self.people[i]
        g, f = p["rg"], p["rf"]
        styles = ["%s.%s" % (g, f), "%s%s" % (g, f), "%s.%s" % (g[0], f), "%s_%s" % (g, f), "%s-%s" % (g, f), "%s%s%d" % (g, f, rng.randint(70, 99)),
                  "%s.%s%d" % (g, f, rng.randint(1, 99)), "%s%s" % (g[0], f), "%s.%s" % (f, g), "%s%d" % (g, rng.randint(1980, 2009)), "%s.%s.%s" % (g, rlet(1).lower(), f)]
        local = rng.choice(styles)
        if mode == "work":
            local = rng.choice(["%s.%s" % (g, f), "%s%s" % (g[0], f), "%s" % g, "%s.%s" % (g[0], f)])
            dom = self.domain if rng.random() < 0.8 else rng.choice(["eu", "mail", "corp", "hq", "uk", "us"]) + "." + self.domain
        elif mode == "idn":
            dom = rng.choice(IDN_DOMAINS)
            local = rng.choice(["info", "kontakt", g, "%s.%s" % (g, f)])
        else:
            dom = rng.choice(MAIL_DOMAINS.get(self.nameslang, GENERIC_DOMAINS) + GENERIC_DOMAINS[:2])
            if mode == "tag" or rng.random() < 0.08:
                local += "+" + rng.choice(["bank", "shop", "news", "work", "travel", "receipts", "kids", "taxes", "school", "rent", "ebay", "health"])
        e = "%s@%s" % (local, dom)
        self.emails[key] = e
        return e

    def role_email(self):
        loc = rng.choice(ROLE_LOCAL.get(self.nameslang, ROLE_LOCAL["en"]))
        return "%s@%s" % (loc, self.domain)

    def region(self, idx):
        if not self.regions:
            raise RuntimeError("template needs regions")
        return self.regions[min(idx, len(self.regions) - 1)]

    def iban_cc(self, idx=0):
        return self.ibans[idx % len(self.ibans)]


def resolve(tok, ctx):
    """Return (text, entity or None, meta)."""
    if "=" in tok:
        tok, key = tok.split("=", 1)
        if tok == "":
            return ctx.memo[key]
        r = resolve(tok, ctx)
        ctx.memo[key] = r
        return r
    name, *opts = tok.split(":")
    if not name.startswith("P") or name in ("PIP", "PNR", "PORT", "PIN"):
        opts = [rng.choice(o.split("|")) if "|" in o else o for o in opts]
    # ---- personal values
    m = re.fullmatch(r"P(\d?)(?:@([A-Z]{2}))?", name)
    if m:
        region = m.group(2) or ctx.region(int(m.group(1) or 1) - 1)
        ptype = next((o for o in opts if o in ("mob", "fix", "toll")), None)
        styles = [s for o in opts for s in o.split("|") if s in FMT_P]
        num = new_phone(region, ptype)
        ctx.used_regions.append(region)
        return fmt_phone(num, region, styles), "PHONE", region
    m = re.fullmatch(r"E(\d?)", name)
    if m:
        i = int(m.group(1) or 1) - 1
        mode = opts[0] if opts else ""
        if mode == "role":
            return ctx.role_email(), "EMAIL", None
        return ctx.email_for(i, mode), "EMAIL", None
    if name == "C":
        brand = next((o for o in opts if o not in ("sp", "hy", "cmp")), None)
        style = next((o for o in opts if o in ("sp", "hy", "cmp")), None)
        return fmt_card(new_card(brand), style), "CARD", None
    if name == "I":
        cc = next((o for o in opts if re.fullmatch(r"[A-Z]{2}", o)), None) or ctx.iban_cc()
        style = next((o for o in opts if o in ("grp", "cmp", "low")), None)
        return fmt_iban(new_iban(cc), style), "IBAN", cc
    if name == "S":
        style = next((o for o in opts if o in ("dash", "sp", "bare")), None)
        return fmt_ssn(style), "SSN", None
    if name == "IP4":
        return new_ipv4(), "IP", None
    if name == "IP6":
        return fmt_ipv6(new_ipv6_addr(), opts[0] if opts else None), "IP", None
    if name == "IP":
        if rng.random() < 0.6:
            return new_ipv4(), "IP", None
        return fmt_ipv6(new_ipv6_addr()), "IP", None
    # ---- names & context
    m = re.fullmatch(r"(FN|LN|NAME|INI)(\d?)", name)
    if m:
        p = ctx.people[int(m.group(2) or 1) - 1]
        if m.group(1) == "INI":
            return p["fn"][0] + ".", None, None
        return p[m.group(1).lower()], None, None
    if name == "CO":
        return ctx.company, None, None
    if name == "DOM":
        return ctx.domain, None, None
    if name in ("D", "D2"):
        return fmt_date(ctx.date if name == "D" else ctx.date2, opts[0] if opts else "iso"), None, None
    if name == "T":
        return fmt_time(rng.randint(0, 1439), opts[0] if opts else "hm"), None, None
    if name == "T+":
        ctx.clock += rng.randint(0, 7)
        return fmt_time(ctx.clock, opts[0] if opts else "hm"), None, None
    if name == "N":
        a, b = opts[0].split("-")
        return str(rng.randint(int(a), int(b))), None, None
    if name == "DIG":
        return digits_not_luhn(int(opts[0])), None, None
    if name == "AMT":
        return amount(opts[0] if opts else None), None, None
    if name == "ORD":
        return order_id(), None, None
    if name == "TRK":
        return tracking(), None, None
    if name == "UUID":
        return uuid4(), None, None
    if name == "HEX":
        return rhex(int(opts[0]) if opts else 40), None, None
    if name == "B64":
        n = int(opts[0]) if opts else 43
        return "".join(rng.choice(UPPER + UPPER.lower() + "+/") if i % 7 else rng.choice(UPPER.lower()) for i in range(n)) + "=", None, None
    if name == "LUHNBAD":
        d = bad_card(opts[0] if opts else None)
        return (group_card(d) if rng.random() < 0.6 else d), None, None
    if name == "IBANBAD":
        cc = opts[0] if opts else ctx.iban_cc()
        b = bad_iban(cc)
        return (group4(b) if rng.random() < 0.6 else b), None, None
    if name == "RF":
        r = rf_ref()
        return (group4(r) if rng.random() < 0.5 else r), None, None
    if name == "BIC":
        return new_bic(opts[0] if opts else ctx.iban_cc()), None, None
    if name == "SSNBAD":
        return bad_ssn(), None, None
    if name == "ITIN":
        return new_itin(), None, None
    if name == "EIN":
        return new_ein(), None, None
    if name == "ROUT":
        return new_routing(), None, None
    if name == "SORT":
        return "%s-%s-%s" % (rdig(2), rdig(2, False), rdig(2, False)), None, None
    if name == "ACCT":
        return rdig(int(opts[0]) if opts else 8), None, None
    if name == "ZIP4":
        return zip4(), None, None
    if name == "ZIP":
        return rdig(5), None, None
    if name == "PIP":
        return priv_ipv4(), None, None
    if name == "DIP":
        return doc_ipv4(), None, None
    if name == "DIP6":
        return doc_ipv6(), None, None
    if name == "CIDR":
        return cidr4(), None, None
    if name == "CIDR6":
        return cidr6(), None, None
    if name == "IMEI":
        v = imei()
        ctx.allow.append(v)
        return v, None, None
    if name == "ICCID":
        return "89" + rdig(18, False), None, None
    if name == "ISBN":
        return isbn13(), None, None
    if name == "EAN":
        return ean13(), None, None
    if name == "UPC":
        return upc(), None, None
    if name == "MCARD":
        return masked_card(), None, None
    if name == "MSSN":
        return masked_ssn(), None, None
    if name == "MIBAN":
        cc = opts[0] if opts else ctx.iban_cc()
        b = new_iban(cc)
        return "%s%s %s %s" % (b[:2], b[2:4], "**** " * ((len(b) - 8) // 4), b[-4:]), None, None
    if name == "LAST4":
        return rdig(4, False), None, None
    if name == "FLT":
        return flight(), None, None
    if name == "PNR":
        return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6)), None, None
    if name == "ETKT":
        return digits_not_luhn(13), None, None
    if name == "VER":
        return version(), None, None
    if name == "SHA":
        return rhex(int(opts[0]) if opts else 7), None, None
    if name == "MAC":
        return mac(), None, None
    if name == "GPS":
        return "%.6f, %.6f" % (rng.uniform(-45, 65), rng.uniform(-120, 150)), None, None
    if name == "EPOCH":
        return str(rng.randint(1672531200, 1790000000)), None, None
    if name == "EPOCHMS":
        return epoch_ms(), None, None
    if name == "NID":
        return nat_id(opts[0]), None, None
    if name == "PORT":
        return str(rng.choice([22, 2222, 443, 8080, 8443, 3000, 5432, 3306, 6379, 25565, 51820, 1194, 8000, rng.randint(1024, 65535)])), None, None
    if name == "ROMAN":
        p = ctx.people[0]
        return (p["rg"] + " " + p["rf"]).upper(), None, None
    if name == "USER":
        p = ctx.people[0]
        return rng.choice([p["rg"], p["rg"] + p["rf"][:1], p["rg"][:1] + p["rf"]]), None, None
    if name == "ALNUM":
        return "".join(rng.choice(UPPER + UPPER.lower() + DIG) for _ in range(int(opts[0]))), None, None
    if name == "SERIAL":
        return rlet(rng.randint(1, 3)) + ralnum(rng.randint(8, 11)), None, None
    if name == "MSGID":
        v = "%s.%s@%s" % (rdig(10, False), rhex(8), ctx.domain)
        ctx.allow.append(v)
        return v, None, None
    if name == "ALLOW":
        v = ":".join(opts)
        ctx.allow.append(v)
        return v, None, None
    if name == "PIN":
        return rdig(int(opts[0]) if opts else 4, False), None, None
    raise KeyError("unknown token %r" % tok)


def render(template, ctx):
    out, spans, metas = [], [], []
    pos = 0
    last = 0
    for m in _TOK.finditer(template):
        lit = template[last:m.start()]
        out.append(lit)
        pos += len(lit)
        val, ent, meta = resolve(m.group(1), ctx)
        if ent:
            spans.append({"entity": ent, "start": pos, "end": pos + len(val)})
            metas.append(meta)
        out.append(val)
        pos += len(val)
        last = m.end()
    out.append(template[last:])
    return "".join(out), spans, metas


TEMPLATES = []


def T(kind, lang, channel, desc, regions, text, n=None, ib=None, names=None):
    """Register a template.

    kind: "pos" or "neg"; lang: language code(s) joined with "+"; regions: list
    of region groups ("DE,AT"), optionally prefixed by a language ("ja:JP"),
    cycled over the instances; n: number of instances.
    """
    TEMPLATES.append(dict(kind=kind, lang=lang, channel=channel, desc=desc, regions=regions or [], text=text,
                          n=n if n is not None else (2 if kind == "pos" else 3), ib=ib, names=names,
                          off=zlib.crc32(channel.encode("utf-8")) % 97))


# =========================================================================
# POSITIVE TEMPLATES -- A. chats and messengers
# =========================================================================

T("pos", "en", "WhatsApp chat export (iOS)", "new mobile announced plus work line; flight number unlabelled", ["US,US", "GB,GB", "AU,AU", "CA,CA"], """[⟦D:dmy⟧, ⟦T+:hms⟧] ⟦FN⟧: hey it's me, new number from today 👉 ⟦P:mob⟧
[⟦D:dmy⟧, ⟦T+:hms⟧] ⟦FN2⟧: saved 👍 is the old one dead?
[⟦D:dmy⟧, ⟦T+:hms⟧] ⟦FN⟧: yep cancelled. email me if it's urgent, and don't ring after 6
[⟦D:dmy⟧, ⟦T+:hms⟧] ⟦FN2⟧: ok. I land at ⟦T:hm⟧ tomorrow, ⟦FLT⟧ if you want to track it""", n=4)

T("pos", "en", "WhatsApp family group (Android export)", "relatives abroad share numbers; system 'added' line", ["GB,IN,AU", "US,PH,CA", "IE,GB,NZ"], """⟦D:dmy⟧, ⟦T+:hm⟧ - ⟦FN⟧: Grandma's new landline for anyone who asks: ⟦P:fix⟧
⟦D:dmy⟧, ⟦T+:hm⟧ - ⟦FN2⟧: and uncle ⟦FN3⟧ has a local sim now → ⟦P2:mob⟧ (he says voice notes only lol)
⟦D:dmy⟧, ⟦T+:hm⟧ - ⟦FN⟧ added ⟦P3:intl⟧
⟦D:dmy⟧, ⟦T+:hm⟧ - ⟦FN3⟧: hiya all 👋 that's my number, save it pls
⟦D:dmy⟧, ⟦T+:hm⟧ - ⟦FN2⟧: <Media omitted>""", n=3)

T("pos", "en", "iMessage thread (pasted)", "number in bubble next to emoji, no cue word", ["US", "CA"], """⟦FN⟧
can u send me the sitter's number again

Me
⟦P:mob:nat|hy|dot⟧🙏 she prefers text
Delivered

⟦FN⟧
thank youuu
Read ⟦T:ampm⟧""", n=2)

T("pos", "en", "SMS export (CSV)", "phone numbers as CSV cells incl. short-code-free senders", ["US,US", "GB,GB", "NZ,AU"], """date,time,direction,address,contact,body
⟦D:iso⟧,⟦T+:hms⟧,in,⟦P:e164⟧,⟦FN⟧,"running 10 min late sorry"
⟦D:iso⟧,⟦T+:hms⟧,out,⟦P:e164⟧,⟦FN⟧,"no worries, table is booked under ⟦LN3⟧"
⟦D:iso⟧,⟦T+:hms⟧,in,⟦P2:e164⟧,,"Your parcel ⟦TRK⟧ will be delivered today between 10:00 and 14:00\"""", n=3)

T("pos", "en", "Slack DM", "on-call hand-over with phone and personal e-mail", ["GB,US", "US,IN", "SG,AU"], """⟦FN⟧  ⟦T+:ampm⟧
heads up I'm off from Friday. if prod catches fire call ⟦FN2⟧ on ⟦P:mob⟧ not me 😅
⟦FN2⟧  ⟦T+:ampm⟧
lol thanks. my personal is ⟦E2⟧ btw, work mail is dead during the migration
⟦FN⟧  ⟦T+:ampm⟧
noted. and the vendor escalation line is ⟦P2:toll|fix⟧, contract ref ⟦ORD⟧""", n=3)

T("pos", "en", "Discord server chat", "game server IP with port, voice chat number", [], """⟦FN⟧ — Today at ⟦T+:ampm⟧
new server is up!! ⟦IP4⟧:⟦PORT⟧ , whitelist is on so ping me your username
⟦FN2⟧ — Today at ⟦T+:ampm⟧
joined 🎉 ping is like 40ms from here
⟦FN3⟧ — Today at ⟦T+:ampm⟧
can't connect, is the v6 one ⟦IP6⟧ or was that the old box?""", n=3)

T("pos", "en", "Messenger chat", "buying a used car; seller's number inline and in brackets", ["US", "GB", "ZA", "NG", "KE", "GH"], """⟦FN⟧: Hi, is the Corolla still available?
⟦FN2⟧: yes still here. easier to talk on phone (⟦P:mob⟧) I'm at work till 5
⟦FN⟧: great, I'll call around 6. VIN ends in 4417 right?
⟦FN2⟧: correct""", n=3)

T("pos", "en", "Telegram channel post", "landlord group: number after colon and e-mail for viewing", ["GB", "IE", "AU", "NZ"], """🏠 Room available from ⟦D:uk⟧
Double room, bills incl., ⟦AMT:gbp⟧ pcm, no pets
Viewings: text ⟦FN⟧: ⟦P:mob⟧
or email ⟦E⟧ with a bit about yourself
#roomtorent #flatshare""", n=2)

T("pos", "de", "WhatsApp-Chat (Android-Export)", "neue Nummer und Festnetz; Sendungsnummer unmarkiert", ["DE", "AT", "CH", "DE"], """⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN⟧: Hab ne neue Nummer, bitte einspeichern: ⟦P:mob:nat|slash|intl⟧
⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN2⟧: Alles klar 👍 Festnetz auch neu?
⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN⟧: Nein, Festnetz bleibt wie gehabt. Dein Paket kommt übrigens, Sendungsnr. ⟦TRK⟧
⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN2⟧: Danke dir!!""", n=4)

T("pos", "de", "Signal-Gruppe Elternabend", "Elternliste mit Handynummern und E-Mail ohne Stichwort", ["DE,DE,DE", "AT,AT,DE", "CH,CH,DE"], """⟦FN⟧: Hier nochmal die Telefonkette für den Ausflug am ⟦D:dmy.⟧:
1. ⟦NAME2⟧ ⟦P:mob⟧
2. ⟦NAME3⟧ ⟦P2:mob⟧
3. ⟦NAME4⟧ ⟦P3:mob⟧
Wer fehlt, bitte bei mir melden – ⟦E⟧
⟦FN2⟧: Danke! Treffpunkt ist 7:45 am Haupteingang, oder?""", n=3)

T("pos", "de", "Threema-Nachricht", "Handwerker-Kontakt mit Durchwahl", ["DE", "AT", "CH"], """Hi ⟦FN2⟧, der Elektriker heißt ⟦NAME3⟧, Firma ⟦CO⟧. Büro ⟦P:fix:nat|par|slash⟧ Durchwahl -⟦N:10-49⟧, Handy ⟦P:mob⟧. Sag einfach, du kommst von mir. Angebot Nr. ⟦ORD⟧ über ⟦AMT:eur⟧ liegt schon vor.""", n=3)

T("pos", "fr", "Export Telegram", "numéro du plombier, devis non marqué", ["FR", "BE", "LU", "CH", "FR"], """⟦NAME⟧, [⟦D:dmy.⟧ ⟦T+:hm⟧]
Coucou ! Tu peux rappeler le plombier au ⟦P:nat|dot|intl⟧ ? Il passe jeudi entre 8h et 10h.

⟦NAME2⟧, [⟦D:dmy.⟧ ⟦T+:hm⟧]
Ok je m'en occupe. C'est bien le devis n° ⟦ORD⟧ à ⟦AMT:eur⟧ ?

⟦NAME⟧, [⟦D:dmy.⟧ ⟦T+:hm⟧]
Oui. Et s'il ne répond pas, laisse un message, il rappelle toujours.""", n=4)

T("pos", "fr", "Groupe WhatsApp colocation", "RIB du propriétaire et numéro du syndic", ["FR", "FR", "BE"], """⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN⟧: Rappel : le loyer de ⟦AMT:eur⟧ est à virer avant le 5 sur l'IBAN du proprio ⟦I:FR⟧
⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN2⟧: c'est noté. Et la fuite dans la salle de bain ?
⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN⟧: j'ai eu le syndic, ils envoient quelqu'un. Le gardien : ⟦P:mob⟧ (M. ⟦LN3⟧)""", n=2, ib=["FR", "BE", "LU"])

T("pos", "es", "Chat de WhatsApp", "número de la señora de la limpieza y de su hija", ["MX", "ES", "AR", "CO", "CL", "PE"], """⟦FN⟧: oye pásame el número de la señora de la limpieza porfa
⟦FN2⟧: claro, es ⟦P:nat|intl|hy⟧ se llama Rosa
⟦FN2⟧: si no contesta mándale un audio, siempre responde
⟦FN⟧: mil gracias!! 🙌 le escribo ahorita""", n=5)

T("pos", "es", "Grupo de Telegram del edificio", "administrador, portería y correo", ["ES,ES", "AR,AR", "UY,UY", "VE,VE", "EC,EC"], """[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN⟧: Vecinos, nuevo teléfono de la administración: ⟦P:fix⟧ (de lunes a viernes de 9 a 14 h)
[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN2⟧: y para urgencias de ascensor?
[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN⟧: al portero, ⟦P2:mob⟧, o escribir a ⟦E:role⟧
[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN3⟧: 👍 gracias""", n=5)

T("pos", "pt", "Conversa de WhatsApp (Brasil)", "zap do síndico, portaria e chave pix por e-mail", ["BR,BR"], """⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN⟧: gente, o zap do síndico mudou: ⟦P:nat|intl⟧
⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN2⟧: e o pix pra pagar a festa junina?
⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN⟧: a chave pix é o email ⟦E⟧ , valor ⟦AMT:brl⟧ por apê
⟦D:dmy⟧ ⟦T+:hm⟧ - ⟦FN3⟧: qualquer coisa liga na portaria ⟦P2:fix⟧""", n=3)

T("pos", "pt", "Mensagens (Portugal)", "contacto do senhorio e IBAN da renda", ["PT"], """⟦FN⟧: Olá! Já tens o contacto do senhorio? É o ⟦P:nat|intl⟧ (Sr. ⟦LN2⟧).
⟦FN2⟧: Obrigada! A renda é paga para o IBAN ⟦I:PT⟧ certo?
⟦FN⟧: Sim, até dia 8. Referência do contrato ⟦ORD⟧.""", n=2)

T("pos", "it", "Chat WhatsApp", "numero del meccanico e fisso pomeridiano", ["IT", "IT", "SM", "CH"], """⟦FN⟧: Ciao! Ti giro il numero del meccanico: ⟦P:mob:nat|intl⟧, chiedi di ⟦FN3⟧
⟦FN2⟧: grazie mille, è quello vicino alla stazione?
⟦FN⟧: sì sì. Se non risponde riprova dopo le 15
⟦FN2⟧: perfetto 🙏""", n=4)

T("pos", "nl", "WhatsApp-gesprek", "nieuw nummer en Tikkie-verzoek met IBAN", ["NL", "BE", "NL"], """[⟦D:dmy-⟧ ⟦T+:hm⟧] ⟦FN⟧: Hoi! Mijn nieuwe nummer is ⟦P:mob⟧, de oude mag je wissen 🙂
[⟦D:dmy-⟧ ⟦T+:hm⟧] ⟦FN2⟧: Top. Hoeveel krijg je nog van de verjaardag?
[⟦D:dmy-⟧ ⟦T+:hm⟧] ⟦FN⟧: ⟦AMT:eur⟧, mag op ⟦I⟧ t.n.v. ⟦NAME⟧""", n=3, ib=["NL", "BE", "NL"])

T("pos", "sv", "SMS-tråd", "Swish till mobilnummer och fast telefon", ["SE", "SE", "FI"], """⟦FN⟧: Tjena! Biljetterna kostade ⟦AMT:sek⟧ styck, swisha till ⟦P:mob:nat|intl⟧ när du kan
⟦FN2⟧: Fixar ikväll! Annars ringer jag dig imorgon
⟦FN⟧: japp, men bara förmiddagar""", n=3)

T("pos", "no", "Messenger-chat", "Vipps-nummer og fasttelefon til hytta", ["NO", "NO", "SJ"], """⟦FN⟧: Vipps meg ⟦AMT:nok⟧ for pizzaen på ⟦P:mob⟧ 🍕
⟦FN2⟧: gjort! forresten, hva er nummeret til utleier av hytta?
⟦FN⟧: ⟦NAME3⟧, ⟦P⟧. Nøkkelen ligger under trappa""", n=2)

T("pos", "da", "Beskedtråd", "MobilePay og nabo-nummer", ["DK", "DK", "FO", "GL"], """⟦FN⟧: MobilePay ⟦AMT:dkk⟧ til ⟦P:mob⟧ for gaven 🎁
⟦FN2⟧: sendt 👍 har du naboens nummer hvis pakken kommer?
⟦FN⟧: ja, ⟦FN3⟧ i nr. 12: ⟦P⟧""", n=3)

T("pos", "fi", "WhatsApp-keskustelu", "tilisiirto IBAN ja puhelinnumero", ["FI", "FI", "AX"], """⟦FN⟧: Moi! Mökin vuokra on ⟦AMT:eur⟧, tilinumero ⟦I:FI⟧ (⟦NAME⟧)
⟦FN2⟧: kiitti, maksan huomenna. Soitatko kun olet perillä?
⟦FN⟧: soita mulle ⟦P:mob⟧, lankapuhelin ei enää toimi""", n=3)

T("pos", "is", "Skilaboð", "símanúmer og netfang", ["IS", "IS"], """⟦FN⟧: Hæ, hringdu í mig í síma ⟦P⟧ eftir kl. 17, eða sendu póst á ⟦E⟧.
⟦FN2⟧: Geri það! Reikningurinn fyrir bústaðinn: ⟦I:IS⟧""", n=2)

T("pos", "pl", "Messenger", "nowy numer, BLIK na telefon", ["PL", "PL", "PL"], """⟦FN⟧: Cześć, tu ⟦FN⟧! Zmieniłam numer na ⟦P:mob:nat|intl|grp⟧
⟦FN2⟧: Ok, zapisane. Oddam ci za bilety BLIKiem na telefon
⟦FN⟧: Super, na ten nowy. Albo przelew: ⟦I:PL⟧""", n=3)

T("pos", "cs", "WhatsApp", "mobil a pevná linka", ["CZ", "CZ"], """⟦FN⟧: Ahoj, volej mi radši na mobil ⟦P:mob⟧, na pevnou už skoro nechodím.
⟦FN2⟧: Jasně. A kdy přijedeš? Vlak má zpoždění?
⟦FN⟧: R 871 asi o 20 minut, napíšu""", n=2)

T("pos", "sk", "Viber", "číslo na opravára", ["SK", "SK"], """[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN⟧: Tu je číslo na opravára práčky: ⟦P⟧, volá sa ⟦FN3⟧
[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN2⟧: Ďakujem! Zákazka č. ⟦ORD⟧ ešte platí?""", n=2)

T("pos", "hu", "Messenger", "új telefonszám és e-mail", ["HU", "HU"], """⟦FN⟧: Szia! Új számom van: ⟦P:mob⟧. A régit töröld légyszi.
⟦FN2⟧: Rendben! Az e-mail címed maradt a ⟦E⟧?
⟦FN⟧: Igen, az maradt 🙂""", n=2)

T("pos", "ro", "WhatsApp", "numărul doctorului și programare", ["RO", "RO", "MD"], """⟦FN⟧: Bună! Îți trimit numărul doamnei doctor: ⟦P⟧. Programările sunt doar telefonic, între 9 și 12.
⟦FN2⟧: Mersi mult! Sun mâine dimineață.
⟦FN⟧: Da, cât mai devreme.""", n=3)

T("pos", "bg", "Viber", "телефон на майстор", ["BG", "BG"], """[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN⟧: Ето номера на майстора за бойлера: ⟦P:mob⟧
[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN2⟧: Благодаря! А офисът им?
[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN⟧: Същият номер, работят до 18:00""", n=2)

T("pos", "el", "Μηνύματα Viber", "κινητό και σταθερό", ["GR", "GR", "CY"], """⟦FN⟧: Γεια! Το νέο μου κινητό είναι ⟦P:mob⟧, σβήσε το παλιό.
⟦FN2⟧: Οκ! Και το σταθερό στο γραφείο;
⟦FN⟧: ⟦P:fix⟧, εσωτερικό ⟦N:100-399⟧""", n=3)

T("pos", "tr", "WhatsApp sohbeti", "kargo, telefon ve IBAN", ["TR", "TR", "TR"], """⟦FN⟧: Selam, kargocu ⟦P:mob⟧ numarasından arayacakmış, açarsan sevinirim
⟦FN2⟧: tamam 👍 bu arada kira için IBAN'ı tekrar atar mısın
⟦FN⟧: ⟦I:TR⟧ — ⟦NAME⟧ adına""", n=3)

T("pos", "ru", "Экспорт Telegram", "новый номер и рабочий с добавочным", ["RU", "RU", "KZ", "BY"], """⟦NAME⟧, [⟦D:dmy.⟧ ⟦T+:hm⟧]
Привет! Запиши мой новый номер: ⟦P:mob:nat|intl|hy⟧

⟦NAME2⟧, [⟦D:dmy.⟧ ⟦T+:hm⟧]
Записала. А рабочий ⟦P:fix⟧ доб. ⟦N:100-999⟧ ещё актуален?

⟦NAME⟧, [⟦D:dmy.⟧ ⟦T+:hm⟧]
Да, до конца месяца""", n=4)

T("pos", "ru", "Группа ВКонтакте", "объявление о пропаже кота", ["RU", "RU"], """ПОТЕРЯЛСЯ КОТ 😿 Рыжий, без ошейника, район метро Сокол. Кто видел — звоните ⟦P:mob⟧ (⟦FN⟧) или пишите в личку. Вознаграждение!""", n=2)

T("pos", "uk", "Viber", "кур'єр і номер ТТН", ["UA", "UA"], """[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN⟧: Кур'єр дзвонитиме з ⟦P⟧, ТТН ⟦DIG:14⟧
[⟦D:dmys⟧ ⟦T+:hm⟧] ⟦FN2⟧: Дякую! А мій новий номер — ⟦P:mob⟧, запиши""", n=3)

T("pos", "sr", "Viber", "broj za taksi i majstora", ["RS", "ME", "BA"], """⟦FN⟧: Evo broja majstora za klimu: ⟦P⟧. Kaži da si od mene.
⟦FN2⟧: Hvala! Radi li vikendom?
⟦FN⟧: Subotom do 14h, zovi ujutru""", n=3)

T("pos", "hr", "WhatsApp", "apartman, domaćin i IBAN za kaparu", ["HR"], """⟦FN⟧: Bok! Domaćin apartmana je ⟦NAME3⟧, mob. ⟦P:mob⟧. Kapara ⟦AMT:eur⟧ na IBAN ⟦I:HR⟧.
⟦FN2⟧: Super, uplatim danas. Hvala!""", n=2)

T("pos", "sl", "SMS", "številka in e-pošta", ["SI"], """⟦FN⟧: Živjo, moja nova številka je ⟦P:mob⟧. Račun pošlji na ⟦E⟧ prosim. Hvala!""", n=2)

T("pos", "lt", "Messenger", "telefono numeris ir sąskaita", ["LT"], """⟦FN⟧: Labas! Mano naujas numeris ⟦P:mob⟧. Už bilietus pervesk į ⟦I:LT⟧, ačiū!
⟦FN2⟧: Gerai, padarysiu vakare""", n=2)

T("pos", "lv", "WhatsApp", "tālrunis un konts", ["LV"], """⟦FN⟧: Sveiki! Zvani man uz ⟦P:mob⟧. Par dzīvokli maksā uz ⟦I:LV⟧ līdz 10. datumam.
⟦FN2⟧: Paldies, sapratu!""", n=2)

T("pos", "et", "Signal", "telefon ja arveldusarve", ["EE"], """⟦FN⟧: Tere! Helista mulle ⟦P:mob⟧, lauatelefon ei tööta. Arve tasu palun kontole ⟦I:EE⟧.
⟦FN2⟧: Olgu, aitäh!""", n=2)

T("pos", "ar", "محادثة واتساب", "رقم جديد ورقم المكتب", ["SA", "AE", "EG", "JO", "KW", "QA"], """[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN⟧: مرحبا، هذا رقمي الجديد ⟦P:mob:intl|nat|ar|e164⟧ احفظه من فضلك
[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN2⟧: تمام، ورقم المكتب؟
[⟦D:dmy⟧ ⟦T+:hm⟧] ⟦FN⟧: نفس الرقم، من الساعة ٩ صباحا حتى ٥ مساء""", n=6)

T("pos", "ar", "رسالة تيليجرام", "رقم السائق وعنوان البريد", ["MA", "DZ", "TN", "LB", "OM", "BH"], """السلام عليكم ⟦FN2⟧، السائق سيتصل بك من الرقم ⟦P⟧ عند الوصول. إذا احتجت أي شيء راسلني على ⟦E⟧ . رقم الحجز ⟦PNR⟧.""", n=6)

T("pos", "he", "וואטסאפ", "מספר חדש ומספר המשרד", ["IL", "IL"], """⟦FN⟧: היי, המספר החדש שלי ⟦P:mob⟧, תשמרי 🙏
⟦FN2⟧: סבבה! והמשרד עדיין ⟦P:fix⟧?
⟦FN⟧: כן, שלוחה ⟦N:10-99⟧""", n=2)

T("pos", "fa", "پیام تلگرام", "شماره موبایل با ارقام فارسی", ["IR", "IR"], """⟦FN⟧: سلام، شماره جدیدم ⟦P:mob:fa|nat|intl⟧ هست، لطفا ذخیره کن.
⟦FN2⟧: باشه عزیزم. شماره خونه هم عوض شده؟
⟦FN⟧: نه، همون قبلیه""", n=3)

T("pos", "hi", "व्हाट्सऐप चैट", "प्लंबर और दुकान का नंबर", ["IN", "IN"], """⟦FN⟧: भैया, प्लंबर का नंबर ⟦P:mob:nat|intl|cmp⟧ है, शाम को कॉल करना
⟦FN2⟧: ठीक है। और हार्डवेयर वाले का?
⟦FN⟧: ⟦P:fix⟧ — बोलना ⟦FN⟧ ने भेजा है""", n=3)

T("pos", "bn", "মেসেঞ্জার", "নতুন নম্বর ও ইমেইল", ["BD", "BD"], """⟦FN⟧: আমার নতুন নম্বর ⟦P:mob⟧, সেভ করে রাখো।
⟦FN2⟧: ঠিক আছে। অফিসের ইমেইল কি এখনো ⟦E2:work⟧?
⟦FN⟧: হ্যাঁ""", n=2)

T("pos", "ur", "واٹس ایپ", "نیا نمبر اور دفتر کا نمبر", ["PK", "PK"], """⟦FN⟧: السلام علیکم! میرا نیا نمبر ⟦P:mob⟧ ہے، محفوظ کر لیں۔
⟦FN2⟧: وعلیکم السلام، ٹھیک ہے۔ دفتر کا نمبر؟
⟦FN⟧: وہی پرانا، صبح 9 سے 5 بجے تک""", n=2)

T("pos", "ta", "வாட்ஸ்அப்", "எலக்ட்ரீஷியன் எண்", ["IN", "LK"], """⟦FN⟧: எலக்ட்ரீஷியன் நம்பர் ⟦P:mob⟧, காலை 10 மணிக்கு மேல் அழைக்கவும்.
⟦FN2⟧: நன்றி! அவர் பெயர் என்ன?
⟦FN⟧: ⟦FN3⟧""", n=2)

T("pos", "ne", "भाइबर", "नयाँ नम्बर", ["NP", "NP"], """⟦FN⟧: नमस्ते! मेरो नयाँ नम्बर ⟦P:mob⟧ हो। पुरानो नम्बर बन्द भयो।
⟦FN2⟧: ठिक छ, सेभ गरें।""", n=2)

T("pos", "zh", "微信聊天记录", "手机号和座机", ["CN,CN", "CN,CN", "CN,HK"], """⟦NAME⟧ ⟦D:iso⟧ ⟦T+:hms⟧
我换号了，新号码 ⟦P:mob:nat|intl|cmp⟧，旧的别打了

⟦NAME2⟧ ⟦D:iso⟧ ⟦T+:hms⟧
好的👌 家里座机还是 ⟦P2:fix⟧ 吗？

⟦NAME⟧ ⟦D:iso⟧ ⟦T+:hms⟧
对，晚上八点以后打""", n=3)

T("pos", "zh", "LINE 對話（繁體）", "台灣手機與市話", ["TW", "TW", "HK"], """⟦D:slash⟧
⟦T+:hm⟧	⟦NAME⟧	我的新手機是 ⟦P:mob⟧，舊的停用了
⟦T+:hm⟧	⟦NAME2⟧	收到～公司電話還是 ⟦P:fix⟧ 分機 ⟦N:100-899⟧ 嗎？
⟦T+:hm⟧	⟦NAME⟧	對""", n=3)

T("pos", "ja", "LINEトーク履歴", "携帯番号と固定電話（全角数字を含む）", ["JP", "JP", "JP"], """⟦D:slash⟧(土)
⟦T+:hm⟧	⟦NAME⟧	番号変わりました！新しいのは ⟦P:mob:nat|fw|intl⟧ です
⟦T+:hm⟧	⟦NAME2⟧	了解です👍 実家の電話は ⟦P:fix⟧ のままですか？
⟦T+:hm⟧	⟦NAME⟧	はい、そのままです""", n=3)

T("pos", "ko", "카카오톡 대화", "휴대폰 번호와 사무실 번호", ["KR", "KR", "KR"], """⟦D:ko⟧ 오후 ⟦N:1-11⟧:⟦N:10-59⟧, ⟦NAME⟧ : 번호 바꿨어요 ⟦P:mob:nat|intl⟧ 로 저장해 주세요
⟦D:ko⟧ 오후 ⟦N:1-11⟧:⟦N:10-59⟧, ⟦NAME2⟧ : 네 알겠어요! 사무실 번호는 그대로죠?
⟦D:ko⟧ 오후 ⟦N:1-11⟧:⟦N:10-59⟧, ⟦NAME⟧ : 네 맞아요""", n=3)

T("pos", "th", "แชท LINE", "เบอร์ใหม่และเบอร์ร้าน", ["TH", "TH"], """⟦FN⟧: เบอร์ใหม่นะ ⟦P:mob⟧ เบอร์เก่าเลิกใช้แล้ว
⟦FN2⟧: โอเค บันทึกแล้ว ร้านยังเบอร์เดิมใช่ไหม
⟦FN⟧: ใช่ เปิด 10 โมงถึง 2 ทุ่ม""", n=2)

T("pos", "vi", "Tin nhắn Zalo", "số điện thoại mới và email", ["VN", "VN"], """⟦FN⟧: Chị ơi, số mới của em là ⟦P:mob⟧ nhé, số cũ em bỏ rồi.
⟦FN2⟧: Ok em. Gửi hóa đơn qua email ⟦E2⟧ giúp chị nha.
⟦FN⟧: Dạ vâng ạ""", n=2)

T("pos", "id", "Chat WhatsApp", "nomor kurir dan rekening", ["ID", "ID"], """⟦FN⟧: Kak, kurirnya nanti telepon dari ⟦P:mob⟧ ya, tolong diangkat 🙏
⟦FN2⟧: Siap kak. Nomor resinya berapa?
⟦FN⟧: ⟦TRK⟧""", n=2)

T("pos", "ms", "WhatsApp", "nombor baharu", ["MY", "MY", "SG", "BN"], """⟦FN⟧: Salam, ni nombor baharu saya ⟦P:mob⟧. Nombor lama dah tak guna.
⟦FN2⟧: Baik, dah simpan. Terima kasih!""", n=3)

T("pos", "tl", "Messenger", "numero ng tita at padala", ["PH", "PH"], """⟦FN⟧: Ate, eto yung number ni Tita ⟦FN3⟧: ⟦P:mob:nat|intl|cmp⟧. Globe yan.
⟦FN2⟧: Salamat! Magpapadala ako sa GCash niya mamaya.
⟦FN⟧: Ok, same number lang sa GCash""", n=3)

T("pos", "sw", "Ujumbe wa WhatsApp", "M-Pesa na nambari ya simu", ["KE", "TZ", "UG"], """⟦FN⟧: Habari! Nitumie pesa kwa M-Pesa namba ⟦P:mob⟧, jina ⟦NAME⟧.
⟦FN2⟧: Sawa, nimetuma. Fundi wa bomba namba yake ni?
⟦FN⟧: ⟦P⟧, anaitwa ⟦FN3⟧""", n=3)

T("pos", "am", "የቴሌግራም መልእክት", "አዲስ ስልክ ቁጥር", ["ET", "ET"], """⟦FN⟧: ሰላም! አዲሱ ስልክ ቁጥሬ ⟦P:mob⟧ ነው። እባክህ አስቀምጠው።
⟦FN2⟧: እሺ፣ አመሰግናለሁ!""", n=2)

T("pos", "ka", "Messenger", "ახალი ნომერი", ["GE", "GE"], """⟦FN⟧: გამარჯობა! ჩემი ახალი ნომერია ⟦P:mob⟧. ძველი აღარ მუშაობს.
⟦FN2⟧: კარგი, შევინახე. ბინის ქირა ⟦I:GE⟧ ანგარიშზე გადავრიცხო?
⟦FN⟧: კი, გმადლობ""", n=2)

T("pos", "hy", "Viber", "նոր համար", ["AM", "AM"], """⟦FN⟧: Բարև, իմ նոր համարն է ⟦P:mob⟧։ Գրանցիր, խնդրում եմ։
⟦FN2⟧: Լավ, գրանցեցի։""", n=2)

T("pos", "kk", "WhatsApp", "жаңа нөмір", ["KZ", "KZ"], """⟦FN⟧: Сәлем! Менің жаңа нөмірім ⟦P:mob⟧. Ескісін өшіре салшы.
⟦FN2⟧: Жақсы, сақтадым 👍 Пәтер ақысын ⟦I:KZ⟧ шотына аударайын ба?
⟦FN⟧: Иә, рахмет""", n=2)

T("pos", "af", "WhatsApp-gesprek", "nuwe nommer en loodgieter", ["ZA", "ZA", "NA"], """⟦FN⟧: Hallo! My nuwe nommer is ⟦P:mob⟧. Die loodgieter se nommer is ⟦P⟧, hy kom Dinsdag.
⟦FN2⟧: Dankie! Ek sal hom bel.""", n=3)

T("pos", "zu", "Umlayezo we-WhatsApp", "inombolo entsha", ["ZA"], """⟦FN⟧: Sawubona! Inombolo yami entsha ngu ⟦P:mob⟧. Ngicela uyigcine.
⟦FN2⟧: Kulungile, ngiyibonile. Ngiyabonga!""", n=2)

T("pos", "yo", "Ìfiránṣẹ́ WhatsApp", "nọ́ńbà tuntun", ["NG", "NG"], """⟦FN⟧: Ẹ káàárọ̀! Nọ́ńbà mi tuntun ni ⟦P:mob⟧. Ẹ jọ̀wọ́ ẹ fi pamọ́.
⟦FN2⟧: Ó dáa, mo ti fi pamọ́. E ṣé!""", n=2)

T("pos", "mk", "Viber", "нов број", ["MK", "MK"], """⟦FN⟧: Здраво! Мојот нов број е ⟦P:mob⟧. Стариот веќе не работи.
⟦FN2⟧: Супер, го зачував. Станарината на ⟦I:MK⟧ ли ја плаќам?
⟦FN⟧: Да, благодарам""", n=2)

T("pos", "sq", "WhatsApp", "numri i ri", ["AL", "XK", "AL"], """⟦FN⟧: Përshëndetje! Numri im i ri është ⟦P:mob⟧. Të lutem ruaje.
⟦FN2⟧: Në rregull! Qiranë ta dërgoj në ⟦I⟧?
⟦FN⟧: Po, faleminderit""", n=3, ib=["AL", "XK", "AL"])

T("pos", "mn", "Messenger", "шинэ дугаар", ["MN", "MN"], """⟦FN⟧: Сайн уу! Миний шинэ дугаар ⟦P:mob⟧. Хуучин дугаар ажиллахаа больсон.
⟦FN2⟧: За, хадгаллаа. Баярлалаа!""", n=2)

T("pos", "ca", "Xat de WhatsApp", "telèfon i correu", ["ES", "AD", "ES"], """⟦FN⟧: Ei! El meu número nou és ⟦P:mob⟧, desa'l si us plau.
⟦FN2⟧: Fet! I el correu de l'escola de música?
⟦FN⟧: ⟦E:role⟧, contesten de 17 a 20 h""", n=3)

T("pos", "ht", "Mesaj WhatsApp", "nimewo nouvo", ["HT", "US"], """⟦FN⟧: Bonjou! Men nouvo nimewo mwen: ⟦P:mob⟧. Tanpri sere l.
⟦FN2⟧: Dakò, mèsi anpil!""", n=2)

T("pos", "mt", "Messaġġ", "numru ġdid", ["MT"], """⟦FN⟧: Hello! In-numru l-ġdid tiegħi huwa ⟦P:mob⟧. Ħallas il-kera fuq ⟦I:MT⟧ jekk jogħġbok.
⟦FN2⟧: Grazzi, ok!""", n=2)

T("pos", "lb", "WhatsApp", "nei Nummer", ["LU"], """⟦FN⟧: Moien! Meng nei Nummer ass ⟦P:mob⟧. Schéck mer d'Rechnung op ⟦E⟧ w.e.g.
⟦FN2⟧: Merci, maachen ech!""", n=2)

T("pos", "uz", "Telegram", "yangi raqam", ["UZ", "UZ"], """⟦FN⟧: Assalomu alaykum! Yangi raqamim ⟦P:mob⟧. Eskisini o'chirib qo'ying.
⟦FN2⟧: Xo'p, saqladim. Rahmat!""", n=2)

T("pos", "az", "WhatsApp", "yeni nömrə", ["AZ"], """⟦FN⟧: Salam! Yeni nömrəm ⟦P:mob⟧. Kirayə haqqını ⟦I:AZ⟧ hesabına köçür, zəhmət olmasa.
⟦FN2⟧: Oldu, sağ ol!""", n=2)

T("pos", "si", "Viber", "අලුත් අංකය", ["LK"], """⟦FN⟧: ආයුබෝවන්! මගේ අලුත් අංකය ⟦P:mob⟧. පරණ අංකය දැන් වැඩ කරන්නේ නැහැ.
⟦FN2⟧: හරි, සේව් කළා.""", n=2)

T("pos", "km", "Telegram", "លេខថ្មី", ["KH"], """⟦FN⟧: សួស្តី! លេខថ្មីរបស់ខ្ញុំគឺ ⟦P:mob⟧ សូមរក្សាទុក។
⟦FN2⟧: បាទ អរគុណ!""", n=2)

T("pos", "my", "Viber", "ဖုန်းနံပါတ်အသစ်", ["MM"], """⟦FN⟧: မင်္ဂလာပါ! ကျွန်မရဲ့ ဖုန်းနံပါတ်အသစ်က ⟦P:mob⟧ ပါ။
⟦FN2⟧: ဟုတ်ကဲ့ သိမ်းထားလိုက်ပါပြီ။""", n=2)

T("pos", "en+es", "WhatsApp chat (Spanglish)", "bilingual family chat with US and Mexican numbers", ["US,MX", "US,GT", "US,SV", "US,HN"], """⟦FN⟧: mami ya llegué, el número del hotel es ⟦P:fix⟧ room 214
⟦FN2⟧: ok mija, y tu tía te va a llamar del ⟦P2⟧ porque su cel no tiene saldo
⟦FN⟧: okk love u 💕""", n=4, names="es")

T("pos", "pa", "WhatsApp ਗੱਲਬਾਤ", "ਨਵਾਂ ਨੰਬਰ", ["IN", "CA"], """⟦FN⟧: ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਮੇਰਾ ਨਵਾਂ ਨੰਬਰ ⟦P:mob⟧ ਹੈ, ਸੇਵ ਕਰ ਲਓ।
⟦FN2⟧: ਠੀਕ ਹੈ ਜੀ, ਕਰ ਲਿਆ।""", n=2)

T("pos", "cy", "Neges destun", "rhif newydd", ["GB"], """⟦FN⟧: Helo! Dyma fy rhif newydd: ⟦P:mob⟧. Ffonia fi ar ôl chwech.
⟦FN2⟧: Diolch, wedi'i gadw!""", n=1)

T("pos", "ga", "Teachtaireacht", "uimhir nua", ["IE"], """⟦FN⟧: Dia duit! Seo m'uimhir nua: ⟦P:mob⟧. Glaoigh orm tráthnóna.
⟦FN2⟧: Go raibh maith agat!""", n=1)

T("pos", "eu", "WhatsApp", "telefono berria", ["ES"], """⟦FN⟧: Kaixo! Nire telefono berria ⟦P:mob⟧ da. Gorde ezazu, mesedez.
⟦FN2⟧: Ados, eskerrik asko!""", n=1)


# =========================================================================
# B. e-mails: headers, signatures, quoted replies, forwards, alerts
# =========================================================================

T("pos", "en", "e-mail reply with quoted signature", "lease renewal; addresses in headers, mobile and office/fax in quoted signature", ["GB,GB", "US,US", "IE,IE", "AU,AU"], """From: ⟦NAME⟧ <⟦E⟧>
To: ⟦NAME2⟧ <⟦E2:work⟧>
Subject: Re: lease renewal – flat 3
Date: ⟦D:rfc⟧

Hi ⟦FN2⟧,

Signed copy attached. Give me a ring on ⟦P:mob⟧ if anything's missing.

Best,
⟦FN⟧

On ⟦D:us⟧ at ⟦T:ampm⟧, ⟦NAME2⟧ <⟦E2:work⟧> wrote:
> Hi ⟦FN⟧, please sign page 4 and return by Friday.
> --
> ⟦NAME2⟧ | Property Manager
> ⟦CO⟧
> T ⟦P2:fix⟧""", n=4)

T("pos", "en", "forwarded e-mail", "Gmail forward header with booking; hotel phone and guest e-mail", ["US,IT", "GB,ES", "CA,FR", "AU,JP", "US,PT"], """---------- Forwarded message ---------
From: Reservations <⟦E:role⟧>
Date: ⟦D:wshort⟧, ⟦D:y⟧ at ⟦T:ampm⟧
Subject: Booking confirmation ⟦PNR⟧
To: <⟦E⟧>

Dear ⟦NAME⟧,
Thank you for your reservation (confirmation no. ⟦N:10000000-99999999⟧). Check-in from 15:00.
For any request call the front desk at ⟦P2:intl⟧ or reply to this e-mail.

fwd to ⟦FN2⟧ – this is the one for the weekend, my cell is ⟦P:mob⟧ if they call you""", n=5)

T("pos", "de", "E-Mail mit Signatur", "Geschäftsmail mit Telefon, Fax, Mobil, USt-IdNr. unmarkiert", ["DE,DE", "AT,AT", "CH,CH", "DE,DE"], """Sehr geehrte Frau ⟦LN2⟧,

anbei erhalten Sie den überarbeiteten Vertrag. Bei Rückfragen erreichen Sie mich gerne telefonisch.

Mit freundlichen Grüßen

⟦NAME⟧
Sachbearbeitung Kundenservice
⟦CO⟧
⟦N:1-120⟧ Hauptstraße · ⟦N:10000-99999⟧ ⟦LN3⟧stadt
Tel.: ⟦P:fix:nat|par|slash|intl⟧
Mobil: ⟦P2:mob⟧
E-Mail: ⟦E:work⟧
Amtsgericht ⟦LN3⟧stadt HRB ⟦N:10000-99999⟧ · USt-IdNr.: DE⟦N:100000000-999999999⟧""", n=4)

T("pos", "fr", "courriel avec signature", "cabinet ; tél., port., SIRET unmarqué", ["FR,FR", "BE,BE", "FR,FR", "CH,CH"], """Bonjour Madame ⟦LN2⟧,

Suite à notre échange téléphonique, vous trouverez ci-joint l'attestation demandée.

Bien cordialement,

⟦NAME⟧
Assistante de direction — ⟦CO⟧
Tél. : ⟦P:fix:nat|dot|intl⟧ | Port. : ⟦P2:mob:nat|dot⟧
⟦E:work⟧
SIRET ⟦N:100-999⟧ ⟦N:100-999⟧ ⟦N:100-999⟧ 000⟦N:10-99⟧""", n=4)

T("pos", "es", "correo con firma", "firma de administración con teléfono y móvil", ["ES,ES", "MX,MX", "CO,CO", "AR,AR", "CL,CL", "PE,PE"], """Buenos días ⟦FN2⟧:

Te adjunto la factura ⟦ORD⟧ correspondiente a ⟦D:dmy⟧. Quedo atenta a cualquier duda.

Un saludo,
⟦NAME⟧
Dpto. Administración | ⟦CO⟧
Tlf. ⟦P:fix⟧ · Móvil ⟦P2:mob⟧
⟦E:work⟧""", n=6)

T("pos", "it", "e-mail con firma", "studio commercialista; tel., cell., PEC", ["IT,IT", "IT,IT", "CH,IT"], """Gentile ⟦NAME2⟧,

le inoltro il modello F24 da pagare entro il 16. Resto a disposizione.

Cordiali saluti
⟦NAME⟧
⟦CO⟧ — Studio Associato
Tel. ⟦P:fix⟧ – Cell. ⟦P2:mob⟧
Email ⟦E:work⟧ | PEC ⟦E:role⟧
P.IVA ⟦N:10000000000-99999999999⟧""", n=3)

T("pos", "nl", "e-mail met handtekening", "makelaar; telefoon en e-mail", ["NL,NL", "BE,BE"], """Beste ⟦FN2⟧,

Hierbij de bevestiging van de bezichtiging op ⟦D:dmy-⟧ om ⟦T:hm⟧.

Met vriendelijke groet,
⟦NAME⟧
Makelaar o.g. | ⟦CO⟧
T ⟦P:fix⟧ | M ⟦P2:mob⟧ | E ⟦E:work⟧
KvK ⟦N:10000000-99999999⟧""", n=3)

T("pos", "sv", "e-post med signatur", "förskola; telefon och e-post", ["SE,SE"], """Hej ⟦FN2⟧!

Påminnelse om utvecklingssamtalet på torsdag. Hör av dig om tiden inte passar.

Vänliga hälsningar
⟦NAME⟧, förskollärare
Förskolan Solrosen
Tel: ⟦P:fix⟧ • Mobil: ⟦P2:mob⟧
⟦E:work⟧""", n=2)

T("pos", "pl", "e-mail z podpisem", "biuro rachunkowe; telefon, komórka, NIP", ["PL,PL"], """Dzień dobry,

w załączniku przesyłam deklarację VAT za poprzedni miesiąc. Termin płatności: 25. dzień miesiąca.

Pozdrawiam serdecznie
⟦NAME⟧
Biuro Rachunkowe ⟦CO⟧
tel. ⟦P:fix⟧, kom. ⟦P2:mob⟧
e-mail: ⟦E:work⟧
NIP ⟦N:100-999⟧-⟦N:100-999⟧-⟦N:10-99⟧-⟦N:10-99⟧""", n=3)

T("pos", "ja", "メール署名", "営業部の署名：TEL/FAX/携帯とメール", ["JP,JP", "JP,JP", "JP,JP"], """⟦LN2⟧様

いつもお世話になっております。
お見積書を添付いたしましたので、ご確認のほどよろしくお願いいたします。

━━━━━━━━━━━━━━━━━━
⟦CO⟧ 営業部
⟦NAME⟧
TEL：⟦P:fix:nat|fw⟧
携帯：⟦P2:mob:nat|fw|hy⟧
Mail：⟦E:work⟧
━━━━━━━━━━━━━━━━━━""", n=3)

T("pos", "ko", "이메일 서명", "회사 서명: 전화, 팩스, 휴대폰", ["KR,KR", "KR,KR"], """안녕하세요, ⟦NAME2⟧ 님.

요청하신 계약서 초안을 첨부드립니다. 검토 후 회신 부탁드립니다.

감사합니다.
⟦NAME⟧ 드림
⟦CO⟧ | 경영지원팀 과장
T. ⟦P:fix⟧
M. ⟦P2:mob⟧
E. ⟦E:work⟧""", n=2)

T("pos", "zh", "电子邮件签名", "公司签名：电话、手机、邮箱", ["CN,CN", "TW,TW", "HK,HK"], """⟦NAME2⟧您好，

附件是本月的对账单，请查收。如有疑问请随时联系。

此致
⟦NAME⟧
财务部 | ⟦CO⟧
电话：⟦P:fix⟧
手机：⟦P2:mob⟧
邮箱：⟦E:work⟧""", n=3)

T("pos", "ru", "письмо с подписью", "подпись: тел., моб., e-mail; ИНН не размечен", ["RU,RU", "RU,RU", "KZ,KZ", "BY,BY"], """Добрый день, ⟦FN2⟧!

Направляю акт сверки за квартал. Прошу подписать и вернуть скан.

С уважением,
⟦NAME⟧
главный бухгалтер ⟦CO⟧
тел.: ⟦P:fix⟧, доб. ⟦N:100-599⟧
моб.: ⟦P2:mob⟧
e-mail: ⟦E:work⟧
ИНН ⟦N:1000000000-9999999999⟧""", n=4)

T("pos", "ar", "بريد إلكتروني مع توقيع", "توقيع شركة: هاتف وجوال وبريد", ["AE,AE", "SA,SA", "EG,EG", "QA,QA"], """السيد ⟦NAME2⟧ المحترم،

تحية طيبة وبعد، نرفق لكم عرض السعر المطلوب. يسعدنا الرد على أي استفسار.

مع خالص التحية،
⟦NAME⟧
مدير المبيعات – ⟦CO⟧
هاتف: ⟦P:fix⟧
جوال: ⟦P2:mob:intl|ar|nat⟧
البريد: ⟦E:work⟧""", n=4)

T("pos", "tr", "e-posta imzası", "imza: telefon, faks, GSM", ["TR,TR", "TR,TR"], """Merhaba ⟦FN2⟧ Hanım,

Talep ettiğiniz faturayı ekte gönderiyorum. İyi çalışmalar dilerim.

Saygılarımla,
⟦NAME⟧
Muhasebe Müdürü | ⟦CO⟧
Tel: ⟦P:fix⟧
GSM: ⟦P2:mob⟧
⟦E:work⟧""", n=2)

T("pos", "pt", "e-mail com assinatura", "escritório de advocacia; telefone e celular", ["BR,BR", "PT,PT", "BR,BR"], """Prezado(a) ⟦FN2⟧,

Segue em anexo a minuta do contrato para análise. Fico à disposição.

Atenciosamente,
⟦NAME⟧
⟦CO⟧ Advogados
Tel.: ⟦P:fix⟧ | Cel.: ⟦P2:mob⟧
⟦E:work⟧""", n=3)

T("pos", "en", "security alert e-mail", "new sign-in from IP; support address", [], """Subject: New sign-in to your account

Hi ⟦FN⟧,

We noticed a new sign-in to your account ⟦E⟧.

  When: ⟦D:us⟧, ⟦T:ampm⟧ (UTC)
  Device: Chrome on Windows
  IP address: ⟦IP⟧
  Approximate location: near ⟦LN3⟧ville

If this was you, you can ignore this message. If not, reset your password and contact ⟦E:role⟧ quoting case ⟦ORD⟧.""", n=4)

T("pos", "de", "Sicherheitswarnung per E-Mail", "neue Anmeldung von IPv6-Adresse", [], """Betreff: Neue Anmeldung bei Ihrem Konto

Hallo ⟦FN⟧,

Ihr Konto ⟦E⟧ wurde am ⟦D:dmy.⟧ um ⟦T:hm⟧ Uhr von einem neuen Gerät verwendet.
IP-Adresse: ⟦IP6⟧
Betriebssystem: iOS ⟦N:15-18⟧

Waren Sie das nicht? Dann ändern Sie bitte sofort Ihr Passwort.""", n=2)

T("pos", "fr", "alerte de sécurité", "connexion inhabituelle avec IPv4", [], """Objet : Connexion inhabituelle détectée

Bonjour ⟦FN⟧,
Une connexion à votre compte a été détectée le ⟦D:dmy⟧ à ⟦T:hm⟧ depuis l'adresse IP ⟦IP4⟧ (navigateur Firefox).
Si vous n'êtes pas à l'origine de cette connexion, contactez ⟦E:role⟧.""", n=2)

T("pos", "en", "raw e-mail headers", "Received chain with sender IPs and Message-ID", [], """Return-Path: <⟦E⟧>
Received: from mail-out.⟦DOM⟧ (mail-out.⟦DOM⟧ [⟦IP4⟧])
        by mx.google.com with ESMTPS id ⟦HEX:12⟧
        for <⟦E2⟧>; ⟦D:rfc⟧
Received: from [⟦IP⟧] (helo=laptop) by mail-out.⟦DOM⟧ with esmtpsa
X-Originating-IP: [⟦IP4⟧]
Message-ID: <⟦MSGID⟧>
From: ⟦NAME⟧ <⟦E⟧>
To: ⟦E2⟧
Subject: photos from saturday""", n=4)

T("pos", "en", "e-mail thread (Outlook style)", "quoted Outlook header block; cell and direct line", ["US,US", "CA,CA", "SG,SG", "IN,IN"], """Thanks ⟦FN2⟧ – confirmed for Tuesday.

⟦FN⟧
Sent from my iPhone

________________________________
From: ⟦NAME2⟧ <⟦E2:work⟧>
Sent: ⟦D:wshort⟧ ⟦T:ampm⟧
To: ⟦NAME⟧ <⟦E⟧>
Subject: RE: contractor quote #⟦N:1000-9999⟧

Hi ⟦FN⟧, the site visit is Tuesday 9am. Our foreman ⟦FN3⟧ will be on ⟦P:mob⟧.
⟦NAME2⟧
Office: ⟦P2:fix⟧ x⟦N:100-999⟧""", n=4)

T("pos", "en", "newsletter footer", "small business footer with phone, e-mail and company number", ["GB", "IE", "NZ", "ZA"], """You're receiving this because you signed up at our shop.
⟦CO⟧ · Unit ⟦N:1-40⟧, Riverside Trading Estate
Phone ⟦P:fix⟧ · ⟦E:role⟧
Registered in England & Wales No. ⟦N:10000000-13999999⟧ · VAT GB ⟦N:100-999⟧ ⟦N:1000-9999⟧ ⟦N:10-99⟧
Unsubscribe | View in browser""", n=3)

T("pos", "en", "e-mail to accountant", "family tax info with SSNs and phone", ["US"], """Hi ⟦FN2⟧,

For this year's return: my SSN is ⟦S⟧ and ⟦FN3⟧'s is ⟦S⟧. The kids' numbers are on the sheet I dropped off. Our new address is 14 Birch Lane, ZIP ⟦ZIP4⟧.
Best number to reach me is ⟦P:mob⟧.

Thanks,
⟦FN⟧""", n=3)

T("pos", "es", "correo reenviado", "reenvío con cabecera en español y datos de contacto", ["ES,ES", "MX,MX", "AR,AR"], """---------- Mensaje reenviado ---------
De: ⟦NAME2⟧ <⟦E2⟧>
Fecha: ⟦D:dmy⟧ ⟦T:hm⟧
Asunto: Visita técnica
Para: ⟦E⟧

Hola, el técnico pasará el jueves. Cualquier cambio llamar al ⟦P:fix⟧ o al móvil ⟦P2:mob⟧.
Nº de aviso: ⟦ORD⟧""", n=3)

T("pos", "de", "weitergeleitete E-Mail", "Weiterleitung mit deutschem Kopf", ["DE,DE", "AT,AT"], """-------- Weitergeleitete Nachricht --------
Betreff: Termin Zahnreinigung
Datum: ⟦D:dmy.⟧ ⟦T:hm⟧
Von: Praxis Dr. ⟦LN2⟧ <⟦E:role⟧>
An: ⟦E⟧

Sehr geehrte Patientin, Ihr Termin wurde auf ⟦D2:dmy.⟧ verschoben. Absagen bitte bis 24 h vorher unter ⟦P:fix⟧.

@⟦FN3⟧: kannst du mich an dem Tag abholen? Ruf an: ⟦P2:mob⟧""", n=2)


# =========================================================================
# C. vCards, address books, contact exports
# =========================================================================

VCARD_VARIANTS = ["en:US,US", "de:DE,DE", "fr:FR,FR", "ja:JP,JP", "ko:KR,KR", "es:MX,MX", "pt:BR,BR", "it:IT,IT", "nl:NL,BE", "pl:PL,PL",
                  "ru:RU,RU", "zh:CN,CN", "ar:AE,AE", "tr:TR,TR", "en:GB,GB", "en:AU,AU", "sv:SE,SE", "hi:IN,IN", "id:ID,ID", "vi:VN,VN"]

T("pos", "en", "vCard 3.0", "contact card with cell, work phone and e-mail", VCARD_VARIANTS, """BEGIN:VCARD
VERSION:3.0
N:⟦LN⟧;⟦FN⟧;;;
FN:⟦NAME⟧
ORG:⟦CO⟧
TITLE:Office Manager
TEL;TYPE=CELL:⟦P:mob:e164|intl|nat⟧
TEL;TYPE=WORK,VOICE:⟦P2:fix:intl|nat⟧
EMAIL;TYPE=INTERNET,HOME:⟦E⟧
EMAIL;TYPE=INTERNET,WORK:⟦E:work⟧
REV:⟦D:iso⟧T⟦T:hms⟧Z
END:VCARD""", n=8)

T("pos", "en", "vCard 4.0", "tel: URIs (prefix not labelled) and fax", ["en:GB,GB", "fr:CH,CH", "de:AT,AT", "es:ES,ES", "no:NO,NO", "da:DK,DK", "fi:FI,FI", "el:GR,GR"], """BEGIN:VCARD
VERSION:4.0
FN:⟦NAME⟧
N:⟦LN⟧;⟦FN⟧;;;
TEL;VALUE=uri;TYPE="cell,voice";PREF=1:tel:⟦P:mob:rfc|e164⟧
TEL;VALUE=uri;TYPE=fax:tel:⟦P2:fix:rfc|e164⟧
EMAIL;PREF=1:⟦E⟧
BDAY:--⟦N:10-12⟧⟦N:10-28⟧
UID:urn:uuid:⟦UUID⟧
END:VCARD""", n=5)

T("pos", "en", "Google Contacts CSV export", "multiple phones joined with ' ::: '", ["US,US,CA", "GB,GB,IE", "AU,AU,NZ", "IN,IN,AE"], """Name,Given Name,Family Name,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value
⟦NAME⟧,⟦FN⟧,⟦LN⟧,* Home,⟦E⟧,Mobile,⟦P:mob:e164|intl⟧ ::: ⟦P:intl⟧,,
⟦NAME2⟧,⟦FN2⟧,⟦LN2⟧,* Other,⟦E2⟧,Mobile,⟦P3:mob⟧,,
⟦NAME3⟧,⟦FN3⟧,⟦LN3⟧,,,Home,⟦P:fix⟧,,""", n=4)

T("pos", "en", "Outlook contacts CSV", "quoted CSV with business phone, fax, mobile", ["US,US", "GB,GB", "CA,CA", "SG,SG"], """"First Name","Last Name","Company","Business Phone","Business Fax","Mobile Phone","E-mail Address"
"⟦FN⟧","⟦LN⟧","⟦CO⟧","⟦P:fix⟧","","⟦P2:mob⟧","⟦E:work⟧"
"⟦FN2⟧","⟦LN2⟧","","","","⟦P2:mob⟧","⟦E2⟧\"""", n=4)

T("pos", "de", "Adressbuch-Notiz", "Hausarzt, Kita, Hausmeister: Nummern ohne Stichwort", ["DE,DE,DE", "AT,AT,AT", "CH,CH,CH"], """Wichtige Nummern
Hausärztin Dr. ⟦LN⟧ — ⟦P:fix⟧
Kita Sonnenschein ⟦P2:fix⟧ (Frau ⟦LN2⟧)
Hausmeister ⟦FN3⟧ ⟦P3:mob⟧
Giftnotruf: siehe Kühlschrank""", n=3)

T("pos", "fr", "carnet d'adresses", "contacts utiles sans mot-clé", ["FR,FR,FR", "BE,BE,BE"], """Contacts utiles
Pédiatre — Dr ⟦LN⟧ : ⟦P:fix:nat|dot⟧
Nounou ⟦FN2⟧ ⟦P2:mob:nat|dot|intl⟧
École maternelle : ⟦P3:fix⟧""", n=2)

T("pos", "es", "agenda de contactos", "lista con nombres y números sueltos", ["ES,ES,ES", "MX,MX,MX", "CO,CO,CO", "AR,AR,AR"], """CONTACTOS CASA
- Fontanero Paco: ⟦P:mob⟧
- Centro de salud ⟦P2:fix⟧
- ⟦NAME2⟧ (vecina 3ºB) ⟦P3:mob⟧""", n=4)

T("pos", "ja", "電話帳メモ", "名前と番号のみ", ["JP,JP,JP", "JP,JP,JP"], """【連絡先】
⟦NAME⟧（母）　⟦P:mob⟧
⟦NAME2⟧　⟦P2:fix⟧
かかりつけ医　⟦P3:fix:nat|fw⟧""", n=2)

T("pos", "en", "address book (markdown)", "emergency contacts table", ["US,US,US", "GB,GB,GB", "AU,AU,AU", "CA,CA,US"], """## Emergency contacts

| Who | Phone | Email |
|---|---|---|
| ⟦NAME⟧ (mum) | ⟦P:mob⟧ | ⟦E⟧ |
| ⟦NAME2⟧ (neighbour) | ⟦P2⟧ | |
| Dr ⟦LN3⟧ | ⟦P3:fix⟧ | ⟦E:role⟧ |""", n=4)

T("pos", "en", "LDIF address book export", "mail, telephoneNumber, mobile attributes", ["US,US", "DE,DE", "FR,FR", "NL,NL"], """dn: cn=⟦NAME⟧,mail=⟦E⟧
objectclass: top
objectclass: person
objectclass: inetOrgPerson
givenName: ⟦FN⟧
sn: ⟦LN⟧
cn: ⟦NAME⟧
mail: ⟦E⟧
telephoneNumber: ⟦P2:fix:intl⟧
mobile: ⟦P:mob:intl|e164⟧
modifytimestamp: ⟦D:compact⟧⟦N:100000-235959⟧Z""", n=4)

T("pos", "en", "SQLite dump of phone contacts", "pipe-separated rows", ["US,US", "PH,PH", "NG,NG", "KE,KE", "GH,GH"], """sqlite> select _id, display_name, data1, data2 from view_data where mimetype_id=5 limit 4;
41|⟦NAME⟧|⟦P:e164|nat⟧|2
42|⟦NAME2⟧|⟦P2:nat|e164⟧|2
43|⟦NAME3⟧|⟦P:nat⟧|1""", n=5)

T("pos", "ru", "записная книжка", "контакты с подписями на русском", ["RU,RU", "UA,UA", "KZ,KZ"], """Телефоны
Мама — ⟦P:mob⟧
Сантехник Виктор ⟦P2⟧
Управляющая компания ⟦P2:fix⟧ / ⟦E:role⟧""", n=3, names="ru")

T("pos", "ko", "연락처 메모", "이름과 번호", ["KR,KR", "KR,KR"], """연락처 정리
엄마 ⟦P:mob⟧
⟦NAME2⟧ 선생님 ⟦P2:mob⟧
관리사무소 ⟦P:fix⟧""", n=2)

T("pos", "zh", "通讯录备忘", "姓名后直接跟号码", ["CN,CN", "TW,TW", "HK,HK", "SG,SG"], """常用联系人
⟦NAME⟧ ⟦P:mob⟧
⟦NAME2⟧（房东）⟦P2:mob⟧
小区物业：⟦P:fix⟧""", n=4)

T("pos", "pt", "agenda telefónica", "contactos da família", ["PT,PT", "BR,BR", "AO,AO", "MZ,MZ"], """Contactos
Avó ⟦FN⟧: ⟦P⟧
⟦NAME2⟧ – ⟦P2:mob⟧
Centro de saúde ⟦P:fix⟧""", n=4)

T("pos", "it", "rubrica", "contatti utili", ["IT,IT", "IT,IT"], """Numeri utili
Idraulico ⟦FN⟧: ⟦P:mob⟧
Amministratore condominio ⟦P2:fix⟧ — ⟦E:role⟧
Dottoressa ⟦LN3⟧ ⟦P:fix⟧""", n=2)

T("pos", "en", "contact list exported from a dating app to notes", "names with numbers and handles", ["US,US,GB", "AU,AU,NZ", "CA,CA,US"], """⟦FN⟧ – met at climbing gym – ⟦P:mob⟧ – insta @⟦FN⟧.climbs
⟦FN2⟧ – ⟦P2:mob⟧ (texts > calls)
⟦FN3⟧ from the wedding, ⟦P3⟧""", n=3)


# =========================================================================
# D. OCR'd forms: tax, payroll, rental, school, medical, insurance, bank, immigration
# =========================================================================

T("pos", "en", "OCR of Form W-2", "employee SSN; EIN, ZIP+4 and amounts unlabelled", [], """a Employee's social security number    OMB No. 1545-0008
⟦S:dash|sp⟧
b Employer identification number (EIN)        1 Wages, tips, other compensation
⟦EIN⟧                                          ⟦N:30000-140000⟧.⟦N:10-99⟧
c Employer's name, address, and ZIP code      2 Federal income tax withheld
⟦CO⟧                                           ⟦N:2000-25000⟧.⟦N:10-99⟧
⟦N:100-9999⟧ Commerce Dr Ste ⟦N:100-500⟧
Springfield IL ⟦ZIP4⟧
d Control number ⟦N:100000-999999⟧
e Employee's first name and initial   Last name
⟦FN⟧ ⟦INI2⟧ ⟦LN⟧""", n=4)

T("pos", "en", "OCR of Form W-4", "SSN box and phone on a withholding form", ["US"], """Form W-4 Employee's Withholding Certificate
Step 1: (a) First name and middle initial ⟦FN⟧ ⟦INI3⟧   Last name ⟦LN⟧
(b) Social security number ⟦S⟧
Address ⟦N:10-999⟧ Maple Ave Apt ⟦N:1-40⟧
City or town, state, and ZIP code  Columbus, OH ⟦ZIP⟧
(c) [x] Single or Married filing separately
Employee phone (for HR): ⟦P:nat|hy⟧""", n=4)

T("pos", "en", "OCR of Form 1099-NEC", "recipient TIN is an SSN, payer TIN an EIN", [], """PAYER'S name, street address, city or town, state or province, country, ZIP
⟦CO⟧, ⟦N:100-999⟧ Market St, San Jose CA ⟦ZIP⟧
PAYER'S TIN          RECIPIENT'S TIN
⟦EIN⟧           ⟦S:dash⟧
RECIPIENT'S name
⟦NAME⟧
1 Nonemployee compensation  $ ⟦N:1000-60000⟧.00
Account number (see instructions) ⟦N:1000-9999⟧-⟦N:100-999⟧""", n=4)

T("pos", "en", "rental application (OCR)", "applicant and co-applicant SSN, phone, e-mail, landlord reference", ["US,US"], """RESIDENTIAL RENTAL APPLICATION
Applicant: ⟦NAME⟧      Date of birth: ⟦D:mdyy⟧
Social Security No.: ⟦S⟧   Driver's License #: D⟦N:100-999⟧-⟦N:1000-9999⟧-⟦N:1000-9999⟧
Cell phone: ⟦P:mob⟧   E-mail: ⟦E⟧
Co-applicant: ⟦NAME2⟧   SSN ⟦S⟧
Current landlord: ⟦NAME3⟧   Phone ⟦P2⟧
Monthly income: ⟦AMT:usd⟧   Employer: ⟦CO⟧""", n=4)

T("pos", "en+es", "bilingual medical intake form (OCR)", "Spanish/English labels; SSN, home and cell phone", ["US,US"], """PATIENT REGISTRATION / REGISTRO DEL PACIENTE
Patient name / Nombre del paciente: ⟦NAME⟧
Date of birth / Fecha de nacimiento: ⟦D:mdyy⟧
Social Security # / Número de Seguro Social: ⟦S⟧
Home phone / Teléfono de casa: ⟦P:fix⟧
Cell / Celular: ⟦P2:mob⟧
Email / Correo electrónico: ⟦E⟧
Insurance ID / ID del seguro: XKH⟦N:100000000-999999999⟧   Group #: ⟦N:10000-99999⟧
Emergency contact / Contacto de emergencia: ⟦NAME3⟧ ⟦P:mob⟧""", n=4, names="es")

T("pos", "en", "FAFSA worksheet notes", "student and parent SSNs bare and dashed", [], """FAFSA prep
Student: ⟦NAME⟧  SSN ⟦S:bare⟧  DOB ⟦D:mdyy⟧
Parent 1: ⟦NAME2⟧  SSN ⟦S⟧
Parent 2: ⟦NAME3⟧  SSN ⟦S⟧
FSA ID username: ⟦FN⟧⟦N:10-99⟧
Household size 4, number in college 1""", n=4)

T("pos", "en", "payroll CSV export", "HR export: SSNs, phones, e-mails per employee", ["US,US,US,US"], """emp_id,first_name,last_name,ssn,phone,email,hire_date
E⟦N:1000-1999⟧,⟦FN⟧,⟦LN⟧,⟦S:dash⟧,⟦P:nat|hy⟧,⟦E:work⟧,⟦D:iso⟧
E⟦N:2000-2999⟧,⟦FN2⟧,⟦LN2⟧,⟦S:dash|bare⟧,⟦P2:nat|hy⟧,⟦E2:work⟧,⟦D2:iso⟧
E⟦N:3000-3999⟧,⟦FN3⟧,⟦LN3⟧,⟦S:dash⟧,⟦P3:e164⟧,⟦E3:work⟧,⟦D:iso⟧
E⟦N:4000-4999⟧,⟦FN4⟧,⟦LN4⟧,⟦S:bare⟧,⟦P4:nat⟧,⟦E4:work⟧,⟦D2:iso⟧""", n=4)

T("pos", "en", "payroll TSV pasted from a spreadsheet", "tab-separated SSN column without header cue", [], """Name	Dept	SSN	Rate	Hours
⟦NAME⟧	Kitchen	⟦S:dash⟧	18.50	32
⟦NAME2⟧	Front	⟦S:dash⟧	16.00	28
⟦NAME3⟧	Kitchen	⟦S:dash|sp⟧	21.75	40""", n=4)

T("pos", "en", "OCR of Form I-9", "section 1 with SSN, e-mail and phone", ["US"], """Section 1. Employee Information and Attestation
Last Name (Family Name) ⟦LN⟧   First Name (Given Name) ⟦FN⟧   Middle Initial ⟦INI2⟧
Address (Street Number and Name) ⟦N:10-9999⟧ Oak St   Apt. Number ⟦N:1-30⟧   City or Town Austin   State TX   ZIP Code ⟦ZIP⟧
Date of Birth (mm/dd/yyyy) ⟦D:mdyy⟧   U.S. Social Security Number ⟦S:dash|bare⟧
Employee's E-mail Address ⟦E⟧   Employee's Telephone Number ⟦P:nat|hy|dot⟧""", n=4)

T("pos", "en", "bank account opening form (OCR)", "applicant SSN and phones; routing number unlabelled", ["US,US"], """NEW ACCOUNT APPLICATION – CHECKING
Primary applicant ⟦NAME⟧
SSN/TIN ⟦S⟧    Date of birth ⟦D:mdyy⟧
Mobile ⟦P:mob⟧   Work ⟦P2:fix⟧ ext ⟦N:10-999⟧
E-mail ⟦E⟧
ID type: Driver license  ID # ⟦N:10000000-99999999⟧  State: NY
For bank use: Routing ⟦ROUT⟧  Branch ⟦N:100-999⟧""", n=3)

T("pos", "en", "auto loan credit application (OCR)", "borrower and co-borrower SSNs", ["US,US"], """CREDIT APPLICATION
Borrower: ⟦NAME⟧   Social Security Number: ⟦S⟧
Home Phone: ⟦P:fix⟧  Cell: ⟦P2:mob⟧
Co-Borrower: ⟦NAME2⟧   Social Security Number: ⟦S⟧
Vehicle: 2021 Honda CR-V  VIN ⟦ALLOW⟧""".replace("⟦ALLOW⟧", "5J6RW2H8" + "5ML0" + "12345"), n=3)

T("pos", "en", "tax prep notes", "family SSNs in a personal note", [], """TAXES – stuff for ⟦FN2⟧ (CPA)
me: ⟦S⟧
⟦FN3⟧: ⟦S⟧
kids:
  Jake ⟦S⟧ (dob ⟦D:mdy⟧)
  Emma ⟦S:dash|sp⟧
HSA contributions ⟦AMT:usd⟧, 1098 from the mortgage is in the blue folder""", n=4)

T("pos", "en", "voice-mail transcript", "SSA impersonation scam: the callback number and the victim's SSN read back", ["US"], """Voicemail from ⟦P:e164|nat⟧ · 0:41
"...this is an urgent message regarding your Social Security number ending in the last four digits. To verify, we have ⟦S⟧ on file. Please call us back immediately at ⟦P:toll|nat⟧ to avoid suspension..."
(transcription may be inaccurate)""", n=3)

T("pos", "es", "chat de WhatsApp", "número de seguro social compartido con familiar", ["US,US"], """⟦FN⟧: Mija, para la aplicación del apartamento necesito tu número de seguro social
⟦FN2⟧: Es ⟦S⟧, no lo compartas con nadie porfa 🙏
⟦FN⟧: claro que no. y tu cel nuevo? ⟦FN3⟧ dice que es ⟦P:mob⟧
⟦FN2⟧: sí ese""", n=4, names="es")

T("pos", "es", "formulario de empleo (OCR)", "solicitud en español con Seguro Social", ["US"], """SOLICITUD DE EMPLEO
Nombre completo: ⟦NAME⟧
Número de Seguro Social: ⟦S⟧
Teléfono: ⟦P⟧
Correo electrónico: ⟦E⟧
¿Puede trabajar fines de semana? Sí""", n=3)

T("pos", "vi", "ghi chú hồ sơ", "Số An Sinh Xã Hội trong ghi chú của gia đình", ["US"], """Hồ sơ xin trợ cấp
Tên: ⟦NAME⟧
Số An Sinh Xã Hội (SSN): ⟦S⟧
Số điện thoại: ⟦P⟧
Nhớ mang theo giấy khai sinh bản gốc.""", n=3)

T("pos", "zh", "表格笔记", "美国社会安全号码", ["US"], """报税资料
姓名：⟦NAME⟧
社会安全号码（SSN）：⟦S⟧
配偶 SSN：⟦S⟧
联系电话：⟦P⟧""", n=3)

T("pos", "ko", "메모", "사회보장번호(SSN) 기록", ["US"], """세금 신고 준비물
본인 사회보장번호(SSN): ⟦S⟧
배우자 SSN ⟦S⟧
연락처 ⟦P⟧""", n=3)

T("pos", "tl", "chat sa Messenger", "SSN para sa W-2", ["US"], """⟦FN⟧: Ate, kailangan daw ng HR yung SSN ko para sa W-2, ⟦S⟧ diba?
⟦FN2⟧: Oo yan. Wag mo i-post kahit saan ha
⟦FN⟧: Opo hehe""", n=3)

T("pos", "ht", "nòt", "nimewo sekirite sosyal", ["US"], """Pou randevou imigrasyon an:
Non: ⟦NAME⟧
Nimewo sekirite sosyal: ⟦S⟧
Telefòn: ⟦P⟧""", n=2)

T("pos", "ru", "заметка", "SSN в заметке иммигранта", ["US"], """Документы для банка (США)
SSN (номер социального страхования): ⟦S⟧
Телефон: ⟦P⟧
Почта: ⟦E⟧""", n=3)

T("pos", "pt", "conversa de WhatsApp", "social security para emprego nos EUA", ["US,BR"], """⟦FN⟧: o patrão pediu meu social de novo, é ⟦S⟧ né?
⟦FN2⟧: isso, e manda o número daqui do Brasil pra emergência: ⟦P2⟧""", n=3)

T("pos", "ar", "ملاحظة", "رقم الضمان الاجتماعي الأمريكي", ["US"], """بيانات طلب السكن
الاسم: ⟦NAME⟧
رقم الضمان الاجتماعي الأمريكي (SSN): ⟦S:dash⟧
الهاتف: ⟦P⟧""", n=2)

T("pos", "hi", "नोट", "अमेरिकी सोशल सिक्योरिटी नंबर", ["US"], """H-4 EAD के लिए
नाम: ⟦NAME⟧
SSN: ⟦S⟧
फ़ोन: ⟦P⟧""", n=2)

T("pos", "en", "insurance claim form (OCR)", "insured's SSN; policy and claim numbers unlabelled", ["US"], """PROPERTY LOSS NOTICE
Policy number: HO-⟦N:1000000-9999999⟧   Claim #: ⟦N:10-99⟧-⟦N:1000000-9999999⟧
Insured: ⟦NAME⟧   SSN (last 4 only if unavailable): ⟦S⟧
Phone (day): ⟦P⟧   E-mail: ⟦E⟧
Date of loss: ⟦D:mdyy⟧   Cause: water damage""", n=3)

T("pos", "en", "school enrollment form (OCR)", "parent SSN optional field filled in; student ID unlabelled", ["US,US"], """STUDENT ENROLLMENT
Student: ⟦NAME⟧   Grade: 4   Student ID: ⟦N:100000-999999⟧
Parent/Guardian: ⟦NAME2⟧
Parent SSN (optional, for free/reduced lunch): ⟦S⟧
Home ⟦P:fix⟧   Cell ⟦P:mob⟧
Email ⟦E2⟧""", n=3)

T("pos", "en", "DS-160 style visa notes", "US SSN field plus foreign phone numbers", ["GB,US", "IN,US", "DE,US", "NG,US", "BR,US", "PH,US"], """Visa application – draft answers
Primary phone number: ⟦P:mob:intl⟧
Work phone: ⟦P2:fix:intl⟧
Email: ⟦E⟧
U.S. Social Security Number (if any): ⟦S⟧
U.S. Taxpayer ID: does not apply
Passport no. ⟦N:100000000-999999999⟧""", n=6)

T("pos", "en", "HR JSON record", "employee object with ssn, phone and e-mail fields", ["US"], """{"employee":{"id":⟦N:10000-99999⟧,"name":"⟦NAME⟧","ssn":"⟦S:bare|dash⟧","dob":"⟦D:iso⟧","contact":{"phone":"⟦P:e164⟧","email":"⟦E:work⟧"},"bank":{"routing":"⟦ROUT⟧","account_last4":"⟦LAST4⟧"}}}""", n=4)

T("pos", "en", "CRM note about a tax client", "SSN dictated on the phone", ["US"], """⟦D:mdyy⟧ – call w/ ⟦NAME⟧ re: amended return. Confirmed SSN ⟦S:dash|sp⟧ (typo on the 8879 fixed). Callback ⟦P⟧ after 4pm. Ticket ⟦ORD⟧.""", n=3)

T("pos", "de", "SEPA-Lastschriftmandat (OCR)", "Kontoinhaber-IBAN; Gläubiger-ID und Mandatsreferenz unmarkiert", ["DE"], """SEPA-Lastschriftmandat
Gläubiger-Identifikationsnummer: DE⟦N:10-99⟧ZZZ0000⟦N:1000000-9999999⟧
Mandatsreferenz: ⟦ORD⟧
Ich ermächtige ⟦CO⟧, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.
Kontoinhaber: ⟦NAME⟧
IBAN: ⟦I⟧
BIC: ⟦BIC⟧
Telefon für Rückfragen: ⟦P⟧
Ort, Datum: ⟦D:dmy.⟧""", n=4, ib=["DE", "AT", "DE", "LU"])

T("pos", "fr", "RIB (relevé d'identité bancaire)", "IBAN et détail code banque/guichet", ["FR"], """RELEVÉ D'IDENTITÉ BANCAIRE
Titulaire du compte : M. ou Mme ⟦NAME⟧
Domiciliation : Agence ⟦LN3⟧
IBAN : ⟦I:grp⟧
BIC : ⟦BIC⟧
Remettez ce relevé à tout organisme souhaitant connaître vos références bancaires.""", n=4, ib=["FR", "MC", "FR", "FR"])

T("pos", "es", "nómina (OCR)", "IBAN de la nómina; NIF y nº de afiliación nombrados", ["ES"], """RECIBO DE SALARIOS
Empresa: ⟦CO⟧   CIF: B⟦N:10000000-99999999⟧
Trabajador: ⟦NAME⟧   NIF: ⟦NID:es_dni⟧
Nº Afiliación S.S.: ⟦NID:es_nss⟧
Periodo: ⟦D:dmy⟧ – ⟦D2:dmy⟧
Líquido a percibir: ⟦AMT:eur⟧
Transferencia a: ⟦I:ES⟧""", n=3)

T("pos", "it", "modulo di adesione (OCR)", "IBAN e cellulare; codice fiscale nominato", ["IT"], """MODULO DI ISCRIZIONE – PALESTRA
Nome e cognome: ⟦NAME⟧
Codice fiscale: ⟦NID:it_cf⟧
Cellulare: ⟦P:mob⟧
E-mail: ⟦E⟧
Addebito SEPA su IBAN: ⟦I:IT⟧""", n=3)

T("pos", "nl", "machtiging (OCR)", "IBAN en telefoon; BSN genoemd", ["NL"], """DOORLOPENDE MACHTIGING
Naam: ⟦NAME⟧
BSN: ⟦NID:nl_bsn⟧
Rekeningnummer (IBAN): ⟦I:NL⟧
Telefoon: ⟦P⟧
Handtekening: ________""", n=3)

T("pos", "pl", "formularz (OCR)", "numer rachunku z PL, PESEL nazwany", ["PL"], """WNIOSEK O ZWROT NADPŁATY
Imię i nazwisko: ⟦NAME⟧
PESEL: ⟦NID:pl_pesel⟧
Nr rachunku: ⟦I:PL⟧
Telefon kontaktowy: ⟦P⟧""", n=3)

T("pos", "de", "Mietvertrag-Auszug (OCR)", "Kaution auf IBAN, Vermieter-Telefon", ["DE,DE", "AT,AT"], """§ 5 Mietsicherheit
Der Mieter leistet eine Kaution in Höhe von ⟦AMT:eur⟧ auf das Konto des Vermieters:
Kontoinhaber ⟦NAME2⟧, IBAN ⟦I⟧, Verwendungszweck „Kaution ⟦LN⟧".
Vermieter erreichbar unter ⟦P:fix⟧ oder mobil ⟦P2:mob⟧, E-Mail ⟦E2⟧.""", n=3, ib=["DE", "AT", "DE"])

T("pos", "de", "Krankenkassen-Formular (OCR)", "Versicherte mit IBAN für Erstattung; Versichertennummer nicht markiert", ["DE"], """Antrag auf Kostenerstattung
Versicherte/r: ⟦NAME⟧   Versichertennummer: ⟦UPPER⟧⟦N:100000000-999999999⟧
Rentenversicherungsnummer: ⟦NID:de_rv⟧
Erstattung bitte auf IBAN ⟦I:DE⟧
Rückrufnummer: ⟦P⟧""".replace("⟦UPPER⟧", "K"), n=3)

T("pos", "pt", "formulário de reembolso (OCR)", "IBAN PT e telemóvel; NIF nomeado", ["PT"], """PEDIDO DE REEMBOLSO
Nome: ⟦NAME⟧   NIF: ⟦N:100000000-299999999⟧
Telemóvel: ⟦P:mob⟧
IBAN para transferência: ⟦I:PT⟧""", n=2)

T("pos", "en", "UK payroll form (OCR)", "bank details with IBAN; NI number and sort code unlabelled", ["GB"], """NEW STARTER – BANK DETAILS
Name: ⟦NAME⟧
National Insurance number: ⟦NID:uk_nino⟧
Sort code: ⟦SORT⟧   Account no.: ⟦ACCT:8⟧
IBAN (for overseas payments): ⟦I:GB⟧
Mobile: ⟦P:mob⟧""", n=3)

T("pos", "en", "Irish tenancy form (OCR)", "deposit IBAN and phone; PPSN named", ["IE"], """RTB TENANCY DETAILS
Tenant: ⟦NAME⟧   PPSN: ⟦N:1000000-9999999⟧⟦UPPER⟧
Deposit refund account IBAN: ⟦I:IE⟧
Phone: ⟦P⟧   Email: ⟦E⟧""".replace("⟦UPPER⟧", "T"), n=2)

T("pos", "el", "αίτηση (OCR)", "IBAN και κινητό· ΑΦΜ ονομαστικά", ["GR", "CY"], """ΑΙΤΗΣΗ ΕΠΙΣΤΡΟΦΗΣ
Ονοματεπώνυμο: ⟦NAME⟧
ΑΦΜ: ⟦N:100000000-999999999⟧
Κινητό: ⟦P:mob⟧
IBAN: ⟦I⟧""", n=2, ib=["GR", "CY"])

T("pos", "ro", "formular (OCR)", "IBAN și telefon; CNP numit", ["RO"], """CERERE DE RAMBURSARE
Nume și prenume: ⟦NAME⟧
CNP: ⟦N:1-2⟧⟦DIG:12⟧
Telefon: ⟦P⟧
Cont IBAN: ⟦I:RO⟧""", n=2)

T("pos", "hu", "űrlap (OCR)", "IBAN és telefonszám; adóazonosító nevesítve", ["HU"], """VISSZATÉRÍTÉSI KÉRELEM
Név: ⟦NAME⟧
Adóazonosító jel: 8⟦N:100000000-999999999⟧
Telefon: ⟦P⟧
Bankszámla (IBAN): ⟦I:HU⟧""", n=2)

T("pos", "cs", "formulář (OCR)", "IBAN a telefon; rodné číslo pojmenované", ["CZ"], """ŽÁDOST O VRÁCENÍ PŘEPLATKU
Jméno: ⟦NAME⟧
Rodné číslo: ⟦N:500101-995231⟧/⟦N:1000-9999⟧
Telefon: ⟦P⟧
IBAN: ⟦I:CZ⟧""", n=2)

T("pos", "hr", "obrazac (OCR)", "IBAN i mobitel; OIB imenovan", ["HR"], """ZAHTJEV ZA POVRAT
Ime i prezime: ⟦NAME⟧
OIB: ⟦N:10000000000-99999999999⟧
Mobitel: ⟦P:mob⟧
IBAN: ⟦I:HR⟧""", n=2)

T("pos", "sv", "blankett (OCR)", "IBAN och mobil; personnummer namngivet", ["SE"], """ANSÖKAN OM ÅTERBETALNING
Namn: ⟦NAME⟧
Personnummer: ⟦NID:se⟧
Mobil: ⟦P:mob⟧
IBAN: ⟦I:SE⟧""", n=2)

T("pos", "da", "blanket (OCR)", "IBAN og telefon; CPR-nummer nævnt", ["DK"], """ANMODNING OM UDBETALING
Navn: ⟦NAME⟧
CPR-nr.: ⟦NID:dk⟧
Telefon: ⟦P⟧
IBAN: ⟦I:DK⟧""", n=2)

T("pos", "no", "skjema (OCR)", "IBAN og telefon; fødselsnummer nevnt", ["NO"], """SØKNAD OM REFUSJON
Navn: ⟦NAME⟧
Fødselsnummer: ⟦NID:no⟧
Telefon: ⟦P⟧
Kontonummer (IBAN): ⟦I:NO⟧""", n=2)

T("pos", "fi", "lomake (OCR)", "IBAN ja puhelin; henkilötunnus mainittu", ["FI"], """PALAUTUSHAKEMUS
Nimi: ⟦NAME⟧
Henkilötunnus: ⟦NID:fi⟧
Puhelin: ⟦P⟧
Tilinumero (IBAN): ⟦I:FI⟧""", n=2)

T("pos", "tr", "başvuru formu (OCR)", "IBAN ve GSM; TC kimlik no adlandırılmış", ["TR"], """BURS BAŞVURU FORMU
Adı Soyadı: ⟦NAME⟧
T.C. Kimlik No: ⟦NID:tr_tc⟧
GSM: ⟦P:mob⟧
E-posta: ⟦E⟧
IBAN: ⟦I:TR⟧""", n=2)

T("pos", "ar", "نموذج تحويل راتب (OCR)", "آيبان سعودي وإماراتي وجوال", ["SA", "AE"], """نموذج تحويل الراتب
اسم الموظف: ⟦NAME⟧
رقم الجوال: ⟦P:mob⟧
رقم الآيبان: ⟦I⟧
اسم البنك: ..............""", n=4, ib=["SA", "AE", "QA", "KW"])

T("pos", "he", "טופס החזר (OCR)", "IBAN ישראלי וטלפון; ת.ז. מוזכרת", ["IL"], """בקשה להחזר
שם: ⟦NAME⟧
מספר ת.ז.: ⟦NID:il_tz⟧
טלפון נייד: ⟦P:mob⟧
IBAN: ⟦I:IL⟧""", n=2)

T("pos", "uk", "заява (OCR)", "IBAN UA і телефон; РНОКПП названий", ["UA"], """ЗАЯВА ПРО ПОВЕРНЕННЯ КОШТІВ
ПІБ: ⟦NAME⟧
РНОКПП: ⟦NID:ua_rnokpp⟧
Телефон: ⟦P⟧
IBAN: ⟦I:UA⟧""", n=2)

T("pos", "en", "medical referral (fax cover, OCR)", "clinic fax and phone; MRN unlabelled", ["US,US", "CA,CA"], """FAX COVER SHEET
To: Dr. ⟦LN2⟧, Cardiology     Fax: ⟦P:fix⟧
From: ⟦CO⟧ Family Clinic     Phone: ⟦P2:fix⟧   Fax: ⟦P2:fix⟧
Re: ⟦NAME⟧, MRN ⟦N:1000000-9999999⟧, DOB ⟦D:mdyy⟧
Pages (incl. cover): 4
CONFIDENTIAL: This fax contains protected health information.""", n=3)


# =========================================================================
# E. logs, shell history, configs (IPs mostly)
# =========================================================================

T("pos", "en", "nginx access log", "client IPs at line start; private IP and user agent unlabelled", [], """⟦IP4⟧ - - [⟦D:short⟧:⟦T:hms⟧ +0000] "GET /api/v1/orders/⟦N:10000-99999⟧ HTTP/1.1" 200 512 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.94 Safari/537.36"
⟦PIP⟧ - - [⟦D:short⟧:⟦T:hms⟧ +0000] "GET /healthz HTTP/1.1" 204 0 "-" "kube-probe/1.29"
⟦IP6⟧ - - [⟦D:short⟧:⟦T:hms⟧ +0000] "POST /login HTTP/2.0" 302 0 "https://shop.⟦DOM⟧/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"
⟦IP4⟧ - - [⟦D:short⟧:⟦T:hms⟧ +0000] "GET /wp-login.php HTTP/1.1" 404 153 "-" "python-requests/2.31.0\"""", n=4)

T("pos", "en", "sshd auth.log", "failed and accepted logins; ports unlabelled", [], """⟦D:short⟧ ⟦T:hms⟧ vps sshd[⟦N:1000-99999⟧]: Failed password for invalid user admin from ⟦IP4⟧ port ⟦PORT⟧ ssh2
⟦D:short⟧ ⟦T:hms⟧ vps sshd[⟦N:1000-99999⟧]: Failed password for root from ⟦IP4⟧ port ⟦PORT⟧ ssh2
⟦D:short⟧ ⟦T:hms⟧ vps sshd[⟦N:1000-99999⟧]: Accepted publickey for ⟦USER⟧ from ⟦IP6⟧ port ⟦PORT⟧ ssh2: ED25519 SHA256:⟦B64:43⟧
⟦D:short⟧ ⟦T:hms⟧ vps sshd[⟦N:1000-99999⟧]: Connection closed by ⟦PIP⟧ port ⟦PORT⟧ [preauth]""", n=4)

T("pos", "en", "bash history", "ssh/scp/ping with IP hosts; user@host with IP labels only the IP; CIDR unlabelled", [], """  501  ssh -p 2222 deploy@⟦IP4⟧
  502  scp backup-⟦D:iso⟧.tar.gz root@[⟦IP6⟧]:/srv/backups/
  503  ping -c 3 ⟦IP4⟧
  504  sudo ufw allow from ⟦CIDR⟧ to any port 22
  505  curl -s http://⟦IP4⟧:8080/metrics | grep http_requests
  506  ssh ⟦ALLOW:pi@raspberrypi.local⟧
  507  nmap -sV ⟦PIP⟧
  508  git push origin main""", n=5)

T("pos", "en", "zsh history with e-mail config", "git config e-mail and a remote IP", [], """: ⟦EPOCH⟧:0;git config --global user.email "⟦E⟧"
: ⟦EPOCH⟧:0;git config --global user.name "⟦NAME⟧"
: ⟦EPOCH⟧:0;mosh ⟦USER⟧@⟦IP4⟧
: ⟦EPOCH⟧:0;docker run -p 5432:5432 postgres:16
: ⟦EPOCH⟧:0;traceroute ⟦IP6⟧""", n=3)

T("pos", "en", "fail2ban log", "bans of global IPs", [], """⟦D:iso⟧ ⟦T:hms⟧,⟦N:100-999⟧ fail2ban.actions [⟦N:400-900⟧]: NOTICE [sshd] Ban ⟦IP4⟧
⟦D:iso⟧ ⟦T:hms⟧,⟦N:100-999⟧ fail2ban.actions [⟦N:400-900⟧]: NOTICE [sshd] Ban ⟦IP4⟧
⟦D:iso⟧ ⟦T:hms⟧,⟦N:100-999⟧ fail2ban.filter  [⟦N:400-900⟧]: INFO    [nginx-botsearch] Found ⟦IP6⟧ - ⟦D:iso⟧ ⟦T:hms⟧
⟦D:iso⟧ ⟦T:hms⟧,⟦N:100-999⟧ fail2ban.actions [⟦N:400-900⟧]: NOTICE [sshd] Unban ⟦IP4⟧""", n=3)

T("pos", "en", "WireGuard config (INI)", "endpoint IP with port; tunnel addresses private", [], """[Interface]
PrivateKey = ⟦B64:43⟧
Address = 10.8.0.⟦N:2-250⟧/24, fd86:ea04:1115::⟦N:2-250⟧/64
ListenPort = 51820

[Peer]
# ⟦FN⟧'s VPS
PublicKey = ⟦B64:43⟧
Endpoint = ⟦IP4⟧:51820
AllowedIPs = 0.0.0.0/0, ::/0
PersistentKeepalive = 25""", n=3)

T("pos", "en", ".env file", "database host IP, SMTP user, admin phone", ["US", "GB", "DE", "IN"], """# production – do not commit
APP_ENV=production
DB_HOST=⟦IP4⟧
DB_PORT=5432
DB_USER=app
SMTP_HOST=smtp.⟦DOM⟧
SMTP_USER=⟦E:role⟧
ADMIN_PHONE=⟦P:e164⟧
SENTRY_ENVIRONMENT=production
BUILD_ID=⟦SHA:12⟧""", n=4)

T("pos", "en", "docker-compose.yml", "extra_hosts with a global IP, healthcheck e-mail", [], """services:
  web:
    image: ghcr.io/⟦USER⟧/blog:⟦N:1-9⟧.⟦N:0-20⟧.⟦N:0-9⟧
    ports:
      - "8080:80"
    extra_hosts:
      - "db.internal:⟦IP4⟧"
      - "cache.internal:⟦PIP⟧"
    environment:
      - ADMIN_EMAIL=⟦E⟧
      - TZ=Europe/Berlin""", n=3)

T("pos", "en", "postfix mail log", "connecting client IP and from/to addresses", [], """⟦D:short⟧ ⟦T:hms⟧ mail postfix/smtpd[⟦N:1000-9999⟧]: connect from mail-⟦N:10-99⟧.⟦DOM⟧[⟦IP4⟧]
⟦D:short⟧ ⟦T:hms⟧ mail postfix/smtpd[⟦N:1000-9999⟧]: ⟦HEX:10⟧: client=mail-⟦N:10-99⟧.⟦DOM⟧[⟦IP4⟧]
⟦D:short⟧ ⟦T:hms⟧ mail postfix/qmgr[⟦N:100-999⟧]: ⟦HEX:10⟧: from=<⟦E⟧>, size=⟦N:2000-90000⟧, nrcpt=1 (queue active)
⟦D:short⟧ ⟦T:hms⟧ mail postfix/lmtp[⟦N:1000-9999⟧]: ⟦HEX:10⟧: to=<⟦E2⟧>, relay=private/dovecot-lmtp, delay=0.12, status=sent (250 2.0.0 Ok)""", n=3)

T("pos", "en", "Windows security event (pasted)", "RDP logon source address", [], """An account was successfully logged on.
Subject:
	Security ID:		SYSTEM
	Account Name:		DESKTOP-⟦SHA:7⟧$
Logon Type:			10
New Logon:
	Account Name:		⟦FN⟧
	Logon ID:		0x⟦HEX:7⟧
Network Information:
	Workstation Name:	⟦FN⟧-LAPTOP
	Source Network Address:	⟦IP4⟧
	Source Port:		⟦PORT⟧""", n=3)

T("pos", "en", "home router notes", "WAN IPv4 and IPv6 address; LAN, prefix and DNS ranges unlabelled", [], """Router setup (FritzBox)
WAN IPv4: ⟦IP4⟧ (static from ISP, ticket ⟦ORD⟧)
WAN IPv6: ⟦IP6⟧
Delegated prefix: ⟦CIDR6⟧
LAN: 192.168.178.1/24, DHCP .20–.200
Admin login: fritz.box, pw in Bitwarden
MAC of NAS: ⟦MAC⟧""", n=3)

T("pos", "en", "Discord/Minecraft server ad", "server IP with port, Discord invite", [], """⛏️ SURVIVAL SMP – 1.20.4 – no p2w
IP: ⟦IP4⟧:25565
Bedrock: ⟦IP4⟧ port 19132
Discord: discord.gg/⟦ALNUM:8⟧
Whitelist apps: DM ⟦FN⟧#⟦N:1000-9999⟧""", n=3)

T("pos", "en", "traceroute output", "hop addresses; private first hop unlabelled", [], """traceroute to ⟦DOM⟧ (⟦IP4⟧), 30 hops max, 60 byte packets
 1  fritz.box (192.168.178.1)  0.612 ms  0.588 ms  0.571 ms
 2  ⟦IP4⟧  7.204 ms  7.113 ms  7.391 ms
 3  ae-⟦N:1-9⟧.r⟦N:10-30⟧.frnkge08.de.bb.gin.ntt.net (⟦IP4⟧)  12.345 ms  12.298 ms  12.412 ms
 4  * * *
 5  ⟦IP4⟧  18.004 ms  17.911 ms  18.230 ms""", n=3)

T("pos", "en", "JSON application log", "client_ip and user e-mail fields", [], """{"ts":"⟦D:iso⟧T⟦T:hms⟧.⟦N:100-999⟧Z","level":"warn","msg":"rate limited","client_ip":"⟦IP⟧","user":"⟦E⟧","path":"/api/v2/upload","request_id":"⟦UUID⟧"}
{"ts":"⟦D:iso⟧T⟦T:hms⟧.⟦N:100-999⟧Z","level":"info","msg":"login ok","client_ip":"⟦IP⟧","user":"⟦E2⟧","mfa":true}""", n=4)

T("pos", "en", "Python traceback", "connection error to a global IP and port", [], """Traceback (most recent call last):
  File "/home/⟦USER⟧/sync/run.py", line 88, in <module>
    conn = psycopg.connect(host="⟦IP4⟧", port=5432, dbname="photos")
  File "/usr/lib/python3/dist-packages/psycopg/connection.py", line 748, in connect
psycopg.OperationalError: connection failed: connection to server at "⟦IP4⟧", port 5432 failed: Connection refused""", n=2)

T("pos", "en", "kubectl output", "EXTERNAL-IP column; internal IPs unlabelled", [], """$ kubectl get nodes -o wide
NAME        STATUS   ROLES           AGE   VERSION   INTERNAL-IP   EXTERNAL-IP       OS-IMAGE
node-a      Ready    control-plane   41d   v1.29.2   ⟦PIP⟧    ⟦IP4⟧     Ubuntu 22.04.4 LTS
node-b      Ready    <none>          41d   v1.29.2   ⟦PIP⟧    ⟦IP4⟧     Ubuntu 22.04.4 LTS""", n=3)

T("pos", "en", "DNS zone file", "A and AAAA records; MX host names", [], """$ORIGIN ⟦DOM⟧.
$TTL 3600
@       IN  SOA ns1.⟦DOM⟧. hostmaster.⟦DOM⟧. ( ⟦D:compact⟧01 7200 3600 1209600 3600 )
@       IN  A     ⟦IP4⟧
@       IN  AAAA  ⟦IP6:comp|full⟧
www     IN  CNAME @
mail    IN  A     ⟦IP4⟧
@       IN  MX 10 mail.⟦DOM⟧.
@       IN  TXT   "v=spf1 ip4:⟦CIDR⟧ -all\"""", n=3)

T("pos", "en", "/etc/hosts", "VPS entry with global IP, loopback unlabelled", [], """127.0.0.1	localhost
::1		localhost ip6-localhost
⟦PIP⟧	nas.home
⟦IP4⟧	vps-⟦USER⟧ # hetzner
⟦IP6⟧	vps-⟦USER⟧-v6""", n=3)

T("pos", "en", "support ticket (ISP)", "customer public IP and contact phone", ["GB", "US", "AU", "DE", "NL"], """Ticket #⟦N:100000-999999⟧ – Intermittent disconnects
Customer: ⟦NAME⟧ (⟦E⟧)
Callback: ⟦P⟧
Public IP at time of fault: ⟦IP4⟧
Router: ⟦VER⟧, serial ⟦SERIAL⟧
Notes: line test passed, SNR margin 6.1 dB. Escalated to L2.""", n=5)

T("pos", "de", "Server-Notiz", "IP des Servers und Kontakt des Hosters", ["DE"], """Server Notizen
Hoster: ⟦CO⟧, Support ⟦P:fix⟧ (24/7), Kundennr. ⟦N:100000-999999⟧
IPv4: ⟦IP4⟧
IPv6: ⟦IP6⟧
Intern: ⟦PIP⟧
Zugang per SSH-Key, Port 2222""", n=2)

T("pos", "ja", "サーバーメモ", "グローバルIPと連絡先", ["JP"], """本番サーバー
グローバルIP: ⟦IP4⟧
IPv6: ⟦IP6⟧
担当: ⟦NAME⟧（⟦E:work⟧）
緊急連絡先: ⟦P:mob⟧""", n=2)

T("pos", "ru", "заметка админа", "IP-адреса сервера", [], """Сервер бэкапов
внешний IP: ⟦IP4⟧
IPv6: ⟦IP6⟧
внутренний: ⟦PIP⟧
владелец: ⟦NAME⟧, ⟦E⟧""", n=2)

T("pos", "pt", "nota de configuração", "IP público da câmera e e-mail de alerta", [], """Câmera do portão
IP público: ⟦IP4⟧ (porta 8554 liberada no roteador)
IP local: ⟦PIP⟧
Alertas vão para ⟦E⟧""", n=2)

T("pos", "en", "Apache error log", "client IPv6 and IPv4 in brackets", [], """[⟦D:wshort⟧ ⟦T:hms⟧.⟦N:100000-999999⟧ ⟦D:y⟧] [php:error] [pid ⟦N:1000-99999⟧] [client ⟦IP6⟧:⟦PORT⟧] PHP Fatal error:  Uncaught Error: Call to undefined function mysql_connect() in /var/www/html/old/db.php:12
[⟦D:wshort⟧ ⟦T:hms⟧.⟦N:100000-999999⟧ ⟦D:y⟧] [authz_core:error] [pid ⟦N:1000-99999⟧] [client ⟦IP4⟧:⟦PORT⟧] AH01630: client denied by server configuration: /var/www/html/.git""", n=2)

T("pos", "en", "firewall allow-list (YAML)", "single host IPs, networks unlabelled", [], """allow:
  - name: home office (⟦FN⟧)
    ip: ⟦IP4⟧
  - name: ⟦FN2⟧ mobile hotspot
    ip: "⟦IP6⟧"
  - name: office network
    cidr: ⟦CIDR⟧
  - name: monitoring
    cidr: ⟦CIDR6⟧""", n=3)

T("pos", "en", "IRC/Matrix chat log", "user pastes their IP while debugging", [], """[⟦T+:hm⟧] <⟦FN⟧> my ip is ⟦IP4⟧, can you check if it's in the ban list?
[⟦T+:hm⟧] <⟦FN2⟧> it was, unbanned. also your v6 ⟦IP6⟧ was flagged by the spam filter
[⟦T+:hm⟧] <⟦FN⟧> ty!""", n=3)

T("pos", "en", "web server access log (Caddy JSON)", "remote_ip field and forwarded-for", [], """{"level":"info","ts":⟦EPOCH⟧.⟦N:100-999⟧,"logger":"http.log.access","msg":"handled request","request":{"remote_ip":"⟦IP4⟧","remote_port":"⟦PORT⟧","proto":"HTTP/2.0","method":"GET","host":"photos.⟦DOM⟧","uri":"/album/⟦N:100-999⟧","headers":{"X-Forwarded-For":["⟦IP⟧"]}},"status":200,"size":⟦N:1000-90000⟧}""", n=3)


# =========================================================================
# F. invoices, statements, receipts, payments (IBAN, CARD)
# =========================================================================

T("pos", "de", "Rechnung (PDF-Text)", "Zahlungsziel mit IBAN, Fußzeile mit Telefon und E-Mail; Rechnungsnr. unmarkiert", ["DE", "AT", "CH", "DE"], """RECHNUNG Nr. ⟦ORD⟧          Datum: ⟦D:dmy.⟧
Kundennummer: ⟦N:10000-99999⟧
Pos. 1  Wartung Heizungsanlage      1  ⟦AMT:eur⟧
Gesamtbetrag inkl. 19 % MwSt.:          ⟦AMT:eur⟧
Bitte überweisen Sie den Betrag innerhalb von 14 Tagen auf folgendes Konto:
⟦CO⟧ · IBAN ⟦I⟧ · BIC ⟦BIC⟧
Verwendungszweck: ⟦ORD⟧
—
⟦CO⟧ · Tel. ⟦P:fix⟧ · ⟦E:role⟧ · St.-Nr. ⟦N:10-99⟧/⟦N:100-999⟧/⟦N:10000-99999⟧""", n=4, ib=["DE", "AT", "CH", "LI"])

T("pos", "fr", "facture", "règlement par virement, IBAN et contact", ["FR", "BE", "LU"], """FACTURE N° ⟦ORD⟧ — ⟦D:dmy⟧
Client : ⟦NAME⟧
Prestation : cours de piano (10 séances)       ⟦AMT:eur⟧
Règlement par virement à réception :
IBAN ⟦I⟧ — BIC ⟦BIC⟧
Contact : ⟦P⟧ / ⟦E⟧""", n=3, ib=["FR", "BE", "LU"])

T("pos", "es", "factura", "pago por transferencia con IBAN", ["ES"], """FACTURA Nº ⟦ORD⟧
Fecha: ⟦D:dmy⟧
Concepto: Reforma de baño – 2º plazo      ⟦AMT:eur⟧
IVA 21 %
Forma de pago: transferencia a ⟦I:ES⟧
⟦CO⟧ · NIF B⟦N:10000000-99999999⟧ · Tel. ⟦P⟧""", n=3)

T("pos", "it", "fattura", "bonifico con IBAN, SdI non marcato", ["IT"], """FATTURA n. ⟦N:1-300⟧/⟦D:y⟧ del ⟦D:dmy⟧
Codice destinatario SdI: ⟦ALNUM:7⟧
Imponibile ⟦AMT:eur⟧ — IVA 22%
Pagamento: bonifico bancario IBAN ⟦I:IT⟧ intestato a ⟦NAME⟧
Per info: ⟦P:mob⟧""", n=3)

T("pos", "nl", "factuur", "betaling via IBAN, KvK en btw-nummer niet gemarkeerd", ["NL", "BE"], """FACTUUR ⟦ORD⟧
Factuurdatum: ⟦D:dmy-⟧
Omschrijving: fotoshoot bruiloft      ⟦AMT:eur⟧
Graag binnen 14 dagen overmaken naar ⟦I⟧ t.n.v. ⟦CO⟧ o.v.v. het factuurnummer.
KvK ⟦N:10000000-99999999⟧ · btw NL⟦N:100000000-999999999⟧B01 · ⟦E:role⟧""", n=3, ib=["NL", "BE", "NL"])

T("pos", "pl", "faktura VAT", "numer rachunku IBAN i telefon", ["PL"], """FAKTURA VAT nr FV/⟦N:1-999⟧/⟦D:y⟧
Data wystawienia: ⟦D:dmy.⟧
Sprzedawca: ⟦CO⟧, NIP ⟦N:1000000000-9999999999⟧
Do zapłaty: ⟦AMT:pln⟧
Rachunek: ⟦I:PL⟧
Kontakt: ⟦P⟧""", n=3)

T("pos", "cs", "faktura", "IBAN a kontakt", ["CZ", "SK"], """FAKTURA – DAŇOVÝ DOKLAD č. ⟦N:2023000-2026999⟧
Dodavatel: ⟦CO⟧, IČO ⟦N:10000000-99999999⟧
Částka k úhradě: ⟦AMT:czk⟧
IBAN: ⟦I⟧  Variabilní symbol: ⟦N:1000000-9999999⟧
Tel.: ⟦P⟧""", n=2, ib=["CZ", "SK"])

T("pos", "en", "UK invoice", "bank details with sort code and IBAN; VAT number unlabelled", ["GB"], """INVOICE ⟦ORD⟧
Date: ⟦D:uk⟧
Bill to: ⟦NAME⟧
Description: garden maintenance (March)          ⟦AMT:gbp⟧
Payment: BACS to ⟦CO⟧, sort code ⟦SORT⟧, account ⟦ACCT:8⟧
International: IBAN ⟦I:GB⟧  BIC ⟦BIC:GB⟧
Questions? ⟦P⟧""", n=3)

T("pos", "en", "freelance invoice (multi-currency)", "IBANs for EUR and foreign accounts", [], """Invoice #⟦N:100-999⟧ – ⟦NAME⟧ (freelance translation)
Amount due: ⟦AMT:eur⟧
Pay to (EUR): ⟦I⟧
Alternative (local account): ⟦I⟧
Reference: INV⟦N:100-999⟧ / ⟦CO⟧
Thanks! – ⟦E⟧""", n=5, ib=["MT", "GI", "CY", "MU", "VG", "LT", "EE", "IS", "HU", "SI"])

T("pos", "ar", "فاتورة", "آيبان للتحويل ورقم الهاتف", ["AE", "SA", "JO", "EG"], """فاتورة رقم ⟦N:1000-9999⟧
التاريخ: ⟦D:dmy⟧
المبلغ المستحق: ⟦AMT:aed⟧
يرجى التحويل إلى الحساب: ⟦I⟧
للاستفسار: ⟦P⟧""", n=4, ib=["AE", "SA", "JO", "EG", "BH", "KW", "QA", "LB", "IQ", "PS", "TN"])

T("pos", "tr", "fatura", "IBAN ile ödeme", ["TR"], """FATURA No: ⟦ALNUM:3⟧⟦D:y⟧⟦N:100000000-999999999⟧
Tarih: ⟦D:dmy.⟧
Tutar: ⟦AMT:try⟧
Ödeme: ⟦I:TR⟧ (⟦CO⟧)
Tel: ⟦P⟧""", n=2)

T("pos", "en", "bank statement excerpt", "counterparty IBANs in transfer lines; balances unlabelled", [], """Date        Description                                   Amount      Balance
⟦D:dmy⟧  SEPA credit ⟦NAME2⟧ ⟦I⟧       +⟦N:10-900⟧.00   ⟦N:1000-9000⟧.⟦N:10-99⟧
⟦D:dmy⟧  CARD PURCHASE ⟦MCARD⟧ REWE               -⟦N:10-99⟧.⟦N:10-99⟧   ⟦N:1000-9000⟧.⟦N:10-99⟧
⟦D:dmy⟧  SEPA transfer to ⟦I⟧ rent   -⟦N:500-1500⟧.00   ⟦N:100-900⟧.⟦N:10-99⟧""", n=4, ib=["DE", "NL", "FR", "ES", "IT", "BE", "AT", "PT"])

T("pos", "ro", "mesaj de plată", "IBAN pentru chirie", ["RO", "MD"], """Bună ziua, vă rog să transferați chiria de ⟦AMT:ron⟧ în contul ⟦I⟧ (titular ⟦NAME⟧) până pe 5. Mulțumesc! ⟦P⟧""", n=2, ib=["RO", "MD"])

T("pos", "bg", "съобщение", "IBAN за депозит", ["BG"], """Здравейте, депозитът от ⟦AMT:eur⟧ се превежда по сметка ⟦I:BG⟧, титуляр ⟦NAME⟧. За въпроси: ⟦P⟧.""", n=2)

T("pos", "sr", "poruka", "IBAN za uplatu i telefon", ["RS", "ME", "BA"], """Poštovani, uplatu možete izvršiti na račun ⟦I⟧. Za dodatne informacije pozovite ⟦P⟧.""", n=3, ib=["RS", "ME", "BA"])

T("pos", "sl", "sporočilo", "IBAN za najemnino", ["SI"], """Pozdravljeni, najemnino nakažite na ⟦I:SI⟧ do 8. v mesecu. Hvala, ⟦NAME⟧ (⟦P⟧)""", n=2)

T("pos", "lt", "sąskaita", "IBAN ir kontaktai", ["LT"], """SĄSKAITA FAKTŪRA Nr. ⟦ALNUM:3⟧ ⟦N:1000-9999⟧
Mokėti: ⟦AMT:eur⟧
Gavėjas: ⟦CO⟧, a.s. ⟦I:LT⟧
Tel. ⟦P⟧""", n=2)

T("pos", "ka", "ინვოისი", "IBAN და ტელეფონი", ["GE"], """ინვოისი №⟦N:100-999⟧
თანხა: ⟦N:100-2000⟧ ლარი
ანგარიში: ⟦I:GE⟧
ტელ: ⟦P⟧""", n=2)

T("pos", "ur", "انوائس", "پاکستانی IBAN", ["PK"], """انوائس نمبر ⟦N:100-999⟧
رقم: ⟦N:10000-99999⟧ روپے
بینک اکاؤنٹ (IBAN): ⟦I:PK⟧
رابطہ: ⟦P⟧""", n=2)

T("pos", "pt", "fatura (Brasil, transferência internacional)", "IBAN BR e telefone", ["BR"], """Dados para transferência internacional
Favorecido: ⟦NAME⟧
IBAN: ⟦I:BR⟧
SWIFT: ⟦BIC:BR⟧
WhatsApp: ⟦P:mob⟧""", n=2)

T("pos", "es", "datos bancarios (Costa Rica / Rep. Dominicana / Guatemala)", "IBAN latinoamericano y teléfono", ["CR", "DO", "GT"], """Datos para el depósito:
Titular: ⟦NAME⟧
IBAN: ⟦I⟧
Teléfono / SINPE: ⟦P⟧""", n=3, ib=["CR", "DO", "GT"])

T("pos", "en", "personal note with card details", "card number with expiry and CVV (CVV unlabelled)", [], """cards (DON'T SHARE)
Visa debit: ⟦C:visa⟧ exp 0⟦N:1-9⟧/⟦N:27-31⟧ cvv ⟦PIN:3⟧
Amex: ⟦C:amex⟧ exp 1⟦N:0-2⟧/⟦N:26-30⟧
Costco membership ⟦N:100000000000-999999999999⟧""", n=4)

T("pos", "en", "chat: paying for tickets with someone's card", "card shared in chat, masked card elsewhere", ["US", "GB", "CA", "AU"], """⟦FN⟧: can you book the tickets with my card? ⟦C⟧ exp ⟦N:1-12⟧/⟦N:27-30⟧
⟦FN2⟧: ok, the other one ending ⟦LAST4⟧ got declined btw
⟦FN⟧: yeah that one's frozen. call me if it asks for a code ⟦P:mob⟧""", n=4)

T("pos", "en", "Bitwarden JSON export", "card item and login item with e-mail", [], """{"encrypted":false,"items":[{"type":3,"name":"⟦FN⟧'s ⟦CARDNAME⟧","card":{"cardholderName":"⟦NAME⟧","brand":"⟦CARDBRAND⟧","number":"⟦C:cmp⟧","expMonth":"⟦N:1-12⟧","expYear":"20⟦N:26-31⟧","code":"⟦PIN:3⟧"}},{"type":1,"name":"webmail","login":{"username":"⟦E⟧","password":"⟦ALNUM:16⟧","uris":[{"uri":"https://mail.⟦DOM⟧"}]}}]}""".replace("⟦CARDNAME⟧", "credit card").replace("⟦CARDBRAND⟧", "Visa"), n=4)

T("pos", "en", "1Password CSV export", "credit card rows and identity row with phone", ["US", "GB", "DE"], """Title,Type,Cardholder,Number,Expiry,Verification Number,Phone,Email
"Chase Sapphire",Credit Card,⟦NAME⟧,⟦C:visa|mc:cmp⟧,⟦N:10-12⟧/20⟦N:26-31⟧,⟦PIN:3⟧,,
"Amex Gold",Credit Card,⟦NAME⟧,⟦C:amex:cmp⟧,0⟦N:1-9⟧/20⟦N:26-31⟧,⟦PIN:4⟧,,
"Me",Identity,,,,,⟦P⟧,⟦E⟧""", n=3)

T("pos", "en", "KeePass XML export", "card number and PIN fields", [], """<Entry>
  <String><Key>Title</Key><Value>Debit card</Value></String>
  <String><Key>UserName</Key><Value>⟦E⟧</Value></String>
  <String><Key>Card number</Key><Value>⟦C:sp⟧</Value></String>
  <String><Key>PIN</Key><Value>⟦PIN:4⟧</Value></String>
  <String><Key>Notes</Key><Value>replacement card ordered ⟦D:iso⟧, IBAN ⟦I⟧</Value></String>
</Entry>""", n=3, ib=["DE", "AT", "NL", "FR", "BE", "IE"])

T("pos", "en", "fraud dispute e-mail", "full card number quoted by customer; merchant reference unlabelled", ["US", "GB"], """Subject: Dispute – unauthorized charge

Hello, I did not make the purchase of ⟦AMT:usd⟧ on ⟦D:us⟧ (merchant ref ⟦ORD⟧) on my card ⟦C:sp|hy⟧. Please block it and send a new one. I can be reached at ⟦P⟧.
⟦NAME⟧""", n=4)

T("pos", "en", "support ticket with pasted card", "agent note: card redaction requested", ["US", "CA"], """Ticket ⟦N:100000-999999⟧ · Priority: High
Requester: ⟦NAME⟧ <⟦E⟧>
Message: "payment keeps failing, card is ⟦C⟧, billing zip ⟦ZIP⟧"
Internal note: customer posted full PAN – please redact after resolving. Called back on ⟦P⟧.""", n=3)

T("pos", "en", "call transcript (bank)", "card number and callback number read out", ["US", "GB", "IE"], """[00:00:04] Agent: Thanks for calling, can I get the card number please?
[00:00:09] Caller: Sure, it's ⟦C:sp⟧.
[00:00:21] Agent: And a good number to call you back?
[00:00:24] Caller: ⟦P:nat|intl⟧, that's my mobile.
[00:00:31] Agent: Thank you, I've opened case ⟦ORD⟧.""", n=3)

T("pos", "ja", "メモ（カード情報）", "JCBカード番号と有効期限", [], """ネット通販用
カード番号：⟦C:jcb:sp|cmp⟧
有効期限：⟦N:1-12⟧/⟦N:27-31⟧
名義：⟦ROMAN⟧""", n=2)

T("pos", "zh", "聊天记录", "银联卡号", [], """⟦NAME⟧: 学费帮我交一下，用这张卡 ⟦C:unionpay⟧
⟦NAME2⟧: 好的，密码别发微信
⟦NAME⟧: 知道啦""", n=3)

T("pos", "ru", "сообщение", "номер карты Мир для перевода", ["RU"], """⟦FN⟧: Скинь деньги за билеты на карту ⟦C:mir⟧ (Сбер) или по номеру телефона ⟦P:mob⟧ через СБП
⟦FN2⟧: Перевела 👍""", n=3)

T("pos", "hi", "व्हाट्सऐप", "RuPay कार्ड नंबर", ["IN"], """⟦FN⟧: बिल भरने के लिए मेरा RuPay कार्ड ⟦C:rupay⟧ इस्तेमाल कर लो, OTP ⟦P:mob⟧ पर आएगा
⟦FN2⟧: ठीक है""", n=3)

T("pos", "tr", "not", "Troy kart numarası", [], """Market kartı: Troy ⟦C:troy⟧ SKT ⟦N:1-12⟧/⟦N:27-31⟧
Yedek: ⟦C:mc⟧""", n=2)

T("pos", "pt", "mensagem", "cartão Elo e Hipercard", [], """⟦FN⟧: usa o meu cartão Elo ⟦C:elo⟧ pra pagar a farmácia
⟦FN2⟧: e se não passar? tenho o Hipercard ⟦C:hiper⟧ aqui também""", n=2)

T("pos", "ko", "메모", "카드번호", [], """온라인 결제용 카드
카드번호 ⟦C:visa|mc:hy|sp⟧
유효기간 ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "en", "order confirmation with card stored in plain text (legacy shop)", "full card in a bad e-mail template; order number unlabelled", [], """Order ⟦ORD⟧ received!
Payment method: ⟦CARDBRAND⟧ ⟦C:cmp⟧
Billing e-mail: ⟦E⟧
Ship to: ⟦NAME⟧, ⟦N:10-999⟧ High Street""".replace("⟦CARDBRAND⟧", "Credit card"), n=3)

T("pos", "en", "Nigerian chat", "Verve card and phone", ["NG"], """⟦FN⟧: abeg use my Verve card ⟦C:verve⟧ for the DSTV subscription
⟦FN2⟧: ok, which number should they call? ⟦P:mob⟧?
⟦FN⟧: yes""", n=2)

T("pos", "da", "note", "Dankort-nummer", [], """Kort til netbutik: Dankort ⟦C:dankort⟧, udløb ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "uz", "eslatma", "Humo karta raqami", ["UZ"], """Pul o'tkazish uchun: Humo ⟦C:humo⟧ (⟦NAME⟧), tel ⟦P:mob⟧""", n=2)

T("pos", "en", "spreadsheet of subscriptions", "card per subscription row, tab separated", [], """Service	Card	Renews	Cost
Netflix	⟦C:visa:cmp|sp⟧	⟦D:iso⟧	15.49
Spotify	⟦C:mc:sp⟧	⟦D2:iso⟧	10.99
iCloud	ending ⟦LAST4⟧	monthly	2.99
Gym	⟦C:disc|diners|maestro⟧	⟦D:iso⟧	39.00""", n=3)

T("pos", "en", "receipt with IMEI (phone shop)", "full card on a handwritten receipt; IMEI unlabelled", ["GB", "US"], """PHONE REPAIR RECEIPT #⟦N:1000-9999⟧
Device: iPhone 13, IMEI ⟦IMEI⟧
Customer: ⟦NAME⟧  Tel ⟦P⟧
Paid by card ⟦C⟧ – ⟦AMT:gbp⟧
Warranty 90 days""", n=3)


# =========================================================================
# G. voice-mail, call transcripts, calendar, notes, to-do lists
# =========================================================================

T("pos", "en", "voice-mail transcript", "callback number repeated, extension not part of span", ["US", "CA", "GB", "AU"], """Voicemail · ⟦D:us⟧ ⟦T:ampm⟧ · 0:38
"Hi, this is ⟦FN2⟧ from ⟦CO⟧ calling about your appointment on Thursday. Please call us back at ⟦P:fix=cb⟧, extension ⟦N:10-999⟧. Again that's ⟦=cb⟧. Thanks, bye."
Transcription beta""", n=4)

T("pos", "de", "Mailbox-Transkript", "Rückrufnummer gesprochen mit Schrägstrich", ["DE", "AT", "CH"], """Sprachnachricht von ⟦P:mob:intl|e164⟧ (0:27)
„Hallo ⟦FN⟧, hier ist ⟦FN2⟧ von der Werkstatt. Ihr Wagen ist fertig, Sie können ihn ab 16 Uhr abholen. Rückfragen gerne unter ⟦P:fix:slash|nat|par⟧. Tschüss.“""", n=3)

T("pos", "fr", "transcription de messagerie vocale", "numéro de rappel en paires", ["FR", "BE", "CH"], """Message vocal de ⟦P:intl|e164⟧ — ⟦D:dmy⟧ ⟦T:hm⟧
« Bonjour, c'est ⟦FN2⟧ du cabinet dentaire, je vous appelle pour décaler votre rendez-vous. Rappelez-nous au ⟦P:fix:nat|dot|grp⟧, merci, bonne journée. »""", n=3)

T("pos", "es", "transcripción de buzón de voz", "número de devolución de llamada", ["ES", "MX", "CO"], """Mensaje de voz de ⟦P:e164⟧ (0:19)
“Hola ⟦FN⟧, soy ⟦FN2⟧ de la inmobiliaria. Ya tenemos las llaves del piso, llámame al ⟦P:mob⟧ cuando puedas. Un saludo.”""", n=3)

T("pos", "en", "call transcript (Otter-style)", "speakers exchange numbers and an e-mail", ["US,GB", "US,IN", "AU,NZ", "CA,US"], """⟦NAME⟧  0:02
So what's the best way to reach you next week?

⟦NAME2⟧  0:05
Mobile is best, it's ⟦P:mob⟧. If I'm travelling try my UK number, ⟦P2:intl⟧.

⟦NAME⟧  0:15
Perfect. And I'll send the deck to ⟦E2:work⟧?

⟦NAME2⟧  0:19
Yes, that works.""", n=4)

T("pos", "ja", "通話メモ", "折り返し番号", ["JP"], """⟦D:cjk⟧ ⟦T:hm⟧ 着信
⟦CO⟧の⟦LN2⟧様より
見積もりの件、折り返し希望
TEL ⟦P:fix:nat|hy⟧（内線⟦N:100-999⟧）""", n=2)

T("pos", "en", "calendar invite (ICS)", "organizer/attendee mailto addresses and phone in description", ["GB", "US", "DE", "FR", "NL", "SE"], """BEGIN:VEVENT
DTSTART:⟦D:compact⟧T⟦N:10-16⟧0000Z
DTEND:⟦D:compact⟧T⟦N:17-18⟧0000Z
SUMMARY:Dentist – ⟦FN⟧
LOCATION:⟦N:1-200⟧ Church Street
DESCRIPTION:Call ⟦P:fix⟧ to reschedule (24h notice)
ORGANIZER;CN=⟦NAME⟧:mailto:⟦E⟧
ATTENDEE;CN=⟦NAME2⟧;ROLE=REQ-PARTICIPANT:mailto:⟦E2⟧
UID:⟦UUID⟧
END:VEVENT""", n=4)

T("pos", "en", "video-call invite with dial-ins", "dial-in numbers per country; meeting ID and PIN unlabelled", ["US,GB,DE", "US,FR,JP", "GB,IE,AU", "US,CA,BR", "GB,NL,ES"], """⟦NAME⟧ is inviting you to a scheduled meeting.
Topic: Quarterly family budget 😅
Time: ⟦D:us⟧ ⟦T:ampm⟧

Meeting ID: ⟦N:100-999⟧ ⟦N:1000-9999⟧ ⟦N:1000-9999⟧
Passcode: ⟦PIN:6⟧

Dial by your location
        ⟦P:toll|fix:intl⟧ (local)
        ⟦P2:fix:intl⟧
        ⟦P3:fix:intl⟧
Find your local number: https://zoom.us/u/⟦ALNUM:9⟧""", n=5)

T("pos", "en", "Google Meet invite text", "join by phone with PIN (PIN unlabelled)", ["US", "GB", "IN", "AU"], """Video call link: https://meet.google.com/⟦ALNUM:3⟧-⟦ALNUM:4⟧-⟦ALNUM:3⟧
Or dial: ⟦P:fix:intl⟧ PIN: ⟦N:100-999⟧ ⟦N:100-999⟧ ⟦N:100-999⟧#
More phone numbers: https://tel.meet/⟦ALNUM:10⟧
Organizer: ⟦E⟧""", n=4)

T("pos", "en", "to-do list (markdown)", "phone, IBAN and e-mail inside tasks", ["GB", "IE", "NL", "DE"], """## This week
- [ ] call landlord ⟦P⟧ re: boiler
- [x] pay ⟦AMT:eur⟧ deposit to ⟦I⟧ (ref FLAT2)
- [ ] email ⟦E2⟧ the signed form
- [ ] renew passport – appt ⟦D:uk⟧ ⟦T:hm⟧
- [ ] return parcel ⟦TRK⟧""", n=4, ib=["IE", "NL", "DE", "BE"])

T("pos", "de", "Notizen-App", "Einkaufs- und Erledigungsliste mit Nummern", ["DE", "AT", "CH"], """Erledigen:
☐ Tierarzt anrufen ⟦P:fix⟧ (Impfung Bello)
☑ Miete überwiesen
☐ Handwerker ⟦FN3⟧ wegen Dusche – ⟦P:mob⟧
☐ Kündigung Fitnessstudio an ⟦E:role⟧ schicken, Mitgliedsnr. ⟦N:100000-999999⟧""", n=3)

T("pos", "fr", "liste de tâches", "appels à passer", ["FR", "BE", "CH", "CA"], """À faire cette semaine
- rappeler la mutuelle au ⟦P:toll|fix⟧ (dossier ⟦ORD⟧)
- prendre RDV ophtalmo : ⟦P:fix⟧
- envoyer les photos à ⟦E2⟧
- acheter des piles AA""", n=3)

T("pos", "es", "lista de pendientes", "llamadas y transferencia", ["ES", "MX", "CL"], """Pendientes:
1) llamar al seguro ⟦P:toll|fix⟧ – póliza ⟦ORD⟧
2) transferir la fianza
3) mandar CV a ⟦E:role⟧
4) cita médico ⟦D:dmy⟧ ⟦T:hm⟧""", n=3)

T("pos", "it", "note del telefono", "promemoria con numeri", ["IT"], """Promemoria
• chiamare il commercialista ⟦P:fix⟧ per il 730
• ritirare occhiali (ordine ⟦ORD⟧)
• scrivere a ⟦E2⟧ per la festa""", n=2)

T("pos", "en", "travel notes", "hotel phones abroad, embassy, booking references unlabelled", ["JP,JP", "TH,TH", "IT,IT", "MX,MX", "ES,ES", "PT,PT", "GR,GR", "TR,TR", "MA,MA", "VN,VN", "ID,ID", "PE,PE"], """TRIP NOTES
Flight ⟦FLT⟧ dep ⟦T:hm⟧, booking ref ⟦PNR⟧
Hotel: ⟦CO⟧ – ⟦P:fix:intl|nat⟧ – conf. ⟦N:100000000-999999999⟧
Airport transfer driver: ⟦P2:mob:intl⟧ (WhatsApp)
Travel insurance hotline: see card
E-ticket ⟦ETKT⟧""", n=12)

T("pos", "en", "Apple Notes: things for the babysitter", "parents' numbers and poison control", ["US,US", "GB,GB", "CA,CA", "AU,AU"], """For ⟦FN3⟧ (babysitter)
Mom: ⟦P:mob⟧
Dad: ⟦P2:mob⟧
Wifi: ⟦FN⟧Home / ⟦ALNUM:10⟧
Bedtime 8:30, no screens after 7""", n=4)

T("pos", "en", "journal entry", "free-form prose with a number and e-mail", ["GB", "US", "IE"], """⟦D:uk⟧ — Finally got hold of the builder. He gave me his personal mobile (⟦P:mob⟧), said to text rather than email ⟦E2⟧ because he never checks it. Quote is ⟦AMT:gbp⟧ for the extension, which is more than we hoped.""", n=3)

T("pos", "ko", "일정 메모", "병원 예약과 연락처", ["KR"], """⟦D:ko⟧ 오전 10시 치과 예약
병원 ⟦P:fix⟧
변경 시 하루 전까지 연락
주차 2시간 무료""", n=2)

T("pos", "zh", "日程备忘", "联系电话与邮箱", ["CN", "TW"], """周四 下午3点 看房
中介 ⟦NAME2⟧ ⟦P:mob⟧
资料发到 ⟦E⟧
押一付三""", n=2)

T("pos", "th", "บันทึก", "นัดหมายและเบอร์โทร", ["TH"], """นัดทำฟัน วันพฤหัส 10 โมง
คลินิก ⟦P:fix⟧
หมอ ⟦FN2⟧""", n=2)

T("pos", "vi", "ghi chú", "lịch hẹn và số điện thoại", ["VN"], """Lịch hẹn sửa máy lạnh thứ Bảy
Thợ: anh ⟦FN2⟧ ⟦P:mob⟧
Mã đơn: ⟦ORD⟧""", n=2)

T("pos", "id", "catatan", "jadwal dan nomor telepon", ["ID"], """Servis AC hari Sabtu jam 9
Teknisi: Pak ⟦FN2⟧ ⟦P:mob⟧
Email invoice: ⟦E⟧""", n=2)

T("pos", "tr", "not", "randevu ve telefon", ["TR"], """Cuma 14:30 diş randevusu
Klinik: ⟦P:fix⟧
Dr. ⟦LN2⟧""", n=2)

T("pos", "pl", "notatka", "wizyta i telefon", ["PL"], """Wizyta u dentysty: czwartek 16:00
Rejestracja: ⟦P:fix⟧
Potwierdzenie mailem na ⟦E⟧""", n=2)

T("pos", "nl", "notitie", "afspraak en telefoon", ["NL", "BE"], """Donderdag 10:00 tandarts
Praktijk: ⟦P:fix⟧
Bij verhindering 24 uur van tevoren bellen""", n=2)

T("pos", "sv", "anteckning", "tider och telefonnummer", ["SE"], """Torsdag 09:30 vårdcentralen
Tel ⟦P:fix⟧ (knappval 2)
Kom ihåg ID-kort""", n=2)

T("pos", "he", "תזכורת", "תור ומספר טלפון", ["IL"], """תור לרופאת שיניים ביום חמישי ב-10:00
מרפאה: ⟦P:fix⟧
לביטול: ⟦E:role⟧""", n=2)

T("pos", "ar", "ملاحظة", "موعد ورقم هاتف", ["EG", "SA", "MA"], """موعد طبيب الأسنان يوم الخميس الساعة 10
العيادة: ⟦P:fix⟧
الطبيب: د. ⟦LN2⟧""", n=3)

T("pos", "ru", "заметка", "запись к врачу и телефон", ["RU", "BY"], """Четверг 10:00 — стоматолог
Регистратура: ⟦P:fix⟧
Врач: ⟦NAME2⟧""", n=2)

T("pos", "uk", "нотатка", "запис і телефон", ["UA"], """Четвер 10:00 — стоматолог
Реєстратура: ⟦P:fix⟧
Підтвердження на ⟦E⟧""", n=2)

T("pos", "el", "σημείωση", "ραντεβού και τηλέφωνο", ["GR"], """Πέμπτη 10:00 οδοντίατρος
Ιατρείο: ⟦P:fix⟧""", n=1)

T("pos", "hu", "jegyzet", "időpont és telefon", ["HU"], """Csütörtök 10:00 fogorvos
Rendelő: ⟦P:fix⟧""", n=1)

T("pos", "fi", "muistiinpano", "aika ja puhelin", ["FI"], """Torstai klo 10 hammaslääkäri
Vastaanotto: ⟦P:fix⟧""", n=1)

T("pos", "cs", "poznámka", "termín a telefon", ["CZ"], """Čtvrtek 10:00 zubař
Ordinace: ⟦P:fix⟧""", n=1)

T("pos", "ro", "notiță", "programare și telefon", ["RO"], """Joi ora 10 dentist
Cabinet: ⟦P:fix⟧""", n=1)


# =========================================================================
# H. classified ads, social posts, CRM notes, support tickets
# =========================================================================

T("pos", "de", "Kleinanzeige", "Tel/WhatsApp am Ende, Preis unmarkiert", ["DE", "AT", "CH"], """Verkaufe Kinderwagen Bugaboo Fox, sehr guter Zustand, ⟦N:150-400⟧ € VB. Nur Abholung in ⟦LN3⟧hausen. Tel/WhatsApp ⟦P:mob⟧""", n=3)

T("pos", "es", "anuncio clasificado", "vendo bicicleta, llamar o WhatsApp", ["ES", "MX", "AR", "CO", "CL", "PE", "EC", "UY", "PY", "BO"], """VENDO bicicleta de montaña talla M, poco uso. ⟦N:100-500⟧ € / negociable. Llamar o WhatsApp al ⟦P:mob⟧ (⟦FN⟧). No contesto números ocultos.""", n=10)

T("pos", "fr", "petite annonce", "à vendre, contact par SMS", ["FR", "BE", "CH", "CA", "SN", "CI", "CM"], """À VENDRE canapé 3 places gris, très bon état, ⟦N:80-300⟧ €. À récupérer sur place. Contact SMS uniquement : ⟦P:mob⟧""", n=7)

T("pos", "ru", "объявление Авито", "продаю диван, звонить", ["RU", "KZ", "BY"], """Продаю диван-книжку, б/у 2 года, самовывоз. Цена ⟦N:5-30⟧ 000 ₽, торг уместен. Звонить ⟦P:mob⟧, ⟦FN⟧, с 10 до 21.""", n=3)

T("pos", "pl", "ogłoszenie OLX", "sprzedam rower", ["PL"], """Sprzedam rower dziecięcy 20", stan bardzo dobry. Cena ⟦N:200-600⟧ zł. Odbiór osobisty. Tel. ⟦P:mob⟧""", n=2)

T("pos", "it", "annuncio Subito", "vendo scrivania", ["IT"], """Vendo scrivania in legno 120x60, ritiro a mano. ⟦N:40-150⟧ €. Chiamare ⟦P:mob⟧ ore serali.""", n=2)

T("pos", "pt", "anúncio OLX", "vendo geladeira", ["BR", "PT"], """Vendo geladeira Brastemp 375L, funcionando perfeitamente. R$ ⟦N:600-1500⟧. Chama no zap ⟦P:mob⟧""", n=2)

T("pos", "en", "Craigslist ad", "free couch, text number", ["US", "CA"], """FREE couch – curb alert 🛋️ you haul. Text ⟦P:mob:nat|hy|dot⟧, no calls please. Gone by Sunday.""", n=3)

T("pos", "en", "Kenyan classified", "call/WhatsApp with local format", ["KE", "UG", "TZ", "GH", "NG", "ZM", "ZW", "RW"], """FOR SALE: Toyota Vitz 2012, KCX, well maintained, KSh ⟦N:550-900⟧,000 neg. Call/WhatsApp ⟦P:mob:nat|intl⟧. Serious buyers only.""", n=8)

T("pos", "ar", "إعلان مبوب", "شقة للإيجار، للتواصل", ["EG", "SA", "AE", "JO", "LB", "KW", "MA", "IQ"], """شقة للإيجار ٣ غرف وصالة، الدور الثاني، قريبة من المترو. للتواصل واتساب: ⟦P:mob⟧""", n=8)

T("pos", "ja", "掲示板の投稿", "譲ります（連絡先）", ["JP"], """【譲ります】ベビーベッド（使用1年）無料。取りに来られる方。連絡は ⟦P:mob:nat|fw⟧ まで（⟦LN⟧）""", n=2)

T("pos", "zh", "二手交易帖", "出售二手自行车", ["CN", "TW", "HK"], """出售二手自行车，九成新，价格面议。有意者请联系 ⟦P:mob⟧（微信同号）""", n=3)

T("pos", "ko", "중고거래 글", "판매 연락처", ["KR"], """아기 카시트 팝니다. 상태 좋아요. 가격 ⟦N:3-15⟧만원. 연락 ⟦P:mob⟧""", n=2)

T("pos", "en", "Facebook post (lost dog)", "lost pet post with two numbers", ["US,US", "GB,GB", "AU,AU", "IE,IE", "NZ,NZ", "ZA,ZA"], """🚨 LOST DOG 🚨 Our beagle Biscuit slipped his collar near the park this morning. He's microchipped and very friendly. Please call ⟦P:mob⟧ if you see him!! Please share 🙏""", n=6)

T("pos", "en", "X/Twitter post", "text me number, e-mail for press", ["US", "GB"], """lost my phone at the gig last night 😭 if you found a black pixel with a cat case pls text ⟦P:mob⟧ (friend's phone) or email ⟦E⟧ 🙏 reward!!""", n=2)

T("pos", "en", "LinkedIn message", "recruiter with direct line and e-mail", ["GB", "US", "SG", "IN", "AE", "AU"], """Hi ⟦FN2⟧, great to connect! I'm recruiting for a senior data role at ⟦CO⟧. If you're open to a chat, my direct line is ⟦P:fix⟧ or email ⟦E:work⟧. Best, ⟦NAME⟧""", n=6)

T("pos", "en", "CRM note", "sales call note with e-mail, mobile and deal id", ["US", "GB", "CA", "AU", "DE", "FR", "NL", "SE"], """⟦D:iso⟧ · call w/ ⟦NAME⟧ (⟦E:work⟧), Head of Ops @ ⟦CO⟧. Wants demo for 12 seats. Cell ⟦P:mob⟧ (prefers WhatsApp). Follow-up ⟦D2:iso⟧. Deal #⟦N:10000-99999⟧ – stage: qualified""", n=8)

T("pos", "en", "Zendesk ticket", "requester e-mail, phone and client IP", ["US", "GB", "IN", "PH", "SG"], """Ticket #⟦N:100000-999999⟧ — "Can't log in after password reset"
Requester: ⟦NAME⟧ <⟦E⟧>
Phone: ⟦P⟧
Submitted from IP ⟦IP⟧ via web form · Browser: Safari 17
Agent note: verified identity via last invoice ⟦ORD⟧; reset MFA.""", n=5)

T("pos", "de", "Support-Ticket", "Kunden-E-Mail, Telefon, IP", ["DE", "AT"], """Ticket ⟦N:100000-999999⟧ – Zugang gesperrt
Kunde: ⟦NAME⟧ (⟦E⟧)
Rückruf: ⟦P⟧
Letzte Anmeldung von ⟦IP⟧
Vertragsnr. ⟦ORD⟧ – bitte Identität prüfen.""", n=2)

T("pos", "es", "ticket de soporte", "correo, teléfono y dirección IP", ["ES", "MX", "AR"], """Caso #⟦N:10000-99999⟧ – No llega el código SMS
Cliente: ⟦NAME⟧ (⟦E⟧)
Móvil registrado: ⟦P:mob⟧
IP de la sesión: ⟦IP4⟧""", n=3)

T("pos", "fr", "ticket SAV", "client, téléphone et adresse IP", ["FR", "BE"], """Ticket n° ⟦N:10000-99999⟧ — Box internet hors service
Client : ⟦NAME⟧ — ⟦E⟧
Tél. : ⟦P⟧
IP publique : ⟦IP⟧
Intervention prévue le ⟦D2:dmy⟧""", n=2)

T("pos", "en", "Instagram bio / link page", "booking e-mail and WhatsApp", ["GB", "US", "BR", "IN", "ZA", "NG", "AE", "ES"], """✨ nails & lashes by ⟦FN⟧ ✨
📍 by appointment only
📩 ⟦E⟧
📱 WhatsApp ⟦P:mob:intl|e164⟧
DM for prices 💅""", n=8)

T("pos", "en", "Reddit comment", "user shares scam caller number", ["US", "GB", "CA", "AU", "IN"], """Got the exact same scam call yesterday, "Amazon security team". Number was ⟦P⟧, they knew my name and my old address. Reported it, don't pick up.""", n=5)

T("pos", "en", "school newsletter (pasted)", "staff contacts", ["GB,GB", "US,US", "AU,AU", "IE,IE"], """Dear parents,
Sports day is on ⟦D:uk⟧. Please let the office know about any allergies.
School office: ⟦P:fix⟧ · ⟦E:role⟧
Absence line (24h): ⟦P2:fix⟧
Mrs ⟦LN3⟧, Head Teacher""", n=4)

T("pos", "tl", "post sa Facebook", "nawawalang aso", ["PH"], """NAWAWALANG ASO 😢 Si Brownie, aspin, may pulang collar. Huling nakita sa may kanto ng Mabini St. Kung may nakakita, pakitext o tawag sa ⟦P:mob⟧. Salamat po!""", n=2)

T("pos", "id", "iklan baris", "dijual motor", ["ID"], """DIJUAL Honda Beat 2019, pajak hidup, mulus. Harga nego. Hubungi ⟦P:mob:nat|intl⟧ (WA only)""", n=2)

T("pos", "vi", "tin rao vặt", "bán xe máy", ["VN"], """Cần bán xe Vision 2020, chính chủ, giá thương lượng. Liên hệ ⟦P:mob⟧ (anh ⟦FN⟧)""", n=2)

T("pos", "th", "ประกาศขาย", "ขายคอนโด", ["TH"], """ขายคอนโดใกล้ BTS 1 ห้องนอน 35 ตร.ม. สนใจติดต่อ ⟦P:mob⟧ คุณ⟦FN⟧""", n=2)

T("pos", "tr", "ilan", "satılık araba", ["TR"], """Sahibinden satılık 2016 model Fiat Egea, hasar kaydı yok. Fiyat ⟦N:400-700⟧.000 TL. İletişim: ⟦P:mob⟧""", n=2)

T("pos", "he", "מודעה", "דירה להשכרה", ["IL"], """להשכרה דירת 3 חדרים, קומה 2, מרפסת. כניסה מיידית. לפרטים: ⟦P:mob⟧""", n=2)

T("pos", "fa", "آگهی", "اجاره آپارتمان", ["IR"], """آپارتمان ۷۵ متری برای اجاره، طبقه دوم، نزدیک مترو. تماس: ⟦P:mob:fa|nat⟧""", n=2)

T("pos", "hi", "विज्ञापन", "किराये के लिए कमरा", ["IN"], """किराये के लिए कमरा उपलब्ध, मेट्रो के पास। संपर्क करें: ⟦P:mob⟧""", n=2)

T("pos", "bn", "বিজ্ঞাপন", "বাসা ভাড়া", ["BD"], """বাসা ভাড়া দেওয়া হবে, ২ রুম, ধানমন্ডি। যোগাযোগ: ⟦P:mob⟧""", n=2)

T("pos", "sw", "tangazo", "nyumba ya kupangisha", ["TZ", "KE"], """Nyumba ya kupangisha, vyumba viwili, karibu na barabara kuu. Piga ⟦P:mob⟧""", n=2)

T("pos", "am", "ማስታወቂያ", "ቤት ለኪራይ", ["ET"], """ቤት ለኪራይ፣ ሁለት መኝታ ቤት። ለበለጠ መረጃ ይደውሉ: ⟦P:mob⟧""", n=2)

T("pos", "ka", "განცხადება", "ბინა ქირავდება", ["GE"], """ქირავდება 2-ოთახიანი ბინა ვაკეში. ტელ: ⟦P:mob⟧""", n=2)

T("pos", "hy", "հայտարարություն", "բնակարան վարձով", ["AM"], """Վարձով է տրվում 2 սենյականոց բնակարան կենտրոնում։ Հեռ․ ⟦P:mob⟧""", n=2)

T("pos", "mn", "зар", "байр түрээслүүлнэ", ["MN"], """2 өрөө байр түрээслүүлнэ, төвд ойрхон. Утас: ⟦P:mob⟧""", n=2)

T("pos", "ne", "विज्ञापन", "कोठा भाडामा", ["NP"], """कोठा भाडामा दिन छ, काठमाडौँ। सम्पर्क: ⟦P:mob⟧""", n=2)

T("pos", "si", "දැන්වීම", "කාමරයක් කුලියට", ["LK"], """කාමරයක් කුලියට දීමට ඇත. අමතන්න: ⟦P:mob⟧""", n=2)

T("pos", "ms", "iklan", "bilik untuk disewa", ["MY"], """Bilik untuk disewa di Shah Alam, perempuan sahaja. Hubungi ⟦P:mob⟧ (WhatsApp)""", n=2)


# =========================================================================
# I. structured data: JSON, YAML, XML, TOML, INI, CSV, markdown
# =========================================================================

T("pos", "en", "JSON contacts export", "array of contacts with phones and e-mails as JSON values", ["US,GB", "DE,FR", "JP,KR", "BR,PT", "IN,AE", "ES,IT", "NL,BE", "PL,CZ"], """[
  {"name": "⟦NAME⟧", "phones": [{"type": "mobile", "value": "⟦P:mob:e164|intl⟧"}], "emails": ["⟦E⟧"]},
  {"name": "⟦NAME2⟧", "phones": [{"type": "work", "value": "⟦P2:fix:intl|nat⟧"}], "emails": []}
]""", n=8)

T("pos", "en", "YAML on-call roster", "names with phone and e-mail keys", ["GB,DE,US", "US,IN,PH", "AU,SG,JP", "FR,ES,PT"], """oncall:
  primary:
    name: ⟦NAME⟧
    phone: "⟦P:mob:e164⟧"
    email: ⟦E:work⟧
  secondary:
    name: ⟦NAME2⟧
    phone: "⟦P2:mob:e164|intl⟧"
    email: ⟦E2:work⟧
  escalation:
    phone: ⟦P3:intl⟧
    pager_id: PD-⟦N:1000-9999⟧""", n=4)

T("pos", "en", "Android SMS backup XML", "address attribute holds the phone; dates are epoch ms", ["GB,GB", "US,US", "DE,DE", "IN,IN", "BR,BR", "MX,MX"], """<?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
<smses count="3">
  <sms protocol="0" address="⟦P:e164=a⟧" date="⟦EPOCHMS⟧" type="1" body="Are we still on for tonight?" read="1" contact_name="⟦NAME⟧" />
  <sms protocol="0" address="⟦=a⟧" date="⟦EPOCHMS⟧" type="2" body="Yes! 7:30 at the usual place" read="1" contact_name="⟦NAME⟧" />
  <sms protocol="0" address="⟦P2:nat⟧" date="⟦EPOCHMS⟧" type="1" body="Your code is ⟦PIN:6⟧" read="1" contact_name="(Unknown)" />
</smses>""", n=6)

T("pos", "en", "TOML project metadata", "authors and maintainers with e-mails", [], """[project]
name = "⟦USER⟧-photo-sync"
version = "⟦N:0-2⟧.⟦N:0-9⟧.⟦N:0-20⟧"
authors = [{ name = "⟦NAME⟧", email = "⟦E⟧" }]
maintainers = [{ name = "⟦NAME2⟧", email = "⟦E2:work⟧" }]
requires-python = ">=3.10\"""", n=3)

T("pos", "en", "INI settings of a desktop app", "backup contact phone, e-mail and server IP", ["DE", "US", "GB", "FR"], """[General]
Language=en
LastRun=⟦D:iso⟧ ⟦T:hms⟧

[Notifications]
Email=⟦E⟧
SMS=⟦P:e164⟧

[Sync]
Server=⟦IP4⟧
Port=⟦PORT⟧
RetryCount=3""", n=4)

T("pos", "en", "XML invoice (UBL excerpt)", "seller IBAN and contact details", ["DE", "NL", "BE", "IT", "ES", "FR"], """<cac:PaymentMeans>
  <cbc:PaymentMeansCode>58</cbc:PaymentMeansCode>
  <cbc:PaymentID>⟦ORD⟧</cbc:PaymentID>
  <cac:PayeeFinancialAccount>
    <cbc:ID>⟦I:cmp⟧</cbc:ID>
    <cbc:Name>⟦CO⟧</cbc:Name>
  </cac:PayeeFinancialAccount>
</cac:PaymentMeans>
<cac:Contact>
  <cbc:Telephone>⟦P:intl|e164⟧</cbc:Telephone>
  <cbc:ElectronicMail>⟦E:role⟧</cbc:ElectronicMail>
</cac:Contact>""", n=6, ib=["DE", "NL", "BE", "IT", "ES", "FR"])

T("pos", "en", "API response JSON", "billing object with IBAN, e-mail and phone", ["FR", "DE", "ES", "IT", "NL", "AT"], """{"customer":{"id":"cus_⟦ALNUM:14⟧","email":"⟦E⟧","phone":"⟦P:e164⟧","created":⟦EPOCH⟧},"billing":{"method":"sepa_debit","iban":"⟦I:cmp⟧","mandate":"⟦ORD⟧"},"meta":{"ip":"⟦IP⟧"}}""", n=6, ib=["FR", "DE", "ES", "IT", "NL", "AT"])

T("pos", "en", "payment webhook JSON", "last4 and masked card unlabelled; client IP and e-mail labelled", [], """{"id":"evt_⟦ALNUM:24⟧","type":"charge.succeeded","data":{"object":{"amount":⟦N:500-90000⟧,"currency":"eur","billing_details":{"email":"⟦E⟧","name":"⟦NAME⟧"},"payment_method_details":{"card":{"brand":"visa","last4":"⟦LAST4⟧","exp_month":⟦N:1-12⟧,"exp_year":20⟦N:26-31⟧,"fingerprint":"⟦ALNUM:16⟧"}},"client_ip":"⟦IP⟧"}}}""", n=3)

T("pos", "en", "CSV guest list", "wedding RSVP export with phones in several countries", ["GB,ES,IE", "US,MX,CA", "DE,PL,TR", "FR,MA,SN", "IT,AL,RO", "NL,SR,ID"], """Guest,Side,RSVP,Phone,Email,Diet
⟦NAME⟧,Bride,yes,⟦P:intl⟧,⟦E⟧,veg
⟦NAME2⟧,Bride,yes,⟦P2:intl|e164⟧,,
⟦NAME3⟧,Groom,maybe,⟦P3:intl⟧,⟦E3⟧,
⟦NAME4⟧,Groom,no,,⟦E4⟧,""", n=6)

T("pos", "de", "CSV-Export (Semikolon)", "Vereinsmitglieder mit IBAN und Telefon", ["DE,DE", "AT,AT", "CH,CH"], """Mitgliedsnr;Name;Vorname;Telefon;E-Mail;IBAN;Beitrag
⟦N:100-999⟧;⟦LN⟧;⟦FN⟧;⟦P:nat⟧;⟦E⟧;⟦I:cmp|grp⟧;⟦N:30-120⟧,00
⟦N:100-999⟧;⟦LN2⟧;⟦FN2⟧;⟦P2:mob:nat⟧;⟦E2⟧;⟦I:cmp|grp⟧;⟦N:30-120⟧,00""", n=3, ib=["DE", "AT", "CH"])

T("pos", "fr", "export CSV", "adhérents d'une association", ["FR,FR", "BE,BE"], """nom;prénom;téléphone;courriel;iban
⟦LN⟧;⟦FN⟧;⟦P:nat⟧;⟦E⟧;⟦I⟧
⟦LN2⟧;⟦FN2⟧;⟦P2:nat|dot⟧;⟦E2⟧;""", n=2, ib=["FR", "BE"])

T("pos", "en", "markdown table in a project README (personal)", "team table with e-mails and phones", ["GB,US,IN", "DE,FR,ES", "AU,NZ,SG"], """| Role | Name | Email | Phone |
|------|------|-------|-------|
| Owner | ⟦NAME⟧ | ⟦E:work⟧ | ⟦P:intl⟧ |
| Dev | ⟦NAME2⟧ | ⟦E2:work⟧ | ⟦P2:intl⟧ |
| Support | ⟦NAME3⟧ | ⟦E:role⟧ | ⟦P3:intl⟧ |""", n=3)

T("pos", "en", "spreadsheet pasted as text", "landlord ledger with tenants' phones and IBANs", ["GB,GB", "IE,IE", "NL,NL", "DE,DE"], """Unit	Tenant	Phone	Rent	Paid from
1A	⟦NAME⟧	⟦P:mob⟧	⟦N:700-1500⟧	⟦I⟧
1B	⟦NAME2⟧	⟦P2:mob⟧	⟦N:700-1500⟧	cash
2A	(vacant)			""", n=4, ib=["GB", "IE", "NL", "DE"])

T("pos", "ja", "CSV（住所録）", "氏名・電話・メール", ["JP,JP", "JP,JP"], """氏名,電話番号,携帯,メールアドレス
⟦NAME⟧,⟦P:fix:nat⟧,⟦P2:mob:nat⟧,⟦E⟧
⟦NAME2⟧,,⟦P2:mob:nat⟧,⟦E2⟧""", n=2)

T("pos", "ko", "CSV 주소록", "이름, 전화, 이메일", ["KR,KR"], """이름,휴대전화,이메일
⟦NAME⟧,⟦P:mob:nat⟧,⟦E⟧
⟦NAME2⟧,⟦P2:mob:nat⟧,⟦E2⟧""", n=2)

T("pos", "es", "JSON de CRM", "contacto con teléfono y correo", ["MX", "CO", "AR", "CL", "PE", "ES"], """{"contacto":{"nombre":"⟦NAME⟧","telefono":"⟦P:e164|intl⟧","correo":"⟦E⟧","empresa":"⟦CO⟧","etapa":"propuesta"}}""", n=6)

T("pos", "ru", "JSON-выгрузка", "контакты с телефоном", ["RU", "KZ", "UZ", "AZ"], """{"клиент":"⟦NAME⟧","телефон":"⟦P⟧","email":"⟦E⟧","заказ":"⟦ORD⟧"}""", n=4)

T("pos", "en", "Home Assistant secrets.yaml", "notify phone numbers and router IP", ["US", "GB", "DE", "NL"], """notify_phone_1: "⟦P:e164⟧"
notify_phone_2: "⟦P:e164⟧"
smtp_user: ⟦E⟧
router_wan_ip: ⟦IP4⟧
latitude: ⟦N:40-55⟧.⟦N:100000-999999⟧
longitude: ⟦N:1-20⟧.⟦N:100000-999999⟧""", n=4)

T("pos", "en", "git log (e-mail in author line)", "commit author e-mails; hashes unlabelled", [], """commit ⟦HEX:40⟧
Author: ⟦NAME⟧ <⟦E⟧>
Date:   ⟦D:wshort⟧ ⟦T:hms⟧ ⟦D:y⟧ +0100

    fix: handle empty album

commit ⟦HEX:40⟧
Author: ⟦NAME2⟧ <⟦E2:work⟧>
Date:   ⟦D:wshort⟧ ⟦T:hms⟧ ⟦D:y⟧ +0100

    chore: bump deps to ⟦N:1-5⟧.⟦N:0-20⟧.⟦N:0-9⟧""", n=3)

T("pos", "en", "mbox header dump", "From lines and Reply-To", [], """From ⟦E⟧ ⟦D:wshort⟧ ⟦T:hms⟧ ⟦D:y⟧
From: "⟦NAME⟧" <⟦E⟧>
Reply-To: ⟦E:tag⟧
To: "⟦NAME2⟧" <⟦E2⟧>
Subject: Re: Re: bbq sat?""", n=3)

T("pos", "en", "IDN e-mail addresses in a contact note", "addresses with non-ASCII domains", ["DE", "AT", "CH", "FR", "ES", "NO"], """Shop contacts
Bakery: ⟦E:idn⟧ (orders before 10)
Physio: ⟦E2:idn⟧ · ⟦P⟧""", n=6)

T("pos", "en", "CSV with IPs (router DHCP + port forwards)", "global IPs of remote peers; local leases unlabelled", [], """type,host,address,note
lease,laptop,⟦PIP⟧,
lease,printer,⟦PIP⟧,
peer,parents-router,⟦IP4⟧,wireguard
peer,office,⟦IP6⟧,site-to-site
forward,nas,⟦PIP⟧,443→8443""", n=3)


# =========================================================================
# J. more SSN, card and IBAN texts without phone numbers
# =========================================================================

T("pos", "en", "OCR of Form W-9", "taxpayer identification number box holds an SSN in spaced groups", [], """Form W-9 Request for Taxpayer Identification Number and Certification
1 Name (as shown on your income tax return) ⟦NAME⟧
3 Federal tax classification: [x] Individual/sole proprietor
Part I Taxpayer Identification Number (TIN)
Social security number
⟦S:sp|dash⟧
or
Employer identification number
[   ]-[          ]""", n=3)

T("pos", "en", "OCR of Form 1098-T", "student's TIN is an SSN; filer's EIN unlabelled", [], """FILER'S employer identification no. ⟦EIN⟧
STUDENT'S TIN ⟦S⟧
STUDENT'S name ⟦NAME⟧
1 Payments received for qualified tuition and related expenses $⟦N:2000-30000⟧.00
8 Check if at least half-time student [x]""", n=3)

T("pos", "en", "password-manager secure note", "scanned SSN card transcribed into a note", [], """Title: Social Security card – ⟦FN⟧
Type: Secure Note
Notes:
⟦NAME⟧
⟦S⟧
card is in the fire safe, NOT in the wallet
Modified: ⟦D:iso⟧""", n=3)

T("pos", "en", "credit report excerpt", "two SSNs reported on the file (mixed file dispute)", [], """PERSONAL INFORMATION
Name: ⟦NAME⟧   Also known as: ⟦FN⟧ ⟦INI2⟧ ⟦LN⟧
Social Security number: ⟦S⟧
Other SSNs reported: ⟦S⟧ (disputed – belongs to a relative)
Year of birth: ⟦D:y⟧
Report number: ⟦N:1000000000-9999999999⟧""", n=3)

T("pos", "en", "tax software JSON (dependents)", "dependents array with bare SSNs", [], """{"tax_year":⟦D:y⟧,"filer":{"name":"⟦NAME⟧","ssn":"⟦S:bare⟧"},"dependents":[{"name":"⟦FN3⟧ ⟦LN⟧","ssn":"⟦S:bare⟧","relationship":"son","months":12},{"name":"⟦FN4⟧ ⟦LN⟧","ssn":"⟦S:bare|dash⟧","relationship":"daughter","months":12}]}""", n=3)

T("pos", "en", "iMessage thread", "SSN sent as a bare reply with no cue in the same bubble", [], """⟦FN⟧
what's your social again? insurance form wants it

Me
⟦S:dash|sp⟧

⟦FN⟧
thx, deleting this now""", n=3)

T("pos", "en", "benefits letter (OCR)", "claim number written as SSN", [], """SOCIAL SECURITY ADMINISTRATION
Date: ⟦D:us⟧
Claim Number: ⟦S⟧
⟦NAME⟧
We are writing to tell you about a change in your monthly benefit. Beginning ⟦D2:us⟧ your payment will be ⟦AMT:usd⟧.""", n=2)

T("pos", "es", "chat familiar", "número de seguro social del papá", [], """⟦FN⟧: oye me pasas el seguro social de mi papá para la declaración?
⟦FN2⟧: es ⟦S⟧
⟦FN2⟧: y el de mi mamá ⟦S⟧
⟦FN⟧: gracias!! ya lo borro""", n=3, names="es")

T("pos", "zh", "微信消息", "SSN紧挨着中文", [], """⟦NAME⟧：帮我填一下报税表，我的SSN是⟦S⟧，我老婆的是⟦S⟧，谢谢！""", n=3)

T("pos", "ko", "카카오톡", "아버지 SSN 전달", [], """⟦NAME⟧ : 아버지 SSN ⟦S⟧ 입니다. 보험 서류에 써 주세요
⟦NAME2⟧ : 네 확인했어요""", n=2)

T("pos", "vi", "tin nhắn", "SSN của mẹ", [], """⟦FN⟧: SSN của mẹ là ⟦S:sp|dash⟧ nha, điền vào đơn bảo hiểm giúp chị.
⟦FN2⟧: Dạ em nhận rồi""", n=2)

T("pos", "en", "employment verification e-mail", "SSN quoted in a verification request", [], """Subject: Employment verification request

Hello HR team,
Please verify employment for: ⟦NAME⟧, SSN ⟦S⟧, employed approx. ⟦D:y⟧ to present as a warehouse associate.
Reference: VOE-⟦N:100000-999999⟧
Regards, ⟦NAME2⟧, Loan Processor""", n=2)

T("pos", "en", "household members TSV (benefits application)", "SSN column for each member", [], """Member	Relationship	DOB	SSN
⟦NAME⟧	self	⟦D:mdyy⟧	⟦S⟧
⟦NAME2⟧	spouse	⟦D2:mdyy⟧	⟦S⟧
⟦FN3⟧ ⟦LN⟧	child	⟦D:mdyy⟧	⟦S⟧""", n=3)

T("pos", "pl", "notatka", "amerykański numer SSN", [], """Dokumenty do wizy / banku w USA:
- paszport ✔
- SSN: ⟦S⟧ (amerykański numer ubezpieczenia społecznego)
- zaświadczenie o zatrudnieniu""", n=2)

T("pos", "en", "markdown table of family documents", "SSN column next to passport numbers (unlabelled)", [], """| Person | SSN | Passport | Expires |
|---|---|---|---|
| ⟦FN⟧ | ⟦S⟧ | ⟦N:500000000-599999999⟧ | ⟦D:iso⟧ |
| ⟦FN2⟧ | ⟦S⟧ | ⟦N:500000000-599999999⟧ | ⟦D2:iso⟧ |
| ⟦FN3⟧ | ⟦S⟧ | – | – |""", n=3)

T("pos", "tl", "tala", "SSN ng mga anak para sa tax", [], """Para sa tax return:
Si ⟦FN3⟧ – ⟦S⟧
Si ⟦FN4⟧ – ⟦S⟧""", n=2)

T("pos", "en", "note: replaced cards", "new and cancelled card numbers", [], """⟦D:uk⟧ bank replaced both cards after the skimming thing
NEW debit ⟦C:visa|mc⟧ exp ⟦N:1-12⟧/⟦N:28-31⟧
OLD ⟦C:visa|mc⟧ (cancelled, don't use)""", n=3)

T("pos", "de", "Notiz", "Kreditkartennummer mit Ablaufdatum", [], """Kreditkarte (Urlaub): ⟦C:mc|visa⟧, gültig bis ⟦N:1-12⟧/⟦N:27-31⟧, Prüfziffer steht hinten.
Sperr-Hotline steht auf der Karte.""", n=2)

T("pos", "fr", "note", "numéro de carte bancaire", [], """CB pour les courses en ligne : ⟦C:visa|mc:sp⟧ exp ⟦N:1-12⟧/⟦N:27-31⟧ (plafond ⟦N:500-3000⟧ €)""", n=2)

T("pos", "es", "nota", "tarjeta para compras online", [], """Tarjeta virtual para compras: ⟦C⟧ vence ⟦N:1-12⟧/⟦N:27-31⟧. La física está bloqueada.""", n=2)

T("pos", "it", "nota", "carta prepagata", [], """Postepay Evolution: ⟦C:visa⟧ scad. ⟦N:1-12⟧/⟦N:27-31⟧ — ricaricare prima del viaggio""", n=2)

T("pos", "nl", "notitie", "creditcardnummer", [], """Creditcard voor Booking: ⟦C:visa|mc|amex⟧ (geldig t/m ⟦N:1-12⟧/⟦N:27-31⟧)""", n=2)

T("pos", "pl", "notatka", "numer karty", [], """Karta do Allegro: ⟦C:visa|mc:sp|cmp⟧, ważna do ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "ar", "ملاحظة", "رقم البطاقة الائتمانية", [], """رقم البطاقة: ⟦C:visa|mc⟧
تاريخ الانتهاء: ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "en", "checkout debug log", "full PAN in a JSON debug line (bad practice)", [], """⟦D:iso⟧T⟦T:hms⟧Z DEBUG checkout payload={"order":"⟦ORD⟧","pan":"⟦C:cmp⟧","exp":"⟦N:1-12⟧/⟦N:27-31⟧","amount":⟦N:1000-90000⟧,"currency":"USD"}""", n=3)

T("pos", "en", "browser autofill export (CSV)", "saved cards with names and expiries", [], """name_on_card,expiration_month,expiration_year,card_number,nickname
⟦NAME⟧,⟦N:1-12⟧,20⟦N:26-31⟧,⟦C:cmp⟧,Everyday
⟦NAME⟧,⟦N:1-12⟧,20⟦N:26-31⟧,⟦C:cmp⟧,Travel""", n=3)

T("pos", "en", "Slack message", "card number pasted into a channel by mistake", [], """⟦FN⟧  ⟦T+:ampm⟧
⟦C:sp|hy⟧ 08/2⟦N:7-9⟧
⟦FN⟧  ⟦T+:ampm⟧
OMG wrong window 🙈 ignore that, deleting""", n=3)

T("pos", "ru", "заметка", "номер карты Visa", [], """Карта для путешествий: Visa ⟦C:visa⟧, до ⟦N:1-12⟧/⟦N:27-31⟧. Мир ⟦C:mir⟧ — только для России.""", n=2)

T("pos", "th", "บันทึก", "หมายเลขบัตรเครดิต", [], """บัตรเครดิตสำหรับจองโรงแรม หมายเลขบัตร ⟦C⟧ หมดอายุ ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "vi", "ghi chú", "số thẻ", [], """Thẻ thanh toán online: Số thẻ ⟦C⟧, hết hạn ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "id", "catatan", "nomor kartu kredit", [], """Kartu kredit untuk tiket pesawat: nomor kartu ⟦C⟧, berlaku s/d ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "ja", "メモ", "クレジットカード番号", [], """ホテル予約用カード：⟦C:visa|mc|amex:sp|cmp⟧（期限 ⟦N:1-12⟧/⟦N:27-31⟧）""", n=2)

T("pos", "en", "e-mail to partner", "Amex number for a hotel booking", [], """hey – book the hotel with the Amex, it has the travel insurance: ⟦C:amex⟧ exp ⟦N:1-12⟧/⟦N:27-31⟧. the code is the 4 digits on the front. love you x""", n=3)

T("pos", "he", "הודעה", "מספר כרטיס אשראי", [], """מספר הכרטיס ⟦C⟧ תוקף ⟦N:1-12⟧/⟦N:27-31⟧, תזמיני את הכרטיסים להופעה""", n=2)

T("pos", "zh", "備忘（繁體）", "信用卡號", [], """網購用信用卡：⟦C:jcb|visa|unionpay⟧ 有效期限 ⟦N:1-12⟧/⟦N:27-31⟧""", n=2)

T("pos", "en", "transactions CSV from a legacy POS", "full PAN column; auth codes unlabelled", [], """date,pan,auth,amount
⟦D:iso⟧,⟦C:cmp⟧,⟦ALNUM:6⟧,⟦N:5-99⟧.⟦N:10-99⟧
⟦D:iso⟧,⟦C:cmp⟧,⟦ALNUM:6⟧,⟦N:5-99⟧.⟦N:10-99⟧
⟦D2:iso⟧,⟦C:cmp⟧,⟦ALNUM:6⟧,⟦N:5-99⟧.⟦N:10-99⟧""", n=3)

T("pos", "en", "family chat", "Discover and Diners cards shared with a parent", [], """⟦FN⟧: Mom I added you as an authorized user, your card is ⟦C:disc|diners|jcb⟧
⟦FN2⟧: thank you sweetheart ❤️ does it work at Costco?
⟦FN⟧: nope, use the Visa ⟦C:visa⟧ there""", n=3)

T("pos", "de", "Chatnachricht", "IBAN ohne Stichwort außer Emoji", [], """⟦FN⟧: Schick mir die Kohle fürs Konzert einfach auf ⟦I⟧ 😉
⟦FN2⟧: mach ich heute Abend""", n=3, ib=["DE", "AT", "CH"])

T("pos", "fr", "message", "RIB envoyé par message", [], """Voici mon RIB pour le cadeau commun : ⟦I⟧ (⟦NAME⟧). Merci à tous !""", n=2, ib=["FR", "BE", "LU"])

T("pos", "es", "mensaje", "IBAN para el regalo", [], """Para el regalo de ⟦FN3⟧: ⟦AMT:eur⟧ cada uno a ⟦I:ES⟧, titular ⟦NAME⟧. ¡Gracias!""", n=2)

T("pos", "it", "messaggio", "IBAN intestato", [], """Per la quota del viaggio: IBAN ⟦I:IT⟧ intestato a ⟦NAME⟧, causale «gita ⟦D:y⟧»""", n=2)

T("pos", "nl", "bericht", "IBAN in een groepsapp", [], """Tikkie doet raar, maak maar over naar ⟦I:NL⟧ o.v.v. 'weekendje weg' 🙏""", n=2)

T("pos", "en", "Splitwise settle-up note", "IBANs of two friends", [], """Settle up – ski trip
⟦FN2⟧ → pay ⟦AMT:eur⟧ to ⟦FN⟧: ⟦I⟧
⟦FN3⟧ → pay ⟦AMT:eur⟧ to ⟦FN4⟧: ⟦I⟧""", n=3, ib=["IE", "NL", "DE", "FR", "BE", "AT", "FI", "PT"])

T("pos", "pt", "mensagem", "IBAN para a prenda de casamento", [], """Para a prenda dos noivos: IBAN ⟦I:PT⟧ (⟦NAME⟧). Obrigada! 💐""", n=2)

T("pos", "en", "payout settings JSON", "IBAN in payout account", [], """{"payout_account":{"holder":"⟦NAME⟧","iban":"⟦I:cmp|grp⟧","bic":"⟦BIC⟧","verified":true},"schedule":"weekly"}""", n=3, ib=["DE", "FR", "ES", "IT", "NL", "BE", "PL", "SE", "DK", "NO", "CH", "AT"])


# =========================================================================
# HARD NEGATIVES
# =========================================================================

T("neg", "en", "order confirmation e-mail", "order number, date, total, tracking number", [], """Thanks for your order, ⟦FN⟧!
Order #⟦N:1000000-9999999⟧ · placed ⟦D:us⟧
2 × Merino socks            ⟦AMT:usd⟧
1 × Trail runners (size 10) ⟦AMT:usd⟧
Total charged to ⟦MCARD⟧: ⟦AMT:usd⟧
Your tracking number: ⟦TRK⟧""")

T("neg", "en", "marketplace shipping notice", "3-7-7 order id, carrier tracking, delivery window", [], """Your package is on the way.
Order ⟦N:100-999⟧-⟦N:1000000-9999999⟧-⟦N:1000000-9999999⟧
Arriving ⟦D:wshort⟧ between 10am and 2pm
Carrier: UPS · Tracking ID 1Z⟦ALNUM:6⟧⟦N:1000000000-9999999999⟧""")

T("neg", "en", "release notes", "semantic versions, build ids, commit hashes, dates", [], """## ⟦VER⟧ – ⟦D:iso⟧
- Fixed crash when importing albums larger than 4 GB (#⟦N:1000-9999⟧)
- Build ⟦N:20230101-20261231⟧.⟦N:1-9⟧ (commit ⟦SHA:7⟧)
- Minimum iOS version is now 16.4
- Bumped sqlite to 3.45.1 and zlib to 1.3.1""")

T("neg", "en", "CI build log", "durations, digests, versions and exit codes", [], """Step 4/12 : RUN pip install -r requirements.txt
 ---> Using cache
 ---> sha256:⟦HEX:64⟧
Successfully built ⟦HEX:12⟧
Successfully tagged registry.local/app:⟦N:1-3⟧.⟦N:0-20⟧.⟦N:0-50⟧
real	⟦N:1-9⟧m⟦N:10-59⟧.⟦N:100-999⟧s
Job #⟦N:100000-999999⟧ finished with exit code 0""")

T("neg", "en", "flight itinerary", "flight numbers, booking reference, e-ticket number, seat, times", [], """ITINERARY – Booking reference ⟦PNR⟧
⟦D:wshort⟧  ⟦FLT⟧  LHR 07:55 → FRA 10:35  Seat 23C
⟦D:wshort⟧  ⟦FLT⟧  FRA 12:10 → NRT 07:05+1  Seat 41K
E-ticket number ⟦ETKT⟧
Baggage: 1 × 23 kg""")

T("neg", "en", "bank statement (masked)", "masked card, sort code, masked account, references", [], """Statement period ⟦D:uk⟧ – ⟦D2:uk⟧
Account: ****⟦LAST4⟧   Sort code ⟦SORT⟧
⟦D:dmy⟧  CONTACTLESS ⟦MCARD⟧ TESCO STORES    -⟦N:3-80⟧.⟦N:10-99⟧
⟦D:dmy⟧  DD REF ⟦N:100000-999999⟧⟦ALNUM:3⟧ COUNCIL TAX   -⟦N:100-200⟧.00
⟦D:dmy⟧  FASTER PAYMENT REF ⟦ALNUM:10⟧          +⟦N:100-900⟧.00
Closing balance £⟦N:1000-5000⟧.⟦N:10-99⟧""")

T("neg", "en", "US tax document (non-SSN ids)", "ITIN, EIN, routing number, masked SSN", [], """Form 1040 – preparer worksheet
Taxpayer ITIN: ⟦ITIN⟧
Spouse SSN: ⟦MSSN⟧ (on file)
Employer EIN: ⟦EIN⟧
Refund direct deposit – routing ⟦ROUT⟧, account ending ⟦LAST4⟧
Mailing address ZIP ⟦ZIP4⟧""")

T("neg", "en", "developer note on test data", "SSN-shaped fixtures with invalid area/group/serial", [], """Test fixtures for the validator:
- ⟦SSNBAD⟧ → must be rejected
- ⟦SSNBAD⟧ → must be rejected
- ⟦SSNBAD⟧ → must be rejected
Remember: area 000, 666 and 900–999 are never issued; group 00 and serial 0000 are invalid.""")

T("neg", "en", "lab results", "values, reference ranges, MRN, accession number", [], """LAB REPORT  MRN ⟦N:1000000-9999999⟧  Accession ⟦ALNUM:2⟧-⟦N:10000000-99999999⟧
Collected ⟦D:mdyy⟧ ⟦T:hm⟧
Hemoglobin      13.⟦N:1-9⟧ g/dL     (12.0–15.5)
WBC             ⟦N:4-9⟧.⟦N:1-9⟧ x10^9/L  (4.0–11.0)
TSH             ⟦N:1-3⟧.⟦N:10-99⟧ mIU/L   (0.45–4.50)
LDL             ⟦N:90-160⟧ mg/dL""")

T("neg", "en", "product listing", "EAN, UPC, ISBN, SKU, dimensions", [], """Product details
SKU: ⟦ALNUM:3⟧-⟦N:10000-99999⟧
EAN: ⟦EAN⟧
UPC: ⟦UPC⟧
ISBN-13: ⟦ISBN⟧
Dimensions: 23.4 × 15.6 × 2.8 cm, 512 g""")

T("neg", "en", "git one-line log", "short hashes, PR numbers, tags", [], """⟦SHA:7⟧ (HEAD -> main, tag: ⟦VER⟧) Merge pull request #⟦N:100-9999⟧ from feature/albums
⟦SHA:7⟧ fix off-by-one in pagination
⟦SHA:7⟧ bump version to ⟦N:1-4⟧.⟦N:0-20⟧.⟦N:0-9⟧
⟦SHA:7⟧ add retry on 503""")

T("neg", "en", "home network notes (private only)", "private, loopback, link-local IPs and CIDR blocks", [], """LAN 192.168.⟦N:0-10⟧.0/24
Router ⟦PIP⟧, NAS ⟦PIP⟧, Pi-hole ⟦PIP⟧
Docker bridge 172.17.0.0/16, k3s pods 10.42.0.0/16
Tailscale node 100.⟦N:64-127⟧.⟦N:0-255⟧.⟦N:1-254⟧
IPv6 ULA fd⟦N:10-99⟧:⟦N:1000-9999⟧:⟦N:1000-9999⟧::/48
Test with: curl http://127.0.0.1:8080/health""")

T("neg", "en", "ip addr output", "link-local, ULA, documentation and loopback addresses", [], """2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 qdisc fq_codel state UP
    link/ether ⟦MAC⟧ brd ff:ff:ff:ff:ff:ff
    inet ⟦PIP⟧/24 brd 192.168.1.255 scope global dynamic eth0
    inet6 ⟦DIP6⟧/64 scope link
1: lo: <LOOPBACK,UP,LOWER_UP> mtu 65536
    inet 127.0.0.1/8 scope host lo
    inet6 ::1/128 scope host""")

T("neg", "en", "documentation snippet", "RFC 5737 / RFC 3849 example addresses", [], """Example: allow only the documentation ranges in the staging firewall.
  iptables -A INPUT -s ⟦DIP⟧ -j ACCEPT
  iptables -A INPUT -s ⟦DIP⟧ -j ACCEPT
  ip6tables -A INPUT -s 2001:db8::/32 -j DROP
Replace ⟦DIP⟧ with your real address before deploying.""")

T("neg", "en", "phone repair ticket", "IMEI, serial number, ICCID and model numbers (never labelled)", [], """Repair order R-⟦N:10000-99999⟧
Device: Samsung Galaxy S23 (SM-S911B)
IMEI 1: ⟦IMEI⟧
IMEI 2: ⟦IMEI⟧
Serial: ⟦SERIAL⟧
SIM ICCID: ⟦ICCID⟧
Fault: cracked screen, battery health 81 %""")

T("neg", "en", "maths homework", "arithmetic, equations and long numbers", [], """Q3. Compute 2^⟦N:40-60⟧ mod 97 and show your working.
Q4. Solve 3x + 7 = ⟦N:10-99⟧ → x = ?
Q5. The population grew from ⟦N:100000-999999⟧ to ⟦N:1000000-1999999⟧ in ⟦N:5-15⟧ years; find the annual growth rate to 4 d.p.
Q6. π ≈ 3.14159265358979""")

T("neg", "en", "GPS track export", "coordinates, elevations and timestamps", [], """lat,lon,ele,time
⟦GPS⟧,⟦N:10-900⟧.⟦N:1-9⟧,⟦D:iso⟧T⟦T:hms⟧Z
⟦GPS⟧,⟦N:10-900⟧.⟦N:1-9⟧,⟦D:iso⟧T⟦T:hms⟧Z
⟦GPS⟧,⟦N:10-900⟧.⟦N:1-9⟧,⟦D:iso⟧T⟦T:hms⟧Z""")

T("neg", "en", "sports results", "scores, dates, attendance", [], """Matchday ⟦N:1-38⟧ – ⟦D:uk⟧
Arsenal 2–1 Brentford (HT 1–0), attendance ⟦N:50000-60999⟧
Leeds 0–0 Hull
Top scorer: ⟦N:10-25⟧ goals in ⟦N:20-34⟧ games""")

T("neg", "en", "national ids named as such (UK/Canada)", "NI number and Canadian SIN, both named", [], """Payroll checklist
- ⟦FN⟧: National Insurance number ⟦NID:uk_nino⟧ ✔
- ⟦FN2⟧ (Canadian contractor): SIN ⟦NID:ca_sin⟧ ✔
- P45 received ⟦D:uk⟧""")

T("neg", "en", "gift and loyalty cards", "Luhn-failing card-length numbers named as loyalty/gift cards", [], """Wallet notes
Tesco Clubcard: ⟦LUHNBAD:visa⟧
Starbucks gift card: ⟦LUHNBAD:mc⟧  (balance ⟦AMT:usd⟧)
Library card: ⟦DIG:14⟧
Gym member no. ⟦DIG:16⟧""")

T("neg", "en", "payment validation error log", "IBAN-shaped strings failing mod-97", [], """⟦D:iso⟧ ⟦T:hms⟧ WARN payout rejected: invalid IBAN checksum "⟦IBANBAD⟧"
⟦D:iso⟧ ⟦T:hms⟧ WARN payout rejected: invalid IBAN checksum "⟦IBANBAD⟧"
⟦D:iso⟧ ⟦T:hms⟧ INFO retry scheduled, job ⟦UUID⟧""", ib=["DE", "FR", "ES", "IT", "NL", "GB", "BE", "PL"])

T("neg", "en", "invoice with structured creditor reference", "RF reference (ISO 11649), invoice and customer numbers", [], """Invoice ⟦ORD⟧ – due ⟦D:uk⟧
Customer no. ⟦N:100000-999999⟧
Please quote the payment reference ⟦RF⟧ with your transfer.
Amount: ⟦AMT:eur⟧""")

T("neg", "en", "masked account summary", "masked card, IBAN, SSN and phone-free text", [], """Your profile
Card: ⟦MCARD⟧
Bank account: ⟦MIBAN⟧
SSN: ⟦MSSN⟧
We only ever show the last four digits.""", ib=["DE", "FR", "NL", "ES", "IT", "GB"])

T("neg", "en", "recipe", "quantities, temperatures, times", [], """Sourdough (2 loaves)
- 1000 g flour, 750 g water, 200 g starter, 22 g salt
- autolyse 45 min, bulk 4–5 h at 24 °C
- bake 20 min at 250 °C lid on, 25 min at 230 °C lid off""")

T("neg", "en", "chess PGN", "move numbers and clock times", [], """[Event "Club championship"]
[Date "⟦D:ymd.⟧"]
[Result "1-0"]
1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6 6. Be3 e5 7. Nb3 Be6 8. f3 Be7 9. Qd2 O-O 10. O-O-O {[%clk 0:41:07]} 1-0""")

T("neg", "en", "reading list", "DOIs, arXiv ids, ISBNs", [], """To read:
- doi:10.⟦N:1000-9999⟧/s⟦N:41000-41999⟧-0⟦N:20-26⟧-0⟦N:1000-9999⟧-⟦N:1-9⟧
- arXiv:⟦N:2301-2612⟧.⟦N:10000-29999⟧v2
- ISBN ⟦ISBN⟧ (library hold until ⟦D:uk⟧)""")

T("neg", "en", "config with secrets (no personal data)", "UUIDs, API keys, hashes", [], """API_KEY=sk_live_⟦ALNUM:24⟧
WEBHOOK_SECRET=whsec_⟦ALNUM:32⟧
INSTANCE_ID=⟦UUID⟧
CHECKSUM=sha256:⟦HEX:64⟧""")

T("neg", "en", "shell history without IP hosts", "user@host with local host names and a git remote are not e-mail addresses", [], """  812  ssh admin@nas
  813  rsync -av ~/Photos/ ⟦USER⟧@backupbox:/volume1/photos/
  814  git clone ⟦ALLOW:git@github.com⟧:⟦USER⟧/dotfiles.git
  815  ssh -J jump ubuntu@ip-10-0-⟦N:1-9⟧-⟦N:10-99⟧
  816  ping -c1 ⟦PIP⟧""")

T("neg", "en", "CSS and package manifest", "@media rules, decorators and scoped packages", [], """@media (max-width: 600px) { .card { padding: 12px; } }
@import url("fonts.css");
"devDependencies": { "@types/node": "^20.11.5", "@vitejs/plugin-react": "4.2.1" }
@dataclass(frozen=True)
class Point: x: float; y: float""")

T("neg", "en", "US address list", "ZIP+4 codes and house numbers", [], """Mailing labels
⟦NAME⟧, ⟦N:100-9999⟧ Elm St, Apt ⟦N:1-30⟧, Portland, OR ⟦ZIP4⟧
⟦NAME2⟧, ⟦N:100-9999⟧ Lake Rd, Madison, WI ⟦ZIP4⟧
⟦NAME3⟧, PO Box ⟦N:100-9999⟧, Austin, TX ⟦ZIP4⟧""")

T("neg", "en", "insurance renewal letter", "policy, customer and claim numbers", [], """Dear ⟦NAME⟧,
Your home insurance policy ⟦ALNUM:3⟧/⟦N:1000000-9999999⟧/⟦N:10-99⟧ renews on ⟦D:uk⟧.
Customer number: ⟦N:10000000-99999999⟧
New annual premium: ⟦AMT:gbp⟧ (previously ⟦AMT:gbp⟧)
Claims this year: 1 (ref CLM-⟦N:100000-999999⟧)""")

T("neg", "en", "hotel booking (no contact details)", "confirmation and loyalty numbers", [], """Booking confirmed ✅
Confirmation: ⟦N:1000000000-9999999999⟧ · PIN ⟦PIN:4⟧
Check-in ⟦D:wshort⟧ from 15:00 · Check-out ⟦D2:wshort⟧ by 11:00
Room: Deluxe King, non-smoking · Rate: ⟦AMT:eur⟧/night
Loyalty no. ⟦ALNUM:2⟧⟦N:100000000-999999999⟧""")

T("neg", "en", "Slack thread about a release", "PR numbers, build numbers, times", [], """⟦FN⟧  ⟦T+:ampm⟧
PR #⟦N:1000-9999⟧ is merged, build ⟦D:compact⟧.⟦N:1-9⟧ is green ✅
⟦FN2⟧  ⟦T+:ampm⟧
nice. rollout to 10% at 14:00 UTC, full at 16:30 if p95 < 250 ms
⟦FN⟧  ⟦T+:ampm⟧
👍 incident INC-⟦N:1000-9999⟧ can be closed""")

T("neg", "en", "error messages", "hex codes, Oracle and HTTP errors", [], """Error 0x80070005: Access is denied.
ORA-12541: TNS:no listener
HTTP/1.1 503 Service Unavailable (retry-after: 120)
Windows Update error 0x800f081f – KB⟦N:5000000-5099999⟧ failed to install""")

T("neg", "en", "crypto wallet note", "wallet addresses and transaction hashes", [], """cold wallet
ETH: 0x⟦HEX:40⟧
BTC: bc1q⟦ALNUM:38⟧
tx 0x⟦HEX:64⟧ – ⟦N:0-9⟧.⟦N:1000-9999⟧ ETH on ⟦D:iso⟧""")

T("neg", "en", "requirements file", "pinned package versions", [], """numpy==1.26.4
pandas==2.2.1
torch==2.2.1+cu121
phonenumbers==8.13.31
--hash=sha256:⟦HEX:64⟧""")

T("neg", "en", "weather and timezone chat", "temperatures, times, dates", [], """⟦FN⟧: call at 9:00 PST / 17:00 GMT / 18:00 CET works?
⟦FN2⟧: yep. it's 31 °C here today, forecast 28–33 all week
⟦FN⟧: ugh, 4 °C and rain 🌧️""")

T("neg", "en", "stock portfolio", "tickers, prices and percentages", [], """AAPL 172.⟦N:10-99⟧ (+1.2%)  MSFT 41⟦N:0-9⟧.⟦N:10-99⟧  VWRL 10⟦N:0-9⟧.⟦N:10-99⟧
Total: $⟦N:10-99⟧,⟦N:100-999⟧.⟦N:10-99⟧ · YTD +⟦N:2-19⟧.⟦N:1-9⟧%""")

T("neg", "en", "software license", "product keys and order ids", [], """Your license key: ⟦ALNUM:5⟧-⟦ALNUM:5⟧-⟦ALNUM:5⟧-⟦ALNUM:5⟧-⟦ALNUM:5⟧
Order ⟦ORD⟧ · Seats: 1 · Valid until ⟦D2:iso⟧""")

T("neg", "en", "smart meter readings", "meter serial, readings, tariff ids", [], """Meter serial ⟦N:10-99⟧⟦ALNUM:1⟧⟦N:1000000-9999999⟧
MPAN ⟦N:10-99⟧ ⟦N:100-999⟧ ⟦N:100-999⟧ ⟦N:1000-9999⟧ ⟦N:1000-9999⟧ ⟦N:100-999⟧
Reading ⟦D:uk⟧: ⟦N:10000-99999⟧ kWh
Tariff: Flexible Octopus (E-1R-VAR-22-11-01-A)""")

T("neg", "en", "SSN-shaped numbers that are not SSNs", "invalid SSN shapes in a form template", [], """SAMPLE – DO NOT USE
Social Security No.: ⟦SSNBAD⟧
ITIN: ⟦ITIN⟧
EIN: ⟦EIN⟧
(sample values are deliberately invalid)""")

T("neg", "en", "vehicle documents", "VIN, registration and policy numbers", [], """Car: 2019 VW Golf
VIN: WVWZZZ1KZ⟦ALNUM:2⟧⟦N:100000-999999⟧
Reg: ⟦ALNUM:2⟧⟦N:10-99⟧ ⟦ALNUM:3⟧
MOT due ⟦D:uk⟧ · mileage ⟦N:20000-90000⟧""")

T("neg", "en", "IMEI check page", "IMEI and TAC only", [], """IMEI check result
IMEI: ⟦IMEI⟧
Model: iPhone 14 Pro (A2890)
Blacklist status: clean
Warranty: expired ⟦D:iso⟧""")

T("neg", "en", "CIDR allocation notes", "global network blocks written as CIDR are not labelled", [], """Upstream announcements:
- ⟦CIDR⟧ (primary)
- ⟦CIDR⟧ (backup)
- ⟦CIDR6⟧
Do not announce prefixes longer than /24 (v4) or /48 (v6).""")

T("neg", "de", "Bestellbestätigung", "Bestellnummer, Sendungsnummer, Beträge", [], """Vielen Dank für Ihre Bestellung!
Bestellnummer: ⟦N:300000000-399999999⟧
Bestelldatum: ⟦D:dmy.⟧
Zwischensumme ⟦AMT:eur⟧ · Versand 4,99 €
DHL-Sendungsnummer: ⟦N:100000000000-999999999999⟧
Voraussichtliche Zustellung: ⟦D2:dmy.⟧""")

T("neg", "de", "Steuerbescheid-Auszug", "Steuer-ID und Steuernummer als solche benannt", [], """Steuerliche Identifikationsnummer: ⟦NID:de_tax⟧
Steuernummer: ⟦N:10-99⟧/⟦N:100-999⟧/⟦N:10000-99999⟧
Festgesetzte Einkommensteuer ⟦AMT:eur⟧
Erstattung ⟦AMT:eur⟧ auf das bekannte Konto (IBAN endet auf ⟦LAST4⟧)""")

T("neg", "de", "Sozialversicherungsausweis", "Rentenversicherungsnummer benannt", [], """Sozialversicherungsausweis
Name: ⟦NAME⟧
Versicherungsnummer: ⟦NID:de_rv⟧
Ausgestellt am ⟦D:dmy.⟧""")

T("neg", "de", "Zählerstand und Vertrag", "Zählernummer, Vertragskonto, Kundennummer", [], """Zählerstand gemeldet ✔
Zählernummer: 1ESY⟦N:10000000-99999999⟧
Vertragskonto: ⟦N:100000000-999999999⟧
Stand am ⟦D:dmy.⟧: ⟦N:10000-99999⟧ kWh""")

T("neg", "de", "WhatsApp ohne personenbezogene Daten", "Uhrzeiten, Gleis, Zugnummer", [], """⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN⟧: ICE ⟦N:500-1699⟧ hat 25 Min Verspätung 🙄 Gleis 7 statt 4
⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN2⟧: ok, ich warte am Bahnhofscafé
⟦D:dmy.⟧, ⟦T+:hm⟧ - ⟦FN⟧: Ankunft jetzt 18:52""")

T("neg", "fr", "confirmation de commande", "numéro de commande et de suivi Colissimo", [], """Merci pour votre commande n° ⟦N:100000000-999999999⟧ du ⟦D:dmy⟧.
Montant total : ⟦AMT:eur⟧
Numéro de suivi Colissimo : ⟦N:6-9⟧A⟦N:10000000000-99999999999⟧
Livraison estimée : ⟦D2:dmy⟧""")

T("neg", "fr", "attestation carte Vitale", "NIR nommé (numéro de sécurité sociale français)", [], """Attestation de droits
Bénéficiaire : ⟦NAME⟧
N° de sécurité sociale : ⟦NID:fr_nir⟧
Organisme : CPAM ⟦N:100-999⟧
Droits ouverts jusqu'au ⟦D2:dmy⟧""")

T("neg", "fr", "relevé masqué", "IBAN masqué, carte masquée, référence", [], """Votre compte courant
IBAN : ⟦MIBAN⟧
Carte : ⟦MCARD⟧
Référence du virement : ⟦ALNUM:10⟧
Solde au ⟦D:dmy⟧ : ⟦AMT:eur⟧""", ib=["FR", "BE", "LU"])

T("neg", "es", "confirmación de pedido", "número de pedido y seguimiento", [], """¡Gracias por tu compra!
Pedido nº ⟦N:400000000-499999999⟧ · ⟦D:dmy⟧
Total: ⟦AMT:eur⟧ (IVA incl.)
Seguimiento Correos Express: ⟦N:1000000000000000-9999999999999999⟧
Entrega prevista: ⟦D2:dmy⟧""")

T("neg", "es", "documento de identidad", "DNI y NIE nombrados", [], """Datos del contrato
Arrendatario: ⟦NAME⟧, DNI ⟦NID:es_dni⟧
Avalista: ⟦NAME2⟧, NIE X⟦N:1000000-9999999⟧⟦ALNUM:1⟧
Referencia catastral: ⟦N:1000000-9999999⟧⟦ALNUM:2⟧⟦N:1000-9999⟧⟦ALNUM:1⟧⟦N:1000-9999⟧⟦ALNUM:2⟧""")

T("neg", "es", "trámite en México", "CURP y RFC nombrados", [], """Requisitos para el trámite
CURP: ⟦NID:mx_curp⟧
RFC: ⟦ALNUM:4⟧⟦N:100000-999999⟧⟦ALNUM:3⟧
Folio de la cita: ⟦N:10000000-99999999⟧""")

T("neg", "es", "datos chilenos y argentinos", "RUT y DNI nombrados", [], """Ficha de inscripción
Alumno: ⟦NAME⟧, RUT ⟦NID:cl_rut⟧
Apoderado: ⟦NAME2⟧, DNI (AR) ⟦NID:ar_dni⟧
Curso: 3º básico B""")

T("neg", "pt", "pedido e rastreio", "número do pedido e código de rastreio", [], """Seu pedido ⟦N:1000000-9999999⟧ foi enviado!
Código de rastreio: ⟦ALNUM:2⟧⟦N:100000000-999999999⟧BR
Valor: ⟦AMT:brl⟧
Previsão de entrega: ⟦D2:dmy⟧""")

T("neg", "pt", "cadastro", "CPF nomeado, CEP", [], """Cadastro do cliente
Nome: ⟦NAME⟧
CPF: ⟦NID:br_cpf⟧
CEP: ⟦N:10000-99999⟧-⟦N:100-999⟧
Data de nascimento: ⟦D:dmy⟧""")

T("neg", "it", "ordine e spedizione", "numero d'ordine, codice di tracciamento", [], """Grazie per il tuo ordine n. ⟦N:100000000-999999999⟧!
Totale: ⟦AMT:eur⟧
Codice di tracciamento BRT: ⟦N:100000000000-999999999999⟧
Consegna prevista ⟦D2:dmy⟧""")

T("neg", "it", "tessera sanitaria", "codice fiscale nominato", [], """Tessera sanitaria
Cognome e nome: ⟦NAME⟧
Codice fiscale: ⟦NID:it_cf⟧
Scadenza: ⟦D2:dmy⟧""")

T("neg", "nl", "bestelling", "bestelnummer en track & trace", [], """Bedankt voor je bestelling ⟦N:1000000000-9999999999⟧!
Totaal: ⟦AMT:eur⟧
Track & trace: 3S⟦ALNUM:4⟧⟦N:100000000-999999999⟧
Verwachte levering: ⟦D2:dmy-⟧""")

T("neg", "nl", "gemeentebrief", "BSN genoemd", [], """Geachte heer/mevrouw ⟦LN⟧,
Uw burgerservicenummer (BSN) is ⟦NID:nl_bsn⟧.
Kenmerk: ⟦ALNUM:2⟧-⟦N:100000-999999⟧
Datum: ⟦D:dmy-⟧""")

T("neg", "sv", "kvitto", "ordernummer, OCR-nummer och datum", [], """Kvitto
Ordernr: ⟦N:1000000-9999999⟧
OCR: ⟦N:1000000000-9999999999⟧
Att betala: ⟦AMT:sek⟧
Förfallodag: ⟦D2:iso⟧""")

T("neg", "sv", "personnummer nämnt", "personnummer och samordningsnummer som sådana", [], """Anmälan
Namn: ⟦NAME⟧
Personnummer: ⟦NID:se⟧
Ärendenummer: ⟦N:1000-9999⟧-⟦N:100000-999999⟧""")

T("neg", "no", "faktura", "KID-nummer og fakturanummer", [], """Faktura ⟦N:100000-999999⟧
KID: ⟦N:1000000000-9999999999⟧
Beløp: ⟦AMT:nok⟧
Forfall: ⟦D2:dmy.⟧""")

T("neg", "da", "CPR nævnt", "CPR-nummer som sådant", [], """Tilmelding
Navn: ⟦NAME⟧
CPR-nummer: ⟦NID:dk⟧
Sagsnummer: ⟦N:100000-999999⟧""")

T("neg", "fi", "lasku", "viitenumero ja henkilötunnus", [], """Lasku ⟦N:10000-99999⟧
Viitenumero: ⟦N:1000-9999⟧ ⟦N:10000-99999⟧
Eräpäivä: ⟦D2:dmy.⟧
Henkilötunnus: ⟦NID:fi⟧""")

T("neg", "pl", "zamówienie", "numer zamówienia i przesyłki, PESEL nazwany", [], """Zamówienie nr ⟦N:100000000-999999999⟧ zostało wysłane.
Numer przesyłki InPost: ⟦N:100000000000-999999999999⟧
Kupujący: ⟦NAME⟧, PESEL ⟦NID:pl_pesel⟧
REGON: ⟦N:100000000-999999999⟧""")

T("neg", "cs", "objednávka", "číslo objednávky a zásilky", [], """Děkujeme za objednávku č. ⟦N:1000000-9999999⟧.
Číslo zásilky: DR⟦N:1000000000-9999999999⟧CZ
Celkem: ⟦AMT:czk⟧""")

T("neg", "hu", "rendelés", "rendelésszám és csomagszám", [], """Rendelésszám: ⟦N:1000000-9999999⟧
Csomagszám (GLS): ⟦N:10000000000-99999999999⟧
Végösszeg: ⟦AMT:huf⟧
Szállítás: ⟦D2:ymd.⟧""")

T("neg", "ro", "comandă", "număr comandă și AWB", [], """Comanda ta #⟦N:100000000-999999999⟧ a fost expediată.
AWB Fan Courier: ⟦N:1000000000-9999999999⟧
Total: ⟦AMT:ron⟧""")

T("neg", "el", "παραγγελία", "αριθμός παραγγελίας και αποστολής", [], """Αριθμός παραγγελίας: ⟦N:1000000-9999999⟧
Αριθμός αποστολής ACS: ⟦N:1000000000-9999999999⟧
Σύνολο: ⟦AMT:eur⟧
Ημερομηνία: ⟦D:dmy⟧""")

T("neg", "tr", "sipariş", "sipariş no, kargo takip ve TC kimlik nomu", [], """Sipariş No: ⟦N:100000000-999999999⟧
Kargo takip: ⟦N:1000000000-9999999999⟧
Alıcı: ⟦NAME⟧ · T.C. Kimlik No ⟦NID:tr_tc⟧
Tutar: ⟦AMT:try⟧""")

T("neg", "ru", "заказ", "номер заказа и трек-номер", [], """Ваш заказ № ⟦N:10000000-99999999⟧ передан в доставку.
Трек-номер: ⟦ALNUM:2⟧⟦N:100000000-999999999⟧RU
Сумма: ⟦AMT:rub⟧
Дата: ⟦D:dmy.⟧""")

T("neg", "ru", "документы", "СНИЛС и ИНН названы", [], """Анкета сотрудника
ФИО: ⟦NAME⟧
СНИЛС: ⟦NID:ru_snils⟧
ИНН: ⟦NID:ru_inn⟧
Табельный номер: ⟦N:1000-9999⟧""")

T("neg", "uk", "доставка", "ТТН Нової пошти", [], """Посилка в дорозі 📦
ТТН: ⟦DIG:14⟧
Відділення №⟦N:1-300⟧
Оплата: ⟦AMT:uah⟧""")

T("neg", "zh", "订单通知", "订单号、快递单号、金额", [], """您的订单已发货
订单号：⟦N:100000000000-999999999999⟧
快递单号：SF⟦DIG:13⟧
实付金额：⟦AMT:cny⟧
下单时间：⟦D:iso⟧ ⟦T:hms⟧""")

T("neg", "zh", "身份信息", "居民身份证号码（已命名）", [], """入住登记
姓名：⟦NAME⟧
居民身份证号码：⟦NID:cn_id⟧
房号：⟦N:1000-2999⟧""")

T("neg", "ja", "注文確認", "注文番号、お問い合わせ番号、郵便番号", [], """ご注文ありがとうございます。
注文番号：⟦N:100-999⟧-⟦N:1000000-9999999⟧-⟦N:1000000-9999999⟧
お届け予定：⟦D2:cjk⟧
お問い合わせ伝票番号：⟦N:1000-9999⟧-⟦N:1000-9999⟧-⟦N:1000-9999⟧
〒⟦N:100-999⟧-⟦N:1000-9999⟧""")

T("neg", "ja", "マイナンバー", "個人番号（名前付き）", [], """提出書類メモ
個人番号（マイナンバー）：⟦NID:jp_mynumber⟧
基礎年金番号：⟦N:1000-9999⟧-⟦N:100000-999999⟧""")

T("neg", "ko", "주문 안내", "주문번호와 운송장 번호", [], """주문이 완료되었습니다.
주문번호: ⟦N:2023000000-2026999999⟧⟦N:1000-9999⟧
운송장번호: ⟦N:100000000000-999999999999⟧
결제금액: ⟦AMT:krw⟧""")

T("neg", "ko", "주민등록번호", "주민등록번호 명시", [], """가입 신청서
성명: ⟦NAME⟧
주민등록번호: ⟦NID:kr_rrn⟧
접수번호: ⟦N:100000-999999⟧""")

T("neg", "ar", "تأكيد الطلب", "رقم الطلب ورقم الشحنة", [], """شكراً لطلبك!
رقم الطلب: ⟦N:100000000-999999999⟧
رقم الشحنة: ⟦N:1000000000-9999999999⟧
المبلغ: ⟦AMT:sar⟧
التاريخ: ⟦D:dmy⟧""")

T("neg", "ar", "بيانات الهوية", "رقم الهوية الوطنية مسمى", [], """بيانات التسجيل
الاسم: ⟦NAME⟧
رقم الهوية الوطنية: 1⟦N:100000000-999999999⟧
رقم الملف: ⟦N:10000-99999⟧""")

T("neg", "he", "הזמנה", "מספר הזמנה ומעקב", [], """תודה על ההזמנה!
מספר הזמנה: ⟦N:1000000-9999999⟧
מספר מעקב: ⟦ALNUM:2⟧⟦N:100000000-999999999⟧IL
סה"כ: ⟦AMT:ils⟧""")

T("neg", "hi", "ऑर्डर विवरण", "ऑर्डर नंबर, आधार और PAN नामित", [], """आपका ऑर्डर ⟦N:100000000-999999999⟧ भेज दिया गया है।
ट्रैकिंग आईडी: ⟦ALNUM:3⟧⟦N:1000000000-9999999999⟧
आधार: ⟦NID:in_aadhaar⟧
PAN: ⟦NID:in_pan⟧""")

T("neg", "th", "ข้อมูลบัตรประชาชน", "เลขประจำตัวประชาชนที่ระบุชื่อ", [], """ใบสมัครสมาชิก
ชื่อ: ⟦NAME⟧
เลขประจำตัวประชาชน: ⟦NID:th_id⟧
เลขที่ใบเสร็จ: ⟦N:100000-999999⟧""")

T("neg", "vi", "đơn hàng", "mã đơn hàng và mã vận đơn", [], """Đơn hàng #⟦N:100000000-999999999⟧ đã được giao cho đơn vị vận chuyển.
Mã vận đơn: ⟦ALNUM:4⟧⟦N:10000000-99999999⟧
Tổng tiền: ⟦AMT:vnd⟧""")

T("neg", "id", "data kependudukan", "NIK dinamai", [], """Formulir pendaftaran
Nama: ⟦NAME⟧
NIK: ⟦NID:id_nik⟧
No. KK: ⟦DIG:16⟧""")

T("neg", "ms", "MyKad", "nombor MyKad dinamakan", [], """Borang keahlian
Nama: ⟦NAME⟧
No. MyKad: ⟦NID:my_mykad⟧
No. ahli: ⟦N:10000-99999⟧""")

T("neg", "tl", "SSS at PhilHealth", "SSS number (Philippines) pinangalanan", [], """Para sa HR:
SSS No.: ⟦NID:ph_sss⟧
PhilHealth No.: ⟦N:10-99⟧-⟦N:100000000-999999999⟧-⟦N:1-9⟧
TIN: ⟦N:100-999⟧-⟦N:100-999⟧-⟦N:100-999⟧-000""")

T("neg", "af", "SA ID genoem", "Suid-Afrikaanse ID-nommer en bestelnommer", [], """Registrasie
Naam: ⟦NAME⟧
ID-nommer: ⟦NID:za_id⟧
Bestelnommer: ⟦ORD⟧""")

T("neg", "en", "Luhn-failing card-length numbers in a spreadsheet", "reference numbers with card-like grouping", [], """Ref	Type	Amount
⟦LUHNBAD⟧	voucher	25.00
⟦LUHNBAD⟧	voucher	50.00
⟦LUHNBAD⟧	voucher	10.00""")

T("neg", "en", "IBAN-shaped reference codes", "mod-97-failing strings used as internal references", [], """Migration map (old ref → new ref)
⟦IBANBAD⟧ → ⟦UUID⟧
⟦IBANBAD⟧ → ⟦UUID⟧""", ib=["DE", "NL", "FR", "ES", "GB", "IT", "AT", "CH"])

T("neg", "en", "chat about a delayed flight", "flight numbers, gates, times, no contact details", [], """⟦FN⟧: ⟦FLT⟧ delayed to 14:55, gate B⟦N:10-60⟧ now
⟦FN2⟧: ugh. I'll wait at arrivals, terminal 2
⟦FN⟧: bags on belt ⟦N:1-12⟧ apparently 🙃""")

T("neg", "en", "dates and times in many formats", "timestamps, ISO weeks, durations", [], """Backup schedule
- daily at 02:30 (cron: 30 2 * * *)
- weekly on W⟦N:10-52⟧ / ⟦D:y⟧
- last run ⟦D:iso⟧T⟦T:hms⟧+01:00, took 00:12:41
- next ⟦D2:us⟧ ⟦T:ampm⟧""")

T("neg", "en", "parking and transit tickets", "ticket numbers, zones, validity", [], """Parking ticket no. ⟦N:100000-999999⟧ · Bay ⟦N:1-300⟧ · valid until ⟦T:hm⟧
Transit pass ⟦ALNUM:2⟧⟦N:10000000-99999999⟧ zones 1–3, expires ⟦D2:uk⟧""")

T("neg", "en", "Python code", "numeric literals, hashes, IPs in docs ranges", [], """def checksum(data: bytes) -> int:
    # see RFC 1071; test vector from the spec
    total = 0x⟦HEX:8⟧
    for i in range(0, len(data), 2):
        total += (data[i] << 8) + data[i + 1]
    return total & 0xffff

assert checksum(b"\\x45\\x00") == ⟦N:1000-60000⟧
HOST = "⟦DIP⟧"  # documentation address""")

T("neg", "en", "SQL query", "ids and limits in code", [], """SELECT id, created_at, total_cents
FROM orders
WHERE customer_id = ⟦N:100000-999999⟧
  AND created_at >= '⟦D:iso⟧'
ORDER BY created_at DESC
LIMIT 50 OFFSET 100;""")

T("neg", "en", "package tracking page", "tracking events with facility codes", [], """Tracking ⟦TRK⟧
⟦D:short⟧ 06:12  Out for delivery – facility ⟦N:1000-9999⟧
⟦D:short⟧ 22:40  Departed sort centre EMA
⟦D:short⟧ 14:03  Label created""")

T("neg", "en", "pharmacy label", "Rx number, NDC, lot and expiry", [], """Rx# ⟦N:1000000-9999999⟧   Refills: 2
Amoxicillin 500 mg caps #21
NDC ⟦N:10000-99999⟧-⟦N:100-999⟧-⟦N:10-99⟧   Lot ⟦ALNUM:6⟧   Exp ⟦D2:mdyy⟧
Take 1 capsule 3 times daily for 7 days""")

T("neg", "en", "bank transfer form (no full values)", "sort code, routing, masked IBAN", [], """Payee: ⟦NAME⟧
Sort code: ⟦SORT⟧ · Account: ****⟦LAST4⟧
US routing: ⟦ROUT⟧ · Account: ••••⟦LAST4⟧
IBAN: ⟦MIBAN⟧""", ib=["GB", "IE", "DE", "NL"])

T("neg", "en", "conference schedule", "session codes, room numbers, times", [], """Day 2
09:00–09:45  Keynote (Hall A)
10:00–10:40  Session S⟦N:100-499⟧ – Room 2.⟦N:10-40⟧
11:00–12:30  Workshop W⟦N:10-99⟧ (capacity 40)
Wi-Fi: CONF-⟦D:y⟧ / password on badge""")

T("neg", "en", "serial numbers and asset tags", "asset inventory", [], """Asset	Serial	Purchased
MacBook Pro 14	C02⟦ALNUM:8⟧	⟦D:iso⟧
Dell U2720Q	CN-0⟦ALNUM:5⟧-⟦N:10000-99999⟧-⟦ALNUM:3⟧-⟦ALNUM:4⟧	⟦D2:iso⟧
iPad Air	DMP⟦ALNUM:9⟧	⟦D:iso⟧""")

T("neg", "en", "unit conversion cheat sheet", "decimal numbers that look like dotted quads are versions or measurements", [], """1 mi = 1.609344 km
1 lb = 0.45359237 kg
1 in = 2.54 cm
firmware 4.2.1 → 4.3.0 (skip 4.2.9)""")

T("neg", "es", "chat sin datos personales", "horarios, andén, número de tren", [], """⟦FN⟧: el AVE ⟦N:2000-3999⟧ sale a las 17:35 del andén 9
⟦FN2⟧: perfecto, nos vemos en la cafetería a las 17:00
⟦FN⟧: 👌""")

T("neg", "fr", "chat sans données personnelles", "horaires, quai, numéro de train", [], """⟦FN⟧: TGV ⟦N:6000-6999⟧, départ 18h04 voie B, voiture 14
⟦FN2⟧: ok je suis en voiture 12, on se retrouve au bar
⟦FN⟧: 👍""")

T("neg", "it", "chat senza dati personali", "orari e binario", [], """⟦FN⟧: Frecciarossa ⟦N:9500-9699⟧ parte alle 7:45 dal binario 12
⟦FN2⟧: ok ci vediamo lì alle 7:30""")

T("neg", "pt", "conversa sem dados pessoais", "horários e portão", [], """⟦FN⟧: o voo ⟦FLT⟧ atrasou, embarque agora 21:40 portão ⟦N:1-40⟧
⟦FN2⟧: tranquilo, te espero no desembarque""")

T("neg", "ja", "日程連絡", "時刻、番線、便名", [], """⟦FN⟧: のぞみ⟦N:1-250⟧号、⟦T:hm⟧発、⟦N:14-27⟧番線です
⟦FN2⟧: 了解、改札前で待ってます""")

T("neg", "de", "Rezept", "Mengen und Temperaturen", [], """Apfelkuchen: 250 g Mehl, 125 g Butter, 100 g Zucker, 1 Ei, 1 kg Äpfel. Bei 180 °C Umluft 45–50 Minuten backen.""")

T("neg", "en", "invalid or partial IBAN-like bank info", "IBAN with wrong check digits quoted in a complaint", [], """The IBAN on your invoice (⟦IBANBAD⟧) fails validation — the check digits are wrong. Could you re-send the correct bank details? Invoice ⟦ORD⟧.""", ib=["DE", "FR", "NL", "ES", "IT", "BE", "AT", "IE"])

T("neg", "en", "ticket system export (no PII)", "ticket ids, priorities, timestamps", [], """id,subject,priority,opened,closed
⟦N:10000-99999⟧,Printer offline,low,⟦D:iso⟧ ⟦T:hm⟧,⟦D2:iso⟧ ⟦T:hm⟧
⟦N:10000-99999⟧,VPN slow,medium,⟦D:iso⟧ ⟦T:hm⟧,
⟦N:10000-99999⟧,Laptop replacement,high,⟦D:iso⟧ ⟦T:hm⟧,⟦D2:iso⟧ ⟦T:hm⟧""")

T("neg", "en", "masked phone-free contact form confirmation", "case number and masked e-mail", [], """We received your request (case ⟦N:1000000-9999999⟧). A confirmation was sent to ⟦FN:⟧***@***.com. Expected reply within 2 business days.""".replace("⟦FN:⟧", "j"))

T("neg", "en", "spreadsheet of measurements", "lab instrument readings with long decimals", [], """sample	od600	ph	temp
S-⟦N:100-999⟧	0.⟦N:1000-9999⟧	7.⟦N:10-99⟧	37.0
S-⟦N:100-999⟧	0.⟦N:1000-9999⟧	6.⟦N:10-99⟧	37.0
S-⟦N:100-999⟧	1.⟦N:1000-9999⟧	7.⟦N:10-99⟧	30.0""")

T("neg", "en", "UUIDs and hashes in an export", "identifiers only", [], """{"album_id":"⟦UUID⟧","cover":"⟦HEX:40⟧.jpg","items":⟦N:10-900⟧,"etag":"W/\\"⟦HEX:16⟧\\""}""")


# =========================================================================
# instantiation and self-checks
# =========================================================================

EMAIL_RE = re.compile(r"[^\s@<>()\[\],;:\"'`]+@[^\s@<>()\[\],;:\"'`]+\.[^\W\d_]{2,}")
SCAN_EMAIL = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)*\.[^\W\d_]{2,}")
SCAN_RUN = re.compile(r"(?<![0-9])[0-9]{13,19}(?![0-9])")
SCAN_GROUPED = re.compile(r"(?<![0-9])[0-9]{2,6}(?:[ -][0-9]{2,6}){2,}(?![0-9])")
SCAN_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}(?:[ ]?[A-Za-z0-9]){11,32}")
SCAN_V4 = re.compile(r"(?<![0-9.])[0-9]{1,3}(?:\.[0-9]{1,3}){3}(?![0-9]|\.[0-9]|/[0-9])")
SCAN_V6 = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
SCAN_SSN = re.compile(r"(?<![0-9])([0-9]{3})-([0-9]{2})-([0-9]{4})(?![0-9])")
SCAN_PLUS = re.compile(r"\+[0-9][0-9 ().\-]{5,}[0-9]")


def _is_digit_char(c):
    return c.isdigit() or unicodedata.category(c) == "Nd"


def _covered(spans, a, b, entity=None):
    return any(s["start"] <= a and b <= s["end"] and (entity is None or s["entity"] == entity) for s in spans)


def check_record(rec, metas, allow):
    """Return a list of problems (empty when the record is fine)."""
    text, spans = rec["text"], rec["spans"]
    probs = []
    if set(rec) != {"text", "spans", "kind", "note"}:
        probs.append("keys")
    if rec["kind"] == "positive" and not spans:
        probs.append("positive without spans")
    if rec["kind"] == "hard_negative" and spans:
        probs.append("hard negative with spans")
    last_end = -1
    for sp, meta in zip(spans, metas):
        a, b, ent = sp["start"], sp["end"], sp["entity"]
        if not (0 <= a < b <= len(text)):
            probs.append("span out of range")
            continue
        if a < last_end:
            probs.append("overlap")
        last_end = b
        v = text[a:b]
        if v != v.strip() or v[-1] in ".,;:)]}>" or v[0] in "[{<\"'":
            probs.append("untrimmed %r" % v)
        before = text[a - 1] if a else " "
        after = text[b] if b < len(text) else " "
        if _is_digit_char(before) or _is_digit_char(after) or (before.isascii() and before.isalnum() and ent != "PHONE") or (after.isascii() and after.isalnum()):
            if not (ent == "PHONE" and before.isascii() and before.isalpha() and False):
                probs.append("span glued to neighbour %r|%r|%r" % (before, v, after))
        if ent == "PHONE":
            try:
                p = phonenumbers.parse(v, meta)
                ok = phonenumbers.is_valid_number_for_region(p, meta)
            except phonenumbers.NumberParseException:
                ok = False
            if not ok:
                probs.append("bad phone %r %s" % (v, meta))
        elif ent == "CARD":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):
                probs.append("bad card %r" % v)
        elif ent == "IBAN":
            if not iban_ok(v) or not re.fullmatch(r"[A-Za-z]{2}[0-9]{2}(?: ?[A-Za-z0-9])+", v):
                probs.append("bad iban %r" % v)
        elif ent == "SSN":
            if not ssn_ok(v):
                probs.append("bad ssn %r" % v)
        elif ent == "IP":
            if not ip_global(v):
                probs.append("bad ip %r" % v)
        elif ent == "EMAIL":
            if not EMAIL_RE.fullmatch(v):
                probs.append("bad email %r" % v)
        else:
            probs.append("unknown entity")
    # ---- nothing detectable may be left outside the spans
    for m in SCAN_RUN.finditer(text):
        if luhn_ok(m.group()) and not _covered(spans, m.start(), m.end()) and m.group() not in allow:
            probs.append("unlabelled Luhn run %s" % m.group())
    for m in SCAN_GROUPED.finditer(text):
        d = re.sub(r"[ -]", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and not _covered(spans, m.start(), m.end()):
            probs.append("unlabelled grouped Luhn %s" % m.group())
    for m in SCAN_IBAN.finditer(text):
        comp = re.sub(r" ", "", m.group()).upper()
        L = IBAN_LEN.get(comp[:2])
        if L and len(comp) >= L and iban_ok(comp[:L]) and not _covered(spans, m.start(), m.start() + 4, "IBAN"):
            probs.append("unlabelled IBAN %s" % m.group())
    for m in SCAN_V4.finditer(text):
        try:
            ip = ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        if ip.is_global and not _covered(spans, m.start(), m.end(), "IP"):
            probs.append("unlabelled IPv4 %s" % m.group())
    for m in SCAN_V6.finditer(text):
        cand = m.group().rstrip(".:")
        start = m.start()
        while cand.startswith(".") :
            cand = cand[1:]
            start += 1
        if cand.count(":") < 2:
            continue
        end = start + len(cand)
        if end < len(text) and text[end] == "/":
            continue
        try:
            ip = ipaddress.IPv6Address(cand)
        except ValueError:
            continue
        if ip.is_global and not _covered(spans, start, end, "IP"):
            probs.append("unlabelled IPv6 %s" % cand)
    for m in SCAN_EMAIL.finditer(text):
        if not _covered(spans, m.start(), m.end(), "EMAIL") and m.group() not in allow:
            probs.append("unlabelled e-mail %s" % m.group())
    for m in SCAN_SSN.finditer(text):
        if ssn_ok(m.group()) and not _covered(spans, m.start(), m.end()):
            probs.append("unlabelled SSN %s" % m.group())
    for m in SCAN_PLUS.finditer(text):
        try:
            p = phonenumbers.parse(m.group(), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(p) and not _covered(spans, m.start(), m.start() + 1, "PHONE"):
            probs.append("unlabelled +phone %s" % m.group())
    for a in allow:
        if a not in text:
            probs.append("allow-listed value missing")
    return probs


def instantiate(t, i):
    lang = t["lang"]
    regions = []
    if t["regions"]:
        g = t["regions"][(i + t["off"]) % len(t["regions"])]
        if ":" in g:
            lang, g = g.split(":", 1)
        regions = [r for r in g.split(",") if r]
    primary = lang.split("+")[0]
    nameslang = t["names"] or primary
    if t["ib"]:
        k = (i + t["off"]) % len(t["ib"])
        ibans = t["ib"][k:] + t["ib"][:k]
    else:
        base = LANG_IBAN.get(primary, ["DE", "FR", "NL", "ES", "IT", "BE", "AT", "IE"])
        k = (i + t["off"]) % len(base)
        ibans = base[k:] + base[:k]
    ctx = Ctx(lang, regions, ibans, nameslang)
    text, spans, metas = render(t["text"], ctx)
    langs = "/".join(LANG_NAMES[x] for x in lang.split("+"))
    used = []
    for r in ctx.used_regions:
        if r not in used:
            used.append(r)
    if t["kind"] == "pos":
        note = "%s; language: %s; phone regions: %s; %s" % (t["channel"], langs, ", ".join(used) if used else "none", t["desc"])
    else:
        note = "%s; language: %s; hard negative: %s" % (t["channel"], langs, t["desc"])
    rec = {"text": text, "spans": spans, "kind": "positive" if t["kind"] == "pos" else "hard_negative", "note": note}
    return rec, metas, ctx.allow, lang, used


def build():
    out = []
    for ti, t in enumerate(TEMPLATES):
        for i in range(t["n"]):
            for attempt in range(40):
                rec, metas, allow, lang, used = instantiate(t, i)
                probs = check_record(rec, metas, allow)
                if not probs:
                    break
                if attempt == 39:
                    raise AssertionError("template %d (%s) keeps failing: %s" % (ti, t["channel"], probs[:3]))
            out.append((rec, metas, allow, lang, used))
    rng.shuffle(out)
    return out


def main():
    items = build()
    # final self-checks on the exact records that are written (raise on failure)
    counts = {"positive": 0, "hard_negative": 0}
    ents = {}
    langs, regions = [], []
    for rec, metas, allow, lang, used in items:
        probs = check_record(rec, metas, allow)
        if probs:
            raise AssertionError("self-check failed: %s" % probs)
        counts[rec["kind"]] += 1
        for s, meta in zip(rec["spans"], metas):
            ents[s["entity"]] = ents.get(s["entity"], 0) + 1
            if s["entity"] == "PHONE" and meta not in regions:
                regions.append(meta)
        for x in lang.split("+"):
            if x not in langs:
                langs.append(x)
    lines = [json.dumps(rec, ensure_ascii=False) for rec, *_ in items]
    for line in lines:
        back = json.loads(line)
        assert list(back) == ["text", "spans", "kind", "note"]
        for s in back["spans"]:
            assert list(s) == ["entity", "start", "end"]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("wrote %d records to %s" % (len(lines), OUT))
    print("kinds:", counts)
    print("entities:", dict(sorted(ents.items())))
    print("languages: %d  phone regions: %d" % (len(langs), len(regions)))
    print("self-checks passed")


if __name__ == "__main__":
    main()
