"""Phone numbers: international (+ or 00 and a country code), North-American, and national
ones without a country code ("06 12 34 56 78", "030 901820", "(0161) 496 0000").

National numbers are checked against libphonenumber's metadata in `privacy_phone_plans`;
the words that name a number as an id ("order", "Kundennummer") are in `privacy_phone_ids`.
Here: the shapes, and the layouts and cues that make a number a phone ("call", "Tel.", a
contact list, an answer to "what's your number?").
"""

from __future__ import annotations

import re
from functools import lru_cache

import phonenumbers

from attune.data.privacy_cues import PHONE_CUE
from attune.data.privacy_phone_ids import ID_QUESTION_RE, id_named, listed_after_id
from attune.data.privacy_phone_plans import (
    grouping_ok,
    keep_compiled_patterns,
    national_phone_ok,
    valid_international,
)
from attune.data.privacy_tables import header_cells, label_and_line_above

Span = tuple[int, int]

# A word character of a script written with spaces: Chinese, Japanese, Korean and Thai
# write a number flush against the word before it ("手机号是13626753363").
WORD = r"[^\W\u0e00-\u0e7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"

# A dash before a number joins it to a word ("ID-0612…"), except Hebrew's prefixes
# ("ב-050.674.9334": "at 050…").
NOT_AFTER_DASH = r"(?<![^\u05d0-\u05ea]-)"
# Leading + or 00, a country code (or "(+381)"), then digit groups split by space (or a
# slip of two), dot, dash or (..); a 00 not inside a longer run of digit groups
# ("SIRET 718 006 702 41410").
INTL_PHONE_RE = re.compile(
    rf"(?<!{WORD})(?<![+./]){NOT_AFTER_DASH}"
    # (a spaced "00 44" not after a time's "18:00")
    rf"(?:\(\+[1-9]\d{{0,2}}\)|(?:\+|(?<!\d )00(?! )|(?<![\d:])(?<!\d )00 )[1-9]\d{{0,2}})"
    rf"(?:(?: {{1,2}}|[.-])?(?:\(\d{{1,4}}\)|\d{{1,5}})){{1,6}}"
    rf"(?!{WORD}|-|\.\d)"
)
# North-American national shapes only: (415) 555-0132, 415-555-0132, 415.555.0132.
NANP_PHONE_RE = re.compile(
    rf"(?<!{WORD})(?<![+(.-])"
    r"(?:\([2-9]\d{2}\) ?\d{3}[ .-]\d{4}|[2-9]\d{2}([-.])\d{3}\1\d{4})"
    rf"(?!{WORD}|-|\.\d)"
)
# Any run of digit groups (space, dot, dash, slash or parentheses between): the national
# candidates "06 12 34 56 78", "(0161) 496 0000", "030/901820", "0171 / 45072607",
# "1-800-829-1040".
PHONE_RUN_RE = re.compile(
    rf"(?<!{WORD})(?<![+.,/:#$€£]){NOT_AFTER_DASH}"
    r"(?:0\d{2,4} / (?=\d))?"  # an area code set off by " / " (German "0171 / 4507…")
    r"\(?\d(?:\d|[ ./-](?=\(?\d)|\)[ -]?(?=\d)|\((?=\d))*\d"
    rf"(?!{WORD}|-|[.,/:]\d)"
)
# The tail of a longer code: "1Z 999 AA1 01 2345 6784" (a word with a digit right before).
CODE_BEFORE_RE = re.compile(r"(?<!\S)[A-Za-z]*\d[\w-]* $")
CEP_BEFORE_RE = re.compile(r"(?i)\bcep\W{0,3}$")
# A number right after these is a phone even in a weaker shape (no separators) …
PHONE_CUE_RE = re.compile(
    rf"(?i)(?:{PHONE_CUE}"
    # the one-letter labels of signatures and business cards: "T: 020 …", "M. 07700 …"
    r"|(?:^|[\s|(,;])[TMPFHC]\s?[:.]"
    # Portuguese "fone" only as a label: "fone de ouvido" (headphones) is a product's
    r"|(?<![^\W\d_])fone\s*:)[^\d\n]{0,20}$"
)
# Chinese "call" and "dial", only flush against the number: "打8115-7089找我" (打 alone
# is part of too many words to be a cue further off).
FLUSH_CUE_RE = re.compile(r"(?:打|拨)\Z")
# Between two numbers of a list of phones: "…47706 / 0294…", "…, 0812…", "… or 0412…".
LIST_SEPARATOR_RE = re.compile(r"(?i)\s*(?:[/,;|]|or|o|ou|oder|of|eller|или|або|או|أو|或)\s*")
PHONE_HEADER_RE = re.compile(rf"(?i){PHONE_CUE}")  # a table's "Phone" or "Mobil" column
# A vCard's TEL property: its value is a phone whatever its shape ("TEL;TYPE=CELL:06-58-…").
VCARD_TEL_RE = re.compile(
    r"(?im)^(?:item\d+\.)?TEL\b[^:\n]*:(?:tel:)?[ \t]*([+(]?\d[\d ().-]*\d)[ \t]*\r?$"
)
# A number alone on its line (after a speaker's label, itself maybe after a chat export's
# "[16.04.2024, 10:12:20]") answering a question about one: "Agent: And a callback
# number?\nCustomer: 0210053192".
ANSWER_LINE_RE = re.compile(r"(?:^|\n)(?:\[[^\]\n]{1,30}\][ \t]*)?[^\d\n]{0,30}\Z")
ANSWER_WINDOW = 64
ANSWER_REST_RE = re.compile(r"[ .!?)]*(?:\Z|[.,;!] )")
NUMBER_QUESTION_RE = re.compile(
    rf"(?i)(?:{PHONE_CUE}|\b(?:number|nummer|numéro|número|numero|numer|номер|numara|nomor))"
    r"[^\n]{0,40}[?;؟]\s*\Z"  # Greek asks with ";", Arabic with "؟"
)
# Someone's number, then a colon or "is": "el número del hotel es 2019784001", "il numero
# del meccanico: 66 41 00 21", "yung number ni Tita Maria: 0926…" — unless an id's: "número
# de identificación patronal", "number of the order".
NUMBER_LEAD_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:number|nummer(?:et)?|num[ée]ro|número|numer|nomor|nombor)\s+"
    r"(?:of|del|dell[ao']|della|de\s+la|do|da|ni|von|vom|van|til|för|for)\s+"
    r"(?!\w*(?:identif|client|custom|kund|order|pedido|command|ordin|account|cuent|conto"
    r"|compte|factur|invoice|member|socio|track|seguim|colis|spediz|envío|envio))"
    r"[^\d\n]{0,30}?(?:[:：]|\b(?:is|was|es|é|è|est|ist|er|är))\s*\Z"
)
# A contact list's line: a label of a few words (a name, a role, a place) before the number,
# nothing after it but a note in brackets; or a name after it.
CONTACT_BULLET = r"[ \t]*(?:[-•*·][ \t]*)?"
CONTACT_LABEL_RE = re.compile(rf"{CONTACT_BULLET}[^\W\d_][^\d\n]{{0,38}}?[ \t]*[:：–—-]?[ \t]*")
CONTACT_NOTE_RE = re.compile(r"[ \t]*(?:[(（][^\d\n()（）]{1,40}[)）])?[ \t.]*")
CONTACT_REACH = 60  # a contact list's label or name is shorter
CONTACT_BULLET_RE = re.compile(CONTACT_BULLET)
# A heading alone on its line that makes the lines below it a list of phones: "Contacts",
# "Tengiliður", "Useful numbers:", "Телефоны".
CONTACT_HEADING_RE = re.compile(
    rf"(?im)^{CONTACT_BULLET}(?:[^\W\d_]+\s+)?(?:"
    r"contacts?|contact\s+list|phone\s+(?:list|numbers|directory)|numbers|directory"
    r"|kontakt(?:e|y|ai|i|er|it)?|contact(?:os|en)|contatti|tengiliður|tengiliðir"
    r"|yhteystiedot|контакты|контакти|телефоны|wichtige\s+nummern|telefonliste"
    r"|numéros\s+utiles|números\s+útiles|numeri\s+utili|telefonlista|telefonnumre"
    r")(?:\s+[^\W\d_]+)?[ \t]*:?[ \t]*$"  # "Shop contacts", "CONTACTOS CASA"
)
CONTACT_NAME_RE = re.compile(
    r"[ \t]+(?:[(（][^\W\d_][^\d\n()（）]{1,40}[)）]|[^\W\d_][^\d\n]{1,40})[ \t]*"
)
# … whose label is no amount, date, count or code: "Total: 1249900", "Build: 20240115".
NOT_CONTACT_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:total|amount|sum|price|betrag|summe|montant|importe|prezzo|date|datum"
    r"|fecha|time|version|build|size|count|qty|quantity|no|nr|n°|nº|id|key|token|hash|port"
    r"|room|zimmer|seat|gate|flight|vuelo|vol|flug|balance|saldo|score|views|downloads)(?![^\W\d_])|#"
)
# A contacts API's typed value: "phoneNumbers": [{"type": "mobile", "value": "701 0670"}],
# or the same in YAML ("- type: fax\n  number: "459 54 044"").
TYPED_VALUE_BEFORE_RE = re.compile(
    r"""(?i)["']?type["']?\s*:\s*["']?(?:mobile|cell|home|work|main|fax|landline|other)["']?"""
    r"""\s*[,\n]\s*["']?(?:value|number)["']?\s*:\s*["']?\Z"""
)
# A markup element named for a phone holds one whatever its shape: <phone type="mobile">
# 892-077</phone> (Andorra's six digits), <fax>…</fax>.
PHONE_ELEMENT_RE = re.compile(
    r"(?i)<((?:[\w-]+:)?(?:phone|tel|telephone|mobile|cell|fax|msisdn)(?:[_-]?(?:number|no))?)"
    r"(?:\s[^<>\n]{0,80})?>\s*(?P<number>[+(]?\d[\d ().-]{4,20}\d)\s*</\1>"
)
# A data key (quoted or not), its name a phone word on its own or as a camel-case or snake-case part
# ("phoneNumber", "adminMsisdn", "mobile_no"; not "telemetry" nor "hotelId"), and its
# quoted value, maybe with an extension ("88007687947 доб. 1223").
PHONE_KEY_RE = re.compile(
    r"""(?<![\w-])["']?[\w-]{0,30}?(?:(?<![A-Za-z])(?i:phone|msisdn|mobile|cell|tel|fax)|(?<=[a-z])"""
    r"""(?:Phone|Msisdn|Mobile|Cell|Tel|Fax))(?:[A-Z_-][\w-]{0,30})?["']?\s*[:=]\s*["']"""
    r"""(?P<number>[+(]?\d[\d ().-]{4,20}\d(?:\s*(?i:ext\.?|x|доб\.?|дод\.?)\s*\d{1,6})?)["']"""
)
# A web page's link text: <a href="tel:+2348010535474">08010535474</a>.
TEL_LINK_BEFORE_RE = re.compile(r"""(?i)href=["']tel:[^"'\n]{0,30}["'][^>\n]{0,40}>\s*\Z""")
# A unit after the number makes it a measure: "c = 299 792 458 m/s", "1 250 000 km".
UNIT_AFTER_RE = re.compile(
    r"[ \u00a0]?(?:m/s|km/h|km|kg|mm|cm|ml|mg|m|g|l|°|%|€|\$|kr|zł|Ft|Kč)(?![^\W\d_]|\.\w)"
)
# A WhatsApp click-to-chat link holds the number, country code first: "https://wa.me/3706…".
WA_ME_RE = re.compile(r"(?i)\b(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?(\d{8,15})(?!\d)")
BOOKINGS_BEFORE_RE = re.compile(
    r"(?i)\b(?:reservations|bookings|reservas|réservations|reservierungen|prenotazioni)\W{0,3}\Z"
)
COUNTRY_CODE_APART_RE = re.compile(r"00 ?([1-9]\d{0,2})[ .(-]")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
CHINA_MOBILE_RE = re.compile(
    r"(?<![\d+\w])1[3-9]\d{9}(?![\d\w])|(?<=[\u4e00-\u9fff])1[3-9]\d{9}(?!\d)"
)
# Money sent to a phone number through a payment app named anywhere in the text: "Swisha
# 250 kr till 0709550420", "Vipps meg 200 kr på 404 48 025", "Ksh8,234.00 sent to ZAWADI
# AKINYI 0705244730 … M-PESA".
PAYMENT_APP_RE = re.compile(
    r"(?i)\b(?:swish\w*|vipps\w*|mobilepay|m-?pesa|gcash|bkash|yape\w*|nequi|mb\s?way|blik"
    r"|momo|orange\s+money|airtel\s+money|mtn\s+money|paytm|phonepe|venmo|zelle|twint|bizum)\b"
)
PAID_TO_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:till|til|på|to|al|a|sa|na|an|au|à|naar|do|para)\s+"
    r"(?:(?-i:[A-Z][\w'-]*)\s+){0,4}\Z"
)
# … or followed, in the same sentence, by one: "8158095787 (call after 11 am)".
PHONE_CUE_AFTER_RE = re.compile(rf"(?i)[^\d\n.!?。]{{0,30}}?(?:{PHONE_CUE})")


def find_phones(text: str) -> list[Span]:
    keep_compiled_patterns()
    spans = []
    for m in INTL_PHONE_RE.finditer(text):
        found = m.group()
        digits = sum(ch.isdigit() for ch in found)
        # "00" + digits with no separator is as likely an order id as a phone number,
        # unless a cue says otherwise ("Farsími: 003546157273").
        bare_00 = found.startswith("00") and not re.search(r"[ .()-]", found)
        if not 9 <= digits <= 15 or (bare_00 and not cued_before(text, m.start())):
            continue
        # A 00 is a dialling prefix only before a valid number ("002-41-0000" is no phone),
        # or a grouped one of its country code's length: people write plans' new ranges
        # before libphonenumber knows them ("00972 51 108 5184").
        if found.startswith("00") and not (
            valid_international(found[2:].lstrip())
            or (country_code_apart(found) and valid_international(found[2:], possible=True))
        ):
            continue
        spans.append(m.span())
    spans.extend(m.span() for m in NANP_PHONE_RE.finditer(text))
    spans.extend(find_national_phones(text, {end for _, end in spans}))
    spans.extend(cell for cell in header_cells(text, PHONE_HEADER_RE) if phone_cell(text, *cell))
    spans.extend(vcard_phones(text))
    spans.extend(s for s in element_phones(text) if not overlaps(s, spans))
    # (a link's number is a phone if its country code's numbers are that long)
    spans += [m.span(1) for m in WA_ME_RE.finditer(text) if valid_international(m[1], True)]
    spans += china_mobiles(text, spans)
    # A business's line for bookings is named like an id: "Reservations +1-780-299-2911".
    spans = [s for s in spans if bookings_line(text, *s) or not id_named(text, *s)]
    spans += contact_list_phones(text, spans)
    return spans + repeated(text, spans)


def country_code_apart(found: str) -> bool:
    """A 00, a country code, and a break: "00972 51 108 5184", "00 355 68 180 7433" (not
    "00 14 595 598 114": there is no country code 14)."""
    m = COUNTRY_CODE_APART_RE.match(found)
    return m is not None and int(m[1]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE


def bookings_line(text: str, start: int, end: int) -> bool:
    """A grouped international number after "Reservations", "Bookings" and the like."""
    found = text[start:end]
    grouped = found[0] == "+" and re.search(r"[ .()-]", found) is not None
    return grouped and BOOKINGS_BEFORE_RE.search(text, max(0, start - 30), start) is not None


def china_mobiles(text: str, spans: list[Span]) -> list[Span]:
    """In Chinese text an eleven-digit 1[3-9]… is a mobile, written bare ("中介 李婷 1774…")."""
    if not HAN_RE.search(text):
        return []
    found = []
    for m in CHINA_MOBILE_RE.finditer(text):
        if not overlaps(m.span(), spans) and grouping_ok((m.group(),), "CN"):
            found.append(m.span())
    return found


def cued_before(text: str, start: int) -> bool:
    return bool(
        PHONE_CUE_RE.search(text, max(0, start - 40), start)
        or FLUSH_CUE_RE.search(text, max(0, start - 2), start)
        or NUMBER_LEAD_RE.search(text, max(0, start - 50), start)
        or TYPED_VALUE_BEFORE_RE.search(text, max(0, start - 80), start)
        or TEL_LINK_BEFORE_RE.search(text, max(0, start - 80), start)
        or paid_to(text, start)
    )


def paid_to(text: str, start: int) -> bool:
    """Money sent to the number at `start` ("… till 0709550420") with a payment app."""
    return bool(PAID_TO_RE.search(text, max(0, start - 60), start) and names_payment_app(text))


@lru_cache(maxsize=4)
def names_payment_app(text: str) -> bool:
    """(Once a text, not once a number: a long text holds many.)"""
    return PAYMENT_APP_RE.search(text) is not None


def element_phones(text: str) -> list[Span]:
    """The values of markup elements and of data keys named for a phone (<fax>…</fax>,
    "adminMsisdn": "974 2999972") that hold 6–15 digits."""
    found = []
    matches = [*PHONE_ELEMENT_RE.finditer(text)] if "</" in text else []
    for m in [*matches, *PHONE_KEY_RE.finditer(text)]:
        if 6 <= sum(ch.isdigit() for ch in m["number"]) <= 15:
            found.append(m.span("number"))
    return found


def vcard_phones(text: str) -> list[Span]:
    """The values of a vCard's TEL lines that hold 6–15 digits."""
    if "TEL" not in text.upper():
        return []
    found = []
    for m in VCARD_TEL_RE.finditer(text):
        if 6 <= sum(ch.isdigit() for ch in m[1]) <= 15:
            found.append(m.span(1))
    return found


def repeated(text: str, spans: list[Span]) -> list[Span]:
    """Other places the same number is written, in the same or another grouping: "New
    number: 8177 7035" … "8177 7035?", "call (217) 584-4195, again that's 2175844195"."""
    found: list[Span] = []
    known = set(spans)
    for value in {text[a:b] for a, b in spans}:
        pattern = rf"(?<![\d+]){re.escape(value)}(?!\d)"
        found += [m.span() for m in re.finditer(pattern, text) if m.span() not in known]
    numbers = {re.sub(r"\D", "", text[a:b]) for a, b in spans}
    covered = bytearray(len(text))  # (a mask, not a scan of every span per run)
    for a, b in spans + found:
        covered[a:b] = b"\x01" * (b - a)
    for m in PHONE_RUN_RE.finditer(text):
        if re.sub(r"\D", "", m.group()) in numbers and not any(covered[m.start() : m.end()]):
            found.append(m.span())
    return found


def overlaps(span: Span, spans: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def phone_cell(text: str, start: int, end: int) -> bool:
    """A cell under a phone column's header: any country's number, however grouped."""
    cell = text[start:end]
    if INTL_PHONE_RE.fullmatch(cell):
        return True
    return PHONE_RUN_RE.fullmatch(cell) is not None and national_phone_ok(cell, cued=True)


def find_national_phones(text: str, phone_ends: set[int]) -> list[Span]:
    """Numbers without a country code, in their country's grouping or after a cue; the
    next number of a list of phones ("+91-85492-47706 / 02947851874") counts as cued."""
    spans = []
    phone_ends = set(phone_ends)
    for m in PHONE_RUN_RE.finditer(text):
        start, end = m.span()
        if text[start] == "(" and ")" not in m.group():  # "(06 12 34 56 78)": not a group
            start += 1
        opened = text.rfind("(", start + 1, end)
        if opened > 0 and ")" not in text[opened:end]:  # "8 336 817 (2020 census)"
            end = len(text[:opened].rstrip())
        if (
            sum(ch.isdigit() for ch in text[start:end]) < 7
            or CODE_BEFORE_RE.search(text, max(0, start - 20), start)
            or id_named(text, start, end)  # (before the costly check)
            or listed_after_id(text, start)
            or UNIT_AFTER_RE.match(text, end)
            or (end - start == 8 and CEP_BEFORE_RE.search(text, max(0, start - 8), start))
        ):
            continue
        cued = bool(
            cued_before(text, start)
            or PHONE_CUE_AFTER_RE.match(text, end, end + 40)
            or answers_question(text, start, end)
            or any(LIST_SEPARATOR_RE.fullmatch(text, e, start) for e in phone_ends if e <= start)
        )
        if national_phone_ok(text[start:end], cued):
            spans.append((start, end))
            phone_ends.add(end)
    return spans


def contact_list_phones(text: str, spans: list[Span]) -> list[Span]:
    """The other numbers of a contact list, once one of its lines holds a phone under a
    name or a role rather than a phone word ("Mom: +15067529634\nDad: 5064430697"), or a
    heading names the list ("Contacts"): a form's "Telefon: 050 124 4227" above "РНОКПП:
    9545523216" makes no list."""
    if "\n" not in text:
        return []
    if not CONTACT_HEADING_RE.search(text) and not any(
        contact_line(text, a, b) and not PHONE_HEADER_RE.search(line_before(text, a) or "")
        for a, b in spans
    ):
        return []
    found = []
    for m in PHONE_RUN_RE.finditer(text):
        start, end = m.span()
        if overlaps((start, end), spans) or not contact_line(text, start, end):
            continue
        if not id_named(text, start, end) and national_phone_ok(m.group(), cued=True):
            found.append((start, end))
    return found


def line_before(text: str, start: int, reach: int = CONTACT_REACH) -> str | None:
    """What stands before `start` on its line, or None past `reach` characters."""
    line_start = text.rfind("\n", max(0, start - reach), start) + 1
    return None if line_start == 0 and start > reach else text[line_start:start]


def contact_line(text: str, start: int, end: int) -> bool:
    """A line of a contact list: a short label and the number, maybe a note in brackets
    ("Dad: 2125550143", "张建华（房东）5124 7118", "Le gardien : 04 81 75 09 19 (M. Rousseau)"),
    or the number and a name ("616 97 19 43 Montserrat Puig")."""
    before = line_before(text, start)
    line_end = text.find("\n", end, end + CONTACT_REACH)
    if before is None or (line_end < 0 and len(text) > end + CONTACT_REACH):
        return False
    after = text[end : None if line_end < 0 else line_end]
    label = CONTACT_LABEL_RE.fullmatch(before)
    if label and CONTACT_NOTE_RE.fullmatch(after):
        return not NOT_CONTACT_LABEL_RE.search(before)
    bullet = CONTACT_BULLET_RE.fullmatch(before)
    return bullet is not None and CONTACT_NAME_RE.fullmatch(after) is not None


def answers_question(text: str, start: int, end: int) -> bool:
    """The number is all its line says (after a speaker's label), and the line before asks
    for a number: "what's your number again?\nMagnus Berg: 40032798"."""
    found = label_and_line_above(text, start, ANSWER_LINE_RE, ANSWER_WINDOW)
    line_end = text.find("\n", end)
    rest = text[end : None if line_end < 0 else line_end]
    # (the answer may go on: "Kari Solberg, 40 66 27 12. Nøkkelen ligger under trappa")
    if found is None or not ANSWER_REST_RE.match(rest):
        return False
    question = NUMBER_QUESTION_RE.search(found[1])
    return question is not None and not ID_QUESTION_RE.search(question.group())
