"""The arkivmelding.xml: valid against Fiks Arkiv's XSD for every marking, with the checksum of its file."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from rapportlinja.base.layout import find
from rapportlinja.meetings.marking import Classification
from rapportlinja.meetings.minutes import minutes_from
from rapportlinja.pipeline.inputs import load_routine
from rapportlinja.render import filing
from rapportlinja.render.filing import access_for
from rapportlinja.report.filing import Access, Entry, Folder, Record, Settings
from tests.fiksarkiv import errors, parsed, text

SETTINGS = Settings("SAK", "K-koder", "000", "Barneverntjenesten", {})
PDF = b"%PDF-1.7 stand-in for the PDF/A\n"


def _record(access: Access | None, title: str = "Referat 10. mars 2026") -> Record:
    folder = Folder("4205/referat/linje/2026", "Rapporteringsmøter 2026", 2026, "kommunalsjef barn og familie")
    entry = Entry(
        "4205/referat/linje/2026/2026-03-10",
        title,
        title,
        dt.date(2026, 3, 10),
        "kommunalsjef barn og familie",
        access,
        "2026-03-10.pdf",
        filing.sha256(PDF),
        len(PDF),
    )
    return Record(SETTINGS, folder, entry)


@pytest.mark.parametrize(
    "access", [None, Access("14", "offl. § 14"), Access("13", "offl. § 13, jf. bvl. § 13-1")], ids=str
)
def test_every_marking_gives_a_valid_message(access: Access | None) -> None:
    root = parsed(filing.message(_record(access)))
    screened = root.xpath("//a:skjerming/a:skjermingshjemmel/text()", namespaces={"a": filing.NAMESPACE})
    # The journalpost and its document both carry the pair; a public document carries none.
    assert screened == ([access.basis] * 2 if access else [])
    assert text(root, "//a:registrering/a:journalposttype/m:kode") == "N"
    assert text(root, "//a:mappe/a:saksansvarlig/m:navn") == "kommunalsjef barn og familie"
    assert text(root, "//a:mappe/a:arkivdel/m:kode") == "SAK"
    assert text(root, "//a:mappe/a:klassifikasjon/a:klasseID") == "000"
    assert text(root, "//a:dokumentobjekt/a:sjekksum") == hashlib.sha256(PDF).hexdigest()
    assert text(root, "//a:dokumentobjekt/a:filstoerrelse") == str(len(PDF))


def test_the_journalpost_is_filed_in_the_folder_of_the_same_message() -> None:
    root = parsed(filing.message(_record(None)))
    folder = text(root, "//a:mappe/a:referanseEksternNoekkel/m:noekkel")
    assert text(root, "//a:referanseForelderMappe/m:referanseEksternNoekkel/m:noekkel") == folder


def test_the_schema_refuses_a_broken_message() -> None:
    """The validation the other tests rely on can fail: an empty title breaks the XSD's minLength."""
    assert any("tittel" in message for message in errors(filing.message(_record(None, title=""))))


def test_minutes_record_uses_roles_and_the_minutes_marking(example: Path) -> None:
    routine = load_routine(find(example))
    data = {
        "linje": "barnevernleder-kommunalsjef",
        "dato": "2026-08-11",
        "deltakere": ["barnevernleder", "kommunalsjef barn og familie"],
        "klassifisering": "unntatt offentlighet",
        "hjemmel": "offl. § 13, jf. bvl. § 13-1",
        "temaer": [{"tema": "Alvorlige og kompliserte saker"}],
        "saker": ["BV-2026-033"],
        "godkjent": "2026-09-08",
    }
    record = filing.minutes_record(minutes_from("m.md", data), routine, SETTINGS, "4205", PDF)
    assert record.entry.access == Access("13", "offl. § 13, jf. bvl. § 13-1")
    assert record.folder.key == "4205/referat/barnevernleder-kommunalsjef/2026"
    assert record.folder.title == "Rapporteringsmøter mellom barnevernleder og kommunalsjef barn og familie 2026"
    # The title names the document, the date and the roles: no case code, no topic, nothing to screen.
    assert "BV-2026-033" not in record.entry.title and "Alvorlige" not in record.entry.title
    assert record.entry.public_title == record.entry.title
    assert errors(filing.message(record)) == []


def test_package_holds_the_file_and_its_message(tmp_path: Path) -> None:
    out = filing.write_package(tmp_path / "build" / "pakke", PDF, _record(None))
    assert sorted(p.name for p in out.iterdir()) == ["2026-03-10.pdf", "arkivmelding.xml"]
    assert (out / "2026-03-10.pdf").read_bytes() == PDF


@pytest.mark.parametrize(
    ("written", "screened"),
    [
        ({"klassifisering": "intern"}, None),  # offl. § 14 no longer applies: filed unscreened
        ({"klassifisering": "unntatt offentlighet", "hjemmel": "offl. § 14"}, None),
        (
            {"klassifisering": "unntatt offentlighet", "hjemmel": "offl. § 13, jf. bvl. § 13-1"},
            Access("13", "offl. § 13, jf. bvl. § 13-1"),  # the duty of confidentiality stays
        ),
        ({"klassifisering": "unntatt offentlighet", "hjemmel": "offl. § 18"}, Access("18", "offl. § 18")),
    ],
    ids=["intern", "section-14", "section-13", "section-18"],
)
def test_minutes_sent_outside_the_organ_lose_only_section_14(
    example: Path, written: dict[str, str], screened: Access | None
) -> None:
    routine = load_routine(find(example))
    data = {
        "linje": "barnevernleder-kommunalsjef",
        "dato": "2026-08-11",
        "deltakere": ["barnevernleder", "kommunalsjef barn og familie"],
        "temaer": [{"tema": "Mediesaker"}],
        "godkjent": "2026-09-08",
        "sendt_ut": "2026-09-10",
        **written,
    }
    record = filing.minutes_record(minutes_from("m.md", data), routine, SETTINGS, "4205", PDF)
    assert record.entry.access == screened
    root = parsed(filing.message(record))  # valid against the XSD either way
    assert bool(root.xpath("//a:skjerming", namespaces={"a": filing.NAMESPACE})) == (screened is not None)
    unsent = {key: value for key, value in data.items() if key != "sendt_ut"}
    assert filing.minutes_record(minutes_from("m.md", unsent), routine, SETTINGS, "4205", PDF).entry.access


def test_printed_pair_uses_the_archives_own_codes(example: Path) -> None:
    edition = example / "report" / "rapport.yaml"
    edition.write_text(
        edition.read_text("utf-8").replace(
            "  administrativ_enhet:", '  tilgangskoder:\n    "offl. § 14": UO\n  administrativ_enhet:', 1
        ),
        "utf-8",
    )
    assert filing.access_codes(find(example)) == {"offl. § 14": "UO"}
    edition.write_text("kommune: [\n", "utf-8")  # broken: the section numbers, and sjekk says why
    assert filing.access_codes(find(example)) == {}


def test_public_documents_are_not_screened() -> None:
    assert access_for(Classification("offentlig", None), SETTINGS) is None


def test_organ_internal_documents_are_filed_under_section_14() -> None:
    assert access_for(Classification("intern", None), SETTINGS) == Access("14", "offl. § 14")


def test_withheld_documents_carry_their_basis_and_the_section_as_code() -> None:
    basis = "offl. § 13, jf. bvl. § 13-1"
    assert access_for(Classification("unntatt offentlighet", basis), SETTINGS) == Access("13", basis)


def test_the_archives_own_codes_win() -> None:
    own = SETTINGS._replace(access_codes={"offl. § 13, jf. bvl. § 13-1": "BV"})
    assert access_for(Classification("unntatt offentlighet", "offl. § 13, jf. bvl. § 13-1"), own) == Access(
        "BV", "offl. § 13, jf. bvl. § 13-1"
    )
    assert access_for(Classification("intern", None), own) == Access("14", "offl. § 14")
