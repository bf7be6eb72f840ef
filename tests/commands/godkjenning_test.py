"""`rapport godkjenning --pr N`: says in Norwegian which role has not approved, and fails until every role has."""

from __future__ import annotations

import json

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.commands import godkjenning
from tests.read import fake_github

REPO = "eksempel-kommune/tilstandsrapport"


def _env(url: str) -> dict[str, str]:
    return {"GITHUB_TOKEN": "ghs_test_only", "GITHUB_REPOSITORY": REPO, "GITHUB_API_URL": url}


def _approved_by(*logins: str) -> dict[str, str]:
    items = [{"user": {"login": who}, "state": "APPROVED", "submitted_at": "2026-06-10T09:00:00Z"} for who in logins]
    return {"reviews": json.dumps(items)}


def test_one_of_two_roles_approving_fails_and_says_which_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    with fake_github.serve("pull-request-roles.json", substitutions=_approved_by("tone-tillitsvalgt")) as github:
        code = godkjenning.run(21, _env(github.url))
    out = capsys.readouterr().out
    assert code == 1
    assert "✓ report/kapitler/04-bemanning-og-kompetanse.md: tillitsvalgte har godkjent." in out
    assert "✗ report/kapitler/04-bemanning-og-kompetanse.md: verneombud har ikke godkjent ennå." in out
    assert "Mangler godkjenning fra: ledelsen, verneombud." in out
    assert "tone-tillitsvalgt" not in out  # roles, never logins


def test_every_role_approving_passes(capsys: pytest.CaptureFixture[str]) -> None:
    approvals = _approved_by("tone-tillitsvalgt", "per-verneombud", "lise-leder")
    with fake_github.serve("pull-request-roles.json", substitutions=approvals) as github:
        assert godkjenning.run(21, _env(github.url)) == 0
    assert "Alle rollene som kapitlene krever, har godkjent." in capsys.readouterr().out


def test_no_github_is_a_norwegian_error_not_a_pass() -> None:
    with pytest.raises(UserError, match="kunne ikke leses: GitHub svarte ikke"):
        godkjenning.run(21, _env("http://127.0.0.1:9"))
    with pytest.raises(UserError, match="GITHUB_TOKEN og GITHUB_REPOSITORY mangler"):
        godkjenning.run(21, {})
