"""The one clock: its order of sources, and that nothing else in the package reads the wall clock."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path

import pytest

from rapportlinja.base import clock
from rapportlinja.base.errors import UserError

PACKAGE = Path(clock.__file__).resolve().parents[1]

# Calls that read the wall clock. Measuring a duration (time.monotonic, perf_counter) is not reading the day.
WALL_CLOCK = {("date", "today"), ("datetime", "now"), ("datetime", "today"), ("datetime", "utcnow"), ("time", "time")}


def test_the_environment_sets_the_day(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT, "2031-02-28")
    assert clock.today() == dt.date(2031, 2, 28)


def test_the_command_line_wins_over_the_environment(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT, "2031-02-28")
    clock.set_today(dt.date(2029, 3, 15))
    assert clock.today() == dt.date(2029, 3, 15)
    clock.set_today(None)
    assert clock.today() == dt.date(2031, 2, 28)


def test_without_a_chosen_day_the_day_is_norways(monkeypatch):
    monkeypatch.delenv(clock.ENVIRONMENT)
    assert clock.today() == dt.datetime.now(clock.NORWAY).date()


def test_a_chosen_day_also_fixes_the_build_time(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT, "2035-12-31")
    assert dt.datetime.fromtimestamp(clock.now_epoch(), clock.NORWAY).date() == dt.date(2035, 12, 31)


def test_a_day_that_is_not_a_date_is_a_norwegian_error(monkeypatch):
    monkeypatch.setenv(clock.ENVIRONMENT, "15.06.2026")
    with pytest.raises(UserError) as raised:
        clock.today()
    assert clock.ENVIRONMENT in raised.value.message and "ÅÅÅÅ-MM-DD" in (raised.value.hint or "")


def _wall_clock_reads(source: str) -> list[int]:
    lines = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = node.func.value
            name = owner.attr if isinstance(owner, ast.Attribute) else getattr(owner, "id", "")
            if (name, node.func.attr) in WALL_CLOCK:
                lines.append(node.lineno)
    return lines


def test_the_finder_sees_every_way_of_writing_a_wall_clock_read():
    source = "import datetime as dt, time\ndt.date.today()\ndt.datetime.now(tz)\ntime.time()\ndatetime.utcnow()\n"
    assert _wall_clock_reads(source) == [2, 3, 4, 5]


def test_only_the_clock_reads_the_wall_clock():
    found = {
        str(path.relative_to(PACKAGE)): lines
        for path in sorted(PACKAGE.rglob("*.py"))
        if path.name != "clock.py" and (lines := _wall_clock_reads(path.read_text(encoding="utf-8")))
    }
    assert found == {}, "Les dagen fra rapportlinja.base.clock: " + repr(found)
