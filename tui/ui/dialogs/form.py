"""Base for modal forms: ctrl+s saves; Esc never throws typed text away without asking."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

from ...i18n import t
from ..styles import FORMS_CSS
from .confirm import ConfirmScreen

ResultType = TypeVar("ResultType")


class FormScreen(ModalScreen[ResultType]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding("ctrl+s,f2", "save", t("key.save")),
        Binding("escape", "cancel", t("key.cancel")),
        # A modal screen does not pass the app's F1 on: it needs its own.
        Binding("f1", "app.help", t("key.help"), key_display="F1"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self._shown: list[object] | None = None

    def on_mount(self) -> None:
        # What the form shows before anyone types: its defaults, or the record being edited.
        # Comparing with it (not counting Changed events, which filling in a default posts
        # too) means Esc on an untouched form just closes it.
        self.call_after_refresh(self._remember_shown)

    def _remember_shown(self) -> None:
        self._shown = self._values()

    def _values(self) -> list[object]:
        return [widget.value for widget in self.query("Input, Select")]

    @property
    def dirty(self) -> bool:
        """Something was typed or chosen that Esc would throw away."""
        return self._shown is not None and self._values() != self._shown

    def salvage(self) -> None:
        """The app is going down with nobody to ask (SIGHUP/SIGTERM): keep what was typed."""

    def result(self) -> ResultType | None:
        """The value to hand back, or None (after telling the user why) if not valid."""
        raise NotImplementedError

    def action_save(self) -> None:
        value = self.result()
        if value is not None:
            self.dismiss(value)

    def action_cancel(self) -> None:
        if not self.dirty:
            self.dismiss(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.dismiss(None)

        self.app.push_screen(ConfirmScreen(t("form.discard")), answered)
