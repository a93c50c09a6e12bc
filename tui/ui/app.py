"""The Textual application: wires store, clock and agendas into the screens."""

from __future__ import annotations

import gc
import os
import signal
import threading
from collections.abc import Iterable

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen

from ..crash import ReportsCrashesWithoutContent
from ..domain.agenda import Agenda
from ..domain.clock import Clock, SystemClock
from ..domain.model import Meeting, Status
from ..domain.safe_text import single_line
from ..i18n import t
from ..store import Autosaver, SaveState, SaveStatus, Store

# How long a clean shutdown may take after SIGTERM before the process just ends.
EXIT_GRACE_SECONDS = 3.0


class GesprekApp(ReportsCrashesWithoutContent, App[None]):
    CSS_PATH = "app.tcss"
    TITLE = "gesprek"
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+q", "quit", t("key.quit"), key_display="^Q", priority=True),
        Binding("f1", "help", t("key.help"), key_display="F1"),
        # Our own palette binding, so its footer label is in the UI's language.
        Binding("ctrl+p", "command_palette", t("key.palette_short"), show=False, priority=True),
    ]

    def __init__(self, store: Store, *, clock: Clock | None = None, open_meeting: Meeting | None = None) -> None:
        super().__init__()
        self.store = store
        self.clock = clock or SystemClock()
        self._open_meeting = open_meeting
        self.autosaver = Autosaver(store, self._on_save_status_thread)
        self.save_status: SaveStatus | None = None
        self._quit_unsaved = False
        self._exit_watchdog: threading.Timer | None = None

    # -- agendas -----------------------------------------------------------------

    def load_agenda(self, name: str, lang: str) -> Agenda:
        from ..agenda_library import load_agenda

        return load_agenda(name, lang, self.store.agenda_cache)

    def agenda_choices(self) -> list[tuple[Content, str]]:
        """(label, name) pairs for the new-meeting form."""
        from ..agenda_library import list_agendas
        from ..i18n import language

        seen: dict[str, str] = {}
        for info in list_agendas(language()):
            if not info.error and info.name not in seen:
                seen[info.name] = t("new.agenda_choice", title=single_line(info.title), minutes=info.total_minutes)
        # Content, not str: a template title is read literally, never as markup.
        return [(Content(label), name) for name, label in seen.items()]

    # -- lifecycle -----------------------------------------------------------

    def get_default_screen(self) -> Screen:
        """The first screen: drawn with the app itself, where one pushed from on_mount would be
        laid out and rendered twice before anything shows (~60 ms more at start-up).

        Straight into a meeting when one was given; the start screen comes once it is over.
        """
        meeting = self._open_meeting
        if meeting is not None and meeting.status is not Status.FINISHED:
            from .screens.meeting import MeetingScreen

            screen = MeetingScreen(meeting, self.clock)
            # Textual gives only pushed screens a result callback, and switch_screen() pops
            # one: without this, the start screen could not replace the meeting at its end.
            screen._push_result_callback(self, None)
            return screen
        from .screens.start import StartScreen

        return StartScreen()

    def on_mount(self) -> None:
        self.install_signal_handlers()
        meeting = self._open_meeting
        if meeting is not None and meeting.status is Status.FINISHED:
            self.open_meeting(meeting)

    def on_ready(self) -> None:
        # The first screen is drawn. If start-up paused the collector (cli.main), freeze what
        # exists (nearly all of it lives as long as the app), so no later collection walks it
        # again. A full collection first would cost ~40 ms just as typing starts; what it would
        # free (start-up's few thousand cyclic leftovers, the first meeting screen once the
        # meeting ends) stays in memory instead.
        if not gc.isenabled():
            gc.freeze()
            gc.enable()

    def install_signal_handlers(self) -> None:
        """Save before dying on a dropped SSH line or a kill: Textual installs none."""
        import asyncio

        loop = asyncio.get_running_loop()
        for signum in (signal.SIGHUP, signal.SIGTERM):
            try:
                loop.add_signal_handler(signum, self.save_and_exit, signum)
            except (NotImplementedError, RuntimeError):  # not on the main thread (tests)
                pass

    def save_and_exit(self, signum: int = signal.SIGTERM) -> None:
        """Nobody to ask, so forms hand over what was typed; then leave.

        After a hang-up the terminal is gone: Textual's shutdown would block writing to
        it and its input thread would spin on the dead line, so a dropped SSH line left
        a process burning CPU on a shared server. Once everything is on disk, go at once.
        A SIGTERM still gets a clean exit (terminal restored), with the same way out.
        """
        self.save_everything(salvage_forms=True)
        if signum == signal.SIGHUP:
            os._exit(0)
        self.exit()
        self._exit_watchdog = threading.Timer(EXIT_GRACE_SECONDS, os._exit, args=(0,))
        self._exit_watchdog.daemon = True
        self._exit_watchdog.start()

    def save_everything(self, salvage_forms: bool = False) -> bool:
        """Hand every open meeting's latest state to the store and wait for the disk.

        False if it did not all reach the disk (full disk, read-only folder, ...).
        """
        from .screens.meeting import MeetingScreen

        if salvage_forms:
            for screen in self.screen_stack:
                if getattr(screen, "dirty", False):
                    getattr(screen, "salvage", lambda: None)()
        for screen in self.screen_stack:
            if isinstance(screen, MeetingScreen):
                screen.persist()
        return self.autosaver.flush()

    async def action_quit(self) -> None:
        if any(getattr(screen, "dirty", False) for screen in self.screen_stack):
            from .screens.confirm import ConfirmScreen

            def answered(yes: bool | None) -> None:
                if yes:
                    self._quit()

            self.push_screen(ConfirmScreen(t("quit.form_open")), answered)
            return
        self._quit()

    def _quit(self) -> None:
        from .screens.meeting import MeetingScreen

        # Stopping on purpose pauses the clock: a resumed meeting waits for Ctrl+G.
        for screen in self.screen_stack:
            if isinstance(screen, MeetingScreen):
                screen.timer.pause()
        if self.save_everything() or self._quit_unsaved:
            self.exit()
            return
        # Saving fails: say so, keep running (and retrying); a second Ctrl+Q quits anyway.
        self._quit_unsaved = True
        self.notify(t("quit.not_saved"), severity="error", timeout=20)

    def on_unmount(self) -> None:
        if self._exit_watchdog is not None:
            self._exit_watchdog.cancel()  # the clean exit made it
        self.save_everything()
        self.autosaver.close()

    def notify(self, message: str, **kwargs) -> None:
        # Messages carry people's text and file paths: never read them as markup.
        kwargs["markup"] = False
        super().notify(message, **kwargs)

    # -- saving ----------------------------------------------------------------

    def _on_save_status_thread(self, status: SaveStatus) -> None:
        if not self.is_running:
            return  # closing or closed: nobody left to tell (and no loop to run the call)
        try:
            self.call_from_thread(self._on_save_status, status)
        except RuntimeError:
            pass  # the app has already closed: nobody left to tell

    def _on_save_status(self, status: SaveStatus) -> None:
        previous = self.save_status
        self.save_status = status
        trouble = status.state is not SaveState.SAVED
        if trouble and (previous is None or previous.message != status.message):
            self.notify(status.message, title=t("save.problem"), severity="error", timeout=15)
        elif previous is not None and previous.state is not SaveState.SAVED and not trouble:
            self.notify(t("save.recovered"))
        for screen in self.screen_stack:
            handler = getattr(screen, "on_save_status", None)
            if handler is not None:
                handler(status)

    # -- navigation --------------------------------------------------------------

    def open_meeting(self, meeting: Meeting) -> None:
        # The start screen's resume offer would otherwise cover the notes editor.
        self.clear_notifications()
        # Screens are imported when first shown: each costs start-up time.
        if meeting.status is Status.FINISHED:
            from .screens.view import ViewScreen

            self.push_screen(ViewScreen(meeting))
        else:
            from .screens.meeting import MeetingScreen

            self.push_screen(MeetingScreen(meeting, self.clock))

    def switch_to_summary(self, meeting: Meeting, timer) -> None:
        """After the meeting ends: back to the start screen with the summary on top."""
        from .screens.start import StartScreen
        from .screens.summary import SummaryScreen

        while len(self.screen_stack) > 1 and not isinstance(self.screen, StartScreen):
            self.pop_screen()
        if not isinstance(self.screen, StartScreen):
            # The meeting was the first screen: the start screen takes its place.
            self.switch_screen(StartScreen())
        self.push_screen(SummaryScreen(meeting, timer))

    def action_help(self) -> None:
        from .screens.help import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        yield SystemCommand(t("key.help"), t("cmd.help"), self.action_help)
        yield from getattr(screen, "palette_commands", lambda: [])()
        yield SystemCommand(t("key.quit"), t("cmd.quit"), self.action_quit)
