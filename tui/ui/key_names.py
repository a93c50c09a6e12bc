"""Keys as the UI names them, in its language: F1's list ("Ctrl+S", "Spatie") and the footer ("^S", "Esc").

Textual names keys as they are bound ("delete", "escape", "ctrl+p"): English, lower case.
"""

from __future__ import annotations

from ..i18n import t

# Characters bound by their Textual name.
CHARACTERS = {
    "plus": "+", "minus": "-", "equals_sign": "=", "less_than_sign": "<", "greater_than_sign": ">",
    "comma": ",", "full_stop": ".", "slash": "/", "question_mark": "?",
}
# Named keys, through the message tables (keyname.*).
NAMED = {
    "escape", "enter", "tab", "space", "delete", "backspace", "insert", "home", "end",
    "pageup", "pagedown", "up", "down", "left", "right",
}


def key_name(key: str) -> str:
    """One bound key as F1 lists it: 'Ctrl+S', 'F2', 'Del', 'Spatie', '+', 'x'."""
    key = key.strip()
    if key.startswith("ctrl+"):
        return t("keyname.ctrl") + "+" + key_name(key[5:]).upper()
    return _plain(key)


def key_display(key: str) -> str:
    """The same, short for the footer: '^S' for Ctrl+S."""
    key = key.strip()
    if key.startswith("ctrl+"):
        return "^" + key_name(key[5:]).upper()
    return _plain(key)


def _plain(key: str) -> str:
    if key in CHARACTERS:
        return CHARACTERS[key]
    if key in NAMED:
        return t(f"keyname.{key}")
    if key.startswith("f") and key[1:].isdigit():
        return key.upper()
    return key
