"""Writes `personal_data_eval.jsonl`: hand-written sentences with their personal data marked.

The set is independent of attune's detectors (written without reading them); it is what
`benchmarks/privacy_detection.py` scores attune, and Presidio, against.

Markup, one sentence per line (`\\n` inside a line is a line break in the text):

    Mail me at [[EMAIL|jane.doe@example.com]] by Friday   a span with its literal value
    Card [[CARD:amex,dash]] on file                        a span with a generated value
    Order {{bad_card:any,none}} shipped                    generated text that is NOT a span
    ... text ...  ## a short note                          the row's note

Generated values are drawn with a fixed seed and are valid in the real world: card numbers
pass Luhn with a real brand prefix and length, IBANs pass ISO 13616 mod-97 with their
country's length (and the national check digits for BE, ES, FR, IT and NL), SSNs lie in
the issued ranges. Every span is checked to round-trip (`text[start:end] == value`) and to
be valid; every line is checked to hold no valid card number, IBAN or SSN outside a span.
Labelling rules: titles (Mr., Dr.) are not part of a PERSON; `mailto:` and angle brackets
are not part of an EMAIL; a port, zone (`%en0`) or prefix is not part of an IP; only the
`user:pass` or the parameter's value of a URL is a URL_SECRET; only the token after
`Bearer ` or `KEY=` is an API_KEY; only the date is a DOB.

    python benchmarks/data/make_personal_data_eval.py
"""

# The sentences below are data, one per line, and cannot be wrapped without changing them.
# ruff: noqa: E501

from __future__ import annotations

import base64
import ipaddress
import json
import random
import re
import string
import urllib.parse
import uuid
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import TypedDict

OUT = Path(__file__).resolve().parent / "personal_data_eval.jsonl"
SEED = 13616
TOKEN = re.compile(
    r"\[\[(?P<entity>[A-Z_]+)(?::(?P<spec>[\w,]+))?(?:\|(?P<value>.+?))?\]\]"
    r"|\{\{(?P<filler>[a-z0-9_]+)(?::(?P<fspec>[\w,]+))?\}\}",
    re.DOTALL,
)
ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
Rng = random.Random


def draw(rng: Rng, alphabet: str, n: int) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(rng: Rng, n: int) -> str:
    return draw(rng, string.digits, n)


def mixed(rng: Rng, n: int, alphabet: str = ALNUM) -> str:
    """A random string with upper case, lower case and digits, first and last alphanumeric."""
    while True:
        s = rng.choice(ALNUM) + draw(rng, alphabet, n - 2) + rng.choice(ALNUM)
        if any(c.isupper() for c in s) and any(c.islower() for c in s):
            if any(c.isdigit() for c in s):
                return s


# --- cards (Luhn) --------------------------------------------------------------------------

CARD_BRANDS: dict[str, Callable[[Rng], str]] = {
    "visa": lambda rng: "4",
    "mc": lambda rng: f"5{rng.randint(1, 5)}",
    "mc2": lambda rng: str(rng.randint(2221, 2720)),
    "amex": lambda rng: rng.choice(["34", "37"]),
    "discover": lambda rng: rng.choice(["6011", "65", str(rng.randint(644, 649))]),
    "any": lambda rng: str(rng.randint(1, 9)),
}
SEPARATORS = {"space": " ", "dash": "-", "none": ""}


def luhn_sum(number: str) -> int:
    """Luhn: double every second digit from the right (9 subtracted above 9), sum mod 10."""
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10


def luhn_valid(value: str) -> bool:
    number = re.sub(r"[ -]", "", value)
    return number.isdigit() and luhn_sum(number) == 0


def card_brand_ok(number: str) -> bool:
    """A real brand's prefix and length (Visa, Mastercard, Amex, Discover)."""
    if len(number) == 15:
        return number[:2] in ("34", "37")
    visa, mc = number[0] == "4", 51 <= int(number[:2]) <= 55 or 2221 <= int(number[:4]) <= 2720
    discover = number.startswith(("6011", "65")) or 644 <= int(number[:3]) <= 649
    return len(number) == 16 and (visa or mc or discover)


def format_card(number: str, separator: str) -> str:
    groups = (4, 6, 5) if len(number) == 15 else (4, 4, 4, 4)
    parts, at = [], 0
    for size in groups:
        parts.append(number[at : at + size])
        at += size
    return separator.join(parts)


def card_number(rng: Rng, brand: str, valid: bool) -> str:
    prefix = CARD_BRANDS[brand](rng)
    body = prefix + digits(rng, (15 if brand == "amex" else 16) - len(prefix) - 1)
    check = (10 - luhn_sum(body + "0")) % 10
    return body + str(check if valid else (check + rng.randint(1, 9)) % 10)


def gen_card(rng: Rng, spec: str) -> tuple[str, str]:
    brand, _, fmt = (spec or rng.choice(["visa", "mc", "mc2", "amex", "discover"])).partition(",")
    fmt = fmt or rng.choice(list(SEPARATORS))
    return format_card(card_number(rng, brand, True), SEPARATORS[fmt]), f"{brand}, {fmt}"


def fill_bad_card(rng: Rng, spec: str) -> tuple[str, str]:
    brand, _, fmt = spec.partition(",")
    value = format_card(card_number(rng, brand, False), SEPARATORS[fmt or "none"])
    return value, f"{len(re.sub(r'[ -]', '', value))} digits failing Luhn"


# --- IBANs (ISO 13616 mod-97, national check digits where they are simple) ----------------

IBAN_LENGTHS = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "ES": 24, "IT": 27, "CH": 21}
IBAN_LENGTHS |= {"BE": 16, "AT": 20, "LU": 20}
ES_WEIGHTS = (1, 2, 4, 8, 5, 10, 9, 7, 3, 6)
IT_ODD = (1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22)
IT_ODD += (25, 24, 23)


def es_digit(ten: str) -> int:
    r = 11 - sum(int(d) * w for d, w in zip(ten, ES_WEIGHTS, strict=True)) % 11
    return {10: 1, 11: 0}.get(r, r)


def es_bban(rng: Rng) -> str:
    bank, branch, account = digits(rng, 4), digits(rng, 4), digits(rng, 10)
    return f"{bank}{branch}{es_digit('00' + bank + branch)}{es_digit(account)}{account}"


def fr_bban(rng: Rng) -> str:
    """Bank, branch, account, then the RIB key: 97 − (89·bank + 15·branch + 3·account) mod 97."""
    bank, branch, account = digits(rng, 5), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return f"{bank}{branch}{account}{key:02d}"


def it_bban(rng: Rng) -> str:
    """The CIN letter: odd positions through IT_ODD, even ones at face value, mod 26."""
    rest = digits(rng, 22)
    total = sum(IT_ODD[int(c)] if i % 2 == 0 else int(c) for i, c in enumerate(rest))
    return chr(ord("A") + total % 26) + rest


def nl_bban(rng: Rng) -> str:
    """A bank code and a 10-digit account passing the Dutch 11-test (weights 10..1)."""
    while True:
        first = digits(rng, 9)
        need = -sum(int(d) * w for d, w in zip(first, range(10, 1, -1), strict=True)) % 11
        if need < 10:
            return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "KNAB", "SNSB"]) + first + str(need)


def be_bban(rng: Rng) -> str:
    first = digits(rng, 10)
    return f"{first}{int(first) % 97 or 97:02d}"


BBANS: dict[str, Callable[[Rng], str]] = {
    "DE": lambda rng: digits(rng, 18),
    "GB": lambda rng: rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + digits(rng, 14),
    "IE": lambda rng: rng.choice(["AIBK", "BOFI"]) + digits(rng, 14),
    "CH": lambda rng: digits(rng, 17),
    "AT": lambda rng: digits(rng, 16),
    "LU": lambda rng: digits(rng, 16),
    "ES": es_bban,
    "FR": fr_bban,
    "IT": it_bban,
    "NL": nl_bban,
    "BE": be_bban,
}


def iban_number(text: str) -> int:
    return int("".join(str(int(ch, 36)) for ch in text))


def iban_valid(value: str) -> bool:
    compact = value.replace(" ", "")
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact.isalnum():
        return False
    return iban_number(compact[4:] + compact[:4]) % 97 == 1


def make_iban(rng: Rng, country: str, valid: bool, fmt: str) -> str:
    bban = BBANS[country](rng)
    check = 98 - iban_number(bban + country + "00") % 97
    if not valid:  # any other pair of check digits fails: they differ by less than 97
        check = rng.choice([c for c in range(2, 99) if c != check])
    compact = f"{country}{check:02d}{bban}"
    if fmt == "compact":
        return compact
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def gen_iban(rng: Rng, spec: str) -> tuple[str, str]:
    country, _, fmt = spec.partition(",")
    fmt = fmt or rng.choice(["print", "compact"])
    return make_iban(rng, country, True, fmt), f"{country}, {fmt}"


def fill_bad_iban(rng: Rng, spec: str) -> tuple[str, str]:
    country, _, fmt = spec.partition(",")
    return make_iban(rng, country, False, fmt or "print"), f"{country} IBAN shape, bad check"


# --- SSNs -----------------------------------------------------------------------------------

SSN_NEVER_ISSUED = {"078-05-1120", "219-09-9999", "123-45-6789"}  # advertising, famous samples


def ssn_valid(value: str) -> bool:
    """Area 001–899 but not 666, group 01–99, serial 0001–9999."""
    parts = re.fullmatch(r"(\d{3})([ -]?)(\d{2})\2(\d{4})", value)
    if not parts:
        return False
    area, _, group, serial = parts.groups()
    if f"{area}-{group}-{serial}" in SSN_NEVER_ISSUED:
        return False
    return 0 < int(area) < 900 and area != "666" and group != "00" and serial != "0000"


def gen_ssn(rng: Rng, spec: str) -> tuple[str, str]:
    area = rng.choice([a for a in range(1, 900) if a != 666])
    value = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    fmt = spec or "dash"
    return value.replace("-", {"dash": "-", "space": " ", "none": ""}[fmt]), fmt


def fill_bad_ssn(rng: Rng, spec: str) -> tuple[str, str]:
    area, group, serial = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
    area = {"9xx": rng.randint(900, 999), "000": 0, "666": 666}.get(spec, area)
    group, serial = (0 if spec == "g00" else group), (0 if spec == "s0000" else serial)
    return f"{area:03d}-{group:02d}-{serial:04d}", f"SSN shape, invalid ({spec})"


# --- IP addresses ---------------------------------------------------------------------------


def public_v4(rng: Rng) -> str:
    first = rng.choice([a for a in range(1, 224) if a not in (10, 100, 127, 169, 172, 192)])
    rest = [rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
    return ".".join(str(x) for x in [first, *rest])


def private_v4(rng: Rng) -> str:
    return rng.choice(
        [
            f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
        ]
    )


def v6(rng: Rng) -> ipaddress.IPv6Address:
    """A global unicast address, often with a run of zero groups (so `::` shows)."""
    groups = [rng.choice([0x2001, 0x2A00, 0x2A02, 0x2600, 0x2607, 0x2C0F, 0x2400])]
    groups += [rng.randint(0, 0xFFFF) for _ in range(7)]
    if rng.random() < 0.6:
        start, run = rng.randint(2, 5), rng.randint(2, 4)
        groups[start : start + run] = [0] * len(groups[start : start + run])
    return ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))


IP_KINDS: dict[str, Callable[[Rng], str]] = {
    "v4": public_v4,
    "priv": private_v4,
    "v6": lambda rng: v6(rng).compressed,
    "v6full": lambda rng: v6(rng).exploded,
}


def gen_ip(rng: Rng, spec: str) -> tuple[str, str]:
    return IP_KINDS[spec](rng), spec


# --- secrets --------------------------------------------------------------------------------


def b64url(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def jwt(rng: Rng) -> str:
    header = b64url(b'{"alg":"HS256","typ":"JWT"}')
    claims = {"sub": str(rng.randint(1000, 99999)), "iat": 1718000000 + rng.randint(0, 10**6)}
    payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
    return f"{header}.{payload}.{mixed(rng, 43, URLSAFE)}"


API_KEYS: dict[str, Callable[[Rng], str]] = {
    "sk": lambda rng: "sk-" + mixed(rng, 48),
    "skproj": lambda rng: "sk-proj-" + mixed(rng, 64, URLSAFE),
    "skant": lambda rng: "sk-ant-api03-" + mixed(rng, 93, URLSAFE) + "AA",
    "ghp": lambda rng: "ghp_" + mixed(rng, 36),
    "ghpat": lambda rng: f"github_pat_{mixed(rng, 22)}_{mixed(rng, 59)}",
    "glpat": lambda rng: "glpat-" + mixed(rng, 20),
    "npm": lambda rng: "npm_" + mixed(rng, 36),
    "akia": lambda rng: "AKIA" + draw(rng, string.ascii_uppercase + "234567", 16),
    "awssecret": lambda rng: mixed(rng, 40, ALNUM + "/+"),
    "xoxb": lambda rng: f"xoxb-{digits(rng, 12)}-{digits(rng, 13)}-{mixed(rng, 24)}",
    "aiza": lambda rng: "AIza" + mixed(rng, 35, URLSAFE),
    "sendgrid": lambda rng: f"SG.{mixed(rng, 22, URLSAFE)}.{mixed(rng, 43, URLSAFE)}",
    "jwt": jwt,
    "rand": lambda rng: mixed(rng, rng.randint(24, 48)),
}
URL_SECRETS: dict[str, Callable[[Rng], str]] = {
    "tok": lambda rng: mixed(rng, rng.randint(24, 40)),
    "hex": lambda rng: draw(rng, HEX, 40),
    "hex64": lambda rng: draw(rng, HEX, 64),
    "b64": lambda rng: urllib.parse.quote(base64.b64encode(rng.randbytes(32)).decode(), safe=""),
    "aiza": API_KEYS["aiza"],
}


def gen_api_key(rng: Rng, spec: str) -> tuple[str, str]:
    return API_KEYS[spec](rng), spec


def gen_url_secret(rng: Rng, spec: str) -> tuple[str, str]:
    return URL_SECRETS[spec](rng), spec


GENERATORS: dict[str, Callable[[Rng, str], tuple[str, str]]] = {
    "CARD": gen_card,
    "IBAN": gen_iban,
    "SSN": gen_ssn,
    "IP": gen_ip,
    "API_KEY": gen_api_key,
    "URL_SECRET": gen_url_secret,
}
FILLERS: dict[str, Callable[[Rng, str], tuple[str, str]]] = {
    "bad_card": fill_bad_card,
    "bad_iban": fill_bad_iban,
    "bad_ssn": fill_bad_ssn,
    "uuid": lambda rng, spec: (str(uuid.UUID(int=rng.getrandbits(128), version=4)), "UUID"),
    "sha1": lambda rng, spec: (draw(rng, HEX, 40), "SHA-1 / git SHA"),
    "sha1short": lambda rng, spec: (draw(rng, HEX, 7), "short git SHA"),
    "sha256": lambda rng, spec: (draw(rng, HEX, 64), "sha256 hex"),
    "md5": lambda rng, spec: (draw(rng, HEX, 32), "md5 hex"),
    "objectid": lambda rng, spec: (draw(rng, HEX, 24), "MongoDB ObjectId"),
    "hex": lambda rng, spec: (draw(rng, HEX, int(spec)), f"{spec} lower-hex chars"),
}


# --- rendering and checks -------------------------------------------------------------------

SPAN_CHECKS: dict[str, Callable[[str], bool]] = {
    "EMAIL": lambda v: re.fullmatch(r"[^@\s<>]+@[^@\s<>]+\.[^@\s<>.]{2,}", v) is not None,
    "PHONE": lambda v: len(re.sub(r"\D", "", v)) >= 7 and re.fullmatch(r"[+(\d][\d ().-]+", v),
    "CARD": lambda v: luhn_valid(v) and card_brand_ok(re.sub(r"[ -]", "", v)),
    "IBAN": iban_valid,
    "SSN": ssn_valid,
    "IP": lambda v: bool(ipaddress.ip_address(v)),
}


class Span(TypedDict):
    entity: str
    start: int
    end: int


class Row(TypedDict):
    text: str
    spans: list[Span]
    kind: str
    note: str


DIGIT_RUN = re.compile(r"(?<!\d)\d(?:[ -]?\d){14,15}(?!\d)")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
SSN_SHAPE = re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")


def render_line(line: str, rng: Rng) -> Row:
    """One markup line → {"text", "spans", "kind", "note"} (kind from whether it has spans)."""
    line, _, note = line.partition("  ## ")
    line = line.replace("\\n", "\n")
    text, last = "", 0
    spans: list[Span] = []
    notes = [note] if note else []
    for token in TOKEN.finditer(line):
        text += line[last : token.start()]
        last = token.end()
        if token["filler"]:
            value, auto = FILLERS[token["filler"]](rng, token["fspec"] or "")
            notes.append(auto)
        elif token["value"] is not None:
            value = token["value"]
        else:
            value, auto = GENERATORS[token["entity"]](rng, token["spec"] or "")
            notes.append(f"{token['entity']} {auto}")
        if not token["filler"]:
            spans.append(Span(entity=token["entity"], start=len(text), end=len(text) + len(value)))
        text += value
    text += line[last:]
    kind = "positive" if spans else "hard_negative"
    return Row(text=text, spans=spans, kind=kind, note="; ".join(notes))


def outside_spans(row: Row, start: int, end: int) -> bool:
    return all(end <= s["start"] or start >= s["end"] for s in row["spans"])


def check_row(row: Row, where: str) -> None:
    """Every span round-trips and is valid; no valid card, IBAN or SSN is left unmarked."""
    text = row["text"]
    for span in row["spans"]:
        value = text[span["start"] : span["end"]]
        if not value or value != value.strip() or not SPAN_CHECKS.get(span["entity"], bool)(value):
            raise SystemExit(f"{where}: invalid {span['entity']} value {value!r}")
    leaks = [m for m in DIGIT_RUN.finditer(text) if SPAN_CHECKS["CARD"](m.group())]
    leaks += [m for m in IBAN_SHAPE.finditer(text) if iban_valid(m.group())]
    leaks += [m for m in SSN_SHAPE.finditer(text) if ssn_valid(m.group())]
    for m in leaks:
        if outside_spans(row, m.start(), m.end()):
            raise SystemExit(f"{where}: unmarked valid value {m.group()!r} in {text!r}")


def build_rows() -> list[Row]:
    rng = random.Random(SEED)
    rows = []
    blocks = [(name, block, "positive") for name, block in POSITIVE_BLOCKS.items()]
    blocks += [(name, block, "hard_negative") for name, block in NEGATIVE_BLOCKS.items()]
    for name, block, kind in blocks:
        for number, line in enumerate(block.strip().splitlines(), start=1):
            row = render_line(line.strip(), rng)
            where = f"{name} line {number}"
            if row["kind"] != kind:
                raise SystemExit(f"{where}: a {kind} block holds a {row['kind']}: {line!r}")
            check_row(row, where)
            rows.append(row)
    return rows


def main() -> None:
    rows = build_rows()
    OUT.write_text(
        "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8"
    )
    entities = Counter(span["entity"] for row in rows for span in row["spans"])
    kinds = Counter(row["kind"] for row in rows)
    print(f"wrote {OUT} ({len(rows)} texts: {dict(kinds)})")
    print("spans:", ", ".join(f"{e} {n}" for e, n in sorted(entities.items())))


# --- the sentences --------------------------------------------------------------------------

EMAILS = r"""
Mail me at [[EMAIL|jane.doe@example.com]] by Friday, I'm away after that.
can you draft a reply to [[EMAIL|m.okafor+invoices@northwind-traders.co.uk]] saying we got the PDF  ## plus tag
From: [[PERSON|Lukas Brandt]] <[[EMAIL|lukas.brandt@mail.de]]>\nTo: [[EMAIL|buero@brandt-architekten.de]]\nSubject: Pläne für Dienstag  ## e-mail headers
Forward everything from [[EMAIL|Billing@Acme-Hosting.IO]] into the Receipts folder.  ## mixed case
My work email changed, it's now [[EMAIL|priya.raghunathan@eng.corp.example.org]].  ## subdomains
<a href="mailto:[[EMAIL|hello@studio-lumen.design]]">Get in touch</a>  ## mailto in HTML, new TLD
git config --global user.email "[[EMAIL|sam.k.dev@users.noreply.github.com]]"
2024-05-02T09:13:44Z smtp[2211]: 550 5.1.1 <[[EMAIL|r.ivanova@yandex.ru]]>: mailbox unavailable  ## mail log
Reply-To: [[EMAIL|support+ticket-48213@helpdesk.example.net]]
my sister's is [[EMAIL|ana_lucia.ferreira@hotmail.com]], add her to the trip thread
cc [[PERSON|Siobhán]] too: [[EMAIL|siobhan.o'brien@example.ie]]  ## apostrophe in the local part
Contact: [[EMAIL|kenji.watanabe@example.co.jp]] (Tokyo office)
Send the signed NDA to [[EMAIL|legal@zeta-robotics.ai]] and copy [[EMAIL|founders@zeta-robotics.ai]].
why does Outlook bounce mails to [[EMAIL|curator.office@collections.example.museum]]?  ## long TLD
{"id": 4812, "name": "[[PERSON|Olivia Chen]]", "email": "[[EMAIL|olivia.chen92@gmail.com]]", "plan": "pro"}  ## JSON record
user [[EMAIL|ahmed.hassan@proton.me]] reported the login loop on Android 14
Book through mailto:[[EMAIL|bookings@hotel-alpenblick.at]]?subject=Reservation%20June  ## mailto with a query
Please unsubscribe [[EMAIL|TOM.HARDING@BTINTERNET.COM]] from the newsletter.  ## upper case
Hey, it's [[PERSON|Dani]]! New address is [[EMAIL|dani@dani-codes.dev]], the old one is dead.
The signup form rejects [[EMAIL|x@y.io]] as too short, is that a bug?  ## very short
assign the ticket to [[EMAIL|l.moreau@equipe.example.fr]]
from: "[[PERSON|Grace Liu]]" <[[EMAIL|grace.liu@berkeley.example.edu]]>
Remind me to write to [[EMAIL|prof.adeyemi@ui.edu.ng]] about the recommendation letter.
login [[EMAIL|maria-jose.garcia@telefonica.example.es]]: password reset requested  ## hyphen in the local part
2024-06-11 12:01:07 INFO auth: login ok user=[[EMAIL|k.nowak@firma.pl]] ip=[[IP|83.12.44.201]]  ## key=value log
Can you find the thread with [[EMAIL|hr-benefits@globex-corp.com]]?
I typed [[EMAIL|marc.dupont@orange.fr]] but the confirmation never arrived.
Bcc: [[EMAIL|audit_2024@clients.kpmg-example.com]]
my personal one is [[EMAIL|chris1987@aol.com]] if the work one fails
Kontakt: [[EMAIL|info@bäckerei-müller.de]]  ## internationalised domain
ADMIN_EMAIL=[[EMAIL|ops-alerts@infra.acme-corp.cloud]]  ## .env line, new TLD
The reviewer was [[EMAIL|a.kowalczyk@uw.edu.pl]]; ask about the rebuttal deadline.
 * @author [[PERSON|Ben Carter]] <[[EMAIL|ben.carter@opensource.example.org]]>  ## Javadoc
Signed-off-by: [[PERSON|Mei Lin]] <[[EMAIL|mei.lin@kernel.example.org]]>
pls resend to [[EMAIL|sven.eriksson@telia.se]], not to my gmail
On Tue, 4 Jun 2024 at 10:02, [[EMAIL|Jonathan.Smith@Contoso.com]] wrote:\n> are we still on for lunch?  ## quoted reply
Sign-ups today: [[EMAIL|lea.fischer@web.de]], [[EMAIL|noah.w@icloud.com]], [[EMAIL|z.rahman@outlook.com]]
SSO login is [[EMAIL|jonas.weber@stud.uni-heidelberg.de]], the library account uses the same
Please confirm your email address ([[EMAIL|rachel.green+test3@mailinator.com]]).
How do I validate [[EMAIL|user.name+tag@example.co.uk]] with a regex in JavaScript?
To: [[EMAIL|facturas@panaderia-sol.mx]]\nAsunto: factura 2024-117
my Apple ID is [[EMAIL|tomasz.wisniewski@me.com]]
Ping [[EMAIL|devops@startup.io]] if the deploy fails again.
customer_email = "[[EMAIL|hannah.schulz@gmx.net]]"  # TODO remove before commit
My email is [[EMAIL|Aisha.Bello@Yahoo.co.uk]] and my mobile is [[PHONE|+44 7911 123456]].
[[EMAIL|kim.seoyeon@samsung.example.kr]] joined the workspace
Write to the organisers at <[[EMAIL|pycon-2025@conference.example.org]]>
New lead: [[PERSON|Fatima Zahra]] ([[EMAIL|fatima.zahra@atlas-consulting.ma]]), wants a demo next week
Add [[EMAIL|quinn@quinn.photography]] to the allow-list  ## new TLD
mail -s "backup done" [[EMAIL|root-alerts@backup01.example.net]] < /var/log/backup.log
my uni address was [[EMAIL|s1234567@ed.ac.uk]] but it expired  ## digits in the local part
Set up forwarding from [[EMAIL|old.me@hotmail.co.uk]] to [[EMAIL|new.me@fastmail.com]]
"""

PHONES = r"""
Call me on [[PHONE|+44 20 7946 0958]] after 6.
Our US office: [[PHONE|+1 (415) 555-0132]]
can you text [[PHONE|(415) 555-0132]] that I'm running late  ## US national
Phone: [[PHONE|415-555-0132]]  Fax: [[PHONE|415-555-0133]]
his number is [[PHONE|415.555.0132]] I think  ## dots
Berlin switchboard [[PHONE|+49 30 901820]]
Tel. [[PHONE|+33 1 23 45 67 89]] (standard)
WhatsApp me at [[PHONE|+91 98765 43210]]
Tokyo: [[PHONE|+81-3-1234-5678]]
Ring the hotel on [[PHONE|0044 20 7946 0321]] from abroad  ## 00 international prefix
Handy: [[PHONE|+49 151 23456789]]
mobile [[PHONE|06 12 34 56 78]], landline [[PHONE|01 23 45 67 89]]  ## French national
Please call [[PERSON|Maria]] at [[PHONE|(646) 832-1177]] about the lease.
The pharmacy number is [[PHONE|312-874-2290]].
Call [[PHONE|1-800-829-1040]] for the IRS helpline, they open at 7am.  ## toll-free with 1-
{"contact": {"phone": "[[PHONE|+1-512-694-3380]]", "preferred": "sms"}}
dentist: [[PHONE|718.246.5590]], appointment Thursday 3pm
Ich bin unter [[PHONE|030 901820]] erreichbar.  ## German national
Rufnummer: [[PHONE|+49 (0)89 2190 4410]]  ## trunk zero in brackets
Mon numéro : [[PHONE|+33 (0)7 81 22 40 19]]
Office: [[PHONE|+91-22-2778-1234]], ask for extension 14
Mobile (JP): [[PHONE|+81 90 1234 5678]]
Sydney office [[PHONE|+61 2 9374 4000]]
Mum's mobile: [[PHONE|+61 412 345 678]]
Contato: [[PHONE|+55 11 91234-5678]]
Llámame al [[PHONE|+34 612 34 56 78]]
Milano, tel. [[PHONE|+39 02 1234 5678]]
bel me op [[PHONE|+31 6 12345678]]
Zürich reception [[PHONE|+41 44 668 18 00]]
Dublin: [[PHONE|+353 1 234 5678]]
ring me, [[PHONE|+46 70 123 45 67]]
Warszawa biuro [[PHONE|+48 22 123 45 67]]
Cape Town branch: [[PHONE|+27 21 123 4567]]
CDMX: [[PHONE|+52 55 1234 5678]]
Beijing desk [[PHONE|+86 10 1234 5678]], mobile [[PHONE|+86 138 0013 8000]]
Seoul [[PHONE|+82 2-312-3456]]
Singapore hotline [[PHONE|+65 6123 4567]]
Dubai mobile [[PHONE|+971 50 123 4567]], office [[PHONE|+971 4 330 1234]]
Lagos: [[PHONE|+234 803 123 4567]]
Wien Zentrale [[PHONE|+43 1 5880 1234]]
Toronto: [[PHONE|+1 416 555 0182]]
Moscow office [[PHONE|+7 495 123-45-67]]
Tel Aviv: [[PHONE|+972 3-123-4567]]
Lisbon [[PHONE|+351 21 123 4567]]
Helsinki [[PHONE|+358 9 1234 5678]]
Istanbul [[PHONE|+90 212 123 45 67]]
Manchester [[PHONE|+44 (0)161 496 0753]]
call [[PHONE|020 7946 0018]] (London), it's a landline  ## UK national
UK mobile [[PHONE|07911 123456]]
missed call from [[PHONE|+1 212 555 0199]] at 14:32, no voicemail
The caller ID showed [[PHONE|+12065550147]]  ## E.164, no spaces
id,name,phone\n17,[[PERSON|Raj Patel]],[[PHONE|+919876543210]]  ## CSV
New phone, who dis? It's [[PERSON|Jess]], save [[PHONE|(303) 499-7111]].
ph: [[PHONE|+49 176 4412 9087]]
Bangalore landline [[PHONE|+91 80 4110 2233]]; in Japan dial [[PHONE|03-1234-5678]]
Call [[PHONE|+1 604 555 0143]] (Vancouver) before 5pm PT
Oslo [[PHONE|+47 22 12 34 56]], København [[PHONE|+45 32 12 34 56]]
sms: from=[[PHONE|+14155550132]] to=[[PHONE|+442079460958]] status=delivered  ## gateway log
Auckland office [[PHONE|+64 9 379 4000]]
"""

CARDS = r"""
My card number is [[CARD]], expiry 09/27.
charge it to the Amex, [[CARD:amex,space]]
card: [[CARD:visa,none]] exp 11/26 cvc 314
I think the payment failed for [[CARD:mc,dash]], can you check?
Test with [[CARD|4111 1111 1111 1111]] in the sandbox.  ## well-known test number
Stripe test card [[CARD|4242 4242 4242 4242]] works but [[CARD|5555 5555 5555 4444]] is declined  ## test numbers
2024-04-18 10:22:31 WARN payments: raw PAN in request body: pan=[[CARD:visa,none]]  ## log
{"card_number": "[[CARD:mc2,none]]", "exp_month": 3, "exp_year": 2028}
Can you store my Discover [[CARD:discover,space]] for next time?
Kreditkarte: [[CARD:mc,space]], gültig bis 08/27
carte bancaire [[CARD:visa,space]] exp. 02/29
Update billing: new card [[CARD:amex,dash]], the old one was stolen
[[PERSON|Hiro Tanaka]], [[CARD:visa,dash]], 05/26
"I bought it with card [[CARD:discover,none]] and got charged twice"
card=[[CARD:mc,none]]&cvv=771&zip=94107  ## form-encoded
PAN [[CARD:visa]] flagged by the fraud team
refund to [[CARD:mc2,space]] please, not store credit
Amex corporate card [[CARD|3782 822463 10005]]  ## Amex test number, 4-6-5
CC#: [[CARD]]
Number: [[CARD:visa,space]] / Name on card: [[PERSON|Laura Bianchi]] / Exp: 10/28
customers.csv line 88: [[PERSON|Tom Reyes]],[[CARD:mc,none]],2027-01
My daughter used my card [[CARD:visa,dash]] on the app store without asking
Discover test [[CARD|6011 1111 1111 1117]]
VISA [[CARD:visa,none]]
card no. [[CARD:amex,none]] (Amex, 15 digits)
travel booking: paid with [[CARD:mc,space]]; confirmation ABX-44721
> Your card [[CARD:discover,dash]] was declined.
assert is_valid_pan("[[CARD:visa,none]]")  ## test fixture
the bank said card [[CARD:mc2,dash]] is blocked until I call them
payment_method: card [[CARD]] (saved)
Corporate Visa: [[CARD:visa,space]]
I'm reading it off: [[CARD:mc,space]], the CVV is on the back
Tarjeta [[CARD:visa,space]] caduca 12/27
order 55810 paid by [[CARD:amex,space]]
replace the expired card [[CARD:discover,space]] with [[CARD:visa,space]]
kartu kredit [[CARD:mc,dash]]
push notification: "Card [[CARD:visa,none]] saved"
debug: token=None card=[[CARD:mc2,none]] amount=42.00
Hi, please use [[CARD:amex,space]] for the deposit. Thanks, [[PERSON|Greg]]
The POS printed [[CARD:visa,space]] in full on the receipt, is that legal?
card [[CARD:discover,none]] exp 07/25
my Mastercard [[CARD:mc,none]]
charge [[CARD]] for the annual plan
Two cards on file: [[CARD:visa,dash]] and [[CARD:mc,dash]].
"""

IBANS = r"""
Please wire the deposit to IBAN [[IBAN:DE,print]].
IBAN: [[IBAN:GB,print]] / BIC: NWBKGB2L
Kontoinhaberin: [[PERSON|Anna-Lena Schmitt]], IBAN [[IBAN:DE,print]]
RIB / IBAN : [[IBAN:FR,print]]
Can you pay [[IBAN:NL,compact]] € 450 for the bike?
Beneficiary IBAN [[IBAN:ES,print]]
Coordinate bancarie: IBAN [[IBAN:IT,print]]
iban=[[IBAN:CH,compact]]&amount=120.00  ## query string
Overschrijven naar [[IBAN:BE,print]] met vermelding van het factuurnummer
my salary goes to [[IBAN:AT,compact]]
Bank: Sparkasse · IBAN [[IBAN:DE,print]] · Steuernummer folgt  ## invoice footer
SEPA mandate for [[IBAN:IE,print]] signed 2024-03-01
{"iban": "[[IBAN:LU,compact]]", "holder": "[[PERSON|Marc Weber]]"}
The textbook example [[IBAN|DE89 3704 0044 0532 0130 00]] passes validation but mine doesn't: [[IBAN:DE,compact]]  ## well-known example
our test fixture uses [[IBAN|GB82 WEST 1234 5698 7654 32]]  ## well-known example
refund to [[IBAN:FR,compact]] please
IBAN [[IBAN:NL,print]] t.n.v. [[PERSON|J. de Vries]]
Transferencia a [[IBAN:ES,compact]]
Bonifico su [[IBAN:IT,compact]] entro venerdì
Zahlung an [[IBAN:CH,print]] (UBS)
"Le virement vers [[IBAN:FR,print]] a été refusé"
rent: the landlord's IBAN is [[IBAN:DE,compact]]
2024-02-12 09:00:03 payout queued iban=[[IBAN:GB,compact]] amount=1200.00 EUR  ## log
Payee: [[PERSON|Sophie Laurent]], [[IBAN:BE,compact]]
Kontoverbindung: [[IBAN:AT,print]]
IBAN [[IBAN:IE,compact]], BIC AIBKIE2D
new account [[IBAN:LU,print]]
split the bill: send your share to [[IBAN:NL,print]]
Please update my bank details to [[IBAN:GB,print]] from next month.
Spenden bitte an [[IBAN:DE,print]] (Förderverein)
Cuenta: [[IBAN:ES,print]]
IBAN: [[IBAN:IT,print]] intestato a [[PERSON|Giulia Romano]]
CH IBAN [[IBAN:CH,compact]]
pay to [[IBAN:BE,print]]
SELECT * FROM payouts WHERE iban = '[[IBAN:FR,compact]]';  ## SQL
export BANK_IBAN=[[IBAN:DE,compact]]
kindly remit to our account [[IBAN:GB,compact]] quoting reference INV-2291
Ist die IBAN [[IBAN:AT,compact]] richtig?
two accounts: [[IBAN:NL,compact]] (joint) and [[IBAN:NL,compact]] (savings)
IBAN [[IBAN:IE,print]] at Bank of Ireland
Virement SEPA vers [[IBAN:LU,compact]]
account: [[IBAN:ES,compact]]
Remittance to [[IBAN:IT,compact]] failed due to the cut-off time
IBAN (Swiss): [[IBAN:CH,print]]
Zahlungsempfänger [[PERSON|Jürgen Koch]], [[IBAN:DE,print]]
"""

IPS = r"""
my home IP is [[IP:v4]], can you whitelist it?
[[IP|203.0.113.7]] - - [12/Mar/2024:10:15:32 +0000] "GET /login HTTP/1.1" 200 532  ## access log
ssh [[IP:v4]] -p 2222
ssh root@[[IP|198.51.100.23]]  ## user@address, e-mail shaped
Failed password for invalid user admin from [[IP:v4]] port 52144 ssh2
X-Forwarded-For: [[IP:v4]], [[IP:priv]]
curl http://[[IP:priv]]:8080/health  ## with port
The server's IPv6 is [[IP:v6]]
inet6 [[IP|fe80::1c2b:3dff:fe4e:5f60]]%en0 prefixlen 64  ## link-local with zone
listen [[[IP|2001:db8::1]]]:443 ssl;  ## bracketed IPv6 with port
http://[[[IP|2001:db8:85a3::8a2e:370:7334]]]:8080/api
Full form: [[IP|2001:0db8:85a3:0000:0000:8a2e:0370:7334]]  ## uncompressed IPv6
DNS servers: [[IP|8.8.8.8]] and [[IP|1.1.1.1]]
Blocked [[IP:v4]] after 50 failed logins
my router is at [[IP|192.168.1.1]]
The VPN gave me [[IP|10.8.0.14]]
client_ip="[[IP:v6]]"
Allow from [[IP:v4]] (office)
{"remote_addr": "[[IP:v4]]", "ua": "Mozilla/5.0"}
The camera is at [[IP|172.20.10.3]] but the app can't find it
my ISP assigned [[IP:v6]] to the router
ping -c 4 [[IP:v4]]
[2024-03-01 08:00:01] sshd: Accepted publickey for deploy from [[IP:v4]]
iptables -A INPUT -s [[IP:v4]] -j DROP
the mail server [[IP:v4]] is on a blocklist
mapped address [[IP|::ffff:192.0.2.128]]  ## IPv4-mapped IPv6
ip addr: [[IP:v6full]]
Connection from [[IP:v6]] port 443 reset
I'm connecting from [[IP:v4]] in Lisbon
Geolocate [[IP:v4]] please
Host db-primary\n  HostName [[IP:priv]]\n  User postgres  ## ssh config
DB_HOST=[[IP:priv]]
Request blocked. Your IP: [[IP:v4]]. Ray ID: 8a1f2c3d4e5f6a7b
remote: [[IP:v6]]
WireGuard peer endpoint [[IP:v4]]:51820
The printer's address is [[IP|192.168.0.250]].
IP [[IP:v4]].443 > [[IP:priv]].51514: Flags [P.], length 517  ## tcpdump, port after a dot
traceroute hop 7 [[IP:v4]] 12.3 ms
k8s pod IP [[IP|10.244.1.17]]
the attacker used [[IP:v4]] and [[IP:v6]]
my public IPv6 is [[IP:v6]], my IPv4 [[IP:v4]]
const HOST = "[[IP:priv]]";
tcp 0 0 [[IP:priv]]:22 [[IP:v4]]:60123 ESTABLISHED  ## netstat
Set the gateway to [[IP|192.168.178.1]] (FRITZ!Box)
ip=[[IP:v4]] user_agent=curl/8.4.0
IPv6 address [[IP|2a02:8108:1c40:7a00::1e4f]]
whois [[IP:v4]]
fail2ban banned [[IP:v4]]
"""

SSNS = r"""
My SSN is [[SSN]].
Social Security Number: [[SSN]]
SSN [[SSN]], DOB [[DOB|1984-07-19]], for the loan application
W-2 box a: [[SSN]]
employee,ssn\n[[PERSON|Dana Whitfield]],[[SSN]]  ## CSV
{"ssn": "[[SSN]]", "state": "OH"}
Please update the SSN on file to [[SSN]], the old one had a typo
spouse SSN: [[SSN]]
ss# [[SSN]]
Taxpayer: [[PERSON|Robert Kim]] SSN [[SSN]]
can you check if [[SSN]] is formatted correctly for the 1099?
SSN: [[SSN:space]]  ## spaces
social security no. [[SSN:none]]  ## no separators
my son's social is [[SSN]]
insert into employees (name, ssn) values ('[[PERSON|Alicia Moreno]]', '[[SSN]]');
Hi HR, my new SSN card arrived: [[SSN]].
applicant_ssn=[[SSN]]&income=54000
SSN/TIN: [[SSN]]
The IRS letter references [[SSN]]
I-9 section 1: SSN [[SSN]]
patient SSN [[SSN]]; plan: PPO Gold
Customer gave SSN [[SSN]] over the phone
Dependents: [[PERSON|Ella]] ([[SSN]]), [[PERSON|Max]] ([[SSN]])
SSN [[SSN]] (primary) / [[SSN]] (co-applicant)
"socialSecurityNumber": "[[SSN]]"
for the background check: [[SSN]]
he read his social out loud on the call: [[SSN]]
SSN on the form: [[SSN]], date of birth on the form: [[DOB|03/14/1990]]
please don't log SSNs like [[SSN]] in plaintext
Mortgage application, borrower SSN [[SSN]]
my SSN is [[SSN]] and my wife's is [[SSN]]
SSN#: [[SSN:none]]
Social: [[SSN]]
Last year's return used [[SSN]]
Unemployment claim for SSN [[SSN]]
[[SSN]] is the number on my card
ssn: "[[SSN]]"
Verify identity: SSN [[SSN]], zip 30301
I need to file taxes with SSN [[SSN:space]]
grep "[[SSN]]" exports/*.csv found 3 rows
SSN: [[SSN]] Name: [[PERSON|Kevin O'Connor]]
Employee SSN [[SSN]] missing from the payroll export
"""

URL_SECRETS_LINES = r"""
git clone https://[[URL_SECRET|deploy-bot:Xk29fLmq8Rz]]@git.example.com/team/app.git
Webhook URL: https://hooks.example.com/notify?channel=ops&token=[[URL_SECRET:tok]]
GET /api/v2/export?format=csv&api_key=[[URL_SECRET:tok]] HTTP/1.1
DATABASE_URL=postgres://[[URL_SECRET|app_user:s3cr3t-P4ssw0rd]]@db.internal:5432/prod  ## DSN
https://[[URL_SECRET|jsmith:Summer2024!]]@intranet.example.org/wiki/Onboarding
redirected to https://app.example.com/callback#access_token=[[URL_SECRET:tok]]&token_type=bearer&expires_in=3600  ## in the fragment
https://storage.example.net/backups/db.tar.gz?sv=2023-11-03&se=2024-06-01T00%3A00%3A00Z&sp=r&sig=[[URL_SECRET:b64]]  ## SAS, percent-encoded
reset link: https://accounts.example.com/reset?token=[[URL_SECRET:hex]]
mongodb+srv://[[URL_SECRET|admin:Q7v2LmZp9]]@cluster0.ab1cd.mongodb.net/test
curl "https://api.example.io/v1/data?access_token=[[URL_SECRET:tok]]"
redis://:[[URL_SECRET|Rd5-pass-2024]]@cache.internal:6379/0  ## empty user name
https://maps.googleapis.com/maps/api/geocode/json?address=Berlin&key=[[URL_SECRET:aiza]]
ftp://[[URL_SECRET|backup:Bk2024xZ]]@files.example.org/nightly/
https://example.com/unsubscribe?email_token=[[URL_SECRET:tok]]
amqp://[[URL_SECRET|worker:9fG3kL2m]]@rabbit.internal:5672/%2F
https://api.example.com/download?file=report.pdf&signature=[[URL_SECRET:hex]]&expires=1718000000
https://example.org/login?user=ops&password=[[URL_SECRET|hunter2hunter2]]
wss://stream.example.io/v1/socket?client_id=web&client_secret=[[URL_SECRET:tok]]
http://[[URL_SECRET|admin:admin123]]@[[IP|192.168.1.1]]/cgi-bin/status
https://bucket.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=[[URL_SECRET:hex64]]  ## presigned URL
https://example.com/api?secret=[[URL_SECRET:tok]]
svn co https://[[URL_SECRET|builder:Zx81pQr7Lm]]@svn.example.com/repos/app/trunk
smtp://[[URL_SECRET|mailer%40example.com:Pa55w0rd]]@smtp.example.com:587  ## percent-encoded user
invite link: https://chat.example.com/join?invite_token=[[URL_SECRET:tok]]
https://dashboard.example.com/embed?auth_token=[[URL_SECRET:tok]]&theme=dark
https://[[URL_SECRET|oauth2:glpat-x9Y8z7W6v5U4t3S2r1Q0]]@gitlab.example.com/group/repo.git  ## token as password
proxy: http://[[URL_SECRET|proxyuser:Pr0xyPass77]]@proxy.corp.example:3128
https://api.example.net/v3/quotes?symbol=ACME&apikey=[[URL_SECRET:tok]]
https://example.com/share/8841?pwd=[[URL_SECRET|Hk29-qqL]]
https://app.example.com/cb?refresh_token=[[URL_SECRET:tok]]&scope=read
"""

API_KEYS_LINES = r"""
OPENAI_API_KEY=[[API_KEY:sk]]
export GITHUB_TOKEN=[[API_KEY:ghp]]
[default]\naws_access_key_id = [[API_KEY:akia]]\naws_secret_access_key = [[API_KEY:awssecret]]  ## ~/.aws/credentials
curl -H "Authorization: Bearer [[API_KEY:rand]]" https://api.example.com/v1/me
SLACK_BOT_TOKEN: [[API_KEY:xoxb]]
SECRET=[[API_KEY:rand]]
client = OpenAI(api_key="[[API_KEY:skproj]]")
I accidentally pasted [[API_KEY:ghpat]] in the channel, how do I revoke it?
Authorization: Bearer [[API_KEY:jwt]]  ## JWT
"google_maps_key": "[[API_KEY:aiza]]"
x-api-key: [[API_KEY:rand]]
SENDGRID_API_KEY=[[API_KEY:sendgrid]]
//registry.npmjs.org/:_authToken=[[API_KEY:npm]]  ## .npmrc
GITLAB_TOKEN=[[API_KEY:glpat]]
the key from the AWS docs, [[API_KEY|AKIAIOSFODNN7EXAMPLE]], shows up in our logs?  ## AWS documentation key id
my OpenAI key is [[API_KEY:sk]], is it safe to put it in the frontend?
heroku config:set JWT_SECRET=[[API_KEY:rand]]
AWS_ACCESS_KEY_ID=[[API_KEY:akia]]
token: [[API_KEY:ghp]]  # CI bot
Slack says the token [[API_KEY:xoxb]] was revoked
api_secret: "[[API_KEY:rand]]"
Authorization: Bearer [[API_KEY:sk]]
DEBUG http: request headers {'Authorization': 'Bearer [[API_KEY:rand]]', 'Accept': 'application/json'}
ANTHROPIC_API_KEY="[[API_KEY:skant]]"
CLIENT_SECRET=[[API_KEY:rand]]
echo "[[API_KEY:ghp]]" | docker login ghcr.io -u ci-bot --password-stdin
I rotated the key; the new one is [[API_KEY:skproj]]
aws_secret_access_key=[[API_KEY:awssecret]]
"apiKey": "[[API_KEY:rand]]"
  POSTGRES_PASSWORD: [[API_KEY:rand]]  ## docker-compose environment
"""

DOB_ADDRESS_PERSON = r"""
I was born on [[DOB|12 March 1987]] in Leeds.
DOB: [[DOB|1987-03-12]]
my birthday is [[DOB|4/7/1990]], can you set a yearly reminder?
date of birth [[DOB|03.12.1987]]
Patient: [[PERSON|Elena Petrova]], DOB [[DOB|14/02/1979]], allergies: penicillin
{"name": "[[PERSON|Arjun Mehta]]", "birthDate": "[[DOB|1992-11-30]]"}
Geburtsdatum: [[DOB|21.08.1965]]
Né le [[DOB|5 juin 1971]] à Lyon.
fecha de nacimiento: [[DOB|23/09/1988]]
[[PERSON|Marcus]] was born [[DOB|July 4th, 1996]], so he turns 28 this summer.
D.O.B. [[DOB|Jan 9, 2001]]
my daughter's date of birth is [[DOB|2015-06-18]] for the school form
dob=[[DOB|19800229]]&country=US  ## compact date
Born: [[DOB|30th October 1983]]
I'm a Leo, born [[DOB|August 3, 1993]].
Birthday: [[DOB|11/23/1975]]
the passport says date of birth [[DOB|17 MAY 1968]]
My mom [[PERSON|Carmen]] was born on [[DOB|1950-02-14]], Valentine's day!
Applicant DOB (MM/DD/YYYY): [[DOB|06/30/1982]]
data di nascita: [[DOB|12/05/1977]]
Geboren am [[DOB|3. Oktober 1990]] in Leipzig.
grandpa was born [[DOB|2 Feb 1959]] and still runs every morning
Ship it to [[ADDRESS|221B Baker Street, London NW1 6XE]] please.
Our office: [[ADDRESS|1600 Amphitheatre Parkway, Mountain View, CA 94043]]
Lieferadresse: [[ADDRESS|Friedrichstraße 123, 10117 Berlin]]
Envoyez-le au [[ADDRESS|12 rue de la Paix, 75002 Paris]].
Dirección: [[ADDRESS|Calle de Alcalá 48, 28014 Madrid]]
Indirizzo: [[ADDRESS|Via Roma 15, 00184 Roma RM]]
New flat: [[ADDRESS|Keizersgracht 123, 1015 CJ Amsterdam]]
meet me at [[ADDRESS|350 Fifth Avenue, New York, NY 10118]], in the lobby
[[PERSON|Tom Hughes]]\n[[ADDRESS|Flat 3, 47 Gloucester Road\nBristol BS7 8AA]]  ## multi-line
Bitte an [[ADDRESS|Bahnhofstrasse 10, 8001 Zürich]] schicken.
Hotel address: [[ADDRESS|4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011]]
Return to sender: [[ADDRESS|Apt 4B, 1234 Elm St, Springfield, IL 62704]]
Adres: [[ADDRESS|ul. Marszałkowska 84/92, 00-514 Warszawa]]
Morada: [[ADDRESS|Rua Augusta 274, 1100-053 Lisboa]]
send the documents to [[ADDRESS|P.O. Box 1234, Anchorage, AK 99501]]
I live at [[ADDRESS|Karl-Marx-Allee 90A, 10243 Berlin]], 3rd floor
Billing address: [[ADDRESS|33 Queen Street West, Toronto, ON M5H 2N2]]
Office: [[ADDRESS|Level 5, 80 George Street, Sydney NSW 2000]]
Adresse : [[ADDRESS|Avenue Louise 54, 1050 Bruxelles]]
ship_to="[[ADDRESS|2200 Mission College Blvd, Santa Clara, CA 95054]]"
My address is [[ADDRESS|15 Rosemary Lane, Cambridge CB1 3LQ]]
Deliver to [[PERSON|Ingrid Larsen]], [[ADDRESS|Storgata 12, 0155 Oslo]]
my name is [[PERSON|Priya]] and I need help with my visa form
Dear Mr. [[PERSON|Okonkwo]],\nthank you for your patience.
call [[PERSON|Maria]] tomorrow about the flat
Attendees: [[PERSON|Wei Zhang]], [[PERSON|Fatou Diallo]], [[PERSON|Lars Nilsson]]
Hi [[PERSON|Sofia]], can you review my PR?
tell [[PERSON|Jean-Pierre Martin]] the invoice is paid
ask Dr. [[PERSON|Nakamura]] whether the results are in
Best regards,\n[[PERSON|Katarzyna Zielińska]]\nHead of Finance
[[PERSON|Mohammed Al-Rashid]] will join the call at 3
I'm [[PERSON|Liam]], I ordered the blue one last week
Thanks [[PERSON|Anjali]]! See you at the offsite.
Can you write a birthday card for my grandma [[PERSON|Rosa]]?
"""

MIXED = r"""
Ticket #48213: customer [[PERSON|Helen Park]] ([[EMAIL|helen.park@fastmail.com]], [[PHONE|+1 (206) 931-4478]]) was charged twice on [[CARD:visa,space]].  ## support ticket
Name: [[PERSON|Jamal Wright]]\nEmail: [[EMAIL|jamal.w@protonmail.com]]\nPhone: [[PHONE|(312) 555-0178]]\nAddress: [[ADDRESS|1234 W Addison St, Chicago, IL 60613]]  ## form dump
Refund request: IBAN [[IBAN:DE,print]], account holder [[PERSON|Felix Bauer]], e-mail [[EMAIL|felix.bauer@t-online.de]]
New hire: [[PERSON|Chloe Martin]], SSN [[SSN]], DOB [[DOB|1995-04-22]], start 2024-07-01
--\n[[PERSON|Ravi Kumar]] | Senior Engineer\n[[PHONE|+91 80 4110 2233]] | [[EMAIL|ravi.kumar@infra.example.in]]  ## signature
ERROR sync failed for [[EMAIL|m.rossi@example.it]] from [[IP:v4]]: token [[API_KEY:rand]] expired
[[PERSON|Yuki]] here, my number changed to [[PHONE|+81 6 6345 7788]], email's still [[EMAIL|yuki.sato@example.jp]]
Invoice to [[PERSON|Pedro Alves]], [[ADDRESS|Avenida da Liberdade 110, 1269-046 Lisboa]]. Pay to [[IBAN:FR,print]].
user=[[EMAIL|a.novak@seznam.cz]] card=[[CARD:mc,none]] ip=[[IP:v4]] status=declined  ## payment log
Hey, it's [[PERSON|Omar]]. Wire the money to [[IBAN:NL,print]] and text me on [[PHONE|+31 20 123 4567]] when done.
Please send the W-9 for [[PERSON|Linda Cho]] (SSN [[SSN]]) to [[EMAIL|payroll@brightline.example.com]]
Reservation for [[PERSON|Ahmed Karimi]], [[PHONE|+44 113 496 0000]], card [[CARD:amex,space]]
Config dump: DB_URL=mysql://[[URL_SECRET|root:Tg7wQ2pLx9]]@[[IP:priv]]:3306/app AWS_ACCESS_KEY_ID=[[API_KEY:akia]]
[[PERSON|Nadia]], born [[DOB|9 September 1991]], lives at [[ADDRESS|Mariahilfer Straße 45, 1060 Wien]]
hi! i'm [[PERSON|Chen Jie]], my email is [[EMAIL|chenjie.work@qq.com]] and my phone is [[PHONE|+86 138 0013 8000]]
Contact [[PERSON|Beatriz Souza]] at [[EMAIL|beatriz.souza@uol.com.br]] or [[PHONE|+55 11 91234-5678]]
Move the server from [[IP:v4]] to [[IP:v6]] and rotate [[API_KEY:ghp]] afterwards
Your order 5581-2210 will be delivered to [[ADDRESS|Calle Mayor 7, 28013 Madrid]]; questions? [[EMAIL|ayuda@tienda.example.es]]
"""

NUMBERS = r"""
Your order #112-4456789-1234567 has shipped.  ## marketplace order number
Tracking number: 1Z999AA10123456784  ## UPS tracking
USPS tracking 9400 1112 0200 8812 3456 78  ## 22-digit tracking
Invoice INV-2024-00417 is due on 2024-04-30.
Please quote reference {{bad_card:any,none}} when you call.
Loyalty card no. {{bad_card:visa,space}}, points balance 1,240  ## card-shaped, fails Luhn
Customer number {{bad_card:any,dash}}
The parcel ID is {{bad_card:any,none}}, scan it at the locker.
Gift card code {{bad_card:any,dash}}, balance $50.00
membership no. {{bad_card:mc,space}}  ## Mastercard prefix, fails Luhn
I think I mistyped the card: {{bad_card:visa,none}} gets rejected by the form  ## typo, not a valid card
Shipment {{bad_card:any,space}} is held at customs
voucher {{bad_card:discover,dash}} expired yesterday
Booking reference {{bad_card:amex,none}}  ## 15 digits with an Amex prefix, fails Luhn
Serial {{bad_card:any,none}} is not covered by the warranty
The form rejects {{bad_iban:GB,print}}, are the check digits wrong?  ## IBAN shape, bad check
IBAN field shows {{bad_iban:DE,print}} but validation fails
copied from an old invoice: {{bad_iban:FR,compact}}
{{bad_iban:NL,print}} gives "invalid IBAN" in the banking app
Is {{bad_iban:ES,compact}} right? The bank says no.
The sample on the slide, {{bad_iban:IT,print}}, has a typo in the check digits
iban_test_invalid = "{{bad_iban:BE,compact}}"
Transfer failed: {{bad_iban:CH,print}} is not a valid IBAN
Ticket ref {{bad_ssn:9xx}} was merged into the main incident.  ## 9xx area
The brochure example 987-65-4321 is reserved for advertising.  ## advertising range
Item {{bad_ssn:000}} is out of stock.  ## area 000
lot {{bad_ssn:666}} was recalled  ## area 666
Serial {{bad_ssn:g00}} on the back of the router  ## group 00
batch {{bad_ssn:s0000}} passed QA  ## serial 0000
part number {{bad_ssn:9xx}}, qty 4
ITIN format is 9XX-XX-XXXX, starting with a 9
EIN 12-3456789 belongs to the company, not to me  ## employer id
Case No. 2:23-cv-01234-ABC was dismissed.
Call me at 5.
Room 4.12, building C
Extension 2231, or just walk over
Dial 112 in an emergency, 911 in the US.
Enter the 6-digit code we sent to your phone.
The zip code is 94043.
The postcode SW1A 1AA is Buckingham Palace.  ## postcode alone
Flight LH 2024 departs from gate 55.
Seat 14C, booking ref QX7T9P
We're 12 people in 3 offices across 2 time zones.
Press 1 for sales, 2 for support, 0 for an operator.
The product code is ABC-1234-XYZ.
Model SM-G991B/DS, 128 GB
lot 2024-0312-77
Patent US 10,123,456 B2
Booking 48213377 confirmed for 2 nights.
digits of pi: 3 1 4 1 5 9 2 6 5 3 5 8 9 7 9
Coordinates 48.8584, 2.2945 (Eiffel Tower)
?lat=37.7749&lon=-122.4194&zoom=12
The screen resolution is 2560x1440 at 144 Hz.
IMEI 35-209900-176148-1 is on the box  ## Luhn-valid 15 digits, not a card
Serial number C02XK1ZJJGH5
HS tariff code 8471.30.0100
The Zoom meeting ID is 845 2291 0371, passcode 482913  ## phone-shaped meeting id
OTP 739 204, valid for 10 minutes
Your verification code is 551 902.
KB5034441 failed to install
CVE-2024-3094 affects xz 5.6.0 and 5.6.1
RFC 5322 section 3.4.1 covers addr-spec
Error 0x80070005 (access denied)
HTTP 503 after 30000 ms
PR #4821 closed 12 issues
Ticket JIRA-10234 is blocked by JIRA-10229
EAN 4006381333931 on the barcode  ## EAN-13
Company register: HRB 123456 B, Amtsgericht Charlottenburg
VAT ID DE123456789
SWIFT/BIC DEUTDEFFXXX
sort code 20-00-00 is a bank branch, not an account
ABA routing number 021000021 is printed on every cheque of that bank  ## 9 digits, public
Your card ending in 4242 was charged $20.00.
pages 415-432 of the handbook
final score 98-87 after overtime
the 2024-2025 season starts in August
I have 1 2 3 4 5 6 7 8 9 10 stickers left, no wait, 11
Order 5581-2210-0031 is ready for pickup  ## dashed order number
tel: see the website (no number listed)
Fax numbers are no longer supported.
Chapter 11, verse 4-6
Unit 7/12 of the course, exercise 3.4
"""

VERSIONS_DATES_MONEY = r"""
Upgrading to 1.2.3.4 fixes the crash.  ## version string shaped like an IPv4
The kernel reports 10.0.19041.3803 after the update.  ## Windows build
Chrome 120.0.6099.129 keeps freezing on my Mac.
pip install numpy==1.26.4 torch==2.2.1
firmware 4.2.1.7 bricked the router  ## version, valid IPv4 shape
see section 3.2.1.4 of the spec
SNMP OID 1.3.6.1.4.1.9.9.13 reports the fan status  ## OID
iOS 17.4.1 broke Bluetooth on my car
node v20.11.1, npm 10.2.4
"version": "2.10.3-beta.1"
Debian 12.5, kernel 6.1.0-18-amd64
release 0.0.0-dev+20240312
Winver: Version 22H2 (OS Build 19045.3693), v10.0.19041
Let's meet on 2024-03-12 at 14:30.  ## a date, not a birthday
The invoice dated 12/03/2024 is still unpaid.
Termin am 12.03.2024 um 9:15 Uhr
Deadline: Jan 9, 2025, 23:59 CET.
the flight leaves 06/07/2024 at 07:45 from gate B22
Log rotated at 2024-03-12T14:30:00.123456+01:00
Office hours: Mon–Fri 09:00–17:30
The timestamp 1710243000 is mid-March 2024.  ## unix time, 10 digits
Cron: 0 30 4 * * 1-5
German reunification was on 3 October 1990.  ## historical date
The contract runs from 01.04.2024 to 31.03.2026.
sprint 24.03 starts 2024-03-18
recorded 2024-11-03 01:59:59 -05:00
The warranty expires 11/2027.
The workshop is 10:00-12:00 on 5/6.
Total: $1,299.00 (incl. 8.875% tax)
Preis: 2.499,00 € inkl. MwSt.
Growth was 12.5% QoQ and 48.3% YoY.
₹ 1,25,000 per month
The quote was USD 4,250,000.00 for the whole fleet.
invoice total 10 499,95 €  ## space as thousands separator
£12.99/month after the trial, cancel anytime
Salary band 85,000–110,000 per year
My birthday party is on Saturday at 7pm!  ## birthday without a date
Happy birthday! 🎂 Hope 2024 is your best year yet.
The store opened on 15 May 1998 and closes next month.  ## a date, not a birthday
Q3 2024 revenue: 4.2M, margin 31.7%
ISBN 978-0-306-40615-7  ## ISBN-13
ISBN-10 0-306-40615-2
"""

IDS_HASHES = r"""
The record id is {{uuid}}.
commit {{sha1}} broke the build
git cherry-pick {{sha1short}}
sha256sum: {{sha256}}  backup-2024-03-12.tar.gz
Docker image digest: sha256:{{sha256}}
MD5 (setup.exe) = {{md5}}
ObjectId("{{objectid}}")
request_id=01HQ3K5X7Y8Z9ABCDEFGHJKMNP  ## ULID
Watch https://www.youtube.com/watch?v=dQw4w9WgXcQ  ## video id
"integrity": "sha512-v2kDEe57lecTulaDIuNTPy3Ry4gLGJ6Z1O3vE1krgXZNrsQ+LFTGHVxVjcXGAjCg7l5yZv3XZyK5OMuVW5Pw1A=="  ## npm lockfile hash
<img src="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==">  ## inline image
Cloudflare Ray ID: 8a1f2c3d4e5f6a7b-LHR
<script src="bootstrap.min.js" integrity="sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC" crossorigin="anonymous"></script>  ## SRI hash
git tag v3.2.0 points at {{sha1}}
PGP fingerprint: 4E1F 799A A4FF 2279 2A6C 3A85 9D2B 3D6B 5C8E 1F02  ## public key fingerprint
Build artifact: app-release-{{hex:12}}.apk
magnet:?xt=urn:btih:{{sha1}}&dn=ubuntu-24.04-desktop-amd64.iso
Bitcoin tx {{sha256}} has 6 confirmations
ETag: W/"{{md5}}"
hello world in base64 is aGVsbG8gd29ybGQ=
VGhlIHF1aWNrIGJyb3duIGZveCBqdW1wcyBvdmVyIHRoZSBsYXp5IGRvZw== is just a pangram in base64  ## base64, not a secret
Container {{hex:12}} exited with code 137
pod web-7d9c8b6f5d-x2k4p is in CrashLoopBackOff
arn:aws:iam::123456789012:role/ReadOnlyAccess  ## ARN with ::
bucket my-app-assets-prod-eu-west-1
"request_id": "req_8fK2LmQ9xZ"
payment intent pi_3OqW2eLkdIwHu7ix0H5cW8Xg succeeded  ## object id, not a secret
Google Analytics tag G-4K7Q2M9ZPL
Cookie: _ga=GA1.2.1234567890.1710243000
The sha256 of "hello world" is b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9
Cache key: {{sha1}}:{{md5}}
Correlation-Id: {{uuid}}
Checksum mismatch: expected {{md5}}, got {{md5}}
MAC address 00:1A:2B:3C:4D:5E is allowed on the guest network  ## MAC, not IPv6
"""

CODE = r"""
print(a[1:2:3])  # slicing with a step  ## Python slice
color: #1A2B3C; background: #fff;  ## CSS hex colours
re.compile(r"^\d{3}-\d{2}-\d{4}$")  ## the SSN regex itself
for (int i = 0; i < 10; i++) { sum += arr[i]; }
const getUserAccountSettingsForOrganization = async (orgId) => fetchSettings(orgId);  ## camelCase identifier
AbstractSingletonProxyFactoryBean is a real Spring class  ## long CamelCase
MAX_RETRY_ATTEMPTS_BEFORE_EXPONENTIAL_BACKOFF = 5
std::vector<int> v{1, 2, 3};
use std::collections::HashMap;
.btn::before { content: ""; }  ## CSS pseudo-element
<img srcset="logo.png 1x, logo@2x.png 2x">  ## retina file name
icons/arrow-left@3x.webp is missing from the bundle
npm i @types/node@20.11.5 --save-dev  ## package@version
@media (max-width: 600px) { .nav { display: none; } }
def __init__(self, *args, **kwargs): super().__init__(*args, **kwargs)
SELECT id, created_at FROM orders WHERE total > 100 LIMIT 50;
grid[::2, 1::3] = 0  ## numpy slice, IPv6-like colons
x = 0xDEADBEEF; y = 0xCAFEBABE
chmod 755 deploy.sh && ./deploy.sh --env=staging
docker run -p 8080:80 -v /data:/data nginx:1.25.4
kubectl get pods -n kube-system -o wide
@dataclass(frozen=True)\nclass Point:\n    x: float\n    y: float
password = os.environ["DB_PASSWORD"]  # never hard-code it
headers = {"Authorization": f"Bearer {token}"}
api_key = config.get("api_key")
TOKEN_EXPIRY_SECONDS=3600
SECRET_KEY_LENGTH=64
email regex: [A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}  ## a regex, not an address
git log --oneline -n 5
assert len(token) == 32
ALTER TABLE users ADD COLUMN ssn_hash CHAR(64);
aspect ratio 16:9 at 29.97 fps
it was 3:1 at half time
ratios 1:2:3:4:5 in the mix
the race took 2:03:45.678
https://docs.example.com/guide/getting-started?page=2&sort=desc#install
https://shop.example.com/products?utm_source=newsletter&utm_medium=email&utm_campaign=spring24
http://localhost:8000/admin/login/?next=/admin/
https://example.com/search?q=token+bucket+algorithm  ## "token" in a value
https://api.example.com/v1/auth?grant_type=client_credentials&token_type=bearer  ## token-like key, plain value
https://en.wikipedia.org/wiki/Luhn_algorithm
https://example.com/docs/api_key-rotation
The link https://app.example.com/verify?token= has no token in it  ## empty token
the format is postgres://user:password@host:5432/dbname  ## placeholder credentials
api_key=YOUR_API_KEY_HERE  ## placeholder
OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxx  ## placeholder
Authorization: Bearer <token>  ## placeholder
Bearer tokens expire after 3600 seconds.
The password must be at least 12 characters long.
Enter your API key in Settings, then Developer.
pneumonoultramicroscopicsilicovolcanoconiosis is the longest word in English dictionaries  ## long lower-case word
Donaudampfschifffahrtsgesellschaftskapitän is a famous German compound
antidisestablishmentarianism and floccinaucinihilipilification
Supercalifragilisticexpialidocious!
internationalization is often written i18n
#MondayMotivation #100DaysOfCode
@channel please review before standup
Follow @attune_labs for release notes
const KEY_BINDINGS = { save: "Ctrl+S", quit: "Ctrl+Q" };
fn parse_header_value_with_continuation_lines(input: &str) -> Result<Header, ParseError>
"""

POSITIVE_BLOCKS = {
    "EMAILS": EMAILS,
    "PHONES": PHONES,
    "CARDS": CARDS,
    "IBANS": IBANS,
    "IPS": IPS,
    "SSNS": SSNS,
    "URL_SECRETS": URL_SECRETS_LINES,
    "API_KEYS": API_KEYS_LINES,
    "DOB_ADDRESS_PERSON": DOB_ADDRESS_PERSON,
    "MIXED": MIXED,
}
NEGATIVE_BLOCKS = {
    "NUMBERS": NUMBERS,
    "VERSIONS_DATES_MONEY": VERSIONS_DATES_MONEY,
    "IDS_HASHES": IDS_HASHES,
    "CODE": CODE,
}


if __name__ == "__main__":
    main()
