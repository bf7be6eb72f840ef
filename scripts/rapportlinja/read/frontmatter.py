"""Split a Markdown file into its YAML frontmatter and its body."""

from __future__ import annotations

from typing import NamedTuple

from rapportlinja.base.findings import Finding, error

_FENCE = "---"
_CLOSERS = ("---", "...")

EXAMPLE = "Start filen med\n---\ntittel: Om barnevernet\n…\n---"


class Split(NamedTuple):
    yaml_text: str
    yaml_first_line: int  # 1-based line of the first YAML line in the file
    body: str
    body_first_line: int


def split(text: str, rel: str) -> tuple[Split | None, list[Finding]]:
    lines = text.split("\n")
    if lines[0].rstrip() != _FENCE:
        for number, line in enumerate(lines[:30], start=1):
            if line.rstrip() == _FENCE and number > 1:
                return None, [
                    error(
                        rel,
                        1,
                        1,
                        "Frontmatter må begynne på første linje i filen.",
                        f"Flytt linjen «---» fra linje {number} helt øverst, uten noe foran.",
                        "frontmatter.not-first",
                    )
                ]
        return None, [
            error(
                rel,
                1,
                1,
                "Filen mangler frontmatter (nøkler mellom to linjer med ---).",
                EXAMPLE,
                "frontmatter.missing",
            )
        ]
    for index in range(1, len(lines)):
        if lines[index].rstrip() in _CLOSERS:
            yaml_text = "\n".join(lines[1:index])
            body = "\n".join(lines[index + 1 :])
            return Split(yaml_text, 2, body, index + 2), []
    return None, [
        error(
            rel,
            1,
            1,
            "Frontmatter er ikke avsluttet: linjen «---» på slutten mangler.",
            "Legg til en linje med bare --- etter den siste nøkkelen.",
            "frontmatter.unterminated",
        )
    ]
