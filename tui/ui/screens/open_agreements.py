"""Agreements across conversations: what is open, what is overdue; mark done or reopen.

Also `CarryOverScreen`: during a meeting, last time's agreements one by one,
each marked done, kept or dropped (see tui.domain.carry_over).
"""

from __future__ import annotations

from collections.abc import Callable

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import DataTable, Static

from ...domain import agreement_history, dates
from ...domain.agreement_history import AgreementView
from ...domain.carry_over import Decision, carried, decide, decision_of
from ...domain.clock import Clock
from ...domain.model import Agreement, AgreementStatus, Meeting
from ...domain.safe_text import single_line
from ...i18n import t
from ...store import StoreError
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain
from ..widgets.plain_table import PlainTable
from .agreement_views import AgreementViewsScreen, due_cell, status_cell
from .review import REVIEW_CSS, cut, review_data


class StatusDateForm:
    """Ask on which date something happened (default today), then call back with it."""

    @staticmethod
    def ask(screen: Screen, question: str, today, then: Callable[[str], None]) -> None:
        from .prompt import PromptScreen

        def valid(value: str) -> str | None:
            try:
                dates.parse_date(value, today)
            except dates.DateError as error:
                return str(error)
            return None

        def answered(value: str | None) -> None:
            if value is not None:
                then(dates.parse_date(value, today).isoformat())

        screen.app.push_screen(PromptScreen(question, today.isoformat(), validate=valid), answered)


class OpenAgreementsScreen(AgreementViewsScreen):
    """Every open agreement across conversations; 'a' shows done and dropped ones too."""

    CSS_PATH = REVIEW_CSS
    DETAIL_ID = "agreements-detail"
    BINDINGS = [
        Binding("d,f2", "mark('done')", t("review.key.done"), key_display="d"),
        Binding("h,f3", "mark('open')", t("review.key.reopen"), key_display="h"),
        Binding("x,f4", "mark('dropped')", t("review.key.drop"), key_display="x"),
        Binding("a,f5", "toggle_all", t("review.key.all"), key_display="a"),
        Binding("enter", "open", t("review.key.read_meeting"), show=True),
        Binding("escape,q", "back", t("key.back")),
    ]

    def __init__(self, employee: str = "") -> None:
        super().__init__()
        self.employee = employee
        self.show_all = False

    def compose(self) -> ComposeResult:
        with Vertical(id="agreements-overview"):
            yield Plain(id="agreements-title", classes="screen-title")
            yield Plain(t("review.loading"), id="agreements-count", classes="hint")
            yield PlainTable(id="agreements-overview-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id="agreements-detail", classes="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("review.col.due"), width=12)
        table.add_column(t("agreement.what"), width=21)
        table.add_column(t("agreement.owner"), width=14)
        table.add_column(t("review.col.employee"), width=13)
        table.add_column(t("agreement.status"), width=9)
        self._title()
        table.focus()
        self.load()

    def _title(self) -> None:
        key = "review.agreements.title_all" if self.show_all else "review.agreements.title"
        title = t(key)
        if self.employee:
            title += " — " + single_line(self.employee)
        self.query_one("#agreements-title", Static).update(title)

    @property
    def today(self):
        return self.app.clock.now().date()

    @work(thread=True, exclusive=True, group="agreements-load")
    def load(self, select: str | None = None) -> None:
        try:
            meetings = review_data(self.app.store).meetings()
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        pick = agreement_history.all_agreements if self.show_all else agreement_history.open_agreements
        views = pick(meetings, self.today, self.employee)
        self.app.call_from_thread(self.show, views, select)

    def show(self, views: list[AgreementView], select: str | None = None) -> None:
        today = self.today
        counts = agreement_history.pop_counts(views, today)
        self.query_one("#agreements-count", Static).update(
            t("review.agreements.count", open=counts.open, overdue=counts.overdue) if views
            else t("review.agreements.none")
        )
        self.fill(views, lambda view: (
            due_cell(view.agreement, today),
            cut(view.agreement.what, 21),
            t(f"owner.{view.agreement.owner.value}"),
            cut(view.employee, 13),
            status_cell(view.agreement, today, with_date=False),
        ), select)

    # -- actions ---------------------------------------------------------------------

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all
        self._title()
        current = self._current()
        self.load(current.agreement.id if current else None)

    def meeting_of(self, view: AgreementView) -> str:
        return view.meeting_id

    def action_mark(self, status: str) -> None:
        view = self._current()
        if view is None:
            return
        target = AgreementStatus(status)
        if view.status is target:
            self.notify(t("review.agreements.already", status=t(f"agreement.{target.value}")))
            return
        question = t(f"review.agreements.when_{target.value}", what=cut(view.agreement.what, 40))
        StatusDateForm.ask(self, question, self.today, lambda on: self.apply(view, target, on))

    def apply(self, view: AgreementView, status: AgreementStatus, on: str) -> None:
        # A meeting open in this app (a live one) is changed there, so its autosaver saves it.
        from .meeting import MeetingScreen

        for screen in self.app.screen_stack:
            if isinstance(screen, MeetingScreen) and screen.meeting.id == view.meeting_id:
                for a in screen.meeting.agreements:
                    if a.id == view.agreement.id:
                        a.status, a.status_at = status, on
                screen.changed()
                review_data(self.app.store).forget(view.meeting_id)
                self.load(view.agreement.id)
                return
        self.save_status(view.meeting_id, view.agreement.id, status, on)

    @work(thread=True, exclusive=True, group="agreements-save")
    def save_status(self, meeting_id: str, agreement_id: str, status: AgreementStatus, on: str) -> None:
        store = self.app.store
        try:
            meeting = store.load(meeting_id)
            found = [a for a in meeting.agreements if a.id == agreement_id]
            for a in found:
                a.status, a.status_at = status, on
            if found:
                store.save(meeting)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=15)
            return
        review_data(store).forget(meeting_id)
        what = cut(found[0].what, 40) if found else ""
        self.app.call_from_thread(
            self.notify, t("review.agreements.marked", what=what, status=t(f"agreement.{status.value}"), date=on)
        )
        self.app.call_from_thread(self.load, agreement_id)

    def action_back(self) -> None:
        self.dismiss(None)


class CarryOverScreen(Screen[None]):
    """During a meeting: last time's agreements, each marked done, kept or dropped."""

    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("d,f2", "decide('done')", t("review.key.carry_done"), key_display="d"),
        Binding("k,f3", "decide('kept')", t("review.key.carry_kept"), key_display="k"),
        Binding("x,f4", "decide('dropped')", t("review.key.carry_dropped"), key_display="x"),
        Binding("escape,ctrl+f", "back", t("key.back_to_meeting")),
    ]

    def __init__(self, meeting: Meeting, changed: Callable[[], None], clock: Clock) -> None:
        super().__init__()
        self.meeting = meeting
        self.changed = changed
        self.clock = clock
        self.items: list[Agreement] = []

    def compose(self) -> ComposeResult:
        with Vertical(id="carry-over"):
            yield Plain(t("review.carry.title", employee=single_line(self.meeting.employee)), classes="screen-title")
            yield Plain(t("review.carry.hint"), classes="hint")
            yield PlainTable(id="carry-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id="carry-detail", classes="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("agreement.what"), width=30)
        table.add_column(t("agreement.owner"), width=12)
        table.add_column(t("review.col.due"), width=12)
        table.add_column(t("review.carry.col_decision"), width=14)
        self.refill()
        table.focus()

    def refill(self, select: int | None = None) -> None:
        table = self.query_one(DataTable)
        table.clear()
        today = self.clock.now().date()
        self.items = carried(self.meeting)
        for a in self.items:
            decision = decision_of(self.meeting, a)
            label = Text(t(f"review.carry.decision.{decision.value}") if decision else t("review.carry.undecided"))
            if decision is None:
                label.stylize("dim")
            table.add_row(cut(a.what, 30), t(f"owner.{a.owner.value}"), due_cell(a, today), label, key=a.id)
        self.query_one("#carry-detail", Static).update("" if self.items else t("review.carry.none"))
        if select is not None and self.items:
            table.move_cursor(row=min(select, len(self.items) - 1))

    def action_decide(self, decision: str) -> None:
        row = self.query_one(DataTable).cursor_row
        if not self.items or row is None or not 0 <= row < len(self.items):
            return
        decide(self.meeting, self.items[row].id, Decision(decision), self.clock.now().date(), self.clock.now())
        self.changed()
        self.refill(select=row + 1 if row + 1 < len(self.items) else row)

    def action_back(self) -> None:
        self.dismiss(None)
