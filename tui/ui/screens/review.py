"""Reviewing past conversations: the list, filterable by employee, kind and period.

Also the shared plumbing of the review screens: `ReviewData` keeps every
meeting of the store in memory (read in a worker thread, refreshed
incrementally from the summaries' updated_at) with the search corpus built
from them, so search, the agreements overview and the POP never block the UI.
"""

from __future__ import annotations

import threading
import weakref

from textual import work
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Input, Select, Static

from ...domain import review
from ...domain.dates import DateError
from ...domain.model import Kind, Meeting
from ...domain.review import Filter, SearchCorpus
from ...domain.safe_text import single_line
from ...i18n import t
from ...store import MeetingSummary, Store, StoreError
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain, PlainLabel
from ..widgets.plain_table import PlainTable
from ..widgets.safe_inputs import SafeInput
from .form import FORMS_CSS, FormScreen
from .opens_meetings import OpensMeetings

REVIEW_CSS = "../review.tcss"


# -- shared data -------------------------------------------------------------------


class ReviewData:
    """Every meeting of one store, kept in memory for the review screens; thread-safe.

    `meetings()` re-reads only meetings whose summary changed since the last call,
    so after the first read (seconds at 10,000 meetings, in a worker) it is cheap.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._cache: dict[str, tuple[str | None, Meeting]] = {}
        self._corpus: SearchCorpus | None = None
        self._corpus_version = -1
        self._version = 0

    def meetings(self) -> list[Meeting]:
        """All meetings that load, newest first, brought up to date with the store."""
        with self._lock:
            summaries = self.store.list()
            fresh: dict[str, tuple[str | None, Meeting]] = {}
            changed = len(self._cache.keys() - {s.id for s in summaries}) > 0
            for summary in summaries:
                cached = self._cache.get(summary.id)
                if cached is not None and cached[0] == summary.updated_at:
                    fresh[summary.id] = cached
                    continue
                try:
                    fresh[summary.id] = (summary.updated_at, self.store.load(summary.id))
                except StoreError:
                    continue
                changed = True
            self._cache = fresh
            if changed:
                self._version += 1
            return [meeting for _, meeting in fresh.values()]

    def corpus(self) -> SearchCorpus:
        """The search corpus of meetings() (rebuilt only when a meeting changed)."""
        meetings = self.meetings()
        with self._lock:
            if self._corpus is None or self._corpus_version != self._version:
                self._corpus = SearchCorpus.build(meetings)
                self._corpus_version = self._version
            return self._corpus

    def forget(self, meeting_id: str) -> None:
        """Re-read this meeting next time (after this process changed it)."""
        with self._lock:
            self._cache.pop(meeting_id, None)
            self._version += 1


_DATA: weakref.WeakKeyDictionary[Store, ReviewData] = weakref.WeakKeyDictionary()
_DATA_LOCK = threading.Lock()


def review_data(store: Store) -> ReviewData:
    with _DATA_LOCK:
        data = _DATA.get(store)
        if data is None:
            data = _DATA[store] = ReviewData(store)
        return data


# -- shared display helpers -----------------------------------------------------------


def kind_short(kind: Kind | str) -> str:
    return t(f"review.kind_short.{Kind(kind).value}")


def cut(text: str, width: int) -> str:
    """single_line(text), at most `width` characters, '…' where cut."""
    line = single_line(text)
    return line if len(line) <= width else line[: width - 1] + "…"


def today_of(app) -> object:
    return app.clock.now().date()


# -- the filter form -------------------------------------------------------------------


class FilterForm(FormScreen[Filter]):
    """Employee (part of the name), kind, period ('2025', '2025-03', '12m', 'from..to')."""

    CSS_PATH = [FORMS_CSS, REVIEW_CSS]

    def __init__(self, current: Filter, period_text: str) -> None:
        super().__init__()
        self.current = current
        self.period_text = period_text

    def compose(self) -> ComposeResult:
        kinds = [(t("review.filter.all_kinds"), "")] + [(t(f"kind.{k.value}"), k.value) for k in Kind]
        with Vertical(classes="dialog form"):
            yield Plain(t("review.filter.title"), classes="question")
            yield PlainLabel(t("review.filter.employee"))
            yield SafeInput(self.current.employee, id="filter-employee", compact=True, placeholder=t("review.filter.employee_hint"))
            yield PlainLabel(t("review.filter.kind"))
            value = self.current.kind.value if self.current.kind else ""
            yield Select(kinds, value=value, allow_blank=False, id="filter-kind", compact=True)
            yield PlainLabel(t("review.filter.period"))
            yield SafeInput(self.period_text, id="filter-period", compact=True, placeholder=t("review.filter.period_hint"))
            yield Plain(id="form-error", classes="error")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#filter-employee", Input).focus()

    def on_input_submitted(self) -> None:
        self.action_save()

    def result(self) -> Filter | None:
        text = self.query_one("#filter-period", Input).value
        try:
            period = review.parse_period(text, today_of(self.app))
        except DateError:
            self.query_one("#form-error", Static).update(t("review.filter.period_error", value=single_line(text)))
            return None
        kind = self.query_one("#filter-kind", Select).value
        self.period_text = text.strip()
        return Filter(
            employee=self.query_one("#filter-employee", Input).value.strip(),
            kind=Kind(kind) if kind else None,
            period=period,
        )


# -- the review list ----------------------------------------------------------------------


class ReviewScreen(OpensMeetings, Screen[None]):
    """All conversations, newest first; Enter reads one."""

    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("enter", "open", t("review.key.read"), show=True),
        Binding("f,f7", "filter", t("review.key.filter"), key_display="f"),
        Binding("slash,z,f3", "search", t("review.key.search"), key_display="/"),
        Binding("a,f4", "agreements", t("review.key.agreements"), key_display="a"),
        Binding("o,f5", "followups", t("review.key.followups"), key_display="o"),
        Binding("p,f6", "pop", t("review.key.pop"), key_display="p"),
        Binding("g", "reload", t("key.reload"), show=False),
        Binding("escape,q", "back", t("key.back")),
    ]

    def __init__(self, flt: Filter | None = None) -> None:
        super().__init__()
        self.filter = flt or Filter()
        self.period_text = self.filter.period.label() if self.filter.period else ""
        self.summaries: list[MeetingSummary] = []
        self.shown: list[MeetingSummary] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="review"):
            yield Plain(t("review.title"), classes="screen-title")
            yield Plain(id="review-filter", classes="hint")
            yield PlainTable(id="review-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id="review-empty", classes="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("review.col.date"), width=10)
        table.add_column(t("review.col.employee"), width=20)
        table.add_column(t("review.col.kind"), width=13)
        table.add_column(t("review.col.status"), width=8)
        table.add_column(t("review.col.agreements"), width=6)
        table.add_column(t("review.col.followup"), width=10)
        self._show_filter()
        table.focus()
        self.load()
        self.warm_up()

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="review-load")
    def load(self) -> None:
        try:
            summaries = self.app.store.list()
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            summaries = []
        self.app.call_from_thread(self.show, summaries)

    @work(thread=True, exclusive=True, group="review-warm")
    def warm_up(self) -> None:
        """Read every meeting and build the search corpus now, so search is instant later."""
        try:
            review_data(self.app.store).corpus()
        except StoreError:
            pass

    def show(self, summaries: list[MeetingSummary]) -> None:
        self.summaries = summaries
        self.refill()

    def refill(self) -> None:
        table = self.query_one(DataTable)
        keep = table.cursor_row
        table.clear()
        self.shown = review.filter_items(self.summaries, self.filter)
        for s in self.shown:
            status = t(f"status.{s.status.value}")
            table.add_row(
                s.date,
                cut(s.employee, 20),
                kind_short(s.kind),
                status,
                f"{s.agreements_open}/{s.agreements_total}",
                s.next_followup or "—",
                key=s.id,
            )
        if self.shown and keep:
            table.move_cursor(row=min(keep, len(self.shown) - 1))
        empty = ""
        if not self.summaries:
            empty = t("review.empty")
        elif not self.shown:
            empty = t("review.no_match")
        self.query_one("#review-empty", Static).update(empty)
        self._show_filter()

    def _show_filter(self) -> None:
        f = self.filter
        parts = [
            t("review.filter.show_employee", name=single_line(f.employee)) if f.employee else t("review.filter.everyone"),
            t(f"kind.{f.kind.value}") if f.kind else t("review.filter.all_kinds"),
            f.period.label() if f.period else t("review.filter.all_time"),
        ]
        counts = t("review.count", shown=len(self.shown), total=len(self.summaries))
        self.query_one("#review-filter", Static).update(t("review.filter.line", filter=" · ".join(parts), count=counts))

    def _current(self) -> MeetingSummary | None:
        table = self.query_one(DataTable)
        if not self.shown or table.cursor_row is None or not 0 <= table.cursor_row < len(self.shown):
            return None
        return self.shown[table.cursor_row]

    # -- actions ----------------------------------------------------------------------

    def action_open(self) -> None:
        current = self._current()
        if current is not None:
            self.open_meeting_id(current.id)

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.action_open()

    def action_filter(self) -> None:
        form = FilterForm(self.filter, self.period_text)

        def apply(flt: Filter | None) -> None:
            if flt is not None:
                self.filter = flt
                self.period_text = form.period_text
                self.refill()

        self.app.push_screen(form, apply)

    def action_search(self) -> None:
        from .search import SearchScreen

        self.app.push_screen(SearchScreen())

    def action_agreements(self) -> None:
        from .open_agreements import OpenAgreementsScreen

        current = self._current() if self.filter.employee else None
        self.app.push_screen(OpenAgreementsScreen(employee=current.employee if current else ""))

    def action_followups(self) -> None:
        from .followups import FollowupsScreen

        self.app.push_screen(FollowupsScreen())

    def action_pop(self) -> None:
        from .pop import PopScreen

        current = self._current()
        if current is not None:
            self.app.push_screen(PopScreen(current.employee))

    def action_reload(self) -> None:
        self.load()

    def action_back(self) -> None:
        self.dismiss(None)

    def palette_commands(self):
        for key, action in (
            ("review.key.filter", self.action_filter),
            ("review.key.search", self.action_search),
            ("review.key.agreements", self.action_agreements),
            ("review.key.followups", self.action_followups),
            ("review.key.pop", self.action_pop),
        ):
            yield SystemCommand(t(key), t(key.replace(".key.", ".cmd.")), action)
