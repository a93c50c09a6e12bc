"""Making text from people harmless to show in a terminal or write to a file.

Notes, names and agendas may hold pasted terminal escape sequences (clear the
screen, set the clipboard via OSC 52, rewrite the window title) or bidi
overrides that make text read differently from what it is. Every such
character is replaced by its Python escape notation (ESC -> the four
characters ``\\x1b``, U+202E -> ``\\u202e``): visible, one consistent form,
and the rest of the sequence is then plain text.
"""

from __future__ import annotations

import re

# C0 except tab and newline, DEL, C1, bidi embeddings/overrides and isolates.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# A carriage return moves the cursor back over what was written; pasted
# Windows text is the common source, so it becomes a newline rather than noise.
_CARRIAGE_RETURN = re.compile(r"\r\n?")
_LINE_BREAK = re.compile(r"\s*\n\s*")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: str) -> str:
    """`text` with every control, escape and bidi override character made visible.

    Newlines and tabs stay, so multi-line notes keep their shape.
    """
    return _UNSAFE.sub(_visible, _CARRIAGE_RETURN.sub("\n", text))


def single_line(text: str) -> str:
    """inert(text) on one line: for titles, names and table cells."""
    return _LINE_BREAK.sub(" ", inert(text)).replace("\t", " ").strip()
