"""`rapport sjekk` for meetings/: the routine, and each minutes file against it."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error, has_errors, warning
from rapportlinja.base.personal.masking import UserText
from rapportlinja.base.suggest import did_you_mean
from rapportlinja.checks.minuteshistory import check_history
from rapportlinja.checks.registers import check_registers
from rapportlinja.meetings.routine import Line, Routine, resolve_topic
from rapportlinja.meetings.routinecheck import check_routine
from rapportlinja.read import archive
from rapportlinja.read.archive import Archive, MinutesFile

Locate = Callable[..., tuple[int, int]]


def check_meetings(store: Archive, selected: set[str] | None = None) -> list[Finding]:
    """All findings for meetings/; with `selected`, minutes findings only for those files.

    The history checks (approved minutes unchanged, «oppdaterer» references) run here, in `rapport sjekk`,
    not when an agenda is made.
    """
    findings = check_archive(store, selected)
    return findings if has_errors(findings) else findings + check_history(store, selected)


def check_archive(read_files: Archive, selected: set[str] | None = None) -> list[Finding]:
    files = [f for f in read_files.minutes if selected is None or f.loaded.rel in selected]
    findings: list[Finding] = []
    loaded = read_files.routine_file
    routine_findings = [] if loaded is None else loaded.findings + (check_routine(loaded) if loaded.ok else [])
    if loaded is not None and (selected is None or files or loaded.rel in selected):
        findings += routine_findings
    routine = archive.routine_of(read_files) if not has_errors(routine_findings) else None
    for file in files:
        findings += file.loaded.findings
        if routine is None and loaded is None:
            findings.append(
                error(
                    file.loaded.rel,
                    0,
                    0,
                    "Referatet ligger i meetings/, men meetings/rutine.yaml finnes ikke.",
                    "Legg rutinen tilbake, eller flytt referatet.",
                    "minutes.no-routine",
                )
            )
        elif routine is not None and file.loaded.ok:
            findings += check_minutes(file, routine)
    registers = read_files.registers_file
    if registers is not None and (selected is None or registers.rel in selected):
        findings += registers.findings + (check_registers(registers, routine) if registers.ok else [])
    return findings


def check_minutes(file: MinutesFile, routine: Routine) -> list[Finding]:
    loaded, data = file.loaded, file.loaded.data
    rel, first = loaded.rel, loaded.yaml_first_line

    def at(*path: object) -> tuple[int, int]:
        return yamldoc.position(loaded.nodes, path, first)

    findings = []
    if not archive.MINUTES_NAME.match(file.path.name):
        findings.append(
            error(
                rel,
                0,
                0,
                "Filnavnet til et referat skal være møtedatoen, ÅÅÅÅ-MM-DD.md.",
                f"Gi filen navnet {data['dato']}.md.",
                "minutes.file-name",
            )
        )
    elif file.path.stem != data["dato"]:
        findings.append(
            error(
                rel,
                *at("dato"),
                f"Datoen {data['dato']} stemmer ikke med filnavnet {file.path.name}.",
                "Rett datoen eller gi filen nytt navn; de skal være like.",
                "minutes.date-mismatch",
            )
        )
    line = routine.line(file.folder)
    if line is None:
        return [
            *findings,
            error(
                rel,
                0,
                0,
                f"Mappen «{UserText(file.folder)}» er ikke en linje i meetings/rutine.yaml.",
                did_you_mean(file.folder, routine.ids) or "Linjer: " + ", ".join(routine.ids) + ".",
                "minutes.unknown-line",
            ),
        ]
    if data["linje"] != line.id:
        findings.append(
            error(
                rel,
                *at("linje"),
                f"«linje» er «{UserText(str(data['linje']))}», men referatet ligger i mappen «{line.id}».",
                f"Skriv linje: {line.id}",
                "minutes.line-mismatch",
            )
        )
    findings += _cases(rel, at, routine, data.get("saker", []), ("saker",))
    for index, item in enumerate(data.get("til_neste_linje", [])):
        if line.reports_to is None:
            findings.append(
                error(
                    rel,
                    *at("til_neste_linje", index),
                    f"Linjen «{line.id}» har ingen linje over å melde opp til.",
                    "Fjern punktet, eller sett «rapporterer_til» for linjen i rutinen.",
                    "minutes.no-line-above",
                )
            )
        findings += _cases(rel, at, routine, item.get("saker", []), ("til_neste_linje", index, "saker"))
    findings += _topics(rel, at, line, routine, data)
    approved = data.get("godkjent")
    if approved and approved < data["dato"]:
        findings.append(
            warning(
                rel,
                *at("godkjent"),
                "Referatet er godkjent før møtet ble holdt.",
                "Sjekk datoen i «godkjent».",
                "minutes.approved-early",
            )
        )
    return findings


def _cases(rel: str, at: Locate, routine: Routine, cases: list[str], path: tuple[object, ...]) -> list[Finding]:
    example = f", for eksempel {routine.case_example}" if routine.case_example else ""
    findings = []
    for index, case in enumerate(cases):
        if not routine.case_pattern.fullmatch(case):
            # The text is not repeated: it may be exactly what must not spread further.
            findings.append(
                error(
                    rel,
                    *at(*path, index),
                    f"Punkt {index + 1} i «{path[-1]}» er ikke en saks-ID.",
                    f"Skriv bare ID-koden{example}. Opplysninger om saken hører hjemme i skjemaet "
                    f"«{routine.form.name}» i Teams, ikke i referatet.",
                    "minutes.case-reference",
                )
            )
    return findings


def _topics(rel: str, at: Locate, line: Line, routine: Routine, data: dict[str, Any]) -> list[Finding]:
    """Topic references that match no topic: the agenda would file them under the default topic."""
    above = routine.line(line.reports_to) if line.reports_to else None
    refs = [(("temaer", i, "tema"), t["tema"], line) for i, t in enumerate(data["temaer"])]
    refs += [
        (("oppfølging", i, "tema"), a["tema"], line) for i, a in enumerate(data.get("oppfølging", [])) if "tema" in a
    ]
    if above is not None:
        refs += [
            (("til_neste_linje", i, "tema"), r["tema"], above)
            for i, r in enumerate(data.get("til_neste_linje", []))
            if "tema" in r
        ]
    findings = []
    for path, ref, target in refs:
        if resolve_topic(target, ref) is None:
            findings.append(
                warning(
                    rel,
                    *at(*path),
                    f"Fant ikke temaet «{UserText(str(ref))}» i rutinen for linjen «{target.id}».",
                    did_you_mean(ref, target.topics) or "Skriv temaet som i rutinen; begynnelsen holder.",
                    "minutes.unknown-topic",
                )
            )
    return findings
