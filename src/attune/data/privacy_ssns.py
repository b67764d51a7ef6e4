"""US Social Security numbers: "123-45-6789" in any text, and "123 45 6789" or "123456789"
where a cue says so: "SSN", "Social Security number" and its translations before it, after
it, ending the line above, or a table column's header.

Written by hand: which cues and layouts make a nine-digit run an SSN is no library's
knowledge, and the SSA's numbering rules (no area 000, 666 or 9xx) are a line of code.
"""

from __future__ import annotations

import re
from functools import lru_cache

from attune.data.privacy_cues import SSN_GLYPHS, SSN_WORDS, cue_pattern
from attune.data.privacy_phone_ids import named_as_id
from attune.data.privacy_phone_shapes import WORD
from attune.data.privacy_phones import cued_before
from attune.data.privacy_tables import (
    DELIMITERS,
    column_cells,
    header_cells,
    label_and_line_above,
)

Span = tuple[int, int]

SSN_RE = re.compile(rf"(?<!{WORD})(?<!-)(\d{{3}})-(\d{{2}})-(\d{{4}})(?!{WORD}|-)")
# Spaces, dots, a URL's "+" or nothing between the parts: an SSN only next to a cue
# ("SSN 413 29 9520", "?ssn=123+45+6789").
SSN_LOOSE_RE = re.compile(
    # also flush against its cue: "SSN632887452"
    rf"(?:(?<=(?i:ssn))|(?<!{WORD}))(?<![.-])(\d{{3}})([ .+]?)(\d{{2}})\2(\d{{4}})"
    rf"(?!{WORD}|-|[.,]\d)"
)
SSN_CUE = (
    # "ssn" also as part of a field name: applicant_ssn, applicantSSN, ssnFull
    r"(?:(?<![A-Za-z])(?i:ssn)|(?<=[a-z])S(?i:sn)|\bTIN\b|\bSS\b"
    # (an OCR reads O as 0 and I as l or 1: "S0CIAL SECURlTY N0.")
    rf"|(?i:{cue_pattern(SSN_WORDS, SSN_GLYPHS)}"
    r"|\bs[o0]c[il1]al[\s_-]*secur[il1]ty(?:\s*n[o0]\b\.?)?"
    r"|(?<![^\W\d_])[s5][o0]c[\s_.-]*sec(?![^\W\d_]))"  # "soc_sec_no", "50C. SEC."
    # a table's "Social" column, not "Social media"
    r"|(?i:\bsocial\b(?![\s_-]+(?:media|networks?|club|events?|workers?|life|skills|posts?)))"
    r")"
)
# The cue may end a few words before the number: "SSN (required for the check): …".
SSN_CUE_RE = re.compile(rf"{SSN_CUE}[^\d\n]{{0,40}}\Z")  # \Z: a newline ends the cue's line
SSN_HEADER_RE = re.compile(SSN_CUE)
# A number alone on its line (after a speaker's label, or a name in a fixed-width form)
# answers a question or a header on the line before: "what's your Social Security
# number?\nCustomer: 749 26 6884", "(b) Social security number\n   Kwame Mensah    089048872".
# (a transcript's "[00:00:39] Caller: Sure, " is a label too)
LINE_LABEL_BEFORE_RE = re.compile(
    r"(?:^|\n)[ \t]*(?:\[[^\]\n]{1,30}\][ \t]*)?[^\d\n]{0,30}?[ \t]*\Z"
)
# … unless the label names the number as another one: "routing 334716138" below a line
# that says "(not the SSN!)".
NOT_SSN_LABEL_RE = re.compile(
    r"(?i)\b(?:routing|aba|rtn|account|acct|ein|itin|phone|tel|order|invoice|policy|member"
    r"|zip|postcode|ticket|ref|reference|tracking|uscis|alien|a-number)\b"
)
# After the number: "123 45 6789 (SSN)", or a query string's "…&idType=SSN".
SSN_CUE_AFTER_RE = re.compile(
    rf"[^\d\n]{{0,30}}?{SSN_CUE}|[&;][^&;\s]{{0,20}}=(?i:ssn)\b"  # "… ← that's my social"
)
SSN_CUE_LINE_RE = re.compile(rf"{SSN_CUE}[^\n]{{0,40}}\Z")
SSN_CUE_SENTENCES_RE = re.compile(rf"{SSN_CUE}[^\n]{{0,120}}\Z")
ANY_HEADER_RE = re.compile(r".")
# Catalogue, case, claim and lot numbers of an SSN's shape: "Part No. 709-60-1188 (gasket)",
# "Case file 041-31-8158", "winning ticket 497-94-5304", "Claim no. 452-78-6485", "Batch …",
# "Item 400-31-4450 (replaces 414-37-3780)".
PART_BEFORE_RE = re.compile(
    r"(?i)\b(?:part|item|sku|model|serial|art|case(?:\s+(?:file|ref))?|docket|ticket|claim|lot"
    r"|batch|order|invoice|contract|policy|tracking|ref|reference|replaces|replaced\s+by"
    r"|supersedes)\b[^\d\n]{0,10}\Z"
)
# … except in a letter of the Social Security Administration, whose claim number is the
# claimant's SSN ("SOCIAL SECURITY ADMINISTRATION … Claim Number: 385-75-5781").
SSA_RE = re.compile(r"(?i)social\s+security\s+administration|\bSSA\b")
COUNTRY_CODE_BEFORE_RE = re.compile(r"(?:\+|\b00)\d{1,3}[ .-]?\Z")


def ssn_parts_ok(area: str, group: str, serial: str) -> bool:
    # SSA never issues area 000, 666 or 9xx, group 00 or serial 0000.
    return not (area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000")


def find_ssns(text: str) -> list[Span]:
    spans = [
        m.span()
        for m in SSN_RE.finditer(text)
        if ssn_parts_ok(*m.groups()) and not named_as_other_id(text, m.start(), m.end())
    ]
    for m in SSN_LOOSE_RE.finditer(text):
        if not ssn_parts_ok(m[1], m[3], m[4]):
            continue
        # Spaced parts (a distinctive shape), or a number ending its line, may sit further
        # from a cue: "SSN issued 02/15/2025: 401 99 5876", "my SSN for the 401k → 247457423".
        far = m[2] != "" or text[m.end() :].split("\n", 1)[0].strip(" .") == ""
        # Spaced ("267 01 3322"), a cue may stand a sentence or two before, on its line.
        cue_re, reach = (SSN_CUE_SENTENCES_RE, 160) if m[2] == " " else (SSN_CUE_LINE_RE, 80)
        if ssn_cued(text, m.start(), m.end()) or (
            far
            and cue_re.search(text, max(0, m.start() - reach), m.start())
            and not named_otherwise(text, m.start())
        ):
            spans.append(m.span())
    # under a CSV header "ssn", or a fixed-width report's "SSN"
    for start, end in header_cells(text, SSN_HEADER_RE):
        cell = SSN_LOOSE_RE.fullmatch(text, start, end)
        if cell and ssn_parts_ok(cell[1], cell[3], cell[4]):
            spans.append((start, end))
    spans = sorted(set(spans))
    return sorted([*spans, *companions(text, spans)]) if spans else spans


def named_as_other_id(text: str, start: int, end: int) -> bool:
    """ "123-45-6789" after "Part no.", "Claim no.", "Lot" …, with no SSN cue beside it
    ("Claim no. (your SSN): …") and not in the SSA's own letters."""
    if not PART_BEFORE_RE.search(text, max(0, start - 20), start):
        return False
    return not (ssn_cued(text, start, end) or from_the_ssa(text))


@lru_cache(maxsize=4)
def from_the_ssa(text: str) -> bool:
    """(Once a text, not once a number: a long text holds many.)"""
    return SSA_RE.search(text) is not None


def companions(text: str, spans: list[Span]) -> list[Span]:
    """Once a text holds an SSN, the other numbers of an SSN's shape in it are SSNs too,
    unless named as something else: a family's list ("Brian - 444690202\nChris - 101 69
    0032"), a dependants' table with one row dashed, "… y el de su hijo (499469468)"."""
    found = []
    cells = set(column_cells(text, ANY_HEADER_RE))  # a table's other columns are read by header
    for m in SSN_LOOSE_RE.finditer(text):
        if m.span() in cells or any(a < m.end() and m.start() < b for a, b in spans):
            continue
        if ssn_parts_ok(m[1], m[3], m[4]) and not named_otherwise(text, m.start()):
            found.append(m.span())
    return found


def named_otherwise(text: str, start: int) -> bool:
    """The words before `start` on its line make the number another one: an account, an
    order, a phone ("Tel.", "+34 681991808")."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[max(line_start, start - 40) : start]
    return bool(
        NOT_SSN_LABEL_RE.search(before)
        or COUNTRY_CODE_BEFORE_RE.search(before)
        or named_as_id(text, start)
        or cued_before(text, start)
    )


def header_row(line_above: str, line: str, delimiter: str) -> bool:
    """`line_above` names the columns of `line`: as many cells, each a short field name."""
    names = line_above.split(delimiter)
    short = all(len(name.split()) <= 3 for name in names)
    return len(names) >= 2 and short and len(line.split(delimiter)) == len(names)


def ssn_cued(text: str, start: int, end: int) -> bool:
    """An SSN cue before the number, right after it, or ending the line above it."""
    if SSN_CUE_RE.search(text, max(0, start - 60), start) or SSN_CUE_AFTER_RE.match(text, end):
        return True
    found = label_and_line_above(text, start, LINE_LABEL_BEFORE_RE, 121)
    if found is None or NOT_SSN_LABEL_RE.search(found[0].group()):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if named_as_id(text[line_start:start], start - line_start):
        return False  # "Passport no. 887941914" below "U.S. Taxpayer ID: does not apply"
    label, line_above = found
    line_end = text.find("\n", end)
    line = text[label.start() + 1 : None if line_end < 0 else line_end]
    # A table's header row is read by columns instead: "MEMBER_ID|…|SSN" above
    # "418050449|…" does not make the first column an SSN.
    if any(header_row(line_above, line, d) for d in DELIMITERS):
        return False
    return SSN_HEADER_RE.search(line_above) is not None
