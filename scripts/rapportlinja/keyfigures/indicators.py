"""The indicators (report/data/indikatorer.yaml) as typed records."""

from __future__ import annotations

from typing import Any, NamedTuple

INDICATORS_FILE = "report/data/indikatorer.yaml"
OWN = "egen registrering"
ROLES = ("kommune", "fylke", "kostragruppe", "landet")


class Rule(NamedTuple):
    method: str  # «spenn» or «standardavvik»
    periods: int = 4
    threshold_percent: float = 5.0
    deviations: float = 2.0


class SsbSource(NamedTuple):
    table: str
    content: str | None  # None: the content code is not known, so the indicator is not fetched
    filters: tuple[tuple[str, str], ...] = ()
    confirmed: str | None = None  # the page where table and code were checked; None: unconfirmed
    title: str = ""  # the table's title in SSB's statistics bank, as the source note prints it
    unconfirmed: str | None = None  # why table and code could not be checked (with «confirmed» None)

    @property
    def page(self) -> str:
        """The table's page in SSB's statistics bank: where a reader follows the source note."""
        return f"https://www.ssb.no/statbank/table/{self.table}"

    @property
    def label(self) -> str:
        return f"SSB {self.table}"


class Indicator(NamedTuple):
    id: str
    name: str
    unit: str
    definition: str
    source: SsbSource | None  # None: the service's own registration
    higher_is_better: bool | None
    decimals: int
    rule: Rule
    columns: tuple[str, ...] = ()  # other headings for the indicator in hand-written chapter tables


class Region(NamedTuple):
    role: str
    code: str
    name: str


class Catalogue(NamedTuple):
    regions: dict[str, Region]  # by role
    indicators: dict[str, Indicator]  # by id, in file order

    def region_of_code(self, code: str) -> Region | None:
        return next((r for r in self.regions.values() if r.code == code), None)

    @property
    def home(self) -> Region:
        return self.regions["kommune"]


def catalogue_from(data: dict[str, Any]) -> Catalogue:
    """Build from data that has passed the schema."""
    regions = {role: Region(role, r["kode"], r["navn"]) for role, r in data["regioner"].items()}
    indicators = {item["id"]: _indicator(item) for item in data["indikatorer"]}
    return Catalogue(regions, indicators)


def _indicator(item: dict[str, Any]) -> Indicator:
    source = item["kilde"]
    ssb = (
        None
        if source == OWN
        else SsbSource(
            source["ssb_tabell"],
            source.get("innhold"),
            tuple(sorted((str(k), str(v)) for k, v in source.get("filter", {}).items())),
            source.get("bekreftet"),
            source.get("tittel", ""),
            source.get("ubekreftet"),
        )
    )
    rule = item["avviksregel"]
    return Indicator(
        id=item["id"],
        name=item["navn"],
        unit=item["enhet"],
        definition=item["definisjon"],
        source=ssb,
        higher_is_better=item["høyere_er_bedre"],
        decimals=item["desimaler"],
        rule=Rule(
            rule["metode"],
            rule.get("perioder", 4),
            float(rule.get("terskel_prosent", 5.0)),
            float(rule.get("antall_standardavvik", 2.0)),
        ),
        columns=tuple(item.get("tabellkolonner", ())),
    )
