"""Cross-process locks on separate lock files.

The data files themselves cannot be locked: os.replace swaps in a new inode,
so a lock on the old one protects nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from .paths import PRIVATE_FILE

LockTimeout = Timeout


@contextmanager
def locked(path: Path, timeout: float) -> Iterator[None]:
    """Hold the lock `path`; LockTimeout if another process keeps it longer than `timeout` s."""
    with FileLock(path, timeout=timeout, mode=PRIVATE_FILE):
        yield
