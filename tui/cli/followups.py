"""`gesprek followups [--json]`: the follow-up dashboard as text for the terminal."""

from __future__ import annotations

import pendulum

from ..domain.dates import as_date, relative
from ..domain.review import AgreementDue, FollowUp
from ..domain.safe_text import single_line
from ..export.json_export import safe_json
from ..i18n import t
from ..services.review import followup_list


def followups_text(store, today: pendulum.Date, as_json: bool) -> str:
    """What `gesprek followups` prints: overdue follow-ups, conversations due within 30 days,
    employees whose last conversation is more than 12 months ago, and the agreements overdue
    or due within 30 days (see review.followups)."""
    data = followup_list(store, today)
    if as_json:
        return safe_json({"today": today.isoformat(), **data.to_dict()})
    lines: list[str] = []
    for group, items in (("overdue", data.overdue), ("due_soon", data.due_soon), ("missing", data.missing)):
        lines.append(f"{t(f'review.followups.heading.{group}')} ({len(items)})")
        if not items:
            lines.append("  " + t("review.followups.cli_none"))
        for item in items:
            lines.append("  " + _line(group, item, today))
        lines.append("")
    lines.append(f"{t('review.followups.heading.agreements')} ({len(data.agreements)})")
    if not data.agreements:
        lines.append("  " + t("review.followups.cli_none"))
    for due in data.agreements:
        lines.append("  " + _agreement_line(due, today))
    lines.append("")
    return "\n".join(lines)


def _agreement_line(due: AgreementDue, today: pendulum.Date) -> str:
    agreement = due.view.agreement
    when = f"{agreement.due} ({relative(as_date(agreement.due), today)})"
    if due.overdue:
        when = t("review.followups.agreement_overdue", when=when)
    owner = t(f"owner.{agreement.owner.value}")
    return f"{due.view.employee:<24} {when} · {single_line(agreement.what)} · {owner} · {due.view.meeting_id}"


def _line(group: str, item: FollowUp, today: pendulum.Date) -> str:
    if group == "missing":
        when = t("review.followups.since", ago=relative(as_date(item.last_date), today))
    elif item.when is None:
        when = t("review.followups.not_agreed")
    else:
        when = f"{item.when} ({relative(as_date(item.when), today)})"
    last = t("review.followups.cli_last", date=item.last_date) if item.last_date else t("review.followups.cli_never")
    planned = " · " + t("review.followups.cli_planned") if item.reason == "planned" else ""
    return f"{single_line(item.employee):<24} {when}{planned} · {last} · {item.meeting_id}"
