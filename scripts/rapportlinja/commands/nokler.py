"""`rapport nokler [FIL]`: write the table of YAML keys from schemas/ into the README (for developers)."""

from __future__ import annotations

from pathlib import Path

from rapportlinja.render import schemadoc


def run(readme: Path) -> int:
    print("oppdatert" if schemadoc.update(readme) else "uendret")
    return 0
