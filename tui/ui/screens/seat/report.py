"""The report on her seat, as it grows: rendered again whenever the meeting changes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import MarkdownViewer

from ....i18n import t
from ....seats.guest import Guest
from ...messages import SeatChanged
from ...styles import REVIEW_CSS
from ...widgets.key_bar import KeyBar


class SeatReportScreen(Screen[None]):
    CSS_PATH = REVIEW_CSS
    BINDINGS = [Binding("escape,q,ctrl+l,f12", "back", t("key.back"))]

    def __init__(self, guest: Guest) -> None:
        super().__init__()
        self.guest = guest
        self._text = self.report()

    def report(self) -> str:
        from ....export.markdown import render_markdown  # only for this screen

        return render_markdown(self.guest.meeting) if self.guest.meeting is not None else ""

    def compose(self) -> ComposeResult:
        yield MarkdownViewer(self._text, show_table_of_contents=False, id="report")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).focus()

    def on_seat_changed(self, message: SeatChanged) -> None:
        text = self.report()
        if text != self._text:  # not on every state: the clock's time is not in it
            self._text = text
            self.query_one(MarkdownViewer).document.update(text)

    def action_back(self) -> None:
        self.dismiss(None)
