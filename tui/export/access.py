"""Everything recorded about one employee, across all her conversations, in one document: the
answer to an access request (inzageverzoek, GDPR/AVG art. 15). Markdown to read, JSON to process
(documented in docs/json-export.md, "Everything about one employee").
"""

from __future__ import annotations

import re

import pendulum

from ..domain.agreement_history import pop
from ..domain.dates import as_date, long_date
from ..domain.model import Agreement, Meeting
from ..domain.people import employees
from ..domain.safe_text import inert
from ..i18n import t, tn
from .json_export import safe_json
from .markdown import keep_lines, literal, quote, render_markdown

FORMAT = "gesprek-person"
VERSION = 1
# A report's own headings: the only lines that start with # (notes are quoted, prepared points
# are list items with their further lines indented; see markdown.py).
_HEADING = re.compile(r"^(#+) ", re.MULTILINE)


def render_person(
    employee: str, meetings: list[Meeting], kept_apart: list[Meeting], fmt: str, today: pendulum.Date, lang: str
) -> str:
    """`meetings` (hers, by date) and `kept_apart` (versions of them in conflicts/) as one document
    in `fmt`, "md" or "json"; ValueError for another format."""
    if fmt == "md":
        return inert(_markdown(employee, meetings, kept_apart, today, lang))
    if fmt == "json":
        return _json(employee, meetings, kept_apart, today)
    raise ValueError(t("cli.person_formats"))


def _history(meetings: list[Meeting], employee: str) -> list[tuple[Agreement, str, str, list[tuple[Meeting, Agreement]]]]:
    """Per agreement (its current copy), where and when it was agreed, and its copy in every
    conversation it was in, oldest first: how its status changed."""
    by_id = {meeting.id: meeting for meeting in meetings}
    found = []
    for view in pop(meetings, employee):
        copies = [(by_id[meeting_id], by_id[meeting_id].agreement(view.agreement.id)) for meeting_id in view.meetings]
        found.append((view.agreement, view.agreed_in, view.agreed_on, copies))
    return found


def _json(employee: str, meetings: list[Meeting], kept_apart: list[Meeting], today: pendulum.Date) -> str:
    agreements = [
        {
            "id": current.id,
            "what": current.what,
            "agreed_in": agreed_in,
            "agreed_on": agreed_on,
            "status": current.status.value,
            "history": [
                {
                    "meeting": meeting.id,
                    "date": meeting.date,
                    "what": copy.what,
                    "status": copy.status.value,
                    "status_at": copy.status_at,
                    "due": copy.due,
                    "follow_up": copy.follow_up,
                }
                for meeting, copy in copies
            ],
        }
        for current, agreed_in, agreed_on, copies in _history(meetings, employee)
    ]
    return safe_json(
        {
            "export": {"format": FORMAT, "version": VERSION},
            "employee": employee,
            "names": sorted({meeting.employee for meeting in meetings}),
            "made_on": today.isoformat(),
            "meetings": [meeting.to_dict() for meeting in meetings],
            "agreements": agreements,
            "kept_apart": [meeting.to_dict() for meeting in kept_apart],
        }
    )


def _markdown(employee: str, meetings: list[Meeting], kept_apart: list[Meeting], today: pendulum.Date, lang: str) -> str:
    # Her name as the records spell it (as the app shows it: her latest conversation's), not as typed.
    name = next(iter(employees(meetings)), employee)
    blocks = [
        "# " + t("access.title", lang, employee=literal(name)),
        t("access.intro", lang, date=long_date(today, lang), conversations=tn("lifecycle.conversations", len(meetings), lang)),
    ]
    for number, meeting in enumerate(meetings, start=1):
        date = long_date(as_date(meeting.date), lang)
        blocks.append("## " + t("access.meeting", lang, n=number, total=len(meetings), date=date))
        blocks.extend(_report(meeting, lang))
    blocks.append("## " + t("access.agreements", lang))
    for number, (current, agreed_in, agreed_on, copies) in enumerate(_history(meetings, employee), start=1):
        lines = [
            f"### {number}. {literal(current.what)}",
            f"- **{t('access.agreed', lang)}:** {long_date(as_date(agreed_on), lang)} ({agreed_in})",
            f"- **{t('access.history', lang)}:**",
        ]
        for meeting, copy in copies:
            status = t(f"agreement.{copy.status.value}", lang)
            if copy.status_at:
                status = t("access.status_since", lang, status=status, date=long_date(as_date(copy.status_at), lang))
            lines.append(f"  - {long_date(as_date(meeting.date), lang)} ({meeting.id}): {status}")
        blocks.append("\n".join(lines))
    if kept_apart:
        blocks += ["## " + t("access.kept_apart", lang), t("access.kept_apart_intro", lang)]
        for meeting in kept_apart:
            blocks.extend(_report(meeting, lang))
    return "\n\n".join(blocks) + "\n"


def _report(meeting: Meeting, lang: str) -> list[str]:
    """The conversation's report one heading level down, and any text typed but not yet kept."""
    blocks = [_HEADING.sub(r"##\1 ", render_markdown(meeting, lang).rstrip("\n"))]
    typed = [topic.draft for topic in meeting.topics if topic.draft.strip()]
    if meeting.form_draft is not None:
        typed += [value for value in meeting.form_draft.values.values() if value.strip()]
    if typed:
        blocks.append(f"**{t('access.draft', lang)}**")
        blocks.extend(quote(keep_lines(inert(text).strip())) for text in typed)
    return blocks
