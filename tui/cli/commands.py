"""The commands that do their work and print, without opening the app."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path

from ..i18n import t, tn
from . import output
from .errors import CliError


def _left_out(store) -> None:
    """Files that do not load are missing from a listing: say so on stderr (stdout may be JSON)."""
    if damaged := store.damaged():
        output.line(tn("cli.left_out", len(damaged)), sys.stderr)


def list_meetings(store, args) -> int:
    summaries = store.list()
    _left_out(store)
    kept_apart = store.conflict_copies()
    if args.json:
        from ..export.json_export import safe_json

        rows = [{**asdict(s), "kept_apart": [str(p) for p in kept_apart.get(s.id, [])]} for s in summaries]
        output.write(safe_json(rows), is_json=True)
        return 0
    from ..domain.safe_text import single_line

    if not summaries:
        output.line(t("cli.list_empty"))
    for s in summaries:
        line = f"{s.id}  {s.date}  {t('status.' + s.status):<11} {single_line(s.employee)} / {single_line(s.manager)}  ({t('kind.' + s.kind)})"
        if s.id in kept_apart:
            line += "  ⚠ " + tn("cli.kept_apart", len(kept_apart[s.id]))
        output.line(line)
    return 0


def export(store, args) -> int:
    _id_or_employee(args)
    target = None if args.output is None or str(args.output) == "-" else args.output
    if target is not None and target.is_dir():
        raise CliError(t("review.export.is_folder", path=target))
    if target is not None and os.path.lexists(target) and not args.force:
        raise CliError(t("cli.export_exists", path=target))
    try:
        text = _person(store, args) if args.employee is not None else _meeting(store, args)
    except ValueError as error:
        raise CliError(str(error)) from None
    if target is None:
        output.write(text, is_json=args.format == "json")
        return 0
    from ..export import write_export

    try:
        write_export(text, target)
    except OSError as error:
        raise CliError(str(error)) from None
    output.line(t("cli.exported", path=target), sys.stderr)
    return 0


def _meeting(store, args) -> str:
    """One conversation as `export ID` writes it; ValueError if it cannot be in that format."""
    import pendulum

    from ..export import export as render
    from ..services.meetings import resolve_id

    return render(store.load(resolve_id(store, args.id)), args.format, pendulum.now())


def _person(store, args) -> str:
    """Everything about one employee (`export --employee`, an access request)."""
    import pendulum

    from ..i18n import language
    from ..services.access import person_export

    if args.format not in ("md", "json"):
        raise CliError(t("cli.person_formats"))
    _left_out_of_person(store)
    return person_export(store, args.employee, args.format, pendulum.today().date(), language())


def _id_or_employee(args) -> None:
    if (args.id is None) == (args.employee is None):
        raise CliError(t("cli.id_or_employee"))


def _left_out_of_person(store) -> None:
    if damaged := store.damaged():
        output.line(tn("cli.left_out_person", len(damaged)), sys.stderr)


# -- a conversation's end: delete, retention, purge -------------------------------------------


def delete(store, args) -> int:
    from ..services import lifecycle
    from ..services.meetings import resolve_id

    _id_or_employee(args)
    if args.employee is not None:
        _left_out_of_person(store)
        deletion = lifecycle.plan_delete_employee(store, args.employee)
    else:
        deletion = lifecycle.plan_delete(store, resolve_id(store, args.id))
    return _carry_out(store, deletion, args.yes, t("lifecycle.goes"))


def retention(store, args) -> int:
    import pendulum

    from ..domain.retention import Period, RetentionError
    from ..services import lifecycle

    if args.period is not None:
        try:
            period = None if args.period.strip().casefold() in ("none", "geen") else Period.parse(args.period)
        except RetentionError as error:
            raise CliError(str(error)) from None
        store.set_retention(period)
    period, past = lifecycle.retention(store, pendulum.today().date())
    if period is None:
        output.line(t("cli.retention_none"))
        return 0
    output.line(t("cli.retention_is", period=period.label(), short=str(period)))
    if past:
        output.line(t("lifecycle.past_retention", conversations=tn("lifecycle.finished", len(past)), period=period.label()))
    else:
        output.line(t("cli.retention_none_past"))
    return 0


def purge(store, args) -> int:
    import pendulum

    from ..services import lifecycle

    today = pendulum.today().date()
    period, deletion = lifecycle.plan_purge(store, today)
    _left_out(store)
    if not deletion.doomed:
        output.line(t("cli.purge_nothing", period=period.label()))
        return 0
    heading = t("cli.purge_heading", period=period.label(), cutoff=period.cutoff(today).isoformat())
    if args.dry_run:
        output.line("\n".join([heading, *deletion.lines()]))
        return 0
    return _carry_out(store, deletion, args.yes, heading)


def _carry_out(store, deletion, yes: bool, heading: str) -> int:
    """Refuse what an app holds live, then show what goes under `heading`, ask (unless `yes`), delete."""
    from ..services import lifecycle

    lifecycle.refuse_open(store, deletion)  # before the question: it would be refused after it
    output.line("\n".join([heading, *deletion.lines()]))
    if not yes:
        output.write(t("cli.confirm"))
        sys.stdout.flush()
        answer = sys.stdin.readline().strip().casefold()  # "" at the end of input: no
        if not sys.stdin.isatty():
            output.line()  # no Enter was echoed: what follows starts a line of its own
        if answer not in t("cli.yes_answers").split(","):
            output.line(t("cli.not_deleted"))
            return 1
    lifecycle.delete(store, deletion)
    output.line(deletion.done())
    return 0


def followups(store, args) -> int:
    import pendulum

    from .followups import followups_text

    _left_out(store)
    output.write(followups_text(store, pendulum.today().date(), args.json), is_json=args.json)
    return 0


def check(store, args) -> int:
    problems = store.problems()
    for problem in problems:
        output.line(problem)
    if not problems:
        output.line(t("cli.check_ok", path=store.path))
    return 1 if problems else 0


def agendas(_store, args) -> int:
    from ..domain.agenda_errors import AgendaError
    from ..i18n import language
    from ..services.agendas import check_files, list_agendas, load_agenda

    if args.agendas_command == "check":
        lines, code = check_files(args.files)
        output.line("\n".join(lines))
        return code
    if args.agendas_command == "show":
        try:
            agenda = load_agenda(args.name, language())
        except AgendaError as error:
            return output.error(error)
        output.write(Path(agenda.source).read_text(encoding="utf-8"))
        return 0
    infos = list_agendas()
    if args.json:
        from ..export.json_export import safe_json

        output.write(safe_json([info.to_dict() for info in infos]), is_json=True)
        return 0
    for info in infos:
        # One line within 80 columns; a user's own template also says where it lives.
        origin = t(f"cli.origin_{info.origin}") if info.origin == "bundled" else str(info.path)
        if info.error:
            output.line(f"{info.name:<24} {info.lang or '--'}  {origin}\n  ! {info.error}")
            continue
        kind = t(f"kind.{info.kind}")
        output.line(f"{info.name:<24} {info.lang}  {info.total_minutes:>3} min  {kind:<30} {origin}")
    return 0


def encrypt(store, args) -> int:
    from ..store import convert
    from .passphrase import new

    # A store with a key already (an encrypt or decrypt cut short) keeps it: asked once, at opening.
    passphrase = None if store.codec.key else new(store.path)
    count = convert.encrypt(store, passphrase)
    output.line(tn("crypt.encrypted", count, path=store.path))
    return 0


def decrypt(store, args) -> int:
    from ..store import convert

    count = convert.decrypt(store)
    output.line(tn("crypt.decrypted", count, path=store.path))
    return 0


# The subcommands that run here; none (open the app) and `new` open the app instead.
COMMANDS: dict[str, Callable[..., int]] = {
    "list": list_meetings,
    "export": export,
    "delete": delete,
    "retention": retention,
    "purge": purge,
    "check": check,
    "followups": followups,
    "agendas": agendas,
    "encrypt": encrypt,
    "decrypt": decrypt,
}
