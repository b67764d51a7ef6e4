"""Phone numbers: international (+ or 00 and a country code), North-American, and national
ones without a country code ("06 12 34 56 78", "030 901820", "(0161) 496 0000").

National numbers are checked against libphonenumber's metadata (`phonenumbers`, pure
Python, offline): no hand-written table knows which of "030 901820" and "0123 456 789" is a
real number plan, nor how each country groups its digits. Written around it by hand: the
cues that make a number a phone ("call", "Tel.") or an id ("order", "invoice").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

from attune.data.privacy_cues import PHONE_GLYPHS, PHONE_WORDS, cue_pattern
from attune.data.privacy_tables import column_cells, label_and_line_above

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
    rf"(?:\(\+[1-9]\d{{0,2}}\)|(?:\+|(?<!\d )00)[1-9]\d{{0,2}})"
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
# Days and months are at most 31 ("0217 96 96" is a Bulgarian number, not a date).
DATE_SHAPE_RE = re.compile(
    r"[0-3]?\d([ ./-])[0-3]?\d\1(?:\d{2}|\d{4})|(?:1[89]|20)\d\d([ ./-])[01]?\d\2[0-3]?\d"
)
# Dates and seasons that reach eight digits: "20230115", "2023/2024"; and a Brazilian
# postcode (CEP) "01310-100", which Turkish "cep" (mobile) numbers never look like; a US
# ZIP+4 "39539-1207".
COMPACT_DATE_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
NOT_PHONE_SHAPE_RE = re.compile(r".*(?:19|20)\d\d/(?:19|20)?\d\d\b.*|\d{5}-\d{3}")
ZIP4_RE = re.compile(r"\d{5}-\d{4}")
CEP_BEFORE_RE = re.compile(r"(?i)\bcep\W{0,3}$")
# A number right after these is a phone even in a weaker shape (no separators) …
PHONE_CUE = cue_pattern(PHONE_WORDS, PHONE_GLYPHS)
PHONE_CUE_RE = re.compile(
    rf"(?i)(?:{PHONE_CUE}"
    # the one-letter labels of signatures and business cards: "T: 020 …", "M. 07700 …"
    r"|(?:^|[\s|(,;])[TMPFHC]\s?[:.])[^\d\n]{0,20}$"
)
# Chinese "call" and "dial", only flush against the number: "打8115-7089找我" (打 alone
# is part of too many words to be a cue further off).
FLUSH_CUE_RE = re.compile(r"(?:打|拨)\Z")
# Between two numbers of a list of phones: "…47706 / 0294…", "…, 0812…", "… or 0412…".
LIST_SEPARATOR_RE = re.compile(r"(?i)\s*(?:[/,;|]|or|o|ou|oder|of|eller|или|або|או|أو|或)\s*")
PHONE_HEADER_RE = re.compile(rf"(?i){PHONE_CUE}")  # a table's "Phone" or "Mobil" column
PHONE_WORD_RE = re.compile(rf"(?i)(?:{PHONE_CUE}|ruf|fax|puhelin|telefoon|mobiil)")
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
# A field named by a compound ending in "number" that is no phone word: "Personnummer:",
# "CPR-nummer:", "Ärendenummer:", "Henkilötunnus:", "asiakasnumero:" — an id.
COMPOUND_ID_RE = re.compile(
    r"(?i)(?<![^\W\d_])([^\W\d_]{2,}?)-?(?:nummer|nommer|numero|tunnus)\s*[:：.]?\s*\Z"
)
# A contact list's line: a label of a few words (a name, a role, a place) before the number,
# nothing after it but a note in brackets; or a name after it.
CONTACT_LABEL_RE = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?[^\W\d_][^\d\n]{0,38}?[ \t]*[:：–—-]?[ \t]*")
CONTACT_NOTE_RE = re.compile(r"[ \t]*(?:[(（][^\d\n()（）]{1,40}[)）])?[ \t.]*")
CONTACT_REACH = 60  # a contact list's label or name is shorter
CONTACT_BULLET_RE = re.compile(r"[ \t]*(?:[-•*·][ \t]*)?")
CONTACT_NAME_RE = re.compile(
    r"[ \t]+(?:[(（][^\W\d_][^\d\n()（）]{1,40}[)）]|[^\W\d_][^\d\n]{1,40})[ \t]*"
)
# … whose label is no amount, date, count or code: "Total: 1249900", "Build: 20240115".
NOT_CONTACT_LABEL_RE = re.compile(
    r"(?i)(?<![^\W\d_])(?:total|amount|sum|price|betrag|summe|montant|importe|prezzo|date|datum"
    r"|fecha|time|version|build|size|count|qty|quantity|no|nr|n°|nº|id|key|token|hash|port"
    r"|room|zimmer|seat|gate|flight|vuelo|vol|flug|balance|saldo|score|views|downloads)(?![^\W\d_])|#"
)
# A contacts API's typed value: "phoneNumbers": [{"type": "mobile", "value": "701 0670"}].
TYPED_VALUE_BEFORE_RE = re.compile(
    r'(?i)"type"\s*:\s*"(?:mobile|cell|home|work|main|fax|landline|other)"\s*,\s*"value"\s*:\s*"\Z'
)
SENT_TO_AFTER_RE = re.compile(r"\s*(?:पर|पे)\s+(?:आएगा|आएगी|आयेगा|भेज)")
HAN_RE = re.compile(r"[\u4e00-\u9fff]")
CHINA_MOBILE_RE = re.compile(
    r"(?<![\d+\w])1[3-9]\d{9}(?![\d\w])|(?<=[\u4e00-\u9fff])1[3-9]\d{9}(?!\d)"
)
# … but not for an id's: "Nomor resinya berapa?" (the receipt's), "your order number?".
ID_QUESTION_RE = re.compile(
    r"(?i)\b(?:resi\w*|order|pesanan|tracking|booking|invoice|ticket|ref\w*|account|rekening"
    r"|konto|pedido|commande|bestell\w*|заказ\w*)"
)
# … or followed, in the same sentence, by one: "8158095787 (call after 11 am)".
PHONE_CUE_AFTER_RE = re.compile(rf"(?i)[^\d\n.!?。]{{0,30}}?(?:{PHONE_CUE})")
# Ids named in scripts written without spaces: "주문번호", "マイナンバー", "계좌번호".
NOT_PHONE_GLYPHS_RE = re.compile(
    r"(?:注文番号|個人番号|年金番号|マイナンバー|口座番号|会員番号|订单号|訂單號|身份证号|주문번호|주민등록번호"
    r"|계좌번호|송장번호|회원번호|사업자등록번호|आधार)[^\d\n]{0,12}$"
)
# … and never after these, whose numbers are ids ("order 0123 456 789").
NOT_PHONE_CUE_RE = re.compile(
    r"(?i)\b(?:(?:order|invoice|inv|ref|r[eé]f[eé]rence|account|acct|ticket|case|tracking"
    r"|parcel|shipment|isbn|issn|routing|aba|iban|bic|sort\s+code|serial|sku|item|part"
    r"|transaction|txn|confirmation|booking|reservation|policy|claim|id|(?-i:PO)"
    # (not a code asked for: "call me if it asks for a code +1…")
    r"|passport|licen[cs]e|vat|tax|(?<!\ba )code|otp|pin|passcode|zip|zipcode|postcode|plz|ssn|ein"
    r"|d-?u-?n-?s|imei|iccid|vin|siret|siren|product|model|batch|lot|company|registration"
    # other countries' national and tax ids, which libphonenumber may take for phones
    r"|sin|social\s+insurance|nhs|tfn|tax\s+file|medicare|taj|cpf|cnpj|kimlik|aadhaar|pan"
    r"|nric|bsn|pesel|dni|nie|curp|rfc|rut|cuit|codice\s+fiscale|registre\s+national"
    r"|rijksregister\w*|national\s+id|awb|acc|bsb|meter|pnr|sozialversicherung\w*|sv-?n(?:umme)?r"
    r"|org\.?\s*nr|orgnr|organisa(?:sjons|tions)nummer|y-tunnus|kvk|viite\w*|abn|acn|инн|αφμ"
    r"|oib|broj\s+(?:kupca|računa|narudžbe|pošiljke|ugovora)|mã\s+đơn(?:\s+hàng)?"
    # lottery draws: "Winning numbers: 04 11 23 35 42"
    r"|winning\s+numbers|lotto|lottery|loto|numéros\s+gagnants"
    # the same ids in the languages people write to attune in (German, French, Spanish,
    # Italian, Dutch): "Kundennummer", "USt-IdNr.", "n° de commande", "factura" …
    r"|kunden\w*|rechnung\w*|bestell\w*|auftrags\w*|vertrags\w*|steuer\w*|ust-?idnr"
    r"|ust-?id|referenz|aktenzeichen|commande|facture|dossier|pedido|factura"
    r"|ordine|fattura|bestelling|factuur|klantnummer|btw|tva|nif|cif|p\.?\s?iva)s?\b\.?"
    # "Référence client : 02 1790 0994", "Référence contrat : 803 515 203"
    r"(?:\s+(?:client|cliente|customer|contrat|contract|contrato|contratto))?"
    r"(?:\s*reg(?:istration|istered)?\.?)?\s*(?:no\.?|nr\.?|n°|nº|num(?:ber|éro|ero)?\.?|#|id"
    r"|szám|broj|číslo|nummer|număr|numara)?"
    r"(?:\s*\([^()\n]{0,24}\))?"  # "SIN (optional): …", "Social Insurance Number (SIN): …"
    # written the other way round: "numéro client", "número de cliente"
    r"|(?:num(?:ber|éro|ero)|n°|nº)\s*(?:de\s+|du\s+)?(?:client|cliente|customer|membre|socio)"
    # a customer's or member's number is named as one: "Customer no." (not "Customer: …",
    # nor "Atendimento ao cliente: (92) …", which is a phone)
    r"|(?:customer|client|cliente|member(?:ship)?|klant|mitglied\w*)s?\s*"
    r"(?:no\.?|nr\.?|n°|nº|num(?:ber|éro|ero)?\.?|#|id|code)"
    r")\s*(?:is|was|es|est|ist|lautet|:|#|\.|=|-)?\s*(?:(?-i:[A-Z]{2})\s?)?$"
)
# Regions whose national numbers start with a trunk 0 (in Italy a 0 that is part of the
# number), and those whose numbers have none but a fixed grouping (Spain "912 345 678",
# Italian mobiles, the US "415 555 0132"). After a cue any region will do (`cued_phone_ok`).
# fmt: off
TRUNK_REGIONS: tuple[str, ...] = ("FR", "DE", "GB", "IT", "NL", "BE", "CH", "AT", "IE", "SE",
                                  "FI", "AU", "NZ", "JP", "KR", "CN", "IN", "ZA", "TR", "IL",
                                  "HU")
NO_TRUNK_REGIONS = ("ES", "PT", "IT", "US", "BR")
# fmt: on
# (Belarus writes its trunk as "8 0": "8 0152 82-98-98", which no region's sieve reads.)
COMMON_REGIONS = tuple(dict.fromkeys((*TRUNK_REGIONS, *NO_TRUNK_REGIONS, "RU", "KZ", "BY")))
NATIONAL = phonenumbers.PhoneNumberFormat.NATIONAL
MOBILE_TYPES = (
    phonenumbers.PhoneNumberType.MOBILE,
    phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
)


@lru_cache(maxsize=4096)
def grouping_ok(
    groups: tuple[str, ...], region: str, strict: bool = True, exact: bool = False
) -> bool:
    """A valid number of `region`, its digit groups split where the region splits them.

    The first break must be the format's (the area code split off right), then either
    every other break falls on one of the format's ("0171 1234567", "02 1234 5678") or
    the rest is in groups of 2–4 ("030 90 18 20"): "0612 345 678" is not how anyone
    writes a French number. Not `strict` (after a cue), any grouping will do.
    """
    digits = "".join(groups)
    try:
        number = phonenumbers.parse(digits, region)
    except phonenumbers.NumberParseException:
        return False
    # Valid for the country code, not only the region: 07911 is a Jersey range of +44.
    if not phonenumbers.is_valid_number(number):
        return False
    formatted = re.findall(r"\d+", phonenumbers.format_number(number, NATIONAL))
    if "".join(formatted) != digits:  # the parse reinterpreted a prefix
        return False
    if len(groups) == 1 or not strict:
        return True
    breaks = [sum(len(g) for g in groups[: i + 1]) for i in range(len(groups) - 1)]
    known = {sum(len(g) for g in formatted[: i + 1]) for i in range(len(formatted) - 1)}
    if len(groups) == 2 and phonenumbers.number_type(number) in MOBILE_TYPES:
        # Mobiles are written after their network prefix ("0151-23456789"), which the
        # metadata does not always split off ("01512 3456789").
        return 3 <= len(groups[0]) <= (6 if digits[0] == "0" else 5)  # "081804 18198"
    if not known or breaks[0] != min(known):
        return False
    # Pairs are how trunk-0 countries write ("06 12 34 56 78"); without a trunk 0 people
    # write threes and fours ("612 345 678", "347 123 4567"), and pairs are any digits.
    shortest = 3 if exact else 2
    return set(breaks) <= known or all(shortest <= len(g) <= 4 for g in groups[1:])


NumberPlan = tuple[str, str, frozenset[int], re.Pattern[str]]  # region, trunk, lengths, pattern


@lru_cache(maxsize=1)
def number_plans() -> tuple[NumberPlan, ...]:
    """Each region's trunk prefix, number lengths, and one pattern for its fixed and mobile
    numbers, compiled once: a sieve far quicker than parsing the number for 245 regions."""
    plans = []
    for region in sorted(phonenumbers.SUPPORTED_REGIONS):
        metadata = phonenumbers.PhoneMetadata.metadata_for_region(region)
        if metadata is None or metadata.general_desc is None:
            continue
        kinds = [d.national_number_pattern for d in (metadata.fixed_line, metadata.mobile) if d]
        if not kinds or not all(kinds):
            continue
        lengths = frozenset(metadata.general_desc.possible_length or ())
        pattern = re.compile("|".join(f"(?:{kind})" for kind in kinds))
        plans.append((region, metadata.national_prefix or "", lengths, pattern))
    return tuple(plans)


def plausible_regions(digits: str) -> Iterator[str]:
    """The regions whose fixed or mobile numbers `digits` fits, after their trunk prefix
    (lazily: a caller may stop at the first)."""
    for region, trunk, lengths, pattern in number_plans():
        national = digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits
        if len(national) in lengths and pattern.fullmatch(national):
            yield region


def cued_phone_ok(groups: tuple[str, ...]) -> bool:
    """A valid fixed or mobile number of any region, however grouped: the common regions
    through libphonenumber, then every region's own patterns."""
    if any(grouping_ok(groups, region, strict=False) for region in COMMON_REGIONS):
        return True
    return next(plausible_regions("".join(groups)), None) is not None


def national_phone_ok(run: str, cued: bool) -> bool:
    """A national number ("06 12 34 56 78", "1-800-829-1040"), or with a cue a bare one."""
    groups = tuple(re.findall(r"\d+", run))
    digits = "".join(groups)
    if not_phone_shape(run, groups, cued):
        return False
    if groups[0] == "1" and len(digits) == 11:  # the North-American trunk prefix
        return grouping_ok(groups[1:], "US", not cued)
    if cued:
        return cued_phone_ok(groups)
    regions = TRUNK_REGIONS if digits[0] == "0" else NO_TRUNK_REGIONS
    if digits[0] == "8" and len(digits) == 11:  # Russia's and Kazakhstan's trunk 8
        if digits[1] == "9" and len(groups) >= 3:  # a mobile, however grouped: "8904 95 25 909"
            return grouping_ok(groups, "RU", strict=False)
        regions += ("RU", "KZ")
    exact = digits[0] != "0"
    if any(grouping_ok(groups, region, True, exact) for region in regions):
        return True
    return len(groups) >= 3 and len(digits) >= 9 and written_as_somewhere(groups)


def not_phone_shape(run: str, groups: tuple[str, ...], cued: bool) -> bool:
    """Shapes that are something else: too short or long, dates, postcodes, ISBNs, SSNs."""
    digits = "".join(groups)
    # After a cue: "0800 3456152345" (a German toll-free number), "414-4696" (Iceland's
    # seven digits, grouped).
    shortest = 7 if cued and len(groups) > 1 else 8
    longest = 14 if cued else 13
    if not shortest <= len(digits) <= longest or digits.startswith("00"):
        return True
    if DATE_SHAPE_RE.fullmatch(run) or COMPACT_DATE_RE.fullmatch(digits):
        return True
    if NOT_PHONE_SHAPE_RE.fullmatch(run):
        return True
    if not cued and (ZIP4_RE.fullmatch(run) or len(groups) == 1):
        # "07452-9862" after "Festnetz" is a phone; a bare digit run is as likely an id
        return True
    # ISBNs ("0-306-40615-2") have one-digit groups (not after a cue: "Tel. (06 1) 991
    # 2250"), SSNs three, two and four digits; "650 000 000" is a count.
    if any(len(g) == 1 for g in groups[1:]) and not cued:
        return True
    if [len(g) for g in groups] == [3, 2, 4]:
        return True
    return len(groups) > 2 and all(len(g) == 3 for g in groups[1:]) and "000" in groups[1:]


def written_as_somewhere(groups: tuple[str, ...]) -> bool:
    """Grouped exactly as some region writes its own valid numbers ("694 605 4357")."""
    digits = "".join(groups)
    for region in plausible_regions(digits):
        number = phonenumbers.parse(digits, region)
        written = re.findall(r"\d+", phonenumbers.format_number(number, NATIONAL))
        if tuple(written) == groups and phonenumbers.is_valid_number(number):
            return True
    return False


@lru_cache(maxsize=1)
def keep_compiled_patterns() -> None:
    """Ask phonenumbers to keep its compiled patterns: over all regions they overflow `re`'s
    own cache of 512 and are compiled again on every call (30 ms a number). On first use,
    not at import."""
    enable = getattr(phonenumbers, "enable_pattern_cache", None)  # phonenumbers ≥ 9
    if enable is not None:
        enable()


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
        # A 00 is a dialling prefix only before a valid number ("002-41-0000" is no phone).
        if found.startswith("00") and not valid_international(found[2:]):
            continue
        spans.append(m.span())
    spans.extend(m.span() for m in NANP_PHONE_RE.finditer(text))
    spans.extend(find_national_phones(text, {end for _, end in spans}))
    spans.extend(cell for cell in column_cells(text, PHONE_HEADER_RE) if phone_cell(text, *cell))
    spans.extend(vcard_phones(text))
    spans += china_mobiles(text, spans)
    spans = [s for s in spans if not id_named(text, *s)]
    spans += contact_list_phones(text, spans)
    return spans + repeated(text, spans)


def china_mobiles(text: str, spans: list[Span]) -> list[Span]:
    """In Chinese text an eleven-digit 1[3-9]… is a mobile, written bare ("中介 李婷 1774…")."""
    if not HAN_RE.search(text):
        return []
    found = []
    for m in CHINA_MOBILE_RE.finditer(text):
        if not overlaps(m.span(), spans) and grouping_ok((m.group(),), "CN"):
            found.append(m.span())
    return found


def valid_international(number: str) -> bool:
    """`number` (after its + or 00) is a valid number of its country code."""
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + number))
    except phonenumbers.NumberParseException:
        return False


def cued_before(text: str, start: int) -> bool:
    return bool(
        PHONE_CUE_RE.search(text, max(0, start - 40), start)
        or FLUSH_CUE_RE.search(text, max(0, start - 2), start)
        or NUMBER_LEAD_RE.search(text, max(0, start - 50), start)
        or TYPED_VALUE_BEFORE_RE.search(text, max(0, start - 80), start)
    )


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
    for value in {text[a:b] for a, b in spans}:
        pattern = rf"(?<![\d+]){re.escape(value)}(?!\d)"
        found += [m.span() for m in re.finditer(pattern, text) if m.span() not in spans]
    numbers = {re.sub(r"\D", "", text[a:b]) for a, b in spans}
    for m in PHONE_RUN_RE.finditer(text):
        if re.sub(r"\D", "", m.group()) in numbers and not overlaps(m.span(), spans + found):
            found.append(m.span())
    return found


def overlaps(span: Span, spans: list[Span]) -> bool:
    return any(a < span[1] and span[0] < b for a, b in spans)


def id_named(text: str, start: int, end: int) -> bool:
    """Named as an id, unless the words after it send something to it: Hindi "OTP 98… पर
    आएगा" (the OTP will come to 98…)."""
    return named_as_id(text, start) and not SENT_TO_AFTER_RE.match(text, end)


def named_as_id(text: str, start: int) -> bool:
    """The number at `start` follows a word that makes it an id ("order", "注文番号")."""
    window = max(0, start - 40)
    return bool(
        NOT_PHONE_CUE_RE.search(text, window, start)
        or NOT_PHONE_GLYPHS_RE.search(text, window, start)
        or compound_id(text, window, start)
    )


def compound_id(text: str, window: int, start: int) -> bool:
    """ "Personnummer:", not "Telefonnummer:" nor "Handynummer:"."""
    compound = COMPOUND_ID_RE.search(text, window, start)
    if compound is None:
        return False
    word = compound[0].rstrip(" :：.")
    return not (PHONE_WORD_RE.fullmatch(compound[1]) or PHONE_WORD_RE.fullmatch(word))


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
    name or a role rather than a phone word ("Mom: +15067529634\nDad: 5064430697"): a form's
    "Telefon: 050 124 4227" above "РНОКПП: 9545523216" makes no list."""
    if "\n" not in text or not any(
        contact_line(text, a, b) and not PHONE_HEADER_RE.search(line_before(text, a) or "")
        for a, b in spans
    ):
        return []
    found = []
    for m in PHONE_RUN_RE.finditer(text):
        start, end = m.span()
        if overlaps((start, end), spans) or not contact_line(text, start, end):
            continue
        if not named_as_id(text, start) and national_phone_ok(m.group(), cued=True):
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
