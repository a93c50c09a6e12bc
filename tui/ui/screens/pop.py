"""The personal development plan (POP): one employee's goals and agreements across conversations."""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from ...domain import agreement_history
from ...domain.agreement_history import AgreementView
from ...domain.safe_text import single_line
from ...i18n import t
from ...store import StoreError
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain
from ..widgets.plain_table import PlainTable
from .agreement_views import AgreementViewsScreen, due_cell, status_cell
from .review import REVIEW_CSS, cut, review_data


class PopScreen(AgreementViewsScreen):
    CSS_PATH = REVIEW_CSS
    DETAIL_ID = "pop-detail"
    BINDINGS = [
        Binding("enter", "open", t("review.key.read_meeting"), show=True),
        Binding("a,f4", "agreements", t("review.key.open_of_employee"), key_display="a"),
        Binding("escape,q", "back", t("key.back")),
    ]

    def __init__(self, employee: str) -> None:
        super().__init__()
        self.employee = employee

    def compose(self) -> ComposeResult:
        with Vertical(id="pop"):
            yield Plain(t("review.pop.title", employee=single_line(self.employee)), classes="screen-title")
            yield Plain(t("review.loading"), id="pop-count", classes="hint")
            yield PlainTable(id="pop-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id="pop-detail", classes="hint")
        yield KeyBar()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column(t("review.pop.col_agreed"), width=10)
        table.add_column(t("agreement.what"), width=24)
        table.add_column(t("agreement.approach"), width=11)
        table.add_column(t("review.col.due"), width=12)
        table.add_column(t("agreement.status"), width=10)
        table.focus()
        self.load()

    def on_screen_resume(self) -> None:
        self.load()

    @work(thread=True, exclusive=True, group="pop-load")
    def load(self) -> None:
        try:
            meetings = review_data(self.app.store).meetings()
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self.show, agreement_history.pop(meetings, self.employee))

    def show(self, views: list[AgreementView]) -> None:
        today = self.app.clock.now().date()
        counts = agreement_history.pop_counts(views, today)
        self.query_one("#pop-count", Static).update(
            t("review.pop.count", total=len(views), open=counts.open, done=counts.done, dropped=counts.dropped, overdue=counts.overdue)
            if views
            else t("review.pop.none")
        )
        self.fill(views, lambda view: (
            view.agreed_on,
            cut(view.agreement.what, 24),
            cut(t(f"approach.{view.agreement.approach.value}"), 11),
            due_cell(view.agreement, today),
            status_cell(view.agreement, today, with_date=False),
        ))

    def meeting_of(self, view: AgreementView) -> str:
        return view.agreed_in

    def action_agreements(self) -> None:
        from .open_agreements import OpenAgreementsScreen

        self.app.push_screen(OpenAgreementsScreen(employee=self.employee))

    def action_back(self) -> None:
        self.dismiss(None)
