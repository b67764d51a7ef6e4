"""Phones that a record's structure names, whatever their shape: a vCard's TEL line, a markup
element or a data key named for a phone (<fax>…</fax>, "adminMsisdn": "974 2999972"), a text
message's sender (also an SMS export's "address" column), a WhatsApp link, a chat message
that is a number alone.

The value must still look like a phone: a date, a price or a version under a key that
mentions a phone ("fax_date", "mobile_app_version") is none, and neither is a key whose
other parts name something else ("cell_id", a cell tower's; "TELEGRAM_CHAT_ID").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from attune.data.privacy_cues import NOT_CONTACT_LABEL_RE
from attune.data.privacy_phone_plans import (
    SAME_DIGITS_RE,
    national_phone_ok,
    plausible_regions,
    valid_international,
)
from attune.data.privacy_tables import column_cells

Span = tuple[int, int]

# A value: digits and the separators people write between them; maybe an extension after.
NUMBER = r"[+(]?\d[\d ()./-]{4,20}\d"
EXTENSION = r"\s*(?i:ext\.?|x|доб\.?|дод\.?)\s*\d{1,6}"
# A vCard's TEL property: its value is a phone whatever its shape ("TEL;TYPE=CELL:06-58-…").
VCARD_TEL_RE = re.compile(rf"(?im)^(?:item\d+\.)?TEL\b[^:\n]*:(?:tel:)?[ \t]*({NUMBER})[ \t]*\r?$")
# An element whose name has a phone word for a part: <phone type="mobile">892-077</phone>
# (Andorra's six digits), <mobilePhone>, <tel:Number>, <PhneNb> (ISO 20022's).
ELEMENT_RE = re.compile(
    rf"<(?P<name>[\w:-]{{1,40}})(?:\s[^<>\n]{{0,80}})?>\s*(?P<number>{NUMBER})\s*</(?P=name)>"
)
# A data key, quoted or not, and its quoted value, maybe with an extension ("88007687947
# доб. 1223"); TOML and YAML write it with "=" or ":".
KEY_RE = re.compile(
    r"""(?<![\w-])["']?(?P<name>[A-Za-z][\w-]{0,40})["']?\s*[:=]\s*["']"""
    rf"""(?P<number>{NUMBER}(?:{EXTENSION})?)["']"""
)
# The parts of a name: "adminMsisdn" → admin, msisdn; "mobile_no" → mobile, no.
NAME_PART_RE = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\d+")
PHONE_PARTS = frozenset(
    {"phone", "phones", "telephone", "tel", "mobile", "cell", "cellphone", "fax", "msisdn",
     "phne", "telefon", "telefono", "teléfono", "telefone", "handy", "mobil", "portable",
     "cellulare", "telefoon", "sms", "whatsapp"}
)  # fmt: skip
# Parts that make the key another thing's: its date, version, id, count, price, size …
OTHER_PARTS = frozenset(
    {"date", "at", "on", "time", "ts", "version", "ver", "build", "app", "id", "ids", "count",
     "price", "cost", "size", "timeout", "interval", "ms", "imei", "model", "type", "code",
     "verified", "chat", "bot", "serial", "sku", "order", "limit", "max", "min", "len",
     "length", "year", "os", "plan", "tower", "lac", "mcc", "mnc", "otp", "pin", "token",
     "passcode", "codes", "template", "templates", "stats"}
)  # fmt: skip
# A text message's sender, a date on the line below: "From: 9194 3292\n16.12.2020 23:02".
SMS_SENDER_RE = re.compile(
    r"(?im)^(?:from|von|de|da|van|från|fra|от|від|từ)[ \t]*:"
    r"[ \t]*(\+?\d[\d ()-]{5,18}\d)[ \t]*\r?\n[ \t]*\d{1,4}[./ -]"
)
# … or an SMS backup's XML: <sms protocol="0" address="00639153551677" …/>.
SMS_XML_RE = re.compile(rf'<sms\b[^>]{{0,200}}?\baddress="({NUMBER})"')
# A data key named for a phone whose value is a list: "alert_sms": ["0031 6 78…", "0031 6 …"].
KEY_LIST_RE = re.compile(
    r"""["'](?P<name>[A-Za-z][\w-]{0,40})["']\s*:\s*\[(?P<items>[^\]\n]{1,300})\]"""
)
LIST_ITEM_RE = re.compile(rf"""["']({NUMBER})["']""")
# A WhatsApp click-to-chat link holds the number, country code first: "https://wa.me/3706…".
WA_ME_RE = re.compile(r"(?i)\b(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?(\d{8,15})(?!\d)")
# An SMS backup's table: its "address" column holds the other side's number
# ("date,direction,address,body").
SMS_EXPORT_RE = re.compile(r"(?im)^(?=[^\n]*\bbody\b)[^\n]*\baddress\b")
ADDRESS_HEADER_RE = re.compile(r"(?i)^address$")
# A chat message that is a number alone, maybe a note in brackets after it: WhatsApp's
# "[20/05/2019, 10:05] Anna: 018052262", Telegram's "Yuki, [21.04.2024 10:18]\n8 727 …",
# "10:27 Eleni: 8 573 99755".
CHAT_NUMBER_RE = re.compile(
    r"(?m)^(?:\[[^\]\n]{6,30}\][ \t]*(?P<s1>[^\W\d][^:\n]{0,30}):"
    r"|(?P<s2>[^\W\d][^,\n\[]{0,30}),[ \t]*\[[^\]\n]{6,30}\][ \t]*\n"
    r"|\d{1,2}:\d{2}[ \t]+(?P<s3>[^\W\d][^:\n]{0,30}):)"
    rf"[ \t]*(?P<number>{NUMBER})[ \t]*(?:\([^()\n]{{0,60}}\))?[ \t]*\r?$"
)
# … but not a decimal or a version ("3.14159265", "10.2.3.4567"), nor a Unix time
# ("1710237600").
DOTTED_NOT_PHONE_RE = re.compile(r"\d+(?:\.\d+)+")
UNIX_TIME_RE = re.compile(r"1\d{9}")
AMOUNT_RE = re.compile(r"\d+[.,]\d{2}")  # "1299.00"
EXTENSION_RE = re.compile(rf"{EXTENSION}$")


def record_phones(text: str) -> list[Span]:
    """Every number a record's structure names as a phone."""
    found = list(vcard_phones(text))
    if "</" in text:
        found += [m.span("number") for m in ELEMENT_RE.finditer(text) if named_phone(m)]
    if ":" in text or "=" in text:
        found += [m.span("number") for m in KEY_RE.finditer(text) if named_phone(m)]
    found += [m.span(1) for m in SMS_SENDER_RE.finditer(text)]
    if "<sms" in text:
        found += [m.span(1) for m in SMS_XML_RE.finditer(text) if texted_number(m[1])]
    if "[" in text:
        found += list(listed_phones(text))
    if SMS_EXPORT_RE.search(text):
        cells = column_cells(text, ADDRESS_HEADER_RE)
        found += [(a, b) for a, b in cells if texted_number(text[a:b])]
    found += [m.span("number") for m in CHAT_NUMBER_RE.finditer(text) if chat_number(m)]
    found += [m.span(1) for m in WA_ME_RE.finditer(text) if link_number_ok(m[1])]
    return found


def vcard_phones(text: str) -> Iterator[Span]:
    """The values of a vCard's TEL lines that hold 6–15 digits."""
    if "TEL" not in text.upper():
        return
    for m in VCARD_TEL_RE.finditer(text):
        if 6 <= sum(ch.isdigit() for ch in m[1]) <= 15:
            yield m.span(1)


def listed_phones(text: str) -> Iterator[Span]:
    """The items of a list under a data key named for a phone."""
    for m in KEY_LIST_RE.finditer(text):
        if phone_name(m["name"]):
            items = LIST_ITEM_RE.finditer(text, m.start("items"), m.end("items"))
            yield from (item.span(1) for item in items if texted_number(item[1]))


def named_phone(m: re.Match[str]) -> bool:
    return phone_name(m["name"], element="<" in m[0][:1]) and phone_value(m["number"])


def phone_name(name: str, element: bool = False) -> bool:
    """A phone word is one of the name's parts, and no part names another thing (and an
    element's <cell> is a table's, as in spreadsheets' XML)."""
    parts = {part.lower() for part in NAME_PART_RE.findall(name.rsplit(":", 1)[-1])}
    if element and parts == {"cell"}:
        return False
    return bool(parts & PHONE_PARTS) and not parts & OTHER_PARTS


def phone_value(value: str) -> bool:
    """6–15 digits that make a number of some plan; no amount, date or version."""
    number = EXTENSION_RE.sub("", value)
    digits = re.sub(r"\D", "", number)
    if not 6 <= len(digits) <= 15 or AMOUNT_RE.fullmatch(number):
        return False
    if number.startswith("+"):
        return valid_international(number[1:], possible=True)
    if number.startswith("00") and len(digits) >= 10:  # "00639153551677": 00, then +'s digits
        return valid_international(digits[2:], possible=True)
    if len(digits) == 6:  # (national_phone_ok wants seven: "892-077" is Andorra's)
        return next(plausible_regions(digits), None) is not None
    return national_phone_ok(number, cued=True)


def chat_number(m: re.Match[str]) -> bool:
    """A chat message's number, from a speaker with a name (not "Total:", "Timestamp:")."""
    speaker = m["s1"] or m["s2"] or m["s3"]
    return not NOT_CONTACT_LABEL_RE.search(speaker) and texted_number(m["number"])


def texted_number(number: str) -> bool:
    """A number a chat or an SMS export names by its place alone: seven digits or more (a
    chat's "482910" is a code as often), grouped, after a trunk 0 or a +, or ten digits long (a
    bare "48291034" is as likely a code), no decimal, version, range, round figures or Unix
    time, and of some plan."""
    groups = re.findall(r"\d+", number)
    digits = sum(map(len, groups))
    shaped = len(groups) > 1 or number[0] in "0+" or digits >= 10
    return (
        digits >= 7
        and shaped
        and not (DOTTED_NOT_PHONE_RE.fullmatch(number) and dotted_not_phone(groups))
        and not (len(groups) > 1 and all(g.endswith("0") for g in groups))
        and not UNIX_TIME_RE.fullmatch(number)
        and phone_value(number)
    )


def dotted_not_phone(groups: list[str]) -> bool:
    """Dotted groups a phone is never written in: one of one digit ("10.2.3.4567"), or two
    whose first is a decimal's short whole part ("12.345678")."""
    return any(len(g) == 1 for g in groups) or (len(groups) == 2 and len(groups[0]) <= 2)


def link_number_ok(number: str) -> bool:
    """A link's number, country code first, of a length its country code's numbers have
    (not a run of one digit: "wa.me/10000000000")."""
    return valid_international(number, possible=True) and not SAME_DIGITS_RE.search(number)
