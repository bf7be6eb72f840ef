"""Markdown chapters to Typst with pandoc (the binary that pypandoc_binary ships)."""

from __future__ import annotations

import functools
import hashlib
import os
import subprocess
from concurrent.futures import ThreadPoolExecutor
from importlib import resources
from pathlib import Path
from typing import NamedTuple

from rapportlinja.base import atomic, escape
from rapportlinja.base.errors import UserError
from rapportlinja.report.markdown import READER, identifier, unique

TIMEOUT_SECONDS = 120
OPTIONS = ("--sandbox", "--from", READER, "--to", "typst", "--wrap=preserve")


class Source(NamedTuple):
    file: str  # chapter file name; pandoc's --file-scope prefixes identifiers with it
    title: str
    body: str


def to_typst(
    sources: list[Source],
    workdir: Path,
    chapter_dir: str,
    cache: Path | None = None,
    first_filters: tuple[str, ...] = (),
) -> str:
    """One Typst text for all chapters. `chapter_dir` is root-relative, e.g. /report/kapitler.

    Each chapter is converted by its own pandoc, in parallel, and kept in `cache` under the hash of
    everything that decides the result (text, title, file names, pandoc, our filter), so an
    unchanged chapter is not converted again. The Lua filter gives identifiers and links the
    same file prefixes pandoc's --file-scope gives several files converted together.
    `first_filters` names more of our Lua filters (render/filters/NAME.lua) to run before typst.lua.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    files = [source.file for source in sources]
    keys = [_key(source, files, chapter_dir + "\0" + " ".join(first_filters)) for source in sources]
    results: dict[str, str] = {}
    missing = []
    for source, key in zip(sources, keys, strict=True):
        cached = cache / f"{key}.typ" if cache is not None else None
        if cached is not None and cached.is_file():
            results[source.file] = cached.read_text(encoding="utf-8")
        else:
            missing.append((source, cached))
    with ThreadPoolExecutor(max_workers=max(1, min(len(missing), os.cpu_count() or 1))) as pool:
        converted = pool.map(lambda item: _convert(item[0], files, workdir, chapter_dir, first_filters), missing)
        for (source, cached), text in zip(missing, converted, strict=True):
            results[source.file] = text
            if cached is not None:
                atomic.write_text(cached, text)
    if cache is not None:
        _forget_others(cache, {f"{key}.typ" for key in keys})
        ignore = cache / ".gitignore"
        if not ignore.exists():
            # A cache is never content: Git must not see it even where build/ is not ignored,
            # or the next build would call the tree dirty and print another PDF.
            atomic.write_text(ignore, "# Hurtiglager for kapitler gjort om av pandoc i «rapport bygg».\n*\n")
    return "\n".join(results[file] for file in files)


def file_ids(files: list[str]) -> dict[str, str]:
    """Each chapter file's label prefix: pandoc's identifier of the name, as --file-scope makes it.

    That rule drops the number, so 05-tema.md and 10-tema.md would both be «tema.md» and Typst
    would refuse the second chapter's labels; the second gets «tema.md-1», as pandoc numbers
    two headings with the same text.
    """
    used: dict[str, int] = {}
    return {file: unique(identifier(file), used) for file in files}


def _convert(
    source: Source, files: list[str], workdir: Path, chapter_dir: str, first_filters: tuple[str, ...] = ()
) -> str:
    write_chapter(workdir, source)
    ids = file_ids(files)
    arguments = [
        *OPTIONS,
        *[arg for name in first_filters for arg in ("--lua-filter", str(filter_path(name)))],
        "--lua-filter",
        str(filter_path()),
        "--metadata",
        f"rapportlinja-kapittelmappe={chapter_dir}",
        "--metadata",
        f"rapportlinja-fil={ids[source.file]}",
        "--metadata",
        f"rapportlinja-filer={' '.join(f'{file}={ids[file]}' for file in files)}",
        source.file,
    ]
    return run(arguments, workdir, f"kapittelet {source.file}")


def write_chapter(workdir: Path, source: Source) -> None:
    """The chapter as pandoc reads it: its title as the heading with the id links land on, then its body."""
    heading = f"# {escape.markdown(source.title)} {{#kapittel}}\n\n"
    (workdir / source.file).write_text(heading + source.body, encoding="utf-8")


def run(arguments: list[str], workdir: Path, what: str) -> str:
    """pandoc's output for `arguments`, run in `workdir`; a UserError naming `what` when it fails or hangs."""
    import pypandoc  # here, not at the top: its import costs 0.1 s, and `rapport sjekk` may not need it

    command = [pypandoc.get_pandoc_path(), *arguments]
    try:
        result = subprocess.run(command, cwd=workdir, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise UserError(f"pandoc brukte mer enn {TIMEOUT_SECONDS} sekunder på {what} og ble stoppet.") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", errors="replace").strip()
        raise UserError(f"pandoc klarte ikke å gjøre om {what}: {detail}")
    return result.stdout.decode("utf-8")


def filter_path(name: str = "typst") -> Path:
    return Path(str(resources.files("rapportlinja").joinpath("render", "filters", f"{name}.lua")))


@functools.cache
def _toolchain() -> bytes:
    """What else decides the output: pandoc itself (its path and size) and the text of every filter of
    ours (typst.lua, the modules it requires, and the filters run before it)."""
    import pypandoc

    pandoc = Path(pypandoc.get_pandoc_path())
    filters = sorted(filter_path().parent.glob("*.lua"))
    return f"{pandoc}:{pandoc.stat().st_size}:{OPTIONS}".encode() + b"".join(f.read_bytes() for f in filters)


def _key(source: Source, files: list[str], chapter_dir: str) -> str:
    digest = hashlib.sha256(_toolchain())
    for part in (chapter_dir, " ".join(files), source.file, source.title, source.body):
        digest.update(b"\0" + part.encode("utf-8"))
    return digest.hexdigest()


def _forget_others(cache: Path, keep: set[str]) -> None:
    """Only this build's chapters stay: the cache never grows past one report."""
    for path in cache.glob("*.typ"):
        if path.name not in keep:
            path.unlink(missing_ok=True)


def chapter_of_line(typst_text: str, line: int, sources: list[Source]) -> str | None:
    """Which chapter file a line of the converted Typst came from (for error messages).

    Each chapter starts with its heading, whose label «…__kapittel» Typst writes on the line after
    it, in the order of `sources`: an error on the heading line itself belongs to that chapter.
    """
    index = -1
    for number, text in enumerate(typst_text.split("\n"), start=1):
        if number - 1 > line:
            break
        if text.startswith("<") and text.endswith("__kapittel>"):
            index += 1
    return sources[index].file if 0 <= index < len(sources) else None
