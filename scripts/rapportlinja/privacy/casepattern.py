"""The case-ID pattern (`saksnummer.mønster` in meetings/rutine.yaml), in a language that cannot hang.

A user-written regular expression with nested quantifiers can make `re` backtrack for
ever (ReDoS), and `.*` lets any free text pass as a case ID, which defeats the point:
minutes may carry case IDs, never text about a child. Two forms are accepted:

- a template, where `Å` and `N` stand for one digit and everything else is itself:
  `BV-ÅÅÅÅ-NNN` (write other capital letters as they are; a prefix with N or Å in it
  needs the second form);
- a small subset of regular expressions, as earlier versions wrote it: `^`, `$`,
  literal characters, `\\d`, `\\.`, `\\-`, character classes like `[A-Z]` and counts
  `{3}` or `{2,4}` after a single character or class. No groups, no alternation, no
  `*`, `+`, `?` or `.`: without them nothing can nest, so matching is linear.

Either way the pattern must not match text with spaces.
"""

from __future__ import annotations

import re

_PLACEHOLDERS = frozenset("ÅN")
_META = frozenset("\\^$[]{}()*+?|.")
_ATOM = r"(?:\\[d.\-/_]|\[(?!\^)[^\]\\\s]{1,30}\]|[^\\^$\[\]{}()*+?|.\s])"
_SUBSET = re.compile(rf"\^?(?:{_ATOM}(?:\{{[0-9]{{1,2}}(?:,[0-9]{{1,2}})?\}})?)+\$?")
HINT = "Skriv mønsteret som en mal, for eksempel «BV-ÅÅÅÅ-NNN» (Å og N er sifre), eller som ^BV-\\d{4}-\\d{3}$."


class PatternError(ValueError):
    """The pattern is outside the language; the message is Norwegian."""


def _from_template(template: str) -> str:
    return "".join("[0-9]" if char in _PLACEHOLDERS else re.escape(char) for char in template)


def compile_case_pattern(text: str) -> re.Pattern[str]:
    """The pattern as a compiled expression, safe to `fullmatch` against any line."""
    text = text.strip()
    if not text or len(text) > 200:
        raise PatternError("Mønsteret for saksnummer er tomt eller for langt (høyst 200 tegn).")
    if any(char.isspace() for char in text):
        raise PatternError("Mønsteret for saksnummer kan ikke ha mellomrom: en saks-ID er ett ord, aldri fritekst.")
    if not (_META & set(text)):
        if not (_PLACEHOLDERS & set(text)):
            raise PatternError("Mønsteret for saksnummer har ingen plass til sifre (Å eller N).")
        return re.compile(_from_template(text))
    if _SUBSET.fullmatch(text) is None:
        raise PatternError(
            "Mønsteret for saksnummer bruker mer enn det enkle språket tillater "
            "(ikke grupper, |, *, +, ? eller . – de kan slippe fritekst gjennom eller henge sjekken)."
        )
    try:
        return re.compile(text)
    except re.error as exc:
        raise PatternError(f"Mønsteret for saksnummer er ikke gyldig ({exc.msg}).") from None
