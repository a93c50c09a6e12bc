"""The follow-up dashboard: conversations due soon, overdue follow-ups, and who has gone a year without one."""

from __future__ import annotations

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ...domain import review
from ...domain.dates import as_date, relative
from ...domain.review import FollowUp, FollowUps
from ...i18n import t
from ...store import StoreError
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain
from ..widgets.plain_table import PlainTable
from .review import REVIEW_CSS, OpensMeetings, cut

# Each group is named in words in its own column: no meaning by colour alone.
GROUPS = (
    ("overdue", "⚠ ", "bold red"),
    ("due_soon", "◷ ", "bold"),
    ("missing", "! ", "bold yellow"),
)


def when_text(item: FollowUp, today) -> str:
    if item.when is None:
        return t("review.followups.not_agreed")
    date = as_date(item.when)
    return f"{item.when} ({relative(date, today)})"


class FollowupsScreen(OpensMeetings, Screen[None]):
    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("enter", "open", t("review.key.read_meeting"), show=True),
        Binding("p,f6", "pop", t("review.key.pop"), key_display="p"),
        Binding("g", "reload", t("key.reload"), show=False),
        Binding("escape,q", "back", t("key.back")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[tuple[str, FollowUp]] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="followups"):
            yield Plain(t("review.followups.title"), classes="screen-title")
            yield Plain(t("review.loading"), id="followups-count", classes="hint")
            yield PlainTable(id="followups-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id="followups-empty", classes="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("review.followups.col_what"), width=14)
        table.add_column(t("review.col.employee"), width=17)
        table.add_column(t("review.followups.col_last"), width=10)
        table.add_column(t("review.followups.col_when"), width=30)
        table.focus()
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="followups-load")
    def load(self) -> None:
        try:
            summaries = self.app.store.list()
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        data = review.followups(summaries, self.app.clock.now().date())
        self.app.call_from_thread(self.show, data)

    def show(self, data: FollowUps) -> None:
        today = self.app.clock.now().date()
        table = self.query_one(DataTable)
        table.clear()
        self.rows = []
        for group, mark, style in GROUPS:
            for item in getattr(data, group):
                self.rows.append((group, item))
                if group == "missing":
                    when = t("review.followups.since", ago=relative(as_date(item.last_date), today))
                else:
                    when = when_text(item, today)
                table.add_row(
                    Text(mark + t(f"review.followups.group.{group}"), style=style),
                    cut(item.employee, 17),
                    item.last_date or "—",
                    when,
                )
        self.query_one("#followups-count", Static).update(
            t("review.followups.count", overdue=len(data.overdue), due_soon=len(data.due_soon), missing=len(data.missing))
        )
        self.query_one("#followups-empty", Static).update("" if self.rows else t("review.followups.none"))

    def _current(self) -> FollowUp | None:
        row = self.query_one(DataTable).cursor_row
        if not self.rows or row is None or not 0 <= row < len(self.rows):
            return None
        return self.rows[row][1]

    def action_open(self) -> None:
        item = self._current()
        if item is not None:
            self.open_meeting_id(item.meeting_id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_pop(self) -> None:
        from .pop import PopScreen

        item = self._current()
        if item is not None:
            self.app.push_screen(PopScreen(item.employee))

    def action_reload(self) -> None:
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)
