"""The `gesprek` command: opens the app, or lists, exports and checks from the shell.

Thin on purpose: it parses arguments and calls the store, the agenda library and
the exporters; the Textual UI is imported only when the app is opened.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
from dataclasses import asdict
from pathlib import Path

from . import __version__
from .i18n import LANGUAGES, language_from_env, normalise_language, set_language, t
from .lazy_imports import defer_seldom_used


def _language_from_argv(argv: list[str]) -> str:
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


def main(argv: list[str] | None = None) -> int:
    # Start-up creates the objects that live as long as the process (modules, classes,
    # widgets); collecting them is wasted work: ~70 ms of collections before the first
    # frame. The app freezes them and turns collection back on once its screen is drawn.
    gc.disable()
    defer_seldom_used()
    try:
        return _main(sys.argv[1:] if argv is None else argv)
    finally:
        gc.enable()


def _main(argv: list[str]) -> int:
    set_language(_language_from_argv(argv))
    args = build_parser().parse_args(argv)
    if args.command == "agendas":
        return _agendas(args)
    from .store import StoreError, open_store

    try:
        store = open_store(args.store)
        if args.command == "list":
            return _list(store, args.json)
        if args.command == "export":
            return _export(store, args)
        if args.command == "check":
            return _check(store)
        if args.command == "followups":
            return _followups(store, args.json)
        meeting = None
        if args.command == "new":
            from .carry_over_store import carry_over_from_store

            meeting = _new_meeting(args, store)
            carry_over_from_store(store, meeting)
    except (StoreError, CliError) as error:
        print(f"gesprek: {error}", file=sys.stderr)
        return 1
    return _run_app(store, meeting)


class CliError(Exception):
    """A user-facing error from the command line."""


def _run_app(store, meeting) -> int:
    from .ui.app import GesprekApp

    app = GesprekApp(store, open_meeting=meeting)
    app.run(mouse=False)
    return app.return_code or 0


def _new_meeting(args, store):
    import pendulum

    from .agenda_library import default_agenda_name, load_agenda
    from .domain import dates
    from .domain.agenda import meeting_from_agenda
    from .domain.agenda_errors import AgendaError
    from .domain.profile import ProfileError, read_profile
    from .i18n import language

    today = pendulum.today().date()
    try:
        date = dates.parse_date(args.date, today) if args.date else today
        agenda = load_agenda(args.agenda or default_agenda_name(), language(), store.agenda_cache)
        profile = read_profile(args.profile) if args.profile else None
    except (dates.DateError, AgendaError, ProfileError) as error:
        raise CliError(str(error)) from None
    employee, manager = args.employee.strip(), args.manager.strip()
    if not employee or not manager:
        raise CliError(t("new.names_missing"))
    meeting = meeting_from_agenda(agenda, employee, manager, date.isoformat())
    meeting.profile = profile
    return meeting


def _left_out(store) -> None:
    """Files that do not load are missing from a listing: say so on stderr (stdout may be JSON)."""
    if damaged := store.damaged():
        print(t("cli.left_out", count=len(damaged)), file=sys.stderr)


def _list(store, as_json: bool) -> int:
    summaries = store.list()
    _left_out(store)
    if as_json:
        from .export.json_export import safe_json

        sys.stdout.write(safe_json([asdict(s) for s in summaries]))
        return 0
    from .domain.safe_text import single_line

    if not summaries:
        print(t("cli.list_empty"))
    for s in summaries:
        print(f"{s.id}  {s.date}  {t('status.' + s.status):<11} {single_line(s.employee)} / {single_line(s.manager)}  ({t('kind.' + s.kind)})")
    return 0


def _resolve_id(store, prefix: str) -> str:
    matches = [i for i in store.ids() if i.startswith(prefix)]  # a damaged file too: load says what is wrong
    if len(matches) == 1:
        return matches[0]
    raise CliError(t("cli.id_ambiguous" if matches else "cli.id_unknown", id=prefix))


def _export(store, args) -> int:
    import pendulum

    from .export import export, write_export

    meeting = store.load(_resolve_id(store, args.id))
    try:
        text = export(meeting, args.format, pendulum.now())
    except ValueError as error:
        raise CliError(str(error)) from None
    if args.output is None:
        sys.stdout.write(text)
    else:
        try:
            write_export(text, args.output)
        except OSError as error:
            raise CliError(str(error)) from None
        print(t("cli.exported", path=args.output), file=sys.stderr)
    return 0


def _followups(store, as_json: bool) -> int:
    import pendulum

    from .followups_cli import followups_command

    _left_out(store)
    sys.stdout.write(followups_command(store, pendulum.today().date(), as_json))
    return 0


def _check(store) -> int:
    problems = store.problems()
    for problem in problems:
        print(problem)
    if not problems:
        print(t("cli.check_ok", path=store.path))
    return 1 if problems else 0


def _agendas(args) -> int:
    from .agenda_library import check_files, list_agendas, load_agenda
    from .domain.agenda_errors import AgendaError
    from .i18n import language

    if args.agendas_command == "check":
        lines, code = check_files(args.files)
        print("\n".join(lines))
        return code
    if args.agendas_command == "show":
        try:
            agenda = load_agenda(args.name, language())
        except AgendaError as error:
            print(f"gesprek: {error}", file=sys.stderr)
            return 1
        sys.stdout.write(Path(agenda.source).read_text(encoding="utf-8"))
        return 0
    infos = list_agendas()
    if args.json:
        from .export.json_export import safe_json

        sys.stdout.write(safe_json([info.to_dict() for info in infos]))
        return 0
    for info in infos:
        # One line within 80 columns; a user's own template also says where it lives.
        origin = t(f"cli.origin_{info.origin}") if info.origin == "bundled" else str(info.path)
        if info.error:
            print(f"{info.name:<24} {info.lang or '--'}  {origin}\n  ! {info.error}")
            continue
        kind = t(f"kind.{info.kind}")
        print(f"{info.name:<24} {info.lang}  {info.total_minutes:>3} min  {kind:<30} {origin}")
    return 0
