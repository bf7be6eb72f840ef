"""The folders are the layers: every import points down (or sideways without a cycle), never up.

Walks every module's imports with `ast`, the ones inside functions too, so a late import
cannot hide a wrong-way arrow. A package may import its own modules, any package on a
lower layer, and a package on its own layer as long as no cycle between packages forms.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path
from typing import NamedTuple

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "scripts" / "rapportlinja"

# Lowest first. The README's «For utviklere» shows the same map.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("base",),  # findings, nb/nn words, escaping, Git facts, layout, atomic writes, errors
    ("report", "keyfigures", "meetings", "wheel", "survey", "privacy", "review"),  # records and rules
    ("read",),  # opens input files: text -> records + findings
    ("blocks", "checks"),  # fenced blocks (check and render halves); findings about the records
    ("render", "release", "status"),  # writes bytes: templates, pandoc, Typst, agendas, charts, release notes
    ("reporters",),  # findings -> text
    ("pipeline",),  # what commands share: read and check before building, the builders, scan-write-checksum-swap
    ("commands",),  # one module per subcommand: read -> check -> build -> publish, through pipeline
    ("cli", "__main__"),  # the table of commands
)


class Import(NamedTuple):
    module: str  # the importing module, dotted
    target: str  # what it imports, dotted (a module or a name in one)
    line: int


def module_name(root: Path, path: Path) -> str:
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(root: Path) -> list[Import]:
    """Every import of `root`'s own package by a module under `root`, wherever in the module it is."""
    found = []
    top = root.name
    for path in sorted(root.rglob("*.py")):
        module = module_name(root, path)
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                found += [Import(module, a.name, node.lineno) for a in node.names if a.name.split(".")[0] == top]
            elif isinstance(node, ast.ImportFrom):
                if node.level:  # relative: resolve against the importing module's package
                    base = module.split(".")
                    is_package = path.name == "__init__.py"
                    base = base[: len(base) - node.level + (1 if is_package else 0)]
                    target = ".".join([*base, *([node.module] if node.module else [])])
                else:
                    target = node.module or ""
                if target.split(".")[0] == top:
                    found += [Import(module, f"{target}.{a.name}", node.lineno) for a in node.names]
    return found


def package_of(dotted: str) -> str | None:
    """The layer package of a dotted name: `rapportlinja.read.wheel_inputs.Inputs` -> `read`; None for the root."""
    parts = dotted.split(".")
    return parts[1] if len(parts) > 1 and not parts[1].startswith("__version") else None


def rank(package: str) -> int | None:
    return next((i for i, layer in enumerate(LAYERS) if package in layer), None)


def layer_violations(imports: Iterable[Import]) -> list[str]:
    problems = []
    for imp in imports:
        source, target = package_of(imp.module), package_of(imp.target)
        if source is None or target is None or source == target:
            continue
        for package in (source, target):
            if rank(package) is None:
                problems.append(f"{imp.module}: the package «{package}» is on no layer; add it to LAYERS")
        source_rank, target_rank = rank(source), rank(target)
        if source_rank is not None and target_rank is not None and target_rank > source_rank:
            problems.append(
                f"{imp.module} (line {imp.line}) imports {imp.target}: «{target}» is on a higher layer than «{source}»"
            )
    return sorted(set(problems))


def package_cycles(imports: Iterable[Import]) -> list[str]:
    """Each cycle between packages once, with one import that makes each of its arrows."""
    edges: dict[str, dict[str, Import]] = {}
    for imp in imports:
        source, target = package_of(imp.module), package_of(imp.target)
        if source is not None and target is not None and source != target:
            edges.setdefault(source, {}).setdefault(target, imp)
    cycles: set[tuple[str, ...]] = set()

    def visit(node: str, path: list[str]) -> None:
        for successor in edges.get(node, {}):
            if successor in path:
                cycle = path[path.index(successor) :]
                start = cycle.index(min(cycle))
                cycles.add(tuple(cycle[start:] + cycle[:start]))
            elif len(path) < len(edges) + 1:
                visit(successor, [*path, successor])

    for package in sorted(edges):
        visit(package, [package])
    messages = []
    for cycle in sorted(cycles):
        arrows = [edges[a][b] for a, b in zip(cycle, (*cycle[1:], cycle[0]), strict=True)]
        messages.append(
            "cycle "
            + " -> ".join((*cycle, cycle[0]))
            + ": "
            + "; ".join(f"{i.module} imports {i.target}" for i in arrows)
        )
    return messages


def test_every_import_follows_the_layers() -> None:
    imports = imports_of(PACKAGE)
    assert len(imports) > 300, "the walk found too few imports to be looking at the package"
    assert layer_violations(imports) == []


def command_imports(imports: Iterable[Import]) -> list[str]:
    """Every import of one command module by another (or of the commands package itself).

    A command that calls another runs that command's checks, writes and messages inside its own: the
    web edition rebuilt the release's PDF that way, without the release's approvals. What commands share
    lives below them, in pipeline/; only the CLI's table puts two commands in a row.
    """
    problems = []
    for imp in imports:
        source, target = imp.module.split("."), imp.target.split(".")
        if source[1:2] != ["commands"] or target[1:2] != ["commands"]:
            continue
        if len(target) < 3 or target[2] != source[2]:
            problems.append(f"{imp.module} (line {imp.line}) imports {imp.target}: a command imports another command")
    return sorted(problems)


def test_no_command_imports_another_command() -> None:
    assert command_imports(imports_of(PACKAGE)) == []


def test_the_test_catches_a_command_importing_a_command(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "commands/bygg.py": "from rapportlinja.pipeline import edition\n",
            "commands/nettside.py": "from rapportlinja.commands import bygg\n",
            "commands/utgivelse.py": "def late():\n    from .bygg import run\n    return run\n",
            "pipeline/edition.py": "",
        },
    )
    assert command_imports(imports_of(package)) == [
        "rapportlinja.commands.nettside (line 1) imports rapportlinja.commands.bygg: a command imports another command",
        "rapportlinja.commands.utgivelse (line 2) imports rapportlinja.commands.bygg.run: "
        "a command imports another command",
    ]


def test_no_cycle_between_packages() -> None:
    assert package_cycles(imports_of(PACKAGE)) == []


def test_every_package_is_on_a_layer() -> None:
    packages = {p.name for p in PACKAGE.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    packages |= {p.stem for p in PACKAGE.glob("*.py") if p.stem != "__init__"}
    assert sorted(p for p in packages if rank(p) is None) == []


def _tree(root: Path, files: dict[str, str]) -> Path:
    package = root / "rapportlinja"
    for name, text in files.items():
        path = package / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    for folder in [package, *(p for p in package.rglob("*") if p.is_dir())]:
        (folder / "__init__.py").touch()
    return package


def test_the_test_catches_an_upward_import_even_inside_a_function(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "base/words.py": "def late():\n    from rapportlinja.commands.bygg import run\n    return run\n",
            "commands/bygg.py": "from rapportlinja.base import words\n\n\ndef run():\n    return words\n",
        },
    )
    problems = layer_violations(imports_of(package))
    assert len(problems) == 1
    assert problems[0].startswith("rapportlinja.base.words (line 2) imports rapportlinja.commands.bygg.run")
    assert "higher layer" in problems[0]


def test_the_test_catches_a_cycle_between_packages_on_one_layer(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "meetings/agenda.py": "from rapportlinja.wheel.model import Wheel\n",
            "wheel/model.py": "import rapportlinja.meetings.routine\nWheel = 1\n",
            "meetings/routine.py": "",
        },
    )
    imports = imports_of(package)
    assert layer_violations(imports) == []  # sideways on one layer is allowed…
    cycles = package_cycles(imports)  # …but not both ways
    assert cycles == [
        "cycle meetings -> wheel -> meetings: rapportlinja.meetings.agenda imports rapportlinja.wheel.model.Wheel; "
        "rapportlinja.wheel.model imports rapportlinja.meetings.routine"
    ]


def test_the_test_catches_a_relative_import_and_an_unplaced_package(tmp_path: Path) -> None:
    package = _tree(
        tmp_path, {"base/a.py": "from ..read import b\n", "read/b.py": "", "misc/c.py": "from ..base import a\n"}
    )
    problems = layer_violations(imports_of(package))
    assert any(p.startswith("rapportlinja.base.a (line 1) imports rapportlinja.read.b") for p in problems)
    assert any("«misc» is on no layer" in p for p in problems)


@pytest.mark.parametrize("layer", LAYERS)
def test_layers_do_not_share_a_package(layer: tuple[str, ...]) -> None:
    others = {p for other in LAYERS if other is not layer for p in other}
    assert not set(layer) & others


# The records-and-rules layer opens no files and runs nothing: reading is `read/`'s job, so a rule
# can be tested on records alone and a command reads each file once. (Package data shipped with the
# code, read with importlib.resources, is not input; parsing bytes already read, as pypdf does, is allowed.)
RECORDS_LAYER = LAYERS[1]
FILE_ACCESS_MODULES = {"git", "subprocess", "openpyxl", "urllib", "shutil", "tempfile", "typst"}
FILE_ACCESS_CALLS = {"open", "read_text", "read_bytes", "write_text", "write_bytes", "iterdir", "glob", "rglob"}


def file_access(root: Path) -> list[str]:
    """Every import of a file-or-process module and every file call in the records-and-rules folders."""
    found = []
    for package in RECORDS_LAYER:
        for path in sorted((root / package).rglob("*.py")):
            name = path.relative_to(root).as_posix()
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if isinstance(node, ast.Import | ast.ImportFrom):
                    modules = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                    found += [
                        f"{name}:{node.lineno} imports {m}" for m in modules if m.split(".")[0] in FILE_ACCESS_MODULES
                    ]
                elif isinstance(node, ast.Call):
                    called = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                    if called in FILE_ACCESS_CALLS and not _package_data(node):
                        found.append(f"{name}:{node.lineno} calls {called}()")
    return found


def _package_data(call: ast.Call) -> bool:
    """`resources.files("rapportlinja")…read_text()`: the package's own data, not the user's files."""
    return "resources.files" in ast.unparse(call.func)


def test_records_and_rules_open_no_files() -> None:
    assert file_access(PACKAGE) == []


def test_the_test_catches_file_access_in_a_rule(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "meetings/rule.py": "import git\nfrom pathlib import Path\n\n\ndef f(p: Path):\n    return p.read_text()\n",
            "meetings/data.py": "from importlib import resources\n\n"
            "T = resources.files('rapportlinja').joinpath('x.yaml').read_text('utf-8')\n",
        },
    )
    assert file_access(package) == ["meetings/rule.py:1 imports git", "meetings/rule.py:6 calls read_text()"]


# Only the outer layers talk to the terminal: below them a function returns findings or raises a
# UserError with them, so one command decides what is shown, once. base/errors.py holds the CLI's
# one handler, which prints the error it catches. pipeline/ shows the warnings of the checks it runs
# for the commands (above the reporters, as the commands are).
TERMINAL_LAYERS = {"reporters", "pipeline", "commands", "cli", "__main__"}
TERMINAL_HANDLER = "base/errors.py"


def terminal_writes(root: Path) -> list[str]:
    """Every print() and sys.stdout/sys.stderr use below the reporters."""
    found = []
    for path in sorted(root.rglob("*.py")):
        name = path.relative_to(root).as_posix()
        if name.split("/")[0].removesuffix(".py") in TERMINAL_LAYERS or name == TERMINAL_HANDLER:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print":
                found.append(f"{name}:{node.lineno} calls print()")
            elif _is_sys_stream(node):
                assert isinstance(node, ast.Attribute)
                found.append(f"{name}:{node.lineno} uses sys.{node.attr}")
    return found


def _is_sys_stream(node: ast.AST) -> bool:
    return (
        isinstance(node, ast.Attribute)
        and node.attr in ("stdout", "stderr")
        and isinstance(node.value, ast.Name)
        and node.value.id == "sys"
    )


def test_only_the_outer_layers_write_to_the_terminal() -> None:
    assert terminal_writes(PACKAGE) == []


def test_the_test_catches_a_print_in_a_loader(tmp_path: Path) -> None:
    package = _tree(
        tmp_path,
        {
            "read/loader.py": "import sys\n\n\ndef f():\n    print('x')\n    sys.stderr.write('y')\n",
            "commands/run.py": "print('ok')\n",
        },
    )
    assert terminal_writes(package) == ["read/loader.py:5 calls print()", "read/loader.py:6 uses sys.stderr"]
