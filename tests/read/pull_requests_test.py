"""Merged pull requests are read in bulk: three years of history in a few calls, and only what is new after that."""

from __future__ import annotations

import datetime as dt

from rapportlinja.read import pull_requests
from rapportlinja.read.github_api import GitHub
from tests.read import fake_github

REPO = "eksempel-kommune/tilstandsrapport"


def _api(url: str) -> GitHub:
    return GitHub("ghs_test_only_not_a_token", url)


def test_three_years_of_pull_requests_cost_three_calls() -> None:
    with fake_github.serve("approvals-three-years.json") as github:
        pulls = pull_requests.merged_since(_api(github.url), REPO, None)
    assert len(pulls) == 300
    assert len(github.seen) <= 36  # the bound: a few dozen, not one call per commit (here: 3)
    assert len(github.seen) == 3 and github.done
    assert [seen["body"]["variables"]["after"] for seen in github.seen] == [
        None,
        "Y3Vyc29yOnYyOpK51",
        "Y3Vyc29yOnYyOpK52",
    ]
    assert all(
        seen["body"]["variables"] == {**seen["body"]["variables"], "owner": "eksempel-kommune"} for seen in github.seen
    )
    assert all(pull.approvals and pull.files and len(pull.commit) == 40 for pull in pulls)


def test_after_a_release_only_the_newer_pull_requests_are_read() -> None:
    with fake_github.serve("approvals-three-years.json") as github:
        everything = pull_requests.merged_since(_api(github.url), REPO, None)
    since = next(pull.merged_at for pull in everything if pull.number == 1250)
    with fake_github.serve("approvals-three-years.json") as github:
        newer = pull_requests.merged_since(_api(github.url), REPO, since)
    assert len(github.seen) == 1  # the first page reaches back past the previous release
    assert [pull.number for pull in newer] == list(range(1250, 1301))


def test_the_latest_verdict_counts_and_a_dismissed_approval_is_none() -> None:
    reviews = [
        {"state": "CHANGES_REQUESTED", "submittedAt": "2026-02-09T10:00:00Z", "author": {"login": "tone"}},
        {"state": "APPROVED", "submittedAt": "2026-02-11T09:00:00Z", "author": {"login": "tone"}},
        {"state": "APPROVED", "submittedAt": "2026-03-01T09:00:00Z", "author": {"login": "kari"}},
        {"state": "DISMISSED", "submittedAt": "2026-03-01T10:00:00Z", "author": {"login": "kari"}},
        {"state": "COMMENTED", "submitted_at": "2026-03-02T10:00:00Z", "user": {"login": "per"}},
        {"state": "APPROVED", "submitted_at": "2026-03-03T23:30:00Z", "user": {"login": "per"}},  # REST spelling
    ]
    assert pull_requests.latest_approvals(reviews) == (("tone", dt.date(2026, 2, 11)), ("per", dt.date(2026, 3, 3)))
