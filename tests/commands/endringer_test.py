"""`rapport endringer`: the redline a reviewer reads, in Markdown, in the job summary and in a tagged PDF."""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from rapportlinja.cli import main
from rapportlinja.commands import endringer
from rapportlinja.review.words import WORDS
from tests import pdfcheck
from tests.read import fake_github
from tests.verapdf import driver

pytestmark = pytest.mark.slow  # builds documents end to end

BEMANNING = "report/kapitler/04-bemanning-og-kompetanse.md"
OLD_SENTENCE = "Stabile og trygge ansatte er det viktigste vi har for å gi barn god hjelp."
NEW_SENTENCE = "Gode arbeidsforhold er avgjørende for å beholde ansatte."
OLD_ROW = "| 2023 |    28,0 |      30 |       7 |"
NEW_ROW = "| 2023 |    28,0 |      30 |       8 |"


def _change(root: Path) -> None:
    path = root / BEMANNING
    text = path.read_text(encoding="utf-8")
    assert OLD_SENTENCE in text and OLD_ROW in text and "status: godkjent" in text
    text = text.replace(OLD_SENTENCE, NEW_SENTENCE).replace(OLD_ROW, NEW_ROW)
    path.write_text(text.replace("status: godkjent", "status: til gjennomgang"), encoding="utf-8")


@pytest.fixture
def changed(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(example_git)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("GITHUB_BASE_REF", raising=False)
    _change(example_git)
    return example_git


def test_working_tree_against_main(changed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["endringer"]) == 0
    assert "Skrev build/endringer.md og build/endringer.pdf: 1 kapittel" in capsys.readouterr().out
    text = (changed / "build/endringer.md").read_text(encoding="utf-8")
    assert "- Kapittel «Bemanning og kompetanse» (report/kapitler/04-bemanning-og-kompetanse.md)" in text
    assert "- status: godkjent → til gjennomgang" in text
    assert "- Tabell 1, rad «2023», kolonne «Sluttet»: 7 → 8" in text
    assert f"hver del. [-{OLD_SENTENCE[:-1]}-] [+{NEW_SENTENCE[:-1]}+]." in text or (
        f"hver del. [-{OLD_SENTENCE[:-1]}-][+{NEW_SENTENCE[:-1]}+]." in text
    )
    assert "|       [-7-][+8+] |" in text
    # Only changed paragraphs are shown: an untouched section is left out.
    assert "Medarbeiderundersøkelsen" not in text


def test_pdf_shows_the_words_in_place(changed: Path) -> None:
    assert main(["endringer"]) == 0
    facts = pdfcheck.read(changed / "build/endringer.pdf")
    assert facts.tagged and facts.has_structure and facts.lang == "nb-NO"
    first = " ".join(facts.text[0].split())
    assert "status: godkjent → til gjennomgang" in first
    assert "Tabell 1, rad «2023», kolonne «Sluttet»: 7 → 8" in first
    text = " ".join(" ".join(facts.text[1:]).replace("-\n", "").split())
    before = text.index("under hver del.")
    deleted = text.index("Slettet: Stabile og trygge")
    inserted = text.index("Satt inn: Gode arbeidsforhold er avgjørende")
    assert before < deleted < inserted < text.index("Årsverk, sykefravær og turnover", before)
    assert "2023 28,0 30 Slettet: 7 Satt inn: 8 23,3 %" in text


@pytest.mark.skipif(driver.unavailable() is not None, reason=driver.unavailable() or "")
def test_verapdf_accepts_the_redline(changed: Path) -> None:
    assert main(["endringer"]) == 0
    verdicts = driver.validate([changed / "build/endringer.pdf"])
    failed = [v.explain() for v in verdicts if not v.compliant or v.failures or v.error]
    assert len(verdicts) == 2 and not failed, "\n".join(failed)  # PDF/UA-1 and PDF/A-2a


def test_between_two_commits(changed: Path) -> None:
    repo = git.Repo(changed)
    repo.git.add(A=True)
    repo.git.commit(m="Bemanning: nye tall")
    (changed / BEMANNING).write_text("ikke med", encoding="utf-8")  # the working tree is not compared
    assert main(["endringer", "HEAD~1", "HEAD"]) == 0
    text = (changed / "build/endringer.md").read_text(encoding="utf-8")
    assert "status: godkjent → til gjennomgang" in text and "ikke med" not in text


def test_nothing_changed(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(example_git)
    assert main(["endringer"]) == 0
    assert "Ingen kapitler eller nøkkeltall er endret." in (example_git / "build/endringer.md").read_text("utf-8")
    assert pdfcheck.read(example_git / "build/endringer.pdf").pages == 1


def test_unknown_revision_is_a_norwegian_error(changed: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["endringer", "finnes-ikke"]) == 1
    err = capsys.readouterr().err
    assert "Fant ikke revisjonen «finnes-ikke» i Git." in err and "Traceback" not in err


def test_without_git(example: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(example)
    assert main(["endringer"]) == 1
    assert "ingen Git-historikk" in capsys.readouterr().err


def test_nynorsk(changed: Path) -> None:
    edition = changed / "report/rapport.yaml"
    edition.write_text(edition.read_text(encoding="utf-8").replace("målform: nb", "målform: nn"), encoding="utf-8")
    assert main(["endringer"]) == 0
    text = (changed / "build/endringer.md").read_text(encoding="utf-8")
    assert text.startswith("# Endringar til gjennomgang") and "- målform: nb → nn" in text
    pdf_text = " ".join(pdfcheck.read(changed / "build/endringer.pdf").text)
    assert "Sett inn:" in pdf_text and "Sletta:" in pdf_text


def test_key_figure_data_as_sentences(changed: Path) -> None:
    data = changed / "report/data/nokkeltall.csv"
    data.write_text(
        data.read_text(encoding="utf-8").replace(
            "meldinger-per-1000,9999,2023,63.7", "meldinger-per-1000,9999,2023,64.1"
        ),
        encoding="utf-8",
    )
    assert main(["endringer"]) == 0
    text = (changed / "build/endringer.md").read_text(encoding="utf-8")
    assert "- Data: report/data/nokkeltall.csv" in text
    assert "- meldinger-per-1000, 9999, 2023: verdi 63.7 → 64.1" in text


def test_job_summary_is_masked(changed: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("Fra et tidligere steg.\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    path = changed / BEMANNING
    # A synthetic number from Skatteetaten's test register (month + 80), never a real person's.
    path.write_text(path.read_text(encoding="utf-8").replace(NEW_SENTENCE, "Saken gjelder 15838500002."), "utf-8")
    assert main(["endringer", "--format", "github"]) == 0
    written = summary.read_text(encoding="utf-8")
    assert written.startswith("Fra et tidligere steg.\n# Endringer til gjennomgang")
    assert "15838500002" not in written and "*********02" in written
    assert "Personopplysninger er skjult" in written
    assert "15838500002" in (changed / "build/endringer.md").read_text(encoding="utf-8")  # local file is whole


def test_no_summary_without_the_variable(changed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert main(["endringer", "--format", "github"]) == 0


def test_kommenter_in_ci_with_a_read_only_token(
    changed: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    event = tmp_path / "event.json"
    event.write_text('{"pull_request": {"number": 8}}', encoding="utf-8")
    with fake_github.serve("pr-comment-fork.json") as github:
        for key, value in {
            "GITHUB_TOKEN": "ghs_test_only_not_a_token",
            "GITHUB_REPOSITORY": "eksempel-kommune/tilstandsrapport",
            "GITHUB_API_URL": github.url,
            "GITHUB_EVENT_PATH": str(event),
        }.items():
            monkeypatch.setenv(key, value)
        assert main(["endringer", "--kommenter"]) == 0
        assert github.done
    assert "status: godkjent → til gjennomgang" in github.seen[1]["body"]["body"]
    assert "tokenet bare kan lese" in capsys.readouterr().out


def test_both_languages_have_the_same_words() -> None:
    assert set(WORDS["nb"]) == set(WORDS["nn"])


def test_summary_stays_under_githubs_limit(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert endringer.write_step_summary("æøå linje\n" * 200_000, "merk")
    written = summary.read_text(encoding="utf-8")
    assert len(written.encode("utf-8")) < 1024 * 1024 and written.endswith("i artefaktene)\n\n")


def test_in_a_pull_request_the_redline_names_the_proposal_not_hashes(
    changed: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    event = tmp_path / "event.json"
    event.write_text(
        '{"pull_request": {"number": 8, "title": "Bemanning: nye tall", "head": {"ref": "bemanning"},'
        ' "base": {"ref": "main"}}}',
        encoding="utf-8",
    )
    monkeypatch.setenv("GITHUB_EVENT_PATH", str(event))
    assert main(["endringer"]) == 0
    intro = (changed / "build/endringer.md").read_text(encoding="utf-8").split("\n")[2]
    assert "mellom hovedgrenen «main» og endringsforslaget «Bemanning: nye tall» (grenen «bemanning»)" in intro
    assert "arbeidskopien" not in intro
