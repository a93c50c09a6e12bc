"""A new topic for the agenda: title, minutes and who raised it, in one form."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Input, Select, Static

from ....domain import shaping
from ....domain.model import FormKind, RaisedBy, Topic
from ....i18n import t
from ...dialogs.form import FormScreen
from ...display import enum_options
from ...widgets.key_bar import KeyBar
from ...widgets.ordered_keys import OrderedInput, OrderedSelect
from ...widgets.plain import Plain, PlainLabel
from .session import Session

DEFAULT_MINUTES = 5


class TopicForm(FormScreen[Topic]):
    """Hands back the topic to insert after the agenda's topic `after`; until then what is typed
    is only the meeting's form draft."""

    def __init__(self, session: Session, after: int, restore: dict[str, str] | None = None) -> None:
        super().__init__()
        self.session = session
        self.after = after
        self.kept_by(session.keeper(FormKind.INSERT_TOPIC, str(after)), restore)

    def compose(self) -> ComposeResult:
        # Raised by whoever is speaking, most likely; one key away from the other choices.
        raised_by = RaisedBy(self.session.author.value)
        with VerticalScroll(classes="dialog form"):
            yield Plain(t("topic.form_title"), classes="question")
            yield PlainLabel(t("topic.title"))
            yield OrderedInput(id="title", compact=True)
            yield PlainLabel(t("topic.minutes"))
            yield OrderedInput(str(DEFAULT_MINUTES), id="minutes", compact=True, restrict=r"\d{0,3}")
            yield PlainLabel(t("topic.raised_by"))
            yield OrderedSelect(enum_options(RaisedBy, "side"), value=raised_by.value, allow_blank=False, id="raised_by", compact=True)
            yield Plain(id="form-error", classes="error")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.query_one("#title", Input).focus()

    def on_input_submitted(self) -> None:
        self.focus_next()

    def _topic(self) -> tuple[Topic | None, str | None]:
        """(the topic, None) or (None, what is wrong)."""
        title = self.query_one("#title", Input).value.strip()
        minutes = self.query_one("#minutes", Input).value
        if not title:
            return None, t("topic.title_missing")
        if not minutes.isdigit() or not 1 <= int(minutes) <= shaping.MAX_MINUTES:
            return None, t("topic.minutes_invalid", most=shaping.MAX_MINUTES)
        raised_by = RaisedBy(self.query_one("#raised_by", Select).value)
        return Topic(title=title, planned_minutes=int(minutes), raised_by=raised_by), None

    def result(self) -> Topic | None:
        topic, error = self._topic()
        if error:
            self.query_one("#form-error", Static).update(error)
        return topic
