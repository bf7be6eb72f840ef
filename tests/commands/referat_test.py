"""`rapport referat ny`: minutes scaffolded from the agenda, checked clean, never overwritten.
`rapport referat arkiv`: approved minutes as a filing package that validates against Fiks Arkiv's XSD."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from tests.fiksarkiv import NS, parsed, text
from tests.meetings.helpers import BL, KD, run


def test_scaffold_has_agenda_topics_and_passes_the_check(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "ny", BL, "--dato", "2026-12-08") == 0
    rel = capsys.readouterr().out.strip()
    assert rel == f"meetings/{BL}/2026-12-08.md"
    text = (example / rel).read_text("utf-8")
    assert "linje: barnevernleder-kommunalsjef\ndato: 2026-12-08\n" in text
    assert "  - tema: 'Alvorlige og kompliserte saker, jf. skjema i Teams: \"Informasjonsdeling barnevern\"'" in text
    assert "  - tema: Internrevisjoner\n" in text  # triggered by an overdue action
    assert "  - tema: Tilsyn\n" in text  # triggered by the open tilsyn in meetings/registre.yaml
    assert "  - tema: Erstatningssaker\n" not in text  # not triggered
    assert run(example, "sjekk", rel) == 0


def test_top_line_scaffold_has_no_escalation(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "ny", KD, "--dato", "2027-01-27") == 0
    text = (example / capsys.readouterr().out.strip()).read_text("utf-8")
    assert "til_neste_linje" not in text


def test_never_overwrites(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    existing = example / "meetings" / BL / "2026-11-10.md"
    before = existing.read_bytes()
    assert run(example, "referat", "ny", BL, "--dato", "2026-11-10") == 1
    err = capsys.readouterr().err
    assert f"meetings/{BL}/2026-11-10.md finnes allerede og blir ikke overskrevet." in err
    assert "Traceback" not in err
    assert existing.read_bytes() == before


def test_scaffold_comments_follow_the_routine_language(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = example / "meetings" / "rutine.yaml"
    routine.write_text(routine.read_text("utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    assert run(example, "referat", "ny", BL, "--dato", "2026-12-08") == 0
    rel = capsys.readouterr().out.strip()
    text = (example / rel).read_text("utf-8")
    assert "# Tema frå dagsordenen. Slett det som ikkje vart handsama;" in text
    assert "# Saker berre som ID-kode, til dømes" in text and "#   - hva: Kva som skal gjerast" in text
    assert "#   - tekst: Kva som blir meldt opp til linja over" in text
    assert "<!-- Korte notat frå møtet. Skriv roller, aldri namn. -->" in text
    for bokmal in ("Temaene fra", "ikke ble behandlet", "Saker bare", "Hva som", "Korte notater", "aldri navn"):
        assert bokmal not in text
    assert "klassifisering: " in text and "temaer:" in text  # keys stay as the schema spells them
    assert run(example, "sjekk", rel) == 0


def test_filing_package_for_approved_minutes(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "arkiv", BL, "--dato", "2026-08-11") == 0
    out = example / "build/arkiv/referat" / BL / "2026-08-11"
    assert capsys.readouterr().out.strip() == f"build/arkiv/referat/{BL}/2026-08-11/arkivmelding.xml"
    pdf = (out / "2026-08-11.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"pdfaid:part" in pdf
    message = parsed((out / "arkivmelding.xml").read_bytes())
    assert text(message, "//a:dokumentobjekt/a:sjekksum") == hashlib.sha256(pdf).hexdigest()
    # Organ-internal minutes: the document may be withheld under offl. § 14 (merinnsyn considered).
    assert text(message, "//a:registrering/a:skjerming/a:skjermingshjemmel") == "offl. § 14"
    assert text(message, "//a:registrering/a:dokumentetsDato") == "2026-08-11"
    assert text(message, "//a:mappe/a:administrativEnhet/m:navn") == "Barneverntjenesten"
    # Roles, never the people: the example's minutes list roles as participants, and nothing else is named.
    names = message.xpath("//m:navn/text()", namespaces=NS)
    assert set(names) == {"Barneverntjenesten", "kommunalsjef barn og familie"}
    # Minutes withheld for confidential information carry their own basis into the archive.
    minutes = example / "meetings" / BL / "2026-08-11.md"
    minutes.write_text(
        minutes.read_text("utf-8").replace(
            "klassifisering: intern\n", "klassifisering: unntatt offentlighet\nhjemmel: offl. § 13, jf. bvl. § 13-1\n"
        ),
        encoding="utf-8",
    )
    assert run(example, "referat", "arkiv", BL, "--dato", "2026-08-11") == 0
    message = parsed((out / "arkivmelding.xml").read_bytes())
    assert text(message, "//a:registrering/a:skjerming/a:skjermingshjemmel") == "offl. § 13, jf. bvl. § 13-1"


def test_filing_refuses_unapproved_minutes_and_missing_settings(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(example, "referat", "arkiv", KD, "--dato", "2026-08-26") == 1
    assert "bare godkjente referater arkiveres" in capsys.readouterr().err
    edition = example / "report/rapport.yaml"
    edition.write_text(edition.read_text("utf-8").split("\narkiv:")[0] + "\n", "utf-8")
    assert run(example, "referat", "arkiv", BL, "--dato", "2026-08-11") == 1
    err = capsys.readouterr().err
    assert "har ingen «arkiv»" in err and "Traceback" not in err
    assert not (example / "build/arkiv").exists()
