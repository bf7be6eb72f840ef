"""A corpus of bad inputs, each with the Norwegian message and the line it must produce."""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

import pytest

from rapportlinja.cli import main

EDITION = """kommune:
  navn: Testkommune
  nummer: "9999"
år: 2025
tittel: Tilstandsrapport 2025
målform: nb
ansvarlig: barnevernleder
kapitler:
  - 01-a.md
  - 02-b.md
"""

FRONT = """---
tittel: {title}
ansvarlig: barnevernleder
status: utkast
klassifisering: offentlig
sist_revidert: 2026-03-02
---
"""

GOOD_A = FRONT.format(title="Første") + "\nTekst.\n\n## Del\n\nSe [neste](02-b.md).\n"
GOOD_B = FRONT.format(title="Andre") + "\n## Mål {#mal}\n\nTekst.\n"
A = "report/kapitler/01-a.md"
B = "report/kapitler/02-b.md"
R = "report/rapport.yaml"


class Case(NamedTuple):
    name: str
    files: dict[str, str | bytes]
    path: str
    line: int
    text: str  # must occur in the message or the hint


def chapter(front_extra: str = "", body: str = "\nTekst.\n", replace: tuple[str, str] | None = None) -> str:
    front = FRONT.format(title="Første")
    if replace:
        front = front.replace(*replace)
    return front.replace("---\n", "---\n" + front_extra, 1) + body if front_extra else front + body


CASES = [
    Case("unknown key gets did-you-mean", {A: chapter("titel: X\n")}, A, 2, "Mente du «tittel»?"),
    Case("date in Norwegian form", {A: chapter(replace=("2026-03-02", "1.12.2026"))}, A, 6, "ÅÅÅÅ-MM-DD"),
    Case("impossible date", {A: chapter(replace=("2026-03-02", "2026-02-30"))}, A, 6, "ikke en gyldig dato"),
    Case("missing required key", {A: chapter(replace=("status: utkast\n", ""))}, A, 2, "Mangler nøkkelen «status»"),
    Case("bad status with suggestion", {A: chapter(replace=("utkast", "godkjendt"))}, A, 4, "Mente du «godkjent»?"),
    Case(
        "classification unknown",
        {A: chapter(replace=("klassifisering: offentlig", "klassifisering: hemmelig"))},
        A,
        5,
        "Gyldige verdier",
    ),
    Case(
        "withheld without legal basis",
        {A: chapter(replace=("klassifisering: offentlig", "klassifisering: unntatt offentlighet"))},
        A,
        2,
        "Mangler nøkkelen «hjemmel»",
    ),
    Case(
        "person instead of role",
        {A: chapter(replace=("ansvarlig: barnevernleder", "ansvarlig: Kari Nordmann"))},
        A,
        3,
        "rolle",
    ),
    Case("participation not a list", {A: chapter("medvirkning: tillitsvalgte\n")}, A, 2, "skal være en liste"),
    Case("duplicate key", {A: chapter("status: godkjent\n")}, A, 5, "står to ganger"),
    Case("tab in yaml", {A: chapter("medvirkning:\n\t- helse\n")}, A, 3, "Tabulator"),
    Case("nbsp in yaml", {A: chapter(replace=("status: utkast", "status:\u00a0utkast"))}, A, 4, "NBSP"),
    Case("colon in title", {A: chapter(replace=("tittel: Første", "tittel: Mål: færre brudd"))}, A, 2, "anførselstegn"),
    Case("missing frontmatter", {A: "# Første\n\nTekst.\n"}, A, 1, "mangler frontmatter"),
    Case("unterminated frontmatter", {A: "---\ntittel: A\n\nTekst\n"}, A, 1, "ikke avsluttet"),
    Case("frontmatter is a list", {A: "---\n- a\n- b\n---\nTekst\n"}, A, 2, "nøkler med verdier"),
    Case("frontmatter is empty", {A: "---\n---\nTekst\n"}, A, 2, "Frontmatter er tom"),
    Case("empty file", {A: ""}, A, 0, "Filen er tom"),
    Case("windows-1252 file", {A: chapter(replace=("Første", "F\u00f8rste")).encode("cp1252")}, A, 2, "Windows-1252"),
    Case("utf-16 file", {A: chapter().encode("utf-16")}, A, 1, "UTF-16"),
    Case("level-one heading in body", {A: chapter(body="\n# Tittel igjen\n")}, A, 9, "nivå 1"),
    Case("skipped heading level", {A: chapter(body="\n## Del\n\n#### Dypt\n")}, A, 11, "hopper fra nivå 2 til nivå 4"),
    Case("heading without blank line", {A: chapter(body="\nTekst\n## Del\n")}, A, 10, "tom linje"),
    Case(
        "image without alt text",
        {A: chapter(body="\n![](../bilder/x.svg)\n"), "report/bilder/x.svg": "<svg/>"},
        A,
        9,
        "alternativ tekst",
    ),
    Case(
        "missing image with suggestion",
        {A: chapter(body="\n![Kart](../bilder/kart.sv)\n"), "report/bilder/kart.svg": "<svg/>"},
        A,
        9,
        "Mente du «kart.svg»?",
    ),
    Case("remote image", {A: chapter(body="\n![Kart](https://example.org/kart.png)\n")}, A, 9, "ikke på nettet"),
    Case("image outside repository", {A: chapter(body="\n![Kart](../../../../etc/kart.svg)\n")}, A, 9, "utenfor"),
    Case(
        "unsupported image format",
        {A: chapter(body="\n![Kart](../bilder/kart.bmp)\n"), "report/bilder/kart.bmp": "BM"},
        A,
        9,
        "støttes ikke",
    ),
    Case(
        "broken svg",
        {
            A: chapter(body='\n![Kart](../bilder/kart.svg){alt="Kart"}\n'),
            "report/bilder/kart.svg": "<svg>\n<g ikke gyldig",
        },
        A,
        9,
        "linje 2 i bildefilen",
    ),
    Case("link to chapter not in report", {A: chapter(body="\nSe [x](03-c.md).\n")}, A, 9, "ikke er et kapittel"),
    Case("link to missing heading", {A: chapter(body="\nSe [x](02-b.md#maal).\n")}, A, 9, "Mente du «mal»?"),
    Case("link to missing local heading", {A: chapter(body="\nSe [x](#ingenting).\n")}, A, 9, "Fant ikke overskriften"),
    Case("chapter listed but missing", {R: EDITION + "  - 03-c.md\n"}, R, 11, "filen finnes ikke"),
    Case(
        "chapter file not listed",
        {"report/kapitler/03-c.md": GOOD_B},
        "report/kapitler/03-c.md",
        0,
        "står ikke i rekkefølgen",
    ),
    Case("chapter listed twice", {R: EDITION + "  - 02-b.md\n"}, R, 10, "flere ganger"),
    Case(
        "two files with one number",
        {"report/kapitler/02-c.md": GOOD_B, R: EDITION + "  - 02-c.md\n"},
        "report/kapitler/02-c.md",
        0,
        "Kapittelnummer 02",
    ),
    Case("municipality number unquoted", {R: EDITION.replace('"9999"', "0301")}, R, 3, "fire sifre i anførselstegn"),
    Case("year as text", {R: EDITION.replace("år: 2025", "år: tjuefemogtjue")}, R, 4, "et heltall"),
    Case("bad language", {R: EDITION.replace("målform: nb", "målform: bokmål")}, R, 6, "nb, nn"),
    Case("bad chapter file name", {R: EDITION.replace("02-b.md", "Kapittel B.md")}, R, 10, "to sifre"),
    Case("logo without alt text", {R: EDITION + "logo: bilder/logo.svg\n"}, R, 1, "logo_alt"),
    Case("edition is not yaml mapping", {R: "- bare\n- en liste\n"}, R, 1, "nøkler med verdier"),
]


def make_repo(root: Path, files: dict[str, str | bytes]) -> None:
    base: dict[str, str | bytes] = {R: EDITION, A: GOOD_A, B: GOOD_B}
    for rel, content in {**base, **files}.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


def run_json(root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> tuple[int, dict]:
    monkeypatch.chdir(root)
    code = main(["sjekk", "--format", "json"])
    return code, json.loads(capsys.readouterr().out)


def test_the_base_repository_is_clean(tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, {})
    code, report = run_json(tmp_path, monkeypatch, capsys)
    assert (code, report["funn"]) == (0, [])


def test_corpus_has_at_least_thirty_cases():
    assert len(CASES) >= 30


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_bad_input_gives_norwegian_message_at_line(case, tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, case.files)
    code, report = run_json(tmp_path, monkeypatch, capsys)
    assert code == 1
    matching = [
        f
        for f in report["funn"]
        if f["fil"] == case.path and f["linje"] == case.line and case.text in f["melding"] + " " + (f["tips"] or "")
    ]
    assert matching, json.dumps(report["funn"], ensure_ascii=False, indent=1)
    for finding in report["funn"]:
        assert "None" not in finding["melding"] and "Traceback" not in finding["melding"]


def test_symlink_out_of_the_repository_is_refused_not_read(tmp_path, monkeypatch, capsys):
    secret = tmp_path / "hemmelig.md"
    secret.write_text(GOOD_B.replace("Tekst.", "HEMMELIG-INNHOLD"), "utf-8")
    root = tmp_path / "repo"
    make_repo(root, {})
    (root / B).unlink()
    (root / B).symlink_to(secret)
    code, report = run_json(root, monkeypatch, capsys)
    assert code == 1
    assert [f["kode"] for f in report["funn"]] == ["confinement.symlink"]  # refused before anything is read
    assert main(["bygg"]) == 1
    assert "HEMMELIG-INNHOLD" not in capsys.readouterr().out


def test_repealed_legal_reference_is_a_warning_naming_the_current_one(tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, {B: GOOD_B + "\nRapporten gis etter bvl. § 2-1 siste ledd.\n"})
    code, report = run_json(tmp_path, monkeypatch, capsys)
    (finding,) = [f for f in report["funn"] if f["kode"].startswith("legal.outdated")]
    assert code == 0 and finding["alvorlighet"] == "advarsel" and finding["linje"] == 13
    assert "§ 15-3 femte ledd" in finding["tips"]


def test_oversized_file_is_refused_without_reading_it(tmp_path, monkeypatch, capsys):
    make_repo(tmp_path, {B: GOOD_B + "x" * (3 * 1024 * 1024)})
    code, report = run_json(tmp_path, monkeypatch, capsys)
    assert code == 1
    assert any(f["kode"] == "file.too-large" and f["fil"] == B and "for stor" in f["melding"] for f in report["funn"])
