"""Writes `personal_data_fresh.jsonl`: the third labelled personal-data set, the final check.

Written after the first two sets and without reading them or attune's detectors, so a
detector tuned on those sets meets sentences it has never seen. Each template is one text
with its personal data marked inline, `[[EMAIL|value]]`; values that must pass a checksum
or a registry are drawn from a seeded generator instead, `⟨card:visa16:sp⟩`, so every card
is Luhn-valid with a real brand prefix and length, every IBAN mod-97-valid with its
country's length, every SSN in a valid range and every phone valid per `phonenumbers`.
Hard negatives hold look-alikes that are not personal data (order numbers, versions,
hashes, numbers failing Luhn or mod-97, invalid SSN ranges, code, ...).

Every span is checked to round-trip (`text[start:end] == value`) and to be valid for its
entity; a number that looks like a card, IBAN or SSN outside a span fails the build, so
no personal data is left unlabelled. Same seed, same file.

    python benchmarks/fresh/make_personal_data_fresh.py
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import re
import string
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

SEED = 61_803
OUT = Path(__file__).resolve().with_name("personal_data_fresh.jsonl")
ENTITIES = ("EMAIL", "PHONE", "CARD", "IBAN", "IP", "SSN")
ENTITIES += ("URL_SECRET", "API_KEY", "DOB", "ADDRESS", "PERSON")
MARKUP = re.compile(r"\[\[([A-Z_]+)\|(.*?)\]\]", re.DOTALL)
TOKEN = re.compile(r"⟨([^⟩]+)⟩")

# Brand → (prefixes, length): the issuer ranges cards really carry.
CARD_BRANDS: dict[str, tuple[tuple[str, ...], int]] = {
    "visa13": (("4",), 13),
    "visa16": (("4",), 16),
    "visa19": (("4",), 19),
    "mc": (("51", "52", "53", "54", "55"), 16),
    "mc2": (tuple(str(p) for p in range(2221, 2721)), 16),
    "amex": (("34", "37"), 15),
    "disc": (("6011", "644", "645", "646", "647", "648", "649", "65"), 16),
    "jcb": (tuple(str(p) for p in range(3528, 3590)), 16),
    "diners": (("36", "300", "301", "302", "303", "304", "305"), 14),
    "maestro16": (("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"), 16),
    "maestro19": (("5018", "5020", "5038", "5893", "6304", "6759", "6761", "6763"), 19),
    "unionpay": (("62",), 16),
}
# Country → BBAN structure (ISO 13616 registry: n digits, a letters, c alphanumerics).
IBAN_BBAN = {
    "AD": "4n4n12c", "AE": "3n16n", "AT": "5n11n", "BE": "3n7n2n", "BG": "4a4n2n8c",
    "BR": "8n5n10n1a1c", "CH": "5n12c", "CY": "3n5n16c", "CZ": "4n6n10n", "DE": "8n10n",
    "DK": "4n9n1n", "EE": "2n2n11n1n", "ES": "4n4n1n1n10n", "FI": "3n11n", "FR": "5n5n11c2n",
    "GB": "4a6n8n", "GR": "3n4n16c", "HR": "7n10n", "HU": "3n4n1n15n1n", "IE": "4a6n8n",
    "IL": "3n3n13n", "IS": "4n2n6n10n", "IT": "1a5n5n12c", "LI": "5n12c", "LT": "5n11n",
    "LU": "3n13c", "LV": "4a13c", "MC": "5n5n11c2n", "MT": "4a5n18c", "NL": "4a10n",
    "NO": "4n6n1n", "PL": "8n16n", "PT": "4n4n11n2n", "QA": "4a21c", "RO": "4a16c",
    "SA": "2n18c", "SE": "3n16n1n", "SI": "5n8n2n", "SK": "4n6n10n", "TR": "5n1n16c",
}  # fmt: skip
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AT": 20, "BE": 16, "BG": 22, "BR": 29, "CH": 21, "CY": 28, "CZ": 24,
    "DE": 22, "DK": 18, "EE": 20, "ES": 24, "FI": 18, "FR": 27, "GB": 22, "GR": 27, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "LI": 21, "LT": 20, "LU": 20, "LV": 21,
    "MC": 27, "MT": 31, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "QA": 29, "RO": 24, "SA": 24,
    "SE": 24, "SI": 19, "SK": 24, "TR": 26,
}  # fmt: skip
# Where the bank code is letters, the codes real banks use (random letters would be valid
# per ISO 13616 too, but no one has an account at "QXZV").
BANK_CODES = {
    "GB": ("BARC", "LOYD", "NWBK", "HBUK", "MIDL", "MONZ", "SRLG"),
    "IE": ("AIBK", "BOFI", "IPBS", "REVO"),
    "NL": ("ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"),
    "BG": ("UNCR", "STSA", "BPBI", "FINV"),
    "RO": ("BTRL", "RNCB", "BRDE", "INGB"),
    "MT": ("MALT", "VALL", "APSB"),
    "LV": ("HABA", "UNLA", "RIKO"),
    "QA": ("QNBA", "DOHB", "CBQA"),
}
ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


# --- checksums --------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def card_brand(digits: str) -> str | None:
    for brand, (prefixes, length) in CARD_BRANDS.items():
        if len(digits) == length and digits.startswith(prefixes):
            return brand
    return None


def iban_mod97(iban: str) -> int:
    moved = iban[4:] + iban[:4]
    return int("".join(str(int(ch, 36)) for ch in moved)) % 97


def iban_ok(value: str) -> bool:
    iban = value.replace(" ", "").upper()
    return IBAN_LENGTHS.get(iban[:2]) == len(iban) and iban_mod97(iban) == 1


def ssn_ok(value: str) -> bool:
    digits = re.sub(r"[ -]", "", value)
    if not re.fullmatch(r"\d{9}", digits):
        return False
    area, group, serial = int(digits[:3]), int(digits[3:5]), int(digits[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


# --- seeded values ----------------------------------------------------------------------


class Values:
    """Draws checksum-valid (or deliberately invalid) values, each distinct, from one seed."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.seen: set[str] = set()
        self.phones: set[str] = set()

    def draw(self, spec: str) -> str:
        kind, *args = spec.split(":")
        makers: dict[str, Callable[..., str]] = {
            "card": self.card, "bad": self.bad_number, "iban": self.iban,
            "badiban": self.bad_iban, "phone": self.phone, "ssn": self.ssn, "key": self.key,
            "r": self.key, "hex": self.hex, "uuid": self.uuid, "isbn": self.isbn,
            "num": self.number,
        }  # fmt: skip
        for _ in range(1000):
            value = makers[kind](*args)
            if value not in self.seen:
                self.seen.add(value)
                return value
        raise ValueError(f"cannot draw a distinct value for ⟨{spec}⟩")

    def digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def chars(self, alphabet: str, n: int) -> str:
        while True:
            text = "".join(self.rng.choice(alphabet) for _ in range(n))
            if alphabet != ALNUM or (re.search(r"\d", text) and re.search("[a-zA-Z]", text)):
                return text

    def card(self, brand: str, sep: str = "sp") -> str:
        prefixes, length = CARD_BRANDS[brand]
        body = self.rng.choice(prefixes)
        body += self.digits(length - 1 - len(body))
        digits = next(body + c for c in string.digits if luhn_ok(body + c))
        return group_card(digits, sep, self.rng)

    def bad_number(self, prefix: str, length: str, sep: str = "none") -> str:
        """A 13–19 digit number that fails Luhn: a reference, never a card."""
        while True:
            digits = prefix + self.digits(int(length) - len(prefix))
            if not luhn_ok(digits):
                return group_card(digits, sep, self.rng)

    def bban(self, country: str) -> str:
        bank = self.rng.choice(BANK_CODES.get(country, ("",)))
        parts = list(bank)
        kinds = "".join(k * int(n) for n, k in re.findall(r"(\d+)([anc])", IBAN_BBAN[country]))
        # c (alphanumeric) is almost always digits, as banks issue account numbers
        pools = {"n": string.digits, "a": string.ascii_uppercase}
        pools["c"] = string.digits * 50 + string.ascii_uppercase
        parts += [self.rng.choice(pools[kind]) for kind in kinds[len(bank) :]]
        return "".join(parts)

    def iban(self, country: str, style: str = "sp") -> str:
        bban = self.bban(country)
        check = 98 - iban_mod97(f"{country}00{bban}")
        return style_iban(f"{country}{check:02d}{bban}", style, self.rng)

    def bad_iban(self, country: str, style: str = "sp") -> str:
        bban = self.bban(country)
        good = 98 - iban_mod97(f"{country}00{bban}")
        check = (good + self.rng.randint(1, 96)) % 97 + 2
        iban = f"{country}{check:02d}{bban}"
        runs = re.findall(r"\d{13,19}", iban[2:])
        if iban_ok(iban) or any(luhn_ok(run) for run in runs):  # nor a card by chance
            return self.bad_iban(country, style)
        return style_iban(iban, style, self.rng)

    def phone(self, region: str, style: str = "natl", kind: str = "m") -> str:
        wanted = PhoneNumberType.MOBILE if kind == "m" else PhoneNumberType.FIXED_LINE
        example = phonenumbers.example_number_for_type(region, wanted)
        nsn = phonenumbers.national_significant_number(example)
        types = (wanted, PhoneNumberType.FIXED_LINE_OR_MOBILE)
        while True:  # only the first digit of the example kept: no tell-tale 1234 runs
            candidate = nsn[0] + self.digits(len(nsn) - 1)
            if example.country_code == 1 and candidate[3:6] == "555":
                continue  # the NANP's fictional exchange
            number = phonenumbers.parse(f"+{example.country_code}{candidate}")
            if phonenumbers.is_valid_number(number) and phonenumbers.number_type(number) in types:
                break
        value = style_phone(number, style)
        parsed = phonenumbers.parse(value, region)
        assert phonenumbers.is_valid_number(parsed) and parsed.national_number == int(candidate)
        self.phones.add(value)
        return value

    def ssn(self, sep: str = "-") -> str:
        area = self.rng.choice([a for a in range(1, 900) if a != 666])
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        sep = {"dash": "-", "sp": " ", "none": ""}[sep]
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"

    def key(self, kind: str, n: str = "32") -> str:
        c = self.chars
        jwt_body = json.dumps({"sub": self.digits(8), "iat": 1_710_000_000 + int(self.digits(6))})
        payload = _b64url(jwt_body)
        makers = {
            "openai": lambda: "sk-" + c(ALNUM, 48),
            "openai_proj": lambda: "sk-proj-" + c(B64URL, 64),
            "anthropic": lambda: "sk-ant-api03-" + c(B64URL, 93) + "AA",
            "stripe": lambda: "sk_live_" + c(ALNUM, 24),
            "rk": lambda: "rk_live_" + c(ALNUM, 24),
            "whsec": lambda: "whsec_" + c(ALNUM, 32),
            "ghp": lambda: "ghp_" + c(ALNUM, 36),
            "ghpat": lambda: "github_pat_11" + c(ALNUM, 20) + "_" + c(ALNUM, 59),
            "slack": lambda: f"xoxb-{self.digits(12)}-{self.digits(13)}-{c(ALNUM, 24)}",
            "akia": lambda: "AKIA" + c(string.ascii_uppercase + "234567", 16),
            "awssecret": lambda: c(ALNUM + "/+", 40),
            "google": lambda: "AIza" + c(B64URL, 35),
            "glpat": lambda: "glpat-" + c(B64URL, 20),
            "npm": lambda: "npm_" + c(ALNUM, 36),
            "hf": lambda: "hf_" + c(ALNUM, 34),
            "sendgrid": lambda: f"SG.{c(B64URL, 22)}.{c(B64URL, 43)}",
            "jwt": lambda: f"eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.{payload}.{c(B64URL, 43)}",
            "django": lambda: c(ALNUM + "!#%^&*(-_=+)", 50),
            "alnum": lambda: c(ALNUM, int(n)),
            "b64url": lambda: c(B64URL, int(n)),
            "hex": lambda: c("0123456789abcdef", int(n)),
        }
        return makers[kind]()

    def hex(self, n: str) -> str:
        return self.chars("0123456789abcdef", int(n))

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def number(self, n: str) -> str:
        while True:
            digits = self.rng.choice("123456789") + self.digits(int(n) - 1)
            if int(n) < 13 or not luhn_ok(digits):
                return digits

    def isbn(self) -> str:
        """An ISBN-13 with a right ISBN check digit (and, for the set, a failing Luhn)."""
        while True:
            body = self.rng.choice(("978", "979")) + self.digits(9)
            check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body))) % 10
            digits = body + str(check)
            if not luhn_ok(digits):
                return f"{digits[:3]}-{digits[3]}-{digits[4:8]}-{digits[8:12]}-{digits[12]}"


def _b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def group_card(digits: str, sep: str, rng: random.Random) -> str:
    """How people write card numbers: 4-4-4-4, Amex 4-6-5, Diners 4-6-4, or no separators."""
    if sep == "none":
        return digits
    sizes = {15: (4, 6, 5), 14: (4, 6, 4), 13: (4, 3, 3, 3), 19: (4, 4, 4, 4, 3)}
    groups, at = [], 0
    for size in sizes.get(len(digits), (4,) * (len(digits) // 4)):
        groups.append(digits[at : at + size])
        at += size
    if sep == "messy":  # typed by hand: one double space
        joins = [" "] * (len(groups) - 1)
        joins[rng.randrange(len(joins))] = "  "
        return groups[0] + "".join(j + g for j, g in zip(joins, groups[1:], strict=True))
    return {"sp": " ", "dash": "-"}[sep].join(groups)


def style_iban(iban: str, style: str, rng: random.Random) -> str:
    """Print form (groups of 4), electronic form, lower case typed in a chat, or messy."""
    grouped = " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))
    if style == "messy":  # typed by hand: the groups of 4 with one double space
        cut = 5 * rng.randint(1, len(iban) // 4 - 1) - 1
        return grouped[:cut] + " " + grouped[cut:]
    return {"sp": grouped, "none": iban, "lower": grouped.lower()}[style]


def style_phone(number: phonenumbers.PhoneNumber, style: str) -> str:
    """The ways people type one number: E.164, +CC, 00CC, national, and local habits."""
    intl = phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL)
    natl = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    cc = f"+{number.country_code}"
    styles = {
        "e164": lambda: phonenumbers.format_number(number, PhoneNumberFormat.E164),
        "intl": lambda: intl,
        "00": lambda: "00" + intl[1:],
        "natl": lambda: natl,
        "compact": lambda: re.sub(r"\D", "", natl),
        "dots": lambda: re.sub(r"[ -]", ".", natl.replace("(", "").replace(") ", " ")),
        "dash": lambda: re.sub(r"[ ]", "-", natl.replace("(", "").replace(") ", " ")),
        "dash1": lambda: "1-" + re.sub(r"[ ]", "-", natl.replace("(", "").replace(") ", " ")),
        "slash": lambda: natl.replace(" ", "/", 1),
        "trunk": lambda: intl.replace(cc + " ", cc + " (0)", 1),
        "nbsp": lambda: intl.replace(" ", "\u00a0"),
    }
    return styles[style]()


# --- the texts --------------------------------------------------------------------------
# Group name → templates; the group is the row's `note`. Names are labelled PERSON wherever
# they occur, so no text holds unlabelled personal data.

POSITIVES: dict[str, tuple[str, ...]] = {
    "e-mail": (
        "[[EMAIL|k.brandt@gmx.de]] hat geschrieben, dass die Lieferung erst am Montag kommt.",
        "can u cc [[EMAIL|ops-oncall+pager@northwind-logistics.co.uk]] on the incident thread pls",
        'From: "[[PERSON|Rossi, Giulia]]" <[[EMAIL|giulia.rossi82@libero.it]]>\n'
        "Subject: preventivo cucina",
        "Mon adresse a changé : [[EMAIL|claire_dubois@orange.fr]] (l'ancienne ne marche plus).",
        '{"id": 88213, "contact": "[[EMAIL|m.vanleeuwen@ziggo.nl]]", "opt_in": true}',
        "email,signup_date\n[[EMAIL|tomasz.w@wp.pl]],2023-11-02\n"
        "[[EMAIL|ana.s.pereira@sapo.pt]],2023-11-04",
        "Reply-To: [[EMAIL|FACTURACION@Distribuciones-Ebro.es]]",
        "Skicka kvittot till [[EMAIL|lina.holm@telia.se]], tack!",
        "2024-03-18T09:14:02Z INFO auth: password reset requested for "
        "user=[[EMAIL|d.okafor@fastmail.com]] ip=[[IP|84.17.52.201]]",
        "my personal one is [[EMAIL|wanderlust.sam77@yahoo.com]] - work mail gets filtered",
        "Kontakt: mailto:[[EMAIL|praxis.dr-huber@t-online.de]]",
        "Zusagen bitte bis Freitag ([[EMAIL|rsvp@marta-und-jonas.wedding]])",
        "Please update the billing email to [[EMAIL|accounts.payable@kestrel-dynamics.io]].",
        "Ciao, scrivimi su [[EMAIL|fra.esposito@gmail.com]] oppure su whatsapp",
        "user_email: '[[EMAIL|noor.haddad@protonmail.ch]]'\nlocale: de-CH",
        "[[EMAIL|j.smith@mail.utoronto.ca]];[[EMAIL|priya.raman@cs.ox.ac.uk]];"
        "[[EMAIL|l.chen@mails.tsinghua.edu.cn]]",
        "Envie o comprovante para [[EMAIL|financeiro@padariaestrela.com.br]] até sexta.",
        "Mi correo es [[EMAIL|carmen.ortiz.v@hotmail.es]]. Gracias!",
        "Hallo, könnt ihr [[EMAIL|sabine.krueger-lenz@web.de]] aus dem Newsletter austragen?",
        "--> forwarded by [[EMAIL|helpdesk@stadtwerke-kiel.de]] at 10:42",
        "Proszę o kontakt: [[EMAIL|biuro@kancelaria-nowak.pl]], w razie pytań.",
        "Stuur het naar [[EMAIL|p.dejong@kpnmail.nl]]!!",
        "ERROR smtp: 550 5.1.1 <[[EMAIL|h.yamamoto@nifty.com]]>: Recipient address rejected",
        "Name: ____   E-mail:[[EMAIL|olga.petrenko@ukr.net]]   Tel: ____",
        '<a href="mailto:[[EMAIL|bookings@casa-azul-lisboa.pt]]">Reservas</a>',
        "[[EMAIL|Erik.Lindqvist@Volvocars.com]] wrote:\n> the meeting is moved to Thursday",
        "Author: dev <[[EMAIL|m.ferreira.dev@users.noreply.github.com]]>\n"
        "Date:   Tue Mar 5 14:02:11 2024 +0100",
        "Vous pouvez joindre le syndic à [[EMAIL|syndic.residence-les-tilleuls@free.fr]].",
        "contacts = ['[[EMAIL|aisha.bello@outlook.com]]', '[[EMAIL|k.osei@yahoo.co.uk]]']",
        "Email address (required)\n[[EMAIL|rafael.m.souza@uol.com.br]]",
        "ticket #55102 opened by [[EMAIL|jiri.novotny@seznam.cz]] - priority: low",
        "Schreiben Sie bitte an [[EMAIL|kundenservice@moebel-hansen.dk]], nicht an noreply.",
        "Hej! Min mejl: [[EMAIL|anders_n@hotmail.se]]",
        "bcc:[[EMAIL|lucia.bianchi@tiscali.it]]",
        "I typed it wrong before, it's [[EMAIL|b.oconnell@eircom.net]] not boconnell@",
        "INSERT INTO users (email, plan) VALUES ('[[EMAIL|tanja.m@a1.net]]', 'pro');",
        "Το email μου είναι [[EMAIL|g.papadopoulos@otenet.gr]]",
        "[[EMAIL|info@bergfex-huette.at]]",
        "from=<[[EMAIL|bounce-8812@mailer.shopify-store.com]]> "
        "to=<[[EMAIL|ines.garcia@movistar.es]]> status=sent",
        "Recibí tu mensaje en [[EMAIL|diego_ramirez+tienda@gmail.com]], ahora lo reviso.",
        "Rückfragen gerne an [[EMAIL|h.meier@uni-hamburg.de]].",
    ),
    "phone": (
        "Ruf mich an unter [[PHONE|⟨phone:DE:natl⟩]], ab 18 Uhr.",
        "call me on [[PHONE|⟨phone:GB:natl⟩]] when you land",
        "WhatsApp: [[PHONE|⟨phone:ES:intl⟩]]",
        "Mon portable : [[PHONE|⟨phone:FR:natl⟩]]",
        "Tél. [[PHONE|⟨phone:FR:dots⟩]] (laisser un message)",
        "[[PHONE|⟨phone:US:natl⟩]] is my cell, text first",
        "phone,country\n[[PHONE|⟨phone:IT:e164⟩]],IT\n[[PHONE|⟨phone:NL:e164⟩]],NL",
        '{"msisdn":"[[PHONE|⟨phone:PT:e164⟩]]","verified":false}',
        "Numer do mnie: [[PHONE|⟨phone:PL:natl⟩]]",
        "Ring [[PHONE|⟨phone:SE:natl⟩]] om det är bråttom.",
        "Bitte Rückruf an [[PHONE|⟨phone:CH:00⟩]]",
        "Festnetz: [[PHONE|⟨phone:AT:natl:f⟩]]",
        "Bel me even op [[PHONE|⟨phone:NL:natl⟩]]",
        "sms from [[PHONE|⟨phone:BE:intl⟩]]: 'ik sta voor de deur'",
        "Tel./Fax: [[PHONE|⟨phone:DE:trunk:f⟩]]",
        "SMS 2024-02-11 22:41 [[PHONE|⟨phone:IE:e164⟩]] -> running 10 min late",
        "Emergency contact: [[PHONE|⟨phone:CA:dash⟩]]",
        "Fale comigo no zap [[PHONE|⟨phone:BR:natl⟩]]",
        "Número: [[PHONE|⟨phone:MX:intl⟩]]",
        "Mob: [[PHONE|⟨phone:IN:intl⟩]]",
        "Mobile [[PHONE|⟨phone:AU:natl⟩]] | Office [[PHONE|⟨phone:AU:intl:f⟩]]",
        "電話番号: [[PHONE|⟨phone:JP:natl⟩]]",
        "Ring mig på [[PHONE|⟨phone:DK:intl⟩]]",
        "Tlf: [[PHONE|⟨phone:NO:natl⟩]]",
        "Puhelin [[PHONE|⟨phone:FI:natl⟩]]",
        "Telefon: [[PHONE|⟨phone:CZ:intl⟩]]",
        "Cell: [[PHONE|⟨phone:ZA:natl⟩]] (after 5pm)",
        "+++ Rückruf erbeten: [[PHONE|⟨phone:DE:compact⟩]] +++",
        'contact_phone: "[[PHONE|⟨phone:GB:e164⟩]]"',
        "Chiamami al [[PHONE|⟨phone:IT:natl⟩]] oppure in ufficio al [[PHONE|⟨phone:IT:natl:f⟩]].",
        "Llámame: [[PHONE|⟨phone:ES:compact⟩]]",
        "[[PHONE|⟨phone:US:dots⟩]] - that's the landlord's number",
        "2FA code sent to [[PHONE|⟨phone:SG:e164⟩]]",
        "Τηλ. [[PHONE|⟨phone:GR:intl⟩]]",
        "Mobilszám: [[PHONE|⟨phone:HU:natl⟩]]",
        "Cep telefonum: [[PHONE|⟨phone:TR:natl⟩]]",
        "phone=[[PHONE|⟨phone:AR:e164⟩]]&consent=1",
        "Call the front desk at [[PHONE|⟨phone:NZ:natl:f⟩]]",
        "Portable (WhatsApp uniquement) [[PHONE|⟨phone:FR:nbsp⟩]]",
        "Manda mensagem: [[PHONE|⟨phone:PT:00⟩]] ou liga-me à noite",
        "Тел.: [[PHONE|⟨phone:UA:intl⟩]]",
        '<a href="tel:[[PHONE|⟨phone:RO:e164⟩]]">Sună-ne</a>',
        "Kontakt:[[PHONE|⟨phone:PL:intl⟩]],[[EMAIL|m.kaczmarek@interia.pl]]",
        "you can reach me at [[PHONE|⟨phone:US:dash1⟩]] most evenings",
        "Büro: [[PHONE|⟨phone:DE:slash:f⟩]]",
        "Handy [[PHONE|⟨phone:DE:slash⟩]]",
        "(mobile: [[PHONE|⟨phone:CH:natl⟩]])",
        "tel [[PHONE|⟨phone:KR:intl⟩]]",
        "Dial [[PHONE|⟨phone:GB:trunk:f⟩]] and ask for accounts",
    ),
    "card": (
        "Visa: [[CARD|⟨card:visa16:sp⟩]] exp 09/27",
        "card number [[CARD|⟨card:mc:none⟩]], cvc on the back",
        "Kartennummer: [[CARD|⟨card:mc2:sp⟩]]",
        "AMEX [[CARD|⟨card:amex:sp⟩]] - please charge the deposit",
        "numéro de carte : [[CARD|⟨card:visa16:dash⟩]]",
        '{"pan": "[[CARD|⟨card:disc:none⟩]]", "exp": "11/26"}',
        "JCB [[CARD|⟨card:jcb:sp⟩]]",
        "Diners Club: [[CARD|⟨card:diners:sp⟩]]",
        "Maestro-Karte [[CARD|⟨card:maestro19:none⟩]]",
        "tarjeta vieja [[CARD|⟨card:visa13:none⟩]], ya no la uso",
        "[[CARD|⟨card:visa19:sp⟩]] is the new debit card, the old one expired",
        "payment failed for card [[CARD|⟨card:mc:dash⟩]] (insufficient funds)",
        "cc,exp,zip\n[[CARD|⟨card:amex:none⟩]],0428,94110",
        "numero carta [[CARD|⟨card:mc:sp⟩]] scad. 03/28",
        "Mijn pasnummer is [[CARD|⟨card:maestro16:sp⟩]]",
        "I'll read it out: [[CARD|⟨card:visa16:sp⟩]]",
        "Zahlung mit [[CARD|⟨card:disc:sp⟩]] abgelehnt",
        "card: '[[CARD|⟨card:jcb:none⟩]]'\ncvv: '***'",
        "karta: [[CARD|⟨card:visa16:none⟩]], ważna do 05/29",
        "kortnummer [[CARD|⟨card:mc2:none⟩]]",
        "Número do cartão: [[CARD|⟨card:visa16:dash⟩]]",
        "2024-06-01 12:03:55 WARN checkout: raw PAN in payload "
        "card=[[CARD|⟨card:visa16:none⟩]] order=A-55821",
        '<input name="cc" value="[[CARD|⟨card:amex:dash⟩]]">',
        "(card [[CARD|⟨card:mc:sp⟩]])",
        "UnionPay [[CARD|⟨card:unionpay:sp⟩]]",
        "The debit card ending 4417 was replaced by [[CARD|⟨card:visa16:sp⟩]]",
        "2 cards on file: [[CARD|⟨card:mc:none⟩]] and [[CARD|⟨card:disc:none⟩]]",
        "CARD=[[CARD|⟨card:diners:none⟩]];EXP=0727",
        "Hier meine Kreditkarte, bitte nicht weitergeben: [[CARD|⟨card:visa16:dash⟩]].",
        "tarjeta de crédito: [[CARD|⟨card:mc2:dash⟩]]",
        "Betalen met [[CARD|⟨card:amex:sp⟩]]?",
        "[[CARD|⟨card:maestro16:none⟩]] exp 12/25 - retry",
        "| 3 | [[CARD|⟨card:jcb:dash⟩]] | declined |",
        "Carte bancaire [[CARD|⟨card:visa16:sp⟩]], cryptogramme envoyé séparément.",
        "new_card_number=[[CARD|⟨card:disc:none⟩]]",
        "kreditkort: [[CARD|⟨card:mc:sp⟩]]",
        "customer read the card out as [[CARD|⟨card:visa16:messy⟩]]",
        "Karta kredytowa [[CARD|⟨card:mc:messy⟩]]",
        "Charge [[CARD|⟨card:amex:none⟩]] for the remaining €240.00",
        "pan: [[CARD|⟨card:visa19:none⟩]]",
        "Maestro [[CARD|⟨card:maestro19:sp⟩]] funktioniert nicht im Ausland",
    ),
    "iban": (
        "IBAN: [[IBAN|⟨iban:DE:sp⟩]]",
        "Überweisung bitte auf [[IBAN|⟨iban:AT:sp⟩]] (Kontoinhaber siehe Rechnung)",
        "Mon RIB / IBAN : [[IBAN|⟨iban:FR:sp⟩]]",
        "IBAN [[IBAN|⟨iban:ES:sp⟩]] a nombre de la comunidad de vecinos",
        "Coordinate bancarie: [[IBAN|⟨iban:IT:none⟩]]",
        "Rekeningnummer [[IBAN|⟨iban:NL:sp⟩]]",
        "iban,amount\n[[IBAN|⟨iban:BE:none⟩]],125.00\n[[IBAN|⟨iban:LU:none⟩]],80.50",
        '"iban": "[[IBAN|⟨iban:PT:none⟩]]",',
        "Numer konta: [[IBAN|⟨iban:PL:sp⟩]]",
        "Kontonummer [[IBAN|⟨iban:SE:sp⟩]]",
        "Please wire the deposit to [[IBAN|⟨iban:GB:sp⟩]], ref LEASE-2291.",
        "IBAN (CH): [[IBAN|⟨iban:CH:sp⟩]]",
        "[[IBAN|⟨iban:LT:sp⟩]] is my Revolut account",
        "Konto: [[IBAN|⟨iban:DK:sp⟩]]",
        "Tilinumero [[IBAN|⟨iban:FI:sp⟩]]",
        "IBAN: [[IBAN|⟨iban:NO:sp⟩]]",
        "číslo účtu [[IBAN|⟨iban:CZ:sp⟩]]",
        "SEPA-Lastschrift von [[IBAN|⟨iban:DE:none⟩]] fehlgeschlagen",
        "beneficiary_iban=[[IBAN|⟨iban:HU:none⟩]]",
        "cont IBAN [[IBAN|⟨iban:RO:sp⟩]]",
        "IBAN [[IBAN|⟨iban:GR:sp⟩]]",
        "Bankverbindung: [[IBAN|⟨iban:LI:sp⟩]]",
        "pay to: [[IBAN|⟨iban:MT:sp⟩]]",
        "IBAN: [[IBAN|⟨iban:CY:sp⟩]]",
        "moje iban [[IBAN|⟨iban:SK:lower⟩]]",
        "TR IBAN: [[IBAN|⟨iban:TR:sp⟩]]",
        "IBAN (SA) [[IBAN|⟨iban:SA:sp⟩]]",
        "AE IBAN [[IBAN|⟨iban:AE:none⟩]]",
        "Dados para transferência internacional: [[IBAN|⟨iban:BR:sp⟩]]",
        "Zahlungsempfänger-IBAN:[[IBAN|⟨iban:DE:sp⟩]],BIC folgt",
        "[[IBAN|⟨iban:EE:sp⟩]]",
        'iban = "[[IBAN|⟨iban:SI:none⟩]]"',
        "IBAN [[IBAN|⟨iban:HR:sp⟩]]",
        "Iban: [[IBAN|⟨iban:IS:sp⟩]]",
        "(IBAN [[IBAN|⟨iban:MC:sp⟩]])",
        "old account [[IBAN|⟨iban:NL:none⟩]] is closed, use [[IBAN|⟨iban:BE:sp⟩]] from now on",
        "IBAN [[IBAN|⟨iban:IL:sp⟩]]",
        "Refund to IBAN [[IBAN|⟨iban:FR:messy⟩]] please",
        "cuenta: [[IBAN|⟨iban:ES:none⟩]]",
        "iban für die kaution: [[IBAN|⟨iban:DE:lower⟩]]",
        "[[IBAN|⟨iban:BG:sp⟩]]; [[IBAN|⟨iban:LV:sp⟩]]",
        "Beneficiary: Al Noor Trading | IBAN: [[IBAN|⟨iban:QA:sp⟩]]",
        "IBAN [[IBAN|⟨iban:AD:sp⟩]] (Andorra)",
        "Sortcode and account replaced by IBAN [[IBAN|⟨iban:IE:messy⟩]]",
    ),
    "ip": (
        "Failed password for invalid user admin from [[IP|185.220.101.34]] port 51544 ssh2",
        "my home IP is [[IP|88.152.9.211]], can you whitelist it?",
        '{"client_ip":"[[IP|2a02:8108:1140:9a00:5d3c:e1f2:7b44:19c0]]","ua":"Mozilla/5.0"}',
        '[[IP|10.20.4.17]] - - [12/Mar/2024:06:25:24 +0000] "GET /login HTTP/1.1" 200 5120',
        "Server: [[IP|172.16.88.3]]:8443",
        "ping [[IP|192.168.178.23]]",
        "X-Forwarded-For: [[IP|91.64.233.7]], [[IP|10.0.12.5]]",
        "   Link-local IPv6 Address . . . . . : [[IP|fe80::9c1e:3bff:fe54:a17d]]",
        "die IP vom Drucker ist [[IP|192.168.2.140]]",
        "curl http://[[[IP|2001:db8:4:17::2]]]:8080/status",
        "allow from [[IP|62.210.77.190]]/32",
        "ip=[[IP|151.38.20.96]] country=IT",
        "Login von neuer IP [[IP|79.241.18.102]] (Berlin, DE)",
        "Connexion depuis [[IP|90.112.46.8]] à 03:12",
        "conectado desde [[IP|83.45.190.12]]",
        "peer [[IP|2607:f8b0:4005:80a::200e]] unreachable",
        "Endpoint = [[IP|145.53.102.220]]:51820",
        "mio IP pubblico: [[IP|5.90.14.201]]",
        "[[IP|37.201.146.55]] banned for 600s (fail2ban)",
        "ts,ip,path\n1710230400,[[IP|46.114.3.87]],/checkout\n1710230407,[[IP|46.114.3.87]],/pay",
        "Your sign-in from [[IP|2001:16b8:2d4a:c300::1f]] was blocked",
        "host: [[IP|10.241.0.9]]\nport: 5432",
        "Adres IP: [[IP|89.64.77.130]]",
        "IP-adress [[IP|81.229.14.66]]",
        "IP [[IP|192.168.1.54]].49152 > [[IP|142.250.185.78]].443: Flags [S], seq 1",
        "remote_addr=[[IP|::ffff:94.23.118.5]]",
        "O IP do cliente era [[IP|177.92.40.13]].",
        "IP: [[IP|213.47.188.2]]; MAC unbekannt",
        "GET /api/v2/orders?page=2 from [[IP|100.64.12.9]] took 231ms",
        "Anmeldung ([[IP|87.123.45.201]])",
        "'remote': '[[IP|2a01:cb1d:8033:e500:c4f2:99ff:fe01:7b2a]]'",
        "iptables -A INPUT -s [[IP|203.12.77.4]] -j DROP",
        "IP address: [[IP|24.130.55.81]]\nLocation: San Jose, CA (approx.)",
        "RDP session from [[IP|10.8.0.14]] (VPN) to [[IP|10.8.0.1]]",
        "De aanvraag kwam van [[IP|77.249.10.188]]",
        "sshd[2231]: Accepted publickey for deploy from [[IP|2a00:23c7:9e88:1901::5]] port 60122",
        "IP [[IP|195.154.43.77]],",
        "Adresse IP : [[IP|2a01:e0a:2f5:4c60:8d1:6c3b:a4e0:11d2]]",
        "upstream=[[IP|10.0.3.21]]:9000 status=502",
        "new device signed in, IP [[IP|31.17.240.6]] - was this you?",
    ),
    "ssn": (
        "SSN: [[SSN|⟨ssn:dash⟩]]",
        "my social is [[SSN|⟨ssn:dash⟩]], the rest is on the form",
        "Social Security Number [[SSN|⟨ssn:sp⟩]]",
        "ssn,state\n[[SSN|⟨ssn:dash⟩]],OH\n[[SSN|⟨ssn:dash⟩]],TX",
        '{"ssn": "[[SSN|⟨ssn:none⟩]]", "filing_status": "single"}',
        "W-9 attached - SSN [[SSN|⟨ssn:dash⟩]] (not an EIN)",
        "Número de Seguro Social: [[SSN|⟨ssn:dash⟩]]",
        "SS# [[SSN|⟨ssn:dash⟩]]",
        "full SSN for the background check: [[SSN|⟨ssn:dash⟩]]",
        "Taxpayer ID (SSN): [[SSN|⟨ssn:dash⟩]]",
        "soc sec no. [[SSN|⟨ssn:dash⟩]]",
        "applicant_ssn=[[SSN|⟨ssn:none⟩]]&state=NJ",
        "Sozialversicherungsnummer (USA): [[SSN|⟨ssn:dash⟩]]",
        "ssn: '[[SSN|⟨ssn:dash⟩]]'",
        "[[SSN|⟨ssn:dash⟩]] - that's my SSN, please don't share it",
        "Verify identity: SSN [[SSN|⟨ssn:dash⟩]], ZIP 60614",
        "numéro de sécurité sociale américain : [[SSN|⟨ssn:dash⟩]]",
        "Employee SSN (no dashes): [[SSN|⟨ssn:none⟩]]",
        "Patient SSN [[SSN|⟨ssn:sp⟩]]",
        "| SSN | [[SSN|⟨ssn:dash⟩]] |",
        "INFO kyc: ssn=[[SSN|⟨ssn:dash⟩]] match=partial",
        "Spouse's SSN: [[SSN|⟨ssn:dash⟩]]",
        "Her SSN is [[SSN|⟨ssn:dash⟩]] and mine is [[SSN|⟨ssn:dash⟩]].",
        "social security #: [[SSN|⟨ssn:dash⟩]]",
        "SSN [[SSN|⟨ssn:dash⟩]]; DOB [[DOB|04/17/1981]]",
        "Numero di previdenza sociale (USA): [[SSN|⟨ssn:dash⟩]]",
        "ssn\t[[SSN|⟨ssn:dash⟩]]\tverified",
        "(SSN [[SSN|⟨ssn:dash⟩]])",
        "For the 1099 I need your SSN - got it: [[SSN|⟨ssn:dash⟩]]",
        "SSN:[[SSN|⟨ssn:dash⟩]]",
        "Numer SSN (USA): [[SSN|⟨ssn:sp⟩]]",
        "credit check for SSN [[SSN|⟨ssn:dash⟩]] returned a score of 712",
        "The SSN you entered, [[SSN|⟨ssn:dash⟩]], does not match our records.",
        "mi número de seguro social es [[SSN|⟨ssn:sp⟩]]",
        "<ssn>[[SSN|⟨ssn:none⟩]]</ssn>",
        "Dependent 1 - SSN [[SSN|⟨ssn:dash⟩]]",
        "social: [[SSN|⟨ssn:dash⟩]]",
        "Burgerservicenummer? Nee, Amerikaans SSN: [[SSN|⟨ssn:dash⟩]]",
    ),
    "url secret": (
        "DATABASE_URL=postgres://[[URL_SECRET|app_rw:Kq7vPz2mWx9L]]@db-prod.internal:5432/shop",
        "git clone https://[[URL_SECRET|deploybot:gh7Tn2Vq9Lx]]@git.kestrel.io/infra/tf.git",
        "ftp://[[URL_SECRET|backup:Winter2024!]]@nas.fritz.box/share",
        "https://hooks.crm-cloud.com/v1/ingest?source=web&token=[[URL_SECRET|⟨r:alnum:32⟩]]",
        "download link: https://files.share-box.net/d/8812"
        "?access_token=[[URL_SECRET|⟨r:b64url:43⟩]]&dl=1",
        "https://acct7.blob.core.windows.net/invoices/2024-03.pdf?sv=2022-11-02&se=2024-04-01"
        "&sr=b&sp=r&sig=[[URL_SECRET|⟨r:alnum:43⟩%3D]]",
        "curl 'https://api.weather-now.io/v2/forecast?q=Lyon&apikey=[[URL_SECRET|⟨r:hex:32⟩]]'",
        "amqp://[[URL_SECRET|rabbit:Xy8LmQ2pRt]]@mq.internal:5672/%2f",
        "mongodb+srv://[[URL_SECRET|analytics:8Hq2LzRt6PmN]]@cluster0.ab12c.mongodb.net/"
        "?retryWrites=true",
        "Link zum Zurücksetzen: https://konto.stadtwerke-ulm.de/reset?uid=55102"
        "&key=[[URL_SECRET|⟨r:alnum:40⟩]]",
        "https://s3.eu-central-1.amazonaws.com/bucket/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
        "&X-Amz-Expires=3600&X-Amz-Signature=[[URL_SECRET|⟨r:hex:64⟩]]",
        "webhook: https://chat.team-hub.io/hooks/incoming?secret=[[URL_SECRET|⟨r:b64url:32⟩]]",
        "redis://[[URL_SECRET|default:Rd9vK2xQ7m]]@[[IP|10.0.4.8]]:6379",
        "Einladung: https://meet.verein-online.de/j/882144?pwd=[[URL_SECRET|⟨r:alnum:32⟩]]",
        "smtp://[[URL_SECRET|mailer%40shop.de:Pw-55kL9z]]@smtp.shop.de:587",
        "https://api.datahub.org/export?format=json&auth_token=[[URL_SECRET|⟨r:alnum:36⟩]]&page=3",
        "http://[[URL_SECRET|admin:admin123]]@[[IP|192.168.1.20]]/cgi-bin/status",
        "https://partner.booking-api.net/feed.xml?client_id=44812"
        "&client_secret=[[URL_SECRET|⟨r:alnum:40⟩]]",
        "GET /login.php?user=jm&password=[[URL_SECRET|Sommer2023]] HTTP/1.1",
    ),
    "api key": (
        "OPENAI_API_KEY=[[API_KEY|⟨key:openai_proj⟩]]",
        "Authorization: Bearer [[API_KEY|⟨key:jwt⟩]]",
        'stripe.api_key = "[[API_KEY|⟨key:stripe⟩]]"',
        "export GITHUB_TOKEN=[[API_KEY|⟨key:ghp⟩]]",
        "slack bot token: [[API_KEY|⟨key:slack⟩]]",
        "[default]\naws_access_key_id = [[API_KEY|⟨key:akia⟩]]\n"
        "aws_secret_access_key = [[API_KEY|⟨key:awssecret⟩]]",
        "const MAPS_KEY = '[[API_KEY|⟨key:google⟩]]';",
        "CI variable GITLAB_TOKEN is set to [[API_KEY|⟨key:glpat⟩]]",
        "//registry.npmjs.org/:_authToken=[[API_KEY|⟨key:npm⟩]]",
        "HF_TOKEN=[[API_KEY|⟨key:hf⟩]]",
        'SENDGRID_API_KEY: "[[API_KEY|⟨key:sendgrid⟩]]"',
        'curl -H "Authorization: Bearer [[API_KEY|⟨key:alnum:40⟩]]" https://api.tools.dev/v1/me',
        "SECRET_KEY = '[[API_KEY|⟨key:django⟩]]'",
        "ANTHROPIC_API_KEY=[[API_KEY|⟨key:anthropic⟩]]",
        "hier ist der API-Schlüssel: [[API_KEY|⟨key:openai⟩]] - bitte nicht committen",
        '"client_secret": "[[API_KEY|⟨key:alnum:32⟩]]",',
        "x-api-key: [[API_KEY|⟨key:hex:40⟩]]",
        "fine-grained token: [[API_KEY|⟨key:ghpat⟩]]",
        "clé API Stripe (restreinte) : [[API_KEY|⟨key:rk⟩]]",
        "authorization: bearer [[API_KEY|⟨key:b64url:43⟩]]",
        "STRIPE_WEBHOOK_SECRET=[[API_KEY|⟨key:whsec⟩]]",
    ),
    "date of birth": (
        "Geburtsdatum: [[DOB|14.03.1987]]",
        "DOB: [[DOB|1990-11-02]]",
        "I was born on [[DOB|3 May 1991]] in Leeds",
        "née le [[DOB|2 avril 1988]] à Nantes",
        "fecha de nacimiento: [[DOB|12/05/1984]]",
        "data di nascita [[DOB|21/11/1983]]",
        "geboortedatum: [[DOB|05-06-1990]]",
        "data de nascimento: [[DOB|30/01/1977]]",
        "data urodzenia: [[DOB|12.09.1985]]",
        "född [[DOB|1992-04-23]]",
        '{"birthdate": "[[DOB|1979-07-09]]", "member_since": "2015-02-01"}',
        "date of birth (MM/DD/YYYY): [[DOB|08/30/1969]]",
        "She was born [[DOB|June 17, 1995]].",
        "geb. am [[DOB|7.1.1958]]",
        "Patient DOB [[DOB|02-Feb-1949]], admitted 2024-03-11",
        "Geboren am [[DOB|24. Dezember 1972]] in Graz",
        "dob=[[DOB|19830415]]&country=US",
        "nacido el [[DOB|9 de julio de 1979]]",
        "Fødselsdato: [[DOB|11.10.1993]]",
        "my birthday is [[DOB|29 Feb 1996]], so I only get a real one every four years",
    ),
    "address": (
        "Lieferadresse: [[ADDRESS|Lindenstraße 41, 10969 Berlin]]",
        "Ship to: [[ADDRESS|1742 NE Alberta St Apt 3B, Portland, OR 97211]]",
        "adresse : [[ADDRESS|18 rue des Carmes, 69002 Lyon]]",
        "Please send it to\n[[ADDRESS|Flat 2, 47 Marlborough Road\nBristol BS6 5AL]]\nThanks!",
        "Mi dirección es [[ADDRESS|Calle de Toledo 86, 3º B, 28005 Madrid]]",
        "indirizzo: [[ADDRESS|Via Garibaldi 12, 40124 Bologna BO]]",
        "Adres: [[ADDRESS|Keizersgracht 221-II, 1016 DV Amsterdam]]",
        "Morada: [[ADDRESS|Rua da Boavista 512, 4050-105 Porto]]",
        "adres dostawy: [[ADDRESS|ul. Piotrkowska 118 m. 7, 90-006 Łódź]]",
        "Leveransadress: [[ADDRESS|Sveavägen 64, 111 34 Stockholm]]",
        '"address": "[[ADDRESS|Mariahilfer Straße 99/12, 1060 Wien, Austria]]"',
        "Rechnungsanschrift [[ADDRESS|Bahnhofstrasse 7, 8001 Zürich]]",
        "I've moved - new address is [[ADDRESS|12 Harbour View Road, Howth, Dublin D13 X2F8]]",
        "Our office: [[ADDRESS|350 Bay Street, Suite 1200, Toronto, ON M5H 2S6]]",
        "Zustellung an [[ADDRESS|Am Kirchberg 3, 91522 Ansbach]], sonst bitte beim Nachbarn",
        "return address: [[ADDRESS|PO Box 2217, Austin, TX 78768]]",
        "Adresse: [[ADDRESS|Avenue Louise 231, 1050 Bruxelles]]",
        "Dirección de envío: [[ADDRESS|Av. Corrientes 1847, Piso 5, C1045 Buenos Aires]]",
        "Asiakkaan osoite: [[ADDRESS|Mannerheimintie 22 B 14, 00100 Helsinki]]",
    ),
    "person": (
        "[[PERSON|Małgorzata Wiśniewska]] będzie jutro w biurze.",
        "Thanks, [[PERSON|Siobhán O'Connor]] - I'll forward it.",
        "Termin mit [[PERSON|Jürgen Böhm]] auf nächste Woche verschoben",
        "C'est [[PERSON|Jean-Luc Martin]] qui s'occupe du dossier.",
        "Atentamente,\n[[PERSON|Ana María de la Cruz]]",
        "Dr. [[PERSON|Sven Lindqvist]] ringde om provsvaren",
        "ask [[PERSON|Priya]] about the rota",
        "attendees: [[PERSON|Kenji Watanabe]], [[PERSON|Fatima Zahra Benali]], "
        "[[PERSON|Luuk van der Berg]]",
        "Mia nonna, [[PERSON|Giuseppina Ferraro]], compie 90 anni",
        "Olá [[PERSON|João]], tudo bem?",
        "signed: [[PERSON|Oleksandr Kovalenko]]",
        '{"first_name": "[[PERSON|Ingrid]]", "last_name": "[[PERSON|Halvorsen]]"}',
        "[[PERSON|Matteo]] and [[PERSON|Chiara]] are coming on Saturday",
        "Hallo Frau [[PERSON|Schneider]], anbei die Unterlagen.",
        "Volgens [[PERSON|Wouter Jansen]] is het contract getekend",
        "Customer: [[PERSON|Mohammed Al-Rashid]] | Tier: Gold",
        "Thanks to [[PERSON|Zoë Castellanos-Reyes]] for the review",
        "Chère [[PERSON|Amélie]], merci pour ton message",
        "rota: Mon [[PERSON|Dana]], Tue [[PERSON|Rui]], Wed [[PERSON|Tomasz]]",
        "I spoke with Mr [[PERSON|Okonkwo]] this morning",
    ),
    "several": (
        "--\n[[PERSON|Lena Vogt]]\n[[ADDRESS|Königsallee 14, 40212 Düsseldorf]]\n"
        "Tel. [[PHONE|⟨phone:DE:natl:f⟩]]\n[[EMAIL|l.vogt@vogt-steuerberatung.de]]",
        "Nome: [[PERSON|Carlos Mendes]]\nE-mail: [[EMAIL|c.mendes@gmail.com]]\n"
        "Telemóvel: [[PHONE|⟨phone:PT:natl⟩]]\nData de nascimento: [[DOB|14/08/1986]]\n"
        "IBAN: [[IBAN|⟨iban:PT:sp⟩]]",
        "Kunde meldet doppelte Abbuchung von Karte [[CARD|⟨card:mc:sp⟩]]; Erstattung auf "
        "[[IBAN|⟨iban:DE:sp⟩]]. Rückruf: [[PHONE|⟨phone:DE:intl⟩]]",
        '{"name":"[[PERSON|Emily Clarke]]","email":"[[EMAIL|emily.clarke@icloud.com]]",'
        '"phone":"[[PHONE|⟨phone:US:e164⟩]]","ssn":"[[SSN|⟨ssn:dash⟩]]",'
        '"last_ip":"[[IP|73.158.22.190]]"}',
        "2024-01-09 17:22:10 DEBUG payment user=[[EMAIL|t.nguyen@gmx.net]] "
        "card=[[CARD|⟨card:visa16:none⟩]] ip=[[IP|94.134.88.17]]",
        "Hola! soy [[PERSON|Lucía]], mi número nuevo es [[PHONE|⟨phone:ES:natl⟩]] y el correo "
        "[[EMAIL|lucia.fdez@gmail.com]]",
        "db:\n  url: postgresql://[[URL_SECRET|svc_report:Zm4pQ8wLt2]]@[[IP|10.12.0.7]]/dwh\n"
        "openai:\n  key: [[API_KEY|⟨key:openai⟩]]",
        "nom;email;tel\n[[PERSON|Garnier]];[[EMAIL|h.garnier@laposte.net]];[[PHONE|⟨phone:FR:natl⟩]]\n"
        "[[PERSON|Roux]];[[EMAIL|bastien.roux@sfr.fr]];[[PHONE|⟨phone:FR:e164⟩]]",
        "Bonjour, je suis [[PERSON|Hélène Garnier]], née le [[DOB|5 février 1979]], "
        "j'habite [[ADDRESS|7 place Bellecour, 69002 Lyon]].",
        "Intestatario: [[PERSON|Marco Colombo]] - IBAN [[IBAN|⟨iban:IT:sp⟩]] - "
        "cell. [[PHONE|⟨phone:IT:natl⟩]]",
        "Naam: [[PERSON|Sanne Visser]], geboren [[DOB|03-09-1992]], tel [[PHONE|⟨phone:NL:natl⟩]]",
        "Name [[PERSON|Robert Kim]] SSN [[SSN|⟨ssn:dash⟩]] DOB [[DOB|01/22/1975]] "
        "Address [[ADDRESS|88 Linden Ave Apt 4, Brooklyn, NY 11226]]",
        "pago con la visa [[CARD|⟨card:visa16:sp⟩]] o con la amex [[CARD|⟨card:amex:sp⟩]]?",
        "Hej! Jag heter [[PERSON|Elsa Berg]], tel [[PHONE|⟨phone:SE:intl⟩]], "
        "konto [[IBAN|⟨iban:SE:none⟩]]",
        "Pan [[PERSON|Krzysztof Zieliński]], tel. [[PHONE|⟨phone:PL:natl⟩]], "
        "e-mail [[EMAIL|k.zielinski@onet.pl]]",
        "user,ip,when\n[[EMAIL|r.hoffmann@posteo.de]],[[IP|2a02:810d:4b3f:e200::7c1]],09:12\n"
        "[[EMAIL|aylin.demir@hotmail.com]],[[IP|176.4.19.250]],09:14",
        "Call [[PHONE|⟨phone:US:natl⟩]] or [[PHONE|⟨phone:GB:intl⟩]], or email "
        "[[EMAIL|support-team@helio-apps.com]]",
    ),
}

NEGATIVES: dict[str, tuple[str, ...]] = {
    "order, tracking and reference numbers": (
        "Ihre Bestellung 302-4471982-5530126 wurde versandt.",
        "Order #A-55821-DE shipped today, 2 of 3 items",
        "Tracking: 1Z 999 AA1 01 2345 6784",
        "Sendungsnummer 00340434161094212345 - Zustellung heute",
        "USPS tracking 9400 1112 0206 1234 5678 90",
        "Rechnungsnummer RE-2024-00871, fällig am 30.04.",
        "Invoice INV-0042117 due 2024-04-30, total €1,249.00",
        "Kundennummer 4471 0093 2281",
        "Referencia del pedido: ⟨bad:4:16:dash⟩",
        "Numéro de commande ⟨bad:10:13⟩",
        "transaction id ⟨bad:4:19:sp⟩ (settled)",
        "Case 00187234 / Ticket INC0041187 - closed",
        "Booking reference K7QX2M, seats confirmed",
        "Auftragsnummer: 2024/00413/B",
        "AWB ⟨bad:176:13⟩ arrived at FRA hub",
        "Payment reference ⟨bad:5:16:sp⟩ - do not reply",
        "Kassenbon Nr. ⟨bad:9:18⟩, Filiale 0412",
        "Vorgangsnummer ⟨bad:3:15⟩",
        "ordine n. ⟨bad:6:17⟩ in consegna",
        "numer przesyłki ⟨bad:6:19⟩",
        "zaaknummer ⟨bad:2:14⟩",
        "shipment ⟨bad:37:15:sp⟩ cleared customs",
        "Ref: ⟨bad:5:16⟩ (bank statement line 14)",
        "Event ID ⟨bad:35:16⟩ in the audit log",
    ),
    "versions and build numbers": (
        "Upgraded to Python 3.12.2 and numpy 1.26.4 last night",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/124.0.6367.91",
        "firmware 4.2.1.3 fixes the Wi-Fi drop-outs",
        "Microsoft Windows [Version 10.0.19045.3803]",
        "Linux 6.5.0-27-generic #28~22.04.1-Ubuntu SMP",
        "pip install torch==2.2.1+cpu torchvision==0.17.1",
        "appVersion: 1.14.0-rc.2",
        "Android 14 (build UP1A.231005.007)",
        "OpenSSL 3.0.13 30 Jan 2024",
        "image: nginx:1.25.4-alpine",
        "Version 2024.03.1 ist ab sofort verfügbar",
        "SNMP OID 1.3.6.1.4.1.2021.10.1.3.1",
    ),
    "dates and times": (
        "Liefertermin: 14.03.2024, zwischen 08:00 und 12:00",
        "Meeting moved to 2024-05-02 14:30 CET",
        "Rendez-vous le 12/06/2024 à 9h15",
        "La factura vence el 30/04/2024.",
        "The bridge opened on 3 May 1991.",
        "Expires 09/27 - renew before then",
        "Backup completed at 03:12:45 on 2024-02-11",
        "created_at: 1710230400",
        "Abfahrt 17:42, Gleis 9",
        "Scadenza: 31/12/2025",
        "Posted 11 Oct 2023, edited 12 Oct 2023",
        "Il negozio è aperto dalle 9:00 alle 19:30",
        "De deadline is 05-06-2024 om 17.00 uur",
        "Mur berliński upadł 9 listopada 1989.",
        "Öppettider: mån-fre 08-17, lör 10-14",
        "cron: 0 3 * * 1-5",
        "2024-03-18T09:14:02.118Z",
        "The contract runs from 01/07/2023 to 30/06/2026.",
    ),
    "prices and amounts": (
        "Total: €1.249,00 inkl. MwSt.",
        "$4,299.99 or 12 x $358.33 per month",
        "Preço: R$ 1.234,56 à vista",
        "Do zapłaty: 1 234 567,89 zł",
        "Summa 12 499 kr",
        "Population: 83,294,633 (2023 estimate)",
        "pi ≈ 3.14159265358979",
        "balance -1,052.40 GBP",
    ),
    "ISBNs": (
        "ISBN ⟨isbn⟩",
        "Buch bestellt (ISBN ⟨isbn⟩), kommt Donnerstag",
        "Ref. bibliográfica: ISBN ⟨isbn⟩, 2ª ed.",
        "isbn: ⟨isbn⟩",
        "ISBN-10 0-306-40615-2 and the newer edition ⟨isbn⟩",
        "Lektüre: ⟨isbn⟩",
    ),
    "UUIDs and trace ids": (
        "request_id=⟨uuid⟩ status=200",
        "traceparent: 00-⟨hex:32⟩-⟨hex:16⟩-01",
        '{"id": "⟨uuid⟩", "type": "invoice"}',
        "Correlation-ID: ⟨uuid⟩",
        "device_id ⟨uuid⟩ registered",
        "span ⟨hex:16⟩ took 82 ms",
    ),
    "hashes and commits": (
        "commit ⟨hex:40⟩\nMerge: ⟨hex:7⟩ ⟨hex:7⟩",
        "sha256sum: ⟨hex:64⟩  attune-0.4.0.tar.gz",
        "MD5 (setup.exe) = ⟨hex:32⟩",
        "fixed in ⟨hex:7⟩, see PR #2291",
        '<script src="app.js" integrity="sha384-⟨key:b64url:64⟩" crossorigin></script>',
        'ETag: W/"⟨hex:32⟩"',
        "image digest sha256:⟨hex:64⟩",
        "git checkout ⟨hex:12⟩",
        "Bitte Commit ⟨hex:40⟩ reverten",
        "resolved: lodash-4.17.21.tgz#⟨hex:40⟩",
    ),
    "numbers failing Luhn": (
        "EAN ⟨bad:40:13⟩",
        "Artikelnummer ⟨bad:4:16⟩ (Lagerplatz C-12)",
        "Seriennummer: ⟨bad:5:16:sp⟩",
        "Lot ⟨bad:3:15⟩ recalled",
        "Meter ID ⟨bad:6:19⟩ read at 08:00",
        "contract no. ⟨bad:4:16:sp⟩",
        "Policennummer ⟨bad:37:15⟩",
        "barcode ⟨bad:2:14⟩",
        "Gutscheincode ⟨bad:6:16:dash⟩ einlösbar bis Jahresende",
        "Zählernummer ⟨bad:5:16⟩",
        "Terminal ID ⟨bad:4:13⟩",
        "Batch ⟨bad:1:18⟩",
    ),
    "IBAN-shaped, bad check digits": (
        "Muster-IBAN (ungültig): ⟨badiban:DE:sp⟩",
        "e.g. ⟨badiban:GB:sp⟩ - replace with your own",
        "Exemple de format : ⟨badiban:FR:sp⟩",
        "test fixture invalid_iban = '⟨badiban:NL:none⟩'",
        "IBAN validation test: ⟨badiban:ES:none⟩ -> expect checksum error",
        "Format: ⟨badiban:IT:sp⟩ (placeholder)",
        "Beispiel ⟨badiban:AT:sp⟩",
        "dummy value ⟨badiban:BE:none⟩ for the staging form",
        "voorbeeld: ⟨badiban:NL:sp⟩",
        "Przykładowy numer: ⟨badiban:PL:sp⟩",
    ),
    "SSN-shaped, invalid ranges": (
        "SSN format: 000-00-0000",
        "Lot 666-21-0045 recalled by the manufacturer",
        "ITINs always start with 9, e.g. 912-70-1234",
        "docket 123-00-4567",
        "part 234-56-0000 out of stock",
        "placeholder ssn: 000-12-3456",
        "case ref 987-65-4321",
        "Form code 666-04-1289 (internal)",
    ),
    "code": (
        "for i in range(0, 255):\n    octets.append(i)",
        "x = values[3:7] + values[-2:]",
        "std::vector<int> v; std::map<std::string, int> m;",
        "SELECT id, created_at FROM orders WHERE total > 100 ORDER BY 2 DESC;",
        "pattern = re.compile(r'\\d{3}-\\d{2}-\\d{4}')",
        "chmod 755 ./deploy.sh && ./deploy.sh --dry-run",
        "grid-template-columns: repeat(3, 1fr);",
        "git remote add origin git@github.com:attune/attune.git",
        "if (port < 1024 || port > 65535) { throw new RangeError(port); }",
        "const ratio = 16 / 9; // 1.7777777777777777",
        "docker run -p 8080:80 -v ./data:/data app:latest",
        "assert checksum(b'abc') == 0x352441c2",
        "password = getpass.getpass()  # never logged",
        "Authorization: Bearer <token>",
        "API_KEY=your-api-key-here",
        "export OPENAI_API_KEY=sk-...   # paste yours",
        "token: ${{ secrets.GITHUB_TOKEN }}",
        "postgres://USER:PASSWORD@HOST:5432/DBNAME",
        "password: ********",
        "mask = 0xFFFFFFFF00000000",
    ),
    "colours": (
        "color: #1a2b3c; background: #fff;",
        "border: 1px solid rgba(12, 34, 56, 0.8);",
        "--brand-primary: #FF5733;",
        "Farbe: RAL 7016 Anthrazitgrau, HEX #293133",
        "fill: hsl(210, 40%, 96%)",
        "#c0ffee is a valid colour",
    ),
    "file and package names": (
        "avatar@2x.jpg",
        "Upload failed: icon@3x.png is larger than 2 MB",
        "logo@1.5x.webp, logo@2x.webp",
        "npm i @types/node@20.11.5 lodash@4.17.21",
        "IMG_20240311_142233.jpg",
        "report_2024-03_final_v2.xlsx",
        "pip install 'requests>=2.31,<3'",
        "@channel please review the release notes",
    ),
    "product codes": (
        "SKU: TSH-BLK-XL-2231",
        "Art.-Nr. 4711-0815 (Restposten)",
        "Modell WH-1000XM5, Farbe schwarz",
        "Produktcode AB-2024-77813",
        "codice prodotto 8803-221-04",
        "Ref. fabricante: 21-03-4479-01",
        "modelnummer KX-TG6821",
        "VIN: WVWZZZ1KZAW000000 (example)",
    ),
    "rooms, seats and gates": (
        "Room 4.112, second floor",
        "Seat 23A, gate B42, flight LH 2031",
        "Zimmer 312 im Nordflügel",
        "Wagen 7, Platz 45",
        "Salle 2.07 - bâtiment C",
        "Aula 3.14, edificio 2",
        "Row 12, seats 14-16",
    ),
    "postcodes and places": (
        "Postleitzahl 10115 liegt in Berlin-Mitte",
        "SW1A is a London postcode district",
        "code postal 69002",
        "CAP 40124 = Bologna centro",
        "ZIP 94110",
        "Delivery to the 1016 area takes 2 days",
        "Die Baker Street liegt in London.",
    ),
    "phone-shaped, not phones": (
        "Part no. 555-0100-22",
        "P/N 310-2244-918-7",
        "Ersatzteil 00-112-334-455",
        "Kit 100-200-3000",
        "Bauteil 12 34 56 78 9 - Lagerort B",
        "support ticket #4415-2231",
        "Serial 0000-1111-2222",
        "Zeile 120 bis 180",
        "score 1-0 after 90+3 minutes",
    ),
    "URLs without secrets": (
        "https://shop.example.de/produkt/4471?color=blue&size=42&ref=newsletter",
        "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
        "https://example.org/search?q=iban+format&page=3&sort=price_asc",
        "https://news.site.fr/article/2024/03/11/budget?utm_source=twitter&utm_campaign=spring",
        "https://maps.app.goo.gl/XkT2pRmYq4kS9aB7A",
        "http://localhost:3000/api/health",
    ),
    "names and words that are not people": (
        "Apple and Samsung both shipped new phones in March",
        "We use the Pearson correlation and a Gaussian prior",
        "Mercedes-Benz and Porsche report record sales",
        "Der Hauptbahnhof liegt direkt am Rhein.",
        "Santa Claus Village is in Rovaniemi",
        "Bitte die Datei im Ordner Downloads speichern.",
    ),
}


# --- building ---------------------------------------------------------------------------


def render(template: str, values: Values) -> tuple[str, list[dict[str, int | str]]]:
    """The text of a template and its spans: tokens drawn, markup removed."""
    marked = TOKEN.sub(lambda m: values.draw(m.group(1)), template)
    pieces, spans, at, last = [], [], 0, 0
    for match in MARKUP.finditer(marked):
        entity, value = match.group(1), match.group(2)
        pieces.append(marked[last : match.start()])
        at += match.start() - last
        spans.append({"entity": entity, "start": at, "end": at + len(value)})
        pieces.append(value)
        at += len(value)
        last = match.end()
    pieces.append(marked[last:])
    return "".join(pieces), spans


def check_value(entity: str, value: str, values: Values) -> str | None:
    """Why a gold value is not a real one of its entity, or None."""
    digits = re.sub(r"\D", "", value)
    email = r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
    checks: dict[str, Callable[[], bool]] = {
        "EMAIL": lambda: re.fullmatch(email, value) is not None,
        "PHONE": lambda: value in values.phones,  # drawn, so valid per `phonenumbers`
        "CARD": lambda: luhn_ok(digits) and card_brand(digits) is not None,
        "IBAN": lambda: iban_ok(value),
        "IP": lambda: _is_ip(value),
        "SSN": lambda: ssn_ok(value),
        "URL_SECRET": lambda: re.search(r"\s", value) is None and len(value) >= 6,
        "API_KEY": lambda: re.search(r"\s", value) is None and len(value) >= 20,
        "DOB": lambda: re.search(r"\d", value) is not None,
        "ADDRESS": lambda: re.search(r"\d", value) is not None,
        "PERSON": lambda: value[:1].isupper(),
    }
    if entity not in checks:
        return "unknown entity"
    if value != value.strip() or not checks[entity]():
        return "not a valid value"
    return None


def _is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def strays(text: str, spans: list[dict[str, int | str]]) -> Iterator[str]:
    """Card-, IBAN- or SSN-valid numbers (and, in positives, e-mails and IPs) left unlabelled."""
    masked = list(text)
    for span in spans:
        start, end = int(span["start"]), int(span["end"])
        masked[start:end] = "#" * (end - start)
    rest = "".join(masked)
    for match in re.finditer(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d-])", rest):
        if luhn_ok(re.sub(r"\D", "", match.group())):
            yield f"Luhn-valid number {match.group()!r}"
    for match in re.finditer(r"\b[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){11,30}", rest):
        if iban_ok(match.group()):
            yield f"valid IBAN {match.group()!r}"
    for match in re.finditer(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", rest):
        if ssn_ok(match.group()):
            yield f"valid SSN {match.group()!r}"
    if spans:
        for match in re.finditer(r"[\w.+-]+@[\w-]+\.[A-Za-z]{2,}", rest):
            yield f"e-mail {match.group()!r}"
        for match in re.finditer(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])", rest):
            if _is_ip(match.group()):
                yield f"IP {match.group()!r}"


def build_rows(seed: int = SEED) -> list[dict[str, object]]:
    values = Values(random.Random(seed))
    rows: list[dict[str, object]] = []
    for kind, groups in (("positive", POSITIVES), ("hard_negative", NEGATIVES)):
        for note, template in ((n, t) for n, ts in groups.items() for t in ts):
            text, spans = render(template, values)
            where = f"template {template[:60]!r}"
            if (kind == "positive") != bool(spans):
                raise ValueError(f"{where}: a {kind} with {len(spans)} spans")
            for span in spans:
                value = text[int(span["start"]) : int(span["end"])]
                assert MARKUP.search(value) is None, where
                problem = check_value(str(span["entity"]), value, values)
                if problem:
                    raise ValueError(f"{where}: {span['entity']} {value!r}: {problem}")
            for stray in strays(text, spans):
                raise ValueError(f"{where}: unlabelled {stray}")
            rows.append({"text": text, "spans": spans, "kind": kind, "note": note})
    random.Random(seed).shuffle(rows)
    return rows


def main() -> None:
    rows = build_rows()
    texts = [row["text"] for row in rows]
    duplicates = [t for t, n in Counter(texts).items() if n > 1]
    if duplicates:
        raise SystemExit(f"duplicate texts: {duplicates[:3]}")
    with OUT.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    counts = Counter(span["entity"] for row in rows for span in row["spans"])  # type: ignore
    kinds = Counter(str(row["kind"]) for row in rows)
    print(f"wrote {OUT.name}: {len(rows)} texts ({dict(kinds)})")
    print(", ".join(f"{entity} {counts[entity]}" for entity in ENTITIES))


if __name__ == "__main__":
    main()
