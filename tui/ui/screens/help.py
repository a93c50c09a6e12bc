"""Every key of the screen underneath, generated from its bindings so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen

from ...i18n import t
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain
from .form import FORMS_CSS


def _keys(binding: Binding) -> str:
    return ", ".join(_key_name(k.strip()) for k in binding.key.split(","))


def _key_name(key: str) -> str:
    names = {
        "plus": "+", "minus": "-", "equals_sign": "=", "less_than_sign": "<", "greater_than_sign": ">",
        "comma": ",", "full_stop": ".", "escape": "Esc", "enter": "Enter",
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
        seen: set[str] = set()
        for bindings in (self.for_screen.BINDINGS, self.app.BINDINGS):
            for binding in bindings:
                if isinstance(binding, Binding) and binding.description and binding.action not in seen:
                    seen.add(binding.action)
                    table.add_row(_keys(binding), binding.description)
        table.add_row("Ctrl+P", t("key.palette"))
        table.add_row("Tab", t("key.focus_next"))
        with VerticalScroll(classes="dialog help"):
            yield Plain(t("help.title"), classes="question")
            yield Plain(table)
        yield KeyBar(palette=True)

    def action_close(self) -> None:
        self.dismiss(None)
