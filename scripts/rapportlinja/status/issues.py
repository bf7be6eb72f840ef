"""Bring the repository's issues in line with the plan: create, update, reopen and close our own, never twice.

Our issues carry the label LABEL and a hidden key (reminders.marker). Each run lists them (open and
closed), then for every planned issue edits the one with its key, or creates it if there is none;
an open issue whose key is no longer planned is closed as done. An identical second run sends no
write at all. Two issues with the same key (a run cut short, a copy made by hand) are healed: the
oldest is kept, the others are closed as duplicates. Only the issues endpoints are used, so the
workflow's token needs `issues: write` and nothing else.

The «Status» issue is pinned once when it is created. Pinning is a GraphQL mutation; where the token
may not pin, the issue still exists and the caller says so.
"""

from __future__ import annotations

import re
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from rapportlinja.read.github_api import ApiError, GitHub
from rapportlinja.status.reminders import LABEL, STATUS_KEY, marker

_KEY = re.compile(r"<!-- rapportlinja:(status|frist:[^\s>]+) -->")
LABEL_COLOUR = "0e8a16"
LABEL_DESCRIPTION = "Påminnelser fra rapportlinja (lages og lukkes av arbeidsflyten)"
_PIN = "mutation($id: ID!) { pinIssue(input: {issueId: $id}) { issue { number } } }"


class Wanted(NamedTuple):
    key: str
    title: str
    body: str  # without the hidden key


class Operation(NamedTuple):
    action: str  # laget | oppdatert | gjenåpnet | lukket | lukket-duplikat | festet | ikke-festet
    number: int
    key: str
    title: str


def key_of(body: object) -> str | None:
    found = _KEY.search(body if isinstance(body, str) else "")
    if found is None:
        return None
    value = found.group(1)
    return STATUS_KEY if value == STATUS_KEY else value.removeprefix("frist:")


def full_body(wanted: Wanted) -> str:
    return f"{marker(wanted.key)}\n{wanted.body.rstrip()}\n"


def _ensure_label(api: GitHub, repository: str) -> None:
    try:
        api.call("GET", f"/repos/{repository}/labels/{urllib.parse.quote(LABEL)}")
    except ApiError as error:
        if error.status != 404:
            raise
        api.call(
            "POST",
            f"/repos/{repository}/labels",
            {"name": LABEL, "color": LABEL_COLOUR, "description": LABEL_DESCRIPTION},
        )


def existing(api: GitHub, repository: str) -> dict[str, list[dict[str, Any]]]:
    """Our issues by key, the one to keep first; pull requests and issues without a key are left alone."""
    found: dict[str, list[dict[str, Any]]] = {}
    for issue in api.get_all(f"/repos/{repository}/issues?labels={urllib.parse.quote(LABEL)}&state=all"):
        if not isinstance(issue, dict) or "pull_request" in issue:
            continue
        key = key_of(issue.get("body"))
        if key is not None:
            found.setdefault(key, []).append(issue)
    for issues in found.values():
        # An open one first, so a closed copy is never reopened while its twin is open; then the oldest.
        issues.sort(key=lambda issue: (issue.get("state") != "open", int(issue.get("number", 0))))
    return found


def _pin(api: GitHub, graphql_url: str, issue: Mapping[str, Any]) -> bool:
    node = issue.get("node_id")
    if not node:
        return False
    try:
        answer = api.call("POST", graphql_url, {"query": _PIN, "variables": {"id": node}}).data
    except ApiError:
        return False
    return isinstance(answer, dict) and not answer.get("errors")


def sync(api: GitHub, repository: str, wanted: Sequence[Wanted], graphql_url: str) -> list[Operation]:
    """Apply the plan; returns what was written (empty when the issues already say what the data says)."""
    _ensure_label(api, repository)
    current = existing(api, repository)
    done: list[Operation] = []
    base = f"/repos/{repository}/issues"
    planned = {item.key for item in wanted}
    for item in wanted:
        body = full_body(item)
        issues = current.get(item.key, [])
        if not issues:
            created = api.call("POST", base, {"title": item.title, "body": body, "labels": [LABEL]}).data
            number = int(created["number"])
            done.append(Operation("laget", number, item.key, item.title))
            if item.key == STATUS_KEY:
                pinned = _pin(api, graphql_url, created)
                done.append(Operation("festet" if pinned else "ikke-festet", number, item.key, item.title))
            continue
        keep, *copies = issues
        number = int(keep["number"])
        reopen = keep.get("state") != "open"
        if reopen or keep.get("title") != item.title or (keep.get("body") or "") != body:
            change: dict[str, Any] = {"title": item.title, "body": body}
            if reopen:
                change["state"] = "open"
            api.call("PATCH", f"{base}/{number}", change)
            done.append(Operation("gjenåpnet" if reopen else "oppdatert", number, item.key, item.title))
        for copy in copies:
            if copy.get("state") == "open":
                api.call("PATCH", f"{base}/{copy['number']}", {"state": "closed", "state_reason": "not_planned"})
                done.append(Operation("lukket-duplikat", int(copy["number"]), item.key, item.title))
    for key, issues in current.items():
        if key in planned or key == STATUS_KEY:
            continue  # the status issue stays even on a day the plan is empty
        for issue in issues:
            if issue.get("state") == "open":
                api.call("PATCH", f"{base}/{issue['number']}", {"state": "closed", "state_reason": "completed"})
                done.append(Operation("lukket", int(issue["number"]), key, str(issue.get("title", ""))))
    return done


def graphql_url(env: Mapping[str, str], api: GitHub) -> str:
    """GitHub's GraphQL endpoint: the workflow's GITHUB_GRAPHQL_URL, else next to the REST API."""
    return env.get("GITHUB_GRAPHQL_URL") or api.api_url + "/graphql"
