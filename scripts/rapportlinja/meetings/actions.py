"""Actions as they stand on a date: an action in approved minutes is closed or given a new due date
by a later minutes file («oppdaterer»), so the approved record is never edited."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from rapportlinja.meetings.minutes import Action, Minutes


def current(minutes: Minutes, later: Iterable[Minutes], on: dt.date) -> tuple[Action, ...]:
    """`minutes`' actions with every update from minutes of the same line held after it and before `on`."""
    actions = list(minutes.actions)
    for other in sorted(later, key=lambda m: m.date):
        if not minutes.date < other.date < on:
            continue
        for update in other.updates:
            if update.minutes == minutes.date and 1 <= update.action <= len(actions):
                action = actions[update.action - 1]
                actions[update.action - 1] = action._replace(open=update.open, due=update.due or action.due)
    return tuple(actions)
