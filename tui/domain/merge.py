"""Merging a version of a meeting that a save refused (a conflict copy) back into the meeting.

When one meeting is edited in two places, the second writer's version is kept apart. What
it holds that the meeting does not: notes, prepared points, a note being typed, agreements
(new, or changed there). Each is one Difference, which the user copies over or leaves.
Topics are matched by title (the agenda may have been reordered), else by position.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum

from .model import Agreement, Meeting, Note, PreparedPoint, Topic
from .safe_text import single_line


class DifferenceKind(StrEnum):
    NOTE = "note"
    PREPARED = "prepared"
    DRAFT = "draft"  # the note being typed on a topic
    AGREEMENT = "agreement"  # not in the meeting at all
    AGREEMENT_CHANGED = "agreement_changed"  # in both, different


@dataclass(frozen=True)
class Difference:
    kind: DifferenceKind
    topic: int | None  # the topic's index in the copy; None for agreements
    where: str  # topic title or the agreement's text, display-safe
    text: str  # what would be copied over, display-safe
    item: Note | PreparedPoint | Agreement | str


def _topic_for(meeting: Meeting, copy: Meeting, index: int) -> Topic | None:
    """The meeting's topic that is the copy's topic `index`."""
    title = copy.topics[index].title
    same_title = [t for t in meeting.topics if t.title == title]
    if same_title:
        return same_title[0]
    return meeting.topics[index] if index < len(meeting.topics) else None


def differences(meeting: Meeting, copy: Meeting) -> list[Difference]:
    """What `copy` holds that `meeting` does not, in the copy's order (topics, then agreements)."""
    found: list[Difference] = []
    for i, theirs in enumerate(copy.topics):
        ours = _topic_for(meeting, copy, i)
        notes = {(n.text, n.at) for n in ours.notes} if ours else set()
        prepared = {(p.text, p.author) for p in ours.prepared} if ours else set()
        title = single_line(theirs.title)
        for note in theirs.notes:
            if (note.text, note.at) not in notes:
                found.append(Difference(DifferenceKind.NOTE, i, title, single_line(note.text), note))
        for point in theirs.prepared:
            if (point.text, point.author) not in prepared:
                found.append(Difference(DifferenceKind.PREPARED, i, title, single_line(point.text), point))
        draft = theirs.draft.strip()
        if draft and (ours is None or draft not in ours.draft):
            found.append(Difference(DifferenceKind.DRAFT, i, title, single_line(draft), draft))
    ours_by_id = {a.id: a for a in meeting.agreements}
    for agreement in copy.agreements:
        mine = ours_by_id.get(agreement.id)
        if mine == agreement:
            continue
        kind = DifferenceKind.AGREEMENT if mine is None else DifferenceKind.AGREEMENT_CHANGED
        what = single_line(agreement.what)
        found.append(Difference(kind, None, what, what, agreement))
    return found


def take(meeting: Meeting, copy: Meeting, difference: Difference) -> None:
    """Copy one difference over into `meeting` (a note lands in time order on its topic).

    Idempotent: what the meeting holds already (an agreement by its id, a note, point or
    typed text as differences() compares them) is not added again, so a row taken twice, or
    taken from a list shown before the meeting changed, never doubles anything.
    """
    item = difference.item
    if difference.kind in (DifferenceKind.AGREEMENT, DifferenceKind.AGREEMENT_CHANGED):
        if any(a.id == item.id for a in meeting.agreements):
            meeting.agreements = [replace(item) if a.id == item.id else a for a in meeting.agreements]
        else:
            meeting.agreements.append(replace(item))
        return
    topic = _topic_for(meeting, copy, difference.topic)
    if topic is None:  # the copy's topic is gone from the meeting: it comes back, at the end
        theirs = copy.topics[difference.topic]
        topic = Topic(theirs.title, theirs.planned_minutes, theirs.raised_by, list(theirs.prompts))
        meeting.topics.append(topic)
    if difference.kind is DifferenceKind.NOTE:
        if any((note.text, note.at) == (item.text, item.at) for note in topic.notes):
            return
        later = [i for i, note in enumerate(topic.notes) if note.at > item.at]
        topic.notes.insert(later[0] if later else len(topic.notes), replace(item))
    elif difference.kind is DifferenceKind.PREPARED:
        if all((point.text, point.author) != (item.text, item.author) for point in topic.prepared):
            topic.prepared.append(replace(item))
    elif item not in topic.draft:
        topic.draft = f"{topic.draft.rstrip()}\n{item}".strip()
