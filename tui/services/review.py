"""Reviewing past conversations: search, agreements across conversations, the POP, follow-ups.

Search and the agreements read the store's search index (store/search.py), which keeps
itself up to date with the meeting files; nothing here holds every meeting in memory.
Each call checks the index against the files (tens of milliseconds at 10,000 meetings,
seconds the first time it is built): call it off the UI thread.
"""

from __future__ import annotations

import pendulum

from ..domain import agreement_history
from ..domain.agreement_history import AgreementView
from ..domain.review import FollowUps, followups
from ..store import Store
from ..store.index import Listing
from ..store.search import SearchView


def review_list(store: Store) -> Listing:
    """Every conversation that loads, newest first (store.list()), as a search of that list needs it."""
    return store.search.listing()


def search_view(store: Store, listing: Listing | None = None) -> SearchView:
    """The store's search index, checked against `listing` (default: the store now): `.search(query)`
    answers a query over those conversations, `len()` counts them."""
    return store.search.view(listing)


def agreements(store: Store, today: pendulum.Date, employee: str = "", every: bool = False) -> list[AgreementView]:
    """The agreements still open (with `every`: all of them, open ones first) of everyone or of `employee`."""
    meetings, dates = store.search.view().agreements(employee, every)
    pick = agreement_history.all_agreements if every else agreement_history.open_agreements
    return pick(meetings, today, employee, dates)


def pop(store: Store, employee: str) -> list[AgreementView]:
    """One employee's development plan: all their agreements, in the order they were made."""
    meetings, dates = store.search.view().agreements(employee, every=True)
    return agreement_history.pop(meetings, employee, dates)


def followup_list(store: Store, today: pendulum.Date) -> FollowUps:
    """Conversations due soon, overdue follow-ups, who has gone a year without one, and the
    agreements due soon or overdue (from the search index's agreements)."""
    meetings, dates = store.search.view().agreements()
    return followups(store.list(), today, records=meetings, dates=dates)
