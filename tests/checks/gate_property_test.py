"""The gate as a property: sjekk speaks up, or the PDF has no raw Markdown in it.

Chapters are put together at random from pieces writers use (tables, lists, footnotes,
headings, attributes, quotes, hard spaces), some well formed and some as Word or a hurried
edit leaves them. For each: either `rapport sjekk` reports a finding in the chapter, or
`rapport bygg` succeeds and the PDF's text (read back with pypdf) shows no raw markup.
"""

from __future__ import annotations

import json
import re

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from rapportlinja.cli import main
from tests.checks.run_test import A, chapter, make_repo
from tests.pdfcheck import read

pytestmark = pytest.mark.slow  # builds documents end to end

NBSP = "\u00a0"
GOOD = [
    "Barnevernstjenesten fikk flere meldinger.",
    "## Bemanning",
    "### Sykefravær",
    "- Første punkt\n- Andre punkt",
    "| År | Meldinger |\n|---|---:|\n| 2024 | 312 |",
    "Tallene er fra SSB.[^1]\n\n[^1]: KOSTRA-tabell 09050.",
    '![Kart](../bilder/x.svg){alt="Kart over kommunen"}',
    "«Barnas stemme» og “medvirkning” er viktige.",
    f"Andelen økte til 12{NBSP}% i fjor.",
    "Regnestykket 5 * 3 og **fet** skrift.",
    "Før.\n\n***\n\nEtter.",
]
BAD = [  # as pasted or mistyped
    "| Bydel | Antall |\n| Nord | 12 |",
    "|---|---|\n| a | b |",
    "Kilde: SSB.[^9]",
    "##Arbeidsmiljø",
    f"##{NBSP}Arbeidsmiljø",
    f"-{NBSP}Tredje punkt",
    "•\tPunkt fra Word",
    "![Kart](../bilder/x.svg){alt=“Kart over kommunen”}",
    "<!-- notat til leder -->",
    "Kostnad per barn ($pris$) er stabil.",
    "## 4.2 Arbeidsmiljø",
    "| A | B |\n|---|\n| 1 | 2 |",
    "| A | B |\n|–––|–––|\n| 1 | 2 |",
    'Se {alt="Kart"} over.',
    '![Kart](../bilder/x.svg) {alt="Kart"}',
    "År\tMeldinger\n2024\t312",
    "Dette er **viktig for barna.",
    "Se [kapittelet](min fil.md).",
]
MARKERS = ("|---", "|—", "[^", "{alt=", "<!--", "<!–", "**", "](")


def raw_markup(text: str) -> list[str]:
    found = [m for m in MARKERS if m in text]
    return found + re.findall(r"(?m)^[ \t]*#.*$", text)


@settings(
    max_examples=25,
    deadline=None,  # a build takes about a second; the whole test stays well under a minute
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    # Three good pieces to one bad, so that a fair share of examples reach the build.
    pieces=st.lists(st.sampled_from(GOOD * 3 + BAD), min_size=1, max_size=5),
    joins=st.lists(st.sampled_from(["\n\n", "\n\n", "\n"]), min_size=5, max_size=5),
)
def test_sjekk_reports_or_the_pdf_is_clean(pieces, joins, tmp_path_factory, monkeypatch, capsys):
    text = pieces[0] + "".join(join + piece for join, piece in zip(joins, pieces[1:], strict=False))
    root = tmp_path_factory.mktemp("gate")
    svg = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>'
    make_repo(root, {A: chapter(body="\n" + text + "\n"), "report/bilder/x.svg": svg})
    monkeypatch.chdir(root)
    capsys.readouterr()  # what the example before printed
    main(["sjekk", "--format", "json"])
    findings = [f for f in json.loads(capsys.readouterr().out)["funn"] if f["fil"] == A]
    if findings:
        return
    event("built")
    # sjekk saw nothing: the build must then succeed, and nothing raw may reach the PDF.
    assert main(["bygg"]) == 0, capsys.readouterr().err
    pdf_text = "\n".join(read(root / "build/tilstandsrapport-2025.pdf").text)
    assert raw_markup(pdf_text) == [], text


@pytest.mark.parametrize("piece", BAD, ids=range(len(BAD)))
def test_every_mistake_piece_alone_is_reported(piece, tmp_path, monkeypatch, capsys):
    """The property above could pass by never drawing the bad pieces: each is checked alone too."""
    make_repo(tmp_path, {A: chapter(body="\n" + piece + "\n")})
    monkeypatch.chdir(tmp_path)
    main(["sjekk", "--format", "json"])
    assert [f for f in json.loads(capsys.readouterr().out)["funn"] if f["fil"] == A]


def test_markers_are_seen_in_a_pdf_text():
    """The property's eyes: what it would call raw markup."""
    assert raw_markup("Tekst\n## Del\n| a |\n|---|") == ["|---", "## Del"]
    assert raw_markup("1 Første\nTekst med 12 % og «sitat».") == []
