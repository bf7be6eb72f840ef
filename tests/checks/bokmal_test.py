"""With «målform: nn», bokmål-only words in the data are a warning, one per file; nothing in a bokmål report."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base.layout import find
from rapportlinja.checks.bokmal import bokmal_words, check_bokmal


def test_bokmal_only_words_are_found_and_shared_words_are_not() -> None:
    assert bokmal_words("Vi vet ikke hva som skjer mellom møtene, men skal finne ut av det.") == ["ikke", "hva"]
    assert bokmal_words("Vi veit ikkje kva som skjer mellom møta, men skal finne ut av det.") == []
    # An id, a path and a key are not running text.
    assert bokmal_words("id: barnevernleder-kommunalsjef\nperiode: {fra: 1, til: 2}\nmeetings/barnevernleder") == []


def test_a_nynorsk_report_with_bokmal_data_gets_one_warning_per_file(example: Path) -> None:
    edition = {"målform": "nn"}
    findings = check_bokmal(find(example), edition, None)
    files = [f.path for f in findings]
    assert len(files) == len(set(files))  # one a file
    assert "meetings/rutine.yaml" in files and "report/kapitler/02-om-barnevernet.md" in files
    routine = next(f for f in findings if f.path == "meetings/rutine.yaml")
    assert routine.code == "language.bokmal" and "er bokmål, men målforma er nynorsk" in routine.message
    assert check_bokmal(find(example), {"målform": "nb"}, None) == []


def test_comments_in_yaml_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "report").mkdir()
    (tmp_path / "report" / "rapport.yaml").write_text("# ikke lest\nmålform: nn  # ikke lest heller\n", "utf-8")
    (tmp_path / ".git").mkdir()
    assert check_bokmal(find(tmp_path), {"målform": "nn"}, None) == []
