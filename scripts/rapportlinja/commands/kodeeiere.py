"""`rapport kodeeiere`: write .github/CODEOWNERS from the chapters' «godkjennes_av»."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import atomic, findings_text
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.checks.codeowners import roles_without_team
from rapportlinja.read import repository
from rapportlinja.review import codeowners


def run(root: Path | None = None) -> int:
    layout = layout_module.find(root)
    snapshot = repository.read(layout)
    if not snapshot.edition.ok:
        raise UserError(
            "report/rapport.yaml har feil, så CODEOWNERS ble ikke laget.",
            "Rett feilene over først.",
            findings_text.render(snapshot.edition.findings, 1),
        )
    problems = roles_without_team(snapshot)
    if problems:
        raise UserError(
            "Noen roller i «godkjennes_av» mangler team, så CODEOWNERS ble ikke laget.",
            details=findings_text.render(problems, len(snapshot.chapters)),
        )
    path = layout.root / codeowners.CODEOWNERS
    current = path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None
    wanted = codeowners.expected(snapshot, current)  # keeps the hand-written part of `current`
    if wanted is None:
        raise UserError(
            "Et kapittel kan ikke leses, så CODEOWNERS ble ikke laget.", "Kjør «rapport sjekk» for å se feilen."
        )
    if current == wanted:
        print(f"{codeowners.CODEOWNERS} er allerede i takt med kapitlene.")
        return 0
    atomic.write_text(path, wanted)
    generated = wanted.split(codeowners.GENERATED, 1)[-1]
    rules = sum(1 for line in generated.splitlines() if line.startswith("/"))
    print(f"Skrev {codeowners.CODEOWNERS} ({rules} {'regel' if rules == 1 else 'regler'}).")
    return 0
