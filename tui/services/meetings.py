"""Starting a conversation, and finding a stored one by the id a user typed."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pendulum

from ..domain import dates
from ..domain.agenda import meeting_from_agenda
from ..domain.agenda_errors import AgendaError
from ..domain.carry_over import carry_over
from ..domain.model import Meeting
from ..domain.people import employee_key, employees, latest_managers
from ..domain.profile import ProfileError, read_profile
from ..i18n import t
from ..store import Store
from .agendas import default_agenda_name, load_agenda


class InvalidRequest(ValueError):
    """What the user asked for cannot be done as asked; str() is a user-facing message."""


@dataclass(frozen=True)
class NewMeeting:
    """A new conversation as asked for on the command line or in the new-meeting form."""

    employee: str
    manager: str
    agenda: str = ""  # template name or path; "" for the default
    date: str = ""  # as typed (ISO, DD-MM-YYYY, 6w, ...); "" for today
    profile: Path | None = None  # competency profile to attach
    share: str = ""  # the employee's Unix login, invited to her own seat (gesprek join); "" for none


def plan_meeting(store: Store, request: NewMeeting, today: pendulum.Date, lang: str) -> Meeting:
    """The meeting made from its agenda template, not yet stored; InvalidRequest if it cannot be."""
    employee, manager = request.employee.strip(), request.manager.strip()
    if not employee or not manager:
        raise InvalidRequest(t("new.names_missing"))
    try:
        date = dates.parse_date(request.date, today) if request.date.strip() else today
        agenda = load_agenda(request.agenda or default_agenda_name(), lang, store.agenda_cache)
        profile = read_profile(request.profile) if request.profile else None
    except (dates.DateError, AgendaError, ProfileError) as error:
        raise InvalidRequest(str(error)) from None
    meeting = meeting_from_agenda(agenda, employee, manager, date.isoformat())
    meeting.profile = profile
    if request.share.strip():
        from ..seats.invite import invite  # only when sharing
        from ..seats.rendezvous import SeatError

        try:
            invite(meeting, request.share)
        except SeatError as error:
            raise InvalidRequest(str(error)) from None
    return meeting


def start_meeting(store: Store, meeting: Meeting) -> int:
    """Bring the employee's still-open agreements into a new meeting; how many came along.

    StoreError if earlier meetings cannot be read.
    """
    key = employee_key(meeting.employee)
    previous = [store.load(s.id) for s in store.list() if employee_key(s.employee) == key and s.id != meeting.id]
    return carry_over(meeting, previous)


@dataclass(frozen=True)
class KnownPeople:
    """Who the store has had conversations with, for the new-meeting form."""

    employees: list[str]  # display names, one per person, sorted
    managers: dict[str, str]  # employee_key -> the manager of their latest conversation

    def manager_of(self, employee: str) -> str | None:
        return self.managers.get(employee_key(employee))


def known_people(store: Store) -> KnownPeople:
    """From the summaries alone (no meeting is read); StoreError if the store cannot be listed."""
    summaries = store.list()
    return KnownPeople(employees(summaries), latest_managers(summaries))


def resolve_id(store: Store, prefix: str) -> str:
    """The one meeting file whose id starts with `prefix` (loadable or not: loading a damaged
    one says what is wrong with it); InvalidRequest otherwise."""
    matches = [i for i in store.ids() if i.startswith(prefix)]
    if len(matches) == 1:
        return matches[0]
    raise InvalidRequest(t("cli.id_ambiguous" if matches else "cli.id_unknown", id=prefix))
