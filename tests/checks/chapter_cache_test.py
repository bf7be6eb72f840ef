"""The chapter findings cache: a warm run finds exactly what a cold one does, reads back only unchanged
chapters, forgets everything when the checks' code changes, and ignores a store it cannot use."""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest

from rapportlinja.base.findings import error
from rapportlinja.base.layout import Layout
from rapportlinja.checks import chapter_cache, pandoc_ast
from rapportlinja.checks.run import check_chapters, check_repository
from rapportlinja.read.repository import Repository

PACKAGE = Path(chapter_cache.__file__).resolve().parents[1]
ONE = "report/kapitler/03-virksomhet-og-organisering.md"
SENTINEL = ["x", 1, 1, "feil", "Lest fra mellomlageret.", None, "test.from-cache"]
# One chapter with a mistake for nearly every cached check: headings, a space in a link's address, tabs, an
# invisible character, a repealed legal reference, a script link, a character no font has, a short table row.
MANY = """
# Tittel igjen

## Del
Tekst rett under.

#### Dypt

Se [neste](02-b .md) og [dette](javascript:alert(1)).

År\tMeldinger
2024\t312

Rapporten gis etter bvl. § 2-1 siste ledd.

Et usynlig\u200btegn og et tegn uten skrift: \u4e2d.

| A | B | C |
|---|---|---|
| 1 | 2 |

Tabell 7 viser tallene.
"""


def _cache(root: Path) -> Path:
    return root / "build" / chapter_cache.CACHE_DIR / chapter_cache.CACHE_FILE


def _chapters(root: Path) -> list[tuple[str, int, int, str, str]]:
    """check_chapters on a fresh read of the repository, as a new process would see it."""
    found = check_chapters(Repository(Layout(root.resolve())), None)
    return sorted((f.path, f.line, f.column, f.code, f.message) for f in found)


def _with_many(example: Path) -> Path:
    chapter = example / ONE
    chapter.write_text(chapter.read_text("utf-8") + MANY, "utf-8")
    return chapter


def _plant_sentinels(root: Path) -> None:
    """Replace every stored finding with one no check makes, to see which chapters were read back."""
    stored = json.loads(_cache(root).read_text("utf-8"))
    _cache(root).write_text(json.dumps({key: [SENTINEL] for key in stored}), "utf-8")


def _from_cache(root: Path) -> int:
    return sum(1 for f in _chapters(root) if f[3] == "test.from-cache")


def test_warm_run_finds_exactly_what_a_cold_one_finds_on_the_example(example, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(example)
    cold = check_repository(Repository(Layout(example.resolve())))
    assert _cache(example).is_file()
    warm = check_repository(Repository(Layout(example.resolve())))
    assert warm == cold


def test_warm_run_finds_exactly_what_a_cold_one_finds_on_a_chapter_with_many_findings(example) -> None:  # type: ignore[no-untyped-def]
    _with_many(example)
    cold = _chapters(example)
    codes = {code for path, _, _, code, _ in cold if path == ONE}
    assert len(codes) >= 8, codes  # the chapter really exercises the cached checks
    assert {
        "link.space",
        "table.tabs",
        "legal.outdated.tilstandsrapport-2-1",
        "text.no-glyph",
        "web.link-scheme",
    } <= codes
    assert _chapters(example) == cold
    assert json.loads(_cache(example).read_text("utf-8"))  # and the warm run did read a store


def test_editing_a_chapter_checks_only_that_chapter_again(example) -> None:  # type: ignore[no-untyped-def]
    clean = _chapters(example)
    chapters = len(list((example / "report/kapitler").glob("*.md")))
    _plant_sentinels(example)
    assert _from_cache(example) == chapters  # every chapter was read back, none checked again
    _with_many(example)
    found = _chapters(example)
    assert sum(1 for f in found if f[3] == "test.from-cache") == chapters - 1
    assert not any(f[0] == ONE and f[3] == "test.from-cache" for f in found)
    assert len([f for f in found if f[0] == ONE]) > len([f for f in clean if f[0] == ONE])


def test_a_change_to_the_checks_code_checks_every_chapter_again(example, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    clean = _chapters(example)
    _plant_sentinels(example)
    assert _from_cache(example) > 0
    # A new version of one check: the hashed sources change, as after an upgrade of the package.
    monkeypatch.setattr(chapter_cache, "SOURCES", (*chapter_cache.SOURCES, "checks/klarsprak.yaml"))
    chapter_cache.code_version.cache_clear()
    try:
        assert _chapters(example) == clean
    finally:
        chapter_cache.code_version.cache_clear()


def test_a_change_to_the_repositorys_github_names_is_a_new_key(example) -> None:  # type: ignore[no-untyped-def]
    _chapters(example)
    _plant_sentinels(example)
    edition = example / "report/rapport.yaml"
    text = edition.read_text("utf-8")
    assert "team:" in text
    edition.write_text(text.replace("team:\n", "team:\n  annet: '@annen-org/team'\n", 1), "utf-8")
    assert _from_cache(example) == 0


@pytest.mark.parametrize(
    "content",
    [
        "ikke json {",
        "[1, 2, 3]",
        json.dumps({"nøkkel": [["x", "én", 1, "feil", "m", None, "c"]]}),  # a line that is not a number
        json.dumps({"nøkkel": [["x", 1, 1, "ukjent", "m", None, "c"]]}),  # a severity we do not have
        json.dumps({"nøkkel": 5}),
        "",
    ],
)
def test_a_corrupt_or_foreign_cache_is_ignored_and_rebuilt(example, content) -> None:  # type: ignore[no-untyped-def]
    _with_many(example)
    cold = _chapters(example)
    _cache(example).write_text(content, "utf-8")
    assert _chapters(example) == cold
    rebuilt = json.loads(_cache(example).read_text("utf-8"))
    assert isinstance(rebuilt, dict) and len(rebuilt) >= len(list((example / "report/kapitler").glob("*.md")))


def test_personal_data_in_a_chapter_reaches_the_store_only_masked(example) -> None:  # type: ignore[no-untyped-def]
    chapter = example / ONE
    # A table pasted from Word (tabs) with a fødselsnummer: the tab check quotes the rows in its hint.
    chapter.write_text(chapter.read_text("utf-8") + "\nNavn\tFnr\nOla\t01017012345\n", "utf-8")
    cold = _chapters(example)
    stored = _cache(example).read_text("utf-8")
    assert "table.tabs" in stored and "Ola" in stored
    assert "0101701234" not in stored and "1017012345" not in stored
    assert _chapters(example) == cold


def test_a_finding_the_reporters_would_mask_is_checked_every_time_not_stored(example, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    # Every check masks what it quotes today; this stands in for a future one that forgets to.
    def careless(chapter, own, organisations):  # type: ignore[no-untyped-def]
        return [error(chapter.loaded.rel, 1, 1, "Fant ola.nordmann@example.no i teksten.", None, "test.careless")]

    monkeypatch.setattr(chapter_cache, "own_findings", careless)
    found = _chapters(example)
    assert all(f[4] == "Fant ola.nordmann@example.no i teksten." for f in found if f[3] == "test.careless")
    assert sum(1 for f in found if f[3] == "test.careless") == len(list((example / "report/kapitler").glob("*.md")))
    assert not _cache(example).exists()


def test_the_store_keeps_only_the_newest_entries(example, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(chapter_cache, "KEPT", 3)
    _chapters(example)
    assert len(json.loads(_cache(example).read_text("utf-8"))) == 3


def test_cache_folder_is_the_one_the_other_checks_use() -> None:
    assert chapter_cache.CACHE_DIR == pandoc_ast.CACHE_DIR


def test_the_hashed_sources_cover_every_module_the_cached_checks_import() -> None:
    """A module left out of SOURCES could change the findings without changing the key."""
    todo, seen = ["rapportlinja.checks.chapter_cache"], set()
    while todo:
        module = todo.pop()
        if module in seen:
            continue
        seen.add(module)
        path = PACKAGE.parent.joinpath(*module.split("."))
        path = path / "__init__.py" if path.is_dir() else path.with_suffix(".py")
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            todo += [n for n in names if n.startswith("rapportlinja.") and _exists(n)]
    files = {str(Path(*m.split(".")[1:]).with_suffix(".py")) for m in seen if not m.endswith("__init__")}
    files = {f for f in files if (PACKAGE / f).is_file()}
    assert files <= set(chapter_cache.SOURCES), sorted(files - set(chapter_cache.SOURCES))
    for data in ("checks/glyphs.txt", "checks/lovhenvisninger.yaml"):  # read by glyphs and legalrefs
        assert data in chapter_cache.SOURCES
    assert all((PACKAGE / name).is_file() for name in chapter_cache.SOURCES)


def _exists(module: str) -> bool:
    path = PACKAGE.parent.joinpath(*module.split("."))
    return path.is_dir() or path.with_suffix(".py").is_file()
