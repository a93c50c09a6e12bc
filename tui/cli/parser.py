"""The command line's arguments: the parser, with argparse's own words in the UI's language."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from .. import __version__
from ..i18n import LANGUAGES, language_from_env, normalise_language, t
from . import output


def language_from_argv(argv: list[str]) -> str:
    """The language is needed before the parser is built, so its help speaks it too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalise_language(argv[i + 1])
        if arg.startswith("--lang="):
            return normalise_language(arg.split("=", 1)[1])
    return language_from_env()


class _Formatter(argparse.HelpFormatter):
    """argparse's own words ("usage:") in the UI's language too."""

    def add_usage(self, usage, actions, groups, prefix=None):
        # prefix "" is argparse building a subcommand's prog: leave that alone.
        return super().add_usage(usage, actions, groups, t("cli.usage") if prefix is None else prefix)


# argparse's English error messages (Python 3.11) and the catalogue keys that say them.
_ARGPARSE_ERRORS = [
    (re.compile(r"the following arguments are required: (?P<names>.+)"), "cli.err_required"),
    (re.compile(r"unrecognized arguments: (?P<args>.+)"), "cli.err_unrecognized"),
    (re.compile(r"argument (?P<arg>\S+): invalid choice: (?P<value>.+) \(choose from (?P<choices>.+)\)"), "cli.err_choice"),
    (re.compile(r"argument (?P<arg>\S+): expected one argument"), "cli.err_one_value"),
    (re.compile(r"argument (?P<arg>\S+): invalid (?P<type>\S+) value: (?P<value>.+)"), "cli.err_value"),
]


def _localise(message: str) -> str:
    """argparse's error in the UI's language; one it does not know stays as argparse says it."""
    for pattern, key in _ARGPARSE_ERRORS:
        if match := pattern.fullmatch(message):
            return t(key, **match.groupdict())
    return message


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, formatter_class=_Formatter, add_help=False, **kwargs)
        self._positionals.title = t("cli.positionals")
        self._optionals.title = t("cli.options")
        self.add_argument("-h", "--help", action="help", help=t("cli.help_help"))

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: {t('cli.error')}: {_localise(message)}\n")

    # What argparse prints (usage, help, errors quoting argv) goes out the one safe way.
    def print_usage(self, file=None) -> None:
        output.write(self.format_usage(), file)

    def print_help(self, file=None) -> None:
        output.write(self.format_help(), file)

    def exit(self, status=0, message=None):
        if message:
            output.write(message, sys.stderr)
        sys.exit(status)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="gesprek", description=t("cli.description"), epilog=t("cli.epilog"))
    parser.add_argument("--version", action="version", version=f"gesprek {__version__}", help=t("cli.version_help"))
    parser.add_argument("--store", metavar="DIR", type=Path, help=t("cli.store_help"))
    parser.add_argument("--lang", choices=LANGUAGES, help=t("cli.lang_help"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = sub.add_parser("new", help=t("cli.new_help"), description=t("cli.new_help"))
    new.add_argument("--employee", required=True, metavar="NAME", help=t("cli.employee_help"))
    new.add_argument("--manager", required=True, metavar="NAME", help=t("cli.manager_help"))
    new.add_argument("--agenda", metavar="NAME", help=t("cli.agenda_help"))
    new.add_argument("--date", metavar="DATE", help=t("cli.date_help"))
    new.add_argument("--profile", metavar="FILE", type=Path, help=t("cli.profile_help"))

    listing = sub.add_parser("list", help=t("cli.list_help"), description=t("cli.list_help"))
    listing.add_argument("--json", action="store_true", help=t("cli.json_help"))

    export = sub.add_parser("export", help=t("cli.export_help"), description=t("cli.export_help"))
    export.add_argument("id", metavar="ID", help=t("cli.id_help"))
    export.add_argument("--format", choices=("json", "md", "ics"), default="md", help=t("cli.format_help"))
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help=t("cli.output_help"))

    sub.add_parser("check", help=t("cli.check_help"), description=t("cli.check_help"))

    followups = sub.add_parser("followups", help=t("review.cli.followups_help"), description=t("review.cli.followups_help"))
    followups.add_argument("--json", action="store_true", help=t("cli.json_help"))

    agendas = sub.add_parser("agendas", help=t("cli.agendas_help"), description=t("cli.agendas_help"))
    agendas.add_argument("--json", action="store_true", help=t("cli.json_help"))
    agenda_sub = agendas.add_subparsers(dest="agendas_command", metavar="ACTION", parser_class=_Parser)
    show = agenda_sub.add_parser("show", help=t("cli.agendas_show_help"), description=t("cli.agendas_show_help"))
    show.add_argument("name", metavar="NAME")
    check = agenda_sub.add_parser("check", help=t("cli.agendas_check_help"), description=t("cli.agendas_check_help"))
    check.add_argument("files", metavar="FILE", nargs="+", type=Path)
    return parser
