"""Git history is input too: author names and trailers reach the «Medvirkning» appendix and
the release notes, so they are scanned like the files.

Only the full check reads the history (CI and `rapport sjekk` without paths): pre-commit
passes the staged files, and the commit being made has no message yet.

A commit that is already shared cannot be rewritten by the people who write here (a browser
cannot, and on the default branch the ruleset blocks force pushes), so the way out is a
reviewed entry in report/behandlede-commits.yaml: read.history hides a listed commit's message
and author, and this check then finds nothing in it. The message never repeats the text it refused.
"""

from __future__ import annotations

from rapportlinja.base import gitinfo
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.base.layout import Layout
from rapportlinja.privacy import KIND_NOUNS, scan_text
from rapportlinja.privacy.personnames import CONTEXT, NameRules, find_names, has_child_context
from rapportlinja.read import handled_commits, history
from rapportlinja.review import participation

MAX_COMMITS = 20_000  # the newest ones; a report repository gains a few hundred a year
HANDLED = handled_commits.HANDLED_FILE


def hint(sha: str) -> str:
    """What to do, in the browser first: the full SHA and the lines to add, never the refused text."""
    return (
        "Navn og meldinger i Git-historikken vises i vedlegget «Medvirkning» og i utgivelsesnotatene. "
        "En commit som er delt, kan ikke skrives om i nettleseren, og på hovedgrenen stopper regelsettet det. "
        f"Legg den i stedet inn i {HANDLED} i en pull request (åpne filen på GitHub og trykk blyanten, eller "
        "«Add file» → «Create new file» hvis den ikke finnes), med disse linjene (den første bare i en ny fil):\n"
        "behandlet:\n"
        f'  - commit: "{sha}"\n'
        '    grunn: "personopplysning i commit-meldingen; ligger i historikken og kan ikke skrives om"\n'
        "Skriv aldri opplysningen selv i grunnen. De som står i .github/CODEOWNERS, går gjennom endringen; "
        "når den er flettet inn, vises verken meldingen eller forfatteren i noe offentlig dokument, og sjekken "
        "godtar commiten. Er commiten bare på din egen maskin og ikke delt, kan du i stedet rette den med "
        "«git commit --amend»."
    )


def check_history(layout: Layout, allowed: frozenset[str], rules: NameRules | None = None) -> list[Finding]:
    """`rules`: what the name check allows (public persons, the municipality's name)."""
    handled = handled_commits.read(layout.root)
    try:
        commits = history.read_commits(layout.root) or []  # listed commits come back without message and author
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
    findings = list(handled.findings)
    for commit in commits[-MAX_COMMITS:]:
        # Addresses in «Name <address>» are dropped before anything is shown; the rest is read.
        shown = "\n".join([commit.author, participation.clean_name(commit.message)])
        for hit in scan_text(shown, allowed):
            findings.append(
                error(
                    f"Git-historikk (commit {commit.sha})",
                    0,
                    0,
                    f"Forfatteren eller meldingen til commit {commit.sha[:7]} inneholder "
                    f"{KIND_NOUNS[hit.kind]} ({hit.masked}).",
                    hint(commit.sha),
                    "privacy.git-history",
                )
            )
        findings += _name_findings(commit, rules or NameRules())
    known = {commit.sha for commit in commits}
    for sha in sorted(handled.shas - known) if commits else ():
        findings.append(
            warning(
                HANDLED,
                0,
                0,
                f"Commit {sha[:7]} står i listen, men finnes ikke i historikken.",
                "Sjekk at hele SHA-en er kopiert riktig fra meldingen til «rapport sjekk».",
                "privacy.handled-unknown",
            )
        )
    return findings


def _name_findings(commit: participation.Commit, rules: NameRules) -> list[Finding]:
    """A name in an author field or trailer is expected; a name with an age or a family word is a child.

    These are the Git identities a public output could print (only when the edition opts in, see
    review/appendix.py), so they are held to the context rule of the public text.
    """
    co_authors, reviewers = participation.trailers(commit.message)
    identities = [commit.author, *co_authors, *reviewers]
    named = [(name, find_names(name, rules)) for name in identities]
    if not any(hits and (has_child_context(name) or any(h.kind == CONTEXT for h in hits)) for name, hits in named):
        return []
    return [
        error(
            f"Git-historikk (commit {commit.sha})",
            0,
            0,
            f"Forfatteren eller en «Co-authored-by:»-linje i commit {commit.sha[:7]} har et navn sammen med "
            "alder eller familie; det kan peke ut et barn.",
            hint(commit.sha),
            "privacy.git-history-name",
        )
    ]
