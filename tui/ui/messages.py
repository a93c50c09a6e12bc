"""Messages the app sends its screens."""

from __future__ import annotations

from textual.message import Message

from ..store import SaveStatus


class SaveStatusChanged(Message, bubble=False):
    """The autosaver wrote (or failed to write) a meeting; posted to every screen.

    Not bubbling: the app posts it to its screens, and a screen's parent is the app.
    """

    def __init__(self, status: SaveStatus) -> None:
        super().__init__()
        self.status = status


class SeatChanged(Message, bubble=False):
    """Something about the employee's own seat changed (she joined or left, her seat changed
    the record, the host sent a new state); posted to every screen, each shows what it needs."""
