"""New minutes from the meeting's agenda: the frontmatter filled in, the topics listed."""

from __future__ import annotations

import re

from rapportlinja.base.labels import Labels, labels_for
from rapportlinja.meetings import marking
from rapportlinja.meetings.agenda import Agenda
from rapportlinja.meetings.routine import Routine

_PLAIN = re.compile(r"[A-Za-zÆØÅæøå][^:#'\"\n]*[^:\s]")


def quote(text: str) -> str:
    """Plain when YAML reads it back as the same text, else single-quoted (safe for «:», «#», quotes)."""
    if _PLAIN.fullmatch(text) and text.lower() not in ("yes", "no", "true", "false", "null", "on", "off"):
        return text
    return "'" + text.replace("'", "''") + "'"


def comment(text: str) -> list[str]:
    """A YAML comment, one «# » line per line of `text`."""
    return [f"# {row}" for row in text.split("\n")]


def classification_rows(agenda: Agenda, words: Labels) -> list[str]:
    """The agenda's marking as a start, with the other bases from the vocabulary as comments."""
    chosen = agenda.classification.basis if agenda.classification.withheld else None
    others = [f"# hjemmel: {quote(c)}" for c in marking.vocabulary().citations if c != chosen]
    if chosen is not None:
        return [f"klassifisering: {marking.WITHHELD}", f"hjemmel: {quote(chosen)}", *others]
    return [f"klassifisering: {marking.INTERNAL}  # {words.minutes_or_withheld}", *others]


def minutes_text(agenda: Agenda, routine: Routine) -> str:
    """The new minutes: keys and values as the schema spells them, comments in the routine's målform."""
    labels = labels_for(agenda.language)
    line = agenda.line
    date = agenda.date.isoformat()
    example = routine.case_example or labels.minutes_case_example
    rows = ["---", f"linje: {line.id}", f"dato: {date}", "deltakere:"]
    rows += [f"  - {quote(role)}" for role in line.roles]
    rows += classification_rows(agenda, labels)
    rows += [*comment(labels.minutes_topics), "temaer:"]
    rows += [f"  - tema: {quote(item.topic)}" for item in (*agenda.fixed, *agenda.triggered)]
    rows += [
        *comment(labels.minutes_cases.format(example=example, form=routine.form.name)),
        "saker: []",
        "oppfølging: []",
        "# oppfølging:",
        f"#   - hva: {labels.minutes_action_example}",
        f"#     ansvarlig: {line.reporter}",
        f"#     frist: {date}",
        "#     status: åpen",
    ]
    if line.reports_to:
        rows += [
            "til_neste_linje: []",
            "# til_neste_linje:",
            f"#   - tekst: {labels.minutes_raise_example}",
            f"#     tema: {line.default_topic}",
        ]
    rows += [
        f"# godkjent: {labels.minutes_approved}",
        "---",
        "",
        f"<!-- {labels.minutes_notes} -->",
        "",
    ]
    return "\n".join(rows)
