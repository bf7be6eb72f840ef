"""Minutes an archivist accepts: approved minutes stay as approved; later minutes close actions by reference."""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from tests.meetings.helpers import BL, agenda, run

JUNE = f"meetings/{BL}/2026-06-09.md"
NOVEMBER = f"meetings/{BL}/2026-11-10.md"
UNAPPROVED = f"meetings/{BL}/2026-11-10.md"


def sjekk(root: Path, capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    code = run(root, "sjekk")
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def commit(root: Path, message: str) -> None:
    repo = git.Repo(root)
    repo.git.add(A=True)
    repo.git.commit(m=message)


def test_the_example_history_is_clean(example_git: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert sjekk(example_git, capsys)[0] == 0


def test_editing_approved_minutes_is_refused(example_git: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_git / JUNE
    path.write_text(path.read_text("utf-8").replace("status: åpen", "status: lukket"), encoding="utf-8")
    code, out = sjekk(example_git, capsys)
    assert code == 1
    assert f"{JUNE}:1:1: feil: Referatet er endret etter at det ble godkjent." in out
    assert "«oppdaterer»" in out
    commit(example_git, "Lukker tiltaket i det godkjente referatet")  # committing does not make it right
    assert sjekk(example_git, capsys)[0] == 1


def test_approval_and_marking_may_change(example_git: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_git / UNAPPROVED
    path.write_text(
        path.read_text("utf-8").replace("---\n\nBudsjettet", "godkjent: 2026-12-08\n---\n\nBudsjettet"),
        encoding="utf-8",
    )
    assert sjekk(example_git, capsys)[0] == 0
    commit(example_git, "Godkjent")
    text = path.read_text("utf-8").replace(
        "klassifisering: intern", "klassifisering: unntatt offentlighet\nhjemmel: offl. § 14"
    )
    path.write_text(text, encoding="utf-8")
    assert sjekk(example_git, capsys)[0] == 0  # a new marking after an access request is not an edit
    path.write_text(text.replace("Budsjettet for 2027", "Budsjettet for 2028"), encoding="utf-8")
    assert sjekk(example_git, capsys)[0] == 1


def test_approving_and_editing_at_once_is_refused(example_git: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example_git / UNAPPROVED
    text = path.read_text("utf-8").replace("---\n\nBudsjettet", "godkjent: 2026-12-08\n---\n\nBudsjettet")
    path.write_text(text.replace("to nye stillinger", "tre nye stillinger"), encoding="utf-8")
    code, out = sjekk(example_git, capsys)
    assert code == 1 and "endret sammen med godkjenningen" in out


def test_a_later_minutes_file_closes_the_action(example: Path) -> None:
    made = agenda(example, BL, "--dato", "2026-12-08")
    assert "kostnadsfordelingen" not in made  # closed in November by «oppdaterer»
    assert "Avklare kostnadsfordelingen" in agenda(example, BL, "--dato", "2026-11-10")  # not yet on 10 Nov


def test_an_update_must_point_at_an_existing_action(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = example / NOVEMBER
    path.write_text(path.read_text("utf-8").replace("    tiltak: 1\n", "    tiltak: 3\n"), encoding="utf-8")
    code, out = sjekk(example, capsys)
    assert code == 1 and "Referatet 2026-06-09 har 1 tiltak, ikke nummer 3." in out
    path.write_text(path.read_text("utf-8").replace("referat: 2026-06-09", "referat: 2026-06-10"), encoding="utf-8")
    code, out = sjekk(example, capsys)
    assert code == 1 and "Fant ikke et tidligere referat 2026-06-10" in out


def test_an_update_can_give_a_new_due_date(example: Path) -> None:
    path = example / NOVEMBER
    path.write_text(
        path.read_text("utf-8").replace("    status: lukket\n", "    status: åpen\n    frist: 2027-01-31\n", 1),
        encoding="utf-8",
    )
    made = agenda(example, BL, "--dato", "2026-12-08")
    assert "Åpent tiltak fra møtet 9. juni 2026, frist 31. januar 2027: Avklare kostnadsfordelingen" in " ".join(
        made.split()
    )


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_approving_as_the_template_says_passes(
    example_git: Path, capsys: pytest.CaptureFixture[str], language: str
) -> None:
    """`rapport referat ny` writes «# godkjent: ÅÅÅÅ-MM-DD …»; uncommenting it and filling in the date approves."""
    edition = example_git / "report/rapport.yaml"
    if language != "nb":
        edition.write_text(edition.read_text("utf-8").replace("målform: nb", f"målform: {language}"), "utf-8")
        commit(example_git, "Målform")
    assert run(example_git, "referat", "ny", BL, "--dato", "2026-12-08") == 0
    path = example_git / f"meetings/{BL}/2026-12-08.md"
    scaffold = path.read_text("utf-8")
    commented = next(line for line in scaffold.splitlines() if line.startswith("# godkjent:"))
    path.write_text(scaffold + "Budsjettet ble drøftet.\n", encoding="utf-8")
    commit(example_git, "Referat fra møtet 8. desember")
    path.write_text(path.read_text("utf-8").replace(commented, "godkjent: 2027-01-12"), encoding="utf-8")
    capsys.readouterr()
    code, out = sjekk(example_git, capsys)
    assert (code, "endret" in out) == (0, False), out
    commit(example_git, "Referatet er godkjent i møtet 12. januar")
    assert sjekk(example_git, capsys)[0] == 0
    # The commented line is the approval's slot and nothing more: an edit beside it is still refused.
    path.write_text(path.read_text("utf-8").replace("ble drøftet", "ble vedtatt"), encoding="utf-8")
    code, out = sjekk(example_git, capsys)
    assert code == 1 and "endret etter at det ble godkjent" in out
