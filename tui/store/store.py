"""The store: one TinyDB file per meeting, written atomically under a per-meeting lock."""

from __future__ import annotations

import builtins
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path
from typing import Any

from tinydb import TinyDB

from tui.domain.clock import Clock, SystemClock
from tui.domain.model import SCHEMA_VERSION, Meeting
from tui.domain.retention import Period
from tui.domain.timer import resume_from_checkpoint
from tui.domain.validate import InvalidMeeting, meeting_from_record, validate
from tui.i18n import t, tn

from . import erase, keys, rescue
from .agenda_cache import AgendaCache
from .errors import (
    CannotRead,
    ConflictError,
    CorruptFile,
    InvalidRecord,
    MeetingGone,
    MeetingNotFound,
    MeetingOpen,
    Problem,
    SettingsError,
    StoreError,
    UnreadableData,
    WriteError,
    problem_message,
    write_error,
)
from .index import RECENT_LIMIT, FileKey, Recent, SummaryIndex, file_key
from .locking import Held, LockTimeout, StoreHold, StoreInUse, hold, locked
from .meeting_storage import AtomicJSONStorage
from .migrate import migrate
from .paths import (
    Layout,
    backup_path,
    conflict_copy_of,
    default_store_path,
    exposed,
    fix_command,
    make_private_dirs,
    shared_folder,
    valid_id,
)
from .sealing import Codec
from .search import SearchIndex
from .settings import Settings, read_settings, write_settings
from .summary import MeetingSummary

TABLE = "meeting"
DOC_ID = 1
# Long enough for any honest save by another process; the Autosaver retries after it.
LOCK_TIMEOUT = 10.0
# Not a meeting id (those start with a letter or digit): its own lock file.
_HOLD = "_store"


def open_store(
    path: Path | None = None, *, clock: Clock | None = None, passphrase: Callable[[Path], str] | None = None
) -> Store:
    """Open (and if needed create, 0700) the store at `path`, default default_store_path().

    StoreError for a folder another user owns or others may write in: they could change or
    delete meetings. Checked folder by folder, so nothing is made inside such a folder.
    An encrypted store asks `passphrase(root)` once, here: WrongPassphrase if it does not open
    the store (nothing read or written), StoreError if there is none to ask.
    """
    layout = Layout((path or default_store_path()).expanduser().absolute())
    for folder in layout.folders:
        try:
            make_private_dirs(folder)
            shared = shared_folder(folder, layout.root)
        except OSError as exc:
            raise StoreError(t("store.cannot_create", path=folder, reason=exc.strerror or exc)) from exc
        if shared is not None:
            key, values = shared
            raise StoreError(t(key, **values))
    try:
        hold = StoreHold(layout.lock_file(_HOLD))
    except StoreInUse as exc:
        raise StoreError(t("crypt.converting", path=layout.root)) from exc
    except OSError as exc:
        raise StoreError(t("store.cannot_create", path=layout.locks, reason=exc.strerror or exc)) from exc
    encryption = keys.read(layout)
    key = None
    if encryption is not None:
        if passphrase is None:
            raise StoreError(t("crypt.needs_passphrase", path=layout.root))
        key = keys.unlock(encryption, passphrase(layout.root))
    # Plain files are read only while a conversion cut short is still to be finished.
    converting = encryption is not None and encryption.state != keys.ENCRYPTED
    return Store(layout, clock or SystemClock(), Codec(layout.root, key, converting=converting), hold)


class Store:
    """All meetings in one folder. Safe for several threads and several processes.

    Reads need no lock: files are only ever replaced whole. A save holds the
    meeting's lock, re-reads the file and checks its revision, so a second
    writer gets ConflictError instead of silently overwriting.
    """

    def __init__(self, layout: Layout, clock: Clock, codec: Codec, hold: StoreHold) -> None:
        self._layout = layout
        self._clock = clock
        # Every file of personal data is read and written through it: sealed when encrypted.
        self.codec = codec
        self._hold = hold
        # Meeting id -> (file key, revision) of what this store last wrote, so a save need not
        # read the whole file back to learn its revision.
        self._written: dict[str, tuple[FileKey, int]] = {}
        self._index = SummaryIndex(layout, self._parse, codec)
        self.search = SearchIndex(layout, self._index, self._parse, codec)
        self.path = layout.root
        self.agenda_cache = AgendaCache(layout.agenda_cache, codec)

    def close(self) -> None:
        """This process has the store open no longer (as when the Store is collected): what
        encrypt and decrypt wait for in every other Store of the folder, in this process too."""
        self._hold.close()

    @contextmanager
    def alone(self) -> Iterator[None]:
        """No other process has this store open until the block ends (encrypt, decrypt);
        StoreError if one has."""
        try:
            with self._hold.alone():
                yield
        except StoreInUse as exc:
            raise StoreError(t("crypt.in_use", path=self.path)) from exc

    def recent(self) -> Recent | None:
        """The start screen's first rows (unfinished meetings, the latest finished ones) when
        nothing changed since they were kept; None: take list() (see index.py)."""
        return self._index.recent(RECENT_LIMIT)

    def sync_index(self) -> None:
        """Bring the caches that make the next start fast up to date (when the app ends)."""
        try:
            self._index.sync(RECENT_LIMIT)
        except OSError:
            pass  # only caches: the next start rebuilds what it needs

    def list(self) -> list[MeetingSummary]:
        """All loadable meetings, newest date first."""
        return self._index.summaries()

    def load(self, meeting_id: str) -> Meeting:
        """The meeting as it is on disk now, with the time of its clock checkpoint;
        MeetingNotFound or CorruptFile."""
        path = self._file(meeting_id)
        meeting = self._read_file(path)
        try:
            resume_from_checkpoint(meeting, self.codec.read_json(self._layout.clock_file(meeting_id)))
        except (OSError, ValueError):
            pass  # none, or unreadable: the record's own times stand
        return meeting

    def save_clock(self, checkpoint: dict[str, Any], meeting_id: str) -> None:
        """Keep the time spent since the record's last save (timer.clock_checkpoint) beside it.

        No lock: one small file, rewritten in place (atomic.rewrite_in_place); one that does not
        parse or no longer fits its record is ignored. A kill -9 keeps it; a power cut may cost
        the last seconds of the clock, never the record.
        """
        path = self._layout.clock_file(self._file(meeting_id).stem)
        try:
            self.codec.rewrite_in_place(path, json.dumps(checkpoint).encode("ascii"))
        except OSError as exc:
            raise write_error(exc, path) from exc

    def meetings(self) -> Iterator[Meeting]:
        """Every meeting that loads, in list() order; broken files are skipped (see problems())."""
        for summary in self.list():
            try:
                yield self.load(summary.id)
            except StoreError:
                continue

    def save(self, meeting: Meeting) -> None:
        """Write `meeting` atomically; on success bump meeting.revision and set updated_at.

        Refused as save_record() refuses; InvalidMeeting (nothing written) for a meeting that
        would not load again.
        """
        validate(meeting)  # made by code, not typed: a mistake must not reach the disk
        meeting.revision, meeting.updated_at = self.save_record(meeting.to_dict())

    def save_record(self, record: dict[str, Any]) -> tuple[int, str]:
        """Write a meeting's dict form (not changed here) as the next revision of its file;
        the revision and updated_at now on disk.

        Refused, with the rejected version kept in conflicts/ and the file on
        disk untouched, when the stored revision is not record["revision"]
        (ConflictError) or the stored file does not load (CorruptFile). A missing file is
        created for a new meeting (revision 0); for one saved before it is gone, deleted
        (MeetingGone): a save must not bring it back. Disk trouble raises WriteError.
        """
        meeting_id, revision = record["id"], record["revision"]
        path = self._file(meeting_id)
        try:
            with locked(self._layout.lock_file(meeting_id), LOCK_TIMEOUT):
                try:
                    stored = self._stored_revision(meeting_id, path)
                except CorruptFile as exc:
                    copy = self.write_conflict_copy(record)
                    raise CorruptFile(path, exc.problem, exc.backup_loads, copy) from exc
                if stored is None and revision > 0:
                    raise MeetingGone(meeting_id)
                if stored is not None and stored != revision:
                    copy = self.write_conflict_copy(record)
                    raise ConflictError(meeting_id, stored, revision, copy)
                now = self._clock.now().to_iso8601_string()
                written = {**record, "revision": revision + 1, "updated_at": now, "schema": SCHEMA_VERSION}
                AtomicJSONStorage(path, self.codec).write({TABLE: {str(DOC_ID): written}})
                self._written[meeting_id] = (file_key(path.stat()), revision + 1)
                self._index.record(path, MeetingSummary.of_record(written))
                # The search index's part of this meeting (only the index needs it as an object).
                self.search.saved(path, Meeting.from_dict(written))
        except LockTimeout as exc:
            raise WriteError(t("store.busy", lock=exc.lock_file)) from exc
        except OSError as exc:
            raise write_error(exc, path) from exc
        return revision + 1, now

    def _stored_revision(self, meeting_id: str, path: Path) -> int | None:
        """The revision in `path` (lock held); None if there is no file. Known without reading
        when the file is still the one this store last wrote, as it nearly always is."""
        try:
            key = file_key(path.stat())
        except FileNotFoundError:
            return None
        written = self._written.get(meeting_id)
        if written is not None and written[0] == key:
            return written[1]
        try:
            return self._read_file(path).revision
        except MeetingNotFound:
            return None

    def write_conflict_copy(self, record: dict[str, Any], into: Path | None = None) -> Path:
        """Keep a refused version as meeting JSON in conflicts/ (or replace `into`); its path."""
        if into is None:
            stamp = self._clock.now().in_timezone("UTC").format("YYYYMMDD[T]HHmmss[Z]")
            into = self._layout.conflicts / f"{record['id']}-{stamp}.json"
            counter = 1
            while into.exists():  # two refusals within a second
                counter += 1
                into = self._layout.conflicts / f"{record['id']}-{stamp}-{counter}.json"
        self.codec.write(into, json.dumps(record, indent=1).encode("ascii"))  # rare, so indented for reading
        return into

    def conflict_copies(self) -> dict[str, builtins.list[Path]]:
        """Meeting id -> its versions that a save refused (conflicts/), oldest first."""
        copies: dict[str, builtins.list[Path]] = {}
        try:
            names = sorted(os.listdir(self._layout.conflicts))
        except OSError:
            return copies
        for name in names:
            if meeting_id := conflict_copy_of(name):
                copies.setdefault(meeting_id, []).append(self._layout.conflicts / name)
        return copies

    def load_conflict_copy(self, path: Path) -> Meeting:
        """A version kept in conflicts/ (meeting JSON); CorruptFile if it does not load."""
        try:
            record = self.codec.read_json(path)
            meeting = meeting_from_record(migrate(record) if isinstance(record, dict) else record)
        except InvalidMeeting as exc:
            raise CorruptFile(path, InvalidRecord(field=str(exc)).problem, None) from exc
        except UnreadableData as exc:
            raise CorruptFile(path, exc.problem, None) from exc
        except OSError as exc:
            raise CorruptFile(path, CannotRead(reason=exc.strerror or str(exc)).problem, None) from exc
        return meeting

    def remove_conflict_copy(self, path: Path) -> None:
        """Done with a kept version (merged or not wanted). Only files in conflicts/."""
        if path.parent != self._layout.conflicts or not conflict_copy_of(path.name):
            raise ValueError(path)
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        except OSError as exc:
            raise write_error(exc, path) from exc

    def rescue(
        self, record: dict[str, Any], *, kind: str = rescue.MEETING, meeting_id: str | None = None
    ) -> Path | None:
        """Keep a version the store could not take (see rescue.py): a meeting's dict form, or her
        seat's outbox of `meeting_id`; where it went, or None."""
        stamp = self._clock.now().in_timezone("UTC").format("YYYYMMDD[T]HHmmss[Z]")
        return rescue.rescue(self.codec, record, stamp, kind=kind, meeting_id=meeting_id)

    def take_back_rescued(self) -> builtins.list[str]:
        """Bring rescued meetings home: saved as the meeting if nothing changed it since, else kept
        apart in conflicts/. User-facing messages about what happened to each. (A rescued outbox
        of her seat goes back into the outbox: tui/seats/outbox.py.)"""
        messages = []
        for path, record in rescue.rescued(self.codec, rescue.MEETING):
            try:
                meeting = meeting_from_record(migrate(record)) if record is not None else None
            except (InvalidMeeting, UnreadableData):
                meeting = None
            if meeting is None:
                messages.append(t("store.rescued_broken", file=path))
                continue
            try:
                self.save(meeting)
                messages.append(t("store.rescued_restored", id=meeting.id, file=path))
            except ConflictError as exc:
                messages.append(t("store.rescued_kept_apart", id=meeting.id, file=exc.rejected_copy))
            except MeetingGone:
                # Deleted since (not by gesprek delete, which takes its rescued files): kept apart,
                # as the autosaver does, never brought back.
                try:
                    copy = self.write_conflict_copy(meeting.to_dict())
                except OSError as exc:
                    messages.append(t("store.rescued_waiting", file=path, error=exc.strerror or exc))
                    continue
                messages.append(t("store.rescued_kept_apart", id=meeting.id, file=copy))
            except StoreError as exc:
                messages.append(t("store.rescued_waiting", file=path, error=exc))
                continue
            path.unlink(missing_ok=True)
        return messages

    # -- a meeting's whole life: open live, deleted -----------------------------------------

    def hold_open(self, meeting_id: str) -> Held | None:
        """Mark the meeting as held live by this process until release(), or until the process
        ends, however it ends: delete() refuses it meanwhile, in any process. A shared lock: two
        apps holding one meeting both mark it. None if it cannot be marked (a delete is under way,
        or the marker cannot be made); it opens anyway."""
        try:
            return hold(self._layout.open_marker(self._file(meeting_id).stem), shared=True)
        except OSError:
            return None

    def hold_seat(self, meeting_id: str) -> Held | None:
        """Her seat in the meeting, held by this process alone until release() (or its end): two
        seats of hers would write one outbox over each other. None if another holds it."""
        try:
            return hold(self._layout.lock_file(f"seat-{self._file(meeting_id).stem}"))
        except OSError:
            return None

    def is_open(self, meeting_id: str) -> bool:
        """Whether an app, this one or another, holds the meeting live now (hold_open)."""
        marker = self._layout.open_marker(self._file(meeting_id).stem)
        if not marker.exists():
            return False
        held = hold(marker)
        if held is None:
            return True
        held.release()
        return False

    def delete(self, *meeting_ids: str) -> None:
        """Delete meetings completely: per meeting its file and .bak, its clock checkpoint, its
        versions kept apart, the temp files a crashed write left, its rescued files, its lock and
        open marker, and its entry in index.json. Later meetings keep the agreements carried into
        them: they are theirs.

        Each under its lock. MeetingNotFound, before anything goes, for an id without a meeting
        file; MeetingOpen for one an app holds live, WriteError for disk trouble: the meetings
        before it are deleted, it and those after it are not.
        """
        for meeting_id in meeting_ids:
            if not os.path.lexists(self._file(meeting_id)):
                raise MeetingNotFound(t("store.not_found", id=meeting_id, folder=self._layout.meetings))
        files = erase.files_of(self._layout, meeting_ids)
        rescued = rescue.rescued_files(self.path, meeting_ids)
        deleted: builtins.list[str] = []
        try:
            for meeting_id in meeting_ids:
                self._delete_one(meeting_id, files[meeting_id] + rescued[meeting_id])
                deleted.append(meeting_id)
        finally:
            if deleted:
                self._forget_deleted(deleted)

    def _delete_one(self, meeting_id: str, found: builtins.list[Path]) -> None:
        path = self._file(meeting_id)
        lock = self._layout.lock_file(meeting_id)
        try:
            with locked(lock, LOCK_TIMEOUT):
                marker = hold(self._layout.open_marker(meeting_id))
                if marker is None:
                    raise MeetingOpen(meeting_id)
                try:
                    # The meeting file last: a delete cut short is found again and finished by the next.
                    # Its .bak and clock named too: a save may have made them since the folders were read.
                    others = [backup_path(path), self._layout.clock_file(meeting_id), *found]
                    erase.remove([*(p for p in others if p != path), self._layout.open_marker(meeting_id), lock, path])
                finally:
                    marker.release()
        except LockTimeout as exc:
            raise WriteError(t("store.busy", lock=exc.lock_file)) from exc
        except OSError as exc:
            raise write_error(exc, path) from exc
        self._written.pop(meeting_id, None)

    def _forget_deleted(self, meeting_ids: builtins.list[str]) -> None:
        """What the store keeps about deleted meetings besides their files goes too: their
        summaries (index.json, recent.json) and their text in the search index."""
        try:
            self._index.drop_deleted(RECENT_LIMIT)
        except OSError as exc:
            raise write_error(exc, self._layout.index) from exc
        for meeting_id in meeting_ids:
            try:
                self.search.forget(meeting_id)
            except LockTimeout as exc:
                raise WriteError(t("store.busy", lock=exc.lock_file)) from exc
            except OSError as exc:
                raise write_error(exc, self._layout.search) from exc

    # -- settings ----------------------------------------------------------------------------

    def settings(self) -> Settings:
        """The store's settings (settings.py); SettingsError if settings.json does not load."""
        return read_settings(self._layout.settings)[0]

    def set_retention(self, period: Period | None) -> None:
        """Keep the retention period (None: none) in the settings; SettingsError if the file there
        does not load (it is left as it is), WriteError for disk trouble."""
        path = self._layout.settings
        try:
            with locked(self._layout.lock_file("_settings"), LOCK_TIMEOUT):  # no id starts with _
                settings, document = read_settings(path)
                write_settings(path, replace(settings, retention=period), document)
        except LockTimeout as exc:
            raise WriteError(t("store.busy", lock=exc.lock_file)) from exc
        except OSError as exc:
            raise write_error(exc, path) from exc

    def problems(self) -> builtins.list[str]:  # `list` here is the method above
        """User-facing messages about files that do not load, versions kept in conflicts/,
        and loose permissions."""
        messages = [
            problem_message(path, problem, self._backup_loads(path))
            for path, problem in self._damaged()
        ]
        messages += [
            t("store.rescued_waiting_check", file=found.path)
            if found.kind == rescue.MEETING
            else t("store.rescued_outbox_waiting_check", id=found.meeting_id, file=found.path)
            for found in rescue.listing(self.path)
        ]
        messages += [
            tn("store.has_conflict_copies", len(paths), id=meeting_id, file=paths[-1])
            for meeting_id, paths in self.conflict_copies().items()
        ]
        try:
            self.settings()
        except SettingsError as exc:
            messages.append(str(exc))
        return messages + self.warnings()

    def warnings(self) -> builtins.list[str]:
        """What every command says on opening the store: loose permissions, a conversion cut short."""
        messages = self.permission_problems()
        encryption = keys.read(self._layout) if self.codec.key else None
        if encryption is not None and encryption.state != keys.ENCRYPTED:
            messages.append(t(f"crypt.unfinished_{encryption.state}", path=self.path))
        return messages

    def permission_problems(self) -> builtins.list[str]:
        """Folders and files in the store that others may read, with the fix."""
        folders, files = exposed(self._layout)
        fix = fix_command(self._layout.root)
        messages = [t("store.dir_open", path=folder, mode=f"{mode:o}", fix=fix) for folder, mode in folders]
        if files:
            messages.append(tn("store.files_open", len(files), example=files[0], fix=fix))
        return messages

    def damaged(self) -> builtins.list[Path]:
        """The meeting files that do not load (list() leaves them out; problems() says why)."""
        return [path for path, _ in self._damaged()]

    def ids(self) -> builtins.list[str]:
        """The id of every meeting file, whether it loads or not, sorted."""
        return self._index.ids()

    def _damaged(self) -> builtins.list[tuple[Path, Problem]]:
        return [(self._layout.meeting_file(meeting_id), problem) for meeting_id, problem in self._index.problems()]

    def _file(self, meeting_id: str) -> Path:
        if not valid_id(meeting_id):
            raise MeetingNotFound(t("store.bad_id", id=meeting_id))
        return self._layout.meeting_file(meeting_id)

    def _read_file(self, path: Path) -> Meeting:
        """The meeting in `path`; MeetingNotFound or CorruptFile."""
        try:
            return self._parse(path)
        except UnreadableData as exc:
            raise CorruptFile(path, exc.problem, self._backup_loads(path)) from exc

    def _parse(self, path: Path) -> Meeting:
        """The meeting in `path`; MeetingNotFound, or UnreadableData saying what is wrong."""
        try:
            doc = TinyDB(path, storage=AtomicJSONStorage, codec=self.codec).table(TABLE).get(doc_id=DOC_ID)
            if doc is None:
                raise MeetingNotFound(t("store.not_found", id=path.stem, folder=path.parent))
            meeting = meeting_from_record(migrate(dict(doc)))
        except InvalidMeeting as exc:
            raise InvalidRecord(field=str(exc)) from exc
        except OSError as exc:
            raise CannotRead(reason=exc.strerror or str(exc)) from exc
        meeting.id = path.stem  # the file name is the identity, also for a restored copy
        return meeting

    def _backup_loads(self, path: Path) -> bool | None:
        """Whether the .bak of a broken file loads, so a message never points at a broken copy."""
        bak = backup_path(path)
        if not bak.exists():
            return None
        try:
            self._parse(bak)
        except (UnreadableData, MeetingNotFound):
            return False
        return True
