"""Marking an agreement open, done or dropped in a stored conversation."""

from __future__ import annotations

from ..domain.model import Agreement, AgreementStatus
from ..store import Store


def mark_stored(store: Store, meeting_id: str, agreement_id: str, status: AgreementStatus, on: str) -> Agreement | None:
    """Load, mark and save; the agreement as marked, or None if the meeting no longer has it.

    StoreError when the meeting cannot be read or written. A meeting open in this app is
    marked in memory instead (Agreement.set_status), so its own autosave keeps it.
    """
    meeting = store.load(meeting_id)
    agreement = meeting.agreement(agreement_id)
    if agreement is None:
        return None
    agreement.set_status(status, on)
    store.save(meeting)
    return agreement
