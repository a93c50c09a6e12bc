"""A conversation, read-only: the report rendered as Markdown; exported with one key."""

from __future__ import annotations

import re
from pathlib import Path

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import MarkdownViewer

from ...domain.model import Meeting, Status
from ...domain.review import fold
from ...domain.safe_text import single_line
from ...i18n import t
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain

REVIEW_CSS = "../review.tcss"
EXTENSIONS = {".md": "md", ".markdown": "md", ".json": "json", ".ics": "ics"}


def default_export_name(meeting: Meeting, fmt: str = "md") -> str:
    """'verslag-sanne-de-vries-2026-11-25.md': plain ASCII, no spaces, safe on any file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(single_line(meeting.employee))).strip("-")[:40] or "gesprek"
    stem = t(f"review.export.stem_{fmt}")
    return f"{stem}-{slug}-{meeting.date}.{fmt}"


def export_format(path: str) -> str | None:
    return EXTENSIONS.get(Path(path.strip()).suffix.lower())


class ViewScreen(Screen[None]):
    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("e,ctrl+e,f2", "export", t("review.key.export"), key_display="e"),
        Binding("p,f6", "pop", t("review.key.pop"), key_display="p"),
        Binding("escape,q", "back", t("key.back")),
    ]

    def __init__(self, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting

    def compose(self) -> ComposeResult:
        from ...export.markdown import render_markdown

        if self.meeting.status is not Status.FINISHED:
            yield Plain(t("review.view.unfinished", status=t(f"status.{self.meeting.status.value}")), classes="hint", id="view-state")
        yield MarkdownViewer(render_markdown(self.meeting), show_table_of_contents=False, id="report")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).focus()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_pop(self) -> None:
        from .pop import PopScreen

        self.app.push_screen(PopScreen(self.meeting.employee))

    # -- export -------------------------------------------------------------------------

    def action_export(self) -> None:
        from .prompt import PromptScreen

        def valid(value: str) -> str | None:
            return self.export_problem(value)

        def chosen(value: str | None) -> None:
            if value is not None:
                self.confirm_export(Path(value.strip()).expanduser())

        prompt = PromptScreen(t("review.export.prompt"), default_export_name(self.meeting), validate=valid)
        self.app.push_screen(prompt, chosen)

    def export_problem(self, value: str) -> str | None:
        """Why this file name cannot be used, or None."""
        if not value.strip():
            return t("review.export.no_name")
        fmt = export_format(value)
        if fmt is None:
            return t("review.export.bad_extension")
        if fmt == "ics" and not self.meeting.next_followup:
            return t("export.error.no_followup")
        path = Path(value.strip()).expanduser()
        if path.is_dir():
            return t("review.export.is_folder", path=path)
        if not path.absolute().parent.is_dir():
            return t("review.export.no_folder", path=path.absolute().parent)
        return None

    def confirm_export(self, path: Path) -> None:
        from .confirm import ConfirmScreen

        if not path.exists():
            self.write(path)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.write(path)

        self.app.push_screen(ConfirmScreen(t("review.export.overwrite", path=path)), answered)

    @work(thread=True, exclusive=True, group="view-export")
    def write(self, path: Path) -> None:
        from ...export import export, write_export

        try:
            text = export(self.meeting, export_format(str(path)) or "md", self.app.clock.now())
            write_export(text, path)
        except (OSError, ValueError) as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=15)
            return
        self.app.call_from_thread(self.notify, t("review.export.done", path=path.absolute()), timeout=8)

    def palette_commands(self):
        yield SystemCommand(t("review.key.export"), t("review.cmd.export"), self.action_export)
        yield SystemCommand(t("review.key.pop"), t("review.cmd.pop"), self.action_pop)
