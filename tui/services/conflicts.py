"""Versions of a meeting that a save refused (conflicts/): comparing and copying them over."""

from __future__ import annotations

from pathlib import Path

from ..domain.merge import Difference, take
from ..domain.model import Meeting
from ..store import Store
from .agreements import refuse_if_open


def merge_stored(store: Store, meeting_id: str, copy: Meeting, chosen: list[Difference]) -> Meeting:
    """Copy the `chosen` differences of `copy` into the stored meeting and save it; the result.

    StoreError when it cannot be read or written; MeetingOpen when an app holds it live
    (store.is_open). A meeting held in this app right now is merged in memory instead
    (domain.merge.take), so its own autosave keeps it.
    """
    refuse_if_open(store, meeting_id)
    meeting = store.load(meeting_id)
    for difference in chosen:
        take(meeting, copy, difference)
    store.save(meeting)
    return meeting


def latest_copy(store: Store, meeting_id: str) -> Path | None:
    copies = store.conflict_copies().get(meeting_id)
    return copies[-1] if copies else None
