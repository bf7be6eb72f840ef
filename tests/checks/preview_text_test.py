"""The Norwegian wording of a preview difference: what each side shows, and a hint that fits."""

from __future__ import annotations

from rapportlinja.checks.preview import Difference
from rapportlinja.checks.preview_text import CODE, finding


def test_markup_printed_by_the_pdf_names_it_and_gives_the_emphasis_hint():
    f = finding("report/kapitler/01-a.md", 8, Difference(1, 0, "*foo**bar*", "¶em foo**bar"))
    assert (f.line, f.column, f.code) == (9, 1, CODE)
    assert "PDF-en skriver «*foo**bar*»" in f.message and "GitHub viser «foo**bar»" in f.message
    assert f.hint is not None and "\\*" in f.hint


def test_a_quote_without_blank_line_says_what_github_shows():
    f = finding("report/kapitler/01-a.md", 8, Difference(2, 0, ">", "¶q"))
    assert f.message == "PDF-en skriver ut «>», der GitHub viser et sitat."
    assert f.hint is not None and "tom linje over sitatet" in f.hint


def test_text_the_pdf_drops():
    f = finding("report/kapitler/01-a.md", 8, Difference(1, 0, "¶link lenke", "[lenke](min fil.md)"))
    assert "GitHub viser «[lenke](min fil.md)»" in f.message
    assert f.hint is not None and "[tekst](adresse)" in f.hint
