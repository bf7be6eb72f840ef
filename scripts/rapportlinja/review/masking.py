"""Mask personal data before text leaves for CI output (the job summary, a pull-request comment).

`rapport sjekk` stops a personal number from being merged, but a pull request that adds one
still runs CI, and a job summary is readable by everyone who can see the repository. The
privacy scanner finds the values; each is replaced by the scanner's own masked form.
"""

from __future__ import annotations

import re

from rapportlinja.privacy import scanner

# How far a found value reaches from where the scanner says it starts: digits with the
# separators the scanner accepts, or an e-mail address. Reaching too far only masks more.
_NUMBER = re.compile(r"[+0-9][0-9 \u00a0\u202f\u2009.\-]*[0-9]")
_EMAIL = re.compile(r"[\w.%+\-]+@[\w\-]+(?:\.[\w\-]+)*")


def mask(text: str) -> str:
    hits = scanner.scan_text(text)
    if not hits:
        return text
    starts = _line_starts(text)
    pieces: list[str] = []
    position = 0
    for hit in hits:
        offset = starts[hit.line - 1] + hit.column - 1
        if offset < position:
            continue
        pattern = _EMAIL if hit.kind == "e-postadresse" else _NUMBER
        found = pattern.match(text, offset)
        end = found.end() if found else offset + 1
        pieces += [text[position:offset], hit.masked]
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _line_starts(text: str) -> list[int]:
    return [0, *(index + 1 for index, char in enumerate(text) if char == "\n")]
