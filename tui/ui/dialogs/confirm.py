"""A yes/no question; nothing happens unless the user says yes."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from ...i18n import t
from ..styles import FORMS_CSS
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain


class ConfirmScreen(ModalScreen[bool]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding(t("confirm.yes_keys"), "answer(True)", t("key.yes")),
        Binding("n,escape", "answer(False)", t("key.no")),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Plain(self.question, classes="question")
            yield Plain(t("confirm.hint"), classes="hint")
        yield KeyBar(palette=True)

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
