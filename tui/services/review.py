"""Reviewing past conversations: every meeting in memory for the review screens, and the follow-ups.

`ReviewData` keeps every meeting of the store in memory (read in a worker thread,
refreshed incrementally from the summaries' updated_at) with the search corpus built
from them, so search, the agreements overview and the POP never block the UI.
"""

from __future__ import annotations

import threading
import weakref

import pendulum

from ..domain.model import Meeting
from ..domain.review import FollowUps, SearchCorpus, followups
from ..store import Store, StoreError


class ReviewData:
    """Every meeting of one store, kept in memory for the review screens; thread-safe.

    `meetings()` re-reads only meetings whose summary changed since the last call,
    so after the first read (seconds at 10,000 meetings, in a worker) it is cheap.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[str | None, Meeting]] = {}
        self._corpus: SearchCorpus | None = None
        self._corpus_version = -1
        self._version = 0

    def meetings(self) -> list[Meeting]:
        """All meetings that load, newest first, brought up to date with the store."""
        with self._lock:
            summaries = self.store.list()
            fresh: dict[str, tuple[str | None, Meeting]] = {}
            changed = len(self._cache.keys() - {s.id for s in summaries}) > 0
            for summary in summaries:
                cached = self._cache.get(summary.id)
                if cached is not None and cached[0] == summary.updated_at:
                    fresh[summary.id] = cached
                    continue
                try:
                    fresh[summary.id] = (summary.updated_at, self.store.load(summary.id))
                except StoreError:
                    continue
                changed = True
            self._cache = fresh
            if changed:
                self._version += 1
            return [meeting for _, meeting in fresh.values()]

    def corpus(self) -> SearchCorpus:
        """The search corpus of meetings() (rebuilt only when a meeting changed)."""
        meetings = self.meetings()
        with self._lock:
            if self._corpus is None or self._corpus_version != self._version:
                self._corpus = SearchCorpus.build(meetings)
                self._corpus_version = self._version
            return self._corpus

    def forget(self, meeting_id: str) -> None:
        """Re-read this meeting next time (after this process changed it)."""
        with self._lock:
            self._cache.pop(meeting_id, None)
            self._version += 1


_DATA: weakref.WeakKeyDictionary[Store, ReviewData] = weakref.WeakKeyDictionary()
_DATA_LOCK = threading.Lock()


def review_data(store: Store) -> ReviewData:
    """The one ReviewData of `store` in this process."""
    with _DATA_LOCK:
        data = _DATA.get(store)
        if data is None:
            data = _DATA[store] = ReviewData(store)
        return data


def followup_list(store: Store, today: pendulum.Date) -> FollowUps:
    """Conversations due soon, overdue follow-ups, who has gone a year without one, and the
    agreements due soon or overdue (from every meeting, kept in memory by review_data)."""
    return followups(store.list(), today, records=review_data(store).meetings())
