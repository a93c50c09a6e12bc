"""Checking a meeting record read from disk before anything shows it.

A hand-edited or damaged file can be valid JSON with the wrong shapes inside
(a title that is a number, a date that is not one). Better to report the file
than to crash a screen that reads it later.
"""

from __future__ import annotations

from datetime import date, datetime

from .model import Meeting
from .schedule import parse_hard_end
from .shaping import MAX_MINUTES


class InvalidMeeting(ValueError):
    """str() says which field is wrong."""


def _require(condition: bool, field: str) -> None:
    if not condition:
        raise InvalidMeeting(field)


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _check_date(value: object, field: str, optional: bool = True) -> None:
    if value is None and optional:
        return
    _require(isinstance(value, str), field)
    # The C parsers: reading 10,000 meetings checks a few hundred thousand of these.
    parse = date.fromisoformat if len(value) == 10 else datetime.fromisoformat
    try:
        parse(value)
    except ValueError:
        raise InvalidMeeting(field) from None


def validate(meeting: Meeting) -> Meeting:
    """The meeting itself if every field has a usable shape; InvalidMeeting otherwise."""
    for field in ("id", "employee", "manager", "agenda", "lang", "default_followup"):
        _require(isinstance(getattr(meeting, field), str), field)
    _check_date(meeting.date, "date", optional=False)
    _check_date(meeting.next_followup, "next_followup")
    for field in ("started_at", "planned_end", "finished_at", "updated_at"):
        _check_date(getattr(meeting, field), field)
    _require(_is_int(meeting.revision), "revision")
    _require(isinstance(meeting.topics, list) and isinstance(meeting.agreements, list), "topics/agreements")
    _require(_is_int(meeting.active_topic) and 0 <= meeting.active_topic < max(1, len(meeting.topics)), "active_topic")
    for i, topic in enumerate(meeting.topics):
        where = f"topics[{i}]"
        _require(isinstance(topic.title, str) and isinstance(topic.draft, str), where + ".title")
        _require(_is_int(topic.planned_minutes) and 1 <= topic.planned_minutes <= MAX_MINUTES, where + ".planned_minutes")
        _require(_is_number(topic.spent_seconds) and topic.spent_seconds >= 0, where + ".spent_seconds")
        _require(isinstance(topic.prompts, list) and all(isinstance(p, str) for p in topic.prompts), where + ".prompts")
        for note in topic.notes:
            _require(isinstance(note.text, str), where + ".notes.text")
            _check_date(note.at, where + ".notes.at", optional=False)
        _require(all(isinstance(p.text, str) for p in topic.prepared), where + ".prepared")
    for i, agreement in enumerate(meeting.agreements):
        where = f"agreements[{i}]"
        for field in ("what", "approach_note", "follow_up", "id"):
            _require(isinstance(getattr(agreement, field), str), f"{where}.{field}")
        _check_date(agreement.due, where + ".due")
        _check_date(agreement.status_at, where + ".status_at")
    for field in ("writer", "kept_at"):
        _require(isinstance(getattr(meeting.report, field, None), str), "report." + field)
    if meeting.hard_end is not None:
        try:
            parse_hard_end(str(meeting.hard_end))
        except ValueError:
            raise InvalidMeeting("hard_end") from None
    if meeting.profile is not None:
        _require(
            isinstance(meeting.profile, dict) and all(isinstance(meeting.profile.get(k), str) for k in ("name", "text")),
            "profile",
        )
    return meeting
