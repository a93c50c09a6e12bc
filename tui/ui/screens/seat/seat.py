"""The employee's own seat (`gesprek join CODE`): the live meeting as the manager's app hosts it.

The same agenda, clock and notes as the manager's screen, from the state his app sends; her
timers tick here, from the time in the last state. What she keeps is hers (author: employee,
never switched): a prepared point before the start, a note after it, on the topic she looks
at. It shows as not yet received until the host confirms it. She proposes topics and
agreements, reads the report, and gives her own sign-off.

What she types is saved as she types, as the manager's notes are: the editor's text and a
proposal form still open go to her outbox (seats/outbox.py) SAVE_AFTER_SECONDS after a change,
and come back when she joins again. Ctrl+Q asks while something has not reached the manager.
While her store does not take it (a full disk) the editor's label says so; if it still does not
as her seat closes, it is rescued elsewhere (store/rescue.py) and comes back on the next join.
"""

from __future__ import annotations

import asyncio
from typing import Any

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static, TextArea

from ....domain.clock import Clock
from ....domain.model import Meeting, Status
from ....domain.safe_text import single_line
from ....domain.timer import MeetingTimer
from ....i18n import t, tn
from ....seats.changes import TOPIC_MINUTES, topic_for
from ....seats.guest import Guest, GuestEvent
from ....seats.invite import Code
from ....seats.protocol import MAX_TITLE, Problem, ProtocolError
from ....seats.protocol import Message as Item
from ....store import Store
from ...display import meeting_title
from ...messages import SeatChanged, SeatNews
from ...widgets.agenda_list import AgendaList
from ...widgets.clock_bar import ClockBar
from ...widgets.key_bar import KeyBar
from ...widgets.notes_log import NotesLog
from ...widgets.ordered_keys import NoteEditor
from ...widgets.plain import Plain
from ..base import AppScreen

# Her typing reaches her outbox this long after the first change: as the manager's editor does,
# well within the promised 2 s, yet one write for a burst of keys.
SAVE_AFTER_SECONDS = 0.5


def pending_lines(meeting: Meeting, pending: list[Item], index: int) -> list[str]:
    """What she kept that the host has not confirmed, as shown with topic `index`: her notes
    and points on it, her proposals on every topic."""
    lines = []
    for item in pending:
        if item.type in ("note", "point"):
            if not meeting.topics or topic_for(meeting, item["topic"], item["title"]) == index:
                lines.append(item["text"])
        elif item.type == "topic":
            lines.append(t("seat.pending_topic", title=item["title"]))
        elif item.type == "agreement":
            lines.append(t("seat.pending_agreement", what=item["what"]))
        else:
            lines.append(t("seat.pending_signoff", value=t(f"signoff.{item['value'].value}")))
    return lines


class SeatScreen(AppScreen):
    BINDINGS = [
        Binding("ctrl+s,f2", "keep", t("key.add_note"), key_display="^S"),
        Binding("ctrl+s,f2", "keep_point", t("key.add_prepared"), key_display="^S"),
        Binding("ctrl+t,f3", "propose_topic", t("seat.key.topic"), key_display="^T"),
        Binding("ctrl+o,f7", "propose_agreement", t("key.new_agreement"), key_display="^O"),
        Binding("ctrl+f", "agreements", t("key.agreements"), show=False),
        Binding("ctrl+r,f10", "signoff", t("seat.key.signoff"), key_display="^R"),
        Binding("ctrl+l,f12", "report", t("seat.key.report"), key_display="^L"),
    ]

    AUTO_FOCUS = "#editor"

    def __init__(self, code: Code, store: Store, clock: Clock) -> None:
        super().__init__()
        self.clock = clock
        self.guest = Guest(code, store, self._event)
        self.meeting = self.guest.meeting or Meeting(employee="", manager="", date=clock.now().date().isoformat())
        if self.guest.meeting is not None:
            # As last seen: his app is not known to be running, so nothing counts.
            MeetingTimer(self.meeting, clock).pause()
        self.timer = MeetingTimer(self.meeting, clock)
        self.viewing: int | None = None  # the topic she looks at; None: the one being discussed
        self.connection: tuple[GuestEvent | None, Any] = (None, None)  # the last word on the connection
        self._texts: dict[str, str] = {}
        self._dirty = False  # typed since the last save of her outbox
        self._typing_kept = True  # the last save_typing reached her store

    # -- layout ------------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Plain(self._title(), id="meeting-title")
        with Horizontal(id="clock-row"):
            yield ClockBar(self.meeting, self.timer, id="clock")
        yield Plain(self._status(), id="seat-status")
        with Horizontal(id="body"):
            yield AgendaList(self.meeting, self.timer, typing_into="#editor", id="agenda")
            with Vertical(id="topic"):
                yield NotesLog(id="notes")
                yield Plain(self._label(), id="editor-label")
                yield NoteEditor(id="editor", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one("#editor", TextArea).cursor_blink = False  # a blinking cursor costs ~1.7 KB/s over SSH
        self._show()
        self.set_interval(1.0, self._tick)
        # A task of its own, not a worker: it runs as long as the screen (workers are waited for).
        self._link = asyncio.get_running_loop().create_task(self.guest.run())
        outbox = self.guest.outbox
        if outbox.set_aside is not None:
            self.notify(t("seat.outbox_set_aside", file=str(outbox.set_aside)), severity="warning", timeout=30)
        for path in self.guest.taken_back.restored:
            self.notify(t("seat.rescued_back", file=str(path)), timeout=20)
        for path in self.guest.taken_back.broken:
            self.notify(t("store.rescued_broken", file=str(path)), severity="warning", timeout=30)
        if outbox.draft:
            editor = self.query_one("#editor", TextArea)
            with editor.prevent(TextArea.Changed):
                editor.load_text(outbox.draft)
            editor.move_cursor(editor.document.end)
        if outbox.form is not None:
            self.call_after_refresh(self._reopen, outbox.form)

    def on_unmount(self) -> None:
        self._link.cancel()
        self.guest.close()  # with what she typed last

    # -- keeping what she types ------------------------------------------------------------------

    @on(TextArea.Changed, "#editor")
    def _draft_changed(self, event: TextArea.Changed) -> None:
        self.guest.set_draft(event.text_area.text)
        self._changed()

    def _changed(self) -> None:
        if not self._dirty and self.is_mounted:
            self.set_timer(SAVE_AFTER_SECONDS, self._save_if_changed)
        self._dirty = True

    def _save_if_changed(self) -> None:
        if self._dirty:
            self._dirty = False
            self.guest.save()

    def _keeper(self, form: str):
        """A DraftKeeper (dialogs/form.py) for her proposal form of kind `form`: into her outbox."""

        def keep(values: dict[str, str] | None) -> None:
            kept = None if values is None else {"form": form, "values": values}
            if kept != self.guest.outbox.form:
                self.guest.set_form(kept)
                self._changed()

        return keep

    def _reopen(self, form: dict[str, Any]) -> None:
        """The proposal form she had open when her seat went, as she left it."""
        if form["form"] == "topic":
            self.action_propose_topic(form["values"])
        elif self.meeting.topics:
            self.action_propose_agreement(form["values"])
        else:
            return  # no agenda known yet (offline before she ever joined): kept until there is
        self.notify(t("seat.draft_reopened"), timeout=8)

    def save_typing(self, timeout: float) -> bool:
        self._dirty = False
        self._typing_kept = self.guest.flush(timeout)
        return self._typing_kept

    def rescue_typing(self) -> list[str]:
        """Her store did not take her outbox and her seat must go: kept elsewhere, and where."""
        if self._typing_kept or self.guest.finished or not self.guest.outbox.has_typing():
            return []
        path = self.guest.rescue()
        return [t("seat.rescued_to", file=path) if path else t("store.rescue_failed")]

    def quit_question(self) -> str | None:
        """Asked before Ctrl+Q: what has not reached the manager yet (it stays in her outbox)."""
        parts = []
        if self.guest.pending:
            parts.append(t("seat.unsent.items", count=len(self.guest.pending)))
        if self.query_one("#editor", TextArea).text.strip():
            parts.append(t("seat.unsent.typing"))
        if self.guest.outbox.form is not None:
            parts.append(t("seat.unsent.form"))
        if not parts or self.meeting.status is Status.FINISHED:
            return None
        host = single_line(self.meeting.manager) or single_line(self.guest.host_login)
        return t("quit.seat_unsent", host=host, what=", ".join(parts))

    def _tick(self) -> None:
        self.query_one(ClockBar).tick()
        self.query_one(AgendaList).refresh_rows()

    # -- what the host sends ---------------------------------------------------------------------

    def _event(self, kind: GuestEvent, detail: Any) -> None:
        self.post_message(SeatNews(kind, detail))

    def on_seat_news(self, news: SeatNews) -> None:
        kind, detail = news.kind, news.detail
        if kind is GuestEvent.STATE:
            self._adopt(detail)
        elif kind is GuestEvent.FINISHED:
            self._finished(detail)
            return
        elif kind is GuestEvent.TROUBLE:
            self.notify(t("seat.status.trouble", message=detail), severity="error", timeout=15)
        elif kind is GuestEvent.SAVING:  # said once per failure, as the manager's app does
            if detail is None:
                self.notify(t("save.recovered"))
            else:
                self.notify(detail, title=t("save.problem"), severity="error", timeout=15)
        elif kind is not GuestEvent.CONFIRMED:
            self.connection = (kind, detail)
            if kind is GuestEvent.DISCONNECTED:
                self.timer.pause()  # his clock is not known to run on: hers stops where it was
        self._show()
        for screen in self.app.screen_stack:
            screen.post_message(SeatChanged())

    def _adopt(self, meeting: Meeting) -> None:
        moved = (meeting.active_topic, len(meeting.topics)) != (self.meeting.active_topic, len(self.meeting.topics))
        self.meeting = meeting
        self.timer = MeetingTimer(meeting, self.clock)
        for widget in (self.query_one(AgendaList), self.query_one(ClockBar)):
            widget.meeting, widget.timer = meeting, self.timer
        if moved or (self.viewing is not None and self.viewing >= len(meeting.topics)):
            self.viewing = None  # the manager moved on: she follows
        self.refresh_bindings()  # ^S: a point before the start, a note after it

    def _finished(self, meeting: Meeting) -> None:
        left = len(self.guest.pending)
        self.notify(t("seat.finished"), timeout=20)
        if left:
            self.notify(tn("seat.not_delivered", left), severity="warning", timeout=20)
        self.app.leave_seat(meeting)

    # -- showing it ------------------------------------------------------------------------------

    @property
    def viewed(self) -> int:
        """The index of the topic her notes go to and her screen shows."""
        if self.viewing is not None:
            return self.viewing
        return min(self.meeting.active_topic, max(0, len(self.meeting.topics) - 1))

    def _show(self) -> None:
        self._set("#meeting-title", self._title())
        self._set("#seat-status", self._status())
        self._set("#editor-label", self._label())
        agenda = self.query_one(AgendaList)
        agenda.refresh_rows()
        if self.meeting.topics and not agenda.has_focus:
            agenda.highlighted = self.viewed
        self.query_one(ClockBar).tick()
        topic = self.meeting.topics[self.viewed] if self.meeting.topics else None
        self.query_one(NotesLog).show(topic, pending_lines(self.meeting, self.guest.pending, self.viewed))

    def _set(self, selector: str, text: str) -> None:
        # Unchanged text would still cost a repaint over SSH.
        if self._texts.get(selector) != text:
            self._texts[selector] = text
            self.query_one(selector, Static).update(text)

    def _title(self) -> str:
        m = self.meeting
        if not m.topics:
            return t("seat.title_unknown", host=single_line(self.guest.host_login))
        return meeting_title("seat.title", m)

    def _status(self) -> str:
        kind, detail = self.connection
        login = single_line(self.guest.host_login)
        host = f"{single_line(self.meeting.manager)} ({login})" if self.meeting.manager else login
        if kind is GuestEvent.CONNECTED:
            text = t("seat.status.connected", host=host)
        elif kind is GuestEvent.OFFLINE:
            text = t("seat.status.offline" if self._preparing() else "seat.status.away", host=host)
        elif kind is GuestEvent.DISCONNECTED:
            problem = f" ({t(f'seat.problem.{detail.value}')})" if isinstance(detail, Problem) else ""
            text = t("seat.status.dropped", host=host, problem=problem)
        elif kind is GuestEvent.REFUSED:
            text = t("seat.status.refused", problem=t(f"seat.problem.{detail.value}"))
        else:
            text = t("seat.status.connecting", host=host)
        return text

    def _label(self) -> str:
        count = len(self.guest.pending)
        pending = t("seat.status.pending", count=count) if count else ""
        kind = "seat.editor.point" if self._preparing() else "seat.editor.note"
        if self.guest.save_problem is not None:
            # Shorter while her store does not take it: at 80 columns the marker must still show.
            kind += "_unsaved"
        return t(kind, pending=pending)

    def _preparing(self) -> bool:
        return self.meeting.status is Status.PLANNED or not self.meeting.topics

    # -- what she does ------------------------------------------------------------------------------

    @property
    def connected(self) -> bool:
        return self.connection[0] is GuestEvent.CONNECTED

    def _keep(self, kind: str, **fields: Any) -> bool:
        try:
            self.guest.keep(kind, **fields)
        except ProtocolError as error:
            self.notify(t("seat.too_long", problem=t(f"seat.problem.{error.problem.value}")), severity="error")
            return False
        self._show()
        return True

    def action_keep(self) -> None:
        """A prepared point before the start (or while the agenda is not known yet), a note after it."""
        editor = self.query_one("#editor", TextArea)
        text = editor.text.strip()
        if not text:
            return
        topics = self.meeting.topics
        title = topics[self.viewed].title[:MAX_TITLE] if topics else ""
        kind = "point" if self._preparing() else "note"
        # Kept with an empty editor in the same write: a kill -9 right after must not bring the
        # text back into the editor as well.
        self.guest.set_draft("")
        if self._keep(kind, topic=self.viewed if topics else -1, title=title, text=text):
            with editor.prevent(TextArea.Changed):
                editor.clear()
        else:
            self.guest.set_draft(editor.text)

    def action_keep_point(self) -> None:
        self.action_keep()

    def action_propose_topic(self, restore: dict[str, str] | None = None) -> None:
        from ...dialogs.prompt import PromptScreen

        def proposed(title: str | None) -> None:
            if title and title.strip():
                self._keep("topic", title=single_line(title)[:MAX_TITLE], minutes=TOPIC_MINUTES)

        prompt = PromptScreen(t("seat.topic_prompt"), "").kept_by(self._keeper("topic"), restore)
        self.app.push_screen(prompt, proposed)

    def action_propose_agreement(self, restore: dict[str, str] | None = None) -> None:
        def proposed(agreement) -> None:
            if agreement is not None:
                self._keep(
                    "agreement",
                    what=agreement.what,
                    owner=agreement.owner.value,
                    approach=agreement.approach.value,
                    approach_note=agreement.approach_note,
                    due=agreement.due,
                    follow_up=agreement.follow_up,
                )

        self.app.propose_agreement(self.meeting, self.clock, proposed, self._keeper("agreement"), restore)

    def action_agreements(self) -> None:
        self.app.show_seat_agreements(self.guest)

    def action_report(self) -> None:
        self.app.show_seat_report(self.guest)

    def action_signoff(self) -> None:
        if not self.connected:
            self.notify(t("seat.not_connected"), severity="warning")
            return

        def signed(value) -> None:
            if value is not None:
                self._keep("signoff", value=value.value)

        self.app.show_seat_signoff(self.guest, signed)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        """Enter on a topic: look at it (her notes go there); on the one being discussed: follow again."""
        index = event.option_index
        self.viewing = None if index == self.meeting.active_topic else index
        self._show()
        self.query_one("#editor", TextArea).focus()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("keep", "keep_point"):
            return (action == "keep_point") == self._preparing()
        if action == "propose_topic":
            return self._preparing()
        if action in ("propose_agreement", "signoff", "report", "agreements"):
            return bool(self.meeting.topics) and self.meeting.status is not Status.FINISHED
        return True

    def palette_commands(self):
        for key, action, description in (
            ("seat.key.topic", self.action_propose_topic, "seat.cmd.topic"),
            ("key.new_agreement", self.action_propose_agreement, "seat.cmd.agreement"),
            ("key.agreements", self.action_agreements, "seat.cmd.agreements"),
            ("seat.key.signoff", self.action_signoff, "seat.cmd.signoff"),
            ("seat.key.report", self.action_report, "seat.cmd.report"),
        ):
            yield SystemCommand(t(key), t(description), action)
