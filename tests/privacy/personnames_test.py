"""Names by context: a corpus of sentences naming children, families and staff is caught; look-alikes pass.

The names are common in Norway (SSB's lists), Norwegian and from immigrant families; the people are
invented. Each caught sentence must give an error (a full name, or a name with a child or family
context), except the lone given names at the end, which are warnings.
"""

from __future__ import annotations

import pytest

from rapportlinja.privacy.names_data import FAMILY_NAMES, GIVEN_NAMES, PLACES, WORD_NAMES
from rapportlinja.privacy.personnames import (
    CONTEXT,
    FULL,
    GIVEN,
    NameFinding,
    NameRules,
    find_names,
    has_child_context,
    mask_name,
)

RULES = NameRules(own_words=frozenset({"Eksempel"}))

CAUGHT = [
    # Children with an age
    "Emma (7) ble plassert i fosterhjem i Vik.",
    "Jonas, som er 14 år, flyttet til Bø i fjor.",
    "Vi fulgte opp Nora (3) og moren hennes gjennom hele året.",
    "Mohammed er 12 år og går i sjette klasse.",
    "Amina (9) fikk et nytt tilbud om støttekontakt.",
    "Oliwia, 15 år, ble flyttet til en institusjon.",
    "Jakub ble født 2014 og har bodd i fosterhjem siden.",
    "En 12-åring, Noor, meldte selv fra til tjenesten.",
    "Zainab var bare ti år gammel da saken startet.",
    "Tiltaket for Isak (16) ble avsluttet i mars.",
    "Sofie (4) og Lukas (6) fikk hjelp i hjemmet.",
    "Vi møtte Ali, 11 år, på skolen.",
    "Hedda på 8 år bor nå hos besteforeldrene.",
    "Jenta Ella (13) ble hørt i saken.",
    # Children and families with a family word
    "Gutten Ahmed fikk plass i barnehagen.",
    "Jenta Maja ble hørt før vedtaket.",
    "Barnet Leah ble flyttet akutt.",
    "Broren til Filip ble også fulgt opp.",
    "Søsteren til Sara tok kontakt med oss.",
    "Moren til Olivia ønsket ikke hjelp.",
    "Faren til William ble informert.",
    "Emmas mor ringte barnevernvakten.",
    "Familien Olsen fikk foreldreveiledning.",
    "Olsen-familien takket nei til tiltaket.",
    "Vi besøkte familien Nguyen to ganger.",
    "Familien Khan har fått tolk i alle møter.",
    "Fru Hansen (barnets mor) ønsket et nytt møte.",
    "Yusuf og søsknene hans ble plassert sammen.",
    "Samboeren til mor, Tobias, ble intervjuet.",
    "Fosterforeldrene til Ingrid har fått veiledning.",
    "Foreldrene til Mathias klaget på vedtaket.",
    "Tvillingene Aksel og Ebba fikk samme fosterhjem.",
    "Bestemoren til Hassan er beredskapshjem.",
    "Dottera til Ragnhild fekk hjelp frå tenesta.",
    "Guten Sindre fekk tilbod om besøksheim.",
    # Full names of children, parents and staff
    "Saksbehandler Kari Hansen fulgte opp saken.",
    "Mohammed Ali fikk tiltak i hjemmet.",
    "Anne K. Olsen og Per-Olav Johansen deltok.",
    "Hansen, Kari var til stede på møtet.",
    "Zainab Khan ble flyttet til ny skole.",
    "Oliwia Kowalska fikk tolk.",
    "Minh Nguyen var med på samtalen.",
    "Ingrid Solberg leder mottaksteamet.",
    "Teamleder Ole Martin Berg har sluttet.",
    "Vi takker Sigrid Haugen for arbeidet i 2025.",
    "Marius Andersen og Thea Larsen er nye saksbehandlere.",
    "Barnevernleder Astrid Johannessen skrev kapitlet.",
    "Hawa Mohamed fikk hjelp av familieteamet.",
    "Jakub Nowak startet på ny skole.",
    "Emil Pedersen ble flyttet til institusjon.",
    "Kari-Anne Nilsen er tillitsvalgt.",
    "Fagleder Øyvind Kristiansen har permisjon.",
    "Sara Ahmed og Ibrahim Hussein fikk tiltak.",
    "Elif Yilmaz deltok i brukerpanelet.",
    "Linnea Bakken er saksbehandler for familien.",
    "Nora Karlsen Dahl flyttet i august.",
    "Anh Tran fikk veiledning.",
    "Mari Solbakken ble intervjuet.",
    "Eirik Gjertsen har vært ansatt i ti år.",
    # Headings, table cells and captions
    "## Saken til Emma (7)",
    "| Sofie Hansen | 7 år | Vik |",
    ": Tiltak for Lukas (6) i 2025",
    "![Bilde av familien Olsen](../bilder/a.png)",
    '![Bilde](../bilder/a.png){alt="Jonas (12) på skolen"}',
    "[^1]: Opplyst av Kari Hansen.",
    "[Les om Mohammed (12)](08-utfordringsbildet.md)",
]

LONE = [
    "Møtet med Amina ble utsatt.",
    "Saken ble drøftet med Ingrid.",
    "Vi ringte Jakub i går.",
    "Takk til Solveig for god hjelp.",
]

LOOK_ALIKES = [
    "Per måned kommer det 30 meldinger.",
    "Kostnad per måned og per barn.",
    "Liv og helse er et tema i samarbeidet med skolen.",
    "Tjenesten har kontor i Kong Oscars gate 12.",
    "Vi møttes på Fridtjof Nansens plass.",
    "Elevene ved Amalie Skram videregående skole svarte på undersøkelsen.",
    "Nansen-skolen og Robin Hood-huset deltok.",
    "Kari Nordmann er et eksempel på et navn i skjemaet.",
    "Ola Nordmann og Kari Nordmann står i veilederen.",
    "Eksempel kommune har 30 ansatte i barnevernstjenesten.",
    "I Os, Vik, Moss og Bø har barn fått hjelp.",
    "Mandag 3. mars møttes vi i Lillehammer.",
    "Mange barn i Eidsvoll fikk hjelp.",
    "Dag 1 av samlingen handlet om barn.",
    "Hans Majestet Kongen åpnet senteret.",
    "Stine Sofies Stiftelse holdt kurs for foreldre.",
    "Hun bor hos familien i Lund.",
    "Familien flyttet fra Frøya til Vega.",
    "Barn i Rana og Sola fikk tilbud.",
    "Barnevernleder, kommunalsjef og kommunaldirektør oppvekst møttes.",
    "Bufdir, KOSTRA, SSB og NAV i Eksempel kommune.",
    "Strøm og husleie er dyrt for mange familier.",
    "Berg og dal preger kommunen.",
    "Mai 2025 var en travel måned.",
    "August er en travel måned for barnevernet.",
    "Tone og innhold i brevene er gjennomgått.",
    "Stein på stein bygger vi tjenesten.",
    "Vera skal vere open for alle.",
    "Line for line gikk vi gjennom rapporten.",
    "Storm og uvær stengte veien i februar.",
    "Per 31. desember hadde 42 barn tiltak.",
    "Per innbygger 0–17 år brukte kommunen 14 000 kroner.",
    "Barnevernsloven § 15-3 femte ledd gjelder.",
    "Statsforvalteren i Vestland førte tilsyn.",
    "Kommunestyret behandlet rapporten i mai.",
    "Oppvekstutvalget fikk rapporten 15. april.",
    "Tilstandsrapport for barnevernstjenesten 2025",
    "## Barn og unge i Eksempel kommune",
    "| År | Meldinger | Undersøkelser |",
    "Gutten på 12 år fikk hjelp.",
    "Jenta (7) ble plassert i fosterhjem.",
    "Foreldrene til et barn på 9 år klaget.",
    "Familien fikk tilbud om foreldreveiledning.",
    "Mor og far ble informert om vedtaket.",
    "Broren og søsteren fikk samme fosterhjem.",
    "Saksbehandleren snakket med barnet.",
    "Kirkens Bymisjon og Blå Kors samarbeider med oss.",
    "Redd Barna holdt kurs for ansatte.",
    "Sankt Olavs hospital har barne- og ungdomspsykiatri.",
    "St. Olavs hospital tok imot ungdommen.",
    "Henrik Ibsens gate ligger i sentrum.",
    "Ole Bulls plass var stedet for markeringen.",
    "Edvard Griegs vei 3 er adressen til kontoret.",
    "Fredag 14. mars var det fagdag.",
    "Januar og februar hadde flest meldinger.",
    "KARI HANSEN står med store bokstaver i malen.",
    "kari hansen med små bokstaver er ikke skrevet som et navn.",
    "Karianne-saken er et internt navn.",
    "Undersøkelsen viste at samarbeidet er godt.",
    "Prosessen med ny rutine startet i januar.",
    "Microsoft Forms ble brukt til undersøkelsen.",
    "Helse, Skole og NAV svarte på undersøkelsen.",
    "Tiltak i Sandnes, Bergen og Tromsø ble sammenlignet.",
    "Hamar og Gjøvik har interkommunalt samarbeid.",
    "Fra Nord-Odal og Sør-Odal kom det 12 meldinger.",
    "Norge og Sverige har ulike regler.",
    "Barn fra Somalia, Syria og Eritrea fikk tolk.",
]


def kinds(text: str) -> list[str]:
    return [hit.kind for hit in find_names(text, RULES)]


def test_the_corpus_is_large_enough() -> None:
    assert len(CAUGHT) >= 60 and len(LOOK_ALIKES) >= 60


@pytest.mark.parametrize("text", CAUGHT)
def test_names_of_children_families_and_staff_are_errors(text: str) -> None:
    found = find_names(text, RULES)
    assert any(hit.is_error for hit in found), found


@pytest.mark.parametrize("text", LONE)
def test_a_lone_given_name_is_a_warning(text: str) -> None:
    assert kinds(text) == [GIVEN]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert find_names(text, RULES) == []


def test_full_name_and_context_are_told_apart() -> None:
    assert kinds("Saksbehandler Kari Hansen fulgte opp.") == [FULL]
    assert kinds("Emma (7) ble plassert.") == [CONTEXT]
    assert kinds("Emma Hansen (7) ble plassert.") == [FULL]


def test_context_must_be_in_the_same_sentence_and_close() -> None:
    assert kinds("Vi ringte Amina. Gutten på 12 år var hjemme.") == [GIVEN]
    far = "Vi ringte Amina om avtalen som gjaldt oppfølgingen av tiltakene i hele kommunen og i tjenesten, og gutten."
    assert kinds(far) == [GIVEN]


def test_positions_and_masking_never_repeat_the_name() -> None:
    text = "# Kapittel\n\nI saken deltok\nSigrid Haugen og Emma (7)."
    found = find_names(text, RULES)
    assert found == [NameFinding(4, 1, FULL, "S… H…"), NameFinding(4, 18, CONTEXT, "E…")]
    assert "Sigrid" not in repr(found) and "Emma" not in repr(found)
    assert mask_name(["Kari", "Anne"]) == "K… A…"


def test_allowed_public_persons_and_the_municipalitys_own_name() -> None:
    rules = NameRules(frozenset({"Jonas Gahr Støre"}), frozenset({"Frøya"}))
    assert find_names("Statsminister Jonas Gahr Støre besøkte tjenesten.", rules) == []
    assert find_names("Støre og familien hans var med.", rules) == []
    assert find_names("Frøya kommune har 12 barn i fosterhjem.", rules) == []
    assert [h.kind for h in find_names("Jonas (7) ble plassert.", rules)] == [CONTEXT]  # not the public person


def test_has_child_context() -> None:
    assert has_child_context("Emma (7)") and has_child_context("broren til Ali")
    assert not has_child_context("Kari Hansen")


def test_the_name_data_is_large_and_clean() -> None:
    assert len(GIVEN_NAMES) >= 900 and len(FAMILY_NAMES) >= 300 and len(PLACES) >= 300
    assert {"Mohammed", "Ali", "Amina", "Noor", "Zainab", "Oliwia", "Jakub", "Emma", "Nora", "Jakob"} <= GIVEN_NAMES
    assert {"Hansen", "Johansen", "Olsen", "Nguyen", "Khan", "Ahmed", "Kowalski"} <= FAMILY_NAMES
    assert {"Os", "Vik", "Moss", "Bø", "Lillehammer"} <= PLACES
    assert {"Per", "Liv", "Dag", "Hans"} <= WORD_NAMES
    roles = {"Barnevernleder", "Kommunalsjef", "Saksbehandler", "Fagleder", "Mor", "Far", "Gutten", "Jenta"}
    assert not roles & (GIVEN_NAMES | FAMILY_NAMES)
    assert all(name[:1].isupper() for name in GIVEN_NAMES | FAMILY_NAMES | PLACES)
