"""The end of a conversation's life: deleting one completely, everything about one employee, and
what is past the store's retention period. The command line and the review screen both plan a
deletion here (what goes, said in words) and carry it out here.
"""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

from ..domain.model import Meeting
from ..domain.people import employee_key
from ..domain.retention import Period, past_retention
from ..domain.safe_text import single_line
from ..i18n import t, tn
from ..store import CorruptFile, MeetingOpen, MeetingSummary, Store
from .meetings import InvalidRequest


@dataclass(frozen=True)
class Doomed:
    """One conversation a deletion removes."""

    id: str
    meeting: Meeting | None  # None: its file does not load
    kept_apart: int  # its versions in conflicts/

    def line(self) -> str:
        """What the confirmation says about it."""
        m = self.meeting
        if m is None:
            return t("lifecycle.row_damaged", id=self.id)
        contents = [
            tn("lifecycle.notes", sum(len(topic.notes) for topic in m.topics)),
            tn("lifecycle.prepared", sum(len(topic.prepared) for topic in m.topics)),
            tn("lifecycle.agreements", len(m.agreements)),
        ]
        if self.kept_apart:
            contents.append(tn("lifecycle.kept_apart", self.kept_apart))
        return t(
            "lifecycle.row", id=self.id, date=m.date, employee=single_line(m.employee), kind=t(f"kind.{m.kind.value}"),
            status=t(f"status.{m.status.value}"), contents=", ".join(contents),
        )


@dataclass(frozen=True)
class Deletion:
    """What a delete removes, and what it leaves: agreements carried into later conversations
    are copies that belong to those (carry_over.py), so they stay."""

    doomed: list[Doomed]
    carried: dict[str, int]  # date of a later conversation that stays -> agreements carried into it

    @property
    def ids(self) -> list[str]:
        return [doomed.id for doomed in self.doomed]

    def lines(self) -> list[str]:
        """For the confirmation: what goes, one line per conversation, and what later ones keep."""
        lines = [f"  {doomed.line()}" for doomed in self.doomed]
        if self.carried:
            agreements = tn("lifecycle.agreements", sum(self.carried.values()))
            lines.append(t("lifecycle.carried", agreements=agreements, dates=", ".join(sorted(self.carried))))
        return lines

    def done(self) -> str:
        """What is said once it is done."""
        if len(self.doomed) == 1 and (meeting := self.doomed[0].meeting) is not None:
            return t("lifecycle.deleted_one", employee=single_line(meeting.employee), date=meeting.date)
        return t("lifecycle.deleted", conversations=tn("lifecycle.conversations", len(self.doomed)))


def plan_delete(store: Store, meeting_id: str) -> Deletion:
    """Deleting one conversation (its full id); MeetingNotFound, or StoreError if the store cannot be read."""
    try:
        meeting = store.load(meeting_id)
    except CorruptFile:
        meeting = None  # deleting a damaged file is fine: what it says is only unknown
    return _plan(store, [(meeting_id, meeting)])


def plan_delete_employee(store: Store, name: str) -> Deletion:
    """Deleting every conversation with this employee; InvalidRequest if there is none."""
    return _plan(store, [(meeting_id, store.load(meeting_id)) for meeting_id in conversations_with(store, name)])


def conversations_with(store: Store, name: str) -> list[str]:
    """The ids of every conversation with this employee (names compared as people.employee_key),
    oldest first; InvalidRequest if there is none. Files that do not load cannot be told apart:
    the caller says how many there are (store.damaged())."""
    key = employee_key(name)
    ids = [summary.id for summary in store.list() if key and employee_key(summary.employee) == key]
    if not ids:
        raise InvalidRequest(t("lifecycle.no_employee", name=name))
    return ids[::-1]


def retention(
    store: Store, today: pendulum.Date, summaries: list[MeetingSummary] | None = None
) -> tuple[Period | None, list[MeetingSummary]]:
    """The store's retention period (None: none set) and the conversations past it, oldest first.
    SettingsError if the settings do not load; from `summaries` if given (no second listing)."""
    period = store.settings().retention
    if period is None:
        return None, []
    return period, past_retention(store.list() if summaries is None else summaries, period, today)


def plan_purge(store: Store, today: pendulum.Date) -> tuple[Period, Deletion]:
    """Deleting what is past the retention period; InvalidRequest if no period is set."""
    period, past = retention(store, today)
    if period is None:
        raise InvalidRequest(t("lifecycle.no_retention"))
    return period, _plan(store, [(summary.id, store.load(summary.id)) for summary in past])


def refuse_open(store: Store, deletion: Deletion) -> None:
    """MeetingOpen if an app holds one of the conversations live: checked before asking, so the
    question is not put only to be refused."""
    for meeting_id in deletion.ids:
        if store.is_open(meeting_id):
            raise MeetingOpen(meeting_id)


def delete(store: Store, deletion: Deletion) -> None:
    """Carry out a planned deletion. MeetingOpen, before anything goes, if an app holds one of the
    conversations live; the store refuses it again under its lock if one opens meanwhile."""
    refuse_open(store, deletion)
    if deletion.doomed:
        store.delete(*deletion.ids)


def _plan(store: Store, doomed: list[tuple[str, Meeting | None]]) -> Deletion:
    copies = store.conflict_copies()
    return Deletion(
        [Doomed(meeting_id, meeting, len(copies.get(meeting_id, []))) for meeting_id, meeting in doomed],
        _carried_on(store, [meeting for _, meeting in doomed if meeting is not None]),
    )


def _carried_on(store: Store, doomed: list[Meeting]) -> dict[str, int]:
    """Per date of a later conversation of the same employees that stays: how many of the doomed
    conversations' agreements were carried into it."""
    if not doomed:
        return {}
    gone = {meeting.id for meeting in doomed}
    keys = {employee_key(meeting.employee) for meeting in doomed}
    made_on: dict[str, str] = {}  # agreement id -> the earliest date of a doomed conversation holding it
    for meeting in doomed:
        for agreement in meeting.agreements:
            made_on[agreement.id] = min(made_on.get(agreement.id, meeting.date), meeting.date)
    carried: dict[str, int] = {}
    for summary in store.list():
        if summary.id in gone or employee_key(summary.employee) not in keys:
            continue
        later = store.load(summary.id)
        count = sum(agreement.id in made_on and made_on[agreement.id] <= later.date for agreement in later.agreements)
        if count:
            carried[later.date] = carried.get(later.date, 0) + count
    return carried
