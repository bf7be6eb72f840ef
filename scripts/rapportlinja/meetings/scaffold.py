"""New minutes from the meeting's agenda: the frontmatter filled in, the topics listed."""

from __future__ import annotations

import re

from rapportlinja.meetings.agenda import Agenda
from rapportlinja.meetings.routine import Routine

_PLAIN = re.compile(r"[A-Za-zÆØÅæøå][^:#'\"\n]*[^:\s]")


def quote(text: str) -> str:
    """Plain when YAML reads it back as the same text, else single-quoted (safe for «:», «#», quotes)."""
    if _PLAIN.fullmatch(text) and text.lower() not in ("yes", "no", "true", "false", "null", "on", "off"):
        return text
    return "'" + text.replace("'", "''") + "'"


def minutes_text(agenda: Agenda, routine: Routine) -> str:
    line = agenda.line
    date = agenda.date.isoformat()
    example = routine.case_example or "ID-kode"
    rows = ["---", f"linje: {line.id}", f"dato: {date}", "deltakere:"]
    rows += [f"  - {quote(role)}" for role in line.roles]
    if agenda.classification.withheld:
        rows += ["klassifisering: unntatt offentlighet", f"hjemmel: {quote(agenda.classification.basis or '')}"]
    else:
        rows += ["klassifisering: intern  # eller: unntatt offentlighet (med hjemmel)"]
    rows += [
        "# Temaene fra dagsordenen. Slett det som ikke ble behandlet; «følges_opp: true» setter",
        "# temaet på neste dagsorden.",
        "temaer:",
    ]
    rows += [f"  - tema: {quote(item.topic)}" for item in (*agenda.fixed, *agenda.triggered)]
    rows += [
        f"# Saker bare som ID-kode, for eksempel {example}; opplysningene står i skjemaet",
        f"# «{routine.form.name}» i Teams.",
        "saker: []",
        "oppfølging: []",
        "# oppfølging:",
        "#   - hva: Hva som skal gjøres",
        f"#     ansvarlig: {line.reporter}",
        f"#     frist: {date}",
        "#     status: åpen",
    ]
    if line.reports_to:
        rows += [
            "til_neste_linje: []",
            "# til_neste_linje:",
            "#   - tekst: Hva som meldes opp til linjen over",
            f"#     tema: {line.default_topic}",
        ]
    rows += [
        "# godkjent: ÅÅÅÅ-MM-DD (når referatet er godkjent)",
        "---",
        "",
        "<!-- Korte notater fra møtet. Skriv roller, aldri navn. -->",
        "",
    ]
    return "\n".join(rows)
