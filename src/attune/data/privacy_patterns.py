"""Detectors for personal data and secrets: one function per entity, each returning spans.

Each detector pairs a deliberately loose regex with a validator (Luhn, mod-97, octet range,
SSN area rules, phone-number metadata, Shannon entropy), because regexes alone flag order
numbers, versions and dates. Written by hand: Presidio's pattern recognisers import spaCy,
and its engine needs a spaCy model download, so it cannot run offline. Phone numbers
are in `privacy_phones`, URL secrets and API keys in `privacy_secrets`; dates of birth and
addresses, which need context rather than a checksum, in `privacy_context`; person names in
`privacy_names`.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

from attune.data.privacy_context import find_addresses, find_dobs
from attune.data.privacy_names import find_persons
from attune.data.privacy_phone_ids import PRODUCT_CODE_HEADER_RE, id_column_cells
from attune.data.privacy_phone_plans import valid_international
from attune.data.privacy_phone_shapes import WORD, digit_count
from attune.data.privacy_phones import find_phones
from attune.data.privacy_secrets import find_api_keys, find_high_entropy, find_url_secrets
from attune.data.privacy_ssns import find_ssns
from attune.data.privacy_tables import outside_cells

Span = tuple[int, int]  # (start, end) of a finding in the text

# Letters of Latin, Greek and Cyrillic scripts, digits: internationalised addresses
# ("info@bäckerei-müller.de") without swallowing CJK text written flush against one.
EMAIL_LETTERS = r"A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff"
EMAIL_CHARS = rf"0-9{EMAIL_LETTERS}"
# A domain's labels may also be Chinese, Japanese or Korean ("@お菓子工房.jp"): the dot
# and an ASCII top-level domain bound them, where a local part would swallow the text.
DOMAIN_CHARS = rf"{EMAIL_CHARS}\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af"
# The top-level domains in those scripts, named one by one: a free run of Han after the dot
# would swallow the sentence written flush against the address ("@例子.中国的…").
CJK_TLDS = "中国|中國|公司|网络|網絡|台湾|台灣|香港|新加坡|澳門|澳门|みんな|한국"
EMAIL_RE = re.compile(
    # (Hebrew writes its prepositions flush, with a dash: "ל-tcohen@qq.com", to …)
    rf"(?:(?<=[\u05d0-\u05ea]-)|(?<![{EMAIL_CHARS}_.%+-]))"
    rf"[{EMAIL_CHARS}](?:[{EMAIL_CHARS}_.%+'’-]*[{EMAIL_CHARS}_%+-])?"
    rf"[@＠](?:[{DOMAIN_CHARS}](?:[{DOMAIN_CHARS}-]*[{DOMAIN_CHARS}])?\.)+"  # ＠: full-width
    rf"(?:[{EMAIL_LETTERS}]{{2,24}}|xn--[a-z0-9-]{{2,59}}|{CJK_TLDS})(?![{EMAIL_CHARS}_-])"
)
# An address spelled out against harvesters: "jane.doe [at] example [dot] com", "jane at
# example dot com". A bracketed "at" may meet a real dot; a bare " at " needs a spelled "dot"
# ("look at example.com" is no address). The domain must end in a common top-level domain.
OBFUSCATED_AT = r"(?:\s*[\[({<]\s*at\s*[\])}>]\s*|\s+at\s+)"
OBFUSCATED_DOT = r"(?:\s*[\[({<]\s*dot\s*[\])}>]\s*|\s+dot\s+|\.)"
COMMON_TLDS = (
    "com|org|net|edu|gov|info|biz|io|co|me|app|dev|ai|eu|uk|de|fr|es|it|nl|be|ch|at|se|no|dk"
    "|fi|pl|pt|br|mx|ar|cl|in|jp|cn|kr|au|nz|ca|us|ru|ie|za|sg|hk|tw|tr|gr|ro|cz|hu|il|ae|sa"
    "|eg|ng|ke|ph|id|my|vn|th"
)
OBFUSCATED_EMAIL_RE = re.compile(
    rf"(?i)(?<![\w.+-])[a-z0-9][\w.+-]*{OBFUSCATED_AT}[a-z0-9-]+(?:{OBFUSCATED_DOT}[a-z0-9-]+)*"
    rf"{OBFUSCATED_DOT}(?:{COMMON_TLDS})(?![\w-])"
)
# Text before an e-mail-looking match that puts it inside a URL's authority: the
# password of "redis://:pw@host" or the user of "ssh://git@host", not an address.
URL_AUTHORITY_BEFORE_RE = re.compile(r"://[^/?#\s]*$")
# Addresses that reach no one: a mail's own Message-ID ("<1381463952.b72a@host>"), an scp
# or git remote ("git@github.com:owner/repo.git"), a host on the local network
# ("pi@raspberrypi.local", reserved top-level domains).
MESSAGE_ID_BEFORE_RE = re.compile(r"(?im)^(?:message-id|in-reply-to|references):[^\n]{0,160}<\Z")
REMOTE_PATH_AFTER_RE = re.compile(r":[\w~.-]*/")
LOCAL_TLDS = frozenset({"local", "localdomain", "localhost", "internal", "lan", "invalid"})

# A comma may touch a card in a CSV cell ("88412,2720 7117 …", "…0568,120.00"); groups may
# be split by a slip of two spaces.
CARD_RE = re.compile(
    # 9792: Troy (Turkey); 9860 and 8600: Humo and Uzcard (Uzbekistan); 81, 82: RuPay (India)
    rf"(?<!{WORD})(?<![.+-])(?:[2-6]\d{{3}}|9792|9860|8600|8[12]\d\d)(?:(?:[ -]| {{2}})?\d){{9,15}}"
    rf"(?!{WORD}|-|\.\d)"
)
# Luhn-checked numbers that are no cards: a phone's IMEI, an identity number, and the
# digits of an IBAN whose own check failed ("DE86 5954 2129 …").
NOT_CARD_BEFORE_RE = re.compile(
    # (also ending a field name: "device_imei")
    r"(?i)(?:(?<![a-z])(?:imei|meid|iccid|sim|id(?:entity)?(?:\s+(?:number|no\.?|card))?)\b"
    r"(?:\s?\d\b)?[^\d\n]{0,12}"  # "IMEI 2: 3564…"
    r"|주민등록번호[^\d\n]{0,4}"  # a Korean resident registration number
    r"|tracking\b[^\d\n]{0,12}|\d{4} "  # the tail of a parcel's tracking number "9400 3487 …"
    r"|(?<![a-z])(?:ean|upc|gtin)(?:-?(?:8|12|13|14))?\b[^\d\n]{0,6}"  # a barcode: "EAN 4009…"
    r"|(?<![A-Za-z])[A-Za-z]{2}\d{2}\s?)\Z"
)
ZONE_SERIAL_RE = re.compile(r"\bIN\s+SOA\b[^\n]*\Z")
ISO_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
# An invoice line's item code, then a quantity and a price: "4989319006193 15 x 4077.16 CHF"
# (not a card's "x2", "x 12/26").
QUANTITY_AFTER_RE = re.compile(
    r"(?:[ \t]+\d{1,4})?[ \t]*[x×][ \t]*[€$£¥]?[ \t]?\d{1,3}(?:[ ,.]?\d{3})*[.,]\d{2}(?!\d)"
)
# Either case ("nl04ingb0006690911" is how some type it), groups split by one space or a
# slip of two: the country's length and mod-97 decide.
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: {0,2}[A-Za-z0-9]){11,30}")
# A trailing "-beta" or a following ".5" means a version string, not an address.
# (Chinese and Japanese write it flush against the word before: "我的IP是43.124.5.111".)
IPV4_RE = re.compile(rf"(?<![.])(?<!{WORD})(?:\d{{1,3}}\.){{3}}\d{{1,3}}(?!{WORD}|\.\d|-[A-Za-z])")
# A country code and an area code right before four dotted groups make them a phone's:
# "+91 (0)81 72.98.83.49".
PHONE_HEAD_BEFORE_RE = re.compile(r"\+\d{1,3}[ .-]?(?:\(0\)[ .-]?)?\d{1,4}[ .-]\Z")


def phone_tail(text: str, start: int, end: int) -> bool:
    """Four dotted groups after a country code and an area code that make a valid number with
    them ("+91 (0)81 72.98.83.49"), not an address after a count ("src +12 10.0.0.7")."""
    head = PHONE_HEAD_BEFORE_RE.search(text, max(0, start - 16), start)
    if head is None:
        return False
    number = re.sub(r"\(0\)|\D", "", text[head.start() : end])
    return valid_international(number)


# "ip6:" before an address is an SPF record's mechanism ("ip6:2400:cb00::1 -all").
IPV6_RE = re.compile(
    # (flush after Chinese or Japanese: "IPv6は2603:c38::90df:0:d0df:0")
    r"(?:(?<=ip6:)|(?<![0-9A-Za-z_:.]))[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?:\.\d{1,3}){0,3}"
    # more groups after eight are no address: a MAC pair run "MAC=58:ab:3e:93:26:db:40:69:…"
    r"(?![0-9A-Fa-f]|:[0-9A-Fa-f])"
)
SHORT_IPV6_RE = re.compile(r"(?=[^:]*:[^:]*[A-Fa-f])[0-9A-Fa-f]{4}:[0-9A-Fa-f]{1,4}::")
IPV6_PORT_RE = re.compile(r"(?<![\w:.])((?:[0-9A-Fa-f]{1,4}:){7}[0-9A-Fa-f]{1,4}):\d{1,5}(?![\w:])")
# tcpdump joins the port with a dot: "166.209.126.51.443 > 192.168.120.140.51514".
IPV4_DOT_PORT_RE = re.compile(r"(?<![\w.])((?:\d{1,3}\.){3}\d{1,3})\.(\d{1,5})(?![\w.])")
TCPDUMP_LINE_RE = re.compile(r"\sIP6?\s|\s[<>]\s|\bFlags\b|\b(?:tcp|udp|ICMP)\b")
# Dotted quads are versions, sections and build numbers as often as addresses: one right
# after a version cue is never an address, and one of four single digits ("1.2.3.4",
# "4.2.1.7") only with a network cue nearby or a port or prefix length after it.
# (also a data key: "app_version":"…", "sdk":"…", build=…, BUILD=…; and a program's
# name: "Chrome 5.3.25.190", "Chrome/…", a container image's tag "registry/app:3.9.0.22")
VERSION_BEFORE_RE = re.compile(
    r"(?i)(?:(?<![^\W_])(?:v|ver|version|firmware|fw|release|build|section|sect|sec|chapter|ch"
    r"|rev|revision|patch|update|sdk|kernel|clause|art|article|para|paragraph|step|figure|fig"
    r"|table|edition|driver|mise\s+à\s+jour|versi[oóò]n[ei]?|версии|версия|верс\.)\.?|§"
    r"|\b(?:up|down)grad\w*\s+(?:from|to)|\bupdat\w*\s+(?:from|to)|ファームウェア|バージョン|版本"
    r"|(?-i:(?<=[a-z])(?:Version|Build|Sdk))"
    r"|\b(?:chrome|chromium|firefox|safari|edge|edg|opera|opr|electron|msie)(?=[ /])"
    r"|/[\w.-]+:(?=\Z)"
    r"|(?i:version)\s*=\s*[\"'])\s*[\"']?\s*[:#=/]?\s*[\"']?\s*$"
)
# "Bumped bundled agent to 4.19.28.230", "upgraded the runtime to …": further back.
BUMPED_TO_RE = re.compile(r"(?i)\b(?:bump\w*|upgrad\w*)\b[^\n]{0,30}?\bto\s+\Z")
NETWORK_CUE_RE = re.compile(
    r"(?i)\b(?:ip|ipv4|ips|addr|address|host|hostname|server|ping|pinged|ssh|connect\w*|peer"
    r"|gateway|gw|subnet|netmask|mask|cidr|dns|nameserver|resolver|router|route|proxy"
    r"|client|remote|src|dst|source|destination|listen\w*|bind|inet|lan|wan|vpn|firewall"
    r"|nat|dhcp|tcp|udp|icmp|packets?|port|interface|eth\d|nslookup|dig|curl|wget"
    r"|traceroute|login|logged|sshd|block\w*|ban\w*|allow\w*|deny|denied|localhost"
    r"|network|upstream|endpoint|node|nodes)\b"
)
NETWORK_CUE_WINDOW = 40
VERSION_LINK_RE = re.compile(r"\s*(?:to|->|→|–|-|and|or|,)\s*")

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
    # joined the registry since 2020: Burundi, Djibouti, Falklands, Honduras, Libya,
    # Mongolia, Nicaragua, Oman, Russia, Sudan, Somalia, Yemen
    "BI": 27, "DJ": 27, "FK": 18, "HN": 28, "LY": 25, "MN": 20, "NI": 28, "OM": 23,
    "RU": 33, "SD": 18, "SO": 23, "YE": 30,
    # in national use outside the registry (Iran's "sheba", the Maghreb, West and Central
    # Africa): the same mod-97 check
    "IR": 26, "DZ": 26, "MA": 28, "AO": 25, "BJ": 28, "BF": 28, "CM": 27, "CV": 25,
    "CF": 27, "TD": 27, "KM": 27, "CG": 27, "GQ": 27, "GA": 27, "GW": 25, "CI": 28,
    "MG": 27, "ML": 28, "MZ": 25, "NE": 28, "SN": 28, "TG": 28,
}
# fmt: on


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


# Retina assets ("logo@2x.png") look like addresses; no real TLD is an image format.
FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "ico", "bmp", "pdf"})
NO_ADDRESS_SUFFIXES = FILE_SUFFIXES | LOCAL_TLDS


def find_emails(text: str) -> list[Span]:
    spans = []
    for m in EMAIL_RE.finditer(text):
        if m.group().rsplit(".", 1)[1].lower() in NO_ADDRESS_SUFFIXES:
            continue
        if REMOTE_PATH_AFTER_RE.match(text, m.end()):
            continue
        if MESSAGE_ID_BEFORE_RE.search(text, max(0, m.start() - 200), m.start()):
            continue
        if URL_AUTHORITY_BEFORE_RE.search(text, max(0, m.start() - 200), m.start()):
            continue
        spans.append(m.span())
    for m in OBFUSCATED_EMAIL_RE.finditer(text):
        bracketed = re.search(r"[\[({<]\s*at\s*[\])}>]", m.group(), re.IGNORECASE)
        if bracketed or re.search(r"\s+dot\s+|[\[({<]\s*dot", m.group(), re.IGNORECASE):
            spans.append(m.span())
    return spans


def find_cards(text: str) -> list[Span]:
    spans = []
    for m in CARD_RE.finditer(text):
        end = card_end(m.group())
        if (
            end
            and not NOT_CARD_BEFORE_RE.search(text, max(0, m.start() - 30), m.start())
            and not ZONE_SERIAL_RE.search(text, max(0, m.start() - 200), m.start())  # "IN SOA …"
            and not QUANTITY_AFTER_RE.match(text, m.start() + end)
            and not ISO_DATE_RE.search(m.group(), 0, end)  # "TK 3510 2024-07-22 02:53"
        ):
            spans.append((m.start(), m.start() + end))
    barcode_like = [(a, b) for a, b in spans if digit_count(text[a:b]) in BARCODE_LENGTHS]
    if not barcode_like:  # (the tables are read only when a product's code may be there)
        return spans
    codes = id_column_cells(text, header=PRODUCT_CODE_HEADER_RE)
    dropped = set(barcode_like) - set(outside_cells(text, barcode_like, codes))
    return [span for span in spans if span not in dropped]


# The lengths of EAN-8, UPC-A, EAN-13 and GTIN-14 codes, which pass Luhn one time in ten; a
# product column's 16-digit card is still one.
BARCODE_LENGTHS = frozenset((8, 12, 13, 14))


THIRTEEN_DIGIT_PREFIXES = ("4", "5018", "5020", "5038", "6304", "6759", "6761", "6762", "6763")


def card_end(run: str) -> int:
    """Where the card in `run` ends: the whole run, or a shorter one ending at a group's end
    ("4065 7733 3586 0819 08/27": the expiry month is no part of the card); 0 if none."""
    ends = [len(run)] + [m.start() for m in re.finditer(r"[ -]+", run)][::-1]
    for end in ends:
        digits = re.sub(r"\D", "", run[:end])
        # (13 digits only for Visa's old cards and Maestro's: a 13-digit EAN barcode passes
        # Luhn one time in ten, "5950254121586")
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            if len(digits) > 13 or digits.startswith(THIRTEEN_DIGIT_PREFIXES):
                return end
    return 0


def find_ibans(text: str) -> list[Span]:
    spans = []
    for m in IBAN_RE.finditer(text):
        want = IBAN_LENGTHS.get(m.group()[:2].upper())
        if want is None:
            continue
        # The regex may run into a following code; cut at the country's exact length.
        count, end = 0, m.start()
        for end in range(m.start(), m.end()):
            count += text[end].isalnum()
            if count == want:
                break
        end += 1
        compact = text[m.start() : end].replace(" ", "").upper()
        if end < len(text) and text[end].isalnum():
            continue
        if iban_ok(compact):
            spans.append((m.start(), end))
    return spans


def version_like(text: str, start: int, end: int, after_version: int) -> bool:
    """After a version cue, or after another version and "to" ("from 4.2.1.7 to 4.2.1.8")."""
    line_start = text.rfind("\n", 0, start) + 1
    if VERSION_BEFORE_RE.search(text, max(line_start, start - 20), start):
        return True
    if BUMPED_TO_RE.search(text, max(line_start, start - 50), start):
        return True
    return after_version >= 0 and VERSION_LINK_RE.fullmatch(text, after_version, start) is not None


def ipv4_ok(text: str, start: int, end: int) -> bool:
    """A parsable address; four single digits ("1.2.3.4") only with a network cue or port.
    Loopback and "any" (127.0.0.1, 0.0.0.0) name no machine of anyone's: left in code."""
    try:
        address = ipaddress.IPv4Address(text[start:end])
    except ValueError:
        return False
    if address.is_loopback or address.is_unspecified:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if any(len(octet) > 1 for octet in text[start:end].split(".")):
        return True
    if re.match(r"[:/]\d", text[end : end + 2]):  # "1.2.3.4:8080", "1.2.3.0/24"
        return True
    line_end = text.find("\n", end)
    window = (
        text[max(line_start, start - NETWORK_CUE_WINDOW) : start]
        + text[end : min(len(text) if line_end < 0 else line_end, end + NETWORK_CUE_WINDOW)]
    )
    return NETWORK_CUE_RE.search(window) is not None


def network_range(text: str, start: int, end: int) -> bool:
    """ "10.8.0.0/24", "2a06:8abb:b9f0:2600::/56": a block of addresses (its host bits zero),
    a delegated prefix, not one machine's."""
    prefix = re.match(r"/(\d{1,3})(?!\d)", text[end : end + 5])
    if not prefix:
        return False
    try:
        network = ipaddress.ip_network(f"{text[start:end]}/{prefix[1]}")  # strict: host bits 0
    except ValueError:
        return False
    return network.prefixlen < network.max_prefixlen


def find_ips(text: str) -> list[Span]:
    spans = []
    after_version = -1  # where the last version-like quad ended
    for m in IPV4_RE.finditer(text):
        if version_like(text, *m.span(), after_version):
            after_version = m.end()
        elif phone_tail(text, m.start(), m.end()):
            continue  # the tail of "+91 (0)81 72.98.83.49", a phone grouped in dots
        elif ipv4_ok(text, *m.span()) and not network_range(text, *m.span()):
            spans.append(m.span())
    for m in IPV4_DOT_PORT_RE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : None if line_end < 0 else line_end]
        if int(m[2]) <= 65535 and TCPDUMP_LINE_RE.search(f" {line} "):
            try:
                ipaddress.IPv4Address(m[1])
            except ValueError:
                continue
            spans.append(m.span(1))
    for m in IPV6_RE.finditer(text):
        candidate = m.group()
        # Python slices ("::2") and times ("12:30:45") also fit the regex; real
        # addresses have at least three hex groups, or two and a "::" after a full first
        # group, with a hex letter in the second ("2001:67c::"), and must parse.
        groups = sum(bool(g) for g in re.split(r"[:.]", candidate))
        if groups < 2 or (groups == 2 and not SHORT_IPV6_RE.fullmatch(candidate)):
            continue
        if ipv6_ok(candidate) and not network_range(text, *m.span()):
            spans.append(m.span())
    # Eight full groups and a port: "[client 260b:93ca:7:ed8b:1513:2b97:5963:2509:3000]".
    spans += [m.span(1) for m in IPV6_PORT_RE.finditer(text) if ipv6_ok(m[1])]
    return spans


def ipv6_ok(candidate: str) -> bool:
    try:
        address = ipaddress.IPv6Address(candidate)
    except ValueError:
        return False
    return not (address.is_loopback or address.is_unspecified)


Detector = Callable[[str], list[Span]]

# Ordered most specific first: when spans overlap, the earlier detector wins; within
# the same rank the longer span wins. A date of birth outranks PHONE and IP, whose loose
# digit groups could take part of one; an address comes after PHONE (a phone number next
# to it stays a phone) but before PERSON, so "Martin Luther King Blvd" and "Avenue Louise"
# stay addresses; names come last, being the least certain. A URL's secret parameter
# outranks API_KEY: `?api_key=sk-…` is one URL_SECRET.
DETECTORS: tuple[tuple[str, Detector], ...] = (
    ("URL_SECRET", find_url_secrets),
    ("API_KEY", find_api_keys),
    ("IBAN", find_ibans),
    ("CARD", find_cards),
    ("SSN", find_ssns),
    ("DOB", find_dobs),
    ("EMAIL", find_emails),
    ("IP", find_ips),
    ("PHONE", find_phones),
    ("ADDRESS", find_addresses),
    ("API_KEY", find_high_entropy),
    ("PERSON", find_persons),
)
