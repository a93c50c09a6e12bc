"""A dropped SSH line (SIGHUP) or a kill (SIGTERM) saves first; the meeting then resumes, timers included.

The app runs for real under a pseudo-terminal, as over SSH.
"""

from __future__ import annotations

import signal
import time

import pytest

from tui.domain.model import Status
from tui.store import open_store
from tui.ui.screens.meeting.meeting import MeetingScreen

from .keys import type_text
from .terminal import new_meeting


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_signal_saves_typing_and_timer(tmp_path, signum):
    term, store_dir = new_meeting(tmp_path)
    try:
        term.wait_for(b"Opening")
        term.type(b"\x07")  # ctrl+g: start the clock
        term.wait_for(b"LOOPT")
        started = time.monotonic()  # the clock started before its label showed
        term.type("Typt nog één zin".encode())
        term.wait_for("Typt nog één zin".encode())  # on screen: the app has all of it
        # Real time has to pass for a timer to keep: until the clock has run more than a second.
        time.sleep(max(0.0, started + 1.05 - time.monotonic()))
        term.process.send_signal(signum)
        assert term.process.wait(timeout=15) == 0
    finally:
        term.close()
    [summary] = open_store(store_dir).list()
    meeting = open_store(store_dir).load(summary.id)
    assert meeting.status is Status.RUNNING
    assert meeting.topics[0].draft == "Typt nog één zin"
    spent = meeting.topics[0].spent_seconds
    assert 1.0 < spent < 10.0


async def test_resumed_meeting_continues_its_timers(tmp_path, make_app, store, clock, meeting):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+g")
        clock.advance(75)
        await type_text(pilot, "onaf")
        await pilot.press("ctrl+q")
    # Time while the app was closed does not count.
    clock.advance(3600)
    saved = store.load(meeting.id)
    assert saved.topics[0].spent_seconds == 75
    assert saved.topics[0].draft == "onaf"
    assert saved.status is Status.PAUSED  # quitting on purpose pauses the clock
    again = make_app(open_meeting=saved)
    async with again.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = again.screen
        assert isinstance(screen, MeetingScreen)
        assert screen.query_one("#editor").text == "onaf"
        clock.advance(5)
        assert screen.timer.spent(0) == 75
        await pilot.press("ctrl+g")
        clock.advance(5)
        assert screen.timer.spent(0) == 80
        assert screen.timer.running


def test_hangup_after_the_terminal_is_gone_ends_the_process(tmp_path):
    """A dropped SSH line closes the terminal itself: the app must save and end, not spin."""
    term, store_dir = new_meeting(tmp_path)
    try:
        term.wait_for(b"Opening")
        term.type(b"laatste woorden")
        term.wait_for(b"laatste woorden")  # on screen: the app has all of it
        term.hang_up()  # the kernel now sends SIGHUP to the session
        term.process.wait(timeout=15)
    finally:
        term.close()
    [summary] = open_store(store_dir).list()
    assert open_store(store_dir).load(summary.id).topics[0].draft == "laatste woorden"


def test_a_terminal_gone_without_a_hangup_signal_ends_the_process_with_the_text_saved(tmp_path):
    """The pty closed but no SIGHUP came (the app was not the terminal's session, or ran under
    nohup; sshd killed hard): its input reads end of file. The app must save and go, not spin."""
    term, store_dir = new_meeting(tmp_path, controlling=False)
    try:
        term.wait_for(b"Opening")
        term.type(b"zonder ophangsignaal")
        term.wait_for(b"zonder ophangsignaal")  # on screen: the app has all of it
        term.hang_up()
        assert term.process.wait(timeout=10) == 0
    finally:
        term.close()
    [summary] = open_store(store_dir).list()
    assert open_store(store_dir).load(summary.id).topics[0].draft == "zonder ophangsignaal"
