"""`rapport sjekk [STIER…]`: validate the repository, or the files given (as pre-commit passes them)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rapportlinja import layout as layout_module
from rapportlinja.checks import scope
from rapportlinja.checks.run import check_snapshot
from rapportlinja.content import repository
from rapportlinja.reporters import REPORTERS
from rapportlinja.validation.findings import has_errors, sort_key


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def run(paths: list[str], output_format: str | None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    snapshot = repository.read(layout)
    selected, missing = scope.select(layout, paths) if paths else (None, [])
    findings = sorted(missing + check_snapshot(snapshot, selected), key=sort_key)
    files_checked = scope.checked_count(layout, selected)
    output_format = output_format or default_format()
    output = REPORTERS[output_format](findings, files_checked)
    # Machine formats always go to stdout; for people, errors go to stderr.
    stream = sys.stdout if output_format != "text" or not has_errors(findings) else sys.stderr
    stream.write(output)
    return 1 if has_errors(findings) else 0
