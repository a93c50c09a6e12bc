"""The skeleton the review's list screens share: a title, a count, a table, a line below.

Rows are fetched in a worker thread (the store is read off the UI thread), shown in a
table that keeps its cursor across reloads, and Enter reads the conversation a row
belongs to. Subclasses say what to fetch, which columns, and how a row looks.

The table holds the first rows and adds more as the cursor comes near them: filling a
table costs ~20 µs a row, so 10,000 conversations would take a fifth of a second to show.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Generic, TypeVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static
from textual.worker import Worker, get_current_worker

from ....i18n import t
from ....store import StoreError
from ...styles import REVIEW_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.plain import Plain
from ...widgets.plain_table import PlainTable
from ..base import AppScreen

Row = TypeVar("Row")

# Rows added at a time: a few milliseconds' work.
PAGE = 25
# More rows are added once the cursor is this close to the last one shown (or a screen's
# height, if more): Page Down never stops short at the end of what is shown so far.
MARGIN = 25


class RowTable(PlainTable):
    """A table of a list's rows that holds only as many rows as the cursor has come near."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._rows: Sequence = ()
        self._cells: Callable[[object], Sequence[object]] = lambda row: ()
        self._key: Callable[[object], str] = str

    def show_rows(self, rows: Sequence, cells: Callable, key: Callable, at: int) -> None:
        """Replace the rows; those up to row `at` (and a page) are added now."""
        self.clear()
        self._rows, self._cells, self._key = rows, cells, key
        self.reveal(at)

    def reveal(self, index: int) -> None:
        """Make sure row `index` and the rows a page further are in the table."""
        ahead = max(MARGIN, self.size.height)
        if index + ahead < self.row_count or self.row_count == len(self._rows):
            return
        end = min(len(self._rows), max(index + ahead, self.row_count) + PAGE)
        for row in self._rows[self.row_count : end]:
            self.add_row(*self._cells(row), key=self._key(row))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        self.reveal(event.cursor_row)

    def on_mouse_scroll_down(self) -> None:
        self.reveal(round(self.scroll_y) + self.size.height)  # the wheel moves the view, not the cursor

    def action_scroll_bottom(self) -> None:
        self.reveal(len(self._rows))  # the last row of the list, not of what is shown so far
        super().action_scroll_bottom()


# Every list screen's last keys (Textual lists a base class's bindings first: these close the row).
LIST_KEYS = [
    Binding("g", "reload", t("key.reload"), show=False),
    Binding("escape,q", "back", t("key.back")),
]


class ListScreen(AppScreen, Generic[Row]):
    CSS_PATH = REVIEW_CSS

    ID: ClassVar[str]  # prefix of the widgets' ids: ID-title, ID-count, ID-table, ID-below
    DETAIL: ClassVar[bool] = False  # the line below describes the highlighted row (else: empty/more)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Row] = []

    def compose(self) -> ComposeResult:
        with Vertical(id=self.ID, classes="list-screen"):
            yield Plain(id=f"{self.ID}-title", classes="screen-title")
            yield Plain(t("review.loading"), id=f"{self.ID}-count", classes="hint")
            yield RowTable(id=f"{self.ID}-table", classes="list-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id=f"{self.ID}-below", classes="hint " + ("detail" if self.DETAIL else "below"))
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for heading, width in self.columns():
            table.add_column(heading, width=width)
        self.show_title()
        table.focus()

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: the one place the rows are (re)loaded.
        self.load()

    # -- what a subclass says ---------------------------------------------------------------

    def heading(self) -> str:
        raise NotImplementedError

    def columns(self) -> Sequence[tuple[str, int]]:
        """(heading, width) per column."""
        raise NotImplementedError

    def fetch(self) -> object:
        """What show() needs, read from the store; runs in a worker thread. May raise StoreError."""
        raise NotImplementedError

    def show(self, data, select: str | None = None) -> None:
        """Fill the screen (on the UI thread), usually through fill()."""
        raise NotImplementedError

    def key_of(self, row: Row) -> str:
        """A stable key per row: the cursor follows it across reloads."""
        raise NotImplementedError

    def meeting_of(self, row: Row) -> str | None:
        """The id of the conversation Enter reads for this row."""
        raise NotImplementedError

    def detail(self, row: Row) -> str:
        return ""

    # -- the machinery ----------------------------------------------------------------------

    def show_title(self) -> None:
        self.query_one(f"#{self.ID}-title", Static).update(self.heading())

    def set_count(self, text: str) -> None:
        self.query_one(f"#{self.ID}-count", Static).update(text)

    def set_below(self, text: str) -> None:
        self.query_one(f"#{self.ID}-below", Static).update(text)

    @work(thread=True, exclusive=True, group="list-load")
    def load(self, select: str | None = None) -> None:
        """Fetch and show; `select` is the key of a row to put the cursor on."""
        worker = get_current_worker()
        try:
            data = self.fetch()
        except StoreError as error:
            self.app.call_from_thread(self._settle, worker, self.load_failed, error)
            return
        self.app.call_from_thread(self._settle, worker, self.show, data, select)

    def _settle(self, worker: Worker, then: Callable[..., None], *args: object) -> None:
        # On the UI thread, where a later load() cancels this one: its older data is not shown.
        if not worker.is_cancelled:
            then(*args)

    def load_failed(self, error: StoreError) -> None:
        """What a load that could not fetch does (on the UI thread): say why."""
        self.notify(str(error), severity="error", timeout=10)

    def fill(self, rows: list[Row], cells: Callable[[Row], Sequence[object]], select: str | None = None) -> None:
        """One table row per row; the cursor stays on its row, or goes to `select` when listed."""
        self.rows = rows
        table = self.query_one(RowTable)
        keep = table.cursor_row
        at = next((i for i, row in enumerate(rows) if self.key_of(row) == select), None) if select else None
        cursor = at if at is not None else min(keep or 0, max(len(rows) - 1, 0))
        table.show_rows(rows, cells, self.key_of, cursor)
        if rows:
            table.move_cursor(row=cursor)
        if self.DETAIL:
            self._show_detail()

    def current(self) -> Row | None:
        row = self.query_one(DataTable).cursor_row
        if not self.rows or row is None or not 0 <= row < len(self.rows):
            return None
        return self.rows[row]

    def _show_detail(self) -> None:
        row = self.current()
        self.set_below(self.detail(row) if row is not None else "")

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if self.DETAIL:
            self._show_detail()

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        # The table takes Enter itself and reports a selected row instead.
        event.stop()
        self.action_open()

    def action_open(self) -> None:
        row = self.current()
        meeting_id = self.meeting_of(row) if row is not None else None
        if meeting_id is not None:
            self.app.read_meeting(meeting_id)

    def action_reload(self) -> None:
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)
