"""Faults of the machine, not of the content: a full disk or a folder we may not write, in Norwegian.

`atomic` turns its own failures into these messages; the CLI's error handler uses the same
translation for any other write (a temporary folder under build/, pandoc's cache), so the user
never sees «intern feil» for a disk that is full or a checkout that is read-only.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from rapportlinja.base.errors import UserError

FULL = frozenset({errno.ENOSPC, errno.EDQUOT})
DENIED = frozenset({errno.EACCES, errno.EROFS, errno.EPERM})
_MARKER = "report/rapport.yaml"  # what layout.find looks for; not imported, since layout imports this layer's errors


class MachineFault(UserError, OSError):
    """A UserError that is still an OSError, so code that shrugs off a failed optional write
    (the check's cache in a read-only checkout) keeps doing so."""

    def __init__(self, error: OSError, message: str, hint: str) -> None:
        UserError.__init__(self, message, hint)
        self.errno = error.errno


def as_user_error(error: OSError, path: Path | None = None) -> MachineFault | None:
    """The Norwegian message for a full disk or a denied write; None for any other OSError."""
    target = path if path is not None else _filename(error)
    if error.errno in FULL:
        return MachineFault(
            error,
            f"Disken er full, så {shown(target)} ble ikke skrevet ferdig (ingen halvskrevet fil er latt igjen).",
            "Frigjør plass på disken (for eksempel ved å slette gamle filer i build/) og prøv igjen.",
        )
    if error.errno in DENIED:
        folder = target.parent if target is not None and not target.is_dir() else target
        if error.errno == errno.EROFS:
            return MachineFault(
                error,
                f"Kan ikke skrive i mappen {shown(folder)}: den ligger på en skrivebeskyttet disk.",
                "Kjør kommandoen i en kopi av repositoriet på en disk du kan skrive til.",
            )
        return MachineFault(
            error,
            f"Har ikke lov til å skrive i mappen {shown(folder)}: den er skrivebeskyttet for deg.",
            "Gi deg selv skrivetilgang til mappen (for eksempel «chmod u+w» på den) eller kjør kommandoen "
            "i en kopi du kan skrive i.",
        )
    return None


def _filename(error: OSError) -> Path | None:
    name = error.filename
    return Path(os.fsdecode(name)) if isinstance(name, str | bytes) else None


def shown(path: Path | None) -> str:
    """`path` relative to the report repository holding it (as findings show files), else as given."""
    if path is None:
        return "(ukjent sti)"
    absolute = Path(os.path.abspath(path))
    for folder in (absolute, *absolute.parents):
        if (folder / _MARKER).is_file():
            return absolute.relative_to(folder).as_posix() or "."
    return absolute.as_posix()
