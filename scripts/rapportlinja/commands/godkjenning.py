"""`rapport godkjenning --pr N`: has every role each changed chapter requires approved the pull request?

A status check for pull requests (.github/workflows/godkjenning.yml): CODEOWNERS with two teams on a
line is satisfied by either, so this check says, per chapter and role in «godkjennes_av», whether a
member of that role has approved, and fails (exit 1) while one is missing. Made a required check,
two roles really mean two approvals. It reads GitHub through the API only, with a read-only token.
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from rapportlinja.base.errors import UserError
from rapportlinja.read import role_reviews
from rapportlinja.read.github_api import ApiError, GitHub, Opener
from rapportlinja.review.role_approvals import verdicts


def run(number: int, env: Mapping[str, str] | None = None, opener: Opener | None = None) -> int:
    env = os.environ if env is None else env
    api = GitHub.from_environment(env, opener)
    repository = env.get("GITHUB_REPOSITORY", "").strip()
    if api is None or not repository:
        raise UserError(
            "Godkjenningene kan ikke sjekkes: GITHUB_TOKEN og GITHUB_REPOSITORY mangler.",
            "Sjekken kjører i arbeidsflyten «Godkjenning» på GitHub, som gir dem.",
        )
    try:
        found = role_reviews.read(api, repository, number)
    except ApiError as error:
        reason = "GitHub svarte ikke" if error.status == 0 else f"GitHub svarte {error.status} {error.reason}"
        raise UserError(
            f"Godkjenningene på pull request #{number} kunne ikke leses: {reason}.",
            "Kjør sjekken på nytt. Jobben trenger «pull-requests: read» og «contents: read».",
        ) from None
    results = verdicts(found.required, found.members, found.approvers)
    if not results:
        print(f"Pull request #{number} endrer ingen kapitler som krever godkjenning fra en rolle.")
        return 0
    for result in results:
        if result.approved:
            print(f"✓ {result.chapter}: {result.role} har godkjent.")
        elif result.known_members:
            print(f"✗ {result.chapter}: {result.role} har ikke godkjent ennå.")
        else:
            print(
                f"✗ {result.chapter}: ingen er kjent i rollen «{result.role}», så ingen kan godkjenne for den. "
                "Før opp medlemmene under «team_medlemmer» i report/rapport.yaml."
            )
    missing = sorted({r.role for r in results if not r.approved})
    if missing:
        print(f"Mangler godkjenning fra: {', '.join(missing)}. Hver rolle i «godkjennes_av» må godkjenne for seg.")
        return 1
    print("Alle rollene som kapitlene krever, har godkjent.")
    return 0
