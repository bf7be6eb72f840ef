"""Personal data is refused everywhere `rapport sjekk` looks, and the allow-list is checked too."""

from __future__ import annotations

import json

import pytest

from rapportlinja.cli import main
from rapportlinja.privacy.idnumber import complete_id_number

CHAPTER = "report/kapitler/02-om-barnevernet.md"


def valid_number(first_nine: str = "150385123") -> str:
    for start in range(100):
        candidate = complete_id_number(f"{first_nine[:6]}{int(first_nine[6:]) + start:03d}")
        if candidate:
            return candidate
    raise AssertionError("no valid synthetic number")


NUMBER = valid_number()


def findings(root, monkeypatch, capsys, *paths):
    monkeypatch.chdir(root)
    code = main(["sjekk", "--format", "json", *paths])
    return code, json.loads(capsys.readouterr().out)["funn"]


def append(path, text):
    path.write_text(path.read_text("utf-8") + text, "utf-8")


@pytest.mark.parametrize(
    "where",
    [
        "Saken gjaldt {n}.\n",
        "| År | Antall |\n|---|---:|\n| {n} | 3 |\n",
        "Se [{n}](https://example.org).\n",
        '![Kart]( ../bilder/organisasjonskart.svg){{alt="Bilde av {n}"}}\n',
        "Nummer {d} {r} med mellomrom.\n",
    ],
)
def test_id_numbers_are_errors_wherever_they_stand(where, example, monkeypatch, capsys):
    append(example / CHAPTER, "\n" + where.format(n=NUMBER, d=NUMBER[:6], r=NUMBER[6:]))
    code, found = findings(example, monkeypatch, capsys)
    privacy = [f for f in found if f["kode"] == "privacy.fødselsnummer"]
    assert code == 1 and len(privacy) == 1
    assert privacy[0]["fil"] == CHAPTER and privacy[0]["linje"] > 1
    assert NUMBER not in json.dumps(found) and NUMBER[:6] not in privacy[0]["melding"]


def test_frontmatter_and_broken_files_are_scanned_too(example, monkeypatch, capsys):
    path = example / CHAPTER
    path.write_text(
        path.read_text("utf-8")
        .replace("tittel:", f"saksnummer: {NUMBER}\ntittel:", 1)
        .replace("status:", "status: [", 1),
        "utf-8",
    )
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1
    assert [f["linje"] for f in found if f["kode"] == "privacy.fødselsnummer"] == [2]


def test_phone_and_email_are_masked(example, monkeypatch, capsys):
    append(example / CHAPTER, "\nRing 41 23 45 67 eller skriv til saksbehandler.en@example.org.\n")
    code, found = findings(example, monkeypatch, capsys)
    messages = " ".join(f["melding"] for f in found)
    assert code == 1
    assert "** ** ** 67" in messages and "41 23" not in messages
    assert "s***@e***.org" in messages and "saksbehandler" not in messages


def test_allow_list_permits_public_numbers_only(example, monkeypatch, capsys):
    append(example / CHAPTER, "\nSentralbordet: 99 99 99 99, postmottak@eksempel.kommune.no.\n")
    code, found = findings(example, monkeypatch, capsys)
    assert (code, found) == (0, [])
    allow = example / "report/tillatte-tall.yaml"
    append(allow, f'  - verdi: "{NUMBER}"\n    grunn: Prøver å slippe gjennom et fødselsnummer.\n')
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1
    assert any(f["kode"] == "privacy.allow-list-id" and f["fil"] == "report/tillatte-tall.yaml" for f in found)


def test_allow_list_needs_a_reason(example, monkeypatch, capsys):
    append(example / "report/tillatte-tall.yaml", '  - verdi: "98 76 54 32"\n')
    code, found = findings(example, monkeypatch, capsys)
    assert code == 1
    assert any("grunn" in f["melding"] for f in found)


def test_probable_names_in_minutes_are_warnings(example, monkeypatch, capsys):
    minutes = sorted((example / "meetings").rglob("20*.md"))[0]
    append(minutes, "\nKari la fram saken.\n")
    code, found = findings(example, monkeypatch, capsys)
    names = [f for f in found if f["kode"] == "privacy.name"]
    assert code == 0 and len(names) == 1 and names[0]["alvorlighet"] == "advarsel"
