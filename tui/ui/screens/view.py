"""A finished conversation, read-only: the report rendered as Markdown."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import Footer, MarkdownViewer

from ...domain.model import Meeting
from ...i18n import t


class ViewScreen(Screen[None]):
    BINDINGS = [Binding("escape,q", "back", t("key.back"))]

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        from ...export.markdown import render_markdown

        yield MarkdownViewer(render_markdown(self.meeting), show_table_of_contents=False, id="report")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).focus()

    def action_back(self) -> None:
        self.dismiss(None)
