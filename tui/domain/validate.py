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
from collections.abc import Callable
from datetime import date, datetime
from enum import Enum
from typing import Any

from ..i18n import LANGUAGES
from .dates import valid_followup
from .model import (
    ENUM_FIELDS,
    Agreement,
    FormDraft,
    InvalidMeeting,
    Meeting,
    Note,
    PreparedPoint,
    Report,
    Seat,
    Signature,
    Topic,
)
from .shaping import MAX_MINUTES

__all__ = ["InvalidMeeting", "is_date", "is_spent", "is_timestamp", "meeting_from_record", "validate"]

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
_HARD_END = re.compile(r"([01]\d|2[0-3]):[0-5]\d")  # as the meeting screen writes it
# A Unix login as useradd accepts it (POSIX portable characters, a trailing $ for machine accounts).
LOGIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,31}\$?")
TOKEN = re.compile(r"[a-z2-7]{16}")  # 80 random bits in base32 (tui/seats/invite.py)
ITEM_ID = re.compile(r"[A-Za-z0-9_-]{1,64}")  # what a seat names the things it sends


def is_date(value: object) -> bool:
    """An ISO date YYYY-MM-DD within the years gesprek handles."""
    return _iso(value, _DATE, date.fromisoformat)


def is_timestamp(value: object) -> bool:
    """An ISO date or date and time (with its offset) within the years gesprek handles."""
    return _iso(value, _TIMESTAMP, datetime.fromisoformat)


def _iso(value: object, form: re.Pattern[str], parse: Callable[[str], date]) -> bool:
    if not isinstance(value, str) or form.fullmatch(value) is None:
        return False
    try:
        # The C parsers: reading 10,000 meetings checks a few hundred thousand of these.
        return MIN_YEAR <= parse(value).year <= MAX_YEAR
    except ValueError:
        return False


def meeting_from_record(record: Any) -> Meeting:
    """The meeting in a record read from disk; InvalidMeeting naming the field otherwise."""
    return validate(Meeting.from_dict(record))


def _is_int(value: object, low: int, high: int) -> bool:
    return type(value) is int and low <= value <= high


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_optional_text(value: object) -> bool:
    return value is None or isinstance(value, str)


def _with_enums(cls: type, checks: dict[str, Callable[[object], bool]]) -> dict[str, Callable[[object], bool]]:
    """`checks` plus one for each of `cls`'s enum fields: from_dict makes those members, but a
    Meeting built in code may hold anything."""
    enums = {name: _member_of(kind) for (owner, name), kind in ENUM_FIELDS.items() if owner is cls}
    return {**checks, **enums}


def _member_of(kind: type[Enum]) -> Callable[[object], bool]:
    return lambda value: isinstance(value, kind)


def _texts(value: object) -> bool:
    return isinstance(value, list) and all(isinstance(item, str) for item in value)


def is_spent(value: object) -> bool:
    """A topic's seconds spent: a finite number from 0 to years of talking."""
    return (
        isinstance(value, (int, float))
        and not isinstance(value, bool)
        and math.isfinite(value)
        and 0 <= value <= MAX_SPENT_SECONDS
    )


def _hard_end(value: object) -> bool:
    return value is None or (isinstance(value, str) and _HARD_END.fullmatch(value) is not None)


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


_MEETING = _with_enums(Meeting, {
    "id": _is_text,
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
})
_TOPIC = _with_enums(Topic, {
    "title": _is_text,
    "planned_minutes": lambda value: _is_int(value, 1, MAX_MINUTES),
    "prompts": _texts,
    "spent_seconds": is_spent,
    "done": lambda value: type(value) is bool,
    "carry_over": lambda value: type(value) is bool,
    "draft": _is_text,
})
_NOTE = _with_enums(Note, {"text": _is_text, "at": is_timestamp})
_PREPARED = _with_enums(PreparedPoint, {"text": _is_text})
_AGREEMENT = _with_enums(Agreement, {
    "what": _is_text,
    "approach_note": _is_text,
    "follow_up": _is_text,
    "due": _optional_date,
    "status_at": _optional_date,
    "id": lambda value: isinstance(value, str) and value != "",
    "origin": _is_optional_text,
})
_REPORT = _with_enums(Report, {"writer": _is_text, "kept_at": _is_text})
_SIGNATURE = _with_enums(Signature, {"login": _is_text, "at": is_timestamp})
_SEAT = _with_enums(Seat, {
    "login": lambda value: isinstance(value, str) and LOGIN.fullmatch(value) is not None,
    "token": lambda value: value == "" or (isinstance(value, str) and TOKEN.fullmatch(value) is not None),
    "received": lambda value: isinstance(value, list)
    and all(isinstance(item, str) and ITEM_ID.fullmatch(item) for item in value),
    "proposals": lambda value: isinstance(value, list),
})
_FORM_DRAFT = _with_enums(FormDraft, {
    "target": _is_text,
    "values": lambda value: isinstance(value, dict)
    and all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()),
})


def _check(obj: object, kind: type, checks: dict[str, Callable[[object], bool]], *where: str | int) -> None:
    """`obj` is a `kind` and each named attribute passes its check; the error names the field."""
    if not isinstance(obj, kind):
        raise InvalidMeeting(_path(where))
    for name, check in checks.items():
        if not check(getattr(obj, name)):
            raise InvalidMeeting(_path((*where, name)))


def _require(condition: bool, *where: str | int) -> None:
    if not condition:
        raise InvalidMeeting(_path(where))


def _path(parts: tuple[str | int, ...]) -> str:
    """("topics", 2, "notes") -> "topics[2].notes"; built only for an error (loading checks many)."""
    text = "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in parts).lstrip(".")
    return text or "record"


def validate(meeting: Meeting) -> Meeting:
    """The meeting itself if every field has a usable value; InvalidMeeting naming the field otherwise."""
    _check(meeting, Meeting, _MEETING)
    _require(isinstance(meeting.topics, list), "topics")
    _require(isinstance(meeting.agreements, list), "agreements")
    _require(_is_int(meeting.active_topic, 0, max(0, len(meeting.topics) - 1)), "active_topic")
    for i, topic in enumerate(meeting.topics):
        _check(topic, Topic, _TOPIC, "topics", i)
        for field, kind, checks in (("notes", Note, _NOTE), ("prepared", PreparedPoint, _PREPARED)):
            items = getattr(topic, field)
            _require(isinstance(items, list), "topics", i, field)
            for j, item in enumerate(items):
                _check(item, kind, checks, "topics", i, field, j)
    _agreements(meeting.agreements, "agreements")
    _check(meeting.report, Report, _REPORT, "report")
    for side in ("employee", "manager"):
        signature = getattr(meeting.report, f"{side}_signed")
        if signature is not None:
            _check(signature, Signature, _SIGNATURE, "report", f"{side}_signed")
    if meeting.form_draft is not None:
        _check(meeting.form_draft, FormDraft, _FORM_DRAFT, "form_draft")
    if meeting.seat is not None:
        _check(meeting.seat, Seat, _SEAT, "seat")
        _agreements(meeting.seat.proposals, "seat", "proposals")
    return meeting


def _agreements(agreements: list[Agreement], *where: str) -> None:
    seen: set[str] = set()
    for i, agreement in enumerate(agreements):
        _check(agreement, Agreement, _AGREEMENT, *where, i)
        # Screens key their rows by it: two agreements with one id cannot both be shown.
        _require(agreement.id not in seen, *where, i, "id")
        seen.add(agreement.id)
