"""The thresholds: defaults from the schema, the edition's own values, a broken value ignored."""

from __future__ import annotations

from rapportlinja.checks.language_rules import limits, lix_level, rules


def test_defaults_come_from_the_schema() -> None:
    found = limits({})
    assert (found.lix, found.sentence_words, found.paragraph_words, found.spelling) == (45, 25, 120, True)


def test_the_edition_overrides_and_a_wrong_type_falls_back() -> None:
    found = limits({"klarspråk": {"setning_ord": 18, "lix": "høy", "stavekontroll": False}})
    assert (found.sentence_words, found.lix, found.spelling) == (18, 45, False)
    assert limits("ikke et oppslag") == limits({})


def test_each_malform_has_its_own_words_and_knows_the_others_markers() -> None:
    nb, nn = rules("nb"), rules("nn")
    assert "ikke" in nb.markers and "ikke" in nn.other_markers and "ikkje" in nn.markers
    assert nb.heavy["iverksette"] == "sette i gang" and "iverksetje" in nn.heavy
    assert {"barnevernstjenesten", "tiltaksplan", "ettervern", "akuttvedtak", "fristbrudd"} <= nb.domain_words
    assert not nb.markers & nb.other_markers


def test_lix_levels() -> None:
    assert [lix_level(rules("nb"), x) for x in (20, 30, 40, 50, 60)] == [
        "svært lett",
        "lett",
        "middels",
        "vanskelig",
        "svært vanskelig",
    ]
    assert lix_level(rules("nn"), 50) == "vanskeleg"
