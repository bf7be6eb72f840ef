"""Two roles mean two approvals: each role in «godkjennes_av» needs one of its own members to approve."""

from __future__ import annotations

from rapportlinja.review.role_approvals import Verdict, roles_in, verdicts

CHAPTER = "report/kapitler/04-bemanning-og-kompetanse.md"
MEMBERS = {"tillitsvalgte": frozenset({"tone-tillitsvalgt"}), "verneombud": frozenset({"Per-Verneombud"})}


def test_one_teams_approval_does_not_stand_in_for_the_other() -> None:
    required = {CHAPTER: frozenset({"tillitsvalgte", "verneombud"})}
    assert verdicts(required, MEMBERS, ["tone-tillitsvalgt", "kari-kollega"]) == [
        Verdict(CHAPTER, "tillitsvalgte", True, True),
        Verdict(CHAPTER, "verneombud", False, True),  # CODEOWNERS would have called this approved
    ]
    assert all(v.approved for v in verdicts(required, MEMBERS, ["tone-tillitsvalgt", "per-verneombud"]))


def test_a_role_nobody_is_known_to_hold_is_never_approved() -> None:
    assert verdicts({CHAPTER: frozenset({"ledelsen"})}, MEMBERS, ["tone-tillitsvalgt"]) == [
        Verdict(CHAPTER, "ledelsen", False, False)
    ]


def test_roles_are_read_from_the_frontmatter_list_only() -> None:
    assert roles_in({"godkjennes_av": ["tillitsvalgte", "verneombud"]}) == {"tillitsvalgte", "verneombud"}
    assert roles_in({"godkjennes_av": "tillitsvalgte"}) == frozenset()  # not a list: the schema refuses it
    assert roles_in(None) == frozenset()
