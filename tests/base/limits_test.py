"""Bounded Markdown: the shapes that cost pandoc minutes are refused before it runs; real chapters pass."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.limits import markdown_problem

CHAPTERS = sorted((Path(__file__).parents[1] / "fixtures/eksempel/report/kapitler").glob("*.md"))

HOSTILE = {
    "indented lists": "Tekst.\n\n" + "".join("  " * i + "- punkt\n" for i in range(100)),
    "lists on one line": "Tekst.\n\n" + "- " * 50 + "x\n",
    "numbered lists on one line": "Tekst.\n\n" + "1. " * 50 + "x\n",
    "block quotes": "Tekst.\n\n" + "> " * 50 + "x\n",
    "a long table row": "| a | b |\n|---|---|\n" + "| 1 " * 10_000 + "|\n",
    "a long paragraph": "ord ord ord\n" * 20_000,
    "nested brackets": "[" * 200,
}


@pytest.mark.parametrize("name", list(HOSTILE))
def test_hostile_shapes_are_refused_with_their_line(name: str) -> None:
    problem = markdown_problem(HOSTILE[name])
    assert problem is not None
    line, message = problem
    assert line >= 1 and message and message[0].isupper()


@pytest.mark.parametrize("path", CHAPTERS, ids=lambda p: p.name)
def test_real_chapters_pass(path: Path) -> None:
    assert markdown_problem(path.read_text("utf-8")) is None


def test_ordinary_nesting_and_long_prose_lines_pass() -> None:
    text = "- a\n  - b\n    - c\n      1. d\n\n> > sitat\n\n" + "Et langt avsnitt. " * 800 + "\n"
    assert markdown_problem(text) is None
