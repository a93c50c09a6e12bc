"""The app run for real under a pseudo-terminal, as over SSH."""

from __future__ import annotations

import fcntl
import os
import pty
import select
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path


def _own_terminal() -> None:
    """In the child: a new session whose controlling terminal is the pty, as under sshd."""
    os.setsid()
    fcntl.ioctl(0, termios.TIOCSCTTY, 0)


def _terminal_without_hangup() -> None:
    """In the child: a new session without a controlling terminal, so closing the pty sends no
    SIGHUP (as for an app under nohup, or in a session that is not the terminal's)."""
    os.setsid()


class Terminal:
    """A child process on a pty whose output is drained (a full pty would block it).

    `controlling`: the pty is the child's controlling terminal, as under sshd; without it, the
    pty going away sends the child no SIGHUP.
    """

    def __init__(self, args: list[str], env: dict[str, str], *, controlling: bool = True) -> None:
        master, slave = pty.openpty()
        os.set_blocking(master, True)
        self.master = master
        self.output = bytearray()
        self._stop = threading.Event()
        self.process = subprocess.Popen(
            args,
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            preexec_fn=_own_terminal if controlling else _terminal_without_hangup,
            close_fds=True,
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


def new_meeting(home: Path, store_dir: Path | None = None, *, controlling: bool = True) -> tuple[Terminal, Path]:
    """`gesprek new` for Sanne and Pieter on a pty, in Dutch, with `home` as home folder; and its
    store (by default in `home`). `controlling`: see Terminal."""
    store_dir = store_dir or home / "store"
    env = {**os.environ, "HOME": str(home), "TERM": "xterm-256color", "GESPREK_STORE": str(store_dir)}
    env.pop("GESPREK_LANG", None)
    command = [sys.executable, "-m", "tui", "new", "--employee", "Sanne", "--manager", "Pieter"]
    return Terminal(command, env, controlling=controlling), store_dir
