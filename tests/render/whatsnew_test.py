"""«Hva er nytt i denne utgaven» from Git between two release tags: chapters, sections, key figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.layout import Layout
from rapportlinja.read import changes, repository
from rapportlinja.read import keyfigures as store
from rapportlinja.render import whatsnew
from tests.render.website_helpers import build, commit, set_language, visible_text

pytestmark = pytest.mark.slow  # builds documents end to end

CHAPTER = "report/kapitler/08-utfordringsbildet.md"
NEW_SECTION = (
    "## Ny satsing på fosterhjem\n\n" + "Kommunen rekrutterer fosterhjem sammen med nabokommunene. " * 3 + "\n"
)


def second_edition(root: Path) -> None:
    """v2025.1, then a chapter rewritten (a section out, one in), a key figure corrected, a new chapter: v2025.2."""
    commit(root, "Første utgave", tag="v2025.1")
    path = root / CHAPTER
    text = path.read_text("utf-8").replace("## Kapasitet, kompetanse og økonomi", NEW_SECTION, 1)
    path.write_text(text, "utf-8")
    values = root / "report/data/nokkeltall.csv"
    values.write_text(
        values.read_text("utf-8").replace(
            "undersokelser-innen-frist,9999,2025,86.8", "undersokelser-innen-frist,9999,2025,88.1"
        ),
        "utf-8",
    )
    new = root / "report/kapitler/10-ledelse.md"
    new.write_text(
        "---\ntittel: Ledelse\nansvarlig: barnevernleder\nstatus: godkjent\nklassifisering: offentlig\n"
        "sist_revidert: 2026-03-12\n---\n\nTjenesten ledes av barnevernleder.\n",
        "utf-8",
    )
    edition = root / "report/rapport.yaml"
    edition.write_text(
        edition.read_text("utf-8").replace(
            "  - 09-innsatsomrader-og-tiltak.md\n", "  - 09-innsatsomrader-og-tiltak.md\n  - 10-ledelse.md\n"
        ),
        "utf-8",
    )
    commit(root, "Andre utgave", tag="v2025.2")


def test_the_changes_between_two_releases(example_git: Path) -> None:
    second_edition(example_git)
    layout = Layout(example_git)
    snapshot = repository.read(layout)
    found = changes.gather(example_git, snapshot.chapter_records(), store.read(layout).figures)
    assert found.previous == "v2025.1"
    assert found.new_chapters == ("Ledelse",)
    assert found.removed_chapters == ()
    assert [c.title for c in found.changed] == ["Utfordringsbildet"]
    change = found.changed[0]
    assert change.new_sections == ("Ny satsing på fosterhjem",)
    assert change.removed_sections == ("Kapasitet, kompetanse og økonomi",)
    assert change.added_words >= 20 and change.removed_words >= 4
    assert found.unchanged == 8
    assert [(f.indicator.split()[0], f.period, f.old, f.new) for f in found.figures] == [
        ("Andel", "2025", "86,8\u00a0%", "88,1\u00a0%")
    ]


def test_the_page_and_the_release_notes_say_it_in_words(example_git: Path) -> None:
    second_edition(example_git)
    text = visible_text(build(example_git) / "nytt.html")
    assert "Endringer siden forrige utgave, v2025.1" in text
    assert "Nye kapitler Ledelse" in text
    assert "Utfordringsbildet:" in text and "ord lagt til" in text and "«Ny satsing på fosterhjem»" in text
    assert "2025: endret fra 86,8 % til 88,1 %" in text.replace("\u00a0", " ")
    assert "Andre utgave" not in text  # commit messages are never copied
    layout = Layout(example_git)
    notes = whatsnew.as_markdown(
        changes.gather(example_git, repository.read(layout).chapter_records(), store.read(layout).figures), "nb"
    )
    assert notes.startswith("## Hva er nytt i denne utgaven\n") and "### Endrede kapitler" in notes


def test_nynorsk_words(example_git: Path) -> None:
    set_language(example_git, "nn")
    second_edition(example_git)
    text = visible_text(build(example_git) / "nytt.html")
    assert "Endringar sidan førre utgåve, v2025.1" in text
    assert "ord lagde til" in text and "Nøkkeltal som er endra" in text
    assert "Endringer" not in text and "fjernet" not in text


def test_words_counted_not_lines() -> None:
    change = changes.compare("Ein to tre fire.\n\n## A\n", "Ein to tre fire fem.\n\n## B\n", "T")
    assert (change.added_words, change.removed_words) == (2, 1)  # «fem» and «B» in, «A» out
    assert change.new_sections == ("B",) and change.removed_sections == ("A",)
    assert changes.sections("```\n## ikkje\n```\n## Ja\n") == ["Ja"]


def test_both_languages_have_the_same_words() -> None:
    from rapportlinja.render.weblabels import WEB_LABELS, WebLabels

    assert {type(table) for table in WEB_LABELS.values()} == {WebLabels}  # same fields, by construction


def test_an_incomplete_history_claims_nothing() -> None:
    incomplete = changes.Changes(None, None, (), (), (), 0, (), incomplete=True)
    summary = whatsnew.summarize(incomplete, "nb")
    assert summary == whatsnew.Summary(
        "Historikken i Git er ufullstendig, så det er ukjent hva som er nytt siden forrige utgave.", ()
    )
    assert "ufullstendig" in whatsnew.summarize(incomplete, "nn").intro
