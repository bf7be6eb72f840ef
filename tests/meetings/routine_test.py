"""The escalation chain end to end: raised at the bottom, it reaches the half-yearly meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.meetings.helpers import BL, KD, KS, agenda, run

ITEM = "Ventetiden på plass i beredskapshjem har økt til seks uker."


def raise_item(path: Path, text: str) -> None:
    """Fill in a scaffolded minutes file: approve nothing, raise one item to the line above."""
    body = path.read_text("utf-8")
    body = body.replace(
        "til_neste_linje: []\n", f"til_neste_linje:\n  - tekst: {text}\n    tema: Aktuelt i tjenesten\n"
    )
    path.write_text(body, encoding="utf-8")


def test_item_travels_up_two_lines(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run(example, "referat", "ny", BL, "--i-dag", "2027-01-01") == 0
    bottom = example / capsys.readouterr().out.strip()
    assert bottom == example / "meetings" / BL / "2027-01-12.md"
    raise_item(bottom, ITEM)
    assert run(example, "sjekk", str(bottom)) == 0

    middle_agenda = agenda(example, KS, "--i-dag", "2027-01-13")
    assert "# Dagsorden 21. januar 2027" in middle_agenda
    assert (
        f"Meldt opp fra møtet mellom barnevernleder og kommunalsjef barn og familie 12. januar 2027: {ITEM}"
        in middle_agenda
    )

    capsys.readouterr()
    assert run(example, "referat", "ny", KS, "--i-dag", "2027-01-13") == 0
    middle = example / capsys.readouterr().out.strip()
    raise_item(middle, "Ventetid på beredskapshjem; behov for flere hjem i regionen.")

    top_agenda = agenda(example, KD, "--i-dag", "2027-01-22")
    assert "# Dagsorden 27. januar 2027" in top_agenda
    assert (
        "Meldt opp fra møtet mellom kommunalsjef barn og familie og kommunaldirektør oppvekst 21. januar 2027: "
        "Ventetid på beredskapshjem; behov for flere hjem i regionen."
    ) in top_agenda
    assert ITEM not in top_agenda  # the half-yearly line sees what the line below raised, not the bottom's words


def test_item_is_shown_once_not_on_later_agendas(example: Path) -> None:
    assert "Mediesak om ventetid" in agenda(example, KS, "--dato", "2026-05-21")
    assert "Mediesak om ventetid" not in agenda(example, KS, "--dato", "2026-06-18")
