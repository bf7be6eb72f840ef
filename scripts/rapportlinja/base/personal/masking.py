"""User text in messages, masked by construction: digit runs and addresses never echo whole.

A message that repeats what a user wrote (an unknown key, an invalid value, a link
target, a topic, a folder name, a survey cell) must not repeat personal data: the
message lands in a terminal, a CI log, a GitHub annotation and the job summary. Every
such value goes through `mask_user_text`, or is wrapped in `UserText`, whose string form
is the masked one, so an f-string cannot forget.

What is masked: any run of digits (with separators between groups, written in any of the
ways `normalise` folds) of five or more digits keeps only its last two; every e-mail
address shows its first letters and top-level domain only. Years, chapter numbers and
short counts stay readable. Control characters and line breaks become spaces, so a value
cannot forge a second line or a workflow command, and long values are cut.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.base.findings import Finding
from rapportlinja.base.personal.normalise import SEPARATORS, normalise
from rapportlinja.base.personal.scanner import value_spans

MAX_SHOWN = 80  # characters of user text in one message
_SEP = "[" + "".join(f"\\u{ord(c):04x}" for c in SEPARATORS) + "]"
_DIGIT_RUN = re.compile(rf"[0-9](?:{_SEP}{{0,3}}[0-9])*")
_ADDRESS = re.compile(r"(?P<local>[\w.%+\-]*)@(?P<domain>[\w\-]*)(?P<rest>(?:\.[\w\-]+)*)")
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
MIN_MASKED_DIGITS = 5  # 2026, § 15-3 and «kapittel 12» stay; a phone's 8 or an ID's 11 do not


_DATE_LIKE = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{2}\.[0-9]{2}\.[0-9]{4}|(?:19|20)[0-9]{2}[-–](?:19|20)[0-9]{2}"
)


def _mask_run(match: re.Match[str]) -> str:
    run = match.group()
    digits = sum(char.isdigit() for char in run)
    if digits < MIN_MASKED_DIGITS or _DATE_LIKE.fullmatch(run):
        return run  # a date or a period of years says where the problem is and identifies no one
    seen = 0
    out = []
    for char in run:
        if char.isdigit():
            seen += 1
            out.append(char if seen > digits - 2 else "*")
        else:
            out.append(char)
    return "".join(out)


def _mask_address(match: re.Match[str]) -> str:
    local, domain, rest = match.group("local"), match.group("domain"), match.group("rest")
    tld = rest.rsplit(".", 1)[-1] if rest else ""
    return f"{local[:1]}***@{domain[:1]}***" + (f".{tld}" if tld else "")


def mask_user_text(value: object, limit: int = MAX_SHOWN) -> str:
    """`value` as text fit for a message: numbers and addresses masked, one line, cut short."""
    text = _CONTROL.sub(" ", normalise(str(value)).text)
    text = _DIGIT_RUN.sub(_mask_run, _ADDRESS.sub(_mask_address, text))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def mask_found(text: str) -> str:
    """`text` with every value the scanner finds replaced by its mask; unchanged when none.

    For text we compose ourselves (a whole message, a file path): our own words and
    numbers stay, only what reads as an ID number, a phone number or an address goes.
    This is the last mask before any output format, so it must not miss what `sjekk`
    would catch: it is the same scanner.
    """
    if not any("0" <= char <= "9" for char in text) and "@" not in text and "&" not in text:
        return text
    plain = normalise(text).text
    spans = value_spans(plain)
    if not spans:
        return text
    pieces, previous = [], 0
    for start, end, masked in spans:
        if start < previous:
            continue
        pieces += [plain[previous:start], masked]
        previous = end
    return "".join(pieces) + plain[previous:]


class UserText(NamedTuple):
    """A value from a user's file; its string form is always masked."""

    raw: str

    def __str__(self) -> str:
        return mask_user_text(self.raw)

    def __format__(self, spec: str) -> str:
        return format(str(self), spec)

    def __repr__(self) -> str:
        return repr(str(self))


def mask_finding(finding: Finding) -> Finding:
    """A finding fit for any output: path, message and hint pass `mask_found`.

    Every reporter applies this, so a value echoed by any check, however it was
    composed, is masked in text, JSON, annotations and the job summary alike.
    """
    hint = mask_found(finding.hint) if finding.hint else finding.hint
    return finding._replace(path=mask_found(finding.path), message=mask_found(finding.message), hint=hint)
