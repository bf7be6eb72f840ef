"""The README's table of keys, generated from the JSON Schemas so the two never disagree.

Run `rapport nokler README.md` after changing a schema; a test fails
while the README is out of step.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

from rapportlinja.base import atomic
from rapportlinja.read import schemas

BEGIN = "<!-- nøkler: start (lages fra schemas/ med `rapport nokler README.md`) -->"
END = "<!-- nøkler: slutt -->"


def schema_kinds() -> list[str]:
    folder = resources.files("rapportlinja").joinpath("schemas")
    return sorted(p.name.removesuffix(".schema.json") for p in folder.iterdir() if p.name.endswith(".schema.json"))


def section() -> str:
    parts = []
    for kind in schema_kinds():
        schema = schemas.schema(kind)
        parts += [
            f"### {schema['title']}",
            "",
            schema.get("description", ""),
            "",
            "| Nøkkel | Påkrevd | Verdi | Forklaring |",
            "|---|---|---|---|",
        ]
        parts += _rows(schema, "")
        parts.append("")
    return "\n".join(parts)


def _rows(schema: dict[str, Any], prefix: str) -> list[str]:
    rows = []
    required = set(schema.get("required", []))
    for key, prop in schema.get("properties", {}).items():
        name = f"{prefix}{key}"
        rows.append(
            f"| `{name}` | {'ja' if key in required else 'nei'} | {_value(prop)} | "
            f"{prop.get('description', prop.get('title', ''))} |"
        )
        if prop.get("type") == "object":
            rows += _rows(prop, f"{name}.")
        items = prop.get("items", {})
        if isinstance(items, dict) and items.get("type") == "object":
            rows += _rows(items, f"{name}[].")
    return rows


def _value(prop: dict[str, Any]) -> str:
    if "enum" in prop:
        return " / ".join(f"`{v}`" for v in prop["enum"])
    if prop.get("format") == "date":
        return "dato (ÅÅÅÅ-MM-DD)"
    names = {
        "string": "tekst",
        "integer": "heltall",
        "number": "tall",
        "boolean": "true/false",
        "array": "liste",
        "object": "nøkler",
    }
    kind = prop.get("type", "")
    if isinstance(kind, list):
        return " eller ".join(names.get(str(k), str(k)) for k in kind)
    if kind == "array" and isinstance(prop.get("items"), dict) and prop["items"].get("type") == "string":
        return "liste med tekst"
    return names.get(kind, str(kind))


def update(readme: Path) -> bool:
    """Rewrite the generated part of `readme`; True if it changed."""
    text = readme.read_text("utf-8")
    start, end = text.index(BEGIN) + len(BEGIN), text.index(END)
    new = text[:start] + "\n\n" + section() + "\n" + text[end:]
    if new != text:
        atomic.write_text(readme, new)
    return new != text


def current(readme: Path) -> str:
    text = readme.read_text("utf-8")
    return text[text.index(BEGIN) + len(BEGIN) : text.index(END)].strip()
