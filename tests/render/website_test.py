"""`rapport nettside` on the example: the files, self-contained pages, draft and release, both målformer."""

from __future__ import annotations

import csv
import re
import subprocess
from pathlib import Path

import git
import pypdf
import pytest

from rapportlinja.cli import main
from rapportlinja.render.weblabels import WEB_LABELS
from tests.render.website_helpers import build, elements, pages, set_language, visible_text

pytestmark = pytest.mark.slow  # builds documents end to end


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from tests.conftest import copy_example, init_git

    root = copy_example(tmp_path_factory.mktemp("nettside") / "repo")
    init_git(root)
    return build(root)


def test_the_files_of_the_edition(site: Path) -> None:
    names = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert {"index.html", "nytt.html", "stil.css", "tilstandsrapport-2025.pdf", "SHA256SUMS"} <= names
    assert not [n for n in names if n.startswith(".") or "/." in n]  # no work files left behind
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=site, check=True)
    listed = {line.split("  ", 1)[1] for line in (site / "SHA256SUMS").read_text("utf-8").splitlines()}
    assert listed == names - {"SHA256SUMS"}
    assert (site / "tilstandsrapport-2025.pdf").read_bytes().startswith(b"%PDF-")


def test_every_key_figure_table_has_its_csv(site: Path) -> None:
    index = (site / "index.html").read_text("utf-8")
    csvs = sorted((site / "data").glob("*.csv"))
    assert len(csvs) == 2  # the example's two ```nokkeltall blocks
    for path in csvs:
        assert f'href="data/{path.name}"' in index
        rows = list(csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"))
        assert rows[0][0] == "År" and len(rows) == 6  # 2021–2025
        assert all(len(row) == len(rows[0]) for row in rows)
        assert float(rows[-1][1].replace(",", ".")) > 0


def test_pages_are_self_contained_and_without_scripts(site: Path) -> None:
    for page in pages(site):
        text = page.read_text("utf-8")
        assert text.startswith("<!DOCTYPE html>") and '<html lang="nb">' in text
        assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in text
        for tag, attrs in elements(page):
            assert tag not in {"script", "iframe", "object", "embed", "base"}, (page.name, tag)
            assert not [a for a in attrs if a.startswith("on")], (page.name, tag, attrs)
            for key in ("src", "href"):
                target = attrs.get(key, "")
                if tag in {"img", "link", "source"} and target:
                    assert "://" not in target and not target.startswith("//"), target
                    assert (site / target).is_file(), target
                if tag == "a" and target and not target.startswith(("#", "http://", "https://", "mailto:")):
                    assert (site / target.split("#")[0]).is_file(), (page.name, target)
        ids = {attrs["id"] for _, attrs in elements(page) if "id" in attrs}
        for tag, attrs in elements(page):
            if tag == "a" and attrs.get("href", "").startswith("#"):
                assert attrs["href"][1:] in ids, (page.name, attrs["href"])
    css = (site / "stil.css").read_text("utf-8")
    assert "url(" not in css and "@import" not in css and "@font-face" not in css
    assert "@media print" in css


def test_images_have_alt_text(site: Path) -> None:
    images = [attrs for _, attrs in elements(site / "index.html") if _ == "img"]
    assert len(images) >= 3
    assert all(attrs.get("alt", "").strip() for attrs in images)


def test_a_draft_says_so(site: Path) -> None:
    text = visible_text(site / "index.html")
    assert "Utkast – ikke endelig versjon" in text
    assert "Dette er den første utgaven som er publisert" in visible_text(site / "nytt.html")


def test_a_release_is_final(example_git: Path) -> None:
    git.Repo(example_git).create_tag("v2025.1")
    site = build(example_git)
    text = visible_text(site / "index.html")
    assert "Utkast" not in text and "Versjon: v2025.1" in text
    pdf = "".join(p.extract_text() for p in pypdf.PdfReader(site / "tilstandsrapport-2025.pdf").pages)
    assert "UTKAST" not in pdf and "v2025.1" in pdf


def test_nynorsk_edition(example_git: Path) -> None:
    set_language(example_git, "nn")
    site = build(example_git)
    for page in pages(site):
        text = page.read_text("utf-8")
        assert '<html lang="nn">' in text
    generated = visible_text(site / "nytt.html")
    assert "Kva er nytt i denne utgåva" in generated and "Hopp til innhaldet" in generated
    bokmål_only = {
        v.split("{")[0].strip() for k, v in WEB_LABELS["nb"]._asdict().items() if v != getattr(WEB_LABELS["nn"], k)
    }
    for text in bokmål_only:
        if len(text) > 4:
            assert text not in generated, text
    index = visible_text(site / "index.html")
    assert "Innhald" in index and "Om dokumentet" in index and "Hopp til innholdet" not in index
    assert "utarbeidd etter barnevernslova" in index


def test_a_private_chapter_in_the_order_stops_the_build(example_git: Path, capsys: pytest.CaptureFixture[str]) -> None:
    chapter = example_git / "report/kapitler/08-utfordringsbildet.md"
    chapter.write_text(
        chapter.read_text("utf-8").replace("klassifisering: offentlig", "klassifisering: intern"), "utf-8"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(example_git)
        assert main(["nettside"]) == 1
    assert not (example_git / "build/nettside").exists()


def test_without_git_it_is_a_draft_and_a_first_edition(example: Path) -> None:
    site = build(example)
    assert "Utkast" in visible_text(site / "index.html")
    assert "Dette er den første utgaven" in visible_text(site / "nytt.html")


def test_personal_data_that_reaches_a_page_stops_the_edition(
    example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The last gate: whatever path a personal number took into a page, the edition is not written."""
    from rapportlinja.render import website
    from tests.base.personal.masking_test import NUMBER

    real = website.files

    def with_a_leak(*args: object) -> dict[str, bytes]:
        pages = real(*args)  # type: ignore[arg-type]
        pages["index.html"] = pages["index.html"].replace(b"</main>", f"<p>Ring {NUMBER}</p></main>".encode())
        return pages

    monkeypatch.setattr(website, "files", with_a_leak)
    monkeypatch.chdir(example)
    assert main(["nettside"]) == 1
    err = capsys.readouterr().err
    assert "Nettutgaven ble ikke skrevet" in err and "index.html" in err
    assert NUMBER not in err
    assert not (example / "build/nettside").exists()


def test_a_horizontal_rule_is_a_separator_on_the_page(example: Path) -> None:
    chapter = example / "report/kapitler/06-brukermedvirkning.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nFør streken.\n\n***\n\nEtter streken.\n", "utf-8")
    site = build(example)  # the PDF beside the page is built too, and used to stop at «horizontalrule»
    page = (site / "index.html").read_text("utf-8")
    assert re.search(r"<p>Før streken\.</p>\s*<hr\s*/?>\s*<p>Etter streken\.</p>", page)


HOSTILE_CHAPTER_TEXT = """

Bilde: ![Kart](../bilder/organisasjonskart.svg){alt="Kart" onload="alert(1)" srcset="https://s.example/x 2x"}

[Fokus]{onfocus="alert(1)" autofocus=""}, [stil]{style="background:url(https://s.example/p.png)"},
[js](javascript:alert(1)), [data](data:text/html;base64,PHNjcmlwdD4=), [vb](vbscript:msgbox) og
[ping](https://www.bufdir.no){ping="https://s.example/p"}.
"""


def test_every_web_attack_of_issue_27_is_gone_from_the_built_site(example: Path) -> None:
    """The chapter attacks reach no page, the CSV downloads are data, and every page carries the CSP."""
    import openpyxl

    chapter = example / "report/kapitler/06-brukermedvirkning.md"
    chapter.write_text(chapter.read_text("utf-8") + HOSTILE_CHAPTER_TEXT, "utf-8")
    indicators = example / "report/data/indikatorer.yaml"
    name = "navn: Årsverk med fagutdanning per 1 000 barn 0–17 år"
    indicators.write_text(
        indicators.read_text("utf-8").replace(name, """navn: '=HYPERLINK("https://s.example";"Klikk")'"""), "utf-8"
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(example)
        assert main(["sjekk"]) == 1  # sjekk shows the writer every attack first
    # The same chapter built anyway (as if a reviewer let it through): nothing of it runs or fetches.
    from rapportlinja.pipeline import inputs

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(inputs, "read_checked", lambda repo, message: repo.snapshot)
        site = build(example)
    for page in pages(site):
        text = page.read_text("utf-8")
        assert "Content-Security-Policy" in text and "default-src 'none'" in text
        for tag, attrs in elements(page):
            assert not [a for a in attrs if a.startswith("on") or a in {"style", "srcset", "ping"}], (tag, attrs)
            for key in ("href", "src"):
                target = attrs.get(key, "").strip().lower()
                assert not target.startswith(("javascript:", "data:", "vbscript:", "http:", "//")), target
                if key == "src":
                    assert "://" not in target
    for svg in site.rglob("*.svg"):
        assert b"<script" not in svg.read_bytes() and b"onload" not in svg.read_bytes()
    csvs = sorted((site / "data").glob("*.csv"))
    assert csvs
    book = openpyxl.Workbook()  # the CSV as a spreadsheet holds it: every cell a value, none a formula
    sheet = book.active
    assert sheet is not None
    for path in csvs:
        for row in csv.reader(path.read_text("utf-8-sig").splitlines(), delimiter=";"):
            sheet.append(row)
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert any(str(cell.value).startswith("'=HYPERLINK") for cell in cells)
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
