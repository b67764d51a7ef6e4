"""Generate the seventh personal-data evaluation set (``personal_data_seventh.jsonl``).

What it is: a labelled, blind evaluation set for a detector of six kinds of personal data
(EMAIL, PHONE, CARD, IBAN, IP, SSN). Each line is one text as it might turn up in one person's
data handed to a personal assistant: chats and group chats (WhatsApp, Telegram, iMessage,
WeChat, LINE, KakaoTalk), voice-note transcripts, e-mails with signatures and quoted replies,
vCards, calendar invites, notes and to-do lists, CSV/TSV exports, JSON/YAML/INI, shell history
and logs, OCR'd forms (W-2, W-4, I-9, 1099, rental, school, medical), receipts, statements,
classified ads and social posts, in English and many other languages and scripts.

How it was written: the templates and the value generators below were written from scratch
from the task brief alone, without reading the detector's code, its tests, its README or any
earlier evaluation set. Values are synthetic: phone numbers are random numbers accepted by
``phonenumbers.is_valid_number`` for about 60 regions, cards are Luhn-valid with real brand
prefixes and lengths, IBANs are mod-97-valid with each country's length, SSNs use valid
ranges only, IPs labelled are global (public) addresses only. Hard negatives are texts with
look-alikes (ids named as such, versions, dates, amounts, ISBN/EAN/UUID/hashes, Luhn- and
mod-97-failing numbers, SSN-shaped numbers with invalid parts, routing numbers, ZIP+4,
EIN/ITIN and other countries' ids, private/documentation IPs, code, ...) and no labels.

Conventions: spans cover the value only (no ``tel:``/``mailto:`` prefix, no extension such as
``ext. 12``, no port, no surrounding brackets or final punctuation); fax numbers are labelled
PHONE; IMEIs (Luhn-valid by design) are never labelled; masked or partial values are never
labelled. The script ends with a check that every span is exactly its value and valid for its
entity, and that no Luhn-valid 13-19 digit run, mod-97-valid IBAN, public IP, e-mail address
or in-range dashed SSN is left outside the spans. Output is deterministic (fixed seed, no
reliance on hash order).

Run from the repository root:
    .venv/bin/python benchmarks/seventh/make_personal_data_seventh.py
"""

import hashlib
import ipaddress
import json
import random
import re
import uuid
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

SEED = 20250707
OUT = Path(__file__).with_name("personal_data_seventh.jsonl")
DIGITS = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"

# ----------------------------------------------------------------------------------------------
# text assembly
# ----------------------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{([A-Z][A-Z0-9_]*)\}")


def render(tpl, **kw):
    """Split ``tpl`` on ``{NAME}`` placeholders; values are plain strings or labelled tuples."""
    parts = []
    pos = 0
    for m in PLACEHOLDER.finditer(tpl):
        parts.append(tpl[pos : m.start()])
        parts.append(kw[m.group(1)])
        pos = m.end()
    parts.append(tpl[pos:])
    return parts


def lines(*rows, **kw):
    return render("\n".join(rows), **kw)


def build(parts):
    text = ""
    spans = []
    for p in parts:
        if isinstance(p, tuple):
            meta = p[2] if len(p) > 2 else None
            spans.append(
                {"entity": p[0], "start": len(text), "end": len(text) + len(p[1]), "_m": meta}
            )
            text += p[1]
        else:
            text += p
    return text, spans


# ----------------------------------------------------------------------------------------------
# small helpers
# ----------------------------------------------------------------------------------------------


def digits(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for d in DIGITS:
        if luhn_ok(body + d):
            return body + d
    raise AssertionError(body)


def non_luhn(rng, n, first=None):
    while True:
        s = (first or rng.choice("123456789")) + digits(rng, n - 1)
        if not luhn_ok(s):
            return s


def group(s, sizes, sep=" "):
    out = []
    pos = 0
    for size in sizes:
        out.append(s[pos : pos + size])
        pos += size
    if pos < len(s):
        out.append(s[pos:])
    return sep.join(x for x in out if x)


def fours(s, sep=" "):
    return sep.join(s[i : i + 4] for i in range(0, len(s), 4))


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def date_str(rng):
    y = rng.randint(2019, 2025)
    m = rng.randint(1, 12)
    d = rng.randint(1, 28)
    return pick(rng, [f"{d:02d}/{m:02d}/{y}", f"{y}-{m:02d}-{d:02d}", f"{m}/{d}/{y % 100:02d}"])


def iso_date(rng):
    return f"{rng.randint(2019, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def time_str(rng):
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def money(rng, cur="$"):
    return f"{cur}{rng.randint(3, 2400)}.{rng.randint(0, 99):02d}"


def hexhash(rng, n=40):
    return hashlib.sha256(str(rng.random()).encode()).hexdigest()[:n]


def uuid4(rng):
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


# ----------------------------------------------------------------------------------------------
# names, languages
# ----------------------------------------------------------------------------------------------

NAMES = {
    "en": "Olivia Bennett|Marcus Hill|Priya Nair|Jake O'Connor|Chloe Tran|Samuel Okafor"
    "|Hannah Walsh|Aroha Ngata|Kwame Mensah|Mateo Alvarez",
    "de": "Lukas Schneider|Anna Becker|Jonas Wagner|Lea Hoffmann|Tobias Krüger",
    "fr": "Camille Dubois|Julien Moreau|Léa Fontaine|Mathieu Girard",
    "es": "Lucía Fernández|Javier Ortega|Camila Rojas|Diego Castillo",
    "pt": "João Pereira|Ana Souza|Beatriz Lima|Rafael Carvalho",
    "it": "Giulia Romano|Marco Esposito|Chiara Colombo",
    "nl": "Daan de Vries|Sanne Jansen|Bram Visser",
    "sv": "Elin Lindqvist|Oskar Nilsson",
    "no": "Ingrid Hansen|Magnus Berg",
    "da": "Freja Nielsen|Mads Jørgensen",
    "fi": "Aino Virtanen|Mikko Korhonen",
    "pl": "Katarzyna Nowak|Piotr Wiśniewski",
    "cs": "Tereza Dvořáková|Jan Novák",
    "hu": "Nagy Eszter|Kovács Bence",
    "ro": "Andreea Popescu|Mihai Ionescu",
    "el": "Μαρία Παπαδοπούλου|Γιώργος Νικολάου",
    "tr": "Elif Yılmaz|Mehmet Demir",
    "ru": "Анна Смирнова|Дмитрий Козлов",
    "uk": "Олена Коваленко|Тарас Шевчук",
    "he": "נועה לוי|יוסי כהן",
    "ar": "فاطمة الزهراء|أحمد المنصوري",
    "fa": "سارا احمدی|رضا کریمی",
    "hi": "प्रिया शर्मा|राहुल वर्मा",
    "bn": "তানিয়া রহমান|রাকিব হাসান",
    "ur": "عائشہ خان|بلال احمد",
    "zh": "王芳|李伟|张静",
    "zh_tw": "陳怡君|林志明",
    "ja": "佐藤美咲|鈴木健太",
    "ko": "김지은|박민준",
    "th": "สมชาย ใจดี|นภา ศรีสุข",
    "vi": "Nguyễn Thị Lan|Trần Văn Minh",
    "id": "Siti Rahayu|Budi Santoso",
    "ms": "Nurul Aisyah|Ahmad Faiz",
    "tl": "Maria Santos|Jose Reyes",
    "sw": "Amina Mwangi|Juma Otieno",
    "am": "ሰላም ተስፋዬ|ዳዊት በቀለ",
    "af": "Annelie van der Merwe|Pieter Botha",
}


def name(rng, lang="en"):
    return pick(rng, NAMES.get(lang, NAMES["en"]).split("|"))


PHONE_CUES = {
    "en": [
        "Call me on {PH} after 6",
        "my new number is {PH}",
        "ring {PH} if the gate's locked",
        "text me at {PH} when you land",
        "You can reach the landlord on {PH}.",
        "Mob: {PH}",
        "this is my work cell → {PH}",
    ],
    "de": [
        "Meine neue Handynummer: {PH}",
        "Ruf mich bitte unter {PH} zurück.",
        "Tel. {PH} (ab 17 Uhr)",
    ],
    "fr": ["Mon numéro : {PH}", "Appelle-moi au {PH} ce soir", "Vous pouvez me joindre au {PH}."],
    "es": ["Mi número es {PH}", "Llámame al {PH} cuando llegues", "Escríbeme por WhatsApp al {PH}"],
    "pt": ["Meu número novo: {PH}", "Me liga no {PH} depois das 18h", "Contato: {PH}"],
    "it": ["Il mio numero è {PH}", "Chiamami al {PH} stasera", "Cell. {PH}"],
    "nl": ["Mijn nummer is {PH}", "Bel me even op {PH}", "Tel: {PH}"],
    "sv": ["Mitt nummer är {PH}", "Ring mig på {PH}", "Tfn {PH}"],
    "no": ["Nummeret mitt er {PH}", "Ring meg på {PH}"],
    "da": ["Mit nummer er {PH}", "Ring til mig på {PH}"],
    "fi": ["Numeroni on {PH}", "Soita minulle numeroon {PH}"],
    "pl": ["Mój numer to {PH}", "Zadzwoń do mnie pod {PH}", "Tel. kom. {PH}"],
    "cs": ["Moje číslo je {PH}", "Zavolej mi na {PH}"],
    "hu": ["A számom: {PH}", "Hívj a {PH} számon"],
    "ro": ["Numărul meu este {PH}", "Sună-mă la {PH}"],
    "el": ["Το κινητό μου είναι {PH}", "Πάρε με στο {PH}"],
    "tr": ["Numaram {PH}", "Beni {PH} numarasından ara"],
    "ru": ["Мой номер: {PH}", "Позвони мне по номеру {PH}", "Тел.: {PH}"],
    "uk": ["Мій номер {PH}", "Зателефонуй мені на {PH}"],
    "he": ["המספר שלי הוא {PH}", "תתקשר אליי למספר {PH}"],
    "ar": ["رقمي هو {PH}", "اتصل بي على {PH}", "هاتف: {PH}"],
    "fa": ["شماره من {PH} است", "با {PH} تماس بگیرید"],
    "hi": ["मेरा नंबर {PH} है", "मुझे {PH} पर कॉल करना"],
    "bn": ["আমার নম্বর {PH}", "{PH} নম্বরে ফোন দিও"],
    "ur": ["میرا نمبر {PH} ہے", "مجھے {PH} پر کال کریں"],
    "zh": ["我的手机号是{PH}", "有事打我电话 {PH}", "电话：{PH}"],
    "zh_tw": ["我的電話是 {PH}", "請撥 {PH} 聯絡我"],
    "ja": ["携帯番号は{PH}です", "{PH}までお電話ください", "TEL：{PH}"],
    "ko": ["제 번호는 {PH}입니다", "{PH}로 연락 주세요"],
    "th": ["เบอร์โทรของฉันคือ {PH}", "โทรหาฉันที่ {PH}"],
    "vi": ["Số điện thoại của mình là {PH}", "Gọi cho em theo số {PH}"],
    "id": ["Nomor HP saya {PH}", "Hubungi saya di {PH}"],
    "ms": ["Nombor telefon saya {PH}", "Sila hubungi {PH}"],
    "tl": ["Ito ang number ko: {PH}", "Tawagan mo ako sa {PH}"],
    "sw": ["Namba yangu ni {PH}", "Nipigie kwa {PH}"],
    "am": ["ስልክ ቁጥሬ {PH} ነው", "በ {PH} ይደውሉልኝ"],
    "af": ["My nommer is {PH}", "Bel my by {PH}"],
}

FILLER = {
    "en": ["running 10 min late, sorry", "ok see you at the station", "did you get the keys?"],
    "de": ["Bin in 10 Minuten da", "Hast du den Schlüssel?"],
    "fr": ["J'arrive dans 10 min", "T'as récupéré les clés ?"],
    "es": ["Llego en 10 minutos", "¿Tienes las llaves?"],
    "pt": ["Chego em 10 min", "Pegou as chaves?"],
    "it": ["Arrivo tra 10 minuti"],
    "ru": ["Буду через 10 минут"],
    "zh": ["我十分钟后到"],
    "ja": ["10分遅れます"],
    "ko": ["10분 늦어요"],
    "ar": ["سأصل بعد ١٠ دقائق"],
    "hi": ["10 मिनट में पहुँचती हूँ"],
}

REGION_LANG = {
    "US": ["en"], "CA": ["en", "fr"], "MX": ["es"], "BR": ["pt"], "AR": ["es"], "CL": ["es"],
    "CO": ["es"], "PE": ["es"], "GB": ["en"], "IE": ["en"], "DE": ["de"], "AT": ["de"],
    "CH": ["de", "fr", "it"], "FR": ["fr"], "BE": ["fr", "nl"], "NL": ["nl"], "ES": ["es"],
    "PT": ["pt"], "IT": ["it"], "SE": ["sv"], "NO": ["no"], "DK": ["da"], "FI": ["fi"],
    "PL": ["pl"], "CZ": ["cs"], "HU": ["hu"], "RO": ["ro"], "GR": ["el"], "TR": ["tr"],
    "RU": ["ru"], "UA": ["uk"], "IL": ["he"], "AE": ["ar", "en"], "SA": ["ar"], "EG": ["ar"],
    "MA": ["fr", "ar"], "IR": ["fa"], "IN": ["hi", "en"], "PK": ["ur", "en"], "BD": ["bn"],
    "CN": ["zh"], "TW": ["zh_tw"], "HK": ["zh_tw", "en"], "JP": ["ja"], "KR": ["ko"],
    "TH": ["th"], "VN": ["vi"], "ID": ["id"], "MY": ["ms", "en"], "PH": ["tl", "en"],
    "SG": ["en"], "AU": ["en"], "NZ": ["en"], "ZA": ["en", "af"], "NG": ["en"],
    "KE": ["sw", "en"], "GH": ["en"], "ET": ["am"], "TZ": ["sw"], "FJ": ["en"],
}  # fmt: skip
REGIONS = list(REGION_LANG)

# ----------------------------------------------------------------------------------------------
# phone numbers
# ----------------------------------------------------------------------------------------------

PTYPES = {"mobile": PNT.MOBILE, "fixed": PNT.FIXED_LINE, "tollfree": PNT.TOLL_FREE}
ALLOWED = {
    "mobile": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
    "fixed": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE},
    "tollfree": {PNT.TOLL_FREE},
}
NANP_AREAS = {"US": "212 415 312 617 702 305 206 512 404 713", "CA": "416 604 514 403 613 902"}
STYLES_DEFAULT = ["intl", "intl", "national", "national", "e164", "00", "nat_dash", "nat_none"]
STYLES = {
    "US": ["national", "national", "nat_dash", "nat_dash", "nat_dot", "intl", "one_dash"],
    "CA": ["national", "nat_dash", "nat_dash", "intl", "one_dash"],
    "DE": ["national", "national", "slash", "intl", "00", "paren0", "nat_none"],
    "AT": ["national", "slash", "intl", "00"],
    "GB": ["national", "national", "intl", "paren0", "nat_none"],
    "FR": ["national", "national", "nat_dot", "intl", "00"],
    "BE": ["national", "nat_dot", "intl", "00"],
    "CN": ["nat_none", "nat_none", "national", "intl", "e164"],
    "JP": ["national", "national", "intl"],
    "AU": ["national", "national", "intl", "paren0"],
}


def rand_number(rng, region, kind):
    ptype = PTYPES[kind]
    ex = phonenumbers.example_number_for_type(region, ptype)
    if ex is None:
        kind = "fixed"
        ex = phonenumbers.example_number_for_type(region, PNT.FIXED_LINE)
    nsn = phonenumbers.national_significant_number(ex)
    cc = ex.country_code
    for attempt in range(600):
        keep = 2 if attempt < 300 else max(2, len(nsn) - 4)
        head = nsn[:keep]
        if region in NANP_AREAS and kind != "tollfree":
            head = pick(rng, NANP_AREAS[region].split())
            keep = 3
        cand = head + digits(rng, len(nsn) - keep)
        num = phonenumbers.parse(f"+{cc}{cand}")
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in ALLOWED[kind]:
            return num
    return ex


def style_apply(num, style):
    intl = phonenumbers.format_number(num, PNF.INTERNATIONAL)
    nat = phonenumbers.format_number(num, PNF.NATIONAL)
    cc = str(num.country_code)
    out = {
        "intl": intl,
        "national": nat,
        "e164": phonenumbers.format_number(num, PNF.E164),
        "00": "00" + intl[1:],
        "intl_dash": intl.replace(" ", "-"),
        "nat_dash": re.sub(r"[\s()]+", "-", nat).strip("-"),
        "nat_dot": re.sub(r"[\s()-]+", ".", nat).strip("."),
        "nat_none": re.sub(r"\D", "", nat),
        "slash": nat.replace(" ", "/", 1),
        "one_dash": "1-" + re.sub(r"[\s()]+", "-", nat).strip("-"),
        "paren0": intl.replace(f"+{cc} ", f"+{cc} (0)", 1) if nat.startswith("0") else intl,
    }
    return out[style]


def phone_ok(s, region, num=None):
    try:
        p = phonenumbers.parse(s, region)
    except phonenumbers.NumberParseException:
        return False
    if num is not None and (p.national_number, p.country_code) != (
        num.national_number,
        num.country_code,
    ):
        return False
    return phonenumbers.is_valid_number(p)


def phone_str(rng, region, kind="mobile", style=None):
    num = rand_number(rng, region, kind)
    style = style or pick(rng, STYLES.get(region, STYLES_DEFAULT))
    for st in (style, "intl", "e164"):
        s = style_apply(num, st)
        if phone_ok(s, region, num):
            return s
    raise AssertionError((region, kind))


def ph(rng, region, kind="mobile", style=None):
    return ("PHONE", phone_str(rng, region, kind, style), region)


# ----------------------------------------------------------------------------------------------
# other value generators
# ----------------------------------------------------------------------------------------------

CARD_BRANDS = [
    ("Visa", ["4"], [16, 16, 16, 13, 19]),
    ("Mastercard", ["51", "52", "53", "54", "55", "2221", "2300", "2500", "2720"], [16]),
    ("Amex", ["34", "37"], [15]),
    ("Discover", ["6011", "65", "644", "647", "649"], [16]),
    ("JCB", ["3528", "3541", "3566", "3589"], [16]),
    ("Diners", ["36", "38", "300", "305"], [14]),
    ("UnionPay", ["62"], [16, 19]),
    ("Maestro", ["5018", "5020", "6304", "6759"], [16, 19]),
]


def card_number(rng, brand=None):
    b = [x for x in CARD_BRANDS if x[0] == brand][0] if brand else pick(rng, CARD_BRANDS)
    prefix = pick(rng, b[1])
    n = pick(rng, b[2])
    return b[0], luhn_complete(prefix + digits(rng, n - len(prefix) - 1))


def card_fmt(rng, num, brand, sep=None):
    sep = pick(rng, [" ", " ", "-", ""]) if sep is None else sep
    if brand == "Amex":
        return group(num, [4, 6, 5], sep)
    if len(num) == 14:
        return group(num, [4, 6, 4], sep)
    return fours(num, sep)


def card(rng, brand=None, sep=None):
    b, num = card_number(rng, brand)
    return ("CARD", card_fmt(rng, num, b, sep), b)


IBAN_SPEC = {
    "DE": "18n", "AT": "16n", "CH": "5n12c", "LI": "5n12c", "FR": "10n11c2n", "MC": "10n11c2n",
    "BE": "12n", "NL": "4a10n", "LU": "3n13c", "ES": "20n", "AD": "8n12c", "PT": "21n",
    "IT": "1a10n12c", "SM": "1a10n12c", "GB": "4a14n", "IE": "4a14n", "SE": "20n", "NO": "11n",
    "DK": "14n", "FI": "14n", "IS": "22n", "PL": "24n", "CZ": "20n", "SK": "20n", "HU": "24n",
    "RO": "4a16c", "BG": "4a6n8c", "HR": "17n", "SI": "15n", "RS": "18n", "BA": "16n",
    "ME": "18n", "MK": "3n10c2n", "AL": "8n16c", "XK": "16n", "GR": "7n16c", "CY": "8n16c",
    "MT": "4a5n18c", "TR": "6n16c", "LT": "16n", "LV": "4a13c", "EE": "16n", "UA": "6n19c",
    "KZ": "3n13c", "GE": "2a16n", "AZ": "4a20c", "SA": "2n18c", "AE": "19n", "IL": "19n",
    "QA": "4a21c", "KW": "4a22c", "JO": "4a4n18c", "BH": "4a14c", "LB": "4n20c", "EG": "25n",
    "TN": "20n", "MU": "4a19n3a", "PK": "4a16c", "BR": "23n1a1c", "DO": "4a20n", "CR": "18n",
    "GT": "24c",
}  # fmt: skip


def spec_len(spec):
    return 4 + sum(int(n) for n in re.findall(r"(\d+)[anc]", spec))


def iban_mod(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def iban_ok(s):
    s = s.replace(" ", "").upper()
    cc = s[:2]
    if cc not in IBAN_SPEC or len(s) != spec_len(IBAN_SPEC[cc]) or not s.isalnum():
        return False
    return iban_mod(s) == 1


def iban_raw(rng, cc):
    bban = ""
    for n, t in re.findall(r"(\d+)([anc])", IBAN_SPEC[cc]):
        pool = {"n": DIGITS, "a": UPPER, "c": UPPER + DIGITS + DIGITS}[t]
        bban += "".join(rng.choice(pool) for _ in range(int(n)))
    check = 98 - iban_mod(cc + "00" + bban)
    return f"{cc}{check:02d}{bban}"


def iban(rng, cc, style=None):
    raw = iban_raw(rng, cc)
    style = style or pick(rng, ["group", "group", "group", "raw", "lower_group", "raw_lower"])
    val = {
        "group": fours(raw),
        "raw": raw,
        "lower_group": fours(raw).lower(),
        "raw_lower": raw.lower(),
    }[style]
    return ("IBAN", val)


def ssn_parts(rng):
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    return f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"


def ssn(rng, style=None):
    a, g, s = ssn_parts(rng)
    style = style or pick(rng, ["dash", "dash", "dash", "dash", "space", "bare"])
    sep = {"dash": "-", "space": " ", "bare": ""}[style]
    return ("SSN", f"{a}{sep}{g}{sep}{s}")


def ssn_ok(v):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", v)
    if not m:
        return False
    a, g, s = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 1 <= a <= 899 and a != 666 and g >= 1 and s >= 1


V6_PREFIXES = [
    "2a00:1450", "2a01:4f8", "2a02:8108", "2600:1700", "2606:4700", "2001:4860", "2a03:2880",
    "2400:cb00", "2c0f:fb50", "2800:3f0", "2405:200", "2a0d:5600", "2604:a880", "2001:67c",
]  # fmt: skip


def public_v4(rng):
    while True:
        a = rng.randint(1, 223)
        s = f"{a}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(s).is_global:
            return s


def public_v6(rng):
    head = pick(rng, V6_PREFIXES)
    tail = ":".join(f"{rng.randint(0, 0xFFFF):x}" for _ in range(6))
    if rng.random() < 0.4:
        tail = f"{rng.randint(0, 0xFFFF):x}:0:0:0:0:{rng.randint(1, 0xFFFF):x}"
    addr = str(ipaddress.ip_address(f"{head}:{tail}"))
    return addr.upper() if rng.random() < 0.1 else addr


def ip(rng, v6=None):
    v6 = rng.random() < 0.3 if v6 is None else v6
    return ("IP", public_v6(rng) if v6 else public_v4(rng))


PRIVATE_IPS = [
    "192.168.1.1", "192.168.0.12", "10.0.0.138", "10.8.0.1", "172.16.4.20", "172.31.255.7",
    "127.0.0.1", "169.254.12.3", "192.0.2.44", "198.51.100.23", "203.0.113.9", "100.64.3.1",
    "::1", "fe80::1c2b:3aff:fe4d:9e10", "fd12:3456:789a::1", "2001:db8::17", "0.0.0.0",
]  # fmt: skip


def private_ip(rng):
    return pick(rng, PRIVATE_IPS)


FIRSTS = (
    "olivia marcus priya lukas camille lucia joao giulia daan elin katarzyna elif dmitry noa "
    "fatima rahul wei yuki jieun somchai lan siti amina pieter kwame aroha mateo ingrid"
).split()
LASTS = (
    "bennett hill nair schneider dubois fernandez pereira romano devries lindqvist nowak yilmaz "
    "kozlov levi haddad verma zhang tanaka kim srisuk nguyen rahayu mwangi botha mensah ngata"
).split()
FREE_DOMAINS = (
    "gmail.com outlook.com yahoo.com icloud.com hotmail.co.uk web.de gmx.at orange.fr libero.it "
    "uol.com.br yahoo.co.jp naver.com qq.com 163.com mail.ru yandex.ru proton.me seznam.cz wp.pl "
    "free.fr bigpond.com xtra.co.nz rediffmail.com t-online.de telenet.be ziggo.nl mweb.co.za "
    "fastmail.fm"
).split()
ORG_DOMAINS = (
    "mail.harbourlogistics.co.uk hr.kestrel-bio.com eng.tallyworks.io students.uni-leipzig.de "
    "alumni.unimelb.edu.au cs.ubc.ca clinic-sonnenhof.ch estudiantes.unam.mx lists.riverside.org "
    "corp.nakamura-shoji.co.jp"
).split()
IDN_DOMAINS = ["bücherstube-köln.de", "müller-bau.at", "café-lumière.fr", "ñandú-viajes.es"]
IDN_DOMAINS += ["магазин-цветов.рф", "日本旅館.jp", "παράδειγμα.gr"]


def email(rng, first=None, last=None):
    f = first or pick(rng, FIRSTS)
    la = last or pick(rng, LASTS)
    r = rng.random()
    if r < 0.5:
        dom = pick(rng, FREE_DOMAINS)
    elif r < 0.8:
        dom = pick(rng, ORG_DOMAINS)
    else:
        dom = pick(rng, IDN_DOMAINS)
        if rng.random() < 0.3:
            dom = dom.encode("idna").decode()
    local = pick(
        rng,
        [
            f"{f}.{la}",
            f"{f}{rng.randint(70, 99)}",
            f"{f[0]}{la}",
            f"{f}.{la}+{pick(rng, ['bills', 'school', 'amazon', 'news', 'tax'])}",
            f"{la}_{f}",
            f"{f}-{la}{rng.randint(1, 9)}",
        ],
    )
    val = local + "@" + dom
    return ("EMAIL", val.capitalize() if rng.random() < 0.08 else val)


# ----------------------------------------------------------------------------------------------
# PHONE templates (each takes rng and a region)
# ----------------------------------------------------------------------------------------------


def cue(rng, lang, phone):
    return render(pick(rng, PHONE_CUES[lang]), PH=phone)


def chat_head(rng, lang, who, when=None):
    d, t, variant = when or (date_str(rng), time_str(rng), rng.randrange(2))
    if lang == "zh":
        return f"{who} {d} {t}\n"
    if lang == "ja":
        return f"{t}\t{who}\t"
    if lang == "ko":
        return f"{d} 오후 {t}, {who} : "
    if lang in ("ru", "uk", "fa"):
        return f"{who}, [{d} {t}]\n"
    return [f"[{d}, {t}] {who}: ", f"{d}, {t} - {who}: "][variant]


def p_chat(rng, region):
    lang = pick(rng, REGION_LANG[region])
    a, b = name(rng, lang), name(rng, lang)
    fill = pick(rng, FILLER.get(lang, ["👍"]))
    when = (date_str(rng), time_str(rng), rng.randrange(2))
    parts = [chat_head(rng, lang, a, when), fill, "\n", chat_head(rng, lang, b, when)]
    parts += cue(rng, lang, ph(rng, region))
    return parts, f"chat message with {region} mobile ({lang})"


def p_question(rng, region):
    lang = pick(rng, REGION_LANG[region])
    q = pick(rng, ["what's your number again?", "can u send me ur phone no", "number pls?"])
    if lang != "en":
        q = {
            "de": "Wie war nochmal deine Nummer?",
            "fr": "C'est quoi ton numéro déjà ?",
            "es": "¿Me pasas tu número?",
            "pt": "Me passa teu número?",
            "zh": "你电话多少？",
            "ja": "電話番号教えて",
            "ru": "Скинь свой номер",
        }.get(lang, q)
    parts = [f"{name(rng, lang)}: {q}\n{name(rng, lang)}: ", ph(rng, region)]
    return parts, f"number on the line after a question ({region})"


def p_signature(rng, region):
    lang = pick(rng, REGION_LANG[region])
    n = name(rng, lang)
    t1, t2 = pick(rng, ["T", "Tel.", "Office", "Phone"]), pick(rng, ["M", "Mob.", "Cell", "Mobile"])
    kind = "tollfree" if rng.random() < 0.2 else "fixed"
    parts = lines(
        "Thanks, that works for me.",
        "",
        "--",
        n,
        pick(rng, ["Account Manager", "Head of Operations", "Paralegal", "Dentist"]),
        f"{t1} {{A}}",
        f"{t2} {{B}}",
        A=ph(rng, region, kind),
        B=ph(rng, region, "mobile"),
    )
    return parts, f"e-mail signature with office and mobile ({region})"


def p_vcard(rng, region):
    lang = pick(rng, REGION_LANG[region])
    f = pick(rng, FIRSTS)
    la = pick(rng, LASTS)
    parts = lines(
        "BEGIN:VCARD",
        "VERSION:3.0",
        f"FN:{name(rng, lang)}",
        "TEL;TYPE=CELL:{A}",
        "TEL;TYPE=HOME,VOICE:{B}",
        "EMAIL;TYPE=INTERNET:{E}",
        f"BDAY:19{rng.randint(60, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "END:VCARD",
        A=ph(rng, region, "mobile", "e164" if rng.random() < 0.5 else None),
        B=ph(rng, region, "fixed"),
        E=email(rng, f, la),
    )
    return parts, f"vCard with mobile, home and e-mail ({region})"


def p_csv(rng, region):
    lang = pick(rng, REGION_LANG[region])
    sep = pick(rng, [",", ";", "\t"])
    rows = [sep.join(["name", "phone", "city", "birthday"])]
    parts = []
    for _ in range(rng.randint(2, 3)):
        bd = f"{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}.{rng.randint(1955, 2004)}"
        rows.append(sep.join([name(rng, lang), "{P}", pick(rng, ["—", "n/a", "home"]), bd]))
    text = "\n".join(rows)
    chunks = text.split("{P}")
    for i, c in enumerate(chunks):
        parts.append(c)
        if i < len(chunks) - 1:
            parts.append(ph(rng, region, pick(rng, ["mobile", "mobile", "fixed"])))
    return parts, f"contacts export (delimiter {sep!r}, {region})"


def p_json(rng, region):
    lang = pick(rng, REGION_LANG[region])
    d = {"displayName": name(rng, lang), "phoneNumbers": [{"type": "mobile", "value": "{P}"}]}
    d["lastSeen"] = f"{iso_date(rng)}T{time_str(rng)}:00Z"
    d["contactId"] = rng.randint(10000, 99999)
    tpl = json.dumps(d, ensure_ascii=False, indent=pick(rng, [None, 2]))
    return render(tpl, P=ph(rng, region)), f"app JSON contact ({region})"


AD_TEXT = {
    "en": "For sale: kids bike, barely used, {PRICE}. Pick up only. ",
    "de": "Verkaufe Kinderfahrrad, kaum benutzt, {PRICE} VB. Nur Abholung. ",
    "fr": "Vends vélo enfant, très bon état, {PRICE}. À retirer sur place. ",
    "es": "Vendo bici de niño, casi nueva, {PRICE}. Solo recogida. ",
    "pt": "Vendo bicicleta infantil, pouco uso, {PRICE}. Retirar no local. ",
    "ru": "Продам детский велосипед, почти новый, {PRICE}. Самовывоз. ",
    "zh": "出售儿童自行车，九成新，{PRICE}，自提。",
    "ja": "子供用自転車ゆずります。{PRICE}。手渡しのみ。",
    "ar": "للبيع دراجة أطفال بحالة ممتازة، {PRICE}. الاستلام فقط. ",
    "sw": "Nauza baiskeli ya mtoto, {PRICE}. ",
}


def p_ad(rng, region):
    lang = pick(rng, REGION_LANG[region])
    lead = AD_TEXT.get(lang, AD_TEXT["en"])
    price = f"{rng.randint(20, 150)}"
    parts = render(lead, PRICE=price)
    if rng.random() < 0.35:
        parts.append(ph(rng, region))
    else:
        parts += cue(rng, lang, ph(rng, region))
    return parts, f"classified ad ({region}, {lang})"


def p_invite(rng, region):
    mid = f"{rng.randint(800, 999)} {digits(rng, 4)} {digits(rng, 4)}"
    parts = lines(
        f"Quarterly review — {date_str(rng)} {time_str(rng)}",
        "Join online: https://meet.example-video.com/j/" + mid.replace(" ", ""),
        f"Meeting ID: {mid}",
        f"Passcode: {digits(rng, 6)}",
        f"Dial by your location ({region}):",
        "    {A},,{PIN}#",
        PIN=digits(rng, 9),
        A=ph(rng, region, "tollfree" if rng.random() < 0.5 else "fixed", "intl"),
    )
    return parts, f"calendar invite with dial-in, meeting id and passcode ({region})"


def p_todo(rng, region):
    parts = lines(
        "TODO this week",
        f"- [x] pay council tax ({money(rng, '£')})",
        "- [ ] call dentist {A} to move appt",
        f"- [ ] renew passport (form {rng.randint(100, 999)})",
        "- [ ] plumber: {B} (ask for quote)",
        A=ph(rng, region, "fixed"),
        B=ph(rng, region, "mobile"),
    )
    return parts, f"to-do list with two phone numbers ({region})"


def p_receipt(rng, region):
    kind = pick(rng, ["fixed", "fixed", "tollfree"])
    parts = lines(
        pick(
            rng, ["SUPERMERCADO LA ESQUINA", "BÄCKEREI MÜLLER", "CORNER MART", "FARMACIA CENTRAL"]
        ),
        f"Tel {{A}}   VAT {digits(rng, 9)}",
        f"{date_str(rng)} {time_str(rng)}  Till 03  Rcpt {digits(rng, 6)}",
        f"MILK 1L            {rng.randint(1, 3)}.{rng.randint(10, 99)}",
        f"BREAD              {rng.randint(1, 4)}.{rng.randint(10, 99)}",
        f"TOTAL              {rng.randint(5, 60)}.{rng.randint(10, 99)}",
        A=ph(rng, region, kind),
    )
    return parts, f"receipt header phone ({region})"


def p_voice(rng, region):
    lang = pick(rng, REGION_LANG[region])
    head = f"[Voice note {rng.randint(0, 2)}:{rng.randint(10, 59)} — transcript] "
    parts = [head]
    if lang == "en":
        parts += render(
            "hey it's me, um, my phone died so I'm on my sister's, it's {PH}, call me back "
            "on that one okay, bye",
            PH=ph(rng, region),
        )
    else:
        parts += ["… "] + cue(rng, lang, ph(rng, region)) + [" …"]
    return parts, f"voice-note transcript ({region})"


def p_ext(rng, region):
    lang = pick(rng, REGION_LANG[region])
    words = {"fr": [" poste "], "de": [" Durchwahl -", " App. "], "es": [" ext. ", " int. "]}
    ext = pick(rng, words.get(lang, [" ext. ", " x", " Ext "])) + str(rng.randint(10, 4999))
    parts = render(
        "Front desk: {A}" + ext + "\nAfter hours: {B}",
        A=ph(rng, region, "fixed"),
        B=ph(rng, region, "mobile"),
    )
    return parts, f"office number with extension (extension outside span) ({region})"


def p_ini(rng, region):
    parts = lines(
        "[owner]",
        f"name = {name(rng, pick(rng, REGION_LANG[region]))}",
        "phone = {A}",
        f"uid = {rng.randint(1000, 9999)}",
        "",
        "[alerts]",
        "sms_to={B}",
        "retry=3",
        A=ph(rng, region),
        B=ph(rng, region, style="e164"),
    )
    return parts, f"INI config with phone and sms target ({region})"


def p_social(rng, region):
    lang = pick(rng, REGION_LANG[region])
    lead = pick(
        rng,
        [
            "LOST DOG 🐕 near the park this morning, brown lab, answers to Biscuit. ",
            "Found a wallet on bus 42 tonight. DM me or ",
            "Looking for a reliable babysitter Tue/Thu 3-6pm. ",
        ],
    )
    parts = (
        [lead] + cue(rng, lang, ph(rng, region)) + [pick(rng, [" 🙏 #lostdog", " pls share", ""])]
    )
    return parts, f"social-media post ({region}, {lang})"


def p_two(rng, region):
    lang = pick(rng, REGION_LANG[region])
    conj = {"es": " o ", "fr": " ou ", "de": " oder ", "pt": " ou ", "it": " o "}.get(lang, " or ")
    parts = [name(rng, lang), ": "]
    parts += [ph(rng, region, "mobile"), conj, ph(rng, region, "fixed")]
    return parts, f"two numbers joined by a conjunction ({region})"


def p_school(rng, region):
    parts = lines(
        "EMERGENCY CONTACT FORM — Year 4",
        f"Child: {name(rng, 'en')}    DOB: {date_str(rng)}",
        "Parent/guardian 1 phone (home): {A}",
        "Parent/guardian 1 phone (work): {B}",
        f"Allergies: {pick(rng, ['none', 'peanuts', 'penicillin'])}",
        f"Doctor's fax: {{C}}    Medicare/NHS no.: {digits(rng, 10)}",
        A=ph(rng, region, "fixed"),
        B=ph(rng, region, "mobile"),
        C=ph(rng, region, "fixed"),
    )
    return parts, f"school emergency form with home, work and fax numbers ({region})"


def p_bare(rng, region):
    lang = pick(rng, REGION_LANG[region])
    who = name(rng, lang)
    parts = [f"{who}\n", ph(rng, region, style=pick(rng, ["intl", "e164", "national"])), "\n"]
    parts += [pick(rng, ["met at the conference", "plumber (good)", "Mia's mum", "landlord"])]
    return parts, f"note with a bare number under a name ({region})"


PHONE_TEMPLATES = [
    p_chat, p_question, p_signature, p_vcard, p_csv, p_json, p_ad, p_invite, p_todo,
    p_receipt, p_voice, p_ext, p_ini, p_social, p_two, p_school, p_bare, p_chat, p_ad,
]  # fmt: skip

# ----------------------------------------------------------------------------------------------
# SSN templates
# ----------------------------------------------------------------------------------------------

SSN_CUES = [
    "SSN: {S}",
    "Social Security Number: {S}",
    "my social is {S}",
    "SS#: {S}",
    "Soc. Sec. No. {S}",
    "Número de Seguro Social: {S}",
    "mi número de seguro social es {S}",
    "美国社会安全号码：{S}",
    "미국 사회보장번호(SSN): {S}",
    "Số An sinh Xã hội (SSN): {S}",
    "SSN ko: {S}",
    "номер социального страхования (SSN): {S}",
    "Número do Seguro Social (SSN): {S}",
    "numéro de sécurité sociale américain (SSN) : {S}",
    "US-Sozialversicherungsnummer: {S}",
    "米国社会保障番号：{S}",
    "अमेरिकी सोशल सिक्योरिटी नंबर: {S}",
    "رقم الضمان الاجتماعي الأمريكي: {S}",
    "numer SSN (USA): {S}",
    "nimewo sekirite sosyal mwen se {S}",
    "numero di previdenza sociale USA (SSN): {S}",
]


def ein(rng):
    return f"{rng.randint(10, 88)}-{digits(rng, 7)}"


def s_w2(rng):
    parts = lines(
        f"Form W-2 Wage and Tax Statement {rng.randint(2019, 2024)}",
        "a Employee's social security number",
        "{S}",
        "b Employer identification number (EIN)",
        ein(rng),
        "c Employer's name, address, and ZIP code",
        f"{pick(rng, ['Bluewater Foods LLC', 'Garcia & Sons Roofing', 'Northwind Clinic'])}",
        f"1 Wages, tips, other compensation {rng.randint(21, 140)},{digits(rng, 3)}"
        f".{digits(rng, 2)}",
        f"2 Federal income tax withheld {rng.randint(1, 19)},{digits(rng, 3)}.{digits(rng, 2)}",
        S=ssn(rng, pick(rng, ["dash", "dash", "bare"])),
    )
    return parts, "W-2 with SSN on the line under its box label, EIN nearby"


def s_w4(rng):
    parts = lines(
        "Form W-4 Employee's Withholding Certificate",
        "Step 1: (a) First name and middle initial   Last name          (b) Social security number",
        f"        {name(rng)}                                    {{S}}",
        "        Address  1418 Larkspur Ln",
        "        City or town, state, and ZIP code  Dayton, OH 45459-2210",
        S=ssn(rng),
    )
    return parts, "W-4 with SSN under a column header"


def s_i9(rng):
    a, g, s = ssn_parts(rng)
    val = pick(rng, [f"{a} {g} {s}", f"{a}-{g}-{s}", f"{a}{g}{s}"])
    parts = lines(
        "Section 1. Employee Information and Attestation",
        f"Last Name (Family Name)  {name(rng).split()[-1]}   First Name  {name(rng).split()[0]}",
        f"Date of Birth (mm/dd/yyyy) {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}"
        f"/19{rng.randint(60, 99)}"
        "   U.S. Social Security Number  {S}",
        "Employee's E-mail Address  {E}   Employee's Telephone Number  {P}",
        S=("SSN", val),
        E=email(rng),
        P=ph(rng, "US"),
    )
    return parts, "I-9 section 1 (OCR) with SSN, e-mail and phone"


def s_1099(rng):
    parts = lines(
        f"Form 1099-NEC  {rng.randint(2020, 2024)}  Nonemployee Compensation",
        f"PAYER'S TIN  {ein(rng)}",
        "RECIPIENT'S TIN  {S}",
        f"RECIPIENT'S name  {name(rng)}",
        f"1 Nonemployee compensation  $ {rng.randint(1, 60)},{digits(rng, 3)}.00",
        f"Account number (see instructions)  {digits(rng, 8)}",
        S=ssn(rng, "dash"),
    )
    return parts, "1099-NEC with recipient TIN that is an SSN; payer EIN unlabelled"


def s_chat(rng):
    a, b = name(rng), name(rng)
    q = pick(rng, ["what's your SSN for the lease app?", "need ur social for the credit check"])
    parts = [f"{a}: {q}\n{b}: ", ssn(rng), pick(rng, ["", "\n" + b + ": delete this after pls"])]
    return parts, "SSN on the chat line after the question"


def s_rental(rng):
    parts = lines(
        "RENTAL APPLICATION",
        f"Applicant: {name(rng)}   Date of birth: {date_str(rng)}",
        "Social Security #: {S}     Driver's License #: D" + digits(rng, 7),
        "Phone: {P}    Email: {E}",
        f"Current address: {rng.randint(10, 9999)} Elm St Apt {rng.randint(1, 40)}, "
        "Austin TX 78704",
        f"Monthly income: ${rng.randint(2, 9)},{digits(rng, 3)}",
        S=ssn(rng),
        P=ph(rng, "US"),
        E=email(rng),
    )
    return parts, "rental application with SSN, phone, e-mail and licence number"


def s_hr_email(rng):
    parts = lines(
        "Subject: Re: payroll record correction",
        "",
        "Hi Dana,",
        "Please update my file — my SSN is {S}. The one on my last stub had two digits swapped.",
        "",
        "Thanks,",
        name(rng),
        S=ssn(rng),
    )
    return parts, "HR e-mail correcting an SSN"


def s_payroll(rng):
    rows = ["emp_id,full_name,ssn,dept,hire_date"]
    for _ in range(rng.randint(2, 4)):
        rows.append(f"E{rng.randint(1000, 9999)},{name(rng)},{{S}},Ops,{date_str(rng)}")
    chunks = "\n".join(rows).split("{S}")
    parts = []
    for i, c in enumerate(chunks):
        parts.append(c)
        if i < len(chunks) - 1:
            parts.append(ssn(rng, pick(rng, ["dash", "dash", "bare"])))
    return parts, "payroll CSV export with SSN column"


def s_json(rng):
    d = {
        "employee": {
            "id": f"E-{rng.randint(10000, 99999)}",
            "ssn": "{S}",
            "dob": date_str(rng),
            "zip": f"{digits(rng, 5)}-{digits(rng, 4)}",
        }
    }
    tpl = json.dumps(d, indent=2)
    return render(tpl, S=ssn(rng)), "HR JSON record with SSN and ZIP+4"


def s_medical(rng):
    parts = lines(
        "PATIENT INTAKE",
        f"Name: {name(rng)}   Sex: {pick(rng, ['F', 'M', 'X'])}   DOB: {date_str(rng)}",
        "Patient SSN: {S}",
        f"Insurance Member ID: {pick(rng, UPPER)}{pick(rng, UPPER)}{digits(rng, 9)}"
        f"   Group #: {digits(rng, 6)}",
        f"Emergency contact: {name(rng)} {{P}}",
        S=ssn(rng),
        P=ph(rng, "US"),
    )
    return parts, "medical intake with SSN, member id and group number"


def s_multi(rng):
    c = pick(rng, SSN_CUES)
    wrap = pick(rng, ["{X}", "Nota: {X}", "- {X}", "{X} 🔒"])
    inner = render(c, S=ssn(rng))
    parts = []
    for p in render(wrap, X="\0"):
        parts += inner if p == "\0" else [p]
    return parts, "SSN with cue in one of many languages"


def s_after(rng):
    parts = [ssn(rng), pick(rng, [" ← mom's social, keep safe", " (SSN)", "  = dad's SS number"])]
    return parts, "SSN first, cue after"


def s_dependents(rng):
    parts = lines(
        "Tax prep notes 2024",
        f"Dependents: {name(rng).split()[0]} (age {rng.randint(2, 16)}) SSN {{A}}",
        f"            {name(rng).split()[0]} (age {rng.randint(2, 16)}) SSN {{B}}",
        f"Childcare paid: ${rng.randint(1, 9)},{digits(rng, 3)}   Provider EIN {ein(rng)}",
        A=ssn(rng),
        B=ssn(rng),
    )
    return parts, "tax notes with two dependents' SSNs and a provider EIN"


def s_kv(rng):
    parts = [
        f"{date_str(rng)} {time_str(rng)}:{rng.randint(10, 59)} INFO kyc.verify ",
        f"request_id={uuid4(rng)} ssn=",
        ssn(rng, "bare"),
        f" status=MATCH score=0.{rng.randint(80, 99)}",
    ]
    return parts, "log line with bare 9-digit SSN as key=value"


def s_bank(rng):
    parts = lines(
        "NEW ACCOUNT OPENING — personal checking",
        f"Applicant: {name(rng)}",
        "Taxpayer ID (SSN): {S}",
        "E-mail for statements: {E}",
        f"Routing no. {aba(rng)}   Initial deposit: {money(rng)}",
        S=ssn(rng),
        E=email(rng),
    )
    return parts, "account opening with SSN, e-mail and routing number"


def s_fafsa(rng):
    parts = lines(
        "STUDENT INFORMATION",
        "Student's Social Security Number",
        "[ {S} ]",
        f"Student's date of birth  {date_str(rng)}",
        "Student's phone number  {P}",
        S=ssn(rng, pick(rng, ["dash", "space"])),
        P=ph(rng, "US"),
    )
    return parts, "school aid form, SSN in brackets under its label"


def s_prevline(rng):
    parts = lines(
        "Social Security No.:",
        "{S}",
        f"Issued: {rng.randint(1975, 2010)}",
        S=ssn(rng, pick(rng, ["dash", "space", "bare"])),
    )
    return parts, "SSN on the line after its label"


def s_ocr(rng):
    a, g, s = ssn_parts(rng)
    parts = lines(
        "SOCIAL  SECURITY  ADMINISTRATION",
        f"THIS  NUMBER  HAS  BEEN  ESTABLISHED  FOR   {name(rng).upper()}",
        "{S}",
        S=("SSN", f"{a} {g} {s}"),
    )
    return parts, "OCR of an SS card with spaced SSN"


SSN_TEMPLATES = [
    s_w2, s_w4, s_i9, s_1099, s_chat, s_rental, s_hr_email, s_payroll, s_json, s_medical,
    s_multi, s_multi, s_after, s_dependents, s_kv, s_bank, s_fafsa, s_prevline, s_ocr, s_multi,
]  # fmt: skip

# ----------------------------------------------------------------------------------------------
# CARD templates
# ----------------------------------------------------------------------------------------------

CARD_CUES = [
    "Kartennummer: {C}",
    "Número de tarjeta: {C}",
    "卡号：{C}",
    "カード番号：{C}",
    "카드번호: {C}",
    "Номер карты: {C}",
    "رقم البطاقة: {C}",
    "Numéro de carte : {C}",
    "Número do cartão: {C}",
    "หมายเลขบัตร {C}",
    "Numer karty: {C}",
    "Kaartnummer {C}",
    "card no. {C}",
]


def c_chat(rng):
    parts = render(
        "can you book it on my card? {C} exp {EXP}, cvv {CVV}. thx",
        C=card(rng),
        EXP=f"{rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        CVV=digits(rng, 3),
    )
    return parts, "card in a chat with expiry and CVV"


def c_statement(rng):
    c = card(rng)
    parts = lines(
        f"{c[2]} statement  period {date_str(rng)} – {date_str(rng)}",
        "Card {C}",
        f"Credit limit {money(rng)}   Minimum due {money(rng)}",
        f"Customer no. {non_luhn(rng, 10)}",
        C=c,
    )
    return parts, "card statement header with customer number"


def c_log(rng):
    d = {"event": "payment_attempt", "pan": "{C}", "amount": rng.randint(100, 99999)}
    d["currency"] = pick(rng, ["USD", "EUR", "JPY", "BRL"])
    d["order_id"] = f"ORD-{rng.randint(100000, 999999)}"
    d["ts"] = rng.randint(1_600_000_000, 1_750_000_000)
    return render(json.dumps(d), C=card(rng, sep="")), "payment log JSON with a raw PAN"


def c_ocr(rng):
    c = card(rng, sep=" ")
    parts = lines(
        c[2].upper(),
        "{C}",
        f"VALID THRU {rng.randint(1, 12):02d}/{rng.randint(26, 31)}",
        name(rng).upper(),
        C=c,
    )
    return parts, "OCR of a card front"


def c_multi(rng):
    return render(pick(rng, CARD_CUES), C=card(rng)), "card with a cue in another language"


def c_tsv(rng):
    rows = ["date\tmerchant\tcard\tamount"]
    parts = []
    for _ in range(rng.randint(2, 3)):
        merch = pick(rng, ["Tesco", "Uber", "Lidl", "Shell", "Airbnb"])
        rows.append(f"{date_str(rng)}\t{merch}\t{{C}}\t{money(rng, '')}")
    chunks = "\n".join(rows).split("{C}")
    one = card(rng, sep="")
    for i, ch in enumerate(chunks):
        parts.append(ch)
        if i < len(chunks) - 1:
            parts.append(one)
    return parts, "expense TSV with the same card in several rows"


def c_email(rng):
    parts = lines(
        "Hi Sofia,",
        "Please charge the deposit for the villa to my {B} {C}, name as on card.",
        f"Booking ref {pick(rng, UPPER)}{pick(rng, UPPER)}{digits(rng, 6)}. Cheers",
        B=pick(rng, ["Amex", "card", "Visa"]),
        C=card(rng, pick(rng, ["Amex", "Visa"])),
    )
    return parts, "e-mail asking to charge a card, with booking ref"


def c_vault(rng):
    parts = lines(
        f"Title: {pick(rng, ['Chase Sapphire', 'Revolut', 'Nubank', '招商银行信用卡'])}",
        "Number: {C}",
        f"PIN: {digits(rng, 4)}",
        f"Notes: limit {money(rng)}",
        C=card(rng),
    )
    return parts, "password-manager export with card and PIN"


CARD_TEMPLATES = [c_chat, c_statement, c_log, c_ocr, c_multi, c_tsv, c_email, c_vault, c_multi]

# ----------------------------------------------------------------------------------------------
# IBAN templates
# ----------------------------------------------------------------------------------------------

IBAN_LANG = {
    "DE": "de", "AT": "de", "CH": "de", "LI": "de", "FR": "fr", "MC": "fr", "LU": "fr",
    "BE": "nl", "NL": "nl", "ES": "es", "AD": "es", "PT": "pt", "BR": "pt", "IT": "it",
    "SM": "it", "PL": "pl", "CZ": "cs", "SK": "cs", "TR": "tr", "GR": "el", "CY": "el",
    "UA": "uk", "KZ": "ru", "SA": "ar", "AE": "ar", "QA": "ar", "KW": "ar", "JO": "ar",
    "BH": "ar", "LB": "ar", "EG": "ar", "TN": "fr", "IL": "he", "DO": "es", "CR": "es",
    "GT": "es", "SE": "sv", "NO": "no", "DK": "da", "FI": "fi", "HU": "hu", "RO": "ro",
}  # fmt: skip
IBAN_CUES = {
    "en": ["please transfer to {IB}", "IBAN: {IB}", "my account is {IB} (IBAN)"],
    "de": ["Bitte überweise an {IB}", "IBAN: {IB}", "Kontoverbindung: IBAN {IB}"],
    "fr": ["Mon IBAN : {IB}", "Virement sur {IB} stp"],
    "es": ["Mi IBAN es {IB}", "Cuenta (IBAN): {IB}"],
    "pt": ["Meu IBAN: {IB}", "Transferência para {IB}"],
    "it": ["IBAN per il bonifico: {IB}", "Il mio IBAN è {IB}"],
    "nl": ["Graag overmaken naar {IB}", "Rekeningnummer (IBAN): {IB}"],
    "pl": ["Numer konta IBAN: {IB}", "Przelej na {IB}"],
    "cs": ["Číslo účtu IBAN: {IB}"],
    "tr": ["IBAN numaram: {IB}", "Şu hesaba gönderir misin: {IB}"],
    "el": ["Ο IBAN μου: {IB}"],
    "uk": ["Мій IBAN: {IB}"],
    "ru": ["Реквизиты, IBAN: {IB}"],
    "ar": ["رقم الآيبان: {IB}", "حوّل المبلغ إلى {IB}"],
    "he": ["מספר IBAN: {IB}"],
    "sv": ["IBAN-nummer: {IB}"],
    "no": ["Kontonummer (IBAN): {IB}"],
    "da": ["Overfør til {IB}"],
    "fi": ["Tilinumero: {IB}"],
    "hu": ["Számlaszám (IBAN): {IB}"],
    "ro": ["Cont IBAN: {IB}"],
}
IBAN_COUNTRIES = list(IBAN_SPEC)


def i_chat(rng, cc):
    lang = IBAN_LANG.get(cc, "en")
    parts = [chat_head(rng, lang, name(rng, lang))]
    parts += render(pick(rng, IBAN_CUES[lang]), IB=iban(rng, cc))
    return parts, f"IBAN in a chat ({cc}, {lang})"


def i_invoice(rng, cc):
    bic = "".join(rng.choice(UPPER) for _ in range(4)) + cc + "2X"
    parts = lines(
        f"Rechnung Nr. {rng.randint(2024001, 2024999)} · Betrag {money(rng, '€ ')}",
        f"Zahlbar bis {date_str(rng)} ohne Abzug.",
        f"Bankverbindung: Sparkasse · IBAN {{IB}} · BIC {bic}",
        f"USt-IdNr. DE{digits(rng, 9)}",
        IB=iban(rng, cc, "group"),
    )
    return parts, f"invoice footer with IBAN and BIC ({cc})"


def i_csv(rng, cc):
    rows = ["payee;iban;reference"]
    for _ in range(rng.randint(2, 3)):
        rows.append(
            f"{name(rng, IBAN_LANG.get(cc, 'en'))};{{IB}};{pick(rng, ['rent', 'Miete', 'loyer'])}"
        )
    chunks = "\n".join(rows).split("{IB}")
    parts = []
    for i, ch in enumerate(chunks):
        parts.append(ch)
        if i < len(chunks) - 1:
            parts.append(iban(rng, pick(rng, [cc, pick(rng, IBAN_COUNTRIES)]), "raw"))
    return parts, "banking-app payee CSV"


def i_xml(rng, cc):
    parts = lines(
        "<CdtTrfTxInf>",
        f'  <Amt><InstdAmt Ccy="EUR">{rng.randint(10, 4000)}.00</InstdAmt></Amt>',
        f"  <Cdtr><Nm>{name(rng)}</Nm></Cdtr>",
        "  <CdtrAcct><Id><IBAN>{IB}</IBAN></Id></CdtrAcct>",
        f"  <RmtInf><Ustrd>INV {rng.randint(10000, 99999)}</Ustrd></RmtInf>",
        "</CdtTrfTxInf>",
        IB=iban(rng, cc, "raw"),
    )
    return parts, f"SEPA XML credit transfer ({cc})"


def i_email(rng, cc):
    parts = lines(
        "Hello,",
        "our bank details have changed. From next month please pay to:",
        f"Account holder: {name(rng, IBAN_LANG.get(cc, 'en'))}",
        "IBAN {IB}",
        "Regards",
        IB=iban(rng, cc),
    )
    return parts, f"e-mail with changed bank details ({cc})"


def i_form(rng, cc):
    parts = lines(
        "PAYROLL DETAILS / DATOS BANCARIOS",
        f"Employee no.: {rng.randint(10000, 99999)}",
        "IBAN:",
        "{IB}",
        f"Tax id: {digits(rng, 11)}",
        IB=iban(rng, cc, pick(rng, ["group", "raw"])),
    )
    return parts, f"payroll form, IBAN on the line after its label ({cc})"


def i_note(rng, cc):
    parts = render(
        "splitwise: owe {N} {AMT} for the cabin → {IB} (ref: cabin june)",
        N=name(rng),
        AMT=money(rng, "€"),
        IB=iban(rng, cc, pick(rng, ["raw_lower", "lower_group", "raw"])),
    )
    return parts, f"note with an IBAN in lower case or unspaced ({cc})"


IBAN_TEMPLATES = [i_chat, i_invoice, i_csv, i_xml, i_email, i_form, i_note, i_chat]

# ----------------------------------------------------------------------------------------------
# EMAIL templates
# ----------------------------------------------------------------------------------------------

EMAIL_CUES = [
    "Mi correo: {E}",
    "Meine E-Mail: {E}",
    "我的邮箱是 {E}",
    "メール：{E}",
    "이메일: {E}",
    "Почта: {E}",
    "البريد الإلكتروني: {E}",
    "Mon adresse mail : {E}",
    "Meu e-mail é {E}",
    "E-postadress: {E}",
    "אימייל: {E}",
    "ईमेल: {E}",
    "Email ya kazi: {E}",
]


def e_headers(rng):
    parts = lines(
        "From: {N1} <{A}>",
        "To: {B}",
        "Cc: {C}",
        f"Date: {date_str(rng)} {time_str(rng)}",
        "Subject: Fwd: school trip consent",
        N1=name(rng),
        A=email(rng),
        B=email(rng),
        C=email(rng),
    )
    return parts, "e-mail headers with three addresses"


def e_quoted(rng):
    parts = lines(
        "Sounds good, see you Thursday.",
        "",
        f"On {date_str(rng)} at {time_str(rng)}, {name(rng)} <{{A}}> wrote:",
        "> Could you send the signed lease back by Thursday?",
        "> You can also reach my assistant at {B}.",
        A=email(rng),
        B=email(rng),
    )
    return parts, "quoted reply with addresses in the attribution and the quote"


def e_chat(rng):
    parts = render(
        pick(rng, ["my email is {E}", "send it to {E} pls", "use {E} — the other one is dead"]),
        E=email(rng),
    )
    return parts, "e-mail in a chat message"


def e_csv(rng):
    rows = ["email,first_name,subscribed_at"]
    for _ in range(rng.randint(2, 4)):
        rows.append(f"{{E}},{pick(rng, FIRSTS).title()},{date_str(rng)}")
    chunks = "\n".join(rows).split("{E}")
    parts = []
    for i, ch in enumerate(chunks):
        parts.append(ch)
        if i < len(chunks) - 1:
            parts.append(email(rng))
    return parts, "newsletter CSV export"


def e_json(rng):
    d = {"user": {"handle": "@" + pick(rng, FIRSTS), "email": "{E}", "verified": True}}
    d["user"]["recovery_email"] = "{F}"
    tpl = json.dumps(d, ensure_ascii=False)
    return render(tpl, E=email(rng), F=email(rng)), "profile JSON with two addresses and a handle"


def e_multi(rng):
    return render(pick(rng, EMAIL_CUES), E=email(rng)), "e-mail with a cue in another language"


def e_mailto(rng):
    parts = render(
        pick(rng, ["[Email me](mailto:{E})", '<a href="mailto:{E}">contact</a>', "mailto:{E}"]),
        E=email(rng),
    )
    return parts, "mailto link (span excludes the scheme)"


def e_log(rng):
    parts = [f"{iso_date(rng)}T{time_str(rng)}:07Z auth user=", email(rng)]
    parts += [f" action=login mfa=totp session={hexhash(rng, 16)}"]
    return parts, "auth log line with user e-mail"


def e_sig(rng):
    parts = lines(
        "Best regards / Mit freundlichen Grüßen",
        name(rng, "de"),
        "{E} | {P}",
        E=email(rng),
        P=ph(rng, pick(rng, ["DE", "AT", "CH", "GB"])),
    )
    return parts, "bilingual signature with e-mail and phone"


def e_paren(rng):
    parts = render(
        "Contacts for the trip: {N} ({A}), and me [{B}]. Deadline {D}.",
        N=name(rng),
        A=email(rng),
        B=email(rng),
        D=date_str(rng),
    )
    return parts, "addresses in brackets, sentence punctuation after"


EMAIL_TEMPLATES = [e_headers, e_quoted, e_chat, e_csv, e_json, e_multi, e_mailto, e_log, e_sig]
EMAIL_TEMPLATES += [e_paren]

# ----------------------------------------------------------------------------------------------
# IP templates
# ----------------------------------------------------------------------------------------------


def ip_ssh(rng):
    out = []
    for _ in range(rng.randint(2, 4)):
        pub = rng.random() < 0.7
        head = f"Mar {rng.randint(1, 28):2d} {time_str(rng)}:{rng.randint(10, 59)} vps "
        head += f"sshd[{rng.randint(900, 9999)}]: "
        msg = pick(rng, ["Failed password for root from ", "Accepted publickey for deploy from "])
        out += [head + msg, ip(rng, False) if pub else private_ip(rng)]
        out += [f" port {rng.randint(1024, 65535)} ssh2\n"]
    return out, "sshd auth log with public and private sources"


def ip_nginx(rng):
    v = ip(rng)
    parts = [v, f' - - [12/Mar/2025:{time_str(rng)}:01 +0000] "GET /wp-login.php HTTP/1.1" 404 ']
    parts += [f'{rng.randint(100, 9999)} "-" "Mozilla/5.0"']
    return parts, "nginx access log line"


def ip_alert(rng):
    parts = lines(
        "New sign-in to your account",
        f"When: {date_str(rng)} {time_str(rng)} UTC",
        "Where: " + pick(rng, ["Lisbon, Portugal", "Lagos, Nigeria", "Osaka, Japan", "Quito, EC"]),
        "IP address: {IP}",
        "If this wasn't you, reset your password.",
        IP=ip(rng),
    )
    return parts, "security-alert e-mail with sign-in IP"


def ip_chat(rng):
    parts = render(
        pick(
            rng,
            [
                "my home IP is {IP}, can you whitelist it on the NAS firewall?",
                "what's your public IP?\n{IP}",
                "server moved, new address {IP} (old one was 10.0.0.5 internally)",
            ],
        ),
        IP=ip(rng),
    )
    return parts, "IP in a chat"


def ip_shell(rng):
    a, b = ip(rng, False), ip(rng)
    parts = lines(
        "  501  ssh -p 2222 pi@{A}",
        "  502  ping -c 4 {B}",
        f"  503  scp backup.tar.gz pi@{private_ip(rng)}:/mnt/usb",
        "  504  git log --oneline | head",
        A=a,
        B=b,
    )
    return parts, "shell history with public and private hosts"


def ip_router(rng):
    parts = lines(
        "Router notes",
        "WAN IP: {A}",
        f"LAN gateway: {pick(rng, ['192.168.1.1', '192.168.0.1', '10.0.0.1'])}",
        "DNS: {B}",
        f"Wi-Fi: {pick(rng, ['HomeNet_5G', 'TP-LINK_2F1C'])} / channel {rng.randint(1, 11)}",
        A=ip(rng, False),
        B=("IP", pick(rng, ["1.1.1.1", "8.8.8.8", "9.9.9.9", "208.67.222.222"])),
    )
    return parts, "router notes, public WAN and resolver labelled, LAN gateway not"


def ip_json(rng):
    d = {"ts": f"{iso_date(rng)}T{time_str(rng)}:00Z", "client_ip": "{IP}", "status": 403}
    d["path"] = "/api/v1/login"
    up = private_ip(rng)
    d["upstream"] = (f"[{up}]" if ":" in up else up) + ":8080"
    return render(json.dumps(d), IP=ip(rng, True)), "JSON access log with IPv6 client"


def ip_port(rng):
    if rng.random() < 0.4:
        parts = ["connect to [", ip(rng, True), f"]:{rng.randint(1024, 9999)} failed"]
    else:
        parts = [
            "Connecting to ",
            ip(rng, False),
            f":{pick(rng, ['443', '8443', '25'])} ... timed out",
        ]
    return parts, "IP with a port (port outside span)"


def ip_multi(rng):
    tpl = pick(
        rng,
        [
            "Meine IP-Adresse: {IP}",
            "Mon adresse IP : {IP}",
            "我的IP是{IP}",
            "IPアドレス：{IP}",
            "IP-адрес: {IP}",
            "Dirección IP: {IP}",
            "عنوان IP: {IP}",
        ],
    )
    return render(tpl, IP=ip(rng)), "IP with a cue in another language"


def ip_ban(rng):
    parts = [f"{date_str(rng)} {time_str(rng)}:33,{digits(rng, 3)} fail2ban.actions [811]: NOTICE"]
    parts += [" [sshd] Ban ", ip(rng, False)]
    return parts, "fail2ban log"


IP_TEMPLATES = [ip_ssh, ip_nginx, ip_alert, ip_chat, ip_shell, ip_router, ip_json, ip_port]
IP_TEMPLATES += [ip_multi, ip_ban]

# ----------------------------------------------------------------------------------------------
# mixed templates
# ----------------------------------------------------------------------------------------------


def m_support(rng):
    region = pick(rng, ["GB", "US", "AU", "IE", "NZ", "CA"])
    parts = lines(
        "Agent: Can I have the e-mail on the account?",
        "Customer: {E}",
        "Agent: And a callback number?",
        "Customer: {P}",
        "Agent: Last thing, the card you were charged with?",
        "Customer: {C}",
        f"Agent: Thanks. Your case number is {digits(rng, 8)}.",
        E=email(rng),
        P=ph(rng, region),
        C=card(rng),
    )
    return parts, f"support chat with e-mail, phone, card and a case number ({region})"


def m_onboard(rng):
    cc = pick(rng, IBAN_COUNTRIES)
    region = pick(rng, REGIONS)
    parts = lines(
        "name\temail\tphone\tiban\tstart",
        f"{name(rng)}\t{{E}}\t{{P}}\t{{IB}}\t{date_str(rng)}",
        E=email(rng),
        P=ph(rng, region, style="e164"),
        IB=iban(rng, cc, "raw"),
    )
    return parts, f"onboarding sheet row with e-mail, phone ({region}) and IBAN ({cc})"


def m_yaml(rng):
    parts = lines(
        "owner:",
        "  name: " + name(rng),
        "  email: {E}",
        "  phone: '{P}'",
        "server:",
        "  host: {IP}",
        "  bind: 0.0.0.0",
        f"  port: {rng.randint(2000, 9000)}",
        E=email(rng),
        P=ph(rng, pick(rng, REGIONS), style="intl"),
        IP=ip(rng),
    )
    return parts, "YAML config with owner e-mail, phone and server IP"


def m_claim(rng):
    parts = lines(
        "INSURANCE CLAIM FORM",
        f"Policy number: {pick(rng, UPPER)}{digits(rng, 9)}   Claim no.: {digits(rng, 10)}",
        "Claimant SSN: {S}",
        "Daytime phone: {P}     E-mail: {E}",
        f"Date of loss: {date_str(rng)}   Amount claimed: {money(rng)}",
        S=ssn(rng),
        P=ph(rng, "US"),
        E=email(rng),
    )
    return parts, "insurance claim with policy and claim numbers, SSN, phone, e-mail"


def m_thread(rng):
    cc = pick(rng, ["DE", "FR", "NL", "ES", "IT", "BE", "AT"])
    parts = lines(
        "Danke! Überweisung ist raus.",
        "",
        "Am " + date_str(rng) + " schrieb " + name(rng, "de") + " <{A}>:",
        "> Hier nochmal meine Daten: {IB}",
        "> Bei Fragen: {P}",
        A=email(rng),
        IB=iban(rng, cc),
        P=ph(rng, pick(rng, ["DE", "AT", "CH"])),
    )
    return parts, f"German quoted reply with e-mail, IBAN ({cc}) and phone"


MIXED_TEMPLATES = [m_support, m_onboard, m_yaml, m_claim, m_thread]

# ----------------------------------------------------------------------------------------------
# hard negatives
# ----------------------------------------------------------------------------------------------

IMEI_VALUES = []


def aba(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(8)]
        d[0] = rng.randint(0, 3)
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        chk = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(chk)


def imei(rng):
    v = luhn_complete(pick(rng, ["35", "86", "01"]) + digits(rng, 12))
    IMEI_VALUES.append(v)
    return v


def bad_iban(rng):
    raw = iban_raw(rng, pick(rng, IBAN_COUNTRIES))
    i = rng.randrange(4, len(raw))
    while True:
        ch = rng.choice(DIGITS if raw[i].isdigit() else UPPER)
        cand = raw[:i] + ch + raw[i + 1 :]
        if not iban_ok(cand):
            return fours(cand)


def bad_ssn(rng):
    a, g, s = ssn_parts(rng)
    return pick(
        rng,
        [
            f"000-{g}-{s}",
            f"666-{g}-{s}",
            f"{a}-00-{s}",
            f"{a}-{g}-0000",
            f"9{digits(rng, 2)}-{g}-{s}",
        ],
    )


def bad_card(rng):
    b, num = card_number(rng)
    last = str((int(num[-1]) + rng.randint(1, 9)) % 10)
    return card_fmt(rng, num[:-1] + last, b)


ORDER_CUES = [
    "Order #{X} has shipped",
    "Bestellnummer: {X}",
    "Numéro de commande : {X}",
    "注文番号：{X}",
    "订单号：{X}",
    "주문번호 {X}",
    "Номер заказа: {X}",
    "Número de pedido: {X}",
    "Invoice no. {X}",
    "Tracking number: {X}",
    "Booking reference {X}",
    "Ticket #{X}",
    "Customer number {X}",
    "Member ID: {X}",
    "Policy no. {X}",
    "Serial number: {X}",
    "Meter number {X}",
    "Account ID {X}",
    "Kundennummer {X}",
    "N° de suivi : {X}",
]


def n_ids(rng):
    n = rng.choice([8, 10, 12, 13, 14, 16, 18])
    x = non_luhn(rng, n)
    if rng.random() < 0.4 and n >= 12:
        x = fours(x, pick(rng, [" ", "-"]))
    return render(pick(rng, ORDER_CUES), X=x), "id named as such (order/invoice/member/...)"


def n_phone_shaped(rng):
    region = pick(rng, ["US", "GB", "DE", "FR", "AU"])
    shape = phone_str(rng, region, "fixed", pick(rng, ["nat_none", "nat_dash", "national"]))
    shape = shape.replace("(", "").replace(")", "")
    tpl = pick(
        rng,
        [
            "Customer no. {X} — please quote it on all correspondence.",
            "Kundennummer: {X}",
            "Référence client : {X}",
            "Case ID {X} (do not reply to this e-mail)",
            "Part no. {X} · Qty 2",
        ],
    )
    return render(tpl, X=shape), "phone-shaped number the text calls an id"


def n_version(rng):
    parts = [
        f"Updated to v{rng.randint(1, 17)}.{rng.randint(0, 30)}.{rng.randint(0, 99)} ",
        f"(build {rng.randint(1000, 29999)}.{rng.randint(100, 999)}); kernel ",
        f"{rng.randint(4, 6)}.{rng.randint(0, 19)}.0-{rng.randint(10, 99)}-generic, ",
        f"Windows 10.0.{rng.randint(19041, 22631)}.{rng.randint(1000, 4999)}",
    ]
    return ["".join(parts)], "versions and build numbers"


def n_dates(rng):
    t = (
        f"Meeting moved to {date_str(rng)} at {time_str(rng)}. Flight departs "
        f"{rng.randint(1, 28)}.{rng.randint(1, 12)}.{rng.randint(2024, 2026)} {time_str(rng)}, "
        f"arrives {date_str(rng)}T{time_str(rng)}:00+09:00."
    )
    return [t], "dates and times"


def n_amounts(rng):
    t = (
        f"Total due: ${rng.randint(1, 999)},{digits(rng, 3)}.{digits(rng, 2)} · "
        f"Betrag: {rng.randint(1, 99)}.{digits(rng, 3)},{digits(rng, 2)} € · "
        f"¥{rng.randint(1, 99)},{digits(rng, 3)},{digits(rng, 3)} · "
        f"population {rng.randint(1, 9)},{digits(rng, 3)},{digits(rng, 3)},{digits(rng, 3)}"
    )
    return [t], "amounts and statistics"


def ean13(rng, prefix="978"):
    while True:
        body = prefix + digits(rng, 12 - len(prefix))
        s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body))
        v = body + str((10 - s % 10) % 10)
        if not luhn_ok(v):
            return v


def n_codes(rng):
    isbn = ean13(rng)
    t = pick(
        rng,
        [
            f"ISBN {isbn[:3]}-{isbn[3]}-{isbn[4:7]}-{isbn[7:12]}-{isbn[12]}",
            f"EAN {ean13(rng, pick(rng, ['400', '590', '871', '690']))}",
            f"request id {uuid4(rng)}",
            f"commit {hexhash(rng)} (HEAD -> main)",
            f"sha256:{hexhash(rng, 64)}",
        ],
    )
    t2 = pick(rng, ["Library hold ready.", "Scanned at checkout.", "Deploy ok.", "Image pulled."])
    return [f"{t2} {t}"], "ISBN/EAN/UUID/hash"


def n_bad_luhn(rng):
    tpl = pick(
        rng,
        [
            "Gift card code: {X}",
            "Loyalty card {X}",
            "card number from the old photo (one digit unreadable): {X}",
            "Bonuskarte Nr. {X}",
        ],
    )
    return render(tpl, X=bad_card(rng)), "16-digit number failing Luhn"


def n_bad_iban(rng):
    tpl = pick(
        rng,
        [
            "IBAN (typo, bank rejected it): {X}",
            "Referenz {X}",
            "old IBAN {X} - returned, checksum error",
        ],
    )
    return render(tpl, X=bad_iban(rng)), "IBAN-shaped string failing mod-97"


def n_bad_ssn(rng):
    tpl = pick(
        rng,
        [
            "Sample SSN on the training slide: {X}",
            "Form field validation failed for {X}",
            "ITIN {X} (not an SSN)",
            "test record ssn={X}",
        ],
    )
    x = bad_ssn(rng)
    if tpl.startswith("ITIN"):
        x = f"9{digits(rng, 2)}-{rng.randint(70, 88)}-{digits(rng, 4)}"
    return render(tpl, X=x), "SSN-shaped number with an invalid area, group or serial, or ITIN"


def n_routing(rng):
    t = (
        f"Direct deposit: routing {aba(rng)}, account ending {digits(rng, 4)}. "
        f"Mail to PO Box {rng.randint(100, 9999)}, Reno NV {digits(rng, 5)}-{digits(rng, 4)}"
    )
    return [t], "ABA routing number, masked account, ZIP+4"


def n_ein(rng):
    t = pick(
        rng,
        [
            f"Employer Identification Number (EIN): {ein(rng)}",
            f"Federal Tax ID / EIN {ein(rng)} — Bluebird Daycare LLC",
        ],
    )
    return [t], "EIN named as such"


def nir(rng):
    return (
        f"{rng.randint(1, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 3)}"
    )


def n_natid(rng):
    t = pick(
        rng,
        [
            f"National Insurance number: QQ {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} C",
            f"Canadian SIN {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            f"Steuer-ID: {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
            f"N° de sécurité sociale : {nir(rng)} {digits(rng, 3)} {digits(rng, 2)}",
            f"DNI {digits(rng, 8)}{pick(rng, UPPER)}",
            f"Aadhaar: {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
            f"身份证号：{non_luhn(rng, 17)}X",
            f"CPF {digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 2)}",
            f"주민등록번호 {digits(rng, 6)}-{digits(rng, 7)}",
            f"BSN: {digits(rng, 9)}",
            f"personnummer {digits(rng, 6)}-{digits(rng, 4)}",
            f"マイナンバー {digits(rng, 4)} {digits(rng, 4)} {digits(rng, 4)}",
            f"TFN {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
        ],
    )
    return [t], "another country's national id, named"


def n_coords(rng):
    lat = f"{rng.uniform(-60, 70):.6f}"
    lon = f"{rng.uniform(-170, 170):.6f}"
    t = pick(
        rng,
        [
            f"Pin: {lat}, {lon}",
            f"meet here → https://maps.example.org/?q={lat},{lon}",
            f"GPS {rng.randint(1, 89)}°{rng.randint(0, 59)}′{rng.randint(0, 59)}″N "
            f"{rng.randint(1, 179)}°{rng.randint(0, 59)}′E, alt {rng.randint(3, 3000)} m",
        ],
    )
    return [t], "coordinates"


def n_code(rng):
    k = rng.randint(2, 9999)
    t = pick(
        rng,
        [
            f"for (int i = 0; i < {k}; i++) {{ buf[i] = 0x7f000001 ^ seed; }}",
            "if re.match(r'^\\d{3}-\\d{2}-\\d{4}$', value): raise ValueError('no SSNs')"
            f"  # line {k}",
            f"const port = process.env.PORT || {k}; // see RFC 5737 for 192.0.2.0/24",
            f"npm i @angular/core@17.3.{k % 20} && pip install requests==2.31.{k % 9}",
            f"{pick(rng, FIRSTS)}@raspberrypi:~ $ sudo systemctl restart nginx  # {k}",
            f"SELECT id, total FROM orders WHERE id = 44001{k} LIMIT 10;",
        ],
    )
    return [t], "code snippet"


def n_private_ip(rng):
    nas, printer = rng.sample(PRIVATE_IPS, 2)
    t = (
        f"NAS at {nas}, printer at {printer}, "
        f"docs example {pick(rng, ['192.0.2.', '198.51.100.', '203.0.113.'])}"
        f"{rng.randint(1, 254)}, "
        f"loopback 127.0.0.1, link-local {pick(rng, ['169.254.7.1', 'fe80::a00:27ff:fe4e:66a1'])}"
    )
    return [t], "private, loopback, link-local and documentation IPs"


def n_imei(rng):
    t = pick(
        rng,
        [
            f"IMEI: {imei(rng)} (dual SIM), serial {pick(rng, UPPER)}{digits(rng, 9)}",
            f"Lost phone report — IMEI {imei(rng)}, model SM-A{rng.randint(100, 599)}",
        ],
    )
    return [t], "IMEI (Luhn-valid by design), named as such"


def n_product(rng):
    t = (
        f"SKU {pick(rng, UPPER)}{pick(rng, UPPER)}-{digits(rng, 5)}-{rng.randint(10, 99)} · "
        f"model {pick(rng, UPPER)}{digits(rng, 4)}{pick(rng, UPPER)} · lot {digits(rng, 7)}"
    )
    return [t], "product codes"


def n_masked(rng):
    t = pick(
        rng,
        [
            f"Card ending in {digits(rng, 4)} was charged {money(rng)}.",
            f"**** **** **** {digits(rng, 4)} · exp {rng.randint(1, 12):02d}/{rng.randint(26, 30)}",
            f"SSN: XXX-XX-{digits(rng, 4)}",
            f"IBAN DE** **** **** **** **{digits(rng, 2)} {digits(rng, 2)}",
            f"Call us from the number ending {digits(rng, 3)}",
        ],
    )
    return [t], "masked or partial values"


def n_handles(rng):
    t = (
        f"follow @{pick(rng, FIRSTS)}_{pick(rng, LASTS)} and "
        f"@{pick(rng, FIRSTS)}{rng.randint(1, 99)} "
        f"on insta, use #summer{rng.randint(2020, 2025)}"
    )
    return [t], "social handles, not e-mails"


def n_stats(rng):
    t = (
        f"Q{rng.randint(1, 4)} revenue up {rng.randint(1, 40)}.{rng.randint(0, 9)}% to "
        f"{rng.randint(100, 999)},{digits(rng, 3)},{digits(rng, 3)}; "
        f"DAU {rng.randint(1, 99)},{digits(rng, 3)}; "
        f"p95 latency {rng.randint(100, 999)} ms; score {rng.randint(1, 9)}-{rng.randint(0, 9)}"
    )
    return [t], "statistics"


def n_otp(rng):
    t = pick(
        rng,
        [
            f"Your verification code is {digits(rng, 3)} {digits(rng, 3)}. Don't share it.",
            f"Gate code {digits(rng, 4)}#, wifi password {digits(rng, 10)}",
            f"Flight LH{rng.randint(100, 999)}, seat {rng.randint(1, 40)}{pick(rng, 'ABCDEF')}, "
            f"e-ticket {rng.randint(100, 999)}-{digits(rng, 10)}",
        ],
    )
    return [t], "codes and tickets"


def n_plain(rng):
    lang = pick(rng, list(FILLER))
    t = pick(rng, FILLER[lang]) + " " + name(rng, lang) + pick(rng, ["", " 🙂", "!", " 😂"])
    return [t], "plain chat with a name only"


def n_multilang(rng):
    t = pick(
        rng,
        [
            f"Ihre Sendungsnummer lautet {non_luhn(rng, 14)}.",
            f"Votre colis n° {digits(rng, 2)}{pick(rng, UPPER)}{digits(rng, 9)} est en route.",
            f"您的快递单号：SF{digits(rng, 12)}",
            f"お問い合わせ番号：{digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
            f"Номер полиса ОМС: {fours(non_luhn(rng, 16))}",
            f"رقم الطلب: {digits(rng, 9)}",
            f"Nº do pedido: {digits(rng, 9)}",
            f"송장번호 {digits(rng, 4)}-{digits(rng, 4)}-{digits(rng, 4)}",
        ],
    )
    return [t], "shipment/order ids in other languages"


def n_sheet(rng):
    rows = ["sku,qty,unit_price,barcode"]
    for _ in range(3):
        rows.append(
            f"{pick(rng, UPPER)}{digits(rng, 5)},{rng.randint(1, 50)},{money(rng, '')},"
            + ean13(rng, "590")
        )
    return ["\n".join(rows)], "inventory CSV with barcodes"


NEG_TEMPLATES = [
    n_ids, n_ids, n_phone_shaped, n_version, n_dates, n_amounts, n_codes, n_bad_luhn, n_bad_iban,
    n_bad_ssn, n_bad_ssn, n_routing, n_ein, n_natid, n_natid, n_coords, n_code, n_private_ip,
    n_imei, n_product, n_masked, n_handles, n_stats, n_otp, n_plain, n_multilang, n_sheet,
]  # fmt: skip

# ----------------------------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------------------------


def generate():
    rng = random.Random(SEED)
    records = []

    def add(parts, note):
        text, spans = build(parts)
        records.append({"text": text, "spans": spans, "note": note})

    for i in range(180):
        region = REGIONS[i % len(REGIONS)]
        add(*PHONE_TEMPLATES[i % len(PHONE_TEMPLATES)](rng, region))
    for i in range(125):
        add(*SSN_TEMPLATES[i % len(SSN_TEMPLATES)](rng))
    for i in range(66):
        add(*CARD_TEMPLATES[i % len(CARD_TEMPLATES)](rng))
    for i in range(70):
        add(*IBAN_TEMPLATES[i % len(IBAN_TEMPLATES)](rng, IBAN_COUNTRIES[i % len(IBAN_COUNTRIES)]))
    for i in range(60):
        add(*EMAIL_TEMPLATES[i % len(EMAIL_TEMPLATES)](rng))
    for i in range(64):
        add(*IP_TEMPLATES[i % len(IP_TEMPLATES)](rng))
    for i in range(40):
        add(*MIXED_TEMPLATES[i % len(MIXED_TEMPLATES)](rng))
    for i in range(240):
        add(*NEG_TEMPLATES[i % len(NEG_TEMPLATES)](rng))
    rng.shuffle(records)
    return records


# ----------------------------------------------------------------------------------------------
# checks
# ----------------------------------------------------------------------------------------------


def span_valid(sp, value):
    ent = sp["entity"]
    if ent == "PHONE":
        return phone_ok(value, sp["_m"])
    if ent == "CARD":
        d = re.sub(r"[ -]", "", value)
        return d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)
    if ent == "IBAN":
        return iban_ok(value)
    if ent == "SSN":
        return ssn_ok(value)
    if ent == "IP":
        return ipaddress.ip_address(value).is_global
    if ent == "EMAIL":
        return EMAIL_RE.fullmatch(value) is not None
    return False


EMAIL_RE = re.compile(r"[\w.+%-]+@(?:[\w-]+\.)+(?:[^\W\d_]{2,}|xn--[\w-]+)")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
V6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
SSN_RE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")
RUN_RE = re.compile(r"(?<!\d)\d{13,19}(?!\d)")
GROUPED_RE = re.compile(
    r"(?<![\d-])(?<!\d[ -])\d{4}([ -])\d{4,6}\1\d{4,5}(?:\1\d{1,4})?(?:\1\d{1,3})?(?!\d)"
)
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}")


def covered(spans, a, b):
    return any(s["start"] < b and a < s["end"] for s in spans)


def _ip_hits(text):
    for m in list(V4_RE.finditer(text)) + list(V6_RE.finditer(text)):
        try:
            if ipaddress.ip_address(m.group()).is_global:
                yield "IP", m
        except ValueError:
            pass


def _number_hits(text):
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()):
            yield "SSN", m
    for m in list(RUN_RE.finditer(text)) + list(GROUPED_RE.finditer(text)):
        d = re.sub(r"[ -]", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d) and d not in IMEI_VALUES:
            yield "CARD", m
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "").upper()
        spec = IBAN_SPEC.get(s[:2])
        if spec and iban_ok(s[: spec_len(spec)]):
            yield "IBAN", m


def leftovers(text):
    """Yield (kind, match) for look-alike values of the six kinds anywhere in ``text``."""
    for m in EMAIL_RE.finditer(text):
        yield "EMAIL", m
    yield from _ip_hits(text)
    yield from _number_hits(text)


def check(records):
    errors = []
    seen = set()
    for i, r in enumerate(records):
        text = r["text"]
        if text in seen:
            errors.append((i, "duplicate text"))
        seen.add(text)
        for sp in r["spans"]:
            value = text[sp["start"] : sp["end"]]
            if value != value.strip() or not span_valid(sp, value):
                errors.append((i, f"bad span {sp['entity']} {value!r}"))
        for kind, m in leftovers(text):
            if not covered(r["spans"], m.start(), m.end()):
                errors.append((i, f"unlabelled {kind} {m.group()!r}"))
    return errors


def main():
    records = generate()
    errors = check(records)
    for i, e in errors[:40]:
        print(i, e, "|", records[i]["text"][:120].replace("\n", " / "))
    if errors:
        raise SystemExit(f"{len(errors)} check errors")
    counts = {}
    kinds = {"positive": 0, "hard_negative": 0}
    with OUT.open("w", encoding="utf-8") as fh:
        for r in records:
            kind = "positive" if r["spans"] else "hard_negative"
            kinds[kind] += 1
            ents = sorted({s["entity"] for s in r["spans"]})
            for e in ents:
                counts[e] = counts.get(e, 0) + 1
            spans = [{k: s[k] for k in ("entity", "start", "end")} for s in r["spans"]]
            row = {"text": r["text"], "spans": spans, "kind": kind, "note": r["note"]}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    n_spans = {}
    for r in records:
        for s in r["spans"]:
            n_spans[s["entity"]] = n_spans.get(s["entity"], 0) + 1
    print(f"wrote {len(records)} texts to {OUT.name}")
    print("texts containing each entity:", dict(sorted(counts.items())))
    print("spans per entity:", dict(sorted(n_spans.items())))
    print("texts per kind:", kinds)


if __name__ == "__main__":
    main()
