"""A new conversation: who, which agenda, when."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Input, Select, Static

from ...domain.model import Meeting
from ...domain.safe_text import single_line
from ...i18n import language, t
from ...services.agendas import list_agendas
from ...services.meetings import InvalidRequest, KnownPeople, NewMeeting, known_people, plan_meeting
from ...store import StoreError
from ..dialogs.form import FormScreen
from ..widgets.key_bar import KeyBar
from ..widgets.ordered_keys import OrderedInput, OrderedSelect
from ..widgets.plain import Plain, PlainLabel


def agenda_choices() -> list[tuple[Content, str]]:
    """(label, name) pairs: one per template, in the UI's language where it has one."""
    seen: dict[str, str] = {}
    for info in list_agendas(language()):
        if not info.error and info.name not in seen:
            seen[info.name] = t("new.agenda_choice", title=single_line(info.title), minutes=info.total_minutes)
    # Content, not str: a template title is read literally, never as markup.
    return [(Content(label), name) for name, label in seen.items()]


class NewMeetingScreen(FormScreen[Meeting]):
    def __init__(self, given: NewMeeting | None = None) -> None:
        """`given`: what `gesprek new` was told on the command line, filled in."""
        super().__init__()
        self.given = given or NewMeeting("", "")
        self.people: KnownPeople | None = None
        self._manager_filled_in = ""  # what this form put in the manager field, not the user

    def compose(self) -> ComposeResult:
        choices = agenda_choices()
        given = self.given
        if given.agenda and given.agenda not in [name for _, name in choices]:
            choices.append((Content(single_line(given.agenda)), given.agenda))  # a path, or a name plan_meeting reports
        today = self.app.clock.now().date()
        with VerticalScroll(classes="dialog form"):
            yield Plain(t("new.title"), classes="question")
            yield PlainLabel(t("new.employee"))
            yield OrderedInput(given.employee, id="employee", compact=True, placeholder=t("new.employee_hint"))
            yield PlainLabel(t("new.manager"))
            yield OrderedInput(given.manager, id="manager", compact=True)
            yield PlainLabel(t("new.agenda"))
            agenda = given.agenda or (choices[0][1] if choices else Select.BLANK)
            yield OrderedSelect(
                choices, value=agenda, allow_blank=not choices, prompt=t("new.agenda_none"), id="agenda-choice", compact=True
            )
            yield PlainLabel(t("new.date"))
            yield OrderedInput(given.date or today.isoformat(), id="date", compact=True, placeholder=t("date.hint"))
            yield Plain(id="form-error", classes="error")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.query_one("#manager" if self.given.employee else "#employee", Input).focus()
        self.load_people()

    @work(thread=True, exclusive=True, group="new-meeting-people")
    def load_people(self) -> None:
        try:
            people = known_people(self.app.store)
        except StoreError:
            return  # only suggestions: the start screen reports a store it cannot list
        self.app.call_from_thread(self._people_loaded, people)

    def _people_loaded(self, people: KnownPeople) -> None:
        self.people = people
        # Names as shown (single_line): a suggestion is drawn as it is.
        self.query_one("#employee", Input).suggester = SuggestFromList(people.employees, case_sensitive=False)
        self._fill_in_manager()

    @on(Input.Changed, "#employee")
    def _employee_changed(self) -> None:
        self._fill_in_manager()

    def _fill_in_manager(self) -> None:
        """A known employee's manager from their latest conversation, unless one was typed."""
        if self.people is None:
            return
        manager = self.query_one("#manager", Input)
        if manager.value not in ("", self._manager_filled_in):
            return  # typed by hand: theirs
        known = self.people.manager_of(self.query_one("#employee", Input).value) or ""
        self._manager_filled_in = known
        manager.value = manager.given = known  # the form's, not typing: Esc need not ask for it

    def on_input_submitted(self) -> None:
        if self.focused is self.query_one("#date", Input):
            self.action_save()
        else:
            self.focus_next()

    def result(self) -> Meeting | None:
        request = NewMeeting(
            employee=self.query_one("#employee", Input).value,
            manager=self.query_one("#manager", Input).value,
            agenda=str(self.query_one("#agenda-choice", Select).value),
            date=self.query_one("#date", Input).value,
            profile=self.given.profile,
            share=self.given.share,
        )
        try:
            return plan_meeting(self.app.store, request, self.app.clock.now().date(), language())
        except InvalidRequest as error:
            self.query_one("#form-error", Static).update(str(error))
            return None
