"""Noticing that the terminal is gone when no SIGHUP says so.

A dropped SSH line normally ends in SIGHUP (app.save_and_exit). Without one, the terminal can
still go away: the pty's master closed while the app is not in the terminal's session (started
under nohup or setsid, a terminal emulator or tmux server killed, sshd killed hard). Textual
8.2.8's LinuxDriver (textual/drivers/linux_driver.py, run_input_thread) then keeps reading its
input: a hung-up terminal reads as end of file (os.read returns b""), which only ends that batch
of events, and select() finds the fd readable again at once: its input thread runs at 100% CPU
for ever, and her seat stays "connected". A read that fails with EIO instead ends that thread in
App.panic, whose shutdown writes to the dead terminal. Textual has no hook for either.
Upstream: Textualize/textual PR #6690 ("Fix input thread busy-looping at 100% CPU when stdin
reaches EOF", open): it stops the input thread, but leaves the app running; we want it to save and end.

Workaround: the app watches the fd itself, with poll() asking for no events at all; the kernel
still wakes it for POLLHUP and POLLERR, which is what a hung-up terminal (or a pipe whose writer
closed) reports. It reads nothing, so it takes no input from Textual's thread, and it sleeps in
the kernel until then. tests/ui/test_signals.py and tests/seats/test_command_line.py close a pty
that is not the app's controlling terminal and check that the app saves and ends. When Textual
ends an app whose input hung up, this module can go.
"""

from __future__ import annotations

import select
import threading
from collections.abc import Callable

_GONE = select.POLLHUP | select.POLLERR if hasattr(select, "poll") else 0


def watch_for_hangup(fd: int, on_hangup: Callable[[], None]) -> threading.Thread | None:
    """Call `on_hangup()`, on a thread of its own, once the terminal (or pipe) `fd` hangs up.

    None where it cannot be watched (no poll(), a closed fd): then only SIGHUP tells.
    """
    if not _GONE:
        return None
    poller = select.poll()
    try:
        poller.register(fd, 0)
    except (OSError, ValueError):
        return None

    def watch() -> None:
        while True:
            try:
                events = poller.poll()
            except OSError:
                return
            masks = [mask for _, mask in events]
            if any(mask & _GONE for mask in masks):
                on_hangup()
                return
            if any(mask & select.POLLNVAL for mask in masks):
                return  # closed, or a device poll() cannot watch (macOS ttys): SIGHUP only

    thread = threading.Thread(target=watch, name="gesprek-hangup", daemon=True)
    thread.start()
    return thread
