"""A dropped SSH line (SIGHUP) or a kill (SIGTERM) saves first; the meeting then resumes, timers included.

The app runs for real under a pseudo-terminal, as over SSH.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import subprocess
import sys
import termios
import threading
import time

import pytest

from tui.domain.model import Status
from tui.store import open_store
from tui.ui.screens.meeting.meeting import MeetingScreen


def _own_terminal() -> None:
    """In the child: a new session whose controlling terminal is the pty, as under sshd."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


class Terminal:
    """A child process on a pty whose output is drained (a full pty would block it)."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        master, slave = pty.openpty()
        os.set_blocking(master, True)
        self.master = master
        self.output = bytearray()
        self._stop = threading.Event()
        self.process = subprocess.Popen(
            args, stdin=slave, stdout=slave, stderr=slave, env=env, preexec_fn=_own_terminal, close_fds=True
        )
        os.close(slave)
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            self.output.extend(chunk)

    def hang_up(self) -> None:
        """Close our side of the line, as sshd does when the connection drops."""
        self._stop.set()
        self._reader.join()
        os.close(self.master)
        self.master = None

    def wait_for(self, text: bytes, timeout: float = 20.0) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.output:
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise AssertionError(f"{text!r} never appeared; exit {self.process.poll()}")
            time.sleep(0.05)

    def type(self, data: bytes) -> None:
        os.write(self.master, data)

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        if self.master is not None:
            self.hang_up()


@pytest.mark.parametrize("signum", [signal.SIGHUP, signal.SIGTERM])
def test_signal_saves_typing_and_timer(tmp_path, signum):
    store_dir = tmp_path / "store"
    env = {**os.environ, "HOME": str(tmp_path), "TERM": "xterm-256color", "GESPREK_STORE": str(store_dir)}
    env.pop("GESPREK_LANG", None)
    term = Terminal([sys.executable, "-m", "tui", "new", "--employee", "Sanne", "--manager", "Pieter"], env)
    try:
        term.wait_for(b"Opening")
        term.type(b"\x07")  # ctrl+g: start the clock
        term.wait_for(b"LOOPT")
        term.type("Typt nog één zin".encode())
        time.sleep(1.3)
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
        await pilot.press(*"onaf", "ctrl+q")
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
    store_dir = tmp_path / "store"
    env = {**os.environ, "HOME": str(tmp_path), "TERM": "xterm-256color", "GESPREK_STORE": str(store_dir)}
    term = Terminal([sys.executable, "-m", "tui", "new", "--employee", "Sanne", "--manager", "Pieter"], env)
    try:
        term.wait_for(b"Opening")
        term.type("laatste woorden".encode())
        time.sleep(0.5)
        term.hang_up()  # the kernel now sends SIGHUP to the session
        term.process.wait(timeout=15)
    finally:
        term.close()
    [summary] = open_store(store_dir).list()
    assert open_store(store_dir).load(summary.id).topics[0].draft == "laatste woorden"
