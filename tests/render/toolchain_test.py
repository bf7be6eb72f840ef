"""The versions the colophon and the release notes name are the programs' own."""

from __future__ import annotations

import re
import subprocess

import pypandoc

from rapportlinja import __version__
from rapportlinja.render import toolchain

VERSION = re.compile(r"^[0-9]+(\.[0-9]+)+$")


def test_each_program_is_asked_itself() -> None:
    versions = toolchain.versions()
    assert versions.rapportlinja == __version__
    # pandoc's first line of --version, from the binary the build runs
    first_line = subprocess.run(
        [pypandoc.get_pandoc_path(), "--version"], capture_output=True, text=True, check=True
    ).stdout.splitlines()[0]
    assert first_line == f"pandoc {versions.pandoc}"
    assert VERSION.match(versions.typst), versions.typst  # Typst's sys.version, not the Python package's
    assert versions.text() == f"Rapportlinja {__version__}, pandoc {versions.pandoc}, Typst {versions.typst}"
