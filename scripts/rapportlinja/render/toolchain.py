"""The versions of the programs that make a document: this tool, pandoc and Typst.

The colophon and the release notes name them, so that whoever rebuilds an edition from its tag knows
which three must match for the same bytes. Each program is asked itself (pandoc's `--version`, Typst's
own `sys.version`), not the Python packages that carry them: a package's version is not its program's.
"""

from __future__ import annotations

import functools
import json
from typing import NamedTuple

from rapportlinja import __version__


class Versions(NamedTuple):
    rapportlinja: str
    pandoc: str
    typst: str

    def text(self) -> str:
        """«Rapportlinja 0.1.0, pandoc 3.9, Typst 0.15.1»: names and numbers, the same in bokmål and nynorsk."""
        return f"Rapportlinja {self.rapportlinja}, pandoc {self.pandoc}, Typst {self.typst}"


@functools.cache
def versions() -> Versions:
    import pypandoc  # here, not at the top: its import costs 0.1 s, and `rapport sjekk` never needs it
    import typst

    # Typst evaluates the expression in an empty document: the compiler's version as it reports it.
    typst_version = json.loads(typst.eval(b"", "str(sys.version)"))
    return Versions(__version__, str(pypandoc.get_pandoc_version()), str(typst_version))
