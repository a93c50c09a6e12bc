"""The `gesprek` command: opens the app, or lists, exports and checks from the shell.

Thin on purpose: it parses arguments and hands them to the use cases (tui.services) and
the exporters; the Textual UI is imported only when the app is opened.
"""

from __future__ import annotations

import sys

from . import output
from .commands import COMMANDS
from .errors import CliError
from .parser import build_parser, language_from_argv, use_language


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    use_language(language_from_argv(argv))
    args = build_parser().parse_args(argv)
    if getattr(args, "employee", None) or getattr(args, "manager", None) or getattr(args, "code", None):
        _hide_names(args.command)
    if args.command == "agendas":
        return COMMANDS["agendas"](None, args)
    if args.command not in COMMANDS:  # the app opens: before the imports it needs
        from .. import startup

        startup.pause_collector()
        startup.defer_seldom_used()
    from ..services.meetings import InvalidRequest, NewMeeting
    from ..store import StoreError, open_store
    from .passphrase import existing

    try:
        store = open_store(args.store, passphrase=existing)
        if args.command not in (None, "check"):  # the start screen and `check` list them too
            for warning in store.warnings():
                output.warn(warning)
        command = COMMANDS.get(args.command)
        if command is not None:
            try:
                return command(store, args)
            finally:
                store.close()  # main() may run again in this process (tests): encrypt needs it alone
        meeting = form = code = None
        if args.command == "new":
            form = NewMeeting(
                args.employee or "", args.manager or "", args.agenda or "", args.date or "", args.profile, args.share or ""
            )
            if args.employee is not None and args.manager is not None:
                meeting, form = _new_meeting(store, form), None
        if args.command == "join" and args.code:
            code = _code(args.code)
    except (StoreError, CliError, InvalidRequest) as error:
        return output.error(error)
    return _run_app(build_app(store, meeting, form, code, ask_code=args.command == "join" and code is None))


def _hide_names(command: str) -> None:
    """`ps` shows every user the command line: from here on it holds no names, and no code.

    Python's start-up before this is the moment they still show (the README warns);
    `gesprek new` without them opens the form instead, `gesprek join` asks for the code.
    """
    import setproctitle

    setproctitle.setproctitle(f"gesprek {command}")


def _code(text):
    from ..seats.invite import parse_code
    from ..seats.rendezvous import SeatError

    try:
        return parse_code(text)
    except SeatError as error:
        raise CliError(str(error)) from None


def _new_meeting(store, request):
    import pendulum

    from ..i18n import language
    from ..services.meetings import plan_meeting, start_meeting

    meeting = plan_meeting(store, request, pendulum.today().date(), language())
    start_meeting(store, meeting)
    return meeting


def build_app(store, meeting=None, form=None, code=None, *, ask_code=False):
    """The app, holding `meeting`, or with the new-meeting form filled in with `form`
    (`gesprek new` without both names) over the start screen; or on the employee's own seat
    in the meeting of `code` (`gesprek join`), or asking for the code first."""
    from .. import startup
    from ..ui.app import GesprekApp

    def first_frame() -> None:
        startup.resume_collector()
        if form is not None:
            app.new_meeting(form)
        if ask_code:
            app.join()

    app = GesprekApp(store, open_meeting=meeting, on_first_frame=first_frame, join=code)
    return app


def _run_app(app) -> int:
    from .. import startup

    try:
        app.run(mouse=False)
    finally:
        startup.resume_collector()
    for message in app.rescue_messages:
        output.warn(message)
    return app.return_code or 0
