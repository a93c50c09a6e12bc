"""Agreements across conversations: the open ones, everything agreed, the POP.

An agreement carried into a later conversation is a copy with the *same id* (see
carry_over.py). Across meetings the copy in the latest conversation holds the
agreement's current state; `agreement_history` folds the copies into one
`AgreementView` per agreement id. Pure: every function that depends on the day
takes `today`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

import pendulum

from .dates import safe_date
from .model import Agreement, AgreementStatus
from .people import employee_key
from .safe_text import single_line


class HoldsAgreements(Protocol):
    """What is read of a meeting here: a Meeting, or a lighter stand-in holding some of its agreements."""

    id: str
    employee: str
    manager: str
    date: str
    updated_at: str | None
    agreements: list[Agreement]


@dataclass(frozen=True)
class AgreementView:
    """One agreement across all the conversations it appeared in.

    `agreement` is the copy in the latest of those conversations: its status is
    the agreement's current status, and that copy is the one to change.
    """

    agreement: Agreement
    meeting_id: str  # the meeting holding the current copy
    meeting_date: str
    employee: str  # display-safe
    manager: str  # display-safe
    agreed_in: str  # meeting id where it was first made
    agreed_on: str  # ISO date of that meeting (or of the earliest copy seen)
    meetings: tuple[str, ...]  # every meeting holding a copy, oldest first

    @property
    def status(self) -> AgreementStatus:
        return self.agreement.status

    @property
    def due(self) -> pendulum.Date | None:
        return safe_date(self.agreement.due)

    @property
    def carried(self) -> bool:
        return len(self.meetings) > 1

    def overdue(self, today: pendulum.Date) -> bool:
        return is_overdue(self.agreement, today)


def is_overdue(agreement: Agreement, today: pendulum.Date) -> bool:
    """Open and past its due date."""
    if agreement.status is not AgreementStatus.OPEN or not agreement.due:
        return False
    return agreement.due[:10] < today.isoformat()


def _meeting_order(meeting: HoldsAgreements) -> tuple[str, str, str]:
    return (meeting.date, meeting.updated_at or "", meeting.id)


def agreement_history(meetings: Iterable[HoldsAgreements], dates: Mapping[str, str] | None = None) -> list[AgreementView]:
    """One view per agreement id, the latest conversation's copy current; in the order agreed.

    `dates` (meeting id -> date) covers every meeting in scope when `meetings` are only those
    holding the agreements wanted: where an agreement was first made is looked up in it.
    """
    ordered = sorted(meetings, key=_meeting_order)
    if dates is None:
        dates = {m.id: m.date for m in ordered}
    copies: dict[str, list[tuple[HoldsAgreements, Agreement]]] = {}
    for meeting in ordered:
        for agreement in meeting.agreements:
            copies.setdefault(agreement.id, []).append((meeting, agreement))
    views: list[tuple[tuple, AgreementView]] = []
    for chain in copies.values():
        first_meeting, first = chain[0]
        latest_meeting, latest = chain[-1]
        agreed_in = first.origin if first.origin and first.origin in dates else first_meeting.id
        view = AgreementView(
            agreement=latest,
            meeting_id=latest_meeting.id,
            meeting_date=latest_meeting.date,
            employee=single_line(latest_meeting.employee),
            manager=single_line(latest_meeting.manager),
            agreed_in=agreed_in,
            agreed_on=dates.get(agreed_in, first_meeting.date),
            meetings=tuple(dict.fromkeys(m.id for m, _ in chain)),
        )
        position = first_meeting.agreements.index(first)
        views.append(((view.agreed_on, first_meeting.date, first_meeting.id, position), view))
    views.sort(key=lambda pair: pair[0])
    return [view for _, view in views]


def _due_order(view: AgreementView) -> tuple:
    due = view.agreement.due or "9999-99-99"
    return (due, view.agreed_on, view.employee.casefold())


def _open_ones(views: Iterable[AgreementView], today: pendulum.Date) -> list[AgreementView]:
    """The open views, overdue ones first, then by due date (none last)."""
    open_ = (v for v in views if v.status is AgreementStatus.OPEN)
    return sorted(open_, key=lambda v: (not v.overdue(today), *_due_order(v)))


def open_agreements(
    meetings: Iterable[HoldsAgreements], today: pendulum.Date, employee: str = "", dates: Mapping[str, str] | None = None
) -> list[AgreementView]:
    """Every agreement still open, overdue ones first, then by due date (none last)."""
    return _open_ones(agreement_history(_of_employee(meetings, employee), dates), today)


def agreements_due(
    meetings: Iterable[HoldsAgreements], today: pendulum.Date, horizon_days: int, dates: Mapping[str, str] | None = None
) -> list[AgreementView]:
    """Open agreements due within `horizon_days` from today (inclusive) or overdue: overdue first, then by due date."""
    horizon = today.add(days=horizon_days).isoformat()
    return [v for v in open_agreements(meetings, today, dates=dates) if v.agreement.due and v.agreement.due[:10] <= horizon]


def all_agreements(
    meetings: Iterable[HoldsAgreements], today: pendulum.Date, employee: str = "", dates: Mapping[str, str] | None = None
) -> list[AgreementView]:
    """Every agreement: open ones as in open_agreements, then done and dropped, latest change first."""
    views = agreement_history(_of_employee(meetings, employee), dates)
    closed = sorted(
        (v for v in views if v.status is not AgreementStatus.OPEN),
        key=lambda v: (v.agreement.status_at or "", v.agreed_on),
        reverse=True,
    )
    return _open_ones(views, today) + closed


def _of_employee(meetings: Iterable[HoldsAgreements], employee: str) -> Iterable[HoldsAgreements]:
    if not employee:
        return meetings
    key = employee_key(employee)
    return [m for m in meetings if employee_key(m.employee) == key]


def pop(meetings: Iterable[HoldsAgreements], employee: str, dates: Mapping[str, str] | None = None) -> list[AgreementView]:
    """The personal development plan: all of one employee's agreements, in the order they were made."""
    return agreement_history(_of_employee(meetings, employee), dates)


@dataclass(frozen=True)
class PopCounts:
    open: int
    done: int
    dropped: int
    overdue: int


def pop_counts(views: Iterable[AgreementView], today: pendulum.Date) -> PopCounts:
    views = list(views)
    return PopCounts(
        open=sum(v.status is AgreementStatus.OPEN for v in views),
        done=sum(v.status is AgreementStatus.DONE for v in views),
        dropped=sum(v.status is AgreementStatus.DROPPED for v in views),
        overdue=sum(v.overdue(today) for v in views),
    )
