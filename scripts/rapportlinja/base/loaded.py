"""A parsed input file as a record: its data, the YAML positions, and what was found reading it.

In base because the domain rules (wheel, routine, survey checks) take it as their input.
"""

from __future__ import annotations

from typing import Any, NamedTuple

from rapportlinja.base.findings import Finding, has_errors


class Loaded(NamedTuple):
    """A parsed file: its data (None if unreadable), positions, and what was found."""

    rel: str
    data: Any
    nodes: Any
    findings: list[Finding]
    body: str = ""
    body_first_line: int = 1
    yaml_first_line: int = 1

    @property
    def ok(self) -> bool:
        return self.data is not None and not has_errors(self.findings)
