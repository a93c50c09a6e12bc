"""Ask for one line of text (a topic title, a hard end time)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from ..widgets.key_bar import KeyBar
from ..widgets.ordered_keys import OrderedInput
from ..widgets.plain import Plain
from .form import FormScreen


class PromptScreen(FormScreen[str]):
    def __init__(self, question: str, value: str, validate: Callable[[str], str | None] | None = None) -> None:
        super().__init__()
        self.question = question
        self.value = value
        self.validate = validate

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Plain(self.question, classes="question")
            yield OrderedInput(self.value, id="prompt-input")
            yield Plain(id="prompt-error", classes="error")
        yield KeyBar(palette=True)

    def on_mount(self) -> None:
        self.query_one(Input).focus()

    def on_input_submitted(self) -> None:
        self.action_save()

    def result(self) -> str | None:
        value = self.query_one(Input).value
        problem = self.validate(value) if self.validate else None
        if problem:
            self.query_one("#prompt-error", Static).update(problem)
            return None
        return value


def ask_date(app, question: str, today, then: Callable[[str], None]) -> None:
    """Ask on which date something happened (default today); call `then` with it as an ISO date."""
    from ...domain import dates

    def valid(value: str) -> str | None:
        try:
            dates.parse_date(value, today)
        except dates.DateError as error:
            return str(error)
        return None

    def answered(value: str | None) -> None:
        if value is not None:
            then(dates.parse_date(value, today).isoformat())

    app.push_screen(PromptScreen(question, today.isoformat(), validate=valid), answered)
