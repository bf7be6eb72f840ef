"""Tables pasted from Word as tab-separated lines."""

from __future__ import annotations

from rapportlinja.checks.tabs import check_tab_tables
from rapportlinja.report.markdown import scan

REL = "report/kapitler/01-a.md"


def found(body: str) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in check_tab_tables(scan(body, 9), REL)]


def test_tab_separated_lines_are_one_table_at_its_first_line():
    (finding,) = check_tab_tables(scan("Tekst.\n\nÅr\tMeldinger\n2024\t312\n2025\t330\n", 9), REL)
    assert (finding.line, finding.column, finding.code, finding.severity) == (11, 1, "table.tabs", "feil")
    assert "3 rader" in finding.message
    assert "«| År | Meldinger |», «| --- | --- |», «| 2024 | 312 |» og så resten" in (finding.hint or "")
    assert "330" not in (finding.hint or "")  # the suggestion shows the pattern, not the whole table


def test_two_tables_and_rows_of_another_width_are_apart():
    assert found("a\tb\nc\td\n\ne\tf\tg\nh\ti\tj\nk\tl\n") == [(9, "table.tabs"), (12, "table.tabs")]


def test_personal_numbers_in_cells_are_masked_in_the_hint():
    (finding,) = check_tab_tables(scan("Navn\tTelefon\nLeder\t98765432\n", 9), REL)
    assert "98765432" not in (finding.hint or "") and "******32" in (finding.hint or "")


def test_what_is_not_a_pasted_table():
    assert found("Én\tlinje med tabulator.\n") == []
    assert found("```\na\tb\nc\td\n```\n") == []  # fenced code
    assert found("Tekst.\n\n\ta\tb\n\tc\td\n") == []  # indented code
    assert found("•\tFørste\n•\tAndre\n") == []  # Word's bullets have their own finding
    assert found("- a\tb\n- c\td\n\n1. e\tf\n2. g\th\n") == []  # list items
    assert found("| a\t| b |\n| c\t| d |\n") == []  # a pipe table with tabs in it
    assert found("a\tb\n\nc\td\n") == []  # one row each, apart
