"""Text fields that act on every key in the order it was typed.

Textual 8 inserts printable characters in the focused widget's own queue but
runs bindings (Backspace, Tab, Ctrl+S, ...) only after the key has bubbled up
to the app, so in a burst of keys (a fast typist over a laggy SSH line, a
paste) a binding takes effect after characters typed later
(Textualize/textual#6605): `cafe`, 4×Backspace, `Karim` became `cafeK`. These
widgets run a bound key's action as the key arrives, and pass on keys that
were routed to them before a key earlier in the burst moved the focus away.
Every text field and choice list of a form is one of these (a test checks).
"""

from __future__ import annotations

from textual import events
from textual.widgets import OptionList, Select

from .safe_inputs import SafeInput, SafeTextArea


class _InOrder:
    TYPES = True  # printable keys are text typed into the field, not bindings

    async def on_key(self, event: events.Key) -> None:
        # Runs before the field's own key handling (it comes first in the MRO).
        focused = self.app.focused
        if focused is not None and self in focused.ancestors:
            return  # bubbling up from a part of this widget (a Select's open menu): theirs
        if focused is not None and focused is not self:
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        if event.is_printable and self.TYPES:
            return  # typed into the field by its own handler, in order
        # The binding the app would run for this key: focused widget, then screen, then app.
        # Priority bindings never get here: the app runs those before routing the key.
        active = self.screen.active_bindings.get(event.key)
        if active is None or not active.enabled or active.binding.priority:
            return
        if await self.app.run_action(active.binding.action, active.node):
            event.stop()
            event.prevent_default()
        # Else the action declined (SkipAction): the key goes up, and the app tries the next binding.


class OrderedInput(_InOrder, SafeInput):
    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        # What the screen put in it (built with, as shown; or filled in since): a form compares
        # with it to know what was typed, whenever the typing arrived.
        self.given: str = self.value

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # One line never scrolls up or down: ↑/↓/PgUp/PgDn are the screen's (a list's cursor),
        # and a disabled action leaves the key to the next binding in active_bindings.
        if action in ("scroll_up", "scroll_down", "page_up", "page_down"):
            return False
        return super().check_action(action, parameters)


class NoteEditor(_InOrder, SafeTextArea):
    pass


class OrderedSelect(_InOrder, Select):
    TYPES = False  # closed, a Select types nothing: Space opens it, a letter is nobody's

    def __init__(self, options, *, value, **kwargs) -> None:
        super().__init__(options, value=value, **kwargs)
        self.given = value  # as OrderedInput.given; a value always given: a Select sets its own only once mounted


class OrderedOptionList(_InOrder, OptionList):
    TYPES = False  # a list types nothing: its keys are bindings (the agenda's +, i, x, ...)
