"""Approvals as GitHub recorded them: APPROVED reviews on the merged pull requests behind each chapter.

Who pressed Merge is never an approval: a merge commit's author is the merger, a squash merge
has no merge commit, and a draft built in CI has GitHub's temporary merge commit. So we read the
merged pull requests in bulk (read/pull_requests.py: their files, merge commit and reviews) and
credit a pull request to a chapter when it changed the chapter's file and its merge commit is in
this build's history (for merge, squash and rebase merges alike). A reviewer counts when their
latest review is APPROVED. Their role comes from the team membership in report/rapport.yaml
(«team_medlemmer», or the team's members from GitHub).

What the appendix shows is kept as a record (read/approvals_record.py), returned with the
approvers: a release writes it as godkjenninger.json, one of the edition's files (pipeline/edition.py),
so it is in the same SHA256SUMS. The environment steers where approvals come from:

- RAPPORT_GODKJENNINGER_FIL: read the record from this file instead of GitHub (a rebuild from a tag);
- RAPPORT_GODKJENNINGER_FORRIGE: the previous release's record; only newer pull requests are read;
- RAPPORT_GODKJENNINGER_KREVES=1 (or a tag build, GITHUB_REF_TYPE=tag): approvals that cannot be
  read stop the build, instead of a release that says nobody approved.

Known gap: a rebase merge whose last commit touches no chapter has a merge commit outside the
chapters' history and is not credited (a merge or squash merge always is).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from rapportlinja.base.errors import UserError
from rapportlinja.base.labels import labels_for
from rapportlinja.base.layout import CHAPTERS_DIR
from rapportlinja.read import approvals_record, pull_requests
from rapportlinja.read.approvals_record import Approver, Entry, Record
from rapportlinja.read.github_api import ApiError, GitHub, Opener
from rapportlinja.review.appendix import Approved, Settings
from rapportlinja.review.participation import Person
from rapportlinja.review.words import words

FROM_FILE = "RAPPORT_GODKJENNINGER_FIL"
PREVIOUS = "RAPPORT_GODKJENNINGER_FORRIGE"
REQUIRED = "RAPPORT_GODKJENNINGER_KREVES"


def role_of(login: str, members: Mapping[str, frozenset[str]]) -> str | None:
    folded = login.casefold()
    return next((role for role, people in members.items() if folded in {m.casefold() for m in people}), None)


class Reader:
    """Reads and caches what GitHub knows; every method may raise ApiError."""

    def __init__(self, api: GitHub, repository: str) -> None:
        self.api = api
        self.repository = repository
        self._names: dict[str, str] = {}

    def merged_since(self, since: str | None) -> list[pull_requests.PullRequest]:
        return pull_requests.merged_since(self.api, self.repository, since)

    def team_members(self, team: str) -> frozenset[str]:
        """Members of «@org/slug»; needs a token that may read the organisation (not GITHUB_TOKEN)."""
        org, _, slug = team.lstrip("@").partition("/")
        members = self.api.get_all(f"/orgs/{org}/teams/{slug}/members")
        return frozenset(str(m["login"]) for m in members if isinstance(m, dict) and "login" in m)

    def display_name(self, login: str) -> str:
        """The name on the GitHub profile, or the user name when the profile has none."""
        if login not in self._names:
            user = self.api.get(f"/users/{login}")
            name = user.get("name") if isinstance(user, dict) else None
            self._names[login] = name.strip() if isinstance(name, str) and name.strip() else login
        return self._names[login]


def members_by_role(
    reader: Reader, teams: Mapping[str, str], listed: Mapping[str, Sequence[str]]
) -> dict[str, frozenset[str]]:
    """The configured members of each role; a role without a list asks GitHub for its team's members.

    A team GitHub will not show (GITHUB_TOKEN cannot read organisations) counts as unknown
    members: its approvers then show as «medarbeider», never as a role they may not hold.
    """
    found: dict[str, frozenset[str]] = {role: frozenset(logins) for role, logins in listed.items()}
    for role, team in teams.items():
        if role in found:
            continue
        try:
            found[role] = reader.team_members(team)
        except ApiError:
            found[role] = frozenset()
    return found


def required(env: Mapping[str, str]) -> bool:
    """A release must show who approved: a tag build, or a job that says so, never falls back to «nobody»."""
    return env.get(REQUIRED, "").strip() not in ("", "0") or env.get("GITHUB_REF_TYPE") == "tag"


def read_approvals(
    shas: Mapping[str, Sequence[str]],
    edition: Mapping[str, Any],
    how: Settings,
    language: str,
    env: Mapping[str, str],
    opener: Opener | None = None,
) -> Approved:
    """Approvers per chapter file as roles (with the opt-in, names listed under «roller»), or why there are none.

    With approvers, `Approved.record` is the record they were read from (godkjenninger.json's text).
    """
    display = "roller" if how.show_roles else "navn"
    history = frozenset(sha for file_shas in shas.values() for sha in file_shas)
    if env.get(FROM_FILE, "").strip():
        record = approvals_record.load(Path(env[FROM_FILE].strip()), display).within(history)
    else:
        found = _from_github(edition, how, language, env, opener)
        if isinstance(found, str):
            return Approved({}, found)
        record = found.within(history)
    return Approved(_people(record, shas, language), "", approvals_record.dumps(record))


def _from_github(
    edition: Mapping[str, Any], how: Settings, language: str, env: Mapping[str, str], opener: Opener | None
) -> Record | str:
    """The record read from GitHub (extending the previous release's), or the note why there is none."""
    said = words(language)
    display = "roller" if how.show_roles else "navn"
    api = GitHub.from_environment(env, opener)
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    if api is None or not repository:
        return _refuse_or(
            env, "ingen tilgang til GitHub (GITHUB_TOKEN og GITHUB_REPOSITORY mangler)", said["approvals_local"]
        )
    previous = Record(display, ())
    previous_file = Path(env.get(PREVIOUS, "").strip()) if env.get(PREVIOUS, "").strip() else None
    if previous_file is not None and previous_file.is_file():
        previous = approvals_record.load(previous_file, display)
    reader = Reader(api, repository)
    try:
        pulls = [p for p in reader.merged_since(previous.newest()) if any(_chapter(f) for f in p.files)]
        members = members_by_role(reader, _strings(edition.get("team")), _lists(edition.get("team_medlemmer")))
        entries = [_entry(pull, reader, members, how) for pull in pulls]
    except ApiError as error:
        reason = "GitHub svarte ikke" if error.status == 0 else f"GitHub svarte {error.status} {error.reason}"
        return _refuse_or(env, reason, said["approvals_offline" if error.status == 0 else "approvals_denied"])
    return previous.joined(entries)


def _refuse_or(env: Mapping[str, str], reason: str, note: str) -> str:
    if required(env):
        raise UserError(
            f"Godkjenningene til vedlegget «Medvirkning» kunne ikke leses: {reason}. Utgivelsen er stoppet, "
            "fordi rapporten ellers ville sagt at ingen har godkjent kapitlene.",
            "Kjør jobben på nytt når GitHub svarer. Jobben trenger «pull-requests: read» og GITHUB_TOKEN. "
            f"Bygger du på nytt fra en tagg, oppgi godkjenningsfilen fra utgivelsen med {FROM_FILE}.",
        )
    return note


def _entry(
    pull: pull_requests.PullRequest, reader: Reader, members: Mapping[str, frozenset[str]], how: Settings
) -> Entry:
    approvers = tuple(Approver(_shown(login, reader, members, how), date) for login, date in pull.approvals)
    return Entry(pull.number, pull.merged_at, pull.commit, tuple(f for f in pull.files if _chapter(f)), approvers)


def _shown(login: str, reader: Reader, members: Mapping[str, frozenset[str]], how: Settings) -> str | None:
    """The approver's name only when matched to a role and listed by that name in the edition; else the role.

    A login or a profile name the edition does not list is never shown: public outputs name roles.
    """
    role = role_of(login, members)
    if role is not None and not how.show_roles:
        name = reader.display_name(login)
        if how.may_name(name):
            return name
    return role


def _chapter(path: str) -> bool:
    return path.startswith(CHAPTERS_DIR + "/")


def _people(record: Record, shas: Mapping[str, Sequence[str]], language: str) -> dict[str, tuple[Person, ...]]:
    unknown = labels_for(language).participation_unknown_role
    return {
        rel: _latest(
            [(a.shown or unknown, a.date) for entry in record.entries if rel in entry.files for a in entry.approvers]
        )
        for rel in shas
    }


def _latest(pairs: Sequence[tuple[str, dt.date]]) -> tuple[Person, ...]:
    latest: dict[str, dt.date] = {}
    for name, date in pairs:
        latest[name] = max(latest.get(name, date), date)
    return tuple(Person(name, date) for name, date in sorted(latest.items(), key=lambda item: item[0].casefold()))


def _strings(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _lists(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, dict):
        return {}
    return {str(k): [str(item) for item in v] for k, v in value.items() if isinstance(v, list)}
