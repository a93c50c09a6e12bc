"""Text fields that run bound keys in order with the characters typed around them.

Textual 8 inserts printable characters in the focused widget's own queue but
runs bindings only after the key has bubbled up to the app, so in a burst of
keys (a fast typist over a laggy SSH line, a paste) a Tab or Ctrl+S can take
effect before or after the wrong characters (Textualize/textual#6605). These
widgets resolve bound keys inline, as the fix proposed upstream does, and pass
on keys that were routed to them before a key earlier in the burst moved the
focus away.
"""

from __future__ import annotations

from textual import events

from .safe_inputs import SafeInput, SafeTextArea


class _InOrder:
    async def _on_key(self, event: events.Key) -> None:
        focused = self.app.focused
        if focused is not None and focused is not self:
            event.stop()
            event.prevent_default()
            focused.post_message(events.Key(event.key, event.character))
            return
        # _check_bindings walks focused widget -> screen -> app, like the app would.
        if not event.is_printable and await self.app._check_bindings(event.key):
            event.stop()
            event.prevent_default()
            return
        await super()._on_key(event)


class OrderedInput(_InOrder, SafeInput):
    pass


class NoteEditor(_InOrder, SafeTextArea):
    pass
