"""Personal data is refused everywhere `rapport sjekk` looks, and the allow-list is checked too."""

from __future__ import annotations

import json

import pytest

from rapportlinja.base.personal.idnumber import complete_id_number
from rapportlinja.cli import main

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


def test_encoded_mailto_and_loose_writings_are_errors_in_sjekk(example, monkeypatch, capsys):
    append(
        example / CHAPTER,
        "\n[Skriv](mailto:ola.nordmann%40gmail%2Ecom) eller til kari.berg @ eksempel.no, tlf 20250312.\n",
    )
    code, found = findings(example, monkeypatch, capsys)
    kinds = sorted(f["kode"] for f in found if f["kode"].startswith("privacy."))
    assert code == 1
    assert kinds == ["privacy.e-postadresse", "privacy.e-postadresse", "privacy.telefonnummer"]
    assert "nordmann" not in json.dumps(found) and "20250312" not in json.dumps(found)


def test_allow_list_permits_public_numbers_only(example, monkeypatch, capsys):
    append(example / CHAPTER, "\nSentralbordet: 55 55 55 55, postmottak@eksempel.kommune.no.\n")
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


def account_that_reads_as_an_id_number() -> str:
    """A valid account number that is also a valid ID number (about one in seven are)."""
    from rapportlinja.privacy.account import is_account_number

    number = valid_number("150385400")
    assert is_account_number(number), "every ID number passes the account check (K2 = mod 11)"
    return number


def test_a_valid_account_written_as_one_may_be_allowed_with_a_reason(example, monkeypatch, capsys):
    account = account_that_reads_as_an_id_number()
    append(example / CHAPTER, f"\nKommunens konto: {account}.\n")
    code, found = findings(example, monkeypatch, capsys)
    (hit,) = [f for f in found if f["kode"] == "privacy.fødselsnummer"]
    assert code == 1 and "kontonummer (1234.56.78903)" in hit["tips"]
    written = f"{account[:4]}.{account[4:6]}.{account[6:]}"
    append(
        example / "report/tillatte-tall.yaml",
        f'  - verdi: "{written}"\n    grunn: Kommunens driftskonto, trykt på alle fakturaer.\n',
    )
    code, found = findings(example, monkeypatch, capsys)
    assert (code, found) == (0, [])


def test_an_id_number_written_as_one_is_never_allowed(example, monkeypatch, capsys):
    account = account_that_reads_as_an_id_number()
    append(example / CHAPTER, f"\nKonto {account}.\n")
    append(
        example / "report/tillatte-tall.yaml",
        f'  - verdi: "{account[:6]} {account[6:]}"\n    grunn: Påstått kontonummer uten kontoskrivemåte.\n',
    )
    code, found = findings(example, monkeypatch, capsys)
    codes = {f["kode"] for f in found}
    assert code == 1 and {"privacy.allow-list-id", "privacy.fødselsnummer"} <= codes
    assert account not in json.dumps(found) and account[:6] not in json.dumps(found)


def test_the_allow_lists_reasons_and_comments_are_scanned(example, monkeypatch, capsys):
    append(
        example / "report/tillatte-tall.yaml",
        f'# spurt av {NUMBER[:6]} {NUMBER[6:]}\n  - verdi: "55 88 77 66"\n    grunn: Ring 41 23 45 67 for detaljer om dette.\n',
    )
    code, found = findings(example, monkeypatch, capsys)
    kinds = sorted(f["kode"] for f in found if f["fil"] == "report/tillatte-tall.yaml")
    assert code == 1 and kinds == ["privacy.fødselsnummer", "privacy.telefonnummer"]


def test_amounts_are_not_phone_numbers(example, monkeypatch, capsys):
    append(example / CHAPTER, "\nRammen er 35000000 kroner, eller kr 35000000.\n")
    code, found = findings(example, monkeypatch, capsys)
    assert (code, found) == (0, [])
