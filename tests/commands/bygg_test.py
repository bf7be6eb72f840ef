"""End-to-end: build the shipped example and read the PDF back."""

from __future__ import annotations

import re

import pytest

from rapportlinja.cli import main
from tests import pdfcheck

pytestmark = pytest.mark.slow  # builds the report end to end (pandoc, Typst, PDF)

PDF = "build/tilstandsrapport-2025.pdf"
CHAPTERS = [
    "Kort oppsummering",
    "Om barnevernet",
    "Presentasjon av virksomheten og organisering",
    "Bemanning og kompetanse",
    "Temaområder",
    "Brukermedvirkning",
    "Samarbeid med andre sektorer",
    "Utfordringsbildet",
    "Innsatsområder og tiltak",
]


def squeeze(text: str) -> str:
    """Text without whitespace, so line breaks in the PDF do not matter."""
    return "".join(text.split())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> pdfcheck.PdfFacts:
    from tests.conftest import copy_example, init_git

    root = copy_example(tmp_path_factory.mktemp("bygg") / "repo")
    init_git(root)
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(root)
        assert main(["bygg"]) == 0
    return pdfcheck.read(root / PDF)


def test_chapters_appear_numbered_and_in_order(built):
    body = "\n".join(built.text[2:])
    positions = [body.find(f"{n} {title}") for n, title in enumerate(CHAPTERS, start=1)]
    assert -1 not in positions, positions
    assert positions == sorted(positions)


def test_table_of_contents_and_cover(built):
    assert "Eksempel kommune" in built.text[0]
    assert squeeze("Tilstandsrapport for barnevernstjenesten 2025") in squeeze(built.text[0])
    assert "Innhold" in built.text[1]


def test_page_count_and_page_labels(built):
    assert 12 <= built.pages <= 30
    assert f"Side 2 av {built.pages}" in built.text[1]
    assert f"Side {built.pages} av {built.pages}" in built.text[-1]


def test_a4_tagged_norwegian_with_title(built):
    assert built.page_sizes == {pdfcheck.A4_POINTS}
    assert built.tagged and built.has_structure
    assert built.lang == "nb-NO"
    assert built.title == "Tilstandsrapport for barnevernstjenesten 2025"


def test_xmp_claims_pdf_ua_1_and_pdf_a_2a(built):
    assert re.search(r"pdfuaid:part[^0-9]*1", built.xmp)
    assert re.search(r"pdfaid:part[^0-9]*2", built.xmp)
    assert re.search(r"pdfaid:conformance[^A-Za-z]*A", built.xmp)


def test_draft_marking_on_every_page(built):
    assert all("UTKAST" in page for page in built.text)


def test_colophon_names_the_commit(built):
    assert re.search(r"Git-commit\s+[0-9a-f]{40}", built.text[-1])


def test_same_commit_gives_identical_bytes(example_git, monkeypatch):
    monkeypatch.chdir(example_git)
    assert main(["bygg"]) == 0
    first = (example_git / PDF).read_bytes()
    (example_git / PDF).unlink()
    assert main(["bygg"]) == 0
    assert (example_git / PDF).read_bytes() == first


def test_nynorsk_turns_generated_text_into_nynorsk(example, monkeypatch):
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").replace("målform: nb", "målform: nn"), "utf-8")
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    facts = pdfcheck.read(example / PDF)
    assert "Innhald" in facts.text[1] and facts.lang == "nn-NO"
    assert "ikkje i Git" in facts.text[0]


def test_non_public_chapter_fails_the_build_and_keeps_previous_pdf(example, monkeypatch, capsys):
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    previous = (example / PDF).read_bytes()
    chapter = example / "report/kapitler/04-bemanning-og-kompetanse.md"
    chapter.write_text(
        chapter.read_text("utf-8").replace("klassifisering: offentlig", "klassifisering: intern"), "utf-8"
    )
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    # The check that `rapport sjekk` runs too stops it, at the chapter's «klassifisering» line.
    assert "04-bemanning-og-kompetanse.md:5:17: feil: Kapittelet er «intern»" in err and "Traceback" not in err
    assert main(["sjekk"]) == 1
    assert "Kapittelet er «intern»" in capsys.readouterr().err
    assert (example / PDF).read_bytes() == previous
    assert not list((example / "build").glob(".arbeid-*"))


def test_content_with_errors_is_not_built(example, monkeypatch, capsys):
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8").replace("status:", "statu:"), "utf-8")
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    assert "report/kapitler/02-om-barnevernet.md:" in err and "ble ikke bygget" in err
    assert not (example / PDF).exists()


def test_hostile_text_prints_as_text(example, monkeypatch):
    edition = example / "report/rapport.yaml"
    text = edition.read_text("utf-8").replace(
        "tittel: Tilstandsrapport for barnevernstjenesten 2025",
        'tittel: "Rapport #read(\\"/report/rapport.yaml\\") ] $x$"',
    )
    edition.write_text(text, "utf-8")
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    body = chapter.read_text("utf-8").replace("tittel: Om barnevernet", 'tittel: "Om #sys.inputs ]["')
    chapter.write_text(body, "utf-8")
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 0
    facts = pdfcheck.read(example / PDF)
    everything = "\n".join(facts.text)
    assert squeeze("Rapport #read(«/report/rapport.yaml») ] $x$") in squeeze(facts.text[0])
    assert squeeze("Om #sys.inputs ][") in squeeze(everything)
    assert "kommune:" not in everything  # the file was not read into the PDF


def test_raw_typst_and_html_in_a_chapter_are_refused_before_anything_is_built(example, monkeypatch, capsys):
    """GitHub shows a code block and bold text where the PDF would print the markup: the gate says so first."""
    chapter = example / "report/kapitler/02-om-barnevernet.md"
    text = chapter.read_text("utf-8") + '\n```{=typst}\n#read("/report/rapport.yaml")\n```\n\n<b>html</b>\n'
    chapter.write_text(text, "utf-8")
    monkeypatch.chdir(example)
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    assert "report/kapitler/02-om-barnevernet.md:" in err and "Rapporten har feil og ble ikke bygget." in err
    assert "«{=typst}»" in err and "«<b>html</b>»" in err
    assert not (example / PDF).exists()


def test_typst_failure_names_the_chapter(example, monkeypatch, capsys):
    (example / "report/bilder/bilde.png").write_bytes(
        b"\x89PNG\r\n\x1a\n" + b"ikke resten av en PNG"
    )  # passes the content check, fails in Typst
    chapter = example / "report/kapitler/06-brukermedvirkning.md"
    chapter.write_text(chapter.read_text("utf-8") + '\n![Bilde](../bilder/bilde.png){alt="Et bilde"}\n', "utf-8")
    monkeypatch.chdir(example)
    assert main(["sjekk"]) == 1  # sjekk (and so bygg) stops this first ...
    assert "report/bilder/bilde.png: feil: Bildet er ødelagt eller ufullstendig" in capsys.readouterr().err
    # ... but should Typst still refuse something, the message must name the chapter.
    monkeypatch.setattr("rapportlinja.checks.images._pixels", lambda path, rel: [])
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    assert "report/kapitler/06-brukermedvirkning.md:" in err and "Traceback" not in err


def test_a_horizontal_rule_in_a_chapter_builds_as_a_rule(tmp_path, monkeypatch):
    from tests.checks.run_test import A, chapter, make_repo

    make_repo(tmp_path, {A: chapter(body="\nFørste avsnitt.\n\n***\n\nAndre avsnitt.\n\n---\n\nTredje avsnitt.\n")})
    monkeypatch.chdir(tmp_path)
    assert main(["sjekk"]) == 0
    assert main(["bygg"]) == 0  # Typst used to stop at «unknown variable: horizontalrule»
    text = squeeze("\n".join(pdfcheck.read(tmp_path / PDF).text))
    assert squeeze("Første avsnitt. Andre avsnitt. Tredje avsnitt.") in text


def test_chapters_whose_names_differ_only_in_the_number_build(tmp_path, monkeypatch):
    from tests.checks.run_test import EDITION, FRONT, R, make_repo

    first, second = "report/kapitler/05-temaomrader.md", "report/kapitler/10-temaomrader.md"
    edition = EDITION.replace("01-a.md", "05-temaomrader.md").replace("02-b.md", "10-temaomrader.md")
    make_repo(
        tmp_path,
        {
            R: edition,
            first: FRONT.format(title="Temaer i fjor") + "\n## Mål\n\nSe [neste](10-temaomrader.md#mål).\n",
            second: FRONT.format(title="Temaer i år") + "\n## Mål\n\nTilbake til [forrige](05-temaomrader.md).\n",
        },
    )
    for old in ("report/kapitler/01-a.md", "report/kapitler/02-b.md"):
        (tmp_path / old).unlink()
    monkeypatch.chdir(tmp_path)
    assert main(["sjekk"]) == 0
    assert main(["bygg"]) == 0  # Typst used to refuse the second chapter's «temaomrader.md__kapittel»
    text = squeeze("\n".join(pdfcheck.read(tmp_path / PDF).text))
    assert squeeze("Temaer i fjor") in text and squeeze("Temaer i år") in text
