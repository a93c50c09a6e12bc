"""The agreement form: what, who, how, by when, and how progress is followed up."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from ....domain import dates
from ....domain.model import Agreement, Approach, FormKind, Owner
from ....i18n import t
from ...dialogs.form import FormScreen
from ...display import due_text, enum_options
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedInput, OrderedSelect
from ...widgets.plain import Plain, PlainLabel
from .session import Session


class AgreementForm(FormScreen[Agreement]):
    """Edits `agreement` in place on save; a new one (None) is handed back to be added.

    Until it is saved, what is typed is only the meeting's form draft, never an agreement.
    """

    def __init__(self, session: Session, agreement: Agreement | None, restore: dict[str, str] | None = None) -> None:
        super().__init__()
        self.session = session
        self.agreement = agreement or Agreement(what="")
        self.clock = session.clock
        self.kept_by(session.keeper(FormKind.AGREEMENT, agreement.id if agreement else ""), restore)

    def compose(self) -> ComposeResult:
        a = self.agreement
        with VerticalScroll(classes="dialog form"):
            yield Plain(t("agreement.form_title"), classes="question")
            yield PlainLabel(t("agreement.what"))
            yield OrderedInput(a.what, id="what", compact=True, placeholder=t("agreement.what_hint"))
            yield PlainLabel(t("agreement.owner"))
            yield OrderedSelect(enum_options(Owner, "owner"), value=a.owner.value, allow_blank=False, id="owner", compact=True)
            yield PlainLabel(t("agreement.approach"))
            yield OrderedSelect(
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

    def _apply(self, what: str, due: str | None) -> Agreement:
        a = self.agreement
        a.what = what
        a.owner = Owner(self.query_one("#owner", Select).value)
        a.approach = Approach(self.query_one("#approach", Select).value)
        a.approach_note = self.query_one("#approach_note", Input).value.strip()
        a.due = due
        a.follow_up = self.query_one("#follow_up", Input).value.strip()
        return a
