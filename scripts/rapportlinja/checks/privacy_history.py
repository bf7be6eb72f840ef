"""Git history is input too: author names and trailers reach the «Medvirkning» appendix and
the release notes, so they are scanned like the files.

Only the full check reads the history (CI and `rapport sjekk` without paths): pre-commit
passes the staged files, and the commit being made has no message yet.
"""

from __future__ import annotations

from rapportlinja.base import gitinfo
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.layout import Layout
from rapportlinja.privacy import KIND_NOUNS, scan_text
from rapportlinja.read import history
from rapportlinja.review import participation

MAX_COMMITS = 20_000  # the newest ones; a report repository gains a few hundred a year

_HINT = (
    "Navn og meldinger i Git-historikken vises i vedlegget «Medvirkning» og i utgivelsesnotatene. "
    "Er det siste commit: «git commit --amend» (og «--author» for navnet). Ellers: skriv historikken om "
    "(«git rebase -i») før den deles, og be om hjelp om den alt er delt."
)


def check_history(layout: Layout, allowed: frozenset[str]) -> list[Finding]:
    try:
        commits = history.read_commits(layout.root) or []
    except gitinfo.GitMissing as missing:
        return [
            warning(
                "Git-historikk",
                0,
                0,
                f"Navn og meldinger i Git-historikken ble ikke sjekket for personopplysninger: {missing.message}",
                missing.hint,
                "privacy.git-history-unread",
            )
        ]
    findings = []
    for commit in commits[-MAX_COMMITS:]:
        # Addresses in «Name <address>» are dropped before anything is shown; the rest is read.
        shown = "\n".join([commit.author, participation.clean_name(commit.message)])
        for hit in scan_text(shown, allowed):
            findings.append(
                error(
                    f"Git-historikk (commit {commit.sha[:7]})",
                    0,
                    0,
                    f"Forfatteren eller meldingen inneholder {KIND_NOUNS[hit.kind]} ({hit.masked}).",
                    _HINT,
                    "privacy.git-history",
                )
            )
    return findings
