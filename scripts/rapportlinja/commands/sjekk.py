"""`rapport sjekk [STIER…]`: validate the repository, or the files given (as pre-commit passes them)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rapportlinja import layout as layout_module
from rapportlinja.checks import privacy_files
from rapportlinja.checks.run import check_snapshot
from rapportlinja.content import repository
from rapportlinja.meetings.archive import meeting_files
from rapportlinja.reporters import REPORTERS
from rapportlinja.validation.findings import has_errors


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def run(paths: list[str], output_format: str | None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    selected = {layout.rel(Path(p)) for p in paths} if paths else None
    # Links are refused before anything is read: a linked file or folder is never followed.
    findings = privacy_files.confinement_findings(layout)
    if findings:
        files_checked = len({f.path for f in findings})
    else:
        snapshot = repository.read(layout)
        findings = check_snapshot(snapshot, selected)
        files_checked = len(selected) if selected is not None else 1 + len(snapshot.chapters) + meeting_files(layout)
    output_format = output_format or default_format()
    output = REPORTERS[output_format](findings, files_checked)
    # Machine formats always go to stdout; for people, errors go to stderr.
    stream = sys.stdout if output_format != "text" or not has_errors(findings) else sys.stderr
    stream.write(output)
    return 1 if has_errors(findings) else 0
