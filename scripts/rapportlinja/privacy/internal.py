"""Internal text in a public chapter: what would be printed although nobody meant it to be.

Raw HTML is off in the PDF, so an HTML comment («<!-- intern merknad -->») is printed as
text; and a second `klassifisering:` line in the body is just a line of the chapter,
printed, while only the frontmatter's classification decides whether the chapter is public.
"""

from __future__ import annotations

import re

_CLASSIFICATION = re.compile(r"^[ \t>*_-]*klassifisering[ \t]*:", re.IGNORECASE | re.MULTILINE)
_COMMENT = re.compile(r"<!--")


def internal_text(text: str) -> list[tuple[int, str]]:
    """(line, Norwegian message) for each HTML comment and each classification after the first."""
    found = []
    for index, match in enumerate(_CLASSIFICATION.finditer(text)):
        if index > 0 or not text.startswith("---"):
            line = text.count("\n", 0, match.start()) + 1
            found.append((line, "En linje «klassifisering:» i selve teksten blir trykt i den offentlige rapporten."))
    for match in _COMMENT.finditer(text):
        line = text.count("\n", 0, match.start()) + 1
        found.append((line, "En HTML-kommentar (<!-- … -->) blir trykt som tekst i den offentlige rapporten."))
    return sorted(found)
