"""The routine (meetings/rutine.yaml) as typed records: every line, cadence and topic comes from the file."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, NamedTuple

from rapportlinja.privacy.casepattern import PatternError, compile_case_pattern

ROUTINE_FILE = "rutine.yaml"  # in meetings/
ALL_MONTHS = tuple(range(1, 13))
WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")


class Line(NamedTuple):
    """One meeting series: who reports to whom, when, and about what."""

    id: str
    reporter: str
    recipient: str
    convener: str | None
    invitation: str | None
    frequency: str  # the routine's word, e.g. «månedlig», «halvårlig»
    months: tuple[int, ...]
    weekday: int  # 0 = Monday, as datetime counts
    week_of_month: int  # 1–4, or -1 for the last
    start: dt.time
    minutes_long: int
    reports_to: str | None
    default_topic: str
    note: str | None
    fixed_topics: tuple[str, ...]
    optional_topics: tuple[str, ...]
    on_holiday: str = "neste virkedag"  # the routine's rule for a meeting day that is a public holiday
    place: str | None = None  # room or address
    meeting_link: str | None = None  # Teams or other video link
    agenda_days_before: int = 7  # the agenda is out this many days before the meeting (commonly 7; 10 for a council)
    input_days_before: int = 10  # input to the agenda is due this many days before

    @property
    def roles(self) -> tuple[str, str]:
        return (self.reporter, self.recipient)

    @property
    def topics(self) -> tuple[str, ...]:
        return self.fixed_topics + self.optional_topics


class Form(NamedTuple):
    """The restricted case form: only ever linked, never copied."""

    name: str
    url: str
    access: tuple[str, ...]

    def open_to(self, roles: tuple[str, ...]) -> bool:
        """Everyone at the meeting has access: only then may its agenda point to the form."""
        return not self.access or all(role in self.access for role in roles)


class Link(NamedTuple):
    name: str
    url: str


class Written(NamedTuple):
    """Fixed written reporting besides the meetings (tilstandsrapport, economy, deviations, the form)."""

    text: str
    link: str | None


class Routine(NamedTuple):
    language: str
    case_pattern: re.Pattern[str]
    case_example: str
    form: Form
    lines: tuple[Line, ...]
    applies_to: tuple[str, ...] = ()  # «Gjelder for»
    purpose: str = ""  # «Hensikt», the routine's own words
    responsible: tuple[str, ...] = ()  # «Ansvar for gjennomføring»
    written: tuple[Written, ...] = ()  # «Fast skriftlig rapportering»
    links: tuple[Link, ...] = ()  # «Vedlegg og referanser»: avviksprosedyre, delegering …

    def line(self, line_id: str) -> Line | None:
        return next((line for line in self.lines if line.id == line_id), None)

    def below(self, line_id: str) -> tuple[Line, ...]:
        """The lines that report into `line_id` (escalated items come from these)."""
        return tuple(line for line in self.lines if line.reports_to == line_id)

    @property
    def ids(self) -> tuple[str, ...]:
        return tuple(line.id for line in self.lines)


def line_from(data: dict[str, Any], on_holiday: str = "neste virkedag") -> Line:
    hour, minute = (int(part) for part in str(data["klokkeslett"]).split(":"))
    skipped = set(data.get("uten_møte_i") or ())
    return Line(
        id=data["id"],
        reporter=data["rapporterer"],
        recipient=data["mottaker"],
        convener=data.get("innkaller"),
        invitation=data.get("innkalling"),
        frequency=data["hyppighet"],
        months=tuple(month for month in sorted(data.get("måneder") or ALL_MONTHS) if month not in skipped),
        weekday=WEEKDAYS.index(data["ukedag"]),
        week_of_month=data["uke_i_måneden"],
        start=dt.time(hour, minute),
        minutes_long=data.get("varighet_minutter", 60),
        reports_to=data.get("rapporterer_til"),
        default_topic=data["standardtema"],
        note=data.get("merknad"),
        fixed_topics=tuple(data["temaer_hvert_møte"]),
        optional_topics=tuple(data["temaer_når_aktuelt"]),
        on_holiday=data.get("ved_helligdag", on_holiday),
        place=data.get("sted"),
        meeting_link=data.get("møtelenke"),
        agenda_days_before=data.get("dagsorden_dager_før", 7),
        input_days_before=data.get("innspill_dager_før", 10),
    )


def routine_from(data: dict[str, Any]) -> Routine:
    """Build from data that has passed the schema and the routine checks."""
    cases = data["saksnummer"]
    form = data["skjema"]
    return Routine(
        language=data.get("målform", "nb"),
        case_pattern=_case_pattern(cases["mønster"]),
        case_example=cases.get("eksempel", ""),
        form=Form(form["navn"], form["url"], tuple(form.get("tilgang", []))),
        lines=tuple(line_from(line, data.get("ved_helligdag", "neste virkedag")) for line in data["linjer"]),
        applies_to=tuple(data.get("gjelder_for", ())),
        purpose=data.get("hensikt", ""),
        responsible=tuple(data.get("ansvar_for_gjennomføring", ())),
        written=tuple(Written(w["tekst"], w.get("lenke")) for w in data.get("fast_skriftlig_rapportering", ())),
        links=tuple(Link(link["navn"], link["url"]) for link in data.get("vedlegg", ())),
    )


def resolve_topic(line: Line, reference: str | None) -> str | None:
    """The line's topic that `reference` names: exactly, or as the unique topic it begins.

    Minutes may write «Alvorlige og kompliserte saker» for the long wording; the lines
    word some topics differently, so an escalated item finds its topic on the line above.
    """
    if not reference:
        return None
    wanted = reference.strip().casefold()
    for topic in line.topics:
        if topic.casefold() == wanted:
            return topic
    starts = [topic for topic in line.topics if topic.casefold().startswith(wanted)]
    return starts[0] if len(starts) == 1 else None


def _case_pattern(text: str) -> re.Pattern[str]:
    """The case-ID pattern; one outside the safe language matches nothing (routinecheck says why)."""
    try:
        return compile_case_pattern(text)
    except PatternError:
        return re.compile(r"(?!)")
