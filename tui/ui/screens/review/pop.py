"""The personal development plan (POP): one employee's goals and agreements across conversations."""

from __future__ import annotations

from textual.binding import Binding

from ....domain import agreement_history
from ....domain.agreement_history import AgreementView
from ....domain.safe_text import single_line
from ....i18n import t
from ....services.review import pop
from ...display import cut, due_cell, status_cell, view_detail
from .list_screen import LIST_KEYS, ListScreen


class PopScreen(ListScreen[AgreementView]):
    ID = "pop"
    DETAIL = True
    BINDINGS = [
        Binding("enter", "open", t("review.key.read_meeting"), show=True),
        Binding("a,f4", "agreements", t("review.key.open_of_employee"), key_display="a"),
        *LIST_KEYS,
    ]

    def __init__(self, employee: str) -> None:
        super().__init__()
        self.employee = employee

    def heading(self) -> str:
        return t("review.pop.title", employee=single_line(self.employee))

    def columns(self):
        return (
            (t("review.pop.col_agreed"), 10),
            (t("agreement.what"), 24),
            (t("agreement.approach"), 11),
            (t("review.col.due"), 12),
            (t("agreement.status"), 10),
        )

    def fetch(self) -> list[AgreementView]:
        return pop(self.app.store, self.employee)

    def show(self, views: list[AgreementView], select: str | None = None) -> None:
        today = self.app.clock.now().date()
        counts = agreement_history.pop_counts(views, today)
        self.set_count(
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
        ), select)

    def key_of(self, view: AgreementView) -> str:
        return view.agreement.id

    def meeting_of(self, view: AgreementView) -> str:
        return view.agreed_in

    def detail(self, view: AgreementView) -> str:
        return view_detail(view)

    def action_agreements(self) -> None:
        self.app.show_open_agreements(self.employee)
