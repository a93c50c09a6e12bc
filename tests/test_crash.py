"""An error that escapes a screen ends the app with a short message, never with the record's content."""

from __future__ import annotations

import pytest

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
