"""`rapport sjekk` and the wheel: errors with lines, warnings for what is past due and not done."""

from __future__ import annotations

import datetime as dt
import json

from rapportlinja.base.layout import Layout
from rapportlinja.checks.wheel import check_wheel
from tests.meetings.helpers import run

WHEEL = "report/arshjul.yaml"


def line_of(root, text):
    lines = (root / WHEEL).read_text("utf-8").splitlines()
    return next(i for i, line in enumerate(lines, start=1) if text in line)


def reopen(root, title, status="pågår"):
    """Set the activity titled `title` back to `status`, as a wheel still in progress would have it."""
    path = root / WHEEL
    lines = path.read_text("utf-8").splitlines(keepends=True)
    start = line_of(root, title)
    at = next(i for i in range(start, len(lines)) if lines[i].strip().startswith("status:"))
    lines[at] = lines[at].split("status:")[0] + f"status: {status}\n"
    path.write_text("".join(lines), "utf-8")


def test_past_due_and_not_done_is_a_warning_at_the_activity(example):
    reopen(example, "Svarene fra spørreundersøkelsen importeres")
    found = check_wheel(Layout(example), None, dt.date(2026, 12, 31))
    assert [(f.path, f.line, f.severity.value) for f in found] == [
        (WHEEL, line_of(example, "Svarene fra spørreundersøkelsen importeres"), "advarsel"),
    ]
    assert "hadde frist 2026-11-30 og har status «pågår»" in found[0].message


def test_nothing_is_due_before_its_deadline(example):
    reopen(example, "Svarene fra spørreundersøkelsen importeres")
    assert check_wheel(Layout(example), None, dt.date(2026, 11, 30)) == []
    assert [f.line for f in check_wheel(Layout(example), None, dt.date(2026, 12, 1))] == [
        line_of(example, "Svarene fra spørreundersøkelsen importeres")
    ]


def test_done_activities_are_not_reported(example):
    reopen(example, "Svarene fra spørreundersøkelsen importeres", "ferdig")
    assert check_wheel(Layout(example), None, dt.date(2026, 12, 1)) == []


def test_a_cycle_whose_year_is_over_is_history(example):
    reopen(example, "Svarene fra spørreundersøkelsen importeres")
    assert len(check_wheel(Layout(example), None, dt.date(2026, 12, 1))) == 1
    for later in (dt.date(2027, 1, 1), dt.date(2029, 3, 15), dt.date(2035, 12, 31)):
        assert check_wheel(Layout(example), None, later) == [], later


def test_the_shipped_example_never_warns_from_2026_to_2035(example):
    days = [dt.date(year, month, 1) for year in range(2026, 2036) for month in (1, 4, 7, 10)]
    days += [dt.date(2026, 11, 30), dt.date(2026, 12, 1), dt.date(2026, 12, 31), dt.date(2035, 12, 31)]
    for day in days:
        assert check_wheel(Layout(example), None, day) == [], day


def test_the_check_reads_the_day_from_the_clock(example, monkeypatch):
    reopen(example, "Svarene fra spørreundersøkelsen importeres")
    monkeypatch.setenv("RAPPORT_I_DAG", "2026-12-01")
    assert len(check_wheel(Layout(example), None)) == 1
    monkeypatch.setenv("RAPPORT_I_DAG", "2026-11-30")
    assert check_wheel(Layout(example), None) == []


def test_unknown_category_and_missing_timing_are_errors_with_lines(example, capsys):
    path = example / WHEEL
    text = path.read_text("utf-8").replace("kategori: politisk", "kategori: politsk", 1)
    path.write_text(text.replace("    måned: 10\n", "", 1), "utf-8")
    assert run(example, "sjekk", "--format", "json") == 1
    found = [f for f in json.loads(capsys.readouterr().out)["funn"] if f["fil"] == WHEEL]
    assert {f["kode"] for f in found} == {"wheel.structure"}
    messages = {f["melding"]: f["linje"] for f in found}
    assert messages["«politsk» er ikke en av kategoriene i årshjulet."] == line_of(example, "kategori: politsk")
    assert "Aktiviteten må ha nøyaktig én av «måned», «periode» og «dato»." in messages


def test_schema_errors_point_at_the_line(example, capsys):
    path = example / WHEEL
    path.write_text(path.read_text("utf-8").replace("status: planlagt", "status: nesten", 1), "utf-8")
    assert run(example, "sjekk", "--format", "text") == 1
    expected = f"{WHEEL}:{line_of(example, 'status: nesten')}:13: feil: «nesten» er ikke en gyldig verdi"
    assert expected in capsys.readouterr().err
