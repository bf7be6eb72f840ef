"""The redline names a pull request's sides by its title and branch, masked, and only inside a pull request."""

from __future__ import annotations

import json
from pathlib import Path

from rapportlinja.read import proposal


def _event(tmp_path: Path, data: object) -> dict[str, str]:
    path = tmp_path / "event.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return {"GITHUB_EVENT_PATH": str(path)}


def test_title_and_branch_in_both_languages(tmp_path: Path) -> None:
    env = _event(
        tmp_path,
        {
            "pull_request": {
                "title": "Bemanning:  nye  tall",
                "head": {"ref": "bemanning-2025"},
                "base": {"ref": "main"},
            }
        },
    )
    assert proposal.sides(env, "nb") == (
        "hovedgrenen «main»",
        "endringsforslaget «Bemanning: nye tall» (grenen «bemanning-2025»)",
    )
    assert proposal.sides(env, "nn") == (
        "hovudgreina «main»",
        "endringsforslaget «Bemanning: nye tall» (greina «bemanning-2025»)",
    )


def test_personal_data_in_the_title_is_masked(tmp_path: Path) -> None:
    env = _event(
        tmp_path, {"pull_request": {"title": "Sak 15838500002", "head": {"ref": "x"}, "base": {"ref": "main"}}}
    )
    named = proposal.sides(env, "nb")
    assert named is not None and "15838500002" not in named.new


def test_outside_a_pull_request_nothing_is_renamed(tmp_path: Path) -> None:
    assert proposal.sides({}, "nb") is None
    assert proposal.sides(_event(tmp_path, {"ref": "refs/heads/main"}), "nb") is None
