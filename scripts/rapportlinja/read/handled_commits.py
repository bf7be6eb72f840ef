"""report/behandlede-commits.yaml: commits whose message or author carried personal data and cannot be rewritten.

Once such a commit is on the default branch, rulesets block the force push that rewriting would
need, and a browser user cannot rewrite anything at all. The reviewed list records that the commit
was handled: history.read_commits hides its message and author from everything downstream (the
«Medvirkning» appendix, the release notes, the privacy check), so the text is never shown again
and later checks pass.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.findings import Finding
from rapportlinja.read.documents import load_yaml_file

HANDLED_FILE = "report/behandlede-commits.yaml"
KIND = "behandlede-commits"
_SHA = re.compile(r"^[0-9a-f]{40}$")


class Handled(NamedTuple):
    shas: frozenset[str]
    findings: list[Finding]  # the file's own errors (schema, YAML), for `rapport sjekk`


def read(root: Path) -> Handled:
    """The listed SHAs; an entry with a well-formed SHA counts even if another entry is broken."""
    path = root / HANDLED_FILE
    if not path.exists():
        return Handled(frozenset(), [])
    loaded = load_yaml_file(path, HANDLED_FILE, KIND)
    data = loaded.data if isinstance(loaded.data, dict) else {}
    entries = data.get("behandlet")
    shas = {
        str(entry["commit"]).strip()
        for entry in (entries if isinstance(entries, list) else [])
        if isinstance(entry, dict) and isinstance(entry.get("commit"), str) and _SHA.match(entry["commit"].strip())
    }
    return Handled(frozenset(shas), loaded.findings)
