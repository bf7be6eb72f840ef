"""A year in the life of a municipality that is not the example, with the clock moving, as one test.

Each step is what people do (adopt the template, write in the browser, hold meetings, approve minutes,
meet the wheel's deadlines, publish), and each README promise the step touches is an assertion there.
Run once in bokmål and once in nynorsk.
"""

from __future__ import annotations

import re
from pathlib import Path

import git
import pytest

from rapportlinja.base import clock
from rapportlinja.checks.bokmal import bokmal_words
from tests.meetings.helpers import BL, agenda, run
from tests.pdfcheck import read

pytestmark = pytest.mark.slow

MUNICIPALITIES = {"nb": ("Lindesnes kommune", "4205"), "nn": ("Sogndal kommune", "4640")}
IDENTITY = re.compile(r"Eksempel (?:kommune|fylke)|eksempel-kommune|example\.invalid|EKA99|9999")
# Commits from GitHub's web editor: the writer is the author, GitHub the committer.
WARNING = {"nb": "advarsel", "nn": "åtvaring"}  # how `rapport sjekk` says «warning» in the report's målform
WEB_EDITOR = {"GIT_COMMITTER_NAME": "GitHub", "GIT_COMMITTER_EMAIL": "noreply@github.com"}


class Year:
    def __init__(self, root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
        self.root, self.patch, self.capsys = root, monkeypatch, capsys
        self.repo = git.Repo(root)
        (root / ".gitignore").write_text("build/\n.venv/\n", "utf-8")  # as in the template

    def on(self, day: str) -> None:
        """Move the clock: every later command reads this day, and so do the commits made on it."""
        self.patch.setenv(clock.ENVIRONMENT, day)
        self.when = f"{day}T10:00:00+01:00"

    def commit(self, message: str, author: str = "Skriver <skriver@users.noreply.github.com>") -> None:
        self.repo.git.add(A=True)
        env = {**WEB_EDITOR, "GIT_AUTHOR_DATE": self.when, "GIT_COMMITTER_DATE": self.when}
        self.repo.git.commit(m=message, author=author, env=env)

    def sjekk(self) -> tuple[int, str]:
        self.capsys.readouterr()
        code = run(self.root, "sjekk")
        captured = self.capsys.readouterr()
        return code, captured.out + captured.err

    def edit(self, rel: str, old: str, new: str) -> None:
        path = self.root / rel
        text = path.read_text("utf-8")
        assert old in text, (rel, old)
        path.write_text(text.replace(old, new), "utf-8")


def _rewrite_the_examples_notes(year: Year) -> None:
    """The writers replace the example's notes with their own text, as the check asked them to."""
    for rel in ("report/kapitler/01-kort-oppsummering.md", "report/kapitler/05-temaomrader.md"):
        path = year.root / rel
        lines = [
            re.sub(r"(\[\^1\]: )?[^.]*eksempelteksten[^.]*\.", lambda m: m.group(1) or "", line)
            if "eksempelteksten" in line
            else line
            for line in path.read_text("utf-8").splitlines()
        ]
        lines = [line if line.strip() != "[^1]:" else "[^1]: Kilde: kommunens fagsystem." for line in lines]
        path.write_text("\n".join(lines) + "\n", "utf-8")


def _approve_chapters(year: Year) -> None:
    for chapter in (year.root / "report/kapitler").glob("*.md"):
        text = chapter.read_text("utf-8")
        chapter.write_text(re.sub(r"(?m)^status: .*$", "status: godkjent", text, count=1), "utf-8")


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_a_year_in_the_life(example_git, monkeypatch, capsys, language):
    name, number = MUNICIPALITIES[language]
    year = Year(example_git, monkeypatch, capsys)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)

    # January: the municipality adopts the template (README, «Sette opp repositoriet», step 3).
    year.on("2027-01-04")
    assert (
        run(
            example_git,
            "oppsett",
            "--kommune",
            name,
            "--nummer",
            number,
            "--målform",
            language,
            "--github",
            "kommunen",
            "--skjema-url",
            "https://teams.microsoft.com/l/skjema",
        )
        == 0
    )
    year.commit("Rapportlinja tatt i bruk")
    code, out = year.sjekk()
    assert code == 0 and "eksempelteksten" in out  # the starting text is flagged, nothing else
    assert "wheel.past-due" not in out and "hadde frist" not in out
    warned = WARNING[language]
    leader = {"nb": "barnevernleder", "nn": "barnevernleiar"}[language]  # the role, as `rapport oppsett` wrote it
    service = {"nb": "barnevernstjenesten", "nn": "barnevernstenesta"}[language]  # in the report's title
    if language == "nn":
        # Data and chapters are nynorsk after adoption: nothing is flagged as bokmål or misspelt.
        assert "målforma er nynorsk" not in out and "skrevet på bokmål" not in out and "Ukjent ord" not in out, out
        assert f"{warned}:" in out and "advarsel" not in out  # the command line's own words in nynorsk

    # The report on 2026 is written in the browser: the year, the text, the political treatment.
    year.edit("report/rapport.yaml", "år: 2025", "år: 2026")
    year.edit("report/rapport.yaml", f"{service} 2025", f"{service} 2026")
    year.edit(
        "report/rapport.yaml",
        f"ansvarlig: {leader}\n",
        f"ansvarlig: {leader}\npolitisk_behandling:\n  - utvalg: Oppvekstutvalet\n    dato: 2027-04-14\n"
        "  - utvalg: Kommunestyret\n    dato: 2027-05-05\n",
    )
    _rewrite_the_examples_notes(year)
    year.commit("Tilstandsrapporten for 2026: første utkast")
    code, out = year.sjekk()
    assert (code, warned in out) == (0, False), out

    # The first meeting on the line barnevernleder → kommunalsjef: agenda, then minutes with an action.
    year.on("2027-01-11")
    first = agenda(example_git, BL)
    assert "12\\. januar 2027" in first or "12. januar 2027" in first
    assert not IDENTITY.search(first)
    assert language == "nb" or bokmal_words(first) == [], bokmal_words(first)
    assert run(example_git, "referat", "ny", BL) == 0
    january = f"meetings/{BL}/2027-01-12.md"
    year.edit(
        january,
        "oppfølging: []\n",
        "oppfølging:\n  - hva: Lage plan for rekruttering.\n"
        f"    ansvarlig: {leader}\n    frist: 2027-03-01\n    status: åpen\n",
    )
    year.commit("Referat fra møtet 12. januar")
    assert year.sjekk()[0] == 0

    # February: the agenda carries the open action; the January minutes are approved as the template says.
    year.on("2027-02-08")
    february = agenda(example_git, BL)
    assert "Lage plan for rekruttering" in " ".join(february.split())
    commented = next(
        line for line in (example_git / january).read_text("utf-8").splitlines() if line.startswith("# godkjent:")
    )
    year.edit(january, commented, "godkjent: 2027-02-09")
    assert run(example_git, "referat", "ny", BL) == 0
    year.edit(
        f"meetings/{BL}/2027-02-09.md",
        "saker: []\n",
        "saker: []\noppdaterer:\n  - referat: 2027-01-12\n    tiltak: 1\n    status: lukket\n",
    )
    year.commit("Referatet fra januar er godkjent; møtet i februar")
    code, out = year.sjekk()
    assert code == 0, out

    # March: the action is closed, so it is gone from the agenda; the wheel's early deadlines are met.
    year.on("2027-03-08")
    assert "Lage plan for rekruttering" not in " ".join(agenda(example_git, BL).split())
    wheel = example_git / "report/arshjul.yaml"
    text = wheel.read_text("utf-8")
    wheel.write_text(re.sub(r"(?m)^(\s*)status: planlagt$", r"\1status: ferdig", text), "utf-8")
    _approve_chapters(year)
    year.commit("Kapitlene er godkjent; årshjulet er oppdatert", author="Tillitsvalgt <tv@users.noreply.github.com>")
    code, out = year.sjekk()
    assert (code, warned in out) == (0, False), out

    # The release the council reads.
    year.repo.create_tag("v2026.1")
    assert run(example_git, "utgivelse", "--hovedgren", "main") == 0
    released = example_git / "build/utgivelse/v2026.1"
    pdf = read(next(released.glob("*.pdf")))
    text = "\n".join(pdf.text)
    assert name in text and not IDENTITY.search(text)
    assert pdf.lang.startswith(language)
    if language == "nn":
        # No bokmål in the report, its web edition or the agendas of the year (the release built the PDF).
        assert bokmal_words(text) == [], bokmal_words(text)
        assert run(example_git, "nettside") == 0
        web = " ".join(p.read_text("utf-8") for p in (example_git / "build/nettside").rglob("*.html"))
        assert bokmal_words(re.sub(r"<[^>]+>", " ", web)) == [], bokmal_words(re.sub(r"<[^>]+>", " ", web))
        agendas = " ".join(p.read_text("utf-8") for p in (example_git / "build/agenda").rglob("*.md"))
        assert agendas and bokmal_words(agendas) == [], bokmal_words(agendas)
    notes = "\n".join(p.read_text("utf-8") for p in released.glob("*.md"))
    assert not IDENTITY.search(notes)

    # December: last year's wheel is history, not a warning; the year's last meeting has its agenda.
    year.on("2027-12-20")
    code, out = year.sjekk()
    assert code == 0 and "hadde frist" not in out, out

    # A year on: the next edition, and «Hva er nytt» between the two tags.
    year.on("2028-01-10")
    assert "januar 2028" in agenda(example_git, BL)
    year.edit("report/rapport.yaml", "år: 2026", "år: 2027")
    year.edit("report/rapport.yaml", f"{service} 2026", f"{service} 2027")
    year.edit("report/rapport.yaml", "2027-04-14", "2028-04-12")
    year.edit("report/rapport.yaml", "2027-05-05", "2028-05-03")
    chapter = "report/kapitler/08-utfordringsbildet.md"
    path = example_git / chapter
    done = {"nb": "Rekrutteringsplanen ble vedtatt i 2027.", "nn": "Rekrutteringsplanen vart vedteken i 2027."}
    path.write_text(path.read_text("utf-8") + f"\n{done[language]}\n", "utf-8")
    year.commit("Tilstandsrapporten for 2027")
    year.repo.create_tag("v2027.1")
    assert run(example_git, "utgivelse", "--hovedgren", "main") == 0
    second = example_git / "build/utgivelse/v2027.1"
    notes = "\n".join(p.read_text("utf-8") for p in second.glob("*.md"))
    assert "v2026.1" in notes
    # The notes list what differs between the two tags, in the words of «Hva er nytt»: the chapter changed.
    listed = notes.split("v2026.1", 1)[1]
    changed = {"nb": "Utfordringsbildet", "nn": "Utfordringsbiletet"}[language]  # the chapter's title
    assert changed in listed and "Bemanning og kompetanse" not in listed
    assert not IDENTITY.search(notes)
