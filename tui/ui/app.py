"""The Textual application: wires store, clock and agendas into the screens."""

from __future__ import annotations

import os
import signal
import threading
from collections.abc import Callable, Iterable
from contextlib import suppress
from typing import TYPE_CHECKING

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.driver import Driver
from textual.screen import Screen

from ..crash import ReportsCrashesWithoutContent
from ..domain.clock import Clock, SystemClock
from ..domain.model import Meeting, Status
from ..domain.safe_text import inert
from ..i18n import t
from ..store import Autosaver, SaveState, SaveStatus, Store
from .messages import SaveStatusChanged
from .navigation import Navigation, seat_free
from .palette import Commands

if TYPE_CHECKING:
    from ..seats.invite import Code

# How long a clean shutdown may take after SIGTERM before the process just ends.
EXIT_GRACE_SECONDS = 3.0
# How long a signal's last save may keep trying (a full disk) before what is unsaved is rescued.
SIGNAL_SAVE_SECONDS = 2.0
# At most this many pieces of news wait for a form to close (a burst of her seat's changes).
HELD_NOTIFICATIONS = 5


class GesprekApp(ReportsCrashesWithoutContent, Navigation, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "gesprek"
    ENABLE_COMMAND_PALETTE = True
    # Textual's provider of these commands, saying "no match" in the UI's language (palette.py).
    COMMANDS = {Commands}
    BINDINGS = [
        Binding("ctrl+q", "quit", t("key.quit"), key_display="^Q", priority=True),
        Binding("f1", "help", t("key.help"), key_display="F1"),
        # Our own palette binding, so its footer label is in the UI's language.
        Binding("ctrl+p", "command_palette", t("key.palette_short"), show=False, priority=True),
    ]

    def __init__(
        self,
        store: Store,
        *,
        clock: Clock | None = None,
        open_meeting: Meeting | None = None,
        on_first_frame: Callable[[], None] | None = None,
        join: Code | None = None,
    ) -> None:
        """`open_meeting`: a meeting to hold (or, finished, to read) as soon as the app opens.
        `join`: the code of a meeting to join on the employee's own seat (`gesprek join`).

        `on_first_frame` runs once the first screen is drawn (start-up's collector pause).
        """
        live = open_meeting is not None and open_meeting.status is not Status.FINISHED
        # Her seat in this meeting open in another window: it goes on there (said on mount).
        self._seat_elsewhere = join is not None and not seat_free(store, join.meeting)
        if self._seat_elsewhere:
            join = None
        # The first screen is the first mode's screen, drawn with the app itself: one pushed
        # from on_mount would be laid out and rendered twice before anything shows (~60 ms).
        self.DEFAULT_MODE = self.MEETING_MODE if live else self.SEAT_MODE if join else self.START_MODE
        super().__init__()
        self.store = store
        self.clock = clock or SystemClock()
        self._open_meeting = open_meeting
        self._on_first_frame = on_first_frame
        self.add_mode(self.START_MODE, self.start_screen)
        if live:
            self.add_mode(self.MEETING_MODE, lambda: self.meeting_screen(open_meeting))
        if join is not None:
            self.add_mode(self.SEAT_MODE, lambda: self.seat_screen(join))
        self.autosaver = Autosaver(store, self._save_status_from_thread)
        self.save_status: SaveStatus | None = None
        self._quit_unsaved = False
        self._exit_watchdog: threading.Timer | None = None
        # What the store could not take, kept elsewhere when the app had to go (rescue.py):
        # messages the command line prints once the terminal is back.
        self.rescue_messages: list[str] = []
        # News that came while a form was open (notify), shown when it closes.
        self._held_notifications: list[tuple[str, dict]] = []

    # -- lifecycle -----------------------------------------------------------

    def get_driver_class(self) -> type[Driver]:
        """Textual's driver, reading a bracketed paste whole (whole_paste.py: a Textual bug)."""
        from .whole_paste import read_pastes_whole

        return read_pastes_whole(super().get_driver_class())

    def on_mount(self) -> None:
        self.install_signal_handlers()
        self.screen_change_signal.subscribe(self, self._screen_changed)
        self.watch_terminal()
        if self._seat_elsewhere:
            self.notify(t("seat.open_elsewhere"), severity="error", timeout=20)
        meeting = self._open_meeting
        if meeting is not None and meeting.status is Status.FINISHED:
            self.open_meeting(meeting)

    def on_ready(self) -> None:
        if self._on_first_frame is not None:
            self._on_first_frame()

    def install_signal_handlers(self) -> None:
        """Save before dying on a dropped SSH line or a kill: Textual installs none."""
        import asyncio

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self.save_and_exit, signum)
            except (NotImplementedError, RuntimeError):  # not on the main thread (tests)
                pass

    def watch_terminal(self) -> None:
        """A terminal gone without SIGHUP is a hang-up too (hangup.py: Textual would spin on it)."""
        import asyncio
        import sys

        stdin = sys.__stdin__
        if self.is_headless or stdin is None:
            return  # tests: no terminal to lose
        from .hangup import watch_for_hangup

        loop = asyncio.get_running_loop()

        def gone() -> None:
            with suppress(RuntimeError):  # the loop has ended: the app is going already
                loop.call_soon_threadsafe(self.save_and_exit, signal.SIGHUP)

        watch_for_hangup(stdin.fileno(), gone)

    def save_and_exit(self, signum: int = signal.SIGTERM) -> None:
        """Nobody to ask, so forms hand over what was typed; then leave.

        After a hang-up the terminal is gone: Textual's shutdown would block writing to
        it and its input thread would spin on the dead line, so a dropped SSH line left
        a process burning CPU on a shared server. Once everything is on disk, go at once.
        A SIGTERM still gets a clean exit (terminal restored), with the same way out.
        """
        if not self.save_everything(salvage_forms=True, timeout=SIGNAL_SAVE_SECONDS):
            self.rescue_unsaved()
        if signum == signal.SIGHUP:
            os._exit(0)
        self.exit()
        self._exit_watchdog = threading.Timer(EXIT_GRACE_SECONDS, os._exit, args=(0,))
        self._exit_watchdog.daemon = True
        self._exit_watchdog.start()

    def save_everything(self, salvage_forms: bool = False, timeout: float = 5.0) -> bool:
        """Hand every open meeting's latest state to the store and wait for the disk.

        False if it did not all reach the disk (full disk, read-only folder, ...).
        """
        from .dialogs.form import KeepsTyping

        if salvage_forms:
            for screen in self.screen_stack:
                if isinstance(screen, KeepsTyping) and screen.dirty:
                    screen.salvage()
        from .screens.base import AppScreen

        for screen in self.meeting_screens():
            screen.persist()
        saved = self.autosaver.flush(timeout)
        for screen in self.screen_stack:  # her own seat keeps what she types in her outbox
            if isinstance(screen, AppScreen):
                saved = screen.save_typing(timeout) and saved
        return saved

    async def action_quit(self) -> None:
        from .dialogs.confirm import ConfirmScreen
        from .dialogs.form import KeepsTyping
        from .screens.base import AppScreen

        # A form that edits a meeting keeps its typing as a draft that comes back on resume;
        # any other would lose it.
        if any(
            isinstance(screen, KeepsTyping) and screen.dirty and not screen.keeps_typing
            for screen in self.screen_stack
        ):

            def answered(yes: bool | None) -> None:
                if yes:
                    self._quit()

            self.push_screen(ConfirmScreen(t("quit.form_open")), answered)
            return
        question = next(filter(None, (s.quit_question() for s in self.screen_stack if isinstance(s, AppScreen))), None)
        if question is not None:

            def go_anyway(yes: bool | None) -> None:
                if yes:
                    self._quit()

            self.push_screen(ConfirmScreen(question), go_anyway)
            return
        self._quit()

    def _quit(self) -> None:
        # Stopping on purpose pauses the clock: a resumed meeting waits for Ctrl+G.
        for screen in self.meeting_screens():
            screen.timer.pause()
        saved = self.save_everything()
        kept_apart = self.autosaver.kept_apart()
        if kept_apart and not self._quit_unsaved:
            # The last save of a meeting went to a conflict copy: quitting must not hide that.
            from .dialogs.confirm import ConfirmScreen

            def answered(yes: bool | None) -> None:
                if yes:
                    self.exit()

            self.push_screen(ConfirmScreen(t("quit.conflict", file=next(iter(kept_apart.values())))), answered)
            return
        if saved or self._quit_unsaved:
            if not saved:
                self.rescue_unsaved()
            self.exit()
            return
        # Saving fails: say so, keep running (and retrying); a second Ctrl+Q quits anyway.
        self._quit_unsaved = True
        self.notify(t("quit.not_saved"), severity="error", timeout=20)

    def rescue_unsaved(self) -> None:
        """The store cannot take what was typed and the app must go: keep it elsewhere."""
        from .screens.base import AppScreen

        for record in self.autosaver.unsaved():
            path = self.store.rescue(record)
            key, values = ("store.rescued_to", {"file": path}) if path else ("store.rescue_failed", {})
            self.rescue_messages.append(t(key, **values))
        for screen in self.screen_stack:  # her own seat keeps what she types in her outbox
            if isinstance(screen, AppScreen):
                self.rescue_messages += screen.rescue_typing()

    def on_unmount(self) -> None:
        if self._exit_watchdog is not None:
            self._exit_watchdog.cancel()  # the clean exit made it
        self.save_everything()
        self.autosaver.close()
        self.store.sync_index()  # the next start lists from one small file

    def notify(self, message: str, *, over_forms: bool = False, **kwargs) -> None:
        """A notification, shown at the top right (app.tcss). While a form or dialog is open a
        plain piece of news waits until it closes: at 80x24 the form fills the screen, and a
        notification would cover the field being typed in. Warnings and errors show at once;
        `over_forms`: news about the form itself, shown at once too."""
        if not over_forms and kwargs.get("severity", "information") == "information" and self._a_form_is_open():
            if len(self._held_notifications) < HELD_NOTIFICATIONS:
                self._held_notifications.append((message, kwargs))
            return
        # Messages carry people's text and file paths: never read them as markup or escapes.
        kwargs["markup"] = False
        super().notify(inert(message), **kwargs)

    def _a_form_is_open(self) -> bool:
        from textual.screen import ModalScreen

        from .dialogs.form import KeepsTyping

        return bool(self.screen_stack) and isinstance(self.screen, (ModalScreen, KeepsTyping))

    def _screen_changed(self, screen: Screen) -> None:
        """Back from the forms and dialogs: the news that waited."""
        if self._held_notifications and not self._a_form_is_open():
            held, self._held_notifications = self._held_notifications, []
            for message, kwargs in held:
                self.notify(message, **kwargs)

    # -- saving ----------------------------------------------------------------

    def _save_status_from_thread(self, status: SaveStatus) -> None:
        if self.is_running:  # closing or closed: nobody left to tell
            self.post_message(SaveStatusChanged(status))

    def on_save_status_changed(self, message: SaveStatusChanged) -> None:
        status = message.status
        previous = self.save_status
        self.save_status = status
        trouble = status.state is not SaveState.SAVED
        # Once per kind of trouble: a retry every few seconds must not pile up notifications.
        if trouble and (previous is None or previous.state is not status.state):
            self.notify(status.message, title=t("save.problem"), severity="error", timeout=15)
        elif previous is not None and previous.state is not SaveState.SAVED and not trouble:
            self.notify(t("save.recovered"))
        for screen in self.screen_stack:
            screen.post_message(SaveStatusChanged(status))

    # -- keys in the UI's language ---------------------------------------------------

    def get_key_display(self, binding: Binding) -> str:
        """The footer's name for a key: '^P', 'Esc', 'Del' (Textual's: '^p', 'esc', 'delete')."""
        from .key_names import key_display

        return binding.key_display or key_display(binding.key.split(",")[0])

    def action_help_quit(self) -> None:
        """Ctrl+C: Textual's notice says how to quit in English, with markup; ours in the UI's language."""
        self.notify(t("quit.ctrl_c"), title=t("quit.ctrl_c_title"))

    # -- the command palette ------------------------------------------------------

    def action_command_palette(self) -> None:
        # Textual's own, with its search field's placeholder in the UI's language.
        from textual.command import CommandPalette

        if self.use_command_palette and not CommandPalette.is_open(self):
            self.push_screen(CommandPalette(id="--command-palette", placeholder=t("palette.placeholder")))

    def action_help(self) -> None:
        from .dialogs.help import HelpScreen
        from .screens.base import AppScreen

        screen = self.screen
        if not isinstance(screen, HelpScreen):
            need = screen.typing_keys_need() if isinstance(screen, AppScreen) else None
            self.push_screen(HelpScreen(screen, need))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        from .screens.base import AppScreen

        yield SystemCommand(t("key.help"), t("cmd.help"), self.action_help)
        if isinstance(screen, AppScreen):
            yield from screen.palette_commands()
        yield SystemCommand(t("key.quit"), t("cmd.quit"), self.action_quit)

