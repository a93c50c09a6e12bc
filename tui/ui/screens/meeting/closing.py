"""Closing the meeting: next follow-up date, the report, both sides' sign-off; then finish."""

from __future__ import annotations

import os

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from ....domain import dates
from ....domain.model import FormKind, Side, Signature, Signoff
from ....domain.safe_text import single_line
from ....i18n import t
from ....seats.rendezvous import login_of
from ...dialogs.confirm import ConfirmScreen
from ...dialogs.form import KeepsTyping
from ...display import enum_options
from ...messages import SeatChanged
from ...styles import FORMS_CSS
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedInput, OrderedSelect
from ...widgets.plain import Plain, PlainLabel
from .session import Session, SessionScreen


class ClosingScreen(KeepsTyping, SessionScreen):
    """Every valid field is saved into the record as it is typed, and the fields themselves
    as the meeting's form draft (a follow-up date half typed, too); ctrl+r ends the meeting."""

    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding("ctrl+r,f10", "finish", t("key.finish")),
        Binding("escape", "back", t("key.back_to_meeting")),
    ]

    def __init__(self, session: Session, restore: dict[str, str] | None = None) -> None:
        super().__init__(session)
        self.kept_by(session.keeper(FormKind.CLOSING), restore)
        self.timer = session.timer
        self.changed = session.changed
        self._fill_in_defaults()

    def _fill_in_defaults(self) -> None:
        """Before the fields are built from the record: defaults are what the form shows, not typing."""
        if not self.meeting.report.writer:
            # A real value, not a grey hint that looks filled in: the manager usually writes it.
            self.meeting.report.writer = self.meeting.manager
            self.changed()
        if not self.meeting.next_followup:
            # The template's default, so the field is never left empty by accident.
            self.meeting.next_followup = dates.parse_date(self.meeting.default_followup, self.today).isoformat()
            self.changed()

    @property
    def today(self):
        return self.timer.clock.now().date()

    def compose(self) -> ComposeResult:
        m = self.meeting
        followup = m.next_followup or ""
        with VerticalScroll(id="closing"):
            yield Plain(t("closing.title", employee=single_line(m.employee)), classes="screen-title")
            yield PlainLabel(t("closing.followup"))
            yield OrderedInput(followup, id="followup", compact=True, placeholder=t("closing.followup_hint", default=m.default_followup))
            yield Plain(id="followup-text", classes="hint")
            yield PlainLabel(t("closing.writer"))
            yield OrderedInput(m.report.writer, id="writer", compact=True, placeholder=single_line(m.manager))
            yield PlainLabel(t("closing.kept_at"))
            yield OrderedInput(m.report.kept_at, id="kept_at", compact=True, placeholder=t("closing.kept_at_hint"))
            yield PlainLabel(t("closing.employee_signoff", name=single_line(m.employee)))
            yield OrderedSelect(enum_options(Signoff, "signoff"), value=m.report.employee_signoff.value, allow_blank=False, id="employee_signoff", compact=True)
            yield Plain(id="employee-seat", classes="hint")
            yield PlainLabel(t("closing.manager_signoff", name=single_line(m.manager)))
            yield OrderedSelect(enum_options(Signoff, "signoff"), value=m.report.manager_signoff.value, allow_blank=False, id="manager_signoff", compact=True)
            yield Plain(self._agreements_line(), id="closing-agreements", classes="hint")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self._describe_followup()
        self._show_employee_seat()
        self.query_one("#followup", Input).focus()

    def on_seat_changed(self, message: SeatChanged) -> None:
        self._show_employee_seat()

    def _show_employee_seat(self) -> None:
        """While she is connected, her sign-off is hers to give, on her own seat."""
        select = self.query_one("#employee_signoff", OrderedSelect)
        with select.prevent(Select.Changed):
            select.value = self.meeting.report.employee_signoff.value
        select.given = select.value  # hers, from her seat: not his typing, no draft of his form
        guest = self.session.seat.guest if self.session.seat is not None else None
        select.disabled = guest is not None
        hint = self.query_one("#employee-seat", Static)
        hint.update(t("seat.signed_there", login=guest[0]) if guest else "")
        hint.display = guest is not None

    def _agreements_line(self) -> str:
        return t("closing.agreements", count=len(self.meeting.agreements), open=len(self.meeting.open_agreements))

    def _describe_followup(self) -> None:
        box = self.query_one("#followup-text", Static)
        value = self.query_one("#followup", Input).value
        try:
            date = dates.parse_optional_date(value, self.today)
        except dates.DateError as error:
            box.update(str(error))
            box.set_class(True, "error")
            return
        box.set_class(False, "error")
        if date is None:
            box.update(t("closing.followup_missing"))
            self.meeting.next_followup = None
            return
        text = dates.describe(date, self.today)
        if date < self.today:
            text += "\n" + t("date.past", date=date.isoformat())
        if dates.beyond_a_year(date, self.today):
            text += "\n⚠ " + t("date.beyond_year")
        box.update(text)
        self.meeting.next_followup = date.isoformat()

    def on_input_changed(self, event: Input.Changed) -> None:
        report = self.meeting.report
        if event.input.id == "followup":
            self._describe_followup()
        elif event.input.id == "writer":
            report.writer = event.value.strip()
        elif event.input.id == "kept_at":
            report.kept_at = event.value.strip()
        self.changed()

    def on_select_changed(self, event: Select.Changed) -> None:
        side = Side.EMPLOYEE if event.select.id == "employee_signoff" else Side.MANAGER
        value = Signoff(event.value)
        if value is not getattr(self.meeting.report, event.select.id):
            # Kept with who set it, from this (the manager's) seat, and when.
            signature = Signature(Side.MANAGER, login_of(os.geteuid()), self.timer.clock.now().isoformat())
            self.meeting.report.sign(side, value, signature)
            self.changed()

    def on_input_submitted(self) -> None:
        self.focus_next()

    def action_back(self) -> None:
        self.release()
        super().action_back()

    def action_finish(self) -> None:
        def answered(yes: bool | None) -> None:
            if not yes:
                return
            self.release()
            self.meeting.flush_drafts(self.session.author, self.timer.clock.now().isoformat())
            self.timer.finish()
            self.changed()
            self.app.save_everything()
            self.app.show_summary(self.session)

        self.app.push_screen(ConfirmScreen(t("closing.finish_confirm")), answered)
