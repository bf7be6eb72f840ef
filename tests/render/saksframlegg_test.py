"""The kommunedirektør's saksframlegg: the committees from the edition, a proposed decision, nb and nn."""

from __future__ import annotations

import datetime as dt

from rapportlinja.checks.bokmal import bokmal_words
from rapportlinja.render import saksframlegg
from rapportlinja.report.model import Edition, Treatment

EDITION = Edition(
    "Eksempel kommune",
    "9999",
    2025,
    "Tilstandsrapport for barnevernstjenesten 2025",
    "",
    "nb",
    "barnevernleder",
    (Treatment("Oppvekstutvalget", dt.date(2026, 4, 15)), Treatment("Kommunestyret", dt.date(2026, 5, 6))),
    (),
    None,
    None,
)


def test_the_council_is_addressed_through_the_kommunedirektor() -> None:
    made = saksframlegg.text(EDITION, "tilstandsrapport-2025.pdf")
    assert "- Sak fremmes av: kommunedirektør" in made
    assert "- Behandles i: Oppvekstutvalget 15\\. april 2026; Kommunestyret 6\\. mai 2026" in made
    assert "## Kommunedirektørens forslag til vedtak\n\nKommunestyret tar «Tilstandsrapport" in made
    assert "kommuneloven § 13-1 tredje ledd" in made and "barnevernsloven § 15-3 femte ledd" in made
    assert "1. Tilstandsrapport for barnevernstjenesten 2025 (tilstandsrapport-2025.pdf)" in made


def test_without_dates_it_says_where_they_go() -> None:
    made = saksframlegg.text(EDITION._replace(treatments=()), "r.pdf")
    assert "Datoene for politisk behandling er ikke satt" in made and "report/rapport.yaml" in made
    assert "Kommunestyret tar" in made


def test_nynorsk_has_no_bokmal_words() -> None:
    nynorsk = EDITION._replace(
        language="nn", title="Tilstandsrapport for barnevernstenesta 2025", responsible="barnevernleiar"
    )
    made = saksframlegg.text(nynorsk, "r.pdf")
    assert "Kommunedirektøren sitt forslag til vedtak" in made
    assert bokmal_words(made) == []
