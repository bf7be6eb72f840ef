"""A difference between GitHub's preview and the PDF, said in Norwegian with what to write instead.

`preview.differences` finds where the two readings differ; here each becomes a finding: what the
PDF shows that GitHub does not (markup printed as text), or the other way (text the PDF drops),
and a hint chosen by the characters involved, so that the writer can make both agree.
"""

from __future__ import annotations

from rapportlinja.base.findings import Finding, error
from rapportlinja.checks.preview import MARK, Difference

CODE = "markup.preview-differs"
_SHOWN = 40  # characters of the differing text quoted in the message

_NAMES = {
    "li": "et listepunkt",
    "q": "et sitat",
    "hr": "en skillelinje",
    "code": "en kodeblokk",
    "td": "en tabellcelle",
    "note": "en fotnote",
    "em": "kursiv",
    "strong": "fet skrift",
    "link": "en lenke",
    "strike": "gjennomstreking",
    "codespan": "kode",
    "img": "et bilde",
    "fn": "en fotnotehenvisning",
}

# (characters, hint): the first whose characters occur in the difference gives the hint.
_HINTS = [
    (
        "`~",
        "Start og slutt en kodeblokk med ``` alene på hver sin linje, med bare ett ord (eller ingenting) "
        "etter de første; mener du tegnet, skriv \\` eller \\~.",
    ),
    (
        "=",
        "En overskrift skriver du med «## » foran; står «===» eller «---» under tekst, sett inn en tom linje mellom.",
    ),
    (
        "<",
        "Skriv Markdown, ikke HTML: GitHub viser HTML-koden som formatering, PDF-en skriver den ut. "
        "Mener du tegnet, skriv \\<.",
    ),
    (
        "[]",
        "Skriv en lenke som [tekst](adresse), uten mellomrom i adressen og uten lenker inni lenker; "
        "mener du klammene, skriv \\[ og \\].",
    ),
    (
        "*_",
        "Sett * eller _ tett inntil ordene som skal utheves, på begge sider («*slik*» eller «**slik**»), og "
        "lukk med like mange tegn som du åpnet med; mener du tegnet, skriv \\* eller \\_.",
    ),
    (">", "Sett inn en tom linje over sitatet (linjene som starter med «>»)."),
    ("-+", "Sett inn en tom linje over lista eller skillelinjen; mener du tegnet først på linjen, skriv \\-."),
    ("#", "En overskrift er «## Tittel» på egen linje med en tom linje over; mener du tegnet, skriv \\#."),
    ("&", "Skriv tegnet selv i stedet for en kode som «&#…;»."),
    ("^", "PDF-en gjør tekst mellom ^ eller ~ til hevet eller senket skrift; skriv \\^ eller \\~."),
    ("\\", "En skråstrek bakover (\\) foran et tegn blir lest ulikt; skriv tegnet uten den, eller «\\\\»."),
    (
        ":",
        "Tabelltittelen («: Tittel») står rett under en tabell, med en tom linje mellom; ellers skriv teksten "
        "uten «:» først.",
    ),
    ("|", "En tabell står alene med en tom linje over, og hver rad starter med «|»."),
]
_DEFAULT_HINT = (
    "Skriv det slik at GitHub og PDF-en leser det likt: tomme linjer mellom avsnitt, lister, sitater og "
    "overskrifter, og \\ foran tegn som skal stå som tegn."
)


def finding(rel: str, first_line: int, difference: Difference) -> Finding:
    """`first_line`: the file line of the body's first line."""
    where = (rel, first_line + difference.line, difference.column + 1)
    return error(*where, _message(difference), _hint(difference), CODE)


def _message(difference: Difference) -> str:
    pdf_text, pdf_marks = _split(difference.pdf)
    github_text, github_marks = _split(difference.github)
    if pdf_text and not github_text:
        seen = f"PDF-en skriver ut «{_quote(pdf_text)}»"
        return seen + (f", der GitHub viser {_marks(github_marks)}." if github_marks else ", som GitHub ikke viser.")
    if github_text and not pdf_text:
        seen = f"GitHub viser «{_quote(github_text)}»"
        return seen + (f", der PDF-en viser {_marks(pdf_marks)}." if pdf_marks else ", som PDF-en ikke tar med.")
    if github_text and pdf_text:
        return f"GitHub viser «{_quote(github_text)}», men PDF-en skriver «{_quote(pdf_text)}»."
    return (
        f"GitHub viser {_marks(github_marks) or 'vanlig tekst'} her, men PDF-en {_marks(pdf_marks) or 'vanlig tekst'}."
    )


def _hint(difference: Difference) -> str:
    shown = _split(difference.pdf)[0] + " " + _split(difference.github)[0]
    for characters, hint in _HINTS:
        if any(c in shown for c in characters):
            return hint
    return _DEFAULT_HINT


def _split(shown: str) -> tuple[str, list[str]]:
    words = shown.split()
    return " ".join(w for w in words if not w.startswith(MARK)), [w[1:] for w in words if w.startswith(MARK)]


def _marks(marks: list[str]) -> str:
    names = [f"en overskrift på nivå {m[1:]}" if m.startswith("h") else _NAMES.get(m, m) for m in marks]
    return " og ".join(dict.fromkeys(names))


def _quote(text: str) -> str:
    # Quoted as written, markup and all (UserText would strip the very * and _ it is about); the
    # reporters' last mask (masking.mask_found) still hides what reads as an ID or phone number.
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"
