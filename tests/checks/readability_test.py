"""Readability notes on a corpus: heavy sentences get the note they deserve, plain ones get none.

The prose is read by pandoc (the same script and reader as `rapport sjekk`), so footnotes, tables and
code are left out exactly as in the gate.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from rapportlinja.base.findings import Severity
from rapportlinja.checks import plaintext, readability
from rapportlinja.checks.language_rules import limits, rules

LONG = "klarsprak.lang-setning"
NESTED = "klarsprak.leddsetninger"
PASSIVE = "klarsprak.passiv"
HEAVY = "klarsprak.tungt-ord"
LONG_WORD = "klarsprak.langt-ord"
LONG_PARAGRAPH = "klarsprak.langt-avsnitt"
OVERVIEW = "klarsprak.oversikt"

HARD: list[tuple[str, str]] = [
    (
        "Barnevernstjenesten har gjennom hele året arbeidet med å forbedre rutinene for mottak av meldinger, og "
        "samtidig har tjenesten hatt mange nye ansatte som har trengt opplæring i de samme rutinene.",
        LONG,
    ),
    (
        "Kommunestyret vedtok i fjor en plan for tidlig innsats der skole, helsestasjon, barnehage og barnevern "
        "skulle møtes jevnlig for å drøfte barn og familier de var bekymret for, men planen har ikke virket.",
        LONG,
    ),
    (
        "Antall barn med tiltak har økt fra 2021 til 2025, og økningen gjelder særlig hjelpetiltak i hjemmet, "
        "der tjenesten gir råd og veiledning til foreldre som trenger støtte i hverdagen med barna.",
        LONG,
    ),
    (
        "Tjenesten har brukt mye tid på å rekruttere nye medarbeidere etter at flere erfarne saksbehandlere sluttet "
        "i løpet av våren, og det har gått ut over arbeidet med tiltaksplaner og evalueringer.",
        LONG,
    ),
    (
        "Det er et mål at alle barn som bor i fosterhjem skal ha en fast kontaktperson i tjenesten og få besøk "
        "så ofte som loven krever, også når de bor i en annen kommune langt unna.",
        LONG,
    ),
    (
        "Vi har fått flere meldinger fra skolen enn før, og mange av dem gjelder fravær, konflikter hjemme "
        "eller rus hos foreldre, noe som krever at vi samarbeider tettere med både skolen og NAV.",
        LONG,
    ),
    (
        "Budsjettet for barnevernet var stramt i år, og tjenesten måtte prioritere de mest alvorlige sakene "
        "først, slik at noen familier måtte vente lenger på hjelp enn vi mener er godt nok for barna.",
        LONG,
    ),
    (
        "Arbeidet med brukermedvirkning har fått et løft gjennom ungdomspanelet, som har gitt råd om hvordan "
        "tjenesten bør skrive brev til barn og unge, og om hvordan samtaler med barn bør legges opp.",
        LONG,
    ),
    ("Vi vet at barn som får hjelp tidlig, klarer seg bedre, fordi de får støtte når de trenger det.", NESTED),
    ("Rådet mener at tjenesten som har ansvaret, må sikre at barna som bor i fosterhjem, får besøk.", NESTED),
    ("Lederen sa at hun håpet at de ansatte som hadde sluttet, ville komme tilbake når lønnen økte.", NESTED),
    ("Foreldrene fortalte at de ikke visste hvem som skulle ringe dem dersom noe skjedde med barnet.", NESTED),
    ("Det viste seg at saken som ble meldt, gjaldt en familie som allerede hadde hjelp fra tjenesten.", NESTED),
    ("Skolen melder fra når de er bekymret, fordi de vet at vi følger opp hvis det er alvorlig.", NESTED),
    ("Saken ble vurdert og deretter ble den henlagt av tjenesten.", PASSIVE),
    ("Meldingene skal gjennomgås innen en uke og må vurderes av to saksbehandlere.", PASSIVE),
    ("Planen blir evaluert hvert halvår og blir justert ved behov.", PASSIVE),
    ("Fristene kan forlenges i særlige tilfeller, men det må dokumenteres i saken.", PASSIVE),
    ("Tiltakene ble iverksatt sent og ble avsluttet før tiden.", PASSIVE),
    ("Rutinene skal revideres i vår og skal godkjennes av kommunalsjefen.", PASSIVE),
    ("Barna blir hørt i saken, og deres syn blir tillagt vekt.", PASSIVE),
    ("Vi skal iverksette nye tiltak for ungdom i høst.", HEAVY),
    ("Tjenesten vil implementere en ny rutine for mottak.", HEAVY),
    ("Rapporten omtaler herunder bemanning og sykefravær.", HEAVY),
    ("Vi sendte et brev vedrørende fristene i fjor.", HEAVY),
    ("Tiltaket ble evaluert i henhold til planen.", HEAVY),
    ("Det foreligger ingen nye avtaler med nabokommunen.", HEAVY),
    ("Lederen skal påse at alle får opplæring.", HEAVY),
    ("Vi vil tilstrebe korte ventetider for alle familier.", HEAVY),
    ("Det er hensiktsmessig å samle møtene i én dag.", HEAVY),
    ("Møtet ble utsatt grunnet sykdom hos lederen.", HEAVY),
    ("Vi spør hvorvidt tilbudet passer for ungdom.", HEAVY),
    ("Kommunen har fått et nytt vertskommunesamarbeid om barnevernvakt.", LONG_WORD),
    ("Alle nye ansatte fikk en introduksjonsprogramplan i år.", LONG_WORD),
    ("Vi har laget en kompetanseutviklingsstrategi for tjenesten.", LONG_WORD),
]

PLAIN = [
    "Vi fikk flere meldinger i år enn i fjor.",
    "De fleste meldingene kom fra skolen.",
    "Barnevernstjenesten har tolv ansatte.",
    "Tre av dem begynte i år.",
    "Vi har ingen ledige stillinger nå.",
    "Sykefraværet gikk ned fra åtte til seks prosent.",
    "Alle barn i fosterhjem fikk besøk som loven krever.",
    "Vi svarte på alle meldinger innen en uke.",
    "Noen undersøkelser tok lenger tid enn tre måneder.",
    "Det skjedde i seks saker.",
    "Vi har snakket med familiene om hvorfor.",
    "Ungdomspanelet møttes fire ganger.",
    "De ga oss gode råd om brevene våre.",
    "Nå skriver vi kortere brev til barn.",
    "Skolen og helsestasjonen møter oss hver måned.",
    "Der drøfter vi barn som trenger hjelp.",
    "Foreldrene får vite hva vi gjør og hvorfor.",
    "Tiltaksplanen viser hva barnet skal få hjelp til.",
    "Vi går gjennom planen hvert halvår.",
    "Målet er at barn får hjelp tidlig.",
    "Kommunestyret får denne rapporten hvert år.",
    "Loven krever at de får den.",
    "Rapporten viser tall for de siste fem årene.",
    "Tallene kommer fra SSB og Bufdir.",
    "Vi har ikke hatt fristbrudd i år.",
    "Akuttvedtak brukes bare når barnet er i fare.",
    "Ettervern gis til unge opp til 25 år.",
    "Vi har et godt samarbeid med NAV.",
    "Barnevernvakta svarer når kontoret er stengt.",
    "Kommunedirektøren leser rapporten før politikerne.",
    "Vi takker alle som har bidratt.",
]


@pytest.fixture(scope="module")
def read(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    """Every corpus text through pandoc at once, as one chapter each."""
    build = tmp_path_factory.mktemp("build")
    bodies = [text for text, _ in HARD] + PLAIN
    parsed = dict(zip(bodies, plaintext.start(bodies, build)(), strict=True))

    def codes(text: str, language: str = "nb") -> list[str]:
        lines = list(enumerate(text.split("\n"), start=1))
        placed = plaintext.place(parsed[text], lines)
        found = readability.check("k.md", placed, rules(language), limits({}), 1)
        assert all(f.severity is Severity.NOTE for f in found)
        return [f.code for f in found if f.code != OVERVIEW]

    return codes


def test_the_corpus_is_big_enough() -> None:
    assert len(HARD) >= 30 and len(PLAIN) >= 30
    assert {code for _, code in HARD} == {LONG, NESTED, PASSIVE, HEAVY, LONG_WORD}


@pytest.mark.parametrize(("text", "code"), HARD, ids=[f"{c}-{i}" for i, (_, c) in enumerate(HARD)])
def test_a_heavy_sentence_gets_its_note(read, text: str, code: str) -> None:  # type: ignore[no-untyped-def]
    assert code in read(text)


@pytest.mark.parametrize("text", PLAIN)
def test_a_plain_sentence_gets_none(read, text: str) -> None:  # type: ignore[no-untyped-def]
    assert read(text) == []


def test_lix_counts_words_sentences_and_long_words(read) -> None:  # type: ignore[no-untyped-def]
    words = [plaintext.Word(w, 0, 1, 1) for w in ("Katten", "sitter", "stille", "Barnevernstjenesten", "ringer")]
    sentences = [
        readability.Sentence("Katten sitter stille.", words[:3], 3),
        readability.Sentence("Barnevernstjenesten ringer.", words[3:], 2),
    ]
    figures = readability.figures(sentences)
    assert (figures.words, figures.sentences, figures.long_words) == (5, 2, 1)
    assert figures.lix == pytest.approx(5 / 2 + 100 * 1 / 5)


def test_abbreviations_and_dates_do_not_end_a_sentence() -> None:
    text = "Vi bruker bl.a. tall fra SSB, jf. barnevernsloven. Tallene kom 15. mars 2026. Det er f.eks. KOSTRA."
    block = plaintext.place([plaintext.Block("p", text)], [(1, text)])[0]
    found = readability.split_sentences(block, rules("nb"))
    assert [s.text[:12] for s in found] == ["Vi bruker bl", "Tallene kom ", "Det er f.eks"]


def test_long_sentence_hint_names_where_to_split(tmp_path: Path) -> None:
    text = (
        "Barnevernstjenesten har gjennom hele året arbeidet med å forbedre rutinene for mottak av meldinger, "
        "og samtidig har tjenesten hatt mange nye ansatte som har trengt opplæring."
    )
    (found,) = [f for f in _notes(tmp_path, "\n" + text + "\n") if f.code == LONG]
    assert (found.line, found.column) == (2, 1)
    assert found.hint is not None and "etter «…mottak av meldinger»" in found.hint


def test_long_paragraph_says_before_which_sentence_to_split(tmp_path: Path) -> None:
    sentences = [f"Dette er setning nummer {n} i et avsnitt om tjenesten." for n in range(1, 10)]
    body = "\n" + "\n".join(sentences) + "\n"
    (found,) = [f for f in _notes(tmp_path, body) if f.code == LONG_PARAGRAPH]
    assert found.line == 2 and "9 setninger" in found.message
    assert found.hint is not None and "«Dette er setning nummer …» (linje 6)" in found.hint


def test_tables_code_quotes_and_footnotes_are_not_measured(tmp_path: Path) -> None:
    long = " ".join(["ord"] * 40)
    body = (
        f"\nKort tekst.[^1]\n\n| A | B |\n|---|---|\n| {long} | x |\n\n> {long}.\n\n```\n{long}\n```\n\n[^1]: {long}.\n"
    )
    assert [f.code for f in _notes(tmp_path, body) if f.code != OVERVIEW] == []


def test_overview_names_lix_and_the_longest_sentences(tmp_path: Path) -> None:
    body = "\n## Del\n\nEn kort setning her. Dette er en litt lengre setning med flere ord i seg.\n"
    (overview,) = [f for f in _notes(tmp_path, body) if f.code == OVERVIEW]
    assert overview.line == 4
    assert overview.message.startswith("LIX ") and "15 ord i 2 setninger" in overview.message
    assert "Lengste setninger: linje 4 (11 ord), linje 4 (4 ord)." in overview.message


def test_nynorsk_heavy_words_come_from_the_nynorsk_list(tmp_path: Path) -> None:
    found = _notes(tmp_path, "\nVi skal iverksetje nye tiltak.\n", "nn")
    (heavy,) = [f for f in found if f.code == HEAVY]
    assert heavy.hint == "Skriv heller «setje i gang»."


def _notes(tmp_path: Path, body: str, language: str = "nb") -> list:  # type: ignore[type-arg]
    (blocks,) = plaintext.start([body], tmp_path)()
    placed = plaintext.place(blocks, list(enumerate(body.split("\n"), start=1)))
    return readability.check("k.md", placed, rules(language), limits({}), 1)
