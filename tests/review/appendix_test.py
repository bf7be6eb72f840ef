"""The «Medvirkning» appendix: names or roles, and one line when there is no Git history."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from rapportlinja.base.layout import Layout
from rapportlinja.read import repository
from rapportlinja.render.report import review_appendix
from rapportlinja.review import appendix
from rapportlinja.review.appendix import Settings
from rapportlinja.review.participation import Person

PEOPLE = (Person("Kari Nordmann", dt.date(2026, 3, 2)), Person("Tone", dt.date(2026, 3, 4)))


def test_names_with_dates() -> None:
    text = appendix.describe(PEOPLE, Settings(False, {}), "nb")
    assert text == "Kari Nordmann (2. mars 2026), Tone (4. mars 2026)"


def test_roles_instead_of_names() -> None:
    how = Settings(True, {"Tone": "tillitsvalgt"})
    assert appendix.describe(PEOPLE, how, "nb") == "medarbeider (2. mars 2026), tillitsvalgt (4. mars 2026)"
    assert appendix.describe(PEOPLE, how, "nn").startswith("medarbeidar")


def test_nobody_is_a_dash() -> None:
    assert appendix.describe((), Settings(False, {}), "nb") == "–"


def test_setting_read_from_edition() -> None:
    assert appendix.settings({"medvirkning_visning": "roller", "roller": {"Tone": "tillitsvalgt"}}) == Settings(
        True, {"Tone": "tillitsvalgt"}
    )
    assert appendix.settings({}) == Settings(True, {})  # roles unless the edition opts in to names
    assert appendix.settings({"medvirkning_visning": "navn"}).show_roles is False


def test_without_git_the_appendix_says_so(example: Path) -> None:
    layout = Layout(example)
    chapters = repository.read(layout).chapter_records()
    assert review_appendix(layout, chapters, "nb") == appendix.Appendix(False, ())


def test_with_git_every_chapter_has_a_row(example_git: Path) -> None:
    edition = example_git / "report/rapport.yaml"
    edition.write_text(
        edition.read_text("utf-8").replace("medvirkning_visning: roller", "medvirkning_visning: navn"), "utf-8"
    )
    layout = Layout(example_git)
    chapters = repository.read(layout).chapter_records()
    built = review_appendix(layout, chapters, "nb")
    assert built.available and len(built.rows) == len(chapters)
    # Even with the opt-in, who changed a chapter is a role: a Git author field is free text.
    assert all(row.changed == "medarbeider (1. mars 2026)" for row in built.rows)
