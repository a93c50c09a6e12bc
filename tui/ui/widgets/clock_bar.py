"""The two clock lines of the live meeting: the active topic's countdown and the whole meeting."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from ...domain import schedule
from ...domain.minutes import to_the_minute
from ...domain.model import Meeting, Status
from ...domain.safe_text import single_line
from ...domain.timer import MeetingTimer
from ...i18n import t


def mmss(seconds: float) -> str:
    seconds = int(abs(seconds))
    return f"{seconds // 60:02d}:{seconds % 60:02d}"


def hh_mm(moment) -> str:
    """A clock time as shown: to the minute by the one rounding rule (domain/minutes.py)."""
    return to_the_minute(moment).strftime("%H:%M")


class ClockBar(Static):
    """Repaints only when the text changes, so an idle meeting sends one line a second."""

    def __init__(self, meeting: Meeting, timer: MeetingTimer, **kwargs) -> None:
        super().__init__(**kwargs)
        self.meeting = meeting
        self.timer = timer
        self._last: str | None = None
        self.tick()  # the first frame already shows the time

    def tick(self) -> None:
        text = self.render_text()
        if text.plain != self._last:
            self._last = text.plain
            self.update(text)
            self.set_class(self._overtime(), "overtime")

    def _overtime(self) -> bool:
        return bool(self.meeting.topics) and self.timer.remaining(self.meeting.active_topic) < 0

    def render_text(self) -> Text:
        meeting, timer = self.meeting, self.timer
        text = Text(no_wrap=True, overflow="ellipsis")
        if not meeting.topics:
            return text
        index = meeting.active_topic
        topic = meeting.topics[index]
        state = t(f"status.{meeting.status.value}")
        text.append(f" {state.upper()} ", style="reverse bold" if meeting.status is Status.RUNNING else "reverse")
        remaining = timer.remaining(index)
        text.append(f" {index + 1}/{len(meeting.topics)} {single_line(topic.title)}  ")
        planned = mmss(topic.planned_minutes * 60)
        if remaining >= 0:
            text.append(t("clock.left", left=mmss(remaining), planned=planned), style="bold")
        else:
            text.append(t("clock.over", over=mmss(remaining)), style="bold reverse")
        text.append("\n")
        now = timer.clock.now()
        text.append(" " + t("clock.total", elapsed=mmss(timer.elapsed()), planned=mmss(timer.planned_seconds())))
        if meeting.status is not Status.PLANNED:
            text.append("  " + t("clock.projected", end=hh_mm(timer.projected_end())))
        else:
            text.append("  " + t("clock.would_end", end=hh_mm(now.add(seconds=timer.planned_seconds()))))
        if meeting.hard_end:
            passed = schedule.hard_end_passed(meeting, timer)
            text.append("  " + t("clock.hard_end_passed" if passed else "clock.hard_end", end=meeting.hard_end))
        return text
