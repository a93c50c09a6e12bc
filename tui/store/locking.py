"""Cross-process locks on separate lock files.

The data files themselves cannot be locked: os.replace swaps in a new inode,
so a lock on the old one protects nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
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
