"""The footer: the keys that work here, as one line of text."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.screen import Screen
from textual.widget import Widget

from ...i18n import t

Key = tuple[str, str, bool]  # (key as shown, what it does, enabled)
DISABLED = Style(dim=True)
# Textual's own bindings that can reach the footer speak English: say them in the UI's language.
TEXTUAL_DESCRIPTIONS = {"Dismiss menu": "key.dismiss_menu"}


def describe(binding) -> str:
    key = TEXTUAL_DESCRIPTIONS.get(binding.description)
    return t(key) if key else binding.description


class KeyBar(Widget, can_focus=False):
    """Shows the screen's active bindings as Textual's Footer does, in one widget.

    The Footer makes a widget per key and rebuilds them all whenever focus moves:
    ~25 ms more before the first frame, and a repaint over SSH on every focus change.
    This repaints only when the keys shown change. With `palette`, the command palette's
    key is shown at the right, as the Footer's show_command_palette does.
    """

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, palette: bool = False, **kwargs) -> None:
        super().__init__(**kwargs)
        self._palette = palette
        self._keys: tuple[Key, ...] = ()
        self._palette_key: Key | None = None

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._keys, self._palette_key = self._active_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen) -> None:
        shown = self._active_keys()
        if shown != (self._keys, self._palette_key):
            self._keys, self._palette_key = shown
            self.refresh()

    def _active_keys(self) -> tuple[tuple[Key, ...], Key | None]:
        app = self.app
        active = self.screen.active_bindings
        keys: dict[str, Key] = {}  # one key per action, the first bound, as the Footer shows
        for _node, binding, enabled, _tooltip in active.values():
            if binding.show and binding.action not in keys:
                keys[binding.action] = (app.get_key_display(binding), describe(binding), enabled)
        palette_key = None
        if self._palette and app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
            _node, binding, enabled, _tooltip = active[app.COMMAND_PALETTE_BINDING]
            palette_key = (app.get_key_display(binding), describe(binding), enabled)
        return tuple(keys.values()), palette_key

    def render(self) -> Text:
        line = Text(no_wrap=True, overflow="crop", end="")
        palette = None
        if self._palette_key is not None:
            palette = Text(end="")
            palette.append("▏", DISABLED)
            self._append(palette, self._palette_key).append(" ")
        room = self.size.width - (palette.cell_len + 1 if palette is not None else 0)
        for key in self._keys:
            shown = self._append(Text(end=""), key)
            if self.size.width and line.cell_len + shown.cell_len > room:
                break  # whole keys only: "^S Pu" would say nothing
            line.append_text(shown)
            line.append(" ")
        if palette is not None:
            line.append(" " * max(1, self.size.width - line.cell_len - palette.cell_len))
            line.append_text(palette)
        return line

    def _append(self, line: Text, key: Key) -> Text:
        shown, description, enabled = key
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        if not enabled:
            key_style, description_style = key_style + DISABLED, description_style + DISABLED
        line.append(shown, key_style)
        if description:
            line.append(" " + description, description_style)
        return line
