"""The one-line view of a meeting that list() returns."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from tui.domain.model import Kind, Meeting, Status


@dataclass(frozen=True)
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
        return cls(
            id=meeting.id,
            employee=meeting.employee,
            manager=meeting.manager,
            date=meeting.date,
            kind=meeting.kind,
            status=meeting.status,
            agenda=meeting.agenda,
            lang=meeting.lang,
            next_followup=meeting.next_followup,
            agreements_open=len(meeting.open_agreements),
            agreements_total=len(meeting.agreements),
            updated_at=meeting.updated_at,
        )

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "kind": self.kind.value, "status": self.status.value}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> MeetingSummary:
        return cls(**{**data, "kind": Kind(data["kind"]), "status": Status(data["status"])})
