import datetime as dt
from collections.abc import Mapping

from rapportlinja.base.labels import LABELS, Labels, long_date


def test_both_languages_are_the_one_record_type():
    # A missing or misspelt label is a type error (mypy, and the constructor at import); this keeps
    # the table of languages honest.
    assert {type(table) for table in LABELS.values()} == {Labels}


def test_no_label_is_empty():
    for table in LABELS.values():
        for value in table:
            texts = value.values() if isinstance(value, Mapping) else [value]
            assert all(text.strip() for text in texts)


def test_nynorsk_differs_where_the_language_does():
    assert (LABELS["nb"].contents, LABELS["nn"].contents) == ("Innhold", "Innhald")
    assert LABELS["nn"].draft_notice == "Utkast – ikkje endeleg versjon"


def test_long_date():
    assert long_date(dt.date(2026, 5, 6)) == "6. mai 2026"
