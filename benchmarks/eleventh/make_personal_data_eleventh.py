#!/usr/bin/env python3
"""Eleventh evaluation set for the personal-data (PII) detector.

What it is
    About 850 short texts (about 580 positives, 270 hard negatives) in more than
    forty languages and many genres (chat, SMS, e-mail signatures, CSV/TSV,
    JSON, YAML, logs, HTML, markdown tables, vCards, support tickets, forms,
    OCR-like scans, speech transcripts).  Positives carry gold character spans
    for six labels: EMAIL, PHONE, CARD, IBAN, IP, SSN.  Hard negatives carry no
    spans but are full of look-alikes: order / invoice / tracking numbers,
    ISBNs, dates, versions, hashes, UUIDs, coordinates, prices, national ids
    other than the US SSN (labelled as such), Luhn-failing card-like numbers,
    mod-97-failing IBAN-like strings, invalid SSN shapes, EINs, ZIP+4 codes,
    private addresses in configs and so on.

How it was written
    Blind: written from general knowledge of how people write personal data
    around the world, WITHOUT reading the detector, its tests, its docs or any
    earlier evaluation set.

Conventions
    * Offsets are Python ``str`` indices (code points), ``end`` exclusive.
    * A PHONE span covers the number itself, including a leading ``+`` / ``00``
      / trunk prefix and parentheses that belong to the number; labels,
      surrounding punctuation and extensions ("ext. 12", "x204", "Durchwahl")
      are left outside the span.
    * Only globally routable IPs (``ipaddress`` ``is_global`` and not
      multicast) are labelled; an IP with a port is labelled without the port.
    * A ``tel:`` / ``mailto:`` link value is labelled as well as its visible
      text, since both are the same personal datum written out.
    * Every PHONE span parses with ``phonenumbers`` for its intended region as
      a possible AND valid number (no exceptions were needed).  Two OCR-like
      texts wrap a number across a line break; the span then contains the
      newline.
    * National identifiers other than the US SSN (French NIR, Dutch BSN,
      Aadhaar, ...) appear only in hard negatives, clearly labelled.

Determinism
    One ``random.Random(SEED)`` drives everything; no clock, no hash-order
    dependence.  Output depends only on this file and the installed
    ``phonenumbers`` metadata (written against phonenumbers 9.0.x).

Run
    /work/main/.venv/bin/python benchmarks/eleventh/make_personal_data_eleventh.py

It writes ``personal_data_eleventh.jsonl`` next to this script, runs the
self-checks (fails loudly on any problem) and prints the counts.
"""
from __future__ import annotations

import ipaddress
import json
import os
import re
import random
import sys

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20261205
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "personal_data_eleventh.jsonl")

DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rdigits(n, first_nonzero=False):
    s = "".join(R.choice(DIGITS) for _ in range(n))
    if first_nonzero and n and s[0] == "0":
        s = R.choice("123456789") + s[1:]
    return s


def rpick(seq):
    return seq[R.randrange(len(seq))]


def wpick(pairs):
    """pairs: list of (item, weight)."""
    total = sum(w for _, w in pairs)
    x = R.uniform(0, total)
    acc = 0.0
    for item, w in pairs:
        acc += w
        if x <= acc:
            return item
    return pairs[-1][0]


# --------------------------------------------------------------------------
# Luhn
# --------------------------------------------------------------------------
def luhn_ok(num: str) -> bool:
    d = [int(c) for c in num if c.isdigit()]
    if not d:
        return False
    total = 0
    for i, x in enumerate(reversed(d)):
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for c in DIGITS:
        if luhn_ok(body + c):
            return c
    raise AssertionError("no luhn digit")


def safe_digits(n, first_nonzero=True):
    """Random digits that are NOT Luhn valid when 13..19 long."""
    s = rdigits(n, first_nonzero)
    if 13 <= n <= 19 and luhn_ok(s):
        s = s[:-1] + str((int(s[-1]) + 1) % 10)
    return s


# --------------------------------------------------------------------------
# Phones
# --------------------------------------------------------------------------
KIND_TYPES = {
    "fixed": (PNT.FIXED_LINE,),
    "mobile": (PNT.MOBILE,),
    "toll": (PNT.TOLL_FREE,),
}

# Optional realistic leading digits of the national significant number:
# list of (prefix, total nsn length or None).
PHONE_PREFIX = {
    ("US", "fixed"): [(p, 10) for p in "212 312 415 617 713 305 206 404 503 702 214 718 646 512 919 303 602 612 314 215 480 512 704 813 860".split()],
    ("US", "mobile"): [(p, 10) for p in "347 917 323 818 310 469 832 786 971 385 929 682 628 737 980".split()],
    ("CA", "fixed"): [(p, 10) for p in "416 604 514 403 613 902 780 204 306 519 905 418".split()],
    ("CA", "mobile"): [(p, 10) for p in "647 778 438 587 343 236 437".split()],
    ("DE", "fixed"): [("30", 10), ("40", 10), ("89", 10), ("69", 10), ("221", 10), ("211", 10), ("711", 10), ("351", 10), ("341", 10), ("511", 10), ("421", 10), ("911", 10), ("228", 9), ("201", 10), ("6221", 10), ("7531", 9), ("8031", 10)],
    ("DE", "mobile"): [(p, 11) for p in "151 152 157 160 162 163 170 171 172 173 174 175 176 177 178 179".split()] + [("1512", 11), ("1590", 11)],
    ("AT", "fixed"): [("1", 9), ("1", 8), ("316", 9), ("662", 9), ("732", 9), ("512", 9), ("463", 9)],
    ("AT", "mobile"): [(p, None) for p in "650 660 664 676 680 681 699".split()],
    ("CH", "fixed"): [(p, 9) for p in "21 22 26 31 32 41 43 44 52 61 62 71 81 91".split()],
    ("CH", "mobile"): [(p, 9) for p in "76 77 78 79".split()],
    ("FR", "fixed"): [(p, 9) for p in "1 2 3 4 5".split()],
    ("FR", "mobile"): [(p, 9) for p in "6 7".split()],
    ("GB", "fixed"): [("20", 10), ("121", 10), ("161", 10), ("113", 10), ("131", 10), ("141", 10), ("117", 10), ("1223", 10), ("1865", 10), ("29", 10), ("114", 10), ("1632", 10)],
    ("GB", "mobile"): [(p, 10) for p in "73 74 75 77 78 79".split()],
    ("IT", "fixed"): [("02", 10), ("06", 10), ("011", 10), ("055", 10), ("081", 10), ("051", 10), ("041", 10), ("010", 10)],
    ("IT", "mobile"): [(p, 10) for p in "320 328 333 338 339 340 347 348 349 351 366 370 380 389 392".split()],
    ("ES", "fixed"): [("91", 9), ("93", 9), ("96", 9), ("95", 9), ("94", 9), ("976", 9), ("985", 9)],
    ("ES", "mobile"): [(p, 9) for p in "6 7".split()],
    ("NL", "fixed"): [("20", 9), ("10", 9), ("70", 9), ("30", 9), ("40", 9), ("50", 9), ("24", 9), ("43", 9)],
    ("NL", "mobile"): [("6", 9)],
    ("BR", "fixed"): [(p, 10) for p in "11 21 31 41 51 61 71 81 85 48".split()],
    ("BR", "mobile"): [(p + "9", 11) for p in "11 21 31 41 51 61 71 81 85 48 19 27".split()],
    ("RU", "fixed"): [("495", 10), ("499", 10), ("812", 10), ("383", 10), ("343", 10), ("843", 10)],
    ("RU", "mobile"): [(p, 10) for p in "903 905 909 915 916 925 926 977 985 999 921 911".split()],
    ("JP", "fixed"): [("3", 9), ("6", 9), ("52", 9), ("92", 9), ("11", 9), ("45", 9), ("75", 9)],
    ("JP", "mobile"): [(p, 10) for p in "70 80 90".split()],
    ("CN", "mobile"): [(p, 11) for p in "130 131 132 135 136 137 138 139 150 151 152 158 159 177 180 186 188 189 199".split()],
    ("CN", "fixed"): [("10", 10), ("21", 10), ("20", 10), ("755", 11), ("28", 10), ("571", 11)],
    ("IN", "mobile"): [(p, 10) for p in "98 99 97 96 95 94 93 91 90 88 87 86 85 81 80 79 78 77 76 74 73 70 63 62".split()],
    ("IN", "fixed"): [("11", 10), ("22", 10), ("33", 10), ("44", 10), ("80", 10), ("40", 10), ("20", 10)],
    ("AU", "fixed"): [(p, 9) for p in "2 3 7 8".split()],
    ("AU", "mobile"): [(p, 9) for p in "4".split()],
    ("PL", "mobile"): [(p, 9) for p in "50 51 53 57 60 66 69 72 73 78 79 88".split()],
    ("PL", "fixed"): [(p, 9) for p in "12 22 42 58 61 71 81 91".split()],
    ("TR", "mobile"): [(p, 10) for p in "530 532 533 535 536 542 543 505 506 555".split()],
    ("TR", "fixed"): [(p, 10) for p in "212 216 312 232 224 242".split()],
    ("KR", "mobile"): [("10", 10)],
    ("KR", "fixed"): [("2", 8), ("2", 9), ("31", 10), ("51", 10), ("32", 10)],
    ("CL", "fixed"): [("2", 9), ("32", 9), ("41", 9)],
    ("IE", "fixed"): [("1", 8), ("1", 8), ("21", 9), ("91", 9), ("61", 9)],
    ("MX", "mobile"): [(p, 10) for p in "55 33 81 22 44 99".split()],
    ("MX", "fixed"): [(p, 10) for p in "55 33 81 222 442 999".split()],
}

# Realistic local writing styles per region (repetition = weight).
PHONE_STYLES = {
    "US": "nat nat nat nathy nathy nathy natdot intlhy intlpar intl e164 us1 nsn".split(),
    "CA": "nat nat nathy nathy natdot intlhy intlpar us1 e164".split(),
    "GB": "nat nat nat intl intl intl0 intl0 natc e164".split(),
    "IE": "nat nat intl intl intl0 natc".split(),
    "AU": "nat nat nat intl intl natc e164".split(),
    "NZ": "nat nat intl natc nathy".split(),
    "IN": "intl intl nat nsn nsn intlhy e164 g55+".split(),
    "SG": "nat nat intl intl nsn".split(),
    "NG": "nat nat intl intl natc natc e164".split(),
    "GH": "nat intl natc e164".split(),
    "KE": "nat intl natc natc e164".split(),
    "TZ": "nat intl natc e164".split(),
    "UG": "nat intl natc e164".split(),
    "ZA": "nat nat intl intl natc".split(),
    "PH": "nat intl natc natc nathy".split(),
    "PK": "nat natc nat1hy intl".split(),
    "DE": "nat nat nat natsl natsl natpar intl intl intl0 intl0 00 nat1hy".split(),
    "AT": "nat nat natsl intl intl intl0 00".split(),
    "CH": "nat nat nat intl intl intl0 00".split(),
    "LI": "nat intl 00".split(),
    "LU": "nat intl intl 00".split(),
    "FR": "nat nat nat nat natdot natdot intl intl intl0 natc".split(),
    "BE": "nat nat natdot natsl intl intl intl0".split(),
    "MA": "nat intl intl natdot 00".split(),
    "DZ": "nat intl natc 00".split(),
    "TN": "nat intl 00".split(),
    "SN": "nat intl intl 00".split(),
    "CI": "nat intl 00".split(),
    "ES": "nat nat nsn g333 intl intl +g333 00".split(),
    "MX": "nat nat intl intl nsn".split(),
    "AR": "nat intl".split(),
    "CO": "nat intl nsn".split(),
    "CL": "nat intl".split(),
    "PE": "nat intl nsn".split(),
    "EC": "nat intl".split(),
    "BR": "nat nat nat intl intl brsp e164".split(),
    "PT": "nat nat intl intl nsn 00".split(),
    "AO": "nat intl".split(),
    "MZ": "nat intl".split(),
    "IT": "nat nat intl intl nsn g37".split(),
    "NL": "nat nat nat1hy nat1hy intl intl0 natc".split(),
    "PL": "nat nat intl intl nathy nsn".split(),
    "CZ": "nat nat intl intl nsn".split(),
    "SK": "nat nat intl intl".split(),
    "HU": "nat nat intl intl nathy".split(),
    "RO": "nat nat intl natc".split(),
    "MD": "nat intl natc".split(),
    "BG": "nat intl intl natc".split(),
    "GR": "nat nat nsn intl intl".split(),
    "CY": "nat intl intl".split(),
    "TR": "nat nat intl intl natc".split(),
    "RU": "nat nat intl intlpar intlpar natc e164 natsp".split(),
    "KZ": "nat intl intlpar".split(),
    "BY": "nat intl intlpar".split(),
    "UA": "nat nat intl intlpar natc e164".split(),
    "SA": "nat intl intl natc e164 00".split(),
    "AE": "nat intl intl natc e164 00".split(),
    "EG": "nat intl natc natc e164".split(),
    "JO": "nat intl natc".split(),
    "LB": "nat intl intl".split(),
    "QA": "nat intl intl".split(),
    "KW": "nat intl intl".split(),
    "IQ": "nat intl natc".split(),
    "OM": "nat intl intl".split(),
    "BH": "nat intl intl".split(),
    "IL": "nat nat intl natc intlhy".split(),
    "IR": "nat nat intl natc".split(),
    "BD": "nat intl natc".split(),
    "TH": "nat nat intl nathy natc".split(),
    "VN": "nat nat intl natc natdot".split(),
    "ID": "nat nat intl natc".split(),
    "MY": "nat nat intl natc".split(),
    "JP": "nat nat nat intl natc".split(),
    "CN": "nat natc natc intl intlhy".split(),
    "TW": "nat nat intl nathy".split(),
    "HK": "nat nat intl nsn".split(),
    "KR": "nat nat nat intl natc".split(),
    "ET": "nat intl natc".split(),
    "FI": "nat nat intl".split(),
    "SE": "nat nat nat intl natc".split(),
    "NO": "nat nat nsn intl".split(),
    "DK": "nat nat nsn intl".split(),
    "IS": "nat nat intl nathy".split(),
    "EE": "nat nat intl nsn".split(),
    "LV": "nat nat intl nsn".split(),
    "LT": "intl intl lt8".split(),
    "HR": "nat nat intl natc".split(),
    "BA": "nat intl intl".split(),
    "RS": "nat nat intl natc".split(),
    "ME": "nat intl".split(),
    "SI": "nat nat intl".split(),
    "AD": "nat intl".split(),
    "AL": "nat intl intl".split(),
    "XK": "nat intl intl".split(),
    "MK": "nat intl intl".split(),
    "LK": "nat intl natc".split(),
    "NP": "nat intl".split(),
    "GE": "nat intl intl".split(),
    "JM": "nat nathy intlhy".split(),
    "TT": "nat nathy".split(),
}

_FW = str.maketrans("0123456789-", "０１２３４５６７８９－")
_AR = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
_FA = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def rand_phone_number(region, kind):
    types = KIND_TYPES[kind]
    ex = pn.example_number_for_type(region, types[0])
    if ex is None:
        raise AssertionError("no example for %s %s" % (region, kind))
    ex_nsn = pn.national_significant_number(ex)
    cc = ex.country_code
    prefs = PHONE_PREFIX.get((region, kind))
    for attempt in range(600):
        if prefs:
            p, ln = rpick(prefs)
            if ln is None:
                ln = len(ex_nsn)
        else:
            keep = 2 if attempt < 300 else max(2, len(ex_nsn) - 4)
            p, ln = ex_nsn[:keep], len(ex_nsn)
        rest = rdigits(ln - len(p))
        if prefs and kind == "fixed" and rest:
            rest = R.choice("23456789") + rest[1:]
        cand = p + rest
        try:
            num = pn.parse("+%d%s" % (cc, cand), None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num):
            continue
        if not pn.is_valid_number_for_region(num, region):
            continue
        t = pn.number_type(num)
        if t in types or (t == PNT.FIXED_LINE_OR_MOBILE and kind in ("fixed", "mobile")):
            return num
    raise AssertionError("could not generate phone for %s %s" % (region, kind))


def style_phone(num, region, style):
    nat = pn.format_number(num, PNF.NATIONAL)
    intl = pn.format_number(num, PNF.INTERNATIONAL)
    e164 = pn.format_number(num, PNF.E164)
    cc = str(num.country_code)
    nsn = pn.national_significant_number(num)
    ng = re.findall(r"\d+", nat)
    ig = re.findall(r"\d+", intl)[1:]
    md = pn.PhoneMetadata.metadata_for_region(region)
    trunk = md.national_prefix or ""
    if style == "nat":
        return nat
    if style == "intl":
        return intl
    if style == "e164":
        return e164
    if style == "00":
        return "00" + intl[1:]
    if style == "natc":
        return "".join(ng)
    if style == "nsn":
        return nsn
    if style == "intlc":
        return "+%s %s" % (cc, nsn)
    if style == "natdot" and len(ng) > 1:
        return ".".join(ng)
    if style == "nathy" and len(ng) > 1:
        return "-".join(ng)
    if style == "natsp" and len(ng) > 1:
        return " ".join(ng)
    if style == "natsl" and len(ng) > 1:
        return ng[0] + "/" + " ".join(ng[1:])
    if style == "natsl1" and len(ng) > 1:
        return ng[0] + "/" + "".join(ng[1:])
    if style == "natpar" and len(ng) > 1 and "(" not in nat:
        return "(" + ng[0] + ") " + " ".join(ng[1:])
    if style == "natparhy" and len(ng) > 1 and "(" not in nat:
        return "(" + ng[0] + ")" + "-".join(ng[1:])
    if style == "nat1hy" and len(ng) > 1:
        return ng[0] + "-" + "".join(ng[1:])
    if style == "intl0" and trunk == "0":
        return "+" + cc + " (0)" + " ".join(ig)
    if style == "intlhy" and ig:
        return "+" + cc + "-" + "-".join(ig)
    if style == "intlpar" and len(ig) > 1:
        rest = intl[len("+" + cc + " " + ig[0]):].lstrip(" -")
        return "+" + cc + " (" + ig[0] + ") " + rest
    if style == "us1":
        return "1-" + "-".join(ng)
    if style == "brsp" and len(ng) == 3:
        return ng[0] + " " + ng[1] + "-" + ng[2]
    if style == "lt8":
        return "8 " + nsn[:3] + " " + nsn[3:]
    if style == "jppar" and len(ng) == 3:
        return ng[0] + "(" + ng[1] + ")" + ng[2]
    if style == "wrap":
        base = nat if " " in nat else intl
        i = base.rfind(" ")
        return base[:i] + "\n" + base[i + 1:]
    if style == "fw":
        return nat.translate(_FW)
    if style == "ar":
        return nat.translate(_AR)
    if style == "arc":
        return "".join(ng).translate(_AR)
    if style == "fa":
        return nat.translate(_FA)
    m = re.fullmatch(r"(0?)g(\d+)(\+?)", style)
    if m:
        lens = [int(c) for c in m.group(2)]
        if sum(lens) == len(nsn):
            parts, i = [], 0
            for ln in lens:
                parts.append(nsn[i:i + ln])
                i += ln
            body = " ".join(parts)
            if m.group(3):
                return "+" + cc + " " + body
            return (trunk if m.group(1) else "") + body
    m = re.fullmatch(r"\+g(\d+)", style)
    if m:
        lens = [int(c) for c in m.group(1)]
        if sum(lens) == len(nsn):
            parts, i = [], 0
            for ln in lens:
                parts.append(nsn[i:i + ln])
                i += ln
            return "+" + cc + " " + " ".join(parts)
    return nat


# --------------------------------------------------------------------------
# IBAN
# --------------------------------------------------------------------------
# BBAN layout per country (n = digit, a = upper letter, c = alphanumeric)
IBAN_SPEC = {
    "AD": "4n4n12c", "AE": "3n16n", "AL": "8n16c", "AT": "5n11n", "BA": "16n",
    "BE": "12n", "BG": "4a4n2n8c", "BH": "4a14c", "BR": "8n5n10n1a1c",
    "CH": "5n12c", "CY": "3n5n16c", "CZ": "20n", "DE": "18n", "DK": "14n",
    "EE": "16n", "EG": "25n", "ES": "20n", "FI": "14n", "FR": "5n5n11c2n",
    "GB": "4a14n", "GE": "2a16n", "BY": "4c4n16c", "GR": "7n16c", "HR": "17n", "HU": "24n",
    "IE": "4a14n", "IL": "19n", "IQ": "4a15n", "IR": "22n", "IS": "22n",
    "IT": "1a10n12c", "JO": "4a4n18c", "KW": "4a22c", "KZ": "3n13c",
    "LB": "4n20c", "LI": "5n12c", "LT": "16n", "LU": "3n13c", "LV": "4a13c",
    "MD": "2c18c", "ME": "18n", "MK": "3n10c2n", "MT": "4a5n18c", "NL": "4a10n",
    "NO": "11n", "PK": "4a16c", "PL": "24n", "PT": "21n", "QA": "4a21c",
    "RO": "4a16c", "RS": "18n", "SA": "2n18c", "SE": "20n", "SI": "15n",
    "SK": "20n", "TN": "20n", "TR": "5n1n16c", "UA": "6n19c", "XK": "16n",
}
IBAN_LEN = {}
for _cc, _spec in IBAN_SPEC.items():
    IBAN_LEN[_cc] = 4 + sum(int(x) for x in re.findall(r"(\d+)[nac]", _spec))

IBAN_BANK = {
    "DE": ["10010010", "37040044", "50010517", "12030000", "20050550", "70150000", "43060967", "50070010", "76010085", "30050110"],
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB", "ASNB", "BUNQ"],
    "GB": ["NWBK", "BARC", "HBUK", "LOYD", "MIDL", "MONZ"],
    "IE": ["AIBK", "BOFI", "IPBS", "ULSB"],
    "AT": ["12000", "20111", "32000", "14000", "60000"],
    "FR": ["30004", "30003", "10278", "20041", "30002", "16006", "17515"],
    "ES": ["2100", "0049", "0182", "0081", "0075", "2080", "1465"],
    "IT": ["03069", "02008", "05034", "03062", "01030", "03440"],
    "PT": ["0035", "0033", "0010", "0007", "0036"],
    "BE": ["001", "310", "363", "068", "734", "735", "000"],
    "BG": ["UNCR", "BPBI", "STSA", "FINV"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR"],
    "LV": ["HABA", "UNLA", "PARX", "RIKO"],
    "PK": ["HABB", "MEZN", "UNIL", "SCBL"],
    "QA": ["QNBA", "DOHB", "CBQA"],
    "KW": ["NBOK", "KFHO", "GULB"],
    "BH": ["NBOB", "BBKU", "BIBB"],
    "JO": ["ARAB", "HBHO", "CAAB"],
    "IQ": ["NBIQ", "RAFB"],
    "MT": ["MALT", "VALL", "APSB"],
}


def _bban(cc):
    spec = IBAN_SPEC[cc]
    out = []
    for n, t in re.findall(r"(\d+)([nac])", spec):
        n = int(n)
        if t == "n":
            out.append(rdigits(n))
        elif t == "a":
            out.append("".join(R.choice(UPPER) for _ in range(n)))
        else:
            pl = 0.12 if cc in ("BH", "KW", "QA", "JO", "MT", "LV", "PK", "BY", "UA", "KZ", "AL", "LB") else 0.0
            out.append("".join(R.choice(DIGITS) if R.random() >= pl else R.choice(UPPER) for _ in range(n)))
    bban = "".join(out)
    bank = IBAN_BANK.get(cc)
    off = 1 if cc == "IT" else 0
    if bank:
        b = rpick(bank)
        bban = bban[:off] + b + bban[off + len(b):]
    if cc == "IT":
        bban = R.choice(UPPER) + bban[1:]
    if cc == "BE":
        first = bban[:10]
        chk = int(first) % 97 or 97
        bban = first + "%02d" % chk
    if cc == "TR":
        bban = bban[:5] + "0" + bban[6:]
    return bban


def iban_mod97(compact):
    s = compact[4:] + compact[:4]
    num = "".join(str(int(ch, 36)) for ch in s)
    return int(num) % 97


def make_iban(cc):
    bban = _bban(cc)
    tmp = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in tmp)
    chk = 98 - int(num) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert iban_mod97(iban) == 1 and len(iban) == IBAN_LEN[cc]
    return iban


def bad_iban(cc):
    """IBAN-shaped string of the right length whose mod-97 check fails."""
    good = make_iban(cc)
    chk = int(good[2:4])
    wrong = (chk + R.randint(1, 9)) % 97
    if wrong < 2:
        wrong += 2
    cand = good[:2] + "%02d" % wrong + good[4:]
    assert iban_mod97(cand) != 1
    return cand


def iban_ok(s):
    c = re.sub(r"\s", "", s).upper()
    return c[:2] in IBAN_LEN and len(c) == IBAN_LEN[c[:2]] and iban_mod97(c) == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --------------------------------------------------------------------------
# Cards
# --------------------------------------------------------------------------
CARD_BRANDS = {
    "visa": (["4"], [16]),
    "mc": (["51", "52", "53", "54", "55", "2221", "2320", "2475", "2610", "2720"], [16]),
    "amex": (["34", "37"], [15]),
    "disc": (["6011", "644", "65"], [16]),
    "jcb": (["3528", "3530", "3566", "3589"], [16]),
    "diners": (["300", "305", "36", "38"], [14]),
    "unionpay": (["62"], [16, 19]),
    "maestro": (["6759", "5018", "5020", "6761"], [16, 19]),
    "mir": (["2200", "2201", "2202", "2204"], [16]),
    "troy": (["9792"], [16]),
    "rupay": (["6521", "6522", "508"], [16]),
    "elo": (["636368", "504175", "438935", "451416"], [16]),
    "dankort": (["5019"], [16]),
}


def make_card(brand=None):
    if brand is None:
        brand = wpick([("visa", 10), ("mc", 8), ("amex", 3), ("disc", 1), ("jcb", 1), ("unionpay", 1), ("maestro", 1), ("diners", 1)])
    prefixes, lens = CARD_BRANDS[brand]
    p = rpick(prefixes)
    ln = rpick(lens)
    body = p + rdigits(ln - 1 - len(p))
    num = body + luhn_digit(body)
    assert luhn_ok(num) and len(num) == ln
    return num


def fmt_card(num, style=None):
    ln = len(num)
    if style is None:
        style = wpick([("sp", 6), ("c", 3), ("hy", 2)])
    if style == "c":
        return num
    sep = " " if style == "sp" else "-"
    if ln == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif ln == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, ln, 4)]
    return sep.join(parts)


def bad_card(ln=16, prefix="4"):
    body = prefix + rdigits(ln - 1 - len(prefix))
    good = luhn_digit(body)
    bad = str((int(good) + R.randint(1, 9)) % 10)
    num = body + bad
    assert not luhn_ok(num)
    return num


# --------------------------------------------------------------------------
# IP
# --------------------------------------------------------------------------
IP4_FIRST = [1, 2, 5, 14, 23, 24, 27, 31, 36, 37, 39, 41, 42, 46, 49, 50, 58, 59, 60, 61, 62, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 96, 97, 98, 99, 101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 121, 122, 123, 124, 125, 138, 141, 145, 146, 147, 151, 152, 154, 156, 158, 159, 160, 162, 163, 164, 165, 170, 171, 173, 174, 175, 176, 177, 178, 179, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194, 195, 196, 197, 200, 201, 202, 210, 211, 212, 213, 217, 218, 219, 220, 221, 222, 223]
IP6_PREFIX = ["2a02:8108", "2a02:810d", "2003:e6", "2001:16b8", "2a01:4f8", "2001:41d0", "2a00:1450", "2607:f8b0", "2606:4700",
              "2600:1f18", "2600:1700", "2601:647", "2604:2d80", "2408:8207", "240e:3b7", "2409:8a28", "2400:4052", "2404:6800",
              "2405:201", "2406:da18", "2a03:2880", "2c0f:fb50", "2c0f:f4c0", "2804:14c", "2804:431", "2a0a:a540", "2a02:a46",
              "2001:ee0", "2001:b011", "2401:4900", "2402:3a80", "2a02:2f0", "2a01:cb00", "2a01:e0a", "2001:1c00", "2a02:a210"]


def ip_is_ok(s):
    a = ipaddress.ip_address(s)
    return a.is_global and not a.is_multicast


def make_ip4():
    while True:
        s = "%d.%d.%d.%d" % (rpick(IP4_FIRST), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ip_is_ok(s):
            return s


def make_ip6(style=None):
    while True:
        pre = rpick(IP6_PREFIX)
        groups = pre.split(":")
        if style is None:
            style = wpick([("full", 5), ("eui", 2), ("short", 3)])
        if style == "short":
            tail = ["%x" % R.randint(1, 0xffff) for _ in range(R.randint(1, 2))]
            mid = ["%x" % R.randint(0, 0xffff) for _ in range(R.randint(0, 1))]
            s = ":".join(groups + mid) + "::" + ":".join(tail)
        else:
            rest = ["%x" % R.randint(0, 0xffff) for _ in range(8 - len(groups))]
            if style == "eui":
                rest[-3] = "%x" % (R.randint(0, 0xff) << 8 | 0xff)
                rest[-2] = "fe%02x" % R.randint(0, 0xff)
            s = str(ipaddress.ip_address(":".join(groups + rest)))
        try:
            if ip_is_ok(s):
                return str(ipaddress.ip_address(s)) if style != "full" else s
        except ValueError:
            pass


def private_ip4():
    k = R.randint(0, 2)
    if k == 0:
        return "192.168.%d.%d" % (R.choice([0, 1, 2, 10, 178, 100]), R.randint(2, 250))
    if k == 1:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(2, 250))
    return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 250))


# --------------------------------------------------------------------------
# SSN
# --------------------------------------------------------------------------
SSN_AVOID = {"078051120", "219099999", "123456789"}


def ssn_valid(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 9 or d in SSN_AVOID:
        return False
    a, g, sr = d[:3], d[3:5], d[5:]
    if a == "000" or a == "666" or a[0] == "9":
        return False
    return g != "00" and sr != "0000"


def make_ssn(style="dash"):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        d = "%03d%02d%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
        if ssn_valid(d):
            break
    if style == "sp":
        return "%s %s %s" % (d[:3], d[3:5], d[5:])
    if style == "bare":
        return d
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:])


def bad_ssn(style="dash", kind=None):
    if kind is None:
        kind = rpick(["000", "666", "9xx", "g00", "s0000"])
    if kind == "000":
        d = "000%02d%04d" % (R.randint(1, 99), R.randint(1, 9999))
    elif kind == "666":
        d = "666%02d%04d" % (R.randint(1, 99), R.randint(1, 9999))
    elif kind == "9xx":
        d = "9%02d%02d%04d" % (R.randint(0, 99), R.choice([70, 71, 72, 73, 75, 78, 80, 84, 88, 92]), R.randint(1, 9999))
    elif kind == "g00":
        d = "%03d00%04d" % (R.randint(1, 665), R.randint(1, 9999))
    else:
        d = "%03d%02d0000" % (R.randint(1, 665), R.randint(1, 99))
    assert not ssn_valid(d)
    if style == "sp":
        return "%s %s %s" % (d[:3], d[3:5], d[5:])
    if style == "bare":
        return d
    return "%s-%s-%s" % (d[:3], d[3:5], d[5:])


# --------------------------------------------------------------------------
# E-mail
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9])?@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$")


def email_ok(s):
    return bool(EMAIL_RE.match(s)) and ".." not in s


def email_local(handle, style=None):
    parts = handle.split(".")
    f = parts[0]
    l = parts[-1] if len(parts) > 1 else ""
    if style is None:
        style = wpick([("dot", 6), ("plain", 3), ("init", 3), ("num", 3), ("year", 2), ("under", 1), ("rev", 1)])
    if not l:
        style = rpick(["plain", "num", "year"])
    if style == "dot":
        return f + "." + l
    if style == "plain":
        return f + l
    if style == "init":
        return f[0] + ("." if R.random() < 0.5 else "") + l
    if style == "num":
        return (f + "." + l if l else f) + str(R.randint(2, 99))
    if style == "year":
        return (f + l[:1] if l else f) + str(R.randint(1962, 2004))
    if style == "under":
        return f + "_" + l
    return l + "." + f


# --------------------------------------------------------------------------
# Non-entity fillers (values that must NOT be labelled)
# --------------------------------------------------------------------------
def f_date(fmt):
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    if fmt == "dmy.":
        return "%02d.%02d.%d" % (d, m, y)
    if fmt == "dmy/":
        return "%02d/%02d/%d" % (d, m, y)
    if fmt == "mdy/":
        return rpick(["%d/%d/%d" % (m, d, y), "%02d/%02d/%d" % (m, d, y)])
    if fmt == "dmy-":
        return "%02d-%02d-%d" % (d, m, y)
    if fmt == "ymd.":
        return "%d. %02d. %02d." % (y, m, d)
    if fmt == "ko":
        return "%d. %d. %d." % (y, m, d)
    if fmt == "cjk":
        return "%d年%d月%d日" % (y, m, d)
    if fmt == "fi":
        return "%d.%d.%d" % (d, m, y)
    if fmt == "fa":
        return ("%d/%02d/%02d" % (R.randint(1398, 1404), m, d)).translate(_FA)
    if fmt == "th":
        return "%d/%d/%d" % (d, m, y + 543)
    if fmt == "ymd/":
        return "%d/%02d/%02d" % (y, m, d)
    return "%d-%02d-%02d" % (y, m, d)


PRICE_FMT = {
    # prefix, suffix, thousands sep, decimal sep, decimals
    "eur_de": ("", " €", ".", ",", 2), "eur_fr": ("", " €", "\u202f", ",", 2), "eur_en": ("€", "", ",", ".", 2),
    "eur_nl": ("€ ", "", ".", ",", 2), "eur_it": ("€ ", "", ".", ",", 2), "usd": ("$", "", ",", ".", 2),
    "gbp": ("£", "", ",", ".", 2), "chf": ("CHF ", "", "'", ".", 2), "jpy": ("", "円", ",", ".", 0),
    "cny": ("¥", "", ",", ".", 2), "twd": ("NT$", "", ",", ".", 0), "krw": ("", "원", ",", ".", 0),
    "brl": ("R$ ", "", ".", ",", 2), "pln": ("", " zł", " ", ",", 2), "czk": ("", " Kč", " ", ",", 0),
    "huf": ("", " Ft", " ", ",", 0), "ron": ("", " lei", ".", ",", 2), "bgn": ("", " лв.", " ", ",", 2),
    "try": ("", " TL", ".", ",", 2), "rub": ("", " ₽", " ", ",", 0), "uah": ("", " грн", " ", ",", 0),
    "sar": ("", " ر.س", ",", ".", 2), "aed": ("AED ", "", ",", ".", 2), "egp": ("", " ج.م", ",", ".", 2),
    "ils": ("₪", "", ",", ".", 2), "irr": ("", " تومان", ",", ".", 0), "inr": ("₹", "", ",", ".", 0),
    "bdt": ("৳", "", ",", ".", 0), "pkr": ("Rs. ", "", ",", ".", 0), "thb": ("", " บาท", ",", ".", 0),
    "vnd": ("", " ₫", ".", ",", 0), "idr": ("Rp ", "", ".", ",", 0), "myr": ("RM ", "", ",", ".", 2),
    "php": ("₱", "", ",", ".", 2), "kes": ("KSh ", "", ",", ".", 0), "tzs": ("TSh ", "", ",", ".", 0),
    "ngn": ("₦", "", ",", ".", 0), "etb": ("", " ብር", ",", ".", 2), "sek": ("", " kr", " ", ",", 0),
    "nok": ("kr ", "", " ", ",", 0), "dkk": ("", " kr.", ".", ",", 2), "isk": ("", " kr.", ".", ",", 0),
    "rsd": ("", " RSD", ".", ",", 0), "mxn": ("$", " MXN", ",", ".", 2), "ars": ("$ ", "", ".", ",", 2),
    "cop": ("$ ", "", ".", ",", 0), "clp": ("$", "", ".", ",", 0), "pen": ("S/ ", "", ",", ".", 2),
    "zar": ("R ", "", " ", ",", 2), "aud": ("$", "", ",", ".", 2), "inr2": ("Rs ", "", ",", ".", 0),
    "all": ("", " lekë", ".", ",", 0), "mkd": ("", " ден.", ".", ",", 0), "mad": ("", " DH", " ", ",", 2),
    "gel": ("", " ₾", " ", ",", 2), "sgd": ("S$", "", ",", ".", 2), "cad": ("$", "", ",", ".", 2),
}


def f_price(code):
    pre, suf, ts, ds, dec = PRICE_FMT[code]
    big = R.random() < 0.5
    whole = R.randint(1000, 99999) if big else R.randint(3, 999)
    if dec == 0 and code in ("jpy", "krw", "vnd", "idr", "irr", "huf", "czk", "rub", "clp", "cop", "isk"):
        whole = R.randint(12, 999) * rpick([100, 1000])
    s = "{:,}".format(whole).replace(",", "\x00")
    s = s.replace("\x00", ts)
    if dec:
        s += ds + "%02d" % R.randint(0, 99)
    return pre + s + suf


def ean13():
    while True:
        body = rpick(["400", "401", "50", "54", "590", "76", "80", "84", "87", "690", "471", "880", "789"]) + ""
        body = body + rdigits(12 - len(body))
        tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        code = body + str((10 - tot % 10) % 10)
        if not luhn_ok(code):
            return code


def isbn13():
    groups = rpick([("3", 2, 4), ("2", 2, 4), ("84", 3, 3), ("88", 2, 4), ("0", 3, 5), ("1", 4, 4), ("4", 3, 5), ("7", 4, 4), ("83", 3, 3), ("91", 3, 3), ("5", 3, 4), ("85", 2, 5)])
    g, pl, tl = groups
    pub = rdigits(pl, True)
    tit = rdigits(9 - len(g) - pl)
    body = "978" + g + pub + tit
    tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
    chk = str((10 - tot % 10) % 10)
    return "978-%s-%s-%s-%s" % (g, pub, tit, chk)


def s10(country):
    pre = rpick(["RR", "RA", "CP", "EE", "LX", "RB", "UA", "LZ", "NL", "CX"])
    body = rdigits(8)
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(body, w)) % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return "%s%s%d%s" % (pre, body, c, country)


def f_track(kind):
    if kind == "dhl":
        return rpick(["00340434" + safe_digits(12, False), safe_digits(12), "JJD00" + safe_digits(16, False)])
    if kind == "ups":
        return "1Z" + "".join(R.choice(UPPER + DIGITS) for _ in range(6)) + rpick(["03", "01", "02", "13"]) + safe_digits(8, False)
    if kind == "usps":
        d = "9400" + rdigits(18)
        return " ".join(d[i:i + 4] for i in range(0, 22, 4))
    if kind == "fedex":
        return safe_digits(12)
    if kind == "postnl":
        return "3S" + "".join(R.choice(UPPER) for _ in range(4)) + rdigits(7)
    if kind == "cn":
        return rpick(["YT", "SF", "JT", "ZTO"]) + safe_digits(13, False)
    if kind == "jp":
        d = rdigits(12, True)
        return "%s-%s-%s" % (d[:4], d[4:8], d[8:])
    if kind == "inpost":
        return safe_digits(24)
    if kind == "gls":
        return safe_digits(11)
    return s10(kind.upper())


def f_order():
    k = R.randint(0, 7)
    if k == 0:
        return "#" + rdigits(6, True)
    if k == 1:
        return "%s-%s-%s" % (rdigits(3, True), rdigits(7), rdigits(7))
    if k == 2:
        return "ORD-%d-%s" % (R.randint(2021, 2026), rdigits(6))
    if k == 3:
        return "A" + rdigits(9, True)
    if k == 4:
        return rdigits(2, True) + "-" + rdigits(5) + "-" + rdigits(3)
    if k == 5:
        return "WEB" + rdigits(7)
    if k == 6:
        return rdigits(10, True)
    return "SO" + rdigits(8)


def f_inv():
    k = R.randint(0, 4)
    y = R.randint(2021, 2026)
    if k == 0:
        return "RE-%d-%05d" % (y, R.randint(1, 99999))
    if k == 1:
        return "INV-%s" % rdigits(7, True)
    if k == 2:
        return "F%d/%05d" % (y, R.randint(1, 99999))
    if k == 3:
        return "%d/%02d/%04d" % (y, R.randint(1, 12), R.randint(1, 9999))
    return "%d%s" % (y, rdigits(6))


def f_version():
    k = R.randint(0, 7)
    if k == 0:
        return "v%d.%d.%d" % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40))
    if k == 1:
        return "%d.%d.0-%d.%d.%d.el%d" % (R.choice([4, 5]), R.randint(10, 18), R.randint(100, 600), R.randint(1, 40), R.randint(1, 9), R.choice([8, 9]))
    if k == 2:
        return "10.0.%d.%d" % (R.randint(17000, 26100), R.randint(1000, 5000))
    if k == 3:
        return "%d.%d.%d (%d%s%d)" % (R.randint(14, 18), R.randint(0, 7), R.randint(0, 3), R.randint(19, 23), R.choice(UPPER), R.randint(100, 999))
    if k == 4:
        return "%d.%d.%d-rc.%d" % (R.randint(1, 5), R.randint(0, 20), R.randint(0, 9), R.randint(1, 4))
    if k == 5:
        return "%d.%d.%d" % (R.randint(1, 3), R.randint(0, 12), R.randint(0, 30))
    if k == 6:
        return "%d.%d" % (R.randint(1, 30), R.randint(0, 99))
    return "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(256, 9999), R.randint(0, 99))


def f_hex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def f_uuid():
    h = f_hex(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def f_coord():
    lat = R.uniform(-55, 70)
    lon = R.uniform(-170, 178)
    p = R.choice([4, 5, 6])
    return "%.*f, %.*f" % (p, lat, p, lon)


def f_postal(cc):
    if cc in ("DE", "FR", "IT", "ES", "FI", "US", "MX", "TR", "MY", "TH", "HR", "EE", "KR", "UA", "DZ", "MA", "SA", "EG", "PK", "ID", "LT", "RS"):
        s = rdigits(5, True)
        return ("LT-" + s) if cc == "LT" else s
    if cc in ("AT", "CH", "BE", "DK", "NO", "HU", "BG", "CY", "SI", "AU", "ZA", "PH", "LU", "GE", "MK", "AL", "TN", "BD", "NZ"):
        return rdigits(4, True)
    if cc == "NL":
        return "%s %s%s" % (rdigits(4, True), R.choice("ABCDEFGHJKLMNPRSTVWXZ"), R.choice("ABCDEFGHJKLMNPRSTVWXZ"))
    if cc == "GB":
        return rpick(["SW1A 1AA", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EH1 1YZ", "LS1 4AP", "BS1 5TR", "CF10 1EP", "G2 8DL"])
    if cc == "CA":
        return "%s%d%s %d%s%d" % (R.choice("ABCEGHJKLMNPRSTVXY"), R.randint(0, 9), R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9), R.choice("ABCEGHJKLMNPRSTVWXYZ"), R.randint(0, 9))
    if cc == "JP":
        return "〒%s-%s" % (rdigits(3, True), rdigits(4))
    if cc == "BR":
        return "%s-%s" % (rdigits(5, True), rdigits(3))
    if cc == "PL":
        return "%s-%s" % (rdigits(2), rdigits(3))
    if cc == "PT":
        return "%s-%s" % (rdigits(4, True), rdigits(3))
    if cc in ("SE", "CZ", "SK", "GR"):
        return "%s %s" % (rdigits(3, True), rdigits(2))
    if cc in ("IN", "CN", "RU", "KZ", "BY", "SG", "VN", "RO", "NG"):
        return rdigits(6, True)
    if cc == "IS":
        return rdigits(3, True)
    if cc == "IE":
        return rpick(["D02 X285", "D08 VF8H", "T12 R2NC", "H91 E2K3", "V94 T9PX"])
    if cc == "LV":
        return "LV-" + rdigits(4, True)
    if cc == "IR":
        return rdigits(10, True)
    if cc == "IL":
        return rdigits(7, True)
    return rdigits(5, True)


def f_zip4():
    return "%s-%s" % (rdigits(5, True), rdigits(4))


def f_ein():
    return "%02d-%s" % (R.choice([12, 13, 20, 23, 26, 27, 33, 35, 36, 38, 41, 45, 46, 47, 51, 52, 54, 56, 61, 62, 65, 74, 81, 84, 87, 88, 91, 94, 95]), rdigits(7))


def f_routing():
    """US ABA routing number (checksum 3-7-1)."""
    b = rpick(["0210", "0260", "0110", "1210", "0710", "0530", "0610", "1110", "3222", "0910"]) + rdigits(4)
    w = [3, 7, 1, 3, 7, 1, 3, 7]
    s = sum(int(x) * y for x, y in zip(b, w))
    return b + str((10 - s % 10) % 10)


def f_imei():
    body = rpick(["35", "86", "01", "35"]) + rdigits(12)
    return body + luhn_digit(body)


def natid(kind):
    """National identifiers other than the US SSN, written the local way."""
    if kind == "de_steuer":
        return "%s %s %s %s" % (rdigits(2, True), rdigits(3), rdigits(3), rdigits(3))
    if kind == "nl_bsn":
        while True:
            d = rdigits(8, True)
            s = sum(int(c) * w for c, w in zip(d, [9, 8, 7, 6, 5, 4, 3, 2]))
            last = s % 11
            if last < 10:
                return d + str(last)
    if kind == "pl_pesel":
        yy, mm, dd = R.randint(50, 99), R.randint(1, 12), R.randint(1, 28)
        d = "%02d%02d%02d%s" % (yy, mm, dd, rdigits(4))
        w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
        return d + str((10 - sum(int(a) * b for a, b in zip(d, w)) % 10) % 10)
    if kind == "es_dni":
        n = R.randint(10000000, 79999999)
        return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])
    if kind == "es_nie":
        p = R.randint(0, 2)
        n = R.randint(1000000, 9999999)
        return "%s%07d%s" % ("XYZ"[p], n, "TRWAGMYFPDXBNJZSQVHLCKE"[int("%d%07d" % (p, n)) % 23])
    if kind == "it_cf":
        cons = "BCDFGHLMNPRSTVZ"
        return "".join(R.choice(cons) for _ in range(6)) + rdigits(2) + R.choice("ABCDEHLMPRST") + "%02d" % R.randint(1, 71) + R.choice("ABCDEFGHLM") + rdigits(3) + R.choice(UPPER)
    if kind == "fr_nir":
        d = "%d %02d %02d %02d %s %s" % (R.randint(1, 2), R.randint(50, 99), R.randint(1, 12), R.randint(1, 95), rdigits(3), rdigits(3))
        n = int(d.replace(" ", ""))
        return d + " %02d" % (97 - n % 97)
    if kind == "se_pnr":
        d = "%02d%02d%02d%s" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), rdigits(3))
        return "%s-%s%s" % (d[:6], d[6:], luhn_digit(d))
    if kind == "fi_hetu":
        dd, mm, yy, ind = R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), R.randint(2, 899)
        n = int("%02d%02d%02d%03d" % (dd, mm, yy, ind))
        return "%02d%02d%02d-%03d%s" % (dd, mm, yy, ind, "0123456789ABCDEFHJKLMNPRSTUVWXY"[n % 31])
    if kind == "dk_cpr":
        return "%02d%02d%02d-%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), rdigits(4))
    if kind == "no_fnr":
        return "%02d%02d%02d %s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), rdigits(5))
    if kind == "br_cpf":
        d = [int(c) for c in rdigits(9, True)]
        s1 = sum(a * b for a, b in zip(d, range(10, 1, -1))) % 11
        d.append(0 if s1 < 2 else 11 - s1)
        s2 = sum(a * b for a, b in zip(d, range(11, 1, -1))) % 11
        d.append(0 if s2 < 2 else 11 - s2)
        s = "".join(map(str, d))
        return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])
    if kind == "cn_id":
        body = rpick(["110101", "310104", "440305", "510107", "330106", "420102"]) + "%d%02d%02d" % (R.randint(1960, 2002), R.randint(1, 12), R.randint(1, 28)) + rdigits(3)
        w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        return body + "10X98765432"[sum(int(a) * b for a, b in zip(body, w)) % 11]
    if kind == "kr_rrn":
        return "%02d%02d%02d-%d%s" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 2), rdigits(6))
    if kind == "in_aadhaar":
        d = rdigits(12, True)
        if d[0] in "01":
            d = "2" + d[1:]
        return "%s %s %s" % (d[:4], d[4:8], d[8:])
    if kind == "in_pan":
        return "".join(R.choice(UPPER) for _ in range(3)) + "P" + R.choice(UPPER) + rdigits(4) + R.choice(UPPER)
    if kind == "uk_nino":
        return "%s%s %s %s %s %s" % (R.choice("ABCEGHJKLMNPRSTWXYZ"), R.choice("ABCEGHJKLMNPRSTWXYZ"), rdigits(2), rdigits(2), rdigits(2), R.choice("ABCD"))
    if kind == "ca_sin":
        body = R.choice("1234567") + rdigits(7)
        d = body + luhn_digit(body)
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if kind == "tr_tc":
        d = [int(c) for c in rdigits(9, True)]
        d10 = ((d[0] + d[2] + d[4] + d[6] + d[8]) * 7 - (d[1] + d[3] + d[5] + d[7])) % 10
        d.append(d10)
        d.append(sum(d) % 10)
        return "".join(map(str, d))
    if kind == "il_tz":
        body = rdigits(8)
        tot = 0
        for i, c in enumerate(body):
            x = int(c) * (1 if i % 2 == 0 else 2)
            tot += x // 10 + x % 10
        return body + str((10 - tot % 10) % 10)
    if kind == "ru_snils":
        d = rdigits(9, True)
        return "%s-%s-%s %s" % (d[:3], d[3:6], d[6:], rdigits(2))
    if kind == "ru_inn":
        return rdigits(12, True)
    if kind == "ua_rnokpp":
        return rdigits(10, True)
    if kind == "gr_afm":
        return rdigits(9, True)
    if kind == "ro_cnp":
        while True:
            d = "%d%02d%02d%02d%02d%s" % (R.choice([1, 2, 5, 6]), R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 46), rdigits(3))
            w = "279146358279"
            c = sum(int(a) * int(b) for a, b in zip(d, w)) % 11
            full = d + ("1" if c == 10 else str(c))
            if not luhn_ok(full):
                return full
    if kind == "bg_egn":
        return "%02d%02d%02d%s" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), rdigits(4))
    if kind == "hr_oib":
        return rdigits(11, True)
    if kind == "cz_rc":
        return "%02d%02d%02d/%s" % (R.randint(50, 99), R.choice([R.randint(1, 12), R.randint(51, 62)]), R.randint(1, 28), rdigits(4))
    if kind == "hu_taj":
        d = rdigits(9, True)
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    if kind == "ee_ik":
        return "%d%02d%02d%02d%s" % (R.choice([3, 4, 5, 6]), R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), rdigits(4))
    if kind == "lt_ak":
        return "%d%02d%02d%02d%s" % (R.choice([3, 4, 5, 6]), R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), rdigits(4))
    if kind == "lv_pk":
        return "%02d%02d%02d-%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), rdigits(5))
    if kind == "is_kt":
        return "%02d%02d%02d-%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), rdigits(4))
    if kind == "ar_dni":
        n = R.randint(20000000, 45999999)
        return "{:,}".format(n).replace(",", ".")
    if kind == "mx_curp":
        return "".join(R.choice(UPPER) for _ in range(4)) + "%02d%02d%02d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)) + R.choice("HM") + rpick(["DF", "JC", "NL", "PL", "VZ"]) + "".join(R.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + R.choice(UPPER + DIGITS) + rdigits(1)
    if kind == "jp_mynumber":
        d = rdigits(12, True)
        return "%s %s %s" % (d[:4], d[4:8], d[8:])
    if kind == "th_id":
        d = rdigits(13, True)
        if luhn_ok(d):
            d = d[:-1] + str((int(d[-1]) + 1) % 10)
        return "%s-%s-%s-%s-%s" % (d[0], d[1:5], d[5:10], d[10:12], d[12])
    if kind == "vn_cccd":
        return "0" + rdigits(11)
    if kind == "id_nik":
        return safe_digits(16)
    if kind == "my_ic":
        return "%02d%02d%02d-%02d-%s" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), R.randint(1, 16), rdigits(4))
    if kind == "pk_cnic":
        return "%s-%s-%d" % (rdigits(5, True), rdigits(7), R.randint(0, 9))
    if kind == "bd_nid":
        return rdigits(10, True)
    if kind == "ng_nin":
        return rdigits(11, True)
    if kind == "ke_id":
        return rdigits(8, True)
    if kind == "za_id":
        body = "%02d%02d%02d%s" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28), rdigits(6))
        return body + luhn_digit(body)
    if kind == "eg_nid":
        return "2" + "%02d%02d%02d" % (R.randint(60, 99), R.randint(1, 12), R.randint(1, 28)) + rdigits(7)
    if kind == "sa_iqama":
        return R.choice("12") + rdigits(9)
    if kind == "ir_melli":
        d = rdigits(10)
        return "%s-%s-%s" % (d[:3], d[3:9], d[9])
    if kind == "ph_tin":
        d = rdigits(12, True)
        return "%s-%s-%s-%s" % (d[:3], d[3:6], d[6:9], d[9:])
    if kind == "ch_ahv":
        body = "756" + rdigits(9)
        tot = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        d = body + str((10 - tot % 10) % 10)
        return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])
    if kind == "at_svnr":
        return "%s %02d%02d%02d" % (rdigits(4, True), R.randint(1, 28), R.randint(1, 12), R.randint(50, 99))
    if kind == "be_rrn":
        return "%02d.%02d.%02d-%s.%s" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), rdigits(3), rdigits(2))
    if kind == "pt_nif":
        return R.choice("12") + rdigits(8)
    if kind == "gr_amka":
        return "%02d%02d%02d%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(50, 99), rdigits(5))
    if kind == "si_emso":
        return "%02d%02d%03d50%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(950, 999), rdigits(4))
    if kind == "rs_jmbg":
        return "%02d%02d%03d71%s" % (R.randint(1, 28), R.randint(1, 12), R.randint(950, 999), rdigits(4))
    if kind == "tw_id":
        return R.choice(UPPER) + R.choice("12") + rdigits(8)
    if kind == "hk_id":
        return R.choice(UPPER) + rdigits(6) + "(" + R.choice(DIGITS + "A") + ")"
    if kind == "sk_rc":
        return "%02d%02d%02d/%s" % (R.randint(50, 99), R.randint(1, 12), R.randint(1, 28), rdigits(4))
    raise AssertionError(kind)


def creditor_id(cc):
    nat = rdigits(11 if cc == "DE" else 10)
    tmp = nat + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in tmp)
    return "%s%02dZZZ%s" % (cc, 98 - int(num) % 97, nat)


def f_flight():
    return rpick(["LH", "AF", "KL", "BA", "TK", "EK", "QR", "IB", "AZ", "LO", "OS", "SK", "AY", "JL", "NH", "CA", "MU", "KE", "SQ", "TG", "VN", "GA", "ET", "KQ", "SV", "MS", "LX", "TP", "A3", "W6", "FR", "U2"]) + rpick(["", " "]) + str(R.randint(10, 2999))


def f_time():
    return "%02d:%02d" % (R.randint(6, 22), R.choice([0, 5, 10, 15, 20, 30, 40, 45, 50, 55]))


# --------------------------------------------------------------------------
# Template engine
#   {{NAME}} {{FIRST2}} {{PHONE@DE:mobile:natsl}} {{PHONE=a:e164}} {{EMAIL:co}}
#   {{IBAN@NL:c}} {{CARD:amex:sp}} {{IP}} {{IPV6}} {{SSN:sp}} {{DATE}} ...
# --------------------------------------------------------------------------
TOKEN_RE = re.compile(r"\{\{([A-Z][A-Z0-9_]*)(@[A-Z]{2})?(=[a-z0-9]+)?((?::[A-Za-z0-9_+.\-]+)*)\}\}")
ENTITY_TOKENS = {"PHONE": "PHONE", "EMAIL": "EMAIL", "CARD": "CARD", "IBAN": "IBAN", "IP": "IP", "IPV6": "IP", "SSN": "SSN"}
PERSON_TOKENS = ("NAME", "NAMEUP", "FIRST", "LAST", "EMAIL", "HANDLE", "INIT")
LANGS = {}


class Ctx:
    def __init__(self, lang):
        self.lang = lang
        self.b = LANGS[lang]
        self.people = {}
        self.vars = {}
        self.company = None
        self.phone_regions = []

    def person(self, i):
        if i not in self.people:
            used = [p[2] for p in self.people.values()]
            cands = [p for p in self.b["names"] if p[2] not in used]
            self.people[i] = rpick(cands)
        return self.people[i]

    def comp(self):
        if self.company is None:
            self.company = rpick(self.b["cos"])
        return self.company


def full_name(b, p):
    first, last = p[0], p[1]
    order = b.get("order", "fl")
    if order == "lf":
        return last + " " + first
    if order == "lf0":
        return last + first
    return first + " " + last


def resolve_entity(ctx, name, region, var, mods, pidx):
    b = ctx.b
    if var and var in ctx.vars:
        kind0, obj = ctx.vars[var]
        if kind0 == "PHONE":
            num, reg = obj
            style = next((m for m in mods if m not in KIND_TYPES), None) or rpick(PHONE_STYLES[reg])
            ctx.phone_regions.append(reg)
            return style_phone(num, reg, style)
        return obj
    if name == "PHONE":
        reg = region or wpick(b["regions"])
        kind = next((m for m in mods if m in KIND_TYPES), None)
        if kind is None:
            kind = "mobile" if R.random() < 0.6 else "fixed"
        style = next((m for m in mods if m not in KIND_TYPES), None) or rpick(PHONE_STYLES[reg])
        if kind == "toll" and pn.example_number_for_type(reg, PNT.TOLL_FREE) is None:
            kind = "fixed"
        num = rand_phone_number(reg, kind)
        if var:
            ctx.vars[var] = ("PHONE", (num, reg))
        ctx.phone_regions.append(reg)
        return style_phone(num, reg, style)
    if name == "EMAIL":
        p = ctx.person(pidx)
        lstyle = next((m for m in mods if m in ("dot", "plain", "init", "num", "year", "under", "rev")), None)
        if "qq" in mods:
            val = rdigits(R.randint(8, 10), True) + "@qq.com"
        elif "biz" in mods:
            val = rpick(b["L"]["roles_mail"]) + "@" + ctx.comp()[1]
        elif "co" in mods:
            val = email_local(p[2], lstyle or rpick(["dot", "dot", "init", "plain"])) + "@" + ctx.comp()[1]
        else:
            dom = next((m for m in mods if "." in m), None) or rpick(b["dom"])
            val = email_local(p[2], lstyle) + "@" + dom
        if "up" in mods:
            val = val[0].upper() + val[1:]
        if var:
            ctx.vars[var] = ("EMAIL", val)
        return val
    if name == "CARD":
        brand = next((m for m in mods if m in CARD_BRANDS), None)
        style = next((m for m in mods if m in ("sp", "c", "hy")), None)
        val = fmt_card(make_card(brand), style)
    elif name == "IBAN":
        cc = region or wpick(b["iban"])
        ib = make_iban(cc)
        if "c" in mods:
            val = ib
        elif "lc" in mods:
            val = group4(ib).lower()
        elif "g" in mods:
            val = group4(ib)
        else:
            val = group4(ib) if R.random() < 0.7 else ib
    elif name == "IP":
        val = make_ip4()
    elif name == "IPV6":
        st = next((m for m in mods if m in ("full", "eui", "short")), None)
        val = make_ip6(st)
    elif name == "SSN":
        st = "sp" if "sp" in mods else "bare" if "bare" in mods else "dash"
        val = make_ssn(st)
    else:
        raise AssertionError(name)
    if var:
        ctx.vars[var] = (name, val)
    return val


def resolve_plain(ctx, name, region, mods, pidx):
    b = ctx.b
    if name == "NAME":
        return full_name(b, ctx.person(pidx))
    if name == "NAMEUP":
        return full_name(b, ctx.person(pidx)).upper()
    if name == "FIRST":
        return ctx.person(pidx)[0]
    if name == "LAST":
        return ctx.person(pidx)[1]
    if name == "INIT":
        return ctx.person(pidx)[0][0] + "."
    if name == "HANDLE":
        return ctx.person(pidx)[2].replace(".", "_")
    if name == "COMPANY":
        return ctx.comp()[0]
    if name == "WEB":
        return "www." + ctx.comp()[1]
    if name == "CITY":
        return rpick(b["cities"])
    if name == "DATE":
        return f_date(mods[0] if mods else b["date"])
    if name == "DOB":
        y, m, d = R.randint(1941, 2004), R.randint(1, 12), R.randint(1, 28)
        fmt = mods[0] if mods else b["date"]
        if fmt == "mdy/":
            return "%02d/%02d/%d" % (m, d, y)
        if fmt == "ymd-":
            return "%d-%02d-%02d" % (y, m, d)
        return "%02d/%02d/%d" % (d, m, y)
    if name == "TIME":
        return f_time()
    if name == "PRICE":
        return f_price(mods[0] if mods else b["price"])
    if name == "ORDER":
        return f_order()
    if name == "INV":
        return f_inv()
    if name == "CUSTNO":
        return safe_digits(R.randint(7, 10))
    if name == "NUM":
        n = int(mods[0]) if mods else 6
        return safe_digits(n)
    if name == "NUMZ":
        n = int(mods[0]) if mods else 6
        return rdigits(n)
    if name == "REF":
        return "".join(R.choice(UPPER) for _ in range(2)) + safe_digits(R.randint(6, 9))
    if name == "TRACK":
        return f_track(mods[0] if mods else "dhl")
    if name == "ISBN":
        return isbn13()
    if name == "EAN":
        return ean13()
    if name == "VER":
        return f_version()
    if name == "SHA":
        return f_hex(int(mods[0]) if mods else 64)
    if name == "UUID":
        return f_uuid()
    if name == "COORD":
        return f_coord()
    if name == "POSTAL":
        return f_postal((region or "@" + b["regions"][0][0])[1:])
    if name == "NATID":
        return natid(mods[0])
    if name == "CREDID":
        return creditor_id((region or "@DE")[1:])
    if name == "FLIGHT":
        return f_flight()
    if name == "ZIP4":
        return f_zip4()
    if name == "EIN":
        return f_ein()
    if name == "ROUTING":
        return f_routing()
    if name == "IMEI":
        return f_imei()
    if name == "BADCARD":
        ln = int(mods[0]) if mods else 16
        pre = mods[1] if len(mods) > 1 else rpick(["4", "5", "37", "6"])
        return fmt_card(bad_card(ln, pre), mods[2] if len(mods) > 2 else None)
    if name == "BADIBAN":
        cc = (region or "@DE")[1:]
        v = bad_iban(cc)
        return group4(v) if "g" in mods else v
    if name == "BADSSN":
        st = "sp" if "sp" in mods else "bare" if "bare" in mods else "dash"
        k = next((m for m in mods if m in ("000", "666", "9xx", "g00", "s0000")), None)
        return bad_ssn(st, k)
    if name == "PRIVIP":
        return private_ip4()
    if name == "SORT":
        return "%s-%s-%s" % (rdigits(2, True), rdigits(2), rdigits(2))
    if name == "PNR":
        return "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "HOUR":
        return "%d" % R.randint(8, 20)
    if name == "YEAR":
        return str(R.randint(2019, 2026))
    if name == "AMOUNT":
        return str(R.randint(5, 950))
    if name == "PCT":
        return "%d,%d" % (R.randint(1, 40), R.randint(0, 9))
    if name == "HEX":
        return f_hex(int(mods[0]) if mods else 8)
    if name == "MAC":
        return ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    if name == "MBI":
        al = "ACDEFGHJKMNPQRTUVWXY"
        return "%s%s%s%s-%s%s%s-%s%s%s%s" % (R.randint(1, 9), R.choice(al), R.choice(al + DIGITS), R.randint(0, 9), R.choice(al), R.choice(al + DIGITS), R.randint(0, 9), R.choice(al), R.choice(al), R.randint(0, 9), R.randint(0, 9))
    if name == "VIN":
        al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
        return rpick(["1HG", "WVW", "JTD", "WBA", "VF1", "ZFA", "KMH", "3FA", "5YJ", "SAL"]) + "".join(R.choice(al) for _ in range(14))
    if name == "BIC":
        cc = (region or "@DE")[1:]
        return "".join(R.choice(UPPER) for _ in range(4)) + cc + R.choice(UPPER) + R.choice(UPPER + "2") + rpick(["", "XXX"])
    if name == "PORT":
        return str(R.randint(1025, 65000))
    raise AssertionError("unknown token " + name)


def render(ctx, tpl):
    out = []
    length = 0
    spans = []
    pos = 0
    for m in TOKEN_RE.finditer(tpl):
        lit = tpl[pos:m.start()]
        out.append(lit)
        length += len(lit)
        name, region, var, mods = m.group(1), m.group(2), m.group(3), m.group(4)
        var = var[1:] if var else None
        mods = [x for x in mods.split(":") if x] if mods else []
        pidx = 1
        base = name
        if name[-1].isdigit() and name[:-1] in PERSON_TOKENS:
            base, pidx = name[:-1], int(name[-1])
        if base in ENTITY_TOKENS:
            val = resolve_entity(ctx, base, region[1:] if region else None, var, mods, pidx)
            spans.append({"start": length, "end": length + len(val), "entity": ENTITY_TOKENS[base]})
        else:
            val = resolve_plain(ctx, base, region, mods, pidx)
        out.append(val)
        length += len(val)
        pos = m.end()
    out.append(tpl[pos:])
    text = "".join(out)
    if re.search(r"\{\{[A-Z]", text):
        raise AssertionError("unrendered token in " + tpl[:60])
    return text, spans


# --------------------------------------------------------------------------
# Accidental-value scanner (run on every text with gold spans masked out)
# --------------------------------------------------------------------------
CARD_SCAN = [re.compile(r"(?<![\d])\d{13,19}(?![\d])"),
             re.compile(r"(?<![\d])\d{4}([ -])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d])"),
             re.compile(r"(?<![\d])\d{4}([ -])\d{6}\1\d{4,5}(?![\d])")]
IBAN_SCAN = re.compile(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32})")
IP4_SCAN = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?!\.?\d)")
IP6_SCAN = re.compile(r"(?<![0-9A-Za-z:])([0-9A-Fa-f]{0,4}(?::{1,2}[0-9A-Fa-f]{0,4}){2,8})(?![0-9A-Za-z:])")
SSN_SCAN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
SSN_BARE = re.compile(r"(?i)\b(ssn|social|seguro social|tin)\b\D{0,25}(?<!\d)(\d{9})(?!\d)")
EMAIL_SCAN = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+\.[A-Za-z0-9.-]*[A-Za-z]")
PLUS_PHONE_SCAN = re.compile(r"\+\d[\d \-().]{5,}\d")


def accidental(text, spans, allow):
    """Return a list of problems: label-worthy values outside gold spans."""
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = "#"
    t = "".join(chars)
    probs = []
    if "luhn" not in allow:
        for rx in CARD_SCAN:
            for m in rx.finditer(t):
                d = re.sub(r"\D", "", m.group(0))
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    probs.append("luhn:" + m.group(0))
    for m in IBAN_SCAN.finditer(t):
        c = m.group(1).replace(" ", "")
        cc = c[:2]
        if cc in IBAN_LEN and len(c) >= IBAN_LEN[cc] and iban_mod97(c[:IBAN_LEN[cc]]) == 1:
            probs.append("iban:" + m.group(1))
    if "ip" not in allow:
        for m in IP4_SCAN.finditer(t):
            try:
                if ip_is_ok(m.group(1)):
                    probs.append("ip:" + m.group(1))
            except ValueError:
                pass
    for m in IP6_SCAN.finditer(t):
        try:
            if ip_is_ok(m.group(1)):
                probs.append("ip6:" + m.group(1))
        except ValueError:
            pass
    if "ssn" not in allow:
        for m in SSN_SCAN.finditer(t):
            if ssn_valid(m.group(1) + m.group(3) + m.group(4)):
                probs.append("ssn:" + m.group(0))
        for m in SSN_BARE.finditer(t):
            if ssn_valid(m.group(2)):
                probs.append("ssnbare:" + m.group(2))
    for m in EMAIL_SCAN.finditer(t):
        probs.append("email:" + m.group(0))
    if "phone" not in allow:
        for m in PLUS_PHONE_SCAN.finditer(t):
            try:
                n = pn.parse(m.group(0), None)
                if pn.is_valid_number(n):
                    probs.append("phone:" + m.group(0))
            except pn.NumberParseException:
                pass
    return probs


RECORDS = []
PROBLEM_RETRIES = [0]


def add(lang, tpl, note, want, allow=()):
    """Render tpl in language lang; want is 'positive' or 'hard_negative'."""
    for attempt in range(40):
        ctx = Ctx(lang)
        text, spans = render(ctx, tpl)
        probs = accidental(text, spans, allow)
        if not probs:
            break
        PROBLEM_RETRIES[0] += 1
    else:
        raise AssertionError("accidental values in %r: %s" % (text, probs))
    kind = "positive" if spans else "hard_negative"
    if kind != want:
        raise AssertionError("template kind mismatch (%s) for %r" % (want, tpl))
    RECORDS.append({"text": text, "spans": spans, "kind": kind, "note": note,
                    "_lang": lang, "_regions": list(ctx.phone_regions), "_allow": tuple(allow)})


# --------------------------------------------------------------------------
# Language banks
# --------------------------------------------------------------------------
def lang(code, base, name, names, regions, dom, cos, cities, date, price, L, pos, neg, iban=(), order="fl"):
    LANGS[code] = dict(code=code, base=base, name=name, names=names, regions=list(regions), dom=dom, cos=cos,
                       cities=cities, date=date, price=price, L=L, pos=pos, neg=neg, iban=list(iban), order=order)


def Lab(tel, mob, mail, name, roles, roles_mail, fax="Fax", contact="Contact", web="Web"):
    return dict(tel=tel, mob=mob, mail=mail, name=name, roles=roles, roles_mail=roles_mail, fax=fax, contact=contact, web=web)


lang("de", "de", "German",
     [("Lukas", "Becker", "lukas.becker"), ("Anna", "Schmidt", "anna.schmidt"), ("Jonas", "Weber", "jonas.weber"),
      ("Katrin", "Hoffmann", "katrin.hoffmann"), ("Jürgen", "Müller", "juergen.mueller"), ("Sabine", "Schäfer", "sabine.schaefer"),
      ("Tobias", "Krüger", "tobias.krueger"), ("Lea", "Wagner", "lea.wagner"), ("Maximilian", "Fischer", "max.fischer"),
      ("Birgit", "Koch", "birgit.koch")],
     [("DE", 6), ("AT", 2), ("CH", 2)],
     ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "outlook.de", "gmx.at", "bluewin.ch"],
     [("Müller Haustechnik GmbH", "mueller-haustechnik.de"), ("Kanzlei Berger & Partner", "kanzlei-berger.de"),
      ("Schreinerei Vogt", "schreinerei-vogt.de"), ("Praxis Dr. Lang", "praxis-lang.de"), ("Autohaus Reiter KG", "autohaus-reiter.de")],
     ["Berlin", "Hamburg", "München", "Köln", "Leipzig", "Wien", "Graz", "Zürich", "Basel"],
     "dmy.", "eur_de",
     Lab("Tel.", "Mobil", "E-Mail", "Name", ["Vertrieb", "Kundenservice", "Geschäftsführung"], ["info", "kontakt", "service", "buchhaltung"], contact="Kontakt"),
     [("German chat, new mobile number", "Hi {{FIRST}}, meine neue Handynummer ist {{PHONE@DE:mobile}}. Die alte kannst du löschen."),
      ("German formal letter, landline with slash", "Sehr geehrte Damen und Herren,\nbitte rufen Sie mich unter {{PHONE@DE:fixed:natsl}} zurück, am besten vormittags.\nMit freundlichen Grüßen\n{{NAME}}"),
      ("German chat, IBAN for sending money", "Bitte überweis die 45 € fürs Geschenk auf {{IBAN@DE}} (Kontoinhaber: {{NAME}}). Danke!"),
      ("German support chat, card number and expiry", "Die Zahlung ist fehlgeschlagen. Meine Kartennummer lautet {{CARD}}, gültig bis 09/27 – können Sie es bitte nochmal versuchen?"),
      ("German login alert with IPv4", "Neue Anmeldung in Ihrem Konto von der IP-Adresse {{IP}} (Standort: {{CITY}}). Waren Sie das nicht, ändern Sie bitte sofort Ihr Passwort."),
      ("German flyer, unlabelled landline", "Pizzeria Da Enzo – Lieferservice {{PHONE@DE:fixed}} – täglich 11:30–23:00"),
      ("German flat viewing, mobile with hyphen and e-mail", "Wohnungsbesichtigung am Samstag: bei Fragen einfach {{FIRST}} anrufen, {{PHONE@DE:mobile:nat1hy}}, oder eine Mail an {{EMAIL}}."),
      ("Swiss German dialect message, Swiss mobile", "Grüezi {{FIRST}}, chönd Sie mi bitte under {{PHONE@CH:mobile}} aalüüte? Merci vilmal."),
      ("Austrian message, international mobile", "Servus! Bin bis Freitag in Wien erreichbar unter {{PHONE@AT:mobile:intl}}."),
      ("German OCR letterhead, number wrapped onto the next line", "Praxis Dr. Lang · Hauptstr. 12 · Tel.: {{PHONE@DE:fixed:wrap}}\nSprechzeiten Mo–Fr 8–12 Uhr"),
      ("German doctor's office, landline with Durchwahl outside span", "Praxis Dr. Lang, Anmeldung: {{PHONE@DE:fixed}}, Durchwahl 12 (Labor)"),
      ("German speech transcript, caller gives mobile", "[00:01:14] Anrufer: Ja, also meine Nummer ist die {{PHONE@DE:mobile}}, da bin ich ab fünf erreichbar.\n[00:01:21] Agent: Danke, habe ich notiert."),
      ],
     [("German order confirmation with DHL tracking and dates", "Ihre Bestellung {{ORDER}} vom {{DATE}} wurde an DHL übergeben. Sendungsnummer: {{TRACK:dhl}}. Voraussichtliche Zustellung: {{DATE}}."),
      ("German invoice line, customer number and amount", "Rechnung Nr. {{INV}} – Kundennummer {{CUSTNO}} – Rechnungsbetrag {{PRICE}} – fällig am {{DATE}}."),
      ("German tax id labelled (not a phone)", "Ihre steuerliche Identifikationsnummer (Steuer-ID): {{NATID:de_steuer}}. Bitte bei allen Anfragen an das Finanzamt angeben."),
      ("German court file number and date", "Aktenzeichen 2 O 318/23 – Verhandlungstermin am {{DATE}} um 09:30 Uhr, Saal 1.104."),
      ("German meter reading", "Zählerstand Strom: 048213,7 kWh (Zählernummer 1ESY11{{NUMZ:8}}), abgelesen am {{DATE}}."),
      ("German SEPA creditor id and mandate reference", "Gläubiger-Identifikationsnummer: {{CREDID@DE}} · Mandatsreferenz: {{REF}}"),
      ("German bank code and account number labelled (not IBAN)", "Alte Bankverbindung: BLZ {{NUMZ:3}} {{NUMZ:3}} {{NUMZ:2}}, Kontonummer {{NUM:10}} – bitte nur noch für Altverträge verwenden."),
      ("Swiss AHV number labelled", "AHV-Nummer: {{NATID:ch_ahv}} · Versichertenkarte gültig bis {{DATE}}"),
      ])

lang("fr", "fr", "French",
     [("Camille", "Dubois", "camille.dubois"), ("Julien", "Moreau", "julien.moreau"), ("Manon", "Lefèvre", "manon.lefevre"),
      ("Nicolas", "Girard", "nicolas.girard"), ("Élodie", "Laurent", "elodie.laurent"), ("Thomas", "Bernard", "thomas.bernard"),
      ("Chloé", "Petit", "chloe.petit"), ("Antoine", "Roux", "antoine.roux"), ("Sophie", "Lambert", "sophie.lambert"),
      ("Mathieu", "Fontaine", "mathieu.fontaine")],
     [("FR", 8), ("BE", 2), ("CH", 1), ("LU", 1)],
     ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "gmail.com", "hotmail.fr", "yahoo.fr", "skynet.be"],
     [("Boulangerie Martin", "boulangerie-martin.fr"), ("Cabinet Leroy Avocats", "leroy-avocats.fr"), ("Garage du Centre", "garageducentre.fr"),
      ("Agence Immobilière Horizon", "horizon-immo.fr")],
     ["Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Bordeaux", "Bruxelles", "Liège", "Genève"],
     "dmy/", "eur_fr",
     Lab("Tél.", "Portable", "E-mail", "Nom", ["Responsable commercial", "Service client", "Gérante"], ["contact", "info", "accueil", "compta"]),
     [("French SMS asking to call back on a mobile", "Coucou {{FIRST}} ! Rappelle-moi au {{PHONE@FR:mobile}} quand tu peux, c'est pour samedi."),
      ("French landlord message, dotted landline and e-mail", "Bonjour, pour visiter l'appartement contactez-moi au {{PHONE@FR:fixed:natdot}} ou par mail : {{EMAIL}}. Cordialement, {{NAME}}"),
      ("French payment request with IBAN", "Merci de régler la facture par virement sur le compte suivant :\nTitulaire : {{NAME}}\nIBAN : {{IBAN@FR:g}}\nBIC : BNPAFRPPXXX"),
      ("French customer giving card number in chat", "Je n'arrive pas à payer en ligne, voici ma carte : {{CARD:visa}} exp 11/26. Vous pouvez débiter directement ?"),
      ("Belgian French office hours, landline", "Pour toute question, notre secrétariat est joignable au {{PHONE@BE:fixed}} du lundi au vendredi de 9h à 17h."),
      ("Quebec French voicemail transcript, NANP number", "Message vocal : « Oui bonjour, c'est {{FIRST}}, rappelez-moi au {{PHONE@CA:fixed:nathy}}, merci. »"),
      ("French security alert with IP", "Une connexion inhabituelle a été détectée depuis l'adresse IP {{IP}} le {{DATE}} à {{TIME}}."),
      ("Senegalese French classified ad, mobile", "À vendre : moto Jakarta, bon état, prix à débattre. Appelez le {{PHONE@SN:mobile}} (Dakar)."),
      ("Moroccan French, +212 mobile for WhatsApp", "Pour les réservations du riad à Marrakech : {{PHONE@MA:mobile:intl}} (WhatsApp aussi)."),
      ("Ivorian French, mobile with +225", "Contact Abidjan : {{PHONE@CI:mobile:intl}}, demandez {{FIRST}}."),
      ("French mobile with +33 (0) notation", "Joignable pendant le salon au {{PHONE@FR:mobile:intl0}}."),
      ],
     [("French order confirmation with tracking and price", "Votre commande n° {{ORDER}} du {{DATE}} a été expédiée. Numéro de suivi Colissimo : 6A{{NUM:11}}. Total TTC : {{PRICE}}."),
      ("French NIR (social security number, not US SSN) labelled", "Numéro de sécurité sociale : {{NATID:fr_nir}} — à reporter sur la feuille de soins."),
      ("French invoice with SIRET and VAT number", "Facture {{INV}} — SIRET {{NUM:3}} {{NUMZ:3}} {{NUMZ:3}} {{NUMZ:5}} — TVA intracommunautaire FR{{NUMZ:2}}{{NUMZ:9}} — échéance le {{DATE}}."),
      ("French train ticket with times, coach and seat", "TGV INOUI n° {{NUM:4}} — départ Paris Gare de Lyon {{TIME}}, arrivée Lyon Part-Dieu {{TIME}} — voiture 14, place 83 — dossier {{PNR}}."),
      ("French membership number grouped in pairs like a phone", "N° d'adhérent : {{NUM:2}} {{NUMZ:2}} {{NUMZ:2}} {{NUMZ:2}} {{NUMZ:2}} — carte valable jusqu'au {{DATE}}."),
      ("Belgian national register number labelled", "Numéro de registre national : {{NATID:be_rrn}} · Référence dossier {{REF}}"),
      ])

lang("es", "es", "Spanish",
     [("Lucía", "García", "lucia.garcia"), ("Javier", "Fernández", "javier.fernandez"), ("Carmen", "López", "carmen.lopez"),
      ("Alejandro", "Martínez", "alejandro.martinez"), ("Sofía", "Sánchez", "sofia.sanchez"), ("Diego", "Romero", "diego.romero"),
      ("Valentina", "Torres", "valentina.torres"), ("Mateo", "Herrera", "mateo.herrera"), ("Camila", "Rojas", "camila.rojas"),
      ("Santiago", "Morales", "santiago.morales")],
     [("ES", 5), ("MX", 3), ("AR", 2), ("CO", 2), ("CL", 1), ("PE", 1), ("EC", 1)],
     ["gmail.com", "hotmail.com", "yahoo.es", "telefonica.net", "outlook.es", "prodigy.net.mx", "hotmail.com.ar", "yahoo.com.mx"],
     [("Talleres Hermanos Ruiz S.L.", "talleresruiz.es"), ("Clínica Dental Sonrisa", "clinicasonrisa.es"),
      ("Inmobiliaria del Valle", "inmodelvalle.com.mx"), ("Distribuidora Andina S.A.S.", "distandina.com.co")],
     ["Madrid", "Barcelona", "Valencia", "Sevilla", "Ciudad de México", "Guadalajara", "Buenos Aires", "Bogotá", "Medellín", "Lima", "Quito"],
     "dmy/", "eur_de",
     Lab("Tel.", "Móvil", "Correo", "Nombre", ["Director comercial", "Atención al cliente", "Administración"], ["info", "contacto", "ventas", "administracion"]),
     [("Spanish WhatsApp, mobile grouped 3-3-3", "Hola {{FIRST}}, soy yo, apunta mi número nuevo: {{PHONE@ES:mobile:g333}}. ¡Besos!"),
      ("Spanish rental listing, landline", "Se alquila piso en {{CITY}}, 3 habitaciones, 850 €/mes. Llamar al {{PHONE@ES:fixed}} (tardes)."),
      ("Spanish bank transfer details", "Para la reserva, haz una transferencia de 150 € a esta cuenta: {{IBAN@ES}} (titular {{NAME}}). Concepto: reserva casa rural."),
      ("Mexican contact with +52 mobile and e-mail", "Cualquier duda me escribes a {{EMAIL}} o al cel. {{PHONE@MX:mobile:intl}}. Saludos desde {{CITY}}."),
      ("Argentinian mobile in national 15 format", "Che, te paso el número de mi viejo: {{PHONE@AR:mobile:nat}}, llamalo después de las 18."),
      ("Colombian support chat, card number", "Buenas tardes, el pago con mi tarjeta {{CARD:mc}} fue rechazado, ¿me pueden ayudar?"),
      ("Chilean landline", "Consultas al {{PHONE@CL:fixed}} o en nuestra sucursal de Providencia."),
      ("Peruvian classified ad, unlabelled mobile", "Vendo laptop Lenovo casi nueva, S/ 1 800 — {{PHONE@PE:mobile}} — Miraflores."),
      ("Ecuadorian message, mobile", "Mija, cualquier cosa me llamas al {{PHONE@EC:mobile}}, estoy en Guayaquil hasta el lunes."),
      ("US Spanish-language form with SSN", "Solicitud de empleo\nNombre: {{NAME}}\nNúmero de Seguro Social: {{SSN}}\nTeléfono: {{PHONE@US:mobile:nat}}"),
      ],
     [("Spanish DNI and NIE labelled", "Documentación recibida: DNI {{NATID:es_dni}} (titular) y NIE {{NATID:es_nie}} (cónyuge)."),
      ("Spanish invoice with order number and amounts", "Factura {{INV}} · Nº de pedido {{ORDER}} · Base imponible {{PRICE}} · IVA 21 % · Vencimiento {{DATE}}"),
      ("Mexican CURP labelled", "CURP: {{NATID:mx_curp}} · RFC en trámite · Fecha de alta {{DATE}}"),
      ("Argentine DNI and CUIT", "DNI {{NATID:ar_dni}} — CUIT 20-{{NUMZ:8}}-{{NUMZ:1}} — Nº de socio {{NUM:7}}"),
      ("Spanish flight and booking locator", "Vuelo {{FLIGHT}} Madrid–Bogotá, salida {{TIME}}, puerta B32, asiento 27C. Localizador: {{PNR}}."),
      ("Spanish electricity bill, CUPS and contract", "Código CUPS: ES00{{NUMZ:16}}AB · Nº de contrato {{NUM:10}} · Potencia contratada 4,6 kW"),
      ])

lang("pt-BR", "pt", "Portuguese (Brazil)",
     [("João", "Silva", "joao.silva"), ("Ana", "Souza", "ana.souza"), ("Pedro", "Oliveira", "pedro.oliveira"),
      ("Mariana", "Costa", "mariana.costa"), ("Lucas", "Pereira", "lucas.pereira"), ("Juliana", "Almeida", "juliana.almeida"),
      ("Rafael", "Carvalho", "rafael.carvalho"), ("Beatriz", "Rodrigues", "beatriz.rodrigues")],
     [("BR", 1)],
     ["gmail.com", "hotmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "yahoo.com.br", "outlook.com"],
     [("Padaria Pão Dourado", "paodourado.com.br"), ("Oficina Mecânica Silva & Filhos", "oficinasilva.com.br"), ("Contabilidade Almeida", "almeidacontabil.com.br")],
     ["São Paulo", "Rio de Janeiro", "Belo Horizonte", "Curitiba", "Porto Alegre", "Recife", "Salvador", "Fortaleza"],
     "dmy/", "brl",
     Lab("Tel.", "Cel.", "E-mail", "Nome", ["Gerente comercial", "Atendimento", "Financeiro"], ["contato", "atendimento", "financeiro", "vendas"], contact="Contato"),
     [("Brazilian WhatsApp, mobile with area code in parentheses", "Oi {{FIRST}}! Meu zap mudou, agora é {{PHONE@BR:mobile:nat}}. Salva aí!"),
      ("Brazilian store footer, landline and e-mail", "Loja {{COMPANY}} — {{PHONE@BR:fixed}} — {{EMAIL:biz}} — Seg. a sáb. das 8h às 18h"),
      ("Brazilian card payment complaint, Elo card", "Fiz a compra com o cartão {{CARD:elo}} e foi cobrado duas vezes. Podem estornar?"),
      ("Brazilian IBAN for international transfer", "Para transferência internacional use o IBAN {{IBAN@BR}} (titular {{NAME}})."),
      ("Brazilian commercial contact, +55 mobile", "Contato comercial: {{NAME}}, {{PHONE@BR:mobile:intl}}, {{EMAIL:co}}"),
      ("Brazilian Pix key is a phone number", "Pode mandar o Pix pra chave celular {{PHONE@BR:mobile:e164}}, em nome de {{NAME}}."),
      ],
     [("Brazilian CPF and CEP, no phone", "CPF: {{NATID:br_cpf}} · CEP {{POSTAL@BR}} · Pedido nº {{ORDER}}"),
      ("Brazilian boleto digitable line", "Linha digitável: {{NUMZ:5}}.{{NUMZ:5}} {{NUMZ:5}}.{{NUMZ:6}} {{NUMZ:5}}.{{NUMZ:6}} {{NUMZ:1}} {{NUM:14}}"),
      ("Brazilian Correios tracking", "Objeto {{TRACK:br}} postado em {{DATE}} — em trânsito para a unidade de distribuição."),
      ("Brazilian price promotion", "Promoção: notebook {{PRICE}} em até 10x sem juros, ou {{PRICE}} à vista no Pix."),
      ])

lang("pt-PT", "pt", "Portuguese (Portugal)",
     [("Tiago", "Ferreira", "tiago.ferreira"), ("Inês", "Rodrigues", "ines.rodrigues"), ("Rui", "Martins", "rui.martins"),
      ("Catarina", "Sousa", "catarina.sousa"), ("Miguel", "Gonçalves", "miguel.goncalves"), ("Leonor", "Fernandes", "leonor.fernandes")],
     [("PT", 5), ("AO", 1), ("MZ", 1)],
     ["sapo.pt", "gmail.com", "hotmail.com", "netcabo.pt", "iol.pt", "outlook.pt"],
     [("Restaurante O Cantinho", "ocantinho.pt"), ("Clínica Dentária Sorriso", "sorrisoclinica.pt"), ("Imobiliária Tejo", "imotejo.pt")],
     ["Lisboa", "Porto", "Braga", "Coimbra", "Faro", "Luanda", "Maputo"],
     "dmy/", "eur_de",
     Lab("Tel.", "Telemóvel", "Email", "Nome", ["Diretor comercial", "Apoio ao cliente"], ["geral", "info", "reservas"], contact="Contactos"),
     [("European Portuguese reservation, landline and mobile", "Reservas pelo {{PHONE@PT:fixed}} ou pelo telemóvel {{PHONE@PT:mobile}}. Encerramos à segunda-feira."),
      ("Portuguese transfer details with IBAN", "Pode fazer a transferência para o IBAN {{IBAN@PT}} em nome de {{NAME}}. Obrigada!"),
      ("Angolan classified ad, +244", "Vende-se Toyota Hilux 2015 em Luanda, contactar {{PHONE@AO:mobile:intl}}."),
      ("Mozambican SMS with mobile", "Mana, liga-me para {{PHONE@MZ:mobile}} amanhã de manhã, o outro número está sem saldo."),
      ("Portuguese MB WAY payment to phone", "Envia por MB WAY para o {{PHONE@PT:mobile:nsn}}, é o número da tesoureira."),
      ],
     [("Portuguese NIF and postal code", "NIF {{NATID:pt_nif}} · Código postal {{POSTAL@PT}} · Fatura {{INV}}"),
      ("Portuguese Multibanco reference shaped like a phone", "Pagamento por Multibanco — Entidade: {{NUMZ:5}} · Referência: {{NUM:3}} {{NUMZ:3}} {{NUMZ:3}} · Montante: {{PRICE}}"),
      ("Portuguese train times", "Alfa Pendular {{NUM:3}}: partida de Lisboa Santa Apolónia às {{TIME}}, chegada ao Porto Campanhã às {{TIME}}, carruagem 3, lugar 54."),
      ])

lang("it", "it", "Italian",
     [("Giulia", "Rossi", "giulia.rossi"), ("Marco", "Bianchi", "marco.bianchi"), ("Francesca", "Romano", "francesca.romano"),
      ("Alessandro", "Colombo", "alessandro.colombo"), ("Chiara", "Ricci", "chiara.ricci"), ("Luca", "Marino", "luca.marino"),
      ("Martina", "Greco", "martina.greco"), ("Matteo", "Esposito", "matteo.esposito")],
     [("IT", 8), ("CH", 1)],
     ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it", "yahoo.it", "tin.it"],
     [("Trattoria da Gino", "trattoriadagino.it"), ("Studio Legale Ferri", "studiolegaleferri.it"), ("Idraulica Conti Srl", "idraulicaconti.it")],
     ["Roma", "Milano", "Napoli", "Torino", "Bologna", "Firenze", "Palermo", "Bari", "Lugano"],
     "dmy/", "eur_it",
     Lab("Tel.", "Cell.", "E-mail", "Nome", ["Responsabile vendite", "Ufficio amministrativo"], ["info", "amministrazione", "prenotazioni"], contact="Contatti"),
     [("Italian chat with mobile", "Ciao {{FIRST}}, ti lascio il mio cell: {{PHONE@IT:mobile}}. Sentiamoci stasera!"),
      ("Italian restaurant booking, landline and e-mail", "Prenotazioni al {{PHONE@IT:fixed}} oppure via mail a {{EMAIL:biz}}. Chiuso il lunedì."),
      ("Italian bank transfer IBAN", "Puoi fare il bonifico sull'IBAN {{IBAN@IT}} intestato a {{NAME}}, causale: quota calcetto."),
      ("Italian certified e-mail (PEC)", "Inviare la documentazione firmata via PEC all'indirizzo {{EMAIL:pec.it}} entro il {{DATE}}."),
      ("Ticino Italian, Swiss landline", "Per urgenze chiamare il {{PHONE@CH:fixed}} (studio di Lugano)."),
      ("Italian login alert with IPv6", "Accesso effettuato da un nuovo dispositivo, indirizzo IP {{IPV6}}, il {{DATE}} alle {{TIME}}."),
      ("Italian mobile written 3+7", "Per info sul corso scrivete su WhatsApp al {{PHONE@IT:mobile:g37}} ({{FIRST}})."),
      ],
     [("Italian codice fiscale and VAT number", "Codice fiscale: {{NATID:it_cf}} — Partita IVA: IT{{NUMZ:11}} — Fattura n. {{INV}}"),
      ("Italian train ticket", "Frecciarossa {{NUM:4}} Milano Centrale {{TIME}} → Roma Termini {{TIME}}, carrozza 7, posto 12A, PNR {{PNR}}."),
      ("Italian courier shipment number", "Spedizione BRT n. {{NUM:12}} affidata al corriere il {{DATE}}; consegna prevista entro 48 ore."),
      ("Italian customer code and electricity contract", "Codice cliente {{NUM:3}} {{NUMZ:3}} {{NUMZ:4}} — CAP {{POSTAL@IT}} — Contratto luce n. {{NUM:9}}"),
      ])

lang("nl", "nl", "Dutch",
     [("Daan", "de Jong", "daan.dejong"), ("Emma", "Jansen", "emma.jansen"), ("Sem", "de Vries", "sem.devries"),
      ("Sanne", "van den Berg", "sanne.vandenberg"), ("Lars", "Bakker", "lars.bakker"), ("Fleur", "Visser", "fleur.visser"),
      ("Bram", "Smit", "bram.smit"), ("Lotte", "Peeters", "lotte.peeters")],
     [("NL", 6), ("BE", 2)],
     ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.com", "outlook.com", "xs4all.nl", "telenet.be", "planet.nl"],
     [("Bakkerij Van Dam", "bakkerijvandam.nl"), ("Installatiebedrijf De Groot B.V.", "degroot-installatie.nl"), ("Tandartspraktijk Centrum", "tandartscentrum.nl")],
     ["Amsterdam", "Rotterdam", "Utrecht", "Den Haag", "Eindhoven", "Groningen", "Antwerpen", "Gent"],
     "dmy-", "eur_nl",
     Lab("Tel.", "Mobiel", "E-mail", "Naam", ["Accountmanager", "Klantenservice"], ["info", "klantenservice", "administratie"]),
     [("Dutch marketplace message, 06 mobile with hyphen", "Is de fiets nog beschikbaar? Je kunt me bereiken op {{PHONE@NL:mobile:nat1hy}}, groetjes {{FIRST}}"),
      ("Dutch payment request with IBAN", "Wil je de €23,50 voor de pizza overmaken naar {{IBAN@NL}} t.n.v. {{NAME}}? Thanks!"),
      ("Dutch company contact, landline and e-mail", "Heeft u vragen? Bel ons op {{PHONE@NL:fixed}} (ma-vr 8.30-17.00) of mail naar {{EMAIL:biz}}."),
      ("Flemish message with Belgian mobile", "Hey, ik ben mijn gsm kwijt, bel me voorlopig op {{PHONE@BE:mobile}}. Dank je!"),
      ("Dutch helpdesk note with IP", "Melding: klant kan niet inloggen, laatste poging vanaf {{IP}}, account geblokkeerd na 5 pogingen."),
      ("Dutch mobile with +31 (0)", "Bereikbaar via {{PHONE@NL:mobile:intl0}} (ook WhatsApp)."),
      ],
     [("Dutch BSN, postcode and customer number", "BSN: {{NATID:nl_bsn}} · Postcode: {{POSTAL@NL}} · Klantnummer: {{CUSTNO}}"),
      ("Dutch PostNL track and trace", "Je pakket met Track & Trace code {{TRACK:postnl}} wordt morgen tussen {{TIME}} en {{TIME}} bezorgd."),
      ("Dutch 16-digit payment reference (fails Luhn)", "Factuurnummer {{INV}} — betalingskenmerk {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} — bedrag {{PRICE}}"),
      ("Dutch chamber of commerce and VAT numbers", "KvK {{NUM:8}} · btw-nummer NL{{NUMZ:9}}B01 · vestigingsnummer {{NUMZ:12}}"),
      ])

lang("pl", "pl", "Polish",
     [("Anna", "Nowak", "anna.nowak"), ("Piotr", "Wiśniewski", "piotr.wisniewski"), ("Katarzyna", "Kowalska", "katarzyna.kowalska"),
      ("Tomasz", "Wójcik", "tomasz.wojcik"), ("Magdalena", "Kamińska", "magdalena.kaminska"), ("Michał", "Lewandowski", "michal.lewandowski"),
      ("Agnieszka", "Zielińska", "agnieszka.zielinska"), ("Łukasz", "Szymański", "lukasz.szymanski")],
     [("PL", 1)],
     ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gmail.com", "op.pl"],
     [("Usługi Remontowe Kowalczyk", "remonty-kowalczyk.pl"), ("Kancelaria Adwokacka Nowak", "kancelarianowak.pl"), ("Piekarnia Pod Lipą", "piekarniapodlipa.pl")],
     ["Warszawa", "Kraków", "Łódź", "Wrocław", "Poznań", "Gdańsk"],
     "dmy.", "pln",
     Lab("tel.", "kom.", "e-mail", "Imię i nazwisko", ["Dział obsługi klienta", "Kierownik sprzedaży"], ["biuro", "kontakt", "sklep"], contact="Kontakt"),
     [("Polish classified ad with mobile", "Sprzedam rower górski, stan bardzo dobry. Kontakt: {{PHONE@PL:mobile}}, najlepiej po 17."),
      ("Polish transfer request with IBAN", "Proszę o przelew na konto {{IBAN@PL}}, w tytule: czynsz za marzec. Pozdrawiam, {{NAME}}"),
      ("Polish e-mail signature", "Z poważaniem\n{{NAME}}\nDział obsługi klienta\ntel. {{PHONE@PL:fixed}}\nkom. {{PHONE@PL:mobile:nathy}}\n{{EMAIL:co}}"),
      ("Polish card complaint", "Dzień dobry, z mojej karty {{CARD}} pobrano dwa razy tę samą kwotę, proszę o zwrot."),
      ("Polish BLIK-style phone transfer", "Wyślij mi BLIKiem na numer {{PHONE@PL:mobile:nsn}}, oddam w piątek."),
      ],
     [("Polish PESEL, NIP and REGON labelled", "PESEL: {{NATID:pl_pesel}}, NIP: {{NUM:3}}-{{NUMZ:3}}-{{NUMZ:2}}-{{NUMZ:2}}, REGON: {{NUM:9}}"),
      ("Polish parcel locker notice", "Twoja paczka {{TRACK:inpost}} czeka w Paczkomacie WAW123M. Kod odbioru: {{NUMZ:6}}."),
      ("Polish VAT invoice", "Faktura VAT nr {{INV}} z dnia {{DATE}}, do zapłaty {{PRICE}}, termin płatności 14 dni."),
      ])

lang("cs", "cs", "Czech",
     [("Jan", "Novák", "jan.novak"), ("Petra", "Svobodová", "petra.svobodova"), ("Tomáš", "Dvořák", "tomas.dvorak"),
      ("Lucie", "Černá", "lucie.cerna"), ("Martin", "Procházka", "martin.prochazka"), ("Eva", "Kučerová", "eva.kucerova")],
     [("CZ", 1)],
     ["seznam.cz", "email.cz", "centrum.cz", "gmail.com", "volny.cz", "post.cz"],
     [("Autoservis Dvořák s.r.o.", "autoservis-dvorak.cz"), ("Kavárna U Mostu", "kavarnaumostu.cz")],
     ["Praha", "Brno", "Ostrava", "Plzeň", "Olomouc"],
     "dmy.", "czk",
     Lab("tel.", "mobil", "e-mail", "Jméno", ["obchodní oddělení", "zákaznická podpora"], ["info", "objednavky", "kancelar"], contact="Kontakt"),
     [("Czech SMS with mobile", "Ahoj, tady {{FIRST}}, mám nové číslo {{PHONE@CZ:mobile}}, ulož si ho prosím."),
      ("Czech payment request with IBAN", "Platbu prosím pošlete na účet IBAN {{IBAN@CZ}}, variabilní symbol {{NUM:10}}."),
      ("Czech contact page", "Kontakt: {{COMPANY}}, tel.: {{PHONE@CZ:fixed}}, e-mail: {{EMAIL:biz}}"),
      ("Czech login notice with IP", "Přihlášení z nového zařízení (IP adresa {{IP}}) dne {{DATE}}."),
      ],
     [("Czech birth number and company id", "Rodné číslo: {{NATID:cz_rc}}, IČO: {{NUM:8}}, DIČ: CZ{{NUMZ:8}}"),
      ("Czech domestic bank account labelled", "Číslo účtu: {{NUMZ:6}}-{{NUM:10}}/0800, konstantní symbol 0308, specifický symbol {{NUM:6}}"),
      ("Czech train ticket", "Vlak EC {{NUM:3}} Praha hl.n. {{TIME}} – Brno hl.n. {{TIME}}, vůz 265, místo 41."),
      ])

lang("sk", "sk", "Slovak",
     [("Peter", "Horváth", "peter.horvath"), ("Zuzana", "Kováčová", "zuzana.kovacova"), ("Marek", "Varga", "marek.varga"),
      ("Jana", "Tóthová", "jana.tothova"), ("Lukáš", "Baláž", "lukas.balaz")],
     [("SK", 1)],
     ["azet.sk", "zoznam.sk", "centrum.sk", "gmail.com", "post.sk"],
     [("Stavebniny Horváth", "stavebniny-horvath.sk"), ("Zubná ambulancia Dr. Varga", "zubarvarga.sk")],
     ["Bratislava", "Košice", "Žilina", "Nitra", "Banská Bystrica"],
     "dmy.", "eur_fr",
     Lab("tel.", "mobil", "e-mail", "Meno", ["obchodné oddelenie", "zákaznícky servis"], ["info", "objednavky"], contact="Kontakt"),
     [("Slovak message with 09xx mobile", "Dobrý deň, volajte mi prosím na {{PHONE@SK:mobile}}, som k dispozícii celý deň."),
      ("Slovak IBAN in payment instruction", "Úhradu vykonajte na IBAN {{IBAN@SK}}, do poznámky uveďte číslo faktúry."),
      ("Slovak order line, international landline and e-mail", "Objednávky: {{PHONE@SK:fixed:intl}} | {{EMAIL:biz}}"),
      ],
     [("Slovak birth number and company id", "Rodné číslo: {{NATID:sk_rc}}, IČO: {{NUM:8}}, číslo zmluvy {{NUM:10}}"),
      ("Slovak order and parcel", "Objednávka č. {{ORDER}} bola odoslaná dňa {{DATE}}, číslo zásielky {{TRACK:sk}}."),
      ])

lang("hu", "hu", "Hungarian",
     [("László", "Nagy", "laszlo.nagy"), ("Katalin", "Kovács", "katalin.kovacs"), ("Gábor", "Tóth", "gabor.toth"),
      ("Eszter", "Szabó", "eszter.szabo"), ("Zoltán", "Horváth", "zoltan.horvath"), ("Anna", "Varga", "anna.varga")],
     [("HU", 1)],
     ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu", "indamail.hu"],
     [("Kovács és Társa Kft.", "kovacsestarsa.hu"), ("Napfény Fogászat", "napfenyfogaszat.hu")],
     ["Budapest", "Debrecen", "Szeged", "Pécs", "Győr"],
     "ymd.", "huf",
     Lab("Tel.", "Mobil", "E-mail", "Név", ["értékesítési vezető", "ügyfélszolgálat"], ["info", "iroda", "foglalas"], contact="Kapcsolat"),
     [("Hungarian message with 06 mobile", "Szia! Az új számom {{PHONE@HU:mobile}}, a régit töröld légyszi. {{FIRST}}"),
      ("Hungarian invoice footer with IBAN and tax number", "Bankszámla (IBAN): {{IBAN@HU}} · SWIFT: OTPVHUHB · Adószám: {{NUMZ:8}}-{{NUMZ:1}}-{{NUMZ:2}}"),
      ("Hungarian booking, landline and e-mail", "Asztalfoglalás: {{PHONE@HU:fixed}} vagy {{EMAIL:biz}}"),
      ("Hungarian card blocking request", "A {{CARD:mc}} számú kártyámat letiltanám, mert elvesztettem."),
      ],
     [("Hungarian social insurance (TAJ) and tax id labelled", "TAJ-szám: {{NATID:hu_taj}} · Adóazonosító jel: {{NUM:10}}"),
      ("Hungarian order with dates", "A(z) {{ORDER}} számú rendelését {{DATE}} napon feladtuk, várható kézbesítés: {{DATE}}."),
      ("Hungarian train ticket", "IC {{NUM:3}} Budapest-Keleti {{TIME}} – Miskolc-Tiszai {{TIME}}, 21-es kocsi, 45-ös hely."),
      ], order="lf")

lang("ro", "ro", "Romanian",
     [("Andrei", "Popescu", "andrei.popescu"), ("Ioana", "Ionescu", "ioana.ionescu"), ("Mihai", "Popa", "mihai.popa"),
      ("Elena", "Dumitru", "elena.dumitru"), ("Alexandru", "Stan", "alexandru.stan"), ("Maria", "Gheorghe", "maria.gheorghe")],
     [("RO", 5), ("MD", 1)],
     ["yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"],
     [("Service Auto Popescu SRL", "serviceautopopescu.ro"), ("Cabinet Stomatologic Zâmbet", "cabinetzambet.ro")],
     ["București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța", "Chișinău"],
     "dmy.", "ron",
     Lab("Tel.", "Mobil", "E-mail", "Nume", ["Director vânzări", "Relații clienți"], ["office", "contact", "programari"]),
     [("Romanian message with mobile", "Bună, {{FIRST}}! Sună-mă la {{PHONE@RO:mobile}} când ajungi în gară."),
      ("Romanian payment info with IBAN", "Plata se face în contul {{IBAN@RO}} deschis la Banca Transilvania, titular {{NAME}}."),
      ("Moldovan classified with +373", "Vând apartament cu 2 camere în Chișinău, sect. Botanica. Tel: {{PHONE@MD:mobile:intl}}"),
      ("Romanian clinic contact", "Programări la {{PHONE@RO:fixed}}, luni–vineri 9–18, sau la {{EMAIL:biz}}."),
      ],
     [("Romanian CNP labelled", "CNP: {{NATID:ro_cnp}} · Serie CI: RX {{NUMZ:6}}"),
      ("Romanian invoice", "Factura seria BV nr. {{NUM:7}} din {{DATE}}, total de plată {{PRICE}}."),
      ], iban=[("RO", 5), ("MD", 1)])

lang("bg", "bg", "Bulgarian",
     [("Иван", "Петров", "ivan.petrov"), ("Мария", "Иванова", "maria.ivanova"), ("Георги", "Димитров", "georgi.dimitrov"),
      ("Елена", "Георгиева", "elena.georgieva"), ("Николай", "Стоянов", "nikolay.stoyanov")],
     [("BG", 1)],
     ["abv.bg", "mail.bg", "gmail.com", "dir.bg"],
     [("Автосервиз Стоянов ЕООД", "autoservice-stoyanov.bg"), ("Хотел Родина", "hotelrodina.bg")],
     ["София", "Пловдив", "Варна", "Бургас", "Русе"],
     "dmy.", "bgn",
     Lab("Тел.", "Моб.", "Имейл", "Име", ["Търговски отдел", "Обслужване на клиенти"], ["office", "info", "rezervacii"], contact="Контакти"),
     [("Bulgarian SMS with mobile", "Здравей, {{FIRST}}! Новият ми номер е {{PHONE@BG:mobile}}. Обади се довечера."),
      ("Bulgarian payment instructions with IBAN", "Моля, преведете сумата по сметка IBAN {{IBAN@BG}}, титуляр {{NAME}}."),
      ("Bulgarian hotel contact, international landline", "Резервации: {{PHONE@BG:fixed:intl}}, {{EMAIL:biz}}"),
      ],
     [("Bulgarian EGN, order and date", "ЕГН: {{NATID:bg_egn}} · Поръчка № {{ORDER}} · Дата: {{DATE}}"),
      ("Bulgarian prices", "Цена: {{PRICE}} с ДДС, доставка до офис на Еконт — {{PRICE}}"),
      ], iban=[("BG", 1)])

lang("el", "el", "Greek",
     [("Γιώργος", "Παπαδόπουλος", "giorgos.papadopoulos"), ("Μαρία", "Παπαδοπούλου", "maria.papadopoulou"), ("Νίκος", "Γεωργίου", "nikos.georgiou"),
      ("Ελένη", "Οικονόμου", "eleni.oikonomou"), ("Δημήτρης", "Κωνσταντίνου", "dimitris.konstantinou")],
     [("GR", 5), ("CY", 2)],
     ["gmail.com", "yahoo.gr", "hotmail.com", "otenet.gr", "cytanet.com.cy"],
     [("Ταβέρνα Ο Μάνος", "tavernamanos.gr"), ("Φροντιστήριο Γνώση", "frontistirio-gnosi.gr")],
     ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λευκωσία"],
     "dmy/", "eur_de",
     Lab("Τηλ.", "Κιν.", "Email", "Όνομα", ["Τμήμα πωλήσεων", "Εξυπηρέτηση πελατών"], ["info", "grammateia", "kratiseis"], contact="Επικοινωνία"),
     [("Greek message with mobile", "Γεια σου {{FIRST}}, πάρε με στο {{PHONE@GR:mobile}} όταν μπορείς."),
      ("Greek payment with IBAN", "Η πληρωμή γίνεται με κατάθεση στον λογαριασμό IBAN {{IBAN@GR}}, δικαιούχος {{NAME}}."),
      ("Cypriot business contact, international landline", "Για κρατήσεις: {{PHONE@CY:fixed:intl}} ή {{EMAIL:biz}}"),
      ("Greek taverna ad, unlabelled landline", "Ταβέρνα «Ο Μάνος» – Παραδοσιακή κουζίνα – {{PHONE@GR:fixed}} – Κλειστά Δευτέρα"),
      ],
     [("Greek tax number and social security number (AMKA) labelled", "ΑΦΜ: {{NATID:gr_afm}} · ΑΜΚΑ: {{NATID:gr_amka}} · ΔΟΥ Α' Αθηνών"),
      ("Greek ferry ticket", "Πλοίο Πειραιάς – Σαντορίνη, αναχώρηση {{TIME}}, {{DATE}}, θέση 112, κωδικός κράτησης {{PNR}}."),
      ], iban=[("GR", 5), ("CY", 2)])

lang("tr", "tr", "Turkish",
     [("Mehmet", "Yılmaz", "mehmet.yilmaz"), ("Ayşe", "Kaya", "ayse.kaya"), ("Mustafa", "Demir", "mustafa.demir"),
      ("Fatma", "Şahin", "fatma.sahin"), ("Emre", "Çelik", "emre.celik"), ("Zeynep", "Yıldız", "zeynep.yildiz"), ("Burak", "Aydın", "burak.aydin")],
     [("TR", 1)],
     ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
     [("Yıldız Oto Servis", "yildizotoservis.com.tr"), ("Demir Hukuk Bürosu", "demirhukuk.com.tr"), ("Lezzet Kebap Salonu", "lezzetkebap.com.tr")],
     ["İstanbul", "Ankara", "İzmir", "Bursa", "Antalya"],
     "dmy.", "try",
     Lab("Tel", "Cep", "E-posta", "Ad Soyad", ["Satış Müdürü", "Müşteri Hizmetleri"], ["info", "destek", "muhasebe"], contact="İletişim"),
     [("Turkish message with 05xx mobile", "Merhaba {{FIRST}}, yeni numaram {{PHONE@TR:mobile}}, kaydedersin."),
      ("Turkish IBAN payment", "Ödemeyi {{IBAN@TR}} IBAN numarasına yapabilirsiniz. Alıcı: {{NAME}}. Açıklamaya sipariş numaranızı yazın."),
      ("Turkish restaurant, landline with trunk in parentheses", "Paket servis: {{PHONE@TR:fixed:nat}} – Her gün 11:00–23:00"),
      ("Turkish speaker in Germany giving German mobile", "Abi Almanya'daki numaramı yazıyorum: {{PHONE@DE:mobile:intl}} WhatsApp'tan yaz."),
      ("Turkish card payment issue, Troy card", "Troy kartımla ({{CARD:troy}}) ödeme yapamıyorum, sorun nedir?"),
      ],
     [("Turkish national id labelled", "T.C. Kimlik No: {{NATID:tr_tc}} · Vergi No: {{NUM:10}} · Sipariş No: {{ORDER}}"),
      ("Turkish cargo tracking", "Kargonuz yola çıktı. Takip numarası: {{NUM:12}}. Tahmini teslim: {{DATE}}."),
      ("Turkish prices and dates", "Kampanya {{DATE}} tarihine kadar geçerlidir: {{PRICE}} yerine {{PRICE}}."),
      ], iban=[("TR", 1)])

lang("ru", "ru", "Russian",
     [("Алексей", "Смирнов", "aleksey.smirnov"), ("Ольга", "Иванова", "olga.ivanova"), ("Дмитрий", "Кузнецов", "dmitry.kuznetsov"),
      ("Екатерина", "Попова", "ekaterina.popova"), ("Сергей", "Волков", "sergey.volkov"), ("Наталья", "Соколова", "natalya.sokolova")],
     [("RU", 6), ("KZ", 2), ("BY", 1)],
     ["yandex.ru", "mail.ru", "gmail.com", "rambler.ru", "bk.ru", "list.ru", "inbox.ru"],
     [("ООО «Ромашка»", "romashka-ltd.ru"), ("Автосервис «Мотор»", "motor-service.ru"), ("Стоматология «Улыбка»", "ulybka-dent.ru")],
     ["Москва", "Санкт-Петербург", "Новосибирск", "Екатеринбург", "Казань", "Алматы", "Минск"],
     "dmy.", "rub",
     Lab("Тел.", "Моб.", "E-mail", "ФИО", ["Менеджер по продажам", "Служба поддержки"], ["info", "sales", "zakaz"], contact="Контакты"),
     [("Russian message with 8 (9xx) mobile", "Привет! Мой новый номер {{PHONE@RU:mobile:nat}}, старый больше не работает."),
      ("Russian company contact, +7 with area code in parentheses", "Отдел продаж: {{PHONE@RU:fixed:intlpar}}, e-mail: {{EMAIL:biz}}"),
      ("Russian classified ad, unlabelled mobile", "Продам диван, почти новый, самовывоз. {{PHONE@RU:mobile:intl}} {{FIRST}}"),
      ("Russian Mir card in support chat", "Не проходит оплата картой Мир {{CARD:mir}}, срок действия 05/28."),
      ("Russian security alert with IP", "Выполнен вход в аккаунт с IP-адреса {{IP}} ({{CITY}}). Если это были не вы, смените пароль."),
      ("Kazakh Russian with KZ IBAN and mobile", "Оплата на счёт {{IBAN@KZ}}, получатель {{NAME}}. Вопросы по телефону {{PHONE@KZ:mobile}}."),
      ("Belarusian Russian with BY mobile", "Звоните в Минск: {{PHONE@BY:mobile:intlpar}}, спросить {{FIRST}}."),
      ],
     [("Russian INN and SNILS labelled", "ИНН: {{NATID:ru_inn}}, СНИЛС: {{NATID:ru_snils}}, договор № {{NUM:8}} от {{DATE}}"),
      ("Russian Post tracking", "Отправление {{TRACK:ru}} принято в отделении 101000, {{DATE}}, {{TIME}}."),
      ("Russian bank requisites (BIK, correspondent account) labelled", "Банковские реквизиты: БИК 04452{{NUMZ:4}}, к/с 30101810{{NUMZ:12}}, р/с 40702810{{NUMZ:12}}, КПП 7701{{NUMZ:5}}"),
      ("Russian train ticket", "Поезд № {{NUM:3}}А Москва — Санкт-Петербург, отправление {{TIME}}, вагон 07, место 023."),
      ], iban=[("KZ", 2), ("BY", 1)])

lang("uk", "uk", "Ukrainian",
     [("Олександр", "Шевченко", "oleksandr.shevchenko"), ("Оксана", "Коваленко", "oksana.kovalenko"), ("Андрій", "Бондаренко", "andriy.bondarenko"),
      ("Юлія", "Ткаченко", "yuliia.tkachenko"), ("Тарас", "Мельник", "taras.melnyk"), ("Ірина", "Кравченко", "iryna.kravchenko")],
     [("UA", 1)],
     ["ukr.net", "gmail.com", "i.ua", "meta.ua"],
     [("ТОВ «Світанок»", "svitanok.ua"), ("Кав'ярня «Львівська»", "lvivska-kava.com.ua")],
     ["Київ", "Львів", "Харків", "Одеса", "Дніпро"],
     "dmy.", "uah",
     Lab("Тел.", "Моб.", "E-mail", "ПІБ", ["Менеджер з продажу", "Служба підтримки"], ["info", "office", "zamovlennya"], contact="Контакти"),
     [("Ukrainian message with mobile", "Привіт! Ось мій номер: {{PHONE@UA:mobile}}. Телефонуй після шостої."),
      ("Ukrainian payment requisites with IBAN", "Реквізити для оплати: IBAN {{IBAN@UA}}, отримувач {{NAME}}, призначення платежу: оплата за навчання."),
      ("Ukrainian delivery contact, +380 (xx)", "Контактний телефон одержувача: {{PHONE@UA:mobile:intlpar}}"),
      ("Ukrainian card-to-card transfer request", "Скинь на карту {{CARD:visa:c}}, будь ласка, я потім поверну."),
      ],
     [("Ukrainian tax number and waybill labelled", "РНОКПП: {{NATID:ua_rnokpp}} · ТТН Нова Пошта: 2045{{NUMZ:10}} · відділення № 12"),
      ("Ukrainian prices", "Ціна: {{PRICE}}, доставка від {{PRICE}}, акція діє до {{DATE}}."),
      ], iban=[("UA", 1)])

lang("ar", "ar", "Arabic",
     [("محمد", "العتيبي", "mohammed.alotaibi"), ("فاطمة", "الزهراني", "fatima.alzahrani"), ("أحمد", "حسن", "ahmed.hassan"),
      ("سارة", "المنصوري", "sara.almansouri"), ("خالد", "الحربي", "khalid.alharbi"), ("نور", "خليل", "nour.khalil"), ("يوسف", "بن علي", "youssef.benali")],
     [("SA", 4), ("AE", 3), ("EG", 3), ("MA", 1), ("JO", 1), ("LB", 1), ("QA", 1), ("KW", 1), ("DZ", 1), ("TN", 1), ("IQ", 1), ("OM", 1), ("BH", 1)],
     ["gmail.com", "hotmail.com", "yahoo.com", "outlook.sa", "icloud.com"],
     [("مؤسسة النور للتجارة", "alnoor-trading.sa"), ("مطعم الشام", "alsham-restaurant.ae"), ("عيادة الأمل", "alamal-clinic.com.eg")],
     ["الرياض", "جدة", "دبي", "أبوظبي", "القاهرة", "الإسكندرية", "عمّان", "الدوحة"],
     "dmy/", "sar",
     Lab("هاتف", "جوال", "البريد الإلكتروني", "الاسم", ["مدير المبيعات", "خدمة العملاء"], ["info", "sales", "support"], contact="اتصل بنا"),
     [("Saudi Arabic WhatsApp with 05 mobile", "السلام عليكم، رقمي الجديد {{PHONE@SA:mobile}} احفظه عندك."),
      ("Emirati business contact, +971", "للحجز والاستفسار: {{PHONE@AE:fixed:intl}} أو عبر البريد {{EMAIL:biz}}"),
      ("Egyptian mobile in Arabic-Indic digits", "كلمني على الرقم {{PHONE@EG:mobile:ar}} بعد العصر"),
      ("Saudi IBAN for transfer", "يرجى تحويل المبلغ إلى الآيبان {{IBAN@SA}} باسم {{NAME}}، وإرسال الإيصال."),
      ("Arabic login notice with IP", "تم تسجيل الدخول إلى حسابك من عنوان IP \u200f{{IP}} بتاريخ {{DATE}}."),
      ("Jordanian classified, +962 mobile", "للبيع شقة في عمّان، ثلاث غرف نوم. للتواصل: {{PHONE@JO:mobile:intl}}"),
      ("Moroccan Darija message with mobile", "عافاك عيط ليا فهاد الرقم {{PHONE@MA:mobile}} ملي توصل"),
      ("Arabic customer complaint with card number", "دفعت بالبطاقة {{CARD}} لكن الطلب لم يصل حتى الآن."),
      ("Qatari IBAN and mobile", "الدفع عن طريق التحويل البنكي: {{IBAN@QA}} — للاستفسار {{PHONE@QA:mobile}}"),
      ("Egyptian landline in Cairo, compact", "خدمة العملاء: {{PHONE@EG:fixed:natc}} من ٩ صباحاً حتى ٥ مساءً"),
      ],
     [("Saudi iqama number labelled", "رقم الإقامة: {{NATID:sa_iqama}} — رقم الطلب: {{ORDER}} — التاريخ: {{DATE}}"),
      ("Egyptian national id labelled", "الرقم القومي: {{NATID:eg_nid}} — رقم الفاتورة: {{INV}}"),
      ("Arabic flight booking", "رحلة رقم {{FLIGHT}} من جدة إلى القاهرة، الإقلاع الساعة {{TIME}}، البوابة 12، المقعد 23A."),
      ("Arabic price and shipment number", "السعر: {{PRICE}} شامل الضريبة، رقم الشحنة {{NUM:12}}."),
      ], iban=[("SA", 3), ("AE", 3), ("QA", 1), ("KW", 1), ("JO", 1), ("BH", 1), ("EG", 1), ("LB", 1), ("TN", 1), ("IQ", 1)])

lang("he", "he", "Hebrew",
     [("יוסי", "כהן", "yossi.cohen"), ("נועה", "לוי", "noa.levi"), ("אבי", "מזרחי", "avi.mizrahi"),
      ("מיכל", "פרץ", "michal.peretz"), ("דניאל", "ביטון", "daniel.biton"), ("שירה", "אברהם", "shira.avraham")],
     [("IL", 1)],
     ["gmail.com", "walla.co.il", "012.net.il", "bezeqint.net", "hotmail.com"],
     [("מוסך השרון", "hasharon-garage.co.il"), ("פיצה רומא", "pizzaroma.co.il")],
     ["תל אביב", "ירושלים", "חיפה", "באר שבע", "רמת גן"],
     "dmy/", "ils",
     Lab("טלפון", "נייד", "דוא\"ל", "שם", ["מנהל מכירות", "שירות לקוחות"], ["info", "office", "orders"], contact="צור קשר"),
     [("Hebrew message with 05x mobile", "היי {{FIRST}}, זה המספר החדש שלי: {{PHONE@IL:mobile}}. תשמור אותו."),
      ("Hebrew business contact", "להזמנות: {{PHONE@IL:fixed}} | מייל: {{EMAIL:biz}}"),
      ("Hebrew IBAN bank transfer", "אפשר להעביר לחשבון שלי, IBAN: {{IBAN@IL}}, על שם {{NAME}}."),
      ('Hebrew note with international format', 'מחו"ל יש לחייג {{PHONE@IL:mobile:intl}}'),
      ],
     [("Israeli id number labelled", "מספר תעודת זהות: {{NATID:il_tz}} · מספר הזמנה: {{ORDER}}"),
      ("Hebrew receipt with amounts", "קבלה מס' {{NUM:6}} · סכום: {{PRICE}} · תאריך: {{DATE}}"),
      ], iban=[("IL", 1)])

lang("fa", "fa", "Persian",
     [("علی", "رضایی", "ali.rezaei"), ("زهرا", "محمدی", "zahra.mohammadi"), ("حسین", "احمدی", "hossein.ahmadi"),
      ("مریم", "حسینی", "maryam.hosseini"), ("رضا", "کریمی", "reza.karimi")],
     [("IR", 1)],
     ["gmail.com", "yahoo.com", "chmail.ir"],
     [("فروشگاه پارس", "pars-shop.ir"), ("کلینیک دندانپزشکی لبخند", "labkhand-clinic.ir")],
     ["تهران", "اصفهان", "شیراز", "مشهد", "تبریز"],
     "fa", "irr",
     Lab("تلفن", "موبایل", "ایمیل", "نام", ["مدیر فروش", "پشتیبانی"], ["info", "support", "sales"], contact="تماس با ما"),
     [("Persian message with mobile in Persian digits", "سلام، شماره جدیدم {{PHONE@IR:mobile:fa}} هست، ذخیره کن."),
      ("Persian shop contact, Tehran landline", "تلفن فروشگاه: {{PHONE@IR:fixed}} — ساعت کاری ۹ تا ۲۱"),
      ("Persian Sheba (IBAN) number", "لطفاً مبلغ را به شماره شبا {{IBAN@IR}} به نام {{NAME}} واریز کنید."),
      ("Persian e-mail contact", "برای همکاری به ایمیل {{EMAIL}} پیام بدهید."),
      ],
     [("Iranian national code and postal code labelled", "کد ملی: {{NATID:ir_melli}} — کد پستی: {{POSTAL@IR}}"),
      ("Persian invoice with Persian-calendar date", "شماره فاکتور {{NUM:8}} — تاریخ {{DATE}} — مبلغ {{PRICE}}"),
      ], iban=[("IR", 1)])

lang("hi", "hi", "Hindi",
     [("राहुल", "शर्मा", "rahul.sharma"), ("प्रिया", "वर्मा", "priya.verma"), ("अमित", "गुप्ता", "amit.gupta"),
      ("नेहा", "सिंह", "neha.singh"), ("विकास", "यादव", "vikas.yadav"), ("पूजा", "मिश्रा", "pooja.mishra")],
     [("IN", 1)],
     ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
     [("शर्मा इलेक्ट्रॉनिक्स", "sharmaelectronics.in"), ("गुप्ता स्वीट्स", "guptasweets.in")],
     ["दिल्ली", "मुंबई", "जयपुर", "लखनऊ", "पटना", "भोपाल"],
     "dmy/", "inr",
     Lab("फ़ोन", "मोबाइल", "ईमेल", "नाम", ["बिक्री प्रबंधक", "ग्राहक सेवा"], ["info", "support", "sales"], contact="संपर्क"),
     [("Hindi WhatsApp with 10-digit mobile", "भैया मेरा नया नंबर {{PHONE@IN:mobile:nsn}} है, इसी पर कॉल करना।"),
      ("Hinglish message with +91 mobile", "Hi {{FIRST}}, kal meeting 11 baje hai, koi problem ho to {{PHONE@IN:mobile:intl}} pe call kar lena."),
      ("Hindi shop board, landline and mobile", "{{COMPANY}} — फ़ोन: {{PHONE@IN:fixed:nat}}, मोबाइल: {{PHONE@IN:mobile}}"),
      ("Hindi RuPay card complaint", "मेरे रुपे कार्ड {{CARD:rupay}} से दो बार पैसे कट गए हैं, कृपया मदद करें।"),
      ("Hindi job ad with e-mail", "अपना बायोडाटा {{EMAIL}} पर भेजें।"),
      ],
     [("Aadhaar and PAN labelled (not cards, not phones)", "आधार संख्या: {{NATID:in_aadhaar}} · पैन: {{NATID:in_pan}}"),
      ("Indian railway PNR and train number", "PNR: {{NUM:10}} · ट्रेन 12951 मुंबई राजधानी · कोच B3, बर्थ 42 · प्रस्थान {{TIME}}"),
      ("Hindi order and price", "ऑर्डर {{ORDER}} कन्फर्म हो गया है। कुल राशि {{PRICE}}। डिलीवरी {{DATE}} तक।"),
      ])

lang("bn", "bn", "Bengali",
     [("রাহিম", "উদ্দিন", "rahim.uddin"), ("ফাতেমা", "খাতুন", "fatema.khatun"), ("সুমন", "দাস", "suman.das"),
      ("তানিয়া", "আক্তার", "tania.akter"), ("আরিফ", "হোসেন", "arif.hossain")],
     [("BD", 5), ("IN", 1)],
     ["gmail.com", "yahoo.com"],
     [("রহমান ট্রেডার্স", "rahmantraders.com.bd"), ("ঢাকা ফার্মেসি", "dhakapharmacy.com.bd")],
     ["ঢাকা", "চট্টগ্রাম", "খুলনা", "রাজশাহী", "সিলেট", "কলকাতা"],
     "dmy/", "bdt",
     Lab("ফোন", "মোবাইল", "ইমেইল", "নাম", ["বিক্রয় ব্যবস্থাপক", "গ্রাহক সেবা"], ["info", "sales"], contact="যোগাযোগ"),
     [("Bengali message with 01x mobile", "ভাই, আমার নতুন নাম্বার {{PHONE@BD:mobile:natc}}, সেভ করে রাখো।"),
      ("Bengali shop contact, mobile and e-mail", "যোগাযোগ: {{PHONE@BD:mobile}}, ইমেইল: {{EMAIL}}"),
      ("Bengali mobile-money request to a number", "বিকাশ করে দিও এই নাম্বারে: {{PHONE@BD:mobile:natc}} (পার্সোনাল)"),
      ("Kolkata Bengali with Indian mobile", "কলকাতায় এলে ফোন কোরো: {{PHONE@IN:mobile:intl}}"),
      ],
     [("Bangladesh NID labelled", "জাতীয় পরিচয়পত্র নম্বর: {{NATID:bd_nid}} · অর্ডার নম্বর: {{ORDER}}"),
      ("Bengali price list", "দাম: {{PRICE}}, ডেলিভারি চার্জ {{PRICE}}, অফার শেষ {{DATE}}"),
      ])

lang("ur", "ur", "Urdu",
     [("عمران", "قریشی", "imran.qureshi"), ("عائشہ", "ملک", "ayesha.malik"), ("بلال", "احمد", "bilal.ahmed"),
      ("سدرہ", "شیخ", "sidra.sheikh"), ("فیصل", "چوہدری", "faisal.chaudhry")],
     [("PK", 1)],
     ["gmail.com", "yahoo.com", "hotmail.com"],
     [("ملک الیکٹرانکس", "malikelectronics.pk"), ("شیخ کلاتھ ہاؤس", "sheikhcloth.pk")],
     ["کراچی", "لاہور", "اسلام آباد", "راولپنڈی", "فیصل آباد"],
     "dmy/", "pkr",
     Lab("فون", "موبائل", "ای میل", "نام", ["سیلز منیجر", "کسٹمر سروس"], ["info", "sales"], contact="رابطہ"),
     [("Urdu message with 03xx mobile", "میرا نیا نمبر {{PHONE@PK:mobile:natc}} ہے، اسے محفوظ کر لیں۔"),
      ("Urdu shop contact, landline and mobile", "رابطہ: {{PHONE@PK:fixed}} — موبائل: {{PHONE@PK:mobile:nat1hy}}"),
      ("Urdu IBAN payment", "رقم اس IBAN پر بھیج دیں: {{IBAN@PK}}، اکاؤنٹ ٹائٹل: {{NAME}}"),
      ("Urdu application by e-mail", "درخواست {{EMAIL}} پر ای میل کریں۔"),
      ],
     [("Pakistani CNIC labelled", "شناختی کارڈ نمبر (CNIC): {{NATID:pk_cnic}} · آرڈر نمبر {{ORDER}}"),
      ("Urdu electricity bill reference", "بجلی کا بل — ریفرنس نمبر: {{NUMZ:2}} {{NUMZ:5}} {{NUMZ:7}} · واجب الادا رقم {{PRICE}}"),
      ], iban=[("PK", 1)])

lang("th", "th", "Thai",
     [("สมชาย", "ใจดี", "somchai.jaidee"), ("สุดา", "แสงทอง", "suda.saengthong"), ("วิชัย", "ศรีสุข", "wichai.srisuk"),
      ("นภา", "บุญมา", "napa.boonma"), ("ธนากร", "วงศ์ไทย", "thanakorn.wongthai")],
     [("TH", 1)],
     ["gmail.com", "hotmail.com", "yahoo.co.th"],
     [("ร้านอาหารบ้านสวน", "baansuan-restaurant.co.th"), ("คลินิกทันตกรรมยิ้มสวย", "yimsuay-dental.co.th")],
     ["กรุงเทพฯ", "เชียงใหม่", "ภูเก็ต", "ขอนแก่น", "หาดใหญ่"],
     "th", "thb",
     Lab("โทร", "มือถือ", "อีเมล", "ชื่อ", ["ผู้จัดการฝ่ายขาย", "ฝ่ายบริการลูกค้า"], ["info", "contact"], contact="ติดต่อเรา"),
     [("Thai message with 08x mobile, hyphens", "สวัสดีค่ะ เบอร์ใหม่ของฉันคือ {{PHONE@TH:mobile:nathy}} นะคะ"),
      ("Thai restaurant ad with landline", "ร้านบ้านสวน เปิดทุกวัน 10.00–22.00 น. โทร {{PHONE@TH:fixed}}"),
      ("Thai contact with e-mail and mobile", "ติดต่อสอบถามได้ที่อีเมล {{EMAIL}} หรือโทร {{PHONE@TH:mobile}}"),
      ("Thai card payment issue", "ชำระเงินด้วยบัตร {{CARD:visa:sp}} ไม่ผ่าน ช่วยตรวจสอบให้หน่อยค่ะ"),
      ],
     [("Thai national id labelled", "เลขประจำตัวประชาชน {{NATID:th_id}} · เลขที่ใบสั่งซื้อ {{ORDER}}"),
      ("Thai parcel with Buddhist-era date", "พัสดุหมายเลข {{TRACK:th}} จัดส่งเมื่อ {{DATE}} เวลา {{TIME}} น."),
      ])

lang("vi", "vi", "Vietnamese",
     [("An", "Nguyễn Văn", "an.nguyen"), ("Mai", "Trần Thị", "mai.tran"), ("Tuấn", "Lê Minh", "tuan.le"),
      ("Hà", "Phạm Thu", "ha.pham"), ("Long", "Hoàng Đức", "long.hoang"), ("Linh", "Vũ Thùy", "linh.vu")],
     [("VN", 1)],
     ["gmail.com", "yahoo.com.vn", "outlook.com"],
     [("Công ty TNHH Minh Phát", "minhphat.vn"), ("Nhà hàng Phố Cổ", "nhahangphoco.vn")],
     ["Hà Nội", "TP. Hồ Chí Minh", "Đà Nẵng", "Hải Phòng", "Cần Thơ"],
     "dmy/", "vnd",
     Lab("ĐT", "Di động", "Email", "Họ tên", ["Trưởng phòng kinh doanh", "Chăm sóc khách hàng"], ["info", "lienhe", "cskh"], contact="Liên hệ"),
     [("Vietnamese message with dotted mobile", "Anh ơi, số mới của em là {{PHONE@VN:mobile:natdot}}, anh lưu lại nhé."),
      ("Vietnamese company hotline and e-mail", "Hotline: {{PHONE@VN:fixed}} – Email: {{EMAIL:biz}} – Địa chỉ: {{CITY}}"),
      ("Vietnamese classified ad with mobile", "Cần bán xe máy Honda Vision 2021, giá 28 triệu, liên hệ {{PHONE@VN:mobile}} (chính chủ)."),
      ("Vietnamese-language US form with SSN", "Số An Sinh Xã Hội (SSN): {{SSN}} — Họ tên: {{NAME}}"),
      ],
     [("Vietnamese citizen id labelled", "Số CCCD: {{NATID:vn_cccd}} · Mã đơn hàng: {{ORDER}}"),
      ("Vietnamese prices", "Giá khuyến mãi: {{PRICE}} (giá gốc {{PRICE}}), áp dụng đến {{DATE}}."),
      ], order="lf")

lang("id", "id", "Indonesian",
     [("Budi", "Santoso", "budi.santoso"), ("Siti", "Rahayu", "siti.rahayu"), ("Agus", "Wijaya", "agus.wijaya"),
      ("Dewi", "Lestari", "dewi.lestari"), ("Rina", "Kusuma", "rina.kusuma")],
     [("ID", 1)],
     ["gmail.com", "yahoo.co.id", "ymail.com"],
     [("Toko Sumber Rejeki", "sumberrejeki.co.id"), ("Bengkel Jaya Motor", "jayamotor.co.id")],
     ["Jakarta", "Surabaya", "Bandung", "Medan", "Yogyakarta"],
     "dmy/", "idr",
     Lab("Telp.", "HP", "Email", "Nama", ["Manajer Penjualan", "Layanan Pelanggan"], ["info", "cs", "admin"], contact="Kontak"),
     [("Indonesian WhatsApp with compact 08xx", "Halo kak, ini nomor WA saya {{PHONE@ID:mobile:natc}}, kabari kalau barangnya sudah dikirim ya."),
      ("Indonesian shop contact, +62 and e-mail", "Info & pemesanan: {{PHONE@ID:mobile:intl}} / {{EMAIL}}"),
      ("Indonesian office landline", "Kantor kami: {{PHONE@ID:fixed}} (Senin–Jumat, 08.00–17.00 WIB)"),
      ],
     [("Indonesian NIK and family card number labelled", "NIK: {{NATID:id_nik}} · No. KK: {{NUM:16}}"),
      ("Indonesian courier receipt and prices", "No. resi JNE: {{NUM:15}} · Ongkir {{PRICE}} · Total {{PRICE}}"),
      ])

lang("ms", "ms", "Malay",
     [("Ahmad Faizal", "bin Ismail", "ahmadfaizal.ismail"), ("Nur Aisyah", "binti Hassan", "nuraisyah.hassan"),
      ("Siti Nurhaliza", "binti Yusof", "sitinur.yusof"), ("Muthu", "Raj", "muthu.raj"), ("Hafiz", "bin Rahman", "hafiz.rahman")],
     [("MY", 5), ("SG", 1)],
     ["gmail.com", "yahoo.com.my", "hotmail.my"],
     [("Kedai Runcit Pak Ali", "kedaipakali.com.my"), ("Klinik Pergigian Senyum", "kliniksenyum.com.my")],
     ["Kuala Lumpur", "Johor Bahru", "Pulau Pinang", "Kota Kinabalu", "Ipoh"],
     "dmy/", "myr",
     Lab("Tel", "H/P", "E-mel", "Nama", ["Pengurus Jualan", "Khidmat Pelanggan"], ["info", "tempahan"], contact="Hubungi"),
     [("Malay message with 01x mobile", "Salam, ni nombor baru saya {{PHONE@MY:mobile}}, tolong simpan ya."),
      ("Malay business contact", "Untuk tempahan, hubungi {{PHONE@MY:fixed}} atau emel {{EMAIL:biz}}"),
      ("Malay message with Singapore number", "Kalau di Singapura, call saya di {{PHONE@SG:mobile:intl}}."),
      ],
     [("MyKad number and utility account labelled", "No. MyKad: {{NATID:my_ic}} · No. akaun TNB: {{NUM:12}}"),
      ("Malay order", "Pesanan anda {{ORDER}} telah dihantar pada {{DATE}}. Jumlah: {{PRICE}}."),
      ])

lang("fil", "fil", "Filipino",
     [("Juan", "dela Cruz", "juan.delacruz"), ("Maria", "Santos", "maria.santos"), ("Jose", "Reyes", "jose.reyes"),
      ("Ana", "Bautista", "ana.bautista"), ("Mark", "Villanueva", "mark.villanueva")],
     [("PH", 1)],
     ["gmail.com", "yahoo.com", "yahoo.com.ph"],
     [("Aling Nena Sari-Sari Store", "alingnena.ph"), ("Reyes Auto Repair", "reyesauto.ph")],
     ["Maynila", "Quezon City", "Cebu", "Davao", "Makati"],
     "mdy/", "php",
     Lab("Tel.", "Cel", "Email", "Pangalan", ["Sales Manager", "Customer Service"], ["info", "orders"], contact="Makipag-ugnayan"),
     [("Filipino text with compact 09 mobile", "Pre, eto na yung number ko: {{PHONE@PH:mobile:natc}}. Text mo lang ako pag nandyan ka na."),
      ("Taglish business contact", "Para sa orders, mag-message po sa {{PHONE@PH:mobile:intl}} o mag-email sa {{EMAIL}}."),
      ("Filipino e-wallet request to mobile", "Pa-GCash na lang po sa {{PHONE@PH:mobile:nathy}}, salamat po!"),
      ("Filipino in the US sharing SSN", "Ate, ito yung SSN ko para sa application: {{SSN}}. Wag mong ipakita sa iba ha."),
      ],
     [("Philippine TIN, SSS and PhilHealth numbers labelled", "TIN: {{NATID:ph_tin}} · SSS No.: 34-{{NUMZ:7}}-{{NUMZ:1}} · PhilHealth No.: {{NUMZ:2}}-{{NUMZ:9}}-{{NUMZ:1}}"),
      ("Filipino order and tracking", "Ang order {{ORDER}} ay na-ship na noong {{DATE}}. Tracking: {{TRACK:ph}}"),
      ])

lang("ja", "ja", "Japanese",
     [("太郎", "山田", "t.yamada"), ("花子", "佐藤", "hanako.sato"), ("健一", "鈴木", "k.suzuki"),
      ("美咲", "高橋", "misaki.takahashi"), ("翔", "田中", "sho.tanaka"), ("陽子", "伊藤", "yoko.ito")],
     [("JP", 1)],
     ["docomo.ne.jp", "ezweb.ne.jp", "softbank.ne.jp", "gmail.com", "yahoo.co.jp", "icloud.com"],
     [("株式会社サクラ商事", "sakura-shoji.co.jp"), ("山田歯科クリニック", "yamada-dental.jp"), ("カフェ・ひだまり", "cafe-hidamari.jp")],
     ["東京", "大阪", "名古屋", "福岡", "札幌", "横浜"],
     "cjk", "jpy",
     Lab("TEL", "携帯", "Mail", "氏名", ["営業部", "カスタマーサポート"], ["info", "support", "sales"], fax="FAX", contact="お問い合わせ"),
     [("Japanese business card", "{{COMPANY}}\n営業部 {{NAME}}\nTEL：{{PHONE@JP:fixed}}\n携帯：{{PHONE@JP:mobile}}\nMail：{{EMAIL:co}}"),
      ("Japanese message with full-width digits", "明日の件、何かあれば{{PHONE@JP:mobile:fw}}までご連絡ください。"),
      ("Japanese shop info, area code style 03(1234)5678", "ご予約・お問い合わせ：{{PHONE@JP:fixed:jppar}}（受付時間 10:00〜19:00）"),
      ("Japanese card number and expiry", "カード番号{{CARD:jcb}}、有効期限は12/27です。"),
      ("Japanese login notice with IP", "新しい端末からのログインがありました（IPアドレス：{{IP}}、日時：{{DATE}} {{TIME}}）。"),
      ("Japanese toll-free number", "お客様相談室 フリーダイヤル {{PHONE@JP:toll}}（平日9時〜17時）"),
      ],
     [("Japanese My Number and postal code labelled", "マイナンバー：{{NATID:jp_mynumber}}　郵便番号：{{POSTAL@JP}}"),
      ("Japanese delivery slip number", "お問い合わせ伝票番号：{{TRACK:jp}}　お届け予定日：{{DATE}}"),
      ("Japanese order with prices", "ご注文番号：{{ORDER}}　合計金額：{{PRICE}}（税込）"),
      ], order="lf")

lang("zh", "zh", "Chinese (Simplified)",
     [("伟", "张", "zhangwei"), ("芳", "王", "wangfang"), ("磊", "李", "lilei"), ("静", "刘", "liujing"), ("洋", "陈", "chenyang"), ("敏", "杨", "yangmin")],
     [("CN", 1)],
     ["163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "139.com"],
     [("深圳华信科技有限公司", "huaxin-tech.cn"), ("北京美味餐饮管理有限公司", "meiwei-food.com.cn")],
     ["北京", "上海", "广州", "深圳", "成都", "杭州"],
     "cjk", "cny",
     Lab("电话", "手机", "邮箱", "姓名", ["销售经理", "客服部"], ["service", "hr", "sales"], fax="传真", contact="联系我们"),
     [("Chinese chat with 11-digit mobile", "我的手机号是{{PHONE@CN:mobile:natc}}，有事打电话或者加微信。"),
      ("Chinese company contact, area code with hyphen", "联系电话：{{PHONE@CN:fixed:nat1hy}}　传真：{{PHONE@CN:fixed:nat1hy}}　邮箱：{{EMAIL:biz}}"),
      ("Chinese job ad with QQ e-mail", "简历请发送至{{EMAIL:qq}}，注明应聘岗位。"),
      ("Chinese UnionPay card in support chat", "我的银联卡号是{{CARD:unionpay}}，请帮我查一下这笔退款。"),
      ("Chinese delivery contact, +86 mobile", "收件人：{{NAME}}，电话：{{PHONE@CN:mobile:intl}}，地址：{{CITY}}市朝阳区"),
      ("Chinese server log note with IP", "异常登录：IP {{IP}}，时间 {{DATE}} {{TIME}}，已自动锁定账号。"),
      ],
     [("Chinese resident id labelled", "身份证号：{{NATID:cn_id}}　订单号：{{ORDER}}"),
      ("Chinese express tracking", "您的快递单号{{TRACK:cn}}已发出，预计{{DATE}}送达。"),
      ("Chinese product model, price and stock", "型号：{{HEX:4}}-{{NUM:4}}　价格：{{PRICE}}　库存：{{AMOUNT}}件"),
      ], order="lf0")

lang("zh-Hant", "zh", "Chinese (Traditional)",
     [("志明", "陳", "chihming.chen"), ("淑芬", "林", "shufen.lin"), ("家豪", "黃", "chiahao.huang"), ("怡君", "張", "yichun.chang"), ("嘉欣", "何", "kayan.ho")],
     [("TW", 3), ("HK", 2)],
     ["gmail.com", "yahoo.com.tw", "hinet.net", "netvigator.com"],
     [("台北好味道餐廳", "goodtaste.com.tw"), ("香港永安貿易有限公司", "wingon-trading.com.hk")],
     ["台北", "高雄", "台中", "香港", "九龍"],
     "ymd/", "twd",
     Lab("電話", "手機", "電郵", "姓名", ["業務經理", "客服部"], ["service", "info"], fax="傳真", contact="聯絡我們"),
     [("Taiwanese message with 09xx mobile, hyphens", "我的手機是{{PHONE@TW:mobile:nathy}}，有空再打給我。"),
      ("Taiwan restaurant phone with area code in parentheses", "訂位專線：{{PHONE@TW:fixed:natparhy}}　營業時間 11:00–21:00"),
      ("Hong Kong 8-digit mobile for WhatsApp", "有興趣請WhatsApp {{PHONE@HK:mobile}}，陳生"),
      ("Hong Kong e-mail and landline", "查詢請電郵至{{EMAIL:biz}}或致電{{PHONE@HK:fixed}}。"),
      ],
     [("Taiwan id and invoice number labelled", "身分證字號：{{NATID:tw_id}}　統一編號：{{NUM:8}}　發票號碼：AB-{{NUMZ:8}}"),
      ("Hong Kong id and order labelled", "香港身份證號碼：{{NATID:hk_id}}　訂單編號：{{ORDER}}"),
      ], order="lf0")

lang("ko", "ko", "Korean",
     [("민준", "김", "minjun.kim"), ("서연", "이", "seoyeon.lee"), ("지훈", "박", "jihoon.park"), ("하은", "최", "haeun.choi"), ("도윤", "정", "doyoon.jung"), ("수빈", "강", "subin.kang")],
     [("KR", 1)],
     ["naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "nate.com"],
     [("주식회사 한빛전자", "hanbit-elec.co.kr"), ("서울치과의원", "seoul-dental.kr"), ("행복베이커리", "happybakery.kr")],
     ["서울", "부산", "인천", "대구", "대전", "광주"],
     "ko", "krw",
     Lab("전화", "휴대폰", "이메일", "이름", ["영업팀 과장", "고객지원팀"], ["help", "info", "cs"], fax="팩스", contact="문의"),
     [("Korean message with 010 mobile", "제 번호는 {{PHONE@KR:mobile}}이에요. 도착하면 연락 주세요."),
      ("Korean business card", "{{COMPANY}}\n영업팀 과장 {{NAME}}\nT. {{PHONE@KR:fixed}}  M. {{PHONE@KR:mobile}}\nE. {{EMAIL:co}}"),
      ("Korean delivery request, compact mobile", "배송 시 연락처: {{PHONE@KR:mobile:natc}} (부재 시 경비실에 맡겨 주세요)"),
      ("Korean card number in chat", "결제할 카드번호 {{CARD:visa:hy}} 유효기간 08/28 입니다."),
      ("Korean login alert with IP", "새로운 로그인 알림: IP {{IP}}, {{DATE}} {{TIME}}"),
      ],
     [("Korean resident registration number labelled", "주민등록번호: {{NATID:kr_rrn}} · 주문번호: {{ORDER}}"),
      ("Korean business registration number", "사업자등록번호: {{NUMZ:3}}-{{NUMZ:2}}-{{NUMZ:5}} · 통신판매업신고 제{{YEAR}}-서울강남-{{NUMZ:4}}호"),
      ("Korean parcel tracking", "운송장번호 {{NUM:12}} · 택배사 CJ대한통운 · {{DATE}} 집하 완료"),
      ], order="lf0")

lang("sw", "sw", "Swahili",
     [("Juma", "Mwangi", "juma.mwangi"), ("Amina", "Odhiambo", "amina.odhiambo"), ("Baraka", "Otieno", "baraka.otieno"),
      ("Neema", "Wanjiku", "neema.wanjiku"), ("Hassan", "Mbwana", "hassan.mbwana"), ("Rehema", "Kimaro", "rehema.kimaro")],
     [("KE", 4), ("TZ", 3), ("UG", 1)],
     ["gmail.com", "yahoo.com"],
     [("Duka la Mama Amina", "dukalamamaamina.co.ke"), ("Baraka Tours & Safaris", "barakasafaris.co.tz")],
     ["Nairobi", "Mombasa", "Kisumu", "Dar es Salaam", "Arusha", "Dodoma"],
     "dmy/", "kes",
     Lab("Simu", "Simu ya mkononi", "Barua pepe", "Jina", ["Meneja wa Mauzo", "Huduma kwa Wateja"], ["info", "mauzo"], contact="Wasiliana nasi"),
     [("Swahili SMS with Kenyan mobile", "Habari {{FIRST}}, nipigie kwa namba {{PHONE@KE:mobile}} jioni, tuongee kuhusu mzigo."),
      ("Swahili mobile-money payment to a phone number", "Tuma pesa kwa M-Pesa namba {{PHONE@KE:mobile:natc}}, jina litaonekana {{NAME}}."),
      ("Tanzanian business contact, +255 and e-mail", "Kwa maelezo zaidi piga simu {{PHONE@TZ:mobile:intl}} au tuma barua pepe {{EMAIL}}."),
      ("Swahili message with Ugandan number", "Nipo Kampala wiki hii, namba yangu ni {{PHONE@UG:mobile}}."),
      ],
     [("Kenyan id and mobile-money transaction code", "Namba ya kitambulisho: {{NATID:ke_id}} · Muamala {{PNR}}{{NUMZ:4}} umethibitishwa. Kiasi {{PRICE}}"),
      ("Swahili bus ticket", "Basi linaondoka saa {{TIME}}, kiti namba 14, tiketi namba {{NUM:8}}."),
      ])

lang("yo", "yo", "Yoruba",
     [("Adébáyọ̀", "Ògúnlẹ́yẹ", "adebayo.ogunleye"), ("Fúnmiláyọ̀", "Adéyẹmí", "funmilayo.adeyemi"), ("Olúwaṣeun", "Afọlábí", "oluwaseun.afolabi"),
      ("Títílayọ̀", "Balógun", "titilayo.balogun"), ("Babátúndé", "Àjàyí", "babatunde.ajayi")],
     [("NG", 1)],
     ["gmail.com", "yahoo.com"],
     [("Ilé Ìtajà Àdùnní", "adunni-stores.com.ng"), ("Ọlá Motors", "olamotors.com.ng")],
     ["Èkó", "Ìbàdàn", "Abẹ́òkúta", "Òṣogbo", "Ilọrin"],
     "dmy/", "ngn",
     Lab("Fóònù", "Fóònù alágbèéká", "Ímẹ́lì", "Orúkọ", ["Olùṣàkóso títà", "Iṣẹ́ oníbàárà"], ["info", "sales"], contact="Kàn sí wa"),
     [("Yoruba message with compact Nigerian mobile", "Ẹ káàrọ̀ o! Nọ́mbà mi tuntun ni {{PHONE@NG:mobile:natc}}, ẹ pè mí lálẹ́."),
      ("Yoruba shop notice, mobile and e-mail", "Fún ìbéèrè, ẹ pe {{PHONE@NG:mobile}} tàbí kí ẹ kọ ìmẹ́lì sí {{EMAIL}}."),
      ("Yoruba with +234 number for callers abroad", "Bí ẹ bá wà lókè òkun, ẹ pè wá ní {{PHONE@NG:mobile:intl}}."),
      ],
     [("Nigerian NIN labelled", "Nọ́mbà NIN: {{NATID:ng_nin}} · Nọ́mbà ọjà: {{ORDER}}"),
      ("Yoruba price list", "Iye owó: {{PRICE}} fún àpò kan, {{PRICE}} fún méjì."),
      ])

lang("am", "am", "Amharic",
     [("አበበ", "ከበደ", "abebe.kebede"), ("ሰላም", "ተስፋዬ", "selam.tesfaye"), ("ዳዊት", "መንግሥቱ", "dawit.mengistu"),
      ("ሕይወት", "አለሙ", "hiwot.alemu"), ("ዮሐንስ", "ገብሬ", "yohannes.gebre")],
     [("ET", 1)],
     ["gmail.com", "yahoo.com", "ethionet.et"],
     [("አዲስ ንግድ ሥራዎች", "addis-trading.com.et"), ("ሀበሻ ካፌ", "habesha-cafe.com.et")],
     ["አዲስ አበባ", "ባህር ዳር", "ሐዋሳ", "መቐለ", "ጎንደር"],
     "dmy/", "etb",
     Lab("ስልክ", "ሞባይል", "ኢሜይል", "ስም", ["የሽያጭ ሥራ አስኪያጅ", "የደንበኞች አገልግሎት"], ["info", "sales"], contact="ያግኙን"),
     [("Amharic message with 09 mobile", "ሰላም {{FIRST}}፣ አዲሱ ስልክ ቁጥሬ {{PHONE@ET:mobile}} ነው።"),
      ("Amharic shop contact, preposition glued to number", "ለበለጠ መረጃ በ{{PHONE@ET:fixed}} ይደውሉ ወይም በ{{EMAIL}} ይጻፉልን።"),
      ("Amharic with international number", "ከውጭ አገር {{PHONE@ET:mobile:intl}} ላይ ይደውሉ።"),
      ],
     [("Amharic receipt", "የደረሰኝ ቁጥር {{NUM:7}} · ጠቅላላ ዋጋ {{PRICE}} · ቀን {{DATE}}"),
      ("Amharic flight info", "በረራ ቁጥር {{FLIGHT}} ከአዲስ አበባ ወደ ናይሮቢ በ{{TIME}} ይነሳል።"),
      ])

lang("fi", "fi", "Finnish",
     [("Mikko", "Virtanen", "mikko.virtanen"), ("Laura", "Korhonen", "laura.korhonen"), ("Juha", "Mäkinen", "juha.makinen"),
      ("Anna", "Nieminen", "anna.nieminen"), ("Antti", "Mäkelä", "antti.makela"), ("Sanna", "Heikkinen", "sanna.heikkinen")],
     [("FI", 1)],
     ["gmail.com", "outlook.com", "elisanet.fi", "kolumbus.fi", "luukku.com"],
     [("Rakennus Virtanen Oy", "rakennusvirtanen.fi"), ("Kahvila Kaneli", "kahvilakaneli.fi")],
     ["Helsinki", "Tampere", "Turku", "Oulu", "Espoo"],
     "fi", "eur_fr",
     Lab("puh.", "gsm", "sähköposti", "Nimi", ["myyntipäällikkö", "asiakaspalvelu"], ["info", "asiakaspalvelu", "myynti"], contact="Yhteystiedot"),
     [("Finnish message with 04x mobile", "Moi! Mun uusi numero on {{PHONE@FI:mobile}}, tallenna se."),
      ("Finnish invoice payment details with IBAN", "Maksu tilille {{IBAN@FI}}, viitenumero {{NUM:8}}, eräpäivä {{DATE}}."),
      ("Finnish company contact", "Asiakaspalvelu {{PHONE@FI:fixed}} (ma–pe 8–16), sähköposti {{EMAIL:biz}}"),
      ],
     [("Finnish personal identity code labelled", "Henkilötunnus: {{NATID:fi_hetu}} · Y-tunnus: {{NUMZ:7}}-{{NUMZ:1}}"),
      ("Finnish parcel pickup code", "Pakettisi {{TRACK:fi}} on noudettavissa. Noutokoodi: {{NUMZ:6}}. Viimeinen noutopäivä {{DATE}}."),
      ], iban=[("FI", 1)])

lang("sv", "sv", "Swedish",
     [("Erik", "Johansson", "erik.johansson"), ("Anna", "Andersson", "anna.andersson"), ("Lars", "Karlsson", "lars.karlsson"),
      ("Karin", "Nilsson", "karin.nilsson"), ("Oskar", "Eriksson", "oskar.eriksson"), ("Maja", "Lindqvist", "maja.lindqvist")],
     [("SE", 6), ("FI", 1)],
     ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "bredband.net"],
     [("Byggfirma Nilsson AB", "byggnilsson.se"), ("Tandläkare Berg", "tandlakareberg.se")],
     ["Stockholm", "Göteborg", "Malmö", "Uppsala", "Västerås"],
     "ymd-", "sek",
     Lab("Tel", "Mobil", "E-post", "Namn", ["Försäljningschef", "Kundtjänst"], ["info", "kundtjanst", "order"], contact="Kontakt"),
     [("Swedish SMS with 07x mobile", "Hej! Ring mig på {{PHONE@SE:mobile}} när du är framme."),
      ("Swedish invoice with IBAN", "Betala till IBAN {{IBAN@SE}} (BIC: ESSESESS), ange OCR-nummer {{NUM:10}}."),
      ("Swedish contact, Stockholm landline", "Växel: {{PHONE@SE:fixed}} · E-post: {{EMAIL:biz}}"),
      ("Swedish Swish payment to a mobile", "Swisha 250 kr till {{PHONE@SE:mobile:natc}} så är du anmäld."),
      ],
     [("Swedish personal identity number labelled", "Personnummer: {{NATID:se_pnr}} · Kundnummer: {{CUSTNO}}"),
      ("Swedish bankgiro and OCR", "Bankgiro {{NUMZ:3}}-{{NUMZ:4}} · OCR {{NUM:12}} · Förfallodatum {{DATE}}"),
      ], iban=[("SE", 1)])

lang("no", "no", "Norwegian",
     [("Ole", "Hansen", "ole.hansen"), ("Ingrid", "Johansen", "ingrid.johansen"), ("Lars", "Olsen", "lars.olsen"),
      ("Kari", "Larsen", "kari.larsen"), ("Magnus", "Berg", "magnus.berg"), ("Silje", "Haugen", "silje.haugen")],
     [("NO", 1)],
     ["online.no", "gmail.com", "hotmail.com", "outlook.com", "getmail.no"],
     [("Rørlegger Hansen AS", "rorlegger-hansen.no"), ("Bakeriet på Hjørnet", "bakerietpahjornet.no")],
     ["Oslo", "Bergen", "Trondheim", "Stavanger", "Tromsø"],
     "dmy.", "nok",
     Lab("Tlf.", "Mobil", "E-post", "Navn", ["Salgssjef", "Kundeservice"], ["post", "kundeservice"], contact="Kontakt"),
     [("Norwegian SMS with 8-digit mobile", "Hei! Nytt nummer: {{PHONE@NO:mobile}}. Lagre det gjerne."),
      ("Norwegian Vipps payment to mobile grouped 3-2-3", "Vipps meg 200 kr på {{PHONE@NO:mobile:g323}} for billetten."),
      ("Norwegian IBAN for foreign payment", "Ved betaling fra utlandet: IBAN {{IBAN@NO}}, BIC DNBANOKKXXX."),
      ],
     [("Norwegian national id and org number labelled", "Fødselsnummer: {{NATID:no_fnr}} · Org.nr. {{NUM:3}} {{NUMZ:3}} {{NUMZ:3}}"),
      ("Norwegian domestic account number and KID", "Kontonummer {{NUMZ:4}}.{{NUMZ:2}}.{{NUMZ:5}} · KID {{NUM:9}} · Beløp {{PRICE}}"),
      ], iban=[("NO", 1)])

lang("da", "da", "Danish",
     [("Mads", "Jensen", "mads.jensen"), ("Mette", "Nielsen", "mette.nielsen"), ("Søren", "Hansen", "soeren.hansen"),
      ("Line", "Pedersen", "line.pedersen"), ("Rasmus", "Andersen", "rasmus.andersen"), ("Freja", "Christensen", "freja.christensen")],
     [("DK", 1)],
     ["gmail.com", "hotmail.com", "mail.dk", "jubii.dk", "stofanet.dk"],
     [("Tømrer Jensen ApS", "tomrer-jensen.dk"), ("Café Solsikken", "cafesolsikken.dk")],
     ["København", "Aarhus", "Odense", "Aalborg", "Esbjerg"],
     "dmy-", "dkk",
     Lab("Tlf.", "Mobil", "E-mail", "Navn", ["Salgschef", "Kundeservice"], ["info", "kontakt"], contact="Kontakt"),
     [("Danish SMS with 8-digit number", "Hej {{FIRST}}, mit nye nummer er {{PHONE@DK:mobile}}. Ring hvis der er noget."),
      ("Danish MobilePay request", "Send gerne 150 kr. på MobilePay til {{PHONE@DK:mobile:nsn}}."),
      ("Danish Dankort mention", "Jeg har betalt med mit Dankort {{CARD:dankort}}, men ordren er ikke registreret."),
      ("Danish IBAN", "Overfør venligst beløbet til IBAN {{IBAN@DK}} senest {{DATE}}."),
      ],
     [("Danish CPR and CVR labelled", "CPR-nr.: {{NATID:dk_cpr}} · CVR-nr.: {{NUM:8}}"),
      ("Danish payment slip line", "Betalingslinje: +71< {{NUM:15}} +{{NUM:8}}< — betales senest {{DATE}}"),
      ], iban=[("DK", 1)])

lang("is", "is", "Icelandic",
     [("Jón", "Guðmundsson", "jon.gudmundsson"), ("Guðrún", "Jónsdóttir", "gudrun.jonsdottir"), ("Sigurður", "Ólafsson", "sigurdur.olafsson"),
      ("Anna", "Sigurðardóttir", "anna.sigurdardottir"), ("Einar", "Magnússon", "einar.magnusson")],
     [("IS", 1)],
     ["simnet.is", "gmail.com", "internet.is", "visir.is"],
     [("Bílaverkstæði Einars", "bilaverkstaedi-einars.is"), ("Kaffihúsið Mokka", "mokka-kaffi.is")],
     ["Reykjavík", "Akureyri", "Kópavogur", "Hafnarfjörður", "Selfoss"],
     "dmy.", "isk",
     Lab("Sími", "GSM", "Netfang", "Nafn", ["Sölustjóri", "Þjónustuver"], ["info", "thjonusta"], contact="Hafðu samband"),
     [("Icelandic message with 7-digit mobile", "Hæ, nýja númerið mitt er {{PHONE@IS:mobile}}. Hringdu í mig á morgun."),
      ("Icelandic payment with IBAN", "Vinsamlegast leggið inn á IBAN {{IBAN@IS}}, kennitala viðtakanda fylgir í tölvupósti."),
      ("Icelandic business contact", "Sími: {{PHONE@IS:fixed}} · Netfang: {{EMAIL:biz}}"),
      ],
     [("Icelandic kennitala and domestic account labelled", "Kennitala: {{NATID:is_kt}} · Reikningsnúmer: {{NUMZ:4}}-{{NUMZ:2}}-{{NUMZ:6}}"),
      ("Icelandic order", "Pöntun nr. {{ORDER}} var send {{DATE}}, verð {{PRICE}}"),
      ], iban=[("IS", 1)])

lang("et", "et", "Estonian",
     [("Martin", "Tamm", "martin.tamm"), ("Kadri", "Saar", "kadri.saar"), ("Andres", "Sepp", "andres.sepp"), ("Liis", "Mägi", "liis.magi"), ("Rasmus", "Kask", "rasmus.kask")],
     [("EE", 1)],
     ["gmail.com", "hot.ee", "mail.ee", "online.ee", "neti.ee"],
     [("Tamm ja Poeg OÜ", "tammjapoeg.ee"), ("Kohvik Kuu", "kohvikkuu.ee")],
     ["Tallinn", "Tartu", "Pärnu", "Narva", "Viljandi"],
     "dmy.", "eur_fr",
     Lab("Tel", "Mob", "E-post", "Nimi", ["Müügijuht", "Klienditugi"], ["info", "tellimus"], contact="Kontakt"),
     [("Estonian SMS with 5xxx mobile", "Tere! Minu uus number on {{PHONE@EE:mobile}}, helista õhtul."),
      ("Estonian invoice with IBAN", "Palun tasuda arvele {{IBAN@EE}}, viitenumber {{NUM:7}}, maksetähtaeg {{DATE}}."),
      ("Estonian e-mail and landline", "Küsimuste korral kirjuta {{EMAIL}} või helista {{PHONE@EE:fixed}}."),
      ],
     [("Estonian personal code labelled", "Isikukood: {{NATID:ee_ik}} · Registrikood: {{NUM:8}}"),
      ("Estonian parcel locker", "Sinu pakk {{TRACK:ee}} on pakiautomaadis. Avamiskood: {{NUMZ:6}}."),
      ], iban=[("EE", 1)])

lang("lv", "lv", "Latvian",
     [("Jānis", "Bērziņš", "janis.berzins"), ("Anna", "Kalniņa", "anna.kalnina"), ("Andris", "Ozols", "andris.ozols"),
      ("Līga", "Liepiņa", "liga.liepina"), ("Mārtiņš", "Krūmiņš", "martins.krumins")],
     [("LV", 1)],
     ["inbox.lv", "gmail.com", "apollo.lv", "one.lv"],
     [("SIA Ozols un Partneri", "ozolsunpartneri.lv"), ("Kafejnīca Rīts", "kafejnicarits.lv")],
     ["Rīga", "Daugavpils", "Liepāja", "Jelgava", "Jūrmala"],
     "dmy.", "eur_fr",
     Lab("Tālr.", "Mob.", "E-pasts", "Vārds", ["Pārdošanas vadītājs", "Klientu serviss"], ["info", "birojs"], contact="Kontakti"),
     [("Latvian SMS with 2x mobile", "Sveiki! Mans jaunais numurs ir {{PHONE@LV:mobile}}. Zvani vakarā."),
      ("Latvian payment with IBAN", "Lūdzu, pārskaitiet uz kontu {{IBAN@LV}}, saņēmējs {{NAME}}."),
      ("Latvian business contact", "Tālr.: {{PHONE@LV:fixed:intl}}, e-pasts: {{EMAIL:biz}}"),
      ],
     [("Latvian personal code labelled", "Personas kods: {{NATID:lv_pk}} · Rēķina Nr. {{INV}}"),
      ("Latvian prices", "Cena: {{PRICE}}, atlaide 20%, piedāvājums spēkā līdz {{DATE}}."),
      ], iban=[("LV", 1)])

lang("lt", "lt", "Lithuanian",
     [("Tomas", "Kazlauskas", "tomas.kazlauskas"), ("Rūta", "Jankauskienė", "ruta.jankauskiene"), ("Mantas", "Petrauskas", "mantas.petrauskas"),
      ("Eglė", "Vasiliauskaitė", "egle.vasiliauskaite"), ("Darius", "Stankevičius", "darius.stankevicius")],
     [("LT", 1)],
     ["gmail.com", "one.lt", "inbox.lt", "takas.lt"],
     [("UAB „Statybų meistrai“", "statybumeistrai.lt"), ("Kavinė Saulė", "kavinesaule.lt")],
     ["Vilnius", "Kaunas", "Klaipėda", "Šiauliai", "Panevėžys"],
     "ymd-", "eur_fr",
     Lab("Tel.", "Mob.", "El. paštas", "Vardas", ["Pardavimų vadovas", "Klientų aptarnavimas"], ["info", "uzsakymai"], contact="Kontaktai"),
     [("Lithuanian SMS with 8 6xx mobile", "Labas! Mano naujas numeris {{PHONE@LT:mobile:lt8}}, paskambink vakare."),
      ("Lithuanian payment with IBAN", "Mokėjimą atlikite į sąskaitą {{IBAN@LT}}, gavėjas {{NAME}}."),
      ("Lithuanian contact with +370", "Informacija tel. {{PHONE@LT:fixed:intl}} arba el. paštu {{EMAIL:biz}}"),
      ],
     [("Lithuanian personal code labelled", "Asmens kodas: {{NATID:lt_ak}} · Įmonės kodas: {{NUM:9}}"),
      ("Lithuanian order and shipment", "Užsakymas Nr. {{ORDER}} išsiųstas {{DATE}}. Siuntos numeris {{TRACK:lt}}."),
      ], iban=[("LT", 1)])

lang("hr", "hr", "Croatian",
     [("Ivan", "Horvat", "ivan.horvat"), ("Ana", "Kovačević", "ana.kovacevic"), ("Marko", "Babić", "marko.babic"), ("Petra", "Marić", "petra.maric"), ("Luka", "Jurić", "luka.juric")],
     [("HR", 5), ("BA", 1)],
     ["gmail.com", "net.hr", "t-com.hr", "hotmail.com"],
     [("Obrt za prijevoz Horvat", "prijevoz-horvat.hr"), ("Konoba Dalmacija", "konobadalmacija.hr")],
     ["Zagreb", "Split", "Rijeka", "Osijek", "Zadar", "Sarajevo"],
     "dmy.", "eur_de",
     Lab("Tel.", "Mob.", "E-pošta", "Ime i prezime", ["Voditelj prodaje", "Služba za korisnike"], ["info", "rezervacije"], contact="Kontakt"),
     [("Croatian SMS with 09x mobile", "Bok, evo mog novog broja: {{PHONE@HR:mobile}}. Javi se!"),
      ("Croatian payment with IBAN and reference", "Uplatu izvršite na IBAN {{IBAN@HR}}, poziv na broj HR00 {{NUM:8}}."),
      ("Bosnian message with BiH mobile", "Zovi me na {{PHONE@BA:mobile}}, u Sarajevu sam do petka."),
      ],
     [("Croatian OIB labelled", "OIB: {{NATID:hr_oib}} · Broj računa: {{NUM:4}}-{{NUM:2}}-{{NUM:2}}"),
      ("Croatian ferry timetable", "Trajekt Split – Supetar: polasci u {{TIME}}, {{TIME}} i {{TIME}}. Cijena karte {{PRICE}}."),
      ], iban=[("HR", 5), ("BA", 1)])

lang("sr", "sr", "Serbian",
     [("Милош", "Јовановић", "milos.jovanovic"), ("Јелена", "Петровић", "jelena.petrovic"), ("Никола", "Николић", "nikola.nikolic"),
      ("Марија", "Ђорђевић", "marija.djordjevic"), ("Стефан", "Илић", "stefan.ilic")],
     [("RS", 5), ("ME", 1), ("BA", 1)],
     ["gmail.com", "yahoo.com", "eunet.rs", "mts.rs"],
     [("Ауто сервис Илић", "autoservis-ilic.rs"), ("Пекара Златни клас", "zlatniklas.rs")],
     ["Београд", "Нови Сад", "Ниш", "Крагујевац", "Подгорица"],
     "dmy.", "rsd",
     Lab("Тел.", "Моб.", "Е-пошта", "Име и презиме", ["Менаџер продаје", "Корисничка подршка"], ["info", "office"], contact="Контакт"),
     [("Serbian Cyrillic SMS with 06x mobile", "Здраво, ово је мој нови број: {{PHONE@RS:mobile}}. Јави се кад стигнеш."),
      ("Serbian Latin message with landline", "Za zakazivanje pozovite {{PHONE@RS:fixed}} radnim danima od 8 do 16h."),
      ("Serbian IBAN for payments from abroad", "За уплате из иностранства: IBAN {{IBAN@RS}}, SWIFT: AIKBRS22."),
      ("Montenegrin message with +382", "Ако сте на мору, звоните на {{PHONE@ME:mobile:intl}}."),
      ],
     [("Serbian JMBG and PIB labelled", "ЈМБГ: {{NATID:rs_jmbg}} · ПИБ: {{NUM:9}}"),
      ("Serbian Latin bus ticket", "Autobus Beograd – Niš polazi u {{TIME}}, peron 5, sedište 23, broj karte {{NUM:9}}."),
      ], iban=[("RS", 4), ("ME", 1)])

lang("sl", "sl", "Slovenian",
     [("Luka", "Novak", "luka.novak"), ("Nina", "Horvat", "nina.horvat"), ("Jan", "Krajnc", "jan.krajnc"), ("Maja", "Zupančič", "maja.zupancic"), ("Matej", "Kovačič", "matej.kovacic")],
     [("SI", 1)],
     ["gmail.com", "siol.net", "t-2.net", "amis.net"],
     [("Mizarstvo Krajnc s.p.", "mizarstvo-krajnc.si"), ("Gostilna Pri Lipi", "gostilnaprilipi.si")],
     ["Ljubljana", "Maribor", "Celje", "Kranj", "Koper"],
     "dmy.", "eur_de",
     Lab("Tel.", "GSM", "E-pošta", "Ime in priimek", ["Vodja prodaje", "Služba za stranke"], ["info", "rezervacije"], contact="Kontakt"),
     [("Slovenian SMS with mobile", "Živjo! Moja nova številka je {{PHONE@SI:mobile}}, shrani si jo."),
      ("Slovenian payment with IBAN and reference", "Plačilo nakažite na TRR {{IBAN@SI}}, sklic SI00 {{NUM:8}}."),
      ("Slovenian reservations contact", "Rezervacije: {{PHONE@SI:fixed}}, e-pošta: {{EMAIL:biz}}"),
      ],
     [("Slovenian EMSO and tax number labelled", "EMŠO: {{NATID:si_emso}} · Davčna številka: {{NUM:8}}"),
      ("Slovenian train", "Vlak ICS {{NUM:3}} Ljubljana {{TIME}} – Maribor {{TIME}}, vagon 2, sedež 36."),
      ], iban=[("SI", 1)])

lang("ca", "ca", "Catalan",
     [("Jordi", "Puig", "jordi.puig"), ("Montserrat", "Vidal", "montse.vidal"), ("Marc", "Soler", "marc.soler"), ("Núria", "Ferrer", "nuria.ferrer"), ("Pau", "Roca", "pau.roca")],
     [("ES", 5), ("AD", 1)],
     ["gmail.com", "hotmail.com", "telefonica.net", "yahoo.es", "andorra.ad"],
     [("Fusteria Puig", "fusteriapuig.cat"), ("Restaurant Can Roca", "canroca.cat")],
     ["Barcelona", "Girona", "Lleida", "Tarragona", "Andorra la Vella"],
     "dmy/", "eur_de",
     Lab("Tel.", "Mòbil", "Correu", "Nom", ["Responsable comercial", "Atenció al client"], ["info", "reserves"], contact="Contacte"),
     [("Catalan message with Spanish mobile", "Hola {{FIRST}}! El meu número nou és el {{PHONE@ES:mobile}}. Truca'm quan puguis."),
      ("Catalan business contact", "Per a reserves truqueu al {{PHONE@ES:fixed}} o escriviu a {{EMAIL:biz}}."),
      ("Andorran Catalan with +376", "Des de fora d'Andorra cal marcar el {{PHONE@AD:mobile:intl}}."),
      ("Catalan school fee transfer with IBAN", "Feu la transferència al compte {{IBAN@ES}} indicant el nom de l'alumne."),
      ],
     [("Catalan order and dates", "La vostra comanda {{ORDER}} s'ha enviat el {{DATE}}. Import total: {{PRICE}}."),
      ("Catalan NIF, postal code and file number", "NIF: {{NATID:es_dni}} · Codi postal {{POSTAL@ES}} · Expedient {{NUM:6}}/{{YEAR}}"),
      ], iban=[("ES", 4), ("AD", 1)])

lang("eu", "eu", "Basque",
     [("Iker", "Etxeberria", "iker.etxeberria"), ("Ane", "Agirre", "ane.agirre"), ("Unai", "Goikoetxea", "unai.goikoetxea"),
      ("Maialen", "Zubizarreta", "maialen.zubizarreta"), ("Mikel", "Urrutia", "mikel.urrutia")],
     [("ES", 1)],
     ["gmail.com", "euskalnet.net", "hotmail.com"],
     [("Etxeberria Arotzak", "etxeberria-arotzak.eus"), ("Agirre Jatetxea", "agirrejatetxea.eus")],
     ["Bilbo", "Donostia", "Gasteiz", "Iruñea", "Baiona"],
     "ymd-", "eur_de",
     Lab("Tel.", "Mugikorra", "Helbide elektronikoa", "Izena", ["Salmenta arduraduna", "Bezeroarentzako arreta"], ["info", "kontaktua"], contact="Harremanetarako"),
     [("Basque message with mobile", "Kaixo {{FIRST}}! Nire zenbaki berria {{PHONE@ES:mobile}} da. Deitu gaur arratsaldean."),
      ("Basque business contact", "Informazio gehiago: {{PHONE@ES:fixed}} edo {{EMAIL:biz}}"),
      ("Basque transfer with IBAN", "Ordainketa kontu honetan egin: {{IBAN@ES}}, jasotzailea {{NAME}}."),
      ],
     [("Basque event with date, time and price", "Kontzertua {{DATE}} egunean izango da, {{TIME}}etan. Sarrera: {{PRICE}}."),
      ("Basque order and tracking", "Zure eskaera ({{ORDER}}) bidali dugu. Jarraipen-zenbakia: {{TRACK:es}}."),
      ], iban=[("ES", 1)])

lang("ga", "ga", "Irish",
     [("Seán", "Ó Briain", "sean.obriain"), ("Aoife", "Ní Mhurchú", "aoife.nimhurchu"), ("Ciarán", "Mac Cárthaigh", "ciaran.maccarthaigh"),
      ("Niamh", "Ní Bhriain", "niamh.nibhriain"), ("Pádraig", "Ó Súilleabháin", "padraig.osuilleabhain")],
     [("IE", 1)],
     ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
     [("Siopa an Bhaile", "siopaanbhaile.ie"), ("Bialann na Mara", "bialannamara.ie")],
     ["Baile Átha Cliath", "Corcaigh", "Gaillimh", "Luimneach", "Port Láirge"],
     "dmy/", "eur_en",
     Lab("Guthán", "Fón póca", "Ríomhphost", "Ainm", ["Bainisteoir Díolacháin", "Seirbhís do Chustaiméirí"], ["eolas", "oifig"], contact="Teagmháil"),
     [("Irish-language text with Irish mobile", "Dia duit! Seo é m'uimhir nua: {{PHONE@IE:mobile}}. Cuir glao orm amárach."),
      ("Irish contact line", "Tuilleadh eolais: {{PHONE@IE:fixed}} nó {{EMAIL:biz}}"),
      ("Irish bank transfer with IBAN", "Íoc isteach sa chuntas seo, le do thoil: {{IBAN@IE}}"),
      ],
     [("Irish PPS number and Eircode labelled", "Uimhir PPS: {{NUMZ:7}}T · Éirchód: {{POSTAL@IE}}"),
      ("Irish bus timetable", "Fágann an bus Gaillimh ag {{TIME}} agus sroicheann sé Baile Átha Cliath ag {{TIME}}. Ticéad: {{PRICE}}."),
      ], iban=[("IE", 1)])

lang("cy", "cy", "Welsh",
     [("Dafydd", "Jones", "dafydd.jones"), ("Siân", "Williams", "sian.williams"), ("Rhys", "Evans", "rhys.evans"), ("Cerys", "Davies", "cerys.davies"), ("Gareth", "Lloyd", "gareth.lloyd")],
     [("GB", 1)],
     ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com"],
     [("Siop y Pentref", "siopypentref.cymru"), ("Caffi'r Castell", "caffircastell.cymru")],
     ["Caerdydd", "Abertawe", "Bangor", "Aberystwyth", "Caerfyrddin"],
     "dmy/", "gbp",
     Lab("Ffôn", "Symudol", "E-bost", "Enw", ["Rheolwr Gwerthu", "Gwasanaeth Cwsmeriaid"], ["ymholiadau", "post"], contact="Cysylltu"),
     [("Welsh text with UK mobile", "Helo! Dyma fy rhif newydd: {{PHONE@GB:mobile}}. Ffonia fi heno."),
      ("Welsh business contact", "Am ragor o wybodaeth ffoniwch {{PHONE@GB:fixed}} neu e-bostiwch {{EMAIL:biz}}."),
      ("Welsh payment with IBAN", "Talwch i'r cyfrif hwn os gwelwch yn dda: {{IBAN@GB}}"),
      ],
     [("Welsh sort code and account number labelled", "Cod didoli: {{SORT}} · Rhif cyfrif: {{NUMZ:8}} · Cyfeirnod: {{REF}}"),
      ("Welsh event times", "Bydd y cyngerdd ar {{DATE}} am {{TIME}}. Tocynnau: {{PRICE}}."),
      ], iban=[("GB", 1)])

lang("sq", "sq", "Albanian",
     [("Arben", "Hoxha", "arben.hoxha"), ("Elira", "Krasniqi", "elira.krasniqi"), ("Dritan", "Berisha", "dritan.berisha"), ("Anila", "Shehu", "anila.shehu"), ("Besnik", "Gashi", "besnik.gashi")],
     [("AL", 3), ("XK", 2)],
     ["gmail.com", "yahoo.com", "hotmail.com"],
     [("Dyqani Arbëria", "dyqaniarberia.al"), ("Restorant Tirana", "restoranttirana.al")],
     ["Tiranë", "Durrës", "Vlorë", "Prishtinë", "Shkodër"],
     "dmy.", "all",
     Lab("Tel.", "Cel.", "Email", "Emri", ["Menaxher shitjesh", "Shërbimi i klientit"], ["info", "rezervime"], contact="Kontakt"),
     [("Albanian SMS with 06x mobile", "Përshëndetje! Numri im i ri është {{PHONE@AL:mobile}}, më telefono në mbrëmje."),
      ("Kosovo Albanian contact with +383", "Për rezervime: {{PHONE@XK:mobile:intl}} ose {{EMAIL:biz}}"),
      ("Albanian IBAN", "Pagesa bëhet në llogarinë IBAN {{IBAN@AL}}, përfituesi {{NAME}}."),
      ],
     [("Albanian order", "Porosia nr. {{ORDER}} u dërgua më {{DATE}}. Çmimi: {{PRICE}}."),
      ("Albanian tax number", "NIPT: L{{NUMZ:8}}A · Nr. fature {{INV}}"),
      ], iban=[("AL", 3), ("XK", 2)])

lang("mk", "mk", "Macedonian",
     [("Александар", "Стојановски", "aleksandar.stojanovski"), ("Марија", "Трајковска", "marija.trajkovska"), ("Горан", "Петровски", "goran.petrovski"), ("Ивана", "Николовска", "ivana.nikolovska")],
     [("MK", 1)],
     ["gmail.com", "yahoo.com", "t-home.mk"],
     [("Пекара Бисер", "pekarabiser.mk"), ("Автосервис Гоце", "autoservisgoce.mk")],
     ["Скопје", "Битола", "Охрид", "Куманово", "Тетово"],
     "dmy.", "mkd",
     Lab("Тел.", "Моб.", "Е-пошта", "Име", ["Менаџер продажба", "Служба за корисници"], ["info", "kontakt"], contact="Контакт"),
     [("Macedonian SMS with 07x mobile", "Здраво! Мојот нов број е {{PHONE@MK:mobile}}, јави се вечерва."),
      ("Macedonian contact, international landline", "Информации на {{PHONE@MK:fixed:intl}} или {{EMAIL:biz}}"),
      ("Macedonian IBAN", "Уплатата извршете на IBAN {{IBAN@MK}}, примач {{NAME}}."),
      ],
     [("Macedonian invoice", "Фактура бр. {{INV}} од {{DATE}}, износ: {{PRICE}}"),
      ], iban=[("MK", 1)])

lang("ta", "ta", "Tamil",
     [("முருகன்", "ராமசாமி", "murugan.ramasamy"), ("லட்சுமி", "சுப்பிரமணியன்", "lakshmi.subramanian"), ("கார்த்திக்", "செல்வம்", "karthik.selvam"), ("பிரியா", "கண்ணன்", "priya.kannan")],
     [("IN", 4), ("LK", 2), ("SG", 1), ("MY", 1)],
     ["gmail.com", "yahoo.co.in", "rediffmail.com"],
     [("ஸ்ரீ முருகன் ஸ்டோர்ஸ்", "srimuruganstores.in"), ("அன்னை மெஸ்", "annaimess.in")],
     ["சென்னை", "மதுரை", "கோயம்புத்தூர்", "திருச்சி", "யாழ்ப்பாணம்"],
     "dmy/", "inr",
     Lab("தொலைபேசி", "கைபேசி", "மின்னஞ்சல்", "பெயர்", ["விற்பனை மேலாளர்", "வாடிக்கையாளர் சேவை"], ["info", "sales"], contact="தொடர்பு"),
     [("Tamil message with Indian mobile +91 5-5", "வணக்கம், என் புதிய எண் {{PHONE@IN:mobile:g55+}}. மாலை அழைக்கவும்."),
      ("Tamil shop contact, landline and 10-digit mobile", "தொடர்புக்கு: {{PHONE@IN:fixed:nat}} / {{PHONE@IN:mobile:nsn}}"),
      ("Sri Lankan Tamil with +94", "இலங்கையிலிருந்து அழைக்க: {{PHONE@LK:mobile:intl}}"),
      ("Tamil application by e-mail", "விண்ணப்பங்களை {{EMAIL}} என்ற மின்னஞ்சலுக்கு அனுப்பவும்."),
      ],
     [("Tamil order and price", "ஆர்டர் எண் {{ORDER}} · மொத்தம் {{PRICE}} · டெலிவரி {{DATE}}"),
      ])

lang("ka", "ka", "Georgian",
     [("გიორგი", "ბერიძე", "giorgi.beridze"), ("ნინო", "კაპანაძე", "nino.kapanadze"), ("დავით", "მაისურაძე", "davit.maisuradze"), ("მარიამ", "გელაშვილი", "mariam.gelashvili")],
     [("GE", 1)],
     ["gmail.com", "yahoo.com", "mail.ru"],
     [("კაფე ძველი თბილისი", "dzvelitbilisi.ge"), ("ავტოსერვისი მოტორი", "motori.ge")],
     ["თბილისი", "ბათუმი", "ქუთაისი", "რუსთავი"],
     "dmy.", "gel",
     Lab("ტელ.", "მობ.", "ელ-ფოსტა", "სახელი", ["გაყიდვების მენეჯერი", "მომხმარებელთა მომსახურება"], ["info", "office"], contact="კონტაქტი"),
     [("Georgian SMS with 5xx mobile", "გამარჯობა! ჩემი ახალი ნომერია {{PHONE@GE:mobile}}, დამირეკე საღამოს."),
      ("Georgian payment with IBAN", "გადახდა შეგიძლიათ ანგარიშზე {{IBAN@GE}}, მიმღები {{NAME}}."),
      ("Georgian cafe contact, +995", "დაჯავშნა: {{PHONE@GE:fixed:intl}}"),
      ],
     [("Georgian order", "შეკვეთა № {{ORDER}} გაიგზავნა {{DATE}}. ფასი: {{PRICE}}."),
      ], iban=[("GE", 1)])

for _code, _ib in [("de", [("DE", 6), ("AT", 2), ("CH", 1)]), ("fr", [("FR", 6), ("BE", 2), ("LU", 1), ("CH", 1)]), ("es", [("ES", 1)]),
                   ("pt-BR", [("BR", 1)]), ("pt-PT", [("PT", 1)]), ("it", [("IT", 1)]), ("nl", [("NL", 5), ("BE", 2)]), ("pl", [("PL", 1)]),
                   ("cs", [("CZ", 1)]), ("sk", [("SK", 1)]), ("hu", [("HU", 1)])]:
    LANGS[_code]["iban"] = _ib

# --------------------------------------------------------------------------
# English banks (one language, many regions)
# --------------------------------------------------------------------------
EN_L = Lab("Tel", "Mobile", "Email", "Name", ["Operations Manager", "Customer Success Lead", "Office Manager", "Sales Director"],
           ["info", "office", "support", "billing", "hello", "bookings"], contact="Contact us")


def en(code, names, regions, dom, cos, cities, date, price, iban=()):
    lang(code, "en", "English (%s)" % code[3:], names, regions, dom, cos, cities, date, price, EN_L, [], [], iban=iban)


en("en-US", [("Emily", "Johnson", "emily.johnson"), ("Michael", "Brown", "michael.brown"), ("Jessica", "Garcia", "jessica.garcia"),
             ("David", "Nguyen", "david.nguyen"), ("Ashley", "Williams", "ashley.williams"), ("Christopher", "Lee", "chris.lee"),
             ("Jennifer", "Martinez", "jennifer.martinez"), ("Matthew", "Davis", "matt.davis"), ("Sarah", "Miller", "sarah.miller"),
             ("Daniel", "Wilson", "dan.wilson"), ("Lauren", "Anderson", "lauren.anderson"), ("James", "Thompson", "james.thompson"),
             ("Maria", "Rodriguez", "maria.rodriguez"), ("Kevin", "Patel", "kevin.patel"), ("Brittany", "Moore", "brittany.moore"),
             ("Tyler", "Jackson", "tyler.jackson"), ("Denise", "Washington", "denise.washington"), ("Robert", "Kowalski", "bob.kowalski")],
   [("US", 1)], ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "aol.com", "icloud.com", "comcast.net", "att.net", "verizon.net"],
   [("Brightline Dental Group", "brightlinedental.com"), ("Summit Roofing LLC", "summitroofingco.com"), ("Hartwell & Finch LLP", "hartwellfinch.com"),
    ("Maple Street Bakery", "maplestreetbakery.com"), ("Keystone Payroll Services", "keystonepayroll.com"), ("Redwood Property Management", "redwoodpm.com")],
   ["Austin", "Denver", "Columbus", "Phoenix", "Seattle", "Atlanta", "Chicago", "Boston"], "mdy/", "usd")
en("en-GB", [("Oliver", "Smith", "oliver.smith"), ("Amelia", "Taylor", "amelia.taylor"), ("Harry", "Wright", "harry.wright"),
             ("Sophie", "Walker", "sophie.walker"), ("George", "Hughes", "george.hughes"), ("Charlotte", "Green", "charlotte.green"),
             ("Priya", "Shah", "priya.shah"), ("Callum", "Murray", "callum.murray")],
   [("GB", 1)], ["btinternet.com", "hotmail.co.uk", "gmail.com", "sky.com", "yahoo.co.uk", "outlook.com", "virginmedia.com"],
   [("Hillside Plumbing Ltd", "hillsideplumbing.co.uk"), ("The Crown & Anchor", "crownandanchor-pub.co.uk"), ("Ashford Lettings", "ashfordlettings.co.uk")],
   ["London", "Manchester", "Leeds", "Bristol", "Glasgow", "Birmingham"], "dmy/", "gbp", iban=[("GB", 1)])
en("en-AU", [("Jack", "Wilson", "jack.wilson"), ("Chloe", "Nguyen", "chloe.nguyen"), ("Liam", "O'Brien", "liam.obrien"),
             ("Isla", "Thompson", "isla.thompson"), ("Noah", "Kelly", "noah.kelly")],
   [("AU", 1)], ["bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com.au", "iinet.net.au"],
   [("Coastal Sparkies Pty Ltd", "coastalsparkies.com.au"), ("Bondi Physio", "bondiphysio.com.au")],
   ["Sydney", "Melbourne", "Brisbane", "Perth", "Adelaide"], "dmy/", "aud")
en("en-IN", [("Rahul", "Sharma", "rahul.sharma"), ("Ananya", "Iyer", "ananya.iyer"), ("Vikram", "Reddy", "vikram.reddy"),
             ("Sneha", "Kulkarni", "sneha.kulkarni"), ("Arjun", "Mehta", "arjun.mehta"), ("Kavya", "Nair", "kavya.nair")],
   [("IN", 1)], ["gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"],
   [("Sai Krishna Enterprises", "saikrishnaent.in"), ("TechNova Solutions Pvt Ltd", "technova.co.in")],
   ["Bengaluru", "Mumbai", "Pune", "Hyderabad", "Chennai", "Delhi"], "dmy/", "inr2")
en("en-NG", [("Chinedu", "Okafor", "chinedu.okafor"), ("Ngozi", "Eze", "ngozi.eze"), ("Tunde", "Bakare", "tunde.bakare"),
             ("Aisha", "Bello", "aisha.bello"), ("Kwame", "Mensah", "kwame.mensah"), ("Abena", "Owusu", "abena.owusu")],
   [("NG", 3), ("GH", 2)], ["gmail.com", "yahoo.com"],
   [("Bello Logistics Ltd", "bellologistics.com.ng"), ("Accra Fresh Foods", "accrafreshfoods.com.gh")],
   ["Lagos", "Abuja", "Port Harcourt", "Accra", "Kumasi"], "dmy/", "ngn")
en("en-ZA", [("Thabo", "Nkosi", "thabo.nkosi"), ("Lerato", "Mokoena", "lerato.mokoena"), ("Pieter", "van der Merwe", "pieter.vdmerwe"),
             ("Zanele", "Dlamini", "zanele.dlamini"), ("Ayesha", "Patel", "ayesha.patel")],
   [("ZA", 1)], ["gmail.com", "mweb.co.za", "telkomsa.net", "webmail.co.za"],
   [("Jozi Auto Repairs", "joziauto.co.za"), ("Cape Coast Guesthouse", "capecoastguesthouse.co.za")],
   ["Johannesburg", "Cape Town", "Durban", "Pretoria"], "ymd/", "zar")
en("en-CA", [("Ethan", "Tremblay", "ethan.tremblay"), ("Olivia", "Roy", "olivia.roy"), ("Lucas", "MacDonald", "lucas.macdonald"),
             ("Ava", "Singh", "ava.singh"), ("Owen", "Campbell", "owen.campbell")],
   [("CA", 1)], ["gmail.com", "rogers.com", "shaw.ca", "sympatico.ca", "hotmail.ca", "telus.net"],
   [("Northern Lights Renovations", "northernlightsreno.ca"), ("Maple Leaf Dental", "mapleleafdental.ca")],
   ["Toronto", "Vancouver", "Calgary", "Ottawa", "Halifax", "Winnipeg"], "ymd-", "cad")
en("en-SG", [("Wei Jie", "Tan", "weijie.tan"), ("Hui Min", "Lim", "huimin.lim"), ("Aravind", "Kumar", "aravind.kumar"), ("Nurul", "Huda", "nurul.huda")],
   [("SG", 3), ("MY", 1), ("HK", 1)], ["gmail.com", "singnet.com.sg", "hotmail.com"],
   [("Lion City Aircon Services", "lioncityaircon.com.sg"), ("Orchard Dental Centre", "orcharddental.sg")],
   ["Singapore", "Jurong", "Tampines", "Woodlands"], "dmy/", "sgd")
en("en-KE", [("Brian", "Kamau", "brian.kamau"), ("Faith", "Achieng", "faith.achieng"), ("Kevin", "Kiprop", "kevin.kiprop"),
             ("Grace", "Nakato", "grace.nakato"), ("Joseph", "Mushi", "joseph.mushi")],
   [("KE", 3), ("UG", 2), ("TZ", 1), ("ET", 1)], ["gmail.com", "yahoo.com"],
   [("Savanna Courier Services", "savannacourier.co.ke"), ("Lakeview Hardware", "lakeviewhardware.co.ug")],
   ["Nairobi", "Kampala", "Mombasa", "Arusha"], "dmy/", "kes")
en("en-IE", [("Conor", "Murphy", "conor.murphy"), ("Siobhan", "Kelly", "siobhan.kelly"), ("Darragh", "Byrne", "darragh.byrne"), ("Aoife", "Walsh", "aoife.walsh")],
   [("IE", 1)], ["gmail.com", "eircom.net", "hotmail.com", "outlook.ie"],
   [("Liffey Electrical Ltd", "liffeyelectrical.ie"), ("Galway Bay Cafe", "galwaybaycafe.ie")],
   ["Dublin", "Cork", "Galway", "Limerick"], "dmy/", "eur_en", iban=[("IE", 1)])
en("en-NZ", [("Mia", "Ngata", "mia.ngata"), ("Tama", "Walker", "tama.walker"), ("Hannah", "Robinson", "hannah.robinson"), ("Sam", "Patel", "sam.patel")],
   [("NZ", 1)], ["xtra.co.nz", "gmail.com", "outlook.co.nz"],
   [("Kiwi Build Co", "kiwibuildco.co.nz"), ("Harbour Physio", "harbourphysio.co.nz")],
   ["Auckland", "Wellington", "Christchurch", "Hamilton"], "dmy/", "aud")
en("en-PK", [("Usman", "Tariq", "usman.tariq"), ("Hina", "Aslam", "hina.aslam"), ("Zain", "Abbasi", "zain.abbasi"), ("Nimal", "Perera", "nimal.perera"),
             ("Sita", "Shrestha", "sita.shrestha")],
   [("PK", 3), ("LK", 2), ("NP", 2)], ["gmail.com", "yahoo.com", "hotmail.com"],
   [("Indus Textiles", "industextiles.pk"), ("Colombo Spice Traders", "colombospice.lk")],
   ["Karachi", "Lahore", "Colombo", "Kathmandu"], "dmy/", "pkr")
en("en-JM", [("Andre", "Campbell", "andre.campbell"), ("Shanice", "Brown", "shanice.brown"), ("Marlon", "Joseph", "marlon.joseph"), ("Keisha", "Ramdial", "keisha.ramdial")],
   [("JM", 2), ("TT", 1)], ["gmail.com", "yahoo.com", "hotmail.com"],
   [("Island Breeze Tours", "islandbreezetours.com"), ("Port of Spain Motors", "posmotors.tt")],
   ["Kingston", "Montego Bay", "Port of Spain"], "dmy/", "usd")

EN_BANKS = [("en-US", 5), ("en-GB", 4), ("en-AU", 1.5), ("en-IN", 2), ("en-NG", 1.5), ("en-ZA", 1), ("en-CA", 1.5), ("en-SG", 1),
            ("en-KE", 1), ("en-IE", 1), ("en-NZ", 1), ("en-PK", 1.5), ("en-JM", 0.7)]

EN_POS = [
    ("English SMS, asks to call back on mobile", "hey it's {{FIRST}}, can you call me back on {{PHONE:mobile}}? lost my old phone lol"),
    ("English e-mail signature, direct line and mobile", "Kind regards,\n{{NAME}}\nOperations Manager | {{COMPANY}}\nDirect: {{PHONE:fixed}} | Mobile: {{PHONE:mobile}}\n{{EMAIL:co}}"),
    ("Support ticket with callback number and e-mail", "Ticket #{{NUM:6}}\nCustomer: {{NAME}}\nCallback number: {{PHONE}}\nEmail: {{EMAIL}}\nIssue: router keeps dropping connection every evening."),
    ("Classified ad, unlabelled mobile", "FOR SALE: 2014 Honda Civic, 98k miles, new tires. Cash only. Text {{PHONE:mobile}} after 5pm."),
    ("Chat, e-mail or landline to reach someone", "Can't make the call? Ping me at {{EMAIL}} or ring {{PHONE:fixed}} and ask for {{FIRST}}."),
    ("Lost pet poster with mobile", "LOST DOG – brown terrier answering to Biscuit, last seen near the park on {{DATE}}. Please call {{PHONE:mobile}}, reward offered!"),
    ("Real estate listing agent contact", "Open house Saturday 11–2. Listing agent: {{NAME}}, {{PHONE:mobile}}, {{EMAIL:co}}"),
    ("Restaurant website footer, business phone and e-mail", "{{COMPANY}} · Reservations {{PHONE:fixed}} · {{EMAIL:biz}}"),
    ("Appointment reminder SMS with clinic number", "Reminder: your appointment is on {{DATE}} at {{TIME}}. To reschedule call {{PHONE:fixed}}. Reply STOP to opt out."),
    ("Group chat, two people share numbers", "{{FIRST}}: my number's {{PHONE:mobile}} if anyone needs a ride\n{{FIRST2}}: thanks! mine is {{PHONE:mobile}}"),
    ("RSVP form reply", "Name: {{NAME}}\nAttending: yes (2 guests)\nPhone: {{PHONE:mobile}}\nEmail: {{EMAIL}}\nDietary: vegetarian"),
    ("Job application e-mail", "Dear Hiring Manager,\nPlease find my CV attached. I can be reached at {{EMAIL}} or on {{PHONE:mobile}}.\nSincerely,\n{{NAME}}"),
    ("Customer pastes card into chat", "I tried to pay with {{CARD}} exp 03/27, it keeps failing. Can you process it manually?"),
    ("Contractor quote with mobile", "Quote #{{NUM:5}} – bathroom refit – {{PRICE}} incl. tax. Any questions give me a bell on {{PHONE:mobile}}. {{FIRST}}"),
    ("Voicemail transcript, caller id and callback number", 'Voicemail from {{PHONE}} ({{TIME}}): "Hi, this is {{FIRST}} from the dental office, please call us back at {{PHONE:fixed}} to confirm tomorrow."'),
    ("E-mail header block and body phone", "From: {{NAME}} <{{EMAIL}}>\nTo: {{NAME2}} <{{EMAIL2:co}}>\nSubject: Re: invoice {{INV}}\n\nSee below, and call me on {{PHONE:mobile}} if it's easier."),
    ("Social post with shop phone", "Our new shop is open! Pop in or DM us, or call {{PHONE:fixed}} for orders. #smallbusiness"),
    ("School form emergency contact", "Emergency contact: {{NAME2}} (parent)\nDaytime phone: {{PHONE:fixed}}\nMobile: {{PHONE:mobile}}"),
    ("OCR of a narrow flyer column, number wrapped across lines", "GARDEN SERVICES\nHedges · Lawns · Fencing\nCall {{FIRST}} on\n{{PHONE:mobile:wrap}}\nfree quotes"),
    ("Phone with extension kept outside the span", "Call our billing team on {{PHONE:fixed}} ext. {{NUMZ:3}} between 9 and 5."),
    ("OCR business card with label typos", "{{NAMEUP}}\nSEN1OR ACCOUNT MANAGER\nTe1: {{PHONE:fixed}}\nMob: {{PHONE:mobile}}\nE-mai1: {{EMAIL:co}}"),
    ("Call-centre transcript, phone and e-mail", "AGENT: Can I get a good number to reach you?\nCALLER: Yeah, it's {{PHONE:mobile}}.\nAGENT: And an email?\nCALLER: {{EMAIL}}."),
    ("Fax cover sheet", "FAX\nTo: {{NAME2}}\nFax: {{PHONE:fixed}}\nFrom: {{NAME}}\nPhone: {{PHONE:fixed}}\nPages: 3 (including cover)"),
    ("Tenant message quoting public IP", "Hi, the internet in unit 4 is down again. Our public IP shows as {{IP}} but nothing loads. - {{FIRST}}"),
    ("Password reset notice with IP and support e-mail", "A password reset was requested for your account from {{IP}} on {{DATE}}. If this wasn't you, contact {{EMAIL:biz}}."),
    ("Newsletter footer with toll-free number", "You are receiving this because you subscribed in store. Questions? {{EMAIL:biz}} · {{PHONE:toll}}"),
    ("Delivery driver note", "Driver: please call {{PHONE:mobile}} on arrival, buzzer is broken. Leave with neighbour at no. 12 if no answer."),
    ("Referral e-mail introducing a contact", "Hi {{FIRST}}, meet {{NAME2}} — she handles our payroll. Her email is {{EMAIL2:co}} and direct line {{PHONE:fixed}}."),
    ("Parent WhatsApp group message", "Hi all, {{FIRST}}'s mum here. For the carpool rota text me on {{PHONE:mobile}} 😊".replace("😊", ":)")),
    ("Hotel booking confirmation with guest phone", "Booking confirmed\nGuest: {{NAME}}\nCheck-in: {{DATE}}\nGuest phone: {{PHONE:mobile:e164}}\nGuest email: {{EMAIL}}"),
    ("Contact list with three people", "Committee contacts:\n- {{NAME}} (chair): {{PHONE:mobile}}\n- {{NAME2}} (treasurer): {{PHONE:mobile}}, {{EMAIL2}}\n- {{NAME3}} (secretary): {{EMAIL3}}"),
]

EN_NEG = [
    ("ITIN labelled, invalid SSN area 9xx", "ITIN: {{BADSSN:9xx}} — issued to individuals who are not eligible for a Social Security number.", ()),
    ("Test fixture with invalid SSN area 000", 'test("rejects area 000", () => expect(isValidSSN("{{BADSSN:000}}")).toBe(false));', ()),
    ("EIN and state tax id", "Employer Identification Number (EIN): {{EIN}} · State withholding ID: {{NUM:8}}", ()),
    ("US shipping address with ZIP+4", "Ship to: 742 Evergreen Terrace, Springfield, IL 627{{NUMZ:2}}-{{NUMZ:4}}", ()),
    ("Part number shaped like an SSN", 'Part No. {{NUM:3}}-{{NUMZ:2}}-{{NUMZ:4}} (gasket, 3/8") — qty 12 — bin C-14', ("ssn",)),
    ("Bank routing and account numbers labelled", "Routing number {{ROUTING}} · Account number {{NUM:10}} · Check #{{NUM:4}}", ()),
    ("Federal court case number", "Case No. 2:2{{NUMZ:1}}-cv-{{NUMZ:5}}-JLR — complaint filed {{DATE}}", ()),
    ("Amazon-style order id and UPS tracking", "Order #{{NUM:3}}-{{NUMZ:7}}-{{NUMZ:7}} shipped via UPS {{TRACK:ups}}", ()),
    ("Medicare beneficiary identifier", "Medicare Beneficiary Identifier (MBI): {{MBI}} — effective {{DATE}}", ()),
    ("SSN validation error for area 666", "Validation error: SSN {{BADSSN:666}} rejected — area number 666 is never issued.", ()),
    ("Blank SSN placeholder", "Social Security number: ___-__-____ (to be provided at orientation)", ()),
    ("Canadian SIN labelled", "Canadian SIN: {{NATID:ca_sin}} · Province: ON", ()),
    ("UK National Insurance number labelled", "National Insurance number: {{NATID:uk_nino}} · Tax code 1257L", ()),
    ("USPS tracking number", "USPS Tracking: {{TRACK:usps}} — Out for delivery", ()),
    ("Health plan member id (9 digits, not SSN)", "Member ID: {{NUM:9}} · Group No.: {{NUM:6}} · RxBIN 610014 · RxPCN ADV", ()),
    ("Invalid SSN with group 00", "Flagged record: SSN {{BADSSN:g00}} has group number 00 and cannot be valid.", ()),
    ("Invalid SSN with serial 0000", "Data quality report: {{BADSSN:s0000}} (serial 0000) excluded from import.", ()),
    ("Flight itinerary", "Flight {{FLIGHT}} departs {{TIME}} from gate B12; seat 14C; confirmation {{PNR}}.", ()),
    ("Device serial number grouped 4-4-4", "Serial number: SN {{NUMZ:4}}-{{NUMZ:4}}-{{NUMZ:4}} · Warranty until {{DATE}}", ()),
    ("UK sort code and account number", "Sort code {{SORT}} · Account no. {{NUMZ:8}} · Payment ref INV{{NUM:5}}", ()),
    ("Lab measurements", "Calibration: 12.345 mm, 0.0021 in, 101.325 kPa, 1013.25 hPa, 23.7 °C, RH 41.2 %", ()),
    ("Hospital MRN and ward", "Patient MRN: {{NUM:8}} · Bed 4B · Ward 12 · Admitted {{DATE}} {{TIME}}", ()),
    ("Invoice number of 10 digits", "Invoice No. {{NUM:10}} dated {{DATE}} — amount due {{PRICE:usd}}", ()),
    ("Support ticket number", "Ticket #{{NUM:7}} has been resolved. Reopen within 14 days by replying to this thread.", ()),
    ("Pharmacy batch and expiry", "Batch {{NUM:2}}-{{NUMZ:4}}-{{NUMZ:2}} · Exp. {{DATE}} · Store below 25 °C", ()),
    ("Book citation with ISBN", "Smith, J. (2019). Patterns of Trade. 2nd ed. ISBN {{ISBN}}. pp. 112–140.", ()),
    ("Unix timestamp and durations", "job finished at 1715677964 (unix), duration 00:14:32, exit code 0", ()),
    ("Census population figures", "Population: 8,336,817 (2020 census); area 783.8 km²; density 10,636/km²", ()),
    ("GPS coordinates", "Meet at the trailhead: {{COORD}} (elevation 1,204 m)", ()),
    ("Vehicle VIN", "VIN {{VIN}} · Odometer 84,213 mi · Plate 7ABC123", ()),
    ("IMEI of a phone (Luhn-valid but not a card)", "Device IMEI: {{IMEI}} · Model SM-S918B · Firmware {{VER}}", ("luhn",)),
    ("FedEx tracking", "FedEx tracking {{TRACK:fedex}} — delivered {{DATE}} {{TIME}}", ()),
    ("Masked card, last four only", "Charged to VISA •••• •••• •••• {{NUMZ:4}} on {{DATE}} — {{PRICE:usd}}", ()),
    ("Gift card number failing Luhn", "Gift card number {{BADCARD:16:6:sp}} · PIN {{NUMZ:4}} · Balance {{PRICE:usd}}", ()),
    ("Loyalty card number failing Luhn", "Rewards card {{BADCARD:16:7:c}} — 1,250 points available", ()),
    ("IBAN validation error, check digits wrong", "Error: IBAN {{BADIBAN@DE:g}} failed validation (check digits incorrect). Please re-enter.", ()),
    ("IBAN-like reference failing mod-97", "Beneficiary reference {{BADIBAN@GB}} could not be matched to an account.", ()),
    ("Version strings and kernel", "Updated packages: openssl {{VER}}, kernel {{VER}}, agent {{VER}}", ()),
    ("Git commit and build number", "Merged PR #{{NUM:4}} as commit {{SHA:40}} (build {{NUM:5}})", ()),
    ("UUIDs in API response", '{"request_id": "{{UUID}}", "trace_id": "{{HEX:32}}", "status": 200}', ()),
    ("SHA-256 checksum", "SHA256 (installer.dmg) = {{SHA}}", ()),
    ("Service config with private IPs only", "server:\n  listen: 0.0.0.0:8080\n  upstream: {{PRIVIP}}:5432\n  dns: [{{PRIVIP}}, 127.0.0.53]\n  metrics: 127.0.0.1:9100", ()),
    ("/etc/hosts with loopback and private addresses", "127.0.0.1   localhost\n::1         localhost ip6-localhost\n{{PRIVIP}}  db.internal\n{{PRIVIP}}  cache.internal", ()),
    ("Docker network inspect, private ranges", "Subnet: 172.18.0.0/16  Gateway: 172.18.0.1  Container IPv4: 172.18.0.{{AMOUNT}}", ()),
    ("Kubernetes pod and service CIDRs", "pod IP 10.244.{{NUMZ:1}}.17 · service CIDR 10.96.0.0/12 · cluster DNS 10.96.0.10", ()),
    ("Home network settings", "Subnet mask 255.255.255.0 · Default gateway 192.168.1.1 · DHCP range 192.168.1.100–192.168.1.199", ()),
    ("SNMP OID", "Polling OID 1.3.6.1.2.1.1.3.0 (sysUpTime) every 60 s", ()),
    ("Spec section number shaped like an IPv4", "As described in section 4.2.1.3 of the specification, the parser must reject empty fields.", ("ip",)),
    ("Four-part release version shaped like an IPv4", "Release notes for version 5.1.2.8: fixed crash on startup, improved sync speed.", ("ip",)),
    ("Date written two ways", "Meeting moved from 03/04/2024 to 04/03/2024 (that's DD/MM, i.e. 4 March).", ()),
    ("Receipt totals", "Subtotal $1,146.88 · Tax $102.05 · Tip $180.00 · Total $1,428.93", ()),
    ("Sports score and attendance", "Final: Hawks 102–98 Celtics. Attendance 19,812. Next game {{DATE}} {{TIME}} ET.", ()),
    ("UPC barcode", "UPC {{EAN}} · SKU BLK-{{NUM:5}} · Case pack 12", ()),
    ("Country calling codes without numbers", "Country codes: +44 is the UK, +49 Germany, +81 Japan and +1 covers the US and Canada.", ()),
    ("Conference room and extension-like numbers", "Room 1204, 12th floor. Badge {{NUM:6}}. Locker 88.", ()),
    ("Lottery draw numbers", "Draw #{{NUM:4}}: 04 11 23 35 42, bonus 07. Jackpot {{PRICE:usd}}.", ()),
    ("Bank statement line with reference numbers", "{{DATE}}  POS PURCHASE REF {{NUM:12}}  TERMINAL {{NUM:8}}  -{{PRICE:usd}}", ()),
    ("Library call number", "Call number: QA76.73.P98 L88 2013 · Barcode 3{{NUM:13}}", ()),
    ("Postal codes list", "Delivery zones: {{POSTAL@GB}}, {{POSTAL@CA}}, {{POSTAL@US}}, {{POSTAL@NL}}", ()),
    ("Order confirmation, no personal data", "Thanks for your order {{ORDER}}! Estimated delivery {{DATE}}. Total {{PRICE:usd}}.", ()),
    ("Router admin page with private and reserved addresses", "WAN: 100.64.{{NUMZ:1}}.{{AMOUNT}} (CGNAT) | LAN: {{PRIVIP}} | DNS: 192.168.1.1", ()),
    ("Scientific constants and units", "c = 299 792 458 m/s; h = 6.626 070 15 × 10⁻³⁴ J·s; N_A = 6.022 140 76 × 10²³ mol⁻¹", ()),
    ("Hex dump", "0000: 4f 70 65 6e 20 73 65 73 73 69 6f 6e 00 00 00 01  Open session....", ()),
    ("MAC address and port", "Device {{MAC}} connected on switch port Gi1/0/{{NUMZ:2}}, VLAN 120", ()),
    ("Chess notation and timestamps", "1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 — game clock 01:29:57 / 01:30:00", ()),
]

# --------------------------------------------------------------------------
# US Social Security numbers
# --------------------------------------------------------------------------
SSN_POS = [
    ("W-2 box a/b with SSN and EIN", "Form W-2 Wage and Tax Statement {{YEAR}}\na Employee's social security number: {{SSN}}\nb Employer identification number (EIN): {{EIN}}\nc Employer's name: {{COMPANY}}\ne Employee's name: {{FIRST}} {{LAST}}\n1 Wages, tips, other compensation: 58,240.12"),
    ("HR e-mail reply giving SSN", "Hi {{FIRST2}}, sure — my SSN is {{SSN}}. Let me know if you need anything else for onboarding.\n{{FIRST}}"),
    ("W-4 step 1 with spaced SSN", "Form W-4\nStep 1(a) First name and middle initial: {{FIRST}} R.   Last name: {{LAST}}\n(b) Social security number: {{SSN:sp}}\nAddress: 1420 Oak Ridge Dr, Apt 3\nCity or town, state, and ZIP code: {{CITY}}, TX {{NUMZ:5}}"),
    ("Markdown table of dependents with SSNs", "| Dependent | Relationship | DOB | SSN |\n|---|---|---|---|\n| {{FIRST2}} {{LAST}} | Child | 04/12/2015 | {{SSN}} |\n| {{FIRST3}} {{LAST}} | Child | 09/30/2018 | {{SSN}} |"),
    ("Payroll CSV export, mixed SSN formats", "emp_id,last_name,first_name,ssn,hire_date,dept\n{{NUM:5}},{{LAST}},{{FIRST}},{{SSN:bare}},2021-03-15,Ops\n{{NUM:5}},{{LAST2}},{{FIRST2}},{{SSN:bare}},2019-11-02,Finance\n{{NUM:5}},{{LAST3}},{{FIRST3}},{{SSN}},2023-06-20,Sales"),
    ("Chat message giving 'social' for rental application", "ok so for the apartment application they want my social, it's {{SSN}} — can you fill it in for me?"),
    ("Tax preparer intake, taxpayer and spouse SSNs", "Taxpayer: {{NAME}}   SSN: {{SSN}}\nSpouse: {{NAME2}}   SSN: {{SSN}}\nFiling status: Married filing jointly\nPreparer phone: {{PHONE@US:fixed}}"),
    ("Medical intake form with SSN and phone", "PATIENT INTAKE\nName: {{NAME}}   DOB: {{DOB}}\nSSN: {{SSN}}\nPrimary insurance: BlueCross PPO, Member ID XJH{{NUMZ:9}}\nPhone: {{PHONE@US:mobile}}"),
    ("Loan application, applicant and co-applicant SSNs", "Applicant Social Security Number {{SSN}}\nCo-Applicant Social Security Number {{SSN}}\nHome phone {{PHONE@US:fixed}}   Cell {{PHONE@US:mobile}}"),
    ("Identity verification note, unlabelled SSN", "Please verify identity: {{NAME}}, DOB {{DOB}}, {{SSN}}, last address on file in {{CITY}}."),
    ("JSON applicant record with bare SSN", '{"applicant": {"name": "{{NAME}}", "ssn": "{{SSN:bare}}", "phone": "{{PHONE@US:mobile:e164}}", "email": "{{EMAIL}}"}}'),
    ("Application log leaking SSN and client IP", "2024-05-14T09:12:44Z WARN intake-api request body contained ssn={{SSN:bare}} (field should be masked) client={{IP}}"),
    ("OCR of a Social Security card", "SOCIAL SECURITY\n{{SSN}}\nTHIS NUMBER HAS BEEN ESTABLISHED FOR\n{{NAMEUP}}\n________________\nSIGNATURE"),
    ("1099-NEC payer EIN and recipient TIN (SSN)", "PAYER'S TIN {{EIN}}     RECIPIENT'S TIN {{SSN}}\nRECIPIENT'S name {{NAME}}\n1 Nonemployee compensation $ 12,400.00"),
    ("Bankruptcy petition, two debtors' SSNs", "Debtor 1: {{NAME}}\nSocial Security number or ITIN: {{SSN}}\nDebtor 2 (Spouse, if filing): {{NAME2}}\nSocial Security number or ITIN: {{SSN}}"),
    ("Call transcript confirming SSN and phone", "REP: And can you confirm your social?\nCUSTOMER: Sure, {{SSN:sp}}.\nREP: Thank you, and the phone number on the account?\nCUSTOMER: {{PHONE@US:mobile}}."),
    ("HR note correcting a mistyped SSN", "FYI — {{FIRST}}'s SSN on the I-9 was mistyped. Correct one is {{SSN}}; please update Workday."),
    ("TSV of names and SSNs", "name\tssn\tstate\n{{NAME}}\t{{SSN}}\tOH\n{{NAME2}}\t{{SSN}}\tPA"),
    ("YAML employee record", 'employee:\n  name: {{NAME}}\n  ssn: "{{SSN}}"\n  phone: "{{PHONE@US:mobile}}"\n  email: {{EMAIL:co}}'),
    ("Benefits beneficiary line with SSN", "Beneficiary: {{NAME2}} (spouse) — SSN {{SSN}} — 100% primary"),
    ("Financial aid worksheet with three SSNs", "FAFSA worksheet — Student SSN: {{SSN}} · Parent 1 SSN: {{SSN}} · Parent 2 SSN: {{SSN}}"),
    ("Table with SSN under generic ID column", "| Name | ID | Phone |\n|---|---|---|\n| {{NAME}} | {{SSN}} | {{PHONE@US:mobile}} |"),
    ("Family text thread, SSN for DMV", "me: mom what's my social again?? need it for the DMV\nMom: {{SSN}} — delete this after!!"),
    ("Credit report with masked and unmasked SSN", "CONSUMER: {{NAMEUP}}\nSSN: XXX-XX-{{NUMZ:4}} (reported)   ALSO REPORTED: {{SSN}}"),
    ("IRS e-file rejection quoting SSN", "IRS reject IND-031-04: the SSN {{SSN}} and name control {{LAST}} do not match IRS records."),
    ("Background check order", "Subject: {{NAME}} | SSN {{SSN}} | DOB {{DOB}} | Prior address: {{CITY}}"),
    ("E-mail with 'social' as 9 bare digits", "here's the info you asked for: social {{SSN:bare}}, DOB {{DOB}}. call me at {{PHONE@US:mobile}} if anything's missing"),
    ("Insurance claim form, insured's id is SSN", "1a. INSURED'S I.D. NUMBER (SSN): {{SSN}}\n4. INSURED'S NAME: {{NAMEUP}}"),
    ("Records update with old and new SSN", "Please update our records: SSN on file {{SSN}} was a typo; the correct SSN is {{SSN}}."),
    ("VA claim form with SSN", "VA Form 21-526EZ — Veteran's Social Security No.: {{SSN}} — VA File No.: C{{NUMZ:8}}"),
    ("Payroll provider ticket with SSN and e-mail", "Case {{NUM:6}}: employee {{NAME}} ({{EMAIL}}) reports W-2 shows SSN {{SSN}}, should be {{SSN}}."),
    ("Landlord screening form", "Rental application\nFull name: {{NAME}}\nSocial Security #: {{SSN}}\nCurrent phone: {{PHONE@US:mobile:nathy}}\nEmployer: {{COMPANY}}"),
]

SSN_HEAVY = [
    ("Payroll CSV with five employees' SSNs", "EmployeeID,Name,SSN,State,Rate\n{{NUM:4}},{{NAME}},{{SSN}},CA,32.50\n{{NUM:4}},{{NAME2}},{{SSN}},NV,28.00\n{{NUM:4}},{{NAME3}},{{SSN:bare}},CA,41.75\n{{NUM:4}},{{NAME4}},{{SSN}},AZ,19.90\n{{NUM:4}},{{NAME5}},{{SSN}},CA,55.00"),
    ("Dependents table with three children", "Dependents\n1. {{FIRST2}} {{LAST}}, DOB 02/11/2012, SSN {{SSN}}\n2. {{FIRST3}} {{LAST}}, DOB 07/23/2015, SSN {{SSN}}\n3. {{FIRST4}} {{LAST}}, DOB 12/01/2019, SSN {{SSN}}"),
    ("Pasted spreadsheet (TSV) of four SSNs", "Last\tFirst\tSSN\tDOB\n{{LAST}}\t{{FIRST}}\t{{SSN}}\t{{DOB}}\n{{LAST2}}\t{{FIRST2}}\t{{SSN}}\t{{DOB}}\n{{LAST3}}\t{{FIRST3}}\t{{SSN}}\t{{DOB}}\n{{LAST4}}\t{{FIRST4}}\t{{SSN}}\t{{DOB}}"),
    ("Tax return summary with taxpayer, spouse and dependents", "Form 1040 summary\nYour SSN: {{SSN}}\nSpouse's SSN: {{SSN}}\nDependent 1: {{FIRST3}} — {{SSN}} — child tax credit\nDependent 2: {{FIRST4}} — {{SSN}} — credit for other dependents"),
    ("Security audit finding listing exposed SSNs", "Finding SEC-{{NUM:3}}: debug log on app-02 contains unmasked SSNs, e.g. {{SSN}}, {{SSN:bare}} and {{SSN}}. Rotate logs and purge."),
    ("Beneficiary designation with employee and two beneficiaries", "Employee: {{NAME}}, SSN {{SSN}}\nPrimary beneficiary: {{NAME2}}, SSN {{SSN}}, 50%\nPrimary beneficiary: {{NAME3}}, SSN {{SSN}}, 50%"),
]

SSN_MULTI = [
    ("zh", "Chinese-language US form with SSN", "社会安全号码（SSN）：{{SSN}}\n姓名：{{NAME}}\n美国电话：{{PHONE@US:mobile}}"),
    ("ko", "Korean-language US document with SSN", "사회보장번호(SSN): {{SSN}} / 연락처: {{PHONE@US:mobile}}"),
    ("ru", "Russian-language note with US SSN", "Номер социального страхования (SSN): {{SSN}}, телефон в США {{PHONE@US:mobile:intl}}"),
    ("ar", "Arabic-language note with US SSN", "رقم الضمان الاجتماعي الأمريكي (SSN): {{SSN}}"),
    ("pl", "Polish message with US SSN", "Mój numer Social Security to {{SSN}}, wpisz go proszę do formularza."),
    ("pt-BR", "Brazilian Portuguese message with US SSN", "Meu Social Security é {{SSN}}, precisa para o contrato do aluguel."),
    ("hi", "Hindi message with US SSN", "मेरा SSN {{SSN}} है, फॉर्म में भर देना।"),
    ("es", "Spanish chat with US SSN", "Oye, el seguro social de mi esposo es {{SSN}}, para lo de los taxes."),
    ("fil", "Tagalog message with US SSN, spaced", "Social Security Number ko: {{SSN:sp}} — para sa W-4."),
    ("vi", "Vietnamese message with US SSN", "Chị ơi, số SSN của em là {{SSN}}, chị điền giúp em nhé."),
    ("fr", "French note with US SSN", "Mon numéro de Social Security américain : {{SSN}}."),
    ("de", "German expat e-mail with US SSN", "Für die US-Steuererklärung: meine Social Security Number lautet {{SSN}}."),
]

# --------------------------------------------------------------------------
# IP addresses in logs and tickets
# --------------------------------------------------------------------------
IP_POS = [
    ("nginx access log lines", '{{IP}} - - [14/May/2024:09:12:44 +0000] "GET /api/v1/orders?page=2 HTTP/1.1" 200 5123 "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n{{IP}} - - [14/May/2024:09:12:45 +0000] "GET /favicon.ico HTTP/1.1" 404 162 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"'),
    ("sshd failed password log", "May 14 03:12:09 web01 sshd[21877]: Failed password for invalid user admin from {{IP}} port {{PORT}} ssh2\nMay 14 03:12:11 web01 sshd[21877]: Connection closed by invalid user admin {{IP}} port {{PORT}} [preauth]"),
    ("fail2ban ban notice", "2024-05-14 03:15:22,611 fail2ban.actions [812]: NOTICE [sshd] Ban {{IP}}"),
    ("iptables drop log, public source and private destination", "kernel: DROP IN=eth0 OUT= SRC={{IP}} DST={{PRIVIP}} LEN=60 PROTO=TCP SPT={{PORT}} DPT=22 SYN"),
    ("E-mail Received header with bracketed IP", "Received: from mail-wr1-f54.google.com (mail-wr1-f54.google.com [{{IP}}])\n\tby mx1.mailhost.net with ESMTPS id 4Vf2Lq; Tue, 14 May 2024 09:12:44 +0000"),
    ("X-Forwarded-For chain with public and private hop", "X-Forwarded-For: {{IP=c}}, {{PRIVIP}}\nX-Real-IP: {{IP=c}}"),
    ("JSON auth log with user e-mail and client IP", '{"ts":"2024-05-14T09:12:44Z","level":"info","msg":"login ok","user":"{{EMAIL}}","client_ip":"{{IP}}"}'),
    ("IPv6 access log", '{{IPV6}} - - [14/May/2024:10:01:02 +0000] "POST /login HTTP/2.0" 302 0 "-" "okhttp/4.12.0"'),
    ("Apache error log with client IP and port", "[Tue May 14 10:03:11.204532 2024] [authz_core:error] [pid 4412] [client {{IP}}:{{PORT}}] AH01630: client denied by server configuration: /var/www/admin"),
    ("Support ticket with IPv4 and IPv6 of customer", "Customer reports being blocked by the WAF. Home IP: {{IP}} (also tried from mobile: {{IPV6}})."),
    ("Windows security event with source address", "An account failed to log on.\nAccount Name: {{HANDLE}}\nSource Network Address: {{IP}}\nSource Port: {{PORT}}"),
    ("Firewall CSV export", "timestamp,src_ip,dst_port,action\n2024-05-14 03:12:09,{{IP}},443,allow\n2024-05-14 03:12:10,{{IP}},22,deny\n2024-05-14 03:12:12,{{PRIVIP}},53,allow"),
    ("Chat asking to whitelist home IP", "can you whitelist my home IP? it's {{IP}} — VPN is down again"),
    ("Blog comment moderation with IP and e-mail", "New comment awaiting moderation\nAuthor: {{FIRST}} (IP: {{IP}})\nEmail: {{EMAIL}}\nComment: great recipe, thanks!"),
    ("IPv6 with port in brackets", "sshd[992]: Connection from [{{IPV6}}]:{{PORT}} closed by remote host"),
    ("Data-subject access export, login history", "Login history\n{{DATE}} {{TIME}}  {{IP}}  Chrome on Windows\n{{DATE}} {{TIME}}  {{IPV6}}  Safari on iPhone"),
    ("CDN request headers", "CF-Connecting-IP: {{IP}}\nCF-IPCountry: DE\nCF-Ray: 8842{{HEX:12}}-FRA"),
    ("Router status page with WAN and LAN", "WAN IP: {{IP}} | LAN IP: {{PRIVIP}} | Gateway: {{PRIVIP}} | Uptime 12d 04:11"),
    ("Abuse report about scanning", "We observed port scanning originating from {{IP}} between {{TIME}} and {{TIME}} UTC on {{DATE}}. Please investigate."),
    ("Forum post with IPv6 prefix delegation question", "my ISP gives me {{IPV6}} on the router but devices don't get v6 — any ideas?"),
    ("Game server ban list", "banned_ips:\n  - {{IP}}   # aimbot\n  - {{IP}}   # chat spam"),
    ("Postfix log, connect from unknown host", "postfix/smtpd[3321]: connect from unknown[{{IP}}]\npostfix/smtpd[3321]: NOQUEUE: reject: RCPT from unknown[{{IP}}]: 554 5.7.1 Service unavailable"),
    ("Honeypot summary with top attacking IPs", "Top sources last 24h:\n1. {{IP}} — 4,812 attempts\n2. {{IP}} — 2,077 attempts\n3. {{IPV6}} — 903 attempts"),
    ("DNS resolver query log", "client {{IP}}#{{PORT}} (example.org): query: example.org IN A +E(0)K ({{PRIVIP}})"),
    ("VPN session log with public and assigned address", "vpn: user {{HANDLE}} connected from {{IP}}, assigned {{PRIVIP}}, duration 01:12:40"),
    ("Rate limiter JSON with IPv6 key", '{"limiter":"login","key":"{{IPV6}}","hits":31,"window_s":60,"blocked":true}'),
    ("Traceroute with public hops after a private gateway", "traceroute to {{IP}}, 30 hops max\n 1  192.168.1.1  1.204 ms\n 2  {{IP}}  8.911 ms\n 3  {{IP}}  11.402 ms"),
    ("Sign-in alert with IPv6 and IPv4", "New sign-ins to your account: {{IPV6}} (home Wi-Fi) and {{IP}} (mobile data) on {{DATE}}."),
    ("Mail log SPF failure with sender address and IP", "spf: FAIL for {{EMAIL}} from {{IP}} (mechanism -all matched)"),
    ("Syslog DHCP and NAT translation", "nat: {{PRIVIP}}:{{PORT}} -> {{IP}}:{{PORT}} (udp)"),
]

# --------------------------------------------------------------------------
# Payment cards
# --------------------------------------------------------------------------
CARD_POS = [
    ("Chat offering card details", "can i just give you my card over chat? {{CARD}} exp 11/27"),
    ("Payment form fields", "Cardholder name: {{NAMEUP}}\nCard number: {{CARD}}\nExpiry: 08/27\nCVV: ***"),
    ("Amex 4-6-5 for a deposit", "Please charge the deposit to my Amex {{CARD:amex:sp}}, I'll be there Friday."),
    ("Debug log leaking PAN", '2024-05-14 10:22:01 DEBUG payment payload: {"pan":"{{CARD:c}}","exp":"1127","amount":4999}'),
    ("Phone order note with hyphenated card", "Phone order — customer {{NAME}}, card {{CARD:hy}}, deliver Friday, call {{PHONE}} first"),
    ("E-mail updating card on file", "Hi, please update the card on file to {{CARD}} (the old one expired). Thanks, {{FIRST}}"),
    ("Diners card 4-6-4", "Corporate card: Diners Club {{CARD:diners:sp}}"),
    ("Primary and backup card", "Primary: {{CARD:visa}} / Backup: {{CARD:mc}}"),
    ("19-digit Maestro without spaces", "Card number {{CARD:maestro:c}} — please check, the terminal rejected it."),
    ("OCR of card front", "VISA\n{{CARD:visa:sp}}\nVALID THRU 09/28\n{{NAMEUP}}"),
    ("Orders CSV with card column", "order_id,name,card_number,amount\n{{NUM:6}},{{NAME}},{{CARD:c}},49.99\n{{NUM:6}},{{NAME2}},{{CARD:c}},120.00"),
    ("Spoken card number in transcript", "CALLER: the card number is {{CARD:sp}}, and the code on the back is 381.\nAGENT: Thank you."),
    ("Discover card in chat", "use my discover {{CARD:disc}} for the rest"),
    ("Mastercard 2-series in form", "Card: {{CARD:mc:hy}}  Exp: 02/29"),
    ("Payments CSV with four card numbers", "txn,card,amount,status\n{{NUM:6}},{{CARD:c}},19.99,ok\n{{NUM:6}},{{CARD:c}},5.00,ok\n{{NUM:6}},{{CARD:amex:c}},250.00,declined\n{{NUM:6}},{{CARD:c}},74.10,ok"),
    ("Fraud report listing compromised cards", "Compromised cards reported by the issuer:\n- {{CARD:visa:sp}}\n- {{CARD:mc:sp}}\n- {{CARD:visa:sp}}"),
    ("Chat: try the other card", "that one got declined, try my other card {{CARD:mc}} — or the amex {{CARD:amex}}"),
    ("JCB card in hotel booking", "Guarantee: JCB {{CARD:jcb:sp}} (exp 06/27) — guest {{NAME}}"),
]

# --------------------------------------------------------------------------
# IBANs in English / mixed contexts
# --------------------------------------------------------------------------
IBAN_POS = [
    ("SEPA batch CSV with several IBANs", "name;iban;amount\n{{NAME}};{{IBAN@DE:c}};120,00\n{{NAME2}};{{IBAN@FR:c}};75,50\n{{NAME3}};{{IBAN@NL:c}};33,00"),
    ("JSON payout payload with IBAN", '{"payout": {"beneficiary": "{{NAME}}", "iban": "{{IBAN@ES:c}}", "currency": "EUR", "amount": 1500}}'),
    ("SWIFT MT103-style excerpt", ":50K:/{{IBAN@GB:c}}\n{{NAMEUP}}\n:59:/{{IBAN@CH:c}}\n{{COMPANY}}\n:71A:SHA"),
    ("Freelancer invoice footer with IBAN", "Payment terms: 14 days. Please pay to IBAN {{IBAN@IE:g}} (BIC {{BIC@IE}}), reference {{INV}}."),
    ("Chat sharing IBAN in lower case", "here's my iban: {{IBAN@NL:lc}} – thanks for sorting the deposit"),
    ("Salary details form with IBAN", "Bank details for salary\nAccount holder: {{NAME}}\nIBAN: {{IBAN@BE:g}}\nBIC: {{BIC@BE}}"),
    ("Rental contract clause with IBAN", "The monthly rent shall be paid to the landlord's account IBAN {{IBAN@AT:g}} no later than the 3rd of each month."),
    ("Gulf bank transfer request", "Kindly transfer the amount to IBAN {{IBAN@AE:g}} (Emirates NBD), beneficiary {{NAME}}."),
    ("Two IBANs, old and new", "Please note our bank details have changed. Old: {{IBAN@DE:g}} — New: {{IBAN@DE:g}}"),
    ("Maltese IBAN in e-mail", "Our Malta account for the conference fee: {{IBAN@MT:g}}"),
    ("Cyprus and Greece IBANs in invoice", "EUR accounts: {{IBAN@CY:g}} (Limassol) / {{IBAN@GR:g}} (Athens)"),
    ("SEPA XML snippet with debtor and creditor IBAN", "<DbtrAcct><Id><IBAN>{{IBAN@DE:c}}</IBAN></Id></DbtrAcct>\n<CdtrAcct><Id><IBAN>{{IBAN@IT:c}}</IBAN></Id></CdtrAcct>"),
    ("Charity donation page with IBAN", "Donate by bank transfer: IBAN {{IBAN@NL:g}}, reference 'gift'. Thank you!"),
    ("Swiss QR-bill payment part", "Payable to\n{{IBAN@CH:g}}\n{{COMPANY}}\nReference {{NUMZ:2}} {{NUMZ:5}} {{NUMZ:5}} {{NUMZ:5}} {{NUMZ:5}} {{NUMZ:5}}"),
    ("Luxembourg IBAN compact in YAML", "beneficiary:\n  name: {{COMPANY}}\n  iban: {{IBAN@LU:c}}\n  bic: {{BIC@LU}}"),
]

CARD_MULTI = [
    ("de", "German order note with credit card", "Kreditkarte: {{CARD:mc}} · gültig bis 10/26 · Prüfnummer auf Anfrage"),
    ("fr", "French card payment line", "Paiement par carte bancaire n° {{CARD:visa:sp}}, date d'expiration 07/27."),
    ("es", "Spanish card number and expiry", "Número de tarjeta: {{CARD:hy}} Caducidad: 05/28"),
    ("it", "Italian card with holder", "Numero carta {{CARD:visa:c}} scadenza 01/28, intestata a {{NAME}}."),
    ("pt-BR", "Brazilian credit card", "Cartão de crédito: {{CARD:mc:sp}}, validade 12/29"),
    ("nl", "Dutch credit card in chat", "Mijn creditcardnummer is {{CARD:visa}}, vervaldatum 04/27."),
    ("pl", "Polish card number", "Numer karty: {{CARD:mc}} ważna do 03/28"),
    ("ru", "Russian card number", "Номер карты {{CARD:visa:sp}}, срок действия 02/27"),
    ("tr", "Turkish card number", "Kart numaram {{CARD:mc:c}}, son kullanma 09/27."),
    ("ja", "Japanese credit card number with hyphens", "クレジットカード番号：{{CARD:visa:hy}}　有効期限：03/29"),
    ("zh", "Chinese credit card number", "信用卡号：{{CARD:mc:sp}}，有效期至2027年8月。"),
    ("ko", "Korean credit card number", "신용카드 번호: {{CARD:mc:sp}}"),
    ("ar", "Arabic card number and expiry", "رقم البطاقة: {{CARD:visa:sp}} تاريخ الانتهاء 06/27"),
    ("he", "Hebrew credit card number", "מספר כרטיס אשראי: {{CARD:visa}} בתוקף עד 11/27"),
    ("th", "Thai credit card number", "หมายเลขบัตรเครดิต {{CARD:mc}} หมดอายุ 02/28"),
    ("vi", "Vietnamese card number", "Số thẻ: {{CARD:visa:sp}}, hết hạn 10/27"),
    ("id", "Indonesian credit card", "Nomor kartu kredit saya {{CARD:visa:c}}, berlaku s/d 05/29"),
    ("sv", "Swedish card number", "Kortnummer: {{CARD:visa}} (giltigt t.o.m. 12/27)"),
    ("cs", "Czech card number", "Číslo karty {{CARD:mc:sp}}, platnost do 04/28"),
    ("el", "Greek card number", "Αριθμός κάρτας: {{CARD:visa:sp}}, λήξη 09/26"),
    ("hi", "Hindi card number", "कार्ड नंबर {{CARD:visa:sp}}, एक्सपायरी 07/28"),
    ("uk", "Ukrainian card number", "Номер картки {{CARD:mc:sp}}, термін дії 11/26"),
    ("ro", "Romanian card number", "Numărul cardului: {{CARD:visa:sp}}, expiră 08/28"),
    ("hu", "Hungarian card number", "Kártyaszám: {{CARD:visa:sp}}, lejárat: 2028/03"),
    ("fi", "Finnish card number", "Kortin numero {{CARD:mc:sp}}, voimassa 06/27"),
    ("ms", "Malay card number", "Nombor kad: {{CARD:visa:sp}} tamat tempoh 01/29"),
    ("fil", "Filipino card number", "Card number ko: {{CARD:mc:c}} exp 04/27"),
    ("sw", "Swahili card number", "Namba ya kadi: {{CARD:visa:sp}}, inaisha 03/27"),
    ("da", "Danish Visa/Dankort number", "Kortnummer {{CARD:visa:sp}}, udløb 05/28"),
    ("pt-PT", "Portuguese card number", "Número do cartão: {{CARD:visa:sp}}, validade 10/28"),
]

NEG_MULTI = [
    ("de", "German IBAN validation error, mod-97 fails", "Die IBAN {{BADIBAN@DE:g}} ist ungültig (Prüfziffer falsch). Bitte prüfen Sie Ihre Eingabe.", ()),
    ("nl", "Dutch invalid IBAN message", "Het IBAN-nummer {{BADIBAN@NL}} is niet geldig. Controleer de gegevens.", ()),
    ("fr", "French invalid card number message", "Le numéro de carte {{BADCARD:16:4:sp}} est invalide. Veuillez vérifier votre saisie.", ()),
    ("es", "Spanish invalid card number", "El número de tarjeta {{BADCARD:16:5:c}} no es válido.", ()),
    ("it", "Italian firmware and serial", "Versione firmware {{VER}} — numero di serie {{NUMZ:4}}-{{NUMZ:4}}-{{NUMZ:4}}", ()),
    ("ja", "Japanese version and build numbers", "アプリのバージョン {{VER}}（ビルド {{NUM:4}}）を公開しました。", ()),
    ("de", "German router config, private addresses", "# Router-Konfiguration\nLAN-IP: 192.168.178.1\nDHCP-Bereich: 192.168.178.20 – 192.168.178.200\nDNS: 192.168.178.1", ()),
    ("pl", "Polish invalid IBAN", "Numer rachunku {{BADIBAN@PL:g}} jest nieprawidłowy (błędna suma kontrolna).", ()),
    ("es", "Spanish IBAN typo error", "Error en el IBAN {{BADIBAN@ES:g}}: los dígitos de control no coinciden.", ()),
    ("fr", "French invalid IBAN", "IBAN refusé : {{BADIBAN@FR:g}} (clé de contrôle incorrecte).", ()),
    ("it", "Italian invalid IBAN", "L'IBAN {{BADIBAN@IT}} risulta errato, verifica il CIN e le cifre di controllo.", ()),
    ("ru", "Russian coordinates and altitude", "Координаты: {{COORD}}, высота 1 204 м, азимут 273°", ()),
    ("zh", "Chinese UUID and hash in log", "任务ID {{UUID}} 已完成，校验值 {{SHA:40}}", ()),
    ("ko", "Korean tracking and prices", "주문 {{ORDER}} · 결제금액 {{PRICE}} · 배송 {{DATE}}", ()),
    ("ar", "Arabic dates and times in Arabic-Indic digits", "موعد الاجتماع: ١٥/٠٣/٢٠٢٥ الساعة ١٠:٣٠ صباحاً، القاعة ٢٠٤", ()),
    ("fa", "Persian digits date and amount", "تاریخ: ۱۴۰۳/۰۷/۱۲ — مبلغ: ۲٬۵۰۰٬۰۰۰ ریال — شماره پیگیری ۸۸۲۱۴۵", ()),
    ("tr", "Turkish invalid card number", "Girdiğiniz kart numarası ({{BADCARD:16:5:sp}}) geçersiz.", ()),
    ("pt-BR", "Brazilian tracking and invoice", "NF-e nº {{NUM:9}} · Série 1 · Chave de acesso {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}} {{NUMZ:4}}", ()),
    ("sv", "Swedish coordinates and postcode", "Samling vid {{COORD}}, postnummer {{POSTAL@SE}}", ()),
    ("hi", "Hindi train timetable", "ट्रेन {{NUM:5}} · प्लेटफ़ॉर्म 4 · आगमन {{TIME}} · प्रस्थान {{TIME}}", ()),
    ("de", "German versions shaped like IPs in changelog", "Changelog: 3.2.1.4 → 3.2.1.5 (Hotfix), Datenbankschema 12.0.4", ("ip",)),
    ("nl", "Dutch private network settings", "IP-adres: {{PRIVIP}} · Subnetmasker: 255.255.255.0 · Gateway: 192.168.1.254", ()),
    ("uk", "Ukrainian ISBN and pages", "ISBN {{ISBN}}, 312 с., наклад 2000 прим.", ()),
    ("el", "Greek order with dates", "Παραγγελία {{ORDER}} · Ημερομηνία {{DATE}} · Σύνολο {{PRICE}}", ()),
    ("vi", "Vietnamese version and build", "Phiên bản {{VER}}, bản dựng {{NUM:5}}, mã băm {{SHA:40}}", ()),
    ("id", "Indonesian invalid IBAN-like string (no IBAN in Indonesia)", "Kode referensi transfer internasional {{BADIBAN@DE}} ditolak oleh bank.", ()),
]

# --------------------------------------------------------------------------
# World tour of offices (many phone regions)
# --------------------------------------------------------------------------
OFFICES = [("GB", "London"), ("US", "New York"), ("DE", "Frankfurt"), ("FR", "Paris"), ("SG", "Singapore"), ("AE", "Dubai"),
           ("JP", "Tokyo"), ("AU", "Sydney"), ("HK", "Hong Kong"), ("IN", "Mumbai"), ("BR", "São Paulo"), ("MX", "Mexico City"),
           ("ZA", "Johannesburg"), ("NL", "Amsterdam"), ("CH", "Zurich"), ("SE", "Stockholm"), ("PL", "Warsaw"), ("ES", "Madrid"),
           ("IT", "Milan"), ("TR", "Istanbul"), ("KR", "Seoul"), ("CN", "Shanghai"), ("TW", "Taipei"), ("IL", "Tel Aviv"),
           ("SA", "Riyadh"), ("EG", "Cairo"), ("NG", "Lagos"), ("KE", "Nairobi"), ("AR", "Buenos Aires"), ("CO", "Bogotá"),
           ("CL", "Santiago"), ("PE", "Lima"), ("CA", "Toronto"), ("IE", "Dublin"), ("BE", "Brussels"), ("AT", "Vienna"),
           ("DK", "Copenhagen"), ("NO", "Oslo"), ("FI", "Helsinki"), ("CZ", "Prague"), ("HU", "Budapest"), ("RO", "Bucharest"),
           ("GR", "Athens"), ("PT", "Lisbon"), ("TH", "Bangkok"), ("VN", "Ho Chi Minh City"), ("ID", "Jakarta"), ("MY", "Kuala Lumpur"),
           ("PH", "Manila"), ("PK", "Karachi"), ("BD", "Dhaka"), ("LK", "Colombo"), ("NZ", "Auckland"), ("QA", "Doha"),
           ("KW", "Kuwait City"), ("MA", "Casablanca"), ("LU", "Luxembourg"), ("EE", "Tallinn"), ("LV", "Riga"), ("LT", "Vilnius"),
           ("UA", "Kyiv"), ("KZ", "Almaty"), ("GH", "Accra"), ("TZ", "Dar es Salaam"), ("UG", "Kampala"), ("ET", "Addis Ababa"),
           ("JO", "Amman"), ("LB", "Beirut"), ("OM", "Muscat"), ("BH", "Manama"), ("CY", "Nicosia"), ("RS", "Belgrade"),
           ("HR", "Zagreb"), ("SI", "Ljubljana"), ("BG", "Sofia"), ("IS", "Reykjavík"), ("EC", "Quito"), ("DZ", "Algiers"),
           ("TN", "Tunis"), ("SN", "Dakar"), ("CI", "Abidjan"), ("IQ", "Baghdad"), ("NP", "Kathmandu"), ("JM", "Kingston")]


OFFICE_KEEP = {"NP", "JM", "EC", "DZ", "TN", "SN", "CI", "IQ", "OM", "BH", "JO", "LB", "QA", "KW", "LU", "CY", "IS", "MA",
               "GH", "TZ", "UG", "ET", "KZ", "LK", "BD", "NZ", "PE", "CL", "CO", "AR", "MX", "US", "GB", "DE", "SG", "AE",
               "HK", "JP", "BR", "ZA", "IN", "CN", "FR", "AU"}


def office_records():
    pool = [o for o in OFFICES if o[0] in OFFICE_KEEP]
    R.shuffle(pool)
    i = 0
    k = 0
    while i < len(pool):
        n = R.randint(4, 6)
        chunk = pool[i:i + n]
        i += n
        style = k % 4
        k += 1
        if style == 0:
            lines = ["Our offices"] + ["%s: {{PHONE@%s:fixed:intl}}" % (city, cc) for cc, city in chunk]
            tpl = "\n".join(lines)
            note = "Company footer listing offices worldwide, international format"
        elif style == 1:
            lines = ["| Office | Phone |", "|---|---|"] + ["| %s | {{PHONE@%s:fixed:intl}} |" % (city, cc) for cc, city in chunk]
            tpl = "\n".join(lines)
            note = "Markdown table of office phone numbers in many countries"
        elif style == 2:
            tpl = " · ".join("%s {{PHONE@%s:fixed:e164}}" % (city, cc) for cc, city in chunk)
            note = "One-line office list with E.164 numbers"
        else:
            lines = ["country,city,local_phone"] + ["%s,%s,{{PHONE@%s:fixed:nat}}" % (cc, city, cc) for cc, city in chunk]
            tpl = "\n".join(lines)
            note = "CSV of office numbers in national format with country column"
        yield note, tpl


def attendee_records():
    pool = [cc for cc, _ in OFFICES]
    for j in range(3):
        ccs = [rpick(pool) for _ in range(R.randint(3, 5))]
        if j % 2 == 0:
            rows = ["name,country,mobile,email"]
            for n, cc in enumerate(ccs, 1):
                rows.append("{{NAME%d}},%s,{{PHONE@%s:mobile:e164}},{{EMAIL%d}}" % (n, cc, cc, n))
            yield "Conference attendee CSV, E.164 mobiles from several countries", "\n".join(rows)
        else:
            rows = ["Delegates (WhatsApp):"]
            for n, cc in enumerate(ccs, 1):
                rows.append("{{FIRST%d}} ({{PHONE@%s:mobile:intl}})" % (n, cc))
            yield "Delegate list with international mobiles", "\n".join(rows)


# --------------------------------------------------------------------------
# Generic genres rendered with each language's labels
# --------------------------------------------------------------------------
def g_signature(b):
    L = b["L"]
    role = rpick(L["roles"])
    k = R.randint(0, 3)
    if k == 0:
        return ("%s e-mail signature, landline, mobile and e-mail" % b["name"],
                "{{NAME}}\n%s\n{{COMPANY}}\n%s: {{PHONE:fixed}}\n%s: {{PHONE:mobile}}\n%s: {{EMAIL:co}}" % (role, L["tel"], L["mob"], L["mail"]))
    if k == 1:
        return ("%s one-line signature with pipes" % b["name"],
                "{{NAME}} | %s | {{COMPANY}} | %s {{PHONE:fixed}} | {{EMAIL:co}}" % (role, L["tel"]))
    if k == 2:
        return ("%s signature with phone and fax" % b["name"],
                "--\n{{NAME}}\n{{COMPANY}}\n%s: {{PHONE:fixed}} · %s: {{PHONE:fixed}}\n{{WEB}}" % (L["tel"], L["fax"]))
    return ("%s signature, mobile only plus e-mail" % b["name"],
            "{{NAME}}\n%s\n%s {{PHONE:mobile}}\n{{EMAIL:co}}" % (role, L["mob"]))


def g_other(b, k=None):
    L = b["L"]
    if k is None:
        k = R.randint(0, 6)
    nm = b["name"]
    if k == 0:
        sep = rpick([";", ",", "\t"])
        rows = [sep.join([L["name"], L["tel"], L["mail"]])]
        for i in (1, 2):
            rows.append(sep.join(["{{NAME%d}}" % i, "{{PHONE}}", "{{EMAIL%d}}" % i]))
        return ("%s contact export (delimited), two rows" % nm, "\n".join(rows))
    if k == 1:
        return ("%s JSON contact record" % nm,
                '{"name": "{{NAME}}", "phone": "{{PHONE:e164}}", "email": "{{EMAIL}}", "lang": "%s"}' % b["code"])
    if k == 2:
        return ("%s YAML contact block" % nm,
                'contact:\n  name: {{NAME}}\n  phone: "{{PHONE}}"\n  email: {{EMAIL}}')
    if k == 3:
        return ("%s HTML contact box with tel: and mailto: links" % nm,
                '<div class="contact">\n  <h3>%s</h3>\n  <p>%s: <a href="tel:{{PHONE=a:e164}}">{{PHONE=a}}</a></p>\n  <p>%s: <a href="mailto:{{EMAIL=m}}">{{EMAIL=m}}</a></p>\n</div>' % (L["contact"], L["tel"], L["mail"]))
    if k == 4:
        return ("%s vCard with work and cell numbers" % nm,
                "BEGIN:VCARD\nVERSION:3.0\nFN:{{NAME}}\nORG:{{COMPANY}}\nTEL;TYPE=WORK,VOICE:{{PHONE:fixed:intl}}\nTEL;TYPE=CELL:{{PHONE:mobile:e164}}\nEMAIL;TYPE=INTERNET:{{EMAIL:co}}\nEND:VCARD")
    if k == 5:
        return ("%s markdown contact table" % nm,
                "| %s | %s | %s |\n|---|---|---|\n| {{NAME}} | {{PHONE}} | {{EMAIL}} |\n| {{NAME2}} | {{PHONE}} | {{EMAIL2}} |" % (L["name"], L["tel"], L["mail"]))
    return ("%s web form submission" % nm,
            "%s: {{NAME}}\n%s: {{PHONE:mobile}}\n%s: {{EMAIL}}" % (L["name"], L["mob"], L["mail"]))


def g_invoice(b):
    L = b["L"]
    cc = wpick(b["iban"])
    k = R.randint(0, 2)
    if k == 2:
        return ("%s payment details, IBAN only" % b["name"],
                "{{COMPANY}}\nIBAN: {{IBAN@%s:g}}\nBIC: {{BIC@%s}}" % (cc, cc))
    if k == 0:
        return ("%s invoice footer with phone, e-mail and IBAN" % b["name"],
                "{{COMPANY}} · {{CITY}}\n%s {{PHONE:fixed}} · %s {{EMAIL:biz}}\nIBAN {{IBAN@%s:g}} · BIC {{BIC@%s}}" % (L["tel"], L["mail"], cc, cc))
    return ("%s invoice footer with compact IBAN" % b["name"],
            "{{COMPANY}} | IBAN: {{IBAN@%s:c}} | %s: {{PHONE:fixed}}" % (cc, L["tel"]))


def g_login_log(b):
    return ("%s-locale application log line with user e-mail and IP" % b["name"],
            "{{DATE:ymd-}} {{TIME}}:%02d INFO auth: login user={{EMAIL}} ip={{IP}} locale=%s result=ok" % (R.randint(0, 59), b["code"]))


# --------------------------------------------------------------------------
# Assembly
# --------------------------------------------------------------------------
MAJOR = {"de", "fr", "es", "it", "nl", "pt-BR", "pl", "ru", "ja", "zh", "ko", "tr", "ar"}


def en_bank():
    return wpick(EN_BANKS)


def build():
    # 1. hand-written templates of every non-English language + generic genres in that language
    for code, b in LANGS.items():
        if b["base"] == "en":
            continue
        for note, tpl in b["pos"]:
            add(code, tpl, note, "positive")
        for note, tpl in b["neg"]:
            add(code, tpl, note, "hard_negative")
        idx = list(LANGS).index(code)
        if idx % 5 in (0, 3):
            note, tpl = g_signature(b)
            add(code, tpl, note, "positive")
        if idx % 3 == 1 or (code in MAJOR and idx % 2 == 0):
            note, tpl = g_other(b)
            add(code, tpl, note, "positive")
        if b["iban"]:
            note, tpl = g_invoice(b)
            add(code, tpl, note, "positive")
        if R.random() < 0.2:
            note, tpl = g_login_log(b)
            add(code, tpl, note, "positive")

    # 2. English, many regions
    for note, tpl in EN_POS:
        add(en_bank(), tpl, note, "positive")
    for i, (code, _w) in enumerate(EN_BANKS):
        b = LANGS[code]
        if i % 2 == 0:
            note, tpl = g_signature(b)
            add(code, tpl, note, "positive")
        if i % 3 == 1:
            note, tpl = g_other(b)
            add(code, tpl, note, "positive")
    for code in ("en-GB", "en-IE"):
        note, tpl = g_invoice(LANGS[code])
        add(code, tpl, note, "positive")

    # 3. US SSNs
    for rep in range(2):
        for i, (note, tpl) in enumerate(SSN_POS):
            if rep and i % 3 == 0:
                continue
            add("en-US", tpl, note, "positive")
    for rep in range(3):
        for note, tpl in SSN_HEAVY:
            add("en-US", tpl, note, "positive")
    for code, note, tpl in SSN_MULTI:
        add(code, tpl, note, "positive")

    # 4. IPs, cards, IBANs
    for rep in range(2):
        for i, (note, tpl) in enumerate(IP_POS):
            if rep and i % 4 == 0:
                continue
            add(en_bank(), tpl, note, "positive")
    for rep in range(3):
        for note, tpl in CARD_POS:
            if rep == 2 and tpl.count("{{CARD") < 2:
                continue
            add(en_bank(), tpl, note, "positive")
    for code, note, tpl in CARD_MULTI:
        add(code, tpl, note, "positive")
    for note, tpl in IBAN_POS:
        add(rpick(["en-GB", "en-US", "en-IE"]), tpl, note, "positive")

    # 5. many phone regions
    for note, tpl in office_records():
        add("en-US", tpl, note, "positive")
    for note, tpl in attendee_records():
        add(rpick(["en-US", "en-GB", "en-IN", "en-NG"]), tpl, note, "positive")

    # 6. hard negatives in English and other languages
    for rep in range(2):
        for note, tpl, allow in EN_NEG:
            if rep and ("{{" not in tpl or len(tpl) % 5 == 0):
                continue
            us = any(w in note for w in ("SSN", "ITIN", "EIN", "ZIP", "Medicare", "routing", "USPS", "Health plan", "court", "Amazon", "FedEx", "Invoice number"))
            add("en-US" if us else en_bank(), tpl, note, "hard_negative", allow)
    for code, note, tpl, allow in NEG_MULTI:
        add(code, tpl, note, "hard_negative", allow)


# --------------------------------------------------------------------------
# Self-checks
# --------------------------------------------------------------------------
SSN_FORMS = [re.compile(r"\d{3}-\d{2}-\d{4}"), re.compile(r"\d{3} \d{2} \d{4}"), re.compile(r"\d{9}")]
CARD_FORM = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_FORM = re.compile(r"[A-Za-z0-9]+(?: [A-Za-z0-9]+)*")


def check_record(r):
    text, spans = r["text"], r["spans"]
    assert isinstance(text, str) and text, r
    assert r["kind"] == ("positive" if spans else "hard_negative"), r
    assert isinstance(r["note"], str) and r["note"], r
    last_end = 0
    regions = list(r["_regions"])
    for s in spans:
        assert set(s) == {"start", "end", "entity"}, s
        st, en_, ent = s["start"], s["end"], s["entity"]
        assert isinstance(st, int) and isinstance(en_, int)
        assert 0 <= st < en_ <= len(text), (s, text)
        assert st >= last_end, ("overlap/unsorted", text)
        last_end = en_
        v = text[st:en_]
        assert v == v.strip(), ("whitespace at span edge", v)
        assert ent in ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN"), ent
        if ent == "PHONE":
            reg = regions.pop(0)
            num = pn.parse(v.replace("\n", " "), reg)
            assert pn.is_possible_number(num), ("phone not possible", v, reg)
            assert pn.is_valid_number(num), ("phone not valid", v, reg)
            assert pn.is_valid_number_for_region(num, reg), ("phone region", v, reg)
            r.setdefault("_phone_regions", []).append(reg)
        elif ent == "EMAIL":
            assert email_ok(v), ("email", v)
        elif ent == "CARD":
            assert CARD_FORM.fullmatch(v), ("card form", v)
            d = re.sub(r"\D", "", v)
            assert 13 <= len(d) <= 19 and luhn_ok(d), ("card luhn", v)
        elif ent == "IBAN":
            assert IBAN_FORM.fullmatch(v), ("iban form", v)
            assert iban_ok(v), ("iban", v)
        elif ent == "IP":
            assert ip_is_ok(v), ("ip", v)
        elif ent == "SSN":
            assert any(f.fullmatch(v) for f in SSN_FORMS), ("ssn form", v)
            assert ssn_valid(v), ("ssn", v)
        # a span must not start or end inside a token of the same kind
        if st > 0 and ent in ("PHONE", "CARD", "SSN", "IBAN", "IP"):
            assert not text[st - 1].isdigit(), ("digit before span", v, text)
        if en_ < len(text) and ent in ("PHONE", "CARD", "SSN", "IBAN", "IP"):
            assert not text[en_].isdigit(), ("digit after span", v, text)
    assert not regions, ("unused phone regions", r)
    assert not accidental(text, spans, r["_allow"]), (text, accidental(text, spans, r["_allow"]))


def main():
    build()
    seen = set()
    for r in RECORDS:
        check_record(r)
        assert r["text"] not in seen, ("duplicate text", r["text"])
        seen.add(r["text"])
    R.shuffle(RECORDS)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for r in RECORDS:
            spans = sorted(r["spans"], key=lambda s: (s["start"], s["end"]))
            obj = {"text": r["text"], "spans": spans, "kind": r["kind"], "note": r["note"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    # re-read and re-check what was written
    with open(OUT_PATH, encoding="utf-8") as fh:
        back = [json.loads(line) for line in fh]
    assert len(back) == len(RECORDS)
    for obj, r in zip(back, RECORDS):
        assert list(obj) == ["text", "spans", "kind", "note"], obj
        assert obj["text"] == r["text"] and obj["spans"] == r["spans"]

    kinds, ents = {}, {}
    for r in RECORDS:
        kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
        for s in r["spans"]:
            ents[s["entity"]] = ents.get(s["entity"], 0) + 1
    langs = sorted({LANGS[r["_lang"]]["base"] for r in RECORDS})
    regions = sorted({g for r in RECORDS for g in r.get("_phone_regions", [])})
    print("records: %d" % len(RECORDS))
    print("kinds: " + ", ".join("%s=%d" % (k, kinds[k]) for k in sorted(kinds)))
    print("entities: " + ", ".join("%s=%d" % (k, ents[k]) for k in sorted(ents)))
    print("languages: %d (%s)" % (len(langs), " ".join(langs)))
    print("phone regions: %d (%s)" % (len(regions), " ".join(regions)))
    print("self-checks passed")


if __name__ == "__main__":
    main()
