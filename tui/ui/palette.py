"""The command palette's commands: the app's and the screen's (get_system_commands), in the UI's language.

Textual's own provider (SystemCommandsProvider) finds them; when nothing matches, the palette
itself would say "No matches found", in English, from a private method. This provider then
offers one entry of its own that says so in the UI's language (Enter on it opens F1's list),
so the palette always has a match and never shows its own text.
"""

from __future__ import annotations

from rich.text import Text
from textual.command import Hit, Hits
from textual.system_commands import SystemCommandsProvider

from ..i18n import t

# Below any real match's score (Textual's fuzzy matcher scores above 0).
NO_MATCH_SCORE = 0.0


class Commands(SystemCommandsProvider):
    async def search(self, query: str) -> Hits:
        found = False
        async for hit in super().search(query):
            found = True
            yield hit
        if not found and query.strip():
            yield Hit(NO_MATCH_SCORE, Text(t("palette.no_match")), self.app.action_help, help=t("palette.no_match_help"))
