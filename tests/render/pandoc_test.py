"""Chapters converted one by one (in parallel, cached) give the same Typst as pandoc given them all at once."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pypandoc
import pytest

from rapportlinja.base import escape
from rapportlinja.base.layout import Layout
from rapportlinja.read.repository import read
from rapportlinja.render import pandoc

CHAPTER_DIR = "/report/kapitler"

SCOPED = [
    pandoc.Source(
        "a.md",
        "A",
        "Se [b](b.md#y), [hele b](b.md), [her](#x) og [ute](c.md#z).\n\n## X {#x}\n\nTekst[^1].\n\n[^1]: Fotnote.\n",
    ),
    pandoc.Source(
        "b.md", "B", "## Y {#y}\n\n[Spenn]{#s} og `kode`{#k}.\n\n::: {#boks}\nTilbake til [a](a.md#x).\n:::\n"
    ),
]


def _all_at_once(sources: list[pandoc.Source], workdir: Path) -> str:
    """The conversion as it was: one pandoc for every chapter, with --file-scope."""
    workdir.mkdir(parents=True, exist_ok=True)
    for source in sources:
        (workdir / source.file).write_text(f"# {escape.markdown(source.title)} {{#kapittel}}\n\n{source.body}", "utf-8")
    command = [
        pypandoc.get_pandoc_path(),
        "--file-scope",
        *pandoc.OPTIONS,
        "--lua-filter",
        str(pandoc.filter_path()),
        "--metadata",
        f"rapportlinja-kapittelmappe={CHAPTER_DIR}",
        *[s.file for s in sources],
    ]
    return subprocess.run(command, cwd=workdir, capture_output=True, check=True).stdout.decode("utf-8")


def _example_sources(root: Path) -> list[pandoc.Source]:
    snapshot = read(Layout(root))
    return [pandoc.Source(c.file, c.title, c.body) for c in snapshot.chapter_records()]


def test_ids_and_links_get_the_file_prefixes_of_file_scope(tmp_path: Path) -> None:
    one_by_one = pandoc.to_typst(SCOPED, tmp_path / "hver", CHAPTER_DIR)
    assert one_by_one == _all_at_once(SCOPED, tmp_path / "samlet")
    assert "<a.md__x>" in one_by_one and "#link(<b.md__kapittel>)" in one_by_one


def test_the_example_converts_to_the_same_typst(example: Path, tmp_path: Path) -> None:
    sources = _example_sources(example)
    assert len(sources) > 5
    assert pandoc.to_typst(sources, tmp_path / "hver", CHAPTER_DIR) == _all_at_once(sources, tmp_path / "samlet")


def test_unchanged_chapters_come_from_the_cache_and_only_current_ones_are_kept(
    example: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sources = _example_sources(example)
    cache = tmp_path / "cache"
    first = pandoc.to_typst(sources, tmp_path / "1", CHAPTER_DIR, cache)
    assert len(list(cache.glob("*.typ"))) == len(sources)
    runs: list[str] = []
    real = pandoc._convert
    monkeypatch.setattr(pandoc, "_convert", lambda source, *args: runs.append(source.file) or real(source, *args))
    changed = [sources[0]._replace(body=sources[0].body + "\nEn ny setning.\n"), *sources[1:]]
    second = pandoc.to_typst(changed, tmp_path / "2", CHAPTER_DIR, cache)
    assert runs == [sources[0].file]  # only the edited chapter went through pandoc again
    assert "En ny setning." in second and "En ny setning." not in first
    assert len(list(cache.glob("*.typ"))) == len(sources)  # the old version of the chapter is gone


def test_the_cache_key_holds_every_filter_of_ours() -> None:
    # A change to a module a filter requires (shared.lua) or to a filter run before typst.lua
    # must convert the chapters again, not serve what the old filter made.
    toolchain = pandoc._toolchain.__wrapped__()
    for name in ("typst", "shared", "redline"):
        assert pandoc.filter_path(name).read_bytes() in toolchain


TWINS = [
    pandoc.Source("05-tema.md", "Tema", "Se [neste](10-tema.md) og [målet der](10-tema.md#mål).\n\n## Mål\n"),
    pandoc.Source("10-tema.md", "Tema igjen", "Tilbake til [forrige](05-tema.md#mål).\n\n## Mål\n"),
]


def test_files_that_differ_only_in_their_number_get_labels_of_their_own() -> None:
    assert pandoc.file_ids(["05-tema.md", "10-tema.md", "11-annet.md"]) == {
        "05-tema.md": "tema.md",
        "10-tema.md": "tema.md-1",
        "11-annet.md": "annet.md",
    }


def test_links_between_twin_files_land_on_the_right_chapter(tmp_path: Path) -> None:
    typst = pandoc.to_typst(TWINS, tmp_path, CHAPTER_DIR)
    labels = [line for line in typst.split("\n") if line.startswith("<")]
    assert labels == ["<tema.md__kapittel>", "<tema.md__mål>", "<tema.md-1__kapittel>", "<tema.md-1__mål>"]
    assert "#link(<tema.md-1__kapittel>)" in typst and "#link(<tema.md-1__mål>)" in typst
    assert "#link(<tema.md__mål>)" in typst


def test_a_horizontal_rule_is_drawn_as_an_artifact_without_the_template(tmp_path: Path) -> None:
    typst = pandoc.to_typst([pandoc.Source("a.md", "A", "Før.\n\n***\n\nEtter.\n")], tmp_path, CHAPTER_DIR)
    # The chapters are #include'd and cannot see a name the template defines.
    assert "horizontalrule" not in typst
    assert "#pdf.artifact(align(center, line(" in typst


def test_chapter_of_line_names_the_chapter_of_every_line_of_its_typst(tmp_path: Path) -> None:
    """`rapport bygg` names the chapter file of a Typst error by the line it is on: every line of a
    chapter's Typst, its own heading line included, belongs to that chapter and no other."""
    sources = [
        pandoc.Source("01-a.md", "Alfa", "Første avsnitt.\n\n## Del alfa\n\nMer alfa.\n"),
        pandoc.Source("02-b.md", "Beta", "Beta-tekst.\n\n> Sitat beta.\n\n- punkt beta\n"),
        pandoc.Source("03-c.md", "Gamma", "Gamma til slutt.\n"),
    ]
    typst = pandoc.to_typst(sources, tmp_path, CHAPTER_DIR)
    lines = typst.split("\n")
    owners = {"01-a.md": ("Alfa", "alfa"), "02-b.md": ("Beta", "beta"), "03-c.md": ("Gamma",)}
    checked = 0
    for number, text in enumerate(lines, start=1):
        for file, words in owners.items():
            if any(word in text for word in words):
                assert pandoc.chapter_of_line(typst, number, sources) == file, (number, text)
                checked += 1
    assert checked >= 8  # headings, paragraphs, the quote and the list item were all found
    beyond = len(lines) + 10
    assert pandoc.chapter_of_line(typst, beyond, sources) == "03-c.md"
    assert pandoc.chapter_of_line(typst, 1, sources[:0]) is None


@pytest.mark.parametrize("fence", ["````;", "``` foo\\+bar", "``` f&ouml;&ouml;"])
def test_an_info_string_typst_cannot_read_as_a_language_is_left_out(tmp_path: Path, fence: str) -> None:
    """GitHub shows nothing of a fence's info string; Typst would print what follows a plain name."""
    body = f"{fence}\nkode her\n{fence[: fence.count('`')]}\n"
    typst = pandoc.to_typst([pandoc.Source("a.md", "A", body)], tmp_path, CHAPTER_DIR)
    block = typst[typst.index("`" * 3) :]
    assert block.split("\n")[0].strip("`") == "", block
    assert "kode her" in block


def test_a_plain_language_name_is_kept(tmp_path: Path) -> None:
    typst = pandoc.to_typst([pandoc.Source("a.md", "A", "```python\nx = 1\n```\n")], tmp_path, CHAPTER_DIR)
    assert "```python" in typst
