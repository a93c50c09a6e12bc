"""The meeting record: topics, notes, agreements, report details.

Plain dataclasses with a lossless dict form; the dict form is both what the
store keeps and the documented JSON export (see README, "JSON export").
"""

from __future__ import annotations

import uuid
from dataclasses import MISSING, asdict, dataclass, field, fields
from enum import Enum, StrEnum
from functools import cache
from typing import Any

SCHEMA_VERSION = 1


class Side(StrEnum):
    """Who said or raised something."""

    EMPLOYEE = "employee"
    MANAGER = "manager"


class RaisedBy(StrEnum):
    EMPLOYEE = "employee"
    MANAGER = "manager"
    BOTH = "both"


class Owner(StrEnum):
    EMPLOYEE = "employee"
    MANAGER = "manager"
    ORGANISATION = "organisation"


class Approach(StrEnum):
    SHADOWING = "shadowing"
    TRAINING = "training"
    COACHING = "coaching"
    OTHER = "other"


class Status(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    PAUSED = "paused"
    FINISHED = "finished"


class AgreementStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    DROPPED = "dropped"


class Signoff(StrEnum):
    OPEN = "open"
    AGREED = "agreed"  # akkoord
    SEEN = "seen"  # voor gezien


class Kind(StrEnum):
    FUNCTIONING = "functioneringsgesprek"
    CAREER = "loopbaangesprek"
    FOLLOW_UP = "opvolgingsgesprek"
    COACHING = "coachinggesprek"


class InvalidMeeting(ValueError):
    """A record that is not a usable meeting; str() names the field, e.g. topics[2].notes."""


def new_id() -> str:
    return uuid.uuid4().hex[:12]


@dataclass
class Note:
    text: str
    author: Side
    at: str  # ISO 8601 wall-clock timestamp with offset


@dataclass
class PreparedPoint:
    text: str
    author: Side


@dataclass
class Topic:
    title: str
    planned_minutes: int
    raised_by: RaisedBy = RaisedBy.BOTH
    prompts: list[str] = field(default_factory=list)
    spent_seconds: float = 0.0
    done: bool = False
    notes: list[Note] = field(default_factory=list)
    prepared: list[PreparedPoint] = field(default_factory=list)
    # True for the topic that takes over open agreements from last time.
    carry_over: bool = False
    # The note being typed, saved as it is typed so nothing is lost.
    draft: str = ""


@dataclass
class Agreement:
    what: str
    owner: Owner = Owner.EMPLOYEE
    approach: Approach = Approach.OTHER
    approach_note: str = ""
    due: str | None = None  # ISO date
    follow_up: str = ""
    status: AgreementStatus = AgreementStatus.OPEN
    status_at: str | None = None  # ISO date the status last changed
    id: str = field(default_factory=new_id)
    # Set when this agreement was carried over from an earlier meeting.
    origin: str | None = None

    def set_status(self, status: AgreementStatus, on: str) -> None:
        """Mark it open, done or dropped as of `on` (ISO date); the same status keeps its date."""
        if self.status is not status:
            self.status = status
            self.status_at = on


@dataclass
class Signature:
    """Who set a sign-off: from whose seat, which Unix login, and when."""

    seat: Side  # the employee's own seat, or the manager's (where both may sit at one screen)
    login: str
    at: str  # ISO 8601 timestamp with offset


@dataclass
class Report:
    writer: str = ""
    kept_at: str = ""
    employee_signoff: Signoff = Signoff.OPEN
    manager_signoff: Signoff = Signoff.OPEN
    employee_signed: Signature | None = None
    manager_signed: Signature | None = None

    def sign(self, side: Side, value: Signoff, signature: Signature) -> None:
        """Set `side`'s sign-off, keeping who set it, from where and when."""
        setattr(self, f"{side.value}_signoff", value)
        setattr(self, f"{side.value}_signed", signature)


@dataclass
class Seat:
    """The employee's own seat: `gesprek join CODE` from her account (tui/seats)."""

    login: str  # her Unix login: only that account may connect
    token: str = ""  # the code's secret part; a new one revokes the old; "" once the meeting is finished
    # Ids of what her seat sent that the record holds, so a resend after a reconnect is applied once.
    received: list[str] = field(default_factory=list)
    proposals: list[Agreement] = field(default_factory=list)  # hers, waiting for the manager


class FormKind(StrEnum):
    """The forms that edit a meeting, so one left open can be opened again as it was."""

    AGREEMENT = "agreement"
    CLOSING = "closing"
    INSERT_TOPIC = "insert_topic"
    RENAME_TOPIC = "rename_topic"
    HARD_END = "hard_end"


@dataclass
class FormDraft:
    """What is typed in a form not yet saved: never part of the record until the form saves.

    Kept so that a crash, a dropped line or a quit loses nothing typed; a resumed meeting
    opens the form again with these values, for the user to save or cancel.
    """

    form: FormKind
    target: str = ""  # what it edits: an agreement's id, a topic's index; "" for something new
    values: dict[str, str] = field(default_factory=dict)  # field id -> what the field held


@dataclass
class Meeting:
    employee: str
    manager: str
    date: str  # ISO date of the conversation
    kind: Kind = Kind.FUNCTIONING
    agenda: str = "functioneringsgesprek"
    lang: str = "nl"
    id: str = field(default_factory=new_id)
    status: Status = Status.PLANNED
    topics: list[Topic] = field(default_factory=list)
    agreements: list[Agreement] = field(default_factory=list)
    active_topic: int = 0
    next_followup: str | None = None  # ISO date
    default_followup: str = "12m"  # from the template
    hard_end: str | None = None  # "HH:MM" local time
    report: Report = field(default_factory=Report)
    profile: dict[str, str] | None = None  # {"name": ..., "text": ...}
    started_at: str | None = None
    planned_end: str | None = None  # set when the clock starts
    finished_at: str | None = None
    updated_at: str | None = None
    form_draft: FormDraft | None = None  # a form left open (at most one is open at a time)
    seat: Seat | None = None  # the employee's own seat, once she is invited
    # Bumped by the store on every save; used to detect a second writer.
    revision: int = 0
    schema: int = SCHEMA_VERSION

    # -- convenience -------------------------------------------------------

    @property
    def planned_minutes(self) -> int:
        return sum(t.planned_minutes for t in self.topics)

    @property
    def open_agreements(self) -> list[Agreement]:
        return [a for a in self.agreements if a.status is AgreementStatus.OPEN]

    def agreement(self, agreement_id: str) -> Agreement | None:
        return next((a for a in self.agreements if a.id == agreement_id), None)

    def flush_drafts(self, author: Side, at: str) -> None:
        """Turn notes still being typed into notes, so ending a meeting loses nothing."""
        for topic in self.topics:
            if topic.draft.strip():
                topic.notes.append(Note(text=topic.draft.strip(), author=author, at=at))
            topic.draft = ""

    def to_dict(self) -> dict[str, Any]:
        return _plain(asdict(self))

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Meeting:
        return _build(cls, data, "")


# -- (de)serialisation -----------------------------------------------------


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


_NESTED: dict[tuple[type, str], type] = {
    (Meeting, "topics"): Topic,
    (Meeting, "agreements"): Agreement,
    (Meeting, "report"): Report,
    (Meeting, "form_draft"): FormDraft,
    (Meeting, "seat"): Seat,
    (Seat, "proposals"): Agreement,
    (Report, "employee_signed"): Signature,
    (Report, "manager_signed"): Signature,
    (Topic, "notes"): Note,
    (Topic, "prepared"): PreparedPoint,
}


@cache
def _field_names(cls: type) -> frozenset[str]:
    # dataclasses.fields() per record was a fifth of the time to read a big store.
    return frozenset(f.name for f in fields(cls))


@cache
def _required_names(cls: type) -> frozenset[str]:
    return frozenset(f.name for f in fields(cls) if f.default is MISSING and f.default_factory is MISSING)


def _build(cls: type, data: Any, where: str) -> Any:
    """Build a dataclass from its dict form; unknown keys are ignored.

    InvalidMeeting names the first field that has no usable shape, e.g. topics[2].notes.
    """
    if not isinstance(data, dict):
        raise InvalidMeeting(where or "record")
    kwargs: dict[str, Any] = {}
    names = _field_names(cls)
    for name, value in data.items():
        if name not in names:
            continue
        at = f"{where}.{name}" if where else name
        nested = _NESTED.get((cls, name))
        enum_type = ENUM_FIELDS.get((cls, name))
        if nested in _SINGLE:
            value = None if value is None and nested in _OPTIONAL else _build(nested, value, at)
        elif nested is not None:
            if not isinstance(value, list):
                raise InvalidMeeting(at)
            value = [_build(nested, item, f"{at}[{i}]") for i, item in enumerate(value)]
        elif enum_type is not None:
            try:
                value = enum_type(value)
            except (ValueError, TypeError):
                raise InvalidMeeting(at) from None
        kwargs[name] = value
    missing = _required_names(cls) - kwargs.keys()
    if missing:
        name = min(missing)
        raise InvalidMeeting(f"{where}.{name}" if where else name)
    return cls(**kwargs)


ENUM_FIELDS: dict[tuple[type, str], type[Enum]] = {
    (Note, "author"): Side,
    (PreparedPoint, "author"): Side,
    (Topic, "raised_by"): RaisedBy,
    (Agreement, "owner"): Owner,
    (Agreement, "approach"): Approach,
    (Agreement, "status"): AgreementStatus,
    (Report, "employee_signoff"): Signoff,
    (Report, "manager_signoff"): Signoff,
    (Meeting, "kind"): Kind,
    (Meeting, "status"): Status,
    (FormDraft, "form"): FormKind,
    (Signature, "seat"): Side,
}
# Nested objects that are one object, not a list of them; and those of them that may be null.
_SINGLE = (Report, FormDraft, Seat, Signature)
_OPTIONAL = (FormDraft, Seat, Signature)
