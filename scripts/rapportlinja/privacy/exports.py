"""A raw Microsoft Forms export is refused anywhere in the repository.

The export holds every answer row with IDs, times and perhaps names; only its sums may
be committed (`rapport undersokelse importer` writes them). It is recognised by its
columns, in Norwegian or English, or as a spreadsheet file at all: no spreadsheet belongs
under report/ or meetings/.
"""

from __future__ import annotations

SPREADSHEET_SUFFIXES = frozenset({".xlsx", ".xlsm", ".xls", ".ods"})
# Forms' own columns: at least two of them in the first line make it an export.
_FORMS_COLUMNS = frozenset(
    {
        "id",
        "starttidspunkt",
        "fullføringstidspunkt",
        "e-postadresse",
        "e-post",
        "navn",
        "tidspunkt for siste endring",
        "start time",
        "completion time",
        "email",
        "name",
        "last modified time",
    }
)


def looks_like_forms_export(first_line: str) -> bool:
    """True when a CSV's heading line has at least two of Forms' own columns."""
    delimiter = max(";,\t", key=first_line.count)
    cells = {cell.strip().strip('"').strip().lower() for cell in first_line.split(delimiter)}
    return len(cells & _FORMS_COLUMNS) >= 2
