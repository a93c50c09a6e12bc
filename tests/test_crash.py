"""An error that escapes a screen ends the app with a short message, never with the record's content."""

from __future__ import annotations

import inspect

import pytest
from textual.app import App

from tui.crash import crash_message
from tui.domain.clock import FakeClock
from tui.i18n import t
from tui.store import open_store
from tui.ui.app import GesprekApp
from tui.ui.screens.meeting.meeting import MeetingScreen

from .ui.scenes import planned_meeting

SECRET = "Sanne vertelde in vertrouwen over haar burn-out"


async def test_a_crash_prints_where_but_not_what(tmp_path, monkeypatch, capsys):
    meeting = planned_meeting()
    meeting.topics[0].draft = SECRET

    def broken(self) -> None:
        draft = self.meeting.topics[0].draft  # a local Textual's report would print
        raise ValueError(f"kapot bij {draft}")

    monkeypatch.setattr(MeetingScreen, "action_next_topic", broken)
    app = GesprekApp(open_store(tmp_path / "store"), clock=FakeClock(), open_meeting=meeting)
    with pytest.raises(ValueError):
        async with app.run_test() as pilot:
            await pilot.press("ctrl+n")
    printed = capsys.readouterr()
    shown = printed.out + printed.err
    assert SECRET not in shown and "Sanne" not in shown
    assert " ".join(shown.split()).startswith(t("crash.message", error="ValueError"))  # rich wraps it
    assert "test_crash.py" in shown  # where it happened, for a bug report


def test_a_failed_worker_is_reported_by_the_error_inside():
    from textual.worker import WorkerFailed

    try:
        {}[SECRET]
    except KeyError as error:
        message = crash_message(WorkerFailed(error))
    assert message.startswith(t("crash.message", error="KeyError"))
    assert "test_crash.py" in message and SECRET not in message


def test_textual_still_reports_a_crash_through_fatal_error():
    """Canary for the one private override (tui/crash.py): Textual 8.2.8 has no public hook for an
    unhandled error; App._handle_exception calls self._fatal_error() with no arguments, inside the
    except block, to print its traceback with every frame's locals. When this fails, Textual has
    changed that path: look at ReportsCrashesWithoutContent again (a public hook, a new name)."""
    assert list(inspect.signature(App._fatal_error).parameters) == ["self"]
    handle = inspect.getsource(App._handle_exception)
    assert "self._fatal_error()" in handle
    assert "show_locals=True" in inspect.getsource(App._fatal_error)  # what the override keeps off screen
    assert GesprekApp._fatal_error is not App._fatal_error


async def test_a_crash_in_a_worker_prints_our_message_and_no_record(tmp_path, capsys):
    """A thread worker that raises reaches the same hook, wrapped in WorkerFailed."""
    meeting = planned_meeting()
    meeting.topics[0].draft = SECRET

    def broken(self) -> None:
        names = (self.meeting.employee, self.meeting.topics[0].draft)
        raise RuntimeError(f"kapot: {names}")

    from textual.worker import WorkerFailed

    app = GesprekApp(open_store(tmp_path / "store"), clock=FakeClock(), open_meeting=meeting)
    with pytest.raises(WorkerFailed):
        async with app.run_test() as pilot:
            app.run_worker(lambda: broken(app.screen), thread=True)
            await pilot.pause()
    printed = capsys.readouterr()
    shown = " ".join((printed.out + printed.err).split())
    assert SECRET not in shown and "Sanne" not in shown and "Traceback" not in shown
    assert shown.startswith(t("crash.message", error="RuntimeError"))
