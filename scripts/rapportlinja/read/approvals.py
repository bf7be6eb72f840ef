"""Approvals as GitHub recorded them: APPROVED reviews on the merged pull requests behind each chapter.

Who pressed Merge is never an approval: a merge commit's author is the merger, a squash
merge has no merge commit, and a draft built in CI has GitHub's temporary merge commit.
So for every commit that touched a chapter we ask GitHub which merged pull request brought
it in (GET /repos/{o}/{r}/commits/{sha}/pulls, the same for merge, squash and rebase
merges), and read that pull request's reviews (GET /repos/{o}/{r}/pulls/{n}/reviews). A
reviewer counts when their latest review is APPROVED. Their role comes from the team
membership in report/rapport.yaml («team_medlemmer», or the team's members from GitHub).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from rapportlinja.base.labels import labels_for
from rapportlinja.read.github_api import ApiError, GitHub, Opener
from rapportlinja.review.appendix import Approved, Settings
from rapportlinja.review.participation import Person
from rapportlinja.review.words import words

_VERDICTS = ("APPROVED", "CHANGES_REQUESTED", "DISMISSED")  # COMMENTED does not change a verdict


class Approval(NamedTuple):
    login: str
    role: str | None  # the first role in report/rapport.yaml whose team holds the login
    date: dt.date
    pull: int


def latest_approvals(reviews: Iterable[Mapping[str, Any]], pull: int) -> list[tuple[str, dt.date]]:
    """(login, date) of each reviewer whose latest verdict on the pull request is APPROVED."""
    verdicts: dict[str, tuple[str, dt.date]] = {}
    for review in reviews:
        user = review.get("user") or {}
        login, state, when = user.get("login"), review.get("state"), review.get("submitted_at")
        if not isinstance(login, str) or state not in _VERDICTS or not isinstance(when, str):
            continue
        date = dt.datetime.fromisoformat(when.replace("Z", "+00:00")).date()
        verdicts[login] = (str(state), date)
    return [(login, date) for login, (state, date) in verdicts.items() if state == "APPROVED"]


def role_of(login: str, members: Mapping[str, frozenset[str]]) -> str | None:
    folded = login.casefold()
    return next((role for role, people in members.items() if folded in {m.casefold() for m in people}), None)


class Reader:
    """Reads and caches what GitHub knows; every method may raise ApiError."""

    def __init__(self, api: GitHub, repository: str) -> None:
        self.api = api
        self.repository = repository
        self._pulls_of: dict[str, list[int]] = {}
        self._approvals_of: dict[int, list[tuple[str, dt.date]]] = {}
        self._names: dict[str, str] = {}

    def merged_pulls(self, sha: str) -> list[int]:
        if sha not in self._pulls_of:
            pulls = self.api.get(f"/repos/{self.repository}/commits/{sha}/pulls")
            self._pulls_of[sha] = [
                int(p["number"])
                for p in (pulls if isinstance(pulls, list) else [])
                if isinstance(p, dict) and p.get("merged_at") and isinstance(p.get("number"), int)
            ]
        return self._pulls_of[sha]

    def approvals(self, pull: int) -> list[tuple[str, dt.date]]:
        if pull not in self._approvals_of:
            reviews = self.api.get_all(f"/repos/{self.repository}/pulls/{pull}/reviews")
            self._approvals_of[pull] = latest_approvals((r for r in reviews if isinstance(r, dict)), pull)
        return self._approvals_of[pull]

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


def by_file(
    reader: Reader, shas_by_file: Mapping[str, Sequence[str]], members: Mapping[str, frozenset[str]]
) -> dict[str, tuple[Approval, ...]]:
    """Every approval of every merged pull request that touched each file."""
    result: dict[str, tuple[Approval, ...]] = {}
    for rel, shas in shas_by_file.items():
        pulls = dict.fromkeys(pull for sha in shas for pull in reader.merged_pulls(sha))
        result[rel] = tuple(
            Approval(login, role_of(login, members), date, pull)
            for pull in pulls
            for login, date in reader.approvals(pull)
        )
    return result


def read_approvals(
    shas: Mapping[str, Sequence[str]],
    edition: Mapping[str, Any],
    how: Settings,
    language: str,
    env: Mapping[str, str],
    opener: Opener | None = None,
) -> Approved:
    """Approvers per chapter file as roles (with the opt-in, names listed under «roller»), or why there are none."""
    said = words(language)
    api = GitHub.from_environment(env, opener)
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    if api is None or not repository:
        return Approved({}, said["approvals_local"])
    reader = Reader(api, repository)
    try:
        members = members_by_role(reader, _strings(edition.get("team")), _lists(edition.get("team_medlemmer")))
        found = by_file(reader, shas, members)
        names = {} if how.show_roles else {a.login: reader.display_name(a.login) for f in found.values() for a in f}
    except ApiError as error:
        return Approved({}, said["approvals_offline" if error.status == 0 else "approvals_denied"])
    unknown = labels_for(language).participation_unknown_role
    people = {rel: _latest([(_shown(a, names, how, unknown), a.date) for a in here]) for rel, here in found.items()}
    return Approved(people, "")


def _shown(approval: Approval, names: Mapping[str, str], how: Settings, unknown: str) -> str:
    """The approver's name only when matched to a role and listed by that name in the edition; else the role."""
    name = names.get(approval.login, "")
    if approval.role is not None and how.may_name(name):
        return name
    return approval.role or unknown


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
