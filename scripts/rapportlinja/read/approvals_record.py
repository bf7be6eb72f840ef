"""godkjenninger.json: the approvals a release's «Medvirkning» appendix shows, as a release asset.

GitHub's reviews can change after a release (a reviewer leaves, a team is renamed, the API is
down), so the release keeps what it showed: per merged pull request, its merge commit, the
chapter files it changed and who approved it, already as the appendix shows them (a role, or the
name on the profile when the edition opts in; never a login). A rebuild from the tag with this
file gives the same appendix and so the same PDF, and the next release reads from GitHub only
the pull requests merged after the newest one here.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, NamedTuple

from rapportlinja.base.errors import UserError

NAME = "godkjenninger.json"
FORMAT = 1


class Approver(NamedTuple):
    shown: str | None  # the role or name as the appendix shows it; None: a role we do not know («medarbeider»)
    date: dt.date


class Entry(NamedTuple):
    number: int
    merged_at: str
    commit: str
    files: tuple[str, ...]
    approvers: tuple[Approver, ...]


class Record(NamedTuple):
    display: str  # «roller» or «navn»: a record made for one display is never shown as the other
    entries: tuple[Entry, ...]

    def newest(self) -> str | None:
        return max((entry.merged_at for entry in self.entries), default=None)

    def joined(self, newer: Iterable[Entry]) -> Record:
        """This record with `newer` added; a pull request read again replaces its older entry."""
        by_number = {entry.number: entry for entry in self.entries}
        by_number.update({entry.number: entry for entry in newer})
        return Record(self.display, tuple(sorted(by_number.values(), key=lambda entry: entry.number)))

    def within(self, commits: frozenset[str]) -> Record:
        """Only the pull requests whose commit is in this build's history: what the appendix used."""
        return Record(self.display, tuple(entry for entry in self.entries if entry.commit in commits))


def dumps(record: Record) -> str:
    """Stable text: the same record always gives the same bytes (it is checksummed with the release)."""
    data = {
        "format": FORMAT,
        "visning": record.display,
        "pull_requests": [
            {
                "nummer": entry.number,
                "flettet": entry.merged_at,
                "commit": entry.commit,
                "filer": list(entry.files),
                "godkjent_av": [{"navn": a.shown, "dato": a.date.isoformat()} for a in entry.approvers],
            }
            for entry in sorted(record.entries, key=lambda entry: entry.number)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def load(path: Path, shown_as: str) -> Record:
    """The record in `path`; a Norwegian UserError when it is missing, unreadable or made for another display."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        record = _parse(data)
    except FileNotFoundError:
        raise UserError(
            f"Fant ikke godkjenningsfilen {path}.",
            f"Last ned {NAME} fra utgivelsen på GitHub (samme tagg) og oppgi stien til den.",
        ) from None
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as error:
        raise UserError(
            f"Godkjenningsfilen {path} kan ikke leses ({error.__class__.__name__}).",
            f"Bruk {NAME} slik den ble lastet ned fra utgivelsen, uten endringer.",
        ) from None
    if record.display != shown_as:
        raise UserError(
            f"Godkjenningsfilen {path} viser godkjennerne som «{record.display}», men report/rapport.yaml ber om "
            f"«{shown_as}».",
            "Bruk filen fra utgivelsen med samme tagg, eller bygg uten filen.",
        )
    return record


def _parse(data: Any) -> Record:
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("visning") not in ("roller", "navn"):
        raise ValueError("ukjent format")
    entries = tuple(
        Entry(
            int(item["nummer"]),
            str(item["flettet"]),
            str(item["commit"]),
            tuple(str(path) for path in item["filer"]),
            tuple(
                Approver(None if a["navn"] is None else str(a["navn"]), dt.date.fromisoformat(a["dato"]))
                for a in item["godkjent_av"]
            ),
        )
        for item in data["pull_requests"]
    )
    return Record(str(data["visning"]), entries)
