"""Agreements across conversations: what is open, what is overdue; mark done or reopen."""

from __future__ import annotations

from textual import work
from textual.binding import Binding

from ....domain import agreement_history
from ....domain.agreement_history import AgreementView
from ....domain.model import AgreementStatus
from ....domain.safe_text import single_line
from ....i18n import t
from ....services.agreements import mark_stored
from ....services.review import agreements
from ....store import StoreError
from ...dialogs.prompt import ask_date
from ...display import cut, due_cell, owner_short, status_cell, view_detail
from .list_screen import LIST_KEYS, ListScreen


class OpenAgreementsScreen(ListScreen[AgreementView]):
    """Every open agreement across conversations; 'a' shows done and dropped ones too."""

    ID = "open-agreements"
    DETAIL = True
    BINDINGS = [
        Binding("d,f2", "mark('done')", t("review.key.done"), key_display="d"),
        Binding("h,f3", "mark('open')", t("review.key.reopen"), key_display="h"),
        Binding("x,f4", "mark('dropped')", t("review.key.drop"), key_display="x"),
        Binding("a,f5", "toggle_all", t("review.key.all"), key_display="a"),
        Binding("enter", "open", t("review.key.read_meeting"), show=True),
        *LIST_KEYS,
    ]

    def __init__(self, employee: str = "") -> None:
        super().__init__()
        self.employee = employee
        self.show_all = False

    def heading(self) -> str:
        title = t("review.agreements.title_all" if self.show_all else "review.agreements.title")
        return title + (" — " + single_line(self.employee) if self.employee else "")

    def columns(self):
        return (
            (t("review.col.due"), 12),
            (t("agreement.what"), 21),
            (t("agreement.owner"), 12),
            (t("review.col.employee"), 15),
            (t("agreement.status"), 9),
        )

    @property
    def today(self):
        return self.app.clock.now().date()

    def fetch(self) -> list[AgreementView]:
        return agreements(self.app.store, self.today, self.employee, every=self.show_all)

    def show(self, views: list[AgreementView], select: str | None = None) -> None:
        today = self.today
        counts = agreement_history.pop_counts(views, today)
        self.set_count(
            t("review.agreements.count", open=counts.open, overdue=counts.overdue) if views
            else t("review.agreements.none")
        )
        self.fill(views, lambda view: (
            due_cell(view.agreement, today),
            cut(view.agreement.what, 21),
            owner_short(view.agreement.owner),
            cut(view.employee, 15),
            status_cell(view.agreement, today, with_date=False),
        ), select)

    def key_of(self, view: AgreementView) -> str:
        return view.agreement.id

    def meeting_of(self, view: AgreementView) -> str:
        return view.meeting_id

    def detail(self, view: AgreementView) -> str:
        return view_detail(view)

    # -- actions ---------------------------------------------------------------------

    def action_toggle_all(self) -> None:
        self.show_all = not self.show_all
        self.show_title()
        current = self.current()
        self.load(current.agreement.id if current else None)

    def action_mark(self, status: str) -> None:
        view = self.current()
        if view is None:
            return
        target = AgreementStatus(status)
        if view.status is target:
            self.notify(t("review.agreements.already", status=t(f"agreement.{target.value}")))
            return
        question = t(f"review.agreements.when_{target.value}", what=cut(view.agreement.what, 40))
        ask_date(self.app, question, self.today, lambda on: self.apply(view, target, on))

    def apply(self, view: AgreementView, status: AgreementStatus, on: str) -> None:
        # A meeting held in this app right now is changed there, so its own autosave keeps it.
        session = self.app.live_session(view.meeting_id)
        agreement = session.meeting.agreement(view.agreement.id) if session else None
        if agreement is None:
            self.save_status(view.meeting_id, view.agreement.id, status, on)
            return
        agreement.set_status(status, on)
        session.changed()
        self.load(view.agreement.id)

    @work(thread=True, exclusive=True, group="agreements-save")
    def save_status(self, meeting_id: str, agreement_id: str, status: AgreementStatus, on: str) -> None:
        try:
            marked = mark_stored(self.app.store, meeting_id, agreement_id, status, on)
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=15)
            return
        what = cut(marked.what, 40) if marked else ""
        self.app.call_from_thread(
            self.notify, t("review.agreements.marked", what=what, status=t(f"agreement.{status.value}"), date=on)
        )
        self.app.call_from_thread(self.load, agreement_id)
