"""Every class of name, written into every place of public text, is stopped by `sjekk` or the egress scan.

A property over the shipped name lists: a full name, a given name with an age, a given name with a
family word, and a family name with «familien», in a chapter's body, heading, table cell, caption,
alt text, footnote and link text, in an SVG figure's text and labels, in key-figure, survey and CSV
labels, and in the Git identities the public outputs could print. Given names that are also
municipalities (Frøya, Rana …) count as places when alone, so the single-name classes leave them out.
"""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from rapportlinja.checks import privacy_history, privacy_names
from rapportlinja.privacy import egress
from rapportlinja.privacy.names_data import FAMILY_NAMES, GIVEN_NAMES, PLACES
from rapportlinja.privacy.personnames import NameRules
from rapportlinja.read.changes import Changes
from rapportlinja.read.tags import Release
from rapportlinja.release import notes
from rapportlinja.review import appendix, participation

RULES = NameRules(own_words=frozenset({"Eksempel", "kommune"}))
GIVEN = sorted(GIVEN_NAMES)
GIVEN_ALONE = sorted(GIVEN_NAMES - PLACES)
FAMILY = sorted(FAMILY_NAMES)
FAMILY_ALONE = sorted(FAMILY_NAMES - PLACES - GIVEN_NAMES)

NAME_CLASSES = {
    "fullt navn": st.builds(lambda g, f: f"saksbehandler {g} {f}", st.sampled_from(GIVEN), st.sampled_from(FAMILY)),
    "fornavn med alder": st.builds(
        lambda g, age: f"barnet {g} ({age})", st.sampled_from(GIVEN_ALONE), st.integers(min_value=0, max_value=17)
    ),
    "fornavn, alder i år": st.builds(lambda g: f"oppfølgingen av {g}, 12 år,", st.sampled_from(GIVEN_ALONE)),
    "fornavn med familieord": st.builds(lambda g: f"moren til {g}", st.sampled_from(GIVEN_ALONE)),
    "etternavn med familien": st.builds(lambda f: f"familien {f}", st.sampled_from(FAMILY_ALONE)),
    "etternavn-familien": st.builds(lambda f: f"hele {f}-familien", st.sampled_from(FAMILY_ALONE)),
}

# (file, how the phrase is written into it); each sentence starts with ordinary words, as in a report.
PLACES_IN_FILES = {
    "brødtekst": ("report/kapitler/02-om-barnevernet.md", "Vi fulgte opp {s} i fjor.\n"),
    "overskrift": ("report/kapitler/02-om-barnevernet.md", "## Om {s}\n"),
    "tabellcelle": ("report/kapitler/02-om-barnevernet.md", "| Sak | Tiltak |\n|---|---|\n| Om {s} | råd |\n"),
    "tabelltittel": ("report/kapitler/02-om-barnevernet.md", "| A |\n|---|\n| 1 |\n\n: Tiltak for {s}\n"),
    "alternativ tekst": ("report/kapitler/02-om-barnevernet.md", '![Kart](../bilder/a.svg){{alt="Bilde av {s}"}}\n'),
    "fotnote": ("report/kapitler/02-om-barnevernet.md", "Tekst.[^1]\n\n[^1]: Opplyst om {s}.\n"),
    "lenketekst": ("report/kapitler/02-om-barnevernet.md", "Se [saken om {s}](08-utfordringsbildet.md).\n"),
    "SVG-tekst": ("report/bilder/kart.svg", '<svg>\n<text x="1" y="2">Om {s}</text>\n</svg>\n'),
    "SVG-etikett": ("report/bilder/kart.svg", '<svg>\n<g aria-label="Om {s}"><rect/></g>\n</svg>\n'),
    "nøkkeltall": ("report/data/indikatorer.yaml", "indikatorer:\n  - id: a\n    navn: Meldinger om {s}\n"),
    "undersøkelse": ("report/data/samarbeid-2025.yaml", "påstander:\n  - id: a\n    kort: Kjenner {s}\n"),
    "CSV": ("report/data/nokkeltall.csv", "indikator;verdi\nMeldinger om {s};3\n"),
}


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(sorted(NAME_CLASSES)).flatmap(lambda c: NAME_CLASSES[c]), st.sampled_from(sorted(PLACES_IN_FILES))
)
def test_sjekk_stops_every_name_class_in_every_public_place(phrase: str, place: str) -> None:
    rel, template = PLACES_IN_FILES[place]
    text = template.format(s=phrase)
    found = privacy_names.name_findings(privacy_names.public_text(rel, text), rel, RULES)
    assert any(f.severity.name == "ERROR" for f in found), (place, text, found)


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(sorted(NAME_CLASSES)).flatmap(lambda c: NAME_CLASSES[c]))
def test_the_egress_scan_stops_every_name_class_in_a_finished_document(phrase: str) -> None:
    # As the PDF's text layer and the web page's text carry it: plain sentences, line breaks anywhere.
    page = f"Tilstandsrapport for barnevernstjenesten 2025\nEksempel kommune\nVi fulgte opp {phrase} i fjor."
    leaks = egress.leaks([("side 4", page)], frozenset(), RULES)
    assert [leak.source for leak in leaks] == ["side 4"] and "personnavn" in leaks[0].message


D = dt.date(2026, 3, 1)
CHANGES = Changes("v2025.1", D, (), (), (), 0, (), ("r.md",), ("r.md",))
RELEASE = Release("v2025.2", "d" * 40, D, "v2025.1")


@settings(max_examples=200, deadline=None)
@given(
    st.sampled_from(sorted(NAME_CLASSES)).flatmap(lambda c: NAME_CLASSES[c]),
    st.sampled_from(["author", "Co-authored-by", "Reviewed-by"]),
    st.booleans(),
)
def test_git_identities_never_reach_a_public_text_and_a_child_context_is_an_error(
    phrase: str, field: str, opted_in: bool
) -> None:
    author = phrase if field == "author" else "Saksbehandler Test"
    message = "Endring" if field == "author" else f"Endring\n\n{field}: {phrase} <x@example.invalid>"
    commit = participation.Commit("e" * 40, False, author, D, message, ("r.md",))
    how = appendix.Settings(not opted_in, {})
    text = notes.render("T", RELEASE, notes.gather(CHANGES, [commit], [], how, "nb"), [], "nb")
    described = appendix.describe(participation.people([commit]).changed, how._replace(show_roles=True), "nb")
    words = [w for w in phrase.replace(",", " ").split() if w[:1].isupper()]
    shown = re.compile(rf"\b(?:{'|'.join(map(re.escape, words))})\b")  # «Endre» is in «Endret av»
    assert words and not shown.search(text) and not shown.search(described)
    if "saksbehandler" not in phrase:  # a bare full name is what an author field holds; an age or family word is not
        assert privacy_history._name_findings(commit, RULES), phrase
