"""What changed between two release tags is the tree difference, not the commits in between."""

from __future__ import annotations

from pathlib import Path

import git

from rapportlinja.base.layout import Layout
from rapportlinja.read import changes, repository
from rapportlinja.release import notes
from rapportlinja.review.appendix import Settings

REVERTED = "report/kapitler/04-bemanning-og-kompetanse.md"
CHANGED = "report/kapitler/08-utfordringsbildet.md"


def _edit(root: Path, rel: str, sentence: str) -> None:
    path = root / rel
    path.write_text(path.read_text("utf-8") + f"\n{sentence}\n", "utf-8")


def _commit(repo: git.Repo, message: str) -> None:
    repo.git.add(A=True)
    repo.git.commit(m=message)


def merged_branch_with_a_revert(root: Path) -> git.Repo:
    """v2025.1; a branch changes one chapter, takes that back, changes another; merged with a merge commit; v2025.2."""
    repo = git.Repo(root)
    repo.create_tag("v2025.1")
    repo.git.checkout("-b", "endring")
    _edit(root, REVERTED, "Et avsnitt som ble tatt ut igjen.")
    _commit(repo, "Bemanning: nytt avsnitt")
    repo.git.revert("--no-edit", "HEAD")
    _edit(root, CHANGED, "Kommunen rekrutterer fosterhjem sammen med nabokommunene.")
    _commit(repo, "Utfordringsbildet: fosterhjem")
    repo.git.checkout("main")
    repo.git.merge("--no-ff", "-m", "Merge pull request #7 from kommune/endring", "endring")
    repo.create_tag("v2025.2")
    return repo


def test_a_change_taken_back_on_a_merged_branch_is_no_change(example_git: Path) -> None:
    merged_branch_with_a_revert(example_git)
    chapters = repository.read(Layout(example_git)).chapter_records()
    found = changes.gather(example_git, chapters, None)
    assert found.previous == "v2025.1"
    assert found.files == (CHANGED,)
    assert found.changed_files == (CHANGED,)
    assert [c.title for c in found.changed] == ["Utfordringsbildet"]
    assert found.unchanged == len(chapters) - 1
    # The release notes read the same record: only the chapter that really changed is listed.
    titles = [notes.ChapterTitle(c.rel, c.title) for c in chapters]
    gathered = notes.gather(found, [], titles, Settings(True, {}), "nb")
    assert [c.rel for c in gathered.changed] == [CHANGED]
    assert gathered.since == "v2025.1" and gathered.meetings_changed == 0


def test_a_frontmatter_only_change_is_unchanged_in_both(example_git: Path) -> None:
    repo = git.Repo(example_git)
    repo.create_tag("v2025.1")
    path = example_git / REVERTED
    path.write_text(path.read_text("utf-8").replace("sist_revidert:", "sist_revidert:  ", 1), "utf-8")
    _commit(repo, "Bare frontmatter")
    found = changes.gather(example_git, repository.read(Layout(example_git)).chapter_records(), None)
    assert found.files == (REVERTED,)  # the file differs …
    assert found.changed == () and found.changed_files == ()  # … but not a word of the chapter did


def test_uncommitted_edits_count_for_a_draft(example_git: Path) -> None:
    repo = git.Repo(example_git)
    repo.create_tag("v2025.1")
    repo.git.commit("--allow-empty", m="Etter utgivelsen")
    _edit(example_git, CHANGED, "Ikke lagret ennå.")
    found = changes.gather(example_git, repository.read(Layout(example_git)).chapter_records(), None)
    assert found.changed_files == (CHANGED,)
