"""Git facts for a review: the base to compare with, the files that changed, a file at a revision.

The only module of the review packet that runs Git. `None` as a revision means the working tree.
"""

from __future__ import annotations

import os
from pathlib import Path

import git

from rapportlinja.base import gitinfo
from rapportlinja.base.errors import UserError

WATCHED = ("report/",)  # chapters, key-figure data and the edition file


def open_repo(root: Path) -> git.Repo:
    repo = gitinfo.open_repo(root)  # GitMissing without the git program
    if repo is None:
        raise UserError(
            "«rapport endringer» sammenligner versjoner i Git, men her er det ingen Git-historikk.",
            "Kjør kommandoen i et Git-repositorium med minst én commit.",
        )
    return repo


def _candidates() -> list[str]:
    # In a pull request GitHub names the target branch; locally the default branch is main.
    base_ref = os.environ.get("GITHUB_BASE_REF", "").strip()
    return [*([f"origin/{base_ref}", base_ref] if base_ref else []), "origin/HEAD", "origin/main", "main"]


def default_base(repo: git.Repo) -> str:
    """The merge base of HEAD with the default branch: what a pull request is compared with."""
    for name in _candidates():
        if _exists(repo, name):
            return str(repo.git.merge_base("HEAD", name)).strip()
    raise UserError(
        "Fant ikke hovedgrenen (origin/main eller main) å sammenligne med.",
        "Oppgi revisjonen selv, for eksempel «rapport endringer HEAD~1».",
    )


def verify(repo: git.Repo, revision: str) -> str:
    """The full commit id of `revision`, or a Norwegian error."""
    if revision.startswith("-") or not _exists(repo, revision):
        raise UserError(
            f"Fant ikke revisjonen «{revision}» i Git.",
            "Bruk en gren, en tagg eller en commit, for eksempel «main», «v2025.1» eller «HEAD~1».",
        )
    return str(repo.git.rev_parse("--verify", f"{revision}^{{commit}}")).strip()


def _exists(repo: git.Repo, revision: str) -> bool:
    try:
        repo.git.rev_parse("--verify", "--quiet", f"{revision}^{{commit}}")
    except git.GitCommandError:
        return False
    return True


def changed_files(repo: git.Repo, old: str, new: str | None) -> list[str]:
    """Repository-relative names under report/ that differ; with `new` None, the working tree."""
    revisions = [old] if new is None else [old, new]
    output = repo.git.diff("--name-only", "-z", "--no-renames", *revisions, "--", *WATCHED)
    names = {name for name in output.split("\0") if name}
    if new is None:
        untracked = repo.git.ls_files("--others", "--exclude-standard", "-z", "--", *WATCHED)
        names.update(name for name in untracked.split("\0") if name)
    return sorted(names)


def read_at(repo: git.Repo, revision: str | None, rel: str) -> str | None:
    """The file's text at `revision` (None: the working tree); None when it does not exist there."""
    if revision is None:
        path = Path(str(repo.working_tree_dir)) / rel
        return path.read_text(encoding="utf-8", errors="replace") if path.is_file() else None
    try:
        data: bytes = repo.git.show(f"{revision}:{rel}", stdout_as_string=False)
    except git.GitCommandError:
        return None
    return data.decode("utf-8", errors="replace")


def short(repo: git.Repo, revision: str | None, working_tree: str) -> str:
    return working_tree if revision is None else str(repo.git.rev_parse("--short", revision)).strip()
