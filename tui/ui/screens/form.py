"""Base for modal forms: ctrl+s saves; Esc never throws typed text away without asking."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

from ...i18n import t

# Dialogs, forms and the screens after the meeting: loaded when one is first shown.
FORMS_CSS = "../forms.tcss"

ResultType = TypeVar("ResultType")


class FormScreen(ModalScreen[ResultType]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding("ctrl+s,f2", "save", t("key.save")),
        Binding("escape", "cancel", t("key.cancel")),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.dirty = False

    def on_input_changed(self) -> None:
        self.dirty = True

    def on_select_changed(self) -> None:
        self.dirty = True

    def result(self) -> ResultType | None:
        """The value to hand back, or None (after telling the user why) if not valid."""
        raise NotImplementedError

    def action_save(self) -> None:
        value = self.result()
        if value is not None:
            self.dismiss(value)

    def action_cancel(self) -> None:
        from .confirm import ConfirmScreen

        if not self.dirty:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(t("form.discard")), answered)
