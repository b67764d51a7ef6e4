"""Dates of birth and postal addresses: the entities that need context, not a checksum.

A date alone is not personal (meetings, deadlines, releases); a date next to "born",
"date of birth", "DOB", "geboren", "né le" … is. So DOB pairs date regexes (numeric, ISO,
and spelled-out months in English, German, French, Spanish, Italian, Dutch and Portuguese)
with a cue window and a calendar check; only the date is the span.

ADDRESS anchors on a house number next to a street word (Street, Rd, -straße, rue, Calle,
Via, ul., -gata, -vej …) or on a Japanese block number ("4-2-8 Shibakoen, Minato-ku"),
because a number or a street word alone is everywhere ("Room 12", "road map"), then
extends the span over a flat or floor, a following city, state and ZIP, UK postcode, or
European postcode and city, on the same line or the next. PO boxes count too. The span
ends before a sentence's full stop ("… 75002 Paris." keeps "Paris"). Written by hand:
usaddress parses but does not find addresses, pyap covers only US/CA/UK, and libpostal
(`postal`) needs a C library and a 2 GB model download, so none fits offline use on
every machine.
"""

from __future__ import annotations

import bisect
import re
from datetime import date

Span = tuple[int, int]

# ---------------------------------------------------------------- dates of birth

# Month names and abbreviations → number, in the languages the cue words cover.
MONTH_NAMES: dict[str, int] = {
    name: number
    for number, names in enumerate(
        (
            "january jan januar jänner janvier janv enero gennaio januari janeiro",
            "february feb februar février fevrier févr fevr febrero febbraio februari fevereiro",
            "march mar märz maerz mars marzo maart março marco",
            "april apr avril abril aprile",
            "may mai mayo maggio mei maio",
            "june jun juni juin junio giugno junho",
            "july jul juli juillet juil julio luglio julho",
            "august aug août aout agosto augustus",
            "september sep sept septembre septiembre setiembre settembre setembro",
            "october oct oktober okt octobre octubre ottobre outubro",
            "november nov novembre noviembre novembro",
            "december dec dezember dez décembre decembre déc diciembre dicembre dezembro",
        ),
        start=1,
    )
    for name in names.split()
}
MONTH_ABBREVIATIONS = frozenset(
    "jan janv feb févr fevr mar apr jun jul juil aug sep sept oct okt nov dec dez déc".split()
)
# Longest first, so "march" wins over "mar"; only an abbreviation takes a dot ("Mar."),
# so "… is 12 March." leaves the full stop out of the span.
MONTH_PATTERN = "|".join(
    name + (r"\.?" if name in MONTH_ABBREVIATIONS else "")
    for name in sorted(MONTH_NAMES, key=len, reverse=True)
)

# "12 March 1987", "12th of March, 1987", "12. März 1987", "1er mai 1990", "5 de mayo de 1990".
DAY_MONTH_RE = re.compile(
    rf"(?<![\w.])(\d{{1,2}})(?:st|nd|rd|th|er|º|°|\.)?\s*(?:of\s+|de\s+)?({MONTH_PATTERN})"
    r"(?:,?\s+(?:de\s+|del\s+)?(\d{4}))?(?!\w)",
    re.IGNORECASE,
)
# "March 12, 1987", "Jun. 3rd 1990", "May 5".
MONTH_DAY_RE = re.compile(
    rf"(?<!\w)({MONTH_PATTERN})\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?!\w)",
    re.IGNORECASE,
)
# 12/03/1987, 3/12/87, 12.03.1987, 12-03-1987: day or month first, the separator repeated.
NUMERIC_DATE_RE = re.compile(
    r"(?<![\w./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4}|\d{2})(?![\w]|[./-]\d)"
)
ISO_DATE_RE = re.compile(r"(?<![\w./-])(\d{4})([./-])(\d{1,2})\2(\d{1,2})(?![\w]|[./-]\d)")
COMPACT_DATE_RE = re.compile(r"(?<![\w./-])((?:18|19|20)\d{2})(\d{2})(\d{2})(?![\w./-])")

DOB_CUE_RE = re.compile(
    r"(?<!\w)(?:date\s+of\s+birth|birth\s*-?\s*date|birthday|b-?day|born"
    r"|d\.?\s?o\.?\s?b\b\.?"
    r"|geburtsdatum|geburtstag|geboren|geb\."
    r"|n[ée]e?(?:\(e\))?\s+le|date\s+de\s+naissance"
    r"|fecha\s+de\s+nacimiento|nacid[oa]\s+el|nat[oa]\s+il|data\s+di\s+nascita"
    r"|geboortedatum|data\s+de\s+nascimento|nascid[oa]\s+em)(?!\w)",
    re.IGNORECASE,
)
# A date counts when it starts at most this many characters after a cue …
DOB_AFTER_WINDOW = 40
# … with no sentence end between ("St." and "D.O.B." are abbreviations, not ends) …
SENTENCE_END_RE = re.compile(r"(?<!\b\w)(?<!\b\w\w)[.!?;](?:\s|$)|\n\s*\n")
# … and no new clause ("Born to run, we met on 12 March") …
NEW_CLAUSE_RE = re.compile(
    r"\b(?:we|i|you|he|she|they|and|but|then|until|since|met|meeting|deadline|due)\b",
    re.IGNORECASE,
)
# … or when only a few linking words stand between the date and a cue after it:
# "12 March 1987 is my birthday", "1987-03-12 (DOB)".
DOB_BEFORE_GAP_RE = re.compile(
    r"[\s(,:–—-]*(?:(?:is|was)\s+)?(?:(?:my|his|her|their|your|our|the)\s+)?",
    re.IGNORECASE,
)
OLDEST_BIRTH_YEAR = 1880


def date_ok(year: int | None, month: int, day: int) -> bool:
    """A real calendar day; a four-digit year must be a plausible birth year (not future).

    Without a year ("born on May 5") February 29 is allowed, so a leap year stands in.
    """
    if year is not None and year >= 100 and not OLDEST_BIRTH_YEAR <= year <= date.today().year:
        return False
    try:
        date(2000 if year is None or year < 100 else year, month, day)
    except ValueError:
        return False
    return True


def find_dates(text: str) -> list[Span]:
    """Every valid date, cue or not, overlaps settled in favour of the longer."""
    found: list[Span] = []
    for m in DAY_MONTH_RE.finditer(text):
        year = int(m[3]) if m[3] else None
        if date_ok(year, MONTH_NAMES[m[2].lower().rstrip(".")], int(m[1])):
            found.append(m.span())
    for m in MONTH_DAY_RE.finditer(text):
        year = int(m[3]) if m[3] else None
        if date_ok(year, MONTH_NAMES[m[1].lower().rstrip(".")], int(m[2])):
            found.append(m.span())
    for m in NUMERIC_DATE_RE.finditer(text):
        first, second, year = int(m[1]), int(m[3]), int(m[4])
        # 12/03/1987 is 12 March in most of the world and December 3 in the US: either will do.
        if date_ok(year, second, first) or date_ok(year, first, second):
            found.append(m.span())
    for m in ISO_DATE_RE.finditer(text):
        if date_ok(int(m[1]), int(m[3]), int(m[4])):
            found.append(m.span())
    for m in COMPACT_DATE_RE.finditer(text):
        if date_ok(int(m[1]), int(m[2]), int(m[3])):
            found.append(m.span())
    return keep_longest(found)


def keep_longest(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans sorted by start, the longer kept where two overlap."""
    kept: list[Span] = []  # sorted by start, disjoint
    for span in sorted(spans, key=lambda s: (s[0] - s[1], s[0])):
        at = bisect.bisect(kept, span)
        clear_left = at == 0 or kept[at - 1][1] <= span[0]
        clear_right = at == len(kept) or span[1] <= kept[at][0]
        if clear_left and clear_right:
            kept.insert(at, span)
    return kept


def find_dobs(text: str) -> list[Span]:
    """Dates next to a birth cue: the nearest date after each cue, or the one just before."""
    cues = [m.span() for m in DOB_CUE_RE.finditer(text)]
    if not cues:  # the common case: no cue, no need to look for dates at all
        return []
    dates = find_dates(text)
    starts = [start for start, _ in dates]
    spans: set[Span] = set()
    for cue_start, cue_end in cues:
        at = bisect.bisect_left(starts, cue_end)  # the first date after the cue
        if (
            at < len(dates)
            and dates[at][0] - cue_end <= DOB_AFTER_WINDOW
            and not SENTENCE_END_RE.search(text, cue_end, dates[at][0])
            and not NEW_CLAUSE_RE.search(text, cue_end, dates[at][0])
        ):
            spans.add(dates[at])
        at = bisect.bisect_left(starts, cue_start) - 1  # the last date before it
        if at >= 0 and DOB_BEFORE_GAP_RE.fullmatch(text, dates[at][1], cue_start):
            spans.add(dates[at])
    return sorted(spans)


# ---------------------------------------------------------------- postal addresses

# Latin letters with their accents, from Latin-1 to Latin Extended-B: "Łódź", "Østergade".
_LATIN = [chr(c) for c in range(0xC0, 0x250)]
UPPER = "A-Z" + "".join(ch for ch in _LATIN if ch.isupper())
LOWER = "a-z" + "".join(ch for ch in _LATIN if ch.islower())
# A capitalised word, or an abbreviation of at most three letters with its dot ("St.",
# "N."): a longer word never takes the dot, which ends the sentence ("… 75002 Paris.").
NAME = rf"(?:[{UPPER}][{LOWER}]{{0,2}}\.(?!\w)|[{UPPER}][{LOWER}A-Z'’-]*(?<![-'’]))"
# Lower-case linking words inside street and city names: "rue de la Paix", "Frankfurt am Main".
PARTICLES = (
    r"de\s+la|de\s+las|de\s+los|de\s+l['’]|d['’]|del|della|delle|dei|degli|de|di|da|do|dos|das"
    r"|des|du|la|le|les|el|am|an|der|sur|en"
)

FULL_STREET_TYPES = (
    "Street Road Avenue Lane Boulevard Drive Way Court Place Parkway Terrace Circle Square "
    "Highway Crescent Close Grove Gardens Mews Row Walk Alley Trail Loop Plaza Esplanade "
    "Promenade Parade Pike Turnpike Expressway Freeway Causeway Quay Wharf Embankment"
).split()
SHORT_STREET_TYPES = "St Rd Ave Av Ln Blvd Dr Ct Pl Pkwy Ter Terr Cir Sq Hwy Cres Gdns Trl".split()
# A flat, suite or floor before or after the street: "Level 5, 1 Martin Place", "Apt 4B".
UNIT = r"(?:Flat|Apt|Apartment|Unit|Suite|Ste|Level|Floor|Fl|Room|Rm|#)\.?\s*#?\s*\w{1,6}\b"
ORDINAL_FLOOR = r"\d{1,3}(?:st|nd|rd|th)\s+(?:Floor|Fl\.?)"
DIRECTIONS = r"North|South|East|West|Northeast|Northwest|Southeast|Southwest|NE|NW|SE|SW|N|S|E|W"


def alternation(words: list[str]) -> str:
    """`A|B|…` over the words and their upper-case forms ("ST", "STREET"), longest first."""
    forms = {form for word in words for form in (word, word.upper())}
    return "|".join(sorted(forms, key=len, reverse=True))


# House number + one to four capitalised words (or "42nd") + a street word: "221B Baker
# Street", "1600 Amphitheatre Parkway", "12 N. Main St", "33 Queen Street West",
# "Flat 3, 12 Baker Street, Apt 5".
EN_STREET_RE = re.compile(
    rf"(?<![\w.,/-])(?:(?:{UNIT}|{ORDINAL_FLOOR}),?\s+)?"
    r"(\d{1,5}[A-Za-z]?(?:[-/]\d{1,5}[A-Za-z]?)?)\s+"
    rf"((?:(?:{NAME}|\d{{1,3}}(?:st|nd|rd|th))\s+){{1,4}}?)"
    rf"(?:(?:{alternation(FULL_STREET_TYPES)})\b|(?:{alternation(SHORT_STREET_TYPES)})\b\.?)"
    rf"(?:\s+(?:{DIRECTIONS})\b\.?)?"
    rf"(?:,?\s+(?:{UNIT}|{ORDINAL_FLOOR}))?"
)
# Headline words: "5 Best Road Trips", "the 1 Right Way" count things, not houses.
NOT_STREET_NAMES = frozenset(
    "Best Easy Simple Quick Right Wrong Ultimate Essential Proven Key Fun Free More Most "
    "Other Different Ways Reasons Tips Things Steps Rules Signs Ideas Times Days Hours "
    "Minutes Years Weeks Months".split()
)
# A number after these words is a count or an index, not a house number ("top 5 …").
NOT_HOUSE_NUMBER_AFTER = frozenset(
    "version v step chapter page room item no number part level section season episode round "
    "phase figure fig table top than about over under only nearly almost around every per "
    "x times".split()
)
# Names ending in a street word (Friedrichstraße, Keizersgracht, Storgata, Østergade) or
# followed by one ("Berliner Straße", "Karl-Marx-Allee", "Karl Johans gate"), then the
# house number. Suffixes that end ordinary words too ("Aggregate", "Brigade") need a
# postcode after the number.
DE_STREET_RE = re.compile(
    rf"(?<![\w-])(?:[{UPPER}][{LOWER}]+(?:straße|strasse|str\.|gasse|weg|platz|allee|damm|ufer"
    r"|chaussee|steig|pfad|graben|gracht|straat|laan|plein|kade|singel|dijk|vej|vejen|gatan"
    r"|gata|gaten|vägen|väg|veien|vegen|gränd|torget|torg|plassen|plass|katu|kuja"
    rf"|(gade|gate|vei|veg|tie))|(?:[{UPPER}][{LOWER}]+[ -]){{1,3}}"
    r"(?:Straße|Strasse|Str\.|Weg|Platz|Allee|Gasse|Damm|Ufer|Chaussee|Ring|Markt"
    r"|gate|gata|gatan|vei|veien|vej|vegen|väg|vägen|allé|plass|torg))"
    r"\s+\d{1,4}\s?[a-zA-Z]?(?:-\d{1,4})?(?!\w)"
)
# Street word first, number last: "Calle Mayor 5", "Via Roma 10", "Avenue Louise 54",
# "ul. Marszałkowska 84/92", "Paseo de la Castellana 100".
STREET_FIRST_RE = re.compile(
    r"(?<![\w-])((?i:calle|avenida|avda\.|paseo|plaza|carrer|camino|ronda|travesía|via|viale"
    r"|piazza|piazzale|corso|largo|vicolo|rua|praça|travessa|estrada|alameda|rue|avenue|av\."
    r"|boulevard|bd|chaussée|place|chemin|quai|allée|impasse|ul\.|al\.|pl\.|os\.))"
    rf"\s+(?:(?:{PARTICLES})\s+)?(?:[{UPPER}\d][\w'’.-]*\s+(?:(?:{PARTICLES})\s+)?){{0,3}}"
    rf"[{UPPER}][\w'’.-]*,?\s+(?:n\.?[ºo°]?\s*)?\d{{1,4}}[A-Za-z]?(?:/\d{{1,4}}[A-Za-z]?)?(?!\w)"
)
# Street words that are English words or abbreviations too ("Place Settings 3", "et al.
# Nature 2020"): they need a postcode after the number, as lower-case ones do ("via Slack").
STREET_FIRST_NEEDS_TAIL = frozenset("avenue av. boulevard bd place al. pl. os.".split())
# Number first, street word next: "12 rue de la Paix", "8, avenue Foch".
FRENCH_STREET_RE = re.compile(
    r"(?<![\w.,/-])\d{1,4}(?:\s?(?:bis|ter)|[A-Z])?,?\s+"
    r"((?i:rue|avenue|av\.|boulevard|bd|place|chemin|allée|impasse|quai))"
    rf"\s+((?:{PARTICLES})\s*)?{NAME}(?:[\s-](?:(?:{PARTICLES})\s+)?{NAME}){{0,3}}"
)
# Japanese block addresses in romaji, "4-2-8 Shibakoen, Minato-ku, Tokyo 105-0011", and in
# Japanese script, "〒105-0011 東京都港区芝公園4-2-8".
JP_STREET_RE = re.compile(
    rf"(?<![\w.-])\d{{1,2}}(?:-\d{{1,4}}){{1,2}}\s+[{UPPER}][{LOWER}]+(?:[ -][{LOWER}]+)?"
    rf"(?:\s+\d{{1,2}}-?chome)?,\s*[{UPPER}][{LOWER}]+-(?:ku|shi|cho|machi|gun|mura)\b"
    rf"(?:,\s*[{UPPER}][{LOWER}]+(?:-(?:to|fu|ken|do))?)?(?:,?\s+〒?\d{{3}}-\d{{4}})?"
    r"(?:,\s*Japan)?"
    r"|(?:〒\s?\d{3}-\d{4}\s*)?[\u4e00-\u9fff]{1,3}[都道府県][\u3040-\u30ff\u4e00-\u9fff]{1,12}?"
    r"[市区町村郡][\u3040-\u30ff\u4e00-\u9fff]{0,12}?\d{1,4}(?:[-−の丁目番地号]{1,2}\d{1,4}){1,3}"
    r"[号]?"
)
PO_BOX_RE = re.compile(
    r"(?<!\w)(?:P\.?\s?O\.?\s?Box|Post\s+Office\s+Box|Postfach|Bo[îi]te\s+postale"
    r"|Apartado(?:\s+de\s+Correos)?|Casella\s+postale|Caixa\s+postal)"
    r"\s*(?:No\.?\s*)?#?\s*\d{1,6}(?:\s\d{2,3}){0,2}(?!\w)",  # "Postfach 10 20 30"
    re.IGNORECASE,
)

CITY = rf"{NAME}(?:[ -](?:(?:{PARTICLES})[ -])?{NAME}){{0,2}}"
COUNTRY = r"(?:,\s*(?:USA|U\.S\.A\.|US|United States|UK|United Kingdom|Canada|Australia))?"
# ", Mountain View, CA 94043", " NSW 2000", ", Toronto, ON M5V 2T6", ", London NW1 6XE",
# also on the next lines of a letter's address block.
EN_TAIL_RE = re.compile(
    rf"(?:(?:,\s*|[ \t]*\r?\n\s*){CITY}){{0,2}}(?:,\s*|\s+)"
    r"(?:([A-Z]{2,3})\s+(\d{5}(?:-\d{4})?|\d{4}|[A-Z]\d[A-Z] ?\d[A-Z]\d)"
    rf"|[A-Z]{{1,2}}\d[A-Z\d]? ?\d[A-Z]{{2}})(?!\w){COUNTRY}"
)
US_STATES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV "
    "NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR".split()
)
CA_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
AU_STATES = frozenset("NSW VIC QLD WA SA TAS ACT NT".split())
# ", 10117 Berlin", ", 1012 AB Amsterdam", ", 1100-048 Lisboa", " F-75002 Paris",
# ", 00-514 Warszawa", ", 111 51 Stockholm", also on the next line.
EU_TAIL_RE = re.compile(
    r",?\s+(?:[A-Z]{1,2}-)?(?:\d{5}|\d{4}(?:\s?[A-Z]{2}(?!\w))?|\d{4}-\d{3}|\d{3}\s\d{2}"
    rf"|\d{{2}}-\d{{3}})\s+{CITY}(?:,\s*(?:Germany|Deutschland|France|Spain|España|Italy"
    r"|Italia|Portugal|Netherlands|Nederland|Austria|Österreich|Switzerland|Schweiz|Suisse"
    r"|Belgium|Belgique|België|Poland|Polska|Norway|Norge|Sweden|Sverige|Denmark|Danmark"
    r"|Finland|Suomi))?"
)
# A final dot belongs to these abbreviations ("Elm St.", "Washington, D.C."), otherwise
# to the sentence.
ABBREVIATIONS = frozenset(SHORT_STREET_TYPES + "Mt Ft Ste Apt Fl Rm No N S E W".split())


def en_tail_ok(state: str | None, code: str | None) -> bool:
    """A state and code that belong together; a UK postcode (no state) is fine as it is."""
    if state is None or code is None:
        return True
    if code.isdigit():
        return state in (US_STATES if len(code) == 5 else AU_STATES)
    if "-" in code:
        return state in US_STATES
    return state in CA_PROVINCES


def extend_tail(text: str, end: int) -> int:
    """Where the address ends once a following city/state/postcode is taken in."""
    tail = EN_TAIL_RE.match(text, end)
    if tail and en_tail_ok(tail[1], tail[2]):
        return tail.end()
    tail = EU_TAIL_RE.match(text, end)
    return tail.end() if tail else end


def trim_end(text: str, start: int, end: int) -> int:
    """`end` without a sentence's full stop: "… 75002 Paris." but "42 Elm St."."""
    if text[end - 1] == ".":
        word = re.search(r"(\w+)\.$", text[start:end])
        if word is None or not (word[1] in ABBREVIATIONS or len(word[1]) == 1):
            return end - 1
    return end


def house_number_ok(text: str, start: int) -> bool:
    """False when the word before the number makes it a count or an index."""
    before = re.search(r"(\w+)\W*$", text[max(0, start - 20) : start])
    return before is None or before[1].lower() not in NOT_HOUSE_NUMBER_AFTER


def street_spans(text: str) -> list[tuple[int, int, int]]:
    """(start, end of the street, end with its tail) of every street-and-number match."""
    found = []
    for m in EN_STREET_RE.finditer(text):
        if house_number_ok(text, m.start(1)) and NOT_STREET_NAMES.isdisjoint(m[2].split()):
            found.append((m.start(), m.end(), extend_tail(text, m.end())))
    for m in DE_STREET_RE.finditer(text):
        end = extend_tail(text, m.end())
        if end > m.end() or m[1] is None:  # "Aggregate 12 values" is no street
            found.append((m.start(), m.end(), end))
    for m in STREET_FIRST_RE.finditer(text):
        end, word = extend_tail(text, m.end()), m[1]
        # "via Slack 2 times": a lower-case street word needs a postcode after it.
        if end > m.end() or (word[0].isupper() and word.lower() not in STREET_FIRST_NEEDS_TAIL):
            found.append((m.start(), m.end(), end))
    for m in FRENCH_STREET_RE.finditer(text):
        end = extend_tail(text, m.end())
        # "3 Place Settings": a capitalised street word needs "de …" or a postcode.
        if end > m.end() or m[1][0].islower() or m[2] is not None:
            found.append((m.start(), m.end(), end))
    for m in (*PO_BOX_RE.finditer(text), *JP_STREET_RE.finditer(text)):
        found.append((m.start(), m.end(), extend_tail(text, m.end())))
    return found


def find_addresses(text: str) -> list[Span]:
    """Street addresses and PO boxes, each with the city and postcode that follow it."""
    spans = [(start, trim_end(text, start, end)) for start, _, end in street_spans(text)]
    return keep_longest(spans)
