"""Cross-process locks on separate lock files.

The data files themselves cannot be locked: os.replace swaps in a new inode,
so a lock on the old one protects nothing.
"""

from __future__ import annotations

import errno
import fcntl
import os
import weakref
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from .paths import PRIVATE_FILE


class LockTimeout(TimeoutError):
    """Another process kept the lock longer than we were willing to wait."""

    def __init__(self, lock_file: Path) -> None:
        super().__init__(f"lock {lock_file} is held by another process")
        self.lock_file = str(lock_file)


@contextmanager
def locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock `path`; LockTimeout if another process keeps it longer than `timeout` s."""
    # Imported here: most starts never write, and filelock costs ~10 ms of start-up.
    from filelock import FileLock, Timeout

    try:
        lock = FileLock(path, timeout=timeout, mode=PRIVATE_FILE)
        lock.acquire()
    except Timeout as exc:
        raise LockTimeout(path) from exc
    try:
        yield
    finally:
        lock.release()


class Held:
    """A lock held until release(), or until this process ends: the kernel then lets go of it
    (flock), so a process killed with kill -9 leaves nothing that blocks anyone."""

    def __init__(self, fd: int) -> None:
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the only descriptor drops the flock
            self._fd = None


def hold(path: Path, *, shared: bool = False) -> Held | None:
    """Take the lock `path` without waiting, `shared` with other shared holders or else alone; None
    if that cannot be had now, whoever holds it, in any process or in this one (each call opens the
    file anew, and flock locks are per open file). OSError if the file cannot be made."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE)
    try:
        fcntl.flock(fd, (fcntl.LOCK_SH if shared else fcntl.LOCK_EX) | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(fd)
        return None
    except BaseException:
        os.close(fd)
        raise
    return Held(fd)


class StoreInUse(Exception):
    """Another process holds the store in a way that excludes ours (see StoreHold)."""


class StoreHold:
    """This process has the store open: a shared flock on one lock file for as long as the
    Store lives, which the kernel drops when the process dies, however it dies.

    Encrypting or decrypting needs the store alone (alone()): every other process would go on
    writing files in the form it opened the store with. Taken without waiting: an open during
    a conversion, or a conversion while the store is open elsewhere, is refused at once.
    """

    def __init__(self, path: Path) -> None:
        try:
            self._fd: int | None = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE)
        except OSError as exc:
            if exc.errno != errno.EROFS:
                raise
            # A read-only copy (a backup being read): nothing here can be written, nor converted.
            self._fd = None
            self.close = lambda: None
            return
        self.close = weakref.finalize(self, os.close, self._fd)  # at the latest with the Store
        os.fchmod(self._fd, PRIVATE_FILE)
        self._take(fcntl.LOCK_SH)

    @contextmanager
    def alone(self) -> Iterator[None]:
        """No other process has the store open until the block ends; StoreInUse if one has."""
        self._take(fcntl.LOCK_EX)
        try:
            yield
        finally:
            # Back to shared. Linux may drop the lock before taking the new one; should another
            # conversion slip in between, this process is leaving anyway (only `gesprek
            # encrypt`/`decrypt` call alone()).
            with suppress(StoreInUse):
                self._take(fcntl.LOCK_SH)

    def _take(self, mode: int) -> None:
        if self._fd is None:
            return
        try:
            fcntl.flock(self._fd, mode | fcntl.LOCK_NB)
        except BlockingIOError as exc:
            raise StoreInUse() from exc
