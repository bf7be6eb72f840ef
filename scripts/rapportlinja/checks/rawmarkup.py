"""The gate: Markdown that pandoc would print as raw text in the PDF is a finding, with its line.

Not a list of patterns over the source: pandoc's own parser (the reader the build uses)
decides what became markup, and `pandoc_ast` hands us what it left as text. Here each
leftover is found again in the source, for line and column, and explained in Norwegian
with what to write instead. `rapport bygg` runs this too, so the two never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple
from urllib.parse import unquote

from rapportlinja.base import limits
from rapportlinja.base.findings import Finding, error, warning
from rapportlinja.checks import glyphs, preview_text
from rapportlinja.checks.pandoc_ast import Leftover, start
from rapportlinja.read.schemas import schema
from rapportlinja.report.snapshot import ChapterFile, Snapshot

_UNSMART = str.maketrans({"—": "---", "–": "--", "…": "...", "’": "'"})
_SMART_QUOTES = "“”„«»‘’‚"
_BULLETS = "•·▪●◦‣"
_SEPARATOR_ROW = re.compile(r"^\|?\s*:?-{2,}")
_STOPS_THE_BUILD = ("math", "deep", "image", "glyph")
_QUOTE_TIP = "Word og Outlook gjør dette når teksten limes inn; skriv tegnet på nytt i nettleseren."


class Place(NamedTuple):
    row: int  # index into the chapter's visible lines
    column: int  # 0-based


class Chapter(NamedTuple):
    rel: str
    lines: list[tuple[int, str]]  # (line number, text), code blanked: see content.markdown
    heading_lines: set[int]  # headings the scanner already judged (no blank line above, say)
    image_sources: frozenset[str] = frozenset()  # images the scanner found, whose files body.py checks


def start_gate(snapshot: Snapshot, selected: set[str] | None) -> Callable[[], list[Finding]]:
    """Start pandoc in the background; the returned function waits and gives the findings."""
    chapters = [
        c
        for c in snapshot.chapters.values()
        if c.scan is not None
        and c.loaded.body
        and (selected is None or c.loaded.rel in selected)
        # Nesting past the limit is refused by the privacy check; pandoc would take minutes on it.
        and limits.markdown_problem(c.loaded.body) is None
    ]
    collect = start([c.loaded.body for c in chapters], snapshot.layout.build)

    def findings() -> list[Finding]:
        found: list[Finding] = []
        for chapter, reading in zip(chapters, collect(), strict=True):
            own = chapter_findings(_chapter(chapter), reading.leftovers)
            # One mistake, one finding: where pandoc's leftovers already explain a line, the general
            # «GitHub and the PDF differ» would only repeat it.
            said = {f.line for f in own}
            first = chapter.loaded.body_first_line
            found += own
            found += [
                preview_text.finding(chapter.loaded.rel, first, d)
                for d in reading.differences
                if first + d.line not in said
            ]
        return found

    return findings


def _chapter(chapter: ChapterFile) -> Chapter:
    assert chapter.scan is not None
    return Chapter(
        chapter.loaded.rel,
        chapter.scan.lines,
        {h.line for h in chapter.scan.headings},
        frozenset(unquote(i.src) for i in chapter.scan.images),
    )


def chapter_findings(chapter: Chapter, leftovers: list[Leftover]) -> list[Finding]:
    findings: dict[tuple[int, str], Finding] = {}
    cursor = Place(0, 0)
    for leftover in leftovers:
        if leftover.kind == "image" and unquote(leftover.text) in chapter.image_sources:
            continue  # written out in full: body.py checks its file
        if leftover.kind == "glyph" and any(leftover.text in line for _, line in chapter.lines):
            continue  # written as itself: glyphs.py reports it where it stands
        place = _locate(chapter.lines, _needles(leftover), cursor)
        if place is None and leftover.kind in _STOPS_THE_BUILD:
            place = Place(0, 0)  # hidden from the scanner (it took the line for code): still refused
        if place is None:
            continue
        cursor = place._replace(column=place.column + 1)
        finding = _explain(chapter, leftover, place)
        if finding is not None:
            findings.setdefault((finding.line, finding.code), finding)
    return list(findings.values())


def _needles(leftover: Leftover) -> list[str]:
    if leftover.kind == "math":
        return [f"${leftover.text}$", "$"]
    if leftover.kind in ("numbered", "emphasis", "deep"):
        return [leftover.text]
    if leftover.kind == "image":
        return ["![", "]:"]
    if leftover.kind == "glyph":
        return [f"&#x{ord(leftover.text):x};", f"&#{ord(leftover.text)};", "&"]
    text = leftover.text
    triggers = [t for t in ("<!", "[^", "{", "}", "![", "|") if t in text]
    return [text, text.translate(_UNSMART), *triggers]


def _locate(lines: list[tuple[int, str]], needles: list[str], cursor: Place) -> Place | None:
    """The next place of the first needle found, from the cursor on, else from the top.

    Leftovers come in document order, so searching on from the last one keeps two equal
    leftovers apart; a footnote's text sits at its reference in the AST, hence the fallback.
    """
    for needle in needles:
        for index in range(cursor.row, len(lines)):
            column = lines[index][1].find(needle, cursor.column if index == cursor.row else 0)
            if column >= 0:
                return Place(index, column)
        for index in range(len(lines)):
            column = lines[index][1].find(needle)
            if column >= 0:
                return Place(index, column)
    return None


def _explain(chapter: Chapter, leftover: Leftover, place: Place) -> Finding | None:
    number, line = chapter.lines[place.row]
    where = (chapter.rel, number, place.column + 1)
    if leftover.kind == "math":
        return error(
            *where,
            "Tekst mellom to dollartegn blir lest som en matematisk formel, ikke som tekst.",
            "Skriv beløp med «kr» (for eksempel «500 kr»); trenger du et dollartegn, skriv \\$.",
            "markup.math",
        )
    if leftover.kind == "emphasis":
        # «\*» is a literal asterisk on purpose, and pandoc's AST keeps no trace of the backslash.
        return None if line[: place.column].endswith("\\") else _emphasis(leftover.text, where)
    if leftover.kind == "deep":
        return error(
            *where,
            f"Overskriften har {len(leftover.text)} nivåer («{leftover.text}»); PDF-en har høyst seks, "
            "og GitHub viser den som vanlig tekst.",
            "Bruk høyst ###### (og helst ###); skal linjen være tekst, skriv «\\#».",
            "heading.too-deep",
        )
    if leftover.kind == "glyph":
        return glyphs.finding(*where, [leftover.text])
    if leftover.kind == "image":
        return error(
            *where,
            "Bildet er skrevet som en henvisning («![tekst][navn]» med adressen et annet sted), "
            "så verken bildefilen eller den alternative teksten kan sjekkes.",
            'Skriv adressen i selve bildet: ![Bildetekst](../bilder/fil.svg){alt="Hva bildet viser"}.',
            "image.reference",
        )
    if leftover.kind == "raw":
        return error(*where, "Rå kode i teksten blir ikke med i PDF-en.", "Skriv vanlig tekst.", "markup.raw")
    if leftover.kind == "numbered":
        return error(
            chapter.rel,
            number,
            1,
            f"Overskriften er nummerert for hånd («{leftover.text}»); PDF-en nummererer overskriftene selv "
            "og ville vist to numre.",
            "Fjern nummeret: skriv «## Arbeidsmiljø», ikke «## 4.2 Arbeidsmiljø».",
            "heading.manual-number",
        )
    return _explain_text(chapter, leftover, place, line, where)


def _explain_text(
    chapter: Chapter, leftover: Leftover, place: Place, line: str, where: tuple[str, int, int]
) -> Finding | None:
    text = leftover.text
    stripped = line.lstrip(" >")
    first_column = len(line) - len(stripped) + 1
    if "<!" in text:
        return error(
            *where,
            "HTML-kommentaren («<!-- … -->») blir skrevet ut i PDF-en, selv om GitHub skjuler den.",
            "Slett kommentaren; notater til de som godkjenner, skriver du i pull requesten.",
            "markup.html-comment",
        )
    if "[^" in text:
        label = re.search(r"\[\^([^\]\s]*)", text)
        name = f"[^{label.group(1)}]" if label else "[^…]"
        return error(
            *where,
            f"Fotnoten «{name}» har ingen forklaring og blir skrevet ut som tekst.",
            f"Skriv forklaringen på en egen linje nederst, med en tom linje over: «{name}: Kilde …».",
            "footnote.undefined",
        )
    if "{" in text or "}" in text:
        return _attribute(line, where)
    if "![" in text:
        return error(
            *where,
            "Bildet ble ikke forstått og blir skrevet ut som tekst.",
            'Skriv ![Bildetekst](../bilder/fil.svg){alt="Hva bildet viser"}, uten mellomrom mellom ] og (.',
            "image.not-parsed",
        )
    if "|" in text:
        return _table(chapter, place, stripped, where)
    if not leftover.start:
        return None
    return _line_start(chapter, text, (chapter.rel, where[1], first_column), leftover.first)


def _emphasis(text: str, where: tuple[str, int, int]) -> Finding:
    marks = text[: len(text) - len(text.lstrip(text[0]))]
    return error(
        *where,
        f"«{marks}» åpner en utheving som aldri blir lukket, og tegnene blir skrevet ut i PDF-en.",
        f"Lukk uthevingen med «{marks}» rett etter det siste uthevede ordet: «{marks}viktig{marks}». "
        f"Mener du tegnet, skriv «\\{marks[0]}».",
        "markup.emphasis-unclosed",
    )


def _attribute(line: str, where: tuple[str, int, int]) -> Finding | None:
    braces = re.search(r"\{[^}]*\}?", line[where[2] - 1 :]) or re.search(r"\{[^}]*\}?", line)
    inside = braces.group(0) if braces else ""
    if any(q in inside for q in _SMART_QUOTES):
        return error(
            *where,
            "Attributtet bruker typografiske anførselstegn (“ ” eller « ») og blir skrevet ut som tekst.",
            f'Bruk rette anførselstegn: {{alt="Hva bildet viser"}}. {_QUOTE_TIP}',
            "attribute.smart-quotes",
        )
    if re.search(r"\{\s*[#.]|=", inside):
        return error(
            *where,
            "Attributtet i krøllparentes ble ikke forstått og blir skrevet ut som tekst.",
            'Skriv det rett etter bildet eller overskriften, uten mellomrom: ![Tekst](fil.svg){alt="…"}.',
            "attribute.not-parsed",
        )
    return None  # braces in ordinary prose are printed as written, on purpose


def _table(chapter: Chapter, place: Place, stripped: str, where: tuple[str, int, int]) -> Finding | None:
    if not stripped.startswith("|"):
        return warning(
            *where,
            "En loddrett strek («|») står som tekst i PDF-en.",
            "Skulle det bli en tabell, må den stå alene med en tom linje over, og hver rad starte med «|».",
            "markup.pipe",
        )
    first = place.row  # report the table once, at its first row
    while first > 0 and chapter.lines[first - 1][1].lstrip(" >").startswith("|"):
        first -= 1
    number, row = chapter.lines[first]
    above = chapter.lines[first - 1][1].strip() if first > 0 else ""
    rel = chapter.rel
    if above:
        return error(
            rel,
            number,
            1,
            "Tabellen har ikke en tom linje over seg og blir skrevet ut som tekst med loddrette streker.",
            "Sett inn en tom linje over tabellen.",
            "table.no-blank-line",
        )
    if _SEPARATOR_ROW.match(row.strip()):
        return error(
            rel,
            number,
            1,
            "Tabellen starter med skillelinjen («|---|»): overskriftsraden mangler, "
            "og tabellen blir skrevet ut som tekst.",
            "Skriv overskriftene i en rad over skillelinjen: «| År | Antall |».",
            "table.separator-first",
        )
    return error(
        rel,
        number,
        1,
        "Tabellen mangler skillelinjen under overskriftsraden og blir skrevet ut som tekst med loddrette streker.",
        "Første rad er overskriftene; rett under den kommer «| --- | --- |», én «---» per kolonne.",
        "table.no-header",
    )


def _line_start(chapter: Chapter, text: str, where: tuple[str, int, int], first: bool) -> Finding | None:
    if text.startswith("#"):
        if where[1] in chapter.heading_lines:
            return None  # a real heading the scanner already judged
        hashes = text[: len(text) - len(text.lstrip("#"))]
        after = text[len(hashes) : len(hashes) + 1]
        if after == "\u00a0":
            return error(
                *where,
                f"Hardt mellomrom (NBSP) etter «{hashes}»: overskriften blir vanlig tekst og mangler i "
                "innholdsfortegnelsen.",
                f"Slett mellomrommet etter «{hashes}» og skriv et vanlig mellomrom. {_QUOTE_TIP}",
                "heading.nbsp",
            )
        return error(
            *where,
            f"Linjen starter med «{hashes}» uten mellomrom etter og blir skrevet ut som tekst, ikke som overskrift.",
            f"Skriv «{hashes[:6]} Overskrift», med mellomrom etter «#» og en tom linje over.",
            "heading.no-space",
        )
    if text[:1] in _BULLETS:
        return error(
            *where,
            f"Punkttegnet «{text[0]}» fra Word blir ikke en punktliste i PDF-en.",
            "Skriv «- » (bindestrek og mellomrom) først på linjen i stedet, med en tom linje over lista.",
            "list.word-bullet",
        )
    if re.match(r"[-*+]\u00a0", text):
        return error(
            *where,
            f"Hardt mellomrom (NBSP) etter «{text[0]}»: punktet blir slått sammen med punktet over.",
            f"Slett mellomrommet etter «{text[0]}» og skriv et vanlig mellomrom. {_QUOTE_TIP}",
            "list.nbsp",
        )
    if text in ("-", "*", "+"):
        return error(
            *where,
            "Lista har ikke en tom linje over seg: punktene blir slått sammen med avsnittet over.",
            "Sett inn en tom linje over lista.",
            "list.no-blank-line",
        )
    if first and text.endswith(":") and text[:-1] in schema("kapittel").get("properties", {}):
        return error(
            *where,
            f"«{text}» står i teksten, ikke i frontmatter: linjen blir skrevet ut i PDF-en og bestemmer ingenting.",
            "Flytt den opp mellom de to «---»-linjene øverst i filen (en nøkkel står der bare én gang), "
            "eller slett den.",
            "frontmatter.in-body",
        )
    return None
