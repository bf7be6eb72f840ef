"""The merged pull requests of a repository, with their files and reviews, read in bulk.

One GraphQL query returns 100 pull requests with their changed files and reviews, so three
years of history (a few hundred pull requests) cost a handful of calls instead of one call per
commit and one per pull request. Newest first by last update: a pull request merged after
`since` was updated at or after it, so paging stops at the first page that reaches back past it.
Only a pull request with more than 100 files or reviews costs its own REST calls.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple

from rapportlinja.read.github_api import ApiError, GitHub

PAGE = 100
MAX_PAGES = 100  # 10,000 pull requests: decades of a yearly report; beyond it GitHub answers too slowly anyway
_VERDICTS = ("APPROVED", "CHANGES_REQUESTED", "DISMISSED")  # COMMENTED does not change a verdict

QUERY = """
query($owner: String!, $name: String!, $after: String) {
  repository(owner: $owner, name: $name) {
    pullRequests(states: MERGED, first: 100, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) {
      pageInfo { hasNextPage endCursor }
      nodes {
        number
        mergedAt
        updatedAt
        mergeCommit { oid }
        files(first: 100) { totalCount nodes { path } }
        reviews(first: 100, states: [APPROVED, CHANGES_REQUESTED, DISMISSED]) {
          totalCount
          nodes { state submittedAt author { login } }
        }
      }
    }
  }
}
""".strip()


class PullRequest(NamedTuple):
    number: int
    merged_at: str  # as GitHub wrote it (ISO 8601, UTC): compared as text, kept as text in the record
    commit: str  # the merge, squash or last rebased commit on the base branch
    files: tuple[str, ...]
    approvals: tuple[tuple[str, dt.date], ...]  # (login, date) of each reviewer whose latest verdict approves


def latest_approvals(reviews: Iterable[Mapping[str, Any]]) -> tuple[tuple[str, dt.date], ...]:
    """(login, date) of each reviewer whose latest verdict is APPROVED (a dismissed approval is none)."""
    verdicts: dict[str, tuple[str, dt.date]] = {}
    for review in reviews:
        user = review.get("user") or review.get("author") or {}
        login = user.get("login") if isinstance(user, dict) else None
        state = review.get("state")
        when = review.get("submitted_at") or review.get("submittedAt")
        if not isinstance(login, str) or state not in _VERDICTS or not isinstance(when, str):
            continue
        verdicts[login] = (str(state), dt.datetime.fromisoformat(when.replace("Z", "+00:00")).date())
    return tuple((login, date) for login, (state, date) in verdicts.items() if state == "APPROVED")


def merged_since(api: GitHub, repository: str, since: str | None) -> list[PullRequest]:
    """Every pull request merged at or after `since` (all of them when None), newest update first."""
    owner, _, name = repository.partition("/")
    found: dict[int, PullRequest] = {}
    after: str | None = None
    for _ in range(MAX_PAGES):
        page = _page(api, owner, name, after)
        nodes = [node for node in page.get("nodes") or [] if isinstance(node, dict)]
        for node in nodes:
            pull = _pull(api, repository, node)
            if pull is not None and (since is None or pull.merged_at >= since):
                found[pull.number] = pull
        info = page.get("pageInfo") or {}
        oldest = min((str(node.get("updatedAt") or "") for node in nodes), default="")
        if not info.get("hasNextPage") or (since is not None and oldest < since):
            break
        after = str(info.get("endCursor"))
    return sorted(found.values(), key=lambda pull: pull.number)


def _page(api: GitHub, owner: str, name: str, after: str | None) -> dict[str, Any]:
    answer = api.call("POST", "/graphql", {"query": QUERY, "variables": {"owner": owner, "name": name, "after": after}})
    data = answer.data if isinstance(answer.data, dict) else {}
    if data.get("errors"):
        first = data["errors"][0] if isinstance(data["errors"], list) and data["errors"] else {}
        message = first.get("message") if isinstance(first, dict) else None
        raise ApiError(403 if "FORBIDDEN" in str(first) else 502, str(message or "GraphQL-feil"))
    repository = (data.get("data") or {}).get("repository")
    pulls = repository.get("pullRequests") if isinstance(repository, dict) else None
    if not isinstance(pulls, dict):
        raise ApiError(404, "fant ikke repositoriet")
    return pulls


def _pull(api: GitHub, repository: str, node: dict[str, Any]) -> PullRequest | None:
    number, merged, commit = node.get("number"), node.get("mergedAt"), (node.get("mergeCommit") or {}).get("oid")
    if not isinstance(number, int) or not isinstance(merged, str) or not isinstance(commit, str):
        return None
    files, reviews = node.get("files") or {}, node.get("reviews") or {}
    paths = [str(f.get("path")) for f in files.get("nodes") or [] if isinstance(f, dict)]
    if int(files.get("totalCount") or 0) > len(paths):
        paths = [str(f.get("filename")) for f in api.get_all(f"/repos/{repository}/pulls/{number}/files")]
    verdicts = [r for r in reviews.get("nodes") or [] if isinstance(r, dict)]
    if int(reviews.get("totalCount") or 0) > len(verdicts):
        verdicts = [r for r in api.get_all(f"/repos/{repository}/pulls/{number}/reviews") if isinstance(r, dict)]
    return PullRequest(number, merged, commit, tuple(sorted(set(paths))), latest_approvals(verdicts))
