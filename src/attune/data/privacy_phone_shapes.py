"""The shapes of phone numbers, which the phone detectors and the contact lists share: an
international number (+ or 00 and a country code), a North-American one, any run of digit
groups a national number may be, and a table column named for a phone.
"""

from __future__ import annotations

import re

from attune.data.privacy_cues import PHONE_CUE

# A word character of a script written with spaces: Chinese, Japanese, Korean and Thai
# write a number flush against the word before it ("手机号是13626753363").
WORD = r"[^\W\u0e00-\u0e7f\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]"

# A dash before a number joins it to a word ("ID-0612…"), except Hebrew's prefixes
# ("ב-050.674.9334": "at 050…") and Zulu's ("ku-0836072044": "on 083…", "ngu-073…": "is 073…").
NOT_AFTER_DASH = r"(?:(?<=\bku-)|(?<=\bngu-)|(?<![^\u05d0-\u05ea]-))"
# Leading + or 00, a country code (or "(+381)"), then digit groups split by space (or a
# slip of two), dot, dash or (..); a 00 not inside a longer run of digit groups
# ("SIRET 718 006 702 41410").
INTL_PHONE_RE = re.compile(
    rf"(?<!{WORD})(?<![+/])(?<!\S\.){NOT_AFTER_DASH}"  # (" .+40…": an OCR's stray dot)
    # (a spaced "00 44" not after a time's "18:00")
    rf"(?:\(\+[1-9]\d{{0,2}}\)|(?:\+|(?<!\d )00(?! )|(?<![\d:])(?<!\d )00 )[1-9]\d{{0,2}})"
    rf"(?:(?: {{1,2}}|[.-])?(?:\(\d{{1,4}}\)|\d{{1,5}})){{1,6}}"
    rf"(?!{WORD}|-|\.\d)"
)
# North-American national shapes only: (415) 555-0132, 415-555-0132, 415.555.0132.
NANP_PHONE_RE = re.compile(
    rf"(?<!{WORD})(?<![+(.-])"
    # (maybe after the 1 dialled before it: "1-512-299-7724")
    r"(?:\([2-9]\d{2}\) ?\d{3}[ .-]\d{4}|(?:1[-.])?[2-9]\d{2}([-.])\d{3}\1\d{4})"
    rf"(?!{WORD}|-|\.\d)"
)
# Any run of digit groups (space, dot, dash, slash or parentheses between): the national
# candidates "06 12 34 56 78", "(0161) 496 0000", "030/901820", "0171 / 45072607",
# "1-800-829-1040".
PHONE_RUN_RE = re.compile(
    rf"(?<!{WORD})(?<![+.,/:#$€£]){NOT_AFTER_DASH}"
    # an area code set off by " / " (German "0171 / 4507…"), or by two spaces after a label's
    # colon (a scanned letterhead's "Т е л . :   098  648 47 91")
    r"(?:0\d{2,4} / (?=\d)|(?:(?<=[:：.] )|(?<=[:：.]  )|(?<=[:：.]   ))0\d{1,3}  (?=\d))?"
    r"\(?\d(?:\d|[ ./-](?=\(?\d)|\)[ -]?(?=\d)|\((?=\d))*\d"
    rf"(?!{WORD}|-|[.,/:]\d)"
)
PHONE_HEADER_RE = re.compile(rf"(?i){PHONE_CUE}")  # a table's "Phone" or "Mobil" column


def digit_count(run: str) -> int:
    return sum(ch.isdigit() for ch in run)
