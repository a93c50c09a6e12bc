"""What the app's full screens have in common."""

from __future__ import annotations

from collections.abc import Iterable

from textual.app import SystemCommand
from textual.screen import Screen


class AppScreen(Screen[None]):
    """A full screen of the app (not a dialog): offers its actions in the command palette."""

    def palette_commands(self) -> Iterable[SystemCommand]:
        return ()

    def quit_question(self) -> str | None:
        """What to ask before Ctrl+Q quits, for work here that has not reached where it is going;
        None when quitting may go ahead."""
        return None

    def save_typing(self, timeout: float) -> bool:
        """Hand what is typed here to the disk and wait up to `timeout` seconds; whether it got
        there. Screens whose typing goes through the app's autosaver have nothing to add."""
        return True

    def rescue_typing(self) -> list[str]:
        """save_typing did not get it there and the app must go: keep it elsewhere (store/rescue.py);
        what to tell, once the terminal is back."""
        return []

    def typing_keys_need(self) -> str | None:
        """Where the focus must be for this screen's one-character keys (+, i, v) to act, as
        F1 says it; None when they act wherever it is (no text field takes them first)."""
        return None
