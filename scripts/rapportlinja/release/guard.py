"""What must hold before a tag becomes a release: reviewed history, the right year, approved chapters.

A release is the version the municipal council reads, so the rules are strict and each refusal
says what to do. Anyone with write access can push a tag; these checks (and the tag ruleset the
README asks for) make sure a tag on an unreviewed branch or with unapproved chapters publishes nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

import git

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
    if not repo.is_ancestor(repo.commit(release.commit), tip):
        raise UserError(
            f"{release.tag} står på en commit som ikke er i hovedgrenen «{ref}».",
            "En utgivelse må være gått gjennom og flettet inn først. Slett taggen "
            f"(git push --delete origin {release.tag}) og lag den på hovedgrenen.",
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
