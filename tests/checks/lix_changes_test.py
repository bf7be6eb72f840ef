"""The LIX table for the review: before and after for each chapter whose text changed."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.checks import lix_changes
from rapportlinja.checks.language_rules import limits
from rapportlinja.commands import kommentar
from rapportlinja.review.changeset import ChangeSet, ChapterChange, Text

PLAIN = "\nVi fikk flere meldinger. Skolen sendte flest. Vi svarte raskt.\n"
HEAVY = (
    "\nBarnevernstjenesten gjennomførte omfattende organisasjonsendringer og kompetansehevende tiltak, "
    "samtidig som saksbehandlingskapasiteten ble betydelig redusert gjennom langvarige sykefravær.\n"
)


def _changes(*chapters: ChapterChange) -> ChangeSet:
    return ChangeSet("main", "arbeidskopien", chapters, (), None)


def test_before_after_and_the_direction(tmp_path: Path) -> None:
    changed = ChapterChange("a.md", "Tall", Text({}, PLAIN), Text({}, HEAVY))
    added = ChapterChange("b.md", "Nytt", None, Text({}, PLAIN))
    text = lix_changes.table(_changes(changed, added), "nb", limits({}), tmp_path)
    assert text.startswith(lix_changes.MARKER) and "### Lesbarhet (LIX) i de endrede kapitlene" in text
    row = next(line for line in text.splitlines() if line.startswith("| Tall |"))
    before, after = (int(cell) for cell in row.split("|")[2:4])
    assert before < 30 < 45 < after and f"+{after - before} (tyngre)" in row
    assert "| Nytt | – |" in text
    assert "målet for rapporten er under 45" in text


def test_nynorsk_words_and_nothing_when_only_frontmatter_changed(tmp_path: Path) -> None:
    changed = ChapterChange("a.md", "Tal", Text({}, HEAVY), Text({}, PLAIN))
    text = lix_changes.table(_changes(changed), "nn", limits({}), tmp_path)
    assert "Lesbarheit (LIX) i dei endra kapitla" in text and "(lettare)" in text
    same = ChapterChange("a.md", "Tal", Text({"status": "utkast"}, PLAIN), Text({"status": "godkjent"}, PLAIN))
    assert lix_changes.table(_changes(same), "nb", limits({}), tmp_path) == ""


def test_the_comment_shows_the_table_above_the_folded_redline(tmp_path: Path) -> None:
    changed = ChapterChange("a.md", "Tall", Text({}, PLAIN), Text({}, HEAVY))
    summary = "# Endringer til gjennomgang\n\nEndret tekst.\n\n" + lix_changes.table(
        _changes(changed), "nb", limits({}), tmp_path
    )
    body = kommentar.body(summary, {})
    assert kommentar.LIX_MARKER == lix_changes.MARKER
    assert body.index("| Tall |") < body.index("<details>") < body.index("Endret tekst.")
