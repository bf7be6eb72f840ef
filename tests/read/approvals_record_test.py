"""godkjenninger.json: stable bytes, read back as written, and refused with a Norwegian reason when it does not fit."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from rapportlinja.base.errors import UserError
from rapportlinja.read.approvals_record import Approver, Entry, Record, dumps, load

RECORD = Record(
    "roller",
    (
        Entry(
            12, "2026-03-03T14:00:00Z", "b" * 40, ("report/kapitler/02-om.md",), (Approver(None, dt.date(2026, 3, 2)),)
        ),
        Entry(
            11,
            "2026-02-12T08:00:00Z",
            "a" * 40,
            ("report/kapitler/04-bemanning.md",),
            (Approver("tillitsvalgte", dt.date(2026, 2, 11)),),
        ),
    ),
)


def test_written_and_read_back_unchanged_with_stable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "godkjenninger.json"
    path.write_text(dumps(RECORD), encoding="utf-8")
    back = load(path, "roller")
    assert sorted(back.entries) == sorted(RECORD.entries)
    assert dumps(back) == dumps(RECORD) == dumps(Record("roller", tuple(reversed(RECORD.entries))))
    assert back.newest() == "2026-03-03T14:00:00Z"


def test_joined_replaces_a_pull_request_read_again_and_within_keeps_this_history() -> None:
    again = Entry(12, "2026-03-03T14:00:00Z", "b" * 40, ("report/kapitler/02-om.md",), ())
    joined = RECORD.joined([again])
    assert [e.number for e in joined.entries] == [11, 12] and joined.entries[1].approvers == ()
    assert [e.number for e in RECORD.within(frozenset({"a" * 40})).entries] == [11]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (None, "Fant ikke godkjenningsfilen"),
        ("{ikke json", "kan ikke leses (JSONDecodeError)"),
        ('{"format": 9, "visning": "roller", "pull_requests": []}', "kan ikke leses (ValueError)"),
        ('{"format": 1, "visning": "navn", "pull_requests": []}', "viser godkjennerne som «navn»"),
    ],
)
def test_a_file_that_does_not_fit_is_refused_in_norwegian(tmp_path: Path, text: str | None, message: str) -> None:
    path = tmp_path / "godkjenninger.json"
    if text is not None:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(UserError, match=re.escape(message)):
        load(path, "roller")
