"""Bokmål in a nynorsk report: with «målform: nn», text in report/ and meetings/ that has bokmål-only words.

The labels the tool writes are nynorsk already; what a nynorsk municipality still sees in bokmål comes from
its data: the chapters, the routine, the wheel, the survey and the key figures' names (the example's, if
`rapport oppsett --målform nn` could not translate them). One warning per file, at the first word found,
so a chapter the writers have not translated yet is one thing to do, not a hundred. Comments in YAML and
keys are not read: nobody outside the repository sees them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rapportlinja.base.findings import Finding, warning
from rapportlinja.base.layout import Layout
from rapportlinja.read.textfile import read_bytes

CODE = "language.bokmal"
# Words that are bokmål and never nynorsk (nynorsk: ikkje, kva, korleis, kva for, nokon, eg, viss, frå, vart,
# barnevernleiar, barnevernstenesta). Words both forms share («mellom», «skal», «også») are not here.
BOKMAL_ONLY = (
    "ikke",
    "hva",
    "hvordan",
    "hvilken",
    "hvilke",
    "noen",
    "jeg",
    "hvis",
    "fra",
    "ble",
    "barnevernleder",
    "barnevernstjenesten",
)
# A whole word in running text: not part of an id or a path (barnevernleder-kommunalsjef) and not a key (fra:).
WORDS = re.compile(r"(?<![\w/-])(" + "|".join(BOKMAL_ONLY) + r")(?![\w/-]|:)", re.IGNORECASE)
_COMMENT = re.compile(r"(?:^|\s)#")
HINT = "Skriv teksten på nynorsk, eller set «målform: nb» i report/rapport.yaml om rapporten skal vere på bokmål."


def check_bokmal(layout: Layout, edition: Any, selected: set[str] | None) -> list[Finding]:
    if not isinstance(edition, dict) or edition.get("målform") != "nn":
        return []
    return [
        finding
        for path in _text_files(layout)
        if selected is None or layout.rel(path) in selected
        for finding in _first_word(layout.rel(path), path)
    ]


def bokmal_words(text: str) -> list[str]:
    """The bokmål-only words in `text`, as written, in order."""
    return [match.group(1) for match in WORDS.finditer(text)]


def _text_files(layout: Layout) -> Iterator[Path]:
    for folder in (layout.report, layout.meetings):
        if folder.is_dir():
            yield from sorted(p for p in folder.rglob("*") if p.suffix in (".md", ".yaml") and p.is_file())


def _first_word(rel: str, path: Path) -> Iterator[Finding]:
    data = read_bytes(path)
    if data is None:
        return
    hits = []
    for number, line in enumerate(data.decode("utf-8", "replace").splitlines(), start=1):
        if path.suffix == ".yaml":
            line = _COMMENT.split(line, maxsplit=1)[0]  # «uten_møte_i: [7]  # ikke møte i juli»
        hits += [(number, match.start(1) + 1, match.group(1)) for match in WORDS.finditer(line)]
    if hits:
        number, column, word = hits[0]
        more = f" (og {len(hits) - 1} stader til)" if len(hits) > 1 else ""
        yield warning(rel, number, column, f"«{word}» er bokmål, men målforma er nynorsk{more}.", HINT, CODE)
