"""Every way of writing a number or address that still reads as it is caught; look-alikes pass.

The classes come from issue 16 (48 writings of an ID number, 31 of a phone number, 16 of
an e-mail address in the attack). Every value is synthetic: the ID number is built with
complete_id_number, the phone and the addresses are made up.
"""

from __future__ import annotations

import datetime
import html

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from rapportlinja.base.personal.emailaddress import ABBREVIATIONS
from rapportlinja.base.personal.idnumber import complete_id_number
from rapportlinja.privacy import is_id_number, scan_text

ID = "15038512363"  # synthetic, valid under today's rule
assert complete_id_number(ID[:9]) == ID
ID_KINDS = {"fødselsnummer", "d-nummer", "h-nummer"}
PHONE = "41234567"
ZWSP, SHY, WJ, NBSP, FIGURE, THIN = "\u200b", "\u00ad", "\u2060", "\u00a0", "\u2007", "\u2009"
FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
DEVANAGARI = str.maketrans("0123456789", "०१२३४५६७८९")


def entities(text: str) -> str:
    return "".join(f"&#{ord(c)};" if c.isdigit() else c for c in text)


ID_WRITINGS = [
    ID,
    "150385 12363",
    f"150385{NBSP}12363",
    "150385.12363",
    "150385/12363",
    "150385-12363",
    "150385–12363",  # en dash
    "150385‐12363",  # Unicode hyphen
    "150385‑12363",  # non-breaking hyphen
    "150385−12363",  # minus
    f"150385{FIGURE}12363",
    f"150385{THIN}12363",
    "150385  12363",  # two spaces
    "150385 - 12363",
    "15.03.85 12363",
    "15.03.85-12363",
    "15/03/85 12363",
    "15 03 85 12363",
    "150385 123 63",  # 6-3-2
    "150 385 123 63",  # 3-3-3-2
    "1503 8512 363",
    "150385\n12363",  # a soft-wrapped line
    f"1503{ZWSP}8512363",
    f"150385{SHY}12363",
    f"15{WJ}03{WJ}85{WJ}12363",
    ID.translate(FULL_WIDTH),
    ID.translate(ARABIC_INDIC),
    ID.translate(DEVANAGARI),
    entities(ID),
    "".join(f"&#x{ord(c):x};" for c in ID),
    "&#49;5038512363",
    "1503**85**12363",
    "**150385** 12363",
    "1503_85_12363",
    "150385\\-12363",
    "150385\\.12363",
    "`15038512363`",
    "fnr15038512363",
    "fnr.15038512363",
    "Fødselsnr:15038512363",
    "i 2024 15038512363",  # right after another number
    "(15038512363)",
    "[15038512363](https://eksempel.no)",
    "fnr=15038512363&x=1",
]


@pytest.mark.parametrize("written", ID_WRITINGS)
def test_every_writing_of_an_id_number_is_caught_and_masked(written: str) -> None:
    hits = scan_text(f"Saken gjelder {written} og ble meldt.")
    assert [hit.kind for hit in hits] == ["fødselsnummer"]
    assert hits[0].masked == "*********63"


PHONE_WRITINGS = [
    PHONE,
    "41 23 45 67",
    f"41{NBSP}23{NBSP}45{NBSP}67",
    f"41{FIGURE}23{FIGURE}45{FIGURE}67",
    "41-23-45-67",
    "41–23–45–67",
    "41.23.45.67",
    "412 34 567",
    "412-34-567",
    "4123 4567",
    "4123-4567",
    "+47 41 23 45 67",
    "+4741234567",
    "+47-41234567",
    "0047 41234567",
    "tlf41234567",
    "tlf.41234567",
    "tlf-41234567",
    "notat-41234567.md",
    "Tlf:41 23 45 67",
    "mobil41-23-45-67",
    "41 23\n45 67",
    f"41{ZWSP}23{ZWSP}45{ZWSP}67",
    f"4123{SHY}4567",
    PHONE.translate(FULL_WIDTH),
    entities(PHONE),
    "**41** 23 45 67",
    "41\\-23\\-45\\-67",
    "_41234567_",
    "41  23  45  67",
    # issue 27: a country code written with a space or other separators
    "+ 47 41234567",
    "+47 412 34 567",
    "(+47) 41 23 45 67",
    "0047 412 34 567",
    "00 47 41234567",
    "+47 41 234 567",
    # other groupings people use
    "41 234 567",
    "41-234-567",
    "41 23 4567",
    "4123 45 67",
    "412 345 67",
    # an unrelated digit or group one space away
    "41234567 1 gang",
    "2 41234567",
    "41 23 45 67 1 gang",
    "3 412 34 567",
]


@pytest.mark.parametrize("written", PHONE_WRITINGS)
def test_every_writing_of_a_phone_number_is_caught_and_masked(written: str) -> None:
    hits = scan_text(f"Ring {written} i dag.")
    assert [hit.kind for hit in hits] == ["telefonnummer"]
    assert "4123" not in hits[0].masked.replace(" ", "") and hits[0].masked.endswith("67")


EMAIL_WRITINGS = [
    "ola.nordmann@eksempel.no",
    "ola.nordmann\\@eksempel.no",
    "ola.nordmann&#64;eksempel.no",
    "ola.nordmann&commat;eksempel.no",
    "ola.nordmann [at] eksempel.no",
    "ola.nordmann[at]eksempel.no",
    "ola.nordmann(at)eksempel.no",
    "ola.nordmann (at) eksempel (dot) no",
    "ola.nordmann [AT] eksempel [DOT] no",
    "ola.nordmann＠eksempel.no",
    f"ola.nord{ZWSP}mann@eksem{SHY}pel.no",
    "**ola.nordmann**@eksempel.no",
    "ola\\.nordmann@eksempel\\.no",
    "ola.nordmann@eksempel&#46;no",
    "<ola.nordmann@eksempel.no>",
    "mailto:ola.nordmann@eksempel.no",
    # issue 27: broken over a line, spaces around @, the word written out
    "ola.nordmann@\neksempel.no",
    "ola.nordmann\n@eksempel.no",
    "ola.nordmann @ eksempel.no",
    "ola.nordmann  @eksempel.no",
    "ola.nordmann at eksempel.no",
    "ola.nordmann AT eksempel DOT no",
    "ola at eksempel dot no",
    "ola.nordmann snabel-a eksempel punktum no",
    "ola.nordmann krøllalfa eksempel.no",
    "ola%2Enordmann@eksempel.no",  # percent-encoded, as in a mailto: link
]


@pytest.mark.parametrize("written", EMAIL_WRITINGS)
def test_every_writing_of_an_address_is_caught_and_masked(written: str) -> None:
    hits = scan_text(f"Skriv til {written} i dag.")
    assert [hit.kind for hit in hits] == ["e-postadresse"]
    assert hits[0].masked == "o***@e***.no"


LOOK_ALIKES = [
    "35000000 kroner",
    "35000000 kr",
    "35000000kr",
    "kr 35000000",
    "kr. 35 000 000",
    "NOK 41234567",
    "beløp 41234567",
    "konto 4123.45.67890",
    "kontonummer: 41234567",
    "35 000 000 kroner",
    "kl. 20.00–22.30",
    "kl. 2000–2230",
    "BV-2021-0997",
    "BV-2021-09971",
    "saksnr-2024-1234",
    "2021–2025",
    "2021 - 2025",
    "2024/2025",
    "15.03.2026 123 meldinger",
    "15.03.2026",
    "a3f41234567b",  # a hash
    "(commit ab12345602)",  # a short commit hash as the release notes print it
    "ab1234560212345678901234567890123456789012",  # a whole commit hash
    "1,41234567",
    "41 23 45 67 89",  # five pairs
    "41.23-45.67",  # mixed separators: not one number
    "v2.10.41234567",
    "ISBN 978-82-41234-56-7",
    # issue 27: look-alikes of the new classes
    "974 760 673",  # organisation number: 9 digits
    "org.nr. 974 760 673",
    "tabell 12275",
    "KOSTRA-funksjon 244, 251 og 252",
    "12.03.2025",
    "25.03.2025",
    "2025-03-25",
    "25 03 2025",
    "kl. 09.00–10.30",
    "kr 1 234 567",
    "kr 41 234 567",
    "41 234 567 kr",
    "41 234 567,-",
    "netto driftsutgifter på 41 234 567",
    "budsjettet: 41.234.567",
    "| 41 234 567 |",
    "|41 234 567|",
    "41\u202f234\u202f567",  # typeset thousands
    "12,5 %",
    "45 % av 2024 2025",
    "2020 2021 2022 2023",
    "41 23 45 67 89 12",  # six pairs
    "41 234 567 890",  # thousands groups go on
    "4123 4567 8901",
    "Han sa at nav.no var nede",  # «at» is a Norwegian word
    "f.eks at ssb.no viser det",
    "@kari.no på Teams",
]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_pass(text: str) -> None:
    assert scan_text(f"Tallet er {text} i år.") == []


def test_a_hit_maps_back_to_the_original_line_and_column() -> None:
    text = "# Tittel\n\n**Merk:** &nbsp;saken\u200b gjelder 1503**85**12363.\nRing 41\u200b23\u200b45\u200b67."
    hits = scan_text(text)
    assert [(h.line, h.column, h.kind) for h in hits] == [(3, 32, "fødselsnummer"), (4, 6, "telefonnummer")]
    assert text.split("\n")[2][31:35] == "1503"


def test_account_context_is_noted_but_never_excuses_an_id_number() -> None:
    (hit,) = scan_text(f"Kontonummer: {ID}")
    assert hit.kind == "fødselsnummer" and hit.account_context


# --- properties: generated values, written with random disguises -----------------------

SEPARATOR_RUNS = st.sampled_from(
    [" ", NBSP, FIGURE, THIN, ".", "/", "-", "–", "‐", "−", "  ", " - ", "\n", " /", ".\u00a0"]
)
OFFSETS = st.sampled_from([(0, 0), (40, 0), (0, 40)])  # fødselsnummer, D, H


@st.composite
def id_numbers(draw: st.DrawFn) -> str:
    """Valid numbers under today's rule and the 2032 rule, D and H numbers included."""
    date = draw(st.dates(datetime.date(1900, 1, 1), datetime.date(2039, 12, 31)))
    day_offset, month_offset = draw(OFFSETS)
    first_nine = f"{date.day + day_offset:02d}{date.month + month_offset:02d}{date:%y}{draw(st.integers(0, 999)):03d}"
    number = complete_id_number(first_nine, draw(st.integers(0, 3)))
    assume(number is not None)
    assert number is not None
    return number


@st.composite
def disguised(draw: st.DrawFn, groups: list[str]) -> str:
    """Digit groups joined by one separator run each, each digit perhaps disguised."""
    out = []
    for index, group in enumerate(groups):
        written = "".join(draw(digit_disguise(digit)) for digit in group)
        if draw(st.booleans()):
            written = draw(st.sampled_from(["**{}**", "_{}_", "~~{}~~", "*{}*"])).format(written)
        out.append(written)
        if index < len(groups) - 1:
            out.append(draw(st.sampled_from(["", "\\"])) + draw(SEPARATOR_RUNS))
    return "".join(out)


def digit_disguise(digit: str) -> st.SearchStrategy[str]:
    return st.sampled_from(
        [
            digit,
            digit,
            digit + ZWSP,
            digit + SHY,
            SHY + digit,
            html.escape(f"&#{ord(digit)};", quote=False).replace("&amp;", "&"),
            f"&#x{ord(digit):x};",
            digit.translate(FULL_WIDTH),
            digit.translate(ARABIC_INDIC),
        ]
    )


@st.composite
def split(draw: st.DrawFn, digits: str) -> list[str]:
    cuts = sorted(draw(st.sets(st.integers(1, len(digits) - 1), max_size=4)))
    return [digits[a:b] for a, b in zip([0, *cuts], [*cuts, len(digits)], strict=True)]


@settings(max_examples=300)
@given(data=st.data(), number=id_numbers())
def test_generated_id_numbers_in_disguise_are_caught(data: st.DataObject, number: str) -> None:
    groups = data.draw(split(number))
    assume([len(g) for g in groups][:3] != [2, 2, 4])  # reads as a date with a four-digit year
    written = data.draw(disguised(groups))
    hits = scan_text(f"Innledning.\nSaken gjelder {written} og ble meldt.")
    assert [hit.kind in ID_KINDS for hit in hits] == [True], written
    assert hits[0].masked == "*********" + number[-2:]
    assert (hits[0].line, hits[0].column) == (2, len("Saken gjelder ") + 1)


PHONE_GROUPINGS = st.sampled_from([[8], [2, 2, 2, 2], [3, 2, 3], [4, 4]])


@settings(max_examples=300)
@given(data=st.data(), first=st.integers(2, 9), rest=st.integers(0, 9_999_999), grouping=PHONE_GROUPINGS)
def test_generated_phone_numbers_in_disguise_are_caught(
    data: st.DataObject, first: int, rest: int, grouping: list[int]
) -> None:
    digits = f"{first}{rest:07d}"
    groups, at = [], 0
    for size in grouping:
        groups.append(digits[at : at + size])
        at += size
    separator = data.draw(SEPARATOR_RUNS)  # one number is written with one kind of separator
    if len(groups) == 2:
        assume("\n" not in separator)  # two 4-digit numbers on neighbouring lines: two values
        assume(not all(g[:2] in {"19", "20"} for g in groups))  # reads as two years
        assume(not (separator.strip() in {"-", "–", "‐", "−"} and int(groups[0][:2]) < 24))  # a time range
    if len(groups) == 1:
        assume(not (digits.startswith("20") and 1 <= int(digits[4:6]) <= 12 and 1 <= int(digits[6:]) <= 31))
    parts = [data.draw(disguised([group])) for group in groups]
    written = separator.join(parts)
    hits = scan_text(f"Ring {written} i dag.")
    assert [hit.kind for hit in hits] == ["telefonnummer"], written
    assert hits[0].masked.endswith(digits[-2:]) and digits not in hits[0].masked


LOCAL = st.from_regex(r"[a-z]{1,8}(\.[a-z]{1,8})?", fullmatch=True)
AT_WRITINGS = st.sampled_from(["@", "\\@", "&#64;", "&commat;", " [at] ", "(at)", " (at) ", "＠", "[@]"])
DOT_WRITINGS = st.sampled_from([".", "\\.", "&#46;", " [dot] ", "(dot)"])


@settings(max_examples=200)
@given(local=LOCAL, at=AT_WRITINGS, dot=DOT_WRITINGS, host=st.from_regex(r"[a-z]{2,10}", fullmatch=True))
def test_generated_addresses_in_disguise_are_caught(local: str, at: str, dot: str, host: str) -> None:
    assume(host not in {"png", "jpg", "pdf"})
    hits = scan_text(f"Skriv til {local}{at}{host}{dot}no i dag.")
    assert [hit.kind for hit in hits] == ["e-postadresse"]
    assert hits[0].masked == f"{local[0]}***@{host[0]}***.no"


# --- property: everyday numbers in a report are not phone numbers -----------------------

EVERYDAY = st.one_of(
    st.dates(datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)).map(lambda d: f"{d:%d.%m.%Y}"),
    st.dates(datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)).map(lambda d: d.isoformat()),
    st.integers(1990, 2098).map(lambda y: f"{y}–{y + 1}"),
    st.integers(1990, 2098).map(lambda y: f"{y}/{y + 1}"),
    st.tuples(st.integers(0, 23), st.integers(0, 59), st.integers(0, 23), st.integers(0, 59)).map(
        lambda t: f"kl. {t[0]:02d}.{t[1]:02d}–{t[2]:02d}.{t[3]:02d}"
    ),
    st.integers(10_000_000, 99_999_999).map(lambda n: f"{n:,} kr".replace(",", " ")),
    st.integers(10_000_000, 99_999_999).map(lambda n: f"{n} kroner"),
    st.integers(10_000_000, 99_999_999).map(lambda n: f"kr {n}"),
    st.tuples(st.integers(2000, 2099), st.integers(1, 9999)).map(lambda t: f"BV-{t[0]}-{t[1]:04d}"),
)


@settings(max_examples=500)
@given(first=EVERYDAY, second=EVERYDAY)
def test_everyday_numbers_are_not_phone_numbers(first: str, second: str) -> None:
    text = f"Tallene {first} og {second}, jf. {first}."
    assert [hit.kind for hit in scan_text(text) if hit.kind == "telefonnummer"] == []


# --- issue 27: the classes that still got through, each written at random -----------------

MOBILES = st.tuples(st.sampled_from("49"), st.integers(0, 9_999_999)).map(lambda t: f"{t[0]}{t[1]:07d}")
GROUPINGS = st.sampled_from(
    [[8], [2, 2, 2, 2], [3, 2, 3], [4, 4], [2, 3, 3], [2, 2, 4], [2, 4, 2], [4, 2, 2], [3, 3, 2]]
)
# One number is written with one kind of separator; not the typeset thin spaces of an amount.
PLAIN_SEPARATORS = st.sampled_from([" ", NBSP, "-", "–", "‐", ".", "/", "  ", " - "])
COUNTRY_CODES = st.sampled_from(["+47", "+ 47", "+47 ", "(+47) ", "0047", "00 47", "+47-", "0047 ", "+47 (0) "])


def grouped(digits: str, grouping: list[int], separator: str) -> str:
    groups, at = [], 0
    for size in grouping:
        groups.append(digits[at : at + size])
        at += size
    return separator.join(groups)


def assert_one_phone(text: str, digits: str) -> None:
    hits = scan_text(text)
    assert [hit.kind for hit in hits] == ["telefonnummer"], text
    assert hits[0].masked.endswith(digits[-2:]) and digits not in hits[0].masked.replace(" ", "")


@settings(max_examples=300)
@given(code=COUNTRY_CODES, digits=MOBILES, grouping=GROUPINGS, separator=PLAIN_SEPARATORS)
def test_a_country_code_written_with_separators_is_caught(
    code: str, digits: str, grouping: list[int], separator: str
) -> None:
    assert_one_phone(f"Kontakt {code}{grouped(digits, grouping, separator)} i dag.", digits)


@settings(max_examples=300)
@given(
    digits=MOBILES,
    grouping=GROUPINGS,
    separator=PLAIN_SEPARATORS,
    context=st.sampled_from(["Hun nås på {}.", "- {}", "Kontakt: {} (privat)"]),
)
def test_every_grouping_is_caught_without_a_phone_word(
    digits: str, grouping: list[int], separator: str, context: str
) -> None:
    assert_one_phone(context.format(grouped(digits, grouping, separator)), digits)


@settings(max_examples=300)
@given(
    digits=MOBILES,
    grouping=GROUPINGS,
    separator=st.sampled_from([" ", NBSP, "-", "."]),
    neighbour=st.integers(0, 99_999).map(str),
    gap=st.sampled_from([" ", NBSP, "  "]),
    after=st.booleans(),
)
def test_an_unrelated_digit_group_one_space_away_does_not_hide_a_phone_number(
    digits: str, grouping: list[int], separator: str, neighbour: str, gap: str, after: bool
) -> None:
    # A single digit beside any grouping, any other group beside a number written whole; a group of
    # another size beside a grouped number could regroup with it into another reading («2000 40 00 0001»).
    assume(len(grouping) == 1 or len(neighbour) == 1)
    number = grouped(digits, grouping, separator)
    assume(not any(is_id_number(d) for d in (neighbour + digits, digits + neighbour)))
    written = f"{number}{gap}{neighbour}" if after else f"{neighbour}{gap}{number}"
    assert_one_phone(f"{'Rom' if after else 'Ring'} {written} ganger.", digits)


PHONE_WORDS = st.sampled_from(
    [
        "tlf",
        "Tlf.",
        "TLF:",
        "tel.",
        "Telefon:",
        "telefonnr.",
        "Mobil",
        "mob.",
        "mobilnummer",
        "ring",
        "Ring meg på",
        "sms",
        "SMS:",
        "nr. på",
        "nr på Kari:",
        "Vakttelefon:",
        "| Telefon |",
        "tlf. (privat)",
    ]
)
# A Norwegian phone number starts with 2 to 9: 19xx never reads as one.
YEAR_PAIRS = st.tuples(st.integers(2000, 2098), st.sampled_from([" ", "–", "-", "/", NBSP])).map(
    lambda t: f"{t[0]}{t[1]}{t[0] + 1}"
)
COMPACT_DATES = st.dates(datetime.date(2000, 1, 1), datetime.date(2099, 12, 31)).map(lambda d: f"{d:%Y%m%d}")


@settings(max_examples=300)
@given(word=PHONE_WORDS, number=st.one_of(YEAR_PAIRS, COMPACT_DATES))
def test_a_phone_word_decides_a_number_that_also_reads_as_a_date_or_two_years(word: str, number: str) -> None:
    digits = "".join(c for c in number if c.isdigit())
    assert_one_phone(f"Innledning.\n{word} {number}, takk.", digits)
    assert scan_text(f"Innledning.\nI perioden {number}, takk.") == []


LOOSE_AT = st.sampled_from(["@\n", "\n@", " @ ", "  @  ", " at ", " AT ", " snabel-a ", " krøllalfa ", "@"])
LOOSE_DOT = st.sampled_from([".", " dot ", " DOT ", " punktum "])
TLDS = st.one_of(
    st.from_regex(r"[a-z]{2,24}", fullmatch=True),
    st.from_regex(r"xn--[a-z0-9]{2,10}", fullmatch=True),
    st.sampled_from(["io", "app", "museum", "kommune.no", "oslo.kommune.no"]),
)
SPELT = {"at", "dot", "punktum", "prikk", "png", "jpg", "jpeg", "gif", "svg", "webp", "pdf", "md", "yaml"}


@settings(max_examples=300)
@given(
    local=st.from_regex(r"[a-z]{1,8}\.[a-z]{1,8}", fullmatch=True),
    at=LOOSE_AT,
    dot=LOOSE_DOT,
    host=st.from_regex(r"[a-z]{2,12}", fullmatch=True),
    tld=TLDS,
)
def test_addresses_written_loosely_with_any_top_level_domain_are_caught(
    local: str, at: str, dot: str, host: str, tld: str
) -> None:
    assume(host not in SPELT and tld.rsplit(".", 1)[-1] not in SPELT)
    # «m.a at …», «bl.a at …»: a Norwegian abbreviation before the word «at» is prose, never an address.
    assume("@" in at or local not in ABBREVIATIONS)
    hits = scan_text(f"Skriv til {local}{at}{host}{dot}{tld} i dag.")
    assert [hit.kind for hit in hits] == ["e-postadresse"]
    assert hits[0].masked == f"{local[0]}***@{host[0]}***.{tld.rsplit('.', 1)[-1]}"


def thousands(n: int, separator: str = " ") -> str:
    return f"{n:,}".replace(",", separator)


MORE_EVERYDAY = st.one_of(
    EVERYDAY,
    st.integers(800_000_000, 999_999_999).map(lambda n: f"org.nr. {thousands(n)}"),
    st.integers(800_000_000, 999_999_999).map(thousands),  # an organisation number: nine digits
    st.integers(10_000, 99_999).map(lambda n: f"tabell {n}"),
    st.integers(100, 999).map(lambda n: f"funksjon {n}"),
    st.integers(20_000_000, 99_999_999).map(lambda n: f"kr {thousands(n)}"),
    st.integers(20_000_000, 99_999_999).map(lambda n: f"{thousands(n)} kroner"),
    st.integers(20_000_000, 99_999_999).map(lambda n: f"{thousands(n, NBSP)},-"),
    st.integers(20_000_000, 99_999_999).map(lambda n: f"netto driftsutgifter {thousands(n)}"),
    st.integers(20_000_000, 99_999_999).map(lambda n: f"\n| Barnevern | {thousands(n)} |\n"),
    st.integers(20_000_000, 99_999_999).map(lambda n: thousands(n, "\u202f")),
    st.integers(20_000_000, 99_999_999_999).map(lambda n: f"{thousands(n)} kr"),
    st.tuples(st.integers(0, 99), st.integers(0, 9)).map(lambda t: f"{t[0]},{t[1]} %"),
    st.dates(datetime.date(1990, 1, 1), datetime.date(2099, 12, 31)).map(lambda d: f"{d:%d %m %Y}"),
    st.integers(1990, 2090).map(lambda y: f"{y} {y + 1} {y + 2}"),
    st.lists(st.integers(10, 99), min_size=5, max_size=7).map(lambda pairs: " ".join(map(str, pairs))),
)


@settings(max_examples=500)
@given(first=MORE_EVERYDAY, second=MORE_EVERYDAY)
def test_everyday_numbers_of_a_report_are_still_not_phone_numbers(first: str, second: str) -> None:
    text = f"Tallene {first} og {second}, jf. {first}."
    assert [hit.masked for hit in scan_text(text) if hit.kind == "telefonnummer"] == []
