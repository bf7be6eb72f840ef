"""Find personal data in a file's text: ID numbers, phone numbers and e-mail addresses.

Pure functions over a string. `rapport sjekk` reads the files and turns each hit into an
error; this module never echoes a whole value (see the maskers at the bottom).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from rapportlinja.base.personal.emailaddress import addresses
from rapportlinja.base.personal.idnumber import id_number_kind
from rapportlinja.base.personal.normalise import SEPARATORS, normalise
from rapportlinja.base.personal.phonecontext import (
    Neighbour,
    money_context,
    neighbour_after,
    neighbour_before,
    worded_starts,
)


class PrivacyHit(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in characters
    kind: str  # fødselsnummer | d-nummer | h-nummer | telefonnummer | e-postadresse
    masked: str  # never the whole value
    account_context: bool = False  # «konto» stands before it: perhaps a bank account


KIND_NOUNS = {  # how a message names a hit, without repeating it: «fant et fødselsnummer»
    "fødselsnummer": "et fødselsnummer",
    "d-nummer": "et D-nummer",
    "h-nummer": "et H-nummer",
    "telefonnummer": "et telefonnummer",
    "e-postadresse": "en e-postadresse",
}
# Any run of up to three separators between digit groups: spaces of every width, dots,
# slashes, hyphens, dashes and minus, and a line break inside a paragraph.
_SEP = "[" + "".join(f"\\u{ord(c):04x}" for c in SEPARATORS) + "]"
_SEP_RUN = re.compile(f"{_SEP}{{1,3}}")
_GAP = f"{_SEP}{{0,3}}"
_RUN = f"{_SEP}{{1,3}}"
# One pass finds both kinds. The first digit of a digit group is consumed and the rest
# read by lookaheads, so every group start is tried (an ID number right after another
# number is found too), and a pattern that opens with a character class lets `re` skip
# the prose between numbers in C. A cheap lookahead drops the many short numbers first.
# ID numbers: eleven digits from the start of a group to the end of one, whatever
# separates them (150385 12363, 15.03.85 12363, 150-385-123-63).
_ID_REST = rf"(?<=[0-9])(?:{_GAP}[0-9]){{10}}(?![0-9])(?!,[0-9])"
# Phone numbers: eight digits, optionally after +47 or 0047 (written «+ 47», «(+47)», «00 47» too),
# in every grouping of two to four digits people use (92345678, 92 34 56 78, 923 45 678, 92 345 678,
# 9234 5678, 92 34 5678 …), with any separator run between groups. The rest follows the first digit.
_PHONE_REST = (
    rf"(?:[0-9]{{7}}|[0-9]{_RUN}[0-9]{{2}}{_RUN}[0-9]{{2}}{_RUN}[0-9]{{2}}"  # 8, 2-2-2-2
    # 2-3-3, 2-2-4, 2-4-2
    rf"|[0-9]{_RUN}(?:[0-9]{{3}}{_RUN}[0-9]{{3}}|[0-9]{{2}}{_RUN}[0-9]{{4}}|[0-9]{{4}}{_RUN}[0-9]{{2}})"
    rf"|[0-9]{{2}}{_RUN}(?:[0-9]{{2}}{_RUN}[0-9]{{3}}|[0-9]{{3}}{_RUN}[0-9]{{2}})"  # 3-2-3, 3-3-2
    rf"|[0-9]{{3}}{_RUN}(?:[0-9]{{4}}|[0-9]{{2}}{_RUN}[0-9]{{2}}))"  # 4-4, 4-2-2
)
_COUNTRY_GAP = r"[ \u00a0\-]{0,2}"
_COUNTRY_CODE = rf"(?<=\+){_COUNTRY_GAP}47\)?{_GAP}(?=[2-9])[0-9]|(?<=0)0?{_COUNTRY_GAP}47{_GAP}(?=[2-9])[0-9]"
_CASE_ID = rf"(?!(?<=[^\W\d_]-[0-9])[0-9]{{3}}{_RUN}[0-9])"  # BV-2026-0997: a case ID; tlf-41234567 is a phone
_YY = r"(?:(?<=1)9|(?<=2)0)[0-9]{2}"  # the rest of a 19xx or 20xx year
_MONTH = rf"{_RUN}(?:0[1-9]|1[0-2]){_RUN}"
_TYPESET = "[\u202f\u2009\u2007]"
# Shapes that are a phone number only when a phone word stands before them (found by the worded pass,
# see `phonecontext.worded_starts`); ruled out here so the many dates, years and amounts of a report
# never leave the regular expression engine.
_NOT_WITHOUT_WORD = (
    rf"(?!{_YY}{_RUN}(?:19|20)[0-9]{{2}}(?![0-9]))"  # 2021–2025, 2024 2025: two years
    rf"(?!(?:(?<=[0-2])[0-9]|(?<=3)[01]){_MONTH}(?:19|20)[0-9]{{2}}(?![0-9]))"  # 25.03.2025: a date
    rf"(?!{_YY}{_MONTH}(?:0[1-9]|[12][0-9]|3[01])(?![0-9]))"  # 2025-03-25: a date
    # 92 345 678 in a table cell, typeset with thin spaces or followed by «kr»: kroner
    rf"(?!(?:(?<=\|[0-9])|(?<=\| [0-9]))[0-9][ .\u00a0]{{1,3}}[0-9]{{3}}[ .\u00a0]{{1,3}}[0-9]{{3}}(?![0-9]))"
    rf"(?![0-9]{_TYPESET}{{1,3}}[0-9]{{3}}{_TYPESET}{{1,3}}[0-9]{{3}}(?![0-9]))"
    rf"(?![0-9]{_RUN}[0-9]{{3}}{_RUN}[0-9]{{3}}[ \u00a0\u202f]?(?:kr\b|kroner|NOK\b|,-))"
)
_FIRST = r"[+0-9](?<![0-9][+0-9])(?<![0-9],[+0-9])"  # a group's first digit, not a decimal's tail
_PHONE_END = r"(?![0-9])(?!,[0-9])"
_NUMBER = re.compile(
    rf"{_FIRST}(?=[0-9{_SEP[1:-1]}]{{7}})"
    rf"(?:(?=(?P<id>{_ID_REST})))?"
    rf"(?:(?=(?P<phone>{_CASE_ID}(?:{_COUNTRY_CODE}|(?<=[2-9])(?<!\+[0-9]){_NOT_WITHOUT_WORD})"
    rf"(?P<rest>{_PHONE_REST}){_PHONE_END})))?"
    r"(?(id)|(?(phone)|(?!)))"
)
# The same phone number after a phone word, where the word decides a date's, years' or amount's shape.
_WORDED_PHONE = re.compile(
    rf"{_FIRST}(?=(?P<phone>{_CASE_ID}(?:{_COUNTRY_CODE}|(?<=[2-9])(?<!\+[0-9]))(?P<rest>{_PHONE_REST}){_PHONE_END}))"
)
_GLUED_TO_DIGITS = re.compile(r"[0-9][^\W\d_]{1,30}\Z")  # a3f92345678: a hash, not «tlf92345678»
# A Git commit as Git prints it (lower-case hex, 7 to 40 characters): «ab12345602» is a short hash
# in a release note, not a phone number; «tlf», «fnr» and «mob» have letters hex has not.
_HEX_BEFORE = re.compile(r"(?<![0-9A-Za-z])[0-9a-f]{0,39}\Z")
_HEX_AFTER = re.compile(r"[0-9a-f]{0,39}(?![0-9A-Za-z])")
# Context words that make a number an amount or an account, not a phone number.
_AMOUNT_AFTER = re.compile(r"[ \u00a0\u202f]?(?:kr\b|kroner|nok\b|,-)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(
    r"(?:\bkr\.?|\bnok|\bkonto(?:nummer|nr\.?)?|\bbeløp(?:et)?)[ :\u00a0]{0,3}\Z", re.IGNORECASE
)
_ACCOUNT_BEFORE = re.compile(r"\bkonto(?:nummer|nr\.?)?[ :\u00a0]{0,3}\Z", re.IGNORECASE)
_DASHES = frozenset("-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d")


class _Candidate(NamedTuple):
    offset: int  # in the normalised text
    end: int
    kind: str
    normalized: str
    masked: str
    account_context: bool = False


def normalize_number(value: str) -> str:
    """Digits only, without +47/0047 before an 8-digit number: the form `allowed` holds."""
    value = normalise(value).text
    digits = "".join(char for char in value if "0" <= char <= "9")
    if value.lstrip().startswith("+") and len(digits) == 10 and digits.startswith("47"):
        return digits[2:]
    if len(digits) == 12 and digits.startswith("0047"):
        return digits[4:]
    return digits


def _separator_class(run: str) -> str:
    """Which kind of separator a run is: a dash, a dot, a slash or a space."""
    for char in run:
        if char in _DASHES:
            return "-"
        if char in "./\\\uff0e\uff0f":
            return "." if char in ".\uff0e" else "/"
    return " "


def _is_compact_date(digits: str) -> bool:
    # An unbroken 20yymmdd reads as a date stamp (file names, versions); a phone number
    # that happens to look like one would be written in groups in a report.
    month, day = int(digits[4:6]), int(digits[6:8])
    return digits.startswith("20") and 1 <= month <= 12 and 1 <= day <= 31


def _is_clock(half: str) -> bool:
    return int(half[:2]) <= 23 and int(half[2:]) <= 59


def _is_full_date(digits: str, groups: list[int]) -> bool:
    # 25.03.2025 and 2025-03-25 are dates however a phone word stands before them.
    if groups == [2, 2, 4]:
        day, month, year = int(digits[:2]), int(digits[2:4]), digits[4:6]
    elif groups == [4, 2, 2]:
        year, month, day = digits[:2], int(digits[4:6]), int(digits[6:])
    else:
        return False
    return year in {"19", "20"} and 1 <= month <= 12 and 1 <= day <= 31


def _shape_is_phone(digits: str, separators: list[str]) -> bool:
    """The shape alone reads as a phone number, not as a date stamp, two years or a time range."""
    if not separators:
        return not _is_compact_date(digits)
    if len({_separator_class(run) for run in separators}) > 1:
        return False  # kl. 20.00–22.30: a time range, not one number
    if len(separators) == 1:
        halves = digits[:4], digits[4:]
        # «2024 2025» or «2021–2025» are years; «2000–2230» is a time range.
        if all(half[:2] in {"19", "20"} for half in halves):
            return False
        return not (_separator_class(separators[0]) == "-" and all(_is_clock(h) for h in halves))
    return True


def _wrapped_apart(separators: list[str]) -> bool:
    # A soft-wrapped line inside 92 34 / 56 78 still reads as one number; two 4-digit
    # numbers on neighbouring lines are data (a year and a count, a column of values).
    if not any("\n" in run for run in separators):
        return False
    return len(separators) == 1 or _separator_class(separators[0]) != " "


def _joins(neighbour: Neighbour | None, inner: set[str], edge: int) -> bool:
    """The digit group next to the number continues it: the number is one group of a longer one.

    A non-space separator binds any neighbour (1.92345678, BV-2026-92345678, v2.10.41234567). Across
    spaces only a group of the size of the number's own edge group continues it (five pairs, thousands
    groups, a run of years); a single digit or a group of another size is another value («ring
    92345678 1 gang», «rom 3 92 34 56 78»), and so is any group beside a number written whole.
    """
    if neighbour is None or "\n" in neighbour.run:
        return False  # a number on the next line is another value
    separator = _separator_class(neighbour.run)
    if separator != " ":
        return not inner or separator in inner
    return separator in inner and neighbour.size == edge


def _stands_alone(text: str, start: int, end: int, separators: list[str], groups: list[int]) -> bool:
    """Not one group of a longer number (an amount, a case ID, a version, five pairs)."""
    inner = {_separator_class(run) for run in separators}
    return not (
        _joins(neighbour_before(text, start), inner, groups[0]) or _joins(neighbour_after(text, end), inner, groups[-1])
    )


_TYPOGRAPHIC_SPACES = frozenset("\u202f\u2009\u2007")  # thousands spaces in typeset figures


def _reads_as_amount(text: str, start: int, end: int, separators: list[str], groups: list[int]) -> bool:
    # 92 345 678 is grouped as kroner are: an amount in a typeset figure, near money words or in a
    # table cell; a phone number when written with dashes or nothing says money.
    if groups != [2, 3, 3] or {_separator_class(run) for run in separators} - {" ", "."}:
        return False
    return any(char in _TYPOGRAPHIC_SPACES for run in separators for char in run) or money_context(text, start, end)


def _glued_prefix_ok(text: str, start: int, end: int) -> bool:
    # «tlf92345678» and «fnr15038512363» read as the number; «a3f92345678» is a hash.
    if start == 0 or not text[start - 1].isalpha():
        return True
    return _GLUED_TO_DIGITS.search(text, max(0, start - 32), start) is None and not _is_commit_hash(text, start, end)


def _is_commit_hash(text: str, start: int, end: int) -> bool:
    before = _HEX_BEFORE.search(text, max(0, start - 40), start)
    after = _HEX_AFTER.match(text, end)
    if before is None or after is None:
        return False
    return 7 <= after.end() - before.start() <= 40


def _is_amount(text: str, start: int, end: int) -> bool:
    return (
        _AMOUNT_AFTER.match(text, end) is not None or _AMOUNT_BEFORE.search(text, max(0, start - 16), start) is not None
    )


def _phone_candidate(text: str, match: re.Match[str], worded: bool = False) -> _Candidate | None:
    start, end = match.start(), match.end("phone")
    national = match.start("rest") - 1
    value = text[national:end]
    separators = _SEP_RUN.findall(value)
    groups = [len(group) for group in _SEP_RUN.split(value)]
    digits = "".join(char for char in value if "0" <= char <= "9")
    if (
        (end < len(text) and text[end].isalpha())
        or not _glued_prefix_ok(text, start, end)
        or _wrapped_apart(separators)
        or not _stands_alone(text, start, end, separators, groups)
        or _is_amount(text, start, end)
    ):
        return None
    # A country code makes it a phone number whatever its shape; else the shape decides, and a phone
    # word before it («tlf 20250312», «ring 2024 2025») decides a shape that also reads as a date stamp,
    # two years or a time range, and a 2-3-3 grouping that also reads as kroner. A written-out date
    # (25.03.2025) stays a date.
    if national == start:
        full_date = _is_full_date(digits, groups)
        plain = _shape_is_phone(digits, separators) and not full_date
        if (not plain or _reads_as_amount(text, start, end, separators, groups)) and (full_date or not worded):
            return None
    return _Candidate(start, end, "telefonnummer", digits, _mask_phone(text[start:end]))


def _is_dated_group(value: str) -> bool:
    # 15.03.2026 123 is a date and a count: an ID number never has a four-digit year.
    groups = [len(group) for group in _SEP_RUN.split(value)]
    return groups[:3] == [2, 2, 4]


def _id_candidate(text: str, match: re.Match[str]) -> _Candidate | None:
    start, end = match.start(), match.end("id")
    value = text[start:end]
    digits = "".join(char for char in value if "0" <= char <= "9")
    kind = id_number_kind(digits)
    if kind is None or "\n\n" in value or _is_dated_group(value) or not _glued_prefix_ok(text, start, end):
        return None
    account = _ACCOUNT_BEFORE.search(text, max(0, start - 16), start) is not None
    return _Candidate(start, end, kind, digits, _mask_id(digits), account)


def _number_candidates(text: str) -> Iterator[_Candidate]:
    taken_until = -1  # a phone inside a reported ID number, or after its own +47, is the same value
    spans: list[tuple[int, int]] = []
    for match in _NUMBER.finditer(text):
        found = _id_candidate(text, match) if match.group("id") is not None else None
        if found is None and match.group("phone") is not None and match.start() >= taken_until:
            found = _phone_candidate(text, match)
        if found is not None:
            taken_until = found.end
            spans.append((found.offset, found.end))
            yield found
    yield from _worded_candidates(text, spans)


def _worded_candidates(text: str, spans: list[tuple[int, int]]) -> Iterator[_Candidate]:
    """Phone numbers a phone word decides («tlf 20250312»), other than those already found."""
    for start in worded_starts(text):
        match = _WORDED_PHONE.match(text, start)
        found = None if match is None else _phone_candidate(text, match, worded=True)
        if found is None:
            continue
        # The last value found before this one's end must end before it starts: «Ring (+47) 41 23 45 67»
        # was found from its national number already.
        before = bisect.bisect_left(spans, (found.end, -1)) - 1
        if before < 0 or spans[before][1] <= found.offset:
            yield found


def _email_candidates(text: str) -> Iterator[_Candidate]:
    for found in addresses(text):
        yield _Candidate(found.start, found.end, "e-postadresse", found.normalized, found.masked)


def value_spans(plain: str) -> list[tuple[int, int, str]]:
    """(start, end, masked) of every value in an already normalised text, in order."""
    candidates = [*_number_candidates(plain), *_email_candidates(plain)]
    return sorted((c.offset, c.end, c.masked) for c in candidates)


@functools.lru_cache(maxsize=16)
def normalize_allowed(allowed: frozenset[str]) -> frozenset[str]:
    """As the scanner compares: e-mail in lower case, numbers as bare digits."""
    # Tolerate an allow-list written the way people write numbers («+47 22 33 44 55»).
    return frozenset(
        normalise(item).text.strip().lower() if "@" in normalise(item).text else normalize_number(item)
        for item in allowed
    )


def scan_text(text: str, allowed: frozenset[str] = frozenset(), limit: int | None = None) -> list[PrivacyHit]:
    """Every ID number, phone number and e-mail address in `text`, in order of position.

    The text is normalised first (see `normalise`), so Unicode digits, invisible
    characters, entities and Markdown inside a value do not hide it; positions are those
    of the original text. Values whose normalized form is in `allowed` (digits for
    numbers, lower case for e-mail) are left out.
    """
    normalised = normalise(text)
    plain = normalised.text
    candidates = list(itertools.islice(_number_candidates(plain), limit))
    candidates.extend(itertools.islice(_email_candidates(plain), limit))
    if not candidates:
        return []
    permitted = normalize_allowed(allowed) if allowed else frozenset()
    kept = sorted(c for c in candidates if c.normalized not in permitted)
    places = line_columns(text, [normalised.original_offset(c.offset) for c in kept])
    return [
        PrivacyHit(line, column, c.kind, c.masked, c.account_context)
        for (line, column), c in zip(places, kept, strict=True)
    ]


def line_columns(text: str, offsets: list[int]) -> Iterator[tuple[int, int]]:
    """1-based (line, column) of each offset; `offsets` must be sorted.

    Counting newlines between neighbours keeps the total linear in the text, and nothing
    is computed for a text without hits.
    """
    line, line_start, previous = 1, 0, 0
    for offset in offsets:
        newlines = text.count("\n", previous, offset)
        if newlines:
            line += newlines
            line_start = text.rfind("\n", 0, offset) + 1
        previous = offset
        yield line, offset - line_start + 1


def _mask_id(digits: str) -> str:
    # The birth date is personal data too: only the two control digits stay visible.
    return "*" * 9 + digits[-2:]


def _mask_phone(value: str) -> str:
    value = re.sub(r"\s+", " ", value)  # a wrapped line shows as one space
    visible_from = max(i for i, char in enumerate(value) if char.isdigit()) - 1
    return "".join("*" if char.isdigit() and i < visible_from else char for i, char in enumerate(value))
