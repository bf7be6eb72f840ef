"""What pandoc's own parser leaves as plain text in each chapter: the raw material of the gate.

The build reads chapters with `report.markdown.READER`; here the same reader parses every
chapter body, in one pandoc process for all of them, and we keep only the pieces that are
text although the writer meant markup (see `leftovers`). Results are cached per body text in
build/, so a second `rapport sjekk` only parses what changed.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import importlib.util
import json
import os
import re
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from rapportlinja.base import atomic
from rapportlinja.base.errors import UserError
from rapportlinja.checks import glyphs, preview
from rapportlinja.checks.preview import Difference
from rapportlinja.report.markdown import READER

TIMEOUT_SECONDS = 120
# Under build/, in a folder with its own «.gitignore: *» (as ruff and pytest do), so that Git,
# pre-commit and `git add -A` never see it, even in a repository that does not ignore build/.
CACHE_DIR = ".sjekk-cache"
CACHE_FILE = "pandoc.json"
PROCESSES = 2
MANY = 200  # below this many uncached chapters, a second pandoc start costs more than it saves
_SCRIPT = resources.files("rapportlinja").joinpath("checks", "ast.lua")


class Leftover(NamedTuple):
    # "str" (text), "math", "raw", "numbered" (a heading that starts with a number), "emphasis",
    # "deep" (a heading below level 6), "image" (its target, however it was written),
    # "glyph" (a character no font of the PDF has)
    kind: str
    text: str
    start: bool = False  # the first thing on a line of its paragraph
    first: bool = False  # the first thing in its paragraph


class Reading(NamedTuple):
    """What the gate needs of one chapter: pandoc's leftovers, and where GitHub's preview differs."""

    leftovers: list[Leftover]
    differences: list[Difference]


def start(bodies: list[str], build: Path) -> Callable[[], list[Reading]]:
    """Begin parsing in the background (the other checks run meanwhile); call the result to wait."""
    cache = _read_cache(build / CACHE_DIR / CACHE_FILE)
    keys = [_key(body) for body in bodies]
    todo = sorted({key: body for key, body in zip(keys, bodies, strict=True) if key not in cache}.items())
    # pandoc is the long pole on a cold cache: with many chapters, two processes share the work.
    workers = min(PROCESSES, os.cpu_count() or 1) if len(todo) >= MANY else 1
    chunks = [[body for _, body in todo[i::workers]] for i in range(workers)]
    pool = ThreadPoolExecutor(max_workers=workers)
    futures = [pool.submit(_parse, chunk) for chunk in chunks]

    def collect() -> list[Reading]:
        try:
            done = [future.result() for future in futures]
        finally:
            pool.shutdown()
        parsed = [done[i % workers][i // workers] for i in range(len(todo))]
        fresh = {key: found for (key, _), found in zip(todo, parsed, strict=True)}
        results = [fresh[key] if key in fresh else cache[key] for key in keys]
        if fresh:
            _write_cache(build / CACHE_DIR, dict(zip(keys, results, strict=True)))
        return results

    return collect


def _parse(bodies: list[str]) -> list[Reading]:
    if not bodies:
        return []
    # -A64m: a bigger allocation area saves pandoc a third of its garbage collection on big reports.
    command = [str(pandoc_binary()), "+RTS", "-A64m", "-RTS", "lua", str(_SCRIPT), READER]
    try:
        result = subprocess.run(
            command, input=json.dumps(bodies).encode("utf-8"), capture_output=True, timeout=TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        raise UserError(f"pandoc brukte mer enn {TIMEOUT_SECONDS} sekunder på å lese kapitlene.") from None
    lines = result.stdout.decode("utf-8").splitlines()
    if result.returncode != 0 or len(lines) != len(bodies):
        detail = result.stderr.decode("utf-8", errors="replace").strip()
        raise UserError(f"pandoc klarte ikke å lese kapitlene: {detail}")
    return [_reading(body, line) for body, line in zip(bodies, lines, strict=True)]


def _reading(body: str, ast_json: str) -> Reading:
    # The comparison with GitHub's reading is made here, once per changed chapter, and cached with
    # the leftovers: a warm `rapport sjekk` neither parses with markdown-it nor decodes pandoc's JSON.
    compared = preview.differences(body, json.loads(ast_json)) if ast_json != "null" else []
    return Reading(leftovers(ast_json), compared)


# Cheap test on the JSON text first: most chapters have nothing left over, and decoding
# their JSON in Python would cost more than pandoc's own work. It may say yes too often
# (the walk below decides), never too seldom.
_LINE_START = "#•·▪●◦‣"
_SUSPECT = re.compile(
    r'"t":"(?:Math|RawInline|RawBlock)"'
    r'|"t":"(?:Image|Header","c":\[(?:[7-9]|\d\d),)'
    r'|"t":"Header","c":\[\d,\[.*?\{"t":"Str","c":"\d+\.'
    r'|"t":"Str","c":"(?:[^"\\]|\\.)*(?:\||\[\^|\{|\}|<!|!\[)'
    r'|"t":"Str","c":"(?:[' + _LINE_START + r']|[-*+](?:\u00a0|\\u00a0)|[a-zæøå_]+:")'
    r'|"t":"(?:SoftBreak|LineBreak)"\},\{"t":"Str","c":"[-*+]"'
    r'|"t":"Str","c":"(?:\*+|_+)[^"\s*_]'
)
_BREAKS = ("SoftBreak", "LineBreak")
_TRIGGERS = ("[^", "{", "}", "<!", "![", "|")
# Asterisks or underscores left at the start of a word: pandoc found no closing delimiter (or the
# opener was followed by a space) and prints them. «5 * 3» is a lone «*», «snake_case» has no run
# at its start, «2*3*4» became emphasis: none of them is a Str like this.
_OPENER = re.compile(r"(\*+|_+)\w")


def leftovers(ast_json: str) -> list[Leftover]:
    """The suspicious pieces of one chapter's AST, in document order."""
    if ast_json == "null" or not (_SUSPECT.search(ast_json) or glyphs.missing(ast_json)):
        return []
    found: list[Leftover] = []
    _walk(json.loads(ast_json)["blocks"], found)
    return found


def _walk(node: Any, found: list[Leftover], in_table: bool = False) -> None:
    if isinstance(node, list):
        at_start = True
        for index, item in enumerate(node):
            if isinstance(item, dict) and item.get("t") == "Str":
                _str(item["c"], at_start, index == 0, in_table, found)
            else:
                _walk(item, found, in_table)
            at_start = isinstance(item, dict) and item.get("t") in _BREAKS
    elif isinstance(node, dict):
        kind = node.get("t")
        content: Any = node.get("c")
        if kind == "Math":
            found.append(Leftover("math", content[1]))
        elif kind in ("RawInline", "RawBlock"):
            found.append(Leftover("raw", content[1]))
        elif kind == "Image":
            found.append(Leftover("image", content[2][0]))
        elif kind == "Header" and content[0] > 6:
            found.append(Leftover("deep", "#" * content[0]))
        elif kind == "Header":
            inlines = content[2]
            if inlines and inlines[0].get("t") == "Str" and re.fullmatch(r"\d+\.[\d.]*", inlines[0]["c"]):
                found.append(Leftover("numbered", inlines[0]["c"]))
        if isinstance(content, (list, dict)):
            _walk(content, found, in_table or kind == "Table")


def _str(text: str, at_start: bool, first: bool, in_table: bool, found: list[Leftover]) -> None:
    found.extend(Leftover("glyph", char) for char in glyphs.missing(text))
    # A «|» inside a table that pandoc did build was written as \| on purpose.
    triggers = _TRIGGERS[:-1] if in_table else _TRIGGERS
    # A list marker inside a paragraph: the list had no blank line above it.
    marker = not first and text in ("-", "*", "+")
    # A cell starts no line of the source: «#1» or «•» first in a cell is just text.
    line_start = (
        at_start and not in_table and (marker or text[:1] in _LINE_START or re.match(r"[-*+]\u00a0|[a-zæøå_]+:$", text))
    )
    if line_start or any(t in text for t in triggers):
        found.append(Leftover("str", text, at_start, first))
    elif _OPENER.match(text):
        found.append(Leftover("emphasis", text))


@functools.cache
def pandoc_binary() -> Path:
    """The pandoc that pypandoc_binary ships, found without importing pypandoc (0.1 s) or
    asking pandoc for its version (another pandoc start)."""
    spec = importlib.util.find_spec("pypandoc")
    if spec is not None and spec.origin is not None:
        shipped = Path(spec.origin).parent / "files" / "pandoc"
        if shipped.is_file():
            return shipped
    import pypandoc

    return Path(pypandoc.get_pandoc_path())


def _key(body: str) -> str:
    return hashlib.sha256(f"{_version()}\0{READER}\0{body}".encode()).hexdigest()[:32]


@functools.cache
def _version() -> str:
    """Which pandoc, which script and which walk: a new one must not reuse old results."""
    binary = pandoc_binary().stat()
    sources = _SCRIPT.read_bytes() + Path(__file__).read_bytes() + Path(preview.__file__).read_bytes()
    script = hashlib.sha256(sources + glyphs.TABLE.read_bytes()).hexdigest()[:16]
    return f"{binary.st_size}-{binary.st_mtime_ns}-{script}"


def _read_cache(path: Path) -> dict[str, Reading]:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return {
            key: Reading([Leftover(*item) for item in found], [Difference(*item) for item in differ])
            for key, (found, differ) in raw.items()
        }
    except (OSError, ValueError, TypeError):
        return {}  # no cache, or one we cannot use: parse everything again


def _write_cache(folder: Path, entries: dict[str, Reading]) -> None:
    store(folder / CACHE_FILE, json.dumps(entries, ensure_ascii=False) + "\n")


def store(path: Path, text: str) -> None:
    """Write one of `rapport sjekk`'s cache files atomically, in a folder Git ignores; every check's cache uses it."""
    with contextlib.suppress(OSError):  # a read-only checkout just gets no cache
        ignore = path.parent / ".gitignore"
        if not ignore.is_file():
            atomic.write_text(ignore, "# Laget av «rapport sjekk»: et mellomlager som Git skal se bort fra.\n*\n")
        atomic.write_text(path, text)
