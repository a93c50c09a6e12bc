"""The start screen: a new conversation, an unfinished one to resume, or a past one to read."""

from __future__ import annotations

import threading

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from ...domain.safe_text import single_line
from ...i18n import t, tn
from ...store import RECENT_LIMIT, MeetingSummary, StoreError
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain
from ..widgets.plain_table import PlainTable
from .base import AppScreen

# How long the whole list waits for the first one to be painted, at most.
PAINT_WAIT = 0.5


class StartScreen(AppScreen):
    BINDINGS = [
        Binding("n", "new", t("key.new_meeting")),
        Binding("enter", "open", t("key.open"), show=True),
        Binding("r,f3", "review", t("review.key.review"), key_display="r"),
        Binding("g", "reload", t("key.reload"), show=False),
        Binding("m", "merge", t("conflict.key.merge"), show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.summaries: list[MeetingSummary] = []
        self._hidden = -1  # finished meetings not listed here (-1: nothing shown yet)
        self.kept_apart: set[str] = set()  # ids of meetings with a version in conflicts/
        self._offered_resume = False
        self._painted = threading.Event()  # the first list is on the screen

    def compose(self) -> ComposeResult:
        with Vertical(id="start"):
            yield Plain(t("start.title"), classes="screen-title")
            yield Plain(t("start.intro"), id="start-intro", classes="hint")
            yield Plain(id="start-problems", classes="error")
            retention = Plain(id="start-retention", classes="hint")
            retention.display = False  # until conversations are past the retention period
            yield retention
            yield PlainTable(id="meetings", cursor_type="row", zebra_stripes=True)
            yield Plain(id="start-empty", classes="hint")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(
            t("start.col_date"), t("start.col_employee"), t("start.col_kind"), t("start.col_status"), t("start.col_followup")
        )

    def on_screen_resume(self) -> None:
        # Also sent when the screen is first shown: the one place the list is (re)loaded.
        self.load()

    @work(thread=True, exclusive=True, group="start-load")
    def load(self) -> None:
        from ...services.rescued import take_back_rescued  # on this thread: not in start-up's imports

        store = self.app.store
        try:
            # What a dropped line could not save (a full disk) comes home first, so the list shows it.
            for message in take_back_rescued(store):
                self.app.call_from_thread(self.notify, message, timeout=20)
            kept_apart = set(store.conflict_copies())
            # First what was kept for this screen (one small file, whatever the store's size),
            # then the whole list, which also finds what changed since.
            if (recent := store.recent()) is not None:
                self.app.call_from_thread(self.show, recent.summaries, recent.finished_total, [], kept_apart)
                # Reading the whole list holds the GIL for ~200 ms at 10,000 meetings: the
                # first frame goes out first (at 10,000: start screen 1.65x -> see bench_review).
                self._painted.wait(PAINT_WAIT)
            summaries = store.list()
        except StoreError as error:
            self.app.call_from_thread(self.show, [], 0, [str(error)])
            return
        finished = sum(s.status == "finished" for s in summaries)
        self.app.call_from_thread(self.show, summaries, finished, [], kept_apart)
        self.app.call_from_thread(self.show_retention, self._past_retention(summaries))
        # Checking every file's permissions takes a while in a big store: after the list.
        try:
            problems = store.problems()
        except StoreError as error:
            problems = [str(error)]
        if problems:
            self.app.call_from_thread(self.show_problems, problems)

    def show(
        self, summaries: list[MeetingSummary], finished_total: int, problems: list[str], kept_apart: set[str] = frozenset()
    ) -> None:
        """`summaries`: at least the unfinished meetings and the latest finished ones, in list
        order; `finished_total`: how many finished meetings the store has."""
        # Unfinished meetings first (to resume), then those with a version kept apart, then
        # the latest finished ones; the review screen (r) has them all: 10,000 table rows
        # would take seconds to build.
        unfinished = [s for s in summaries if s.status != "finished"]
        flagged = [s for s in summaries if s.status == "finished" and s.id in kept_apart]
        finished = [s for s in summaries if s.status == "finished" and s.id not in kept_apart]
        shown = unfinished + flagged + finished[:RECENT_LIMIT]
        hidden = finished_total - len(flagged) - len(finished[:RECENT_LIMIT])
        if (shown, hidden, kept_apart) == (self.summaries, self._hidden, self.kept_apart):
            self.show_problems(problems)
            return  # the whole list confirmed what was shown first: no repaint
        self.kept_apart = set(kept_apart)
        self.summaries, self._hidden = shown, hidden
        table = self.query_one(DataTable)
        table.clear()
        for s in self.summaries:
            status = t(f"status.{s.status}")
            if s.status != "finished":
                status = "▶ " + status
            if s.id in self.kept_apart:
                status = "⚠ " + status
            table.add_row(s.date, single_line(s.employee)[:24], t(f"kind.{s.kind}"), status, s.next_followup or "—")
        below = self.query_one("#start-empty", Static)
        below.update(tn("start.more", hidden) if hidden > 0 else t("start.empty"))
        below.display = not shown or hidden > 0
        interrupted = [s for s in unfinished if s.status in ("running", "paused")]
        if interrupted and not self._offered_resume:
            self._offered_resume = True
            first = interrupted[0]
            self.notify(t("start.resume", employee=single_line(first.employee), status=t(f"status.{first.status}")))
        self.show_problems(problems)
        table.focus()
        self.call_after_refresh(self._painted.set)

    def _past_retention(self, summaries: list[MeetingSummary]) -> str:
        """The line about finished conversations past the store's retention period; "" if none."""
        from ...services.lifecycle import retention  # here, in the worker: not part of start-up

        try:
            period, past = retention(self.app.store, self.app.clock.now().date(), summaries)
        except StoreError:
            return ""  # settings that do not load: the problems below say so
        if not past:
            return ""
        return t("lifecycle.past_retention", conversations=tn("lifecycle.finished", len(past)), period=period.label())

    def show_retention(self, text: str) -> None:
        line = self.query_one("#start-retention", Static)
        line.update(text)
        line.display = bool(text)

    def show_problems(self, problems: list[str]) -> None:
        box = self.query_one("#start-problems", Static)
        box.update("\n".join(problems))
        box.display = bool(problems)

    def action_new(self) -> None:
        self.app.new_meeting()

    def action_review(self) -> None:
        self.app.show_review()

    def palette_commands(self):
        yield SystemCommand(t("key.new_meeting"), t("cmd.new_meeting"), self.action_new)
        yield SystemCommand(t("review.key.review"), t("review.cmd.review"), self.action_review)
        if self.kept_apart:
            yield SystemCommand(t("conflict.key.merge"), t("conflict.cmd.merge"), self.action_merge)

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not self.summaries or table.cursor_row is None:
            return
        self.app.open_stored(self.summaries[table.cursor_row].id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        self.action_open()

    def action_merge(self) -> None:
        table = self.query_one(DataTable)
        if self.summaries and table.cursor_row is not None and self.summaries[table.cursor_row].id in self.kept_apart:
            self.app.show_conflict(self.summaries[table.cursor_row].id)
        else:
            self.notify(t("conflict.nothing_kept"))

    def action_reload(self) -> None:
        self.load()
