"""What a pull request's role check needs from GitHub, read through the API only (never its code).

For each chapter the pull request changes: the roles in «godkjennes_av» in the base and in the head
version (read as data from the contents API); who holds each role, from report/rapport.yaml on the
base (a pull request cannot add its author to a role) or the team's members on GitHub; and whose
latest review approves. The check runs the default branch's code with a read-only token.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any, NamedTuple
from urllib.parse import quote

from rapportlinja.base import yamldoc
from rapportlinja.base.layout import CHAPTERS_DIR
from rapportlinja.read import approvals, frontmatter, pull_requests
from rapportlinja.read.github_api import ApiError, GitHub
from rapportlinja.review.role_approvals import roles_in

EDITION_FILE = "report/rapport.yaml"


class RoleReviews(NamedTuple):
    required: dict[str, frozenset[str]]  # changed chapter -> roles (base ∪ head)
    members: dict[str, frozenset[str]]  # role -> logins
    approvers: frozenset[str]  # logins whose latest verdict is APPROVED


def read(api: GitHub, repository: str, number: int) -> RoleReviews:
    """Everything the check decides on; raises ApiError when GitHub cannot be read."""
    pull = api.get(f"/repos/{repository}/pulls/{number}")
    if not isinstance(pull, dict):
        raise ApiError(0, "svaret var ikke en pull request")
    base, head = str(pull["base"]["sha"]), str(pull["head"]["sha"])
    required: dict[str, frozenset[str]] = {}
    for changed in api.get_all(f"/repos/{repository}/pulls/{number}/files"):
        name, before = str(changed.get("filename", "")), str(changed.get("previous_filename") or changed["filename"])
        if not (_chapter(name) or _chapter(before)):
            continue
        roles: frozenset[str] = frozenset()
        if changed.get("status") != "added":
            roles |= roles_in(_frontmatter(_text(api, repository, before, base), before))
        if changed.get("status") != "removed":
            roles |= roles_in(_frontmatter(_text(api, repository, name, head), name))
        if roles:
            required[name] = roles
    edition = yamldoc.load(_text(api, repository, EDITION_FILE, base) or "", EDITION_FILE).data
    edition = edition if isinstance(edition, dict) else {}
    members = approvals.members_by_role(
        approvals.Reader(api, repository), _strings(edition.get("team")), _lists(edition.get("team_medlemmer"))
    )
    reviews = [r for r in api.get_all(f"/repos/{repository}/pulls/{number}/reviews") if isinstance(r, dict)]
    approvers = frozenset(login for login, _ in pull_requests.latest_approvals(reviews))
    return RoleReviews(required, members, approvers)


def _chapter(path: str) -> bool:
    return path.startswith(CHAPTERS_DIR + "/") and path.endswith(".md")


def _text(api: GitHub, repository: str, path: str, ref: str) -> str | None:
    """The file at `ref` as text; None when it is not there."""
    try:
        found = api.get(f"/repos/{repository}/contents/{quote(path)}?ref={ref}")
    except ApiError as error:
        if error.status == 404:
            return None
        raise
    if not isinstance(found, dict) or found.get("encoding") != "base64":
        return None
    try:
        return base64.b64decode(str(found.get("content", ""))).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError):
        return None


def _frontmatter(text: str | None, rel: str) -> Any:
    if text is None:
        return None
    parts, _ = frontmatter.split(text, rel)
    return None if parts is None else yamldoc.load(parts.yaml_text, rel, parts.yaml_first_line).data


def _strings(value: Any) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _lists(value: Any) -> dict[str, list[str]]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): [str(item) for item in v] for k, v in value.items() if isinstance(v, list)}
