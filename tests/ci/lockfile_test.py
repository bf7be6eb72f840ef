"""requirements/lock.txt pins every runtime dependency in pyproject.toml, each with hashes."""

from __future__ import annotations

import re
import tomllib

from packaging.requirements import Requirement

from tests.conftest import ROOT

LOCK = ROOT / "requirements/lock.txt"
_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+) \\$", re.MULTILINE)


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _pins() -> dict[str, str]:
    return {_normal(name): version for name, version in _PIN.findall(LOCK.read_text(encoding="utf-8"))}


def test_every_runtime_dependency_is_pinned_in_the_lock_file_within_its_range() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pins = _pins()
    for line in project["dependencies"]:
        wanted = Requirement(line)
        assert _normal(wanted.name) in pins, f"{wanted.name} mangler i requirements/lock.txt"
        assert wanted.specifier.contains(pins[_normal(wanted.name)]), (wanted, pins[_normal(wanted.name)])


def test_every_pin_has_a_hash() -> None:
    blocks = re.split(r"\n(?=\S)", LOCK.read_text(encoding="utf-8"))
    pinned = [block for block in blocks if "==" in block.split("\n")[0]]
    assert len(pinned) == len(_pins()) >= 20
    assert all("--hash=sha256:" in block for block in pinned)
