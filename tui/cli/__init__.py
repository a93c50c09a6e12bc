"""The `gesprek` command: opens the app, or lists, exports and checks from the shell.

Thin on purpose: it parses arguments and hands them to the use cases (tui.services) and
the exporters; the Textual UI is imported only when the app is opened.
"""

from __future__ import annotations

import sys

from . import output
from .commands import COMMANDS, CliError
from .parser import build_parser, language_from_argv, use_language


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    use_language(language_from_argv(argv))
    args = build_parser().parse_args(argv)
    if args.command == "agendas":
        return COMMANDS["agendas"](None, args)
    if args.command not in COMMANDS:  # the app opens: before the imports it needs
        from .. import startup

        startup.pause_collector()
        startup.defer_seldom_used()
    from ..services.meetings import InvalidRequest
    from ..store import StoreError, open_store

    try:
        store = open_store(args.store)
        if args.command not in (None, "check"):  # the start screen and `check` list them too
            for warning in store.permission_problems():
                output.warn(warning)
        command = COMMANDS.get(args.command)
        if command is not None:
            return command(store, args)
        meeting = _new_meeting(store, args) if args.command == "new" else None
    except (StoreError, CliError, InvalidRequest) as error:
        return output.error(error)
    return _run_app(store, meeting)


def _new_meeting(store, args):
    import pendulum

    from ..i18n import language
    from ..services.meetings import NewMeeting, plan_meeting, start_meeting

    request = NewMeeting(args.employee, args.manager, args.agenda or "", args.date or "", args.profile)
    meeting = plan_meeting(store, request, pendulum.today().date(), language())
    start_meeting(store, meeting)
    return meeting


def _run_app(store, meeting) -> int:
    from .. import startup
    from ..ui.app import GesprekApp

    app = GesprekApp(store, open_meeting=meeting, on_first_frame=startup.resume_collector)
    try:
        app.run(mouse=False)
    finally:
        startup.resume_collector()
    return app.return_code or 0
