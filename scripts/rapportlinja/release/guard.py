"""What must hold before a tag becomes a release: reviewed history, the right year, approved chapters.

A release is the version the municipal council reads, so the rules are strict and each refusal
says what to do. Anyone with write access can push a tag; these checks (and the tag ruleset the
README asks for) make sure a tag on an unreviewed branch or with unapproved chapters publishes nothing.

Reviewed means the default branch's first-parent history: each commit there is a merge result or a
squashed (or directly pushed) commit, a tree the default branch has actually held. A commit inside a
merged branch is in the history too, but its tree was never what the reviewers approved: a sentence
added and taken back inside the branch prints in it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import git

from rapportlinja.base import gitinfo
from rapportlinja.base.errors import UserError
from rapportlinja.read.tags import Release, version_key

APPROVED = "godkjent"
# Where the default branch is looked for when the caller does not name it, in order.
DEFAULT_BRANCH_CANDIDATES = ("origin/HEAD", "origin/main", "origin/master", "main", "master")


class ChapterStatus(NamedTuple):
    rel: str  # repository-relative file name, as findings show it
    status: str


def check(
    repo: git.Repo, release: Release, edition_year: int, chapters: Sequence[ChapterStatus], branch: str | None
) -> None:
    """Raise UserError for the first rule the release breaks; the message lists everything that rule found."""
    _check_year(release.tag, edition_year)
    _check_approved(release.tag, chapters)
    _check_on_default_branch(repo, release, branch)


def _check_year(tag: str, edition_year: int) -> None:
    tag_year, _ = version_key(tag)
    if tag_year != edition_year:
        raise UserError(
            f"Taggen {tag} er for år {tag_year}, men report/rapport.yaml gjelder år {edition_year}.",
            f"Utgivelser heter v<år>.<n> etter «år» i report/rapport.yaml, for eksempel v{edition_year}.1. "
            f"Slett taggen (git push --delete origin {tag}) og lag den riktige.",
        )


def _check_approved(tag: str, chapters: Sequence[ChapterStatus]) -> None:
    pending = [chapter for chapter in chapters if chapter.status != APPROVED]
    if pending:
        listed = "\n".join(f"  {chapter.rel}: status «{chapter.status}»" for chapter in pending)
        raise UserError(
            f"{tag} ble ikke laget: {len(pending)} {'kapittel' if len(pending) == 1 else 'kapitler'} i rekkefølgen "
            f"er ikke godkjent.\n{listed}",
            f"Når kapitlene er gått gjennom og godkjent, sett «status: {APPROVED}» i endringsforslaget "
            "og lag taggen på nytt etter at det er flettet inn.",
        )


def _check_on_default_branch(repo: git.Repo, release: Release, branch: str | None) -> None:
    ref = branch or _default_branch(repo)
    try:
        tip = repo.commit(ref)
    except (git.BadName, ValueError):
        raise UserError(
            f"Fant ikke hovedgrenen «{ref}» i Git, så det er ikke sikkert at {release.tag} er gått gjennom.",
            "Hent hele historikken (git fetch origin) eller oppgi grenen: rapport utgivelse --hovedgren origin/main",
        ) from None
    tagged = repo.commit(release.commit)
    shallow = gitinfo.is_shallow(repo)
    if not repo.is_ancestor(tagged, tip):
        if shallow:
            raise _cannot_tell(release.tag, ref)
        raise UserError(
            f"{release.tag} står på en commit som ikke er i hovedgrenen «{ref}».",
            "En utgivelse må være gått gjennom og flettet inn først. Slett taggen "
            f"(git push --delete origin {release.tag}) og lag den på hovedgrenen.",
        )
    reviewed = first_parents(repo, tip)
    if tagged.hexsha in reviewed:
        return
    if shallow:  # the first-parent chain may go on past the clone's edge: no verdict either way
        raise _cannot_tell(release.tag, ref)
    merge = merged_by(repo, tagged, reviewed)
    raise UserError(
        f"{release.tag} står på commit {tagged.hexsha[:10]}, som er et mellomsteg i en gren som ble flettet inn "
        f"i «{ref}», ikke på det som ble flettet inn. Innholdet i et mellomsteg er aldri gått gjennom som helhet: "
        "en endring som ble gjort og tatt tilbake i grenen, ville kommet med i utgivelsen.",
        f"Det som ble gått gjennom, er resultatet av flettingen, commit {merge.hexsha[:10]} "
        f"({merge.committed_datetime.date().isoformat()}). Flytt taggen dit: git push --delete origin {release.tag} "
        f"&& git tag -f {release.tag} {merge.hexsha[:10]} && git push origin {release.tag}",
    )


def first_parents(repo: git.Repo, tip: git.Commit) -> list[str]:
    """The default branch's own commits, newest first: each merge result or squashed commit, never a branch's."""
    return str(repo.git.rev_list("--first-parent", tip.hexsha)).split()


def merged_by(repo: git.Repo, commit: git.Commit, reviewed: Sequence[str]) -> git.Commit:
    """The oldest first-parent commit that holds `commit`: the merge that brought its branch in.

    Holding it is monotonic along the first-parent chain (once in, always in), so a binary search asks
    Git about a dozen times for years of history instead of once per commit.
    """
    oldest_first = list(reversed(reviewed))
    low, high = 0, len(oldest_first) - 1  # the tip holds it: the caller checked
    while low < high:
        middle = (low + high) // 2
        if repo.is_ancestor(commit, repo.commit(oldest_first[middle])):
            high = middle
        else:
            low = middle + 1
    return repo.commit(oldest_first[low])


def _cannot_tell(tag: str, ref: str) -> UserError:
    return UserError(
        gitinfo.shallow_warning(f"kan det ikke avgjøres om {tag} er en commit som hovedgrenen «{ref}» har hatt"),
        "I GitHub Actions: fetch-depth: 0 i actions/checkout.",
    )


def _default_branch(repo: git.Repo) -> str:
    for candidate in DEFAULT_BRANCH_CANDIDATES:
        try:
            repo.commit(candidate)
        except (git.BadName, ValueError):
            continue
        return candidate
    raise UserError(
        "Fant ingen hovedgren (main eller master) i Git.",
        "Oppgi grenen utgivelsen skal være på: rapport utgivelse --hovedgren <gren>",
    )
