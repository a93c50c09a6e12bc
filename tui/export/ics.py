"""The follow-up conversation as an iCalendar (RFC 5545) event, written by hand."""

from __future__ import annotations

import pendulum

from .. import __version__
from ..domain.dates import as_date, long_date
from ..domain.model import Meeting
from ..domain.safe_text import inert, single_line
from ..i18n import normalise_language, t

PRODID = f"-//gesprek//gesprek {__version__}//EN"
_MAX_OCTETS = 75


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newline escaped."""
    return (
        inert(value)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\n", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets of UTF-8 without splitting a character (3.1)."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode())
        if size + octets > _MAX_OCTETS:
            parts.append("".join(current))
            # The continuation starts with one space, which counts towards the limit.
            current, size = [" "], 1
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n".join(parts)


def _description(meeting: Meeting, lang: str) -> str:
    kind = t(f"kind.{meeting.kind.value}", lang)
    lines = [t("export.ics.intro", lang, kind=kind, date=long_date(as_date(meeting.date), lang)), ""]
    agreements = meeting.open_agreements
    if not agreements:
        return "\n".join([*lines, t("export.ics.none_open", lang)])
    lines.append(t("export.ics.open", lang))
    for agreement in agreements:
        values = {"what": single_line(agreement.what), "owner": t(f"owner.{agreement.owner.value}", lang)}
        if agreement.due:
            lines.append(t("export.ics.item_due", lang, due=long_date(as_date(agreement.due), lang), **values))
        else:
            lines.append(t("export.ics.item", lang, **values))
    return "\n".join(lines)


def render_ics(meeting: Meeting, now: pendulum.DateTime) -> str | None:
    """One all-day VEVENT on meeting.next_followup; None when no date is set."""
    start = as_date(meeting.next_followup)
    if start is None:
        return None
    lang = normalise_language(meeting.lang)
    summary = t(
        "export.ics.summary",
        lang,
        employee=single_line(meeting.employee),
        manager=single_line(meeting.manager),
    )
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        # Stable per meeting, so importing a newer export updates the same event.
        f"UID:{escape_text(meeting.id)}-followup@gesprek",
        f"DTSTAMP:{now.in_timezone('UTC').format('YYYYMMDD[T]HHmmss[Z]')}",
        f"DTSTART;VALUE=DATE:{start.format('YYYYMMDD')}",
        f"DTEND;VALUE=DATE:{start.add(days=1).format('YYYYMMDD')}",
        # The store bumps revision on every save: a sequence that never goes back.
        f"SEQUENCE:{meeting.revision}",
        f"SUMMARY:{escape_text(summary)}",
        f"DESCRIPTION:{escape_text(_description(meeting, lang))}",
        # A reminder of a conversation to plan, not a day blocked in the agenda.
        "TRANSP:TRANSPARENT",
        "END:VEVENT",
        "END:VCALENDAR",
    ]
    return "".join(fold(line) + "\r\n" for line in lines)
