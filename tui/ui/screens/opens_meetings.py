"""Opening a stored meeting by id from a list, with the store read off the UI thread."""

from __future__ import annotations

from textual import work

from ...domain.model import Meeting
from ...store import StoreError


class OpensMeetings:
    """Mixin for list screens: read a meeting by id (loaded off the UI thread).

    Review screens show it read-only; the start screen overrides _show_meeting to resume.
    """

    @work(thread=True, exclusive=True, group="open-meeting")
    def open_meeting_id(self, meeting_id: str) -> None:
        try:
            meeting = self.app.store.load(meeting_id)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self._show_meeting, meeting)

    def _show_meeting(self, meeting: Meeting) -> None:
        from .view import ViewScreen

        self.app.push_screen(ViewScreen(meeting))
