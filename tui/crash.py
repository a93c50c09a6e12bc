"""What the app prints when an unexpected error escapes a screen: where, never what.

Textual's own report is a traceback with the local variables of every frame and the
error's message: the meeting on screen, its notes, names and agreements, left in the
terminal's scrollback or pasted into a bug report. This one names the kind of error and
the code it passed through (file, line, function), and says where the data is.
"""

from __future__ import annotations

import sys
import traceback

from .i18n import t

# The innermost frames: where it went wrong, short enough to read at 80x24.
FRAMES = 6


def crash_message(error: BaseException | None) -> str:
    """The short report for `error`: its type and the code it passed through, no values."""
    # A worker's failure wraps the real error (textual.worker.WorkerFailed.error).
    error = getattr(error, "error", error)
    name = type(error).__name__ if error is not None else "?"
    frames = traceback.extract_tb(error.__traceback__)[-FRAMES:] if error is not None else []
    where = "\n".join(f"  {frame.filename}:{frame.lineno} in {frame.name}" for frame in frames)
    return t("crash.message", error=name) + ("\n" + where if where else "")


class ReportsCrashesWithoutContent:
    """Mixin for the Textual App (listed before App): the short report instead of Textual's.

    Workaround, the one place the app overrides private Textual API (Textual 8.2.8). Textual
    has no public hook for an unhandled error: every message handler, worker and callback
    that raises ends in App._handle_exception, which calls App._fatal_error(), and that prints
    rich's Traceback with show_locals=True, the record's content included (the meeting, its
    notes, names and agreements). App.panic is public, so this override only decides what to
    show. tests/test_crash.py checks that Textual still calls _fatal_error(self) with no
    arguments from _handle_exception; when that test fails, this hook must be looked at again.
    """

    def _fatal_error(self) -> None:
        # Textual calls this from App._handle_exception, inside the except block.
        from rich.text import Text

        self.bell()
        self.panic(Text(crash_message(sys.exc_info()[1])))
