"""Checking a meeting record read from disk before anything shows it.

A hand-edited or damaged file can be valid JSON with the wrong shapes inside
(a title that is a number, notes that are null, a date in the year 9999).
Better to report the file, naming the field, than to crash a screen or an
export that reads it later. Every value that passes here is one the rest of
the code can handle.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime
from enum import Enum
from collections.abc import Callable
from typing import Any

from ..i18n import LANGUAGES
from .dates import valid_followup
from .model import (
    Agreement,
    AgreementStatus,
    Approach,
    InvalidMeeting,
    Kind,
    Meeting,
    Note,
    Owner,
    PreparedPoint,
    RaisedBy,
    Report,
    Side,
    Signoff,
    Status,
    Topic,
)
from .shaping import MAX_MINUTES

__all__ = ["InvalidMeeting", "is_date", "is_timestamp", "meeting_from_record", "validate"]

# Far enough for any real conversation; date arithmetic (pendulum, calendar
# files) overflows near the years 1 and 9999.
MIN_YEAR = 1900
MAX_YEAR = 2200
# Years of talking: a bound that keeps sums and minute counts finite and exact.
MAX_SPENT_SECONDS = 10**9
# A calendar event's SEQUENCE is a 32-bit integer (RFC 5545 3.3.8).
MAX_REVISION = 2**31 - 1

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# What the app writes (isoformat, to_iso8601_string), with or without seconds.
_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?")
_HARD_END = re.compile(r"\d{2}:\d{2}")


def is_date(value: object) -> bool:
    """An ISO date YYYY-MM-DD within the years gesprek handles."""
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        return False
    try:
        # The C parser: reading 10,000 meetings checks a few hundred thousand of these.
        return MIN_YEAR <= date.fromisoformat(value).year <= MAX_YEAR
    except ValueError:
        return False


def is_timestamp(value: object) -> bool:
    """An ISO date or date and time (with its offset) within the years gesprek handles."""
    if not isinstance(value, str) or _TIMESTAMP.fullmatch(value) is None:
        return False
    try:
        return MIN_YEAR <= datetime.fromisoformat(value).year <= MAX_YEAR
    except ValueError:
        return False


def meeting_from_record(record: Any) -> Meeting:
    """The meeting in a record read from disk; InvalidMeeting naming the field otherwise."""
    return validate(Meeting.from_dict(record))


def _require(condition: bool, field: str) -> None:
    if not condition:
        raise InvalidMeeting(field)


def _is_int(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_optional_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _enum(kind: type[Enum]) -> Callable[[object], bool]:
    # from_dict turns the value into a member; a Meeting built in code may hold anything.
    return lambda value: isinstance(value, kind)


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def _spent(value: object) -> bool:
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= MAX_SPENT_SECONDS
    )


def _hard_end(value: object) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or _HARD_END.fullmatch(value) is None:
        return False
    hours, minutes = int(value[:2]), int(value[3:])
    return hours < 24 and minutes < 60


def _profile(value: object) -> bool:
    return value is None or (
        isinstance(value, dict)
        and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items())
        and {"name", "text"} <= value.keys()
    )


def _optional_date(value: object) -> bool:
    return value is None or is_date(value)


def _optional_timestamp(value: object) -> bool:
    return value is None or is_timestamp(value)


def _lang(value: object) -> bool:
    return value in LANGUAGES  # also a pendulum locale: dates are formatted in it


def _followup_term(value: object) -> bool:
    return isinstance(value, str) and valid_followup(value)


_MEETING = {
    "id": _is_text,
    "kind": _enum(Kind),
    "status": _enum(Status),
    "employee": _is_text,
    "manager": _is_text,
    "agenda": _is_text,
    "lang": _lang,
    "default_followup": _followup_term,
    "date": is_date,
    "next_followup": _optional_date,
    "started_at": _optional_timestamp,
    "planned_end": _optional_timestamp,
    "finished_at": _optional_timestamp,
    "updated_at": _optional_timestamp,
    "revision": lambda value: _is_int(value, 0, MAX_REVISION),
    "hard_end": _hard_end,
    "profile": _profile,
}
_TOPIC = {
    "title": _is_text,
    "raised_by": _enum(RaisedBy),
    "planned_minutes": lambda value: _is_int(value, 1, MAX_MINUTES),
    "prompts": _texts,
    "spent_seconds": _spent,
    "done": lambda value: type(value) is bool,
    "carry_over": lambda value: type(value) is bool,
    "draft": _is_text,
}
_NOTE = {"text": _is_text, "author": _enum(Side), "at": is_timestamp}
_PREPARED = {"text": _is_text, "author": _enum(Side)}
_AGREEMENT = {
    "what": _is_text,
    "owner": _enum(Owner),
    "approach": _enum(Approach),
    "status": _enum(AgreementStatus),
    "approach_note": _is_text,
    "follow_up": _is_text,
    "due": _optional_date,
    "status_at": _optional_date,
    "id": lambda value: isinstance(value, str) and value != "",
    "origin": _is_optional_text,
}
_REPORT = {
    "writer": _is_text,
    "kept_at": _is_text,
    "employee_signoff": _enum(Signoff),
    "manager_signoff": _enum(Signoff),
}


def _check(obj: object, kind: type, where: str, checks: dict[str, Callable[[object], bool]]) -> None:
    """`obj` is a `kind` and each named attribute passes its check; the error names the field."""
    _require(isinstance(obj, kind), where or "record")
    for name, check in checks.items():
        _require(check(getattr(obj, name)), f"{where}.{name}" if where else name)


def validate(meeting: Meeting) -> Meeting:
    """The meeting itself if every field has a usable value; InvalidMeeting naming the field otherwise."""
    _check(meeting, Meeting, "", _MEETING)
    _require(isinstance(meeting.topics, list), "topics")
    _require(isinstance(meeting.agreements, list), "agreements")
    _require(_is_int(meeting.active_topic, 0, max(0, len(meeting.topics) - 1)), "active_topic")
    for i, topic in enumerate(meeting.topics):
        where = f"topics[{i}]"
        _check(topic, Topic, where, _TOPIC)
        for field, kind, checks in (("notes", Note, _NOTE), ("prepared", PreparedPoint, _PREPARED)):
            items = getattr(topic, field)
            _require(isinstance(items, list), f"{where}.{field}")
            for j, item in enumerate(items):
                _check(item, kind, f"{where}.{field}[{j}]", checks)
    seen: set[str] = set()
    for i, agreement in enumerate(meeting.agreements):
        where = f"agreements[{i}]"
        _check(agreement, Agreement, where, _AGREEMENT)
        # Screens key their rows by it: two agreements with one id cannot both be shown.
        _require(agreement.id not in seen, where + ".id")
        seen.add(agreement.id)
    _check(meeting.report, Report, "report", _REPORT)
    return meeting
