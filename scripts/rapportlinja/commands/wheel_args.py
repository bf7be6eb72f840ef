"""Arguments and dispatch for the annual wheel and the partner survey (arshjul, undersokelse), kept out of cli.py."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from rapportlinja.commands.meeting_args import date_argument, year_argument


def add_wheel_commands(commands: Any) -> None:
    arshjul = commands.add_parser("arshjul", help="tegn årshjulet (SVG, PNG og tabell i build/)")
    arshjul.add_argument(
        "--år", type=year_argument, dest="year", metavar="ÅÅÅÅ", help="året hjulet gjelder (standard: i år)"
    )
    arshjul.add_argument(
        "--dato",
        type=date_argument,
        dest="today",
        metavar="ÅÅÅÅ-MM-DD",
        help="dagens dato, som markeres i hjulet (standard: klokken)",
    )
    survey = commands.add_parser("undersokelse", help="spørreundersøkelsen til helse, skole og NAV")
    actions = survey.add_subparsers(dest="action", metavar="HANDLING", required=True, parser_class=type(survey))
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


def dispatch(args: argparse.Namespace) -> int | None:
    """The exit code if `args` is a wheel or survey command, else None."""
    if args.command == "arshjul":
        from rapportlinja.commands import arshjul

        return arshjul.run(args.year, args.today)
    if args.command == "undersokelse":
        from rapportlinja.commands import undersokelse

        if args.action == "skjema":
            return undersokelse.run_form()
        return undersokelse.run_import(args.file, args.year, args.erstatt, free_text=args.free_text)
    return None
