"""A commit message with personal data that is already shared: the check says what to do in the browser,
a reviewed entry in report/behandlede-commits.yaml settles it, and no public output shows the commit again."""

from __future__ import annotations

import json
from pathlib import Path

import git
import pytest

from rapportlinja.base.layout import Layout
from rapportlinja.checks import privacy_history
from rapportlinja.cli import main
from rapportlinja.read import history, repository
from rapportlinja.render import report

PHONE = "412 34 567"  # synthetic
MESSAGE = f"Ring saksbehandleren på {PHONE} om dette"
AUTHOR = "Ola Innsender"


def commit_with_phone(root: Path) -> str:
    """A chapter change whose message carries a phone number, already on main: the case a browser user meets."""
    repo = git.Repo(root)
    chapter = root / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nEn setning til.\n", "utf-8")
    repo.git.add(A=True)
    repo.git.commit(m=MESSAGE, author=f"{AUTHOR} <ola@example.invalid>")
    return repo.head.commit.hexsha


def handle(root: Path, sha: str, reason: str = "telefonnummer i meldingen; ligger på main") -> None:
    (root / "report/behandlede-commits.yaml").write_text(
        f'behandlet:\n  - commit: "{sha}"\n    grunn: "{reason}"\n', "utf-8"
    )
    repo = git.Repo(root)
    repo.git.add(A=True)
    repo.git.commit(m="Commit med personopplysning behandlet")


def sjekk(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    monkeypatch.chdir(root)
    code = main(["sjekk", "--format", "json"])
    out = capsys.readouterr()
    return code, out.out + out.err


def test_the_message_says_what_to_do_in_the_browser_and_never_repeats_the_text(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = commit_with_phone(example_git)
    code, out = sjekk(example_git, monkeypatch, capsys)
    assert code == 1
    found = [f for f in json.loads(out)["funn"] if f["kode"] == "privacy.git-history"]
    assert len(found) == 1
    hint = found[0]["tips"]
    assert "report/behandlede-commits.yaml" in hint and f'  - commit: "{sha}"\n' in hint  # lines to paste
    assert "pull request" in hint and ".github/CODEOWNERS" in hint
    assert PHONE not in out and "41234567" not in out and "saksbehandleren på" not in out


def test_a_listed_commit_passes_and_is_hidden_everywhere(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = commit_with_phone(example_git)
    handle(example_git, sha)
    code, out = sjekk(example_git, monkeypatch, capsys)
    assert code == 0, out
    commits = history.read_commits(example_git) or []
    listed = next(c for c in commits if c.sha == sha)
    assert (listed.author, listed.message) == ("", "")
    assert listed.files == ("report/kapitler/02-om-barnevernet.md",)  # which chapter it touched is kept
    layout = Layout(example_git)
    chapters = repository.read(layout).chapter_records()
    rows = report.review_appendix(layout, chapters, "nb", env={}).rows
    assert all(AUTHOR not in row.changed for row in rows)


def test_a_broken_or_unknown_entry_is_reported(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = commit_with_phone(example_git)
    (example_git / "report/behandlede-commits.yaml").write_text(
        f'behandlet:\n  - commit: "{sha[:7]}"\n    grunn: "for kort SHA her"\n'
        f'  - commit: {"f" * 40}\n    grunn: "en commit som ikke finnes"\n',
        "utf-8",
    )
    code, out = sjekk(example_git, monkeypatch, capsys)
    assert code == 1
    codes = [f["kode"] for f in json.loads(out)["funn"]]
    assert "schema.pattern" in codes  # the short SHA does not count …
    assert "privacy.git-history" in codes  # … so the commit is still refused
    assert "privacy.handled-unknown" in codes


def test_the_reason_is_scanned_like_any_file(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sha = commit_with_phone(example_git)
    handle(example_git, sha, reason=f"meldingen hadde {PHONE}")
    code, out = sjekk(example_git, monkeypatch, capsys)
    assert code == 1 and "report/behandlede-commits.yaml" in out


def test_hint_names_the_full_sha() -> None:
    assert f'commit: "{"a" * 40}"' in privacy_history.hint("a" * 40)


@pytest.mark.parametrize(
    ("author", "trailer"),
    [
        ("Emma (7) ble plassert", ""),
        ("Saksbehandler Test", "Co-authored-by: Jonas Hansen 14 år <x@example.invalid>"),
        ("Saksbehandler Test", "Reviewed-by: broren til Ali <x@example.invalid>"),
    ],
)
def test_a_name_with_a_child_context_in_git_identities_is_an_error(
    author: str, trailer: str, example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = git.Repo(example_git)
    chapter = example_git / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nEn setning til.\n", "utf-8")
    repo.git.add(A=True)
    repo.git.commit(m=f"Endring\n\n{trailer}", author=f"{author} <a@example.invalid>")
    code, out = sjekk(example_git, monkeypatch, capsys)
    assert code == 1 and "privacy.git-history-name" in out
    assert "Emma" not in out and "Jonas" not in out and "Ali " not in out


def test_an_ordinary_author_name_is_no_finding(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = git.Repo(example_git)
    chapter = example_git / "report/kapitler/02-om-barnevernet.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nEn setning til.\n", "utf-8")
    repo.git.add(A=True)
    repo.git.commit(m="Endring\n\nCo-authored-by: Kari Hansen <k@example.invalid>", author="Ola Hansen <o@x.invalid>")
    assert sjekk(example_git, monkeypatch, capsys)[0] == 0  # never printed: the appendix shows roles
