"""Find personal data in a file's text: ID numbers, phone numbers and e-mail addresses.

Pure functions over a string. `rapport sjekk` reads the files and turns each hit into an
error; this module never echoes a whole value (see the maskers at the bottom).
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from rapportlinja.base.personal.idnumber import id_number_kind
from rapportlinja.base.personal.normalise import SEPARATORS, normalise


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
# Phone numbers: eight digits, optionally after +47 or 0047, in the groupings people use
# (92345678, 92 34 56 78, 923 45 678, 9234 5678), with any separator run between groups.
_PHONE_REST = (
    rf"(?:[0-9]{{7}}|[0-9]{_RUN}[0-9]{{2}}{_RUN}[0-9]{{2}}{_RUN}[0-9]{{2}}"
    rf"|[0-9]{{2}}{_RUN}[0-9]{{2}}{_RUN}[0-9]{{3}}|[0-9]{{3}}{_RUN}[0-9]{{4}})"
)
_PHONE_START = (
    rf"(?!(?<=[^\W\d_]-[0-9])[0-9]{{3}}{_RUN}[0-9])"  # BV-2026-0997: a case ID; tlf-41234567 is a phone
    rf"(?!(?<=[12])[90][0-9]{{2}}{_RUN}(?:19|20)[0-9]{{2}}(?![0-9]))"  # 2021–2025: two years
    rf"(?:(?<=\+)47{_GAP}(?=[2-9])[0-9]|(?<=0)047{_GAP}(?=[2-9])[0-9]|(?<=[2-9])(?<!\+[0-9]))"
)
_NUMBER = re.compile(
    r"[+0-9](?<![0-9][+0-9])(?<![0-9],[+0-9])"  # a group's first digit, not a decimal's tail
    rf"(?=[0-9{_SEP[1:-1]}]{{7}})"
    rf"(?:(?=(?P<id>{_ID_REST})))?"
    rf"(?:(?=(?P<phone>{_PHONE_START}(?P<rest>{_PHONE_REST})(?![0-9])(?!,[0-9]))))?"
    r"(?(id)|(?(phone)|(?!)))"
)
_GROUP_BEFORE = re.compile(rf"[0-9]({_RUN})\Z")
_GROUP_AFTER = re.compile(rf"({_RUN})[0-9]")
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

# E-mail is found from its «@»: a literal prefix that `re` finds with a fast search, where a
# pattern opening with the local part would be tried at every letter of the text.
_AT_DOMAIN = re.compile(r"@(?P<domain>[\w\-]+(?:\.[\w\-]+)*\.(?P<tld>[^\W\d_]{2,}))(?![\w\-])")
_LOCAL_PART = re.compile(r"[\w%+\-](?:[\w.%+\-]{0,63})\Z")
# Image names such as logo@2x.png have the shape of an address.
_FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "md", "yaml"})


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


def _shape_is_phone(value: str, digits: str, separators: list[str]) -> bool:
    if not separators:
        return not _is_compact_date(digits)
    if len({_separator_class(run) for run in separators}) > 1:
        return False  # kl. 20.00–22.30: a time range, not one number
    if any("\n" in run for run in separators):
        # A soft-wrapped line inside 92 34 / 56 78 still reads as one number; two 4-digit
        # numbers on neighbouring lines are data (a year and a count, a column of values).
        return len(separators) > 1 and _separator_class(separators[0]) == " "
    if len(separators) == 1:
        halves = digits[:4], digits[4:]
        # «2024 2025» or «2021–2025» are years; «2000–2230» is a time range.
        if all(half[:2] in {"19", "20"} for half in halves):
            return False
        return not (_separator_class(separators[0]) == "-" and all(_is_clock(h) for h in halves))
    return True


def _stands_alone(text: str, start: int, end: int, separators: list[str]) -> bool:
    """Not one group of a longer number (an amount, a case ID, a version, five pairs)."""
    inner = {_separator_class(run) for run in separators}
    for neighbour in (_GROUP_BEFORE.search(text, max(0, start - 4), start), _GROUP_AFTER.match(text, end)):
        if neighbour is None or "\n" in neighbour.group(1):
            continue  # a number on the next line is another value
        if not inner or _separator_class(neighbour.group(1)) in inner:
            return False
    return True


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


def _phone_candidate(text: str, match: re.Match[str]) -> _Candidate | None:
    start, end = match.start(), match.end("phone")
    value = text[match.start("rest") - 1 : end]
    separators = _SEP_RUN.findall(value)
    digits = "".join(char for char in value if "0" <= char <= "9")
    if (
        (end < len(text) and text[end].isalpha())
        or not _glued_prefix_ok(text, start, end)
        or not _shape_is_phone(value, digits, separators)
        or not _stands_alone(text, start, end, separators)
        or _is_amount(text, start, end)
    ):
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
    taken_until = -1  # a phone inside a reported ID number is the same value
    for match in _NUMBER.finditer(text):
        found = _id_candidate(text, match) if match.group("id") is not None else None
        if found is not None:
            taken_until = found.end
            yield found
        elif match.group("phone") is not None and match.start() >= taken_until:
            phone = _phone_candidate(text, match)
            if phone is not None:
                yield phone


def _email_candidates(text: str) -> Iterator[_Candidate]:
    for match in _AT_DOMAIN.finditer(text):
        at = match.start()
        local = _LOCAL_PART.search(text, max(0, at - 64), at)
        if local is None or match.group("tld").lower() in _FILE_SUFFIXES:
            continue
        value = text[local.start() : match.end()]
        masked = _mask_email(local.group(), match.group("domain"), match.group("tld"))
        yield _Candidate(local.start(), match.end(), "e-postadresse", value.lower(), masked)


def value_spans(plain: str) -> list[tuple[int, int, str]]:
    """(start, end, masked) of every value in an already normalised text, in order."""
    candidates = list(_number_candidates(plain))
    if "@" in plain:
        candidates.extend(_email_candidates(plain))
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
    if "@" in plain:
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


def _mask_email(local: str, domain: str, tld: str) -> str:
    return f"{local[0]}***@{domain[0]}***.{tld}"
