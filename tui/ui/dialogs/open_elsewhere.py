"""A live meeting that another window holds open: read it, open it here anyway, or leave it."""

from __future__ import annotations

from typing import Literal

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen

from ...i18n import t
from ..styles import FORMS_CSS
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain

Choice = Literal["read", "open"]


class OpenElsewhereScreen(ModalScreen[Choice | None]):
    """What opening it here too would do, said before it happens; reading it is the safe default (Enter)."""

    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding(t("open_elsewhere.read_keys"), "answer('read')", t("open_elsewhere.key.read")),
        Binding(t("open_elsewhere.open_keys"), "answer('open')", t("open_elsewhere.key.open")),
        Binding("escape", "answer(None)", t("key.cancel")),
    ]

    def __init__(self, employee: str) -> None:
        super().__init__()
        self.employee = employee

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Plain(t("open_elsewhere.title"), classes="question")
            yield Plain(t("open_elsewhere.what_happens", employee=self.employee))
            yield Plain(t("open_elsewhere.hint"), classes="hint")
        yield KeyBar(palette=True)

    def action_answer(self, choice: Choice | None) -> None:
        self.dismiss(choice)
