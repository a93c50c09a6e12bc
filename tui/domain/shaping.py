"""Shaping the agenda together: reorder, add, remove topics, change minutes, who raised them.

Every operation keeps `Meeting.active_topic` on the same topic: the one being discussed once
the clock runs, the one being prepared before that (the start then goes to the first topic
not done, timer.py).
"""

from __future__ import annotations

from .model import Meeting, RaisedBy, Topic

MAX_MINUTES = 240
_RAISED_ORDER = [RaisedBy.BOTH, RaisedBy.EMPLOYEE, RaisedBy.MANAGER]


def move_topic(meeting: Meeting, index: int, delta: int) -> int:
    """Move a topic up (delta<0) or down; returns its new index."""
    topics = meeting.topics
    target = index + delta
    if not (0 <= index < len(topics) and 0 <= target < len(topics)):
        return index
    topics.insert(target, topics.pop(index))
    # By place, not by value: an equal topic (same title, nothing noted) is another topic.
    active = meeting.active_topic
    if active == index:
        meeting.active_topic = target
    elif index < active <= target:
        meeting.active_topic = active - 1
    elif target <= active < index:
        meeting.active_topic = active + 1
    return target


def add_topic(meeting: Meeting, after: int, title: str, minutes: int, raised_by: RaisedBy) -> int:
    """Insert a new topic after `after` (or at the end); returns its index."""
    index = min(max(after + 1, 0), len(meeting.topics))
    topic = Topic(title=title, planned_minutes=clamp_minutes(minutes), raised_by=raised_by)
    meeting.topics.insert(index, topic)
    if index <= meeting.active_topic and len(meeting.topics) > 1:
        meeting.active_topic += 1
    return index


def remove_topic(meeting: Meeting, index: int) -> Topic | None:
    """Remove a topic, unless it is the last one or the one being discussed in a started meeting."""
    topics = meeting.topics
    if not 0 <= index < len(topics) or len(topics) == 1:
        return None
    if index == meeting.active_topic and meeting.started_at:
        return None
    removed = topics.pop(index)
    if index < meeting.active_topic or meeting.active_topic >= len(topics):
        meeting.active_topic = max(0, meeting.active_topic - 1)
    return removed


def clamp_minutes(minutes: int) -> int:
    return max(1, min(MAX_MINUTES, minutes))


def change_minutes(meeting: Meeting, index: int, delta: int) -> None:
    topic = meeting.topics[index]
    topic.planned_minutes = clamp_minutes(topic.planned_minutes + delta)


def cycle_raised_by(meeting: Meeting, index: int) -> RaisedBy:
    topic = meeting.topics[index]
    topic.raised_by = _RAISED_ORDER[(_RAISED_ORDER.index(topic.raised_by) + 1) % len(_RAISED_ORDER)]
    return topic.raised_by
