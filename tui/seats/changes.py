"""What the employee's seat sends, applied to the meeting by the host: the single writer.

Each item carries an id; the record keeps the ids it holds (Seat.received), so an item sent
again after a reconnect, or delivered from what she prepared offline, is applied once. Her
notes and points are always hers (author: employee), whatever her seat claims; her topics are
raised by her; her agreements are proposals until the manager accepts one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from ..domain import shaping
from ..domain.clock import Clock
from ..domain.model import Agreement, AgreementStatus, Meeting, Note, PreparedPoint, RaisedBy, Side, Signature, Status
from ..domain.safe_text import inert, single_line
from .protocol import Message

# Her topics take this long until the manager changes it, as one he inserts does.
TOPIC_MINUTES = 5


class Applied(StrEnum):
    NEW = "new"  # now in the record
    AGAIN = "again"  # was already: only confirm it
    TOO_LATE = "too_late"  # the meeting is finished: nothing changes


@dataclass(frozen=True)
class Change:
    """One item from her seat and what became of it, for the manager's screen to tell."""

    type: str  # note, point, topic, agreement, signoff
    applied: Applied
    text: str = ""  # what it says, on one line, display-safe
    topic: int | None = None  # the topic it landed on


def topic_for(meeting: Meeting, index: int, title: str) -> int:
    """The topic she meant: the one with that title (the agenda may have been reordered since she
    saw it), else the one at that place, else the first (points made before she saw the agenda)."""
    for i, topic in enumerate(meeting.topics):
        if title and topic.title == title:
            return i
    return index if 0 <= index < len(meeting.topics) else 0


def apply(meeting: Meeting, message: Message, login: str, clock: Clock) -> Change:
    """Apply one checked message from her seat (not hello) to `meeting`."""
    seat = meeting.seat
    if seat is not None and (message["id"] in seat.received or _taken(meeting, message)):
        return Change(message.type, Applied.AGAIN)
    if seat is None or meeting.status is Status.FINISHED or not meeting.topics:
        return Change(message.type, Applied.TOO_LATE)
    change = _APPLY[message.type](meeting, message, login, clock)
    seat.received.append(message["id"])
    return change


def _taken(meeting: Meeting, message: Message) -> bool:
    """A proposal under an id an agreement or proposal already has: one replayed after the seat
    was invited afresh (received is empty then), or one naming an agreement she saw."""
    agreement_id = message["id"]
    return message.type == "agreement" and (
        meeting.agreement(agreement_id) is not None or proposal(meeting, agreement_id) is not None
    )


def _note(meeting: Meeting, message: Message, login: str, clock: Clock) -> Change:
    index = topic_for(meeting, message["topic"], message["title"])
    text = inert(message["text"]).strip()
    meeting.topics[index].notes.append(Note(text=text, author=Side.EMPLOYEE, at=clock.now().isoformat()))
    return Change("note", Applied.NEW, single_line(text), index)


def _point(meeting: Meeting, message: Message, login: str, clock: Clock) -> Change:
    index = topic_for(meeting, message["topic"], message["title"])
    text = inert(message["text"]).strip()
    meeting.topics[index].prepared.append(PreparedPoint(text=text, author=Side.EMPLOYEE))
    return Change("point", Applied.NEW, single_line(text), index)


def _topic(meeting: Meeting, message: Message, login: str, clock: Clock) -> Change:
    # Before the last topic: an agenda ends with its own closing.
    title = single_line(message["title"])
    index = shaping.add_topic(meeting, len(meeting.topics) - 2, title, message["minutes"], RaisedBy.EMPLOYEE)
    return Change("topic", Applied.NEW, title, index)


def _agreement(meeting: Meeting, message: Message, login: str, clock: Clock) -> Change:
    proposal = Agreement(
        id=message["id"],
        what=single_line(message["what"]),
        owner=message["owner"],
        approach=message["approach"],
        approach_note=single_line(message["approach_note"]),
        due=message["due"],
        follow_up=single_line(message["follow_up"]),
    )
    meeting.seat.proposals.append(proposal)
    return Change("agreement", Applied.NEW, proposal.what)


def _signoff(meeting: Meeting, message: Message, login: str, clock: Clock) -> Change:
    signature = Signature(seat=Side.EMPLOYEE, login=login, at=clock.now().isoformat())
    meeting.report.sign(Side.EMPLOYEE, message["value"], signature)
    return Change("signoff", Applied.NEW, message["value"].value)


_APPLY = {"note": _note, "point": _point, "topic": _topic, "agreement": _agreement, "signoff": _signoff}


def accept(meeting: Meeting, proposal_id: str, agreement: Agreement) -> bool:
    """Her open proposal, as the manager saved it (perhaps edited), becomes an agreement; same id.

    False, and nothing changes, when there is no open proposal with that id (accepted already,
    declined, never made) or an agreement has the id already: accepting it would drop his form.
    """
    found = proposal(meeting, proposal_id)
    if found is None or found.status is not AgreementStatus.OPEN or meeting.agreement(proposal_id) is not None:
        return False
    meeting.seat.proposals = [p for p in meeting.seat.proposals if p.id != proposal_id]
    meeting.agreements.append(replace(agreement, id=proposal_id, status=AgreementStatus.OPEN, status_at=None))
    return True


def decline(meeting: Meeting, proposal_id: str, on: str) -> None:
    """Not agreed: it stays with her proposals as dropped (as of `on`, an ISO date), so her seat shows it."""
    found = proposal(meeting, proposal_id)
    if found is not None:
        found.set_status(AgreementStatus.DROPPED, on)


def proposal(meeting: Meeting, proposal_id: str) -> Agreement | None:
    if meeting.seat is None:
        return None
    return next((p for p in meeting.seat.proposals if p.id == proposal_id), None)

