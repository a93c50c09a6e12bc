"""The summary index: a rebuildable cache that keeps list() fast at 10,000 meetings.

index.json maps each meeting id to the identity of its file (inode, size,
mtime, ctime) and its summary, or the problem that file has. A refresh stats
every file with os.scandir and re-reads only those whose identity changed, so
the index is never trusted blindly and can be deleted at any time.

Saving a meeting does not rewrite index.json: a few stale entries cost a few
small reads at the next startup, while rewriting a multi-megabyte index on
every save would make saving slower as the store grows.

recent.json, written with index.json from the same scan, holds just what the start screen
shows first (the unfinished meetings and the latest finished ones), so a start can show them
before it has loaded 10,000 summaries. It is used only while the meetings folder has the
time it had at that scan (a save renames, a delete unlinks: both change it) and each of its
meetings' files is the same; the full list, always checked file by file, follows it.
"""

from __future__ import annotations

import json
import os
import stat
import threading
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any, NamedTuple

from tui.domain.model import SCHEMA_VERSION, Meeting, Status
from tui.i18n import t

from .atomic import drop_if_stale, is_temp_name, temp_target
from .errors import CannotRead, MeetingNotFound, NotAFile, Problem, UnreadableData, Unsealed
from .locking import LockTimeout, locked
from .paths import Layout, meeting_id_of
from .sealing import Codec
from .summary import ROW_FIELDS, MeetingSummary

INDEX_FORMAT = 1
RECENT_FORMAT = 1
# How many entries index.json may lag behind before it is rewritten: at most
# this many small files are re-read at startup (~0.5 ms each).
SLACK = 32
INDEX_LOCK_TIMEOUT = 1.0
# Finished meetings the start screen lists (the review has them all).
RECENT_LIMIT = 50

FileKey = tuple[int, int, int, int]  # inode, size, mtime_ns, ctime_ns


class Entry(NamedTuple):  # a tuple: 10,000 of them are built at every cold start
    key: FileKey | None  # None: read the file again next time (its problem may pass)
    summary: MeetingSummary | None
    problem: Problem | None


class Recent(NamedTuple):
    """What the start screen shows: the unfinished meetings and the latest finished ones (list
    order), and how many finished meetings there are in all."""

    summaries: list[MeetingSummary]
    finished_total: int


def recent_of(listing: list[MeetingSummary], limit: int) -> Recent:
    unfinished = [s for s in listing if s.status is not Status.FINISHED]
    finished = [s for s in listing if s.status is Status.FINISHED]
    return Recent(unfinished + finished[:limit], len(finished))


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
        self._scanned_mtime: int | None = None  # the meetings folder's time at the last scan
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
            listing.sort(key=_list_order, reverse=True)
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
            self._scanned_mtime = None  # the save changed the folder; others may have too

    def drop_deleted(self, recent_limit: int) -> None:
        """Meetings just deleted (their files are gone) leave index.json and recent.json now, not
        after SLACK more changes: a cache must not keep a summary of what was deleted. OSError if
        they can be neither rewritten nor removed."""
        with self._mutex:
            entries = self._refresh()  # the files are gone: their entries go, and the caches are rewritten
            if self._unsynced and self._layout.index.exists() and not self._write(entries, recent_limit):
                for cache in (self._layout.index, self._layout.recent):
                    cache.unlink(missing_ok=True)  # only caches: rebuilt at the next start

    def recent(self, limit: int) -> Recent | None:
        """recent_of(summaries(), limit) as recent.json has it, if nothing changed since; None
        otherwise (then summaries() has it). Reads one small file, whatever the store's size."""
        try:
            try:
                data = self._codec.read_json(self._layout.recent)
            except Unsealed:
                # Plain, from before encrypt sealed it: names and dates in the clear. A cache:
                # it goes, and the next sync writes it sealed.
                os.unlink(self._layout.recent)
                return None
            if (data["format"], data["fields"]) != (RECENT_FORMAT, list(ROW_FIELDS)) or data["limit"] < limit:
                return None
            if data["mtime"] is None or _mtime(self._layout.meetings) != data["mtime"]:
                return None
            summaries = []
            for key, row in data["rows"]:
                summary = MeetingSummary.from_row(row)
                if file_key(self._layout.meeting_file(summary.id).stat()) != tuple(key):
                    return None
                summaries.append(summary)
            finished_total = data["finished_total"]
            if type(finished_total) is not int:
                return None
        except (OSError, ValueError, LookupError, TypeError, AttributeError):
            return None
        kept = recent_of(summaries, limit).summaries
        return Recent(kept, finished_total)

    def sync(self, recent_limit: int) -> None:
        """Bring index.json and recent.json up to date with the files (e.g. when the app ends),
        so the next start finds both current."""
        with self._mutex:
            self._refresh()
            if self._unsynced or not self._layout.recent.exists():
                self._write(self._entries, recent_limit)

    def _refresh(self) -> dict[str, Entry]:
        """Bring the entries up to date with the files on disk (mutex held)."""
        if self._entries is None:
            self._entries = self._load()
        try:
            # Taken before the scan: a change during it shows as another time next time.
            self._scanned_mtime = _mtime(self._layout.meetings)
        except OSError:
            self._scanned_mtime = None
        return self._rescan()

    def _rescan(self) -> dict[str, Entry]:
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
        gone = len(self._entries.keys() - fresh.keys())
        changed += gone
        self._entries = fresh
        if changed:
            self._listing = None
            self._unsynced += changed
        if gone:
            # A deleted meeting's summary must not stay in index.json until SLACK more changes, also
            # when the delete was cut short before it rewrote the index (or was done by hand).
            self._unsynced = max(self._unsynced, SLACK)
        # An empty store needs no index (rebuilding one reads no files); skipping it spares
        # a first start the lock and the fsync.
        if self._unsynced >= SLACK and (fresh or self._layout.index.exists()):
            self._write(fresh, RECENT_LIMIT)
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

    def _write(self, entries: dict[str, Entry], recent_limit: int) -> bool:
        """index.json and recent.json, from the same entries (mutex held); False if they could not
        be written now (only caches: a later refresh tries again)."""
        try:
            with locked(self._layout.lock_file("index"), INDEX_LOCK_TIMEOUT):
                # Read under the lock: a meeting deleted since `entries` were scanned is left out,
                # whichever process writes the caches last.
                names = set(os.listdir(self._layout.meetings))
                kept = {
                    meeting_id: entry
                    for meeting_id, entry in entries.items()
                    if entry.key is not None and f"{meeting_id}.json" in names
                }
                data = {
                    "format": INDEX_FORMAT,
                    "schema": SCHEMA_VERSION,
                    "fields": ROW_FIELDS,
                    "entries": {
                        meeting_id: (entry.key, entry.summary and entry.summary.to_row(), entry.problem)
                        for meeting_id, entry in kept.items()
                    },
                }
                listing = sorted((e.summary for e in kept.values() if e.summary), key=_list_order, reverse=True)
                recent = recent_of(listing, recent_limit)
                first = {
                    "format": RECENT_FORMAT,
                    "fields": ROW_FIELDS,
                    "mtime": self._scanned_mtime,
                    "limit": recent_limit,
                    "finished_total": recent.finished_total,
                    "rows": [(kept[summary.id].key, summary.to_row()) for summary in recent.summaries],
                }
                # ASCII: names may hold any str.
                self._codec.write(self._layout.index, json.dumps(data, separators=(",", ":")).encode("ascii"))
                self._codec.write(self._layout.recent, json.dumps(first, separators=(",", ":")).encode("ascii"))
                _drop_left_temps(self._layout)
        except (LockTimeout, OSError):
            return False
        self._unsynced = 0
        return True


def _problem(value: list[Any]) -> Problem:
    """A cached problem, checked: it must still make its message (ValueError, LookupError or TypeError if not)."""
    key, values = value
    if not (isinstance(key, str) and key.startswith("store.file_") and isinstance(values, dict)):
        raise ValueError("not a problem")
    t(key, file="", **values)
    return key, values


def _list_order(summary: MeetingSummary) -> tuple[str, str, str]:
    return (summary.date, summary.updated_at or "", summary.id)


def _mtime(folder: Path) -> int:
    return os.stat(folder).st_mtime_ns


def _drop_left_temps(layout: Layout) -> None:
    """Temp files of the caches that a crash left (the lock is held: no write is in progress).
    They hold summaries, so a deleted meeting's name could outlive it in one."""
    caches = {layout.index.name, layout.recent.name}
    with os.scandir(layout.root) as listing:
        for item in listing:
            if temp_target(item.name) in caches:
                with suppress(OSError):
                    os.unlink(item.path)
