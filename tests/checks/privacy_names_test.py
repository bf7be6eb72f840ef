"""`rapport sjekk` finds names in every kind of public text, at the right line, without repeating them."""

from __future__ import annotations

import json

import pytest

from rapportlinja.checks import privacy_names
from rapportlinja.cli import main
from rapportlinja.privacy.personnames import NameRules

CHAPTER = "report/kapitler/02-om-barnevernet.md"
SVG = "report/bilder/organisasjonskart.svg"


def findings(root, monkeypatch, capsys):
    monkeypatch.chdir(root)
    code = main(["sjekk", "--format", "json"])
    return code, json.loads(capsys.readouterr().out)["funn"]


def append(path, text):
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def names_in(found, rel):
    return [f for f in found if f["fil"] == rel and f["kode"] in ("privacy.name-public", "privacy.given-name")]


@pytest.mark.parametrize(
    "markdown",
    [
        "Emma (7) ble plassert i fosterhjem.\n",
        "## Saken til Sigrid Haugen\n",
        "| Barn | Tiltak |\n|---|---|\n| Jonas, 14 år | råd og veiledning |\n",
        "| År | Antall |\n|---|---:|\n| 2025 | 3 |\n\n: Tiltak for familien Olsen\n",
        '![Kart](../bilder/organisasjonskart.svg){alt="Teamleder Ingrid Solberg og teamet"}\n',
        "Tallet er anslått.[^9]\n\n[^9]: Opplyst av Marius Andersen.\n",
        "Les [saken om Mohammed (12)](08-utfordringsbildet.md).\n",
    ],
)
def test_names_in_every_part_of_a_chapter_are_errors(markdown, example, monkeypatch, capsys):
    lines_before = (example / CHAPTER).read_text("utf-8").count("\n")
    append(example / CHAPTER, "\n" + markdown)
    code, found = findings(example, monkeypatch, capsys)
    hits = names_in(found, CHAPTER)
    assert code == 1 and [f["alvorlighet"] for f in hits] == ["feil"], found
    assert hits[0]["linje"] > lines_before and "tillatte-tall.yaml" in hits[0]["tips"]
    for name in ("Emma", "Sigrid", "Haugen", "Jonas", "Olsen", "Ingrid", "Solberg", "Marius", "Mohammed"):
        assert name not in json.dumps(hits)


def test_a_lone_given_name_is_a_warning(example, monkeypatch, capsys):
    append(example / CHAPTER, "\nTakk til Solveig for godt samarbeid.\n")
    code, found = findings(example, monkeypatch, capsys)
    assert code == 0 and [(f["kode"], f["alvorlighet"]) for f in found] == [("privacy.given-name", "advarsel")]


def test_text_in_svg_figures_is_public(example, monkeypatch, capsys):
    svg = example / SVG
    text = svg.read_text("utf-8").replace(
        "<title>", '<text x="1" y="1" font-family="Liberation Sans">Saksbehandler Kari Hansen</text>\n  <title>', 1
    )
    svg.write_text(text, "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    (hit,) = names_in(found, SVG)
    assert code == 1 and hit["linje"] == 3 and "K… H…" in hit["melding"]


def test_key_figure_and_survey_labels_are_public(example, monkeypatch, capsys):
    survey = example / "report/data/samarbeid-2025.yaml"
    survey.write_text(survey.read_text("utf-8").replace("Kjenner meldeplikten", "Kjenner Amina (9)", 1), "utf-8")
    indicators = example / "report/data/indikatorer.yaml"
    text = indicators.read_text("utf-8")
    indicators.write_text(
        text.replace("Andel meldinger som førte", "Andel meldinger fra Ola Hansen som førte"), "utf-8"
    )
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1
    assert [f["linje"] for f in names_in(found, "report/data/samarbeid-2025.yaml")] == [19]
    assert len(names_in(found, "report/data/indikatorer.yaml")) == 1


def test_comments_in_yaml_are_not_printed(example, monkeypatch, capsys):
    append(example / "report/arshjul.yaml", "# Spør Kari Hansen om datoene\n")
    assert findings(example, monkeypatch, capsys) == (0, [])


def test_the_edition_titles_and_roles_are_public(example, monkeypatch, capsys):
    edition = example / "report/rapport.yaml"
    text = edition.read_text("utf-8").replace("undertittel:", "undertittel: Skrevet av Kari Hansen.", 1)
    text = text.replace("Årlig redegjørelse", "", 1)
    text += 'roller:\n  "Tone Hansen": tillitsvalgt\n  "Emma (7) plassert": medarbeider\n'
    edition.write_text(text, "utf-8")
    code, found = findings(example, monkeypatch, capsys)
    hits = names_in(found, "report/rapport.yaml")
    assert code == 1 and len(hits) == 2  # the subtitle, and the Git name with an age; «Tone Hansen» is expected
    assert all("Tone" not in f["melding"] and "Emma" not in f["melding"] for f in hits)


def test_a_public_person_on_the_allow_list_may_be_quoted(example, monkeypatch, capsys):
    append(example / CHAPTER, "\nTidligere statsminister Erna Solberg besøkte tjenesten i 2025.\n")
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1 and [f["kode"] for f in found] == ["privacy.name-public"]
    append(
        example / "report/tillatte-tall.yaml",
        '  - verdi: "Erna Solberg"\n    grunn: Tidligere statsminister, omtalt ved et offentlig besøk.\n',
    )
    assert findings(example, monkeypatch, capsys) == (0, [])


@pytest.mark.parametrize(
    ("value", "code", "shown"),
    [
        ("912 34 567", "privacy.allow-list-mobile", "912 34 567"),
        ("+47 41 23 45 67", "privacy.allow-list-mobile", "41 23 45 67"),
        ("kari.hansen@eksempel.kommune.no", "privacy.allow-list-email", "kari.hansen"),
        ("barnevernet@gmail.com", "privacy.allow-list-email", "barnevernet@"),
    ],
)
def test_the_allow_list_refuses_private_numbers_and_addresses(value, code, shown, example, monkeypatch, capsys):
    append(example / CHAPTER, f"\nRing eller skriv: {value}.\n")
    append(
        example / "report/tillatte-tall.yaml",
        f'  - verdi: "{value}"\n    grunn: Saksbehandlerens nummer, står på visittkortet hennes.\n',
    )
    status, found = findings(example, monkeypatch, capsys)
    codes = {f["kode"] for f in found}
    assert status == 1 and code in codes
    assert codes & {"privacy.telefonnummer", "privacy.e-postadresse"}  # not allowed in the chapter either
    assert shown not in json.dumps(found)


def test_public_text_keeps_offsets_and_shows_only_what_a_reader_sees() -> None:
    svg = '<svg>\n<text font-family="Ola Hansen">x</text>\n<g aria-label="Kari Hansen"/></svg>'
    visible = privacy_names.public_text("report/bilder/a.svg", svg)
    assert len(visible) == len(svg) and visible.count("\n") == 2
    assert "Ola" not in visible and "Kari Hansen" in visible
    assert privacy_names.public_text("report/a.yaml", "# Kari Hansen\nnavn: x") == "\nnavn: x"
    assert privacy_names.is_public("report/data/indikatorer.yaml") and privacy_names.is_public(SVG)
    assert not privacy_names.is_public("report/tillatte-tall.yaml") and not privacy_names.is_public("meetings/a.md")


def test_the_municipalitys_own_name_is_no_person() -> None:
    rules = privacy_names.rules_for({"kommune": {"navn": "Frøya kommune"}}, frozenset())
    assert rules == NameRules(frozenset(), frozenset({"Frøya", "kommune"}))
    assert privacy_names.name_findings("Frøya Hansen", "x.md", rules)  # a full name is still a name
