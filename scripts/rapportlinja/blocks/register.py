"""The ```register block: a register from meetings/registre.yaml as a table in the report.

    ```register
    type: tilsyn
    ```

One row per entry of that kind (all kinds when `type` is left out): its ID and title, the responsible
role, the milestones with their dates and each finding with its deadline and the day it was closed.
The tilstandsrapport is a public document, so the table shows roles and never the entries' case IDs:
a case number next to a finding about a tilsyn can point at one child's case in a small municipality,
and the board and the reminders (internal) already carry them. The table shows the file as it stands,
never «today», so a release built twice is the same.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import escape
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.labels import long_date
from rapportlinja.blocks.kind import Context, Kind, Rendered
from rapportlinja.meetings.registers import KINDS, REGISTERS_FILE, Entry, Registers, label, registers_from
from rapportlinja.read.documents import load_yaml_file
from rapportlinja.read.repository import Repository
from rapportlinja.report.fenced import Block

NAME = "register"
EXAMPLE = "```register\ntype: tilsyn\n```"
_KEYS = {kind.key for kind in KINDS}
_WORDS = {
    "nb": {
        "columns": "Sak|Ansvarlig|Gangen|Funn og frister",
        "caption": "{kinds}: registeret (meetings/registre.yaml)",
        "empty": "Ingen oppføringer i registeret.",
        "opened": "åpnet",
        "closed": "lukket",
        "due": "frist",
        "no_findings": "ingen funn",
        "varslet": "varslet",
        "foreløpig_rapport": "foreløpig rapport",
        "kommentarfrist": "frist for kommentarer",
        "kommentarer_sendt": "kommentarer sendt",
        "endelig_rapport": "endelig rapport",
    },
    "nn": {
        "columns": "Sak|Ansvarleg|Gangen|Funn og fristar",
        "caption": "{kinds}: registeret (meetings/registre.yaml)",
        "empty": "Ingen oppføringar i registeret.",
        "opened": "opna",
        "closed": "lukka",
        "due": "frist",
        "no_findings": "ingen funn",
        "varslet": "varsla",
        "foreløpig_rapport": "førebels rapport",
        "kommentarfrist": "frist for kommentarar",
        "kommentarer_sendt": "kommentarar sende",
        "endelig_rapport": "endeleg rapport",
    },
}


def _options(block: Block) -> tuple[tuple[str, ...], list[tuple[int, str, str]]]:
    """The kinds asked for, and (line, message, hint) for each line that is not `type: <kind>`."""
    kinds: list[str] = []
    problems = []
    for offset, raw in enumerate(block.text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        key, _, value = line.partition(":")
        value = value.strip()
        if key.strip() != "type" or value not in _KEYS:
            choices = ", ".join(sorted(_KEYS))
            problems.append(
                (block.line + offset, "Register-blokken tar bare «type: <register>».", f"Velg mellom {choices}.")
            )
        else:
            kinds.append(value)
    return tuple(kinds) or tuple(kind.key for kind in KINDS), problems


def check(block: Block, rel: str, repo: Repository) -> list[Finding]:
    _, problems = _options(block)
    findings = [error(rel, line, 1, message, hint, "register.options") for line, message, hint in problems]
    if repo.archive.registers_file is None:
        findings.append(
            error(
                rel,
                block.line,
                1,
                f"Kapittelet viser et register, men meetings/{REGISTERS_FILE} finnes ikke.",
                "Lag registerfilen (se README om registre), eller fjern blokken.",
                "register.no-data",
            )
        )
    return findings  # a broken registers file is reported by the registers check


def _registers(root: Path, rel: str, line: int) -> Registers:
    path = root / "meetings" / REGISTERS_FILE
    loaded = load_yaml_file(path, f"meetings/{REGISTERS_FILE}", "registre") if path.exists() else None
    if loaded is None or not loaded.ok:
        raise UserError(f"Registeret kan ikke vises: {rel}:{line}", "Kjør «rapport sjekk» for å se feilen.")
    return registers_from(loaded.data)


def render(block: Block, context: Context) -> Rendered:
    kinds, problems = _options(block)
    if problems:
        raise UserError(f"Registeret kan ikke vises: {context.rel}:{block.line}", "Kjør «rapport sjekk».")
    registers = _registers(context.root, context.rel, block.line)
    return Rendered(markdown(registers, kinds, context.language))


def markdown(registers: Registers, kinds: tuple[str, ...], language: str) -> str:
    w = _WORDS["nn" if language == "nn" else "nb"]
    entries = [entry for entry in registers.entries if entry.kind.key in kinds]
    names = ", ".join(label(kind, language) for kind in KINDS if kind.key in kinds)
    if not entries:
        return escape.markdown(w["empty"]) + "\n"
    columns = w["columns"].split("|")
    rows = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    rows += ["| " + " | ".join(_cells(entry, w, language)) + " |" for entry in entries]
    return "\n".join([*rows, "", ": " + escape.markdown(w["caption"].format(kinds=names))]) + "\n"


def _cells(entry: Entry, w: dict[str, str], language: str) -> list[str]:
    what = f"{label(entry.kind, language)} {entry.id}: {entry.title.rstrip('.')}"
    steps = [f"{w[key]} {long_date(day)}" for key, day in entry.milestones] or [
        f"{w['opened']} {long_date(entry.opened)}"
    ]
    if entry.closed is not None:
        steps.append(f"{w['closed']} {long_date(entry.closed)}")
    findings = []
    for number, point in enumerate(entry.points, start=1):
        notes = [f"{w['due']} {long_date(point.due)}"] if point.due else []
        if point.closed is not None:
            notes.append(f"{w['closed']} {long_date(point.closed)}")
        findings.append(f"{number}) {point.text.rstrip('.')}" + (f" ({'; '.join(notes)})" if notes else ""))
    cells = [what, entry.responsible, "; ".join(steps), "; ".join(findings) or w["no_findings"]]
    # Pipes inside a cell would end it; escaping every punctuation mark keeps it text.
    return [escape.markdown(cell) for cell in cells]


KIND = Kind(NAME, check, render)
