"""What the app's full screens have in common."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import SystemCommand
from textual.screen import Screen


class AppScreen(Screen[None]):
    """A full screen of the app (not a dialog): offers its actions in the command palette."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        return ()

    def typing_keys_need(self) -> str | None:
        """Where the focus must be for this screen's one-character keys (+, i, v) to act, as
        F1 says it; None when they act wherever it is (no text field takes them first)."""
        return None
