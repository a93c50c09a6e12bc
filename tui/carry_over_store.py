"""Starting a new conversation: fetch the employee's earlier meetings and carry their open agreements."""

from __future__ import annotations

from .domain.carry_over import carry_over
from .domain.model import Meeting
from .domain.people import employee_key


def carry_over_from_store(store, meeting: Meeting) -> int:
    """How many agreements came along; raises StoreError if the store cannot be read."""
    key = employee_key(meeting.employee)
    previous = [store.load(s.id) for s in store.list() if employee_key(s.employee) == key and s.id != meeting.id]
    return carry_over(meeting, previous)
