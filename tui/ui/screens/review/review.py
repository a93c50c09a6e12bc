"""Reviewing past conversations: the list, filterable by employee, kind and period."""

from __future__ import annotations

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding

from ....domain import review
from ....domain.review import Filter
from ....domain.safe_text import single_line
from ....i18n import t
from ....services import lifecycle
from ....services.review import Listing, review_list
from ....store import MeetingSummary, StoreError
from ...display import cut, kind_short
from .filter_form import FilterForm
from .list_screen import LIST_KEYS, ListScreen


class ReviewScreen(ListScreen[MeetingSummary]):
    """All conversations, newest first; Enter reads one."""

    ID = "review"
    BINDINGS = [
        Binding("enter", "open", t("review.key.read"), show=True),
        Binding("f,f7", "filter", t("review.key.filter"), key_display="f"),
        Binding("slash,z,f3", "search", t("review.key.search"), key_display="/"),
        Binding("a,f4", "agreements", t("review.key.agreements"), key_display="a"),
        Binding("o,f5", "followups", t("review.key.followups"), key_display="o"),
        Binding("p,f6", "pop", t("review.key.pop"), key_display="p"),
        Binding("x,delete", "delete", t("review.key.delete"), key_display="x", show=False),
        *LIST_KEYS,
    ]

    def __init__(self, flt: Filter | None = None) -> None:
        super().__init__()
        self.filter = flt or Filter()
        self.period_text = self.filter.period.label() if self.filter.period else ""
        self.summaries: list[MeetingSummary] = []
        self.listing: Listing | None = None  # what the list shows, for a search of it

    def heading(self) -> str:
        return t("review.title")

    def columns(self):
        return (
            (t("review.col.date"), 10),
            (t("review.col.employee"), 20),
            (t("review.col.kind"), 13),
            (t("review.col.status"), 8),
            (t("review.col.agreements"), 6),
            (t("review.col.followup"), 10),
        )

    def on_mount(self) -> None:
        self._show_filter()

    def fetch(self) -> Listing:
        return review_list(self.app.store)

    def show(self, listing: Listing, select: str | None = None) -> None:
        self.listing = listing
        self.summaries = listing.summaries
        self.refill()

    def key_of(self, row: MeetingSummary) -> str:
        return row.id

    def meeting_of(self, row: MeetingSummary) -> str:
        return row.id

    def refill(self) -> None:
        self.fill(review.filter_items(self.summaries, self.filter), lambda s: (
            s.date,
            cut(s.employee, 20),
            kind_short(s.kind),
            t(f"status.{s.status.value}"),
            f"{s.agreements_open}/{s.agreements_total}",
            s.next_followup or "—",
        ))
        empty = ""
        if not self.summaries:
            empty = t("review.empty")
        elif not self.rows:
            empty = t("review.no_match")
        self.set_below(empty)
        self._show_filter()

    def _show_filter(self) -> None:
        f = self.filter
        parts = [
            t("review.filter.show_employee", name=single_line(f.employee)) if f.employee else t("review.filter.everyone"),
            t(f"kind.{f.kind.value}") if f.kind else t("review.filter.all_kinds"),
            f.period.label() if f.period else t("review.filter.all_time"),
        ]
        counts = t("review.count", shown=len(self.rows), total=len(self.summaries))
        self.set_count(t("review.filter.line", filter=" · ".join(parts), count=counts))

    # -- actions ----------------------------------------------------------------------

    def action_filter(self) -> None:
        form = FilterForm(self.filter, self.period_text)

        def apply(flt: Filter | None) -> None:
            if flt is not None:
                self.filter = flt
                self.period_text = form.period_text
                self.refill()

        self.app.push_screen(form, apply)

    def action_search(self) -> None:
        self.app.show_search(self.listing)

    def action_agreements(self) -> None:
        current = self.current() if self.filter.employee else None
        self.app.show_open_agreements(current.employee if current else "")

    def action_followups(self) -> None:
        self.app.show_followups()

    def action_pop(self) -> None:
        current = self.current()
        if current is not None:
            self.app.show_pop(current.employee)

    def action_delete(self) -> None:
        current = self.current()
        if current is None:
            return
        if self.app.live_session(current.id) is not None:
            self.notify(t("lifecycle.open_here"), severity="error", timeout=10)
            return
        self.plan_deletion(current.id)

    @work(thread=True, exclusive=True, group="review-delete")
    def plan_deletion(self, meeting_id: str) -> None:
        """Read what would go (off the UI thread), then ask."""
        try:
            deletion = lifecycle.plan_delete(self.app.store, meeting_id)
            lifecycle.refuse_open(self.app.store, deletion)  # live in another window: not asked, then refused
        except StoreError as error:
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
            return
        self.app.call_from_thread(self.confirm_deletion, deletion)

    def confirm_deletion(self, deletion: lifecycle.Deletion) -> None:
        from ...dialogs.confirm import ConfirmScreen

        def answered(yes: bool | None) -> None:
            if yes:
                self.delete_now(deletion)

        question = "\n".join([t("lifecycle.goes"), *deletion.lines(), "", t("lifecycle.question")])
        self.app.push_screen(ConfirmScreen(question), answered)

    @work(thread=True, exclusive=True, group="review-delete")
    def delete_now(self, deletion: lifecycle.Deletion) -> None:
        try:
            lifecycle.delete(self.app.store, deletion)
        except StoreError as error:  # held live elsewhere meanwhile, disk trouble: said, nothing hidden
            self.app.call_from_thread(self.notify, str(error), severity="error", timeout=10)
        else:
            self.app.call_from_thread(self.notify, deletion.done())
        self.app.call_from_thread(self.load)

    def palette_commands(self):
        for key, action in (
            ("review.key.filter", self.action_filter),
            ("review.key.search", self.action_search),
            ("review.key.agreements", self.action_agreements),
            ("review.key.followups", self.action_followups),
            ("review.key.pop", self.action_pop),
            ("review.key.delete", self.action_delete),
        ):
            yield SystemCommand(t(key), t(key.replace(".key.", ".cmd.")), action)
