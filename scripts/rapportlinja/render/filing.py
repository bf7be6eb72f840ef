"""A filing package for the archive: the PDF/A and a Fiks Arkiv `arkivmelding.xml` (Noark 5) beside it.

The message is KS' «arkivmelding opprett» (Fiks Arkiv V1, which replaces GI Arkiv 1.1): one saksmappe and
one journalpost in it, with one dokumentbeskrivelse and its dokumentobjekt (the PDF/A, with its SHA-256).
The elements follow the schema's sequence exactly; the tests validate every message against the XSD.
Written with the standard library's ElementTree: nothing here is read back from outside.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import shutil
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from rapportlinja.base import atomic
from rapportlinja.base.labels import labels_for, long_date
from rapportlinja.base.layout import Layout
from rapportlinja.meetings.marking import Classification, noark_pair
from rapportlinja.meetings.minutes import Minutes
from rapportlinja.meetings.routine import Routine
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.report.filing import (
    SYSTEM,
    Access,
    Entry,
    Folder,
    Record,
    Settings,
    folder_key,
    settings_from,
)
from rapportlinja.report.model import Edition

NAMESPACE = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/arkivmelding/opprett/v1"
# The metadata catalogue's complex types (kode, identifikatorer, eksternNoekkel) qualify their children
# in its own namespace: <arkivdel><mdk:kode>…</mdk:kode></arkivdel>.
CATALOGUE = "https://ks-no.github.io/standarder/fiks-protokoll/fiks-arkiv/metadatakatalog/v1"
XSI = "http://www.w3.org/2001/XMLSchema-instance"
MESSAGE = "arkivmelding.xml"

ET.register_namespace("", NAMESPACE)
ET.register_namespace("mdk", CATALOGUE)
ET.register_namespace("xsi", XSI)

# Codes from Fiks Arkiv's own code lists (Schema/V1/kodelister).
ORGAN_INTERNAL = ("N", "Organinternt dokument for oppfølging")  # journalposttype
FINISHED = ("F", "Dokumentet er ferdigstilt")  # dokumentstatus
MAIN_DOCUMENT = ("H", "Hoveddokument")  # tilknyttetRegistreringSom
ARCHIVE_FORMAT = ("A", "Arkivformat")  # variantformat
# PRONOM's identifier for PDF/A-2a, as Noark 5 v5 writes «format»; the municipality's IKA confirms the level.
PDF_A_2A = ("fmt/476", "PDF/A-2a")


def _q(name: str, namespace: str = NAMESPACE) -> str:
    return f"{{{namespace}}}{name}"


def _add(parent: ET.Element, name: str, text: str | None = None, namespace: str = NAMESPACE) -> ET.Element:
    element = ET.SubElement(parent, _q(name, namespace))
    if text is not None:
        element.text = text
    return element


def _code(parent: ET.Element, name: str, code: tuple[str, str]) -> None:
    element = _add(parent, name)
    _add(element, "kode", code[0], CATALOGUE)
    _add(element, "beskrivelse", code[1], CATALOGUE)


def _role(parent: ET.Element, name: str, role: str) -> None:
    """administrativEnhet and saksansvarlig hold a name; here it is always a unit or a role."""
    _add(_add(parent, name), "navn", role, CATALOGUE)


def _external_key(parent: ET.Element, name: str, key: str, namespace: str = NAMESPACE) -> None:
    element = _add(parent, name, namespace=namespace)
    _add(element, "fagsystem", SYSTEM, CATALOGUE)
    _add(element, "noekkel", key, CATALOGUE)


def _screening(parent: ET.Element, access: Access | None) -> None:
    if access is None:
        return
    element = _add(parent, "skjerming")
    _code(element, "tilgangsrestriksjon", (access.code, access.basis))
    _add(element, "skjermingshjemmel", access.basis)


def _classification(parent: ET.Element, settings: Settings) -> None:
    element = _add(parent, "klassifikasjon")
    if settings.classification_system:
        _add(element, "klassifikasjonssystemID", settings.classification_system)
    _add(element, "klasseID", settings.class_id)


def _folder(message: ET.Element, folder: Folder, settings: Settings) -> None:
    element = _add(message, "mappe")
    element.set(f"{{{XSI}}}type", "saksmappe")
    _add(element, "tittel", folder.title)
    _add(element, "offentligTittel", folder.title)  # line or report and year: nothing to screen
    _code(element, "arkivdel", (settings.archive_part, settings.archive_part))
    _classification(element, settings)
    _external_key(element, "referanseEksternNoekkel", folder.key)
    _add(element, "saksaar", str(folder.year))
    _role(element, "administrativEnhet", settings.unit)
    _role(element, "saksansvarlig", folder.responsible)


def _document(entry: Entry) -> ET.Element:
    document = ET.Element(_q("dokumentbeskrivelse"))
    _code(document, "dokumentstatus", FINISHED)
    _add(document, "tittel", entry.title)
    _code(document, "tilknyttetRegistreringSom", MAIN_DOCUMENT)
    _add(document, "dokumentnummer", "1")
    _screening(document, entry.access)
    stored = _add(document, "dokumentobjekt")
    _add(stored, "versjonsnummer", "1")
    _code(stored, "variantformat", ARCHIVE_FORMAT)
    _code(stored, "format", PDF_A_2A)
    _add(stored, "formatDetaljer", "PDF/A-2a (ISO 19005-2) og PDF/UA-1 (ISO 14289-1)")
    _add(stored, "mimeType", "application/pdf")
    _add(stored, "filnavn", entry.file_name)
    _add(stored, "referanseDokumentfil", entry.file_name)
    _add(stored, "sjekksum", entry.sha256)
    _add(stored, "sjekksumAlgoritme", "SHA-256")
    _add(stored, "filstoerrelse", str(entry.size))
    return document


def _entry(message: ET.Element, record: Record) -> None:
    entry = record.entry
    element = _add(message, "registrering")
    element.set(f"{{{XSI}}}type", "journalpost")
    parent = _add(element, "referanseForelderMappe")
    _external_key(parent, "referanseEksternNoekkel", record.folder.key, CATALOGUE)
    _screening(element, entry.access)
    element.append(_document(entry))
    _add(element, "tittel", entry.title)
    _add(element, "offentligTittel", entry.public_title)
    _classification(element, record.settings)
    _external_key(element, "referanseEksternNoekkel", entry.key)
    # The minutes themselves stay an organ-internal note (N) even when sent out later: the sending is the
    # archive's own outgoing entry with its recipient. What changes is the screening (offl. § 14 is gone).
    _code(element, "journalposttype", ORGAN_INTERNAL)
    _add(element, "dokumentetsDato", entry.date.isoformat())


def message(record: Record) -> bytes:
    """The arkivmelding.xml for one document, as UTF-8 bytes with an XML declaration."""
    root = ET.Element(_q("arkivmelding"))
    _add(root, "system", SYSTEM)
    _add(root, "antallFiler", "1")
    _folder(root, record.folder, record.settings)
    _entry(root, record)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data + b"\n"


def minutes_record(minutes: Minutes, routine: Routine, settings: Settings, number: str, pdf: bytes) -> Record:
    """Approved minutes as a journalpost in the saksmappe for their line and year.

    The titles carry the document type, the date and the line's roles, never a topic, a case code or a
    name: there is nothing in them to screen, so the public title is the title, and the minutes' own
    marking screens the document.
    """
    words = labels_for(routine.language)
    line = routine.line(minutes.line)
    reporter, recipient = line.roles if line else (minutes.line, "")
    responsible = (line.convener or recipient) if line else minutes.line
    title = f"{words.record_title} {long_date(minutes.date)} – " + words.agenda_subtitle.format(
        reporter=reporter, recipient=recipient
    )
    year = minutes.date.year
    folder = Folder(
        folder_key(number, "referat", minutes.line, year),
        words.filing_minutes_folder.format(reporter=reporter, recipient=recipient, year=year),
        year,
        responsible,
    )
    entry = Entry(
        key=folder_key(number, "referat", minutes.line, year) + "/" + minutes.date.isoformat(),
        title=title,
        public_title=title,
        date=minutes.date,
        responsible=responsible,
        access=access_for(minutes.classification, settings),
        file_name=f"{minutes.date.isoformat()}.pdf",
        sha256=sha256(pdf),
        size=len(pdf),
    )
    return Record(settings, folder, entry)


def edition_record(edition: Edition, tag: str, date: dt.date, settings: Settings, file_name: str, pdf: bytes) -> Record:
    """A released edition (public) as a journalpost in the saksmappe for its report year; `date` is the
    tagged commit's, as printed in the PDF."""
    words = labels_for(edition.language)
    key = folder_key(edition.municipality_number, "tilstandsrapport", "utgave", edition.year)
    title = words.filing_edition_entry.format(title=edition.title, tag=tag)
    folder = Folder(key, edition.title, edition.year, edition.responsible)
    entry = Entry(
        key=f"{key}/{tag}",
        title=title,
        public_title=title,
        date=date,
        responsible=edition.responsible,
        access=None,
        file_name=file_name,
        sha256=sha256(pdf),
        size=len(pdf),
    )
    return Record(settings, folder, entry)


def access_for(classification: Classification, settings: Settings) -> Access | None:
    """The screening pair a marking asks for, with the archive's own codes; None when public.

    An organ-internal document (offl. § 14) is filed with § 14 as its basis: the archive then shows the
    entry in the public journal but not the document, and merinnsyn (offl. § 11) is weighed per request.
    Minutes sent outside the organ come here already public when § 14 was their only basis.
    """
    pair = noark_pair(classification, settings.access_codes)
    return Access(*pair) if pair else None


def access_codes(layout: Layout) -> dict[str, str]:
    """The archive's own tilgangskoder from report/rapport.yaml, for the pair printed on agendas and minutes;
    empty (the section numbers) when the edition or its «arkiv» is missing or broken: `rapport sjekk` says so."""
    loaded = load_yaml_file(layout.edition_file, layout.rel(layout.edition_file), "rapport")
    settings = settings_from(loaded.data) if loaded.ok and isinstance(loaded.data, dict) else None
    return settings.access_codes if settings else {}


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def write_package(out: Path, pdf: bytes, record: Record) -> Path:
    """The PDF and its arkivmelding.xml in `out`, swapped in whole: never a message without its file."""
    out.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=f".{out.name}-", dir=out.parent))
    try:
        atomic.write_bytes(work / record.entry.file_name, pdf)
        atomic.write_bytes(work / MESSAGE, message(record))
        atomic.replace_folder(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return out
