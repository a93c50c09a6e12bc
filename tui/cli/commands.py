"""The commands that do their work and print, without opening the app."""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from ..i18n import t


class CliError(Exception):
    """A user-facing error from the command line."""


def _left_out(store) -> None:
    """Files that do not load are missing from a listing: say so on stderr (stdout may be JSON)."""
    if damaged := store.damaged():
        print(t("cli.left_out", count=len(damaged)), file=sys.stderr)


def list_meetings(store, args) -> int:
    summaries = store.list()
    _left_out(store)
    kept_apart = store.conflict_copies()
    if args.json:
        from ..export.json_export import safe_json

        rows = [{**asdict(s), "kept_apart": [str(p) for p in kept_apart.get(s.id, [])]} for s in summaries]
        sys.stdout.write(safe_json(rows))
        return 0
    from ..domain.safe_text import single_line

    if not summaries:
        print(t("cli.list_empty"))
    for s in summaries:
        line = f"{s.id}  {s.date}  {t('status.' + s.status):<11} {single_line(s.employee)} / {single_line(s.manager)}  ({t('kind.' + s.kind)})"
        if s.id in kept_apart:
            line += "  ⚠ " + t("cli.kept_apart", count=len(kept_apart[s.id]))
        print(line)
    return 0


def export(store, args) -> int:
    import pendulum

    from ..export import export as render, write_export
    from ..services.meetings import resolve_id

    meeting = store.load(resolve_id(store, args.id))
    try:
        text = render(meeting, args.format, pendulum.now())
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


def followups(store, args) -> int:
    import pendulum

    from .followups import followups_text

    _left_out(store)
    sys.stdout.write(followups_text(store, pendulum.today().date(), args.json))
    return 0


def check(store, args) -> int:
    problems = store.problems()
    for problem in problems:
        print(problem)
    if not problems:
        print(t("cli.check_ok", path=store.path))
    return 1 if problems else 0


def agendas(_store, args) -> int:
    from ..domain.agenda_errors import AgendaError
    from ..i18n import language
    from ..services.agendas import check_files, list_agendas, load_agenda

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
        from ..export.json_export import safe_json

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


# The subcommands that run here; none (open the app) and `new` open the app instead.
COMMANDS: dict[str, Callable[..., int]] = {
    "list": list_meetings,
    "export": export,
    "check": check,
    "followups": followups,
    "agendas": agendas,
}
