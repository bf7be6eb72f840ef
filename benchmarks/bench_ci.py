"""The content gate as a GitHub runner runs it: time to annotations and to the draft PDF.

Reads .github/workflows/innhold.yml and runs its `run:` steps in order (the install included, with pip's
cache warm as astral-sh/setup-uv's cache leaves it) in a fresh repository made from this checkout's tool
files and the frozen example, with the runner's variables set. Goals (issue 10): annotations within 45 s
and the draft PDF within 75 s of the job starting. Checkout and setup-python are GitHub's own steps and
are not run here; on a runner they take a few seconds more (reported separately by GitHub).

    .venv/bin/python benchmarks/bench_ci.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.ci.runner import StepResult, run_job  # noqa: E402

TOOL = ("pyproject.toml", "README.md", "scripts", "schemas", ".pre-commit-config.yaml", ".github/workflows")
EXAMPLE = ROOT / "tests/fixtures/eksempel"


def fresh_repository(target: Path) -> Path:
    shutil.copytree(EXAMPLE, target)
    for name in TOOL:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, symlinks=True, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, target / name)
    (target / ".gitignore").write_text(".venv/\n/build/\n*.egg-info/\n", encoding="utf-8")
    git = ["git", "-c", "user.name=Benchmark", "-c", "user.email=bench@example.invalid"]
    subprocess.run(["git", "init", "-q", "-b", "main"], cwd=target, check=True)
    subprocess.run(["git", "add", "-A"], cwd=target, check=True)
    subprocess.run([*git, "commit", "-qm", "Mal"], cwd=target, check=True)
    return target


def install_uv(folder: Path) -> Path:
    """uv as astral-sh/setup-uv puts it on PATH, in the version the workflow pins."""
    subprocess.run([sys.executable, "-m", "venv", str(folder)], check=True)
    subprocess.run([str(folder / "bin/pip"), "install", "--quiet", "uv==0.13.9"], check=True)
    return folder / "bin"


def one_run(workdir: Path, uv_bin: Path) -> list[StepResult]:
    repo = fresh_repository(workdir / "repo")
    # The machine's own network settings (certificates, proxies, index), as a runner image has its own.
    machine = {k: v for k, v in os.environ.items() if k.startswith(("SSL_", "PIP_", "UV_", "REQUESTS_", "CURL_"))}
    env = {
        **machine,
        "PATH": f"{uv_bin}{os.pathsep}{os.environ['PATH']}",
        "HOME": os.environ.get("HOME", str(workdir)),  # pip's cache lives here: warm, as on a runner with cache
        "PRE_COMMIT_HOME": str(workdir / "pre-commit-home"),
        "LANG": "C.UTF-8",
    }
    context = {"github.event_name": "pull_request", "github.sha": "0" * 40}
    return run_job(ROOT / ".github/workflows/innhold.yml", "innholdssjekk", repo, context, env)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=2)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as tools:
        return _timed(runs, install_uv(Path(tools) / "uv"))


def _timed(runs: int, uv_bin: Path) -> int:
    with tempfile.TemporaryDirectory() as warm:
        print("Varmer opp hurtigbufferen (som setup-uv med enable-cache) …", flush=True)
        one_run(Path(warm), uv_bin)
    for number in range(1, runs + 1):
        with tempfile.TemporaryDirectory() as work:
            results = one_run(Path(work), uv_bin)
        failed = [r for r in results if r.returncode != 0]
        if failed:
            print(f"Kjøring {number}: steget «{failed[0].name}» feilet:\n{failed[0].output}", file=sys.stderr)
            return 1
        print(f"Kjøring {number}:")
        for result in results:
            print(f"  {result.seconds:6.1f} s  etter «{result.name}»")
        annotations = next(r for r in results if r.name.startswith("rapport sjekk")).seconds
        draft = next(r for r in results if r.name.startswith("Bygg utkast")).seconds
        print(f"  merknader etter {annotations:.1f} s (mål 45 s), utkast etter {draft:.1f} s (mål 75 s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
