"""During a meeting: last time's agreements, each marked done, kept or dropped (see tui.domain.carry_over)."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from ....domain.carry_over import Decision, carried, decide, decision_of
from ....domain.model import Agreement
from ....domain.safe_text import single_line
from ....i18n import t
from ...display import cut, due_cell
from ...styles import REVIEW_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.plain import Plain
from ...widgets.plain_table import PlainTable
from .session import Session, SessionScreen


class CarryOverScreen(SessionScreen):
    """During a meeting: last time's agreements, each marked done, kept or dropped."""

    CSS_PATH = REVIEW_CSS
    BINDINGS = [
        Binding("d,f2", "decide('done')", t("review.key.carry_done"), key_display="d"),
        Binding("k,f3", "decide('kept')", t("review.key.carry_kept"), key_display="k"),
        Binding("x,f4", "decide('dropped')", t("review.key.carry_dropped"), key_display="x"),
        Binding("escape,ctrl+f", "back", t("key.back_to_meeting")),
    ]

    def __init__(self, session: Session) -> None:
        super().__init__(session)
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
        self.session.changed()
        self.refill(select=row + 1 if row + 1 < len(self.items) else row)

