"""A pull request's role check reads GitHub as data: changed chapters' roles before and after, members, approvals."""

from __future__ import annotations

import json

import pytest

from rapportlinja.read import role_reviews
from rapportlinja.read.github_api import ApiError, GitHub
from tests.read import fake_github

REPO = "eksempel-kommune/tilstandsrapport"
BEMANNING = "report/kapitler/04-bemanning-og-kompetanse.md"
NY = "report/kapitler/11-ny-side.md"


def _reviews(*approvals: tuple[str, str]) -> dict[str, str]:
    items = [
        {"user": {"login": who}, "state": state, "submitted_at": "2026-06-10T09:00:00Z"} for who, state in approvals
    ]
    return {"reviews": json.dumps(items)}


def test_roles_from_both_versions_members_from_the_base_and_latest_approvals() -> None:
    reviews = _reviews(
        ("tone-tillitsvalgt", "APPROVED"), ("per-verneombud", "APPROVED"), ("per-verneombud", "DISMISSED")
    )
    with fake_github.serve("pull-request-roles.json", substitutions=reviews) as github:
        found = role_reviews.read(GitHub("ghs_test_only", github.url), REPO, 21)
    assert github.done  # the files, three versions of chapters, the edition, one team, the reviews: nothing more
    # The head dropped verneombud from «godkjennes_av»: the base still requires it. The SVG needs no role.
    assert found.required == {BEMANNING: {"tillitsvalgte", "verneombud"}, NY: {"ledelsen"}}
    assert found.members == {
        "tillitsvalgte": {"tone-tillitsvalgt"},
        "verneombud": {"per-verneombud"},
        "ledelsen": {"lise-leder"},  # no list in the edition: the team's members from GitHub
    }
    assert found.approvers == {"tone-tillitsvalgt"}  # a dismissed approval is none


def test_github_that_cannot_be_read_raises() -> None:
    with pytest.raises(ApiError):
        role_reviews.read(GitHub("ghs_test_only", "http://127.0.0.1:9"), REPO, 21)
