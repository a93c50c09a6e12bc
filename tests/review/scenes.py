"""Fixed conversations for review tests and snapshots: same ids, same dates, every run.

Today (FakeClock) is 2026-11-25. Three employees:
- Sanne de Vries: functioneringsgesprek 2025-11-20 (finished, two agreements, one overdue),
  coachinggesprek 2026-05-12 (finished, carried one over, follow-up 2026-12-10: due soon).
- Ahmed El Amrani: functioneringsgesprek 2025-06-03 (finished, follow-up 2026-06-03: overdue,
  and more than 12 months ago).
- Lotte Bakker: loopbaangesprek 2026-02-10 (finished, follow-up 2027-02-10) and a planned one
  on 2026-12-01 (due soon).
"""

from __future__ import annotations

from tui.domain.agenda import meeting_from_agenda
from tui.domain.model import (
    Agreement,
    AgreementStatus,
    Approach,
    Kind,
    Meeting,
    Note,
    Owner,
    PreparedPoint,
    Side,
    Status,
)
from tui.services.agendas import load_agenda


def _meeting(meeting_id: str, employee: str, date: str, agenda: str = "functioneringsgesprek", manager: str = "Pieter Janssens") -> Meeting:
    meeting = meeting_from_agenda(load_agenda(agenda, "nl"), employee, manager, date)
    meeting.id = meeting_id
    return meeting

def sanne_2025() -> Meeting:
    m = _meeting("s00000000001", "Sanne de Vries", "2025-11-20")
    m.status = Status.FINISHED
    m.next_followup = "2026-05-12"
    m.topics[2].prepared.append(PreparedPoint("Ik wil meer klantcontact", Side.EMPLOYEE))
    m.topics[3].notes.append(Note("Piekweken zijn zwaar; **planning** vooraf helpt.", Side.EMPLOYEE, "2025-11-20T10:12:00+01:00"))
    m.topics[3].notes.append(Note("Leidinggevende bekijkt de roosters voor de piekweken.", Side.MANAGER, "2025-11-20T10:15:00+01:00"))
    m.agreements = [
        Agreement("Cursus presenteren volgen", Owner.EMPLOYEE, Approach.TRAINING, due="2026-03-01",
                  follow_up="Kort overleg na de cursus", id="agr000000001"),
        Agreement("Roosters piekweken herzien", Owner.MANAGER, Approach.OTHER, due="2027-01-15", id="agr000000002"),
        Agreement("Meelopen met de klantenservice", Owner.EMPLOYEE, Approach.SHADOWING, due="2026-02-01",
                  status=AgreementStatus.DONE, status_at="2026-01-20", id="agr000000003"),
    ]
    return m

def sanne_2026() -> Meeting:
    m = _meeting("s00000000002", "Sanne de Vries", "2026-05-12", agenda="coachinggesprek")
    m.status = Status.FINISHED
    m.next_followup = "2026-12-10"
    m.topics[0].notes.append(Note("Presenteren gaat al beter; de cursus start in juni.", Side.EMPLOYEE, "2026-05-12T14:05:00+02:00"))
    m.agreements = [
        Agreement("Cursus presenteren volgen", Owner.EMPLOYEE, Approach.TRAINING, due="2026-03-01",
                  follow_up="Kort overleg na de cursus", id="agr000000001", origin="s00000000001"),
        Agreement("Roosters piekweken herzien", Owner.MANAGER, Approach.OTHER, due="2027-01-15",
                  id="agr000000002", origin="s00000000001"),
        Agreement("Mentor zoeken in het team", Owner.ORGANISATION, Approach.COACHING, due="2026-09-01", id="agr000000004"),
    ]
    return m

def ahmed_2025() -> Meeting:
    m = _meeting("a00000000001", "Ahmed El Amrani", "2025-06-03")
    m.status = Status.FINISHED
    m.next_followup = "2026-06-03"
    m.topics[3].notes.append(Note("Wil zich verdiepen in security; zoekt een cursus.", Side.EMPLOYEE, "2025-06-03T09:30:00+02:00"))
    m.agreements = [Agreement("Security-cursus uitzoeken", Owner.EMPLOYEE, Approach.TRAINING, due="2025-09-01", id="agr000000010")]
    return m

def lotte_2026() -> Meeting:
    m = _meeting("l00000000001", "Lotte Bakker", "2026-02-10", agenda="loopbaangesprek")
    m.status = Status.FINISHED
    m.next_followup = "2027-02-10"
    m.topics[1].notes.append(Note("Over vijf jaar teamleider; eerst een leiderschapstraject.", Side.EMPLOYEE, "2026-02-10T11:00:00+01:00"))
    m.agreements = [Agreement("Leiderschapstraject aanvragen", Owner.ORGANISATION, Approach.TRAINING, due="2028-01-01", id="agr000000020")]
    return m

def lotte_planned() -> Meeting:
    return _meeting("l00000000002", "Lotte Bakker", "2026-12-01")

def all_meetings() -> list[Meeting]:
    return [sanne_2025(), sanne_2026(), ahmed_2025(), lotte_2026(), lotte_planned()]

def fill(store) -> list[Meeting]:
    meetings = all_meetings()
    for meeting in meetings:
        store.save(meeting)
    return meetings

assert Kind  # re-exported for tests
