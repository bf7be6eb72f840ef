"""`rapport paminnelser [--plan]`: the pinned «Status» issue and one issue per deadline, kept in step with the data.

`--plan` prints the issues the data calls for as JSON and touches nothing. Without it, the command
needs the workflow's GITHUB_TOKEN and GITHUB_REPOSITORY and brings the repository's issues in line
(see status/issues.py): safe to re-run, and a second run on the same data writes nothing.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from rapportlinja.base import clock
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.pipeline import inputs
from rapportlinja.read.github_api import ApiError, GitHub, Opener
from rapportlinja.read.repository import open_repository
from rapportlinja.review.codeowners import teams
from rapportlinja.status import issues, reminders, render

_DONE = {
    "laget": "Laget #{number}: {title}",
    "oppdatert": "Oppdaterte #{number}: {title}",
    "gjenåpnet": "Åpnet igjen #{number}: {title}",
    "lukket": "Lukket #{number} (gjort etter dataene): {title}",
    "lukket-duplikat": "Lukket #{number} (dobbel av en annen sak): {title}",
    "festet": "Festet #{number} øverst i sakslisten.",
    "ikke-festet": "Merk: #{number} ble ikke festet (tokenet kan ikke feste saker); fest den selv med «Pin issue».",
}


def wanted(horizon: int, root: Path | None = None) -> tuple[str, list[issues.Wanted]]:
    """The edition's målform and the issues the data calls for today: «Status» first, then the deadlines."""
    layout = layout_module.find(root)
    with open_repository(layout) as repo:
        year = inputs.read_year(repo, "Påminnelsene ble ikke laget.")
        team_of = teams(year.snapshot)
    built, history, register_data = year.board, year.history, year.registers
    status = issues.Wanted(reminders.STATUS_KEY, reminders.status_title(built.language), render.markdown_text(built))
    planned = reminders.plan(built, history, register_data, team_of, horizon)
    return built.language, [status, *(issues.Wanted(r.key, r.title, r.body) for r in planned)]


def run_plan(horizon: int) -> int:
    _, items = wanted(horizon)
    data = {
        "today": clock.today().isoformat(),
        "horizon": horizon,
        "label": reminders.LABEL,
        "issues": [{"key": i.key, "title": i.title, "body": issues.full_body(i)} for i in items],
    }
    print(json.dumps(data, ensure_ascii=False, indent=2))
    return 0


def run(horizon: int, env: Mapping[str, str] | None = None, opener: Opener | None = None) -> int:
    env = os.environ if env is None else env
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    api = GitHub.from_environment(env, opener)
    if api is None or not repository:
        raise UserError(
            "Påminnelsene trenger GITHUB_TOKEN og GITHUB_REPOSITORY.",
            "Arbeidsflyten «Påminnelser» setter dem; lokalt kan du se planen med «rapport paminnelser --plan».",
        )
    _, items = wanted(horizon)
    try:
        done = issues.sync(api, repository, items, issues.graphql_url(env, api))
    except ApiError as error:
        status = error.status or "ingen kontakt"
        hint = (
            "Gi jobben «permissions: issues: write»."
            if error.status in (401, 403)
            else "Kjør arbeidsflyten på nytt; den gjør bare det som mangler."
        )
        raise UserError(f"GitHub svarte ikke som ventet ({status}), så sakene er ikke i takt ennå.", hint) from None
    for operation in done:
        print(_DONE[operation.action].format(number=operation.number, title=operation.title))
    if not done:
        print("Sakene er i takt med dataene; ingenting ble endret.")
    return 0
