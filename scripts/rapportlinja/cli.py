"""The `rapport` command: one table of subcommands, each with its arguments and the module that runs it.

The command modules are imported only when their command runs, so `rapport --hjelp` stays fast.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from rapportlinja import __version__
from rapportlinja.base.errors import ExitCode, UserError, error_handler


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in Norwegian: help, headings and errors; usage errors exit 2 as argparse always does."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **{**kwargs, "add_help": False, "formatter_class": _Formatter})
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        # --help and --version as well: what people type from habit, and what tools such as pre-commit expect.
        self.add_argument("-h", "--hjelp", "--help", action="help", help="vis denne hjelpen og avslutt")

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage()
        message = (
            message.replace("the following arguments are required", "mangler argument")
            .replace("invalid choice", "ugyldig valg")
            .replace("choose from", "velg mellom")
            .replace("unrecognized arguments", "ukjente argumenter")
            .replace("argument ", "argument ")
        )
        self.exit(2, f"{self.prog}: feil: {message}\n")


# Dates and years the tool can mean: a year outside would only overflow calendar arithmetic
# (--dato 9999-12-31 plus six weeks) or describe no report at all (--år 1).
FIRST_YEAR, LAST_YEAR = 2000, 2100


def date_argument(text: str) -> dt.date:
    try:
        date = dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"ugyldig dato «{text[:20]}»; skriv ÅÅÅÅ-MM-DD, for eksempel 2026-03-10"
        ) from None
    if not FIRST_YEAR <= date.year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"datoen må ligge mellom år {FIRST_YEAR} og {LAST_YEAR}")
    return date


def year_argument(text: str) -> int:
    if not (text.isascii() and text.isdigit()) or not FIRST_YEAR <= int(text) <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"året må være et tall mellom {FIRST_YEAR} og {LAST_YEAR}")
    return int(text)


def _meeting_dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dato", type=date_argument, metavar="ÅÅÅÅ-MM-DD", help="møtedatoen (standard: neste møte etter rutinen)"
    )
    _today(parser, "for testing og planlegging")


def _actions(parser: argparse.ArgumentParser) -> Any:
    return parser.add_subparsers(dest="action", metavar="HANDLING", required=True, parser_class=_Parser)


def _today(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--i-dag",
        type=date_argument,
        dest="today",
        metavar="ÅÅÅÅ-MM-DD",
        help=f"regn som om dette er dagens dato: {what} (standard: RAPPORT_I_DAG, ellers klokken)",
    )


def _sjekk(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("paths", nargs="*", metavar="STI", help="filene som skal sjekkes (standard: alle)")
    _today(parser, "frister i årshjulet regnes fra den")
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default=None,
        help="utdataformat (standard: github i GitHub Actions, ellers text)",
    )


def _run_sjekk(args: argparse.Namespace) -> int:
    from rapportlinja.commands import sjekk

    return sjekk.run(args.paths, args.format)


def _bygg(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-v", "--detaljert", action="store_true", dest="verbose", default=argparse.SUPPRESS, help="vis flere detaljer"
    )


def _run_bygg(args: argparse.Namespace) -> int:
    from rapportlinja.commands import bygg

    return bygg.run(verbose=args.verbose)


def _utgivelse(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--hovedgren",
        metavar="GREN",
        help="grenen taggen må være på, for eksempel origin/main (standard: origin/HEAD, origin/main eller main)",
    )


def _run_utgivelse(args: argparse.Namespace) -> int:
    from rapportlinja.commands import utgivelse

    return utgivelse.run(branch=args.hovedgren)


def _run_nettside(args: argparse.Namespace) -> int:
    from rapportlinja.commands import nettside

    return nettside.run()


def _endringer(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("fra", nargs="?", metavar="FRA", help="revisjonen det sammenlignes med (standard: hovedgrenen)")
    parser.add_argument("til", nargs="?", metavar="TIL", help="revisjonen med endringene (standard: arbeidskopien)")
    parser.add_argument(
        "--format", choices=("text", "github"), default=None, help="github: skriv også til jobbsammendraget i CI"
    )
    parser.add_argument(
        "--kommenter", action="store_true", help="lag eller oppdater kommentaren på pull requesten (i CI)"
    )


def _run_endringer(args: argparse.Namespace) -> int:
    from rapportlinja.commands import endringer

    code = endringer.run(args.fra, args.til, args.format)
    if code != 0 or not args.kommenter:
        return code
    # Two commands in a row, as the table runs them: a command never calls another (tests/layers_test.py).
    from rapportlinja.commands import kommentar

    return kommentar.main([str(endringer.markdown_path())])


def _godkjenning(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--pr", type=int, required=True, metavar="NUMMER", help="nummeret på pull requesten")


def _run_godkjenning(args: argparse.Namespace) -> int:
    from rapportlinja.commands import godkjenning

    return godkjenning.run(args.pr)


def _run_kodeeiere(args: argparse.Namespace) -> int:
    from rapportlinja.commands import kodeeiere

    return kodeeiere.run()


def _nokkeltall(parser: argparse.ArgumentParser) -> None:
    actions = _actions(parser)
    actions.add_parser("hent", help="hent SSB-tallene til report/data/nokkeltall.csv (tall ført for hånd beholdes)")
    avvik = actions.add_parser("avvik", help="vis nøkkeltall som avviker fra det vanlige nivået")
    avvik.add_argument(
        "--periode", metavar="PERIODE", help="perioden som skal vurderes, ÅÅÅÅ eller ÅÅÅÅH1/H2 (standard: siste)"
    )


def _run_nokkeltall(args: argparse.Namespace) -> int:
    from rapportlinja.commands import nokkeltall

    return nokkeltall.run_fetch() if args.action == "hent" else nokkeltall.run_deviations(args.periode)


def _agenda(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("line", nargs="?", metavar="LINJE", help="linjens id i meetings/rutine.yaml")
    parser.add_argument(
        "--alle",
        action="store_true",
        help="lag utkast til agendaer for alle møter de neste to månedene (i build/agendaer/)",
    )
    _meeting_dates(parser)


def _run_agenda(args: argparse.Namespace) -> int:
    from rapportlinja.commands import agenda

    if args.alle:
        return agenda.run_upcoming(args.today)
    if args.line is None:
        raise UserError(
            "Skriv hvilken linje agendaen gjelder.", "For eksempel: rapport agenda ledermote (eller --alle)."
        )
    return agenda.run(args.line, args.dato, args.today)


def _referat(parser: argparse.ArgumentParser) -> None:
    actions = _actions(parser)
    new = actions.add_parser("ny", help="opprett et referat fra møtets dagsorden (overskriver aldri)")
    new.add_argument("line", metavar="LINJE", help="linjens id i meetings/rutine.yaml")
    _meeting_dates(new)
    record = actions.add_parser(
        "pdf", help="lag et godkjent referat som PDF/A for sak- og arkivsystemet (build/referat/)"
    )
    record.add_argument("line", metavar="LINJE", help="linjens id i meetings/rutine.yaml")
    record.add_argument("--dato", type=date_argument, required=True, metavar="ÅÅÅÅ-MM-DD", help="møtedatoen")
    filing = actions.add_parser(
        "arkiv",
        help="lag det godkjente referatet som PDF/A med arkivmelding.xml (Fiks Arkiv) i build/arkiv/referat/",
    )
    filing.add_argument("line", metavar="LINJE", help="linjens id i meetings/rutine.yaml")
    filing.add_argument("--dato", type=date_argument, required=True, metavar="ÅÅÅÅ-MM-DD", help="møtedatoen")


def _run_referat(args: argparse.Namespace) -> int:
    from rapportlinja.commands import referat

    if args.action == "pdf":
        return referat.run_pdf(args.line, args.dato)
    if args.action == "arkiv":
        return referat.run_filing(args.line, args.dato)
    return referat.run_new(args.line, args.dato, args.today)


def _run_arkiv(args: argparse.Namespace) -> int:
    from rapportlinja.commands import arkiv

    return arkiv.run()


def _year(parser: argparse.ArgumentParser, what: str) -> None:
    parser.add_argument(
        "--år", type=year_argument, dest="year", metavar="ÅÅÅÅ", help=f"året {what} gjelder (standard: i år)"
    )


def _run_kalender(args: argparse.Namespace) -> int:
    from rapportlinja.commands import kalender

    return kalender.run(args.year)


def _arshjul(parser: argparse.ArgumentParser) -> None:
    _year(parser, "hjulet")
    parser.add_argument(
        "--i-dag",
        "--dato",  # the old name; --dato means the meeting date in agenda and referat
        type=date_argument,
        dest="today",
        metavar="ÅÅÅÅ-MM-DD",
        help="dagens dato, som markeres i hjulet (standard: klokken)",
    )


def _run_arshjul(args: argparse.Namespace) -> int:
    from rapportlinja.commands import arshjul

    return arshjul.run(args.year, args.today)


def _status(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("tekst", "markdown", "json"),
        default="tekst",
        help="tekst for terminalen, markdown for GitHub, json for maskiner (standard: tekst)",
    )
    parser.add_argument("--ut", type=Path, dest="out", metavar="FIL", help="skriv til en fil i stedet for skjermen")
    _today(parser, "frister og neste møter regnes fra den")


def _run_status(args: argparse.Namespace) -> int:
    from rapportlinja.commands import status

    return status.run(args.format, args.out)


def _paminnelser(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--plan", action="store_true", help="skriv sakene dataene krever som JSON, uten å endre noe på GitHub"
    )
    parser.add_argument(
        "--horisont",
        type=int,
        dest="horizon",
        default=14,
        choices=range(1, 92),
        metavar="DAGER",
        help="frister så mange dager fram får en sak (1–91, standard: 14)",
    )
    _today(parser, "frister regnes fra den")


def _run_paminnelser(args: argparse.Namespace) -> int:
    from rapportlinja.commands import paminnelser

    return paminnelser.run_plan(args.horizon) if args.plan else paminnelser.run(args.horizon)


def _run_saksframlegg(args: argparse.Namespace) -> int:
    from rapportlinja.commands import saksframlegg

    return saksframlegg.run()


def _undersokelse(parser: argparse.ArgumentParser) -> None:
    actions = _actions(parser)
    actions.add_parser("skjema", help="skriv spørsmålene klare til å lime inn i Microsoft Forms (build/undersokelse/)")
    importer = actions.add_parser(
        "importer", help="les svarene (xlsx eller csv fra Forms) og lagre summene i report/data/"
    )
    importer.add_argument(
        "file", type=Path, metavar="FIL", help="eksporten fra Microsoft Forms (leses, kopieres aldri)"
    )
    importer.add_argument(
        "--år", type=year_argument, dest="year", metavar="ÅÅÅÅ", help="rapportåret (standard: år i report/rapport.yaml)"
    )
    importer.add_argument("--erstatt", action="store_true", help="erstatt en fil med summer som finnes fra før")
    importer.add_argument(
        "--fritekst",
        type=Path,
        dest="free_text",
        metavar="FIL",
        help="skriv fritekstsvarene hit, utenfor repositoriet (de lagres aldri i repositoriet)",
    )


def _run_undersokelse(args: argparse.Namespace) -> int:
    from rapportlinja.commands import undersokelse

    if args.action == "skjema":
        return undersokelse.run_form()
    return undersokelse.run_import(args.file, args.year, args.erstatt, free_text=args.free_text)


def _nokler(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "readme", nargs="?", type=Path, default=Path("README.md"), metavar="FIL", help="standard: README.md"
    )


def _run_nokler(args: argparse.Namespace) -> int:
    from rapportlinja.commands import nokler

    return nokler.run(args.readme)


def _oppsett(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--kommune", required=True, metavar="NAVN", help="kommunens navn, for eksempel «Lindesnes kommune»"
    )
    parser.add_argument(
        "--nummer", required=True, metavar="NNNN", help="kommunenummeret (fire sifre), for eksempel 4205"
    )
    parser.add_argument(
        "--målform", "--malform", choices=("nb", "nn"), dest="language", help="bokmål (nb) eller nynorsk (nn)"
    )
    parser.add_argument("--github", metavar="ORG", help="organisasjonen på GitHub som har teamene (uten @)")
    parser.add_argument("--skjema-url", dest="form_url", metavar="URL", help="lenken til skjemaet i Teams for saker")
    parser.add_argument(
        "--erstatt", action="store_true", help="sett opp på nytt i et repositorium som alt er tatt i bruk"
    )


def _run_oppsett(args: argparse.Namespace) -> int:
    from rapportlinja.commands import oppsett

    return oppsett.run(args.kommune, args.nummer, args.language, args.github, args.form_url, args.erstatt)


def _no_arguments(parser: argparse.ArgumentParser) -> None:
    pass


class Command(NamedTuple):
    help: str
    arguments: Callable[[argparse.ArgumentParser], None]
    run: Callable[[argparse.Namespace], int]


COMMANDS: dict[str, Command] = {
    "oppsett": Command("gjør malen til kommunens egen: navn, nummer, regioner, målform", _oppsett, _run_oppsett),
    "sjekk": Command("sjekk rapporten og møtene for feil", _sjekk, _run_sjekk),
    "bygg": Command("bygg tilstandsrapporten som PDF i build/", _bygg, _run_bygg),
    "utgivelse": Command(
        "lag utgivelsen for taggen på HEAD (v<år>.<n>) i build/utgivelse/", _utgivelse, _run_utgivelse
    ),
    "arkiv": Command(
        "lag utgivelsen for taggen på HEAD med arkivmelding.xml (Fiks Arkiv) i build/arkiv/utgivelse/",
        _no_arguments,
        _run_arkiv,
    ),
    "saksframlegg": Command(
        "lag kommunedirektørens saksframlegg med forslag til vedtak (build/saksframlegg-<år>.md)",
        _no_arguments,
        _run_saksframlegg,
    ),
    "nettside": Command("bygg den offentlige nettutgaven i build/nettside/", _no_arguments, _run_nettside),
    "endringer": Command("vis hva som er endret (build/endringer.md og .pdf)", _endringer, _run_endringer),
    "godkjenning": Command(
        "sjekk at hver rolle kapitlene i en pull request krever, har godkjent (i CI)", _godkjenning, _run_godkjenning
    ),
    "kodeeiere": Command("lag .github/CODEOWNERS fra «godkjennes_av» i kapitlene", _no_arguments, _run_kodeeiere),
    "nokkeltall": Command("nøkkeltall: hent fra SSB, vis avvik fra normalen", _nokkeltall, _run_nokkeltall),
    "agenda": Command("lag dagsorden for neste møte på en linje (.md og .pdf i build/agenda/)", _agenda, _run_agenda),
    "referat": Command("referater fra rapporteringsmøtene", _referat, _run_referat),
    "kalender": Command("lag kalenderfil (.ics) med møtene i rutinen", lambda p: _year(p, "kalenderen"), _run_kalender),
    "arshjul": Command("tegn årshjulet (SVG, PNG og tabell i build/)", _arshjul, _run_arshjul),
    "status": Command("vis status for året: kapitler, frister, møter, tiltak og registre", _status, _run_status),
    "paminnelser": Command(
        "hold saken «Status» og én sak per frist på GitHub i takt med dataene (i arbeidsflyten)",
        _paminnelser,
        _run_paminnelser,
    ),
    "undersokelse": Command("spørreundersøkelsen til helse, skole og NAV", _undersokelse, _run_undersokelse),
    "nokler": Command("skriv tabellen over nøkler fra schemas/ inn i README-en (for utviklere)", _nokler, _run_nokler),
}


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rapport", description="Tilstandsrapport og rapporteringsrutine for barnevernstjenesten.")
    parser.add_argument(
        "--versjon", "--version", action="version", version=f"rapport {__version__}", help="vis versjonen og avslutt"
    )
    parser.add_argument("-v", "--detaljert", action="store_true", dest="verbose", help="vis flere detaljer")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)
    for name, command in COMMANDS.items():
        command.arguments(commands.add_parser(name, help=command.help))
    return parser


def _refuse_content_links() -> None:
    """Before any command reads content: no links in report/ or meetings/, so none is ever followed."""
    from rapportlinja.base import confine, layout
    from rapportlinja.base.errors import UserError

    try:
        root = layout.find().root
    except UserError:
        return  # the command says itself that it cannot find the repository
    confine.refuse_content_links(root)


def _tolerant_console() -> None:
    """A console that cannot show «å» (PYTHONIOENCODING=ascii, LANG=C) gets «?» instead of a crash.

    Set once here, before anything is printed: every message is Norwegian, and one unprintable
    letter in a finding must not turn a clean run into a traceback.
    """
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(errors="replace")


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_console()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        with error_handler(args.verbose):
            if getattr(args, "today", None) is not None:
                from rapportlinja.base import clock

                clock.set_today(args.today)
            if args.command != "sjekk":  # `sjekk` reports links as findings instead
                _refuse_content_links()
            return COMMANDS[args.command].run(args)
    except ExitCode as exit_code:
        return exit_code.code
