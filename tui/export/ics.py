"""The follow-up conversation as an iCalendar (RFC 5545) event.

The icalendar package folds the lines (text values are escaped here, see
_text_type); it is imported only when an event is rendered, so it costs nothing
at start-up.
"""

from __future__ import annotations

import functools

import pendulum

from .. import __version__
from ..domain.dates import as_date, long_date
from ..domain.model import Meeting
from ..domain.safe_text import inert, single_line
from ..i18n import normalise_language, t

PRODID = f"-//gesprek//gesprek {__version__}//EN"


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


def _text(value: str):
    """A TEXT value with nothing a terminal acts on and nothing UTF-8 cannot hold."""
    return _text_type()(inert(value))


def _escape_text(value: str) -> str:
    """RFC 5545 3.3.11 TEXT escaping: backslash first, then ; , and line breaks."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


@functools.cache
def _text_type() -> type:
    import icalendar

    class Text(icalendar.vText):
        # Workaround: icalendar 7.3.2 (parser/string.py _escape_char, used by vText.to_ical) first
        # reads a literal "\N" as a line break (vText takes "\N" for one), so an agreement "pad\Naar"
        # came back as two lines. We escape TEXT ourselves; its parser reads "\\N" back as "\N".
        def to_ical(self) -> bytes:
            return _escape_text(str(self)).encode(self.encoding)

    return Text


def render_ics(meeting: Meeting, now: pendulum.DateTime) -> str | None:
    """One all-day VEVENT on meeting.next_followup; None when no date is set."""
    start = as_date(meeting.next_followup)
    if start is None:
        return None
    import icalendar  # ~60 ms to import: only for this export

    lang = normalise_language(meeting.lang)
    summary = t(
        "export.ics.summary",
        lang,
        employee=single_line(meeting.employee),
        manager=single_line(meeting.manager),
    )
    calendar = icalendar.Calendar()
    calendar.add("version", "2.0")
    calendar.add("prodid", PRODID)
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    event = icalendar.Event()
    # Stable per meeting, so importing a newer export updates the same event.
    event.add("uid", _text(f"{meeting.id}-followup@gesprek"))
    event.add("dtstamp", now.in_timezone("UTC"))
    event.add("dtstart", start)
    event.add("dtend", start.add(days=1))
    # The store bumps revision on every save: a sequence that never goes back.
    event.add("sequence", meeting.revision)
    event.add("summary", _text(summary))
    event.add("description", _text(_description(meeting, lang)))
    # A reminder of a conversation to plan, not a day blocked in the agenda.
    event.add("transp", "TRANSPARENT")
    calendar.add_component(event)
    # In the order added: the order the event's parts were always written in.
    return calendar.to_ical(sorted=False).decode()
