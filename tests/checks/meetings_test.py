"""`rapport sjekk` on minutes and the routine: Norwegian messages with file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.meetings.helpers import BL, KD, run

GOOD = """---
linje: {line}
dato: {date}
deltakere:
  - barnevernleder
  - kommunalsjef barn og familie
klassifisering: intern
temaer:
  - tema: Mediesaker
saker:
  - BV-2026-050
{extra}---

Kort referat.
"""


def minutes(root: Path, folder: str, name: str, line: str = BL, date: str = "2026-12-08", extra: str = "") -> str:
    rel = f"meetings/{folder}/{name}"
    (root / rel).parent.mkdir(parents=True, exist_ok=True)
    (root / rel).write_text(GOOD.format(line=line, date=date, extra=extra), encoding="utf-8")
    return rel


def check(root: Path, capsys: pytest.CaptureFixture[str], *paths: str) -> tuple[int, str]:
    code = run(root, "sjekk", *paths)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


def test_repository_example_is_clean(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out = check(example, capsys, *[str(p) for p in (example / "meetings").rglob("*.*")])
    assert code == 0, out


def test_good_minutes_pass(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert check(example, capsys, minutes(example, BL, "2026-12-08.md"))[0] == 0


def test_date_must_match_file_name(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(example, BL, "2026-12-09.md")
    code, out = check(example, capsys, rel)
    assert code == 1
    assert f"{rel}:3:7: feil: Datoen 2026-12-08 stemmer ikke med filnavnet 2026-12-09.md." in out


def test_file_name_must_be_a_date(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(example, BL, "desember.md")
    code, out = check(example, capsys, rel)
    assert code == 1 and "Filnavnet til et referat skal være møtedatoen, ÅÅÅÅ-MM-DD.md." in out


def test_unknown_line_folder(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(example, "barnevernleder-kommunalsjf", "2026-12-08.md")
    code, out = check(example, capsys, rel)
    assert code == 1
    assert f"{rel}: feil: Mappen «barnevernleder-kommunalsjf» er ikke en linje i meetings/rutine.yaml." in out
    assert "Mente du «barnevernleder-kommunalsjef»?" in out


def test_line_key_must_match_folder(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(example, BL, "2026-12-08.md", line=KD)
    code, out = check(example, capsys, rel)
    assert code == 1 and f"{rel}:2:8: feil: «linje» er «{KD}», men referatet ligger i mappen «{BL}»." in out


def test_free_text_in_case_references_is_refused_and_not_repeated(
    example: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rel = minutes(example, BL, "2026-12-08.md")
    path = example / rel
    path.write_text(
        path.read_text("utf-8").replace("  - BV-2026-050\n", "  - BV-2026-050\n  - Gutt 14 år, skolevegring\n"),
        encoding="utf-8",
    )
    code, out = check(example, capsys, rel)
    assert code == 1
    assert f"{rel}:12:5: feil: Punkt 2 i «saker» er ikke en saks-ID." in out
    assert "Skriv bare ID-koden, for eksempel BV-2026-014." in out
    assert "skolevegring" not in out


def test_actions_need_a_role_and_a_due_date(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(example, BL, "2026-12-08.md", extra="oppfølging:\n  - hva: Lage plan.\n    status: åpen\n")
    code, out = check(example, capsys, rel)
    assert code == 1
    assert f"{rel}:13:5: feil: Mangler nøkkelen «ansvarlig» (Ansvarlig)." in out
    assert f"{rel}:13:5: feil: Mangler nøkkelen «frist» (Frist)." in out


def test_top_line_cannot_escalate(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(
        example,
        KD,
        "2027-01-27.md",
        line=KD,
        date="2027-01-27",
        extra="til_neste_linje:\n  - tekst: Noe å melde opp.\n",
    )
    code, out = check(example, capsys, rel)
    assert code == 1
    assert f"{rel}:13:5: feil: Linjen «{KD}» har ingen linje over å melde opp til." in out


def test_unknown_topic_is_a_warning_with_a_suggestion(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rel = minutes(example, BL, "2026-12-08.md")
    path = example / rel
    path.write_text(path.read_text("utf-8").replace("tema: Mediesaker", "tema: Mediasaker"), encoding="utf-8")
    code, out = check(example, capsys, rel)
    assert code == 0
    assert f"{rel}:9:11: advarsel: Fant ikke temaet «Mediasaker» i rutinen for linjen «{BL}»." in out


def test_routine_errors_point_at_the_line(example: Path, capsys: pytest.CaptureFixture[str]) -> None:
    routine = example / "meetings" / "rutine.yaml"
    routine.write_text(
        routine.read_text("utf-8").replace(
            "rapporterer_til: kommunalsjef-kommunaldirektor", "rapporterer_til: kommunalsjef"
        ),
        encoding="utf-8",
    )
    code, out = check(example, capsys)
    assert code == 1
    assert "meetings/rutine.yaml:27:22: feil: «kommunalsjef» er ikke en annen linje i rutinen." in out
    assert run(example, "agenda", BL) == 1
