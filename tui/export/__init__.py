"""Exports: the report as Markdown, the record as JSON, the follow-up as iCalendar.

Exports hold confidential notes, so files are written private to the user
(0600) and atomically: a crash leaves the old file or the new one, never half.
"""

from __future__ import annotations

from pathlib import Path

import pendulum

from ..domain.model import Meeting
from ..domain.safe_text import inert
from ..i18n import t
from ..store.atomic import write_atomic
from .ics import render_ics
from .json_export import render_json
from .markdown import render_markdown

__all__ = ["FORMATS", "ExportError", "export", "render_ics", "render_json", "render_markdown", "write_export"]

FORMATS = ("md", "json", "ics")


class ExportError(OSError):
    """An export file that could not be written; str() is a user-facing message."""


def export(meeting: Meeting, fmt: str, now: pendulum.DateTime) -> str:
    """The meeting as text in `fmt` ("md", "json" or "ics"); ValueError otherwise."""
    if fmt == "md":
        # Each field is made inert as it is rendered; once more over the whole is a no-op, and
        # catches any text (a catalogue value, a date) that came in by another way.
        return inert(render_markdown(meeting))
    if fmt == "json":
        return render_json(meeting)
    if fmt == "ics":
        text = render_ics(meeting, now)
        if text is None:
            raise ValueError(t("export.error.no_followup"))
        return text
    raise ValueError(t("export.error.format", fmt=fmt))


def write_export(text: str, path: Path) -> None:
    """Write `text` as UTF-8 to `path`, mode 0600 whatever the umask, atomically."""
    try:
        write_atomic(Path(path), text.encode())
    except OSError as error:
        raise ExportError(t("export.error.write", path=path, reason=error.strerror or error)) from error
