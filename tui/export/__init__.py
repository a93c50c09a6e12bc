"""Exports: the report as Markdown, the record as JSON, the follow-up as iCalendar.

Exports hold confidential notes, so files are written private to the user
(0600) and atomically: a crash leaves the old file or the new one, never half.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pendulum

from ..domain.model import Meeting
from ..i18n import t
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
        return render_markdown(meeting)
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
    path = Path(path)
    temp: str | None = None
    try:
        # mkstemp opens with O_EXCL and 0600 in the target's own folder, so the
        # final os.replace is a rename within one file system.
        fd, temp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), 0o600)
            handle.write(text.encode())
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
        temp = None
    except OSError as error:
        raise ExportError(t("export.error.write", path=path, reason=error.strerror or error)) from error
    finally:
        if temp is not None:
            with contextlib.suppress(OSError):
                os.unlink(temp)
