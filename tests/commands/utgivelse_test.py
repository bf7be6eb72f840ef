"""`rapport utgivelse` on a real tagged repository: final PDF, checksums, notes; same tag, same bytes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import git
import pypdf
import pytest

from rapportlinja.cli import main
from rapportlinja.render import toolchain
from tests.checks.privacy_history_test import AUTHOR, PHONE, commit_with_phone, handle
from tests.conftest import approve_all, show_names
from tests.read.changes_test import merged_branch_with_a_revert

pytestmark = pytest.mark.slow  # builds the report end to end (pandoc, Typst, PDF)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _commit(repo: git.Repo, message: str) -> None:
    repo.git.add(A=True)
    repo.git.commit(m=message)


@pytest.fixture
def approved(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> git.Repo:
    """The example with every chapter approved and committed on main, as a release expects."""
    repo = git.Repo(example_git)
    show_names(example_git)  # even with the opt-in, Git identities are shown as roles
    approve_all(example_git)
    _commit(repo, "Alle kapitler godkjent")
    monkeypatch.chdir(example_git)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return repo


@pytest.fixture
def tagged(approved: git.Repo) -> Path:
    approved.create_tag("v2025.1")
    return Path(approved.working_tree_dir or "")


def test_release_is_final_and_reproducible(tagged: Path) -> None:
    out = tagged / "build/utgivelse/v2025.1"
    assert main(["utgivelse"]) == 0
    first = _files(out)
    assert {"tilstandsrapport-2025.pdf", "SHA256SUMS", "UTGIVELSESNOTATER.md"} <= set(first)
    assert main(["utgivelse"]) == 0
    assert _files(out) == first  # same tag, same bytes
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=out, check=True)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out / "tilstandsrapport-2025.pdf").pages)
    assert "UTKAST" not in text
    assert text.count("v2025.1") >= 2  # cover and colophon
    assert "medarbeider" in text and "Saksbehandler Test" not in text  # «Medvirkning»: roles, never Git names
    assert "@" not in text
    versions = toolchain.versions()
    colophon = " ".join(text.split())  # pypdf breaks the grid's lines where Typst did
    assert (
        f"Laget med Rapportlinja {versions.rapportlinja}, pandoc {versions.pandoc}, Typst {versions.typst}" in colophon
    )
    notes = (out / "UTGIVELSESNOTATER.md").read_text(encoding="utf-8")
    assert f"Bygget med {versions.text()}." in notes
    assert "(første utgivelse)" in notes and "example.invalid" not in notes
    assert "Saksbehandler Test" not in notes and "- Endret av: medarbeider" in notes


def test_untagged_is_refused(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(example_git)
    assert main(["utgivelse"]) == 1
    assert "feil: HEAD har ingen utgivelsestagg" in capsys.readouterr().err
    assert not (example_git / "build/utgivelse").exists()


def test_dirty_is_refused(tagged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tagged / "report/ny.md").write_text("ny\n", encoding="utf-8")
    assert main(["utgivelse"]) == 1
    assert "endringer som ikke er lagret i Git" in capsys.readouterr().err


def test_release_is_the_whole_edition_and_holds_no_internal_documents(tagged: Path) -> None:
    """One folder, one SHA256SUMS: the release assets and the web edition, which shows the released PDF."""
    assert main(["utgivelse"]) == 0
    out = tagged / "build/utgivelse/v2025.1"
    files = _files(out)
    assert {"tilstandsrapport-2025.pdf", "SHA256SUMS", "UTGIVELSESNOTATER.md", "index.html", "nytt.html"} <= set(files)
    assert not [name for name in files if "agenda" in name or "referat" in name or name.startswith("meetings")]
    listed = [line.split("  ", 1)[1] for line in files["SHA256SUMS"].decode().splitlines()]
    assert listed == sorted(name for name in files if name != "SHA256SUMS")
    index = files["index.html"].decode()
    assert 'href="tilstandsrapport-2025.pdf"' in index and "UTKAST" not in index and "v2025.1" in index
    assert not (tagged / "build/nettside").exists()  # no second build beside it


def test_chapters_not_approved_are_listed_and_refused(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    git.Repo(example_git).create_tag("v2025.1")
    monkeypatch.chdir(example_git)
    assert main(["utgivelse"]) == 1
    err = capsys.readouterr().err
    assert "v2025.1 ble ikke laget: 2 kapitler i rekkefølgen er ikke godkjent." in err
    assert "report/kapitler/05-temaomrader.md: status «til gjennomgang»" in err
    assert "report/kapitler/09-innsatsomrader-og-tiltak.md: status «til gjennomgang»" in err
    assert "Traceback" not in err
    assert not (example_git / "build/utgivelse").exists()


def test_tag_year_must_match_the_edition(approved: git.Repo, capsys: pytest.CaptureFixture[str]) -> None:
    approved.create_tag("v2031.7")
    assert main(["utgivelse"]) == 1
    err = capsys.readouterr().err
    assert "Taggen v2031.7 er for år 2031, men report/rapport.yaml gjelder år 2025." in err
    assert "v2025.1" in err  # the hint names the right tag


def test_tag_on_an_unreviewed_branch_is_refused(approved: git.Repo, capsys: pytest.CaptureFixture[str]) -> None:
    approved.git.checkout("-b", "uten-gjennomgang")
    chapter = Path(approved.working_tree_dir or "") / "report/kapitler/08-utfordringsbildet.md"
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\nEn setning ingen har lest.\n", encoding="utf-8")
    _commit(approved, "Ikke gjennomgått")
    approved.create_tag("v2025.1")
    assert main(["utgivelse"]) == 1
    err = capsys.readouterr().err
    assert "v2025.1 står på en commit som ikke er i hovedgrenen «main»." in err
    # Named explicitly, as the release workflow does, the same rule holds.
    assert main(["utgivelse", "--hovedgren", "main"]) == 1
    assert main(["utgivelse", "--hovedgren", "finnes-ikke"]) == 1
    assert "Fant ikke hovedgrenen «finnes-ikke»" in capsys.readouterr().err


def test_tag_on_the_default_branch_from_a_clone(
    approved: git.Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As in the release job: a fresh clone, the tag checked out, the default branch only as origin/main."""
    approved.create_tag("v2025.1")
    clone = git.Repo.clone_from(approved.working_tree_dir or "", tmp_path / "klone")
    clone.git.checkout("v2025.1")
    monkeypatch.chdir(tmp_path / "klone")
    assert main(["utgivelse", "--hovedgren", "origin/main"]) == 0
    assert (tmp_path / "klone/build/utgivelse/v2025.1/tilstandsrapport-2025.pdf").is_file()


def test_notes_list_the_tree_difference_and_agree_with_whats_new(approved: git.Repo) -> None:
    """A merged branch that changed a chapter and took it back lists only the chapter that really changed."""
    root = Path(approved.working_tree_dir or "")
    merged_branch_with_a_revert(root)
    assert main(["utgivelse"]) == 0
    text = (root / "build/utgivelse/v2025.2/UTGIVELSESNOTATER.md").read_text(encoding="utf-8")
    whats_new, listed = text.replace("\\", "").split("## Endrede kapitler siden v2025.1\n", 1)  # unescaped
    listed = listed.split("\n## ", 1)[0]
    assert "Utfordringsbildet (`report/kapitler/08-utfordringsbildet.md`)" in listed
    assert "Bemanning" not in listed  # changed and taken back on the branch: no change between the tags
    assert "Endringer siden forrige utgave, v2025.1" in whats_new
    changed_in_whats_new = whats_new.split("### Endrede kapitler\n", 1)[1].split("\n### ", 1)[0]
    assert "- Utfordringsbildet:" in changed_in_whats_new and "Bemanning" not in changed_in_whats_new


def test_a_handled_commit_shows_neither_text_nor_author(approved: git.Repo) -> None:
    """A commit with a phone number in its message, listed in report/behandlede-commits.yaml: released cleanly."""
    root = Path(approved.working_tree_dir or "")
    approved.create_tag("v2025.1")
    sha = commit_with_phone(root)
    handle(root, sha)
    approved.create_tag("v2025.2")
    assert main(["sjekk"]) == 0
    assert main(["utgivelse"]) == 0
    out = root / "build/utgivelse/v2025.2"
    notes = (out / "UTGIVELSESNOTATER.md").read_text(encoding="utf-8")
    pdf = "".join(page.extract_text() for page in pypdf.PdfReader(out / "tilstandsrapport-2025.pdf").pages)
    for text in (notes, pdf):
        assert AUTHOR not in text
        assert PHONE not in text.replace("\u00a0", " ")
    assert "- Endret av: medarbeider" in notes  # everyone who took part is still counted, as a role


def test_a_tag_inside_a_merged_branch_is_refused_and_the_merge_is_named(
    approved: git.Repo, capsys: pytest.CaptureFixture[str]
) -> None:
    """The commit that added a paragraph the branch later took back: in main's history, never reviewed as a whole."""
    root = Path(approved.working_tree_dir or "")
    merged_branch_with_a_revert(root)
    merge = approved.commit("v2025.2").hexsha
    approved.delete_tag("v2025.2")
    approved.create_tag("v2025.2", approved.commit("endring~2"))  # «Bemanning: nytt avsnitt», later reverted
    approved.git.checkout("v2025.2")
    assert main(["utgivelse"]) == 1
    err = capsys.readouterr().err
    assert "som er et mellomsteg i en gren som ble flettet inn i «main»" in err
    assert f"git tag -f v2025.2 {merge[:10]}" in err
    assert "Traceback" not in err
    assert not (root / "build/utgivelse/v2025.2").exists()


def test_a_shallow_clone_is_refused_with_what_to_fetch(
    tagged: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    git.Repo.clone_from(f"file://{tagged}", tmp_path / "grunn", depth=1, branch="v2025.1")
    monkeypatch.chdir(tmp_path / "grunn")
    assert main(["utgivelse", "--hovedgren", "origin/main"]) == 1
    err = capsys.readouterr().err
    assert "en grunn klone" in err and "git fetch --unshallow" in err and "fetch-depth: 0" in err
    assert not (tmp_path / "grunn/build/utgivelse").exists()
