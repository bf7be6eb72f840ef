"""The prose of each chapter as a reader reads it, from pandoc's own parser, with the source line of every word.

pandoc (the reader the build uses) decides what is prose: tables, code, block quotes, footnotes and
figures are left out, links keep their text and headings are marked as such (see plaintext.lua). One
pandoc process reads every chapter in the background while the other checks run, and the result is
cached per body text under build/.sjekk-cache/, beside the gate's cache, so a warm `rapport sjekk`
starts no pandoc at all. pandoc's AST has no source positions, so `place` finds each word again in
the source, in order, as the gate does with its leftovers.
"""

from __future__ import annotations

import bisect
import functools
import hashlib
import json
import re
import subprocess
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import NamedTuple, TypeVar

from rapportlinja.base.errors import UserError
from rapportlinja.checks.pandoc_ast import CACHE_DIR, TIMEOUT_SECONDS, pandoc_binary, store
from rapportlinja.report.markdown import READER

CACHE_FILE = "tekst.json"
_SCRIPT = resources.files("rapportlinja").joinpath("checks", "plaintext.lua")
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
KEPT = 5000  # cache entries: a thousand chapters, old and new, and what pre-commit saw of them
LOOKAHEAD = 400  # source words to search for the next prose word before giving up on it (a skipped table)


class Block(NamedTuple):
    kind: str  # "p" paragraph, "li" list item, "h" heading
    text: str


class Word(NamedTuple):
    text: str
    start: int  # offset in the block's text
    line: int  # source line, 0 when not found
    column: int  # 1-based


class Placed(NamedTuple):
    kind: str
    text: str
    words: list[Word]

    @property
    def line(self) -> int:
        return next((w.line for w in self.words if w.line), 0)


def start(bodies: list[str], build: Path) -> Callable[[], list[list[Block]]]:
    """Begin reading in the background; call the result to wait for each body's blocks."""
    cache = _read_cache(build / CACHE_DIR / CACHE_FILE)
    keys = [_key(body) for body in bodies]
    todo = sorted({key: body for key, body in zip(keys, bodies, strict=True) if key not in cache}.items())
    pool = ThreadPoolExecutor(max_workers=1)
    future = pool.submit(_parse, [body for _, body in todo])

    def collect() -> list[list[Block]]:
        try:
            parsed = future.result()
        finally:
            pool.shutdown()
        fresh = {key: blocks for (key, _), blocks in zip(todo, parsed, strict=True)}
        results = [fresh[key] if key in fresh else cache[key] for key in keys]
        if fresh:
            _write_cache(build / CACHE_DIR, bounded({**cache, **fresh}))
        return results

    return collect


def _parse(bodies: list[str]) -> list[list[Block]]:
    if not bodies:
        return []
    command = [str(pandoc_binary()), "lua", str(_SCRIPT), READER]
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
    return [blocks(line) for line in lines]


def blocks(line: str) -> list[Block]:
    """One chapter's blocks from the script's JSON line; a chapter pandoc could not read has none."""
    raw = json.loads(line)
    if not isinstance(raw, list):
        return []
    return [Block(str(kind), str(text)) for kind, text in raw]


def place(found: list[Block], lines: list[tuple[int, str]]) -> list[Placed]:
    """Each block with the line and column of every word, found in order in the chapter's visible lines."""
    source = [(number, match.start() + 1) for number, text in lines for match in WORD.finditer(text)]
    where: dict[str, list[int]] = {}
    for index, word in enumerate(m.group(0).casefold() for _, text in lines for m in WORD.finditer(text)):
        where.setdefault(word, []).append(index)
    cursor = 0
    placed: list[Placed] = []
    for block in found:
        words: list[Word] = []
        for match in WORD.finditer(block.text):
            wanted = match.group(0).casefold()
            at = _find(where.get(wanted, []), cursor)
            if at is None:
                line, column = (words[-1].line, words[-1].column) if words else (0, 0)
            else:
                cursor = at + 1
                line, column = source[at]
            words.append(Word(match.group(0), match.start(), line, column))
        placed.append(Placed(block.kind, block.text, words))
    return placed


def _find(places: list[int], cursor: int) -> int | None:
    """The word's first place at or after the cursor, if it is near enough."""
    index = bisect.bisect_left(places, cursor)
    if index < len(places) and places[index] < cursor + LOOKAHEAD:
        return places[index]
    return None


def _key(body: str) -> str:
    return hashlib.sha256(f"{version()}\0{READER}\0{body}".encode()).hexdigest()[:32]


@functools.cache
def version() -> str:
    """Which pandoc and which script: a new one must not reuse old results."""
    binary = pandoc_binary().stat()
    script = hashlib.sha256(_SCRIPT.read_bytes()).hexdigest()[:16]
    return f"{binary.st_size}-{binary.st_mtime_ns}-{script}"


T = TypeVar("T")


def bounded(entries: dict[str, T]) -> dict[str, T]:
    """The newest entries (last inserted) up to KEPT, so a cache that every run adds to stays small."""
    return dict(list(entries.items())[-KEPT:])


def _read_cache(path: Path) -> dict[str, list[Block]]:
    try:
        raw = json.loads(path.read_text("utf-8"))
        return {key: [Block(*item) for item in items] for key, items in raw.items()}
    except (OSError, ValueError, TypeError):
        return {}  # no cache, or one we cannot use: read everything again


def _write_cache(folder: Path, entries: dict[str, list[Block]]) -> None:
    store(folder / CACHE_FILE, json.dumps(entries, ensure_ascii=False) + "\n")
