"""All agreements of the meeting being held: add, edit, remove, mark done."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import DataTable, Static

from ....domain import dates
from ....domain.model import Agreement, AgreementStatus
from ....domain.safe_text import single_line
from ....i18n import language, t
from ...dialogs.confirm import ConfirmScreen
from ...display import agreement_detail, cut, due_text
from ...styles import FORMS_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.plain import Plain
from ...widgets.plain_table import PlainTable
from .agreement_form import AgreementForm
from .session import SessionScreen


class AgreementsScreen(SessionScreen):
    """All agreements of this meeting: add, edit, remove, mark done."""

    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding("n,ctrl+o", "new", t("key.new_agreement")),
        Binding("enter", "edit", t("key.edit"), show=True),
        Binding("d", "toggle_done", t("key.toggle_done")),
        Binding("x", "remove", t("key.remove")),
        Binding("escape,ctrl+f", "back", t("key.back")),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="agreements-box"):
            yield Plain(t("agreements.title", employee=single_line(self.meeting.employee)), classes="screen-title")
            yield PlainTable(id="agreements-table", cursor_type="row", zebra_stripes=True)
            yield Plain(id="agreement-detail", classes="hint")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_columns(t("agreement.what"), t("agreement.owner"), t("agreement.due"), t("agreement.status"))
        self.refill()
        table.focus()

    def refill(self, select: int | None = None) -> None:
        table = self.query_one(DataTable)
        table.clear()
        today = self.clock.now().date()
        for a in self.meeting.agreements:
            due = dates.as_date(a.due)
            due_cell = due.format("D MMM YYYY", locale=language()) if due else "—"  # the UI's, not the agenda's
            if due is not None and dates.beyond_a_year(due, today):
                due_cell += " " + t("agreement.career_mark")
            table.add_row(
                cut(a.what, 40), t(f"owner.{a.owner.value}"), due_cell, t(f"agreement.{a.status.value}")
            )
        if not self.meeting.agreements:
            self.query_one("#agreement-detail", Static).update(t("agreements.empty"))
        if select is not None and self.meeting.agreements:
            table.move_cursor(row=min(select, len(self.meeting.agreements) - 1))

    def on_data_table_row_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if not 0 <= event.cursor_row < len(self.meeting.agreements):
            return
        a = self.meeting.agreements[event.cursor_row]
        detail = agreement_detail(a)
        due = due_text(a.due, self.clock)
        self.query_one("#agreement-detail", Static).update(detail + ("\n" + due if due else ""))

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        # The table takes Enter itself and reports a selected row instead.
        event.stop()
        self.action_edit()

    def _row(self) -> int | None:
        table = self.query_one(DataTable)
        return table.cursor_row if self.meeting.agreements else None

    def action_new(self) -> None:
        def saved(agreement: Agreement | None) -> None:
            if agreement is not None:
                self.meeting.agreements.append(agreement)
                self.session.changed()
                self.refill(select=len(self.meeting.agreements) - 1)

        self.app.push_screen(AgreementForm(self.session, None), saved)

    def action_edit(self) -> None:
        row = self._row()
        if row is None:
            return

        def saved(agreement: Agreement | None) -> None:
            if agreement is not None:
                self.session.changed()
                self.refill(select=row)

        self.app.push_screen(AgreementForm(self.session, self.meeting.agreements[row]), saved)

    def action_toggle_done(self) -> None:
        row = self._row()
        if row is None:
            return
        a = self.meeting.agreements[row]
        a.set_status(AgreementStatus.OPEN if a.status is AgreementStatus.DONE else AgreementStatus.DONE, self.clock.now().date().isoformat())
        self.session.changed()
        self.refill(select=row)

    def action_remove(self) -> None:
        row = self._row()
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                del self.meeting.agreements[row]
                self.session.changed()
                self.refill(select=row)

        what = single_line(self.meeting.agreements[row].what)
        self.app.push_screen(ConfirmScreen(t("agreement.remove_confirm", what=what)), answered)

