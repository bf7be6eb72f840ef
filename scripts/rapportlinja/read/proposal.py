"""How the redline names the two sides of a pull request: words a union representative can read.

In CI the redline compares the default branch with the pull request's merge result. Two commit
hashes («a1b2c3d» and «arbeidskopien») tell a reviewer nothing; the pull request's title and the
branch it changes do. They come from the event file GitHub writes for the workflow
(GITHUB_EVENT_PATH); outside a pull request nothing changes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base.personal.masking import mask_found

LABELS = {
    "nb": ("hovedgrenen «{base}»", "endringsforslaget «{title}» (grenen «{head}»)"),
    "nn": ("hovudgreina «{base}»", "endringsforslaget «{title}» (greina «{head}»)"),
}
MAX_TITLE = 120


class Sides(NamedTuple):
    old: str
    new: str


def sides(env: Mapping[str, str], language: str) -> Sides | None:
    """The two sides named after the pull request in GitHub's event file; None outside a pull request."""
    try:
        event = json.loads(Path(env.get("GITHUB_EVENT_PATH", "")).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    pull = event.get("pull_request") if isinstance(event, dict) else None
    if not isinstance(pull, dict):
        return None
    title = " ".join(str(pull.get("title") or "").split())
    # The title is free text typed on GitHub: it is shown masked, as everything else in the redline.
    title = mask_found(title if len(title) <= MAX_TITLE else title[: MAX_TITLE - 1] + "…")
    head = str((pull.get("head") or {}).get("ref") or "")
    base = str((pull.get("base") or {}).get("ref") or "")
    old, new = LABELS["nn" if language == "nn" else "nb"]
    return Sides(old.format(base=base), new.format(title=title, head=head))
