"""Carry-over: last time's open agreements come back at the start of the next conversation.

Decision (the link between copies): a carried agreement is a *copy* in the new
meeting with the **same `id`** as the agreement it continues, and `origin` set
to the id of the meeting where it was first agreed (kept through a chain of
carry-overs, so A -> B -> C still points at A). The earlier meetings are never
rewritten: their reports stay as they were on the day. Wherever agreements are
shown across conversations (agreement_history.agreement_history), copies with the same id
are one agreement and the copy in the latest conversation is its current state,
so marking it done in the new meeting is what every overview shows.

Making them visible: each carried agreement is also listed as a prompt line
("↻ ...") of the topic with `carry_over=True`, which the live meeting shows
under that topic (prompts are not part of the report, the agreements table is).

Deciding in the meeting (`decide`): done -> DONE, dropped -> DROPPED, kept ->
stays OPEN and is carried again next time. Every decision also writes one note
on the carry-over topic ("Afspraak “...”: gedaan."), replaced when the decision
changes, so the report records what became of last time's agreements and a
kept agreement can be told apart from one not yet discussed.
"""

from __future__ import annotations

from dataclasses import replace
from enum import StrEnum

import pendulum

from ..i18n import normalise_language, t
from .agreement_history import agreement_history
from .dates import as_date
from .model import Agreement, AgreementStatus, Meeting, Note, Side, Topic
from .people import employee_key
from .safe_text import single_line

PROMPT_MARK = "↻ "


class Decision(StrEnum):
    DONE = "done"
    KEPT = "kept"
    DROPPED = "dropped"


_STATUS = {
    Decision.DONE: AgreementStatus.DONE,
    Decision.KEPT: AgreementStatus.OPEN,
    Decision.DROPPED: AgreementStatus.DROPPED,
}


def carry_over_topic(meeting: Meeting) -> Topic | None:
    """The topic about last time's agreements (carry_over=True); in an agenda that marks
    none, the first topic, so carried agreements and decisions are never invisible."""
    marked = next((topic for topic in meeting.topics if topic.carry_over), None)
    return marked or (meeting.topics[0] if meeting.topics else None)


def carried(meeting: Meeting) -> list[Agreement]:
    """The agreements of `meeting` that came from an earlier conversation."""
    return [a for a in meeting.agreements if a.origin and a.origin != meeting.id]


def carry_over(new: Meeting, previous: list[Meeting]) -> int:
    """Copy the employee's still-open agreements from earlier meetings into `new`; how many.

    Only meetings of the same employee (names compared as people.employee_key) dated
    on or before `new` count. Agreements already in `new` (same id) are skipped, so
    calling it twice adds nothing. The copies get the same id and `origin` (see above)
    and are listed on the carry-over topic.
    """
    key = employee_key(new.employee)
    earlier = [m for m in previous if m.id != new.id and employee_key(m.employee) == key and m.date <= new.date]
    present = {a.id for a in new.agreements}
    dates = {m.id: m.date for m in earlier}
    added = 0
    topic = carry_over_topic(new)
    for view in agreement_history(earlier):
        source = view.agreement
        if source.status is not AgreementStatus.OPEN or source.id in present:
            continue
        copy = replace(source, origin=view.agreed_in)
        new.agreements.append(copy)
        present.add(copy.id)
        added += 1
        if topic is not None:
            line = prompt_line(copy, dates.get(view.agreed_in, view.agreed_on), new.lang)
            if line not in topic.prompts:
                topic.prompts.append(line)
    return added


def prompt_line(agreement: Agreement, agreed_on: str, lang: str) -> str:
    """'↻ Cursus presenteren volgen — medewerker, uiterlijk 1 mrt 2026 (afgesproken 20 nov 2025)'."""
    lang = normalise_language(lang)
    owner = t(f"owner.{agreement.owner.value}", lang)
    parts = [owner]
    due = _date(agreement.due, lang)
    if due:
        parts.append(t("review.carry.due", lang, date=due))
    agreed = _date(agreed_on, lang)
    text = f"{single_line(agreement.what)} — {', '.join(parts)}"
    if agreed:
        text += " " + t("review.carry.agreed_on", lang, date=agreed)
    return PROMPT_MARK + text


def _date(iso: str | None, lang: str) -> str:
    try:
        date = as_date(iso)
    except (ValueError, TypeError):
        return iso or ""
    return date.format("D MMM YYYY", locale=lang) if date else ""


def decision_note(agreement: Agreement, decision: Decision, lang: str) -> str:
    return t(f"review.carry.note_{decision.value}", normalise_language(lang), what=single_line(agreement.what))


def decision_of(meeting: Meeting, agreement: Agreement) -> Decision | None:
    """What was decided about a carried agreement in this meeting; None: not discussed yet."""
    topic = carry_over_topic(meeting)
    if topic is None:
        return None
    texts = {note.text: note for note in topic.notes}
    for decision in Decision:
        if decision_note(agreement, decision, meeting.lang) in texts:
            return decision
    return None


def decide(
    meeting: Meeting,
    agreement_id: str,
    decision: Decision,
    today: pendulum.Date,
    at: pendulum.DateTime | None = None,
    author: Side = Side.MANAGER,
) -> Agreement:
    """Mark a (carried) agreement of `meeting` done, kept or dropped, dated `today`.

    The decision is written as a note on the carry-over topic (timestamped `at`, default
    now), replacing an earlier decision note about the same agreement. KeyError if the
    meeting has no agreement with that id.
    """
    agreement = next((a for a in meeting.agreements if a.id == agreement_id), None)
    if agreement is None:
        raise KeyError(agreement_id)
    agreement.set_status(_STATUS[decision], today.isoformat())
    topic = carry_over_topic(meeting)
    if topic is not None:
        old = {decision_note(agreement, d, meeting.lang) for d in Decision}
        text = decision_note(agreement, decision, meeting.lang)
        stamp = (at or pendulum.now()).isoformat()
        for note in topic.notes:
            if note.text in old:
                note.text, note.at = text, stamp
                break
        else:
            topic.notes.append(Note(text=text, author=author, at=stamp))
    return agreement
