"""`rapport oppsett`: the template becomes a municipality's own, in one step, without losing anything."""

from __future__ import annotations

import json
import re
import subprocess
import sys

import pytest

from rapportlinja.report import example as the_example
from tests.meetings.helpers import BL, KD, KS, agenda, run
from tests.pdfcheck import read

# What of the example's identity must never reach the municipality's documents.
IDENTITY = re.compile(r"Eksempel (?:kommune|fylke)|eksempel-kommune|example\.invalid|eksempel\.kommune\.no|EKA99|9999")
TEXT = (".md", ".yaml", ".csv", ".svg")
MUNICIPALITIES = {"nb": ("Lindesnes kommune", "4205", "Agder"), "nn": ("Sogndal kommune", "4640", "Vestland")}


def adopt(root, language, *more):
    name, number, _ = MUNICIPALITIES[language]
    return run(root, "oppsett", "--kommune", name, "--nummer", number, "--målform", language, *more)


def identity_in(paths):
    return {str(p): IDENTITY.findall(p.read_text("utf-8")) for p in paths if IDENTITY.search(p.read_text("utf-8"))}


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_adoption_leaves_nothing_of_the_examples_identity(example_git, capsys, language):
    name, number, county = MUNICIPALITIES[language]
    assert adopt(example_git, language, "--github", "kommunen", "--skjema-url", "https://teams.microsoft.com/l/x") == 0
    texts = [p for folder in ("report", "meetings") for p in (example_git / folder).rglob("*") if p.suffix in TEXT]
    assert identity_in([*texts, example_git / ".github/CODEOWNERS"]) == {}
    edition = (example_git / "report/rapport.yaml").read_text("utf-8")
    assert f"navn: {name}" in edition and f'nummer: "{number}"' in edition and f"målform: {language}" in edition
    assert "medvirkning_visning: roller" in edition and "politisk_behandling" not in edition
    assert "\narkiv:" not in edition  # the example's archive codes are not the municipality's
    assert "@kommunen/tillitsvalgte" in edition
    assert edition.startswith("# yaml-language-server")  # the file's comments are kept
    regions = (example_git / "report/data/indikatorer.yaml").read_text("utf-8")
    assert f'kommune: {{kode: "{number}", navn: {name}}}' in regions
    assert f'fylke: {{kode: "EKA{number[:2]}", navn: {county}}}' in regions
    assert "tillatt: []" in (example_git / "report/tillatte-tall.yaml").read_text("utf-8")
    assert list((example_git / "meetings").glob("*/*.md")) == []  # the example's minutes are gone
    chapters = sorted((example_git / "report/kapitler").glob("*.md"))
    assert all("status: utkast" in c.read_text("utf-8") for c in chapters)
    capsys.readouterr()
    assert run(example_git, "sjekk", "--format", "json") == 0
    found = json.loads(capsys.readouterr().out)["funn"]
    if language == "nn":  # the chapters are the package's nynorsk text, roles and all
        assert "Barnevernstenesta" in (example_git / "report/kapitler/08-utfordringsbildet.md").read_text("utf-8")
        assert all("ansvarlig: barnevernleder" not in c.read_text("utf-8") for c in chapters)
        chart = (example_git / "report/bilder/organisasjonskart.svg").read_text("utf-8")
        assert ">Barnevernleiar<" in chart and f"barnevernstenesta i {name}" in chart  # the figure's words too
    # All that is left is the note that the chapters are still the example's text, until the writers replace it.
    # Data (routine, wheel, survey, key figures, registers, subtitle, roles) and chapters are in the chosen
    # målform: no målform, bokmål-word or spelling warning for any of it.
    assert {(f["fil"], f["kode"]) for f in found} == {
        ("report/kapitler/01-kort-oppsummering.md", "identity.example"),
        ("report/kapitler/05-temaomrader.md", "identity.example"),
    }


def test_adoption_is_refused_a_second_time_and_keeps_the_municipalitys_minutes(example_git, capsys):
    assert adopt(example_git, "nb") == 0
    minutes = example_git / f"meetings/{BL}/2027-01-12.md"
    assert run(example_git, "referat", "ny", BL, "--dato", "2027-01-12") == 0
    edition = (example_git / "report/rapport.yaml").read_text("utf-8")
    capsys.readouterr()
    assert adopt(example_git, "nn") == 1
    err = capsys.readouterr().err
    assert "allerede satt opp for «Lindesnes kommune»" in err and "--erstatt" in err
    assert (example_git / "report/rapport.yaml").read_text("utf-8") == edition
    chapter = example_git / "report/kapitler/04-bemanning-og-kompetanse.md"
    chapter.write_text(chapter.read_text("utf-8").replace("status: utkast", "status: godkjent"), "utf-8")
    written = chapter.read_text("utf-8")
    assert adopt(example_git, "nn", "--erstatt") == 0
    assert minutes.is_file()  # only the example's minutes are ever removed
    assert chapter.read_text("utf-8") == written  # the writers' text and status are theirs
    assert "navn: Sogndal kommune" in (example_git / "report/rapport.yaml").read_text("utf-8")


@pytest.mark.parametrize(
    ("number", "words"),
    [("9999", "fire sifre"), ("42O5", "fire sifre"), ("1201", "fylke"), ("42050", "fire sifre")],
)
def test_a_number_that_is_no_municipalitys_is_refused_before_anything_is_written(example, capsys, number, words):
    before = {p: p.read_bytes() for p in example.rglob("*") if p.is_file()}
    assert run(example, "oppsett", "--kommune", "Lindesnes kommune", "--nummer", number) == 1
    assert words in capsys.readouterr().err
    assert {p: p.read_bytes() for p in example.rglob("*") if p.is_file()} == before


def test_a_broken_file_halfway_leaves_every_file_as_it_was(example, capsys):
    (example / "meetings/rutine.yaml").write_text("linjer: [\n", "utf-8")
    before = {p: p.read_bytes() for p in example.rglob("*") if p.is_file()}
    assert run(example, "oppsett", "--kommune", "Lindesnes kommune", "--nummer", "4205") == 1
    err = capsys.readouterr().err
    assert "rutine.yaml" in err and "intern feil" not in err
    assert {p: p.read_bytes() for p in example.rglob("*") if p.is_file()} == before


@pytest.mark.slow
@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_pdf_the_web_edition_and_the_agendas_speak_for_the_municipality(example_git, language):
    name = MUNICIPALITIES[language][0]
    assert adopt(example_git, language, "--github", "kommunen", "--skjema-url", "https://teams.microsoft.com/l/x") == 0
    assert run(example_git, "bygg") == 0
    pdf = read(next((example_git / "build").glob("tilstandsrapport-*.pdf")))
    text = "\n".join(pdf.text)
    assert name in text and not IDENTITY.search(text), IDENTITY.findall(text)
    assert pdf.lang.startswith(language)
    assert run(example_git, "nettside") == 0
    web = [p for p in (example_git / "build/nettside").rglob("*") if p.suffix in (".html", ".csv", ".svg", ".txt")]
    assert web and identity_in(web) == {}
    for line in (BL, KS, KD):
        assert not IDENTITY.search(agenda(example_git, line, "--dato", "2027-01-12" if line != KD else "2027-01-27"))


def test_the_command_runs_as_a_user_runs_it(example):
    done = subprocess.run(
        [sys.executable, "-m", "rapportlinja", "oppsett", "--kommune", "Lindesnes kommune", "--nummer", "4205"],
        cwd=example,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    assert "Ferdig: repositoriet er satt opp for Lindesnes kommune (4205, Agder)." in done.stdout
    assert "--github ORG" in done.stdout and "--skjema-url" in done.stdout  # what it could not do, it says
    assert the_example.NAME not in (example / "report/rapport.yaml").read_text("utf-8")
