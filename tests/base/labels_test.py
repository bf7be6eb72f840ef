import datetime as dt

from rapportlinja.base.labels import LABELS, long_date


def test_bokmal_and_nynorsk_have_the_same_keys():
    assert set(LABELS["nb"]) == set(LABELS["nn"])


def test_no_label_is_empty():
    assert all(value.strip() for table in LABELS.values() for value in table.values())


def test_nynorsk_differs_where_the_language_does():
    assert (LABELS["nb"]["contents"], LABELS["nn"]["contents"]) == ("Innhold", "Innhald")
    assert LABELS["nn"]["draft_notice"] == "Utkast – ikkje endeleg versjon"


def test_long_date():
    assert long_date(dt.date(2026, 5, 6)) == "6. mai 2026"
