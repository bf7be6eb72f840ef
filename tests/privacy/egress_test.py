"""The last gate: a public PDF that would carry personal data or an internal marking is not written.

The planted value enters by a path the input scan is made not to read: the privacy check is
switched off (monkeypatched), standing for any path a future input check might miss; the
number reaches the PDF in a chapter. Git identities no longer reach a public document at all
(review/appendix.py prints roles). Values are synthetic.
"""

from __future__ import annotations

import git
import pytest

from rapportlinja.base.personal.idnumber import complete_id_number
from rapportlinja.cli import main
from rapportlinja.privacy import egress, pdftext

pytestmark = pytest.mark.slow  # builds documents end to end

NUMBER = complete_id_number("150385123")
assert NUMBER is not None
PDF = "build/tilstandsrapport-2025.pdf"


def commit_as(root, author: str) -> None:
    repo = git.Repo(root)
    chapter = root / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nEn setning til.\n", "utf-8")
    repo.git.add(A=True)
    repo.git.commit(m="Endring", author=f"{author} <x@example.invalid>")


def test_the_history_check_sees_the_author(example_git, monkeypatch, capsys):
    commit_as(example_git, f"Saksbehandler {NUMBER}")
    monkeypatch.chdir(example_git)
    assert main(["sjekk"]) == 1
    out = capsys.readouterr()
    assert "Git-historikk (commit" in out.err and NUMBER[:6] not in out.err + out.out


def test_an_id_number_from_an_unscanned_path_stops_the_build(example_git, monkeypatch, capsys):
    chapter = example_git / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + f"\nSaken gjaldt {NUMBER}.\n", "utf-8")
    monkeypatch.setattr("rapportlinja.checks.run.check_privacy", lambda layout, selected, edition=None: [])
    monkeypatch.chdir(example_git)
    assert main(["sjekk"]) == 0  # the deliberately unscanned path: the input scan passes it
    capsys.readouterr()
    assert main(["bygg"]) == 1
    err = capsys.readouterr().err
    assert "ble ikke skrevet" in err and "et fødselsnummer (*********" in err and "side " in err
    assert NUMBER not in err and NUMBER[:6] not in err
    assert not (example_git / PDF).exists()


def test_a_clean_build_passes_the_gate(example_git, monkeypatch, capsys):
    monkeypatch.chdir(example_git)
    assert main(["bygg"]) == 0
    parts = pdftext.parts((example_git / PDF).read_bytes())
    sources = {part.source for part in parts}
    assert {"side 1", "bokmerker", "alternativ tekst og merket tekst"} <= sources
    assert any(s.startswith("metadata") for s in sources)
    assert egress.leaks(parts, frozenset({"99999999", "postmottak@eksempel.kommune.no"})) == []


def test_internal_markings_and_personal_data_in_any_part_are_named():
    parts = [
        ("side 2", "Unntatt offentlighet, jf. offl. § 13"),
        ("metadata (Author)", "Kari 41 23 45 67"),
        ("alternativ tekst", "INTERN"),
        ("side 3", "Internkontroll og interne rutiner er offentlige ord."),
    ]
    found = egress.leaks(parts, frozenset())
    assert [leak.source for leak in found] == ["side 2", "side 2", "metadata (Author)", "alternativ tekst"]
    assert "41 23" not in " ".join(leak.message for leak in found)


def test_a_percent_encoded_mailto_in_a_page_is_a_leak():
    page = (
        '<p><a href="mailto:ola.nordmann%40gmail%2Ecom">skriv</a> og <a href="tel:%2B47%2041%20234%20567">ring</a></p>'
    )
    found = egress.leaks([("index.html", page)], frozenset())
    assert len(found) == 2
    assert "nordmann" not in " ".join(leak.message for leak in found)
