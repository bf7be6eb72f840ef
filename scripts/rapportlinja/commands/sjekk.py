"""`rapport sjekk [STIER…]`: validate the repository, or the files given (as pre-commit passes them)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from rapportlinja.base import findings_text
from rapportlinja.base import layout as layout_module
from rapportlinja.base.findings import has_errors, sort_key
from rapportlinja.checks import privacy_files, scope
from rapportlinja.checks.run import check_repository
from rapportlinja.read.repository import open_repository, read_language
from rapportlinja.reporters import REPORTERS, github


def default_format() -> str:
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def run(paths: list[str], output_format: str | None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    selected, missing = scope.select(layout, paths) if paths else (None, [])
    # Links are refused before anything is read: a linked file or folder is never followed.
    findings = privacy_files.confinement_findings(layout)
    if findings:
        files_checked = len({f.path for f in findings})
    else:
        with open_repository(layout) as repo:
            findings = sorted(missing + check_repository(repo, selected), key=sort_key)
        files_checked = scope.checked_count(layout, selected)
    output_format = output_format or default_format()
    # People read the text in the report's målform; tools read the same bytes whatever it is.
    output = (
        findings_text.render(findings, files_checked, read_language(layout))
        if output_format == "text"
        else REPORTERS[output_format](findings, files_checked)
    )
    # Machine formats always go to stdout; for people, errors go to stderr.
    stream = sys.stdout if output_format != "text" or not has_errors(findings) else sys.stderr
    stream.write(output)
    summary_file = os.environ.get("GITHUB_STEP_SUMMARY")
    if output_format == "github" and summary_file:
        with Path(summary_file).open("a", encoding="utf-8") as handle:
            handle.write(github.summary(findings, files_checked))
    return 1 if has_errors(findings) else 0
