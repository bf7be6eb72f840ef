"""The wheel as the public report shows it: the plan of the reporting cycle, not the service's working list.

The internal wheel (`rapport arshjul`, the agendas) is a working tool: it marks today and carries
each activity's status and the notes the service writes to itself. The tilstandsrapport is read by
the council and the public, and a PDF is archived as it was built: a status or a «today» in it is
stale the day after, and a note that tells staff which command to run or which file to open is an
instruction to the service, not information for the reader. So the public table has no status
column (the type has no such field) and leaves out working notes, by one rule that needs no
marking in the wheel file: a note that names a `rapport` command or a file path is a working note.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from rapportlinja.wheel import table
from rapportlinja.wheel.model import Wheel

# The tool's subcommands (cli.COMMANDS; a test keeps the two in step). «rapport» alone is an ordinary
# word in a report («rapport til Statsforvalteren»), so only «rapport» followed by a command counts.
COMMANDS = (
    "agenda",
    "arkiv",
    "arshjul",
    "bygg",
    "endringer",
    "godkjenning",
    "kalender",
    "kodeeiere",
    "nettside",
    "nokkeltall",
    "nokler",
    "oppsett",
    "paminnelser",
    "referat",
    "saksframlegg",
    "sjekk",
    "status",
    "undersokelse",
    "utgivelse",
)
_COMMAND = re.compile(r"\brapport\s+(?:" + "|".join(COMMANDS) + r")\b", re.IGNORECASE)
# A path: a home folder (~/…), a folder of the repository (report/…, .github/…), or a name with a
# slash and a file extension (Nedlastinger/svar.xlsx). «helse/skole» is prose, not a path.
_PATH = re.compile(
    r"(?:^|[\s«(\"'`])(?:~/|\.{0,2}/?(?:report|meetings|build|schemas|scripts|\.github)/|[\w.-]+/[\w./-]*\.\w{1,5}\b)"
)


class Row(NamedTuple):
    """A public table row: the internal table's row without status."""

    number: int
    title: str
    when: str
    responsible: str
    category: str
    note: str  # "" when the activity has no note or only a working note


def is_working_note(note: str) -> bool:
    """True for a note meant for the service itself: it names a `rapport` command or a file path."""
    return bool(_COMMAND.search(note) or _PATH.search(note))


def rows(wheel: Wheel, language: str) -> list[Row]:
    """The internal table's rows (same numbers as the drawing), without status and without working notes."""
    return [
        Row(
            row.number,
            row.title,
            row.when,
            row.responsible,
            row.category,
            "" if is_working_note(row.note) else row.note,
        )
        for row in table.rows(wheel, language)
    ]
