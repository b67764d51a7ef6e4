"""Generate the blind personal-data evaluation set ``personal_data_twentysecond.jsonl``.

Stdlib only, deterministic (random.Random(SEED)).
"""

import hashlib
import ipaddress
import json
import re
import unicodedata
from collections import Counter
from pathlib import Path
import random

SEED = 20261228
rng = random.Random(SEED)
OUT = Path(__file__).with_name("personal_data_twentysecond.jsonl")
N_POS, N_NEG = 362, 240
MIN = {"PHONE": 700, "SSN": 100, "CARD": 60, "IBAN": 50, "IP": 120, "EMAIL": 300}
TARGET = {"PHONE": 770, "SSN": 112, "CARD": 78, "IBAN": 58, "IP": 134, "EMAIL": 330}


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def pick(s):
    return rng.choice(s.split("|") if isinstance(s, str) else s)


# ----------------------------------------------------------------------------- phones
# iso: (country code, [(trunk, prefixes, nsn length(s), groups)])
NANP_US = "212 415 617 312 206 305 512 702 303 404 215 503 612 720 919 646 213 480 971 808"
NANP_CA = "416 604 514 403 613 902 780 204 306 647 438 250"
PLANS = {
    "US": ("1", [("", NANP_US, 10, [3, 3, 4])]),
    "CA": ("1", [("", NANP_CA, 10, [3, 3, 4])]),
    "GB": (
        "44",
        [
            ("0", "7400 7459 7700 7723 7811 7911 7940 7584", 10, [4, 6]),
            ("0", "20", 10, [2, 4, 4]),
            ("0", "161 131 113 117", 10, [3, 3, 4]),
        ],
    ),
    "IE": (
        "353",
        [
            ("0", "83 85 86 87 89", 9, [2, 3, 4]),
            ("0", "1", 8, [1, 3, 4]),
            ("0", "21 91", 9, [2, 3, 4]),
        ],
    ),
    "FR": ("33", [("0", "6 7", 9, [1, 2, 2, 2, 2]), ("0", "1 2 3 4 5", 9, [1, 2, 2, 2, 2])]),
    "DE": (
        "49",
        [
            ("0", "151 152 157 160 162 170 171 172 175 176 177 179", (10, 11), [3, 4, 4]),
            ("0", "30 40 89 69", (10, 10), [2, 4, 4]),
            ("0", "221 211 711 351", 10, [3, 7]),
        ],
    ),
    "AT": (
        "43",
        [
            ("0", "664 660 676 650 699", 10, [3, 7]),
            ("0", "1", (8, 9), [1, 3, 4]),
            ("0", "512 732 316", (9, 10), [3, 6]),
        ],
    ),
    "CH": ("41", [("0", "76 77 78 79", 9, [2, 3, 2, 2]), ("0", "44 22 31 61 91", 9, [2, 3, 2, 2])]),
    "NL": (
        "31",
        [("0", "6", 9, [1, 8]), ("0", "20 10 30 70", 9, [2, 3, 4]), ("0", "6", 9, [1, 2, 2, 2, 2])],
    ),
    "BE": (
        "32",
        [
            (
                "0",
                "470 471 472 475 476 477 478 479 484 486 487 488 489 493 494 495 496 497 499",
                9,
                [3, 2, 2, 2],
            ),
            ("0", "2 3 9", 8, [1, 3, 2, 2]),
        ],
    ),
    "LU": ("352", [("", "621 628 661 671 691", 9, [3, 3, 3]), ("", "2", 8, [2, 2, 2, 2])]),
    "ES": (
        "34",
        [
            ("", "600 612 622 634 644 655 666 677 688 699 711 722", 9, [3, 3, 3]),
            ("", "91 93 95 96", 9, [2, 3, 2, 2]),
        ],
    ),
    "PT": ("351", [("", "91 92 93 96", 9, [3, 3, 3]), ("", "21 22 239", 9, [3, 3, 3])]),
    "IT": (
        "39",
        [
            ("", "320 328 333 338 340 345 347 349 366 380 393", 10, [3, 3, 4]),
            ("", "06 02", 10, [2, 4, 4]),
            ("", "055 081 011", 10, [3, 3, 4]),
        ],
    ),
    "GR": ("30", [("", "690 693 694 697 698 699", 10, [3, 3, 4]), ("", "210 231", 10, [3, 3, 4])]),
    "PL": (
        "48",
        [
            ("", "501 512 530 600 602 660 691 721 784 790 880 888", 9, [3, 3, 3]),
            ("", "22 12 61 71", 9, [2, 3, 2, 2]),
        ],
    ),
    "CZ": (
        "420",
        [
            ("", "601 602 603 604 608 702 721 731 736 773 777", 9, [3, 3, 3]),
            ("", "2 5", 9, [3, 3, 3]),
        ],
    ),
    "SK": (
        "421",
        [("0", "901 903 905 911 915 917 940 944 948", 9, [3, 3, 3]), ("0", "2", 9, [1, 4, 4])],
    ),
    "HU": ("36", [("06", "20 30 70", 9, [2, 3, 4]), ("06", "1", 8, [1, 3, 4])]),
    "RO": (
        "40",
        [("0", "722 723 744 745 755 766 788 799", 9, [3, 3, 3]), ("0", "21 31", 9, [2, 3, 2, 2])],
    ),
    "BG": ("359", [("0", "87 88 89", 9, [2, 3, 4]), ("0", "2", 8, [1, 3, 4])]),
    "HR": ("385", [("0", "91 92 95 98 99", (8, 9), [2, 3, 4]), ("0", "1", 8, [1, 4, 3])]),
    "SI": ("386", [("0", "31 40 41 51 64 70", 8, [2, 3, 3]), ("0", "1", 8, [1, 3, 2, 2])]),
    "RS": ("381", [("0", "60 61 62 63 64 65 66", (8, 9), [2, 3, 4]), ("0", "11", 9, [2, 3, 4])]),
    "UA": (
        "380",
        [
            ("0", "50 63 66 67 68 73 93 95 96 97 98 99", 9, [2, 3, 2, 2]),
            ("0", "44", 9, [2, 3, 2, 2]),
        ],
    ),
    "RU": (
        "7",
        [
            ("8", "903 905 915 916 925 926 977 985", 10, [3, 3, 2, 2]),
            ("8", "495 499 812", 10, [3, 3, 2, 2]),
        ],
    ),
    "TR": (
        "90",
        [
            ("0", "530 532 533 535 541 542 544 505 506 552 555", 10, [3, 3, 2, 2]),
            ("0", "212 216 312 232", 10, [3, 3, 2, 2]),
        ],
    ),
    "SE": (
        "46",
        [
            ("0", "70 72 73 76 79", 9, [2, 3, 2, 2]),
            ("0", "8", 9, [1, 3, 3, 2]),
            ("0", "31 40", 9, [2, 3, 2, 2]),
        ],
    ),
    "NO": ("47", [("", "4 9", 8, [3, 2, 3]), ("", "2 5 7", 8, [2, 2, 2, 2])]),
    "DK": (
        "45",
        [
            ("", "20 21 22 26 28 30 31 40 42 50 51 52 53 60 61 71 81 91 93", 8, [2, 2, 2, 2]),
            ("", "33 35 86", 8, [4, 4]),
        ],
    ),
    "FI": ("358", [("0", "40 41 44 45 50", (9, 10), [2, 3, 4]), ("0", "9", (8, 9), [1, 3, 4])]),
    "IS": ("354", [("", "6 7 8", 7, [3, 4]), ("", "5", 7, [3, 4])]),
    "EE": ("372", [("", "5", 8, [4, 4]), ("", "6", 7, [3, 4])]),
    "LV": ("371", [("", "2", 8, [2, 3, 3]), ("", "67", 8, [2, 3, 3])]),
    "LT": ("370", [("8", "6", 8, [3, 5]), ("8", "5", 8, [1, 3, 4])]),
    "IL": ("972", [("0", "50 52 53 54 55 58", 9, [2, 3, 4]), ("0", "3 2 4", 8, [1, 3, 4])]),
    "AE": ("971", [("0", "50 52 54 55 56 58", 9, [2, 3, 4]), ("0", "4 2", 8, [1, 3, 4])]),
    "SA": ("966", [("0", "50 53 54 55 56 59", 9, [2, 3, 4]), ("0", "11 12", 9, [2, 3, 4])]),
    "EG": ("20", [("0", "10 11 12 15", 10, [2, 4, 4]), ("0", "2 3", 9, [1, 4, 4])]),
    "MA": ("212", [("0", "6 7", 9, [1, 2, 2, 2, 2]), ("0", "522 537", 9, [3, 2, 2, 2])]),
    "NG": ("234", [("0", "803 805 806 807 813 816 703 706 809 817 818 909 812", 10, [3, 3, 4])]),
    "KE": (
        "254",
        [("0", "701 710 712 715 720 722 729 733 110 111", 9, [3, 3, 3]), ("0", "20", 9, [2, 3, 4])],
    ),
    "ZA": (
        "27",
        [("0", "60 61 72 73 76 79 82 83 84", 9, [2, 3, 4]), ("0", "11 21 31", 9, [2, 3, 4])],
    ),
    "GH": ("233", [("0", "20 24 26 27 50 54 55 59", 9, [2, 3, 4]), ("0", "30", 9, [2, 3, 4])]),
    "IN": (
        "91",
        [
            ("0", "98 97 96 94 93 91 90 88 87 86 79 78 70 63", 10, [5, 5]),
            ("0", "11 22", 10, [2, 4, 4]),
            ("0", "80 44", 10, [2, 4, 4]),
        ],
    ),
    "PK": (
        "92",
        [("0", "300 301 303 311 312 321 333 345", 10, [3, 7]), ("0", "21 42 51", 10, [2, 8])],
    ),
    "BD": ("880", [("0", "13 15 16 17 18 19", 10, [4, 6]), ("0", "2", (9, 10), [1, 4, 4])]),
    "LK": ("94", [("0", "70 71 72 74 75 76 77 78", 9, [2, 3, 4]), ("0", "11 81", 9, [2, 3, 4])]),
    "CN": (
        "86",
        [
            ("", "131 135 138 139 150 156 158 177 186 189 199", 11, [3, 4, 4]),
            ("0", "10 21", 10, [2, 4, 4]),
            ("0", "755 571", 11, [3, 4, 4]),
        ],
    ),
    "HK": ("852", [("", "5 6 9", 8, [4, 4]), ("", "2 3", 8, [4, 4])]),
    "TW": ("886", [("0", "9", 9, [3, 3, 3]), ("0", "2", 9, [1, 4, 4])]),
    "JP": (
        "81",
        [
            ("0", "70 80 90", 10, [2, 4, 4]),
            ("0", "3 6", 9, [1, 4, 4]),
            ("0", "45 52 92", 9, [2, 3, 4]),
        ],
    ),
    "KR": (
        "82",
        [("0", "10", 10, [2, 4, 4]), ("0", "2", (9, 10), [1, 4, 4]), ("0", "31 51", 10, [2, 4, 4])],
    ),
    "SG": ("65", [("", "8 9", 8, [4, 4]), ("", "6", 8, [4, 4])]),
    "MY": (
        "60",
        [
            ("0", "12 13 16 17 19", 9, [2, 3, 4]),
            ("0", "11", 10, [2, 4, 4]),
            ("0", "3", 9, [1, 4, 4]),
        ],
    ),
    "TH": ("66", [("0", "6 8 9", 9, [2, 3, 4]), ("0", "2", 8, [1, 3, 4])]),
    "VN": (
        "84",
        [
            ("0", "90 91 93 94 96 97 98 86 88 32 35 70 77 81", 9, [3, 3, 3]),
            ("0", "24 28", 10, [2, 4, 4]),
        ],
    ),
    "PH": (
        "63",
        [
            ("0", "905 906 915 917 918 919 920 927 939 945 977 995", 10, [3, 3, 4]),
            ("0", "2", 9, [1, 4, 4]),
        ],
    ),
    "ID": (
        "62",
        [
            ("0", "811 812 813 815 821 822 852 853 856 857 878 895", (10, 11), [3, 4, 4]),
            ("0", "21", 10, [2, 4, 4]),
        ],
    ),
    "AU": (
        "61",
        [
            (
                "0",
                "400 401 402 403 404 405 406 407 409 410 411 412 413 414 415 416 417 418 419 420 421 422 423 424 425 426 427 428 429 430 431 432 433 434 435 436 437 438 439 447 448 449 450 451 452 455 456 457 458 459 466 467 468 469 470 474 475 476 477 478 479 481 487 488 490 491 493",
                9,
                [3, 3, 3],
            ),
            ("0", "2 3 7 8", 9, [1, 4, 4]),
        ],
    ),
    "NZ": ("64", [("0", "21 22 27", (9, 10), [2, 3, 4]), ("0", "9 4 3", 8, [1, 3, 4])]),
    "BR": (
        "55",
        [
            ("0", "119 219 319 419 519 619 719 819 859 489", 11, [2, 5, 4]),
            ("0", "113 213 313 413 513", 10, [2, 4, 4]),
        ],
    ),
    "AR": ("54", [("", "911 9351 9341", (11, 11), [1, 2, 4, 4]), ("0", "11", 10, [2, 4, 4])]),
    "MX": ("52", [("", "55 33 81", 10, [2, 4, 4]), ("", "222 442 998", 10, [3, 3, 4])]),
    "CL": ("56", [("", "9", 9, [1, 4, 4]), ("", "2", 9, [1, 4, 4])]),
    "CO": (
        "57",
        [
            ("", "300 301 304 310 311 312 313 315 316 317 318 320 321", 10, [3, 3, 4]),
            ("", "601 604", 10, [3, 3, 4]),
        ],
    ),
    "PE": ("51", [("", "9", 9, [3, 3, 3]), ("0", "1", 8, [1, 3, 4])]),
}


def split_groups(s, groups):
    out, i = [], 0
    for k, g in enumerate(groups):
        if k == len(groups) - 1 or i + g >= len(s):
            out.append(s[i:])
            return out
        out.append(s[i : i + g])
        i += g
    return out


def nsn_for(iso):
    cc, pats = PLANS[iso]
    trunk, prefs, ln, groups = rng.choice(pats)
    ln = rng.choice(ln) if isinstance(ln, tuple) else ln
    pre = rng.choice(prefs.split())
    if cc == "1":
        while True:
            ex = str(rng.randint(2, 9)) + digits(2)
            if ex != "555" and ex[1:] != "11":
                break
        nsn = pre + ex + digits(4)
    else:
        nsn = pre + digits(ln - len(pre))
    return cc, trunk, nsn, groups


def phone(iso, style=None):
    cc, trunk, nsn, groups = nsn_for(iso)
    g = split_groups(nsn, groups)
    if cc == "1":
        a, e, s = nsn[:3], nsn[3:6], nsn[6:]
        opts = [
            f"({a}) {e}-{s}",
            f"{a}-{e}-{s}",
            f"{a}.{e}.{s}",
            f"+1 {a} {e} {s}",
            f"+1 ({a}) {e}-{s}",
            f"1-{a}-{e}-{s}",
            f"+1-{a}-{e}-{s}",
            f"+1{nsn}",
            f"{a} {e} {s}",
            f"1 ({a}) {e}-{s}",
        ]
        return opts[style % len(opts)] if style is not None else rng.choice(opts)
    rest = g[1:]
    opts = [
        f"+{cc} " + " ".join(g),
        f"+{cc} " + " ".join(g),
        f"+{cc}-" + "-".join(g),
        f"+{cc}{nsn}",
        f"00{cc} " + " ".join(g),
        f"+{cc} ({g[0]}) " + "-".join(rest),
        f"+{cc}." + ".".join(g),
    ]
    nat = trunk + g[0]
    opts += [
        nat + " " + " ".join(rest),
        nat + " " + " ".join(rest),
        nat + "-" + "-".join(rest),
        nat + "." + ".".join(rest),
        nat + " " + "".join(rest),
        trunk + nsn,
    ]
    if trunk:
        opts += [f"({nat}) " + " ".join(rest), f"+{cc} ({trunk}){g[0]} " + " ".join(rest)]
        if iso in ("DE", "AT", "CH", "PL"):
            opts.append(nat + "/" + " ".join(rest))
        if iso in ("RU", "TR", "UA"):
            opts.append(f"{trunk} ({g[0]}) " + "-".join(rest))
    return opts[style % len(opts)] if style is not None else rng.choice(opts)


EXT = [
    " ext. {}",
    " x{}",
    " (ext {})",
    " ext {}",
    ", poste {}",
    " Durchwahl {}",
    " 内線{}",
    " wew. {}",
    " int. {}",
    " anexo {}",
]


def ext():
    return rng.choice(EXT).format(rng.randint(10, 4999))


PHONE_RE = re.compile(r"\+?[\d\s().\-/]+")


def phone_ok(s):
    n = sum(c.isdigit() for c in s)
    return (
        PHONE_RE.fullmatch(s)
        and 7 <= n <= 15
        and (s[0].isdigit() or s[0] in "+(")
        and s[-1].isdigit()
    )


# ----------------------------------------------------------------------------- other entities
def ssn(style=0):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    sep = ["-", "-", "-", " ", ""][style % 5]
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(s):
    d = re.sub(r"[\s-]", "", s)
    return (
        len(d) == 9
        and d.isdigit()
        and d[:3] != "000"
        and d[:3] != "666"
        and d[0] != "9"
        and d[3:5] != "00"
        and d[5:] != "0000"
        and re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", s)
    )


def luhn_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        tot += d
    return tot % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


BRANDS = [
    ("4", 16),
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("65", 16),
    ("3528", 16),
    ("3589", 16),
    ("36", 14),
    ("62", 16),
    ("4", 13),
    ("4", 19),
    ("62", 19),
]


def card_digits(valid=True):
    pre, ln = rng.choice(BRANDS)
    if pre == "2221":
        pre = str(rng.randint(2221, 2720))
    if pre == "3528":
        pre = str(rng.randint(3528, 3589))
    num = luhn_complete(pre + digits(ln - len(pre) - 1))
    if not valid:
        num = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return num


def card_fmt(num):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif len(num) == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, len(num), 4)]
    return rng.choice([" ", " ", "-", ""]).join(parts)


def card(valid=True):
    return card_fmt(card_digits(valid))


IBAN_SPEC = {
    "DE": (22, "18n"),
    "FR": (27, "10n11n2n"),
    "ES": (24, "20n"),
    "IT": (27, "1a10n12n"),
    "NL": (18, "B10n"),
    "BE": (16, "12n"),
    "AT": (20, "16n"),
    "CH": (21, "17n"),
    "GB": (22, "B14n"),
    "PL": (28, "24n"),
    "PT": (25, "21n"),
    "IE": (22, "B14n"),
    "LU": (20, "3n13n"),
    "SE": (24, "20n"),
    "NO": (15, "11n"),
    "DK": (18, "14n"),
    "FI": (18, "14n"),
    "CZ": (24, "20n"),
    "SK": (24, "20n"),
    "HU": (28, "24n"),
    "RO": (24, "B16n"),
    "BG": (22, "B6n8n"),
    "HR": (21, "17n"),
    "SI": (19, "15n"),
    "GR": (27, "23n"),
    "TR": (26, "5n1n16n"),
    "SA": (24, "2n18n"),
    "AE": (23, "19n"),
    "IL": (23, "19n"),
    "EE": (20, "16n"),
    "LV": (21, "B13n"),
    "LT": (20, "16n"),
    "IS": (26, "22n"),
    "EG": (29, "25n"),
    "MT": (31, "B5n18n"),
}
BANKS = {
    "NL": "ABNA INGB RABO TRIO BUNQ SNSB KNAB",
    "GB": "NWBK BARC HBUK LOYD MIDL MONZ",
    "IE": "AIBK BOFI IPBS",
    "RO": "BTRL RNCB BRDE INGB",
    "BG": "UNCR BPBI STSA",
    "LV": "HABA UNLA PARX",
    "MT": "MALT VALL",
}


def iban_check(cc, bban):
    s = "".join(str(int(c, 36)) for c in bban + cc + "00")
    return f"{98 - int(s) % 97:02d}"


def iban_ok(s):
    c = s.replace(" ", "")
    if (
        not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", c)
        or c[:2] not in IBAN_SPEC
        or len(c) != IBAN_SPEC[c[:2]][0]
    ):
        return False
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def iban(cc=None, valid=True, grouped=None):
    cc = cc if cc in IBAN_SPEC else rng.choice(list(IBAN_SPEC))
    ln, pat = IBAN_SPEC[cc]
    bban = ""
    for m in re.finditer(r"(\d*)([naB])", pat):
        if m.group(2) == "B":
            bban += rng.choice(BANKS[cc].split())
        elif m.group(2) == "a":
            bban += rng.choice("ABCDEFGHJKLMNPRSTUVWXZ") * int(m.group(1))
        else:
            bban += digits(int(m.group(1)))
    assert len(bban) + 4 == ln, cc
    chk = iban_check(cc, bban)
    if not valid:
        chk = f"{(int(chk) + rng.randint(1, 50)) % 97 + 2:02d}"
        if chk == iban_check(cc, bban):
            chk = f"{(int(chk) + 1) % 97 + 2:02d}"
    out = cc + chk + bban
    grouped = rng.random() < 0.6 if grouped is None else grouped
    if grouped:
        out = " ".join(out[i : i + 4] for i in range(0, len(out), 4))
    return out


def ipv4(private=None):
    private = rng.random() < 0.25 if private is None else private
    if private:
        return rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        )
    first = rng.choice(
        [
            23,
            31,
            37,
            46,
            62,
            77,
            78,
            80,
            81,
            82,
            84,
            85,
            86,
            88,
            89,
            91,
            93,
            94,
            95,
            102,
            103,
            104,
            109,
            113,
            117,
            122,
            141,
            151,
            154,
            176,
            178,
            185,
            188,
            193,
            195,
            197,
            201,
            203,
            212,
            213,
            217,
        ]
    )
    return f"{first}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6():
    pre = rng.choice(
        [
            "2a02:",
            "2001:4860:",
            "2a01:",
            "2600:",
            "2c0f:",
            "2400:",
            "2804:",
            "2a00:",
            "2406:",
            "2001:67c:",
            "fe80::",
            "2a03:",
        ]
    )
    if pre == "fe80::":
        a = ipaddress.IPv6Address(
            "fe80::" + ":".join(f"{rng.randint(0, 65535):x}" for _ in range(4))
        )
    else:
        head = [pre.rstrip(":")] if pre.count(":") == 1 else pre.rstrip(":").split(":")
        groups = head + [f"{rng.randint(0, 65535):x}" for _ in range(8 - len(head))]
        for i in range(len(head) + 1, 7):
            if rng.random() < 0.35:
                groups[i] = "0"
        a = ipaddress.IPv6Address(":".join(groups))
    return a.compressed if rng.random() < 0.85 else a.exploded


def ip(v6=None):
    v6 = rng.random() < 0.3 if v6 is None else v6
    return ipv6() if v6 else ipv4()


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")

# ----------------------------------------------------------------------------- languages
FIELDS = "hi reach ormail tel mob mail name req1 req2 regards order invoice booking amount check contacts".split()
LANG_RAW = {
    "en": "Hi|You can reach me on {P}|or email {E}|Tel|Mobile|Email|Name|Can you tidy this up for me?|Please turn this into a table.|Best regards|Order no.|Invoice no.|Booking ref|Total|Can you check these numbers add up?|Contacts",
    "fr": "Bonjour|Tu peux me joindre au {P}|ou par mail à {E}|Tél.|Portable|Courriel|Nom|Tu peux me remettre ça au propre ?|Fais-moi un tableau avec ça, stp.|Cordialement|N° de commande|Facture n°|Réf. de réservation|Montant|Tu peux vérifier ces chiffres ?|Contacts",
    "de": "Hallo|Du erreichst mich unter {P}|oder per Mail an {E}|Tel.|Handy|E-Mail|Name|Kannst du das bitte ordentlich formatieren?|Mach mir bitte eine Tabelle daraus.|Viele Grüße|Bestellnr.|Rechnungsnr.|Buchungsnummer|Betrag|Kannst du prüfen, ob die Zahlen stimmen?|Kontakte",
    "nl": "Hoi|Je kunt me bereiken op {P}|of mail naar {E}|Tel.|Mobiel|E-mail|Naam|Kun je dit netjes opmaken?|Maak hier een tabel van aub.|Met vriendelijke groet|Bestelnummer|Factuurnr.|Boekingsnummer|Bedrag|Klopt dit allemaal?|Contacten",
    "es": "Hola|Puedes llamarme al {P}|o escribirme a {E}|Tel.|Móvil|Correo|Nombre|¿Me lo pones en limpio?|Hazme una tabla con esto, porfa.|Un saludo|N.º de pedido|Factura n.º|Localizador|Importe|¿Puedes revisar si cuadran estas cifras?|Contactos",
    "pt": "Olá|Podes ligar-me para o {P}|ou mandar e-mail para {E}|Tel.|Telemóvel|E-mail|Nome|Consegues organizar isto?|Faz-me uma tabela com isto.|Cumprimentos|N.º da encomenda|Fatura n.º|Reserva|Valor|Podes confirmar estes números?|Contactos",
    "it": "Ciao|Mi trovi al {P}|oppure scrivimi a {E}|Tel.|Cell.|E-mail|Nome|Puoi sistemarmi questo testo?|Fammi una tabella con questi dati.|Cordiali saluti|N. ordine|Fattura n.|Codice prenotazione|Importo|Puoi controllare se i numeri tornano?|Contatti",
    "el": "Γεια σου|Μπορείς να με βρεις στο {P}|ή στείλε email στο {E}|Τηλ.|Κινητό|Email|Όνομα|Μπορείς να το τακτοποιήσεις;|Κάνε μου έναν πίνακα με αυτά.|Με εκτίμηση|Αρ. παραγγελίας|Αρ. τιμολογίου|Κωδικός κράτησης|Ποσό|Μπορείς να ελέγξεις τα νούμερα;|Επαφές",
    "pl": "Cześć|Możesz do mnie dzwonić pod {P}|albo pisać na {E}|Tel.|Kom.|E-mail|Imię i nazwisko|Możesz to ładnie sformatować?|Zrób z tego tabelkę.|Pozdrawiam|Nr zamówienia|Nr faktury|Nr rezerwacji|Kwota|Sprawdzisz, czy liczby się zgadzają?|Kontakty",
    "cs": "Ahoj|Zavolej mi na {P}|nebo napiš na {E}|Tel.|Mobil|E-mail|Jméno|Můžeš to hezky upravit?|Udělej z toho tabulku.|S pozdravem|Č. objednávky|Č. faktury|Č. rezervace|Částka|Zkontroluješ ta čísla?|Kontakty",
    "sk": "Ahoj|Zavolaj mi na {P}|alebo napíš na {E}|Tel.|Mobil|E-mail|Meno|Môžeš to pekne upraviť?|Sprav z toho tabuľku.|S pozdravom|Č. objednávky|Č. faktúry|Č. rezervácie|Suma|Skontroluješ tie čísla?|Kontakty",
    "hu": "Szia|Itt érsz el: {P}|vagy írj ide: {E}|Tel.|Mobil|E-mail|Név|Meg tudod ezt formázni?|Csinálj ebből egy táblázatot.|Üdvözlettel|Rendelésszám|Számlaszám|Foglalási szám|Összeg|Átnéznéd, stimmelnek-e a számok?|Névjegyek",
    "ro": "Salut|Mă găsești la {P}|sau pe mail la {E}|Tel.|Mobil|E-mail|Nume|Poți să-mi aranjezi textul ăsta?|Fă-mi un tabel din asta.|Cu stimă|Nr. comandă|Nr. factură|Cod rezervare|Sumă|Poți verifica cifrele?|Contacte",
    "bg": "Здрасти|Можеш да ме намериш на {P}|или на имейл {E}|Тел.|Мобилен|Имейл|Име|Можеш ли да го оформиш?|Направи ми таблица от това.|Поздрави|Поръчка №|Фактура №|Резервация №|Сума|Провери ли са верни числата?|Контакти",
    "hr": "Bok|Možeš me dobiti na {P}|ili piši na {E}|Tel.|Mob.|E-pošta|Ime|Možeš li ovo srediti?|Napravi mi tablicu od ovoga.|Srdačan pozdrav|Br. narudžbe|Br. računa|Br. rezervacije|Iznos|Provjeri jesu li brojke točne?|Kontakti",
    "sl": "Živjo|Dobiš me na {P}|ali piši na {E}|Tel.|GSM|E-pošta|Ime|Lahko to lepo urediš?|Naredi mi tabelo iz tega.|Lep pozdrav|Št. naročila|Št. računa|Št. rezervacije|Znesek|Preveriš, ali se številke ujemajo?|Stiki",
    "sr": "Zdravo|Možeš me dobiti na {P}|ili piši na {E}|Tel.|Mob.|Imejl|Ime|Možeš li ovo da središ?|Napravi mi tabelu od ovoga.|Pozdrav|Br. porudžbine|Br. fakture|Br. rezervacije|Iznos|Proveri da li se brojevi slažu?|Kontakti",
    "uk": "Привіт|Мій номер {P}|або пиши на {E}|Тел.|Моб.|Ел. пошта|Ім'я|Можеш це гарно оформити?|Зроби з цього таблицю.|З повагою|№ замовлення|№ рахунку|№ бронювання|Сума|Перевір, будь ласка, цифри.|Контакти",
    "ru": "Привет|Мой номер {P}|или пиши на {E}|Тел.|Моб.|Почта|Имя|Можешь это аккуратно оформить?|Сделай из этого таблицу.|С уважением|№ заказа|№ счёта|№ брони|Сумма|Проверь, пожалуйста, цифры.|Контакты",
    "tr": "Merhaba|Bana {P} numarasından ulaşabilirsin|ya da {E} adresine yaz|Tel|Cep|E-posta|Ad Soyad|Bunu düzenler misin?|Bundan bir tablo yap lütfen.|Saygılarımla|Sipariş no|Fatura no|Rezervasyon kodu|Tutar|Rakamları kontrol eder misin?|Kişiler",
    "sv": "Hej|Du når mig på {P}|eller mejla {E}|Tel|Mobil|E-post|Namn|Kan du snygga till det här?|Gör en tabell av det här.|Vänliga hälsningar|Ordernr|Fakturanr|Bokningsnr|Belopp|Kan du kolla att siffrorna stämmer?|Kontakter",
    "no": "Hei|Du når meg på {P}|eller send e-post til {E}|Tlf|Mobil|E-post|Navn|Kan du rydde opp i dette?|Lag en tabell av dette.|Med vennlig hilsen|Ordrenr.|Fakturanr.|Bestillingsnr.|Beløp|Kan du sjekke at tallene stemmer?|Kontakter",
    "da": "Hej|Du kan fange mig på {P}|eller skrive til {E}|Tlf.|Mobil|E-mail|Navn|Kan du sætte det pænt op?|Lav en tabel ud af det.|Venlig hilsen|Ordrenr.|Fakturanr.|Bookingnr.|Beløb|Kan du tjekke tallene?|Kontakter",
    "fi": "Moi|Minut tavoittaa numerosta {P}|tai sähköpostilla {E}|Puh.|Matkapuh.|Sähköposti|Nimi|Voitko siistiä tämän?|Tee tästä taulukko.|Ystävällisin terveisin|Tilausnro|Laskun nro|Varausnumero|Summa|Voitko tarkistaa luvut?|Yhteystiedot",
    "is": "Hæ|Þú nærð í mig í {P}|eða sendu póst á {E}|Sími|GSM|Netfang|Nafn|Geturðu snyrt þetta til?|Búðu til töflu úr þessu.|Kveðja|Pöntunarnr.|Reikningsnr.|Bókunarnr.|Upphæð|Geturðu athugað tölurnar?|Tengiliðir",
    "et": "Tere|Mind saab kätte numbrilt {P}|või kirjuta {E}|Tel|Mob|E-post|Nimi|Kas saad selle korda teha?|Tee sellest tabel.|Lugupidamisega|Tellimuse nr|Arve nr|Broneeringu nr|Summa|Kas kontrollid numbrid üle?|Kontaktid",
    "lv": "Sveiki|Mani var sazvanīt pa {P}|vai rakstīt uz {E}|Tālr.|Mob.|E-pasts|Vārds|Vari šo sakārtot?|Uztaisi no šī tabulu.|Ar cieņu|Pasūtījuma nr.|Rēķina nr.|Rezervācijas nr.|Summa|Pārbaudi, vai skaitļi sakrīt?|Kontakti",
    "lt": "Labas|Mane rasi numeriu {P}|arba rašyk {E}|Tel.|Mob.|El. paštas|Vardas|Gal gali tai sutvarkyti?|Padaryk iš to lentelę.|Pagarbiai|Užsakymo nr.|Sąskaitos nr.|Rezervacijos nr.|Suma|Patikrink, ar skaičiai sutampa?|Kontaktai",
    "he": "היי|אפשר להשיג אותי במספר {P}|או במייל {E}|טל׳|נייד|דוא״ל|שם|תוכל לסדר את זה?|תעשה מזה טבלה בבקשה.|בברכה|מס׳ הזמנה|מס׳ חשבונית|קוד הזמנה|סכום|תבדוק שהמספרים מסתדרים?|אנשי קשר",
    "ar": "مرحبا|يمكنك التواصل معي على {P}|أو عبر البريد {E}|هاتف|جوال|البريد الإلكتروني|الاسم|ممكن ترتب لي هذا النص؟|اعمل لي جدول من هذه البيانات.|مع التحية|رقم الطلب|رقم الفاتورة|رقم الحجز|المبلغ|هل يمكنك التحقق من الأرقام؟|جهات الاتصال",
    "sw": "Habari|Unaweza kunipigia kwa {P}|au niandikie {E}|Simu|Rununu|Barua pepe|Jina|Unaweza kupanga hii vizuri?|Tengeneza jedwali kutoka kwa hii.|Wako|Namba ya oda|Namba ya ankara|Namba ya uhifadhi|Kiasi|Unaweza kuhakiki namba hizi?|Anwani",
    "hi": "नमस्ते|मुझसे {P} पर संपर्क करें|या {E} पर ईमेल करें|फ़ोन|मोबाइल|ईमेल|नाम|क्या आप इसे ठीक से लिख सकते हैं?|इसकी एक टेबल बना दो।|धन्यवाद सहित|ऑर्डर नं.|इनवॉइस नं.|बुकिंग नं.|राशि|क्या आप ये नंबर जाँच सकते हैं?|संपर्क",
    "ur": "السلام علیکم|مجھ سے {P} پر رابطہ کریں|یا {E} پر ای میل کریں|فون|موبائل|ای میل|نام|کیا آپ اسے ترتیب دے سکتے ہیں؟|اس کا ایک ٹیبل بنا دیں۔|والسلام|آرڈر نمبر|انوائس نمبر|بکنگ نمبر|رقم|کیا آپ یہ نمبر چیک کر سکتے ہیں؟|رابطے",
    "bn": "নমস্কার|আমাকে {P} নম্বরে পাবেন|অথবা {E} ঠিকানায় মেইল করুন|ফোন|মোবাইল|ইমেইল|নাম|এটা একটু গুছিয়ে দেবেন?|এটা দিয়ে একটা টেবিল বানিয়ে দিন।|শুভেচ্ছান্তে|অর্ডার নং|ইনভয়েস নং|বুকিং নং|পরিমাণ|সংখ্যাগুলো মিলিয়ে দেখবেন?|যোগাযোগ",
    "zh": "你好|我的电话是{P}|邮箱是{E}|电话|手机|邮箱|姓名|帮我整理一下这段内容|把这些做成一个表格|此致|订单号|发票号|预订号|金额|帮我核对一下这些数字|联系人",
    "ja": "こんにちは|連絡先は{P}です|メールは{E}までお願いします|電話|携帯|メール|氏名|これをきれいに整えてもらえますか？|これを表にしてください。|よろしくお願いします|注文番号|請求書番号|予約番号|金額|数字が合っているか確認してもらえますか？|連絡先一覧",
    "ko": "안녕하세요|제 번호는 {P}입니다|메일은 {E}로 주세요|전화|휴대폰|이메일|이름|이거 깔끔하게 정리해 줄래?|이걸로 표 만들어 줘.|감사합니다|주문번호|송장번호|예약번호|금액|숫자가 맞는지 확인해 줄래?|연락처",
    "th": "สวัสดีครับ|ติดต่อผมได้ที่ {P}|หรืออีเมล {E}|โทร|มือถือ|อีเมล|ชื่อ|ช่วยจัดรูปแบบให้หน่อย|ช่วยทำเป็นตารางให้หน่อย|ขอบคุณครับ|เลขที่คำสั่งซื้อ|เลขที่ใบแจ้งหนี้|รหัสการจอง|ยอดเงิน|ช่วยตรวจตัวเลขพวกนี้หน่อย|รายชื่อติดต่อ",
    "vi": "Chào bạn|Bạn có thể gọi mình theo số {P}|hoặc email {E}|ĐT|Di động|Email|Họ tên|Bạn sắp xếp lại giúp mình nhé?|Làm thành bảng giúp mình.|Trân trọng|Mã đơn hàng|Số hóa đơn|Mã đặt chỗ|Số tiền|Kiểm tra giúp mình các con số này?|Danh bạ",
    "tl": "Kumusta|Tawagan mo ako sa {P}|o mag-email sa {E}|Tel|Cell|Email|Pangalan|Pwede mo bang ayusin ito?|Gawan mo ito ng table.|Salamat|Order no.|Invoice no.|Booking ref|Halaga|Pakitingnan kung tama ang mga numero?|Mga contact",
    "id": "Halo|Hubungi saya di {P}|atau email ke {E}|Telp|HP|Email|Nama|Bisa tolong dirapikan?|Tolong buatkan tabel dari ini.|Salam|No. pesanan|No. faktur|Kode booking|Jumlah|Tolong cek angka-angkanya ya?|Kontak",
    "ms": "Hai|Boleh hubungi saya di {P}|atau emel ke {E}|Tel|Tel. bimbit|E-mel|Nama|Boleh tolong kemaskan ini?|Tolong buat jadual daripada ini.|Salam hormat|No. pesanan|No. invois|No. tempahan|Jumlah|Boleh semak nombor-nombor ini?|Kenalan",
    "af": "Hallo|Jy kan my bel by {P}|of e-pos {E}|Tel|Sel|E-pos|Naam|Kan jy dit mooi uitlê?|Maak asseblief 'n tabel hiervan.|Groete|Bestelnr.|Faktuurnr.|Besprekingsnr.|Bedrag|Kan jy die syfers nagaan?|Kontakte",
    "ta": "வணக்கம்|என்னை {P} என்ற எண்ணில் அழைக்கலாம்|அல்லது {E} க்கு மின்னஞ்சல் அனுப்பவும்|தொலைபேசி|கைபேசி|மின்னஞ்சல்|பெயர்|இதை ஒழுங்குபடுத்தித் தர முடியுமா?|இதை ஒரு அட்டவணையாக்கவும்.|நன்றி|ஆர்டர் எண்|விலைப்பட்டியல் எண்|முன்பதிவு எண்|தொகை|இந்த எண்களைச் சரிபார்க்க முடியுமா?|தொடர்புகள்",
    "ca": "Hola|Em pots trucar al {P}|o escriure'm a {E}|Tel.|Mòbil|Correu|Nom|M'ho pots posar en net?|Fes-me una taula amb això.|Salutacions|Núm. de comanda|Factura núm.|Localitzador|Import|Pots revisar si quadren les xifres?|Contactes",
}
LANG = {k: dict(zip(FIELDS, v.split("|"))) for k, v in LANG_RAW.items()}
assert all(len(v) == len(FIELDS) for v in LANG.values())

NAMES_RAW = {
    "en": "James Olivia Liam Emma Noah Ava Grace Ethan Chloe Ryan|Smith Walker Clarke Bennett Murphy Hughes Turner Patel Reid Collins",
    "fr": "Camille Hugo Léa Julien Manon Théo Inès Mathieu|Lefèvre Moreau Girard Fournier Rousseau Lambert Fontaine Bonnet",
    "de": "Jonas Lea Felix Anna Lukas Marie Tobias Katrin|Schneider Fischer Wagner Becker Hoffmann Schäfer Köhler Zimmermann",
    "nl": "Daan Sanne Bram Fleur Joris Lotte Thijs Eva|Jansen Bakker Visser Smit Mulder Bos Vermeulen Dekker",
    "es": "Lucía Pablo Carmen Diego Sofía Álvaro Marta Sergio|García López Martínez Sánchez Romero Navarro Torres Ruiz",
    "pt": "João Beatriz Tiago Mariana Rafael Inês Gonçalo Ana|Silva Costa Rodrigues Martins Sousa Pereira Carvalho Almeida",
    "it": "Marco Chiara Luca Francesca Matteo Sara Davide Elena|Ricci Romano Colombo Greco Bruno Gallo Conti Marino",
    "el": "Nikos Maria Giorgos Eleni Kostas Sofia Dimitris Katerina|Papadakis Georgiou Nikolaou Karagiannis Vlachos Oikonomou",
    "pl": "Kasia Piotr Agnieszka Michał Magda Paweł Ola Łukasz|Kowalski Wiśniewska Wójcik Kamińska Lewandowski Zieliński",
    "cs": "Petr Lucie Tomáš Eva Jakub Tereza Martin Veronika|Novák Svobodová Dvořák Černá Procházka Kučera",
    "sk": "Marek Zuzana Juraj Katarína Michal Lenka|Kováč Tóth Baláž Szabó Molnár Varga",
    "hu": "Bence Anna Gergő Réka Dávid Eszter|Nagy Kovács Szabó Tóth Varga Farkas",
    "ro": "Ioana Mihai Elena Andrei Maria Radu|Ionescu Popa Dumitru Stan Stoica Gheorghe",
    "bg": "Ivan Maria Dimitar Elena Nikolay Petya|Petrov Georgieva Dimitrov Stoyanova Todorov Nikolova",
    "hr": "Luka Ana Ivan Petra Marko Maja|Kovačević Babić Marić Jurić Knežević Vuković",
    "sl": "Jan Nina Luka Eva Žiga Sara|Krajnc Zupan Potočnik Kovačič Mlakar Vidmar",
    "sr": "Nikola Jelena Stefan Ana Marko Ivana|Petrović Nikolić Đorđević Ilić Stanković Pavlović",
    "uk": "Andrii Iryna Taras Oksana Bohdan Natalia|Shevchenko Bondarenko Tkachenko Melnyk Kravchenko Oliinyk",
    "ru": "Alexei Natalia Sergei Yulia Mikhail Anna|Ivanov Smirnova Kuznetsov Popova Volkov Morozova",
    "tr": "Mehmet Ayşe Emre Zeynep Burak Elif|Demir Şahin Çelik Kaya Öztürk Aydın",
    "sv": "Erik Anna Oskar Elin Johan Maja|Andersson Johansson Karlsson Nilsson Lindqvist Berg",
    "no": "Ole Ingrid Magnus Nora Henrik Sofie|Johansen Olsen Larsen Andersen Pedersen Berg",
    "da": "Mads Freja Rasmus Ida Anders Sofie|Jensen Andersen Pedersen Sørensen Rasmussen Madsen",
    "fi": "Mikko Aino Jukka Laura Antti Emilia|Korhonen Mäkinen Nieminen Hämäläinen Laine Heikkinen",
    "is": "Jón Sigríður Gunnar Anna Ólafur Helga|Jónsson Sigurðardóttir Guðmundsson Magnúsdóttir Stefánsson",
    "et": "Mart Kati Rein Liis Toomas Kristiina|Tamm Saar Sepp Mägi Kask Rebane",
    "lv": "Jānis Anna Mārtiņš Laura Edgars Ilze|Kalniņš Ozola Bērziņš Jansone Liepiņš",
    "lt": "Tomas Eglė Mantas Ieva Darius Rasa|Kazlauskas Petrauskaitė Jankauskas Stankevičius Vasiliauskas",
    "he": "Yael Itai Noa Omer Tamar Eitan|Cohen Levi Mizrahi Peretz Biton Friedman",
    "ar": "Ahmed Layla Khaled Noor Omar Salma|Hassan Al-Harbi Mahmoud Saleh Nasser Al-Farsi",
    "sw": "Baraka Amani Juma Neema Otieno Zawadi|Mwangi Otieno Wanjiku Kiprono Njoroge Achieng",
    "hi": "Rohan Ananya Vikram Sneha Karan Pooja|Sharma Verma Gupta Iyer Reddy Singh",
    "ur": "Bilal Sana Usman Hina Farhan Mahnoor|Khan Qureshi Malik Chaudhry Butt Sheikh",
    "bn": "Arif Nusrat Tanvir Farzana Sabbir Shirin|Hossain Rahman Ahmed Chowdhury Islam Akter",
    "zh": "Wei Fang Jun Li Hao Xiaoyu|Wang Zhang Liu Zhao Huang Zhou",
    "ja": "Haruto Yui Sota Aoi Ren Hina|Sato Suzuki Takahashi Watanabe Ito Yamamoto",
    "ko": "Jiwoo Seoyeon Minho Jiyoung Hyunwoo Soojin|Lee Park Choi Jung Kang Yoon",
    "th": "Somchai Nattaya Anan Kanya Prasert Pim|Srisuk Wongsa Chaiwat Boonmee Thongdee",
    "vi": "Minh Lan Tuan Huong Duc Mai|Nguyen Tran Le Pham Hoang Vu",
    "tl": "Jose Maricel Paolo Kristine Mark Joy|Reyes Cruz Bautista Ocampo Garcia Mendoza",
    "id": "Agus Dewi Rizky Sari Eko Putri|Wijaya Saputra Hidayat Lestari Pratama Kusuma",
    "ms": "Amir Siti Hafiz Nur Faizal Aina|Abdullah Ismail Rahman Hashim Yusof Ibrahim",
    "af": "Johan Anri Wikus Elna Riaan Marli|Botha Pretorius Venter Nel Coetzee Steyn",
    "ta": "Karthik Lakshmi Suresh Divya Arun Meena|Raman Krishnan Subramaniam Selvam Murugan",
    "ca": "Jordi Montse Pau Núria Marc Laia|Puig Vidal Ferrer Soler Serra Roca",
}
NAMES = {k: (v.split("|")[0].split(), v.split("|")[1].split()) for k, v in NAMES_RAW.items()}
TR = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "æ": "ae",
        "ß": "ss",
        "đ": "d",
        "Đ": "D",
        "þ": "th",
        "ð": "d",
        "ı": "i",
        "Ø": "O",
    }
)


def asc(s):
    s = unicodedata.normalize("NFKD", s.translate(TR))
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c == "-")).lower()


PROVIDERS = {
    "DE": "web.de gmx.de t-online.de posteo.de",
    "FR": "orange.fr free.fr laposte.net wanadoo.fr",
    "IT": "libero.it virgilio.it tiscali.it",
    "ES": "telefonica.net hotmail.es",
    "GB": "btinternet.com sky.com yahoo.co.uk",
    "NL": "ziggo.nl kpnmail.nl",
    "BE": "telenet.be skynet.be",
    "PL": "wp.pl onet.pl o2.pl interia.pl",
    "CZ": "seznam.cz centrum.cz",
    "RU": "yandex.ru mail.ru",
    "UA": "ukr.net i.ua",
    "JP": "yahoo.co.jp docomo.ne.jp",
    "KR": "naver.com daum.net",
    "CN": "qq.com 163.com 126.com",
    "BR": "uol.com.br bol.com.br terra.com.br",
    "IN": "rediffmail.com yahoo.co.in",
    "AU": "bigpond.com optusnet.com.au",
    "TR": "yandex.com.tr",
    "SE": "telia.com",
    "NO": "online.no",
    "DK": "mail.dk",
    "FI": "kolumbus.fi",
    "HU": "freemail.hu citromail.hu",
    "SK": "azet.sk",
    "HR": "net.hr",
    "SI": "siol.net",
    "AT": "aon.at chello.at",
    "CH": "bluewin.ch gmx.ch",
    "IE": "eircom.net",
    "AR": "fibertel.com.ar",
    "MX": "prodigy.net.mx",
    "IL": "walla.co.il",
    "ZA": "mweb.co.za",
    "NZ": "xtra.co.nz",
    "GR": "otenet.gr",
    "RO": "yahoo.ro",
    "LT": "takas.lt",
    "EE": "hot.ee",
    "IS": "simnet.is",
}
GENERIC = "gmail.com gmail.com outlook.com hotmail.com yahoo.com icloud.com proton.me".split()


def email_for(first, last, iso, org=None):
    f, l = asc(first) or "user", asc(last) or "mail"
    tag = rng.choice(["news", "work", "shop", "2024", "ai"])
    local = rng.choice(
        [
            f"{f}.{l}",
            f"{f[0]}{l}",
            f"{f}{l[0]}",
            f"{l}.{f}",
            f"{f}_{l}{rng.randint(1, 99)}",
            f"{f}{rng.randint(70, 99)}",
            f"{f}.{l}+{tag}",
            f"{l}{f[0]}",
            f"{f}-{l}",
            f"{f}.{l}{rng.randint(1, 9)}",
        ]
    )
    doms = list(GENERIC) + PROVIDERS.get(iso, "").split()
    if org:
        doms += [org] * 4
    return f"{local}@{rng.choice(doms)}"


def role_email(org):
    return f"{rng.choice(['info', 'office', 'kontakt', 'contact', 'hello', 'bookings', 'support', 'admin', 'billing', 'team'])}@{org}"


# ----------------------------------------------------------------------------- personas
# first|last|iso|lang|role|org domain|extra regions|context sentence
PERSONAS_RAW = """Sabine|Krüger|DE|de|nurse|klinikum-nord.de|AT CH|Ich stelle gerade die Telefonliste für die Nachtschicht auf Station 4B zusammen.
Tomasz|Nowak|PL|pl|truck driver|trans-nowak.pl|DE FR CZ|Jutro mam trasę Poznań – Lyon, 1 240 km, rozładunek o 6:30.
Mei|Chen|DE|zh|student abroad|tum.de|CN|我在慕尼黑读研究生，下周要去外管局办居留许可。
Margaret|O'Brien|IE|en|retired teacher|eircom.net|GB|I'm organising the class of '78 reunion for the 14th of June.
Arjun|Mehta|IN|en|startup founder|quillpay.in|SG US|We just closed our seed round and I need to send the investor update by Friday.
Joaquim|Ferreira|PT|pt|farmers' cooperative|coopvaledouro.pt|ES|Estamos a organizar a recolha da vindima, estão previstas 42 toneladas.
Élodie|Martin|FR|fr|translator|em-traductions.fr|CH BE|Je traduis un contrat de 38 pages pour un client à Genève.
Lars|Eriksson|SE|sv|sysadmin|nordhamn.se|NO FI|Vi flyttar mejlservern till den nya hallen på lördag kl. 02:00.
Carolina|Restrepo|CO|es|real-estate agent|restrepoinmobiliaria.co|US|Tengo tres visitas al apartamento de 84 m² en Chapinero esta semana.
Kazuko|Tanaka|JP|ja|grandmother|docomo.ne.jp||孫の誕生日会のために家族の連絡先をまとめたいです。
Gareth|Hughes|GB|en|football coach|ashfordjfc.co.uk||Under-12s away game on Saturday, kick-off 10:30, meet at the clubhouse.
Nadia|Haddad|FR|fr|musician on tour|nadiahaddad.music|BE NL DE ES IT CH LU GB|Tournée d'automne : 11 dates, on commence à Lille le 3 octobre.
Ahmet|Yılmaz|TR|tr|small shop owner|yilmazhirdavat.com.tr||Dükkan için yeni tedarikçi listesini hazırlıyorum.
Jennifer|Alvarez|US|en|lawyer's assistant|hendersonlawgroup.com||Prepping the intake packet for the Hendricks matter, case 2024-CV-0193.
Olena|Kovalenko|UA|uk|accountant|buh-kovalenko.com.ua|PL|Готую звіт за третій квартал для клієнтів.
Dmitri|Sokolov|RU|ru|IT engineer|sokolov.dev||Настраиваю VPN для нового офиса, 14 рабочих мест.
Sipho|Ndlovu|ZA|en|minibus taxi owner|ndlovutransport.co.za||Sorting out the driver roster for the Soweto–Sandton route.
Wanjiru|Kamau|KE|sw|community health worker|afyabora.or.ke||Ninaandaa orodha ya wahudumu wa afya wa kijiji kwa mkutano wa Jumatatu.
Chinedu|Okafor|NG|en|event planner|okaforevents.ng|GH|Planning a wedding for 350 guests in Lekki on 21 December.
Kwame|Mensah|GH|en|church administrator|calvarychapel.org.gh||Updating the choir and ushers contact sheet before the harvest service.
Fatima|Al-Mansouri|AE|ar|HR manager|gulfmarine.ae|IN PH|أجهز قائمة الموظفين الجدد لبرنامج التعريف الأسبوع القادم.
Mohammed|Al-Qahtani|SA|ar|car dealer|qahtanimotors.sa||عندي ثلاث سيارات جاهزة للتسليم هذا الأسبوع.
Youssef|Benali|MA|ar|riad owner|riad-benali.ma|FR ES|الحجوزات لشهر أبريل كاملة تقريبا، بقيت غرفتان فقط.
Mona|Abdelrahman|EG|ar|pharmacist|nilepharma.eg||أحتاج ترتيب أرقام الموردين للصيدلية قبل الجرد.
Noa|Levi|IL|he|kindergarten teacher|gan-shaked.co.il||אני מכינה רשימת טלפונים של ההורים לטיול השנתי.
Lakshmi|Raman|LK|ta|tea estate clerk|nuwaraestates.lk||தேயிலை தோட்ட ஊழியர்களின் தொடர்பு பட்டியலை புதுப்பிக்கிறேன்.
Rahim|Uddin|BD|bn|garment factory supervisor|dhakaknit.com.bd||শিফট সুপারভাইজারদের নম্বরগুলো এক জায়গায় রাখতে চাই।
Ayesha|Siddiqui|PK|ur|doctor|shifaclinic.pk|AE|کلینک کے عملے کی ڈیوٹی لسٹ بنا رہی ہوں۔
Siriporn|Chaiyasit|TH|th|hotel receptionist|baanrimnam.co.th||ต้องส่งรายชื่อแขกที่จะเช็คอินพรุ่งนี้ให้ผู้จัดการ
Thu Hà|Nguyễn|VN|vi|online seller|hashop.vn||Mình cần gửi danh sách khách đặt hàng đợt sale 11/11.
Maricel|Santos|PH|tl|overseas worker|gmail.com|AE SA HK SG|Nagpapadala ako ng pera sa pamilya ko sa Batangas buwan-buwan.
Budi|Santoso|ID|id|motorcycle workshop owner|bengkelbudi.co.id||Saya mau rapikan daftar pelanggan bengkel yang servis bulan ini.
Nurul|Aisyah|MY|ms|schoolteacher|moe-dl.edu.my||Saya sedang menyediakan senarai ibu bapa untuk hari sukan sekolah.
Wei Jie|Lim|SG|en|caterer|limkitchen.sg|MY|Confirming the buffet for 120 pax at the community club on Sunday.
Min-jun|Kim|KR|ko|game developer|pixelforge.kr|JP|다음 주 플레이테스트 참가자 연락처를 정리하고 있어요.
Jia-hui|Chen|TW|zh|bubble tea shop owner|jiahuitea.tw||我在整理飲料店供應商和外送員的聯絡方式。
Ka-ho|Wong|HK|zh|private tutor|kahotutor.hk|CN|我要整理學生家長的聯絡資料，下個月開新班。
Jack|Thompson|AU|en|electrician|thompsonsparky.com.au|NZ|Three jobs booked in Parramatta tomorrow, first one at 7:30.
Aroha|Ngata|NZ|en|rugby club volunteer|ponsonbyrfc.co.nz|AU|Sorting the sausage sizzle roster for the junior tournament.
Lucas|Oliveira|BR|pt|delivery driver|gmail.com||Preciso organizar os contatos dos clientes fixos das entregas.
Giulia|Bianchi|IT|it|wedding planner|giuliabianchi-eventi.it|CH|Matrimonio a Bellagio il 14 settembre, 90 invitati.
Javier|Morales|MX|es|dentist|clinicadentalmorales.mx|US|Estoy pasando la agenda de pacientes de la próxima semana.
Martina|Fernández|AR|es|psychologist|lic-fernandez.com.ar||Necesito reorganizar los turnos de los martes y jueves.
Camila|Soto|CL|es|winemaker|vinasoto.cl|AR|Vendimia en el valle de Colchagua, empezamos el lunes a las 7.
Diego|Quispe|PE|es|tour guide|andeantrails.pe|CL|Grupo de 12 personas para el Camino Inca, salida el 5 de mayo.
Eleni|Papadopoulou|GR|el|taverna owner|tavernaeleni.gr||Ετοιμάζω τη λίστα με τους προμηθευτές για το καλοκαίρι.
Jana|Dvořáková|CZ|cs|veterinarian|veterina-brno.cz|SK|Dávám dohromady kontakty na majitele psů na očkování.
Peter|Horváth|SK|sk|bus dispatcher|slovbus.sk|CZ HU|Pripravujem rozpis vodičov na víkendové linky.
Zsófia|Kiss|HU|hu|dance teacher|tancstudio-kiss.hu||Összeírom a szülők elérhetőségeit a tavaszi gálához.
Andrei|Popescu|RO|ro|IT freelancer|popescu.dev|DE|Pregătesc factura și datele de acces pentru clientul din München.
Georgi|Ivanov|BG|bg|hotel manager|hotel-pirin.bg||Подготвям списъка с гостите за ски сезона в Банско.
Ivana|Horvat|HR|hr|boat tour operator|dalmatiaboats.hr|SI|Slažem raspored izleta brodom za lipanj.
Matej|Novak|SI|sl|beekeeper|cebelarstvo-novak.si||Urejam seznam kupcev medu za jesensko dostavo.
Milica|Jovanović|RS|sr|journalist|novinarka.rs||Pripremam listu sagovornika za reportažu iz Novog Sada.
Ingrid|Hansen|NO|no|fish farm manager|lofotlaks.no||Jeg setter opp vaktlista for merdene i november.
Mette|Nielsen|DK|da|daycare leader|boernehuset-solsikken.dk||Jeg laver en ny forældreliste til sommerfesten.
Juha|Virtanen|FI|fi|forestry contractor|virtasenmetsapalvelu.fi||Kokoan urakoitsijoiden yhteystiedot talven hakkuisiin.
Guðrún|Jónsdóttir|IS|is|guesthouse owner|gistihusgudrun.is||Ég er að taka saman bókanir fyrir norðurljósatímabilið.
Kadri|Tamm|EE|et|software tester|testlab.ee|FI|Panen kokku testijate kontaktid järgmise sprindi jaoks.
Līga|Bērziņa|LV|lv|librarian|biblioteka.lv||Es gatavoju lasītāju sarakstu dzejas vakaram.
Rūta|Kazlauskienė|LT|lt|baker|rutoskepykla.lt||Sudarau užsakymų sąrašą Velykų pyragams.
Pieter|van der Merwe|ZA|af|farmer|vdmboerdery.co.za||Ek maak die lys van die oesspan vir volgende week.
Wouter|Peeters|BE|nl|plumber|peeters-sanitair.be|NL|Ik heb morgen vier interventies in Gent, eerste om 8 uur.
Anouk|de Vries|NL|nl|physiotherapist|fysiodevries.nl||Ik zet de patiëntenafspraken voor volgende week op een rij.
Stefan|Gruber|AT|de|ski instructor|skischule-gruber.at|DE IT|Die Skikurse für die Semesterferien sind fast ausgebucht.
Luca|Meier|CH|de|watchmaker|meier-uhren.ch|FR|Ich habe fünf Reparaturen, die bis Ende Monat fertig sein müssen.
Chiara|Bernasconi|CH|it|bank clerk|bancaticino.ch|IT|Devo aggiornare i contatti dei clienti della filiale di Lugano.
Marc|Schmit|LU|fr|accountant|fiduciaire-schmit.lu|BE FR DE|Je prépare les déclarations TVA du trimestre pour mes clients.
Émilie|Tremblay|CA|fr|daycare owner|garderiesoleil.ca||Je mets à jour la liste des parents pour la rentrée de septembre.
Ryan|MacDonald|CA|en|hockey coach|halifaxminor.ca|US|Tournament in Moncton this weekend, bus leaves at 6 a.m.
Linda|Park|US|en|tax preparer|parktaxservices.com||Getting returns ready before the April deadline, 40 clients left.
Michael|Johnson|US|en|sysadmin|tristate-it.com||Migrating the office to the new firewall this weekend.
María|García|US|es|house cleaner|gmail.com|MX|Tengo que organizar los horarios de limpieza de mis clientes.
Rajesh|Kumar|IN|hi|kirana shop owner|gmail.com||दुकान के लिए सप्लायरों की लिस्ट बनानी है।
Montse|Puig|ES|ca|architect|puigarquitectes.cat|FR|Estic preparant la documentació per a la llicència d'obres.
Alejandro|Ruiz|ES|es|restaurant owner|casaruiz.es|PT|Estoy cerrando las reservas de grupos para Navidad.
Ana|Costa|BR|pt|yoga instructor|anacostayoga.com.br|PT|Estou organizando a lista das alunas do retiro de julho.
Emma|Walker|US|en|travel nurse|gmail.com|CA|Starting a 13-week contract in Denver, need to update my HR paperwork."""
PERSONAS = []
for line in PERSONAS_RAW.splitlines():
    f, l, iso, lang, role, org, extra, ctx = line.split("|")
    PERSONAS.append(
        {
            "first": f,
            "last": l,
            "iso": iso,
            "lang": lang,
            "role": role,
            "org": org,
            "extra": extra.split(),
            "ctx": ctx,
        }
    )
US_PERSONAS = [p for p in PERSONAS if p["iso"] == "US"]


def other_person(p, iso=None):
    lang = p["lang"] if rng.random() < 0.8 else rng.choice(list(NAMES))
    fs, ls = NAMES[lang]
    return rng.choice(fs), rng.choice(ls), iso or home_iso(p)


def home_iso(p):
    if p["extra"] and rng.random() < 0.3:
        return rng.choice(p["extra"])
    return p["iso"]


def P(iso, style=None):
    return (phone(iso, style), "PHONE")


def E(s):
    return (s, "EMAIL")


class Doc:
    def __init__(self):
        self.buf, self.spans, self.n = [], [], 0

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)
        return self

    def f(self, tmpl, **kw):
        pos = 0
        for m in re.finditer(r"\{([A-Z][A-Za-z0-9]*)\}", tmpl):
            self.t(tmpl[pos : m.start()])
            v = kw[m.group(1)]
            if isinstance(v, tuple):
                self.spans.append((self.n, self.n + len(v[0]), v[1]))
                self.t(v[0])
            else:
                self.t(str(v))
            pos = m.end()
        return self.t(tmpl[pos:])

    def text(self):
        return "".join(self.buf)


# ----------------------------------------------------------------------------- distractors (never PII)
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def date():
    y, m, d = rng.randint(2019, 2027), rng.randint(1, 12), rng.randint(1, 28)
    return rng.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{d}/{m}/{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d} {MONTHS[m - 1]} {y}",
            f"{y}/{m:02d}/{d:02d}",
        ]
    )


def tstamp():
    return f"{rng.randint(2022, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}Z"


def amount():
    v = rng.randint(3, 98000) + rng.randint(0, 99) / 100
    return rng.choice(
        [
            f"€{v:,.2f}",
            f"{v:,.2f} EUR".replace(",", " "),
            f"${v:,.2f}",
            f"{v:.2f} zł",
            f"R$ {v:,.2f}",
            f"¥{int(v):,}",
            f"{int(v):,} Ft",
            f"CHF {v:.2f}",
            f"₹{int(v):,}",
            f"£{v:.2f}",
            f"{v:.2f} kr",
        ]
    )


def isbn13():
    body = rng.choice(["978", "979"]) + digits(9)
    c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body)) % 10) % 10
    s = body + str(c)
    return rng.choice([s, f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"])


def ean13():
    body = rng.choice(["400", "500", "590", "800", "880", "690", "789", "871"]) + digits(9)
    c = (10 - sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body)) % 10) % 10
    return body + str(c)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def plate():
    L = lambda k: "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(k))  # noqa: E731
    return rng.choice(
        [
            f"B-{L(2)} {rng.randint(1, 9999)}",
            f"{L(2)}-{rng.randint(100, 999)}-{L(2)}",
            f"{rng.randint(1000, 9999)} {L(3)}",
            f"{L(2)}{rng.randint(10, 99)} {L(3)}",
            f"WX {rng.randint(10000, 99999)}",
            f"{L(3)}-{rng.randint(1000, 9999)}",
        ]
    )


def national_id():
    return rng.choice(
        [
            f"QQ {digits(2)} {digits(2)} {digits(2)} C",
            f"{digits(8)}{rng.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
            f"{rng.choice('RSSBNC')}{rng.choice('MRALTV')}{rng.choice('SRNTL')}MRA{rng.randint(50, 99)}T{rng.randint(10, 69)}A{digits(3)}S",
            f"{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{digits(4)}",
            f"{rng.choice('12')} {digits(2)} {rng.randint(1, 12):02d} {digits(2)} {digits(3)} {digits(3)} {digits(2)}",
            f"{digits(3)} {digits(3)} {digits(4)} (NHS)",
            f"T22{digits(6)}",
        ]
    )


def distractor():
    k = rng.randrange(26)
    return [
        lambda: f"#{rng.randint(100000, 9999999)}",
        lambda: f"INV-{rng.randint(2019, 2026)}-{rng.randint(1, 99999):05d}",
        lambda: f"1Z{hexs(6).upper()}{digits(10)}",
        lambda: date(),
        lambda: amount(),
        lambda: f"v{rng.randint(0, 14)}.{rng.randint(0, 30)}.{rng.randint(0, 120)}",
        lambda: isbn13(),
        lambda: ean13(),
        lambda: f"{rng.uniform(-60, 70):.5f}, {rng.uniform(-170, 170):.5f}",
        lambda: f"SKU {rng.choice('ABCDXZ')}{rng.randint(10, 99)}-{rng.randint(1000, 9999)}",
        lambda: hexs(rng.choice([12, 40, 64])),
        lambda: (
            f"{rng.choice(['LH', 'AF', 'BA', 'TK', 'QR', 'EK', 'KL', 'IB', 'FR', 'U2'])} {rng.randint(10, 9999)}"
        ),
        lambda: f"{rng.choice(['ICE', 'TGV', 'IC', 'EC', 'RJ', 'AVE'])} {rng.randint(100, 9999)}",
        lambda: plate(),
        lambda: f"{rng.randint(1, 40)}–{rng.randint(41, 900)}",
        lambda: f"{rng.randint(2, 9)} {rng.randint(100, 999)} mm",
        lambda: f"{rng.randint(10000, 99999)}",
        lambda: f"{rng.randint(0, 6)}:{rng.randint(0, 6)}",
        lambda: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        lambda: f"PNR {''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(6))}",
        lambda: f"SN {hexs(4).upper()}-{hexs(4).upper()}-{digits(4)}",
        lambda: f"{rng.randint(1000000000, 1900000000)}",
        lambda: f"10.0.{rng.randint(19041, 26100)}.{rng.randint(100, 4000)}",
        lambda: f"POL-{digits(4)}-{digits(4)}",
        lambda: f"{rng.randint(1, 99)} %",
        lambda: f"ref. {rng.randint(100, 999)}/{rng.randint(2020, 2026)}",
    ][k]()


def maybe_dis(p=0.5):
    return f" ({distractor()})" if rng.random() < p else ""


# ----------------------------------------------------------------------------- positive templates
def me_email(p):
    return email_for(p["first"], p["last"], p["iso"], p["org"])


def t_chat(p):
    L, d = LANG[p["lang"]], Doc()
    tm = f"{L['hi']}! {p['ctx']} {L['reach']}, {L['ormail']}. {rng.choice([L['req1'], L['req2']])}"
    if rng.random() < 0.4:
        tm += f" {L['order']} {distractor()}."
    d.f(tm, P=P(home_iso(p)), E=E(me_email(p)))
    return d, "chat message with own phone and email"


def t_signature(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(
        f"{p['ctx']}\n\n{L['regards']}\n{p['first']} {p['last']}\n{p['role'].title()} · {p['org']}\n"
    )
    d.f(f"{L['tel']}: {{A}}{ext() if rng.random() < 0.4 else ''}\n", A=P(p["iso"]))
    if rng.random() < 0.7:
        d.f(f"{L['mob']}: {{B}}\n", B=P(p["iso"]))
    d.f(f"{L['mail']}: {{C}}\nwww.{p['org']}", C=E(me_email(p)))
    if rng.random() < 0.5:
        d.t(f"\n{rng.randint(1, 200)} · {rng.randint(10000, 99999)}")
    return d, "email signature block"


def t_contacts_csv(p):
    L, d = LANG[p["lang"]], Doc()
    sep = rng.choice([",", ";", "\t", "|"])
    d.t(f"{rng.choice([L['req2'], L['req1']])}\n\n")
    d.t(sep.join([L["name"], L["tel"], L["mail"], "#"]) + "\n")
    for i in range(rng.randint(3, 7)):
        f, l, iso = other_person(p)
        d.f(
            sep.join([f"{f} {l}", "{A}", "{B}", str(rng.randint(1, 400))]) + "\n",
            A=P(iso),
            B=E(email_for(f, l, iso)),
        )
    return d, "contact list delimited rows"


def t_vcard(p):
    L, d = LANG[p["lang"]], Doc()
    f, l, iso = other_person(p)
    d.t(
        f"{rng.choice([L['req1'], 'Import this contact please:'])}\nBEGIN:VCARD\nVERSION:3.0\nN:{l};{f};;;\nFN:{f} {l}\n"
    )
    d.f("TEL;TYPE=CELL:{A}\n", A=P(iso, rng.choice([0, 3])))
    if rng.random() < 0.6:
        d.f("TEL;TYPE=WORK,VOICE:{A}\n", A=P(iso))
    d.f("EMAIL;TYPE=INTERNET:{B}\nREV:{C}\nEND:VCARD", B=E(email_for(f, l, iso)), C=tstamp())
    return d, "vcard contact export"


def t_oncall(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(f"{p['ctx']}\n\n| {L['name']} | {L['mob']} | {L['mail']} | Shift |\n|---|---|---|---|\n")
    for i in range(rng.randint(3, 6)):
        f, l, iso = other_person(p)
        d.f(
            f"| {f} {l} | {{A}} | {{B}} | {rng.choice(['06-14', '14-22', '22-06', 'Mo-Fr', 'Sa/So'])} |\n",
            A=P(iso),
            B=E(email_for(f, l, iso, p["org"])),
        )
    return d, "markdown roster table"


def t_whatsapp(p):
    L, d = LANG[p["lang"]], Doc()
    f, l, iso = other_person(p)
    day = f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/{rng.randint(22, 26)}"
    d.t(f"{L['req1']}\n")
    d.f(f"[{day}, {rng.randint(7, 22)}:{rng.randint(10, 59)}] {f}: {L['reach']}\n", P=P(iso))
    d.f(
        f"[{day}, {rng.randint(7, 22)}:{rng.randint(10, 59)}] {p['first']}: ok, {L['tel']} {{A}} 👍\n",
        A=P(home_iso(p)),
    )
    if rng.random() < 0.5:
        d.f(f"[{day}, 23:{rng.randint(10, 59)}] {f}: {L['ormail']}", E=E(email_for(f, l, iso)))
    return d, "chat log export with timestamps"


def t_emergency(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(f"{p['ctx']}\n{L['contacts']}:\n")
    labels = rng.sample(
        [
            "112 / 911?",
            "Dr.",
            "Taxi",
            "👵",
            "🏥",
            "Pharmacy",
            "Plumber",
            "School",
            "Neighbour",
            "Vet",
            "Bank",
            "Insurance",
        ],
        5,
    )
    for lab in labels:
        if lab == "112 / 911?":
            d.t(f"- {lab} 112\n")
            continue
        d.f(f"- {lab}: {{A}}{ext() if rng.random() < 0.15 else ''}\n", A=P(home_iso(p)))
    return d, "emergency and household numbers list"


def t_tour(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(f"{p['ctx']}\n\n")
    isos = rng.sample(list(PLANS), 4) + p["extra"][:2]
    for iso in isos:
        f, l, _ = other_person(p)
        d.f(f"{date()} · {iso} · venue {rng.randint(150, 3000)} cap · {f} {l} {{A}}", A=P(iso))
        if rng.random() < 0.5:
            d.f(" / {B}", B=E(email_for(f, l, iso)))
        d.t(f" · {distractor()}\n")
    return d, "multi-country itinerary with local contacts"


def t_headers(p):
    L, d = LANG[p["lang"]], Doc()
    f, l, iso = other_person(p)
    f2, l2, _ = other_person(p)
    d.t(f"{L['req1']}\n\n")
    d.f(
        "From: "
        + f"{f} {l} <{{A}}>\nTo: {p['first']} {p['last']} <{{B}}>\nCc: {{C}}\nDate: {date()}\nSubject: Re: {L['invoice']} {distractor()}\n\n",
        A=E(email_for(f, l, iso)),
        B=E(me_email(p)),
        C=E(email_for(f2, l2, iso)),
    )
    d.f(f"{L['reach']}.\n-- \n{f} {l}\n{L['tel']} {{Q}}", P=P(iso), Q=P(iso))
    return d, "forwarded email headers and body"


def t_config(p):
    d = Doc()
    d.t(f"{LANG[p['lang']]['req1']}\n```json\n{{\n")
    d.f(
        '  "admin_email": "{A}",\n  "alert_sms": "{B}",\n',
        A=E(role_email(p["org"])),
        B=P(p["iso"], 3),
    )
    d.f(
        '  "bind": "{C}",\n  "allow": ["{D}", "{F}"],\n',
        C=(ipv4(True), "IP"),
        D=(ip(), "IP"),
        F=(ip(), "IP"),
    )
    d.t(
        f'  "version": "{distractor() if rng.random() < 0.3 else "2.4.1"}",\n  "retries": {rng.randint(1, 9)}\n}}\n```'
    )
    return d, "json service config"


def t_access_log(p):
    d = Doc()
    d.t(
        f"{p['ctx']} {rng.choice(['Which IP is hammering us?', 'Any idea what this is?', LANG[p['lang']]['check']])}\n\n"
    )
    for i in range(rng.randint(3, 6)):
        k = rng.random()
        h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
        if k < 0.5:
            d.f(
                f'{{A}} - - [{rng.randint(1, 28):02d}/{rng.choice(MONTHS)}/2025:{h:02d}:{m:02d}:{s:02d} +0100] "GET /{rng.choice(["wp-login.php", "api/v2/items", "index.html", ".env"])} HTTP/1.1" {rng.choice([200, 301, 403, 404])} {rng.randint(100, 90000)}\n',
                A=(ip(), "IP"),
            )
        elif k < 0.8:
            d.f(
                f"{rng.choice(MONTHS)} {rng.randint(1, 28)} {h:02d}:{m:02d}:{s:02d} gw sshd[{rng.randint(1000, 65000)}]: Failed password for invalid user admin from {{A}} port {rng.randint(1024, 65535)} ssh2\n",
                A=(ip(), "IP"),
            )
        else:
            d.f(
                f"{tstamp()} WARN conn from [{{A}}]:{rng.randint(1024, 65535)} dropped\n",
                A=(ipv6(), "IP"),
            )
    return d, "web and ssh log lines"


def t_inventory(p):
    d = Doc()
    d.t(f"# {p['ctx']}\nall:\n  hosts:\n")
    for i in range(rng.randint(2, 5)):
        d.f(
            f"    {rng.choice(['db', 'web', 'nas', 'pbx', 'cam', 'vpn'])}{i + 1:02d}:\n      ansible_host: {{A}}\n",
            A=(ip(rng.random() < 0.2), "IP"),
        )
    d.f("  vars:\n    owner: {B}\n", B=E(me_email(p)))
    return d, "yaml host inventory"


def t_firewall(p):
    d = Doc()
    d.t(f"{LANG[p['lang']]['req1']}\n")
    for i in range(rng.randint(2, 5)):
        if rng.random() < 0.7:
            d.f(
                f"iptables -A INPUT -s {{A}} -p tcp --dport {rng.choice([22, 443, 3389, 5060, 8443])} -j {rng.choice(['ACCEPT', 'DROP'])}\n",
                A=(ipv4(), "IP"),
            )
        else:
            d.f(f"ip6tables -A INPUT -s {{A}} -j DROP  # {date()}\n", A=(ipv6(), "IP"))
    return d, "firewall rule list"


def t_ticket(p):
    L, d = LANG[p["lang"]], Doc()
    f, l, iso = other_person(p)
    d.f(
        f"Ticket #{rng.randint(10000, 999999)} · {tstamp()}\n{L['name']}: {f} {l}\n{L['mail']}: {{A}}\n{L['tel']}: {{B}}\nIP: {{C}}\n{L['order']}: {distractor()}\n\n{p['ctx']}\n{L['req1']}",
        A=E(email_for(f, l, iso)),
        B=P(iso),
        C=(ip(), "IP"),
    )
    return d, "support ticket with client details"


def t_ssn_form(p):
    d = Doc()
    f, l, _ = other_person(p, "US")
    d.t(f"{p['ctx']} Can you fill this into the onboarding template?\n\n")
    d.f(
        f"Employee: {f} {l}\nSSN: {{A}}\nDOB: {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1955, 2004)}\nPhone: {{B}}\nEmail: {{C}}\nEmployee ID: E{rng.randint(10000, 99999)}\nStart date: {date()}",
        A=("" + ssn(rng.randrange(5)), "SSN"),
        B=P("US"),
        C=E(email_for(f, l, "US")),
    )
    return d, "us onboarding form with ssn"


def t_tax_family(p):
    d = Doc()
    d.t(f"{p['ctx']} Household for the 1040, please double-check the dependents:\n")
    for who in rng.sample(
        ["Taxpayer", "Spouse", "Dependent 1", "Dependent 2", "Dependent 3"], rng.randint(2, 4)
    ):
        f, l, _ = other_person(p, "US")
        d.f(
            f"{who}: {f} {l} — SSN {{A}} — born {rng.randint(1950, 2020)}\n",
            A=(ssn(rng.randrange(5)), "SSN"),
        )
    d.t(f"Refund est. {amount()}, prior-year AGI ${rng.randint(20000, 190000):,}")
    return d, "us tax household ssn list"


def t_ssn_msg(p):
    d = Doc()
    d.f(
        rng.choice(
            [
                "my ssn is {A} if the form asks, and call me at {B}",
                "SSN {A} / cell {B} — can you draft the letter to the IRS?",
                "Please redact before sharing: Social Security No. {A}, phone {B}.",
                "For the lease application: SSN: {A}. Landlord wants a callback on {B}",
            ]
        ),
        A=(ssn(rng.randrange(5)), "SSN"),
        B=P("US"),
    )
    return d, "short us message with ssn"


def t_card(p):
    L, d = LANG[p["lang"]], Doc()
    exp = f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}"
    d.f(
        rng.choice(
            [
                f"{p['ctx']} {L['order']} {distractor()}. Card {{A}} exp {exp}, {L['amount']} {amount()}. {L['check']}",
                f"{L['hi']}, {L['booking']} {distractor()}: {{A}} ({exp}). {L['reach']}.",
                f"Payment details\n  Cardholder: {p['first']} {p['last']}\n  Number: {{A}}\n  Valid thru: {exp}\n  {L['amount']}: {amount()}",
                f"{L['req1']}\nvisa/mc: {{A}}\nbackup card: {{B}}",
            ]
        ),
        A=(card(), "CARD"),
        B=(card(), "CARD"),
        P=P(home_iso(p)),
    )
    return d, "payment card details"


def t_iban(p):
    L, d = LANG[p["lang"]], Doc()
    cc = p["iso"] if p["iso"] in IBAN_SPEC else rng.choice(list(IBAN_SPEC))
    d.f(
        f"{p['ctx']}\n{L['invoice']} {distractor()}\n{L['amount']}: {amount()}\nIBAN: {{A}}\nBIC: {rng.choice(['COBADEFFXXX', 'BNPAFRPP', 'INGBNL2A', 'UBSWCHZH80A', 'BCITITMM', 'PKOPPLPW'])}\n{L['mail']}: {{B}}",
        A=(iban(cc), "IBAN"),
        B=E(role_email(p["org"])),
    )
    return d, "bank details for invoice"


def t_iban_list(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(f"{L['req2']}\n")
    for i in range(rng.randint(2, 4)):
        f, l, _ = other_person(p)
        d.f(
            f"{date()};{f} {l};{{A}};{amount()}\n",
            A=(iban(rng.choice([p["iso"]] + p["extra"] + ["DE", "NL", "FR"])), "IBAN"),
        )
    return d, "transfer list with ibans"


def t_rent(p):
    L, d = LANG[p["lang"]], Doc()
    f, l, iso = other_person(p)
    d.f(
        f"{p['ctx']}\n{f} {l}: {L['reach']}. IBAN {{A}}, {L['amount']} {amount()} / {distractor()}.",
        P=P(iso),
        A=(iban(p["iso"] if p["iso"] in IBAN_SPEC else None), "IBAN"),
    )
    return d, "rent or deposit note with iban and phone"


def t_sql(p):
    d = Doc()
    d.t("INSERT INTO customers (name, phone, email, created_at) VALUES\n")
    n = rng.randint(2, 5)
    for i in range(n):
        f, l, iso = other_person(p)
        d.f(
            f"  ('{f} {l}', '{{A}}', '{{B}}', '{tstamp()}')" + (",\n" if i < n - 1 else ";\n"),
            A=P(iso),
            B=E(email_for(f, l, iso)),
        )
    d.t(f"-- {LANG[p['lang']]['req1']}")
    return d, "sql insert statements"


def t_env(p):
    d = Doc()
    d.f(
        f"# {p['ctx']}\nSMTP_USER={{A}}\nSMTP_HOST=smtp.{p['org']}\nDB_HOST={{B}}\nTWILIO_FROM={{C}}\nAPP_VERSION={rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 99)}\nMAX_UPLOAD_MB={rng.randint(5, 500)}\n",
        A=E(role_email(p["org"])),
        B=(ip(), "IP"),
        C=P(p["iso"], 3),
    )
    return d, "dotenv file"


def t_sms(p):
    L, d = LANG[p["lang"]], Doc()
    d.f(
        f"{rng.choice(['Von', 'From', 'De', 'Od', 'Da', 'От', '发件人', 'Fra'])}: {{A}}\n{distractor()}\n{L['booking']} {distractor()} ... {L['reach']}",
        A=P(home_iso(p)),
        P=P(home_iso(p)),
    )
    return d, "forwarded sms"


def t_dialin(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(f"{p['ctx']}\nMeeting ID: {digits(3)} {digits(4)} {digits(4)}\nPasscode: {digits(6)}\n")
    for iso in rng.sample(list(PLANS), rng.randint(2, 4)):
        d.f(f"  {iso}: {{A}}\n", A=P(iso, 0))
    d.f(f"Organizer: {{B}}", B=E(me_email(p)))
    return d, "meeting invite with dial-in numbers"


def t_tsv(p):
    L, d = LANG[p["lang"]], Doc()
    d.t(f"{L['name']}\t{L['mob']}\t{L['tel']}\t{L['amount']}\n")
    for i in range(rng.randint(2, 5)):
        f, l, iso = other_person(p)
        d.f(f"{f} {l}\t{{A}}\t{{B}}\t{amount()}\n", A=P(iso), B=P(iso))
    d.t(L["check"])
    return d, "spreadsheet paste phones and amounts"


def t_mailto(p):
    L, d = LANG[p["lang"]], Doc()
    f, l, iso = other_person(p)
    d.f(
        f'<a href="mailto:{{A}}">{f} {l}</a> · <a href="tel:{{B}}">{L["tel"]}</a>\n{L["req1"]}',
        A=E(email_for(f, l, iso)),
        B=P(iso, 3),
    )
    return d, "html snippet with mailto and tel links"


def t_pay_form(p):
    L, d = LANG[p["lang"]], Doc()
    d.f(
        f"{L['name']}: {p['first']} {p['last']}\n{L['mail']}: {{A}}\n{L['tel']}: {{B}}\nCard: {{C}}\nIBAN (refund): {{D}}\nIP: {{F}}\n{L['order']}: {distractor()}",
        A=E(me_email(p)),
        B=P(p["iso"]),
        C=(card(), "CARD"),
        D=(iban(), "IBAN"),
        F=(ip(), "IP"),
    )
    return d, "checkout form dump"


POS_T = [
    (t_chat, "PHONE EMAIL"),
    (t_signature, "PHONE EMAIL"),
    (t_contacts_csv, "PHONE EMAIL"),
    (t_vcard, "PHONE EMAIL"),
    (t_oncall, "PHONE EMAIL"),
    (t_whatsapp, "PHONE"),
    (t_emergency, "PHONE"),
    (t_tour, "PHONE"),
    (t_headers, "EMAIL"),
    (t_config, "IP EMAIL"),
    (t_access_log, "IP"),
    (t_inventory, "IP"),
    (t_firewall, "IP"),
    (t_ticket, "IP EMAIL"),
    (t_ssn_form, "SSN"),
    (t_tax_family, "SSN"),
    (t_ssn_msg, "SSN"),
    (t_card, "CARD"),
    (t_iban, "IBAN"),
    (t_iban_list, "IBAN"),
    (t_rent, "IBAN"),
    (t_sql, "EMAIL PHONE"),
    (t_env, "IP EMAIL"),
    (t_sms, "PHONE"),
    (t_dialin, "PHONE"),
    (t_tsv, "PHONE"),
    (t_mailto, "EMAIL"),
    (t_pay_form, "CARD IBAN IP"),
]
US_ONLY = {t_ssn_form, t_tax_family, t_ssn_msg}


# ----------------------------------------------------------------------------- hard negatives
def n_order(p):
    L = LANG[p["lang"]]
    return (
        f"{p['ctx']}\n{L['order']}: {rng.randint(100, 999)}-{digits(7)}-{digits(7)}\nTracking: {distractor() if rng.random() < 0.3 else '1Z' + hexs(6).upper() + digits(10)}\n{L['amount']}: {amount()}\n{date()} · {rng.randint(10000, 99999)}\n{L['check']}",
        "order confirmation numbers",
    )


def n_meeting(p):
    L = LANG[p["lang"]]
    return (
        f"{p['ctx']}\nMeeting ID: {digits(3)} {digits(4)} {digits(4)}\nPasscode: {digits(6)}\nWebinar: {digits(11)}\n{date()} {rng.randint(8, 18)}:00–{rng.randint(19, 21)}:30 (UTC+{rng.randint(1, 9)})\n{L['req1']}",
        "meeting id and passcode",
    )


def n_buildlog(p):
    out = [LANG[p["lang"]]["req1"]]
    for _ in range(rng.randint(3, 6)):
        out.append(
            f"{tstamp()} build {rng.randint(1000, 99999)} {rng.choice(['OK', 'FAIL', 'SKIP'])} v{rng.randint(1, 9)}.{rng.randint(0, 30)}.{rng.randint(0, 300)} sha={hexs(40)} took {rng.randint(1, 900)}.{rng.randint(0, 9)}s build-id {rng.randint(10, 99)}.{rng.randint(256, 999)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}"
        )
    return "\n".join(out), "build log with versions and hashes"


def n_badcard(p):
    L = LANG[p["lang"]]
    c = card(valid=False)
    return rng.choice(
        [
            f"{L['hi']}, the shop says this card number is invalid: {c}. {L['check']}",
            f"Gift card code {c} (PIN {digits(4)}), {L['amount']} {amount()}",
            f"{L['order']} {distractor()}: test number {c} rejected by checkout, Luhn fails?",
        ]
    ), "luhn-invalid card-like number"


def n_badiban(p):
    L = LANG[p["lang"]]
    return (
        f"{p['ctx']} {L['check']}\nIBAN: {iban(p['iso'] if p['iso'] in IBAN_SPEC else None, valid=False)} ← the bank says the check digits are wrong\n{L['invoice']} {distractor()}, {L['amount']} {amount()}",
        "iban with wrong check digits",
    )


def n_books(p):
    rows = [
        f"- ISBN {isbn13()} · {rng.randint(80, 900)} p. · {amount()}"
        for _ in range(rng.randint(3, 5))
    ]
    return f"{p['ctx']}\n" + "\n".join(
        rows
    ) + f"\n{LANG[p['lang']]['req2']}", "isbn list with prices"


def n_products(p):
    L = LANG[p["lang"]]
    rows = [
        f"{ean13()}\tSKU-{rng.randint(10000, 99999)}\t{rng.randint(1, 240)} pcs\t{amount()}"
        for _ in range(rng.randint(3, 6))
    ]
    return f"EAN\tSKU\tQty\t{L['amount']}\n" + "\n".join(
        rows
    ) + f"\n{L['check']}", "product table with ean and sku"


def n_travel(p):
    L = LANG[p["lang"]]
    return (
        f"{p['ctx']}\n{L['booking']}: {''.join(rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ23456789') for _ in range(6))}\n{distractor()} → {rng.choice(['LH', 'AF', 'TK', 'QR', 'EK', 'SQ', 'NH'])} {rng.randint(10, 9999)} {date()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}, seat {rng.randint(1, 60)}{rng.choice('ABCDEF')}\nTicket {digits(3)}-{digits(10)}\n{rng.choice(['ICE', 'TGV', 'RJX', 'Frecciarossa', 'AVE'])} {rng.randint(100, 9999)}, Wagen {rng.randint(1, 14)}, Platz {rng.randint(11, 118)}",
        "travel booking flight and train",
    )


def n_scores(p):
    draws = " ".join(f"{x:02d}" for x in sorted(rng.sample(range(1, 50), 6)))
    return (
        f"{p['ctx']}\nLotto {date()}: {draws} + {rng.randint(0, 9)}\nScores: {rng.randint(0, 5)}-{rng.randint(0, 5)}, {rng.randint(60, 130)}:{rng.randint(60, 130)}, {rng.randint(0, 9)}/{rng.randint(0, 9)}\nTable: {rng.randint(1, 20)}. place, {rng.randint(10, 90)} pts, GD +{rng.randint(1, 40)}",
        "lottery draws and sports scores",
    )


def n_vehicle(p):
    L = LANG[p["lang"]]
    return (
        f"{p['ctx']}\n{plate()} · VIN WVW{hexs(3).upper()}{digits(11)} · {rng.randint(10000, 299999)} km\n{L['invoice']} {distractor()} · {rng.randint(1000, 99999)} {rng.choice(['Wien', 'Lyon', 'Porto', 'Kraków', 'Utrecht', 'Malmö'])}\n{L['req1']}",
        "vehicle plate vin and postal code",
    )


def n_ids(p):
    L = LANG[p["lang"]]
    return (
        f"{p['ctx']}\nPatient ID: {rng.randint(100000, 9999999)}\nCase: {rng.randint(2019, 2026)}/{digits(5)}\nPolicy: POL-{digits(4)}-{digits(4)}\nMember no. {digits(3)}-{digits(3)}-{digits(3)}\nNational ID (non-US): {national_id()}\n{L['check']}",
        "case policy member and foreign id numbers",
    )


def n_measure(p):
    return (
        f"{p['ctx']}\n{rng.randint(1, 9)} {rng.randint(100, 999)} × {rng.randint(100, 999)} mm, {rng.randint(10, 90)}.{rng.randint(0, 9)} kg, {rng.randint(-20, 40)}–{rng.randint(41, 60)} °C\nGPS {distractor()}\nRange {rng.randint(100, 999)}-{rng.randint(1000, 9999)} m, {rng.randint(2, 99)} %\n{LANG[p['lang']]['req1']}",
        "measurements coordinates and ranges",
    )


def n_times(p):
    rows = [
        f"{tstamp()}  epoch={rng.randint(1500000000, 1900000000)}  dur={rng.randint(0, 99)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}  os={distractor() if rng.random() < 0.5 else '10.0.22631.3447'}"
        for _ in range(rng.randint(3, 5))
    ]
    return "\n".join(rows) + f"\n{LANG[p['lang']]['check']}", "timestamps epochs and os builds"


def n_invoice(p):
    L = LANG[p["lang"]]
    lines = [
        f"{i + 1}. {rng.choice(['Service', 'Material', 'Travel', 'Hours', 'Parts'])} {rng.randint(1, 40)} × {amount()}"
        for i in range(rng.randint(2, 5))
    ]
    return (
        f"{L['invoice']} {distractor()} / {date()}\n"
        + "\n".join(lines)
        + f"\n{L['amount']}: {amount()}\nRef. {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}\n{L['check']}",
        "invoice lines and amounts",
    )


def n_serials(p):
    rows = [
        f"{rng.choice(['Router', 'NAS', 'Printer', 'Laptop', 'UPS'])}: SN {hexs(4).upper()}-{hexs(4).upper()}-{digits(4)}, fw {rng.randint(1, 9)}.{rng.randint(0, 99)}.{rng.randint(0, 999)}, MAC {':'.join(hexs(2) for _ in range(6))}, OID 1.3.6.1.4.1.{rng.randint(1000, 60000)}.{rng.randint(1, 9)}"
        for _ in range(rng.randint(2, 4))
    ]
    return f"{p['ctx']}\n" + "\n".join(rows), "device serials firmware and oids"


def n_mixed(p):
    L = LANG[p["lang"]]
    items = [distractor() for _ in range(rng.randint(4, 7))]
    return f"{L['hi']}! {p['ctx']} " + ", ".join(
        items
    ) + f". {rng.choice([L['check'], L['req1'], L['req2']])}", "mixed numeric distractors in prose"


NEG_T = [
    n_order,
    n_meeting,
    n_buildlog,
    n_badcard,
    n_badiban,
    n_books,
    n_products,
    n_travel,
    n_scores,
    n_vehicle,
    n_ids,
    n_measure,
    n_times,
    n_invoice,
    n_serials,
    n_mixed,
]


# ----------------------------------------------------------------------------- checks and main
def shape_ok(s, ent):
    if not s or s != s.strip():
        return False
    if ent == "EMAIL":
        return bool(EMAIL_RE.fullmatch(s))
    if ent == "PHONE":
        return bool(phone_ok(s))
    if ent == "SSN":
        return bool(ssn_ok(s))
    if ent == "CARD":
        d = re.sub(r"[ -]", "", s)
        return (
            d.isdigit()
            and 13 <= len(d) <= 19
            and luhn_ok(d)
            and re.fullmatch(r"[\d -]+", s) is not None
        )
    if ent == "IBAN":
        return iban_ok(s)
    if ent == "IP":
        try:
            ipaddress.ip_address(s)
            return True
        except ValueError:
            return False
    return False


def main():
    rows, counts, langs, regions = [], Counter(), set(), set()
    i = 0
    while i < N_POS or any(counts[e] < MIN[e] + 4 for e in MIN):
        need = {e: max(0, TARGET[e] - counts[e]) for e in TARGET}
        remaining = max(1, N_POS - i)
        i += 1
        ents = list(need)
        ent = rng.choices(ents, weights=[need[e] / remaining + 0.02 for e in ents])[0]
        cands = [t for t, es in POS_T if ent in es.split()]
        tfun = rng.choice(cands)
        p = rng.choice(US_PERSONAS) if tfun in US_ONLY else rng.choice(PERSONAS)
        d, note = tfun(p)
        text = d.text()
        spans = [{"start": a, "end": b, "entity": e} for a, b, e in sorted(d.spans)]
        rows.append(
            {
                "text": text,
                "spans": spans,
                "kind": "positive",
                "note": f"{p['lang']}/{p['iso']} {p['role']}: {note}",
            }
        )
        langs.add(p["lang"])
        regions.add(p["iso"])
        for s in spans:
            counts[s["entity"]] += 1
    for i in range(N_NEG):
        p = rng.choice(PERSONAS)
        tfun = NEG_T[i % len(NEG_T)] if i < 2 * len(NEG_T) else rng.choice(NEG_T)
        text, note = tfun(p)
        rows.append(
            {
                "text": text,
                "spans": [],
                "kind": "hard_negative",
                "note": f"{p['lang']}/{p['iso']} {p['role']}: {note}",
            }
        )
        langs.add(p["lang"])
        regions.add(p["iso"])
    rng.shuffle(rows)
    phone_regions = set()
    for r in rows:
        t, prev = r["text"], -1
        for s in r["spans"]:
            v = t[s["start"] : s["end"]]
            assert s["start"] >= prev, ("overlap", r)
            prev = s["end"]
            assert shape_ok(v, s["entity"]), (s["entity"], v, r["note"])
        if r["kind"] == "hard_negative":
            assert not r["spans"] and "@" not in t, r
            for m in re.finditer(r"\b\d(?:[ -]?\d){12,18}\b", t):
                dd = re.sub(r"\D", "", m.group())
                assert (
                    not (luhn_ok(dd) and dd[0] in "3456" and len(dd) in (15, 16))
                    or "EAN" in t
                    or "ISBN" in t
                    or "Ticket" in t
                    or "epoch" in t
                ), (m.group(), r["note"])
            for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b", t):
                assert not iban_ok(m.group()), m.group()
    for e, mn in MIN.items():
        assert counts[e] >= mn, (e, counts[e])
    for iso in PLANS:
        for _ in range(5):
            assert phone_ok(phone(iso)), iso
        phone_regions.add(iso)
    used_regions = set()
    for r in rows:
        for s in r["spans"]:
            if s["entity"] == "PHONE":
                v = r["text"][s["start"] : s["end"]]
                for iso, (cc, _) in PLANS.items():
                    if v.startswith(("+" + cc, "00" + cc)):
                        used_regions.add(iso)
    with OUT.open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    npos = sum(r["kind"] == "positive" for r in rows)
    print(f"texts={len(rows)} positive={npos} hard_negative={len(rows) - npos}")
    print("spans", dict(sorted(counts.items())))
    print(
        f"languages={len(langs)} persona_regions={len(regions)} regions_with_phone_plans={len(PLANS)} regions_seen_intl={len(used_regions)}"
    )
    print("sha256", hashlib.sha256(OUT.read_bytes()).hexdigest())


if __name__ == "__main__":
    main()
