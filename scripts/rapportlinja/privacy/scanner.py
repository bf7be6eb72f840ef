"""Find personal data in a file's text: ID numbers, phone numbers and e-mail addresses.

Pure functions over a string. `rapport sjekk` reads the files and turns each hit into an
error; this module never echoes a whole value (see the maskers at the bottom).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from rapportlinja.privacy.idnumber import id_number_kind


class PrivacyHit(NamedTuple):
    line: int  # 1-based
    column: int  # 1-based, in characters
    kind: str  # fødselsnummer | d-nummer | h-nummer | telefonnummer | e-postadresse
    masked: str  # never the whole value


KIND_NOUNS = {  # how a message names a hit, without repeating it: «fant et fødselsnummer»
    "fødselsnummer": "et fødselsnummer",
    "d-nummer": "et D-nummer",
    "h-nummer": "et H-nummer",
    "telefonnummer": "et telefonnummer",
    "e-postadresse": "en e-postadresse",
}
_SPACE = "[ \u00a0]"  # phone groups: space or NBSP only; thin spaces group amounts
_PHONE_REST = (  # the rest of an 8-digit national number after its first digit (2-9)
    rf"(?:[0-9]{{7}}|[0-9](?:{_SPACE}[0-9]{{2}}){{3}}"  # 22334455, 22 33 44 55
    rf"|[0-9]{{2}}{_SPACE}[0-9]{{2}}{_SPACE}[0-9]{{3}}|[0-9]{{3}}{_SPACE}[0-9]{{4}})"  # 3-2-3, 4-4
)
_PHONE = f"[2-9]{_PHONE_REST}"
# Every branch starts after one consumed character in [+0-9]: a pattern that opens with a
# character class lets `re` skip the prose between numbers in C, several times faster than
# opening with the boundary assertions. The assertions therefore look back over that
# character too.
_CANDIDATES = re.compile(
    r"[+0-9]"
    r"(?=[0-9 \u00a0\u202f\u2009.\-]{7})"  # cheap early exit for the many short numbers
    # Not glued to a letter or digit (an underscore is Markdown emphasis, not a letter),
    # nor the tail of a decimal, a dotted number or a range like 2021-2025.
    r"(?<![^\W_][+0-9])(?<!\+[+0-9])(?<![0-9][.,\-–][+0-9])"
    r"(?:"
    r"(?P<id>(?<=[0-9])[0-9]{5}[ \u00a0\u202f\u2009.\-]?[0-9]{5})"
    r"|(?P<phone>(?<![0-9][ \u00a0\u202f\u2009].)"  # a digit group before: an amount
    rf"(?:(?<=[2-9]){_PHONE_REST}|(?<=\+)47{_SPACE}?{_PHONE}|(?<=0)047{_SPACE}?{_PHONE})"
    r"(?![ \u00a0\u202f\u2009][0-9]))"  # a digit group after: an amount or account
    r")"
    r"(?![^\W_])(?![.,\-–][0-9])"
)
# E-mail is found from its «@»: a literal prefix that `re` finds with a fast search, where a
# pattern opening with the local part would be tried at every letter of the text.
_AT_DOMAIN = re.compile(r"@(?P<domain>[\w\-]+(?:\.[\w\-]+)*\.(?P<tld>[^\W\d_]{2,}))(?![\w\-])")
_LOCAL_PART = re.compile(r"[\w%+\-](?:[\w.%+\-]{0,63})\Z")
# Image names such as logo@2x.png have the shape of an address.
_FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "md", "yaml"})


class _Candidate(NamedTuple):
    offset: int
    kind: str
    normalized: str
    masked: str


def normalize_number(value: str) -> str:
    """Digits only, without +47/0047 before an 8-digit number: the form `allowed` holds."""
    digits = "".join(char for char in value if "0" <= char <= "9")
    if value.lstrip().startswith("+") and len(digits) == 10 and digits.startswith("47"):
        return digits[2:]
    if len(digits) == 12 and digits.startswith("0047"):
        return digits[4:]
    return digits


def _is_compact_date(digits: str) -> bool:
    # An unbroken 20yymmdd reads as a date stamp (file names, versions); a phone number
    # that happens to look like one would be written in groups in a report.
    month, day = int(digits[4:6]), int(digits[6:8])
    return digits.startswith("20") and 1 <= month <= 12 and 1 <= day <= 31


def _is_phone(value: str, digits: str) -> bool:
    if len(value) == 8 and value.isdigit():
        return not _is_compact_date(digits)
    halves = value.split()
    # «2024 2025» in a table or list is two years, not a 4-4 phone number.
    return not (len(halves) == 2 and all(half[:2] in {"19", "20"} for half in halves))


def _number_candidates(text: str) -> Iterator[_Candidate]:
    for match in _CANDIDATES.finditer(text):
        value = match.group()
        digits = normalize_number(value)
        if match.group("id") is not None:
            kind = id_number_kind(digits)
            if kind is not None:
                yield _Candidate(match.start(), kind, digits, _mask_id(digits))
        elif _is_phone(value, digits):
            yield _Candidate(match.start(), "telefonnummer", digits, _mask_phone(value))


def _email_candidates(text: str) -> Iterator[_Candidate]:
    for match in _AT_DOMAIN.finditer(text):
        at = match.start()
        local = _LOCAL_PART.search(text, max(0, at - 64), at)
        if local is None or match.group("tld").lower() in _FILE_SUFFIXES:
            continue
        value = text[local.start() : match.end()]
        masked = _mask_email(local.group(), match.group("domain"), match.group("tld"))
        yield _Candidate(local.start(), "e-postadresse", value.lower(), masked)


def _normalize_allowed(allowed: frozenset[str]) -> frozenset[str]:
    # Tolerate an allow-list written the way people write numbers («+47 22 33 44 55»).
    return frozenset(item.lower() if "@" in item else normalize_number(item) for item in allowed)


def scan_text(text: str, allowed: frozenset[str] = frozenset()) -> list[PrivacyHit]:
    """Every ID number, phone number and e-mail address in `text`, in order of position.

    Values whose normalized form is in `allowed` (digits for numbers, lower case for
    e-mail) are left out.
    """
    candidates = list(_number_candidates(text))
    if "@" in text:
        candidates.extend(_email_candidates(text))
    if not candidates:
        return []
    permitted = _normalize_allowed(allowed)
    kept = sorted(c for c in candidates if c.normalized not in permitted)
    places = line_columns(text, [c.offset for c in kept])
    return [PrivacyHit(line, column, c.kind, c.masked) for (line, column), c in zip(places, kept, strict=True)]


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
    visible_from = max(i for i, char in enumerate(value) if char.isdigit()) - 1
    return "".join("*" if char.isdigit() and i < visible_from else char for i, char in enumerate(value))


def _mask_email(local: str, domain: str, tld: str) -> str:
    return f"{local[0]}***@{domain[0]}***.{tld}"
