"""GitHub's reading against pandoc's: differences a reader would see, and none for what both show alike."""

from __future__ import annotations

import pytest

from rapportlinja.checks.pandoc_ast import _parse
from rapportlinja.checks.preview import Difference


def differences(body: str) -> list[Difference]:
    (reading,) = _parse([body])
    return reading.differences


ALIKE = [
    "«Sitat» og “medvirkning” -- og ... 'enkle' og \"doble\".\n",
    "## Mål {#mal}\n\nTekst med fotnote.[^1]\n\n[^1]: Kilde: SSB.\n",
    '![Kart](../bilder/x.svg){alt="Kart over kommunen"}\n',
    "| År | Antall |\n|---|---:|\n| 2024 | 12 |\n\n: Tabell 1. Meldinger\n",
    "1. en\n2. to\n\n- a\n- b\n\n> Sitat\n\n```\nkode\n```\n\n***\n\nSlutt.\n",
    "Linje en\nlinje to\\\nlinje tre *kursiv* **fet** `kode` ~~strøket~~ [lenke](https://x.no).\n",
]


@pytest.mark.parametrize("body", ALIKE)
def test_what_both_show_alike_is_no_difference(body):
    assert differences("\n" + body) == []


DIFFERENT = [
    # (body, line, what the PDF shows, what GitHub shows)
    ("*foo**bar*\n", 1, "*foo**bar*", "¶em foo**bar"),
    ("Tekst\n> sitat\n", 2, ">", "¶q"),
    ("Avsnitt\nTekst\n---\n", 1, "---", "¶h2"),
    ("[lenke](min fil.md)\n", 1, "¶link lenke", "[lenke](min fil.md)"),
    ("&#87654321;\n", 1, "\ufffd", "&#87654321;"),
]


@pytest.mark.parametrize(("body", "line", "pdf", "github"), DIFFERENT)
def test_a_difference_is_found_with_its_line(body, line, pdf, github):
    found = differences("\n" + body)
    assert found, body
    assert found[0].line == line
    shown = " ".join(d.pdf for d in found) + " | " + " ".join(d.github for d in found)
    assert all(word in shown for word in (pdf + " " + github).split())
