"""hangup.watch_for_hangup: a terminal (or pipe) that goes away is noticed, without reading it."""

from __future__ import annotations

import os
import pty
import threading

from tui.ui.hangup import watch_for_hangup


def test_a_closed_pty_is_noticed_and_what_was_typed_is_left_to_the_reader():
    master, slave = pty.openpty()
    gone = threading.Event()
    try:
        thread = watch_for_hangup(slave, gone.set)
        assert thread is not None
        os.write(master, b"x\n")  # a whole line: the pty is in its default, line-by-line mode
        assert os.read(slave, 10) == b"x\n"  # typed input is Textual's to read, not the watcher's
        assert not gone.is_set()
        os.close(master)
        assert gone.wait(5)
        thread.join(5)
        assert not thread.is_alive()
    finally:
        os.close(slave)


def test_a_pipe_whose_writer_closed_is_noticed():
    reader, writer = os.pipe()
    gone = threading.Event()
    try:
        watch_for_hangup(reader, gone.set)
        os.close(writer)
        assert gone.wait(5)
    finally:
        os.close(reader)
