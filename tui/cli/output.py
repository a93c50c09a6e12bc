"""The one way the command line writes to the terminal: nothing in it acts on the terminal.

Templates, names, notes, file names and argv all end up in what is printed; each
goes through safe_text.inert here, whoever built the text.
"""

from __future__ import annotations

import sys
from typing import TextIO

from ..domain.safe_text import inert


def write(text: str, stream: TextIO | None = None, *, is_json: bool = False) -> None:
    """`text` with every escape, control and bidi character made visible (see inert).

    JSON (made by json_export.safe_json) is written as it is: safe_json escapes those
    characters inside its strings, where inert would break it (\\x1b is no JSON escape).
    """
    if not is_json:
        # A CR right before its LF moves nothing on screen, and an .ics needs its CRLFs.
        text = "\r\n".join(inert(part) for part in text.split("\r\n"))
    (stream or sys.stdout).write(text)


def line(text: str = "", stream: TextIO | None = None) -> None:
    write(text + "\n", stream)


def warn(message: object) -> None:
    line(f"gesprek: {message}", sys.stderr)


def error(message: object) -> int:
    """warn(message); the exit code of a failed command."""
    warn(message)
    return 1

