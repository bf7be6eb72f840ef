"""A chapter body for the redline PDF: the new text with insertions and deletions marked.

The marks are private-use characters that pandoc passes through as ordinary text; the Lua
filter redline.lua turns them into Typst's underline and strike (and strips them where they
cannot be markup, such as link targets). Only runs of plain words are ever marked, never
Markdown syntax, so the structure of the new text stays exactly as written: inserted syntax
is kept as is, deleted syntax is dropped and only its words are shown, struck through.

Tables and fenced blocks are compared as whole blocks first (a table cell by cell), since a
word diff across table rows or YAML would break their structure.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rapportlinja.review import tablechanges
from rapportlinja.review.worddiff import DELETE, EQUAL, INSERT, diff_tokens, diff_words, tokens
from rapportlinja.review.words import words

INS_OPEN, INS_CLOSE, DEL_OPEN, DEL_CLOSE = "\ue000", "\ue001", "\ue002", "\ue003"
MARKS = INS_OPEN + INS_CLOSE + DEL_OPEN + DEL_CLOSE
# Markdown syntax that a marked run never contains: whole constructs whose inside is not
# prose (a link target, a footnote reference, attributes, code, an autolink, math), then
# any single character that may open or close syntax.
_SYNTAX = re.compile(
    r"""(\]\([^)\n]*\)|\[\^[^\]\n]*\]:?|\{[^}\n]*\}|`[^`\n]*`|<[^>\n]*>|\$[^$\n]*\$"""
    r"""|\\.|[*_`\[\]{}|#<>~^$@!"'&]|\n)"""
)
_LINE_START = re.compile(r"^(\s*(?:\d+[.)]|[-+*]|#+|>|:)\s+)")
_FENCE = re.compile(r"^(```|~~~)")
_ALIKE = 0.4  # below this share of words in common, a block is removed and another added


def blocks(body: str) -> list[str]:
    """Paragraphs, headings, lists and tables (split at blank lines); a fenced block stays whole."""
    found: list[str] = []
    current: list[str] = []
    fence: str | None = None
    for line in body.split("\n"):
        opener = _FENCE.match(line.strip())
        if fence is None and opener:
            fence = opener.group(1)
        elif fence is not None and line.strip().startswith(fence):
            fence = None
        elif fence is None and not line.strip():
            if current:
                found.append("\n".join(current))
                current = []
            continue
        current.append(line)
    if current:
        found.append("\n".join(current))
    return found


def marked_body(old: str, new: str, language: str) -> str:
    """The new body with every change marked; the old body's removed words in place."""
    out: list[str] = []
    pending_old: list[str] = []
    pending_new: list[str] = []

    def flush() -> None:
        out.extend(_replace(pending_old, pending_new, language))
        pending_old.clear()
        pending_new.clear()

    for op, run in diff_tokens(blocks(old), blocks(new), semantic=False):
        if op == EQUAL:
            flush()
            out.extend(run)
        elif op == DELETE:
            pending_old.extend(run)
        else:
            pending_new.extend(run)
    flush()
    return "\n\n".join(out) + "\n"


def _replace(old: Sequence[str], new: Sequence[str], language: str) -> list[str]:
    """Pair each removed block with the most similar added block of its kind, keeping the order.

    A new paragraph written before an edited one must not be taken for the edit: pairing by
    similarity shows the new one as inserted and the edited one word by word. Removed blocks
    without a partner stand struck through where they were.
    """
    pairs = _pairs(old, new)
    result: list[str] = []
    next_old = 0
    for index, after in enumerate(new):
        partner = pairs.get(index)
        if partner is None:
            result.extend(_added(after, language))
            continue
        result.extend(_removed(old[k], language) for k in range(next_old, partner))
        result.extend(_modified(old[partner], after, language))
        next_old = partner + 1
    result.extend(_removed(old[k], language) for k in range(next_old, len(old)))
    return [block for block in result if block.strip()]


def _pairs(old: Sequence[str], new: Sequence[str]) -> dict[int, int]:
    """new index → old index, increasing in both, for blocks at least 40 % alike in their words."""
    found: dict[int, int] = {}
    first_free = 0
    for old_index, before in enumerate(old):
        best, best_score = None, _ALIKE
        for new_index in range(first_free, len(new)):
            if _kind(new[new_index]) != _kind(before):
                continue
            score = _alike(_words(before), _words(new[new_index]))
            if score > best_score:
                best, best_score = new_index, score
        if best is not None:
            found[best] = old_index
            first_free = best + 1
    return found


def _words(block: str) -> list[str]:
    return [token for token in tokens(block, atomic=True) if not token.isspace()]


def _alike(old: Sequence[str], new: Sequence[str]) -> float:
    """The share of words the two have in common, in order (1.0: the same)."""
    same = sum(len(run) for op, run in diff_tokens(old, new, semantic=False) if op == EQUAL)
    return 2 * same / (len(old) + len(new)) if old or new else 1.0


def _kind(block: str) -> str:
    if _FENCE.match(block.strip()):
        return "fence"
    if _is_table(block):
        return "table"
    return "text"


def _is_table(block: str) -> bool:
    lines = block.split("\n")
    return len(lines) > 1 and lines[0].lstrip().startswith("|") and tablechanges.is_separator(lines[1])


def _modified(old: str, new: str, language: str) -> list[str]:
    kind = _kind(new)
    if kind == "table":
        return [_table(old, new, language)]
    if kind == "fence":
        return [_removed(old, language), mark_inserted(words(language)["block_changed"]), new]
    segments = diff_words(old, new, atomic=True)
    parts = []
    for index, (op, text) in enumerate(segments):
        parts.append(_segment(op, text))
        if op == DELETE and index + 1 < len(segments) and segments[index + 1].op == INSERT:
            parts.append(" ")  # «gammel ny», not «gammelny», where one replaces the other
    return ["".join(parts)]


def _removed(block: str, language: str) -> str:
    if _kind(block) == "table":
        return "\n".join(_table_line(line, DELETE) for line in block.split("\n"))
    if _kind(block) == "fence":  # the options without the fence lines, after a sentence that says what it was
        inside = "\n".join(block.split("\n")[1:-1])
        return mark_deleted(words(language)["block_removed"] + " " + inside)
    return mark_deleted(block)


def _added(block: str, language: str) -> list[str]:
    kind = _kind(block)
    if kind == "table":
        return ["\n".join(_table_line(line, INSERT) for line in block.split("\n"))]
    if kind == "fence":
        return [mark_inserted(words(language)["block_added"]), block]
    return [mark_inserted(block)]


def _segment(op: int, text: str) -> str:
    if op == INSERT:
        return mark_inserted(text)
    if op == DELETE:
        return mark_deleted(text)
    return text


def mark_inserted(text: str) -> str:
    """Inserted text as written, with its plain words between the insertion marks."""
    out: list[str] = []
    for number, line in enumerate(text.split("\n")):
        if number:
            out.append("\n")
        opener = _LINE_START.match(line)
        if opener and (number or not out):
            out.append(opener.group(1))
            line = line[opener.end() :]
        out.append(_wrap_plain(line, INS_OPEN, INS_CLOSE))
    return "".join(out)


def mark_deleted(text: str) -> str:
    """Deleted words only, on one line and struck as one run; their Markdown syntax is dropped."""
    flat = " ".join(_LINE_START.sub("", line) for line in text.split("\n"))
    words_only = "".join(_plain_part(piece) for piece in _SYNTAX.split(flat) if piece)
    core = " ".join(words_only.split())
    if not core:
        return ""
    lead = " " if flat[:1].isspace() else ""
    tail = " " if flat[-1:].isspace() else ""
    return f"{lead}{DEL_OPEN}{core}{DEL_CLOSE}{tail}"


def _plain_part(piece: str) -> str:
    if not _SYNTAX.fullmatch(piece):
        return piece
    if piece.startswith("\\") and len(piece) == 2:
        return piece[1]  # an escaped character is text
    if piece.startswith("`") and piece.endswith("`") and len(piece) > 1:
        return piece.strip("`")
    return " " if piece == "\n" else ""


def _wrap_plain(text: str, opening: str, closing: str) -> str:
    out: list[str] = []
    for piece in _SYNTAX.split(text):
        if not piece:
            continue
        core = piece.strip()
        if _SYNTAX.fullmatch(piece) or not core:
            out.append(piece)
            continue
        start = piece.index(core)
        out.append(f"{piece[:start]}{opening}{core}{closing}{piece[start + len(core) :]}")
    return "".join(out)


def _table(old: str, new: str, language: str) -> str:
    old_lines, new_lines = old.split("\n"), new.split("\n")
    if len(tablechanges.split_row(old_lines[0])) != len(tablechanges.split_row(new_lines[0])):
        return _removed(old, language) + "\n\n" + "\n".join(_table_line(line, INSERT) for line in new_lines)
    out: list[str] = []
    pending_old: list[str] = []
    pending_new: list[str] = []

    def flush() -> None:
        for index in range(max(len(pending_old), len(pending_new))):
            before = pending_old[index] if index < len(pending_old) else None
            after = pending_new[index] if index < len(pending_new) else None
            if before is not None and after is not None:
                out.append(_row_pair(before, after))
            elif after is not None:
                out.append(_table_line(after, INSERT))
            elif before is not None:
                out.append(_table_line(before, DELETE))
        pending_old.clear()
        pending_new.clear()

    for op, run in diff_tokens(old_lines, new_lines, semantic=False):
        if op == EQUAL:
            flush()
            out.extend(run)
        else:
            (pending_old if op == DELETE else pending_new).extend(run)
    flush()
    return "\n".join(out)


def _row_pair(old: str, new: str) -> str:
    if tablechanges.is_separator(new):
        return new
    before, after = tablechanges.split_row(old), tablechanges.split_row(new)
    cells = []
    for index, cell in enumerate(after):
        previous = before[index] if index < len(before) else ""
        if previous == cell:
            cells.append(cell)
        else:
            cells.append(" ".join(part for part in (mark_deleted(previous), mark_inserted(cell)) if part.strip()))
    return "| " + " | ".join(cells) + " |"


def _table_line(line: str, op: int) -> str:
    if tablechanges.is_separator(line):
        return line
    mark = mark_inserted if op == INSERT else mark_deleted
    return "| " + " | ".join(mark(cell) for cell in tablechanges.split_row(line)) + " |"
