"""Base for forms: ctrl+s saves; Esc never throws typed text away without asking; and what is
typed in a form that edits a meeting reaches the disk as the meeting's form draft."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen
from textual.widgets import Input, Select
from textual.widgets.select import InvalidSelectValueError

from ...i18n import t
from ..styles import FORMS_CSS
from ..widgets.ordered_keys import OrderedInput, OrderedSelect
from .confirm import ConfirmScreen

ResultType = TypeVar("ResultType")

# Called with a form's field values while it holds something typed, with None once it holds
# nothing (closed, or back to what it first showed). The meeting keeps them as its form draft.
DraftKeeper = Callable[[dict[str, str] | None], None]


class KeepsTyping:
    """For a screen with fields (OrderedInput, OrderedSelect, each with an id): knows whether
    something was typed, and hands it to a DraftKeeper as it is typed, so it is saved like a note."""

    _keeper: DraftKeeper | None = None
    _restore: dict[str, str] | None = None

    def kept_by(self, keeper: DraftKeeper, restore: dict[str, str] | None = None):
        """Keep what is typed through `keeper`; open with the `restore`d values (a draft)."""
        self._keeper = keeper
        self._restore = restore
        return self

    @property
    def keeps_typing(self) -> bool:
        return self._keeper is not None

    def on_mount(self) -> None:
        # Now, not after a refresh: a key typed as soon as the form has the focus would be overwritten.
        if self._restore:
            self.restore(self._restore)

    def _fields(self) -> list[OrderedInput | OrderedSelect]:
        return [widget for widget in self.query("Input, Select") if widget.id]

    def field_values(self) -> dict[str, str]:
        return {w.id: "" if w.value is Select.BLANK else str(w.value) for w in self._fields()}

    def restore(self, values: dict[str, str]) -> None:
        for widget in self._fields():
            value = values.get(widget.id)
            if value is None:
                continue
            try:
                widget.value = value
            except InvalidSelectValueError:
                pass  # a choice the form no longer offers: keep its default

    @property
    def dirty(self) -> bool:
        """Something was typed or chosen that Esc would throw away.

        A field differs from what the form put in it (its defaults, or the record being edited):
        not read back from the fields once drawn, as keys typed the moment the form has the focus
        can come first; not by counting Changed events, which filling in a default posts too.
        """
        return any(field.value != field.given for field in self._fields())

    def on_input_changed(self, event: Input.Changed) -> None:
        self.keep()

    def on_select_changed(self, event: Select.Changed) -> None:
        self.keep()

    def keep(self) -> None:
        """Hand what the fields hold now to the keeper (nothing, when nothing was typed)."""
        if self._keeper is not None:
            self._keeper(self.field_values() if self.dirty else None)

    def salvage(self) -> None:
        """The app is going down with nobody to ask (SIGHUP/SIGTERM): keep what was typed."""
        self.keep()

    def release(self) -> None:
        """Closed on purpose: nothing left to keep."""
        if self._keeper is not None:
            self._keeper(None)


class FormScreen(KeepsTyping, ModalScreen[ResultType]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [
        Binding("ctrl+s,f2", "save", t("key.save")),
        Binding("escape", "cancel", t("key.cancel")),
        # A modal screen does not pass the app's F1 on: it needs its own.
        Binding("f1", "app.help", t("key.help"), key_display="F1"),
    ]

    def result(self) -> ResultType | None:
        """The value to hand back, or None (after telling the user why) if not valid."""
        raise NotImplementedError

    def close(self, value: ResultType | None) -> None:
        self.release()
        self.dismiss(value)

    def action_save(self) -> None:
        value = self.result()
        if value is not None:
            self.close(value)

    def action_cancel(self) -> None:
        if not self.dirty:
            self.close(None)
            return

        def answered(discard: bool | None) -> None:
            if discard:
                self.close(None)

        self.app.push_screen(ConfirmScreen(t("form.discard")), answered)
