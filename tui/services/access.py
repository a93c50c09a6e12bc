"""An employee's access request: everything recorded about her, across all conversations."""

from __future__ import annotations

import pendulum

from ..export.access import render_person
from ..store import CorruptFile, Store
from .lifecycle import conversations_with


def person_export(store: Store, name: str, fmt: str, today: pendulum.Date, lang: str) -> str:
    """Her conversations by date, and the versions of them kept apart, as one document in `fmt`
    ("md" or "json"); InvalidRequest if she has none, ValueError for another format."""
    ids = conversations_with(store, name)
    meetings = sorted((store.load(meeting_id) for meeting_id in ids), key=lambda m: (m.date, m.id))
    copies = store.conflict_copies()
    kept_apart = []
    for path in (path for meeting_id in ids for path in copies.get(meeting_id, [])):
        try:
            kept_apart.append(store.load_conflict_copy(path))
        except CorruptFile:
            continue  # does not load: `gesprek check` names it
    return render_person(name.strip(), meetings, kept_apart, fmt, today, lang)
