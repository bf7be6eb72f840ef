"""`rapport status [--format tekst|markdown|json] [--ut FIL]`: the year at a glance.

Reads what `rapport sjekk` reads and refuses on the same errors, so the board never shows a state the
gate would not accept. Chapters come from the edition, deadlines from the annual wheel, the meeting
lines from the routine and the minutes, and open items from meetings/registre.yaml.
"""

from __future__ import annotations

from pathlib import Path

from rapportlinja.base import atomic
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.pipeline import inputs
from rapportlinja.read.repository import open_repository
from rapportlinja.status import render


def run(form: str = "tekst", out: Path | None = None, root: Path | None = None) -> int:
    layout = layout_module.find(root)
    with open_repository(layout) as repo:
        built = inputs.read_year(repo, "Statustavlen ble ikke laget.").board
    written = render.render(built, form)
    if out is None:
        print(written, end="")
        return 0
    target = out if out.is_absolute() else Path.cwd() / out
    if not layout.inside(target):
        raise UserError(
            f"{out} ligger utenfor repositoriet.", "Skriv statustavlen til en fil i repositoriet, for eksempel build/."
        )
    atomic.write_text(target, written)
    print(layout.rel(target))
    return 0
