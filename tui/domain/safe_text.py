"""Making text from people harmless to show in a terminal or write to a file.

Notes, names and agendas may hold pasted terminal escape sequences (clear the
screen, set the clipboard via OSC 52, rewrite the window title), bidi marks or
overrides that make text read differently from what it is, or zero-width
characters that hide text. Every such character is replaced by its Python
escape notation (ESC -> the four characters ``\\x1b``, U+202E -> ``\\u202e``):
visible, one consistent form, and the rest of the sequence is then plain text.

Everything gesprek shows goes through here: the TUI's widgets and text fields,
the exports, and what the command line writes to stdout and stderr.
"""

from __future__ import annotations

import re

# What a terminal acts on, or what hides or reorders text on screen.
_ACTIVE = (
    "\x00-\x08\x0b-\x1f\x7f-\x9f"  # C0 but tab and newline, DEL, C1 (e.g. 0x9b, a one-byte CSI)
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidi marks, embeddings, overrides, isolates
    "\u200b-\u200d\u2060-\u2064\ufeff"  # zero widths, word joiner, invisible operators, BOM
    "\ud800-\udfff"  # lone surrogates (from JSON escapes): cannot even be written as UTF-8
)
# A carriage return moves the cursor back over what was written; pasted Windows
# text is the common source. It and U+2028/U+2029 (line and paragraph separators,
# which some terminals break on and others do not) become a newline.
_BREAKS = "\r\u2028\u2029"
# One character class, so the search stays a fast scan: it runs over every meeting
# in the store. The optional newline makes a CRLF one match.
_INERT = re.compile(f"[{_ACTIVE}{_BREAKS}]\n?")
_JSON_ACTIVE = re.compile(f"[{_ACTIVE}{_BREAKS}]")
_LINE_BREAK = re.compile(r"\s*\n\s*")
_TO_SPACE = str.maketrans("\n\t", "  ")


def _escaped(char: str) -> str:
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def _visible(match: re.Match[str]) -> str:
    char, newline = match.group()[0], match.group()[1:]
    if char == "\r":
        return "\n"  # a CRLF is one line break
    return ("\n" if char in _BREAKS else _escaped(char)) + newline


def inert(text: str) -> str:
    """`text` with every control, escape, bidi and zero-width character made visible.

    Newlines and tabs stay, so multi-line notes keep their shape. The command
    line writes all its text through this.
    """
    return _INERT.sub(_visible, text)


def single_line(text: str) -> str:
    """inert(text) on one line: for titles, names and table cells."""
    return _LINE_BREAK.sub(" ", inert(text)).replace("\t", " ").strip()


def input_line(text: str) -> str:
    """inert(text) for a one-line text field: each line break or tab becomes a space.

    Unlike single_line nothing is trimmed or joined, so a space typed at the end
    stays and the cursor stays where the text was typed.
    """
    return inert(text).translate(_TO_SPACE)


def inert_json(text: str) -> str:
    """Serialized JSON with the characters `inert` would change written as \\u escapes.

    The data stays exactly the same (json.loads gives it back), but printing it is
    harmless. json.dumps already escapes C0; with ensure_ascii=False it writes the
    rest as they are, and they can only occur inside strings.
    """
    return _JSON_ACTIVE.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
