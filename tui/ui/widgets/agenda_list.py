"""The shared agenda: one row per topic with planned minutes, time spent and state."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.binding import Binding
from textual.widgets.option_list import Option

from ...domain.minutes import minutes_over, whole_minutes
from ...domain.model import Meeting
from ...domain.safe_text import single_line
from ...domain.timer import MeetingTimer
from ...i18n import t
from .ordered_keys import OrderedOptionList


def minutes_figure(planned: int, spent_seconds: float, started: bool) -> tuple[str, bool]:
    """('4/5m', False) for time spent of time planned; ('5m +4', True) once over it, so the
    over part reads as overtime, not as the total; ('5m', False) for a topic still to come."""
    if not started:
        return f"{planned}m", False
    if over := minutes_over(planned, spent_seconds):
        return f"{planned}m +{over}", True
    return f"{whole_minutes(spent_seconds)}/{planned}m", False


class AgendaList(OrderedOptionList):
    """Rows change once a minute at most while the clock runs, to keep SSH traffic low.

    With the focus its title says so (its border too, app.tcss) and its keys come first in the
    footer. A character typed here that is none of its keys is not lost: the focus goes to
    `typing_into` (the notes editor), and the character with it; a paste too.
    """

    # Enter's own entry in the footer, in the UI's language (OptionList's says "Select").
    BINDINGS = [Binding("enter", "select", t("agenda.key.select"), key_display="Enter")]

    def __init__(self, meeting: Meeting, timer: MeetingTimer, typing_into: str | None = None, **kwargs) -> None:
        super().__init__(**kwargs)
        self.meeting = meeting
        self.timer = timer
        self.typing_into = typing_into
        self._rows: list[str] = []

    def on_mount(self) -> None:
        self.border_title = t("agenda.title")
        self.border_subtitle = t("agenda.legend")
        self.refresh_rows()

    def on_focus(self) -> None:
        self.border_title = t("agenda.title_focused")

    def on_blur(self) -> None:
        self.border_title = t("agenda.title")

    def on_key(self, event: events.Key) -> None:
        # Before the in-order handling (ordered_keys.py), which runs the key's binding if it has one.
        if self.typing_into is None or self.app.focused is not self or not event.is_printable or not event.character:
            return
        active = self.screen.active_bindings.get(event.key)
        if active is not None and active.enabled:
            return
        event.stop()
        event.prevent_default()
        self._hand_over(events.Key(event.key, event.character))

    def on_paste(self, event: events.Paste) -> None:
        if self.typing_into is not None:
            event.stop()
            event.prevent_default()
            self._hand_over(events.Paste(event.text))

    def _hand_over(self, event: events.Event) -> None:
        """The focus to the notes editor, and what was typed after it (in its own queue, in order)."""
        target = self.screen.query_one(self.typing_into)
        self.screen.set_focus(target)
        target.post_message(event)

    def on_resize(self) -> None:
        # Rows are laid out for the width; the first real width arrives after mount.
        self.refresh_rows()

    def row(self, index: int) -> Text:
        topic = self.meeting.topics[index]
        active = index == self.meeting.active_topic
        if active:
            mark = "▶"
        elif topic.done:
            mark = "✓"
        else:
            mark = " "
        minutes, over = minutes_figure(topic.planned_minutes, self.timer.spent(index), topic.done or active)
        # Keep the minutes visible: the title gives way, right-aligned figures stay.
        width = self._content_width() - 1
        title = single_line(topic.title)
        room = max(4, width - 3 - len(minutes) - 1)
        if len(title) > room:
            title = title[: room - 1] + "…"
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append(f"{mark}{t('agenda.mark_' + topic.raised_by.value)} ")
        text.append(title.ljust(room), style="bold" if active else "")
        text.append(f" {minutes}", style="bold reverse" if over else "dim")
        return text

    def _content_width(self) -> int:
        """The row width; before the first layout, derived from the styled width so the
        first frame is already right (no second full repaint once the size is known)."""
        width = self.scrollable_content_region.width
        if width:
            return width
        styled = self.styles.width
        if styled is not None and styled.is_cells:
            return int(styled.value) - self.styles.gutter.width
        return 28

    def refresh_rows(self) -> None:
        """Rebuild rows that changed, keeping the highlight where it was."""
        rows = [self.row(i) for i in range(len(self.meeting.topics))]
        plain = [r.plain for r in rows]
        if plain == self._rows:
            return
        highlighted = self.highlighted
        if len(plain) != len(self._rows):
            self.clear_options()
            self.add_options([Option(r) for r in rows])
        else:
            for i, (new, old) in enumerate(zip(plain, self._rows, strict=True)):
                if new != old:
                    self.replace_option_prompt_at_index(i, rows[i])
        self._rows = plain
        if rows:
            self.highlighted = min(highlighted if highlighted is not None else self.meeting.active_topic, len(rows) - 1)

