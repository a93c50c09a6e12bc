"""What the two seats say to each other: versioned JSON lines, every one checked before use.

One message per line: a JSON object, UTF-8, ending in a newline, with the protocol version
`v`, a `type`, and exactly the fields of that type. Anything a peer sends goes through
`decode`, which turns every kind of bad input into one ProtocolError: not UTF-8, not JSON,
too long, a wrong version, a type that seat may not send, a field missing, extra, of the
wrong type or out of range. No pickle, no eval: json.loads and explicit checks.

Pure: no sockets, no Textual; the ends (host.py, guest.py) read lines and call decode.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from ..domain.model import Approach, Meeting, Owner, Signoff
from ..domain.shaping import MAX_MINUTES
from ..domain.validate import ITEM_ID, TOKEN, InvalidMeeting, is_date, meeting_from_record

VERSION = 1
# Bytes per line, newline included. Her seat sends one note or point at a time; the host
# sends the whole meeting (a long one with pasted notes is a few hundred KB).
GUEST_LIMIT = 128 * 1024
HOST_LIMIT = 16 * 1024 * 1024
# Characters in a note, a point or an agreement's field; a title is one line.
MAX_TEXT = 16_000
MAX_TITLE = 200


class Problem(StrEnum):
    """Why a connection was closed or refused; each has a message on both seats (seat.problem.*)."""

    SYNTAX = "syntax"  # not UTF-8, not JSON, not an object
    TOO_LONG = "too_long"
    VERSION = "version"
    TYPE = "type"  # unknown, or not allowed from that seat
    FIELD = "field"  # missing, extra, wrong type or out of range
    ORDER = "order"  # no hello first, or a second one
    TIMEOUT = "timeout"  # no hello in time
    NOT_INVITED = "not_invited"  # the peer's account is not the invited one
    CODE = "code"  # unknown code, or one a new code ended
    REPLACED = "replaced"  # she joined again from elsewhere: the newer seat stays
    HOST = "host"  # the host is not who the code names
    BUSY = "busy"  # too many of her connections at once have not said hello yet


class ProtocolError(ValueError):
    """A message that cannot be used; `problem` says why, `detail` names the field."""

    def __init__(self, problem: Problem, detail: str = "") -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem = problem
        self.detail = detail


# -- field checks: each returns the value to use, or raises ProtocolError naming the field --

Check = Callable[[Any, str], Any]


def _fail(name: str) -> ProtocolError:
    return ProtocolError(Problem.FIELD, name)


def _text(limit: int, *, required: bool) -> Check:
    def check(value: Any, name: str) -> str:
        if not isinstance(value, str) or len(value) > limit or (required and not value.strip()):
            raise _fail(name)
        return value

    return check


def _integer(low: int, high: int) -> Check:
    def check(value: Any, name: str) -> int:
        if type(value) is not int or not low <= value <= high:
            raise _fail(name)
        return value

    return check


def _pattern(pattern) -> Check:
    def check(value: Any, name: str) -> str:
        if not isinstance(value, str) or pattern.fullmatch(value) is None:
            raise _fail(name)
        return value

    return check


def _member(kind: type[StrEnum]) -> Check:
    def check(value: Any, name: str) -> StrEnum:
        try:
            return kind(value)
        except (ValueError, TypeError):
            raise _fail(name) from None

    return check


def _optional_date(value: Any, name: str) -> str | None:
    if value is not None and not is_date(value):
        raise _fail(name)
    return value


def _meeting(value: Any, name: str) -> Meeting:
    """A whole meeting record, checked as the store checks a file."""
    try:
        return meeting_from_record(value)
    except InvalidMeeting as error:
        raise ProtocolError(Problem.FIELD, f"{name}.{error}") from None
    except (TypeError, ValueError, OverflowError, RecursionError):  # whatever else a hostile record trips
        raise _fail(name) from None


_ID = _pattern(ITEM_ID)
_TOPIC = _integer(-1, 10_000)  # -1: no topic known (prepared before she saw the agenda)
_TITLE = _text(MAX_TITLE, required=False)
_BODY = _text(MAX_TEXT, required=True)
_LINE = _text(MAX_TEXT, required=False)

# What her seat may send, and what the host may send: type -> field -> check.
Schema = Mapping[str, Mapping[str, Check]]
FROM_GUEST: Schema = {
    "hello": {"meeting": _ID, "token": _pattern(TOKEN)},
    "note": {"id": _ID, "topic": _TOPIC, "title": _TITLE, "text": _BODY},
    "point": {"id": _ID, "topic": _TOPIC, "title": _TITLE, "text": _BODY},
    "topic": {"id": _ID, "title": _text(MAX_TITLE, required=True), "minutes": _integer(1, MAX_MINUTES)},
    "agreement": {
        "id": _ID,
        "what": _BODY,
        "owner": _member(Owner),
        "approach": _member(Approach),
        "approach_note": _LINE,
        "due": _optional_date,
        "follow_up": _LINE,
    },
    "signoff": {"id": _ID, "value": _member(Signoff)},
}
FROM_HOST: Schema = {
    "welcome": {"state": _meeting, "host": _text(64, required=True)},
    "state": {"state": _meeting},
    "ack": {"id": _ID},
    "finished": {"record": _meeting},
    "refused": {"problem": _member(Problem)},
    "error": {"problem": _member(Problem), "detail": _text(MAX_TITLE, required=False)},
}


@dataclass(frozen=True)
class Message:
    type: str
    fields: dict[str, Any]

    def __getitem__(self, name: str) -> Any:
        return self.fields[name]


def _no_constant(name: str) -> Any:
    raise ValueError(name)  # NaN, Infinity: not JSON


def decode(line: bytes, schema: Schema, limit: int) -> Message:
    """The message in `line` (one line, its newline optional), checked against `schema`."""
    if len(line) > limit:
        raise ProtocolError(Problem.TOO_LONG)
    try:
        data = json.loads(line.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise ProtocolError(Problem.SYNTAX) from None
    if not isinstance(data, dict):
        raise ProtocolError(Problem.SYNTAX)
    if data.get("v") != VERSION or type(data.get("v")) is not int:
        raise ProtocolError(Problem.VERSION)
    kind = data.get("type")
    fields = schema.get(kind) if isinstance(kind, str) else None
    if fields is None:
        raise ProtocolError(Problem.TYPE, kind if isinstance(kind, str) else "")
    extra = data.keys() - fields.keys() - {"v", "type"}
    if extra:
        raise _fail(min(extra))
    checked = {}
    for name, check in fields.items():
        if name not in data:
            raise _fail(name)
        checked[name] = check(data[name], name)
    return Message(kind, checked)


def encode(kind: str, **fields: Any) -> bytes:
    """One message as a line. ASCII JSON: a lone surrogate in a record still travels."""
    return json.dumps({"v": VERSION, "type": kind, **fields}, ensure_ascii=True, separators=(",", ":")).encode() + b"\n"

