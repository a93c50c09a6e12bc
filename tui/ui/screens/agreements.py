"""Agreements: what, who, how, by when, and how progress is followed up."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Input, Select, Static

from ...domain import dates
from ...domain.clock import Clock
from ...domain.model import Agreement, AgreementStatus, Approach, Meeting, Owner
from ...domain.safe_text import single_line
from ...i18n import t
from ..widgets.key_bar import KeyBar
from ..widgets.ordered_keys import OrderedInput
from ..widgets.plain import Plain, PlainLabel
from ..widgets.plain_table import PlainTable
from .form import FORMS_CSS, FormScreen


def enum_options(enum, prefix: str) -> list[tuple[str, str]]:
    return [(t(f"{prefix}.{member.value}"), member.value) for member in enum]


def due_text(value: str | None, clock: Clock) -> str:
    """'vrijdag 28 mei 2027 (over 6 maanden)' plus the career flag, for a due date."""
    due = dates.as_date(value)
    if due is None:
        return ""
    today = clock.now().date()
    text = dates.describe(due, today)
    if dates.beyond_a_year(due, today):
        text += "\n" + t("agreement.career")
    return text


def agreement_detail(a: Agreement) -> str:
    """'Aanpak: opleiding (via HR)\nOpvolging: ...' for the detail line under a table."""
    approach = t(f"approach.{a.approach.value}") + (f" ({single_line(a.approach_note)})" if a.approach_note else "")
    return t("agreement.detail", approach=approach, follow_up=single_line(a.follow_up) or "—")


class AgreementForm(FormScreen[Agreement]):
    def __init__(self, agreement: Agreement | None, clock: Clock, meeting: Meeting) -> None:
        super().__init__()
        self.meeting = meeting  # where a new agreement goes if the line drops mid-form
        self.agreement = agreement or Agreement(what="")
        self.clock = clock

    def compose(self) -> ComposeResult:
        a = self.agreement
        with VerticalScroll(classes="dialog form"):
            yield Plain(t("agreement.form_title"), classes="question")
            yield PlainLabel(t("agreement.what"))
            yield OrderedInput(a.what, id="what", compact=True, placeholder=t("agreement.what_hint"))
            yield PlainLabel(t("agreement.owner"))
            yield Select(enum_options(Owner, "owner"), value=a.owner.value, allow_blank=False, id="owner", compact=True)
            yield PlainLabel(t("agreement.approach"))
            yield Select(
                enum_options(Approach, "approach"), value=a.approach.value, allow_blank=False, id="approach", compact=True
            )
            yield OrderedInput(a.approach_note, id="approach_note", compact=True, placeholder=t("agreement.approach_hint"))
            yield PlainLabel(t("agreement.due"))
            yield OrderedInput(a.due or "", id="due", compact=True, placeholder=t("date.hint"))
            yield Plain(due_text(a.due, self.clock), id="due-text", classes="hint")
            yield PlainLabel(t("agreement.follow_up"))
            yield OrderedInput(a.follow_up, id="follow_up", compact=True, placeholder=t("agreement.follow_up_hint"))
            yield Plain(id="form-error", classes="error")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.query_one("#what", Input).focus()

    def _parse_due(self) -> tuple[str | None, str | None]:
        """(ISO date or None, error message or None)."""
        value = self.query_one("#due", Input).value
        try:
            due = dates.parse_optional_date(value, self.clock.now().date())
        except dates.DateError as error:
            return None, str(error)
        return (due.isoformat() if due else None), None

    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "due":
            due, error = self._parse_due()
            self.query_one("#due-text", Static).update(error or due_text(due, self.clock))

    def on_input_submitted(self, event: Input.Submitted) -> None:
        self.focus_next()

    def result(self) -> Agreement | None:
        what = self.query_one("#what", Input).value.strip()
        due, error = self._parse_due()
        if not what:
            error = t("agreement.what_missing")
        if error:
            self.query_one("#form-error", Static).update(error)
            return None
        return self._apply(what, due)

    def salvage(self) -> None:
        """The app is going down (SIGHUP/SIGTERM): keep what was typed, as far as it is valid."""
        what = self.query_one("#what", Input).value.strip()
        if not what:
            return
        self._apply(what, self._parse_due()[0])
        if not any(a is self.agreement for a in self.meeting.agreements):
            self.meeting.agreements.append(self.agreement)

    def _apply(self, what: str, due: str | None) -> Agreement:
        a = self.agreement
        a.what = what
        a.owner = Owner(self.query_one("#owner", Select).value)
        a.approach = Approach(self.query_one("#approach", Select).value)
        a.approach_note = self.query_one("#approach_note", Input).value.strip()
        a.due = due
        a.follow_up = self.query_one("#follow_up", Input).value.strip()
        return a


class AgreementsScreen(Screen[None]):
    """All agreements of this meeting: add, edit, remove, mark done."""

    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding("n,ctrl+o", "new", t("key.new_agreement")),
        Binding("enter", "edit", t("key.edit"), show=True),
        Binding("d", "toggle_done", t("key.toggle_done")),
        Binding("x", "remove", t("key.remove")),
        Binding("escape,ctrl+f", "back", t("key.back")),
    ]

    def __init__(self, meeting: Meeting, changed: Callable[[], None], clock: Clock) -> None:
        super().__init__()
        self.meeting = meeting
        self.changed = changed
        self.clock = clock

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
            due_cell = due.format("D MMM YYYY", locale=self.meeting.lang) if due else "—"
            if due is not None and dates.beyond_a_year(due, today):
                due_cell += " " + t("agreement.career_mark")
            table.add_row(
                single_line(a.what)[:40], t(f"owner.{a.owner.value}"), due_cell, t(f"agreement.{a.status.value}")
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
                self.changed()
                self.refill(select=len(self.meeting.agreements) - 1)

        self.app.push_screen(AgreementForm(None, self.clock, self.meeting), saved)

    def action_edit(self) -> None:
        row = self._row()
        if row is None:
            return

        def saved(agreement: Agreement | None) -> None:
            if agreement is not None:
                self.changed()
                self.refill(select=row)

        self.app.push_screen(AgreementForm(self.meeting.agreements[row], self.clock, self.meeting), saved)

    def action_toggle_done(self) -> None:
        row = self._row()
        if row is None:
            return
        a = self.meeting.agreements[row]
        a.status = AgreementStatus.OPEN if a.status is AgreementStatus.DONE else AgreementStatus.DONE
        a.status_at = self.clock.now().date().isoformat()
        self.changed()
        self.refill(select=row)

    def action_remove(self) -> None:
        from .confirm import ConfirmScreen

        row = self._row()
        if row is None:
            return

        def answered(yes: bool | None) -> None:
            if yes:
                del self.meeting.agreements[row]
                self.changed()
                self.refill(select=row)

        what = single_line(self.meeting.agreements[row].what)
        self.app.push_screen(ConfirmScreen(t("agreement.remove_confirm", what=what)), answered)

    def action_back(self) -> None:
        self.dismiss(None)
