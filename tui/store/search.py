"""The search index: what search and the agreements overview read, so they need not load every meeting.

Per meeting a *record*: its searchable entries folded (what every query scans), the same
entries as shown (for the snippets of hits), its agreements (for the overview), and the
identity of the meeting file it was made from (index.file_key).

    search/NN.shard   the records of the meetings whose id hashes to NN (00..63), as of its
                      last rewrite
    search/<id>.delta the record of one meeting saved since

A save writes only its meeting's delta: O(that meeting). view() checks every record against
the meeting files as the summary index sees them (saves by other processes included): a
record of another version of a file is passed over, and a meeting without a fresh record
is read and indexed. Deltas go into their shards once DELTA_LIMIT of them pile up; a shard
holding meetings that are gone is rewritten without them. A damaged or deleted file here is
rebuilt from the meetings: nothing in it is the only copy of anything.

Why files of our own and not TinyDB: a query scans the folded text of every meeting with
bytes.find, a shard at a time, and reads a meeting's other parts only for its hits; a JSON
document would have to be parsed whole for every keystroke, and memory would hold every
meeting's text. Shards bound what a query holds at once (~200 KB of folded text at 10,000
meetings); deltas keep a save O(that meeting). The text is as confidential as the meetings:
files 0600 in the store's private folder, written atomically, sealed when the store is
encrypted; every read and write goes through _open and _write. A sealed file is read and
opened whole (AES-GCM checks a file as one piece): memory still holds one shard at a time.
"""

from __future__ import annotations

import json
import os
import threading
import time
import zlib
from array import array
from bisect import bisect_right
from collections.abc import Callable, Container, Iterator
from contextlib import suppress
from dataclasses import asdict
from itertools import accumulate
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from tui.domain.model import ENUM_FIELDS, SCHEMA_VERSION, Agreement, Meeting

from .atomic import drop_if_stale, is_temp_name, open_regular
from .errors import MeetingNotFound, UnreadableData
from .index import FileKey, Listing, SummaryIndex, file_key
from .locking import LockTimeout, locked
from .paths import Layout, make_private_dirs, valid_id
from .sealing import Codec
from .summary import MeetingSummary

if TYPE_CHECKING:
    from tui.domain.review import Search, SearchResult

SHARDS = 64
# The first line of every file here: files of another format, shard count or meeting schema are rebuilt.
MAGIC = b"gesprek-search 1 %d %d\n" % (SHARDS, SCHEMA_VERSION)
# Deltas kept before they go into their shards: each view() reads them all (~3 KB each).
DELTA_LIMIT = 32
# Only one process rewrites shards at a time; each rewrite takes milliseconds.
LOCK_TIMEOUT = 5.0
_SHARD = ".shard"
_DELTA = ".delta"
_LOCK = "_search"  # not a meeting id (those start with a letter or digit): its own lock file


# -- the files: every read and write of the index goes through these two ------------------


class _File:
    """An index file open for reading: all that is read of it is of one version of the file,
    whatever replaces it meanwhile. A query reads only the parts it needs."""

    def __init__(self, path: Path) -> None:
        self._file = open_regular(path)

    def __enter__(self) -> _File:
        return self

    def __exit__(self, *exc: object) -> None:
        self._file.close()

    def read(self, start: int = 0, end: int | None = None) -> bytes:
        """Bytes start..end (default: to the end of the file); fewer if the file is shorter."""
        fd = self._file.fileno()
        end = os.fstat(fd).st_size if end is None else end
        chunks = []
        while start < end and (chunk := os.pread(fd, end - start, start)):
            chunks.append(chunk)
            start += len(chunk)
        return b"".join(chunks)


class _Opened(_File):
    """A sealed index file, opened in memory: what _File reads from the file, read from there."""

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __exit__(self, *exc: object) -> None:
        pass

    def read(self, start: int = 0, end: int | None = None) -> bytes:
        return self._data[start:end]


def _open(path: Path, codec: Codec) -> _File:
    """An index file to read; OSError if it cannot be opened, UnreadableData (a ValueError) if it
    is no file or does not open with the store's key."""
    return _Opened(codec.read(path)) if codec.key else _File(path)


def _write(path: Path, data: bytes, codec: Codec) -> None:
    """Replace an index file atomically (0600), sealed when the store is encrypted."""
    codec.write(path, data)


# -- records and their files ----------------------------------------------------------------


class Record(NamedTuple):
    """One meeting's part of the index, made from its file as it was at `key`."""

    meeting_id: str
    key: FileKey
    folded: bytes  # folded_entries(): each query scans it
    shown: bytes  # the entries as JSON [[field, where, text], ...]: read for a hit's snippet
    agreements: bytes  # JSON list of the agreements, fields as in the meeting file

    @classmethod
    def of(cls, meeting: Meeting, key: FileKey) -> Record:
        from tui.domain.review import folded_entries, search_entries  # the app starts without search

        entries = search_entries(meeting)
        agreements = [asdict(agreement) for agreement in meeting.agreements]
        return cls(meeting.id, key, folded_entries(entries), _json(entries), _json(agreements))


def _json(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":")).encode("ascii")  # ASCII: any str, even a lone surrogate


def _encode(records: list[Record]) -> bytes:
    """MAGIC; the CRC-32 of the rest; the number of records; their meeting ids; per record its
    key and the lengths of its parts (int64s); every folded part, every shown part, every
    agreements part. Numbers in binary and ids on one line: a view reads 10,000 of each
    without making a Python object per number."""
    numbers = array("q")
    for r in records:
        numbers.extend((*r.key, len(r.folded), len(r.shown), len(r.agreements)))
    ids = " ".join(r.meeting_id for r in records).encode("ascii")  # ids are ASCII without spaces (valid_id)
    body = b"".join([
        b"%d\n" % len(records), ids, b"\n", numbers.tobytes(),
        *(r.folded for r in records), *(r.shown for r in records), *(r.agreements for r in records),
    ])
    return MAGIC + b"%08x\n" % zlib.crc32(body) + body


_NUMBERS = 7  # per record: the 4 of its key, the lengths of its 3 parts
_CRC_END = len(MAGIC) + 8


class _Parts:
    """The records of one file: their meetings and keys, and the offsets of their three parts
    (n + 1 each: record i's part is [offsets[i], offsets[i + 1]])."""

    def __init__(self, data: bytes, *, verify: bool = True) -> None:
        """ValueError (or LookupError, TypeError) for anything but a file _encode wrote."""
        self.crc = _crc_of(data)
        if verify and zlib.crc32(memoryview(data)[_CRC_END + 1 :]) != self.crc:
            raise ValueError("damaged")
        count_end = data.index(b"\n", _CRC_END + 1)
        count = int(data[_CRC_END + 1 : count_end])
        ids_end = data.index(b"\n", count_end + 1)
        self.ids = data[count_end + 1 : ids_end].decode("ascii").split(" ") if count else []
        self.numbers = array("q")
        start = ids_end + 1 + count * _NUMBERS * self.numbers.itemsize
        self.numbers.frombytes(data[ids_end + 1 : start])
        if len(self.ids) != count or len(self.numbers) != count * _NUMBERS:
            raise ValueError("damaged")
        self.folded = array("q", accumulate(self.numbers[4::_NUMBERS], initial=start))
        self.shown = array("q", accumulate(self.numbers[5::_NUMBERS], initial=self.folded[-1]))
        self.agreements = array("q", accumulate(self.numbers[6::_NUMBERS], initial=self.shown[-1]))
        if self.agreements[-1] != len(data):
            raise ValueError("damaged")

    def key(self, i: int) -> FileKey:
        return tuple(self.numbers[i * _NUMBERS : i * _NUMBERS + 4])  # type: ignore[return-value]

    def meetings(self) -> Iterator[tuple[str, FileKey]]:
        """(meeting id, key) of each record, in order."""
        return ((meeting_id, self.key(i)) for i, meeting_id in enumerate(self.ids))

    def record(self, data: bytes, i: int) -> Record:
        return Record(
            self.ids[i],
            self.key(i),
            data[self.folded[i] : self.folded[i + 1]],
            data[self.shown[i] : self.shown[i + 1]],
            data[self.agreements[i] : self.agreements[i + 1]],
        )


def _crc_of(data: bytes) -> int:
    """The CRC-32 a file says its body has (unchecked); ValueError if it is no file of ours."""
    if not data.startswith(MAGIC) or data[_CRC_END : _CRC_END + 1] != b"\n":
        raise ValueError("not a search index file of this version")
    return int(data[len(MAGIC) : _CRC_END], 16)


def _shard_of(meeting_id: str) -> int:
    return zlib.crc32(meeting_id.encode()) % SHARDS


class _Shard(NamedTuple):
    """A shard file as a view sees it: where each record's parts are, and its rank in the list
    (-1: not its meeting's current record, or the meeting is not listed)."""

    path: Path
    crc: int
    folded: array
    shown: array
    agreements: array
    ranks: array
    by_rank: array  # the counted records, best rank first


# Whether a record made from a meeting's file at some key is the one to use.
Current = Callable[[str, FileKey], bool]


class Held(NamedTuple):
    """A meeting as agreement_history reads it, holding only the agreements wanted of it."""

    id: str
    employee: str
    manager: str
    date: str
    updated_at: str | None
    agreements: list[Agreement]


# What an agreement's enum fields hold (its other fields are str or None, as stored).
_AGREEMENT_ENUMS = tuple((name, kind) for (owner, name), kind in ENUM_FIELDS.items() if owner is Agreement)


def _agreement(stored: dict[str, Any]) -> Agreement:
    """An agreement as Record.of stored it, from a meeting that loaded (so checked then)."""
    agreement = Agreement(**stored)
    for name, kind in _AGREEMENT_ENUMS:
        setattr(agreement, name, kind(stored[name]))
    return agreement


def _entries(shown: object) -> list[list[str]]:
    return json.loads(shown)  # type: ignore[arg-type]


# -- the index -------------------------------------------------------------------------------


class SearchIndex:
    """The records of every meeting in one store; thread-safe; files shared with other processes."""

    def __init__(self, layout: Layout, summaries: SummaryIndex, read: Callable[[Path], Meeting], codec: Codec) -> None:
        self._layout = layout
        self._codec = codec
        self._summaries = summaries
        self._read = read  # raises UnreadableData or MeetingNotFound
        self._folder = layout.search
        self._mutex = threading.Lock()

    def saved(self, path: Path, meeting: Meeting) -> None:
        """Index a meeting just written to `path` (its lock held): its delta, nothing else."""
        try:
            record = Record.of(meeting, file_key(path.stat()))
            _write(self._delta_file(meeting.id), _encode([record]), self._codec)
        except OSError:
            pass  # only an index: the next view() finds the record stale and reads the file

    def forget(self, meeting_id: str) -> None:
        """Remove a meeting's entries from the disk (its file is deleted, or about to be);
        OSError or LockTimeout if its shard cannot be rewritten now."""
        number = _shard_of(meeting_id)
        with self._mutex, locked(self._layout.lock_file(_LOCK), LOCK_TIMEOUT):
            path = self._shard_file(number)
            data, parts = _load(path, self._codec)
            if parts is not None and meeting_id in parts.ids:
                kept = [parts.record(data, i) for i, m in enumerate(parts.ids) if m != meeting_id]
                _write(path, _encode(kept), self._codec)
            with suppress(FileNotFoundError):
                os.unlink(self._delta_file(meeting_id))

    def listing(self) -> Listing:
        """The meetings as the summary index finds them now (store.list() with file identities)."""
        return self._summaries.keyed()

    def view(self, listing: Listing | None = None) -> SearchView:
        """The index brought up to date with the meeting files as `listing` found them (default:
        as they are now), for queries and the overview: what a search finds is what that list shows.

        Meetings without a current record are read and indexed now: as deltas when they are
        few, straight into their shards when many (the first time: seconds at 10,000).
        """
        with self._mutex:
            summaries, keys = listing or self._summaries.keyed()
            keys = dict(keys)  # a meeting read again below gets its new key here, not in the caller's
            ranks = {summary.id: rank for rank, summary in enumerate(summaries)}

            def as_listed(meeting_id: str, key: FileKey) -> bool:
                return keys.get(meeting_id) == key

            delta_files, shard_files = self._files()
            deltas: dict[str, Record] = {}
            for meeting_id, path in delta_files.items():
                record = _load_record(path, self._codec)
                if record is not None and record.meeting_id == meeting_id and keys.get(meeting_id) == record.key:
                    deltas[meeting_id] = record
            shards: dict[int, _Shard] = {}
            covered = bytearray(len(summaries))  # by rank: the meeting has its current record
            for meeting_id in deltas:
                covered[ranks[meeting_id]] = 1
            rewrite: set[int] = set()
            for number, path in shard_files.items():
                data, parts = _load(path, self._codec)
                if parts is None:
                    rewrite.add(number)
                    continue
                shard = shards[number] = _shard(path, parts, ranks, deltas, as_listed)
                for rank in shard.ranks:
                    if rank >= 0:
                        covered[rank] = 1
                if not all(meeting_id in keys for meeting_id in parts.ids):
                    rewrite.add(number)  # meetings that are gone: their text goes too
            missing = [summaries[rank].id for rank, done in enumerate(covered) if not done]
            if len(missing) + len(delta_files) >= DELTA_LIMIT:
                rewrite.update(_shard_of(meeting_id) for meeting_id in [*missing, *delta_files])
            else:
                for meeting_id in missing:
                    if (record := self._index(meeting_id, keys)) is not None:
                        deltas[meeting_id] = record
                        try:
                            _write(self._delta_file(meeting_id), _encode([record]), self._codec)
                        except OSError:
                            pass  # kept in memory for this view; read again next time
                missing = []
            by_shard: dict[int, list[str]] = {}
            for meeting_id in missing:
                by_shard.setdefault(_shard_of(meeting_id), []).append(meeting_id)
            for number in sorted(rewrite):
                shard = self._rewrite(number, keys, ranks, deltas, delta_files, by_shard.get(number, []))
                if shard is not None:
                    shards[number] = shard
            in_memory = {ranks[m]: record for m, record in deltas.items()}
            return SearchView(summaries, in_memory, shards, self._is_now, self._codec)

    # -- inside view() (mutex held) ---------------------------------------------------------

    def _files(self) -> tuple[dict[str, Path], dict[int, Path]]:
        """The delta files by meeting id and the shard files by number; crash left-overs go."""
        deltas: dict[str, Path] = {}
        shards: dict[int, Path] = {}
        now = time.time()
        try:
            make_private_dirs(self._folder)  # deleted while the store is open: rebuilt from the meetings
            listing = os.scandir(self._folder)
        except OSError:
            return deltas, shards  # nothing to read: meetings are read and kept in memory
        with listing:
            for item in listing:
                name = item.name
                if name.endswith(_DELTA) and valid_id(meeting_id := name[: -len(_DELTA)]):
                    deltas[meeting_id] = Path(item.path)
                elif name.endswith(_SHARD) and name[: -len(_SHARD)].isdigit():
                    shards[int(name[: -len(_SHARD)])] = Path(item.path)
                elif is_temp_name(name):
                    drop_if_stale(item, now)
        return deltas, {n: path for n, path in shards.items() if n < SHARDS}

    def _index(self, meeting_id: str, keys: dict[str, FileKey]) -> Record | None:
        """A new record read from the meeting's file; None if it does not load."""
        path = self._layout.meeting_file(meeting_id)
        try:
            key = file_key(path.stat())  # before reading: a record is never newer than its key says
            meeting = self._read(path)
        except (OSError, MeetingNotFound, UnreadableData):
            return None  # not listed next time either
        keys[meeting_id] = key  # changed since the list was made: this view takes the new version
        meeting.id = meeting_id
        return Record.of(meeting, key)

    def _rewrite(
        self,
        number: int,
        keys: dict[str, FileKey],
        ranks: dict[str, int],
        deltas: dict[str, Record],
        delta_files: dict[str, Path],
        missing: list[str],
    ) -> _Shard | None:
        """Write shard `number` anew: its deltas, its other current records, its missing
        meetings read now; meetings that are gone left out. Its deltas are then removed."""
        path = self._shard_file(number)
        absorbed = {m: p for m, p in delta_files.items() if _shard_of(m) == number}
        before = {m: _identity(p) for m, p in absorbed.items()}

        def current(meeting_id: str, key: FileKey) -> bool:
            # As the view found the file, or as it is now: this view's list may be older
            # than a delta another process wrote since.
            return meeting_id in keys and (keys[meeting_id] == key or self._is_now(meeting_id, key))

        indexed: dict[str, Record] = {}  # the missing meetings, read once whatever happens
        try:
            with locked(self._layout.lock_file(_LOCK), LOCK_TIMEOUT):
                records = []
                for meeting_id, delta in absorbed.items():
                    record = deltas.get(meeting_id) or _load_record(delta, self._codec)
                    if record is not None and record.meeting_id == meeting_id and current(meeting_id, record.key):
                        records.append(record)
                have = {record.meeting_id for record in records}
                data, parts = _load(path, self._codec)  # now: another process may have rewritten it meanwhile
                for i, (meeting_id, key) in enumerate(parts.meetings() if parts else ()):
                    if meeting_id not in have and current(meeting_id, key):
                        records.append(parts.record(data, i))
                        have.add(meeting_id)
                for meeting_id in missing:
                    if meeting_id not in have and (record := self._index(meeting_id, keys)) is not None:
                        indexed[meeting_id] = record
                data = _encode([*records, *indexed.values()])
                _write(path, data, self._codec)
        except (OSError, LockTimeout):
            # Not now: the missing meetings stay in memory for this view, the rest as it was.
            for meeting_id in missing:
                record = indexed.get(meeting_id) or self._index(meeting_id, keys)
                if record is not None:
                    deltas[meeting_id] = record
            return None
        for meeting_id, delta in absorbed.items():
            deltas.pop(meeting_id, None)
            if _identity(delta) == before[meeting_id]:  # not saved again meanwhile
                with suppress(OSError):
                    os.unlink(delta)
        return _shard(path, _Parts(data, verify=False), ranks, deltas, current)

    def _is_now(self, meeting_id: str, key: FileKey) -> bool:
        """Whether the meeting's file is, right now, the one the record was made from."""
        return _identity(self._layout.meeting_file(meeting_id)) == key

    def _shard_file(self, number: int) -> Path:
        return self._folder / f"{number:02d}{_SHARD}"

    def _delta_file(self, meeting_id: str) -> Path:
        return self._folder / f"{meeting_id}{_DELTA}"


def _load(path: Path, codec: Codec) -> tuple[bytes, _Parts | None]:
    """A shard's bytes and parts; no parts if it is missing or damaged."""
    try:
        with _open(path, codec) as file:
            data = file.read()
        return data, _Parts(data)
    except (OSError, ValueError, LookupError, TypeError):
        return b"", None


def _load_record(path: Path, codec: Codec) -> Record | None:
    data, parts = _load(path, codec)
    if parts is None or len(parts.ids) != 1:
        return None
    return parts.record(data, 0)


def _identity(path: Path) -> FileKey | None:
    try:
        return file_key(path.stat())
    except OSError:
        return None


def _shard(path: Path, parts: _Parts, ranks: dict[str, int], deltas: Container[str], current: Current) -> _Shard:
    """The shard as a view uses it: a record counts if its meeting is listed, has no delta in
    the view, and the record is `current`."""
    numbers = parts.numbers.tolist()  # one call: a view ranks 10,000 records
    rank_of = ranks.get
    counted = array("l", [
        rank_of(meeting_id, -1) if meeting_id not in deltas and current(meeting_id, tuple(numbers[at : at + 4])) else -1
        for meeting_id, at in zip(parts.ids, range(0, len(numbers), _NUMBERS), strict=True)
    ])
    by_rank = array("l", sorted((i for i, rank in enumerate(counted) if rank >= 0), key=counted.__getitem__))
    return _Shard(path, parts.crc, parts.folded, parts.shown, parts.agreements, counted, by_rank)


# -- reading it -------------------------------------------------------------------------------


class SearchView:
    """The index as one view() found it: the meetings listed then, in list order (their rank).

    Queries read the shards one at a time: memory holds one shard and the hits' meetings.
    """

    def __init__(
        self,
        summaries: list[MeetingSummary],
        deltas: dict[int, Record],
        shards: dict[int, _Shard],
        is_now: Current,
        codec: Codec,
    ) -> None:
        self._summaries = summaries
        self._deltas = deltas  # by rank: the records kept in memory rather than read from a shard
        self._shards = shards
        self._is_now = is_now
        self._codec = codec

    def __len__(self) -> int:
        """The number of meetings searched."""
        return len(self._summaries)

    def search(
        self, query: str, limit: int = 200, snippet_width: int = 70, cancelled: Callable[[], bool] = lambda: False
    ) -> SearchResult:
        """Entries holding every word of `query` (any case, accents ignored), in list order, at most `limit`.

        `cancelled` is asked between shards: a search overtaken by the next keystroke stops
        there (with what it found so far) instead of taking the processor from the next one.
        """
        from tui.domain.review import Search

        search = Search(query, limit, snippet_width)
        if search.first:
            for rank, record in self._deltas.items():
                if search.wants(rank) and (found := search.matches(record.folded, 0, len(record.folded))):
                    search.keep(rank, self._summaries[rank], found, record.shown)
            for shard, file in self._open_shards():
                if cancelled():
                    break
                self._scan(search, shard, file)
        return search.result(_entries)

    def _scan(self, search: Search, shard: _Shard, file: _File) -> None:
        """Search one shard: its folded part is read whole, a kept meeting's shown part alone."""
        folded, ranks, shown = shard.folded, shard.ranks, shard.shown
        data = file.read(0, folded[-1])
        if search.full:
            # Only meetings better ranked than the worst held still count: a few per shard.
            for i in shard.by_rank:
                rank = ranks[i]
                if not search.wants(rank):
                    return
                if found := search.matches(data, folded[i], folded[i + 1]):
                    search.keep(rank, self._summaries[rank], found, file.read(shown[i], shown[i + 1]))
            return
        # Until then: from one occurrence of the word to the next, over the whole shard.
        first, end = search.first, folded[-1]
        position = data.find(first, folded[0], end)
        while position != -1:
            i = bisect_right(folded, position) - 1
            stop = folded[i + 1]
            rank = ranks[i]
            if rank >= 0 and search.wants(rank) and (found := search.matches(data, folded[i], stop)):
                search.keep(rank, self._summaries[rank], found, file.read(shown[i], shown[i + 1]))
            position = data.find(first, stop, end)

    def agreements(self, employee: str = "", every: bool = False) -> tuple[list[Held], dict[str, str]]:
        """What agreement_history needs for the overview or a POP, without every meeting:

        the meetings in scope (everyone's, or the `employee`'s) that hold a copy of an
        agreement still open (its latest copy is open), or with `every` of any agreement,
        each with only those agreements; and the date of every meeting in scope.
        """
        from tui.domain.people import employee_key

        key = employee_key(employee)
        scope = [rank for rank, s in enumerate(self._summaries) if not key or employee_key(s.employee) == key]
        in_scope = set(scope) if key else None
        wanted: set[str] | None = None
        if not every:
            latest: dict[str, tuple[int, bool]] = {}  # agreement id -> rank of its latest copy, open there
            for rank, agreements in self._agreement_lists(in_scope):
                for agreement in agreements:
                    seen = latest.get(agreement["id"])
                    if seen is None or rank < seen[0]:  # a lower rank is a later meeting
                        latest[agreement["id"]] = (rank, agreement["status"] == "open")
            wanted = {agreement_id for agreement_id, (_, is_open) in latest.items() if is_open}
        meetings: list[Held] = []
        for rank, agreements in self._agreement_lists(in_scope):
            chosen = agreements if wanted is None else [a for a in agreements if a["id"] in wanted]
            if chosen:
                s = self._summaries[rank]
                held = [_agreement(agreement) for agreement in chosen]
                meetings.append(Held(s.id, s.employee, s.manager, s.date, s.updated_at, held))
        return meetings, {self._summaries[rank].id: self._summaries[rank].date for rank in scope}

    def _agreement_lists(self, scope: set[int] | None) -> Iterator[tuple[int, list[dict[str, Any]]]]:
        """(rank, agreements as stored) of every current record in scope that has agreements."""
        for rank, record in self._deltas.items():
            if (scope is None or rank in scope) and record.agreements != b"[]":
                yield rank, json.loads(record.agreements)
        for shard, file in self._open_shards():
            offsets = shard.agreements
            wanted = [
                (i, rank)
                for i, rank in enumerate(shard.ranks)
                if rank >= 0 and (scope is None or rank in scope) and offsets[i + 1] - offsets[i] > 2  # not "[]"
            ]
            if wanted:
                data, at = file.read(offsets[0], offsets[-1]), offsets[0]
                for i, rank in wanted:
                    yield rank, json.loads(data[offsets[i] - at : offsets[i + 1] - at])

    def _open_shards(self) -> Iterator[tuple[_Shard, _File]]:
        """Each shard open for reading, one at a time. One another process rewrote since view()
        is checked and ranked again, against the meeting files as they are now; one that cannot
        be read is passed over."""
        for number, shard in list(self._shards.items()):
            try:
                file = _open(shard.path, self._codec)
            except (OSError, ValueError):
                continue
            with file:
                try:
                    if _crc_of(file.read(0, _CRC_END + 1)) != shard.crc:
                        ranks = {summary.id: rank for rank, summary in enumerate(self._summaries)}
                        in_memory = {self._summaries[rank].id for rank in self._deltas}
                        shard = _shard(shard.path, _Parts(file.read()), ranks, in_memory, self._is_now)
                        self._shards[number] = shard
                except (OSError, ValueError, LookupError, TypeError):
                    continue
                yield shard, file
