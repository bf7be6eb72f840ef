"""A careful reading of the tag tree that veraPDF's machine checks leave to people.

Matterhorn 15-001: every table has header cells (the colophon and the agenda's facts used
to be tables without them); 14-001/14-003: the cover title is a heading and headings do
not skip a level; 13-004: every figure has alternative text.
"""

from __future__ import annotations

import itertools

import pytest

from rapportlinja.cli import main
from tests.conftest import copy_example, init_git
from tests.meetings.helpers import BL
from tests.verapdf import structure

pytestmark = pytest.mark.slow  # validates built PDFs


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, structure.Element]:
    root = copy_example(tmp_path_factory.mktemp("struktur") / "repo")
    init_git(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert main(["bygg"]) == 0
        assert main(["agenda", BL, "--dato", "2026-12-08"]) == 0
    return {
        "rapport": structure.tree(root / "build/tilstandsrapport-2025.pdf"),
        "agenda": structure.tree(root / "build/agenda" / BL / "2026-12-08.pdf"),
    }


@pytest.mark.parametrize("name", ["rapport", "agenda"])
def test_every_table_has_header_cells(pdfs: dict[str, structure.Element], name: str) -> None:
    assert structure.tables_without_header_cells(pdfs[name]) == 0


@pytest.mark.parametrize("name", ["rapport", "agenda"])
def test_headings_start_at_one_and_do_not_skip(pdfs: dict[str, structure.Element], name: str) -> None:
    levels = [int(role[1:]) for role in structure.headings(pdfs[name])]
    assert levels and levels[0] == 1
    assert all(after <= before + 1 for before, after in itertools.pairwise(levels)), levels


def test_cover_title_is_the_first_heading(pdfs: dict[str, structure.Element]) -> None:
    roles = [e.role for e in pdfs["rapport"].walk()]
    before_contents = roles[: roles.index("TOC")]
    assert before_contents.count("H1") == 2  # the cover's title, then «Innhold» (the outline's own heading)


def test_every_figure_has_alt_text(pdfs: dict[str, structure.Element]) -> None:
    figures = [e for e in pdfs["rapport"].walk() if e.role == "Figure"]
    assert figures
    assert all(e.alt and e.alt.strip() for e in figures)
