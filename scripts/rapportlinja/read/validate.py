"""Validate data against a schema and point each violation at its line and column."""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError

from rapportlinja.base import yamldoc
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.suggest import closest
from rapportlinja.read import schema_messages, schemas


def validate(kind: str, data: Any, nodes: Any, rel: str, first_line: int) -> list[Finding]:
    findings = []
    leaves = [leaf for violation in schemas.validator(kind).iter_errors(data) for leaf in _leaves(violation)]
    misspelled = _misspelled(leaves)
    for leaf in leaves:
        if leaf.validator == "additionalProperties":
            findings.extend(_unknown_keys(leaf, nodes, rel, first_line))
            continue
        if leaf.validator == "required" and _missing(leaf) in misspelled.get(tuple(leaf.absolute_path), set()):
            continue  # «titel» is reported once, as unknown with «Mente du «tittel»?», not also as missing
        text, hint = schema_messages.message(leaf)
        line, column = _locate(leaf, nodes, first_line)
        findings.append(error(rel, line, column, text, hint, f"schema.{leaf.validator}"))
    return findings


def _allowed(violation: ValidationError) -> list[str]:
    return list(violation.schema.get("properties", {})) if isinstance(violation.schema, dict) else []


def _misspelled(leaves: list[ValidationError]) -> dict[tuple[Any, ...], set[str]]:
    """Per mapping, the known keys that its unknown keys look like misspellings of."""
    found: dict[tuple[Any, ...], set[str]] = {}
    for leaf in leaves:
        if leaf.validator == "additionalProperties" and isinstance(leaf.instance, dict):
            allowed = _allowed(leaf)
            guesses = {closest(str(key), allowed) for key in leaf.instance if key not in allowed}
            found.setdefault(tuple(leaf.absolute_path), set()).update(g for g in guesses if g)
    return found


def _missing(violation: ValidationError) -> str:
    """The one key a «required» violation is about (jsonschema names it only in its message)."""
    parts = violation.message.split("'")
    return parts[1] if len(parts) > 2 else ""


def _unknown_keys(violation: ValidationError, nodes: Any, rel: str, first_line: int) -> list[Finding]:
    allowed = _allowed(violation)
    path = tuple(violation.absolute_path)
    findings = []
    for key in violation.instance:
        if key not in allowed:
            line, column = yamldoc.key_position(nodes, (*path, key), first_line)
            findings.append(
                error(rel, line, column, *schema_messages.unknown_key(key, allowed), "schema.additionalProperties")
            )
    return findings


def _leaves(violation: ValidationError) -> list[ValidationError]:
    """The specific errors behind a combined one (if/then, anyOf), not the umbrella."""
    if violation.context:
        return [leaf for sub in violation.context for leaf in _leaves(sub)]
    return [violation]


def _locate(violation: ValidationError, nodes: Any, first_line: int) -> tuple[int, int]:
    path = tuple(violation.absolute_path)
    if violation.validator in ("required", "dependentRequired") and path:
        return yamldoc.key_position(nodes, path, first_line)
    if violation.validator in ("required", "dependentRequired"):
        return first_line, 1
    return yamldoc.position(nodes, path, first_line)
