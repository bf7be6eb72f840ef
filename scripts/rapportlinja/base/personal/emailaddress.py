"""E-mail addresses in a normalised text, however they are written so that a reader still reads them.

`normalise` has already turned `&#64;`, `\\@`, `[at]`, `(dot)` and full-width forms into `@` and `.`.
What is left for here: spaces or a line break around the «@» («ola.nordmann @ eksempel.no»), the
word written out without brackets («ola.nordmann at eksempel.no», «ola snabel-a eksempel dot no»),
percent-encoded local parts (`ola%2Enordmann@…`, from a `mailto:` link) and every top-level domain,
from `.no` to `.museum` and punycode (`.xn--p1ai`).

Every match starts from a literal anchor («@», or a space before «at»), and the local part is read
backwards over at most 64 characters, so the work stays linear in the text.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator
from typing import NamedTuple


class Address(NamedTuple):
    start: int
    end: int
    normalized: str  # lower case, as written without spaces, percent escapes decoded
    masked: str  # never the whole value


_SPELT_DOT = r"[ \t]{1,3}(?i:dot|punktum|prikk)[ \t]{1,3}"
_DOT = rf"(?:\.|{_SPELT_DOT})"
_LABEL = r"[\w\-]{1,63}"
_TLD = r"(?:(?i:xn--)[A-Za-z0-9\-]{2,59}|[^\W\d_]{2,63})"
_DOMAIN = re.compile(rf"(?P<domain>{_LABEL}(?:{_DOT}{_LABEL}){{0,8}}){_DOT}(?P<tld>{_TLD})(?![\w\-])")
_SPELT_DOT_RUN = re.compile(_SPELT_DOT)
# «@» with at most a few spaces and one line break on either side.
_AT = re.compile(r"@[ \t]{0,3}\n?[ \t]{0,3}")
# «at» and the Norwegian «snabel-a»/«krøllalfa» as words: one space before, one to three after.
_WORD_AT = re.compile(r" (?:at|AT|At|snabel-a|Snabel-a|SNABEL-A|krøllalfa|krøll-alfa|alfakrøll)[ \t]{1,3}")
_LOCAL_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.%+-")
_ADDRESS_MARKS = re.compile(r"[._+\-0-9%]")
# «f.eks at …», «bl.a at …»: abbreviations before the Norwegian conjunction «at», not an address.
ABBREVIATIONS = frozenset({"f.eks", "bl.a", "m.a", "m.m", "o.l", "o.a", "d.v.s", "t.o.m", "f.o.m", "e.l", "jf"})
# Image names such as logo@2x.png have the shape of an address.
_FILE_SUFFIXES = frozenset({"png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "md", "yaml"})
MAX_LOCAL = 64


def _is_local_char(char: str) -> bool:
    return char in _LOCAL_CHARS or (char.isalnum() and not char.isascii())


def _local_before(text: str, end: int) -> tuple[int, str] | None:
    """The local part that ends at `end`, across at most three spaces and one line break."""
    at = end
    for allowed in (" \t", "\n", " \t"):
        limit = 3 if allowed != "\n" else 1
        while limit and at > 0 and text[at - 1] in allowed:
            at, limit = at - 1, limit - 1
    start = at
    while start > max(0, at - MAX_LOCAL) and _is_local_char(text[start - 1]):
        start -= 1
    while start < at and text[start] == ".":
        start += 1  # a sentence's full stop before the address is no part of it
    return (start, text[start:at]) if start < at else None


def _address(local_start: int, local: str, domain: re.Match[str]) -> Address | None:
    tld = domain.group("tld")
    if tld.lower() in _FILE_SUFFIXES:
        return None
    plain_local = urllib.parse.unquote(local)
    labels = _SPELT_DOT_RUN.sub(".", domain.group("domain"))
    masked = f"{plain_local[0]}***@{labels[0]}***.{tld}"
    return Address(local_start, domain.end(), f"{plain_local}@{labels}.{tld}".lower(), masked)


def _with_at(text: str) -> Iterator[Address]:
    for at in _AT.finditer(text):
        domain = _DOMAIN.match(text, at.end())
        if domain is None:
            continue
        local = _local_before(text, at.start())
        if local is None:
            continue
        spaced_before = local[0] + len(local[1]) < at.start()
        # «Spør @kari.no»: a mention, not «spør@kari.no»; a space on one side only needs a local
        # part that reads as one («ola.nordmann @eksempel.no»).
        if not spaced_before or at.end() > at.start() + 1 or _ADDRESS_MARKS.search(local[1]) is not None:
            found = _address(*local, domain)
            if found is not None:
                yield found


def _with_word(text: str) -> Iterator[Address]:
    for word in _WORD_AT.finditer(text):
        domain = _DOMAIN.match(text, word.end())
        if domain is None:
            continue
        local = _local_before(text, word.start())
        if local is None or local[1].endswith(".") or local[1].lower() in ABBREVIATIONS:
            continue
        # «sier at nav.no …» is Norwegian prose: only an address-like local part or a spelt «dot»
        # makes the word «at» an «@».
        if _ADDRESS_MARKS.search(local[1]) is None and _SPELT_DOT_RUN.search(domain.group()) is None:
            continue
        found = _address(*local, domain)
        if found is not None:
            yield found


def addresses(text: str) -> Iterator[Address]:
    """Every address in `text`, those with «@» first, then those with the word written out."""
    if "@" in text:
        yield from _with_at(text)
    yield from _with_word(text)
