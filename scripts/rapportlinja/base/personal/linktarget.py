"""Personal data hidden in a link target: percent-encoded, or split over a URL's query parameters.

`[rapport](https://eksempel.no/sak?fnr=%31%35%30%33…)` shows no number in the text and none in the
PDF's page text, but the address is in the PDF's link annotation and the web page's `href`. Every
token that has a percent escape or a query string is decoded (repeatedly: %2531 is %31 is 1) and
scanned, and its query values are joined, so `?a=150385&b=12363` reads as the ID number it is.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Iterator

from rapportlinja.base.personal.scanner import PrivacyHit, line_columns, scan_text

# A run of URL characters with a percent escape or a «?name=value» in it.
_TOKEN = re.compile(r"""[^\s<>()\[\]"'`{}|\\^]*(?:%[0-9A-Fa-f]{2}|\?[^\s<>()\[\]"'`{}|\\^]*=)[^\s<>()\[\]"'`{}|\\^]*""")
_ID_KINDS = frozenset({"fødselsnummer", "d-nummer", "h-nummer"})
MAX_ROUNDS = 4  # %252531: a target encoded four times over is still read


def decoded(target: str) -> str:
    """The target as a reader's browser would send it: percent escapes undone until nothing changes."""
    for _ in range(MAX_ROUNDS):
        plain = urllib.parse.unquote(target)
        if plain == target:
            break
        target = plain
    return target


def joined_query(target: str) -> str:
    """The query's values one after another, separated by a space: split parts read as one value."""
    query = urllib.parse.urlsplit(target.replace("&amp;", "&")).query if "?" in target else ""
    return " ".join(value for _, value in urllib.parse.parse_qsl(query, keep_blank_values=True))


def tokens(text: str) -> Iterator[re.Match[str]]:
    if "%" not in text and "?" not in text:
        return iter(())
    return _TOKEN.finditer(text)


def target_hits(target: str, allowed: frozenset[str] = frozenset()) -> list[PrivacyHit]:
    """Values in a decoded target that its written form does not show (those the plain scan finds)."""
    plain = decoded(target)
    seen = {(hit.kind, hit.masked) for hit in scan_text(target, allowed)}
    found: list[PrivacyHit] = []
    # Joined query values give ID numbers only: two 4-digit values side by side are not a phone number.
    candidates = [*scan_text(plain.replace("&", " ").replace("=", " "), allowed)]
    candidates += [hit for hit in scan_text(joined_query(plain), allowed) if hit.kind in _ID_KINDS]
    for hit in candidates:
        if (hit.kind, hit.masked) not in seen:
            seen.add((hit.kind, hit.masked))
            found.append(hit)
    return found


def scan_link_targets(text: str, allowed: frozenset[str] = frozenset()) -> list[PrivacyHit]:
    """Every value hidden in an encoded or split link target in `text`, at the target's line and column."""
    found: list[tuple[int, PrivacyHit]] = []
    for match in tokens(text):
        found += [(match.start(), hit) for hit in target_hits(match.group(), allowed)]
    places = line_columns(text, [offset for offset, _ in found])
    return [hit._replace(line=line, column=column) for (line, column), (_, hit) in zip(places, found, strict=True)]
