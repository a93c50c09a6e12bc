"""Fitting the agenda into the time there is: what no longer fits, and rebalancing."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

from .minutes import to_the_minute
from .model import Meeting, Topic
from .timer import MeetingTimer


def parse_hard_end(value: str) -> tuple[int, int]:
    """'16:30' or '1630' -> (16, 30); ValueError otherwise."""
    text = value.strip().replace(".", ":")
    if ":" not in text and len(text) in (3, 4) and text.isdigit():
        text = f"{text[:-2]}:{text[-2:]}"
    hours, _, minutes = text.partition(":")
    h, m = int(hours), int(minutes)
    if not (0 <= h < 24 and 0 <= m < 60):
        raise ValueError(value)
    return h, m


def deadline(meeting: Meeting, timer: MeetingTimer) -> pendulum.DateTime | None:
    """When the meeting must end: the hard end if set, else the planned end."""
    now = timer.clock.now()
    if meeting.hard_end:
        h, m = parse_hard_end(meeting.hard_end)
        return now.set(hour=h, minute=m, second=0, microsecond=0)
    if meeting.started_at and meeting.planned_end:
        return pendulum.parse(meeting.planned_end).in_tz(now.tz)
    return None


def hard_end_passed(meeting: Meeting, timer: MeetingTimer) -> bool:
    """A hard end is set and already lies behind us (set by mistake, or the meeting ran on)."""
    return bool(meeting.hard_end) and deadline(meeting, timer) < timer.clock.now()


@dataclass(frozen=True)
class Overflow:
    over_by_seconds: float  # how far the projected end lies past the deadline
    minutes: int  # the same as shown: projected end and deadline, each to the minute, apart
    dropped: list[int]  # indexes of the topics that no longer fit, last first
    rebalance_fits: bool  # whether F8 can make the rest fit


def overflow(meeting: Meeting, timer: MeetingTimer) -> Overflow | None:
    """None when the rest of the agenda fits before the deadline, as the clock shows it."""
    end = deadline(meeting, timer)
    if end is None:
        return None
    projected = timer.projected_end()
    minutes = int((to_the_minute(projected) - to_the_minute(end)).total_minutes())
    if minutes < 1:
        return None
    over = (projected - end).total_seconds()
    dropped: list[int] = []
    left = over
    for i in reversed(upcoming(meeting)):
        if left <= 0:
            break
        dropped.append(i)
        left -= max(0.0, timer.remaining(i))
    fits = not isinstance(rebalance_plan(meeting, timer), DoesNotFit)
    return Overflow(over_by_seconds=over, minutes=minutes, dropped=dropped, rebalance_fits=fits)


def upcoming(meeting: Meeting) -> list[int]:
    """Topics after the active one that have not been discussed."""
    return [i for i, t in enumerate(meeting.topics) if i > meeting.active_topic and not t.done]


@dataclass(frozen=True)
class DoesNotFit:
    """Even one minute for each topic ahead would run past the deadline: nothing is cut."""

    deadline: pendulum.DateTime
    minutes_left: int  # whole minutes from the end of the active topic to the deadline; < 0 once past
    topics: int  # topics ahead, each needing a minute at the least
    passed: bool  # the deadline already lies behind us


@dataclass(frozen=True)
class Rebalanced:
    """What a rebalance changed, kept so it can be undone: (topic, minutes before, after)."""

    changes: tuple[tuple[Topic, int, int], ...]
    active: Topic  # the topic under way when it was done

    def undoable(self, meeting: Meeting) -> bool:
        """Until the meeting moves to another topic, or one of these minutes is changed by hand."""
        topics = meeting.topics
        if not topics or topics[meeting.active_topic] is not self.active:
            return False
        return all(any(t is topic for t in topics) and topic.planned_minutes == after for topic, _, after in self.changes)

    def undo(self) -> None:
        for topic, before, _ in self.changes:
            topic.planned_minutes = before


def rebalance(meeting: Meeting, timer: MeetingTimer) -> Rebalanced | DoesNotFit | None:
    """Shrink the upcoming topics in proportion so the agenda ends on time.

    Every topic keeps at least one minute; if that cannot fit, nothing changes and
    DoesNotFit says why. None when nothing needs to change.
    """
    shares = rebalance_plan(meeting, timer)
    if not isinstance(shares, list):
        return shares
    changes = []
    for i, minutes in zip(upcoming(meeting), shares, strict=True):
        topic = meeting.topics[i]
        if topic.planned_minutes != minutes:
            changes.append((topic, topic.planned_minutes, minutes))
            topic.planned_minutes = minutes
    return Rebalanced(tuple(changes), meeting.topics[meeting.active_topic])


def rebalance_plan(meeting: Meeting, timer: MeetingTimer) -> list[int] | DoesNotFit | None:
    """The minutes rebalance() would give each upcoming topic, without giving them: DoesNotFit
    if even a minute each is too much, None if nothing needs to change."""
    end = deadline(meeting, timer)
    ahead = upcoming(meeting)
    if end is None or not ahead:
        return None
    now = timer.clock.now()
    active_left = max(0.0, timer.remaining(meeting.active_topic))
    available = (end - now).total_seconds() - active_left
    minutes_available = int(available // 60)
    planned = [meeting.topics[i].planned_minutes for i in ahead]
    total = sum(planned)
    if total <= minutes_available:
        return None
    if minutes_available < len(ahead):
        return DoesNotFit(deadline=end, minutes_left=minutes_available, topics=len(ahead), passed=end < now)
    shares = [max(1, p * minutes_available // total) for p in planned]
    biggest_first = sorted(range(len(ahead)), key=lambda k: -planned[k])
    # The one-minute floor may overshoot: take it back from the biggest shares.
    while sum(shares) > minutes_available:
        j = max((k for k in biggest_first if shares[k] > 1), key=lambda k: shares[k])
        shares[j] -= 1
    # Hand out what rounding left over, biggest topics first.
    spare = minutes_available - sum(shares)
    for j in biggest_first:
        if spare <= 0:
            break
        if shares[j] < planned[j]:
            shares[j] += 1
            spare -= 1
    return shares
