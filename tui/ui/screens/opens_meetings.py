"""Opening a stored meeting by id from a list, with the store read off the UI thread."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from ...domain.model import Meeting
from ...domain.safe_text import single_line
from ...store import StoreError

if TYPE_CHECKING:
    from ...domain.review import Hit


class OpensMeetings:
    """Mixin for list screens: read a meeting by id (loaded off the UI thread).

    Review screens show it read-only; the start screen overrides _show_meeting to resume.
    """

    @work(thread=True, exclusive=True, group="open-meeting")
    def open_meeting_id(self, meeting_id: str, hit: Hit | None = None) -> None:
        """With a search hit, the meeting opens at the topic (or the agreements) it is in."""
        try:
            meeting = self.app.store.load(meeting_id)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self._show_meeting, meeting, hit_heading(meeting, hit) if hit else None)

    def _show_meeting(self, meeting: Meeting, at: str | None = None) -> None:
        from .view import ViewScreen

        self.app.push_screen(ViewScreen(meeting, at=at))


def hit_heading(meeting: Meeting, hit: Hit) -> str | None:
    """The report heading a search hit sits under: its topic's, or the agreements'."""
    from ...domain.review import Field
    from ...export.markdown import agreements_heading, topic_heading
    from ...i18n import normalise_language

    if hit.field == Field.AGREEMENT:
        return agreements_heading(normalise_language(meeting.lang))
    for number, topic in enumerate(meeting.topics, start=1):
        if single_line(topic.title) == hit.where:
            return topic_heading(number, topic)
    return None
