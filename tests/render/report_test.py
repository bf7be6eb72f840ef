"""End-to-end: the example's key-figure blocks become a numbered table and a chart in the PDF."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.cli import main
from tests import pdfcheck

pytestmark = pytest.mark.slow  # builds the report end to end (pandoc, Typst, PDF)


def squeeze(text: str) -> str:
    return "".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, pdfcheck.PdfFacts, list[str]]:
    from tests.conftest import copy_example

    root = copy_example(tmp_path_factory.mktemp("figurer") / "repo")
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert main(["bygg"]) == 0
        charts = sorted(p.name for p in (root / "build/figurer").glob("*.svg"))
        first = (root / "build/tilstandsrapport-2025.pdf").read_bytes()
        assert main(["bygg"]) == 0  # a second build reuses the chart and gives the same PDF
        assert (root / "build/tilstandsrapport-2025.pdf").read_bytes() == first
    return root, pdfcheck.read(root / "build/tilstandsrapport-2025.pdf"), charts


def test_generated_tables_are_numbered_with_norwegian_numbers(built) -> None:  # type: ignore[no-untyped-def]
    text = squeeze("\n".join(built[1].text))
    assert squeeze("Andel undersøkelser med behandlingstid innen tre måneder, 2021–2025") in text
    assert squeeze("År Eksempel kommune KOSTRA-gruppe 13 Landet") in text
    assert squeeze("2023 79,2 % 83,1 % 82,3 %") in text
    assert squeeze("Årsverk med fagutdanning per 1 000 barn 0–17 år, 2021–2025") in text
    assert squeeze("2025 4,8 4,9 4,9 5,0") in text


def test_chart_is_a_numbered_figure_drawn_once(built) -> None:  # type: ignore[no-untyped-def]
    root, facts, charts = built
    assert len(charts) == 1 and charts[0].endswith(".svg")
    assert sorted(p.name for p in (root / "build/figurer").glob("*.svg")) == charts
    assert (root / "build/figurer/.gitignore").read_text("utf-8").endswith("*\n")  # a cache, never content
    text = squeeze("\n".join(facts.text))
    assert (
        squeeze(
            "Andel undersøkelser med behandlingstid innen tre måneder, Eksempel kommune, KOSTRA-gruppe 13, Landet, 2021–2025"
        )
        in text
    )


def test_chart_alt_text_is_in_the_tagged_pdf(built) -> None:  # type: ignore[no-untyped-def]
    data = (built[0] / "build/tilstandsrapport-2025.pdf").read_bytes()
    from pypdf import PdfReader

    reader = PdfReader(built[0] / "build/tilstandsrapport-2025.pdf")
    alts = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        node = node.get_object()
        if isinstance(node, dict):
            if "/Alt" in node:
                alts.append(str(node["/Alt"]))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)

    walk(reader.trailer["/Root"]["/StructTreeRoot"])
    assert data and any(
        a.startswith(
            "Linjediagram. Andel undersøkelser med behandlingstid innen tre måneder i Eksempel kommune falt fra 89,0"
        )
        for a in alts
    ), alts


def alt_texts(pdf: Path) -> list[str]:
    from pypdf import PdfReader

    found: list[str] = []

    def walk(node) -> None:  # type: ignore[no-untyped-def]
        node = node.get_object()
        if isinstance(node, dict):
            if "/Alt" in node:
                found.append(str(node["/Alt"]))
            kids = node.get("/K")
            for kid in kids if isinstance(kids, list) else [kids] if kids is not None else []:
                walk(kid)

    walk(PdfReader(pdf).trailer["/Root"]["/StructTreeRoot"])
    return found


def test_chart_alt_text_is_nynorsk_when_the_report_is(example: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", "målform: nn"), "utf-8")
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    charts = [a for a in alt_texts(example / "build/tilstandsrapport-2025.pdf") if a.startswith("Linjediagram.")]
    assert charts and all(" fall frå " in a or " auka frå " in a for a in charts), charts
    assert any(
        a.startswith(
            "Linjediagram. Andel undersøkelser med behandlingstid innen tre måneder i Eksempel kommune fall frå 89,0"
        )
        for a in charts
    )
    assert all(" falt " not in a and " steg " not in a and " fra " not in a and " lå på" not in a for a in charts)
    assert all("låg på" in a for a in charts)


def test_running_header_names_the_chapter_on_its_first_page_and_after(built) -> None:  # type: ignore[no-untyped-def]
    # The chapter a page belongs to comes from the bookmarks (made from the headings, not by the header):
    # the last top-level one on or before the page. The header (after the draft watermark) names it alone.
    import re

    import pypdfium2

    document = pypdfium2.PdfDocument(built[0] / "build/tilstandsrapport-2025.pdf")
    try:
        starts: dict[int, str] = {}
        for bookmark in document.get_toc():
            destination = bookmark.get_dest()
            if bookmark.level == 0 and destination is not None:
                starts.setdefault(destination.get_index(), re.sub(r"^[0-9.]+ ", "", bookmark.get_title()))
        current, checked, later_pages = None, 0, 0
        for index in range(len(document)):
            later_pages += index not in starts and current is not None
            current = starts.get(index, current)
            if current is None:
                continue
            header = document[index].get_textpage().get_text_range().splitlines()[1]
            assert header == f"{current} UTKAST" or header.startswith(f"{current} UTKAST "), (index + 1, header)
            checked += 1
    finally:
        document.close()
    assert checked >= len(starts) >= 10 and later_pages >= 3  # first pages and continued pages were both seen
