"""What the meeting produced, shown when it ends."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen

from ....domain import dates
from ....domain.minutes import minutes_over
from ....domain.model import Meeting
from ....domain.safe_text import single_line
from ....domain.timer import MeetingTimer
from ....i18n import t
from ...styles import FORMS_CSS
from ...widgets.clock_bar import mmss
from ...widgets.key_bar import KeyBar
from ...widgets.plain import Plain


def summary_text(meeting: Meeting, timer: MeetingTimer) -> Text:
    today = timer.clock.now().date()
    text = Text()
    text.append(t("summary.heading", employee=single_line(meeting.employee)) + "\n\n", style="bold")
    for i, topic in enumerate(meeting.topics):
        spent = timer.spent(i)
        over = minutes_over(topic.planned_minutes, spent)
        text.append(f" {mmss(spent)} / {topic.planned_minutes:>3}m {f'+{over}' if over else '':<4} ")
        text.append(single_line(topic.title))
        text.append(f"  ({t('summary.notes', count=len(topic.notes))})\n", style="dim")
    text.append("\n" + t("summary.total", elapsed=mmss(timer.elapsed()), planned=mmss(timer.planned_seconds())) + "\n")
    text.append(t("summary.agreements", count=len(meeting.agreements)) + "\n")
    for a in meeting.agreements:
        due = f" · {a.due}" if a.due else ""
        text.append(f"  • {single_line(a.what)} ({t('owner.' + a.owner.value)}{due})\n")
    followup = dates.as_date(meeting.next_followup)
    text.append("\n" + t("summary.followup", when=dates.describe(followup, today) if followup else "—") + "\n")
    report = meeting.report
    text.append(
        t(
            "summary.report",
            writer=single_line(report.writer) or "—",
            kept_at=single_line(report.kept_at) or "—",
        )
        + "\n"
    )
    text.append(
        t(
            "summary.signoff",
            employee=t("signoff." + report.employee_signoff.value),
            manager=t("signoff." + report.manager_signoff.value),
        )
    )
    return text


class SummaryScreen(Screen[None]):
    CSS_PATH = FORMS_CSS

    BINDINGS = [Binding("escape,enter,q", "done", t("key.done"))]

    def __init__(self, meeting: Meeting, timer: MeetingTimer) -> None:
        super().__init__()
        self.meeting = meeting
        self.timer = timer

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="summary"):
            yield Plain(summary_text(self.meeting, self.timer))
        yield KeyBar(palette=True)

    def action_done(self) -> None:
        self.dismiss(None)
