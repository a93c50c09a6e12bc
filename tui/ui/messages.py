"""Messages the app sends its screens."""

from __future__ import annotations

from typing import Any

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


class SeatNews(Message, bubble=False):
    """What the link of a seat reports (a HostEvent or GuestEvent, tui/seats, and its detail),
    handed over as a message: handled in the widget's own turn, within the app."""

    def __init__(self, kind: Any, detail: Any) -> None:
        super().__init__()
        self.kind = kind
        self.detail = detail
