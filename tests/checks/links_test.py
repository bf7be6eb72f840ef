"""Links: a space in a link's address."""

from __future__ import annotations

from rapportlinja.checks.links import check_link_spaces
from rapportlinja.report.markdown import scan

REL = "report/kapitler/01-a.md"


def found(body: str) -> list[tuple[int, int, str]]:
    return [(f.line, f.column, f.severity) for f in check_link_spaces(scan(body, 9), REL)]


def test_a_space_in_a_file_link_is_an_error_at_its_bracket():
    (finding,) = check_link_spaces(scan("Se [tekst](min fil.md) her.\n", 9), REL)
    assert (finding.line, finding.column, finding.code, finding.severity) == (9, 4, "link.space", "feil")
    assert "mellomrom" in finding.message and "%20" in (finding.hint or "")


def test_a_space_in_a_web_address_is_an_error_as_the_preview_shows_markup():
    (finding,) = check_link_spaces(scan("Tekst.\n\n[x](https://x.no/a b)\n", 9), REL)
    assert (finding.line, finding.column, finding.severity) == (11, 1, "feil")
    assert "<https://eksempel.no/min side>" in (finding.hint or "")


def test_an_image_file_with_a_space():
    (finding,) = check_link_spaces(scan('![Kart](../bilder/mitt kart.svg){alt="Kart"}\n', 9), REL)
    assert (finding.column, finding.severity) == (1, "feil") and "bildet" in finding.message


def test_addresses_pandoc_and_github_both_read():
    assert found('[a](<min fil.md>) [b](a.md "Tittel") [c](https://x.no/a%20b) [d]( a.md )\n') == []
    assert found("`[kode](min fil.md)`\n\n```\n[e](f g.md)\n```\n") == []
    assert found("\\[ikke](en lenke.md)\n") == []
