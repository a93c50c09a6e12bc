"""Short texts that several screens show the same way: agreements, due dates, names in cells."""

from __future__ import annotations

from rich.text import Text

from ..domain import agreement_history, dates
from ..domain.agreement_history import AgreementView
from ..domain.clock import Clock
from ..domain.model import Agreement, AgreementStatus, Kind
from ..domain.safe_text import single_line
from ..i18n import t, tn

OVERDUE_MARK = "⚠ "  # overdue reads as text, not only as colour
# The shortest part of a cut word that cut() keeps: shorter says nothing.
WORD_PART = 4
# The meeting's title line at 80 columns (less its padding), and how short a name in it may get.
TITLE_WIDTH = 78
MIN_NAME = 8


def cut(text: str, width: int) -> str:
    """single_line(text), at most `width` characters, '…' where cut. A word cut to a letter or
    three says nothing: it goes ('Cursus presenteren …', not 'Cursus presenteren v…'); a longer
    part stays, it still reads ('Cursus presente…')."""
    line = single_line(text)
    if len(line) <= width:
        return line
    kept = line[: width - 1]
    if not line[width - 1].isspace():
        space = kept.rfind(" ")
        if space > 0 and len(kept) - space - 1 < WORD_PART:
            kept = kept[: space + 1]
    return kept + "…"


def meeting_title(key: str, meeting, width: int = TITLE_WIDTH) -> str:
    """The live meeting's title line (`key`: its message) in `width` characters: the kind in
    short if need be, then the names cut, so the date is never what falls off."""
    employee, manager = single_line(meeting.employee), single_line(meeting.manager)

    def title(kind: str) -> str:
        return t(key, kind=kind, employee=employee, manager=manager, date=meeting.date)

    text = title(t(f"kind.{meeting.kind.value}"))
    if len(text) <= width:
        return text
    short = kind_short(meeting.kind)
    while len(text := title(short)) > width and max(len(employee), len(manager)) > MIN_NAME:
        if len(employee) >= len(manager):
            employee = cut(employee, len(employee) - 1)
        else:
            manager = cut(manager, len(manager) - 1)
    return text


def owner_short(owner) -> str:
    """Who an agreement is for, short enough for a table column ('leiding' for leidinggevende)."""
    return t(f"owner_short.{owner.value}")


def kind_short(kind: Kind | str) -> str:
    return t(f"review.kind_short.{Kind(kind).value}")


def enum_options(enum, prefix: str) -> list[tuple[str, str]]:
    """(label, value) pairs for a Select of an enum's members."""
    return [(t(f"{prefix}.{member.value}"), member.value) for member in enum]


def due_text(value: str | None, clock: Clock) -> str:
    """'vrijdag 28 mei 2027 (over 6 maanden)' plus the career flag, for a due date."""
    due = dates.as_date(value)
    if due is None:
        return ""
    today = clock.now().date()
    text = dates.describe(due, today)
    if dates.beyond_a_year(due, today):
        text += "\n" + t("agreement.career")
    return text


def agreement_detail(a: Agreement) -> str:
    """'Aanpak: opleiding (via HR)\nOpvolging: ...' for the detail line under a table."""
    approach = t(f"approach.{a.approach.value}") + (f" ({single_line(a.approach_note)})" if a.approach_note else "")
    return t("agreement.detail", approach=approach, follow_up=single_line(a.follow_up) or "—")


def status_cell(agreement: Agreement, today, *, with_date: bool = True) -> Text:
    """'open', '⚠ TE LAAT', 'gedaan 3-3-2026': overdue reads as text, not only as colour."""
    if agreement_history.is_overdue(agreement, today):
        return Text(OVERDUE_MARK + t("review.overdue"), style="bold red")
    text = t(f"agreement.{agreement.status.value}")
    if with_date and agreement.status is not AgreementStatus.OPEN and agreement.status_at:
        text += " " + agreement.status_at
    return Text(text, style="dim" if agreement.status is not AgreementStatus.OPEN else "")


def due_cell(agreement: Agreement, today) -> Text:
    if not agreement.due:
        return Text("—")
    if agreement_history.is_overdue(agreement, today):
        return Text(OVERDUE_MARK + agreement.due, style="bold")
    return Text(agreement.due)


def view_detail(view: AgreementView) -> str:
    """Where and when an agreement was made, how it is approached, how often it was carried."""
    lines = [
        t("review.agreement.agreed", date=view.agreed_on, employee=view.employee, manager=view.manager),
        agreement_detail(view.agreement),
    ]
    if view.carried:
        lines.append(tn("review.agreement.carried", len(view.meetings)))
    return "\n".join(lines)
