"""The ```kilder block: the key figures' source note, made from the indicator file.

    ```kilder
    ```

Each SSB table the indicators use, with its title, the years the values file holds from it, the
indicators it feeds and its page in SSB's statistics bank, and whether table and code are checked;
then the figures the service registers itself. Written by hand, such a note once named six tables
the figures did not come from.
"""

from __future__ import annotations

from rapportlinja.base import escape
from rapportlinja.base.errors import UserError
from rapportlinja.base.findings import Finding, error
from rapportlinja.base.labels import Labels, labels_for
from rapportlinja.blocks.kind import Context, Kind, Rendered
from rapportlinja.keyfigures.indicators import INDICATORS_FILE
from rapportlinja.keyfigures.sources import Sources, TableSource, sources
from rapportlinja.read.repository import Repository
from rapportlinja.report.fenced import Block

NAME = "kilder"
EXAMPLE = "```kilder\n```"


def check(block: Block, rel: str, repo: Repository) -> list[Finding]:
    if block.text.strip():
        return [
            error(
                rel,
                block.line + 1,
                1,
                "Kilder-blokken tar ingen valg: kildene lages fra indikatorfilen.",
                f"La blokken være tom: {EXAMPLE}",
                "kilder.options",
            )
        ]
    if not repo.keyfigures.present:
        return [
            error(
                rel,
                block.line,
                1,
                f"Kapittelet ber om kildene for nøkkeltallene, men {INDICATORS_FILE} finnes ikke.",
                "Se README om nøkkeltall.",
                "kilder.no-data",
            )
        ]
    return []  # broken data files are reported by the key-figure check


def render(block: Block, context: Context) -> Rendered:
    if context.figures is None or block.text.strip():
        raise UserError(
            f"Kildene for nøkkeltallene kan ikke vises: {context.rel}:{block.line}",
            "Kjør «rapport sjekk» for å se feilen.",
        )
    return Rendered(markdown(sources(context.figures), labels_for(context.language)))


KIND = Kind(NAME, check, render)


def markdown(found: Sources, labels: Labels) -> str:
    items = [_table(table, labels) for table in found.tables]
    if found.own:
        items.append(escape.markdown(labels.sources_own.format(indicators=_names(found.own))))
    return escape.markdown(labels.sources_heading) + "\n\n" + "\n".join(f"- {item}" for item in items) + "\n"


def _table(table: TableSource, labels: Labels) -> str:
    years = (
        labels.sources_years.format(first=table.first, last=table.last)
        if table.first is not None
        else labels.sources_no_years
    )
    template = labels.sources_table if table.title else labels.sources_table_untitled
    text = template.format(table=table.table, title=table.title, years=years, indicators=_names(table.indicators))
    check = labels.sources_confirmed.format(page=table.confirmed) if table.confirmed else labels.sources_unconfirmed
    # The page is a link a reader of the PDF or the web edition can follow; the rest is plain text.
    return f"{escape.markdown(text)} <{table.page}>. {escape.markdown(check)}"


def _names(names: tuple[str, ...]) -> str:
    lowered = [name[0].lower() + name[1:] if name[1:2].islower() else name for name in names]
    return ", ".join(lowered)
