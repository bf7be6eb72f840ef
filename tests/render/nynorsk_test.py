"""Nynorsk that reads as nynorsk: the fixes from the domain review, and the wheel's frequency in målform."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base.labels import LABELS
from rapportlinja.base.layout import Layout
from rapportlinja.read import wheel_inputs as source


def test_one_passive_form_and_the_reviewed_wording() -> None:
    nn = LABELS["nn"]
    assert not [key for key, text in nn._asdict().items() if " vert " in f" {text} "]  # «blir» throughout
    assert nn.none_triggered == "Ingenting har utløyst nokon av temaa som blir tekne opp når aktuelt."
    assert nn.reason_key_figures.startswith("Nøkkeltal avvik frå normalen:")
    assert nn.reason_overdue.startswith("Tiltak med passert frist")
    assert LABELS["nb"].reason_overdue.startswith("Tiltak med passert frist")
    assert "foregående {kind}," in LABELS["nb"].deviation_not_assessed  # «4 foregående halvår»
    assert "dato for siste commit" in nn.built and "dato for siste commit" in LABELS["nb"].built


def test_survey_caption_has_no_words_from_another_language() -> None:
    assert "{low}" not in LABELS["nn"].survey_caption and "(lågast)" in LABELS["nn"].survey_caption


def test_wheel_meetings_follow_the_malform(example: Path) -> None:
    inputs = source.read_optional(Layout(example))
    assert inputs is not None
    titles = [a.title for a in inputs._replace(language="nn").wheel(2026, None).activities if a.derived]
    assert any("(månadleg)" in t for t in titles) and any("(halvårleg)" in t for t in titles)
    assert not any("månedlig" in t or "halvårlig" in t for t in titles)
