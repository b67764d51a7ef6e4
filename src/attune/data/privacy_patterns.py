"""Detectors for personal data and secrets: one function per entity, each returning spans.

Each detector pairs a deliberately loose regex with a validator (Luhn, mod-97, octet range,
SSN area rules, Shannon entropy), because regexes alone flag order numbers, versions and
dates. Written by hand: Presidio's pattern recognisers import spaCy, and its engine needs
a spaCy model download, so it cannot run offline.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter
from collections.abc import Callable

Span = tuple[int, int]

EMAIL_RE = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_%+-])?"
    r"@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![\w-])"
)

# Leading + or 00, a country code, then digit groups split by space, dot, dash or (..).
INTL_PHONE_RE = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ .-]?(?:\(\d{1,4}\)|\d{1,5})){1,6}(?![\w-]|\.\d)"
)
# North-American national shapes only: (415) 555-0132, 415-555-0132, 415.555.0132.
NANP_PHONE_RE = re.compile(
    r"(?<![\w+(.-])(?:\([2-9]\d{2}\) ?\d{3}[ .-]\d{4}|[2-9]\d{2}([-.])\d{3}\1\d{4})(?![\w-]|\.\d)"
)

CARD_RE = re.compile(r"(?<![\w.,+-])[2-6]\d{3}(?:[ -]?\d){9,15}(?![\w-]|[.,]\d)")
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
SSN_RE = re.compile(r"(?<![\w-])(\d{3})-(\d{2})-(\d{4})(?![\w-])")
# A trailing "-beta" or a following ".5" means a version string, not an address.
IPV4_RE = re.compile(r"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?!\w|\.\d|-[A-Za-z])")
IPV6_RE = re.compile(r"(?<![\w:.])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}")

URL_RE = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]*://[^\s<>\"'`]+")
URL_CREDENTIALS_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://([^/@\s:]+:[^/@\s]+)@")
SECRET_PARAMS = (
    "token|key|apikey|api_key|access_token|refresh_token|id_token|secret|client_secret"
    "|password|passwd|sig|signature"
)
URL_PARAM_RE = re.compile(rf"[?&;#](?:{SECRET_PARAMS})=([^&#\s]+)", re.IGNORECASE)

# Vendor token shapes: fixed prefixes make these near-certain, so they outrank generic hits.
API_KEY_RE = re.compile(
    r"(?<![\w-])(?:"
    r"sk-(?:[A-Za-z0-9]+-)*[A-Za-z0-9_-]{20,}"  # OpenAI / Anthropic style (sk-proj-…)
    r"|gh[pousr]_[A-Za-z0-9]{36,}"  # GitHub classic tokens
    r"|github_pat_[A-Za-z0-9_]{22,}"  # GitHub fine-grained tokens
    r"|AKIA[0-9A-Z]{16}"  # AWS access key id
    r"|xox[bpars]-[A-Za-z0-9-]{10,}"  # Slack
    r"|att-[A-Za-z0-9_-]{43}"  # attune's own keys
    r")(?![\w-])"
)
BEARER_RE = re.compile(r"\bBearer\s+([A-Za-z0-9._~+/-]{16,}=*)")
GENERIC_TOKEN_RE = re.compile(r"(?<![\w+/-])[A-Za-z0-9_+/-]{24,}={0,2}(?![\w+/=-])")

# Official IBAN lengths; an unknown country or a wrong length is not an IBAN.
# fmt: off
IBAN_LENGTHS = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22,
    "BH": 22, "BR": 29, "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22,
    "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27,
    "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21, "HU": 28,
    "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24,
    "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SC": 31,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28, "TL": 23, "TN": 24,
    "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}
# fmt: on

# Random base62 has entropy ≈ log2(length) and changes character class (digit, upper,
# lower) ~60% of the time; camelCase identifiers change class ~35%, words less. These
# thresholds keep ~93% of random 24-char keys and ~96% of 32-char ones.
MIN_ENTROPY_BITS = 3.5
MIN_CLASS_CHANGE_RATE = 0.45


def luhn_ok(digits: str) -> bool:
    """Luhn checksum: double every second digit from the right, sum digits, ≡ 0 mod 10."""
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def iban_ok(compact: str) -> bool:
    """ISO 13616: known country length, and (BBAN + country + check) as a number ≡ 1 mod 97."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


def shannon_entropy(text: str) -> float:
    """Bits per character: -Σ p(c) log2 p(c) over the characters of `text`."""
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in Counter(text).values())


# Retina assets ("logo@2x.png") look like addresses; no real TLD is an image format.
FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "pdf"})


def find_emails(text: str) -> list[Span]:
    return [
        m.span()
        for m in EMAIL_RE.finditer(text)
        if m.group().rsplit(".", 1)[1].lower() not in FILE_SUFFIXES
    ]


def find_phones(text: str) -> list[Span]:
    spans = []
    for m in INTL_PHONE_RE.finditer(text):
        found = m.group()
        digits = sum(ch.isdigit() for ch in found)
        # "00" + digits with no separator is as likely an order id as a phone number.
        bare_00 = found.startswith("00") and not re.search(r"[ .()-]", found)
        if 9 <= digits <= 15 and not bare_00:
            spans.append(m.span())
    spans.extend(m.span() for m in NANP_PHONE_RE.finditer(text))
    return spans


def find_cards(text: str) -> list[Span]:
    spans = []
    for m in CARD_RE.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            spans.append(m.span())
    return spans


def find_ibans(text: str) -> list[Span]:
    spans = []
    for m in IBAN_RE.finditer(text):
        want = IBAN_LENGTHS.get(m.group()[:2])
        if want is None:
            continue
        # The regex may run into a following code; cut at the country's exact length.
        count, end = 0, m.start()
        for end in range(m.start(), m.end()):
            count += text[end].isalnum()
            if count == want:
                break
        end += 1
        compact = text[m.start() : end].replace(" ", "")
        if end < len(text) and text[end].isalnum():
            continue
        if iban_ok(compact):
            spans.append((m.start(), end))
    return spans


def find_ips(text: str) -> list[Span]:
    spans = []
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
        except ValueError:
            continue
        spans.append(m.span())
    for m in IPV6_RE.finditer(text):
        candidate = m.group()
        # Python slices ("::2") and times ("12:30:45") also fit the regex; real
        # addresses have at least three hex groups and must parse.
        if sum(bool(g) for g in re.split(r"[:.]", candidate)) < 3:
            continue
        try:
            ipaddress.IPv6Address(candidate)
        except ValueError:
            continue
        spans.append(m.span())
    return spans


def find_ssns(text: str) -> list[Span]:
    spans = []
    for m in SSN_RE.finditer(text):
        area, group, serial = m.groups()
        # SSA never issues area 000, 666 or 9xx, group 00 or serial 0000.
        if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
            continue
        spans.append(m.span())
    return spans


def find_url_secrets(text: str) -> list[Span]:
    """Only the secret part: `user:pass` before `@`, or the value of a token parameter."""
    spans = []
    for url in URL_RE.finditer(text):
        raw = url.group().rstrip(".,;:!?)]}")
        creds = URL_CREDENTIALS_RE.match(raw)
        if creds:
            spans.append((url.start() + creds.start(1), url.start() + creds.end(1)))
        for param in URL_PARAM_RE.finditer(raw):
            spans.append((url.start() + param.start(1), url.start() + param.end(1)))
    return spans


def find_api_keys(text: str) -> list[Span]:
    spans = [m.span() for m in API_KEY_RE.finditer(text)]
    spans.extend(m.span(1) for m in BEARER_RE.finditer(text))
    return spans


def find_high_entropy(text: str) -> list[Span]:
    """Mixed-case-plus-digit strings ≥ 24 chars that look random.

    Hex hashes (git commits, sha256) and UUIDs are lower-case only, so they are never
    flagged: they identify objects, not people, and code is full of them.
    """
    spans = []
    for m in GENERIC_TOKEN_RE.finditer(text):
        token = m.group()
        letters = [ch for ch in token if ch.isalnum()]
        if not (
            any(c.isupper() for c in letters)
            and any(c.islower() for c in letters)
            and any(c.isdigit() for c in letters)
        ):
            continue
        classes = [0 if c.isdigit() else 1 if c.isupper() else 2 for c in letters]
        changes = sum(a != b for a, b in zip(classes, classes[1:], strict=False))
        if (
            changes / len(letters) >= MIN_CLASS_CHANGE_RATE
            and shannon_entropy(token) >= MIN_ENTROPY_BITS
        ):
            spans.append(m.span())
    return spans


Detector = Callable[[str], list[Span]]

# Ordered most specific first: when spans overlap, the earlier detector wins; within
# the same rank the longer span wins.
DETECTORS: tuple[tuple[str, Detector], ...] = (
    ("URL_SECRET", find_url_secrets),
    ("API_KEY", find_api_keys),
    ("IBAN", find_ibans),
    ("CARD", find_cards),
    ("SSN", find_ssns),
    ("EMAIL", find_emails),
    ("IP", find_ips),
    ("PHONE", find_phones),
    ("API_KEY", find_high_entropy),
)
