"""`rapport sjekk`: .github/CODEOWNERS must match the chapters, and every role must have a team."""

from __future__ import annotations

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.report.snapshot import Snapshot
from rapportlinja.review import codeowners


def paste_hint(actual: str | None, wanted: str) -> str:
    """The exact lines to paste in the browser (a browser user cannot run «rapport kodeeiere»).

    Only the generated rules when the rest of the file is already right; otherwise the whole file.
    """
    head, _, generated = wanted.partition(codeowners.GENERATED)
    if actual is None:
        where = (
            "Lag filen på GitHub («Add file» → «Create new file», navn .github/CODEOWNERS) "
            "med nøyaktig dette innholdet:"
        )
        lines = wanted
    elif actual.startswith(head + codeowners.GENERATED):
        where = (
            "Åpne .github/CODEOWNERS på GitHub, trykk blyanten og erstatt alle linjene under "
            f"«{codeowners.GENERATED.strip()}» med disse:"
        )
        lines = generated
    else:
        where = "Åpne .github/CODEOWNERS på GitHub, trykk blyanten og erstatt hele innholdet med dette:"
        lines = wanted
    return f"{where}\n{lines.rstrip()}\nEller kjør «rapport kodeeiere» lokalt og ta med filen i endringen."


def check_codeowners(snapshot: Snapshot) -> list[Finding]:
    if not snapshot.edition.ok:
        return []
    findings = roles_without_team(snapshot)
    path = snapshot.layout.root / codeowners.CODEOWNERS
    actual = path.read_text(encoding="utf-8", errors="replace").replace("\r\n", "\n") if path.is_file() else None
    wanted = codeowners.expected(snapshot, actual)
    if wanted is None:
        return findings
    has_rules = not wanted.endswith(codeowners.GENERATED)
    if actual is None:
        if has_rules:
            findings.append(
                error(
                    codeowners.CODEOWNERS,
                    0,
                    0,
                    "Filen mangler, men kapitler krever godkjenning («godkjennes_av»).",
                    paste_hint(None, wanted),
                    "codeowners.missing",
                )
            )
        return findings
    if actual != wanted:
        findings.append(
            error(
                codeowners.CODEOWNERS,
                0,
                0,
                "Filen er ikke i takt med «godkjennes_av» i kapitlene og «team» i report/rapport.yaml.",
                paste_hint(actual, wanted),
                "codeowners.out-of-step",
            )
        )
    return findings


def roles_without_team(snapshot: Snapshot) -> list[Finding]:
    team_of = codeowners.teams(snapshot)
    findings = []
    for chapter in snapshot.chapters.values():
        loaded = chapter.loaded
        roles = loaded.data.get("godkjennes_av") if isinstance(loaded.data, dict) else None
        if not isinstance(roles, list):
            continue
        for index, role in enumerate(roles):
            if role not in team_of:
                line, column = yamldoc.position(loaded.nodes, ("godkjennes_av", index), loaded.yaml_first_line)
                findings.append(
                    error(
                        loaded.rel,
                        line,
                        column,
                        f"Rollen «{role}» i «godkjennes_av» har ikke et team i report/rapport.yaml.",
                        "Legg til under «team:» i report/rapport.yaml, for eksempel\n"
                        f'team:\n  {role}: "@kommune/{role}"',
                        "codeowners.no-team",
                    )
                )
    return findings
