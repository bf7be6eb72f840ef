"""`rapport undersokelse skjema`: numbered questions with their options, ready for Forms' quick import."""

from __future__ import annotations

from tests.meetings.helpers import run
from tests.survey import exports


def test_form_text_has_every_question_in_order_with_the_scale(example, capsys):
    assert run(example, "undersokelse", "skjema") == 0
    assert "build/undersokelse/samarbeid-forms.txt" in capsys.readouterr().out
    blocks = (example / "build/undersokelse/samarbeid-forms.txt").read_text("utf-8").split("\n\n")
    questions = [b.strip() for b in blocks if b[:1].isdigit()]
    assert [q.split("\n")[0] for q in questions] == [
        f"{n}. {text}" for n, text in enumerate([exports.SECTOR, *exports.STATEMENTS, *exports.OPEN], start=1)
    ]
    assert questions[0].split("\n")[1:] == ["Helse", "Skole", "Barnehage", "NAV", "Annen tjeneste"]
    assert questions[1].split("\n")[1:] == [f"{n} – {label}" for n, label in enumerate(exports.SCALE, start=1)]
    assert questions[-1].split("\n")[1:] == []  # free text: no options


def test_broken_questions_file_is_refused_with_its_line(example, capsys):
    path = example / "report/undersokelse/samarbeid.yaml"
    path.write_text(path.read_text("utf-8").replace("  - Helt enig\n", ""), "utf-8")
    assert run(example, "undersokelse", "skjema") == 1
    err = capsys.readouterr().err
    assert "report/undersokelse/samarbeid.yaml:" in err and "«skala» må ha minst 5 element" in err
