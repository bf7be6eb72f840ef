"""`rapport utgivelse` on a real tagged repository: final PDF, checksums, notes; same tag, same bytes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import git
import pypdf
import pytest

from rapportlinja.base.layout import Layout
from rapportlinja.cli import main
from rapportlinja.commands import inputs
from rapportlinja.release import agendas

pytestmark = pytest.mark.slow  # builds the report end to end (pandoc, Typst, PDF)


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def tagged(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    git.Repo(example_git).create_tag("v2025.1")
    monkeypatch.chdir(example_git)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return example_git


def test_release_is_final_and_reproducible(tagged: Path) -> None:
    out = tagged / "build/utgivelse/v2025.1"
    assert main(["utgivelse"]) == 0
    first = _files(out)
    assert {"tilstandsrapport-2025.pdf", "SHA256SUMS", "UTGIVELSESNOTATER.md"} <= set(first)
    assert main(["utgivelse"]) == 0
    assert _files(out) == first  # same tag, same bytes
    subprocess.run(["sha256sum", "--check", "--quiet", "SHA256SUMS"], cwd=out, check=True)
    text = "".join(page.extract_text() for page in pypdf.PdfReader(out / "tilstandsrapport-2025.pdf").pages)
    assert "UTKAST" not in text
    assert text.count("v2025.1") >= 2  # cover and colophon
    assert "Saksbehandler Test" in text  # the «Medvirkning» appendix
    assert "@" not in text
    notes = (out / "UTGIVELSESNOTATER.md").read_text(encoding="utf-8")
    assert "(første utgivelse)" in notes and "Saksbehandler Test" in notes and "example.invalid" not in notes


def test_untagged_is_refused(
    example_git: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(example_git)
    assert main(["utgivelse"]) == 1
    assert "feil: HEAD har ingen utgivelsestagg" in capsys.readouterr().err
    assert not (example_git / "build/utgivelse").exists()


def test_dirty_is_refused(tagged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tagged / "report/ny.md").write_text("ny\n", encoding="utf-8")
    assert main(["utgivelse"]) == 1
    assert "endringer som ikke er lagret i Git" in capsys.readouterr().err


def test_agendas_for_the_coming_period(tagged: Path) -> None:
    out = tagged / "build/utgivelse/v2025.1"
    assert main(["utgivelse"]) == 0
    sums = (out / "SHA256SUMS").read_text(encoding="utf-8")
    layout = Layout(tagged)
    written = agendas.write(
        layout,
        inputs.load(layout),
        git.Repo(tagged).head.commit.committed_datetime.date(),
        tagged / "build/agendaprove",
    )
    assert written is not None
    assert written, "ingen møter de neste to månedene i eksempelet"
    for path in written:
        assert f"  {path.name}\n" in sums
