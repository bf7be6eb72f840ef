"""Findings: what a check reports, with where it is and what to do about it."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Severity(StrEnum):
    ERROR = "feil"
    WARNING = "advarsel"
    # Advice that never blocks and is not counted as a warning (readability, klarspråk): shown after the
    # verdict, as GitHub notices, and in JSON under «merknader», apart from the findings that need action.
    NOTE = "merknad"


class Finding(NamedTuple):
    path: str  # repository-relative, POSIX separators
    line: int  # 1-based; 0 when the finding is about the whole file
    column: int  # 1-based; 0 when unknown
    severity: Severity
    message: str
    hint: str | None = None
    code: str = ""  # stable identifier, e.g. "schema.required"

    @property
    def location(self) -> str:
        if self.line and self.column:
            return f"{self.path}:{self.line}:{self.column}"
        if self.line:
            return f"{self.path}:{self.line}"
        return self.path


def error(path: str, line: int, column: int, message: str, hint: str | None = None, code: str = "") -> Finding:
    return Finding(path, line, column, Severity.ERROR, message, hint, code)


def warning(path: str, line: int, column: int, message: str, hint: str | None = None, code: str = "") -> Finding:
    return Finding(path, line, column, Severity.WARNING, message, hint, code)


def note(path: str, line: int, column: int, message: str, hint: str | None = None, code: str = "") -> Finding:
    return Finding(path, line, column, Severity.NOTE, message, hint, code)


def is_note(finding: Finding) -> bool:
    return finding.severity is Severity.NOTE


def has_errors(findings: list[Finding]) -> bool:
    return any(f.severity is Severity.ERROR for f in findings)


def sort_key(finding: Finding) -> tuple[str, int, int, str]:
    return (finding.path, finding.line, finding.column, finding.message)
