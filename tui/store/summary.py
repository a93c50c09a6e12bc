"""The one-line view of a meeting that list() returns."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from enum import Enum
from typing import Any

from tui.domain.model import AgreementStatus, Kind, Meeting, Status
from tui.domain.validate import is_date


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: str
    employee: str
    manager: str
    date: str
    kind: Kind
    status: Status
    agenda: str
    lang: str
    next_followup: str | None
    agreements_open: int
    agreements_total: int
    updated_at: str | None

    @classmethod
    def of(cls, meeting: Meeting) -> MeetingSummary:
        return cls._from(meeting.__getattribute__, [a.status for a in meeting.agreements])

    @classmethod
    def of_record(cls, record: dict[str, Any]) -> MeetingSummary:
        """The summary of a meeting's dict form (what a save writes), without building the Meeting."""
        return cls._from(record.__getitem__, [a["status"] for a in record["agreements"]])

    @classmethod
    def _from(cls, get: Callable[[str], Any], agreement_statuses: list[Any]) -> MeetingSummary:
        values = {name: get(name) for name in _COPIED}
        return cls(
            **values,
            kind=Kind(get("kind")),
            status=Status(get("status")),
            agreements_open=sum(status == AgreementStatus.OPEN for status in agreement_statuses),
            agreements_total=len(agreement_statuses),
        )

    def to_row(self) -> list[Any]:
        """Positional form for the index: field names would double its size and load time."""
        return [value.value if isinstance(value, Enum) else value for value in (getattr(self, n) for n in ROW_FIELDS)]

    @classmethod
    def from_row(cls, row: list[Any]) -> MeetingSummary:
        """The summary in an index row; ValueError (or LookupError, TypeError) for a row of another shape."""
        values = dict(zip(ROW_FIELDS, row, strict=True))
        # The index is only a cache: a value the screens could not handle means reading the file.
        if not all(map(isinstance, row, _ROW_TYPES)) or not is_date(values["date"]):
            raise ValueError("not a summary row")
        if values["next_followup"] is not None and not is_date(values["next_followup"]):
            raise ValueError("not a summary row")
        # Plain dict lookups: Enum(value) is slow when loading 10,000 summaries.
        values["kind"] = _KINDS[values["kind"]]
        values["status"] = _STATUSES[values["status"]]
        # Filling the slots directly: the frozen __init__ (one object.__setattr__
        # per field) took a third of a cold list() at 10,000 meetings.
        summary = object.__new__(cls)
        for fill, value in zip(_FILL, values.values(), strict=True):
            fill(summary, value)
        return summary


ROW_FIELDS = tuple(f.name for f in fields(MeetingSummary))
# Slots, not a __dict__ per summary: ~400 bytes less each, 4 MB at 10,000 meetings.
_FILL = tuple(getattr(MeetingSummary, name).__set__ for name in ROW_FIELDS)
_TYPES: dict[str, type | tuple[type, ...]] = {
    "id": str,
    "employee": str,
    "manager": str,
    "date": str,
    "kind": str,
    "status": str,
    "agenda": str,
    "lang": str,
    "next_followup": (str, type(None)),
    "agreements_open": int,
    "agreements_total": int,
    "updated_at": (str, type(None)),
}
_ROW_TYPES = tuple(_TYPES[name] for name in ROW_FIELDS)
_KINDS = {kind.value: kind for kind in Kind}
_STATUSES = {status.value: status for status in Status}
# Taken over as they are from the meeting (the rest is converted or counted).
_COPIED = ("id", "employee", "manager", "date", "agenda", "lang", "next_followup", "updated_at")
