"""Fenced blocks that stand for generated content (```nokkeltall, ```samarbeid …).

One way to find them, shared by every kind, so the checks and the build agree on what
a block is: an opening fence with the kind as its info string, up to the matching fence.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple


class Block(NamedTuple):
    start: int  # index of the opening fence in the body's lines
    end: int  # index of the closing fence
    line: int  # the opening fence's line in the file
    text: str  # what stands between the fences
    kind: str = ""  # the info string's kind: «nokkeltall», «samarbeid» …


# Any opening fence, so a block inside another code block is skipped as pandoc does; and a kind:
# a one-word info string, as ```kind, ``` kind or ```{.kind} (pandoc's attribute form). Up to three
# spaces before the fence, never a tab: four columns make indented code, not a fence.
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_KIND = re.compile(r"^\s*\{?\s*\.?([^\s`~{}]+)\s*\}?\s*$")


def _closes(line: str, fence: str) -> bool:
    """A closing fence: the opener's character, at least as many, up to three spaces before, nothing after."""
    stripped = line.lstrip(" ")
    run = len(stripped) - len(stripped.lstrip(fence[0]))
    return len(line) - len(stripped) <= 3 and run >= len(fence) and not stripped[run:].strip()


def find(body: str, first_line: int, kind: str) -> list[Block]:
    """Every block of `kind` in `body`, whose first line is line `first_line` of its file."""
    return [block for block in find_all(body, first_line) if block.kind == kind]


def find_all(body: str, first_line: int) -> list[Block]:
    """Every fenced block with a one-word info string (its kind), in order; plain ``` fences are skipped over."""
    lines, blocks, index = body.split("\n"), [], 0
    while index < len(lines):
        opener = _FENCE.match(lines[index])
        # «~~~x~~~» and «```a`b```» are inline text to pandoc, not fences.
        if opener and opener.group(1)[0] not in opener.group(2):
            fence = opener.group(1)
            end = next((j for j in range(index + 1, len(lines)) if _closes(lines[j], fence)), len(lines))
            kind = _KIND.match(opener.group(2))
            if kind:
                text = "\n".join(lines[index + 1 : end])
                blocks.append(Block(index, end, first_line + index, text, kind.group(1)))
            index = end
        index += 1
    return blocks


def replace(body: str, blocks: list[Block], markdown: Callable[[Block], str]) -> str:
    """`body` with each block replaced by the Markdown made for it."""
    lines = body.split("\n")
    for block in reversed(blocks):  # from the end, so earlier indexes stay valid
        lines[block.start : block.end + 1] = markdown(block).split("\n")
    return "\n".join(lines)
