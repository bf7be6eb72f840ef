"""Has every role a changed chapter requires approved? Two roles mean two approvals.

CODEOWNERS lists all of a chapter's teams on one line, and GitHub counts that line as approved when
any one of them approves: adding verneombud next to tillitsvalgte would silently stop requiring the
tillitsvalgte. This is the rule CODEOWNERS cannot say: per chapter, each role in «godkjennes_av»
(in the base or the head version, so a pull request cannot drop a role to escape it) needs an
approval from one of its own members.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, NamedTuple


class Verdict(NamedTuple):
    chapter: str
    role: str
    approved: bool
    known_members: bool  # False: nobody is known to hold the role, so nobody can approve for it


def roles_in(frontmatter: Any) -> frozenset[str]:
    """The roles in a chapter's «godkjennes_av» (none when the frontmatter has none or is not a mapping)."""
    roles = frontmatter.get("godkjennes_av") if isinstance(frontmatter, dict) else None
    return frozenset(str(role) for role in roles if isinstance(role, str)) if isinstance(roles, list) else frozenset()


def verdicts(
    required: Mapping[str, frozenset[str]], members: Mapping[str, frozenset[str]], approvers: Iterable[str]
) -> list[Verdict]:
    """One verdict per chapter and role, sorted; `approvers` are the logins whose latest review approves."""
    approved = {login.casefold() for login in approvers}
    found = []
    for chapter, roles in sorted(required.items()):
        for role in sorted(roles):
            people = {login.casefold() for login in members.get(role, frozenset())}
            found.append(Verdict(chapter, role, bool(people & approved), bool(people)))
    return found
