"""Word-level differences between two texts, with Google's diff-match-patch.

diff-match-patch diffs characters; to diff words we give every distinct token (a word, a
number, a run of spaces, one punctuation character) its own stand-in character, diff the
stand-ins, clean up semantically there (so a lone shared space between two changed words
joins the change instead of splitting it), and turn the stand-ins back into tokens. The
same trick diffs any sequence of tokens, such as a chapter's blocks or a table's rows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from diff_match_patch import diff_match_patch

EQUAL, INSERT, DELETE = 0, 1, -1
# Numbers with decimal commas stay one token («28,0»), so a changed figure reads as one change.
_WORDS = r"\d+(?:[.,]\d+)*|\w+|\n|[^\S\n]+|[^\w\s]"
_TOKEN = re.compile(_WORDS, re.UNICODE)
# For the PDF, Markdown constructs whose inside is not prose (a link target, a footnote
# reference, an attribute block, inline code, an autolink) are one token each: a changed
# link target is replaced whole, never marked inside the address where marks cannot go.
_ATOMIC_TOKEN = re.compile(
    r"\]\([^)\n]*\)|\[\^[^\]\n]*\]|\{[^}\n]*\}|`[^`\n]*`|<[^>\n]*>|" + _WORDS,
    re.UNICODE,
)
_TIMEOUT_SECONDS = 5.0  # diff-match-patch returns a coarser but correct diff when time runs out


class Segment(NamedTuple):
    op: int  # EQUAL, INSERT or DELETE
    text: str


def tokens(text: str, atomic: bool = False) -> list[str]:
    return (_ATOMIC_TOKEN if atomic else _TOKEN).findall(text)


def diff_tokens(old: Sequence[str], new: Sequence[str], semantic: bool = True) -> list[tuple[int, list[str]]]:
    """The edit script between two token sequences, as runs of whole tokens."""
    index: dict[str, int] = {}
    table: list[str] = []

    def encode(items: Sequence[str]) -> str:
        chars = []
        for item in items:
            if item not in index:
                index[item] = len(table)
                table.append(item)
            chars.append(chr(index[item]))
        return "".join(chars)

    engine = diff_match_patch()
    engine.Diff_Timeout = _TIMEOUT_SECONDS
    encoded_old, encoded_new = encode(old), encode(new)
    diffs = engine.diff_main(encoded_old, encoded_new, False)
    if semantic:
        engine.diff_cleanupSemantic(diffs)
    return [(op, [table[ord(char)] for char in chars]) for op, chars in diffs if chars]


def diff_words(old: str, new: str, atomic: bool = False) -> list[Segment]:
    """Equal, deleted and inserted stretches of text; deletions come before insertions.

    `atomic`: keep Markdown's link targets, attributes and code whole (for the marked PDF).
    """
    diffs = [(op, "".join(run)) for op, run in diff_tokens(tokens(old, atomic), tokens(new, atomic))]
    # Slide each change to the nearest line or word boundary: «En.\n\n[+Ny linje.+]», not «En[+.+]…».
    diff_match_patch().diff_cleanupSemanticLossless(diffs)
    return [Segment(op, text) for op, text in diffs if text]


def changed(segments: Sequence[Segment]) -> bool:
    return any(s.op != EQUAL for s in segments)


PLAIN_MARKS = ("[+", "+]", "[-", "-]")


def text_redline(segments: Sequence[Segment], marks: tuple[str, str, str, str] = PLAIN_MARKS) -> str:
    """«[+ny tekst+]» and «[-gammel tekst-]»: readable without colour, in any plain-text viewer."""
    parts = []
    for op, text in segments:
        if op == INSERT:
            parts.append(_wrap(text, marks[0], marks[1]))
        elif op == DELETE:
            parts.append(_wrap(text, marks[2], marks[3]))
        else:
            parts.append(text)
    return "".join(parts)


def _wrap(text: str, opening: str, closing: str) -> str:
    """Keep the markers on each line, around the words: a marker never swallows a line break."""
    lines = text.split("\n")
    out = []
    for line in lines:
        core = line.strip()
        if not core:
            out.append(line)
            continue
        start = line.index(core)
        out.append(f"{line[:start]}{opening}{core}{closing}{line[start + len(core) :]}")
    return "\n".join(out)
