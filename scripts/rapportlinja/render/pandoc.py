"""Markdown chapters to Typst with pandoc (the binary that pypandoc_binary ships)."""

from __future__ import annotations

import subprocess
from importlib import resources
from pathlib import Path
from typing import NamedTuple

import pypandoc

from rapportlinja.errors import UserError
from rapportlinja.render import escape

# Raw HTML/LaTeX/Typst and metadata blocks in the body are off: content from a pull
# request must not inject markup into the PDF or override our settings.
READER = "markdown-raw_html-raw_tex-raw_attribute-yaml_metadata_block"
TIMEOUT_SECONDS = 120


class Source(NamedTuple):
    file: str  # chapter file name; pandoc's --file-scope prefixes identifiers with it
    title: str
    body: str


def to_typst(sources: list[Source], workdir: Path, chapter_dir: str, first_filters: tuple[str, ...] = ()) -> str:
    """One Typst text for all chapters. `chapter_dir` is root-relative, e.g. /report/kapitler.

    `first_filters` names more of our Lua filters (render/filters/NAME.lua) to run before typst.lua.
    """
    workdir.mkdir(parents=True, exist_ok=True)
    for source in sources:
        heading = f"# {escape.markdown(source.title)} {{#kapittel}}\n\n"
        (workdir / source.file).write_text(heading + source.body, encoding="utf-8")
    filters = resources.files("rapportlinja").joinpath("render", "filters")
    lua = filters.joinpath("typst.lua")
    extra = [arg for name in first_filters for arg in ("--lua-filter", str(filters.joinpath(f"{name}.lua")))]
    command = [
        pypandoc.get_pandoc_path(),
        "--sandbox",
        "--file-scope",
        "--from",
        READER,
        "--to",
        "typst",
        "--wrap=preserve",
        *extra,
        "--lua-filter",
        str(lua),
        "--metadata",
        f"rapportlinja-kapittelmappe={chapter_dir}",
        *[source.file for source in sources],
    ]
    try:
        result = subprocess.run(command, cwd=workdir, capture_output=True, timeout=TIMEOUT_SECONDS, check=False)
    except subprocess.TimeoutExpired:
        raise UserError(f"pandoc brukte mer enn {TIMEOUT_SECONDS} sekunder og ble stoppet.") from None
    if result.returncode != 0:
        detail = result.stderr.decode("utf-8", errors="replace").strip()
        raise UserError(f"pandoc klarte ikke å gjøre om kapitlene: {detail}")
    return result.stdout.decode("utf-8")


def chapter_of_line(typst_text: str, line: int, sources: list[Source]) -> str | None:
    """Which chapter file a line of the converted Typst came from (for error messages).

    Each chapter starts with its heading labelled «…__kapittel», in the order of `sources`.
    """
    index = -1
    for number, text in enumerate(typst_text.split("\n"), start=1):
        if number > line:
            break
        if text.startswith("<") and text.endswith("__kapittel>"):
            index += 1
    return sources[index].file if 0 <= index < len(sources) else None
