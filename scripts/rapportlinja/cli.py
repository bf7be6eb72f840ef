"""The `rapport` command: one flat dispatch to one module per subcommand."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import Any

from rapportlinja import __version__
from rapportlinja.commands import meeting_args, wheel_args
from rapportlinja.errors import ExitCode, error_handler


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage: str | None, actions: Any, groups: Any, prefix: str | None = None) -> None:
        super().add_usage(usage, actions, groups, "bruk: " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse in Norwegian: help, headings and errors; usage errors exit 2 as argparse always does."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **{**kwargs, "add_help": False, "formatter_class": _Formatter})
        self._positionals.title = "argumenter"
        self._optionals.title = "valg"
        self.add_argument("-h", "--hjelp", action="help", help="vis denne hjelpen og avslutt")

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


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="rapport", description="Tilstandsrapport og rapporteringsrutine for barnevernstjenesten.")
    parser.add_argument(
        "--versjon", action="version", version=f"rapport {__version__}", help="vis versjonen og avslutt"
    )
    parser.add_argument("-v", "--detaljert", action="store_true", dest="verbose", help="vis flere detaljer")
    commands = parser.add_subparsers(dest="command", metavar="KOMMANDO", parser_class=_Parser)

    sjekk = commands.add_parser("sjekk", help="sjekk rapporten og møtene for feil")
    sjekk.add_argument("paths", nargs="*", metavar="STI", help="filene som skal sjekkes (standard: alle)")
    sjekk.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default=None,
        help="utdataformat (standard: github i GitHub Actions, ellers text)",
    )

    bygg = commands.add_parser("bygg", help="bygg tilstandsrapporten som PDF i build/")
    bygg.add_argument(
        "-v", "--detaljert", action="store_true", dest="verbose", default=argparse.SUPPRESS, help="vis flere detaljer"
    )

    commands.add_parser("utgivelse", help="lag utgivelsen for taggen på HEAD (v<år>.<n>) i build/utgivelse/")
    commands.add_parser("kodeeiere", help="lag .github/CODEOWNERS fra «godkjennes_av» i kapitlene")
    nokkeltall = commands.add_parser("nokkeltall", help="nøkkeltall: hent fra SSB, vis avvik fra normalen")
    figure_actions = nokkeltall.add_subparsers(dest="action", metavar="HANDLING", required=True, parser_class=_Parser)
    figure_actions.add_parser(
        "hent", help="hent SSB-tallene til report/data/nokkeltall.csv (tall ført for hånd beholdes)"
    )
    avvik = figure_actions.add_parser("avvik", help="vis nøkkeltall som avviker fra det vanlige nivået")
    avvik.add_argument(
        "--periode", metavar="PERIODE", help="perioden som skal vurderes, ÅÅÅÅ eller ÅÅÅÅH1/H2 (standard: siste)"
    )
    meeting_args.add_meeting_commands(commands)
    wheel_args.add_wheel_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 2
    try:
        with error_handler(args.verbose):
            return _dispatch(args)
    except ExitCode as exit_code:
        return exit_code.code


def _confine() -> None:
    """Before any command reads content: no links in report/ or meetings/ (`sjekk` reports them instead)."""
    from rapportlinja import layout
    from rapportlinja.errors import UserError
    from rapportlinja.privacy import confine

    try:
        root = layout.find().root
    except UserError:
        return  # the command says itself that it cannot find the repository
    confine.refuse_content_links(root)


def _dispatch(args: argparse.Namespace) -> int:
    if args.command != "sjekk":
        _confine()
    if args.command == "sjekk":
        from rapportlinja.commands import sjekk

        return sjekk.run(args.paths, args.format)
    if args.command == "bygg":
        from rapportlinja.commands import bygg

        return bygg.run(verbose=args.verbose)
    if args.command == "utgivelse":
        from rapportlinja.commands import utgivelse

        return utgivelse.run()
    if args.command == "kodeeiere":
        from rapportlinja.commands import kodeeiere

        return kodeeiere.run()
    if args.command == "nokkeltall":
        from rapportlinja.commands import nokkeltall

        return nokkeltall.run_fetch() if args.action == "hent" else nokkeltall.run_deviations(args.periode)
    wheel_code = wheel_args.dispatch(args)
    if wheel_code is not None:
        return wheel_code
    meeting_code = meeting_args.dispatch(args)
    if meeting_code is not None:
        return meeting_code
    raise AssertionError(args.command)
