"""The last gate: nothing personal and nothing internal leaves in a public document.

Input checks can miss a path (a field nobody thought of, a Git trailer, text in an
image); the finished document cannot hide it. Every public document's text passes the
same scanner as the repository, and a marking that belongs on withheld documents
(«Unntatt offentlighet», «offl. § 13», «INTERN», a classification other than public)
stops it too. Pure: the caller extracts the text and decides what to do with the refusal.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import NamedTuple

from rapportlinja.base.errors import UserError
from rapportlinja.base.personal.linktarget import scan_link_targets
from rapportlinja.base.personal.normalise import normalise
from rapportlinja.base.personal.scanner import scan_text
from rapportlinja.privacy.personnames import NameRules, find_names

_INTERNAL = re.compile(
    r"(?i:unntatt\s+(?:fra\s+)?offentlighet|\boffl\.?\s*§\s*1[34]\b|\bklassifisering:\s*(?!offentlig\b)\w+)"
    r"|\bINTERNT?\b|\bFORTROLIG\b|\bTAUSHETSBELAGT\b|<!--",
)
_KINDS = {
    "fødselsnummer": "et fødselsnummer",
    "d-nummer": "et D-nummer",
    "h-nummer": "et H-nummer",
    "telefonnummer": "et telefonnummer",
    "e-postadresse": "en e-postadresse",
}


class Leak(NamedTuple):
    source: str
    message: str


def leaks(parts: Iterable[tuple[str, str]], allowed: frozenset[str], names: NameRules | None = None) -> list[Leak]:
    """Personal data and internal markings in a document's parts, masked, in order.

    `names`: the name rule's allowances (public persons, the municipality's name, the names the edition
    opts in to); full names and names with a child or family context are leaks, a lone given name is not.
    """
    found: list[Leak] = []
    for source, text in parts:
        for hit in [*scan_text(text, allowed), *scan_link_targets(text, allowed)]:
            found.append(Leak(source, f"{_KINDS[hit.kind]} ({hit.masked})"))
        for name in find_names(text, names or NameRules()):
            if name.is_error:
                found.append(Leak(source, f"et personnavn («{name.masked}», {name.kind})"))
        plain = normalise(text).text
        for marking in _INTERNAL.finditer(plain):
            found.append(Leak(source, f"en intern merking («{marking.group()[:30]}»)"))
    return found


def refuse_leaks(
    document: str, parts: Iterable[tuple[str, str]], allowed: frozenset[str], names: NameRules | None = None
) -> None:
    """Stop the publication of `document` if any part leaks; the message names where."""
    found = leaks(parts, allowed, names)
    if not found:
        return
    listed = "; ".join(f"{leak.source}: {leak.message}" for leak in found[:10])
    more = f" (og {len(found) - 10} til)" if len(found) > 10 else ""
    raise UserError(
        f"{document} ble ikke skrevet: den offentlige teksten inneholder {listed}{more}.",
        "Finn teksten i kildene (kapitlene, bildene, data og Git-historikken som vedlegget leser) og fjern den. "
        "Kjør «rapport sjekk»; denne siste kontrollen stopper det som slapp forbi den.",
    )
