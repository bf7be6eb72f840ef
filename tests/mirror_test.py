"""The tests mirror the package (`tests/<folder>/<module>_test.py` tests `rapportlinja/<folder>/<module>.py`),
and every file of the package reaches an installed `rapport`.

A test file may add an aspect after the module's name (`website_browser_test.py` tests `render/website.py`
in a browser). What tests the whole rather than one module lives in the folders and files listed
below, each with the reason; anything else without its module is a test that lost its code.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "scripts" / "rapportlinja"

WHOLE_SYSTEM_FOLDERS = {
    "ci": "the workflows run step by step with a runner's variables",
    "precommit": "real pre-commit runs in temporary Git repositories",
    "verapdf": "every PDF the tool writes, validated by veraPDF",
}
WHOLE_SYSTEM_FILES = {
    "layers_test.py": "the import arrows between the folders",
    "mirror_test.py": "this rule",
    "lint_test.py": "ruff and mypy over the tree",
    "readme_test.py": "the README's commands and tables against the code",
    "checks/gate_corpus_test.py": "writer mistakes: `rapport sjekk` and `rapport bygg` stop at the same line",
    "checks/gate_property_test.py": "the same agreement as a property over random chapters",
    "render/nynorsk_test.py": "every generated document's nynorsk wording",
    "year_test.py": "a municipality's year with the clock moving: adoption, meetings, minutes, wheel, releases",
}


def orphans(tests: Path, package: Path) -> list[str]:
    """Test files whose name starts with no module (or subpackage) of the mirrored folder."""
    found = []
    for test in sorted(tests.rglob("*_test.py")):
        rel = test.relative_to(tests)
        if rel.parts[0] in WHOLE_SYSTEM_FOLDERS or rel.as_posix() in WHOLE_SYSTEM_FILES:
            continue
        folder = package.joinpath(*rel.parts[:-1])
        name = rel.name.removesuffix("_test.py")
        modules = {p.stem for p in folder.glob("*.py")} | {p.name for p in folder.iterdir() if p.is_dir()}
        if not any(name == m or name.startswith(m + "_") for m in modules if not m.startswith("_")):
            found.append(rel.as_posix())
    return found


def test_every_test_file_names_its_module() -> None:
    assert orphans(ROOT / "tests", PACKAGE) == []


def test_a_test_without_its_module_is_found(tmp_path: Path) -> None:
    (tmp_path / "pkg" / "read").mkdir(parents=True)
    (tmp_path / "pkg" / "read" / "archive.py").write_text("")
    (tmp_path / "tests" / "read").mkdir(parents=True)
    for name in ("archive_test.py", "archive_hostile_test.py", "feature_test.py"):
        (tmp_path / "tests" / "read" / name).write_text("")
    assert orphans(tmp_path / "tests", tmp_path / "pkg") == ["read/feature_test.py"]


def package_data_missing(package: Path, patterns: list[str]) -> list[str]:
    """Files of the package that are not Python and that no package-data pattern ships in the wheel."""
    shipped = {p.resolve() for pattern in patterns for p in package.glob(pattern)}
    data = [p for p in package.rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc")]
    return sorted(p.relative_to(package).as_posix() for p in data if p.resolve() not in shipped)


def test_every_data_file_of_the_package_is_installed() -> None:
    # An editable install reads from the tree and never notices; `pip install .` ships only these.
    patterns = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]["setuptools"]["package-data"]
    assert package_data_missing(PACKAGE, patterns["rapportlinja"]) == []


def test_a_data_file_no_pattern_ships_is_found(tmp_path: Path) -> None:
    (tmp_path / "checks").mkdir()
    (tmp_path / "checks" / "ast.lua").write_text("")
    (tmp_path / "checks" / "run.py").write_text("")
    assert package_data_missing(tmp_path, ["render/filters/*.lua"]) == ["checks/ast.lua"]
