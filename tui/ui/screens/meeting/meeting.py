"""The live meeting: agenda with timers, notes per topic, agreements one key away."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult, SystemCommand
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import OptionList, Static, TextArea

from ....domain import schedule, shaping
from ....domain.clock import Clock
from ....domain.model import FormDraft, FormKind, Meeting, Note, PreparedPoint, Side, Status, Topic
from ....domain.safe_text import inert, single_line
from ....domain.timer import MeetingTimer
from ....i18n import t, tn
from ....store import SaveState
from ...display import meeting_title
from ...messages import SaveStatusChanged, SeatChanged
from ...widgets.agenda_list import AgendaList
from ...widgets.clock_bar import ClockBar, hh_mm
from ...widgets.key_bar import KeyBar
from ...widgets.notes_log import NotesLog
from ...widgets.ordered_keys import NoteEditor
from ...widgets.plain import Plain
from ..base import AppScreen
from .seat_line import SeatLine
from .session import Session

# A running clock's time is kept this often when nothing else changed (a clock checkpoint of a
# few bytes beside the record: after a kill -9 at most this much of the clock is lost; one
# page of 4 KiB reaches the disk each time, ~512 B/s: bench_clock_writes.py).
CLOCK_CHECKPOINT_SECONDS = 8.0
# The clock shows whole seconds: redrawn (and the record saved, if changed) this often.
TICK_SECONDS = 1.0
# Typing reaches the autosaver this long after the first change (it writes 0.2 s later): well
# within the promised 2 s even on a busy machine, yet one copy of the record for a burst of keys.
SAVE_AFTER_SECONDS = 0.5


class MeetingScreen(AppScreen):
    BINDINGS = [
        # Shaping the agenda: plain keys, active only while the agenda list has the focus, and
        # then first in the footer, with short names (F1 shows the long ones, the tooltips).
        Binding("plus,equals_sign", "minutes(1)", t("agenda.key.minutes"), key_display="+/-", tooltip=t("key.minutes_up")),
        Binding("minus", "minutes(-1)", t("agenda.key.minutes"), show=False, tooltip=t("key.minutes_down")),
        Binding("less_than_sign,comma", "move(-1)", t("agenda.key.move"), key_display="</>", tooltip=t("key.move_up")),
        Binding("greater_than_sign,full_stop", "move(1)", t("agenda.key.move"), show=False, tooltip=t("key.move_down")),
        Binding("i", "insert_topic", t("agenda.key.insert"), tooltip=t("key.insert_topic")),
        Binding("e", "rename_topic", t("agenda.key.rename"), tooltip=t("key.rename_topic")),
        Binding("x", "remove_topic", t("agenda.key.remove"), tooltip=t("key.remove_topic")),
        Binding("w", "cycle_raised_by", t("agenda.key.raised_by"), tooltip=t("key.cycle_raised_by")),
        # F11 is full screen in many terminals: "v" on the agenda does the same.
        Binding("v", "agenda_carry_over", t("agenda.key.carry_over"), tooltip=t("review.key.carry_over")),
        # Tab as everywhere (F1 lists it once), named in the footer for where it goes from here.
        Binding("tab", "to_notes", t("agenda.key.notes"), key_display="Tab", system=True),
        Binding("tab", "app.focus_next", show=False),  # Screen's, which a binding of the same key here replaces
        # Not priority bindings: those would run before keys still queued in the
        # editor, so a quick Ctrl+S could cut a note in two. The editor binds none of these.
        Binding("ctrl+s,f2", "add_note", t("key.add_note"), key_display="^S"),
        # The same key, named for what it does before and after the clock starts.
        Binding("ctrl+s,f2", "add_prepared", t("key.add_prepared"), key_display="^S"),
        Binding("ctrl+t,f3", "toggle_author", t("key.toggle_author"), key_display="^T"),
        Binding("ctrl+g,f4", "toggle_clock", t("key.toggle_clock"), key_display="^G"),
        Binding("ctrl+n,f6", "next_topic", t("key.next_topic"), key_display="^N"),
        # Not Ctrl+B: that is the tmux prefix and never reaches the app.
        Binding("f5", "previous_topic", t("key.previous_topic"), show=False),
        Binding("ctrl+o,f7", "new_agreement", t("key.new_agreement"), key_display="^O"),
        Binding("ctrl+f", "agreements", t("key.agreements"), show=False),
        Binding("ctrl+r,f10", "closing", t("key.closing"), key_display="^R"),
        # F8 again undoes a rebalance while it still stands (same topic, minutes untouched, on time).
        Binding("f8", "rebalance", t("key.rebalance"), show=False),
        Binding("f8", "undo_rebalance", t("key.undo_rebalance"), show=False),
        Binding("ctrl+l,f12", "toggle_profile", t("key.toggle_profile"), show=False),
        Binding("f9", "hard_end", t("key.hard_end"), show=False),
        # Ctrl+J: "join"; a free Ctrl+letter that reaches the app over SSH and tmux.
        Binding("ctrl+j", "seat", t("key.seat"), show=False),
        Binding("f11", "carry_over", t("review.key.carry_over"), show=False),
    ]

    # The agenda's own keys: they act only while it has the focus, and give it back to the notes.
    AGENDA_ACTIONS = frozenset(
        {"minutes", "move", "cycle_raised_by", "insert_topic", "remove_topic", "rename_topic", "agenda_carry_over", "to_notes"}
    )

    AUTO_FOCUS = "#editor"

    def __init__(self, meeting: Meeting, clock: Clock) -> None:
        super().__init__()
        self.meeting = meeting
        self.timer = MeetingTimer(meeting, clock)
        self.session = Session(meeting, self.timer, self.changed)
        self._dirty = False
        self._overflow_text = ""
        self._rebalanced: schedule.Rebalanced | None = None  # what F8 did, for F8 to undo
        self._since_save = 0.0
        self._label_text = self._editor_label()
        self._held_open = None  # Store.hold_open's marker, while the screen is mounted

    # -- layout ----------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield Plain(self._title(), id="meeting-title")
        with Horizontal(id="clock-row"):
            # Only as wide as its text: a second's tick repaints the figures, not 80 columns.
            yield ClockBar(self.meeting, self.timer, id="clock")
        yield Plain(id="overflow")
        yield SeatLine(self.session, id="seat-line")
        with Horizontal(id="body"):
            yield AgendaList(self.meeting, self.timer, typing_into="#editor", id="agenda")
            with Vertical(id="topic"):
                yield NotesLog(id="notes")
                yield Plain(self._label_text, id="editor-label")
                yield NoteEditor(id="editor", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        # The palette stays on Ctrl+P (see F1); its footer hint would push keys off 80 columns.
        yield KeyBar()

    def _title(self) -> str:
        return meeting_title("meeting.title", self.meeting)

    def on_mount(self) -> None:
        # Held while this screen is: `gesprek delete` in any process refuses the meeting meanwhile.
        self._held_open = self.app.store.hold_open(self.meeting.id)
        editor = self.query_one("#editor", TextArea)
        editor.cursor_blink = False  # a blinking cursor costs ~1.7 KB/s over SSH
        self._show_topic()
        self.set_interval(TICK_SECONDS, self._tick)
        if self.meeting.revision == 0:
            # A new meeting reaches the disk on the first tick, not while the screen is first drawn.
            self.changed()
        if self.meeting.form_draft is not None:
            self.call_after_refresh(self.reopen, self.meeting.form_draft)

    def reopen(self, draft: FormDraft) -> None:
        """The form that was open when the meeting stopped, as it was: to save or to cancel."""
        index = int(draft.target) if draft.target.isdigit() else None
        if draft.form is FormKind.AGREEMENT:
            self.edit_agreement(self.meeting.agreement(draft.target) if draft.target else None, draft.values)
        elif draft.form is FormKind.CLOSING:
            self.app.show_closing(self.session, draft.values)
        elif draft.form is FormKind.HARD_END:
            self.ask_hard_end(draft.values)
        elif draft.form is FormKind.INSERT_TOPIC and index is not None:
            self.ask_new_topic(index, draft.values)
        elif draft.form is FormKind.RENAME_TOPIC and index is not None and index < len(self.meeting.topics):
            self.ask_topic_title(index, draft.values)
        else:
            self.meeting.form_draft = None  # its topic is gone: nothing to go back to
            return
        self.app.notify(t("draft.reopened"), timeout=8, over_forms=True)  # about the form it opened

    # -- the clock -------------------------------------------------------------

    def _tick(self) -> None:
        self.query_one(ClockBar).tick()
        self.query_one(AgendaList).refresh_rows()
        self._show_overflow()
        self._since_save += TICK_SECONDS
        if self._dirty:
            self.persist()
        elif self.timer.running and self._since_save >= CLOCK_CHECKPOINT_SECONDS:
            self.timer.commit()
            self._since_save = 0.0
            self.app.autosaver.submit_clock(self.meeting)

    def _show_overflow(self) -> None:
        box = self.query_one("#overflow", Static)
        over = schedule.overflow(self.meeting, self.timer) if self.timer.running else None
        if over is not None:
            titles = ", ".join(single_line(self.meeting.topics[i].title) for i in reversed(over.dropped))
            hint = t("overflow.rebalance" if over.rebalance_fits else "overflow.move_end")
            text = t("overflow.line", minutes=over.minutes, topics=titles or "—", hint=hint)
        elif self._undoable():
            text = t("rebalance.undo_line")
        else:
            box.display = False
            return
        if text != self._overflow_text:
            self._overflow_text = text
            box.update(text)
        box.display = True

    # -- saving ------------------------------------------------------------------

    def changed(self, shared: bool = True) -> None:
        """Something in the record changed: it is saved SAVE_AFTER_SECONDS later, with whatever
        else changed meanwhile (or sooner, by the clock's tick).

        Not on every keystroke: copying the record per key slows the echo of typing.
        `shared`: her own seat sees it at once; not the note being typed (she never sees that).
        """
        if not self._dirty and self.is_mounted:
            self.set_timer(SAVE_AFTER_SECONDS, self._save_if_changed)
        self._dirty = True
        if shared and self.session.seat is not None:
            self.session.seat.changed()

    def _save_if_changed(self) -> None:
        if self._dirty:
            self.persist()

    def on_unmount(self) -> None:
        # Leaving by any path (quit, test harness, app shutdown) hands over the last change.
        if self._dirty:
            self.persist()
        # A delete elsewhere waits until the last change is on disk: a save after it would be
        # refused, and what was typed would go apart. Not on disk yet (a full disk): held until
        # this process ends.
        if self._held_open is not None and self.app.autosaver.flush(timeout=1.0):
            self._held_open.release()

    def persist(self) -> None:
        self.timer.commit()
        self._dirty = False
        self._since_save = 0.0
        self.app.autosaver.submit(self.meeting)

    def on_seat_changed(self, message: SeatChanged) -> None:
        self._show_topic()  # her note or topic may be on screen

    def on_save_status_changed(self, message: SaveStatusChanged) -> None:
        if message.status.meeting_id == self.meeting.id:
            self.app.autosaver.sync(self.meeting)
            self._update_label()

    def _update_label(self) -> None:
        # Unchanged text would still cost a repaint and a layout pass on every save.
        text = self._editor_label()
        if text != self._label_text:
            self._label_text = text
            self.query_one("#editor-label", Static).update(text)

    # -- topic display -----------------------------------------------------------

    @property
    def topic(self):
        return self.meeting.topics[self.meeting.active_topic] if self.meeting.topics else None

    def _editor_label(self) -> str:
        status = self.app.save_status
        trouble = status is not None and status.meeting_id == self.meeting.id and status.state is not SaveState.SAVED
        saved = t("save.failed") if trouble else ""
        key = "editor.label_prepare" if self.meeting.status is Status.PLANNED else "editor.label"
        return t(key, author=t(f"side.{self.session.author.value}"), saved=saved)

    def _show_topic(self) -> None:
        topic = self.topic
        self.query_one(NotesLog).show(topic)
        editor = self.query_one("#editor", TextArea)
        text = topic.draft if topic else ""
        if editor.text != text:
            with editor.prevent(TextArea.Changed):
                editor.load_text(text)
            editor.move_cursor(editor.document.end)
        self._update_label()
        self.query_one(AgendaList).refresh_rows()
        self.query_one(ClockBar).tick()
        self._show_overflow()

    @on(TextArea.Changed, "#editor")
    def _draft_changed(self, event: TextArea.Changed) -> None:
        if self.topic is not None:
            self.topic.draft = event.text_area.text
            self.changed(shared=False)

    # -- actions: notes and clock ------------------------------------------------

    def action_add_note(self) -> None:
        """Before the clock starts what is typed is preparation; after, it is a note."""
        editor = self.query_one("#editor", TextArea)
        text = editor.text.strip()
        if not text or self.topic is None:
            return
        if self.meeting.status is Status.PLANNED:
            self.topic.prepared.append(PreparedPoint(text=text, author=self.session.author))
        else:
            self.topic.notes.append(Note(text=text, author=self.session.author, at=self.timer.clock.now().isoformat()))
        self.topic.draft = ""
        with editor.prevent(TextArea.Changed):
            editor.clear()
        self.query_one(NotesLog).show(self.topic)
        self.changed()

    def action_toggle_author(self) -> None:
        session = self.session
        session.author = Side.EMPLOYEE if session.author is Side.MANAGER else Side.MANAGER
        self._update_label()

    def action_toggle_clock(self) -> None:
        starting = self.meeting.status is Status.PLANNED
        self.timer.toggle()
        self.changed()
        self._show_topic()
        self.refresh_bindings()  # ^S now keeps notes instead of prepared points
        if starting and self.topic is not None:
            # It starts at the first open topic, not where preparing left the agenda: say so.
            self.query_one(AgendaList).highlighted = self.meeting.active_topic
            number = self.meeting.active_topic + 1
            self.notify(t("clock.started", number=number, title=single_line(self.topic.title)))

    def _go(self, move) -> None:
        move()
        self.changed()
        self._show_topic()
        self.query_one(AgendaList).highlighted = self.meeting.active_topic

    def action_next_topic(self) -> None:
        self._go(self.timer.next)

    def action_previous_topic(self) -> None:
        self._go(self.timer.previous)

    @on(OptionList.OptionSelected, "#agenda")
    def _agenda_selected(self, event: OptionList.OptionSelected) -> None:
        self._go(lambda: self.timer.goto(event.option_index))
        self.query_one("#editor", TextArea).focus()

    def action_rebalance(self) -> None:
        result = schedule.rebalance(self.meeting, self.timer)
        if isinstance(result, schedule.Rebalanced):
            self._rebalanced = result
            # The end as the clock line shows it now (within the deadline, by whole minutes).
            self.notify(t("rebalance.done", end=hh_mm(self.timer.projected_end())), timeout=10)
            self.changed()
            self._show_topic()
        elif isinstance(result, schedule.DoesNotFit):
            self.notify(self._no_fit(result), severity="warning", timeout=15)
        else:
            self.notify(t("rebalance.nothing"))

    def _no_fit(self, result: schedule.DoesNotFit) -> str:
        end = hh_mm(result.deadline)
        if result.passed:
            return t("rebalance.passed", end=end)
        return tn("rebalance.no_fit", result.topics, end=end, left=result.minutes_left)

    def _undoable(self) -> bool:
        """F8 undoes the last rebalance while it still stands and the rest still fits."""
        done = self._rebalanced
        return done is not None and done.undoable(self.meeting) and schedule.overflow(self.meeting, self.timer) is None

    def action_undo_rebalance(self) -> None:
        if self._rebalanced is not None:
            self._rebalanced.undo()
            self._rebalanced = None
            self.notify(t("rebalance.undone"))
            self.changed()
            self._show_topic()

    def action_hard_end(self) -> None:
        self.ask_hard_end()

    def ask_hard_end(self, restore: dict[str, str] | None = None) -> None:
        from ...dialogs.prompt import PromptScreen  # dialogs load when first used: start-up

        def apply(value: str | None) -> None:
            if value is None:
                return
            self.meeting.hard_end = None if not value.strip() else "{:02d}:{:02d}".format(*schedule.parse_hard_end(value))
            self.changed()
            self._show_topic()
            self._warn_about_hard_end()

        def valid(value: str) -> str | None:
            if not value.strip():
                return None
            try:
                schedule.parse_hard_end(value)
            except ValueError:
                return t("hard_end.invalid")
            return None

        prompt = PromptScreen(t("hard_end.prompt"), self.meeting.hard_end or "", validate=valid)
        self.app.push_screen(prompt.kept_by(self.session.keeper(FormKind.HARD_END), restore), apply)

    def _warn_about_hard_end(self) -> None:
        """A hard end that has passed, or that the rest cannot meet even cut to a minute a topic."""
        if not self.meeting.hard_end:
            return
        if schedule.hard_end_passed(self.meeting, self.timer):
            now = hh_mm(self.timer.clock.now())
            self.notify(t("hard_end.passed", end=self.meeting.hard_end, now=now), severity="warning", timeout=15)
            return
        result = schedule.rebalance_plan(self.meeting, self.timer)
        if isinstance(result, schedule.DoesNotFit):
            self.notify(self._no_fit(result), severity="warning", timeout=15)

    # -- actions: competency profile -----------------------------------------------

    def action_toggle_profile(self) -> None:
        if not self.meeting.profile:
            self.action_attach_profile()
            return
        viewers = self.query("#profile")
        if viewers:
            viewer = viewers.first()
            viewer.display = not viewer.display
        else:
            # Built on first use: the Markdown machinery would slow every meeting's start.
            # It shares the column with the notes, so prepared points stay in sight.
            from textual.widgets import MarkdownViewer

            viewer = MarkdownViewer(inert(self.meeting.profile["text"]), id="profile", show_table_of_contents=False)
            self.query_one("#topic").mount(viewer, before="#editor-label")

    def action_attach_profile(self) -> None:
        from pathlib import Path

        from ....domain.profile import ProfileError, read_profile
        from ...dialogs.prompt import PromptScreen

        def valid(value: str) -> str | None:
            try:
                read_profile(Path(value.strip()))
            except ProfileError as error:
                return str(error)
            return None

        def attach(value: str | None) -> None:
            if value and value.strip():
                self.meeting.profile = read_profile(Path(value.strip()))
                self.changed()
                self.query("#profile").remove()
                self.action_toggle_profile()

        self.app.push_screen(PromptScreen(t("profile.prompt"), "", validate=valid), attach)

    # -- actions: agreements and closing -----------------------------------------

    def action_new_agreement(self) -> None:
        self.edit_agreement(None)

    def edit_agreement(self, agreement, restore: dict[str, str] | None = None) -> None:
        """The agreement form; a new agreement (None) joins the meeting when it is saved."""
        from .agreement_form import AgreementForm

        def saved(result) -> None:
            if result is not None:
                if agreement is None:
                    self.meeting.agreements.append(result)
                self.changed()

        self.app.push_screen(AgreementForm(self.session, agreement, restore), saved)

    def action_carry_over(self) -> None:
        self.app.show_carry_over(self.session)

    def action_seat(self) -> None:
        self.query_one(SeatLine).hosting()  # the seat's machinery loads when first asked for
        self.app.show_seat(self.session)

    def action_agreements(self) -> None:
        self.app.show_agreements(self.session)

    def action_closing(self) -> None:
        self.app.show_closing(self.session)

    # -- actions: shaping the agenda ---------------------------------------------

    def _cursor(self) -> int | None:
        """The highlighted topic, for an agenda key; the focus goes back to the notes editor, so
        what is typed next is a note again, not another agenda key (a form opened by the key
        gives the focus back there too)."""
        agenda = self.query_one(AgendaList)
        if not agenda.has_focus:
            return None
        index = agenda.highlighted
        self.action_to_notes()
        return index

    def action_to_notes(self) -> None:
        self.set_focus(self.query_one("#editor", TextArea))

    def action_agenda_carry_over(self) -> None:
        if self._cursor() is not None:
            self.action_carry_over()

    def _shape(self, operation) -> None:
        """Apply a shaping operation to the highlighted topic; one that moves it returns its new index."""
        index = self._cursor()
        if index is None:
            return
        moved_to = operation(index)
        self.changed()
        self._show_topic()
        if isinstance(moved_to, int):
            self.query_one(AgendaList).highlighted = moved_to

    def action_minutes(self, delta: int) -> None:
        self._shape(lambda i: shaping.change_minutes(self.meeting, i, delta))

    def action_move(self, delta: int) -> None:
        self._shape(lambda i: shaping.move_topic(self.meeting, i, delta))

    def action_cycle_raised_by(self) -> None:
        self._shape(lambda i: shaping.cycle_raised_by(self.meeting, i))

    def action_insert_topic(self) -> None:
        index = self._cursor()
        if index is not None:
            self.ask_new_topic(index)

    def _index_of(self, topic: Topic | None) -> int | None:
        """Where `topic` (that object: two topics may be equal) is on the agenda now; None if gone.

        A dialog's answer acts on the topic it was asked about, found again when it comes: the
        agenda may have changed meanwhile (her seat adds a topic before the last one)."""
        return next((i for i, candidate in enumerate(self.meeting.topics) if candidate is topic), None)

    def ask_new_topic(self, index: int, restore: dict[str, str] | None = None) -> None:
        from .topic_form import TopicForm

        anchor = self.meeting.topics[index] if 0 <= index < len(self.meeting.topics) else None

        def apply(topic: Topic | None) -> None:
            if topic is not None:
                after = self._index_of(anchor)
                after = index if after is None else after  # gone: where it was
                new = shaping.add_topic(self.meeting, after, topic.title, topic.planned_minutes, topic.raised_by)
                self.changed()
                self._show_topic()
                self.query_one(AgendaList).highlighted = new

        self.app.push_screen(TopicForm(self.session, index, restore), apply)

    def action_rename_topic(self) -> None:
        index = self._cursor()
        if index is not None:
            self.ask_topic_title(index)

    def ask_topic_title(self, index: int, restore: dict[str, str] | None = None) -> None:
        from ...dialogs.prompt import PromptScreen

        topic = self.meeting.topics[index]

        def apply(title: str | None) -> None:
            if not (title and title.strip()):
                return
            if self._index_of(topic) is None:
                self.notify(t("topic.gone"), severity="warning")
                return
            topic.title = title.strip()
            self.changed()
            self._show_topic()

        prompt = PromptScreen(t("topic.rename_prompt"), topic.title)
        self.app.push_screen(prompt.kept_by(self.session.keeper(FormKind.RENAME_TOPIC, str(index)), restore), apply)

    def action_remove_topic(self) -> None:
        from ...dialogs.confirm import ConfirmScreen

        index = self._cursor()
        if index is None:
            return
        topic = self.meeting.topics[index]

        def apply(yes: bool | None) -> None:
            if not yes:
                return
            now = self._index_of(topic)
            if now is None:
                self.notify(t("topic.gone"), severity="warning")
                return
            if shaping.remove_topic(self.meeting, now) is None:
                self.notify(t("topic.cannot_remove"), severity="warning")
            self.changed()
            self._show_topic()

        self.app.push_screen(ConfirmScreen(t("topic.remove_confirm", title=single_line(topic.title))), apply)

    def action_add_prepared(self) -> None:
        self.action_add_note()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("add_note", "add_prepared"):
            return (action == "add_prepared") == (self.meeting.status is Status.PLANNED)
        if action in ("rebalance", "undo_rebalance"):
            return (action == "undo_rebalance") == self._undoable()
        if action in self.AGENDA_ACTIONS:
            return self.meeting.status is not Status.FINISHED and self.query_one(AgendaList).has_focus
        return True

    def typing_keys_need(self) -> str:
        # The notes editor has the focus at first and takes every character typed.
        return t("help.in_agenda")

    def palette_commands(self):
        # F8's one meaning at the moment, as in F1.
        rebalance = (
            ("key.undo_rebalance", self.action_undo_rebalance, "cmd.undo_rebalance")
            if self._undoable()
            else ("key.rebalance", self.action_rebalance, "cmd.rebalance")
        )
        for key, action, description in (
            ("key.toggle_clock", self.action_toggle_clock, "cmd.toggle_clock"),
            ("key.next_topic", self.action_next_topic, "cmd.next_topic"),
            ("key.previous_topic", self.action_previous_topic, "cmd.previous_topic"),
            ("key.new_agreement", self.action_new_agreement, "cmd.new_agreement"),
            ("key.agreements", self.action_agreements, "cmd.agreements"),
            ("review.key.carry_over", self.action_carry_over, "review.cmd.carry_over"),
            rebalance,
            ("key.toggle_profile", self.action_toggle_profile, "cmd.toggle_profile"),
            ("key.attach_profile", self.action_attach_profile, "cmd.attach_profile"),
            ("key.hard_end", self.action_hard_end, "cmd.hard_end"),
            ("key.closing", self.action_closing, "cmd.closing"),
            ("key.seat", self.action_seat, "cmd.seat"),
        ):
            yield SystemCommand(t(key), t(description), action)
