"""Nothing that is not public reaches the web edition: plant a marker everywhere else, build, search every file."""

from __future__ import annotations

from pathlib import Path

import git
import pytest

from tests.meetings.helpers import BL, run
from tests.pipeline.scan_test import MARKER, every_byte, plant
from tests.render.website_helpers import build, commit

pytestmark = pytest.mark.slow  # builds documents end to end

MINUTES = f"meetings/{BL}/2026-11-10.md"


def plant_everywhere(root: Path) -> None:
    plant(root)  # minutes, the routine, a chapter outside the order
    minutes = root / MINUTES  # and an action the next agenda carries forward
    text = minutes.read_text("utf-8").replace("  - hva: Lage rutine", f"  - hva: {MARKER} Lage rutine", 1)
    minutes.write_text(text, "utf-8")
    commit(root, "Første utgave", tag="v2025.1")
    chapter = root / "report/kapitler/08-utfordringsbildet.md"
    chapter.write_text(chapter.read_text("utf-8") + "\nEn ny setning i et offentlig kapittel.\n", "utf-8")
    commit(root, f"Oppdatert etter møte om sak {MARKER}", tag="v2025.2")


def published(site: Path) -> dict[str, str]:
    texts = {}
    for path in sorted(p for p in site.rglob("*") if p.is_file()):
        texts[path.relative_to(site).as_posix()] = (
            every_byte(path) if path.suffix == ".pdf" else path.read_bytes().decode("utf-8", errors="replace")
        )
    return texts


def test_the_marker_reaches_no_published_file(example_git: Path) -> None:
    plant_everywhere(example_git)
    assert MARKER in git.Repo(example_git).head.commit.message
    # The marker does reach the internal documents, so a search that finds nothing means something.
    assert run(example_git, "agenda", BL, "--dato", "2026-12-08") == 0
    assert MARKER in (example_git / f"build/agenda/{BL}/2026-12-08.md").read_text("utf-8")
    files = published(build(example_git))
    assert {"index.html", "nytt.html", "tilstandsrapport-2025.pdf", "SHA256SUMS"} <= set(files)
    assert "Utfordringsbildet" in files["nytt.html"]  # the release that carries the marked commit is described
    assert "Innhold" in files["tilstandsrapport-2025.pdf"]  # the PDF search does see the text
    wide = MARKER.encode("utf-16-be").decode("latin-1")  # PDF text strings may be UTF-16
    leaks = [name for name, text in files.items() if MARKER in text or wide in text]
    assert not leaks
    paths = [name for name, text in files.items() if str(example_git) in text or "/build/" in text]
    assert not paths  # no build or repository path either
    names = [name for name, text in files.items() if "Saksbehandler Test" in text and not name.endswith(".pdf")]
    assert not names  # nor the Git author (the PDF's «Medvirkning» follows the edition's own setting)
