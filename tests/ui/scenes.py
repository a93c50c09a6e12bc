"""Fixed, realistic meetings for snapshots and flows: same ids, same clock, every run."""

from __future__ import annotations

from tui.domain.agenda import meeting_from_agenda
from tui.domain.clock import FakeClock
from tui.domain.model import Agreement, Approach, Meeting, Note, Owner, PreparedPoint, Side
from tui.domain.timer import MeetingTimer
from tui.services.agendas import load_agenda


def planned_meeting(meeting_id: str = "a1b2c3d4e5f6") -> Meeting:
    agenda = load_agenda("functioneringsgesprek", "nl")
    meeting = meeting_from_agenda(agenda, "Sanne de Vries", "Pieter Janssens", "2026-11-25")
    meeting.id = meeting_id
    return meeting


def running_meeting(clock: FakeClock) -> Meeting:
    """Twenty minutes in, on the fourth topic, which has run over."""
    meeting = planned_meeting()
    timer = MeetingTimer(meeting, clock)
    timer.start()
    at = clock.now()
    meeting.topics[0].notes.append(Note("Doel: samen kijken naar werk en ontwikkeling.", Side.MANAGER, at.isoformat()))
    clock.advance(3 * 60)
    timer.next()
    clock.advance(4 * 60)
    timer.next()
    meeting.topics[2].notes.append(
        Note("Trots op de migratie; wil meer klantcontact.", Side.EMPLOYEE, clock.now().isoformat())
    )
    clock.advance(5 * 60)
    timer.next()
    topic = meeting.topics[3]
    topic.prepared.append(PreparedPoint("Werkdruk in de piekweken", Side.EMPLOYEE))
    topic.notes.append(Note("Piekweken zijn zwaar; **planning** vooraf helpt.", Side.EMPLOYEE, clock.now().isoformat()))
    topic.notes.append(Note("Leidinggevende bekijkt de roosters.", Side.MANAGER, clock.now().isoformat()))
    clock.advance(12 * 60 + 34)
    topic.draft = "Idee: maandelijks"
    meeting.agreements.append(
        Agreement(
            what="Cursus presenteren volgen",
            owner=Owner.EMPLOYEE,
            approach=Approach.TRAINING,
            due="2027-03-01",
            follow_up="Kort overleg na de cursus",
            id="agr000000001",
        )
    )
    timer.commit()
    return meeting
