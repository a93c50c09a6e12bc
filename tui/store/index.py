"""The summary index: a rebuildable cache that keeps list() fast at 10,000 meetings.

index.json maps each meeting id to the identity of its file (inode, size,
mtime, ctime) and its summary, or the problem that file has. A refresh stats
every file with os.scandir and re-reads only those whose identity changed, so
the index is never trusted blindly and can be deleted at any time.

Saving a meeting does not rewrite index.json: a few stale entries cost a few
small reads at the next startup, while rewriting a multi-megabyte index on
every save would make saving slower as the store grows.
"""

from __future__ import annotations

import gc
import json
import os
import stat
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NamedTuple

from tui.domain.model import SCHEMA_VERSION, Meeting
from tui.i18n import t

from .atomic import drop_if_stale, is_temp_name
from .errors import CannotRead, MeetingNotFound, NotAFile, Problem, UnreadableData
from .locking import LockTimeout, locked
from .paths import Layout, meeting_id_of
from .sealing import Codec
from .summary import ROW_FIELDS, MeetingSummary

INDEX_FORMAT = 1
# How many entries index.json may lag behind before it is rewritten: at most
# this many small files are re-read at startup (~0.5 ms each).
SLACK = 32
INDEX_LOCK_TIMEOUT = 1.0

FileKey = tuple[int, int, int, int]  # inode, size, mtime_ns, ctime_ns


class Entry(NamedTuple):  # a tuple: 10,000 of them are built at every cold start
    key: FileKey | None  # None: read the file again next time (its problem may pass)
    summary: MeetingSummary | None
    problem: Problem | None


class Listing(NamedTuple):
    """The meetings that load as one refresh found them, newest date first, and the identity
    of the file each summary was read from (caches made from the same files check against it)."""

    summaries: list[MeetingSummary]
    keys: dict[str, FileKey]


def file_key(st: os.stat_result) -> FileKey:
    # os.replace gives every save a new inode, so coarse mtimes cannot hide a change.
    return (st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


class SummaryIndex:
    """Summaries and problems of all meeting files; thread-safe."""

    def __init__(self, layout: Layout, read: Callable[[Path], Meeting], codec: Codec) -> None:
        self._layout = layout
        self._codec = codec  # index.json holds names and dates: sealed like the meetings
        self._read = read  # raises UnreadableData or MeetingNotFound
        self._entries: dict[str, Entry] | None = None
        self._listing: list[MeetingSummary] | None = None  # summaries in list order, until a change
        self._unsynced = 0  # entries that may differ from index.json
        self._mutex = threading.Lock()

    def summaries(self) -> list[MeetingSummary]:
        """Summaries of all meetings that load, newest date first."""
        with self._mutex:
            return list(self._listed())

    def keyed(self) -> Listing:
        """summaries(), with the identity of each one's file."""
        with self._mutex:
            listing = self._listed()
            entries = self._entries or {}
            return Listing(list(listing), {summary.id: entries[summary.id].key for summary in listing})

    def _listed(self) -> list[MeetingSummary]:
        """Summaries in list order, up to date (mutex held)."""
        entries = self._refresh()
        if self._listing is None:
            listing = [entry.summary for entry in entries.values() if entry.summary]
            listing.sort(key=lambda s: (s.date, s.updated_at or "", s.id), reverse=True)
            self._listing = listing
        return self._listing

    def problems(self) -> list[tuple[str, Problem]]:
        """(meeting id, problem) for every file that does not load, by id."""
        with self._mutex:
            entries = self._refresh()
            return sorted((meeting_id, entry.problem) for meeting_id, entry in entries.items() if entry.problem)

    def ids(self) -> list[str]:
        """The id of every meeting file, sorted."""
        with self._mutex:
            return sorted(self._refresh())

    def record(self, path: Path, summary: MeetingSummary) -> None:
        """Note a meeting this process just saved to `path`, so it is not read back."""
        with self._mutex:
            if self._entries is None:
                return  # not loaded yet: the first refresh reads the file
            try:
                key = file_key(path.stat())
            except OSError:
                return  # the next refresh reads the file instead
            self._entries[summary.id] = Entry(key, summary, None)
            self._listing = None
            self._unsynced += 1

    def _refresh(self) -> dict[str, Entry]:
        """Bring the entries up to date with the files on disk (mutex held)."""
        with _gc_paused():
            return self._rescan()

    def _rescan(self) -> dict[str, Entry]:
        if self._entries is None:
            self._entries = self._load()
        fresh: dict[str, Entry] = {}
        changed = 0
        now = time.time()
        with os.scandir(self._layout.meetings) as listing:
            for item in listing:
                meeting_id = meeting_id_of(item.name)
                if meeting_id is None:
                    if is_temp_name(item.name):
                        drop_if_stale(item, now)
                    continue
                try:
                    st = item.stat()
                except OSError as exc:  # e.g. a symbolic link to nowhere
                    fresh[meeting_id] = Entry(None, None, CannotRead(reason=exc.strerror or str(exc)).problem)
                    changed += 1
                    continue
                key = file_key(st)
                entry = self._entries.get(meeting_id)
                if entry is None or entry.key != key:
                    if stat.S_ISREG(st.st_mode):
                        entry = self._read_entry(Path(item.path), key)
                    else:
                        entry = Entry(key, None, NotAFile().problem)  # a folder or FIFO: never opened
                    if entry is None:
                        continue
                    changed += 1
                fresh[meeting_id] = entry
        changed += len(self._entries.keys() - fresh.keys())
        self._entries = fresh
        if changed:
            self._listing = None
            self._unsynced += changed
        # An empty store needs no index (rebuilding one reads no files); skipping it spares
        # a first start the lock and the fsync.
        if self._unsynced >= SLACK and (fresh or self._layout.index.exists()):
            self._write(fresh)
        return fresh

    def _read_entry(self, path: Path, key: FileKey) -> Entry | None:
        try:
            meeting = self._read(path)
        except MeetingNotFound:
            return None  # removed since the scan
        except UnreadableData as exc:
            return Entry(None if exc.passes else key, None, exc.problem)
        return Entry(key, MeetingSummary.of(meeting), None)

    def _load(self) -> dict[str, Entry]:
        try:
            data = self._codec.read_json(self._layout.index)
            if (data["format"], data["schema"], data["fields"]) != (INDEX_FORMAT, SCHEMA_VERSION, list(ROW_FIELDS)):
                raise ValueError("index from another version")
            return {
                meeting_id: Entry(
                    tuple(key), MeetingSummary.from_row(summary) if summary else None, problem and _problem(problem)
                )
                for meeting_id, (key, summary, problem) in data["entries"].items()
            }
        except (OSError, ValueError, LookupError, TypeError, AttributeError):
            # Missing or unusable: rebuild it from the files and write it out.
            self._unsynced = SLACK
            return {}

    def _write(self, entries: dict[str, Entry]) -> None:
        data = {
            "format": INDEX_FORMAT,
            "schema": SCHEMA_VERSION,
            "fields": ROW_FIELDS,
            "entries": {
                meeting_id: (entry.key, entry.summary and entry.summary.to_row(), entry.problem)
                for meeting_id, entry in entries.items()
                if entry.key is not None
            },
        }
        text = json.dumps(data, separators=(",", ":"))  # ASCII: names may hold any str
        try:
            with locked(self._layout.lock_file("index"), INDEX_LOCK_TIMEOUT):
                self._codec.write(self._layout.index, text.encode("ascii"))
        except (LockTimeout, OSError):
            return  # only a cache: a later refresh tries again
        self._unsynced = 0


def _problem(value: list[Any]) -> Problem:
    """A cached problem, checked: it must still make its message (ValueError, LookupError or TypeError if not)."""
    key, values = value
    if not (isinstance(key, str) and key.startswith("store.file_") and isinstance(values, dict)):
        raise ValueError("not a problem")
    t(key, file="", **values)
    return key, values


@contextmanager
def _gc_paused() -> Iterator[None]:
    # Building ~10,000 entries creates no cycles, but triggers many full
    # collections over a growing heap: that doubled and varied the load time.
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
