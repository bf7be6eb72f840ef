"""A Norwegian message for each JSON Schema keyword we use."""

from __future__ import annotations

from typing import Any

from jsonschema.exceptions import ValidationError

from rapportlinja.base.personal.masking import UserText
from rapportlinja.base.suggest import did_you_mean

_TYPE_NAMES = {
    "string": "en tekst",
    "integer": "et heltall",
    "number": "et tall",
    "boolean": "ja eller nei (true/false)",
    "array": "en liste (linjer som starter med «- »)",
    "object": "nøkler med verdier (nøkkel: verdi)",
    "null": "tom",
}

DATE_HINT = "Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-12-01."


def describe(value: Any) -> str:
    if value is None:
        return "tom verdi"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return _TYPE_NAMES["object" if isinstance(value, dict) else "array"]
    return f"«{UserText(str(value))}»"


def field_name(error: ValidationError) -> str:
    for step in reversed(error.absolute_path):
        if isinstance(step, str):
            return step
    return "filen"


def message(error: ValidationError) -> tuple[str, str | None]:
    """Norwegian (message, hint) for one schema violation."""
    keyword = error.validator
    name = field_name(error)
    value = error.instance
    rule: Any = error.validator_value
    schema = error.schema if isinstance(error.schema, dict) else {}
    hint = schema.get("x-hint")
    if keyword == "required":
        missing = error.message.split("'")[1]
        title = _property_title(schema, missing)
        return f"Mangler nøkkelen «{missing}»{title}.", f"Legg til en linje: {missing}: …"
    if keyword == "type":
        wanted = rule if isinstance(rule, str) else rule[0]
        return f"«{name}» skal være {_TYPE_NAMES.get(wanted, wanted)}, men er {describe(value)}.", hint
    if keyword == "enum":
        choices = ", ".join(str(c) for c in rule)
        return (
            f"{describe(value)} er ikke en gyldig verdi for «{name}». Gyldige verdier: {choices}.",
            did_you_mean(str(value), [str(c) for c in rule]) or hint,
        )
    if keyword == "const":
        return f"«{name}» skal være «{rule}», men er {describe(value)}.", hint
    if keyword == "format" and rule == "date":
        return f"{describe(value)} er ikke en gyldig dato i «{name}».", DATE_HINT
    if keyword == "format":
        return f"{describe(value)} har feil format for «{name}» ({rule}).", hint
    if keyword == "pattern":
        return f"{describe(value)} har feil form for «{name}».", hint
    if keyword == "minLength":
        return f"«{name}» kan ikke være tom.", hint
    if keyword == "maxLength":
        return f"«{name}» er for lang: høyst {rule} tegn.", hint
    if keyword in ("minimum", "maximum"):
        limit = "minst" if keyword == "minimum" else "høyst"
        return f"«{name}» skal være {limit} {rule}, men er {describe(value)}.", hint
    if keyword == "minItems":
        return f"«{name}» må ha minst {rule} element.", hint
    if keyword == "maxItems":
        return f"«{name}» kan ha høyst {rule} element.", hint
    if keyword == "uniqueItems":
        return f"«{name}» har det samme elementet flere ganger.", "Slett duplikatet."
    if keyword == "dependentRequired":
        present = [k for k in rule if isinstance(value, dict) and k in value]
        needed = [str(r) for k in present for r in rule[k]]
        return f"Når «{present[0] if present else name}» er satt, må også «{', '.join(needed)}» settes.", hint
    if keyword == "not":
        return f"{describe(value)} er ikke tillatt i «{name}».", hint
    return f"Verdien i «{name}» er ugyldig ({keyword}).", hint


def unknown_key(key: str, allowed: list[str]) -> tuple[str, str]:
    return f"Ukjent nøkkel «{UserText(key)}».", did_you_mean(key, allowed) or "Gyldige nøkler: " + ", ".join(
        allowed
    ) + "."


def _property_title(schema: dict[str, Any], key: str) -> str:
    title = schema.get("properties", {}).get(key, {}).get("title")
    return f" ({title})" if title else ""
