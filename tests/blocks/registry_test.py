"""The registry: every kind's check half runs in `rapport sjekk`, its render half in the build, and no other block."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.layout import Layout
from rapportlinja.blocks import registry
from rapportlinja.blocks.kind import Context, DataFile, Kind, Rendered
from rapportlinja.checks.run import check_repository
from rapportlinja.read.repository import open_repository
from rapportlinja.report.fenced import Block

CHAPTER = "report/kapitler/05-temaomrader.md"


def context(root: Path, **changes: object) -> Context:
    return Context(root, "nb", 2025, None, rel=CHAPTER)._replace(**changes)


def shout_kind(seen: list[Block]) -> Kind:
    """A kind of our own: refuses the word «feil», renders the text in capitals with a file beside it."""

    def check(block: Block, rel: str, repo: object) -> list[Finding]:
        seen.append(block)
        return [error(rel, block.line + 1, 1, "Ropet er feil.", None, "rop")] if "feil" in block.text else []

    def render(block: Block, ctx: Context) -> Rendered:
        return Rendered(block.text.upper(), (DataFile(f"rop-{ctx.number}.txt", block.text),))

    return Kind("rop", check, render)


def add_to_chapter(root: Path, text: str) -> int:
    """Append `text` to the chapter; returns the line where it starts."""
    path = root / CHAPTER
    before = path.read_text("utf-8")
    path.write_text(before + "\n" + text, "utf-8")
    return before.count("\n") + 2


def test_a_registered_kind_is_checked_and_rendered(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Block] = []
    monkeypatch.setitem(registry.KINDS, "rop", shout_kind(seen))
    line = add_to_chapter(example, "```rop\nhei\n```\n\n```rop\nfeil\n```\n")
    with open_repository(Layout(example)) as repo:
        findings = [f for f in check_repository(repo) if f.code == "rop"]
    assert [b.text for b in seen] == ["hei", "feil"]
    assert [(f.path, f.line) for f in findings] == [(CHAPTER, line + 5)]
    rendered = registry.expand("a\n```rop\nhei\n```\nb\n~~~rop\nhå\n~~~\n", context(example))
    assert rendered.markdown == "a\nHEI\nb\nHÅ\n"
    assert rendered.files == (DataFile("rop-1.txt", "hei"), DataFile("rop-2.txt", "hå"))


def test_blocks_inside_a_code_example_and_other_code_stay_code(example: Path) -> None:
    body = "````markdown\n```samarbeid\når: 2031\n```\n````\n\n```python\nprint(1)\n```\n"
    assert registry.expand(body, context(example)).markdown == body  # no data for 2031: it was not rendered


def test_a_misspelt_kind_is_refused_but_other_languages_are_code(example: Path) -> None:
    line = add_to_chapter(example, "```Nøkkeltall\når: 2025\n```\n\n```yaml\når: 2025\n```\n\n```samarbeide\n```\n")
    with open_repository(Layout(example)) as repo:
        findings = [f for f in check_repository(repo) if f.code == "blocks.unknown-kind"]
    assert [(f.line, f.hint) for f in findings] == [
        (line, "Mente du «nokkeltall»? Skriv ```nokkeltall på linjen som åpner blokken."),
        (line + 8, "Mente du «samarbeid»? Skriv ```samarbeid på linjen som åpner blokken."),
    ]


def test_the_render_half_refuses_what_the_check_half_refuses(example: Path) -> None:
    text = "```samarbeid\når: i fjor\n```\n"
    line = add_to_chapter(example, text)
    with open_repository(Layout(example)) as repo:
        assert any(f.code == "samarbeid.year" and f.line == line + 1 for f in check_repository(repo))
    with pytest.raises(UserError, match="Samarbeid-blokken kan ikke vises"):
        registry.expand(text, context(example))
    with pytest.raises(UserError, match="Nøkkeltall-blokken kan ikke vises"):
        registry.expand("```nokkeltall\når: 2025\n```\n", context(example))


def test_keep_broken_shows_the_broken_block_as_written_and_the_others_rendered(example: Path) -> None:
    body = "```samarbeid\når: 2031\n```\n\n```samarbeid\når: 2025\n```\n"
    with pytest.raises(UserError):
        registry.expand(body, context(example))
    shown = registry.expand(body, context(example), keep_broken=True).markdown
    assert shown.startswith("```samarbeid\når: 2031\n```\n\n| Sektor | Svar |")
