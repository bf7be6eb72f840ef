"""The meeting subcommands' arguments and dispatch (agenda, referat, kalender), kept out of cli.py."""

from __future__ import annotations

import argparse
import datetime as dt
from typing import Any

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


def _dates(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--dato", type=date_argument, metavar="ÅÅÅÅ-MM-DD", help="møtedatoen (standard: neste møte etter rutinen)"
    )
    parser.add_argument(
        "--i-dag",
        type=date_argument,
        dest="today",
        metavar="ÅÅÅÅ-MM-DD",
        help="regn som om dette er dagens dato (for testing og planlegging)",
    )


def add_meeting_commands(commands: Any) -> None:
    agenda = commands.add_parser(
        "agenda", help="lag dagsorden for neste møte på en linje (.md og .pdf i build/agenda/)"
    )
    agenda.add_argument("line", metavar="LINJE", help="linjens id i meetings/rutine.yaml")
    _dates(agenda)
    referat = commands.add_parser("referat", help="referater fra rapporteringsmøtene")
    actions = referat.add_subparsers(dest="action", metavar="HANDLING", required=True, parser_class=type(referat))
    new = actions.add_parser("ny", help="opprett et referat fra møtets dagsorden (overskriver aldri)")
    new.add_argument("line", metavar="LINJE", help="linjens id i meetings/rutine.yaml")
    _dates(new)
    kalender = commands.add_parser("kalender", help="lag kalenderfil (.ics) med møtene i rutinen")
    kalender.add_argument(
        "--år", type=year_argument, dest="year", metavar="ÅÅÅÅ", help="året kalenderen gjelder (standard: i år)"
    )


def dispatch(args: argparse.Namespace) -> int | None:
    """The exit code if `args` is a meeting command, else None."""
    if args.command == "agenda":
        from rapportlinja.commands import agenda

        return agenda.run(args.line, args.dato, args.today)
    if args.command == "referat":
        from rapportlinja.commands import referat

        return referat.run_new(args.line, args.dato, args.today)
    if args.command == "kalender":
        from rapportlinja.commands import kalender

        return kalender.run(args.year)
    return None
