"""Which digit runs are national phone numbers: libphonenumber's metadata (`phonenumbers`,
pure Python, offline) says which of "030 901820" and "0123 456 789" is a real number plan and
how each country groups its digits; the shapes that are something else (dates, postcodes,
ISBNs, SSNs) are ruled out first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

import phonenumbers

# Days and months are at most 31 ("0217 96 96" is a Bulgarian number, not a date).
DATE_SHAPE_RE = re.compile(
    r"[0-3]?\d([ ./-])[0-3]?\d\1(?:\d{2}|\d{4})|(?:1[89]|20)\d\d([ ./-])[01]?\d\2[0-3]?\d"
)
# Dates and seasons that reach eight digits: "20230115", "2023/2024"; and a Brazilian
# postcode (CEP) "01310-100", which Turkish "cep" (mobile) numbers never look like; a US
# ZIP+4 "39539-1207".
COMPACT_DATE_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")
NOT_PHONE_SHAPE_RE = re.compile(r".*(?:19|20)\d\d/(?:19|20)?\d\d\b.*|\d{5}-\d{3}")
# A year and a serial: patent and application numbers ("WO 2016/932187", "JP 2019-877872").
YEAR_SERIAL_RE = re.compile(r"(?:19|20)\d\d[/-]\d{5,7}")
ZIP4_RE = re.compile(r"\d{5}-\d{4}")
# 00, a country code, a break, and a national number not of zeros or one digit repeated.
CODE_APART_RE = re.compile(r"00[ .-]?([1-9]\d{0,2})[ .(-]")
SAME_DIGITS_RE = re.compile(r"(\d)(?:[ .()-]*\1){4}")

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
BARE_TRUNK_REGIONS = (*TRUNK_REGIONS, "RO", "NG", "KE")  # (bare numbers: a few plans only)
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


@lru_cache(maxsize=4096)
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
    shortest = 7 if cued else 8  # (Estonia's "Tel 3288524")
    longest = 14 if cued else 13
    if not shortest <= len(digits) <= longest or digits.startswith("00"):
        return True
    if DATE_SHAPE_RE.fullmatch(run) or COMPACT_DATE_RE.fullmatch(digits):
        return True
    if NOT_PHONE_SHAPE_RE.fullmatch(run) or (not cued and YEAR_SERIAL_RE.fullmatch(run)):
        return True
    if not cued and (ZIP4_RE.fullmatch(run) or (len(groups) == 1 and not bare_trunk(digits))):
        # "07452-9862" after "Festnetz" is a phone; a bare digit run is as likely an id,
        # unless it is a whole national number after its trunk 0 ("0213393900")
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


def valid_international(number: str, possible: bool = False) -> bool:
    """`number` (after its + or 00) is a valid number of its country code, or if only
    `possible` is asked, one of a length its country code's numbers have."""
    check = phonenumbers.is_possible_number if possible else phonenumbers.is_valid_number
    try:
        return check(phonenumbers.parse("+" + number))
    except phonenumbers.NumberParseException:
        return False


def new_range_dialled(found: str) -> bool:
    """ "00972 51 108 5184", "00 355 68 180 7433": 00, a real country code standing apart,
    and a number of a length that code's numbers have (not "00 14 595 598 114": there is no
    code 14; not "00 44 00 0000 0000")."""
    m = CODE_APART_RE.match(found)
    if m is None or int(m[1]) not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return False
    national = found[m.end() :]
    if national.lstrip(" .()-").startswith("0") or SAME_DIGITS_RE.search(national):
        return False
    return valid_international(f"{m[1]} {national}", possible=True)


def bare_trunk(digits: str) -> bool:
    """Ten or eleven digits, a trunk 0 and a valid number after it: "0715671722" (South
    Africa), "0101292138" (Rotterdam). Ids seldom start with 0; those named as ids ("Sipariş
    No: 0997847195") are set aside before."""
    if digits[0] != "0" or not 10 <= len(digits) <= 11:
        return False
    return any(grouping_ok((digits,), r) for r in BARE_TRUNK_REGIONS)
