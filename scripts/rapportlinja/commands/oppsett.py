"""`rapport oppsett --kommune NAVN --nummer NNNN [--målform nn]`: make the template the municipality's own.

One step instead of a list in the README: the name and number, the county and the region codes for the key
figures (from the number), the målform, the GitHub team, roles instead of names in «Medvirkning», an empty
allow-list, the routine without the example's links and rooms, the wheel's statuses reset, and the example's
minutes removed. The example chapters stay as a starting text, with the municipality's name and as drafts.

Nothing the user has written is overwritten: a repository that is no longer the example is refused unless
`--erstatt` is given, and even then only the identity is rewritten; minutes are removed only from the example.
Every file is written whole (base.atomic); Git has the example if anyone wants it back.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from pathlib import Path
from typing import Any, NamedTuple

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.error import YAMLError
from ruamel.yaml.scalarstring import DoubleQuotedScalarString

from rapportlinja.base import atomic, clock
from rapportlinja.base import layout as layout_module
from rapportlinja.base.errors import UserError
from rapportlinja.report import example

NEUTRAL_FORM_URL = "https://teams.microsoft.com/"  # the routine requires a link; the real one is the user's to add


class Write(NamedTuple):
    """A whole file's new text. Every change is worked out before the first is written: a refusal halfway
    (a broken file) leaves the repository as it was."""

    path: Path
    text: str


_NUMBER = re.compile(r"^[0-9]{4}$")
_GITHUB_NAME = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$")


def run(
    name: str,
    number: str,
    language: str | None = None,
    github: str | None = None,
    form_url: str | None = None,
    replace: bool = False,
    root: Path | None = None,
) -> int:
    layout = layout_module.find(root)
    name, county = _validated(name, number, github, form_url)
    edition_path = layout.edition_file
    edition = _load(edition_path)
    if not isinstance(edition.get("kommune"), dict):
        raise UserError("report/rapport.yaml mangler «kommune».", "Kjør «rapport sjekk» og rett feilene først.")
    template = example.is_template(edition)
    if not template and not replace:
        raise UserError(
            f"Repositoriet er allerede satt opp for «{edition['kommune']['navn']}».",
            "Bruk --erstatt for å skrive navn, nummer og regionkoder på nytt (tekst og referater røres ikke).",
        )
    old_name = str(edition["kommune"].get("navn", ""))
    # The identity, always: name, number, målform, teams, region codes.
    changed = [_edition(edition_path, edition, name, number, language, github, template)]
    changed += _indicators(layout, name, number, county)
    changed += _key_figures(layout, number, county)
    changed += _codeowners(layout, github)
    removed: list[Path] = []
    if template:
        # The example's content, only while it is still the example's: with --erstatt these are the
        # municipality's own allow-list, rooms, chapters, wheel and minutes, and are left alone.
        changed += _allow_list(layout)
        changed += _routine(layout, language, form_url)
        changed += _chapters(layout, old_name, name, county)
        changed += _wheel(layout, clock.today())
        removed = sorted(layout.meetings.glob("*/*.md"))  # the example's minutes: the municipality has none yet
        if language == "nn":
            changed = _nynorsk(layout, changed, old_name, name, county)
    for write in changed:
        atomic.write_text(write.path, write.text)
    for path in removed:
        path.unlink()
    for write in changed:
        print(f"• Skrev {layout.rel(write.path)}")
    for path in removed:
        print(f"• Fjernet eksempelreferatet {layout.rel(path)}")
    print(f"Ferdig: repositoriet er satt opp for {name} ({number}, {county.name}).")
    print(_NEXT_STEPS.format(team="" if github else _TEAM_STEP, form="" if form_url else _FORM_STEP))
    return 0


_TEAM_STEP = (
    "\n  – Skriv organisasjonen på GitHub i «team» i report/rapport.yaml (eller kjør på nytt med --github ORG)."
)
_FORM_STEP = (
    "\n  – Skriv lenken til skjemaet i Teams under «skjema: url» i meetings/rutine.yaml (eller bruk --skjema-url)."
)
_NEXT_STEPS = (
    "Neste steg:{team}{form}\n"
    "  – Kjør «rapport nokkeltall hent» for kommunens egne nøkkeltall; kontroller KOSTRA-gruppen i "
    "report/data/indikatorer.yaml.\n"
    "  – Skriv brukernavnene på GitHub under «team_medlemmer», så vises godkjenninger med rolle i «Medvirkning».\n"
    "  – Skriv om kapitlene (de er eksempelets tekst, merket «utkast»), og kjør «rapport sjekk»: "
    "den viser det som er igjen av eksempelet.\n"
    "  – Kjør «rapport kodeeiere» og gjør innstillingene på GitHub som README-en beskriver."
)


def _validated(name: str, number: str, github: str | None, form_url: str | None) -> tuple[str, example.County]:
    name = " ".join(name.split())
    if not name or len(name) > 100:
        raise UserError('Skriv kommunens navn, for eksempel --kommune "Lindesnes kommune".')
    if example.NAME.casefold() in name.casefold():
        raise UserError("Navnet er eksempelets.", "Skriv kommunens eget navn.")
    county = example.county_of(number) if _NUMBER.match(number) else None
    if county is None or number == example.NUMBER:
        raise UserError(
            "Kommunenummeret må være fire sifre, og de to første må være et fylke.",
            "Kommunenummeret står hos SSB (klass.ssb.no, «Standard for kommuneinndeling»), for eksempel 4205.",
        )
    if github is not None and not _GITHUB_NAME.match(github):
        raise UserError("Navnet på organisasjonen på GitHub har tegn som ikke er lov.", "Skriv bare navnet, uten @.")
    if form_url is not None and not form_url.startswith("https://"):
        raise UserError("Lenken til skjemaet må starte med https://.")
    return name, county


def _yaml() -> YAML:
    yaml = YAML()  # round trip: the files' comments explain them to the next person, so they are kept
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    yaml.representer.add_representer(type(None), _null)  # «høyere_er_bedre: null» stays written out
    return yaml


def _null(representer: Any, _: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


def _load(path: Path) -> Any:
    try:
        data = _yaml().load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, YAMLError) as exc:  # a broken file: the check says what is wrong
        raise UserError(
            f"Kunne ikke lese {path.name} ({type(exc).__name__}).", "Kjør «rapport sjekk» og rett feilene først."
        ) from None
    if not isinstance(data, dict):
        raise UserError(f"{path.name} er ikke et oppslag med nøkler.", "Kjør «rapport sjekk» og rett feilene først.")
    return data


def _dump(path: Path, data: Any) -> Write:
    out = io.StringIO()
    _yaml().dump(data, out)
    return Write(path, out.getvalue())


def _edition(
    path: Path, data: Any, name: str, number: str, language: str | None, github: str | None, template: bool
) -> Write:
    data["kommune"]["navn"] = name
    data["kommune"]["nummer"] = number
    if language:
        data["målform"] = language
    if template:
        data["medvirkning_visning"] = "roller"  # names of staff can be sensitive in a child welfare report
    teams = data.get("team") or {}
    for role in list(teams):
        if github:
            teams[role] = f"@{github}/{str(teams[role]).rsplit('/', 1)[-1]}"
    text = _dump(path, data).text
    # The example's committees and dates, its logo, its archive codes and its GitHub organisation are not
    # the municipality's.
    for key in ("politisk_behandling", "logo", "logo_alt", "arkiv") if template else ():
        text = _drop_key(text, key)
    if not github and "eksempel-kommune" in str(teams):
        text = _drop_key(text, "team")
    return Write(path, text)


def _drop_key(text: str, key: str) -> str:
    """Remove a top-level key and its indented block, and nothing else: the comments around it stay.

    (ruamel.yaml keeps a comment that follows a block with the block, so deleting the key there would take
    the next key's explanation with it.)
    """
    lines = text.splitlines(keepends=True)
    out, skipping = [], False
    for line in lines:
        if line.startswith(f"{key}:"):
            skipping = True
            continue
        if skipping and (line.startswith((" ", "\t")) or not line.strip()):
            continue
        skipping = False
        out.append(line)
    return "".join(out)


def _indicators(layout: layout_module.Layout, name: str, number: str, county: example.County) -> list[Write]:
    path = layout.report / "data" / "indikatorer.yaml"
    if not path.is_file():
        return []
    data = _load(path)
    regions = data.get("regioner")
    if not isinstance(regions, dict):
        return []
    regions["kommune"] = _flow({"kode": DoubleQuotedScalarString(number), "navn": name})
    if "fylke" in regions:
        regions["fylke"] = _flow({"kode": DoubleQuotedScalarString(county.kostra_code), "navn": county.name})
    return [_dump(path, data)]


def _flow(values: dict[str, Any]) -> CommentedMap:
    """A mapping written on one line, as the file writes its regions: `{kode: "4205", navn: …}`."""
    mapping = CommentedMap(values)
    mapping.fa.set_flow_style()
    return mapping


def _key_figures(layout: layout_module.Layout, number: str, county: example.County) -> list[Write]:
    """Move the rows to the new region codes, still marked «SSB …», so `rapport nokkeltall hent` replaces them."""
    path = layout.report / "data" / "nokkeltall.csv"
    if not path.is_file():
        return []
    codes = {example.NUMBER: number, example.COUNTY_CODE: county.kostra_code}
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    out = []
    for line in lines:
        cells = line.split(",")
        if len(cells) > 1 and cells[1] in codes:
            cells[1] = codes[cells[1]]
        out.append(",".join(cells))
    return [Write(path, "".join(out))]


def _allow_list(layout: layout_module.Layout) -> list[Write]:
    path = layout.report / "tillatte-tall.yaml"
    if not path.is_file():
        return []
    _load(path)  # refuse a broken file before anything is written
    # The example's switchboard and post address are not the municipality's: the list starts empty.
    return [Write(path, _drop_key(path.read_text(encoding="utf-8"), "tillatt").rstrip("\n") + "\ntillatt: []\n")]


_EXAMPLE_LINK = re.compile(r"(?m)^[ \t]+(?:lenke|møtelenke): *\S*example\.invalid\S*[ \t]*\n")
_ROOM = re.compile(r"(?m)^[ \t]+sted: .*\n")


def _routine(layout: layout_module.Layout, language: str | None, form_url: str | None) -> list[Write]:
    """The routine without the example's links and rooms: the municipality's own are added by hand."""
    path = layout.meetings / "rutine.yaml"
    if not path.is_file():
        return []
    data = _load(path)
    if language:
        data["målform"] = language
    form = data.get("skjema")
    if isinstance(form, dict) and (form_url or "example.invalid" in str(form.get("url", ""))):
        form["url"] = form_url or NEUTRAL_FORM_URL
    text = _ROOM.sub("", _EXAMPLE_LINK.sub("", _dump(path, data).text))
    attachments = data.get("vedlegg") or []
    if attachments and all("example.invalid" in str(a.get("url", "")) for a in attachments):
        text = _drop_key(text, "vedlegg")
    return [Write(path, text)]


def _chapters(layout: layout_module.Layout, old: str, name: str, county: example.County) -> list[Write]:
    """The example's text as a starting point, in the municipality's name; each chapter a draft again."""
    changed = []
    images = sorted((layout.report / "bilder").glob("*.svg"))
    for path in [*sorted(layout.chapters_dir.glob("*.md")), *images]:
        text = path.read_text(encoding="utf-8")
        new = _adopted(text, old, name, county) if path.suffix == ".md" else _renamed(text, old, name, county)
        if new != text:
            changed.append(Write(path, new))
    return changed


def _renamed(text: str, old: str, name: str, county: example.County) -> str:
    return text.replace(old, name).replace(example.COUNTY_NAME, county.name)


def _adopted(text: str, old: str, name: str, county: example.County) -> str:
    """A chapter of the example as the municipality's starting text: its name, and a draft again."""
    return re.sub(r"(?m)^status: .*$", "status: utkast", _renamed(text, old, name, county), count=1)


def _wheel(layout: layout_module.Layout, today: dt.date) -> list[Write]:
    """The example's progress is not the municipality's: every activity starts as planned, in the first cycle
    the municipality can follow from its start. After January this year's first deadlines have passed before
    anyone used the wheel, and warning about them would only teach people to ignore warnings: the statuses
    then apply from next year, and this year's wheel is shown as a plan."""
    path = layout.report / "arshjul.yaml"
    if not path.is_file():
        return []
    year = today.year if today.month == 1 else today.year + 1
    text = re.sub(r"(?m)^(\s*)status: (?:ferdig|pågår)$", r"\1status: planlagt", path.read_text(encoding="utf-8"))
    return [Write(path, re.sub(r"(?m)^år: [0-9]{4}$", f"år: {year}", text, count=1))]


def _nynorsk(
    layout: layout_module.Layout, changed: list[Write], old: str, name: str, county: example.County
) -> list[Write]:
    """The example in nynorsk: its data through report/nynorsk.yaml (routine, wheel, survey, key figure names,
    the report's subtitle, the roles in the chapters' frontmatter), and its chapters from the nynorsk text the
    package ships under the same file names (report/nynorsk/kapitler, and the figures' labels from
    report/nynorsk/bilder), in the municipality's name and as drafts like the bokmål ones. A chapter the
    example does not have stays as it is; `rapport sjekk` points at it."""
    pending = {write.path: write.text for write in changed}
    files = [
        layout.edition_file,
        layout.meetings / "rutine.yaml",
        layout.meetings / "registre.yaml",
        layout.report / "arshjul.yaml",
        layout.report / "data" / "indikatorer.yaml",
        *sorted((layout.report / "undersokelse").glob("*.yaml")),
        *sorted((layout.report / "data").glob("samarbeid-*.yaml")),
    ]
    for path in files:
        if path not in pending and not path.is_file():
            continue
        data = _yaml().load(pending.get(path) or path.read_text(encoding="utf-8"))
        example.to_nynorsk(data)
        if path == layout.edition_file and isinstance(data.get("tittel"), str):
            data["tittel"] = data["tittel"].replace("barnevernstjenesten", "barnevernstenesta")
        pending[path] = _dump(path, data).text
    roles = example.nynorsk().roles
    chapters = example.nynorsk_chapters()
    for path in sorted((layout.report / "bilder").glob("*.svg")):
        if path.name in example.nynorsk_images():
            pending[path] = _renamed(example.nynorsk_images()[path.name], old, name, county)
    for path in sorted(layout.chapters_dir.glob("*.md")):
        text = pending.get(path) or path.read_text(encoding="utf-8")
        if path.name in chapters:
            text = _adopted(chapters[path.name], old, name, county)
        pending[path] = re.sub(
            r"(?m)^ansvarlig: (.+)$", lambda m: f"ansvarlig: {roles.get(m.group(1), m.group(1))}", text, count=1
        )
    return [Write(path, text) for path, text in pending.items()]


def _codeowners(layout: layout_module.Layout, github: str | None) -> list[Write]:
    """The generated rules name the teams in «team»: the same rules, under the municipality's organisation."""
    path = layout.root / ".github" / "CODEOWNERS"
    if github is None or not path.is_file():
        return []
    text = path.read_text(encoding="utf-8")
    new = text.replace("@eksempel-kommune/", f"@{github}/")
    return [Write(path, new)] if new != text else []
