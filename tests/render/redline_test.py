"""The word diff, the plain-text marks and the marked Markdown that the redline PDF is built from."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.cli import main
from rapportlinja.review import fieldchanges, marked, packet, tablechanges, worddiff
from rapportlinja.review.marked import DEL_CLOSE, DEL_OPEN, INS_CLOSE, INS_OPEN
from tests import pdfcheck
from tests.verapdf import driver

pytestmark = pytest.mark.slow  # builds documents end to end

SHOW = str.maketrans({INS_OPEN: "{+", INS_CLOSE: "+}", DEL_OPEN: "{-", DEL_CLOSE: "-}"})


def test_whole_words_and_numbers() -> None:
    segments = worddiff.diff_words("Snittet var 3,8 i 2023.", "Snittet var 4,1 i 2025.")
    assert worddiff.text_redline(segments) == "Snittet var [-3,8-][+4,1+] i [-2023-][+2025+]."


def test_marks_never_swallow_a_line_break() -> None:
    segments = worddiff.diff_words("En.\n\nTo.", "En.\n\nNy linje\nog en til.\n\nTo.")
    assert "[+Ny linje+]\n[+og en til.+]" in worddiff.text_redline(segments)


def test_only_changed_paragraphs() -> None:
    text = packet.changed_paragraphs(worddiff.diff_words("A.\n\nB.\n\nC.\n\nD.", "A.\n\nB2.\n\nC.\n\nD2."))
    assert text == "[-B-][+B2+].\n\n…\n\n[-D-][+D2+]."


def test_frontmatter_sentences() -> None:
    old = {"status": "utkast", "medvirkning": ["tillitsvalgte"], "hjemmel": "§ 15-3"}
    new = {"status": "til gjennomgang", "medvirkning": ["tillitsvalgte", "verneombud"], "godkjennes_av": ["x"]}
    assert fieldchanges.sentences(old, new, "nb") == [
        "status: utkast → til gjennomgang",
        "medvirkning: tillitsvalgte → tillitsvalgte, verneombud",
        "godkjennes_av: (ny) → x",
        "hjemmel: § 15-3 → (fjernet)",
    ]
    assert fieldchanges.sentences({"a": 1}, {}, "nn") == ["a: 1 → (fjerna)"]


TABLE = "| År | Antall |\n|---|--:|\n| 2023 | 7 |\n| 2024 | 5 |"


def test_table_sentences() -> None:
    new = "| År | Antall |\n|---|--:|\n| 2023 | 8 |\n| 2025 | 3 |"
    assert tablechanges.table_sentences(TABLE, new, "nb") == [
        "Tabell 1, rad «2023», kolonne «Antall»: 7 → 8",
        "Tabell 1: rad «2025» er lagt til (År: 2025; Antall: 3)",
        "Tabell 1: rad «2024» er tatt bort (År: 2024; Antall: 5)",
    ]


def test_table_keeps_its_shape_with_marked_cells() -> None:
    body = marked.marked_body(TABLE, TABLE.replace("| 7 |", "| 8 |"), "nb").translate(SHOW)
    assert body.splitlines()[1] == "|---|--:|"
    assert "| 2023 | {-7-} {+8+} |" in body
    assert all(line.startswith("|") for line in body.strip().splitlines())


def test_marks_stay_off_markdown_syntax() -> None:
    old = "Se [kapittel 2](02-om.md) og **viktig** tekst."
    new = "Se [kapittel 3](03-ny.md) og **svært viktig** tekst med `kode`."
    body = marked.marked_body(old, new, "nb").translate(SHOW)
    assert "](03-ny.md)" in body and "02-om" not in body  # a changed link target is replaced whole
    assert "**{+svært+} viktig**" in body
    assert "`kode`" in body  # code is shown as written, never marked inside


def test_deleted_syntax_is_dropped_inserted_list_keeps_its_marker() -> None:
    body = marked.marked_body("Intro.\n\n## Gammel overskrift", "Intro.\n\n- Nytt punkt\n- Et til", "nb")
    shown = body.translate(SHOW)
    assert "{-Gammel overskrift-}" in shown and "#" not in shown
    assert "- {+Nytt punkt+}\n- {+Et til+}" in shown


def _edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_tricky_changes_still_typeset(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Links, emphasis, headings with ids, lists, footnotes and a new key-figure block: the PDF still builds."""
    monkeypatch.chdir(example_git)
    rel = "report/kapitler/04-bemanning-og-kompetanse.md"
    _edit(example_git, rel, "## Kompetanse", "## Kompetanse og [opplæring](#tiltak-for-a-holde-turnover-lav) {#komp}")
    _edit(
        example_git,
        rel,
        "- **Veiledning.**",
        '- **Veiledning i *gruppe*.** `ny` "sitat" [lenke](https://example.invalid/a)',
    )
    _edit(
        example_git, rel, "[^1]: Kilde:", "Nytt avsnitt med [^2] og ~~gammel~~ stil.\n\n[^2]: Ny note.\n\n[^1]: Kilde:"
    )
    _edit(example_git, rel, "## Arbeidsmiljø\n", "## Arbeidsmiljø\n\n1. Første\n2. Andre\n")
    _edit(
        example_git,
        "report/kapitler/05-temaomrader.md",
        "vis: tabell og figur\nregioner: [kommune, k",
        "vis: tabell\nregioner: [kommune, k",
    )
    assert main(["endringer"]) == 0
    text = " ".join(" ".join(pdfcheck.read(example_git / "build/endringer.pdf").text).split())
    assert "Satt inn: og opplæring" in text and "Satt inn: i gruppe." in text
    assert "Satt inn: Første 2. Satt inn: Andre" in text
    assert "Slettet: Nøkkeltallsblokk tatt bort: indikatorer: undersokelser" in text
    assert "Satt inn: Nøkkeltallsblokken er endret." in text
    if driver.unavailable() is None:  # veraPDF: marks in links, lists, emphasis and tables keep the tags valid
        verdicts = driver.validate([example_git / "build/endringer.pdf"])
        assert all(v.compliant and not v.failures for v in verdicts), "\n".join(v.explain() for v in verdicts)


def test_a_new_paragraph_is_not_taken_for_an_edit() -> None:
    old = "Intro.\n\nDette er et avsnitt om ansatte og turnover i tjenesten.\n\nSlutt."
    new = "Intro.\n\nHelt nytt avsnitt her.\n\nDette er et avsnitt om ansatte og lav turnover i tjenesten.\n\nSlutt."
    assert marked.marked_body(old, new, "nb").translate(SHOW) == (
        "Intro.\n\n{+Helt nytt avsnitt her.+}\n\nDette er et avsnitt om ansatte og {+lav+} turnover i tjenesten.\n\nSlutt.\n"
    )
    removed = marked.marked_body("A.\n\nGammelt avsnitt som forsvinner.\n\nB.", "A.\n\nB.", "nb").translate(SHOW)
    assert removed == "A.\n\n{-Gammelt avsnitt som forsvinner.-}\n\nB.\n"
