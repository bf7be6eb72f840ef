"""The registry of block kinds: one place that finds, checks and renders every fenced block.

`rapport sjekk` runs each kind's check half on every block of every chapter; the build runs the
render half. A block whose info string is a kind misspelt (```nøkkeltall, ```Samarbeid) would be
printed as code without a word; the check names the kind it is close to.
"""

from __future__ import annotations

import difflib

from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, error
from rapportlinja.blocks import keyfigures, register, sources, survey
from rapportlinja.blocks.kind import Context, DataFile, Kind, Rendered
from rapportlinja.read.repository import Repository
from rapportlinja.report import fenced
from rapportlinja.report.fenced import Block

KINDS: dict[str, Kind] = {kind.name: kind for kind in (keyfigures.KIND, sources.KIND, survey.KIND, register.KIND)}


def check_blocks(repo: Repository, selected: set[str] | None) -> list[Finding]:
    """Every block of every (selected) chapter, by its kind's check; and kinds that are misspelt."""
    findings: list[Finding] = []
    for chapter in repo.snapshot.chapters.values():
        rel, body = chapter.loaded.rel, chapter.loaded.body
        if (selected is not None and rel not in selected) or ("```" not in body and "~~~" not in body):
            continue
        for block in fenced.find_all(body, chapter.loaded.body_first_line):
            kind = KINDS.get(block.kind)
            if kind is not None:
                findings += kind.check(block, rel, repo)
            else:
                findings += _misspelt(block, rel)
    return findings


def expand(body: str, context: Context, first_line: int = 1, keep_broken: bool = False) -> Rendered:
    """`body` with every block of a known kind replaced by what its render half makes of it.

    A block its render half refuses stops the build with the UserError; with `keep_broken` (the
    redline, which shows a draft as it stands) that block keeps its source and the others are shown.
    """
    found = [block for block in fenced.find_all(body, first_line) if block.kind in KINDS]
    lines = body.split("\n")
    numbers: dict[str, int] = {}
    files: list[DataFile] = []

    def replacement(block: Block) -> str:
        numbers[block.kind] = numbers.get(block.kind, 0) + 1
        try:
            rendered = KINDS[block.kind].render(block, context._replace(number=numbers[block.kind]))
        except UserError:
            if not keep_broken:
                raise
            return "\n".join(lines[block.start : block.end + 1])
        files.extend(rendered.files)
        return rendered.markdown

    # Rendered from the first block on, so numbers (and CSV names) follow the text; replaced from the end.
    texts = {block.start: replacement(block) for block in found}
    return Rendered(fenced.replace(body, found, lambda block: texts[block.start]), tuple(files))


def _fold(word: str) -> str:
    return word.lower().replace("ø", "o").replace("æ", "ae").replace("å", "a")


def _misspelt(block: Block, rel: str) -> list[Finding]:
    close = difflib.get_close_matches(_fold(block.kind), KINDS, n=1, cutoff=0.8)
    if not close:
        return []
    return [
        error(
            rel,
            block.line,
            1,
            f"Blokken «{block.kind}» er ikke en blokk rapporten kjenner, og blir vist som kode.",
            f"Mente du «{close[0]}»? Skriv ```{close[0]} på linjen som åpner blokken.",
            "blocks.unknown-kind",
        )
    ]
