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

from rapportlinja.base.personal.idnumber import complete_id_number
from rapportlinja.privacy import scan_text

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
