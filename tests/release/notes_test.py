"""Release notes since the previous tag: chapters changed (from read.changes) and who took part (from Git)."""

from __future__ import annotations

import datetime as dt

from rapportlinja.read.changes import Changes
from rapportlinja.read.tags import Release
from rapportlinja.release import notes
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
# What «Hva er nytt» found: the tree difference says 04-b and one minutes file changed.
CHANGES = Changes(
    "v2025.1", D, (), (), (), 1, (), ("report/kapitler/04-b.md",), ("meetings/2026-03.md", "report/kapitler/04-b.md")
)
FIRST = Changes(None, None, tuple(c.title for c in CHAPTERS), (), (), 0, (), tuple(c.rel for c in CHAPTERS))


def test_notes_name_chapters_and_roles_never_git_identities() -> None:
    """With the opt-in only a reviewer listed by name under «roller» is named; authors are always roles."""
    how = Settings(False, {"Tone": "tillitsvalgt", "Kari Nordmann": "barnevernleder"})
    gathered = notes.gather(CHANGES, COMMITS, CHAPTERS, how, "nb")
    text = notes.render("Tilstandsrapport 2025", RELEASE, gathered, ["SHA256SUMS", "tilstandsrapport-2025.pdf"], "nb")
    assert "## Endrede kapitler siden v2025.1" in text
    assert "- Bemanning og kompetanse (`report/kapitler/04-b.md`)" in text
    assert "Kort oppsummering" not in text
    assert "- Endret av: barnevernleder, medarbeider" in text  # Kari's role; Ola and Per are not listed
    assert "- Godkjent av: Tone" in text  # Berit pressed Merge: that is no approval
    assert "Berit" not in text and "Kari" not in text and "Ola" not in text
    assert "1 fil endret" in text
    assert "@" not in text


def test_roles_instead_of_names() -> None:
    gathered = notes.gather(
        CHANGES, COMMITS, CHAPTERS, Settings(True, {"Tone": "tillitsvalgt", "Berit Leder": "barnevernleder"}), "nb"
    )
    assert gathered.approved_by == ("tillitsvalgt",)  # the merger (barnevernleder) did not approve
    assert gathered.changed_by == ("medarbeider",)


def test_a_reviewer_not_listed_by_name_is_a_role_even_with_the_opt_in() -> None:
    gathered = notes.gather(CHANGES, COMMITS, CHAPTERS, Settings(False, {}), "nb")
    assert gathered.approved_by == ("medarbeider",) and gathered.changed_by == ("medarbeider",)
    child = Commit("e" * 40, False, "Emma (7) plassert", D, "x\n\nCo-authored-by: Jonas 14 år", ("r.md",))
    gathered = notes.gather(CHANGES, [child], CHAPTERS, Settings(False, {}), "nb")
    text = notes.render("T", RELEASE, gathered, [], "nb")
    assert "Emma" not in text and "Jonas" not in text


def test_first_release() -> None:
    gathered = notes.gather(FIRST, [], CHAPTERS, Settings(False, {}), "nb")
    text = notes.render("T", RELEASE._replace(previous=None), gathered, [], "nb")
    assert "(første utgivelse)" in text
    assert "- Kort oppsummering (`report/kapitler/01-a.md`)" in text  # every chapter is new
    empty = notes.gather(FIRST._replace(changed_files=()), [], CHAPTERS, Settings(False, {}), "nb")
    assert "Ingen kapitler er endret." in notes.render("T", RELEASE, empty, [], "nb")


def test_nynorsk_notes() -> None:
    gathered = notes.gather(CHANGES, COMMITS, CHAPTERS, Settings(True, {"Tone": "tillitsvalgt"}), "nn")
    assert gathered.changed_by == ("medarbeidar",)
    text = notes.render("Tilstandsrapport 2025", RELEASE, gathered, ["SHA256SUMS"], "nn", tools="Typst 0.15.1")
    assert "## Endra kapittel sidan v2025.1" in text and "1 fil endra." in text
    assert "## Kven har vore med" in text and "- Endra av: medarbeidar" in text
    assert "Gitt ut 1. mars 2026 frå commit dddddddddd." in text
    assert "Sjekk at filene du har lasta ned er uendra" in text and "nettutgåva" in text
    assert "Bygd med Typst 0.15.1." in text
    assert "Endrede" not in text and "Endret" not in text and "Hvem" not in text and "uendret" not in text
    assert "Bygget" not in text
    first = notes.render(
        "T", RELEASE._replace(previous=None), notes.gather(FIRST, [], CHAPTERS, Settings(False, {}), "nn"), [], "nn"
    )
    assert "(første utgiving)" in first
    none = notes.gather(FIRST._replace(changed_files=()), [], CHAPTERS, Settings(False, {}), "nn")
    assert "Ingen kapittel er endra." in notes.render("T", RELEASE, none, [], "nn")


def test_chapters_come_from_the_changes_not_the_commits() -> None:
    """A commit that touched 01-a and was taken back later lists nothing: the tree difference decides."""
    taken_back = Commit("e" * 40, False, "Ola", D, "Tatt ut igjen", ("report/kapitler/01-a.md",))
    gathered = notes.gather(CHANGES, [*COMMITS, taken_back], CHAPTERS, Settings(False, {}), "nb")
    assert [c.rel for c in gathered.changed] == ["report/kapitler/04-b.md"]
    text = notes.render("T", RELEASE, gathered, [], "nb")
    assert "Kort oppsummering" not in text
    # The heading names the tag the changes were counted from.
    assert "## Endrede kapitler siden v2025.1" in text
