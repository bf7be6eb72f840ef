"""Release notes from Git history since the previous tag: chapters changed and who took part."""

from __future__ import annotations

import datetime as dt

from rapportlinja.release import notes
from rapportlinja.release.tags import Release
from rapportlinja.review.appendix import Settings
from rapportlinja.review.participation import Commit

D = dt.date(2026, 3, 1)
CHAPTERS = [
    notes.ChapterTitle("report/kapitler/01-a.md", "Kort oppsummering"),
    notes.ChapterTitle("report/kapitler/04-b.md", "Bemanning og kompetanse"),
]
COMMITS = [
    Commit("a" * 40, False, "Kari Nordmann", D, "Tall\n\nCo-authored-by: Per <per@x.no>", ("report/kapitler/04-b.md",)),
    Commit("b" * 40, True, "Berit Leder", D, "Merge\n\nReviewed-by: Tone <tone@x.no>", ("report/kapitler/04-b.md",)),
    Commit("c" * 40, False, "Ola", D, "Møte", ("meetings/2026-03.md",)),
]
RELEASE = Release("v2025.2", "d" * 40, D, "v2025.1")


def test_notes_name_chapters_and_people_never_addresses() -> None:
    gathered = notes.gather(COMMITS, CHAPTERS, Settings(False, {}))
    text = notes.render("Tilstandsrapport 2025", RELEASE, gathered, ["SHA256SUMS", "tilstandsrapport-2025.pdf"])
    assert "## Endrede kapitler siden v2025.1" in text
    assert "- Bemanning og kompetanse (`report/kapitler/04-b.md`)" in text
    assert "Kort oppsummering" not in text
    assert "- Endret av: Kari Nordmann, Ola, Per" in text
    assert "- Godkjent av: Berit Leder, Tone" in text
    assert "1 fil endret" in text
    assert "@" not in text


def test_roles_instead_of_names() -> None:
    gathered = notes.gather(
        COMMITS, CHAPTERS, Settings(True, {"Tone": "tillitsvalgt", "Berit Leder": "barnevernleder"})
    )
    assert gathered.approved_by == ("barnevernleder", "tillitsvalgt")
    assert gathered.changed_by == ("medarbeider",)


def test_first_release() -> None:
    gathered = notes.gather([], CHAPTERS, Settings(False, {}))
    text = notes.render("T", RELEASE._replace(previous=None), gathered, [])
    assert "(første utgivelse)" in text
    assert "Ingen kapitler er endret." in text
