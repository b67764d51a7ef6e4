"""Contact lists: the other numbers of a list once one of its lines holds a phone under a
name or a role ("Mom: +15067529634\nDad: 5064430697"), or under a heading that names it
("Contacts", "Useful numbers", "Телефон:").
"""

from __future__ import annotations

import re

from attune.data.privacy_cues import NOT_CONTACT_LABEL_RE
from attune.data.privacy_phone_ids import id_named
from attune.data.privacy_phone_plans import national_phone_ok
from attune.data.privacy_phone_shapes import PHONE_HEADER_RE, PHONE_RUN_RE
from attune.data.privacy_tables import covered_mask

Span = tuple[int, int]

# A contact list's line: a label of a few words (a name, a role, a place) before the number,
# nothing after it but a note in brackets; or a name after it.
# (a bullet: a dash or dot, a list's "1)", or an emoji: "👩 037077837")
CONTACT_BULLET = (
    r"[ \t]*(?:(?:[-•*·]|\d{1,2}[.)](?=[ \t])|[\U0001F300-\U0001FAFF\u2600-\u27BF]\ufe0f?)[ \t]*)?"
)
# (a label up to a name and a note: "Γιώργος Παπαδόπουλος (neighbour, has key): …")
CONTACT_LABEL_RE = re.compile(rf"{CONTACT_BULLET}[^\W\d_][^\d\n]{{0,50}}?[ \t]*[:：–—-]?[ \t]*")
# (after the number a note in brackets, or the person's e-mail address: "… / o@ukr.net")
CONTACT_NOTE_RE = re.compile(
    r"[ \t]*(?:[(（][^\d\n()（）]{1,40}[)）])?"
    r"(?:[ \t]*[,/|·–-][ \t]*(?:e-?mail:?[ \t]*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[ \t.,;]*"
)
CONTACT_REACH = 60  # a contact list's label or name is shorter
BRACKETED_RE = re.compile(r"\([^()\n]*[ ,][^()\n]*\)")  # (a note of words: "(neighbour, has key)")
CONTACT_BULLET_RE = re.compile(CONTACT_BULLET)
LIST_NUMBER_RE = re.compile(r"\d{1,2}\) ")
# A heading alone on its line (maybe Markdown's "## Contacts", "**Contacts**") that makes
# the lines right below it, up to a blank line, a list of phones: "Contacts", "Shop
# contacts", "Tengiliður", "Useful numbers", or a phone word and a colon ("Телефон:").
HEADING_DECOR = r"[ \t]*(?:#{1,6}[ \t]*|\*\*|__)?"
CONTACT_HEADING_RE = re.compile(
    rf"(?im)^{CONTACT_BULLET}{HEADING_DECOR}(?:"
    r"(?:[^\W\d_]+[ \t]+)?(?:contacts?|contact[ \t]+list|kontakt(?:e|y|ai|i|er|it)?"
    r"|contact(?:os|en)|contatti|tengiliður|tengiliðir|yhteystiedot|контакты|контакти|kontaktlista|連絡先)"
    r"(?:[ \t]+[^\W\d_]+)?"
    r"|phone[ \t]+(?:list|numbers|directory)"
    r"|(?:useful|important|emergency)[ \t]+(?:phone[ \t]+)?numbers"
    r"|(?:wichtige[ \t]+)?(?:telefon)?nummern|telefonliste|telefonlista|telefonnumre|telefony"
    r"|numéros[ \t]+(?:utiles|importants)|números[ \t]+útiles|numeri[ \t]+utili|телефоны"
    r")[ \t]*[:-]?(?:\*\*|__)?[ \t]*$"
    r"|^[ \t]*(?:phones?|telephone|tel|telefon|telefono|teléfono|téléphone|telefone|телефон"
    r"|телефони|الهاتف|هاتف|simu|mobile|handy|puhelin|telefoon)[ \t]*:[ \t]*$"
)
HEADED_BLOCK_LINES = 40  # (how far below its heading a list may run)
CONTACT_NAME_RE = re.compile(
    r"[ \t]+(?:[(（][^\W\d_][^\d\n()（）]{1,40}[)）]|[^\W\d_][^\d\n]{1,40})[ \t]*"
)


def contact_list_phones(text: str, spans: list[Span]) -> list[Span]:
    """The other numbers of a contact list, once one of its lines holds a phone under a
    name or a role rather than a phone word ("Mom: +15067529634\nDad: 5064430697"), or a
    heading names the list ("Contacts", "Телефон:"; then a bullet alone will do as a line's
    label: "👩 87473843274"): a form's "Telefon: 050 124 4227" above "РНОКПП: 9545523216"
    makes no list."""
    if "\n" not in text:
        return []
    headed = headed_lines(text)
    if not headed and not any(
        contact_line(text, a, b) and not PHONE_HEADER_RE.search(line_before(text, a) or "")
        for a, b in spans
    ):
        return []
    found = []
    covered = covered_mask(len(text), spans)
    for m in PHONE_RUN_RE.finditer(text):
        start, end = m.span()
        numbered = LIST_NUMBER_RE.match(m.group())  # "1) 0568 …": the item's number is no part
        if numbered and "(" not in m.group():
            start += numbered.end()
        if any(covered[start:end]):
            continue
        under_heading = text.rfind("\n", 0, start) + 1 in headed
        if not (
            (contact_line(text, start, end) and (under_heading or not headed))
            or (under_heading and bare_item(text, start, end))
        ):
            continue
        if not id_named(text, start, end) and national_phone_ok(text[start:end], cued=True):
            found.append((start, end))
    return found


def headed_lines(text: str) -> set[int]:
    """Where each line of a list under a contacts heading starts: the lines right below the
    heading, up to a blank line."""
    starts: set[int] = set()
    for heading in CONTACT_HEADING_RE.finditer(text):
        line = heading.end() + 1
        for _ in range(HEADED_BLOCK_LINES):
            line_end = text.find("\n", line)
            if line >= len(text) or not text[line : None if line_end < 0 else line_end].strip():
                break
            starts.add(line)
            if line_end < 0:
                break
            line = line_end + 1
    return starts


def bare_item(text: str, start: int, end: int) -> bool:
    """A list's item that is the number alone, after a bullet: "👩 037077837", "1) 0568 …,"."""
    before = line_before(text, start)
    line_end = text.find("\n", end)
    after = text[end : None if line_end < 0 else line_end]
    bullet = before is not None and CONTACT_BULLET_RE.fullmatch(before) is not None
    return bullet and CONTACT_NOTE_RE.fullmatch(after) is not None


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
        # (a note in brackets is no field's name: "Luka Novak (neighbour, has key): …")
        return not NOT_CONTACT_LABEL_RE.search(BRACKETED_RE.sub("", before))
    bullet = CONTACT_BULLET_RE.fullmatch(before)
    return bullet is not None and CONTACT_NAME_RE.fullmatch(after) is not None
