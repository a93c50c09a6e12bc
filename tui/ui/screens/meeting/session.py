"""A meeting being held in this app, as the screens around the live meeting share it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.screen import Screen

from ....domain.clock import Clock
from ....domain.model import FormDraft, FormKind, Meeting, Side
from ....domain.timer import MeetingTimer

if TYPE_CHECKING:
    from ....seats.host import Host


@dataclass
class Session:
    """The live meeting, its timers, and how to tell its screen that something changed.

    `changed()` makes the meeting screen save within a second; every screen that edits the
    record calls it.
    """

    meeting: Meeting
    timer: MeetingTimer
    changed: Callable[[], None]
    author: Side = Side.MANAGER  # who is speaking now: notes and flushed drafts are theirs
    seat: Host | None = None  # hosts the employee's own seat while the meeting screen is open

    @property
    def clock(self) -> Clock:
        return self.timer.clock

    def keeper(self, form: FormKind, target: str = "") -> Callable[[dict[str, str] | None], None]:
        """A DraftKeeper (dialogs/form.py) that keeps a form's typing as the meeting's form draft."""

        def keep(values: dict[str, str] | None) -> None:
            draft = None if values is None else FormDraft(form, target, values)
            if draft != self.meeting.form_draft:
                self.meeting.form_draft = draft
                self.changed()

        return keep


class SessionScreen(Screen[None]):
    """A full screen over the live meeting (its agreements, last time's, the closing): what
    it edits is the session's meeting; Esc goes back to the meeting."""

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.meeting = session.meeting
        self.clock = session.clock

    def action_back(self) -> None:
        self.dismiss(None)
