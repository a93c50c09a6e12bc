"""A conversation, read-only: the report rendered as Markdown; exported with one key."""

from __future__ import annotations

import re
from pathlib import Path

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.widgets import Markdown, MarkdownViewer

from ....domain.model import Meeting, Status
from ....domain.review import Field, Hit, fold
from ....domain.safe_text import single_line
from ....i18n import normalise_language, t
from ....services.exports import export_path, folder_missing, shown_folder, write_to
from ...dialogs.confirm import ConfirmScreen
from ...dialogs.prompt import PromptScreen
from ...styles import REVIEW_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.plain import Plain
from ..base import AppScreen

EXTENSIONS = {".md": "md", ".markdown": "md", ".json": "json", ".ics": "ics"}


def default_export_name(meeting: Meeting, fmt: str = "md") -> str:
    """'verslag-sanne-de-vries-2026-11-25.md': plain ASCII, no spaces, safe on any file system."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(single_line(meeting.employee))).strip("-")[:40] or "gesprek"
    stem = t(f"review.export.stem_{fmt}")
    return f"{stem}-{slug}-{meeting.date}.{fmt}"


def export_format(path: str) -> str | None:
    return EXTENSIONS.get(Path(path.strip()).suffix.lower())


def hit_heading(meeting: Meeting, hit: Hit) -> str | None:
    """The report heading a search hit sits under: its topic's, or the agreements'."""
    from ....export.markdown import agreements_heading, topic_heading

    if hit.field == Field.AGREEMENT:
        return agreements_heading(normalise_language(meeting.lang))
    for number, topic in enumerate(meeting.topics, start=1):
        if single_line(topic.title) == hit.where:
            return topic_heading(number, topic)
    return None


class Report(MarkdownViewer):
    """The rendered report; opens at the heading `at` when given."""

    def __init__(self, markdown: str, *, at: str | None = None, **kwargs) -> None:
        super().__init__(markdown, **kwargs)
        self._at = at

    def on_markdown_table_of_contents_updated(self, event: Markdown.TableOfContentsUpdated) -> None:
        # The report is parsed after mount, in batches: a heading exists once a batch that
        # holds it has been announced. (MarkdownViewer stops this message, so it is handled
        # here rather than on the screen.)
        for _level, title, block_id in event.table_of_contents:
            if self._at is not None and title == self._at and block_id:
                self._at = None
                heading = event.markdown.query_one(f"#{block_id}")
                self.call_after_refresh(self.scroll_to_widget, heading, top=True, animate=False)
                return


class ViewScreen(AppScreen):
    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("e,ctrl+e,f2", "export", t("review.key.export"), key_display="e"),
        Binding("p,f6", "pop", t("review.key.pop"), key_display="p"),
        Binding("escape,q", "back", t("key.back")),
    ]

    def __init__(self, meeting: Meeting, hit: Hit | None = None) -> None:
        """With a search `hit`, the report opens at the topic (or the agreements) it is in."""
        super().__init__()
        self.meeting = meeting
        self._at = hit_heading(meeting, hit) if hit else None

    def compose(self) -> ComposeResult:
        from ....export.markdown import render_markdown

        if self.meeting.status is not Status.FINISHED:
            yield Plain(t("review.view.unfinished", status=t(f"status.{self.meeting.status.value}")), classes="hint", id="view-state")
        yield Report(render_markdown(self.meeting), at=self._at, show_table_of_contents=False, id="report")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(MarkdownViewer).focus()

    def action_back(self) -> None:
        self.dismiss(None)

    def action_pop(self) -> None:
        self.app.show_pop(self.meeting.employee)

    # -- export -------------------------------------------------------------------------

    def action_export(self) -> None:
        def valid(value: str) -> str | None:
            return self.export_problem(value)

        def chosen(value: str | None) -> None:
            if value is not None:
                self.confirm_export(export_path(value))

        # Into a private folder of its own, said in the question: the current folder may be a clone.
        default = f"{shown_folder()}/{default_export_name(self.meeting)}"
        prompt = PromptScreen(t("review.export.prompt", folder=shown_folder()), default, validate=valid)
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
        path = export_path(value)
        if path.is_dir():
            return t("review.export.is_folder", path=path)
        if folder_missing(path):
            return t("review.export.no_folder", path=path.parent)
        return None

    def confirm_export(self, path: Path) -> None:
        if not path.exists():
            self.write(path)
            return

        def answered(yes: bool | None) -> None:
            if yes:
                self.write(path)

        self.app.push_screen(ConfirmScreen(t("review.export.overwrite", path=path)), answered)

    @work(thread=True, exclusive=True, group="view-export")
    def write(self, path: Path) -> None:
        from ....export import export

        try:
            text = export(self.meeting, export_format(str(path)) or "md", self.app.clock.now())
            write_to(text, path)
        except (OSError, ValueError) as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=15)
            return
        self.app.call_from_thread(self.notify, t("review.export.done", path=path), timeout=8)

    def palette_commands(self):
        yield SystemCommand(t("review.key.export"), t("review.cmd.export"), self.action_export)
        yield SystemCommand(t("review.key.pop"), t("review.cmd.pop"), self.action_pop)
