#!/usr/bin/env python3
"""Generate personal_data_twentyfirst.jsonl: a blind PII evaluation set.

Stdlib only and deterministic (random.Random(SEED)). Each line holds a text,
its exact character spans (EMAIL/PHONE/SSN/CARD/IBAN/IP), a kind
(positive / hard_negative) and a short note naming the template family.
"""

import hashlib
import ipaddress
import json
import random
import re
from pathlib import Path

SEED = 20261227
R = random.Random(SEED)
OUT = Path(__file__).resolve().with_name("personal_data_twentyfirst.jsonl")
N_POS_MIN = 360
N_NEG = 245


def dg(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def dg1(n):
    return str(R.randint(1, 9)) + dg(n - 1)


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


# --------------------------------------------------------------------------
# Phone numbering plans.  plan = "prefixes/nsn_length/groupings[/flags]";
# flags: L = landline (bracketed area code allowed), T = no trunk prefix.
# --------------------------------------------------------------------------
NANP = {
    "US": "212 213 305 312 404 415 503 512 602 617 646 702 713 808 917 206 720 919 971 210",
    "CA": "416 514 604 613 403 780 902 647 438 519 306 204",
}
REG = {
    "MX": ("52", "", ["55 33 81/10/2,4,4", "222 442 999 664/10/3,3,4"], []),
    "BR": (
        "55",
        "",
        ["119 219 319 419 519 619 719 819 859 479/11/2,5,4"],
        ["(##) #####-####", "+55 (##) #####-####", "+55 ## #####-####", "## #####-####"],
    ),
    "AR": ("54", "0", ["911 9341 9351/11/1,2,4,4;1,3,3,4/T", "114 115 116/10/2,4,4/L"], []),
    "CL": ("56", "", ["9/9/1,4,4", "22/9/1,4,4"], []),
    "CO": ("57", "", ["300 301 310 311 312 313 315 316 317 318 320 321 350/10/3,3,4;3,7"], []),
    "PE": ("51", "", ["9/9/3,3,3"], []),
    "GB": (
        "44",
        "0",
        ["74 75 77 78 79/10/4,6;4,3,3", "207 203/10/2,4,4/L", "161 121 131 113/10/3,3,4/L"],
        [],
    ),
    "IE": ("353", "0", ["83 85 86 87 89/9/2,3,4", "1/8/1,3,4/L", "21/9/2,3,4/L"], []),
    "FR": ("33", "0", ["6 7/9/1,2,2,2,2", "1 2 3 4 5/9/1,2,2,2,2/L"], []),
    "DE": (
        "49",
        "0",
        [
            "151 152 157 159 160 162 163 170 171 172 173 174 175 176 177 178 179/11/3,8;3,4,4",
            "30 40 89 69/10/2,8;2,4,4/L",
            "221 211 711/10/3,7;3,3,4/L",
        ],
        [],
    ),
    "AT": (
        "43",
        "0",
        ["650 660 664 676 680 699/10/3,7;3,3,4", "1/8/1,7;1,3,4/L", "316 512 662/10/3,7/L"],
        [],
    ),
    "CH": ("41", "0", ["75 76 77 78 79/9/2,3,2,2", "44 31 61 22 21/9/2,3,2,2/L"], []),
    "NL": ("31", "0", ["6/9/1,8;1,2,2,2,2", "20 10 70 30/9/2,3,4;2,7/L"], []),
    "BE": ("32", "0", ["47 48 49/9/3,2,2,2", "2 3/8/1,3,2,2/L"], []),
    "LU": ("352", "", ["621 628 661 671 691/9/3,3,3"], []),
    "ES": ("34", "", ["6 7/9/3,3,3;3,2,2,2", "91 93 95 96/9/2,3,2,2;3,3,3"], []),
    "PT": ("351", "", ["91 92 93 96/9/3,3,3", "21 22/9/3,3,3"], []),
    "IT": (
        "39",
        "",
        [
            "320 328 333 338 340 347 348 349 350 366 380 388 392/10/3,3,4;3,7",
            "06 02/10/2,4,4;2,8",
            "055 011/10/3,3,4;3,7",
        ],
        [],
    ),
    "GR": ("30", "", ["690 693 694 695 697 698 699/10/3,3,4", "210/10/3,3,4;3,7"], []),
    "PL": ("48", "", ["50 51 53 57 60 66 69 72 73 78 79 88/9/3,3,3", "22 12 58/9/2,3,2,2"], []),
    "CZ": ("420", "", ["60 72 73 77 79/9/3,3,3", "2/9/3,3,3"], []),
    "SK": ("421", "0", ["90 91 94 95/9/3,3,3", "2/9/1,4,4/L"], []),
    "HU": ("36", "06", ["20 30 31 70/9/2,3,4", "1/8/1,3,4/L"], []),
    "RO": ("40", "0", ["72 73 74 75 76 77 78/9/3,3,3", "21/9/2,3,2,2;2,7/L"], []),
    "BG": ("359", "0", ["87 88 89/9/2,3,4;3,3,3", "2/8/1,3,4/L"], []),
    "HR": ("385", "0", ["91 92 95 97 98 99/9/2,3,4;2,4,3", "1/8/1,4,3/L"], []),
    "SI": ("386", "0", ["30 31 40 41 51 64 68 70 71/8/2,3,3", "1/8/1,3,2,2/L"], []),
    "RS": ("381", "0", ["60 61 62 63 64 65 66 69/9/2,3,4;2,3,2,2", "11/9/2,3,4/L"], []),
    "UA": (
        "380",
        "0",
        ["50 63 66 67 68 73 93 95 96 97 98 99/9/2,3,2,2;2,3,4", "44/9/2,3,2,2/L"],
        [],
    ),
    "RU": (
        "7",
        "8",
        ["91 92 96 98 90/10/3,3,2,2;3,3,4", "495 499 812/10/3,3,2,2/L"],
        ["8 (###) ###-##-##", "+7 (###) ###-##-##", "+7 ### ###-##-##", "8-###-###-##-##"],
    ),
    "KZ": (
        "7",
        "8",
        ["701 702 705 707 747 771 775 777/10/3,3,2,2", "727 717/10/3,3,2,2/L"],
        ["8 (###) ###-##-##", "+7 (###) ###-##-##", "+7 ### ### ## ##"],
    ),
    "TR": (
        "90",
        "0",
        [
            "505 506 530 532 533 535 536 541 542 544 555/10/3,3,2,2;3,3,4",
            "212 216 312/10/3,3,2,2/L",
        ],
        [],
    ),
    "SE": ("46", "0", ["70 72 73 76 79/9/2,3,2,2", "8/9/1,3,3,2/L"], ["0##-### ## ##"]),
    "NO": ("47", "", ["4 9/8/3,2,3;2,2,2,2", "2/8/2,2,2,2"], []),
    "DK": (
        "45",
        "",
        ["20 21 22 26 28 30 31 40 41 42 50 51 52 53 60 61 71 81 91 92 93/8/2,2,2,2;4,4"],
        [],
    ),
    "FI": ("358", "0", ["40 41 44 45 50/9/2,3,4;2,7", "9/8/1,3,4/L"], []),
    "IS": ("354", "", ["6 7 8/7/3,4"], []),
    "EE": ("372", "", ["5/8/4,4;3,5", "6/7/3,4"], []),
    "LV": ("371", "", ["2/8/3,5;2,3,3", "67/8/2,3,3"], []),
    "LT": ("370", "8", ["6/8/3,5;3,2,3", "5/8/1,3,4/L"], []),
    "IL": ("972", "0", ["50 52 53 54 55 58/9/2,3,4;2,7", "3 2 4 9/8/1,3,4/L"], []),
    "SA": ("966", "0", ["50 53 54 55 56 58 59/9/2,3,4", "11 12/9/2,3,4/L"], []),
    "AE": ("971", "0", ["50 52 54 55 56 58/9/2,3,4;2,7", "4 2/8/1,3,4/L"], []),
    "QA": ("974", "", ["3 5 6 7/8/4,4"], []),
    "JO": ("962", "0", ["77 78 79/9/1,4,4;2,3,4", "6/8/1,3,4/L"], []),
    "LB": ("961", "0", ["70 71 76 78 81/8/2,3,3", "1/7/1,3,3/L"], []),
    "EG": ("20", "0", ["10 11 12 15/10/2,4,4;3,3,4", "2/9/1,4,4/L"], []),
    "MA": ("212", "0", ["6 7/9/1,2,2,2,2;3,3,3", "522 537/9/3,2,2,2/L"], []),
    "DZ": ("213", "0", ["55 66 77 69/9/3,2,2,2", "21/8/2,2,2,2/L"], []),
    "TN": ("216", "", ["2 5 9/8/2,3,3", "71/8/2,3,3"], []),
    "SN": ("221", "", ["70 75 76 77 78/9/2,3,2,2"], []),
    "CI": ("225", "", ["07 05 01/10/2,2,2,2,2"], []),
    "CM": ("237", "", ["65 67 68 69/9/1,2,2,2,2;3,3,3"], []),
    "NG": (
        "234",
        "0",
        ["803 806 813 816 703 706 802 808 812 902 905 907 810/10/3,3,4", "1/8/1,3,4/L"],
        [],
    ),
    "GH": ("233", "0", ["20 24 26 27 50 54 55 59/9/2,3,4", "30/9/2,3,4/L"], []),
    "KE": ("254", "0", ["70 71 72 74 79 11 10/9/3,6;3,3,3", "20/9/2,7/L"], []),
    "TZ": ("255", "0", ["71 74 75 76 78 65 68/9/3,3,3"], []),
    "UG": ("256", "0", ["70 75 77 78/9/3,6;3,3,3"], []),
    "ET": ("251", "0", ["91 92 93 94/9/2,3,4;3,3,3", "11/9/2,3,4/L"], []),
    "ZA": (
        "27",
        "0",
        ["60 61 62 63 64 66 71 72 73 74 76 78 79 81 82 83 84/9/2,3,4", "11 21 31/9/2,3,4/L"],
        [],
    ),
    "IN": ("91", "0", ["6 7 8 9/10/5,5;3,3,4", "22 11 80/10/2,4,4;2,8/L"], []),
    "PK": ("92", "0", ["300 301 303 312 321 333 345/10/3,7", "42 21/9/2,7;2,3,4/L"], []),
    "BD": ("880", "0", ["13 14 15 16 17 18 19/10/4,6;2,4,4", "2/9/1,4,4/L"], []),
    "LK": ("94", "0", ["70 71 72 74 75 76 77 78/9/2,3,4", "11/9/2,3,4/L"], []),
    "NP": ("977", "", ["984 985 986 980 981/10/3,7;3,3,4"], []),
    "CN": (
        "86",
        "0",
        [
            "130 131 132 135 136 137 138 139 150 151 152 158 159 186 187 188 177 199/11/3,4,4;3,8/T",
            "10 21/10/2,4,4;2,8/L",
        ],
        [],
    ),
    "HK": ("852", "", ["5 6 9/8/4,4", "2 3/8/4,4"], []),
    "MO": ("853", "", ["6/8/4,4"], []),
    "TW": ("886", "0", ["9/9/3,3,3;3,6", "2/9/1,4,4/L"], []),
    "JP": ("81", "0", ["70 80 90/10/2,4,4", "3 6/9/1,4,4/L", "45 52 92/9/2,3,4/L"], []),
    "KR": ("82", "0", ["10/10/2,4,4", "2/9/1,4,4/L", "2/8/1,3,4/L", "31 51/10/2,4,4/L"], []),
    "VN": (
        "84",
        "0",
        [
            "90 91 93 94 96 97 98 32 33 35 36 37 38 39 70 76 77 78 79 81 83 84 85 86 88 89/9/2,3,4;3,3,3",
            "24 28/10/2,4,4/L",
        ],
        [],
    ),
    "TH": ("66", "0", ["6 8 9/9/2,3,4", "2/8/1,3,4/L"], []),
    "MY": ("60", "0", ["12 13 14 16 17 19/9/2,3,4;2,7", "11/10/2,4,4", "3/9/1,4,4/L"], []),
    "SG": ("65", "", ["8 9/8/4,4", "6/8/4,4"], []),
    "ID": (
        "62",
        "0",
        ["811 812 813 821 822 852 853 857 858 878 895 896/11/3,4,4;3,8", "21/10/2,4,4/L"],
        [],
    ),
    "PH": (
        "63",
        "0",
        ["905 906 915 917 926 927 935 936 945 955 977 995 998 999/10/3,3,4;3,7", "2/9/1,4,4/L"],
        [],
    ),
    "AU": ("61", "0", ["4/9/3,3,3", "2 3 7 8/9/1,4,4/L"], []),
    "NZ": ("64", "0", ["21 22 27/9/2,3,4;2,7", "9 4 3/8/1,3,4/L"], []),
    "IR": (
        "98",
        "0",
        ["912 919 935 936 937 938 939 901 902 990/10/3,3,4;3,7", "21/10/2,4,4;2,8/L"],
        [],
    ),
    "GE": ("995", "", ["55 57 59 51/9/3,2,2,2;3,3,3"], []),
    "AM": ("374", "0", ["77 91 93 94 95 96 98 99/8/2,3,3;2,6", "10/8/2,3,3/L"], []),
    "AZ": ("994", "0", ["50 51 55 70 77/9/2,3,2,2", "12/9/2,3,2,2/L"], []),
    "UZ": ("998", "", ["90 91 93 94 97 99/9/2,3,2,2"], []),
}


def nanp(rg, style):
    a = R.choice(NANP[rg].split())
    while True:
        e = f"{R.randint(2, 9)}{dg(2)}"
        if e[1:] != "11" and e != "555":
            break
    ln = dg(4)
    intl = [
        "+1 {a} {e} {l}",
        "+1 {a}-{e}-{l}",
        "+1 ({a}) {e}-{l}",
        "+1{a}{e}{l}",
        "+1.{a}.{e}.{l}",
        "001 {a} {e} {l}",
    ]
    nat = [
        "({a}) {e}-{l}",
        "{a}-{e}-{l}",
        "{a}.{e}.{l}",
        "1-{a}-{e}-{l}",
        "{a} {e} {l}",
        "({a}){e}-{l}",
        "{a}{e}{l}",
        "1 ({a}) {e}-{l}",
    ]
    pool = intl if style == "intl" else nat if style == "nat" else intl + nat + nat
    return R.choice(pool).format(a=a, e=e, l=ln)


def phone(rg, style=None):
    if rg in NANP:
        return nanp(rg, style)
    cc, tr, plans, masks = REG[rg]
    spec = (plans[0] if R.random() < 0.6 else R.choice(plans)).split("/")
    flags = spec[3] if len(spec) > 3 else ""
    if "T" in flags:
        tr = ""
    n = int(spec[1])
    pre = R.choice(spec[0].split())
    digits = pre + (dg1(n - len(pre)) if "L" in flags else dg(n - len(pre)))
    grp = [int(x) for x in R.choice(spec[2].split(";")).split(",")]
    assert sum(grp) == n, (rg, spec)
    parts, i = [], 0
    for g in grp:
        parts.append(digits[i : i + g])
        i += g
    okm = [m for m in masks if m.count("#") == n]
    ist = ["isp", "isp", "isp", "idash", "icmp", "i00"] + (["izero"] if tr == "0" else [])
    nst = ["nsp", "nsp", "nsp", "ndash", "ncmp", "ndot"] + (
        ["nparen"] * 2 if tr and "L" in flags else []
    )
    ist += ["mask"] * 2 if any(m.startswith("+") for m in okm) else []
    nst += ["mask"] * 3 if any(not m.startswith("+") for m in okm) else []
    st = R.choice(ist if style == "intl" else nst if style == "nat" else ist + nst)
    if st == "mask":
        want_i = style == "intl" or (style is None and R.random() < 0.5)
        ms = [m for m in okm if m.startswith("+") == want_i] or okm
        m = R.choice(ms)
        it = iter(digits)
        return "".join(next(it) if ch == "#" else ch for ch in m)
    if st == "isp":
        return f"+{cc} " + " ".join(parts)
    if st == "idash":
        return f"+{cc}-" + "-".join(parts)
    if st == "icmp":
        return f"+{cc}{digits}"
    if st == "i00":
        return f"00{cc} " + " ".join(parts)
    if st == "izero":
        return f"+{cc} (0){parts[0]} " + " ".join(parts[1:])
    if st == "nsp":
        return tr + " ".join(parts)
    if st == "ndash":
        return tr + "-".join(parts)
    if st == "ndot":
        return tr + ".".join(parts)
    if st == "ncmp":
        return tr + digits
    return f"({tr}{parts[0]}) " + " ".join(parts[1:])


# --------------------------------------------------------------------------
# Cards, IBANs, SSNs, IPs, e-mails
# --------------------------------------------------------------------------
def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


BRANDS = [
    ("visa", lambda: "4", 16),
    ("visa", lambda: "4", 16),
    ("mastercard", lambda: str(R.randint(51, 55)), 16),
    ("mastercard", lambda: str(R.randint(2221, 2720)), 16),
    ("amex", lambda: R.choice(["34", "37"]), 15),
    ("discover", lambda: R.choice(["6011", "65", "644", "647", "649"]), 16),
    ("jcb", lambda: str(R.randint(3528, 3589)), 16),
    ("diners", lambda: R.choice(["36", "38", "300", "305"]), 14),
    ("unionpay", lambda: "62", 16),
]
CARD_RE = re.compile(
    r"^(4\d{15}|5[1-5]\d{14}|2(22[1-9]|2[3-9]\d|[3-6]\d\d|7[01]\d|720)\d{12}|3[47]\d{13}"
    r"|6011\d{12}|64[4-9]\d{13}|65\d{14}|35(2[89]|[3-8]\d)\d{12}|3(0[0-5]|[68]\d)\d{11}|62\d{14})$"
)


def group_card(num, sep):
    if len(num) == 15:
        g = [4, 6, 5]
    elif len(num) == 14:
        g = [4, 6, 4]
    else:
        g = [4, 4, 4, 4]
    out, i = [], 0
    for x in g:
        out.append(num[i : i + x])
        i += x
    return sep.join(out)


def card(valid=True):
    _, pf, ln = R.choice(BRANDS)
    p = pf()
    body = p + dg(ln - len(p) - 1)
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return group_card(body + c, R.choice([" ", " ", "-", "", " "]))


IBAN_SPEC = dict(
    x.split(":")
    for x in "DE:n18 FR:n23 GB:a4n14 ES:n20 IT:a1n22 NL:a4n10 BE:n12 AT:n16 CH:n17 PL:n24 PT:n21 SE:n20 NO:n11 DK:n14 FI:n14 IE:a4n14 LU:n16 CZ:n20 HU:n24 RO:a4n16 GR:n23 TR:n22 SA:n20 AE:n19 IL:n19 HR:n17 SI:n15 BG:a4n14 LT:n16 LV:a4n13 EE:n16 SK:n20 IS:n22 QA:a4n21 EG:n25 UA:n25 BR:n23a1n1 KZ:n16 GE:a2n16 AZ:a4n20 JO:a4n22 LB:n24 TN:n20 PK:a4n16".split()
)
IBAN_LEN = {
    k: int(v)
    for k, v in (
        x.split(":")
        for x in "DE:22 FR:27 GB:22 ES:24 IT:27 NL:18 BE:16 AT:20 CH:21 PL:28 PT:25 SE:24 NO:15 DK:18 FI:18 IE:22 LU:20 CZ:24 HU:28 RO:24 GR:27 TR:26 SA:24 AE:23 IL:23 HR:21 SI:19 BG:22 LT:20 LV:21 EE:20 SK:24 IS:26 QA:29 EG:29 UA:29 BR:29 KZ:20 GE:22 AZ:28 JO:30 LB:28 TN:24 PK:24".split()
    )
}


def mod97(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97


def iban(cc, valid=True):
    bban = ""
    for kind, k in re.findall(r"([an])(\d+)", IBAN_SPEC[cc]):
        for _ in range(int(k)):
            bban += (
                R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if kind == "a" else R.choice("0123456789")
            )
    chk = 98 - mod97(cc + "00" + bban)
    if not valid:
        chk = (chk + R.randint(1, 90)) % 97 + 2 if chk < 97 else chk - R.randint(1, 9)
        while mod97(f"{cc}{chk:02d}{bban}") == 1:
            chk = (chk + 1) % 100
    s = f"{cc}{chk:02d}{bban}"
    if R.random() < 0.65:
        s = " ".join(s[i : i + 4] for i in range(0, len(s), 4))
    return s


def ssn(sep=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    sep = sep if sep is not None else R.choice(["-"] * 6 + [" ", ""])
    return f"{a:03d}{sep}{R.randint(1, 99):02d}{sep}{R.randint(1, 9999):04d}"


V4FIRST = [
    23,
    31,
    37,
    45,
    51,
    62,
    78,
    81,
    85,
    91,
    93,
    103,
    109,
    151,
    176,
    185,
    188,
    193,
    203,
    212,
    217,
    84,
    95,
    201,
]


def ip4():
    x = R.random()
    if x < 0.2:
        return f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}"
    if x < 0.28:
        return f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    if x < 0.33:
        return f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{R.choice(V4FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ip6():
    head = R.choice(
        [
            "2a02",
            "2001:4860",
            "2603",
            "2a01",
            "2400",
            "2c0f",
            "2600",
            "2a00",
            "2804",
            "fe80",
            "fd12",
        ]
    )
    hs = head.split(":")
    if head == "fe80":
        hs = ["fe80", "0", "0", "0"]
    while len(hs) < 8:
        hs.append(
            R.choice(
                ["0", "0", format(R.randint(0, 0xFFFF), "x"), format(R.randint(0, 0xFFF), "x")]
            )
        )
    a = ipaddress.IPv6Address(":".join(hs))
    return a.exploded if R.random() < 0.12 else a.compressed


def ipx():
    return ip6() if R.random() < 0.35 else ip4()


DOM = {
    "en": "gmail.com outlook.com yahoo.co.uk icloud.com hotmail.com proton.me btinternet.com bigpond.com",
    "es": "gmail.com hotmail.es yahoo.es telefonica.net outlook.es",
    "pt": "gmail.com uol.com.br bol.com.br sapo.pt hotmail.com",
    "fr": "orange.fr free.fr laposte.net gmail.com sfr.fr",
    "de": "web.de gmx.de t-online.de posteo.de gmail.com gmx.at bluewin.ch",
    "it": "libero.it virgilio.it gmail.com tiscali.it",
    "nl": "ziggo.nl kpnmail.nl gmail.com telenet.be",
    "pl": "wp.pl onet.pl o2.pl gmail.com",
    "cs": "seznam.cz email.cz",
    "sk": "azet.sk centrum.sk",
    "hu": "freemail.hu citromail.hu gmail.com",
    "ru": "mail.ru yandex.ru gmail.com bk.ru",
    "uk": "ukr.net i.ua gmail.com",
    "bg": "abv.bg gmail.com",
    "zh": "qq.com 163.com 126.com gmail.com",
    "ja": "docomo.ne.jp ezweb.ne.jp yahoo.co.jp gmail.com",
    "ko": "naver.com daum.net gmail.com",
    "tr": "hotmail.com gmail.com yandex.com.tr",
    "he": "walla.co.il gmail.com",
    "fa": "chmail.ir gmail.com",
    "hi": "rediffmail.com gmail.com yahoo.in",
    "id": "yahoo.co.id gmail.com",
    "kk": "mail.kz gmail.com",
    "lv": "inbox.lv gmail.com",
    "et": "hot.ee gmail.com",
    "sv": "telia.com gmail.com",
    "no": "online.no gmail.com",
    "da": "mail.dk gmail.com",
    "fi": "suomi24.fi gmail.com",
}
TLD = {
    "US": "com",
    "GB": "co.uk",
    "JP": "co.jp",
    "KR": "co.kr",
    "AU": "com.au",
    "NZ": "co.nz",
    "BR": "com.br",
    "ZA": "co.za",
    "IN": "in",
    "MX": "com.mx",
    "AR": "com.ar",
    "TR": "com.tr",
    "CN": "cn",
    "IL": "co.il",
}
BIZ = "studio-lumen praxis-am-park clinic24 autohaus-berg nordlicht-reisen casa-verde kanzlei-weber horizon-labs atelier-rose bluefin-dental greenleaf-legal sunrise-yoga kuchnia-mamy petit-jardin harbor-accounting pixelforge tandarts-oost".split()


def email(roman, lang):
    f, _, last = roman.partition(".")
    loc = R.choice(
        [
            f"{f}.{last}",
            f"{f}{last}",
            f"{f[0]}.{last}",
            f"{f}_{last}{R.randint(1, 99)}",
            f"{last}.{f}",
            f"{f}{R.randint(70, 2005)}",
            f"{f}.{last}+{R.choice(['bank', 'shop', 'news'])}",
        ]
    )
    return f"{loc}@{R.choice(DOM.get(lang, DOM['en']).split())}"


def bizmail(rg):
    tld = TLD.get(rg, rg.lower())
    return f"{R.choice(['info', 'kontakt', 'office', 'hello', 'booking', 'admin', 'support', 'team', 'reception'])}@{R.choice(BIZ)}.{tld}"


# --------------------------------------------------------------------------
# Distractors (unlabelled)
# --------------------------------------------------------------------------
def long_digits(n):
    while True:
        s = dg1(n)
        if not (13 <= n <= 19 and luhn_ok(s)):
            return s


def isbn13():
    b = "978" + dg(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return f"{b[:3]}-{b[3]}-{b[4:7]}-{b[7:12]}-{c}"


def ean13():
    b = R.choice(["40", "50", "76", "87", "30", "84", "45", "69"]) + dg(10)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return b + str(c)


def natid():
    return R.choice(
        [
            lambda: f"{alnum(2, 'ABCEGHJKLMNPRSTWXYZ')} {dg(2)} {dg(2)} {dg(2)} {R.choice('ABCD')}",
            lambda: f"{dg(8)}{R.choice('TRWAGMYFPDXBNJZSQVHLCKE')}",
            lambda: f"{dg(3)}.{dg(3)}.{dg(3)}-{dg(2)}",
            lambda: f"{R.choice('12')} {dg(2)} {dg(2)} {dg(2)} {dg(3)} {dg(3)} {dg(2)}",
            lambda: (
                f"RSS{alnum(3, 'ABCDEFGHLMNPRST')}{dg(2)}T{dg(2)}H{dg(3)}{R.choice('ABCDEFXYZ')}"
            ),
            lambda: f"{dg(6)}-{dg(7)}",
            lambda: f"{dg(2)}.{dg(2)}.{dg(2)}-{dg(3)}.{dg(2)}",
        ]
    )()


def dt():
    y, m, d = R.randint(2019, 2027), R.randint(1, 12), R.randint(1, 28)
    return R.choice(
        [
            f"{y}-{m:02d}-{d:02d}",
            f"{d:02d}.{m:02d}.{y}",
            f"{m:02d}/{d:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{y}年{m}月{d}日",
            f"{d} {['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]} {y}",
        ]
    )


def amt():
    v = R.randint(3, 9999)
    c = R.randint(0, 99)
    return R.choice(
        [
            f"€{v:,}.{c:02d}",
            f"$ {v}.{c:02d}",
            f"{v:,}".replace(",", ".") + f",{c:02d} €",
            f"¥{v * 10:,}",
            f"₹{v:,}",
            f"{v} zł",
            f"R$ {v},{c:02d}",
            f"£{v}.{c:02d}",
            f"{v * 100:,} ₫",
            f"CHF {v}.–",
            f"{v} kr",
        ]
    )


DIS = {
    "ORD": lambda: R.choice(
        [f"{dg(3)}-{dg(7)}-{dg(7)}", f"#{dg(8)}", f"ORD-{dg(6)}", dg1(10), f"{alnum(2)}{dg(9)}"]
    ),
    "TRK": lambda: R.choice(
        [
            "1Z" + alnum(16),
            f"{alnum(2, 'LRCEUV')}{dg(9)}{R.choice(['DE', 'CN', 'FR', 'GB', 'JP'])}",
            f"{dg(4)} {dg(4)} {dg(4)}",
            f"JD{dg(18)}",
            long_digits(12),
            f"00{dg(18)}",
        ]
    ),
    "DATE": dt,
    "TIME": lambda: R.choice(
        [
            f"{R.randint(0, 23):02d}:{R.choice(['00', '15', '30', '45', '05', '50'])}",
            f"{R.randint(1, 12)}:{R.randint(0, 59):02d} {R.choice(['AM', 'PM'])}",
        ]
    ),
    "AMT": amt,
    "REF": lambda: R.choice(
        [
            alnum(10),
            f"RF{dg(2)} {dg(4)} {dg(4)} {dg(2)}",
            f"{dg(4)}/{dg(5)}/{R.randint(2020, 2026)}",
            dg1(11),
        ]
    ),
    "INV": lambda: R.choice(
        [
            f"INV-{R.randint(2021, 2026)}-{dg(5)}",
            f"RE{dg(8)}",
            f"F{R.randint(2021, 2026)}/{dg(4)}",
            f"{dg(3)}/{dg(6)}",
        ]
    ),
    "POL": lambda: R.choice([f"POL-{dg(9)}", f"{dg(3)}-{dg(6)}-{dg(2)}", f"{alnum(3)}{dg(7)}"]),
    "MEM": lambda: R.choice([f"M{dg(9)}", f"{dg(4)} {dg(4)} {dg(4)}", f"{dg(2)}-{dg(6)}"]),
    "PAT": lambda: R.choice([f"{dg(7)}", f"MRN {dg(8)}", f"{dg(3)} {dg(3)} {dg(4)}"]),
    "MEET": lambda: R.choice(
        [
            f"{dg1(3)} {dg(4)} {dg(4)}",
            f"{dg1(3)} {dg(3)} {dg(3)} {dg(3)}",
            f"{dg1(3)}-{dg(3)}-{dg(3)}",
        ]
    ),
    "VER": lambda: R.choice(
        [
            f"v{R.randint(1, 20)}.{R.randint(0, 30)}.{R.randint(0, 99)}",
            f"{R.randint(1, 9)}.{R.randint(10, 40)}.{R.randint(0, 9)}.{R.randint(300, 9999)}",
            f"{R.randint(2019, 2026)}.{R.randint(1, 12)}.{R.randint(1, 30)}",
        ]
    ),
    "ISBN": isbn13,
    "EAN": ean13,
    "SKU": lambda: (
        f"{alnum(3, 'ABCDEFGHKMNPRSTX')}-{dg(5)}-{R.choice(['S', 'M', 'L', 'XL', 'BK', 'WH'])}"
    ),
    "HASH": lambda: "".join(R.choice("0123456789abcdef") for _ in range(R.choice([7, 12, 40, 64]))),
    "BADCARD": lambda: card(valid=False),
    "BADIBAN": lambda: iban(R.choice(sorted(IBAN_SPEC)), valid=False),
    "SER": lambda: R.choice(
        [f"SN{alnum(10)}", f"{alnum(4)}-{alnum(4)}-{alnum(4)}", f"C02{alnum(8)}"]
    ),
    "RANGE": lambda: R.choice(
        [
            f"{R.randint(100, 900)}–{R.randint(1000, 5000)}",
            f"{R.randint(1, 30)}-{R.randint(31, 90)} %",
            f"{dg1(4)}…{dg1(4)}",
        ]
    ),
    "MEAS": lambda: R.choice(
        [
            f"{R.randint(150, 199)} cm",
            f"{R.randint(40, 120)}.{R.randint(0, 9)} kg",
            f"{R.randint(600, 2400)}x{R.randint(400, 1200)} mm",
            f"{R.randint(90, 160)}/{R.randint(55, 100)} mmHg",
            f"{R.randint(2000, 25000)} steps",
        ]
    ),
    "COORD": lambda: R.choice(
        [
            f"{R.uniform(-60, 70):.5f}, {R.uniform(-170, 170):.5f}",
            f"{R.randint(0, 89)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"N {R.randint(0, 179)}°{R.randint(0, 59)}'{R.randint(0, 59)}\"E",
        ]
    ),
    "SCORE": lambda: R.choice(
        [
            f"{R.randint(0, 5)}–{R.randint(0, 5)}",
            f"{R.randint(80, 130)}-{R.randint(80, 130)}",
            f"{R.randint(0, 7)}:{R.randint(0, 7)}",
            f"6-{R.randint(0, 4)}, 7-6",
        ]
    ),
    "LOTTO": lambda: " ".join(f"{x:02d}" for x in sorted(R.sample(range(1, 50), 6))),
    "SORT": lambda: f"{dg(2)}-{dg(2)}-{dg(2)}",
    "NATID": natid,
    "TS": lambda: R.choice(
        [
            f"{R.randint(2021, 2026)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z",
            str(R.randint(1600000000, 1800000000)),
            str(R.randint(1600000000000, 1800000000000)),
        ]
    ),
    "FLT": lambda: (
        f"{R.choice(['LH', 'BA', 'AF', 'TK', 'EK', 'QR', 'NH', 'KE', 'LA', 'IB', 'SQ', 'AI', 'ET', 'W6', 'FR', 'U2'])}{R.choice(['', ' '])}{R.randint(10, 9999)}"
    ),
    "BOOK": lambda: alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
    "GATE": lambda: f"{R.choice('ABCDEFGK')}{R.randint(1, 60)}",
    "SEAT": lambda: f"{R.randint(1, 45)}{R.choice('ABCDEFK')}",
    "ZIP": lambda: R.choice(
        [
            dg1(5),
            f"{R.choice(['SW1A', 'M1', 'EH3', 'B15'])} {R.randint(1, 9)}{alnum(2, 'ABDEFGHJLNPQRSTUWXYZ')}",
            f"{dg(3)}-{dg(4)}",
            dg1(6),
            f"{dg(2)}-{dg(3)}",
            f"{dg1(4)} {alnum(2, 'ABCDEFGHJKLMNPRSTVWXZ')}",
        ]
    ),
    "NUM2": lambda: str(R.randint(2, 99)),
    "NUM3": lambda: str(R.randint(100, 999)),
    "NUM4": lambda: str(R.randint(1000, 9999)),
    "NUM5": lambda: dg1(5),
    "NUM6": lambda: dg1(6),
    "NUM8": lambda: dg1(8),
    "NUM10": lambda: dg1(10),
    "PCT": lambda: f"{R.randint(1, 99)}.{R.randint(0, 9)}%",
    "YEAR": lambda: str(R.randint(1950, 2026)),
    "MAC": lambda: ":".join(format(R.randint(0, 255), "02X") for _ in range(6)),
    "OID": lambda: f"1.3.6.1.4.1.{R.randint(1000, 60000)}.{R.randint(1, 9)}.{R.randint(1, 99)}",
    "EXP": lambda: f"{R.randint(1, 12):02d}/{R.randint(26, 31)}",
    "BIC": lambda: (
        f"{alnum(4, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ')}{R.choice(['DE', 'FR', 'GB', 'ES', 'IT', 'NL', 'PL', 'CH'])}{alnum(2)}{R.choice(['', 'XXX'])}"
    ),
}
PDIGITS = re.compile(r"\d")
# --------------------------------------------------------------------------
# Languages: regions, names (native=roman), cue labels, templates.
# cues = phone|mobile|email|name|ext
# --------------------------------------------------------------------------
LANG_SRC = [
    "en‖US CA GB IE AU NZ ZA NG GH KE SG IN PH UG‖Emily Carter=emily.carter|James O'Neill=james.oneill|Priya Patel=priya.patel|Kwame Mensah=kwame.mensah|Chloe Nguyen=chloe.nguyen|Liam Walsh=liam.walsh|Tayo Adeyemi=tayo.adeyemi|Mere Tane=mere.tane‖Phone|Mobile|Email|Name|ext.‖hey can you save {N}'s new mobile? it's {P} — old one got cut off. her email is {E}¦Please call me back on {PX} between 9 and 5, or text {P2}. Ref {REF}.¦Emergency contacts for {N} (year 4): Mum {P}, Dad {P2}. Allergy: peanuts. Locker {NUM3}.¦Landlord: {N2}\nPhone: {PI}\nEmail: {E2}\nRent due {DATE}, {AMT}¦From: {N} <{E}>\nSubject: Re: plumber quote\n\nHi, the plumber's number is {P}. He said ring before {TIME}. Quote was {AMT}.¦WhatsApp me on {PI} when you land (flight {FLT}, seat {SEAT}). Booking ref {BOOK}.¦Dr {N2}'s surgery moved. New reception line {PN}, out-of-hours {PF}. My patient no. is {PAT}.¦Can you draft a polite text to my neighbour {N2} ({P}) about the hedge? Keep it under {NUM2} words.¦Book club this month: 'Piranesi' (ISBN {ISBN}). Host is {N}, call {P} if lost. Postcode {ZIP}.¦Our babysitter is {N}, {P} — rate {AMT}/hr. Backup: {N2} on {P2}.‖Your order {ORD} has shipped. Tracking: {TRK}. Estimated delivery {DATE}.¦Meeting ID: {MEET}\nPasscode: {NUM6}\nStarts {DATE} {TIME} (UTC)¦Invoice {INV} — total {AMT}, due {DATE}. Policy number {POL}.¦Bank sort code {SORT} and payment reference {REF} for the school trip ({AMT}).¦Lottery numbers this week: {LOTTO}. Bonus ball {NUM2}. Jackpot {AMT}.¦Patient no. {PAT}, clinic appointment {DATE} at {TIME}, room {NUM3}. BP {MEAS}.¦Match report: we won {SCORE}, attendance {NUM5}. Next fixture {DATE}.",
    "es‖ES MX AR CL CO PE US‖Lucía Fernández=lucia.fernandez|Javier Morales=javier.morales|Camila Rojas=camila.rojas|Diego Herrera=diego.herrera|Valentina Gómez=valentina.gomez‖Teléfono|Móvil|Correo|Nombre|ext.‖Hola {N}, mi número nuevo es {P}. Guárdalo porfa 🙏¦Para cualquier duda, llame al {PX} o escriba a {E}.¦Contacto de la casera: {N2} — móvil {P}, fijo {P2}. Fianza: {AMT}.¦Te paso el WhatsApp del fontanero: {PI}. Cobra {AMT} la visita.¦Cel. de mi abuela: {P} (no tiene WhatsApp, llámale después de las {TIME}).‖Su pedido nº {ORD} llegará el {DATE}. Código de seguimiento: {TRK}.¦Factura {INV} — importe {AMT}. Referencia {REF}.¦Resultado: Real Madrid {SCORE} Barcelona. Próximo partido {DATE}.",
    "pt‖PT BR‖João Silva=joao.silva|Ana Beatriz Costa=anabeatriz.costa|Rafael Oliveira=rafael.oliveira|Mariana Santos=mariana.santos‖Telefone|Celular|E-mail|Nome|ramal‖Oi {N}! Meu zap mudou: {P}. Me chama lá 😊¦Contato da clínica: tel. {PN} / celular {P}. E-mail: {E2}¦Segue o número do encanador, {N2}: {PI}. Cobrou {AMT}.¦Telemóvel da senhoria: {P}. Renda de {AMT} até dia {NUM2}.‖Pedido {ORD} enviado. Código de rastreio {TRK}. Previsão: {DATE}.¦Protocolo de atendimento: {REF}. CEP {ZIP}. Valor: {AMT}.",
    "fr‖FR BE CH LU MA SN CI CM DZ TN CA‖Camille Dubois=camille.dubois|Théo Lefèvre=theo.lefevre|Aïcha Diallo=aicha.diallo|Léa Moreau=lea.moreau|Yanis Benali=yanis.benali‖Tél.|Portable|Courriel|Nom|poste‖Salut, c'est {N} ! Voici mon nouveau portable : {P}. Mon mail : {E}¦Pour toute question, contactez le secrétariat au {PX} (du lundi au vendredi).¦Numéros utiles : pédiatre {P}, crèche {P2}, mamie {PF}¦Tél. : {PN}\nPort. : {PI}\nCourriel : {E2}¦Le garagiste m'a laissé son numéro, {P}, appelle-le avant {TIME} stp.‖Votre colis n° {TRK} sera livré le {DATE}. Commande {ORD}.¦Numéro de dossier : {REF} — montant {AMT} — échéance {DATE}.¦Code postal {ZIP}, vol {FLT} départ {TIME}, siège {SEAT}.",
    "de‖DE AT CH‖Jonas Müller=jonas.mueller|Lea Schmidt=lea.schmidt|Jürgen Weiß=juergen.weiss|Sabine Krüger=sabine.krueger|Emre Yıldız=emre.yildiz‖Telefon|Handy|E-Mail|Name|Durchwahl‖Hi, hier ist {N}. Meine neue Handynummer: {P}. Festnetz bleibt {P2}.¦Bei Rückfragen erreichen Sie mich unter {PX} oder per E-Mail an {E}.¦Notfallkontakte Kita:\nMutter – {P}\nVater – {P2}\nOma – {PF}¦Tel.: {PN} | Mobil: {PI} | Mail: {E2}¦Kannst du der Hausverwaltung ({P}) schreiben, dass die Heizung in Whg. {NUM2} seit {DATE} kalt ist?‖Ihre Bestellung {ORD} wurde versandt. Sendungsnummer: {TRK}.¦Rechnungsnummer {INV}, Betrag {AMT}, fällig am {DATE}. Kundennummer {MEM}.¦ICE {NUM3}, Wagen {NUM2}, Platz {NUM2}, Abfahrt {TIME}, Gleis {NUM2}.¦Steuer-ID und Versicherungsnummer bitte nicht per Mail. Aktenzeichen {REF}, PLZ {ZIP}.",
    "it‖IT CH‖Giulia Bianchi=giulia.bianchi|Marco Rossi=marco.rossi|Francesca Esposito=francesca.esposito|Luca Ferrari=luca.ferrari‖Tel.|Cell.|Email|Nome|int.‖Ciao! Sono {N}, il mio cellulare è {P}. Scrivimi anche su WhatsApp.¦Per info e prenotazioni: tel. {PN} – cell. {PI} – {E2}¦Il numero dell'idraulico è {P}, chiedi di {N2}.‖Ordine n. {ORD} spedito, tracking {TRK}. Consegna prevista {DATE}.¦Pratica n. {REF}, importo {AMT}, CAP {ZIP}.",
    "nl‖NL BE‖Sanne de Vries=sanne.devries|Daan Jansen=daan.jansen|Fleur Bakker=fleur.bakker|Bram Visser=bram.visser‖Telefoon|Mobiel|E-mail|Naam|toestel‖Hoi, dit is {N}. Mijn nieuwe nummer is {P}. Mailen kan via {E}.¦Bel gerust naar de praktijk: {PX}. Spoed buiten kantooruren: {P2}.¦Gsm van de juf: {P} (alleen voor dringende zaken).‖Je pakket {TRK} wordt {DATE} bezorgd. Bestelnummer {ORD}.¦Factuurnummer {INV}, bedrag {AMT}, postcode {ZIP}.",
    "sv‖SE FI‖Elin Lindqvist=elin.lindqvist|Oskar Nyström=oskar.nystrom|Maja Åberg=maja.aberg‖Telefon|Mobil|E-post|Namn|ankn.‖Hej! Det är {N}, mitt nya nummer är {P}. Ring eller sms:a.¦Kontakt: {N2}, tfn {PN}, mobil {PI}, e-post {E2}‖Ditt ordernummer är {ORD}. Spårningsnummer {TRK}. Postnummer {ZIP}.¦OCR-nummer {REF}, belopp {AMT}, förfallodag {DATE}.",
    "no‖NO‖Ingrid Haugen=ingrid.haugen|Sindre Bakke=sindre.bakke|Kari Sølvberg=kari.solvberg‖Telefon|Mobil|E-post|Navn|linje‖Hei, {N} her. Nytt mobilnummer: {P}. Send gjerne e-post til {E}.¦Ring legevakten på {PN} eller fastlegen {P2}.‖Ordrenummer {ORD}, sporingsnummer {TRK}, levering {DATE}.¦KID-nummer {REF}, beløp {AMT}.",
    "da‖DK‖Freja Jørgensen=freja.jorgensen|Mads Kristensen=mads.kristensen|Ida Holm=ida.holm‖Tlf.|Mobil|E-mail|Navn|lokal‖Hej, det er {N}. Mit nye nummer er {P} – skriv på sms.¦Kontakt tandlægen på tlf. {PN} eller mail {E2}.‖Ordrenummer {ORD}. Pakken leveres {DATE}. Postnr. {ZIP}.",
    "fi‖FI‖Aino Virtanen=aino.virtanen|Mikko Järvinen=mikko.jarvinen|Sanna Mäkelä=sanna.makela‖Puh.|Matkapuhelin|Sähköposti|Nimi|alanumero‖Moi! {N} täällä, uusi numeroni on {P}. Sähköposti: {E}¦Soita huoltoon puh. {PX} arkisin klo 8–16.‖Tilausnumero {ORD}, seurantakoodi {TRK}, postinumero {ZIP}.¦Viitenumero {REF}, summa {AMT}, eräpäivä {DATE}.",
    "is‖IS‖Guðrún Jónsdóttir=gudrun.jonsdottir|Sigurður Ólafsson=sigurdur.olafsson‖Sími|Farsími|Netfang|Nafn|innanhúss‖Hæ, þetta er {N}. Nýja símanúmerið mitt er {P}.¦Sími: {PN} · Netfang: {E2}‖Pöntunarnúmer {ORD}, póstnúmer {ZIP}, verð {AMT}.",
    "pl‖PL‖Katarzyna Wójcik=katarzyna.wojcik|Paweł Zieliński=pawel.zielinski|Agnieszka Kowalczyk=agnieszka.kowalczyk‖Tel.|Komórka|E-mail|Imię i nazwisko|wew.‖Cześć, tu {N}. Mój nowy numer tel.: {P}. Pisz też na {E}.¦W razie pytań proszę dzwonić pod nr {PX} lub {P2}.‖Numer zamówienia: {ORD}. Numer przesyłki: {TRK}. Kod pocztowy {ZIP}.¦Faktura VAT nr {INV}, kwota {AMT}, termin {DATE}.",
    "cs‖CZ‖Tereza Nováková=tereza.novakova|Jakub Dvořák=jakub.dvorak‖Tel.|Mobil|E-mail|Jméno|linka‖Ahoj, tady {N}, moje nové číslo je {P}. Mail: {E}¦Kontakt na opraváře: {N2}, tel. {PI}‖Číslo objednávky {ORD}, sledovací číslo {TRK}, PSČ {ZIP}.",
    "sk‖SK‖Zuzana Horváthová=zuzana.horvathova|Martin Kováč=martin.kovac‖Tel.|Mobil|E-mail|Meno|klapka‖Ahoj, volaj mi na {P}, pevná linka {P2}.¦Kontakt: {N2}, mobil {PI}, e-mail {E2}‖Číslo objednávky {ORD}, variabilný symbol {REF}, suma {AMT}.",
    "hu‖HU‖Nagy Eszter=eszter.nagy|Kovács Bence=bence.kovacs|Tóth Réka=reka.toth‖Tel.|Mobil|E-mail|Név|mellék‖Szia, {N} vagyok, az új számom {P}. E-mail: {E}¦Időpontfoglalás: tel. {PN}, mobil {PI}.‖Rendelésszám {ORD}, csomagazonosító {TRK}, irányítószám {ZIP}.",
    "ro‖RO‖Andreea Popescu=andreea.popescu|Mihai Ionescu=mihai.ionescu‖Telefon|Mobil|Email|Nume|int.‖Bună, sunt {N}. Noul meu număr de telefon: {P}. Email: {E}¦Pentru programări sunați la {PX}.‖Comanda nr. {ORD}, AWB {TRK}, cod poștal {ZIP}.",
    "bg‖BG‖Мария Иванова=maria.ivanova|Георги Петров=georgi.petrov‖Тел.|Моб.|Имейл|Име|вътр.‖Здравей, аз съм {N}. Новият ми номер е {P}. Имейл: {E}¦За контакт: тел. {PN}, моб. {PI}‖Номер на поръчка {ORD}, товарителница {TRK}, сума {AMT}.",
    "hr‖HR‖Ivana Horvat=ivana.horvat|Luka Babić=luka.babic‖Tel.|Mob.|E-mail|Ime|lok.‖Bok, ovdje {N}, moj novi broj mobitela je {P}.¦Kontakt: tel. {PN}, e-mail {E2}‖Broj narudžbe {ORD}, poštanski broj {ZIP}, iznos {AMT}.",
    "sl‖SI‖Nina Kranjc=nina.kranjc|Rok Zupančič=rok.zupancic‖Tel.|GSM|E-pošta|Ime|int.‖Živjo, {N} tukaj. Moja nova številka je {P}.¦Za informacije pokličite {PX} ali pišite na {E2}.‖Številka naročila {ORD}, sledilna številka {TRK}.",
    "sr‖RS‖Јелена Јовановић=jelena.jovanovic|Марко Петровић=marko.petrovic‖Тел.|Моб.|Е-пошта|Име|лок.‖Ćao, ovde {N}, novi broj mi je {P}. Zovi posle 18h.¦Здраво, ово је {N}, мој број телефона је {P}.‖Број поруџбине {ORD}, поштански број {ZIP}, износ {AMT}.",
    "uk‖UA‖Олена Шевченко=olena.shevchenko|Андрій Коваленко=andriy.kovalenko‖Тел.|Моб.|Пошта|Ім'я|доб.‖Привіт, це {N}. Мій новий номер: {P}. Пошта: {E}¦Телефон для зв'язку: {PX}, Viber/Telegram {P2}‖Номер замовлення {ORD}, ТТН {TRK}, сума {AMT}.",
    "ru‖RU KZ‖Анна Смирнова=anna.smirnova|Дмитрий Кузнецов=dmitry.kuznetsov|Ольга Попова=olga.popova‖Тел.|Моб.|Почта|ФИО|доб.‖Привет! Это {N}, записывай новый номер: {P}. Почта {E}¦По всем вопросам звоните: {PX}, моб. {P2}¦Контакты сантехника: {N2}, тел. {PI}, WhatsApp тот же.‖Номер заказа {ORD}, трек-номер {TRK}, индекс {ZIP}.¦Счёт № {INV} от {DATE} на сумму {AMT}.",
    "el‖GR‖Μαρία Παπαδοπούλου=maria.papadopoulou|Γιώργος Νικολάου=giorgos.nikolaou‖Τηλ.|Κιν.|Email|Όνομα|εσωτ.‖Γεια, είμαι ο {N}. Το κινητό μου είναι {P}. Email: {E}¦Για ραντεβού καλέστε στο {PN}.‖Αριθμός παραγγελίας {ORD}, ΤΚ {ZIP}, ποσό {AMT}.",
    "tr‖TR‖Elif Yılmaz=elif.yilmaz|Mehmet Demir=mehmet.demir|Zeynep Kaya=zeynep.kaya‖Tel|Cep|E-posta|Ad Soyad|dahili‖Merhaba, ben {N}. Yeni cep numaram {P}. E-posta: {E}¦Randevu için {PX} numarasını arayın ya da WhatsApp'tan yazın: {P2}‖Sipariş numarası {ORD}, kargo takip no {TRK}, tutar {AMT}.",
    'he‖IL‖נועה כהן=noa.cohen|איתי לוי=itai.levi‖טלפון|נייד|דוא"ל|שם|שלוחה‖היי, זה {N}. המספר החדש שלי: {P}. מייל: {E}¦לתיאום תור: טלפון {PN}, נייד {PI}‖מספר הזמנה {ORD}, מספר משלוח {TRK}, סכום {AMT}.',
    "ar‖SA AE EG MA JO LB QA‖محمد العتيبي=mohammed.alotaibi|فاطمة الزهراء=fatima.zahra|عمر حسن=omar.hassan‖هاتف|جوال|البريد|الاسم|تحويلة‖مرحبا، أنا {N}. رقم جوالي الجديد {P}، والبريد {E}¦للتواصل عبر واتساب: {PI}¦هاتف المكتب: {PX} — الجوال: {P2}‖رقم الطلب {ORD}، رقم الشحنة {TRK}، المبلغ {AMT}.¦رحلة رقم {FLT} تغادر الساعة {TIME}، البوابة {GATE}.",
    "fa‖IR‖سارا محمدی=sara.mohammadi|علی رضایی=ali.rezaei‖تلفن|موبایل|ایمیل|نام|داخلی‖سلام، {N} هستم. شماره موبایل جدیدم: {P}¦تلفن دفتر: {PN} — ایمیل: {E2}‖شماره سفارش {ORD}، کد رهگیری {TRK}، مبلغ {AMT}.",
    "hi‖IN‖अनीता शर्मा=anita.sharma|राहुल वर्मा=rahul.verma‖फ़ोन|मोबाइल|ईमेल|नाम|एक्सटेंशन‖नमस्ते, मैं {N} हूँ। मेरा नया मोबाइल नंबर {P} है। ईमेल: {E}¦डॉक्टर साहब का क्लिनिक नंबर {PN} है, व्हाट्सऐप {PI}‖ऑर्डर नंबर {ORD}, ट्रैकिंग आईडी {TRK}, पिन कोड {ZIP}.¦PNR {NUM10}, ट्रेन संख्या {NUM5}, सीट {NUM2}.",
    "bn‖BD‖তানিয়া রহমান=tania.rahman|সাকিব হাসান=sakib.hasan‖ফোন|মোবাইল|ইমেইল|নাম|এক্সটেনশন‖হ্যালো, আমি {N}। আমার নতুন মোবাইল নম্বর {P}।¦যোগাযোগ: ফোন {PN}, ইমেইল {E2}‖অর্ডার নম্বর {ORD}, ট্র্যাকিং {TRK}, মূল্য {AMT}।",
    "ur‖PK‖عائشہ خان=ayesha.khan|بلال احمد=bilal.ahmed‖فون|موبائل|ای میل|نام|ایکسٹینشن‖السلام علیکم، میں {N} ہوں۔ میرا نیا موبائل نمبر {P} ہے۔¦رابطہ: فون {PN}، واٹس ایپ {PI}‖آرڈر نمبر {ORD}، ٹریکنگ نمبر {TRK}، رقم {AMT}۔",
    "ta‖IN LK‖கார்த்திக் ராஜா=karthik.raja|மீனா சுப்பிரமணியம்=meena.subramaniam‖தொலைபேசி|கைபேசி|மின்னஞ்சல்|பெயர்|நீட்டிப்பு‖வணக்கம், நான் {N}. என் புதிய கைபேசி எண் {P}.¦தொடர்புக்கு: தொலைபேசி {PN}, மின்னஞ்சல் {E2}‖ஆர்டர் எண் {ORD}, அஞ்சல் குறியீடு {ZIP}, தொகை {AMT}.",
    "ne‖NP‖सीता श्रेष्ठ=sita.shrestha|राम थापा=ram.thapa‖फोन|मोबाइल|इमेल|नाम|एक्सटेन्सन‖नमस्ते, म {N} हुँ। मेरो नयाँ मोबाइल नम्बर {P} हो।¦सम्पर्क: फोन {PN}, इमेल {E2}‖अर्डर नम्बर {ORD}, रकम {AMT}, मिति {DATE}।",
    "zh‖CN TW HK SG MO‖王芳=wang.fang|李伟=li.wei|陈静=chen.jing|張家豪=chang.chiahao‖电话|手机|邮箱|姓名|分机‖你好，我是{N}，我的新手机号是{P}，微信同号。邮箱：{E}¦如有问题请致电{PX}，或发邮件至{E2}。¦紧急联系人：{N2}，电话{PI}¦房東的電話是{P}，押金{AMT}，{DATE}前要付。‖订单号：{ORD}，快递单号：{TRK}，金额{AMT}。¦航班{FLT}，{DATE} {TIME}起飞，登机口{GATE}。",
    "ja‖JP‖田中 陽子=yoko.tanaka|佐藤 健=ken.sato|鈴木 美咲=misaki.suzuki‖電話|携帯|メール|氏名|内線‖お世話になっております。{N}です。携帯番号が変わりました：{P}\nメール：{E}¦ご予約・お問い合わせ：TEL {PX}（受付 10:00〜18:00）¦緊急連絡先：{N2}（母）{P}‖ご注文番号：{ORD}　お問い合わせ番号：{TRK}　郵便番号〒{ZIP}¦会員番号 {MEM}、ポイント残高 {NUM4}pt",
    "ko‖KR‖김지은=jieun.kim|박민수=minsu.park|이서연=seoyeon.lee‖전화|휴대폰|이메일|이름|내선‖안녕하세요, {N}입니다. 새 휴대폰 번호는 {P}이에요. 이메일: {E}¦문의 전화: {PX} / 급하면 문자 주세요: {P2}‖주문번호 {ORD}, 운송장번호 {TRK}, 결제금액 {AMT}",
    "vi‖VN‖Nguyễn Thị Lan=lan.nguyen|Trần Minh Tuấn=tuan.tran‖ĐT|Di động|Email|Họ tên|máy lẻ‖Chào anh, em là {N}. Số điện thoại mới của em: {P}. Zalo cùng số.¦Liên hệ: ĐT {PN} – Email: {E2}‖Mã đơn hàng {ORD}, mã vận đơn {TRK}, tổng tiền {AMT}.",
    "th‖TH‖สมชาย ใจดี=somchai.jaidee|นภา ศรีสุข=napa.srisuk‖โทร|มือถือ|อีเมล|ชื่อ|ต่อ‖สวัสดีค่ะ {N} นะคะ เบอร์โทรใหม่คือ {P} ค่ะ¦ติดต่อ: โทร {PN} อีเมล {E2}‖หมายเลขคำสั่งซื้อ {ORD} เลขพัสดุ {TRK} ยอดรวม {AMT}",
    "ms‖MY SG‖Nur Aisyah=nur.aisyah|Ahmad Faiz=ahmad.faiz‖Tel|Telefon bimbit|Emel|Nama|samb.‖Hai, ini {N}. Nombor telefon baru saya {P}. Emel: {E}¦Untuk temujanji, sila hubungi {PX}.‖Nombor pesanan {ORD}, nombor penjejakan {TRK}, poskod {ZIP}.",
    "id‖ID‖Dewi Lestari=dewi.lestari|Budi Santoso=budi.santoso‖Telp.|HP|Email|Nama|ext.‖Halo, ini {N}. Nomor HP baruku {P}, WA juga sama ya.¦Hubungi kami di {PN} atau email {E2}.‖Nomor pesanan {ORD}, nomor resi {TRK}, total {AMT}.",
    "tl‖PH‖Maria Santos=maria.santos|Jose Reyes=jose.reyes‖Tel.|Cellphone|Email|Pangalan|loc.‖Hi po, si {N} ito. Bagong number ko: {P}. Text lang po kayo.¦Para sa appointment, tumawag sa {PN}.‖Order number {ORD}, tracking no. {TRK}, halaga {AMT}.",
    "sw‖KE TZ‖Amina Mwangi=amina.mwangi|Juma Otieno=juma.otieno‖Simu|Rununu|Barua pepe|Jina|ext.‖Habari, mimi ni {N}. Namba yangu mpya ya simu ni {P}.¦Kwa maelezo zaidi piga simu {PN} au tuma barua pepe {E2}.‖Nambari ya oda {ORD}, kiasi {AMT}, tarehe {DATE}.",
    "am‖ET‖አበበ ከበደ=abebe.kebede|ሰላም ተስፋዬ=selam.tesfaye‖ስልክ|ሞባይል|ኢሜይል|ስም|ቅጥያ‖ሰላም፣ እኔ {N} ነኝ። አዲሱ ስልክ ቁጥሬ {P} ነው።¦ለበለጠ መረጃ ይደውሉ፦ {PN}‖የትዕዛዝ ቁጥር {ORD}፣ ዋጋ {AMT}።",
    "et‖EE‖Kadri Tamm=kadri.tamm|Mart Saar=mart.saar‖Tel|Mobiil|E-post|Nimi|lisanumber‖Tere, {N} siin. Minu uus telefoninumber on {P}.¦Kontakt: tel {PN}, e-post {E2}‖Tellimuse number {ORD}, viitenumber {REF}, summa {AMT}.",
    "lv‖LV‖Līga Bērziņa=liga.berzina|Jānis Kalniņš=janis.kalnins‖Tālr.|Mob.|E-pasts|Vārds|papildnr.‖Sveiki, te {N}. Mans jaunais tālruņa numurs ir {P}.¦Kontakti: tālr. {PN}, e-pasts {E2}‖Pasūtījuma numurs {ORD}, pasta indekss {ZIP}.",
    "lt‖LT‖Rūta Kazlauskienė=ruta.kazlauskiene|Tomas Jonaitis=tomas.jonaitis‖Tel.|Mob.|El. paštas|Vardas|vid.‖Labas, čia {N}. Mano naujas telefono numeris {P}.¦Kontaktai: tel. {PN}, el. paštas {E2}‖Užsakymo numeris {ORD}, pašto kodas {ZIP}, suma {AMT}.",
    "ka‖GE‖ნინო ბერიძე=nino.beridze|გიორგი კაპანაძე=giorgi.kapanadze‖ტელ.|მობ.|ელ-ფოსტა|სახელი|შიდა‖გამარჯობა, {N} ვარ. ჩემი ახალი ნომერია {P}.¦საკონტაქტო ტელეფონი: {PN}‖შეკვეთის ნომერი {ORD}, თანხა {AMT}.",
    "hy‖AM‖Անի Պետրոսյան=ani.petrosyan|Արամ Սարգսյան=aram.sargsyan‖Հեռ.|Բջջ.|Էլ. փոստ|Անուն|ներքին‖Բարև, ես {N}-ն եմ։ Իմ նոր հեռախոսահամարն է {P}։¦Հեռ․ {PN}, էլ․ փոստ {E2}‖Պատվերի համար {ORD}, գումար {AMT}։",
    "kk‖KZ‖Айгерім Серікова=aigerim.serikova|Нұрлан Әбенов=nurlan.abenov‖Тел.|Ұялы|E-mail|Аты-жөні|ішкі‖Сәлем, бұл {N}. Жаңа телефон нөмірім: {P}.¦Байланыс: тел. {PN}, e-mail {E2}‖Тапсырыс нөмірі {ORD}, сомасы {AMT}.",
    "az‖AZ‖Leyla Məmmədova=leyla.mammadova|Rəşad Əliyev=rashad.aliyev‖Tel.|Mob.|E-poçt|Ad|daxili‖Salam, mən {N}. Yeni mobil nömrəm: {P}.¦Əlaqə: tel. {PN}, e-poçt {E2}‖Sifariş nömrəsi {ORD}, məbləğ {AMT}.",
    "uz‖UZ‖Dilnoza Karimova=dilnoza.karimova|Jasur Tursunov=jasur.tursunov‖Tel.|Mobil|E-pochta|Ism|ichki‖Salom, men {N}. Yangi telefon raqamim: {P}.¦Bog'lanish uchun: {PN}‖Buyurtma raqami {ORD}, summa {AMT}.",
]
LANGS = [
    (a, b, c, d, e.split("¦"), f.split("¦"))
    for a, b, c, d, e, f in (x.split("‖") for x in LANG_SRC)
]
LANG = {x[0]: x for x in LANGS}


# --------------------------------------------------------------------------
# Text builder and template rendering
# --------------------------------------------------------------------------
class B:
    def __init__(self):
        self.parts, self.spans, self.n, self.regions = [], [], 0, set()

    def a(self, s):
        self.parts.append(s)
        self.n += len(s)

    def v(self, s, ent):
        self.spans.append({"start": self.n, "end": self.n + len(s), "entity": ent})
        self.a(s)

    def text(self):
        return "".join(self.parts)


class Ctx:
    def __init__(self, lang, rg=None):
        self.L = LANG[lang]
        self.lang = lang
        self.rg = rg or R.choice(self.L[1].split())
        people = [p.split("=") for p in self.L[2].split("|")]
        R.shuffle(people)
        self.people = people
        c = self.L[3].split("|")
        self.ph, self.mob, self.em, self.nm, self.ext = c

    def person(self, i):
        return self.people[i % len(self.people)]


ALL_REG = sorted(set(REG) | set(NANP))


def add_phone(b, rg, style=None):
    b.regions.add(rg)
    b.v(phone(rg, style), "PHONE")


def add_ext(b, c):
    n = R.randint(10, 9999)
    b.a(
        R.choice(
            [
                f" {c.ext} {n}",
                f" ({c.ext} {n})",
                f", {c.ext} {n}",
                f" x{n}" if c.lang == "en" else f" {c.ext} {n}",
            ]
        )
    )


def iban_country(rg):
    return rg if rg in IBAN_SPEC else R.choice(sorted(IBAN_SPEC))


def tok(b, t, c):
    if t == "N":
        b.a(c.person(0)[0])
    elif t == "N2":
        b.a(c.person(1)[0])
    elif t in ("P", "P2"):
        add_phone(b, c.rg)
    elif t == "PI":
        add_phone(b, c.rg, "intl")
    elif t == "PN":
        add_phone(b, c.rg, "nat")
    elif t == "PX":
        add_phone(b, c.rg)
        add_ext(b, c)
    elif t == "PF":
        add_phone(b, R.choice([r for r in ALL_REG if r != c.rg]), "intl")
    elif t == "E":
        b.v(email(c.person(0)[1], c.lang), "EMAIL")
    elif t == "E2":
        b.v(bizmail(c.rg), "EMAIL")
    elif t == "IP":
        b.v(ipx(), "IP")
    elif t == "IP4":
        b.v(ip4(), "IP")
    elif t == "IP6":
        b.v(ip6(), "IP")
    elif t == "CARD":
        b.v(card(), "CARD")
    elif t == "IBAN":
        cc = iban_country(c.rg)
        b.regions.add(cc)
        b.v(iban(cc), "IBAN")
    elif t == "SSN":
        b.v(ssn(), "SSN")
    elif t == "SSNC":
        b.v(ssn(""), "SSN")
    elif t == "PH":
        b.a(c.ph)
    elif t == "MOB":
        b.a(c.mob)
    elif t == "EM":
        b.a(c.em)
    else:
        b.a(DIS[t]())


def render(b, tpl, c):
    for i, part in enumerate(re.split(r"\{([A-Z][A-Z0-9]*)\}", tpl)):
        if i % 2 == 0:
            b.a(part)
        else:
            tok(b, part, c)


# --------------------------------------------------------------------------
# Structured multi-contact documents
# --------------------------------------------------------------------------
def rows(c, k):
    out = []
    for i in range(k):
        nat, rom = c.person(i)
        rg = c.rg if R.random() < 0.75 else R.choice(c.L[1].split())
        out.append((nat, rom, rg, R.random() < 0.8))
    return out


def s_csv(b, c):
    sep = R.choice([",", ";", "\t"])
    b.a(sep.join([c.nm, c.mob, c.em, "ID"]) + "\n")
    for nat, rom, rg, hasmail in rows(c, R.randint(4, 8)):
        q = '"' if sep == "," and R.random() < 0.4 else ""
        b.a(nat + sep + q)
        add_phone(b, rg)
        b.a(q + sep)
        if hasmail:
            b.v(email(rom, c.lang), "EMAIL")
        b.a(sep + DIS["NUM5"]() + "\n")


def s_json(b, c):
    b.a("[\n")
    rs = rows(c, R.randint(3, 5))
    for i, (nat, rom, rg, hasmail) in enumerate(rs):
        b.a(f'  {{"name": "{nat}", "phone": "')
        add_phone(b, rg)
        b.a('", "email": "')
        b.v(email(rom, c.lang), "EMAIL")
        b.a(
            f'", "customer_id": {DIS["NUM8"]()}, "updated": "{DIS["TS"]()}"}}'
            + ("," if i < len(rs) - 1 else "")
            + "\n"
        )
    b.a("]")


def s_vcard(b, c):
    for nat, rom, rg, hasmail in rows(c, R.randint(1, 3)):
        b.a(f"BEGIN:VCARD\nVERSION:3.0\nFN:{nat}\nTEL;TYPE=CELL:")
        add_phone(b, rg, R.choice(["intl", None]))
        if R.random() < 0.5:
            b.a("\nTEL;TYPE=WORK,VOICE:")
            add_phone(b, rg)
        if hasmail:
            b.a("\nEMAIL;TYPE=INTERNET:")
            b.v(email(rom, c.lang), "EMAIL")
        b.a(f"\nREV:{DIS['TS']()}\nEND:VCARD\n")


def s_md(b, c):
    b.a(f"| {c.nm} | {c.ph} | {c.em} | # |\n|---|---|---|---|\n")
    for i, (nat, rom, rg, hasmail) in enumerate(rows(c, R.randint(4, 7))):
        b.a(f"| {nat} | ")
        add_phone(b, rg)
        b.a(" | ")
        if hasmail:
            b.v(email(rom, c.lang), "EMAIL")
        else:
            b.a("—")
        b.a(f" | {i + 1} |\n")


def s_sig(b, c):
    nat, rom = c.person(0)
    b.a(
        R.choice(
            [
                "--\n",
                "Best regards,\n",
                "Mit freundlichen Grüßen\n",
                "Cordialement,\n",
                "Saludos,\n",
                "敬具\n",
                "\n\n",
            ]
        )
    )
    b.a(
        f"{nat}\n{R.choice(['Project Manager', 'Head of Sales', 'Office Manager', 'Senior Engineer', 'Nurse Coordinator'])} · {R.choice(BIZ)}\n"
    )
    b.a(f"{c.ph}: ")
    add_phone(b, c.rg, "intl")
    add_ext(b, c)
    b.a(f" | {c.mob}: ")
    add_phone(b, c.rg)
    b.a("\n")
    b.v(email(rom, c.lang), "EMAIL")
    b.a(f"\n{DIS['ZIP']()} · VAT {alnum(2, 'ABCDEFGHIJ')}{dg(9)}")


def s_chat(b, c):
    for i in range(R.randint(4, 7)):
        nat, rom = c.person(i % 2)
        b.a(f"[{DIS['DATE']()}, {DIS['TIME']()}] {nat}: ")
        x = R.random()
        if x < 0.55:
            b.a(f"{c.mob} ")
            add_phone(b, c.rg)
        elif x < 0.65:
            b.v(email(rom, c.lang), "EMAIL")
        elif x < 0.8:
            b.a("👍 " + DIS["AMT"]())
        else:
            add_phone(b, R.choice(c.L[1].split()), "intl")
            b.a(" 📞")
        b.a("\n")


def s_phonebook(b, c):
    b.a(f"{c.ph.upper()} — {DIS['DATE']()}\n")
    for nat, rom, rg, _ in rows(c, R.randint(4, 8)):
        b.a(f"{nat} " + "." * R.randint(3, 20) + " ")
        add_phone(b, rg)
        b.a("\n")


def s_html(b, c):
    b.a("<ul>\n")
    for nat, rom, rg, hasmail in rows(c, R.randint(2, 3)):
        p = phone(rg, "intl")
        b.regions.add(rg)
        b.a(f'  <li>{nat} — <a href="tel:')
        b.v(p.replace(" ", ""), "PHONE")
        b.a('">')
        b.v(p, "PHONE")
        b.a("</a>")
        if hasmail:
            e = email(rom, c.lang)
            b.a(' · <a href="mailto:')
            b.v(e, "EMAIL")
            b.a('">')
            b.v(e, "EMAIL")
            b.a("</a>")
        b.a("</li>\n")
    b.a("</ul>")


def s_yaml(b, c):
    b.a(f"oncall:\n  rotation: week-{R.randint(1, 52)}\n  members:\n")
    for nat, rom, rg, _ in rows(c, R.randint(2, 4)):
        b.a(f'    - name: {nat}\n      phone: "')
        add_phone(b, rg, "intl")
        b.a('"\n      email: ')
        b.v(email(rom, c.lang), "EMAIL")
        b.a(f"\n      pager_id: {DIS['NUM6']()}\n")


def s_pdf(b, c):
    nat, rom = c.person(0)
    b.a(f"{nat}\n{DIS['ZIP']()}\n{c.ph}\n")
    add_phone(b, c.rg, "nat")
    b.a("\nFax\n")
    add_phone(b, c.rg, "nat")
    b.a(f"\n{c.em}\n")
    b.v(bizmail(c.rg), "EMAIL")
    b.a(f"\nSeite {R.randint(1, 4)} / {R.randint(4, 9)}")


def s_header(b, c):
    (n1, r1), (n2, r2) = c.person(0), c.person(1)
    b.a(f"From: {n1} <")
    b.v(email(r1, c.lang), "EMAIL")
    b.a(f">\nTo: {n2} <")
    b.v(email(r2, c.lang), "EMAIL")
    b.a(
        f">\nDate: {DIS['DATE']()} {DIS['TIME']()}\nX-Mailer: {R.choice(['Outlook', 'Thunderbird', 'Apple Mail'])} {DIS['VER']()}\n\n"
    )
    render(b, R.choice(c.L[4]), c)


STRUCT = [s_csv, s_json, s_vcard, s_md, s_sig, s_chat, s_phonebook, s_html, s_yaml, s_pdf, s_header]


# --------------------------------------------------------------------------
# Tech (IP) documents
# --------------------------------------------------------------------------
def t_nginx(b, c):
    for _ in range(R.randint(3, 6)):
        b.v(ipx(), "IP")
        b.a(
            f' - - [{DIS["DATE"]()}:{DIS["TIME"]()}:{R.randint(10, 59)} +0000] "GET /{R.choice(["login", "api/v2/items", "static/app.js", "wp-admin"])} HTTP/1.1" {R.choice([200, 301, 403, 404, 500])} {R.randint(200, 90000)}\n'
        )


def t_ssh(b, c):
    for _ in range(R.randint(2, 4)):
        b.a(
            f"{DIS['DATE']()} {DIS['TIME']()}:{R.randint(10, 59)} host sshd[{R.randint(1000, 99999)}]: Failed password for {R.choice(['root', 'admin', 'invalid user test'])} from "
        )
        b.v(ip4(), "IP")
        b.a(f" port {R.randint(1024, 65535)} ssh2\n")


def t_ifconfig(b, c):
    b.a(
        f"2: eth0: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500\n    link/ether {DIS['MAC']().lower()}\n    inet "
    )
    b.v(f"192.168.{R.randint(0, 9)}.{R.randint(2, 250)}", "IP")
    b.a(f"/24 scope global dynamic eth0\n    inet6 ")
    b.v(ip6(), "IP")
    b.a(f"/64 scope global\n    valid_lft {R.randint(1000, 86400)}sec\n")


def t_ufw(b, c):
    for _ in range(R.randint(2, 3)):
        b.a("sudo ufw allow from ")
        b.v(ipx(), "IP")
        b.a(f" to any port {R.choice([22, 443, 5432, 8080, 3389])}\n")


def t_dns(b, c):
    d = R.choice(["myblog.dev", "familie-berg.de", "photos.home.arpa", "tanaka-lab.jp"])
    b.a(f"{d}.  300  IN  A     ")
    b.v(ip4(), "IP")
    b.a(f"\n{d}.  300  IN  AAAA  ")
    b.v(ip6(), "IP")
    b.a(f"\n; serial {DIS['NUM10']()}")


TECH_ASK = [
    (
        "en",
        "my router says WAN IP {IP4} but whatismyip shows {IP4}. am I behind CGNAT? firmware {VER}",
    ),
    (
        "de",
        "Mein NAS ist unter {IP4} erreichbar, aber von außen nicht. Öffentliche IP laut Fritzbox: {IP4}",
    ),
    ("es", "¿Por qué me bloquean? Mi IP pública es {IP} y el servidor está en {IP4}."),
    ("fr", "Le serveur Minecraft de mon fils tourne sur {IP4}:25565, et l'IPv6 du box est {IP6}."),
    ("pt", "Meu IP fixo é {IP4}, libera no firewall por favor. Chamado {REF}."),
    ("ja", "自宅サーバーのIPアドレスは{IP4}です。IPv6は{IP6}。"),
    ("zh", "公司VPN出口IP是{IP4}，我家里的是{IP}。"),
    ("ru", "Заблокировали доступ с адреса {IP4}, а резервный {IP6} работает."),
    ("ko", "집 공유기 외부 IP가 {IP4}로 바뀌었어요. 포트 {NUM4} 열어야 하나요?"),
    ("pl", "Kamera IP ma adres {IP4}, brama {IP4}."),
    ("tr", "Sunucumun IP adresi {IP4}, SSH portu {NUM4}."),
    ("it", "L'indirizzo IP della stampante è {IP4}, quello del NAS {IP4}."),
]


# --------------------------------------------------------------------------
# Money / identity families
# --------------------------------------------------------------------------
CARD_T = [
    ("en", "Card number: {CARD}\nExpiry: {EXP}\nName on card: {N}\nBilling phone: {P}"),
    (
        "en",
        "can you check if I typed my card right? {CARD} exp {EXP} — the hotel keeps declining it (booking {BOOK})",
    ),
    ("en", "Replace the old card {CARD} with the new one {CARD} on the Netflix account, email {E}"),
    ("de", "Kartennummer {CARD}, gültig bis {EXP}. Rückfragen bitte an {E} oder {P}."),
    ("fr", "Numéro de carte : {CARD} (exp. {EXP}). Commande {ORD}, montant {AMT}."),
    ("es", "Número de tarjeta: {CARD} — caduca {EXP}. Titular: {N}."),
    ("pt", "Número do cartão: {CARD}, validade {EXP}. Parcelas: {NUM2}x de {AMT}."),
    ("it", "Numero carta {CARD}, scadenza {EXP}, intestata a {N}."),
    ("ja", "カード番号：{CARD}　有効期限：{EXP}　ご連絡先：{P}"),
    ("zh", "卡号：{CARD}，有效期{EXP}，持卡人{N}，手机{P}"),
    ("ko", "카드번호 {CARD} / 유효기간 {EXP} / 연락처 {P}"),
    ("ru", "Номер карты {CARD}, срок {EXP}, держатель {N}."),
    ("tr", "Kart numarası: {CARD}, son kullanma {EXP}, tel {P}"),
    ("nl", "Creditcardnummer {CARD}, geldig t/m {EXP}."),
    ("pl", "Numer karty: {CARD}, ważna do {EXP}."),
    ("ar", "رقم البطاقة: {CARD} تاريخ الانتهاء {EXP}"),
    ("hi", "कार्ड नंबर {CARD}, समाप्ति {EXP}, मोबाइल {P}"),
    ("en", "order_id,card_number,amount\n{ORD},{CARD},{AMT}\n{ORD},{CARD},{AMT}"),
]
IBAN_T = [
    (
        "de",
        "DE",
        "Bitte überweise die {AMT} an {N}, IBAN {IBAN}, BIC {BIC}, Verwendungszweck {REF}.",
    ),
    ("de", "AT", "Kontoinhaber: {N}\nIBAN: {IBAN}\nBetrag: {AMT}\nTel.: {P}"),
    ("de", "CH", "Einzahlung für {N}: IBAN {IBAN}, Referenz {REF}."),
    ("fr", "FR", "RIB de {N} : IBAN {IBAN} – BIC {BIC}. Loyer de {AMT} le {NUM2} du mois."),
    ("fr", "BE", "Virement au compte {IBAN} (bénéficiaire {N}), communication {REF}."),
    ("es", "ES", "Mi IBAN es {IBAN}, a nombre de {N}. Bizum al {P}."),
    ("it", "IT", "Coordinate bancarie: IBAN {IBAN}, intestato a {N}, causale {REF}."),
    ("nl", "NL", "Tikkie mislukt, maak maar over naar {IBAN} t.n.v. {N}."),
    ("pt", "PT", "IBAN para a transferência: {IBAN} ({N}). Valor {AMT}."),
    ("pl", "PL", "Numer konta: {IBAN}, odbiorca {N}, tytuł {REF}."),
    ("en", "GB", "Payee: {N}\nIBAN: {IBAN}\nSort code {SORT} (for UK transfers)\nReference: {REF}"),
    ("en", "IE", "Deposit of {AMT} to IBAN {IBAN} please, then text {P}."),
    ("sv", "SE", "Betala till IBAN {IBAN}, mottagare {N}, OCR {REF}."),
    ("no", "NO", "Kontonummer i IBAN-format: {IBAN}. Mottaker {N}."),
    ("da", "DK", "IBAN: {IBAN}, modtager {N}, beløb {AMT}."),
    ("fi", "FI", "Tilinumero {IBAN}, saaja {N}, viite {REF}."),
    ("cs", "CZ", "Číslo účtu IBAN: {IBAN}, příjemce {N}."),
    ("hu", "HU", "Bankszámla (IBAN): {IBAN}, kedvezményezett {N}."),
    ("ro", "RO", "Cont IBAN {IBAN}, titular {N}, suma {AMT}."),
    ("el", "GR", "Αριθμός IBAN: {IBAN}, δικαιούχος {N}."),
    ("tr", "TR", "IBAN: {IBAN} — alıcı {N}, açıklama {REF}."),
    ("ar", "SA", "رقم الآيبان: {IBAN} باسم {N}"),
    ("ar", "AE", "IBAN: {IBAN} — المستفيد {N}، الجوال {P}"),
    ("he", "IL", "פרטי חשבון: IBAN {IBAN}, על שם {N}"),
    ("hr", "HR", "IBAN primatelja: {IBAN}, poziv na broj {REF}."),
    ("sl", "SI", "TRR (IBAN): {IBAN}, prejemnik {N}."),
    ("bg", "BG", "IBAN: {IBAN}, получател {N}, сума {AMT}."),
    ("lt", "LT", "Sąskaitos nr.: {IBAN}, gavėjas {N}."),
    ("lv", "LV", "Konta numurs: {IBAN}, saņēmējs {N}."),
    ("et", "EE", "Arvelduskonto {IBAN}, saaja {N}, viitenumber {REF}."),
    ("sk", "SK", "IBAN: {IBAN}, variabilný symbol {REF}."),
    ("uk", "UA", "Реквізити: IBAN {IBAN}, отримувач {N}."),
    ("ka", "GE", "ანგარიშის ნომერი: {IBAN}"),
    ("pt", "BR", "Dados p/ transferência internacional: IBAN {IBAN}, titular {N}."),
    ("kk", "KZ", "Шот нөмірі (IBAN): {IBAN}, алушы {N}."),
    ("az", "AZ", "Hesab nömrəsi (IBAN): {IBAN}, alan {N}."),
    ("ur", "PK", "آئی بین: {IBAN}، اکاؤنٹ ہولڈر {N}"),
    ("is", "IS", "IBAN: {IBAN}, viðtakandi {N}."),
    ("en", "DE", "Rent split: me {AMT}, you {AMT}. Landlord IBAN {IBAN}, old one was {IBAN}."),
]
SSN_T = [
    ("en", "Hi! For the W-4 HR needs: SSN {SSN}, cell {P}, personal email {E}."),
    (
        "en",
        "Taxpayer: {N}  SSN {SSN}\nSpouse: {N2}  SSN {SSN}\nDependent SSN: {SSN}\nDaytime phone: {P}",
    ),
    (
        "en",
        "Can you fill this rental application? Name {N}, Social Security No. {SSN}, phone {P}, current rent {AMT}.",
    ),
    (
        "en",
        "my mom's social is {SSN} and her medicare card came with the wrong one, hotline said call {P}",
    ),
    ("en", "Employee,SSN,Hire date\n{N},{SSN},{DATE}\n{N2},{SSN},{DATE}"),
    (
        "en",
        "FAFSA checklist: student SSN {SSNC}, parent SSN {SSN}, parent email {E}, FSA ID pending",
    ),
    ("en", "Credit freeze request — Name: {N} | SSN: {SSN} | DOB: {DATE} | Phone: {PX}"),
    ("en", "Patient intake: {N}, SS# {SSN}, insurance member ID {MEM}, emergency contact {P2}"),
    ("es", "Para la solicitud necesito tu número de Seguro Social ({SSN}) y tu celular {P}."),
    ("es", "Seguro Social del niño: {SSN}. Correo de la mamá: {E}."),
    ("zh", "报税需要：社会安全号码 {SSN}，电话 {P}"),
    ("ko", "사회보장번호(SSN): {SSN}, 연락처 {P}"),
    ("vi", "Số An sinh Xã hội (SSN) của mẹ: {SSN}, điện thoại {P}"),
    ("tl", "SSN ko po: {SSN}. Cellphone: {P}"),
    ("en", "Bank KYC form\nLegal name: {N}\nSSN/TIN: {SSN}\nEmail: {E}\nHome IP at signup: {IP4}"),
]

# --------------------------------------------------------------------------
# Generic hard negatives (no PII)
# --------------------------------------------------------------------------
NEG_T = [
    "git log --oneline\n{HASH} bump to {VER}\n{HASH} fix flaky test (#{NUM4})\n{HASH} release {VER}",
    "SKU,EAN,Price,Stock\n{SKU},{EAN},{AMT},{NUM3}\n{SKU},{EAN},{AMT},{NUM2}\n{SKU},{EAN},{AMT},{NUM3}",
    "References:\n[1] ISBN {ISBN}, p. {NUM3}\n[2] ISBN {ISBN}, pp. {RANGE}",
    "Flight {FLT} {DATE} dep {TIME} arr {TIME}, seat {SEAT}, gate {GATE}, booking {BOOK}, e-ticket {NUM10}{NUM3}",
    "Is this gift-card code real? {BADCARD} — it failed the checksum on the site.",
    "The IBAN on this scam invoice doesn't validate: {BADIBAN}. Amount {AMT}.",
    "GPS log\n{TS} {COORD} alt {NUM3} m\n{TS} {COORD} alt {NUM3} m",
    "Ran {MEAS} today, resting HR {NUM2} bpm, BP {MEAS}, sleep {PCT} deep",
    "Lotto {DATE}: {LOTTO}  Superzahl {NUM2}\nEuroJackpot: {LOTTO}",
    "Final scores: {SCORE}, {SCORE}, {SCORE}. Attendance {NUM5}.",
    "$ df -h\n/dev/nvme0n1p2  {NUM3}G  {NUM3}G  {NUM2}G  {PCT} /\n$ uptime\n {TIME} up {NUM2} days, load average: 0.{NUM2}, 0.{NUM2}",
    "docker images\nREPO  TAG  IMAGE ID  SIZE\napp   {VER}  {HASH}  {NUM3}MB",
    "Serial: {SER}\nModel: {SKU}\nFirmware {VER}\nMAC {MAC}\nSNMP OID {OID}",
    "Case #{REF} — claim {POL}, member {MEM}, patient {PAT}, visit {DATE}",
    "Zoom: Meeting ID {MEET}, passcode {NUM6}. Webinar ID {MEET}.",
    "Parcel {TRK} held at depot {ZIP}; collect by {DATE}. Order {ORD}.",
    "Receipt {INV}\n2x coffee {AMT}\n1x croissant {AMT}\nTotal {AMT}\nCard •••• {NUM4}",
    "Timestamp {TS}, epoch {TS}, request id {HASH}, build {VER}",
    "National ID scan results (non-US): {NATID}, {NATID}. Sort code {SORT}.",
    "Recipe: {MEAS}? no — 250 g flour, 3 eggs, bake {NUM3} °C for {RANGE} min. Serves {NUM2}.",
    "Postcodes we deliver to: {ZIP}, {ZIP}, {ZIP}, {ZIP}",
    "Bus timetable line {NUM2}: {TIME}, {TIME}, {TIME}. Ticket no. {NUM10}",
    "Electricity meter reading {NUM6} kWh on {DATE}; contract {POL}; tariff {AMT}/kWh",
    "Quarterly revenue {AMT}, costs {AMT}, margin {PCT}, headcount {NUM3}, FY{YEAR}",
    "Hotel confirmation {NUM10}, PIN {NUM4}, room {NUM3}, check-in {DATE} from {TIME}",
    "Library loan: ISBN {ISBN}, barcode {NUM10}{NUM4}, due {DATE}",
    "Crypto tx {HASH}, block {NUM8}, fee {AMT}",
    "Warranty for {SKU}: serial {SER}, purchased {DATE}, invoice {INV}",
    "Our apartment is {MEAS}, floor {NUM2}, built {YEAR}, lot {NUM5}/{NUM3}",
    "Range of valid ports: {RANGE}; version constraint >={VER},<{VER}",
]


# --------------------------------------------------------------------------
# Generation and checks
# --------------------------------------------------------------------------
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}$")
SSN_RE = re.compile(r"^(?!000|666|9)\d{3}([- ]?)(?!00)\d{2}\1(?!0000)\d{4}$")
PHONE_RE = re.compile(r"^\+?[\d ().-]+$")
FIND_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
FIND_V4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
FIND_SSN = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
FIND_LONG = re.compile(r"(?<!\d)\d(?:[ -]?\d){12,18}(?!\d)")


def check_span(text, sp):
    s = text[sp["start"] : sp["end"]]
    e = sp["entity"]
    assert s and s == s.strip(), (s, e)
    if e == "EMAIL":
        assert EMAIL_RE.match(s), s
    elif e == "PHONE":
        assert PHONE_RE.match(s), s
        assert 7 <= len(PDIGITS.findall(s)) <= 15, s
    elif e == "SSN":
        assert SSN_RE.match(s), s
    elif e == "CARD":
        d = re.sub(r"[ -]", "", s)
        assert d.isdigit() and luhn_ok(d) and CARD_RE.match(d), s
    elif e == "IBAN":
        d = s.replace(" ", "")
        assert re.match(r"^[A-Z]{2}\d{2}[A-Z0-9]+$", d), s
        assert (
            len(d)
            == IBAN_LEN[d[:2]]
            == 4 + sum(int(k) for k in re.findall(r"\d+", IBAN_SPEC[d[:2]]))
        ), s
        assert mod97(d) == 1, s
    elif e == "IP":
        ipaddress.ip_address(s)
    else:
        raise AssertionError(e)


def leaks(text, spans):
    """Unlabelled things that would count as PII by shape alone."""
    cov = [(s["start"], s["end"]) for s in spans]

    def inside(m):
        return any(a <= m.start() and m.end() <= b for a, b in cov)

    for m in FIND_EMAIL.finditer(text):
        if not inside(m):
            return True
    for m in FIND_V4.finditer(text):
        if not inside(m) and all(int(x) < 256 for x in m.group().split(".")):
            return True
    for m in FIND_SSN.finditer(text):
        if not inside(m):
            return True
    for m in FIND_LONG.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if not inside(m) and luhn_ok(d) and CARD_RE.match(d):
            return True
    compact = text.replace(" ", "")
    for m in re.finditer(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        cc = m.group()[:2]
        if cc in IBAN_LEN:
            cand = m.group()[: IBAN_LEN[cc]]
            if len(cand) == IBAN_LEN[cc] and mod97(cand) == 1 and not spans:
                return True
    return False


def make_pos(job, i):
    b = B()
    if job == "lang":
        c = Ctx(LANGS[i % len(LANGS)][0])
        k = R.randrange(len(c.L[4]))
        render(b, c.L[4][k], c)
        note = f"{c.lang}-{c.rg} native message #{k}"
        if R.random() < 0.8:
            k2 = R.choice([j for j in range(len(c.L[4])) if j != k])
            b.a(R.choice(["\n\n", " ", "\n", "\n---\n"]))
            render(b, c.L[4][k2], c)
            note += f"+#{k2}"
    elif job == "struct":
        c = Ctx(R.choice(LANGS)[0])
        f = STRUCT[i % len(STRUCT)]
        f(b, c)
        note = f"{c.lang}-{c.rg} {f.__name__[2:]} export"
    elif job == "tech":
        if i % 3 == 2:
            lang, t = R.choice(TECH_ASK)
            c = Ctx(lang)
            render(b, t, c)
            note = f"{lang} ip question"
        else:
            c = Ctx("en")
            f = R.choice([t_nginx, t_ssh, t_ifconfig, t_ufw, t_dns])
            f(b, c)
            note = f"terminal {f.__name__[2:]} output"
    elif job == "card":
        lang, t = R.choice(CARD_T)
        c = Ctx(lang)
        render(b, t, c)
        note = f"{lang}-{c.rg} card payment"
    elif job == "iban":
        lang, rg, t = IBAN_T[i % len(IBAN_T)]
        c = Ctx(lang, rg)
        render(b, t, c)
        note = f"{lang}-{rg} bank transfer"
    else:
        lang, t = R.choice(SSN_T)
        c = Ctx(lang, "US")
        render(b, t, c)
        note = f"{lang}-US ssn form"
    extra = EXTRA.get(job)
    if extra and R.random() < 0.55:
        b.a("\n")
        render(b, R.choice(extra), c)
    if job in ("card", "iban", "ssn") and R.random() < 0.6:
        render(
            b,
            R.choice(["\n{PH}: {P}", "\n{MOB}: {P} · {EM}: {E}", " — {EM} {E}", "\n{PH} {PX}"]),
            c,
        )
    return b, note, c.lang


EXTRA = {
    "card": [
        "2nd card: {CARD}",
        "Backup {CARD} exp {EXP}",
        "Old card (cancel): {CARD}",
        "Virtual card {CARD}, limit {AMT}",
    ],
    "ssn": [
        "Spouse SSN: {SSN}",
        "Dependent {N2}, SSN {SSN}",
        "Co-applicant SSN {SSN}",
        "Child 1: {SSN} / Child 2: {SSN}",
    ],
    "iban": ["IBAN 2: {IBAN}", "Old account (closed): {IBAN}"],
    "tech": ["also seeing hits from {IP} and {IP4}", "allowlist: {IP4}, {IP}"],
}


def make_neg(i):
    b = B()
    if i % 2 == 0:
        lg = LANGS[(i // 2) % len(LANGS)]
        c = Ctx(lg[0])
        k = R.randrange(len(lg[5]))
        render(b, lg[5][k], c)
        note = f"{c.lang} native non-pii #{k}"
    else:
        c = Ctx("en")
        k = R.randrange(len(NEG_T))
        render(b, NEG_T[k], c)
        note = f"en lookalike numbers #{k}"
    assert not b.spans
    return b, note, c.lang


def main():
    jobs = (
        ["lang"] * 140
        + ["struct"] * 84
        + ["tech"] * 40
        + ["card"] * 40
        + ["iban"] * 44
        + ["ssn"] * 56
    )
    R.shuffle(jobs)
    recs, langs, regions = [], set(), set()
    counters = {}
    for job in jobs:
        counters[job] = counters.get(job, 0) + 1
        for _ in range(50):
            b, note, lang = make_pos(job, counters[job])
            if not leaks(b.text(), b.spans):
                break
        else:
            raise AssertionError("could not build clean positive")
        recs.append(
            (
                {"text": b.text(), "spans": b.spans, "kind": "positive", "note": note},
                lang,
                b.regions,
            )
        )
    for i in range(N_NEG):
        for _ in range(50):
            b, note, lang = make_neg(i)
            if not leaks(b.text(), []):
                break
        else:
            raise AssertionError("could not build clean negative")
        recs.append(
            ({"text": b.text(), "spans": [], "kind": "hard_negative", "note": note}, lang, set())
        )
    R.shuffle(recs)
    counts = {k: 0 for k in ("EMAIL", "PHONE", "SSN", "CARD", "IBAN", "IP")}
    for rec, lang, rgs in recs:
        t = rec["text"]
        last = -1
        for sp in sorted(rec["spans"], key=lambda s: s["start"]):
            assert sp["start"] >= last, "overlap"
            last = sp["end"]
            check_span(t, sp)
            counts[sp["entity"]] += 1
        assert (rec["kind"] == "positive") == bool(rec["spans"])
        langs.add(lang)
        regions |= rgs
    mins = {"PHONE": 700, "SSN": 100, "CARD": 60, "IBAN": 50, "IP": 120, "EMAIL": 300}
    for k, v in mins.items():
        assert counts[k] >= v, (k, counts, len(langs), len(regions))
    assert len(langs) >= 35 and len(regions) >= 60, (len(langs), len(regions))
    npos = sum(r[0]["kind"] == "positive" for r in recs)
    assert npos >= N_POS_MIN
    with OUT.open("w", encoding="utf-8") as fh:
        for rec, _, _ in recs:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    sha = hashlib.sha256(OUT.read_bytes()).hexdigest()
    print(f"texts={len(recs)} positive={npos} hard_negative={len(recs) - npos}")
    print("spans", counts)
    print(f"languages={len(langs)} regions={len(regions)} sha256={sha}")


if __name__ == "__main__":
    main()
