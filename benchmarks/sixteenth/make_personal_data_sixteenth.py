"""Deterministic generator for the sixteenth synthetic PII evaluation set."""

import hashlib
import ipaddress
import json
import random
import re
from pathlib import Path

SEED = 20261216
R = random.Random(SEED)
OUT = Path(__file__).with_name("personal_data_sixteenth.jsonl")

# ISO cc trunk mobile_prefixes mobile_nsn_len landline_prefixes land_nsn_len style
REGIONS_RAW = """
US 1 1 201,212,305,415,617,702,713,646 10 202,312,404,503,614,818 10 nanp
CA 1 1 416,604,514,403,613 10 416,604,780,902 10 nanp
PR 1 1 787,939 10 787 10 nanp
JM 1 1 876 10 876 10 nanp
DO 1 1 809,829,849 10 809 10 nanp
GB 44 0 7700,7712,7825,7911,7400,7507 10 20,161,131,113,117 10 gen
DE 49 0 151,152,157,160,162,163,176,177,178,179 11 30,40,89,69,221 10 gen
FR 33 0 6,7 9 1,2,3,4,5 9 pairs
ES 34 - 6,7 9 91,93,95,96 9 gen
IT 39 - 32,33,34,35,36,38,39 10 06,02,011,055 10 gen
PT 351 - 91,92,93,96 9 21,22 9 gen
BR 55 0 11,21,31,41 11 11,21,31,51,61 10 br
MX 52 - 55,33,81 10 55,33,81 10 gen
AR 54 0 9_11,9_351 11 11 10 gen
CL 56 - 9 9 2 9 gen
CO 57 - 300,310,311,312,320 10 601,604 10 gen
PE 51 0 9 9 1 8 gen
VE 58 0 412,414,416,424 10 212 10 gen
NL 31 0 6 9 20,10,30,70 9 gen
BE 32 0 470,472,475,477,486,495 9 2,3,9 8 gen
CH 41 0 76,77,78,79 9 44,31,22,61 9 gen
AT 43 0 664,660,676,699 10 1 8 gen
SE 46 0 70,72,73,76 9 8 8 gen
NO 47 - 4,9 8 2 8 gen
DK 45 - 20,21,22,30,40,50 8 3 8 gen
FI 358 0 40,44,45,50 9 9 8 gen
IS 354 - 6,7,8 7 5 7 gen
IE 353 0 83,85,86,87,89 9 1 8 gen
PL 48 - 50,51,53,57,60,66,69,72,78,79,88 9 22,12,61 9 gen
CZ 420 - 60,70,73,77 9 2 9 gen
SK 421 0 90,91,94 9 2 9 gen
HU 36 06 20,30,70 9 1 8 gen
RO 40 0 72,73,74,75,76 9 21 9 gen
BG 359 0 87,88,89 9 2 8 gen
GR 30 - 69 10 21 10 gen
TR 90 0 50,53,54,55 10 212,216,312 10 gen
RU 7 8 912,916,926,903,985 10 495,812 10 ru
UA 380 0 50,67,93,97 9 44 9 gen
BY 375 80 29,33,44 9 17 9 gen
KZ 7 8 701,705,707,747,777 10 727 10 ru
HR 385 0 91,92,95,98 9 1 8 gen
RS 381 0 60,63,64,65 9 11 9 gen
SI 386 0 40,41,51 8 1 8 gen
LT 370 8 6 8 5 8 gen
LV 371 - 2 8 6 8 gen
EE 372 - 5 8 6 7 gen
IL 972 0 50,52,54,58 9 3 8 gen
SA 966 0 50,53,55,56 9 11 9 gen
AE 971 0 50,52,55,56 9 4 8 gen
EG 20 0 10,11,12,15 10 2 9 gen
MA 212 0 6 9 52 9 pairs
NG 234 0 80,81,70,90 10 1 8 gen
KE 254 0 7 9 20 9 gen
ZA 27 0 72,73,82,83,61 9 21,11 9 gen
GH 233 0 24,20,54,55 9 30 9 gen
TZ 255 0 71,75,78 9 22 9 gen
ET 251 0 9 9 11 9 gen
UG 256 0 70,75,77,78 9 41 9 gen
IN 91 0 98,99,90,70,81 10 11,22,80 10 gen
PK 92 0 30,31,32,33 10 21,42,51 10 gen
BD 880 0 17,18,19,13 10 2 9 gen
LK 94 0 71,72,77 9 11 9 gen
NP 977 0 98 10 1 8 gen
CN 86 0 138,139,150,186,135 11 10,21 10 gen
HK 852 - 5,6,9 8 2,3 8 gen
TW 886 0 9 9 2 9 gen
JP 81 0 90,80,70 10 3,6 9 gen
KR 82 0 10 10 2 10 gen
SG 65 - 8,9 8 6 8 gen
MY 60 0 12,13,17,19 9 3 9 gen
TH 66 0 8,9,6 9 2 8 gen
VN 84 0 90,91,98,3 9 24,28 10 gen
PH 63 0 91,92,99 10 2 9 gen
ID 62 0 812,813,856,878 11 21 10 gen
AU 61 0 4 9 2,3,7,8 9 gen
NZ 64 0 21,22,27 9 9,4 8 gen
IR 98 0 91,93 10 21 10 gen
IQ 964 0 77,78,79 10 1 8 gen
JO 962 0 77,78,79 9 6 8 gen
LB 961 0 3,70,71 8 1 7 gen
QA 974 - 3,5,6,7 8 4 8 gen
KW 965 - 5,6,9 8 2 8 gen
CY 357 - 96,97,99 8 22 8 gen
MT 356 - 79,99 8 21 8 gen
LU 352 - 621,661,691 9 2 8 gen
DZ 213 0 55,66,77 9 21 8 gen
TN 216 - 2,5,9 8 7 8 gen
SN 221 - 77,78,70 9 33 9 gen
CI 225 - 07,05 10 27 10 pairs
CM 237 - 6 9 2 9 gen
CR 506 - 8,7 8 2 8 gen
PA 507 - 6 8 2 7 gen
GT 502 - 5,4 8 2 8 gen
UY 598 0 9 8 2 8 gen
BO 591 - 7,6 8 2 8 gen
EC 593 0 9 9 2 8 gen
PY 595 0 98,99,97 9 21 8 gen
GE 995 0 5 9 32 9 gen
AM 374 0 9,77 8 10 8 gen
AZ 994 0 50,51,55 9 12 9 gen
MN 976 - 8,9 8 11 8 gen
"""


class Reg:
    def __init__(self, line):
        f = line.split()
        self.iso, self.cc = f[0], f[1]
        self.trunk = "" if f[2] == "-" else f[2]
        self.mp, self.ml = f[3].replace("_", " ").split(","), int(f[4])
        self.lp, self.ll = f[5].split(","), int(f[6])
        self.style = f[7]


REG = {r.iso: r for r in map(Reg, REGIONS_RAW.strip().splitlines())}


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def split_rest(rest, style):
    n = len(rest)
    if style == "pairs":
        sizes = [2] * (n // 2) if n % 2 == 0 else [3] + [2] * ((n - 3) // 2)
    elif style == "ru" and n == 7:
        sizes = [3, 2, 2]
    elif style == "br":
        sizes = [n - 4, 4]
    else:
        opts = {
            5: [[2, 3], [5]],
            6: [[3, 3], [2, 2, 2], [6]],
            7: [[3, 4], [3, 2, 2], [7]],
            8: [[4, 4], [3, 3, 2], [2, 2, 2, 2]],
            9: [[3, 3, 3], [4, 5]],
            10: [[3, 3, 4]],
        }
        sizes = R.choice(opts.get(n, [[n]]))
    out, i = [], 0
    for s in sizes:
        out.append(rest[i : i + s])
        i += s
    return [x for x in out if x]


PHONE_REGIONS_USED = set()


def phone(iso, mobile=None):
    """Return (number, kind) formatted along the region's numbering plan."""
    g = REG[iso]
    PHONE_REGIONS_USED.add(iso)
    mobile = R.random() < 0.6 if mobile is None else mobile
    pre = R.choice(g.mp if mobile else g.lp)
    n = g.ml if mobile else g.ll
    pd = pre.replace(" ", "")
    if g.style == "nanp":
        rest = str(R.randint(2, 9)) + digits(n - len(pd) - 1)
        a, b, c = pd, rest[:3], rest[3:]
        return R.choice(
            [
                f"({a}) {b}-{c}",
                f"{a}-{b}-{c}",
                f"{a}.{b}.{c}",
                f"+1 {a} {b} {c}",
                f"+1-{a}-{b}-{c}",
                f"1-{a}-{b}-{c}",
                f"+1 ({a}) {b}-{c}",
                f"001 {a} {b} {c}",
                f"{a}{b}{c}",
            ]
        )
    rest = digits(n - len(pd))
    if len(pd) == 1 and g.style == "gen" and len(rest) >= 6:
        pre, pd, rest = pre + rest[:2], pd + rest[:2], rest[2:]
    if g.style == "br":
        rest = ("9" if mobile else str(R.randint(2, 5))) + rest[1:]
    sep = R.choice([" ", " ", " ", "-", "."])
    grp = sep.join(split_rest(rest, g.style))
    if g.style == "pairs" and len(pd) == 1:
        tr_pre = g.trunk + pd
    else:
        tr_pre = g.trunk + ("" if g.trunk in ("", "0") else " ") + pre
    if iso == "BY":
        tr_pre = f"8 0{pre}"
    forms = [
        f"+{g.cc} {pre} {grp}",
        f"+{g.cc} {pre}{sep}{grp}",
        f"00{g.cc} {pre} {grp}",
        f"+{g.cc}{pd}{rest}",
        f"{tr_pre} {grp}",
        f"{tr_pre}{sep}{grp}",
    ]
    if g.trunk == "0":
        forms += [f"+{g.cc} (0){pre} {grp}", f"({tr_pre}) {grp}", f"{g.trunk}{pd}{rest}"]
    if iso in ("DE", "AT", "CH"):
        forms.append(f"{tr_pre}/{rest}")
    if g.style == "ru":
        forms.append(f"{g.trunk} ({pre}) {grp}")
    if g.style == "br":
        forms += [f"({pd}) {rest[:-4]}-{rest[-4:]}", f"+55 ({pd}) {rest[:-4]}-{rest[-4:]}"]
    if iso == "AR" and mobile:
        area = pre.split()[1]
        forms = [f"+54 {pre} {rest[:-4]}-{rest[-4:]}", f"0{area} 15-{rest[:-4]}-{rest[-4:]}"]
    return R.choice(forms)


EXTS = [" ext. {}", " x{}", " (ext {})", " Durchwahl -{}", " poste {}", " int. {}", " #{}"]


def phone_piece(iso, mobile=None, ext=0.08):
    p = [(phone(iso, mobile), "PHONE")]
    if R.random() < ext:
        p.append((R.choice(EXTS).format(R.randint(10, 4999)), None))
    return p


FIRST = "anna maria jan lukas sofia mateo chloe liam noah emma olga ivan yuki hana minh ali fatima omar priya raj wei li sven ingrid pierre camille joao ana giulia marco aylin mehmet nikos eleni kofi amara tomas zofia piotr david sarah".split()
LAST = "muller kowalski rossi garcia silva dubois jensen nielsen tanaka kim nguyen khan patel chen wang smith okafor mensah novak horvat popescu ivanov petrova cohen haddad yilmaz papadopoulos schmidt moreau andersen lindqvist fernandes oconnor murphy virtanen jonsson".split()
DOMAINS = "gmail.com outlook.com yahoo.fr web.de gmx.at mail.ru yandex.ru libero.it orange.fr hotmail.es uol.com.br seznam.cz wp.pl t-online.de icloud.com proton.me naver.com qq.com 163.com rediffmail.com mail.co.za bigpond.com.au xtra.co.nz uni-heidelberg.de student.kuleuven.be firma-schulz.de acme-logistics.co.uk consultoria.com.mx kpn.nl telia.se online.no".split()
IDN = "müller-bau.de bücherwurm.at café-lumière.fr почта.рф пример.бг 例子.中国 xn--mller-kva.de ñandú.com.ar δοκιμή.gr straße.info örnek.com.tr".split()
UNI_LOCAL = ["josé.garcía", "иван.петров", "zoë.brandt", "françois", "müller.jürgen", "jan.novák"]


def email():
    f, l = R.choice(FIRST), R.choice(LAST)
    local = R.choice(
        [
            f"{f}.{l}",
            f"{f[0]}{l}",
            f"{f}_{l}{R.randint(1, 99)}",
            f"{l}.{f}+{R.choice(['shop', 'news', 'work', 'x'])}",
            f"{f}{R.randint(1965, 2006)}",
            f"{f}-{l}",
            f"{f[0]}.{l}",
            f"{l}{f[0]}",
        ]
    )
    if R.random() < 0.08:
        local = R.choice(UNI_LOCAL)
    if R.random() < 0.15:
        local = ".".join(x.capitalize() for x in local.split("."))
    dom = R.choice(IDN) if R.random() < 0.15 else R.choice(DOMAINS)
    return f"{local}@{dom}"


BRANDS = [
    (["4"], 16, [4, 4, 4, 4]),
    (["51", "52", "53", "54", "55", "2221", "2720"], 16, [4, 4, 4, 4]),
    (["34", "37"], 15, [4, 6, 5]),
    (["6011", "65"], 16, [4, 4, 4, 4]),
    (["3528", "3589"], 16, [4, 4, 4, 4]),
    (["36"], 14, [4, 6, 4]),
    (["62"], 19, [4, 4, 4, 4, 3]),
    (["4"], 13, [4, 4, 5]),
]


def luhn_ok(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        s += d
    return s % 10 == 0


def card(valid=True):
    pres, n, grp = R.choice(BRANDS[:7] if R.random() < 0.95 else BRANDS)
    p = R.choice(pres)
    body = p + digits(n - 1 - len(p))
    chk = next(str(d) for d in range(10) if luhn_ok(body + str(d)))
    num = body + chk
    if not valid:
        num = body + str((int(chk) + R.randint(1, 9)) % 10)
    sep = R.choice([" ", " ", "-", ""])
    out, i = [], 0
    for s in grp:
        out.append(num[i : i + s])
        i += s
    return sep.join(out)


IBAN_SPEC = dict(
    DE=(22, 0), FR=(27, 0), GB=(22, 4), ES=(24, 0), IT=(27, 1), NL=(18, 4), BE=(16, 0),
    CH=(21, 0), AT=(20, 0), PL=(28, 0), PT=(25, 0), SE=(24, 0), NO=(15, 0), DK=(18, 0),
    FI=(18, 0), IE=(22, 4), LU=(20, 0), GR=(27, 0), CZ=(24, 0), SK=(24, 0), HU=(28, 0),
    RO=(24, 4), BG=(22, 4), HR=(21, 0), SI=(19, 0), TR=(26, 0), SA=(24, 0), AE=(23, 0),
    IL=(23, 0), MT=(31, 4), CY=(28, 0), LT=(20, 0), LV=(21, 4), EE=(20, 0), IS=(26, 0),
    MC=(27, 0), QA=(29, 4), KW=(30, 4), JO=(30, 4), UA=(29, 0), KZ=(20, 0), GE=(22, 2),
    AZ=(28, 4), PK=(24, 4), TN=(24, 0), EG=(29, 0), SM=(27, 1), LI=(21, 0), RS=(22, 0),
    ME=(22, 0), MK=(19, 0), AL=(28, 0), BA=(20, 0), MD=(24, 2), AD=(24, 0), GI=(23, 4),
    FO=(18, 0),
)  # fmt: skip
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def mod97(s):
    return int("".join(str(int(c, 36)) for c in s)) % 97


def iban(cc=None, valid=True, grouped=None):
    cc = cc or R.choice(list(IBAN_SPEC))
    n, k = IBAN_SPEC[cc]
    bban = "".join(R.choice(UPPER) for _ in range(k)) + digits(n - 4 - k)
    chk = 98 - mod97(bban + cc + "00")
    if not valid:
        chk = (chk + R.randint(1, 90)) % 97 + 2
        if mod97(bban + cc + f"{chk:02d}") == 1:
            chk = chk + 1 if chk < 98 else 2
    s = f"{cc}{chk:02d}{bban}"
    grouped = R.random() < 0.6 if grouped is None else grouped
    return " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if grouped else s


def ipv4():
    a = R.choice([R.randint(1, 223), 10, 192, 172, 203, 198, 85, 91, 46, 185])
    while a == 127:
        a = R.randint(1, 223)
    if a == 192 and R.random() < 0.5:
        return f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"
    return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def ipv6():
    pre = R.choice(
        [
            [0x2001, 0xDB8],
            [0x2A02, R.randint(0, 0xFFFF)],
            [0xFE80, 0],
            [0x2607, 0xF8B0],
            [0x2400, 0xCB00],
        ]
    )
    hs = pre + [R.choice([0, 0, R.randint(1, 0xFFFF), R.randint(1, 0xFF)]) for _ in range(5)]
    hs.append(R.randint(1, 0xFFFF))
    a = ipaddress.IPv6Address(":".join(f"{h:x}" for h in hs))
    return a.exploded if R.random() < 0.15 else a.compressed


def ip():
    return ipv6() if R.random() < 0.35 else ipv4()


def ssn_parts():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            return a, R.randint(1, 99), R.randint(1, 9999)


def ssn(form=None):
    a, g, s = ssn_parts()
    form = form or R.choice(["-", "-", "-", "-", " ", ""])
    return f"{a:03d}{form}{g:02d}{form}{s:04d}"


# ---------- look-alikes (never personal data) ----------
def date(style=None):
    y, m, d = R.randint(2019, 2026), R.randint(1, 12), R.randint(1, 28)
    style = style if style is not None else R.randint(0, 5)
    return [
        f"{y}-{m:02d}-{d:02d}",
        f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}/{m:02d}/{y}",
        f"{m:02d}/{d:02d}/{y}",
        f"{d:02d}-{m:02d}-{y}",
        f"{y}/{m:02d}/{d:02d}",
    ][style]


def ts():
    return f"{date(0)}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z"


def order_no():
    return R.choice(
        [
            f"#{digits(3)}-{digits(7)}-{digits(7)}",
            f"ORD-{R.randint(2019, 2026)}-{digits(6)}",
            f"{digits(4)}-{digits(4)}-{digits(4)}",
            f"A{digits(9)}",
            f"{digits(3)} {digits(3)} {digits(4)}",
            f"#{digits(10)}",
        ]
    )


def isbn():
    b = "978" + str(R.randint(0, 9)) + digits(8)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return f"ISBN {b[:3]}-{b[3]}-{b[4:7]}-{b[7:]}-{c}"


def lookalike():
    f = R.randint(0, 24)
    return [
        lambda: f"Tracking: 1Z{digits(3)}AA{digits(10)}",
        lambda: f"DHL {digits(20)}",
        lambda: f"INV-{R.randint(2020, 2026)}-{digits(6)}",
        lambda: f"v{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 200)}",
        lambda: (
            f"firmware {R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 255)}.{R.randint(1, 255)}"
        ),
        lambda: f"build {date(0).replace('-', '')}.{digits(4)}",
        lambda: isbn(),
        lambda: f"GPS {R.uniform(-60, 60):.5f}, {R.uniform(-120, 150):.5f}",
        lambda: f"€ {R.randint(1, 9)}.{digits(3)},{digits(2)}",
        lambda: f"${R.randint(1, 9)},{digits(3)}.{digits(2)}",
        lambda: f"sha1 {hashlib.sha1(digits(8).encode()).hexdigest()}",
        lambda: (
            f"{R.choice(['LH', 'BA', 'AF', 'TK', 'EK', 'QR', 'UA', 'NH'])} {R.randint(100, 9999)}"
        ),
        lambda: f"US {R.randint(9, 11)},{digits(3)},{digits(3)} B2",
        lambda: f"EP {R.randint(1, 4)} {digits(3)} {digits(3)} A1",
        lambda: f"Lotto: {' - '.join(f'{x:02d}' for x in sorted(R.sample(range(1, 50), 6)))}",
        lambda: f"Case No. {R.randint(1, 9)}:{R.randint(19, 26)}-cv-{digits(5)}",
        lambda: f"LOT {digits(6)}-{R.choice(UPPER)}{R.randint(1, 9)}",
        lambda: f"{R.randint(200, 1600)} x {R.randint(100, 900)} x {R.randint(20, 400)} mm",
        lambda: f"EAN {digits(13)}",
        lambda: f"SKU {digits(2)}-{digits(4)}-{digits(2)}",
        lambda: f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}",
        lambda: f"PLZ {digits(5)}",
        lambda: f"Claim {digits(3)}-{digits(2)}-{digits(4)}-{digits(2)}",
        lambda: f"ticket {digits(3)}-{digits(10)}",
        lambda: f"ref {date(0)}-{digits(4)}",
    ][f]()


# ---------- document builder ----------
class Doc:
    def __init__(self):
        self.parts, self.spans, self.n = [], [], 0

    def add(self, x, ent=None):
        if ent:
            self.spans.append((self.n, self.n + len(x), ent, x))
        self.parts.append(x)
        self.n += len(x)
        return self

    def fill(self, tpl, **vals):
        for tok in re.split(r"(\{\w+\})", tpl):
            m = re.fullmatch(r"\{(\w+)\}", tok)
            if not m:
                self.add(tok)
                continue
            v = vals[m.group(1)]
            if isinstance(v, str):
                self.add(v)
            elif isinstance(v, tuple):
                self.add(*v)
            else:
                for piece in v:
                    self.add(*piece)
        return self

    def text(self):
        return "".join(self.parts)


# ---------- languages ----------
# code name regions | phone template | email template | negative template
LANGS_RAW = """
English|US,GB,CA,AU,NZ,IE,IN,SG,ZA,NG,KE,GH,PH,JM,PR,MT,UG|Hey, it's {N}. New number: {P}. Order {O} should arrive {D}.|You can reach me at {E} or on {P}.|Your order {O} shipped on {D}. {K}
German|DE,AT,CH,LU|Hi, hier ist {N}. Meine neue Nummer: {P} – Bestellung {O} kommt am {D}.|Schreib mir an {E} oder ruf an unter {P}.|Ihre Bestellung {O} vom {D} wurde versandt. {K}
French|FR,BE,CH,LU,MA,SN,CI,CM,DZ,TN|Salut, c'est {N}, mon nouveau numéro : {P}. Commande {O} livrée le {D}.|Écris-moi à {E} ou appelle le {P}.|Votre commande {O} du {D} a été expédiée. {K}
Spanish|ES,MX,AR,CO,CL,PE,VE,CR,PA,GT,UY,BO,EC,PY,DO|Hola, soy {N}. Mi nuevo número es {P}. El pedido {O} llega el {D}.|Escríbeme a {E} o llámame al {P}.|Su pedido {O} del {D} ha sido enviado. {K}
Portuguese|PT,BR|Oi, aqui é {N}. Meu número novo: {P}. O pedido {O} chega dia {D}.|Me manda um e-mail em {E} ou liga no {P}.|Seu pedido {O} de {D} foi despachado. {K}
Italian|IT,CH|Ciao, sono {N}, il mio nuovo numero è {P}. L'ordine {O} arriva il {D}.|Scrivimi a {E} oppure chiamami al {P}.|Il tuo ordine {O} del {D} è stato spedito. {K}
Dutch|NL,BE|Hoi, met {N}. Mijn nieuwe nummer is {P}. Bestelling {O} komt op {D}.|Mail me op {E} of bel {P}.|Je bestelling {O} van {D} is verzonden. {K}
Swedish|SE,FI|Hej, det är {N}. Mitt nya nummer är {P}. Order {O} levereras {D}.|Mejla mig på {E} eller ring {P}.|Din beställning {O} från {D} har skickats. {K}
Norwegian|NO|Hei, det er {N}. Nytt nummer: {P}. Ordre {O} kommer {D}.|Send meg en e-post på {E} eller ring {P}.|Bestillingen din {O} fra {D} er sendt. {K}
Danish|DK|Hej, det er {N}. Mit nye nummer er {P}. Ordre {O} leveres {D}.|Skriv til mig på {E} eller ring på {P}.|Din ordre {O} fra {D} er afsendt. {K}
Finnish|FI|Moi, {N} täällä. Uusi numeroni on {P}. Tilaus {O} saapuu {D}.|Laita sähköpostia osoitteeseen {E} tai soita {P}.|Tilauksesi {O} ({D}) on lähetetty. {K}
Icelandic|IS|Hæ, þetta er {N}. Nýja númerið mitt er {P}. Pöntun {O} kemur {D}.|Sendu mér póst á {E} eða hringdu í {P}.|Pöntun þín {O} frá {D} hefur verið send. {K}
Polish|PL|Cześć, tu {N}. Mój nowy numer to {P}. Zamówienie {O} dotrze {D}.|Napisz do mnie na {E} albo zadzwoń pod {P}.|Twoje zamówienie {O} z dnia {D} zostało wysłane. {K}
Czech|CZ|Ahoj, tady {N}. Moje nové číslo je {P}. Objednávka {O} dorazí {D}.|Napiš mi na {E} nebo zavolej na {P}.|Vaše objednávka {O} ze dne {D} byla odeslána. {K}
Slovak|SK|Ahoj, tu je {N}. Moje nové číslo je {P}. Objednávka {O} príde {D}.|Napíš mi na {E} alebo zavolaj na {P}.|Vaša objednávka {O} zo dňa {D} bola odoslaná. {K}
Hungarian|HU|Szia, {N} vagyok. Az új számom: {P}. A rendelés ({O}) érkezése: {D}.|Írj nekem: {E}, vagy hívj: {P}.|A(z) {O} számú rendelését {D} napon feladtuk. {K}
Romanian|RO|Salut, sunt {N}. Noul meu număr este {P}. Comanda {O} ajunge pe {D}.|Scrie-mi la {E} sau sună-mă la {P}.|Comanda dvs. {O} din {D} a fost expediată. {K}
Bulgarian|BG|Здравей, аз съм {N}. Новият ми номер е {P}. Поръчка {O} пристига на {D}.|Пиши ми на {E} или звънни на {P}.|Вашата поръчка {O} от {D} е изпратена. {K}
Greek|GR,CY|Γεια, είμαι ο {N}. Το νέο μου κινητό είναι {P}. Η παραγγελία {O} φτάνει στις {D}.|Στείλε μου στο {E} ή πάρε με στο {P}.|Η παραγγελία σας {O} της {D} απεστάλη. {K}
Turkish|TR,CY|Selam, ben {N}. Yeni numaram {P}. {O} numaralı sipariş {D} tarihinde gelecek.|Bana {E} adresinden yaz ya da {P} numarasını ara.|{O} numaralı siparişiniz {D} tarihinde kargoya verildi. {K}
Russian|RU,KZ,BY|Привет, это {N}. Мой новый номер: {P}. Заказ {O} придёт {D}.|Пиши на {E} или звони по номеру {P}.|Ваш заказ {O} от {D} отправлен. {K}
Ukrainian|UA|Привіт, це {N}. Мій новий номер: {P}. Замовлення {O} прийде {D}.|Пиши на {E} або телефонуй {P}.|Ваше замовлення {O} від {D} відправлено. {K}
Croatian|HR|Bok, ovdje {N}. Moj novi broj je {P}. Narudžba {O} stiže {D}.|Piši mi na {E} ili nazovi {P}.|Vaša narudžba {O} od {D} je poslana. {K}
Serbian|RS|Ćao, ovde {N}. Moj novi broj je {P}. Porudžbina {O} stiže {D}.|Piši mi na {E} ili me pozovi na {P}.|Vaša porudžbina {O} od {D} je poslata. {K}
Slovenian|SI|Živjo, tukaj {N}. Moja nova številka je {P}. Naročilo {O} prispe {D}.|Piši mi na {E} ali me pokliči na {P}.|Vaše naročilo {O} z dne {D} je bilo odposlano. {K}
Lithuanian|LT|Labas, čia {N}. Mano naujas numeris {P}. Užsakymas {O} atkeliaus {D}.|Rašyk man {E} arba skambink {P}.|Jūsų užsakymas {O} ({D}) išsiųstas. {K}
Latvian|LV|Sveiki, te {N}. Mans jaunais numurs ir {P}. Pasūtījums {O} pienāks {D}.|Raksti man uz {E} vai zvani {P}.|Jūsu pasūtījums {O} no {D} ir nosūtīts. {K}
Estonian|EE|Tere, siin {N}. Minu uus number on {P}. Tellimus {O} saabub {D}.|Kirjuta mulle {E} või helista {P}.|Teie tellimus {O} ({D}) on välja saadetud. {K}
Hebrew|IL|היי, זה {N}. המספר החדש שלי: {P}. הזמנה {O} תגיע ב-{D}.|כתבו לי ל-{E} או התקשרו ל-{P}.|ההזמנה שלך {O} מתאריך {D} נשלחה. {K}
Arabic|SA,AE,EG,JO,QA,KW,IQ,LB,MA|مرحبا، أنا {N}. رقمي الجديد: {P}. الطلب {O} يصل يوم {D}.|راسلني على {E} أو اتصل على {P}.|تم شحن طلبك {O} بتاريخ {D}. {K}
Persian|IR|سلام، {N} هستم. شماره جدیدم: {P}. سفارش {O} روز {D} می‌رسد.|به {E} ایمیل بزن یا با {P} تماس بگیر.|سفارش شما {O} مورخ {D} ارسال شد. {K}
Hindi|IN|नमस्ते, मैं {N} हूँ। मेरा नया नंबर {P} है। ऑर्डर {O} {D} को आएगा।|मुझे {E} पर मेल करें या {P} पर कॉल करें।|आपका ऑर्डर {O} दिनांक {D} को भेज दिया गया है। {K}
Urdu|PK|السلام علیکم، میں {N} ہوں۔ میرا نیا نمبر {P} ہے۔ آرڈر {O} {D} کو پہنچے گا۔|مجھے {E} پر ای میل کریں یا {P} پر کال کریں۔|آپ کا آرڈر {O} بتاریخ {D} روانہ کر دیا گیا ہے۔ {K}
Bengali|BD|হ্যালো, আমি {N}। আমার নতুন নম্বর {P}। অর্ডার {O} আসবে {D} তারিখে।|আমাকে {E} ঠিকানায় মেইল করুন বা {P} নম্বরে কল করুন।|আপনার অর্ডার {O} ({D}) পাঠানো হয়েছে। {K}
Sinhala|LK|ආයුබෝවන්, මම {N}. මගේ අලුත් අංකය {P}. ඇණවුම {O} {D} දින ලැබේ.|{E} වෙත ලියන්න හෝ {P} අමතන්න.|ඔබගේ ඇණවුම {O} ({D}) යවා ඇත. {K}
Nepali|NP|नमस्ते, म {N} हुँ। मेरो नयाँ नम्बर {P} हो। अर्डर {O} {D} मा आउँछ।|मलाई {E} मा इमेल गर्नुहोस् वा {P} मा फोन गर्नुहोस्।|तपाईंको अर्डर {O} ({D}) पठाइएको छ। {K}
Chinese|CN,TW,HK,SG|你好，我是{N}。我的新号码是{P}，订单{O}预计{D}送达。|请发邮件到{E}或者打{P}。|您的订单{O}已于{D}发货。{K}
Japanese|JP|{N}です。新しい番号は{P}です。注文{O}は{D}に届きます。|{E}までメールか、{P}までお電話ください。|ご注文{O}は{D}に発送されました。{K}
Korean|KR|안녕하세요, {N}입니다. 새 번호는 {P}입니다. 주문 {O}은 {D}에 도착합니다.|{E}로 메일 주시거나 {P}로 전화 주세요.|고객님의 주문 {O}이 {D}에 발송되었습니다. {K}
Thai|TH|สวัสดีครับ ผม{N} เบอร์ใหม่ของผมคือ {P} พัสดุ {O} จะถึงวันที่ {D}|ส่งอีเมลมาที่ {E} หรือโทร {P} ได้เลย|คำสั่งซื้อ {O} ของคุณจัดส่งแล้วเมื่อ {D} {K}
Vietnamese|VN|Chào bạn, mình là {N}. Số mới của mình là {P}. Đơn hàng {O} sẽ tới vào {D}.|Gửi email cho mình qua {E} hoặc gọi {P} nhé.|Đơn hàng {O} của bạn đã được gửi ngày {D}. {K}
Indonesian|ID|Halo, ini {N}. Nomor baruku {P}. Pesanan {O} tiba tanggal {D}.|Kirim email ke {E} atau telepon {P} ya.|Pesanan Anda {O} tanggal {D} sudah dikirim. {K}
Malay|MY,SG|Hai, ini {N}. Nombor baru saya {P}. Pesanan {O} sampai pada {D}.|Hantar e-mel ke {E} atau hubungi {P}.|Pesanan anda {O} bertarikh {D} telah dihantar. {K}
Tagalog|PH|Hi, si {N} ito. Bago kong number: {P}. Darating ang order {O} sa {D}.|I-email mo ako sa {E} o tawagan sa {P}.|Naipadala na ang order mo {O} noong {D}. {K}
Swahili|KE,TZ,UG|Habari, ni {N}. Namba yangu mpya ni {P}. Oda {O} itafika {D}.|Niandikie kwa {E} au nipigie {P}.|Oda yako {O} ya {D} imetumwa. {K}
Amharic|ET|ሰላም፣ {N} ነኝ። አዲሱ ስልክ ቁጥሬ {P} ነው። ትዕዛዝ {O} {D} ይደርሳል።|በ {E} ይጻፉልኝ ወይም በ {P} ይደውሉ።|ትዕዛዝዎ {O} በ {D} ተልኳል። {K}
Hausa|NG|Sannu, ni ne {N}. Sabuwar lambata ita ce {P}. Oda {O} zai iso ranar {D}.|Aiko min imel a {E} ko ka kira {P}.|An aika odar ka {O} ranar {D}. {K}
Yoruba|NG|Ẹ n lẹ, {N} ni mí. Nọ́mbà tuntun mi ni {P}. Ọjà {O} yóò dé ní {D}.|Kọ lẹ́tà sí {E} tàbí pè mí ní {P}.|A ti fi ọjà rẹ {O} ránṣẹ́ ní {D}. {K}
Afrikaans|ZA|Hallo, dis {N}. My nuwe nommer is {P}. Bestelling {O} kom op {D}.|Stuur vir my 'n e-pos by {E} of bel {P}.|Jou bestelling {O} van {D} is gestuur. {K}
Zulu|ZA|Sawubona, ngingu-{N}. Inombolo yami entsha ngu-{P}. I-oda {O} lizofika ngo-{D}.|Ngithumelele i-imeyili ku-{E} noma ungishayele ku-{P}.|I-oda lakho {O} lango-{D} selithunyelwe. {K}
Irish|IE|Dia duit, {N} anseo. Is é m'uimhir nua ná {P}. Tiocfaidh ordú {O} ar {D}.|Seol ríomhphost chuig {E} nó glaoigh ar {P}.|Seoladh d'ordú {O} ar {D}. {K}
Maltese|MT|Bonġu, jien {N}. In-numru l-ġdid tiegħi huwa {P}. L-ordni {O} jasal fil-{D}.|Ibgħatli email fuq {E} jew ċempel {P}.|L-ordni tiegħek {O} tal-{D} intbagħat. {K}
Georgian|GE|გამარჯობა, მე ვარ {N}. ჩემი ახალი ნომერია {P}. შეკვეთა {O} ჩამოვა {D}.|მომწერე {E} ან დამირეკე {P}.|თქვენი შეკვეთა {O} ({D}) გაიგზავნა. {K}
Armenian|AM|Բարև, ես {N} եմ։ Իմ նոր համարն է {P}։ Պատվեր {O} կժամանի {D}։|Գրեք ինձ {E} հասցեով կամ զանգեք {P}։|Ձեր պատվերը {O} ուղարկվել է {D}։ {K}
Azerbaijani|AZ|Salam, mən {N}. Yeni nömrəm {P}. {O} sifarişi {D} tarixində gələcək.|Mənə {E} ünvanına yaz və ya {P} nömrəsinə zəng et.|{O} nömrəli sifarişiniz {D} tarixində göndərildi. {K}
Kazakh|KZ|Сәлем, бұл {N}. Жаңа нөмірім: {P}. {O} тапсырысы {D} келеді.|Маған {E} поштасына жаз немесе {P} нөміріне хабарлас.|Сіздің {O} тапсырысыңыз {D} жіберілді. {K}
Mongolian|MN|Сайн уу, би {N}. Миний шинэ дугаар {P}. {O} захиалга {D} ирнэ.|{E} хаягаар бичээрэй эсвэл {P} руу залгаарай.|Таны {O} захиалга {D} илгээгдсэн. {K}
Catalan|ES,AD|Hola, sóc {N}. El meu número nou és {P}. La comanda {O} arriba el {D}.|Escriu-me a {E} o truca'm al {P}.|La vostra comanda {O} del {D} s'ha enviat. {K}
Basque|ES|Kaixo, {N} naiz. Nire zenbaki berria {P} da. {O} eskaera {D} iritsiko da.|Idatzi {E} helbidera edo deitu {P} zenbakira.|Zure {O} eskaera {D} bidali da. {K}
Luxembourgish|LU|Moien, hei ass {N}. Meng nei Nummer ass {P}. D'Bestellung {O} kënnt den {D}.|Schreif mer op {E} oder ruff {P} un.|Är Bestellung {O} vum {D} gouf verschéckt. {K}
"""
LANGS = []
for _line in LANGS_RAW.strip().splitlines():
    _n, _r, _tp, _te, _tn = _line.split("|")
    LANGS.append((_n, [x for x in _r.split(",") if x in REG], _tp, _te, _tn))

WRAPPERS = [
    (
        "WhatsApp chat",
        lambda nm: f"[{date(2)}, {R.randint(7, 23):02d}:{R.randint(0, 59):02d}] {nm}: ",
    ),
    (
        "Telegram export",
        lambda nm: f"{nm}, [{date(1)} {R.randint(7, 23):02d}:{R.randint(0, 59):02d}]\n",
    ),
    ("SMS", lambda nm: ""),
    ("Facebook post", lambda nm: f"{nm} · {R.randint(2, 59)} min\n"),
    ("classified ad", lambda nm: f"[#{digits(8)}] "),
    (
        "forum post",
        lambda nm: (
            f"Re: {R.choice(['Wohnung', 'bike', 'iPhone 13', 'sofa', 'piso', 'Golf VII'])} — posted {date(0)}\n"
        ),
    ),
    ("Signal chat", lambda nm: f"{R.randint(7, 23):02d}:{R.randint(0, 59):02d} {nm}: "),
]


def name():
    return R.choice(FIRST).capitalize()


def pos_chat(lang):
    ln, regs, tp, te, _ = lang
    iso = R.choice(regs)
    kind, wrap = R.choice(WRAPPERS)
    d = Doc()
    nm = name()
    if kind == "SMS":
        d.add("From: ").fill("{P}", P=phone_piece(iso, True, 0)).add(
            f"\n{date(0)} {R.randint(7, 23):02d}:{R.randint(0, 59):02d}\n"
        )
    else:
        d.add(wrap(nm))
    tpl = te if R.random() < 0.3 else tp
    vals = dict(N=nm, P=phone_piece(iso), E=(email(), "EMAIL"), O=order_no(), D=date())
    d.fill(tpl, **vals)
    if R.random() < 0.35:
        d.add("\n" + (wrap(nm) if kind not in ("SMS", "classified ad", "forum post") else ""))
        d.fill("{P}", P=phone_piece(iso, False))
    if R.random() < 0.3:
        d.add(f" ({lookalike()})")
    return d, f"{kind}; {ln}; {iso}", ln


def neg_chat(lang):
    ln, regs, _, _, tn = lang
    iso = R.choice(regs)
    kind, wrap = R.choice([w for w in WRAPPERS if w[0] != "SMS"])
    d = Doc().add(wrap(name()))
    d.fill(tn, O=order_no(), D=date(), K=lookalike())
    if R.random() < 0.5:
        d.add(f" {lookalike()}")
    return d, f"{kind}; {ln}; {iso}; look-alikes only", ln


ALL_REG = list(REG)
SIG = {
    "English": ("Best regards", "Tel", "Mobile", "Fax"),
    "German": ("Mit freundlichen Grüßen", "Tel.", "Mobil", "Fax"),
    "French": ("Cordialement", "Tél.", "Portable", "Fax"),
    "Spanish": ("Saludos cordiales", "Tel.", "Móvil", "Fax"),
    "Italian": ("Cordiali saluti", "Tel.", "Cell.", "Fax"),
    "Dutch": ("Met vriendelijke groet", "Tel", "Mobiel", "Fax"),
    "Polish": ("Z poważaniem", "Tel.", "Kom.", "Faks"),
    "Portuguese": ("Atenciosamente", "Tel.", "Cel.", "Fax"),
}
SIG_REG = {
    "English": ["GB", "US", "AU", "IE", "SG", "IN", "ZA", "CA", "NZ"],
    "German": ["DE", "AT", "CH"],
    "French": ["FR", "BE", "CH", "MA"],
    "Spanish": ["ES", "MX", "AR", "CO", "CL"],
    "Italian": ["IT"],
    "Dutch": ["NL", "BE"],
    "Polish": ["PL"],
    "Portuguese": ["BR", "PT"],
}


def pos_signature():
    ln = R.choice(list(SIG))
    cl, t, m, f = SIG[ln]
    iso = R.choice(SIG_REG[ln])
    d = Doc().add(
        f"{cl},\n\n{name()} {R.choice(LAST).capitalize()}\n{R.choice(['Key Account Manager', 'CFO', 'Projektleitung', 'Head of Sales'])} | {R.choice(LAST).capitalize()} {R.choice(['GmbH', 'Ltd', 'S.A.', 'B.V.', 'Sp. z o.o.', 'S.r.l.'])}\n"
    )
    sep = R.choice([": ", " ", " | "])
    d.fill(f"{t}{sep}{{P}}\n", P=phone_piece(iso, False, 0.3))
    if R.random() < 0.8:
        d.fill(f"{m}{sep}{{P}}\n", P=phone_piece(iso, True, 0))
    if R.random() < 0.4:
        d.fill(f"{f}{sep}{{P}}\n", P=phone_piece(iso, False, 0))
    d.fill("{E}\n", E=(email(), "EMAIL"))
    d.add(f"USt-IdNr./VAT: {R.choice(['DE', 'FR', 'IT', 'NL'])}{digits(9)} · {lookalike()}")
    return d, f"e-mail signature; {ln}; {iso}", ln


def pos_csv():
    delim = R.choice([",", ";", "\t", " | "])
    payroll = R.random() < 0.35
    cols = [
        "id",
        "name",
        "email",
        "phone",
        "country",
        "ssn" if payroll else "last_order",
        "created",
    ]
    d = Doc().add(delim.join(cols) + "\n")
    regs = set()
    for _ in range(R.randint(3, 6)):
        iso = "US" if payroll else R.choice(ALL_REG)
        regs.add(iso)
        q = '"' if delim == "," and R.random() < 0.3 else ""
        d.add(f"{digits(6)}{delim}{q}{R.choice(LAST).capitalize()}, {name()}{q}{delim}")
        d.fill("{E}" + delim + "{P}" + delim, E=(email(), "EMAIL"), P=[(phone(iso), "PHONE")])
        d.add(f"{iso}{delim}")
        d.add(ssn(), "SSN") if payroll else d.add(order_no())
        d.add(f"{delim}{ts()}\n")
    kind = {",": "CSV", ";": "CSV (semicolon)", "\t": "TSV", " | ": "spreadsheet paste"}[delim]
    return d, f"CRM {kind} export; English; {','.join(sorted(regs))}", "English"


def pos_json():
    iso = R.choice(ALL_REG)
    d = Doc().add(
        '{\n  "customer": {\n    "id": '
        + digits(9)
        + ',\n    "name": "'
        + name()
        + '",\n    "email": "'
    )
    d.add(email(), "EMAIL").add('",\n    "phone": "').add(phone(iso), "PHONE").add(
        '",\n    "alt_phone": "'
    )
    d.add(phone(iso, False), "PHONE").add('"\n  },\n  "last_login_ip": "').add(ip(), "IP")
    d.add(
        f'",\n  "app_version": "{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 99)}.{R.randint(100, 999)}",\n  "order": "{order_no()}",\n  "ts": "{ts()}"'
    )
    if R.random() < 0.4:
        d.add(',\n  "payout_iban": "').add(iban(grouped=False), "IBAN").add('"')
    d.add("\n}")
    return d, f"API JSON payload; English; {iso}", "English"


def pos_xml():
    iso = R.choice(ALL_REG)
    d = Doc().add(
        f'<?xml version="1.0" encoding="UTF-8"?>\n<contact id="{digits(8)}" updated="{ts()}">\n  <name>{name()} {R.choice(LAST).capitalize()}</name>\n  <tel type="work">'
    )
    d.fill(
        '{P}</tel>\n  <tel type="cell">{Q}</tel>\n  <email>{E}</email>\n',
        P=[(phone(iso, False), "PHONE")],
        Q=[(phone(iso, True), "PHONE")],
        E=(email(), "EMAIL"),
    )
    d.add(f"  <postcode>{digits(5)}</postcode>\n</contact>")
    return d, f"XML address book; English; {iso}", "English"


def pos_config():
    d = Doc()
    style = R.choice(["yaml", "ini", "env", "nginx"])
    v = f"{R.randint(1, 15)}.{R.randint(0, 9)}.{R.randint(0, 30)}"
    if style == "yaml":
        d.add(f"service:\n  name: billing\n  version: {v}\n  db:\n    host: ").add(
            ipv4(), "IP"
        ).add(f"\n    port: {R.choice([5432, 3306, 27017])}\n  admin_email: ").add(email(), "EMAIL")
        d.add("\n  allowed_ips:\n")
        for _ in range(R.randint(1, 3)):
            d.add("    - ").add(ip(), "IP").add("\n")
        d.add(f"  build: {date(0).replace('-', '')}.{digits(3)}")
    elif style == "ini":
        d.add(f"[smtp]\nserver = {R.choice(LAST)}.mail.local\nbind = ").add(ipv4(), "IP").add(
            f":{R.choice([25, 587, 465])}\nreply_to = "
        ).add(email(), "EMAIL")
        d.add("\n[alerts]\nsms_to = ").add(phone(R.choice(ALL_REG), True), "PHONE").add(
            f"\nschema_version = {v}"
        )
    elif style == "env":
        d.add("DB_HOST=").add(ipv4(), "IP").add(
            f"\nDB_PORT=5432\nAPP_VERSION={v}\nSUPPORT_EMAIL="
        ).add(email(), "EMAIL")
        d.add("\nIPV6_UPSTREAM=[").add(ipv6(), "IP").add(
            f"]:{R.choice([443, 8443, 9000])}\nRELEASE_SHA={hashlib.md5(v.encode()).hexdigest()}"
        )
    else:
        d.add("upstream api {\n    server ").add(ipv4(), "IP").add(
            f":{R.randint(3000, 9000)} weight=5;\n    server ["
        ).add(ipv6(), "IP").add(f"]:{R.randint(3000, 9000)};\n}}\nallow ").add(ipv4(), "IP").add(
            ";\ndeny all;  # nginx/1.25." + str(R.randint(0, 5))
        )
    return d, f"{style} config file; English; -", "English"


AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
    "curl/8.4.0",
    "okhttp/4.12.0",
    "Googlebot/2.1",
]


def pos_log():
    d = Doc()
    style = R.choice(["nginx", "sshd", "app", "fw"])
    for _ in range(R.randint(2, 5)):
        if style == "nginx":
            d.add(ip(), "IP").add(
                f' - - [{R.randint(1, 28):02d}/Mar/2025:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000] "GET /api/v{R.randint(1, 3)}/orders/{digits(7)} HTTP/1.1" {R.choice([200, 304, 404, 500])} {R.randint(200, 90000)} "-" "{R.choice(AGENTS)}"\n'
            )
        elif style == "sshd":
            d.add(
                f"Mar {R.randint(1, 28):2d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} srv{R.randint(1, 9)} sshd[{R.randint(1000, 99999)}]: Failed password for invalid user admin from "
            ).add(ip(), "IP").add(f" port {R.randint(1024, 65535)} ssh2\n")
        elif style == "app":
            d.add(
                f"{ts()} INFO  req={hashlib.md5(digits(5).encode()).hexdigest()[:12]} login ok user="
            ).add(email(), "EMAIL").add(" src=")
            a = ip()
            if ":" in a:
                d.add("[").add(a, "IP").add(f"]:{R.randint(1024, 65535)}")
            else:
                d.add(a, "IP").add(f":{R.randint(1024, 65535)}")
            d.add(
                f" latency={R.randint(3, 900)}ms v{R.randint(1, 5)}.{R.randint(0, 9)}.{R.randint(0, 9)}\n"
            )
        else:
            d.add(f"{ts()} DROP IN=eth0 SRC=").add(ipv4(), "IP").add(" DST=").add(ipv4(), "IP").add(
                f" PROTO=TCP SPT={R.randint(1024, 65535)} DPT={R.choice([22, 80, 443, 3389])}\n"
            )
    return d, f"{style} server log; English; -", "English"


def pos_hr():
    us = R.random() < 0.6
    iso = "US" if us else R.choice(["DE", "FR", "NL", "ES", "IT", "GB", "IE", "BE", "AT", "PL"])
    d = Doc().add(
        f"EMPLOYEE RECORD — CONFIDENTIAL\nEmployee ID: E-{digits(7)}\nName: {name()} {R.choice(LAST).capitalize()}\nDate of birth: {date(3 if us else 1)}\nStart date: {date(0)}\n"
    )
    if us or R.random() < 0.3:
        d.add(R.choice(["SSN: ", "Social Security No.: ", "SSN#", "Soc. Sec. #: "])).add(
            ssn(), "SSN"
        ).add("\n")
    d.fill(
        "Home phone: {P}\nMobile: {Q}\nPersonal email: {E}\n",
        P=phone_piece("US" if us else iso, False, 0),
        Q=phone_piece("US" if us else iso, True, 0),
        E=(email(), "EMAIL"),
    )
    if us:
        d.add(
            f"Direct deposit: routing {R.choice(['021000021', '011000015', '121000358'])}, account ending {digits(4)}\n"
        )
    else:
        d.add("Payroll IBAN: ").add(iban(iso if iso in IBAN_SPEC else None), "IBAN").add("\n")
    d.add(f"Cost center: {digits(4)}-{digits(2)} | Badge {digits(6)}")
    return d, f"HR record; English; {iso}", "English"


def pos_medical():
    d = (
        Doc()
        .add(
            f"PATIENT INTAKE\nMRN: {digits(3)}-{digits(3)}-{digits(3)}\nDOB: {date(3)}\nPatient SSN: "
        )
        .add(ssn(), "SSN")
    )
    d.fill(
        "\nPhone: {P}\nEmergency contact ({R}): {Q}\n",
        P=phone_piece("US", None, 0),
        Q=phone_piece(R.choice(["US", "CA", "MX", "PR"]), True, 0),
        R=R.choice(["spouse", "mother", "son"]),
    )
    d.add(
        f"Insurance member ID: {R.choice(UPPER)}{R.choice(UPPER)}{digits(9)}  Group: {digits(6)}\nBP {R.randint(100, 150)}/{R.randint(60, 95)}, weight {R.randint(45, 120)}.{R.randint(0, 9)} kg, ICD-10 {R.choice(['E11.9', 'I10', 'J45.909', 'M54.5'])}\n"
    )
    if R.random() < 0.5:
        d.add("Portal login: ").add(email(), "EMAIL")
    return d, "medical record; English; US", "English"


def pos_tax():
    d = (
        Doc()
        .add(
            f"Form W-2 Wage and Tax Statement {R.randint(2020, 2025)}\na Employee's social security number\n"
        )
        .add(ssn("-"), "SSN")
    )
    d.add(
        f"\nb Employer identification number (EIN)\n{digits(2)}-{digits(7)}\n1 Wages, tips, other compensation\n{R.randint(20, 190)},{digits(3)}.{digits(2)}\nControl number {digits(5)}-{digits(3)}"
    )
    if R.random() < 0.5:
        d.add("\nSpouse SSN: ").add(ssn(), "SSN")
    return d, "tax form OCR; English; US", "English"


def pos_legal():
    iso = R.choice(["US", "US", "GB", "DE", "FR"])
    d = Doc().add(
        f"{R.choice(LAST).capitalize()} & {R.choice(LAST).capitalize()} LLP\n{date(3)}\n\nRe: {lookalike()} — claim of {name()} {R.choice(LAST).capitalize()}\n\nDear Counsel,\nOur client"
    )
    if iso == "US" or R.random() < 0.3:
        d.add(" (SSN ").add(ssn(), "SSN").add(")")
    d.add(f" disputes invoice INV-{digits(6)}. Please direct all correspondence to ").add(
        email(), "EMAIL"
    )
    d.fill(
        " or call our office at {P}. Any settlement should be wired to ",
        P=phone_piece(iso, False, 0.5),
    )
    d.add(iban(None if iso == "US" else iso), "IBAN").add(
        f" (BIC {R.choice(['DEUTDEFF', 'BNPAFRPP', 'NWBKGB2L', 'COBADEFFXXX'])}).\n\nYours faithfully"
    )
    return d, f"legal letter; English; {iso}", "English"


def pos_ticket():
    iso = R.choice(ALL_REG)
    lang = R.choice(["English", "German", "Spanish", "French"])
    intro = {
        "English": "Hi, I was charged twice for order {O}. The card used was {C}. Please call me back on {P}.",
        "German": "Hallo, für Bestellung {O} wurde zweimal abgebucht. Karte: {C}. Bitte Rückruf unter {P}.",
        "Spanish": "Hola, me cobraron dos veces el pedido {O}. Tarjeta {C}. Llámenme al {P}, por favor.",
        "French": "Bonjour, la commande {O} a été débitée deux fois sur la carte {C}. Rappelez-moi au {P}.",
    }[lang]
    d = Doc().add(f"Ticket #{digits(6)} | Priority: {R.choice(['P2', 'P3'])} | Opened {ts()}\n")
    d.fill(intro, O=order_no(), C=(card(), "CARD"), P=phone_piece(iso))
    d.add(f"\n-- agent note: refund {lookalike()}; customer email ").add(email(), "EMAIL")
    return d, f"support ticket; {lang}; {iso}", lang


def pos_vcard():
    iso = R.choice(ALL_REG)
    d = Doc().add(
        f"BEGIN:VCARD\nVERSION:3.0\nN:{R.choice(LAST).capitalize()};{name()};;;\nTEL;TYPE=CELL:"
    )
    d.add(phone(iso, True), "PHONE").add("\nTEL;TYPE=WORK,VOICE:").add(phone(iso, False), "PHONE")
    d.add("\nEMAIL;TYPE=INTERNET:").add(email(), "EMAIL").add(f"\nREV:{ts()}\nEND:VCARD")
    return d, f"vCard; English; {iso}", "English"


def pos_transcript():
    iso = R.choice(["US", "GB", "AU", "CA", "IE", "NZ", "IN"])
    d = Doc().add(
        f"[00:0{R.randint(0, 9)}:{R.randint(10, 59)}] Agent: Can I take a callback number?\n[00:01:{R.randint(10, 59)}] Caller: Yeah, it's "
    )
    d.fill("{P}, or my wife's, {Q}.\n", P=phone_piece(iso, True, 0), Q=phone_piece(iso, True, 0))
    f = R.random()
    if f < 0.4:
        d.add(
            "Agent: And the last four of your social? Actually, the full one for verification.\nCaller: "
        ).add(ssn(R.choice(["-", " "])), "SSN").add(".\n")
    elif f < 0.7:
        d.add("Caller: The card is ").add(card(), "CARD").add(
            f", expiry {R.randint(1, 12):02d}/{R.randint(26, 31)}.\n"
        )
    d.add(f"Agent: Thanks, your reference is {digits(3)}-{digits(3)}-{digits(4)}.")
    return d, f"call transcript; English; {iso}", "English"


def pos_ocr():
    iso = R.choice(ALL_REG)
    d = Doc().add(
        f"{name().upper()} {R.choice(LAST).upper()}\n{R.choice(['Dipl.-Ing.', 'MBA', 'Architect', 'Dr. med.'])}\n"
    )
    d.fill(R.choice(["Te1: {P}\n", "Tel.: {P}\n", "T {P}\n"]), P=phone_piece(iso, False, 0.3))
    d.fill(R.choice(["Mob.: {P}\n", "M: {P}\n", "Cell {P}\n"]), P=phone_piece(iso, True, 0))
    d.fill(R.choice(["E-Mai1: {E}\n", "E-mail: {E}\n", "{E}\n"]), E=(email(), "EMAIL"))
    d.add(
        f"www.{R.choice(LAST)}-{R.choice(['design', 'bau', 'consult'])}.com  |  {digits(5)} {R.choice(['Berlin', 'Lyon', 'Porto', 'Graz'])}"
    )
    return d, f"OCR business card; English; {iso}", "English"


def pos_sms_export():
    iso = R.choice(ALL_REG)
    d = Doc().add("date,direction,address,body\n")
    for _ in range(R.randint(2, 5)):
        d.add(f"{ts()},{R.choice(['in', 'out'])},").add(phone(iso, True), "PHONE")
        d.add(
            f',"{R.choice(["ok see u", "Your code is " + digits(6), "call me", "Parcel " + order_no() + " delivered"])}"\n'
        )
    return d, f"SMS export CSV; English; {iso}", "English"


def pos_form():
    us = R.random() < 0.5
    iso = "US" if us else R.choice(ALL_REG)
    d = (
        Doc()
        .add(
            f"New submission — Loan pre-qualification form (id {digits(10)})\nfull_name: {name()} {R.choice(LAST).capitalize()}\nemail: "
        )
        .add(email(), "EMAIL")
    )
    d.add("\nphone: ").add(phone(iso), "PHONE")
    if us:
        d.add("\nssn: ").add(ssn(), "SSN")
    d.add("\ncard_on_file: ").add(card(), "CARD") if R.random() < 0.4 else d.add("\niban: ").add(
        iban(), "IBAN"
    )
    d.add(f"\namount: {R.randint(1, 90)},000\nsubmitted_from: ").add(ip(), "IP").add(
        f"\nuser_agent: {R.choice(AGENTS)}"
    )
    return d, f"web form submission; English; {iso}", "English"


def pos_code():
    iso = R.choice(ALL_REG)
    d = (
        Doc()
        .add(
            f'# tests/fixtures.py  (schema v{R.randint(1, 9)}.{R.randint(0, 9)})\nTEST_USER = {{\n    "email": "'
        )
        .add(email(), "EMAIL")
    )
    d.add('",\n    "phone": "').add(phone(iso), "PHONE").add('",\n    "card": "').add(
        card(), "CARD"
    )
    d.add(f'",\n    "order_id": "{order_no()}",\n    "server": "').add(ipv4(), "IP").add('",\n}\n')
    if R.random() < 0.5:
        d.add("INSERT INTO payouts (user_id, iban) VALUES (" + digits(5) + ", '").add(
            iban(grouped=False), "IBAN"
        ).add("');")
    return d, f"code snippet; English; {iso}", "English"


def pos_payroll_sheet():
    d = Doc().add("Emp#\tName\tSSN\tCell\tNet pay\n")
    for _ in range(R.randint(3, 5)):
        d.add(f"{digits(5)}\t{name()} {R.choice(LAST).capitalize()}\t").add(
            ssn(R.choice(["-", "-", " "])), "SSN"
        ).add("\t")
        d.add(phone("US", True), "PHONE").add(f"\t${R.randint(1, 9)},{digits(3)}.{digits(2)}\n")
    return d, "payroll spreadsheet TSV; English; US", "English"


def pos_invoice():
    iso = R.choice([c for c in IBAN_SPEC if c in REG])
    d = Doc().add(
        f"INVOICE {R.choice(['RE', 'INV', 'FA'])}-{R.randint(2021, 2026)}-{digits(5)}\nDate: {date(1)}   Due: {date(1)}\nTotal: {lookalike() if R.random() < 0.3 else '€ ' + str(R.randint(100, 9999)) + ',00'}\n\nPlease transfer to IBAN "
    )
    d.add(iban(iso), "IBAN").add(
        f"\nBIC: {R.choice(UPPER)}{R.choice(UPPER)}{R.choice(UPPER)}{R.choice(UPPER)}{iso}{R.choice(UPPER)}{R.randint(1, 9)}\nReference: {order_no()}\n"
    )
    d.fill("Questions? {P} · {E}", P=phone_piece(iso, False, 0.2), E=(email(), "EMAIL"))
    return d, f"invoice; English; {iso}", "English"


def pos_social():
    iso = R.choice(ALL_REG)
    d = Doc().add(f"@{R.choice(FIRST)}_{R.choice(LAST)}{R.randint(1, 99)} · {R.randint(1, 23)}h\n")
    d.fill(
        R.choice(
            [
                "selling my bike, text {P} 🚲 #forsale",
                "Lost dog near the park!! Call {P} or {Q} 🙏",
                "DM me or WhatsApp {P} for bookings ✨",
            ]
        ),
        P=phone_piece(iso, True, 0),
        Q=phone_piece(iso, None, 0),
    )
    d.add(f" {R.randint(2, 400)} ♥")
    return d, f"social post; English; {iso}", "English"


def pos_bank_change():
    iso = R.choice([c for c in IBAN_SPEC if c in REG])
    d = Doc().add(
        f"Subject: Updated bank details for supplier {digits(6)}\n\nHello,\nplease replace our old account {iban(iso, valid=False)} (closed) with the new one:\n"
    )
    d.add(iban(iso), "IBAN").add(f"\nEffective {date(0)}. Confirm by phone: ")
    d.fill("{P}\n", P=phone_piece(iso, False, 0.3))
    return d, f"e-mail with IBAN change; English; {iso}", "English"


def pos_payment():
    d = Doc().add(
        f"{ts()} gateway=adyen txn={digits(12)} amount={R.randint(1, 999)}.{digits(2)} EUR pan="
    )
    d.add(card(), "CARD").add(
        f" exp={R.randint(1, 12):02d}/{R.randint(26, 32)} cvv=*** client_ip="
    ).add(ip(), "IP")
    d.add(f" 3ds=Y auth_code={digits(6)} mcc={R.choice(['5411', '5812', '4111'])}")
    if R.random() < 0.3:
        d.add(f"\n{ts()} retry pan=").add(card(), "CARD").add(" status=DECLINED")
    return d, "payment gateway log (PCI leak); English; -", "English"


POS_CTX = [
    (pos_signature, 35), (pos_csv, 32), (pos_json, 20), (pos_xml, 14), (pos_config, 18),
    (pos_log, 28), (pos_hr, 24), (pos_medical, 22), (pos_tax, 14), (pos_legal, 18),
    (pos_ticket, 24), (pos_vcard, 22), (pos_transcript, 18), (pos_ocr, 16), (pos_sms_export, 12),
    (pos_form, 20), (pos_code, 12), (pos_payroll_sheet, 14), (pos_invoice, 20), (pos_social, 14),
    (pos_bank_change, 10), (pos_payment, 22),
]  # fmt: skip


# ---------- structured hard negatives ----------
def neg_log():
    d = Doc()
    for _ in range(R.randint(3, 6)):
        d.add(
            f"{ts()} {R.choice(['INFO', 'WARN', 'DEBUG'])} [worker-{R.randint(1, 16)}] job={digits(10)} trace={hashlib.sha1(digits(6).encode()).hexdigest()[:16]} version={R.randint(1, 20)}.{R.randint(0, 9)}.{R.randint(0, 255)}.{R.randint(1, 255)} took {R.randint(1, 999)}ms host=api-{R.randint(1, 9)}.internal\n"
        )
    return d, "application log; English; no PII"


def neg_invoice():
    d = Doc().add(
        f"INVOICE {R.choice(['INV', 'RE'])}-{R.randint(2021, 2026)}-{digits(6)}\nIssued {date(1)} · Due {date(1)}\nCustomer no. {digits(10)}\n"
    )
    d.add(
        f"Bank: BIC {R.choice(['DEUTDEFFXXX', 'BNPAFRPPXXX', 'INGBNL2A', 'UBSWCHZH80A'])} · BLZ {digits(3)} {digits(3)} {digits(2)} · Sort code {digits(2)}-{digits(2)}-{digits(2)}\n"
    )
    d.add(f"VAT {R.randint(7, 25)}% · Total {lookalike()} · PO {digits(4)}-{digits(4)}-{digits(2)}")
    return d, "invoice without account data; English; no PII"


def neg_shipping():
    d = Doc().add(
        f"Shipment update {date(0)}\n{lookalike()}\nWeight: {R.randint(1, 30)}.{R.randint(0, 9)} kg, dims {R.randint(10, 90)}x{R.randint(10, 90)}x{R.randint(5, 60)} cm\nOrder {order_no()} · Depot {digits(5)} · ETA {R.randint(8, 20):02d}:00–{R.randint(12, 22):02d}:00"
    )
    return d, "shipping notification; English; no PII"


def neg_release():
    v = f"{R.randint(1, 20)}.{R.randint(0, 20)}.{R.randint(0, 255)}.{R.randint(1, 255)}"
    d = Doc().add(
        f"## Release {v} ({date(0)})\n- build {digits(8)}.{digits(3)}, commit {hashlib.sha1(v.encode()).hexdigest()[:10]}\n- bumped libfoo from {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 9)} to {R.randint(1, 9)}.{R.randint(0, 9)}.{R.randint(0, 99)}\n- fixed #{digits(4)}; OID {R.choice(['1.3.6.1.4.1.311', '2.5.4.3', '1.2.840.113549.1.1.11'])}\n- sha256: {hashlib.sha256(v.encode()).hexdigest()}"
    )
    return d, "release notes; English; IP-shaped versions"


def neg_flight():
    d = Doc().add(
        f"BOOKING REF {''.join(R.choice(UPPER) for _ in range(6))}\n{lookalike() if R.random() < 0.3 else 'LH ' + str(R.randint(100, 999))}  {date(1)}  dep {R.randint(5, 23):02d}:{R.randint(0, 59):02d}  seat {R.randint(1, 40)}{R.choice('ABCDEF')}\nE-ticket {digits(3)}-{digits(10)}  Fare basis {R.choice(UPPER)}{digits(2)}\nBaggage tag {R.choice(['LH', 'AF', 'BA'])}{digits(6)}"
    )
    return d, "flight itinerary; English; phone-length ticket numbers"


def neg_ids():
    d = Doc().add(
        R.choice(["Part no. ", "Item ", "Lot "])
        + f"{digits(3)}-{digits(2)}-{digits(4)} (replaces {digits(3)}-{digits(2)}-{digits(4)})\n"
    )
    d.add(
        f"EIN {digits(2)}-{digits(7)} · NPI {digits(10)} · Claim {digits(3)}-{digits(2)}-{digits(4)}\nSerial {digits(4)} {digits(4)} {digits(4)} {digits(4)}\n"
    )
    d.add(
        f"Rejected test card {card(valid=False)} (fails Luhn); IBAN {iban(valid=False)} rejected: checksum error"
    )
    return d, "inventory/validation notes; English; SSN-shaped ids, invalid card/IBAN"


def neg_court():
    d = Doc().add(
        f"Docket: {lookalike()}\nFiled {date(3)} · Hearing {date(3)} {R.randint(9, 16)}:{R.choice(['00', '30'])}\nExhibit {digits(3)}-{digits(3)}-{digits(4)}; patent {R.choice(['US', 'EP'])} {digits(1)},{digits(3)},{digits(3)}\nAz. {R.randint(1, 30)} O {R.randint(1, 999)}/{R.randint(19, 26)}"
    )
    return d, "court docket; English; case and patent numbers"


def neg_product():
    d = Doc().add("SKU\tEAN\tDims\tPrice\n")
    for _ in range(R.randint(3, 5)):
        d.add(
            f"{digits(2)}-{digits(4)}-{digits(2)}\t{digits(13)}\t{R.randint(100, 900)}x{R.randint(100, 900)} mm\t{R.randint(5, 999)}.{digits(2)}\n"
        )
    d.add(f"{isbn()} · {lookalike()}")
    return d, "product sheet TSV; English; EAN/ISBN"


def neg_geo():
    d = Doc().add(
        f"Site survey {date(0)}: {lookalike()}\nElevation {R.randint(10, 3000)} m, bearing {R.randint(0, 359)}°, {R.uniform(-89, 89):.6f} {R.uniform(-179, 179):.6f}\nPostcode {digits(5)}, grid ref {digits(3)} {digits(3)}, lottery draw {' '.join(f'{x:02d}' for x in sorted(R.sample(range(1, 50), 6)))}"
    )
    return d, "survey notes; English; coordinates and postal codes"


def neg_json():
    d = Doc().add(
        f'{{"order_id": "{order_no()}", "created": "{ts()}", "amount": {R.randint(1, 9999)}.{digits(2)}, "currency": "EUR", "unix": {R.randint(1600000000, 1790000000)}, "client_version": "{R.randint(1, 9)}.{R.randint(0, 99)}.{R.randint(0, 9)}.{R.randint(0, 999)}", "tracking": "{digits(12)}"}}'
    )
    return d, "order JSON; English; timestamps and ids"


NEG_CTX = [
    (neg_log, 20), (neg_invoice, 20), (neg_shipping, 16), (neg_release, 16), (neg_flight, 16),
    (neg_ids, 22), (neg_court, 14), (neg_product, 14), (neg_geo, 12), (neg_json, 16),
]  # fmt: skip


# ---------- checks ----------
SSN_RE = re.compile(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})")


def check(rec):
    assert set(rec) == {"text", "spans", "kind", "note"}, rec
    t, sp = rec["text"], rec["spans"]
    assert rec["kind"] == ("positive" if sp else "hard_negative")
    last = -1
    for s in sorted(sp, key=lambda x: x["start"]):
        assert s["start"] >= last, ("overlap", rec)
        last = s["end"]
        v = t[s["start"] : s["end"]]
        assert v == v.strip() and v and v[-1] not in ".,;:!?", v
        e = s["entity"]
        if e == "PHONE":
            assert v[0] in "+(0123456789" and v[-1].isdigit(), v
        elif e == "EMAIL":
            assert v.count("@") == 1, v
        elif e == "IP":
            ipaddress.ip_address(v)
        elif e == "CARD":
            num = re.sub(r"[ -]", "", v)
            assert num.isdigit() and luhn_ok(num) and 13 <= len(num) <= 19, v
        elif e == "IBAN":
            num = v.replace(" ", "")
            assert len(num) == IBAN_SPEC[num[:2]][0] and mod97(num[4:] + num[:4]) == 1, v
        elif e == "SSN":
            m = SSN_RE.fullmatch(v)
            a, g, n = map(int, m.groups())
            assert 0 < a < 900 and a != 666 and g > 0 and n > 0, v
        else:
            raise AssertionError(e)


def main():
    docs = []
    for lang in LANGS:
        for _ in range(3):
            docs.append((*pos_chat(lang), "positive"))
        for _ in range(2 if lang[0] in ("English", "German", "French", "Spanish") else 1):
            docs.append((*neg_chat(lang), "hard_negative"))
    for fn, n in POS_CTX:
        for _ in range(n):
            docs.append((*fn(), "positive"))
    for fn, n in NEG_CTX:
        for _ in range(n):
            docs.append((*fn(), "English", "hard_negative"))
    R.shuffle(docs)
    recs, langs = [], set()
    for d, note, lang, kind in docs:
        spans = [{"start": a, "end": b, "entity": e} for a, b, e, _ in d.spans]
        rec = {"text": d.text(), "spans": spans, "kind": kind, "note": note}
        for a, b, _, v in d.spans:
            assert rec["text"][a:b] == v
        if kind == "hard_negative":
            assert not spans
        check(rec)
        langs.add(lang)
        recs.append(rec)
    phone_regs = set(PHONE_REGIONS_USED)
    assert len(langs) >= 40, len(langs)
    assert len(phone_regs) >= 70, len(phone_regs)
    cnt = {}
    for r in recs:
        for s in r["spans"]:
            cnt[s["entity"]] = cnt.get(s["entity"], 0) + 1
    assert cnt.get("SSN", 0) >= 120, cnt
    with OUT.open("w", encoding="utf-8") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    pos = sum(r["kind"] == "positive" for r in recs)
    print(len(recs), pos, len(recs) - pos, cnt, len(langs), len(phone_regs))


if __name__ == "__main__":
    main()
