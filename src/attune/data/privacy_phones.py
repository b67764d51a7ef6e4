"""Phone numbers: international (+ or 00 and a country code), North-American, and national
ones without a country code ("06 12 34 56 78", "030 901820", "(0161) 496 0000").

National numbers are checked against libphonenumber's metadata in `privacy_phone_plans`;
the words that name a number as an id ("order", "Kundennummer") are in `privacy_phone_ids`,
the numbers' shapes in `privacy_phone_shapes`, contact lists in `privacy_phone_contacts`,
the numbers a record's structure names in `privacy_phone_records`. Here: the cues and
layouts that make a number a phone ("call", "Tel.", a signature's letter, a notes list's
service, an answer to "what's your number?"), and the one pass that puts them together.
"""

from __future__ import annotations

import re
from functools import lru_cache

from attune.data.privacy_cues import PHONE_CUE
from attune.data.privacy_phone_contacts import contact_list_phones
from attune.data.privacy_phone_ids import (
    ID_QUESTION_RE,
    id_column_cells,
    id_named,
    listed_after_id,
)
from attune.data.privacy_phone_plans import (
    grouping_ok,
    keep_compiled_patterns,
    national_phone_ok,
    new_range_dialled,
    valid_international,
)
from attune.data.privacy_phone_records import record_phones
from attune.data.privacy_phone_shapes import (
    INTL_PHONE_RE,
    NANP_PHONE_RE,
    PHONE_HEADER_RE,
    PHONE_RUN_RE,
    digit_count,
)
from attune.data.privacy_tables import (
    cell_values,
    covered_mask,
    header_cells,
    inside_none,
    label_and_line_above,
    outside_cells,
)

Span = tuple[int, int]

# The tail of a longer code: "1Z 999 AA1 01 2345 6784" (a word with a digit right before).
CODE_BEFORE_RE = re.compile(r"(?<!\S)[A-Za-z]*\d[\w-]* $")
CEP_BEFORE_RE = re.compile(r"(?i)\bcep\W{0,3}$")
# A number right after these is a phone even in a weaker shape (no separators) …
PHONE_CUE_RE = re.compile(
    rf"(?i)(?:{PHONE_CUE}"
    # the one-letter labels of signatures and business cards: "T: 020 …", "M. 07700 …"
    r"|(?:^|[\s|(,;])[TMPFHC]\s?[:.](?!\s?S\b)"  # (not a letter's "P.S.")
    # Portuguese "fone" only as a label: "fone de ouvido" (headphones) is a product's
    r"|(?<![^\W\d_])fone\s*:)[^\d\n]{0,20}$"
    # a form's second field: "Telefon 2 = …", "Teléfono 2 | …", "Phone 2: …"
    rf"|(?:{PHONE_CUE})[ \t]*[2-9][ \t]*[:=|][ \t]*$"
    # an emergency contact, named first: "Emergency contact: Michael Reyes (spouse) — …"
    r"|emergency\s+contact\b[^\d\n]{0,50}$"
    # a relative's number in a parents' group: "Luca's grandma 60388763 pls add"
    r"|['’]s[ \t]+(?:grandma|grandpa|granny|nan|mum|mom|dad)[ \t]*:?[ \t]*$"
    # a booking's agency, named before its number: "Agent: Alder Travel, 2164-7717"
    r"|(?:^|\n)agent:[^\d\n,]{0,30}\b(?:travel|tours|agency|reisen|viajes|voyages|holidays)"
    r"[^\d\n,]{0,20},[ \t]*$"
)
# A contact block's e-mail address, then " / " and a grouped number: "bq@junip.com.pk /
# (042) 410 35335" (not a log's "jane@acme.com|1699999999").
MAIL_BEFORE_RE = re.compile(r"@[\w-]+(?:\.[\w-]+)+[ \t]+[/·•][ \t]+\Z")
GROUPED_START_RE = re.compile(r"[+(]|\d{1,4}[ (-]")
# A notes list's line for a service, maybe with a name: "- taxi 9023 3469", "- vet 76 40 03
# 53", "- landlord Ivo: 661 9366" (not "taxi fare 1234567", "Our landlord charges …").
SERVICE_LINE_RE = re.compile(
    r"(?i)(?:^|\n)[ \t]*(?:[-*•][ \t]*)?(?:taxi|cab|vet|landlord|landlady)"
    r"(?:[ \t]+(?-i:[A-Z])[^\W\d_]+)?[ \t]*:?[ \t]*\Z"
)
BLOCK_REACH = 64
# A label with its letters spaced out, as a scan's OCR or a letterhead writes it: "Т е л . :",
# "ტ ე ლ . :", "Đ T :".
SPACED_LABEL_RE = re.compile(
    r"(?<![^\W\d_] )((?:[^\W\d_] ){1,5}[^\W\d_])[ \t]*\.?[ \t]*[:：][ \t]*\Z"
)
# A second line's "direct" or "backup", a support line's name, flush before a grouped number:
# "Main line 054 3488, direct 649 5742", "· backup 982-8233068", "Support (AT): 0043 1 …"
# (not "backup 4471882 bytes sent", "support 88213345 in your reply").
FLUSH_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:direct|backup|support)(?:[ \t]*\([^()\n]{1,12}\))?[ \t]*:?[ \t]*\Z"
)
GROUPED_NUMBER_RE = re.compile(r"[+(]|\d{1,5}[ .-]\d")
# An iCalendar's label after an escaped newline: "DESCRIPTION:…\\nBackup line: 046 000 705".
ESCAPED_LINE_LABEL_RE = re.compile(r"\\n([^\W\d_][^\d\\\n:]{0,24}):[ \t]*\Z")
# A coordinate, beside its pair's other half: "lat/lon 26.126830, 164.824702".
COORDINATE_RE = re.compile(r"\d{1,3}\.\d{4,}")
COORDINATE_BEFORE_RE = re.compile(r"-?\d{1,3}\.\d{4,},[ \t]*\Z")
COORDINATE_AFTER_RE = re.compile(r",[ \t]*-?\d{1,3}\.\d{4,}")
# Chinese "call" and "dial", only flush against the number: "打8115-7089找我" (打 alone
# is part of too many words to be a cue further off).
# (and "please dial" a space before it: "请拨打 9434 7375", not "拨打次数：…", the calls' count)
FLUSH_CUE_RE = re.compile(r"(?:打|拨|(?:请|請)?(?:拨打|撥打)[ \t])\Z")
# Between two numbers of a list of phones: "…47706 / 0294…", "…, 0812…", "… or 0412…".
# (maybe whose it is, or that it was the old one: "… or my partner 70 195 803", "…, old was
# (011) 15 3712-6128")
LIST_SEPARATOR_RE = re.compile(
    r"(?i)\s*(?:[/,;|]|or|o|ou|oder|of|eller|или|або|או|أو|或)\s*"
    r"(?:(?:my|her|his|our)\s+(?:partner|wife|husband|mum|mom|dad|mother|father|son|daughter"
    r"|brother|sister|office|work|home|cell|mobile|landline)\s*|old(?:\s+one)?\s+was\s*)?"
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
REPEAT_SEARCH_VALUES = 50
LIST_SEPARATOR_REACH = 40  # (a separator between two phones is shorter)
# A contacts API's typed value: "phoneNumbers": [{"type": "mobile", "value": "701 0670"}],
# or the same in YAML ("- type: fax\n  number: "459 54 044"").
# (YAML's types only a phone's: "type: work\nvalue: 86400000" is a setting)
TYPED_VALUE_BEFORE_RE = re.compile(
    r"""(?i)(?:"type"\s*:\s*"(?:mobile|cell|home|work|main|fax|landline|other)"\s*,"""
    r"""|["']?type["']?\s*:\s*["']?(?:mobile|cell|fax|landline)["']?\s*\n)"""
    r"""\s*["']?(?:value|number)["']?\s*:\s*["']?\Z"""
)
# A web page's link text: <a href="tel:+2348010535474">08010535474</a>.
TEL_LINK_BEFORE_RE = re.compile(r"""(?i)href=["']tel:[^"'\n]{0,30}["'][^>\n]{0,40}>\s*\Z""")
CURRENCY_CODES = "EUR|USD|GBP|CHF|PLN|SEK|NOK|DKK|CZK|HUF|RON|JPY|CNY|INR|BRL|AUD|CAD"
# A unit after the number makes it a measure: "c = 299 792 458 m/s", "1 250 000 km".
UNIT_AFTER_RE = re.compile(
    rf"[ \u00a0]?(?:m/s|km/h|km|kg|mm|cm|ml|mg|m|g|l|°|%|€|\$|kr|zł|Ft|Kč|{CURRENCY_CODES})"
    r"(?![^\W\d_]|\.\w)"
)
# … or a currency before an amount with cents: "CHF 94260.37", "R$ 35 590.46".
CURRENCY_BEFORE_RE = re.compile(rf"(?:{CURRENCY_CODES}|€|\$|£|¥|₹)[ \u00a0]?\Z")
CENTS_RE = re.compile(r".*[.,]\d{2}")
# … and, after an uncued number, a count's noun: "593 916 243 steps".
COUNT_AFTER_RE = re.compile(
    r" (?:steps|units|pcs|pieces|items|views|words|likes|followers|subscribers|clicks"
    r"|impressions|kcal|calories|visits|downloads|users|records|rows|bytes|files)(?![^\W\d_])"
)
LEADER_BEFORE_RE = re.compile(r"[^\W\d_][ \t]*\.{3,}[ \t]*\Z")  # "Zuzana Horváthová ...... 0042…"
BOOKINGS_BEFORE_RE = re.compile(
    r"(?i)\b(?:reservations|bookings|reservas|réservations|reservierungen|prenotazioni"
    r"|orders|objednávky|zamówienia|bestellungen|commandes|pedidos|ordini)\W{0,3}\Z"
)
# A signature's or business card's bare letter: "F 0044 113 …", "T 0167 47468" (at a line's
# start, group "line").
LETTER_LABEL_RE = re.compile(r"(?:(?P<line>(?:^|\n)[ \t]*)|(?<=[\s|(,;]))[TMFC][ \t]+\Z")
LETTER_LABEL_REACH = 8
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
        digits = digit_count(found)
        # "00" + digits with no separator is as likely an order id as a phone number,
        # unless a cue says otherwise ("Farsími: 003546157273").
        bare_00 = found.startswith("00") and not re.search(r"[ .()-]", found)
        if not 9 <= digits <= 15 or (bare_00 and not cued_before(text, m.start())):
            continue
        # A 00 is a dialling prefix only before a valid number ("002-41-0000" is no phone),
        # or after a cue (or a directory's dotted leader) a grouped one of its country code's
        # length: people write plans' new ranges before libphonenumber knows them ("Tel 00972
        # 51 108 5184", "Zuzana Horváthová ...... 00421 2 1188 2985").
        if found.startswith("00") and not (
            valid_international(found[2:].lstrip())
            or (
                new_range_dialled(found)
                and (intl_cued(text, m.start()) or leader_before(text, m.start()))
            )
        ):
            continue
        spans.append(m.span())
    spans.extend(m.span() for m in NANP_PHONE_RE.finditer(text))
    spans.extend(find_national_phones(text, {end for _, end in spans}))
    phone_cells = header_cells(text, PHONE_HEADER_RE)
    values = [value for cell in phone_cells for value in cell_values(text, cell)]
    spans.extend(value for value in values if phone_cell(text, *value))
    spans += record_phones(text)  # (where they overlap the others, the longest is kept)
    spans += china_mobiles(text, spans)
    spans = without_ids(text, spans)
    spans = outside_cells(text, spans, id_column_cells(text, exclude=phone_cells))
    spans += contact_list_phones(text, spans)
    return spans + repeated(text, spans)


def leader_before(text: str, start: int) -> bool:
    """A directory's dotted leader before the number, on its line."""
    line_start = text.rfind("\n", 0, start) + 1
    return LEADER_BEFORE_RE.search(text, line_start, start) is not None


def without_ids(text: str, spans: list[Span]) -> list[Span]:
    """The spans not named as ids, nor inside one that is ("Zamówienie nr +48 22 123 45 67":
    not its national "22 123 45 67" either). A business's line for bookings is named like an
    id, and kept: "Reservations +1-780-299-2911"."""
    ids = [s for s in spans if not bookings_line(text, *s) and id_or_listed(text, *s)]
    if not ids:
        return spans
    named = set(ids)
    return inside_none(len(text), [s for s in spans if s not in named], ids)


def id_or_listed(text: str, start: int, end: int) -> bool:
    return id_named(text, start, end) or listed_after_id(text, start, end)


def intl_cued(text: str, start: int) -> bool:
    """A cue, or before an international number a card's bare letter: "F 0044 113 …"."""
    return cued_before(text, start) or bool(
        LETTER_LABEL_RE.search(text, max(0, start - LETTER_LABEL_REACH), start)
    )


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
        PHONE_CUE_RE.search(text, max(0, start - 64), start)
        or FLUSH_CUE_RE.search(text, max(0, start - 4), start)
        or NUMBER_LEAD_RE.search(text, max(0, start - 50), start)
        or TYPED_VALUE_BEFORE_RE.search(text, max(0, start - 80), start)
        or TEL_LINK_BEFORE_RE.search(text, max(0, start - 80), start)
        or paid_to(text, start)
        or letter_line(text, start)
        or block_cued(text, start)
    )


def coordinate(text: str, start: int, end: int) -> bool:
    """A decimal beside its pair's other half, as a coordinate is written."""
    return COORDINATE_RE.fullmatch(text, start, end) is not None and bool(
        COORDINATE_BEFORE_RE.search(text, max(0, start - 16), start)
        or COORDINATE_AFTER_RE.match(text, end)
    )


def block_cued(text: str, start: int) -> bool:
    """Cued by the line or block it stands in: a notes list's service, a scan's spaced-out
    label, an iCalendar's escaped line, a second line's label flush before a grouped number,
    or an e-mail address right before a grouped number."""
    window = max(0, start - BLOCK_REACH)
    if SERVICE_LINE_RE.search(text, window, start):
        return True
    spaced = SPACED_LABEL_RE.search(text, window, start)
    if spaced and PHONE_HEADER_RE.fullmatch(spaced[1].replace(" ", "")):
        return True
    escaped = ESCAPED_LINE_LABEL_RE.search(text, window, start)
    if escaped and PHONE_HEADER_RE.search(escaped[1]):
        return True
    if FLUSH_LABEL_RE.search(text, window, start) and GROUPED_NUMBER_RE.match(text, start):
        return True
    mail = MAIL_BEFORE_RE.search(text, window, start)
    # (a bare number after the address when a cue stands before it: "Questions: billing@… /
    # 43600131")
    return mail is not None and (
        GROUPED_START_RE.match(text, start) is not None or cued_before(text, mail.start())
    )


def letter_line(text: str, start: int) -> bool:
    """A signature's line: its bare letter, then a number after a trunk 0 or a + ("T 0167
    47468"), not a table's row ("M 34 52000": sex, age, income)."""
    if text[start] not in "0+":
        return False
    label = LETTER_LABEL_RE.search(text, max(0, start - LETTER_LABEL_REACH), start)
    return label is not None and label["line"] is not None


def paid_to(text: str, start: int) -> bool:
    """Money sent to the number at `start` ("… till 0709550420") with a payment app."""
    return bool(PAID_TO_RE.search(text, max(0, start - 60), start) and names_payment_app(text))


@lru_cache(maxsize=4)
def names_payment_app(text: str) -> bool:
    """(Once a text, not once a number: a long text holds many.)"""
    return PAYMENT_APP_RE.search(text) is not None


def repeated(text: str, spans: list[Span]) -> list[Span]:
    """Other places the same number is written, in the same or another grouping: "New
    number: 8177 7035" … "8177 7035?", "call (217) 584-4195, again that's 2175844195"."""
    found: list[Span] = []
    known = set(spans)
    values = {text[a:b] for a, b in spans}
    # (each value is a pass over the text: a directory of thousands is read by digits only)
    for value in values if len(values) <= REPEAT_SEARCH_VALUES else ():
        pattern = rf"(?<![\d+]){re.escape(value)}(?!\d)"
        found += [m.span() for m in re.finditer(pattern, text) if m.span() not in known]
    numbers = {re.sub(r"\D", "", text[a:b]) for a, b in spans}
    covered = covered_mask(len(text), spans + found)
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
            digit_count(text[start:end]) < 7
            or CODE_BEFORE_RE.search(text, max(0, start - 20), start)
            or id_named(text, start, end)  # (before the costly check)
            or listed_after_id(text, start, end)
            or UNIT_AFTER_RE.match(text, end)
            or coordinate(text, start, end)
            or (
                CENTS_RE.fullmatch(text, start, end)
                and CURRENCY_BEFORE_RE.search(text, max(0, start - 5), start)
            )
            or (end - start == 8 and CEP_BEFORE_RE.search(text, max(0, start - 8), start))
        ):
            continue
        cued = bool(
            cued_before(text, start)
            or PHONE_CUE_AFTER_RE.match(text, end, end + 40)
            or answers_question(text, start, end)
            or any(
                LIST_SEPARATOR_RE.fullmatch(text, e, start)
                for e in range(max(0, start - LIST_SEPARATOR_REACH), start + 1)
                if e in phone_ends
            )
        )
        if not cued and COUNT_AFTER_RE.match(text, end):
            continue
        if national_phone_ok(text[start:end], cued):
            spans.append((start, end))
            phone_ends.add(end)
    return spans


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
