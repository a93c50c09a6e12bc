"""The command line's arguments: the parser, with argparse's own words in the UI's language."""

from __future__ import annotations

import argparse
import gettext
import os
import sys
from pathlib import Path

from .. import __version__
from ..i18n import LANGUAGES, language, language_from_env, normalise_language, set_language, t
from . import output

# argparse says "usage:", its headings and its errors through gettext, in the current text
# domain; the Dutch for them is locale/nl/LC_MESSAGES/gesprek.po (compiled to .mo).
DOMAIN = "gesprek"
LOCALE_DIR = Path(__file__).resolve().parents[1] / "i18n" / "locale"


def language_from_argv(argv: list[str]) -> str:
    """The language is needed before the parser is built, so its help speaks it too."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return normalise_language(argv[i + 1])
        if arg.startswith("--lang="):
            return normalise_language(arg.split("=", 1)[1])
    return language_from_env()


def use_language(lang: str) -> None:
    """The UI's language for the catalogue and for argparse; before a parser is built."""
    set_language(lang)
    gettext.bindtextdomain(DOMAIN, str(LOCALE_DIR))
    gettext.textdomain(DOMAIN)
    # gettext picks the language from the environment; LANGUAGE comes first there.
    os.environ["LANGUAGE"] = language()


class _Parser(argparse.ArgumentParser):
    # What argparse prints (usage, help, errors quoting argv) goes out the one safe way.
    def print_usage(self, file=None) -> None:
        output.write(self.format_usage(), file)

    def print_help(self, file=None) -> None:
        output.write(self.format_help(), file)

    def exit(self, status=0, message=None):
        if message:
            output.write(message, sys.stderr)
        sys.exit(status)


def _global_options(default: object) -> argparse.ArgumentParser:
    """--store and --lang, as a parent of every (sub)command's parser."""
    parent = argparse.ArgumentParser(add_help=False)
    group = parent.add_argument_group(t("cli.global_options"))
    group.add_argument("--store", metavar="DIR", type=Path, default=default, help=t("cli.store_help"))
    group.add_argument("--lang", choices=LANGUAGES, default=default, help=t("cli.lang_help"))
    return parent


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gesprek", description=t("cli.description"), epilog=t("cli.epilog"), parents=[_global_options(None)]
    )
    # Given after the command too; SUPPRESS: a command without them keeps what came before it.
    common = [_global_options(argparse.SUPPRESS)]
    parser.add_argument("--version", action="version", version=f"gesprek {__version__}", help=t("cli.version_help"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    def command(group, name: str, key: str) -> argparse.ArgumentParser:
        return group.add_parser(name, help=t(key), description=t(key), parents=common)

    new = command(sub, "new", "cli.new_help")
    new.add_argument("--employee", metavar="NAME", help=t("cli.employee_help"))
    new.add_argument("--manager", metavar="NAME", help=t("cli.manager_help"))
    new.add_argument("--agenda", metavar="NAME", help=t("cli.agenda_help"))
    new.add_argument("--date", metavar="DATE", help=t("cli.date_help"))
    new.add_argument("--profile", metavar="FILE", type=Path, help=t("cli.profile_help"))
    new.add_argument("--share", metavar="LOGIN", help=t("cli.share_help"))

    join = command(sub, "join", "cli.join_help")
    join.add_argument("code", metavar="CODE", nargs="?", help=t("cli.code_help"))

    listing = command(sub, "list", "cli.list_help")
    listing.add_argument("--json", action="store_true", help=t("cli.json_help"))

    export = command(sub, "export", "cli.export_help")
    export.add_argument("id", metavar="ID", nargs="?", help=t("cli.id_help"))
    export.add_argument("--employee", metavar="NAME", help=t("cli.export_person_help"))
    export.add_argument("--format", choices=("json", "md", "ics"), default="md", help=t("cli.format_help"))
    export.add_argument("-o", "--output", metavar="FILE", type=Path, help=t("cli.output_help"))
    export.add_argument("--force", action="store_true", help=t("cli.force_help"))

    delete = command(sub, "delete", "cli.delete_help")
    delete.add_argument("id", metavar="ID", nargs="?", help=t("cli.id_help"))
    delete.add_argument("--employee", metavar="NAME", help=t("cli.person_help"))
    delete.add_argument("-y", "--yes", action="store_true", help=t("cli.yes_help"))

    retention = command(sub, "retention", "cli.retention_help")
    retention.add_argument("period", metavar="PERIOD", nargs="?", help=t("cli.period_help"))

    purge = command(sub, "purge", "cli.purge_help")
    purge.add_argument("--dry-run", action="store_true", help=t("cli.dry_run_help"))
    purge.add_argument("-y", "--yes", action="store_true", help=t("cli.yes_help"))

    command(sub, "check", "cli.check_help")
    command(sub, "encrypt", "crypt.encrypt_help")
    command(sub, "decrypt", "crypt.decrypt_help")

    followups = command(sub, "followups", "review.cli.followups_help")
    followups.add_argument("--json", action="store_true", help=t("cli.json_help"))

    agendas = command(sub, "agendas", "cli.agendas_help")
    agendas.add_argument("--json", action="store_true", help=t("cli.json_help"))
    agenda_sub = agendas.add_subparsers(dest="agendas_command", metavar="ACTION", parser_class=_Parser)
    show = command(agenda_sub, "show", "cli.agendas_show_help")
    show.add_argument("name", metavar="NAME")
    check = command(agenda_sub, "check", "cli.agendas_check_help")
    check.add_argument("files", metavar="FILE", nargs="+", type=Path)
    return parser
