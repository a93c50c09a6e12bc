"""Marking an agreement open, done or dropped in a stored conversation."""

from __future__ import annotations

from ..domain.model import Agreement, AgreementStatus
from ..store import MeetingOpen, Store


def refuse_if_open(store: Store, meeting_id: str) -> None:
    """MeetingOpen if an app, this one or another, holds the meeting live: a change saved from
    outside would clash with its own next save (the caller changes one held here in memory)."""
    if store.is_open(meeting_id):
        raise MeetingOpen(meeting_id, MeetingOpen.CHANGE)


def mark_stored(store: Store, meeting_id: str, agreement_id: str, status: AgreementStatus, on: str) -> Agreement | None:
    """Load, mark and save; the agreement as marked, or None if the meeting no longer has it.

    StoreError when the meeting cannot be read or written; MeetingOpen when an app holds it live
    (store.is_open): its next save would clash with this one. A meeting open in this app is
    marked in memory instead (Agreement.set_status), so its own autosave keeps it.
    """
    refuse_if_open(store, meeting_id)
    meeting = store.load(meeting_id)
    agreement = meeting.agreement(agreement_id)
    if agreement is None:
        return None
    agreement.set_status(status, on)
    store.save(meeting)
    return agreement
