"""What the app's full screens have in common."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import SystemCommand
from textual.screen import Screen


class AppScreen(Screen[None]):
    """A full screen of the app (not a dialog): offers its actions in the command palette."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        return ()
