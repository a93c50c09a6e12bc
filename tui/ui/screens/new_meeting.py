"""A new conversation: who, which agenda, when."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from ...domain import dates
from ...domain.agenda import meeting_from_agenda
from ...domain.model import Meeting
from ...i18n import language, t
from ..widgets.key_bar import KeyBar
from ..widgets.ordered_keys import OrderedInput
from ..widgets.plain import Plain, PlainLabel
from .form import FormScreen


class NewMeetingScreen(FormScreen[Meeting]):
    def compose(self) -> ComposeResult:
        choices = self.app.agenda_choices()
        today = self.app.clock.now().date()
        with VerticalScroll(classes="dialog form"):
            yield Plain(t("new.title"), classes="question")
            yield PlainLabel(t("new.employee"))
            yield OrderedInput(id="employee", compact=True)
            yield PlainLabel(t("new.manager"))
            yield OrderedInput(id="manager", compact=True)
            yield PlainLabel(t("new.agenda"))
            yield Select(choices, value=choices[0][1] if choices else Select.BLANK, allow_blank=not choices, id="agenda-choice", compact=True)
            yield PlainLabel(t("new.date"))
            yield OrderedInput(today.isoformat(), id="date", compact=True, placeholder=t("date.hint"))
            yield Plain(id="form-error", classes="error")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.query_one("#employee", Input).focus()

    def on_input_submitted(self) -> None:
        if self.focused is self.query_one("#date", Input):
            self.action_save()
        else:
            self.focus_next()

    def result(self) -> Meeting | None:
        from ...domain.agenda_errors import AgendaError

        error_box = self.query_one("#form-error", Static)
        employee = self.query_one("#employee", Input).value.strip()
        manager = self.query_one("#manager", Input).value.strip()
        if not employee or not manager:
            error_box.update(t("new.names_missing"))
            return None
        try:
            date = dates.parse_date(self.query_one("#date", Input).value, self.app.clock.now().date())
        except dates.DateError as error:
            error_box.update(str(error))
            return None
        agenda_name = self.query_one("#agenda-choice", Select).value
        try:
            agenda = self.app.load_agenda(str(agenda_name), language())
        except AgendaError as error:
            error_box.update(str(error))
            return None
        return meeting_from_agenda(agenda, employee, manager, date.isoformat())
