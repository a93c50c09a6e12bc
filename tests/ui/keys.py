"""Typing into the focused field through the keys, as a terminal delivers them."""

from __future__ import annotations

from textual import events

# Pilot's own name for a character's key ("space", "asterisk"): bindings see what a terminal sends.
from textual.keys import _character_to_key


async def type_text(pilot, text: str) -> None:
    """Each character of `text` as a key press, in one burst.

    Pilot.press waits for the app to go idle after every key (about 65 ms here), which made
    typing most of a UI test's time. The keys go through the app's key handling all the same;
    the last goes through Pilot.press, so when this returns every key before it is handled too.
    """
    if not text:
        return
    *burst, last = text
    for character in burst:
        key = events.Key(_character_to_key(character), character)
        key.set_sender(pilot.app)  # as the terminal driver does
        pilot.app.post_message(key)
    await pilot.press(last)
