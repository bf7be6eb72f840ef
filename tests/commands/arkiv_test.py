"""`rapport arkiv`: the released edition, byte for byte, with an arkivmelding.xml that Fiks Arkiv accepts."""

from __future__ import annotations

import hashlib
from pathlib import Path

import git
import pytest

from rapportlinja.cli import main
from tests.conftest import approve_all
from tests.fiksarkiv import NS, parsed, text

pytestmark = pytest.mark.slow  # builds the release end to end (pandoc, Typst, PDF)


@pytest.fixture
def tagged(example_git: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    repo = git.Repo(example_git)
    approve_all(example_git)
    repo.git.add(A=True)
    repo.git.commit(m="Alle kapitler godkjent")
    repo.create_tag("v2025.1")
    monkeypatch.chdir(example_git)
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    return example_git


def test_release_is_filed_with_the_released_bytes(tagged: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["arkiv"]) == 1  # nothing released yet: it says what to run first
    assert "rapport utgivelse" in capsys.readouterr().err
    assert main(["utgivelse"]) == 0
    assert main(["arkiv"]) == 0
    released = (tagged / "build/utgivelse/v2025.1/tilstandsrapport-2025.pdf").read_bytes()
    out = tagged / "build/arkiv/utgivelse/v2025.1"
    assert (out / "tilstandsrapport-2025.pdf").read_bytes() == released
    digest = hashlib.sha256(released).hexdigest()
    assert f"{digest}  tilstandsrapport-2025.pdf" in (tagged / "build/utgivelse/v2025.1/SHA256SUMS").read_text()
    message = parsed((out / "arkivmelding.xml").read_bytes())
    assert text(message, "//a:dokumentobjekt/a:sjekksum") == digest
    assert text(message, "//a:registrering/a:tittel") == "Tilstandsrapport for barnevernstjenesten 2025, utgave v2025.1"
    assert text(message, "//a:mappe/a:saksaar") == "2025"
    assert text(message, "//a:mappe/a:saksansvarlig/m:navn") == "barnevernleder"
    assert not message.xpath("//a:skjerming", namespaces=NS)  # the report is public
