"""The start screen: a new conversation, an unfinished one to resume, or a past one to read."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from ...domain.safe_text import single_line
from ...i18n import t
from ...store import MeetingSummary, StoreError


class StartScreen(Screen[None]):
    BINDINGS = [
        Binding("n", "new", t("key.new_meeting")),
        Binding("enter", "open", t("key.open"), show=True),
        Binding("r,f3", "review", t("review.key.review"), key_display="r"),
        Binding("g", "reload", t("key.reload"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[MeetingSummary] = []
        self._offered_resume = False

    def compose(self) -> ComposeResult:
        with Vertical(id="start"):
            yield Static(t("start.title"), classes="screen-title")
            yield Static(t("start.intro"), id="start-intro", classes="hint")
            yield Static(id="start-problems", classes="error")
            yield DataTable(id="meetings", cursor_type="row", zebra_stripes=True)
            yield Static(id="start-empty", classes="hint")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            t("start.col_date"), t("start.col_employee"), t("start.col_kind"), t("start.col_status"), t("start.col_followup")
        )
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="start-load")
    def load(self) -> None:
        store = self.app.store
        try:
            summaries = store.list()
            problems = store.problems()
        except StoreError as error:
            summaries, problems = [], [str(error)]
        self.app.call_from_thread(self.show, summaries, problems)

    def show(self, summaries: list[MeetingSummary], problems: list[str]) -> None:
        # Unfinished meetings first: those are the ones to resume.
        self.summaries = sorted(summaries, key=lambda s: (s.status == "finished", _neg_date(s.date)))
        table = self.query_one(DataTable)
        table.clear()
        for s in self.summaries:
            status = t(f"status.{s.status}")
            if s.status != "finished":
                status = "▶ " + status
            table.add_row(s.date, single_line(s.employee)[:24], t(f"kind.{s.kind}"), status, s.next_followup or "—")
        empty = self.query_one("#start-empty", Static)
        empty.update(t("start.empty"))
        empty.display = not summaries
        unfinished = [s for s in self.summaries if s.status in ("running", "paused")]
        if unfinished and not self._offered_resume:
            self._offered_resume = True
            first = unfinished[0]
            self.notify(t("start.resume", employee=single_line(first.employee), status=t(f"status.{first.status}")))
        box = self.query_one("#start-problems", Static)
        box.update("\n".join(problems))
        box.display = bool(problems)
        table.focus()

    def action_new(self) -> None:
        from .new_meeting import NewMeetingScreen

        self.app.push_screen(NewMeetingScreen(), self._created)

    def _created(self, meeting) -> None:
        if meeting is not None:
            self.carry_over_and_open(meeting)

    @work(thread=True, exclusive=True, group="start-open")
    def carry_over_and_open(self, meeting) -> None:
        """Bring the employee's open agreements along (store reads stay off the UI thread)."""
        from ...carry_over_store import carry_over_from_store

        try:
            carry_over_from_store(self.app.store, meeting)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
        self.app.call_from_thread(self.app.open_meeting, meeting)

    def action_review(self) -> None:
        from .review import ReviewScreen

        self.app.push_screen(ReviewScreen())

    def palette_commands(self):
        yield SystemCommand(t("key.new_meeting"), t("cmd.new_meeting"), self.action_new)
        yield SystemCommand(t("review.key.review"), t("review.cmd.review"), self.action_review)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row is None:
            return
        self.open_id(self.summaries[table.cursor_row].id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    @work(thread=True, exclusive=True, group="start-open")
    def open_id(self, meeting_id: str) -> None:
        try:
            meeting = self.app.store.load(meeting_id)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self.app.open_meeting, meeting)

    def action_reload(self) -> None:
        self.load()


def _neg_date(date: str) -> str:
    """Sort key that puts newer ISO dates first."""
    return "".join(chr(0x10FFFF - ord(c)) for c in date)
