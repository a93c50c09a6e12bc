"""Fitting the agenda into the time there is: what no longer fits, and rebalancing."""

from __future__ import annotations

from dataclasses import dataclass

import pendulum

from .model import Meeting
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


# Less than this past the deadline is clock noise, not a topic running over.
OVERFLOW_GRACE_SECONDS = 60


@dataclass(frozen=True)
class Overflow:
    over_by_seconds: float  # how far the projected end lies past the deadline
    dropped: list[int]  # indexes of the topics that no longer fit, last first


def overflow(meeting: Meeting, timer: MeetingTimer) -> Overflow | None:
    """None when the rest of the agenda fits before the deadline."""
    end = deadline(meeting, timer)
    if end is None:
        return None
    over = (timer.projected_end() - end).total_seconds()
    if over < OVERFLOW_GRACE_SECONDS:
        return None
    dropped: list[int] = []
    left = over
    for i in reversed(upcoming(meeting)):
        if left <= 0:
            break
        dropped.append(i)
        left -= max(0.0, timer.remaining(i))
    return Overflow(over_by_seconds=over, dropped=dropped)


def upcoming(meeting: Meeting) -> list[int]:
    """Topics after the active one that have not been discussed."""
    return [i for i, t in enumerate(meeting.topics) if i > meeting.active_topic and not t.done]


def rebalance(meeting: Meeting, timer: MeetingTimer) -> bool:
    """Shrink the upcoming topics in proportion so the agenda ends on time.

    Every topic keeps at least one minute. Returns False if nothing changed.
    """
    end = deadline(meeting, timer)
    ahead = upcoming(meeting)
    if end is None or not ahead:
        return False
    active_left = max(0.0, timer.remaining(meeting.active_topic))
    available = (end - timer.clock.now()).total_seconds() - active_left
    minutes_available = int(available // 60)
    planned = [meeting.topics[i].planned_minutes for i in ahead]
    total = sum(planned)
    if total <= minutes_available:
        return False
    shares = [max(1, p * minutes_available // total) for p in planned]
    biggest_first = sorted(range(len(ahead)), key=lambda k: -planned[k])
    # The one-minute floor may overshoot: take it back from the biggest shares.
    while sum(shares) > minutes_available:
        j = max((k for k in biggest_first if shares[k] > 1), key=lambda k: shares[k], default=None)
        if j is None:
            break
        shares[j] -= 1
    # Hand out what rounding left over, biggest topics first.
    spare = minutes_available - sum(shares)
    for j in biggest_first:
        if spare <= 0:
            break
        if shares[j] < planned[j]:
            shares[j] += 1
            spare -= 1
    if shares == planned:
        return False
    for i, minutes in zip(ahead, shares, strict=True):
        meeting.topics[i].planned_minutes = minutes
    return True
