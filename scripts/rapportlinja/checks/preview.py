"""GitHub's preview against the PDF: where the two readings of a chapter show a reader different things.

Writers check a chapter in GitHub's preview (CommonMark with GitHub's extensions); the PDF is
made from pandoc's reading. Both readings are flattened to what a reader sees, word by word,
with a marker where a block or a formatting starts (a heading, a list item, emphasis, a link),
and the two sequences are compared. A difference is a word or a marker one reading shows and
the other does not: markup printed as text, text dropped, a heading that is a paragraph in the
other. What both show alike (smart quotes, dashes, list numbers, line breaks) is normalised
away first. The CommonMark reading is markdown-it-py's, line numbers from its block map.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Any, NamedTuple

# Typographic forms pandoc's «smart» extension makes, and the hard space: shown alike, compared alike.
_ALIKE = str.maketrans(
    {"’": "'", "‘": "'", "“": '"', "”": '"', "–": "--", "—": "---", "…": "...", "\u00a0": " ", "☐": "[ ]", "☒": "[x]"}
)
# The house's own additions, which GitHub shows as text on purpose: an attribute after a
# heading («## Mål {#mal}») and the «: » of a table caption. The README teaches both.
_HEADING_ATTRIBUTE = re.compile(r"\s*\{[^{}]*\}\s*$")
MARK = "\u00b6"  # starts a structural marker; a writer never types it before a letter


class Word(NamedTuple):
    text: str
    line: int  # 0-based line in the body where its block starts
    end: int  # the block's last line, exclusive


class Difference(NamedTuple):
    line: int  # 0-based line in the body
    column: int  # 0-based, -1: not found on the line
    pdf: str  # what the PDF shows there and GitHub does not («» for nothing)
    github: str  # what GitHub shows there and the PDF does not


def differences(body: str, pandoc_ast: Any) -> list[Difference]:
    """Every place where the two readings of `body` differ, in order (pandoc_ast: the decoded JSON AST)."""
    github = _github_words(body)
    pdf = _pandoc_words(pandoc_ast)
    if [w.text for w in github] == pdf:
        return []
    lines = body.split("\n")
    found = []
    matcher = SequenceMatcher(None, [w.text for w in github], pdf, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        shown_github = github[i1:i2]
        anchor = github[min(i1, len(github) - 1)] if github else Word("", 0, 1)
        pdf_text = " ".join(pdf[j1:j2])
        github_text = " ".join(w.text for w in shown_github)
        line, column = _place(lines, anchor, [*pdf[j1:j2], *(w.text for w in shown_github)])
        found.append(Difference(line, column, pdf_text, github_text))
    return found


def _place(lines: list[str], anchor: Word, needles: list[str]) -> tuple[int, int]:
    """The line and column of the first needle inside the anchor's block; else the block's first line."""
    for needle in needles:
        if needle.startswith(MARK) or not needle:
            continue
        for row in range(anchor.line, min(max(anchor.end, anchor.line + 1), len(lines))):
            column = lines[row].find(needle)
            if column >= 0:
                return row, column
    first = lines[anchor.line] if anchor.line < len(lines) else ""
    return anchor.line, len(first) - len(first.lstrip())


def _split(text: str) -> list[str]:
    return text.translate(_ALIKE).split()


# ---- GitHub's reading: markdown-it-py, CommonMark plus GitHub's tables, strikethrough and footnotes.


def _parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.attrs import attrs_plugin
    from mdit_py_plugins.footnote import footnote_plugin

    return MarkdownIt("commonmark").enable(["table", "strikethrough"]).use(footnote_plugin).use(attrs_plugin)


_PARSER: list[Any] = []  # built on first use: its import costs time a warm `rapport sjekk` never spends

_BLOCK_MARKS = {
    "heading_open": "h",
    "list_item_open": "li",
    "blockquote_open": "q",
    "hr": "hr",
    "code_block": "code",
    "fence": "code",
    "th_open": "td",
    "td_open": "td",
    "footnote_open": "note",
}
_INLINE_MARKS = {
    "em_open": "em",
    "strong_open": "strong",
    "link_open": "link",
    "s_open": "strike",
    "code_inline": "codespan",
    "image": "img",
    "footnote_ref": "fn",
}
_TAG = re.compile(r"<!--.*?-->|<[^>]*>", re.S)


def _github_words(body: str) -> list[Word]:
    if not _PARSER:
        _PARSER.append(_parser())
    words: list[Word] = []
    place = (0, 1)
    heading = False
    after_table = False
    for token in _PARSER[0].parse(body):
        if token.map is not None:
            place = (token.map[0], token.map[1])
        kind = token.type
        if kind in _BLOCK_MARKS:
            mark = _BLOCK_MARKS[kind] + (token.tag[1] if kind == "heading_open" else "")
            words.append(Word(MARK + mark, *place))
        heading = kind == "heading_open" or (heading and kind == "inline")
        if kind in ("fence", "code_block"):
            words += [Word(w, *place) for w in _split(token.content)]
        elif kind == "html_block":  # GitHub shows the text between the tags
            words += [Word(w, *place) for w in _split(_TAG.sub(" ", token.content))]
        elif kind == "inline":
            content = token.children or []
            if heading and content and content[-1].type == "text":
                content[-1].content = _HEADING_ATTRIBUTE.sub("", content[-1].content)
            if after_table and content and content[0].type == "text" and content[0].content.startswith(": "):
                content[0].content = content[0].content[2:]
            words += _inline_words(content, place)
        if kind != "paragraph_open":
            after_table = kind == "table_close"
    return _sorted_marks(words)


def _inline_words(children: list[Any], place: tuple[int, int]) -> list[Word]:
    words: list[Word] = []
    text = ""  # adjacent text pieces make one word, as in pandoc's Str
    for child in children:
        kind = child.type
        if kind in ("text", "code_inline"):
            if kind == "code_inline":
                words += [Word(w, *place) for w in _split(text)]
                text = ""
                words.append(Word(MARK + "codespan", *place))
            text += child.content
            continue
        if kind in ("softbreak", "hardbreak", "html_inline"):  # a tag GitHub shows as formatting, not text
            text += " "
            continue
        if kind in _INLINE_MARKS:
            words += [Word(w, *place) for w in _split(text)]
            text = ""
            words.append(Word(MARK + _INLINE_MARKS[kind], *place))
    words += [Word(w, *place) for w in _split(text)]
    return words


def _sorted_marks(words: list[Word]) -> list[Word]:
    """Markers that open at one spot in alphabetical order: «***a***» is em+strong in either nesting."""
    out: list[Word] = []
    for word in words:
        out.append(word)
        index = len(out) - 1
        while index > 0 and out[index].text.startswith(MARK) and out[index - 1].text.startswith(MARK):
            if out[index - 1].text <= out[index].text:
                break
            out[index - 1], out[index] = out[index], out[index - 1]
            index -= 1
    return out


# ---- The PDF's reading: pandoc's AST, flattened the same way.

_PANDOC_BLOCKS = {
    "BulletList": "li",
    "OrderedList": "li",
    "BlockQuote": "q",
    "HorizontalRule": "hr",
    "CodeBlock": "code",
}
_PANDOC_INLINES = {
    "Emph": "em",
    "Strong": "strong",
    "Link": "link",
    "Strikeout": "strike",
    "Code": "codespan",
    "Image": "img",
    "Note": "fn",
}


class _Flat:
    def __init__(self) -> None:
        self.words: list[str] = []
        self.notes: list[Any] = []
        self.text = ""  # the word being built from Str pieces that touch

    def flush(self) -> None:
        self.words += _split(self.text)
        self.text = ""

    def mark(self, name: str) -> None:
        self.flush()
        self.words.append(MARK + name)


def _pandoc_words(ast: Any) -> list[str]:
    flat = _Flat()
    _blocks(ast.get("blocks", []) if isinstance(ast, dict) else [], flat)
    done = 0
    while done < len(flat.notes):  # footnotes, as GitHub lists them: at the end, in order
        flat.mark("note")
        _blocks(flat.notes[done], flat)
        done += 1
    flat.flush()
    words = [Word(w, 0, 0) for w in flat.words]
    return [w.text for w in _sorted_marks(words)]


def _blocks(blocks: list[Any], flat: _Flat) -> None:
    for block in blocks:
        kind, content = block.get("t"), block.get("c")
        flat.flush()
        if kind == "Header":
            flat.mark(f"h{content[0]}")
            _inlines(content[2], flat)
        elif kind in ("Para", "Plain"):
            _inlines(content, flat)
        elif kind == "CodeBlock":
            flat.mark("code")
            flat.text = content[1]
        elif kind in ("BulletList", "OrderedList"):
            for item in content if kind == "BulletList" else content[1]:
                flat.mark("li")
                _blocks(item, flat)
        elif kind == "BlockQuote":
            flat.mark("q")
            _blocks(content, flat)
        elif kind == "HorizontalRule":
            flat.mark("hr")
        elif kind == "Figure":  # an image alone in its paragraph; the caption is its bracket text
            _blocks(content[2], flat)
        elif kind == "Table":
            _table(content, flat)
        elif kind == "Div":
            _blocks(content[1], flat)
        elif kind == "LineBlock":
            for line in content:
                _inlines(line, flat)
        elif kind == "DefinitionList":
            for term, definitions in content:
                _inlines(term, flat)
                for definition in definitions:
                    _blocks(definition, flat)
        flat.flush()


def _table(content: list[Any], flat: _Flat) -> None:
    head, bodies = content[3], content[4]
    rows = [*head[1], *(row for body in bodies for row in [*body[2], *body[3]])]
    for row in rows:
        for cell in row[1]:
            flat.mark("td")
            _blocks(cell[4], flat)
    caption = content[1][1]
    _blocks(caption, flat)


def _inlines(inlines: list[Any], flat: _Flat) -> None:
    for inline in inlines:
        kind, content = inline.get("t"), inline.get("c")
        if kind == "Str":
            flat.text += content
        elif kind in ("Space", "SoftBreak", "LineBreak"):
            flat.text += " "
        elif kind == "Quoted":
            quote = '"' if content[0]["t"] == "DoubleQuote" else "'"
            flat.text += quote
            _inlines(content[1], flat)
            flat.text += quote
        elif kind == "Code":
            flat.mark("codespan")
            flat.text += content[1]
        elif kind == "Math":
            flat.text += f"${content[1]}$"
        elif kind == "Image":
            flat.mark("img")
        elif kind == "Note":
            flat.mark("fn")
            flat.notes.append(content)
        elif kind in _PANDOC_INLINES:
            flat.mark(_PANDOC_INLINES[kind])
            _inlines(content[-2] if kind == "Link" else content, flat)
        elif kind in ("Emph", "Underline", "Strong", "SmallCaps", "Superscript", "Subscript"):
            _inlines(content, flat)
        elif kind == "Span" or kind == "Cite":
            _inlines(content[1], flat)
        elif kind in ("RawInline",):
            flat.text += content[1]
