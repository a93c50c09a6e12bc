"""Writing files so that a crash at any moment leaves either the old or the new file.

TinyDB's own JSONStorage rewrites the file in place: a kill -9 mid-write leaves
a file that no longer loads. Here every write goes to a temp file in the same
folder (0600), is fsynced, and replaces the old file with os.replace; the
previous version is kept as <name>.bak. Exports are written the same way.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import re
import stat
from contextlib import suppress
from pathlib import Path
from typing import Any, BinaryIO

from .errors import GarbledJSON, NotAFile, TooDeep
from .paths import PRIVATE_FILE, backup_path

log = logging.getLogger(__name__)

# Errors from os.link on file systems without hard links: fall back to a copy.
_NO_HARD_LINKS = {errno.EPERM, errno.EOPNOTSUPP, errno.ENOTSUP, errno.EMLINK, errno.EXDEV}
# Temp files this old were left by a crash, not by a write in progress.
STALE_TEMP_SECONDS = 3600


def write_atomic(path: Path, data: bytes, *, keep_backup: bool = False) -> None:
    """Replace `path` by `data` (0600); with keep_backup the old file becomes <name>.bak."""
    temp = _temp_name(path)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, PRIVATE_FILE)
    try:
        try:
            os.fchmod(fd, PRIVATE_FILE)  # exact bits, whatever the umask or default ACL
            _write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        if keep_backup:
            _keep_backup(path)
        os.replace(temp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise
    fsync_folder(path.parent)


def rewrite_in_place(path: Path, data: bytes) -> None:
    """Write a small document over the file `path` (0600) in one write call, without fsync.

    For data rewritten every few seconds that may be lost in a power cut (a clock): a new
    file per write (write_atomic) dirties a data page, an inode and a folder block each time,
    over a kilobyte a second; this dirties one page, again and again. A kill -9 cannot
    interrupt the write; a reader that catches it halfway, or a power cut, sees a document
    that does not parse, which the reader must then ignore. The caller pads `data` to a steady
    size (sealing.Codec.rewrite_in_place), so the file is rarely cut shorter.
    """
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, PRIVATE_FILE)
    try:
        os.fchmod(fd, PRIVATE_FILE)
        os.pwrite(fd, data, 0)
        if os.fstat(fd).st_size > len(data):
            os.ftruncate(fd, len(data))
    finally:
        os.close(fd)


def is_temp_name(file_name: str) -> bool:
    return file_name.startswith(".") and file_name.endswith(".tmp")


def drop_if_stale(item: os.DirEntry[str], now: float) -> None:
    """Remove a temp file (is_temp_name) left by a crash: older than any write in progress."""
    with suppress(OSError):
        if now - item.stat(follow_symlinks=False).st_mtime > STALE_TEMP_SECONDS:
            os.unlink(item.path)


def temp_target(file_name: str) -> str | None:
    """The name of the file a temp file (named by _temp_name) was written for; None for any other name."""
    match = _TEMP.fullmatch(file_name)
    return match["name"] if match else None


def parse_json(data: bytes) -> Any:
    """`data` parsed; GarbledJSON (with the line) if it is not JSON, TooDeep if too nested to parse."""
    try:
        return json.loads(data)
    except RecursionError as exc:
        raise TooDeep() from exc  # e.g. "[" * 100000: valid-looking, but no meeting is that deep
    except ValueError as exc:
        line = (
            exc.lineno if isinstance(exc, json.JSONDecodeError) else data.count(b"\n", 0, getattr(exc, "start", 0)) + 1
        )
        raise GarbledJSON(line=line) from exc


def read_json(path: Path) -> Any:
    """parse_json of the file `path`; NotAFile if it is no regular file. OSError passes through.
    For files that hold no personal data: the others go through sealing.Codec."""
    return parse_json(read_regular(path))


def open_regular(path: Path) -> BinaryIO:
    """`path` open for reading; NotAFile for a folder, FIFO or device, without waiting on one."""
    fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise NotAFile()
        return open(fd, "rb")  # noqa: SIM115 - the caller closes it, and with it fd
    except BaseException:
        os.close(fd)
        raise


def read_regular(path: Path) -> bytes:
    """The bytes of `path`; NotAFile for a folder, FIFO or device."""
    with open_regular(path) as file:
        return file.read()


def _temp_name(path: Path) -> Path:
    # Hidden and unique per writer; left-overs from a crash are recognised by is_temp_name.
    return path.with_name(f".{path.name}.{os.getpid()}.{os.urandom(4).hex()}.tmp")


_TEMP = re.compile(r"\.(?P<name>.+)\.\d+\.[0-9a-f]{8}\.tmp")


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _keep_backup(path: Path) -> None:
    """Make the current `path` the .bak, atomically, before it is replaced."""
    bak = backup_path(path)
    temp = _temp_name(bak)
    try:
        os.link(path, temp)
    except FileNotFoundError:
        return  # first save: nothing to keep
    except OSError as exc:
        if exc.errno not in _NO_HARD_LINKS:
            raise
        write_atomic(bak, path.read_bytes())
        return
    try:
        os.chmod(temp, PRIVATE_FILE)  # a hard link keeps the old file's mode, which may be looser
        os.replace(temp, bak)
    except BaseException:
        with suppress(OSError):
            os.unlink(temp)
        raise


def fsync_folder(folder: Path) -> None:
    """Make a rename (or an unlink) in `folder` itself durable.

    Never raises: the new file is already in place, and reporting the save as
    failed would make its bumped revision look like another writer's.
    """
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError as exc:
        if exc.errno != errno.EINVAL:  # some file systems cannot fsync a folder
            log.warning("could not fsync %s: %s", folder, exc)
