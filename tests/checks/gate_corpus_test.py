"""Writer mistakes that used to reach the PDF as raw text or fail only at build time.

Each case is what a barnevern leader does in the browser (often pasting from Word or
Outlook), with the Norwegian finding `rapport sjekk` must give and its line. For every
error case `rapport bygg` must stop with the very same finding line, so the two agree.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path
from typing import NamedTuple

import pytest

from rapportlinja.cli import main
from tests.checks.run_test import A, chapter, make_repo
from tests.pdfcheck import read

NBSP = "\u00a0"
SVG = "report/bilder/x.svg"
SVG_TEXT = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'


class Case(NamedTuple):
    name: str
    files: dict[str, str | bytes]
    line: int
    text: str  # must occur in the message or the hint
    path: str = A
    error: bool = True  # False: a warning, sjekk exits 0 and bygg would build


def body(text: str) -> dict[str, str | bytes]:
    """A chapter whose body is `text`; its first line is line 9 of the file."""
    return {A: chapter(body="\n" + text)}


def crlf(text: str) -> dict[str, str | bytes]:
    """The same, saved with Windows line ends, as Word and Notepad do."""
    return {A: (chapter(body="\n" + text)).replace("\n", "\r\n").encode("utf-8")}


def png(width: int, height: int) -> bytes:
    """A PNG header (all the check reads) that claims the given size."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + ihdr + b"\0\0\0\0"


def survey(text: str) -> dict[str, str | bytes]:
    return body(f"```samarbeid\n{text}```\n")


IMAGE = {SVG: SVG_TEXT}
CASES = [
    # Tables pandoc does not recognise: printed with their pipes.
    Case("table without header row", body("| Bydel | Meldinger |\n| Nord | 12 |\n"), 9, "mangler skillelinjen"),
    Case("table with caption but no header", body("| 2024 | 12 |\n| 2025 | 14 |\n\n: Tabell 1\n"), 9, "skillelinjen"),
    Case("table starting with its separator", body("|---|---|\n| a | b |\n"), 9, "starter med skillelinjen"),
    Case("separator first, aligned", body("| :--- | ---: |\n| Nord | 12 |\n"), 9, "overskriftsraden mangler"),
    Case("table right under a paragraph", body("Tallene:\n| A | B |\n|---|---|\n| 1 | 2 |\n"), 10, "tom linje over"),
    Case("table pasted with CRLF", crlf("Tekst.\n\n| a | b |\n| c | d |\n"), 11, "mangler skillelinjen"),
    Case("row with more cells than the separator", body("| A | B |\n|---|\n| 1 | 2 |\n"), 11, "forsvinner fra PDF-en"),
    Case("header with more cells than the separator", body("| A | B | C |\n|---|---|\n| 1 | 2 |\n"), 9, "3 celler"),
    # Footnotes.
    Case("footnote without definition", body("Tallene er fra SSB.[^9]\n"), 9, "Fotnoten «[^9]»"),
    Case("footnote label misspelt", body("Tekst.[^kilde]\n\n[^kilder]: SSB.\n"), 9, "Fotnoten «[^kilde]»"),
    Case("footnote definition indented", body("Tekst.[^1]\n\n    [^1]: SSB.\n"), 9, "ingen forklaring"),
    Case("footnote in a table cell", body("| A | B |\n|---|---|\n| 1[^2] | 2 |\n"), 11, "Fotnoten «[^2]»"),
    # Headings.
    Case("heading without space", body("##Arbeidsmiljø\n"), 9, "uten mellomrom"),
    Case("level three without space", body("## Del\n\n###Mål\n"), 11, "«###» uten mellomrom"),
    Case("NBSP after hashes (Word)", body(f"##{NBSP}Arbeidsmiljø\n"), 9, "Hardt mellomrom (NBSP) etter «##»"),
    Case("NBSP after hashes, level three", body(f"## Del\n\n###{NBSP}Mål\n"), 11, "innholdsfortegnelsen"),
    Case("NBSP heading in CRLF file", crlf(f"##{NBSP}Mål\n"), 9, "NBSP"),
    Case("manual number in heading", body("## 4.2 Arbeidsmiljø\n"), 9, "nummerert for hånd («4.2»)"),
    Case("manual number with a dot", body("## 1. Innledning\n"), 9, "nummerert for hånd"),
    Case("manual number three levels", body("## Del\n\n### 4.2.1 Sykefravær\n"), 11, "«4.2.1»"),
    # Lists.
    Case("NBSP after list dash", body(f"- Første\n-{NBSP}Andre\n"), 10, "slått sammen med punktet over"),
    Case("NBSP after list star", body(f"* Første\n*{NBSP}Andre\n"), 10, "Hardt mellomrom (NBSP) etter «*»"),
    Case("NBSP list in CRLF file", crlf(f"- Første\n-{NBSP}Andre\n"), 10, "slått sammen"),
    Case("Word bullet and tab", body("•\tFørste punkt\n•\tAndre punkt\n"), 9, "Punkttegnet «•»"),
    Case("Word bullet, second line", body("•\tFørste punkt\n•\tAndre punkt\n"), 10, "Punkttegnet «•»"),
    Case("Outlook middle dot bullet", body("· Første punkt\n"), 9, "Punkttegnet «·»"),
    Case("square bullet", body("▪ Første punkt\n"), 9, "Skriv «- »"),
    Case("list right under a paragraph", body("Vi skal:\n- ansette flere\n- beholde flere\n"), 10, "tom linje over"),
    Case("Word bullet after text", body("Vi skal:\n•\tansette flere\n"), 10, "Punkttegnet «•»"),
    # Attributes.
    Case(
        "smart quotes in alt",
        {**body("![Kart](../bilder/x.svg){alt=“Kart over kommunen”}\n"), **IMAGE},
        9,
        "typografiske anførselstegn",
    ),
    Case(
        "guillemets in alt",
        {**body("![Kart](../bilder/x.svg){alt=«Kart over kommunen»}\n"), **IMAGE},
        9,
        "rette anførselstegn",
    ),
    Case(
        "space before the attribute",
        {**body('![Kart](../bilder/x.svg) {alt="Kart"}\n'), **IMAGE},
        9,
        "Attributtet i krøllparentes ble ikke forstått",
    ),
    Case("heading id pasted loose", body("## Mål\n\nSe {#mal} over.\n"), 11, "ikke forstått"),
    # HTML comments: hidden on GitHub, printed in the PDF.
    Case("html comment", body("<!-- TODO: sjekk tallene -->\n"), 9, "HTML-kommentaren"),
    Case("html comment inside a line", body("Tekst <!-- notat --> mer.\n"), 9, "GitHub skjuler den"),
    Case("html comment over lines", body("Tekst.\n\n<!--\nnotat\n-->\n"), 11, "HTML-kommentaren"),
    # Inline math: the build failed with a message about alt text.
    Case("inline math", body("Kostnad per barn ($pris$) er stabil.\n"), 9, "matematisk formel"),
    Case("dollar amounts", body("Tiltaket kostet $x$ i fjor.\n"), 9, "Skriv beløp med «kr»"),
    # Frontmatter keys written in the body.
    Case("classification in the body", body("klassifisering: unntatt offentlighet\n"), 9, "ikke i frontmatter"),
    Case("status in the body", body("Tekst.\n\nstatus: godkjent\n"), 11, "«status:» står i teksten"),
    # Images.
    Case("caption is not alt text", {**body("![Kart over kommunen](../bilder/x.svg)\n"), **IMAGE}, 9, "Bildeteksten"),
    Case(
        "photo over 2 MB",
        {"report/bilder/foto.jpg": b"\xff\xd8" + b"\0" * (2 * 1024 * 1024 + 10)},
        0,
        "grensen er 2 MB",
        "report/bilder/foto.jpg",
    ),
    Case(
        "PDF attachment over 2 MB",
        {"meetings/vedlegg.pdf": b"%PDF" + b"\0" * (3 * 1024 * 1024)},
        0,
        "for stor",
        "meetings/vedlegg.pdf",
    ),
    Case(
        "PNG that unpacks to gigapixels",
        {"report/bilder/bombe.png": png(30000, 30000)},
        0,
        "megapiksler",
        "report/bilder/bombe.png",
    ),
    Case(
        "SVG with a giant viewBox",
        {"report/bilder/stor.svg": '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100000 90000"/>'},
        0,
        "megapiksler",
        "report/bilder/stor.svg",
    ),
    Case(
        "HEIC photo renamed to .jpg",
        {
            **body('![Foto](../bilder/foto.jpg){alt="Foto av kontoret"}\n'),
            "report/bilder/foto.jpg": b"\0\0\0\x18ftypheic" + b"\0" * 64,
        },
        0,
        "er ikke et JPG-bilde",
        "report/bilder/foto.jpg",
    ),
    # sjekk and bygg agree.
    Case(
        "non-public chapter in the order",
        {A: chapter(replace=("klassifisering: offentlig", "klassifisering: intern"))},
        5,
        "Kapittelet er «intern»",
    ),
    Case("samarbeid year without data", survey("år: 2019\n"), 9, "samarbeid-2019.yaml finnes ikke"),
    Case("samarbeid without year, report year has no data", survey(""), 9, "samarbeid-2025.yaml finnes ikke"),
    Case("samarbeid broken yaml", survey("år: [2025\n"), 10, "Kan ikke lese YAML"),
    Case("samarbeid key typo", survey("aar: 2025\n"), 10, "Mente du «år»?"),
    Case("samarbeid year as text", survey("år: i fjor\n"), 10, "må være et årstall"),
    # A block kind misspelt would print its YAML as a code listing.
    Case("block kind with ø", body("```nøkkeltall\nindikatorer: [meldinger]\når: 2025\n```\n"), 9, "```nokkeltall"),
    Case("block kind capitalised", body("~~~ Samarbeid\når: 2025\n~~~\n"), 9, "Mente du «samarbeid»?"),
    Case("block kind typo in braces", body("``` {.nokkeltal}\når: 2025\n```\n"), 9, "Mente du «nokkeltall»?"),
    # A table pasted from Word: tab-separated cells, printed as one run-on paragraph.
    Case("table pasted from Word", body("År\tMeldinger\tTiltak\n2024\t312\t40\n2025\t330\t41\n"), 9, "Markdown-tabell"),
    Case("two-column Word table after text", body("Tallene:\n\nBydel\tAntall\nNord\t12\n"), 11, "«| --- | --- |»"),
    Case("Word table in a CRLF file", crlf("Bydel\tAntall\nNord\t12\n"), 9, "skilt med tabulator"),
    # A space in a link's address: GitHub shows raw text, and the PDF's link finds no file.
    Case("link to a file with a space", body("Se [kapittelet](min fil.md) om tema.\n"), 9, "%20"),
    Case(
        "image file with a space",
        {**body('![Kart](../bilder/mitt kart.svg){alt="Kart"}\n'), **IMAGE},
        9,
        "navn uten mellomrom",
    ),
    # Emphasis opened and never closed: the asterisks or underscores are printed.
    Case("bold never closed", body("Dette er **viktig for barna.\n"), 9, "aldri blir lukket"),
    Case("italic never closed", body("Tekst.\n\nEt *sitat uten slutt.\n"), 11, "«*»"),
    Case("underscores never closed", body("Dette er __viktig.\n"), 9, "«__viktig__»"),
    # Warnings: the build goes on, but the writer is told.
    Case(
        "decimal point in table", body("| År | Andel |\n|---|---|\n| 2024 | 12.5% |\n"), 11, "desimalkomma", error=False
    ),
    Case(
        "no thousands space in table",
        body("| År | Kroner |\n|---|---|\n| 2024 | 1234567 |\n"),
        11,
        "«1 234 567»",
        error=False,
    ),
    Case(
        "English thousands in table",
        body("| År | Kroner |\n|---|---|\n| 2024 | 1,234,567 |\n"),
        11,
        "som på engelsk",
        error=False,
    ),
    Case(
        "percent without space in table",
        body("| År | Andel |\n|---|---|\n| 2024 | 12,5% |\n"),
        11,
        "før prosenttegnet",
        error=False,
    ),
    Case(
        "soft hyphen from Word", body("Barne\u00advernstjenesten har ansatt flere.\n"), 9, "myk bindestrek", error=False
    ),
    Case(
        "zero-width space from Outlook",
        body("Tjenesten\u200b har ansatt flere.\n"),
        9,
        "usynlig mellomrom",
        error=False,
    ),
    Case("pipe in prose", body("Svarene var ja | nei.\n"), 9, "loddrett strek", error=False),
    Case("web address with a space", body("Se [siden](https://x.no/a b).\n"), 9, "vinkelparenteser"),
    # What used to pass sjekk and then stop bygg (issue 28).
    Case("seventh heading level", body("## Del\n\n####### Sjuende nivå\n"), 11, "høyst seks"),
    Case(
        "reference image with missing file",
        body("Se ![Kart][kart].\n\n[kart]: ../bilder/finnes-ikke.svg\n"),
        9,
        "henvisning",
    ),
    Case("character no font has", body("Tekst.\n\nHei 😀 der.\n"), 11, "U+1F600"),
]
# Written in ways GitHub's preview shows and the PDF now prints the same way: no finding, and the build
# prints the text (a heading inside a quote or a list item is bold text; an empty link target is text).
RENDERED = {
    "heading in a block quote": ("> ## Mål i sitatet\n>\n> Sitert tekst.\n", "Mål i sitatet"),
    "heading in a list item": ("- ## Mål i lista\n- andre punkt\n", "Mål i lista"),
    "empty link target": ("Se [siden uten adresse]() her.\n", "siden uten adresse"),
}


def run_sjekk(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    monkeypatch.chdir(root)
    code = main(["sjekk", "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def matching(report: dict, case: Case) -> list[dict]:
    return [
        f
        for f in report["funn"]
        if f["fil"] == case.path and f["linje"] == case.line and case.text in f["melding"] + " " + (f["tips"] or "")
    ]


def test_corpus_has_at_least_forty_cases():
    assert len(CASES) >= 40
    assert len({c.name for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_writer_mistake_is_found_at_its_line(case, tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, case.files)
    code, report = run_sjekk(tmp_path, monkeypatch, capsys)
    found = matching(report, case)
    assert found, json.dumps(report["funn"], ensure_ascii=False, indent=1)
    assert found[0]["alvorlighet"] == ("feil" if case.error else "advarsel")
    assert code == (1 if case.error else 0)
    if not case.error:
        return
    # The build stops with the very same line, before pandoc or Typst are asked.
    (finding,) = found[:1]
    location = ":".join(str(p) for p in (finding["fil"], finding["linje"], finding["kolonne"]) if p)
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    assert f"{location}: feil: {finding['melding']}" in err
    assert "Traceback" not in err and not (tmp_path / "build/tilstandsrapport-2025.pdf").exists()


def test_pasted_prose_with_smart_quotes_and_nbsp_is_clean(tmp_path, monkeypatch, capsys):
    """Typographic quotes and hard spaces inside sentences are right: no false alarm."""
    text = f"«Barnas stemme» og “medvirkning” er tema.{NBSP}Vi har 12{NBSP}% flere meldinger.\n\n- Punkt\n"
    make_repo(tmp_path, body(text))
    code, report = run_sjekk(tmp_path, monkeypatch, capsys)
    assert (code, report["funn"]) == (0, [])


def test_asterisks_underscores_tabs_and_spaces_that_print_right_are_clean(tmp_path, monkeypatch, capsys):
    """What looks like the new mistakes but is not: no false alarm."""
    text = (
        "5 * 3 = 15, snake_case, 2*3*4, *lukket*, **fet**, __også fet__ og \\*stjerne.\n\n"
        "Én linje med\ttabulator.\n\n"
        "```\nÅr\tAntall\n2024\t12\n```\n\n"
        "- Punkt\tmed tabulator\n- Punkt\tmed tabulator\n\n"
        '[a](<https://x.no/a b>), [b](https://x.no "Tittel") og [c](https://x.no/a%20b).\n'
    )
    make_repo(tmp_path, body(text))
    code, report = run_sjekk(tmp_path, monkeypatch, capsys)
    assert (code, report["funn"]) == (0, [])


def test_escaped_pipe_and_hash_in_a_real_table_are_not_findings(tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, body("| Svar | Antall |\n|---|---:|\n| ja \\| nei | 4 |\n| #1 | • 2 |\n"))
    code, report = run_sjekk(tmp_path, monkeypatch, capsys)
    assert (code, report["funn"]) == (0, [])


def test_a_key_typo_is_one_error(tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, {A: chapter(replace=("tittel:", "titel:"))})
    code, report = run_sjekk(tmp_path, monkeypatch, capsys)
    assert code == 1
    assert [(f["linje"], f["melding"], f["tips"]) for f in report["funn"]] == [
        (2, "Ukjent nøkkel «titel».", "Mente du «tittel»?")
    ]


def test_same_finding_in_text_json_and_github(tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, body("##Arbeidsmiljø\n"))
    monkeypatch.chdir(tmp_path)
    assert main(["sjekk", "--format", "text"]) == 1
    text = capsys.readouterr().err
    assert main(["sjekk", "--format", "github"]) == 1
    github = capsys.readouterr().out
    _, report = run_sjekk(tmp_path, monkeypatch, capsys)
    (finding,) = report["funn"]
    assert f"{A}:9:1: feil: {finding['melding']}" in text
    assert f"::error file={A},line=9,col=1,title=rapport sjekk::{finding['melding']}" in github


@pytest.mark.slow  # a real build
def test_constructs_that_used_to_fail_the_build_print_their_text(tmp_path, monkeypatch, capsys):
    text = "\n".join(markdown for markdown, _ in RENDERED.values())
    make_repo(tmp_path, {A: chapter(body="\nTekst.\n\n" + text)})
    code, report = run_sjekk(tmp_path, monkeypatch, capsys)
    assert (code, report["funn"]) == (0, [])
    assert main(["bygg"]) == 0, capsys.readouterr().err
    printed = " ".join(" ".join(read(tmp_path / "build/tilstandsrapport-2025.pdf").text).split())
    for name, (_, shown) in RENDERED.items():
        assert shown in printed, name
    assert "##" not in printed and "]()" not in printed
