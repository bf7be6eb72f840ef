"""Frontmatter and YAML changes as plain sentences: «status: utkast → til gjennomgang»."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from rapportlinja.review.words import words


def sentences(old: Mapping[str, Any] | None, new: Mapping[str, Any] | None, language: str) -> list[str]:
    """One sentence per key that was added, removed or changed, in the order of the new file."""
    old, new = old or {}, new or {}
    said = words(language)
    result = []
    for key in [*new.keys(), *[k for k in old if k not in new]]:
        before, after = old.get(key), new.get(key)
        if key in old and key in new and before == after:
            continue
        left = value_text(before, language) if key in old else said["new_value"]
        right = value_text(after, language) if key in new else said["removed_value"]
        result.append(f"{key}: {left} → {right}")
    return result


def value_text(value: Any, language: str) -> str:
    """A YAML value as a person would say it: lists with commas, dates as written."""
    if isinstance(value, bool):
        return words(language)["yes" if value else "no"]
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return "; ".join(f"{k}: {value_text(v, language)}" for k, v in value.items()) or "–"
    if isinstance(value, list | tuple):
        return ", ".join(value_text(v, language) for v in value) or "–"
    if value is None:
        return "–"
    return str(value)
