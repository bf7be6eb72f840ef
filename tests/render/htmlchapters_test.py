"""Chapters to one HTML fragment for the web edition: ids, chapter links and rules."""

from __future__ import annotations

import re
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.render.htmlchapters import to_html
from rapportlinja.render.pandoc import Source

CHAPTER_DIR = "/report/kapitler"
TWINS = [
    Source("05-tema.md", "Tema", "Se [neste](10-tema.md) og [målet der](10-tema.md#mål).\n\n## Mål\n\n[Her](#mål).\n"),
    Source("10-tema.md", "Tema igjen", "Tilbake til [forrige](05-tema.md#mål).\n\n## Mål\n"),
]


def test_files_that_differ_only_in_their_number_get_ids_of_their_own(tmp_path: Path) -> None:
    fragment = to_html(TWINS, tmp_path / "arbeid", CHAPTER_DIR, Layout(tmp_path), "Tabell")
    ids = re.findall(r' id="([^"]*)"', fragment.html)
    assert len(ids) == len(set(ids)), ids  # a duplicate id breaks links and screen readers (WCAG 4.1.1)
    assert fragment.chapter_ids == ("tema.md__kapittel", "tema.md-1__kapittel")
    links = re.findall(r'<a href="([^"]*)"', fragment.html)
    assert links == ["#tema.md-1__kapittel", "#tema.md-1__mål", "#tema.md__mål", "#tema.md__mål"]


def test_a_horizontal_rule_is_a_separator(tmp_path: Path) -> None:
    chapter = Source("01-a.md", "A", "Før.\n\n***\n\nEtter.\n")
    fragment = to_html([chapter], tmp_path / "arbeid", CHAPTER_DIR, Layout(tmp_path), "Tabell")
    assert re.search(r"<p>Før\.</p>\s*<hr\s*/?>\s*<p>Etter\.</p>", fragment.html)
