"""The board's words in bokmål and nynorsk: data a language adviser can edit, apart from the code."""

from __future__ import annotations

_NB = {
    "title": "Status for rapporteringen {date}",
    "late_total": "Forsinket: {count}",
    "nothing_late": "Ingenting er forsinket.",
    "chapters": "Kapitler",
    "chapter_row": "{title} ({file}): {status}. Ansvarlig: {responsible}. Godkjennes av: {approvers}.",
    "approvals_unread": "Hvem som har godkjent, leses fra pull requestene på GitHub og vises ikke her.",
    "none": "ingen",
    "wheel": "Årshjulet",
    "wheel_row": "{due}: {what} (ansvarlig: {responsible})",
    "wheel_late": "frist passert",
    "wheel_empty": "Ingen frister de neste seks ukene.",
    "lines": "Møtelinjene",
    "line_head": "{reporter} → {recipient}",
    "next_meeting": "Neste møte {date}. Innspill innen {input_due}; dagsorden ut innen {agenda_due}.",
    "agenda_late": "Dagsordenen skulle vært sendt {agenda_due}, og referatutkastet for møtet finnes ikke ennå.",
    "awaiting": "Referat som venter på godkjenning: {dates}.",
    "action_row": "Tiltak fra {minutes}, frist {due}: {what} (ansvarlig: {responsible})",
    "action_late": "frist passert",
    "no_actions": "Ingen åpne tiltak.",
    "registers": "Registrene",
    "register_row": "{kind} {id}: {title}. Åpnet {opened}. Ansvarlig: {responsible}.",
    "register_points": "Åpne funn: {open}, med passert frist: {late}.",
    "register_next": "Neste frist {due}.",
    "register_cases": "Saker: {cases}.",
    "registers_empty": "Ingen åpne oppføringer.",
}
_NN = {
    **_NB,
    "title": "Status for rapporteringa {date}",
    "late_total": "Forseinka: {count}",
    "nothing_late": "Ingenting er forseinka.",
    "chapters": "Kapittel",
    "chapter_row": "{title} ({file}): {status}. Ansvarleg: {responsible}. Godkjennast av: {approvers}.",
    "approvals_unread": "Kven som har godkjent, blir lese frå pull requestane på GitHub og blir ikkje vist her.",
    "none": "ingen",
    "wheel": "Årshjulet",
    "wheel_row": "{due}: {what} (ansvarleg: {responsible})",
    "wheel_late": "fristen er passert",
    "wheel_empty": "Ingen fristar dei neste seks vekene.",
    "lines": "Møtelinjene",
    "next_meeting": "Neste møte {date}. Innspel innan {input_due}; dagsorden ut innan {agenda_due}.",
    "agenda_late": "Dagsordenen skulle vore send {agenda_due}, og referatutkastet for møtet finst ikkje enno.",
    "awaiting": "Referat som ventar på godkjenning: {dates}.",
    "action_row": "Tiltak frå {minutes}, frist {due}: {what} (ansvarleg: {responsible})",
    "action_late": "fristen er passert",
    "no_actions": "Ingen opne tiltak.",
    "registers": "Registera",
    "register_row": "{kind} {id}: {title}. Opna {opened}. Ansvarleg: {responsible}.",
    "register_points": "Opne funn: {open}, med frist som er passert: {late}.",
    "register_next": "Neste frist {due}.",
    "register_cases": "Saker: {cases}.",
    "registers_empty": "Ingen opne oppføringar.",
}
_KINDS = {
    "nb": {
        "tilsyn": "Tilsyn",
        "internrevisjon": "Internrevisjon",
        "ros_analyse": "ROS-analyse",
        "erstatningssak": "Erstatningssak",
    },
    "nn": {
        "tilsyn": "Tilsyn",
        "internrevisjon": "Internrevisjon",
        "ros_analyse": "ROS-analyse",
        "erstatningssak": "Erstatningssak",
    },
}
_CHAPTER_STATUS = {
    "nb": {"utkast": "utkast", "til gjennomgang": "til gjennomgang", "godkjent": "godkjent"},
    "nn": {"utkast": "utkast", "til gjennomgang": "til gjennomgang", "godkjent": "godkjent"},
}


def words(language: str) -> dict[str, str]:
    return _NN if language == "nn" else _NB


def kind_name(kind: str, language: str) -> str:
    return _KINDS["nn" if language == "nn" else "nb"].get(kind, kind)


def chapter_status(status: str, language: str) -> str:
    return _CHAPTER_STATUS["nn" if language == "nn" else "nb"].get(status, status)


# The reminder issues: titles short enough for GitHub's list and an e-mail subject, bodies in plain words.
_REMINDERS_NB = {
    "status_title": "Status",
    "due": "**Frist: {due}.**",
    "late": "**Fristen er passert.**",
    "notify": "Til: {teams}",
    "no_team": (
        "Rollen {roles} har ikke noe team under «team:» i report/rapport.yaml, så ingen får varsel om denne saken."
    ),
    "footer": (
        "_Laget av arbeidsflyten «Påminnelser» fra dataene i repositoriet. Saken oppdateres og lukkes av seg selv "
        "når dataene viser at det er gjort; endre dataene, ikke saken._"
    ),
    "meeting": "Møtet {line} {meeting}.",
    "line_id": "Linjen i meetings/rutine.yaml: {id}.",
    "input_title": "Innspill til dagsordenen innen {due}: {line}, møtet {meeting}",
    "agenda_title": "Dagsordenen ut innen {due}: {line}, møtet {meeting}",
    "agenda_done": "Saken lukkes når referatutkastet for møtet er laget (rapport referat ny).",
    "approve_title": "Referat til godkjenning: {line}, møtet {date}",
    "approve_body": (
        "Referatet fra møtet {line} {date} er ikke godkjent ennå. Skriv datoen i «godkjent» når det er godkjent."
    ),
    "action_title": "Tiltak med frist {due}: {what}",
    "action_from": "Fra referatet på linjen {line} {minutes}. Saken lukkes når et senere referat lukker tiltaket.",
    "finding_title": "{entry}, funn {n}: frist {due}",
    "comment_title": "{entry}: frist for kommentarer {due}",
    "cases": "Saker: {cases}.",
    "wheel_title": "Årshjulet, frist {due}: {what}",
    "review_title": "Kapittel til gjennomgang: {title}",
    "review_body": "Kapittelet «{title}» ({file}) har status «til gjennomgang». Saken lukkes når status er «godkjent».",
}
_REMINDERS_NN = {
    **_REMINDERS_NB,
    "due": "**Frist: {due}.**",
    "late": "**Fristen er passert.**",
    "notify": "Til: {teams}",
    "no_team": (
        "Rolla {roles} har ikkje noko team under «team:» i report/rapport.yaml, så ingen får varsel om denne saka."
    ),
    "footer": (
        "_Laga av arbeidsflyten «Påminningar» frå dataa i repositoriet. Saka blir oppdatert og lukka av seg sjølv "
        "når dataa viser at det er gjort; endra dataa, ikkje saka._"
    ),
    "line_id": "Linja i meetings/rutine.yaml: {id}.",
    "input_title": "Innspel til dagsordenen innan {due}: {line}, møtet {meeting}",
    "agenda_title": "Dagsordenen ut innan {due}: {line}, møtet {meeting}",
    "agenda_done": "Saka blir lukka når referatutkastet for møtet er laga (rapport referat ny).",
    "approve_title": "Referat til godkjenning: {line}, møtet {date}",
    "approve_body": (
        "Referatet frå møtet {line} {date} er ikkje godkjent enno. Skriv datoen i «godkjent» når det er godkjent."
    ),
    "action_from": "Frå referatet på linja {line} {minutes}. Saka blir lukka når eit seinare referat lukkar tiltaket.",
    "comment_title": "{entry}: frist for kommentarar {due}",
    "review_body": (
        "Kapittelet «{title}» ({file}) har status «til gjennomgang». Saka blir lukka når status er «godkjent»."
    ),
}


def reminder_words(language: str) -> dict[str, str]:
    return _REMINDERS_NN if language == "nn" else _REMINDERS_NB
