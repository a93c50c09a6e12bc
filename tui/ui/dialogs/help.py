"""Every key of the screen underneath, generated from its bindings so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen

from ...i18n import t
from ..styles import FORMS_CSS
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain


def _keys(binding: Binding) -> str:
    return ", ".join(_key_name(k.strip()) for k in binding.key.split(","))


def _key_name(key: str) -> str:
    names = {
        "plus": "+", "minus": "-", "equals_sign": "=", "less_than_sign": "<", "greater_than_sign": ">",
        "comma": ",", "full_stop": ".", "escape": "Esc", "enter": "Enter", "slash": "/",
        "question_mark": "?", "space": "Space", "tab": "Tab",
    }
    if key.startswith("ctrl+"):
        return "Ctrl+" + key[5:].upper()
    return names.get(key, key.upper() if key.startswith("f") and key[1:].isdigit() else key)


class HelpScreen(ModalScreen[None]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [Binding("escape,f1,q", "close", t("key.close"))]

    def __init__(self, screen: Screen) -> None:
        super().__init__()
        self.for_screen = screen

    def compose(self) -> ComposeResult:
        table = Table(box=None, show_header=False, padding=(0, 1))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for keys, description in self.rows():
            table.add_row(keys, description)
        table.add_row("Ctrl+P", t("key.palette"))
        table.add_row("Tab", t("key.focus_next"))
        with VerticalScroll(classes="dialog help"):
            yield Plain(t("help.title"), classes="question")
            yield Plain(table)
        yield KeyBar(palette=True)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do): one row per action, all its keys together. A key with two
        meanings (Ctrl+S: a note, or before the start a prepared point) shows the one it has now."""
        bindings = [
            b for group in (self.for_screen.BINDINGS, self.app.BINDINGS) for b in group
            if isinstance(b, Binding) and b.description and b.action != "command_palette"  # listed below
        ]
        shared = {b.key for b in bindings if sum(other.key == b.key for other in bindings) > 1}
        rows: dict[str, tuple[list[str], str]] = {}
        for binding in bindings:
            if binding.key in shared and self.for_screen.check_action(binding.action, ()) is False:
                continue
            keys, _ = rows.setdefault(binding.action, ([], binding.description))
            keys.append(_keys(binding))
        return [(", ".join(keys), description) for keys, description in rows.values()]

    def action_close(self) -> None:
        self.dismiss(None)
