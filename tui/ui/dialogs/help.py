"""Every key of the screen underneath, generated from its bindings so it never goes stale."""

from __future__ import annotations

from rich.table import Table
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen, Screen

from ...i18n import t
from ..key_names import key_name
from ..styles import FORMS_CSS
from ..widgets.key_bar import KeyBar
from ..widgets.plain import Plain


def _table(rows: list[tuple[str, str]], key_width: int) -> Table:
    table = Table(box=None, show_header=False, padding=(0, 1))
    table.add_column(style="bold", no_wrap=True, min_width=key_width)
    table.add_column()
    for keys, description in rows:
        table.add_row(keys, description)
    return table


class HelpScreen(ModalScreen[None]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [Binding("escape,f1,q", "close", t("key.close"))]

    def __init__(self, screen: Screen, typing_keys_need: str | None = None) -> None:
        """`typing_keys_need`: where the focus must be for the screen's one-character keys
        to act (e.g. on the agenda), if only there; they are then listed apart."""
        super().__init__()
        self.for_screen = screen
        self.typing_keys_need = typing_keys_need

    def compose(self) -> ComposeResult:
        general = [*self.rows(), (key_name("ctrl+p"), t("key.palette")), (key_name("tab"), t("key.focus_next"))]
        typing = self.typing_rows()
        # One key column width for both tables, so they read as one list.
        width = max(len(keys) for keys, _ in general + typing)
        with VerticalScroll(classes="dialog help"):
            yield Plain(t("help.title"), classes="question")
            yield Plain(_table(general, width))
            if typing:
                yield Plain(self.typing_keys_need, classes="help-place")
                yield Plain(_table(typing, width))
        yield KeyBar(palette=True)

    def rows(self) -> list[tuple[str, str]]:
        """(keys, what they do) for the keys that act wherever the focus is: one row per
        action, all its keys together. A key with two meanings (Ctrl+S: a note, or before
        the start a prepared point) shows the one it has now."""
        return self._rows(typing=False)

    def typing_rows(self) -> list[tuple[str, str]]:
        """The same for the one-character keys, when the screen says they act only with a
        certain part focused (typing_keys_need); else they are among rows()."""
        return self._rows(typing=True) if self._typing_apart() else []

    def _typing_apart(self) -> bool:
        return self.typing_keys_need is not None

    def _rows(self, typing: bool) -> list[tuple[str, str]]:
        apart = self._typing_apart()
        bindings = [
            b for group in (self.for_screen.BINDINGS, self.app.BINDINGS) for b in group
            # The palette and Tab are listed below; a system binding only shows in the footer.
            if isinstance(b, Binding) and b.description and b.action != "command_palette" and not b.system
        ]
        shared = {b.key for b in bindings if sum(other.key == b.key for other in bindings) > 1}
        rows: dict[str, tuple[list[str], str]] = {}
        for binding in bindings:
            if binding.key in shared and self.for_screen.check_action(binding.action, ()) is False:
                continue
            keys = [key_name(k) for k in binding.key.split(",")]
            if apart:
                keys = [k for k in keys if (len(k) == 1) == typing]  # one character: a typing key
            if keys:
                # The footer's short name has its long one as the tooltip (the agenda's keys).
                listed, _ = rows.setdefault(binding.action, ([], binding.tooltip or binding.description))
                listed.extend(keys)
        return [(", ".join(keys), description) for keys, description in rows.values()]

    def action_close(self) -> None:
        self.dismiss(None)
