"""Saving in the background, so disk IO never runs on the UI thread.

Revision contract
-----------------
Store.save() bumps `revision` to detect a second writer. The Autosaver writes
snapshots on its own thread, so it never touches the UI's live Meeting object.
Instead it keeps the revision it last wrote for each meeting id and saves each
snapshot on top of max(that revision, the snapshot's own revision). So:

* the UI may keep submitting its live object with a stale revision: that is
  expected and never causes a conflict by itself;
* when the UI replaces its object with a newer one (e.g. reloaded from disk
  after a conflict), the higher revision of that object is adopted;
* every SaveStatus carries the revision and updated_at now on disk; apply them
  with `sync(meeting)` (on the UI thread) before the live object goes
  anywhere else, e.g. to a direct Store.save() after `flush()`.

While an Autosaver handles a meeting, do not also call Store.save() on it
without flush() + sync() first: that save would look like a second writer.
"""

from __future__ import annotations

import atexit
import logging
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import pendulum

from tui.domain.model import Meeting
from tui.domain.timer import clock_checkpoint
from tui.i18n import t

from .errors import ConflictError, CorruptFile, MeetingGone, StoreError
from .store import Store

log = logging.getLogger(__name__)


class SaveState(StrEnum):
    SAVED = "saved"
    RETRYING = "retrying"  # disk trouble; the snapshot stays in memory and is tried again
    STOPPED = "stopped"  # conflict or broken file on disk: changes now go to a conflict copy


@dataclass(frozen=True)
class SaveStatus:
    meeting_id: str
    state: SaveState
    revision: int  # the revision on disk as far as this Autosaver knows
    updated_at: str | None
    message: str  # user-facing
    conflict_file: Path | None = None  # where changes go once STOPPED


class Autosaver:
    """Writes submitted meetings on a worker thread; latest snapshot per meeting wins.

    `on_status` is called after every attempt, in order, from a notifier thread
    of its own: it may block (e.g. App.call_from_thread) without ever holding up
    a write or a flush(). A status can arrive just after flush() returned.
    """

    def __init__(
        self,
        store: Store,
        on_status: Callable[[SaveStatus], None],
        *,
        delay: float = 0.2,
        retry_initial: float = 0.5,
        retry_max: float = 30.0,
    ) -> None:
        self._store = store
        self._on_status = on_status
        self._delay = delay  # gathers a burst of keystrokes into one write
        self._retry_initial = retry_initial
        self._retry_max = retry_max
        self._cond = threading.Condition()
        self._pending: dict[str, dict[str, Any]] = {}  # snapshots not yet on disk
        self._clocks: dict[str, dict[str, Any]] = {}  # clock checkpoints not yet on disk
        self._due = 0.0  # monotonic time the pending snapshots should be written
        self._writing = False
        self._hurry = False  # flush(): skip the delay
        self._failures = 0
        self._on_disk: dict[str, tuple[int, str | None]] = {}  # id -> (revision, updated_at)
        self._stopped: dict[str, Path] = {}  # id -> conflict copy
        self._closing = False
        self._statuses: queue.SimpleQueue[SaveStatus | None] = queue.SimpleQueue()
        self._thread = threading.Thread(target=self._run, name="gesprek-autosave", daemon=True)
        self._notifier = threading.Thread(target=self._notify, name="gesprek-autosave-status", daemon=True)
        self._thread.start()
        self._notifier.start()
        atexit.register(self.close)  # last chance if the app forgets

    def submit(self, meeting: Meeting) -> None:
        """Queue a snapshot of `meeting`; returns at once. Written within about `delay` s."""
        snapshot = meeting.to_dict()  # a deep, plain copy: the UI may go on editing
        with self._cond:
            if self._closing:
                raise RuntimeError("Autosaver is closed")
            if not self._pending and self._failures == 0:
                self._due = time.monotonic() + self._delay
            self._pending[meeting.id] = snapshot
            self._clocks.pop(meeting.id, None)  # the snapshot holds the time too
            self._cond.notify_all()

    def submit_clock(self, meeting: Meeting) -> None:
        """Queue only the time spent (commit the timer first): when the clock ran and nothing else
        changed, a few bytes beside the record instead of rewriting it (timer.clock_checkpoint)."""
        checkpoint = clock_checkpoint(meeting)
        with self._cond:
            if self._closing or meeting.id in self._pending or meeting.id in self._stopped:
                return  # a pending snapshot holds the time; a stopped meeting goes to its copy
            self._clocks[meeting.id] = checkpoint
            self._cond.notify_all()

    def flush(self, timeout: float = 5.0) -> bool:
        """Block until everything submitted is on disk; False if that did not happen in time.

        For a STOPPED meeting "on disk" means in its conflict copy.
        """
        deadline = time.monotonic() + timeout
        with self._cond:
            self._hurry = True
            self._due = 0.0  # also retry a failing write right now
            self._cond.notify_all()
            while self._pending or self._clocks or self._writing:
                left = deadline - time.monotonic()
                if left <= 0 or not self._thread.is_alive():
                    return False
                self._cond.wait(left)
            return True

    def close(self, timeout: float = 5.0) -> bool:
        """Flush, then stop the worker. True if everything submitted reached the disk."""
        atexit.unregister(self.close)
        done = self.flush(timeout)
        with self._cond:
            self._closing = True
            self._cond.notify_all()
        self._thread.join(timeout=1.0)
        self._statuses.put(None)  # after the last status: stop the notifier
        return done

    def sync(self, meeting: Meeting) -> None:
        """Copy the revision and updated_at on disk into the live object (call on the UI thread)."""
        with self._cond:
            known = self._on_disk.get(meeting.id)
        if known is not None and known[0] > meeting.revision:
            meeting.revision, meeting.updated_at = known

    def unsaved(self) -> list[dict[str, Any]]:
        """The snapshots not on disk yet (a full disk, a read-only folder): to rescue elsewhere."""
        with self._cond:
            return list(self._pending.values())

    def kept_apart(self) -> dict[str, Path]:
        """Meetings whose changes go to a conflict copy (STOPPED), with that copy."""
        with self._cond:
            return dict(self._stopped)


    # -- worker ------------------------------------------------------------

    def _run(self) -> None:
        while True:
            with self._cond:
                while True:
                    if self._closing and not self._pending and not self._clocks:
                        return
                    wait = self._due - time.monotonic()
                    if self._pending and (wait <= 0 or (self._hurry and self._failures == 0)):
                        break
                    if self._clocks and not self._pending:
                        break
                    self._cond.wait(wait if self._pending else None)
                self._writing = True
                if not self._pending:
                    meeting_id, checkpoint = self._clocks.popitem()
                    on_disk = self._on_disk.get(meeting_id, (checkpoint["revision"], None))[0]
                    checkpoint["revision"] = max(on_disk, checkpoint["revision"])
                    snapshot = None
                else:
                    meeting_id = next(iter(self._pending))
                    snapshot = self._pending.pop(meeting_id)
            if snapshot is None:
                self._write_clock(meeting_id, checkpoint)
                with self._cond:
                    self._writing = False
                    self._cond.notify_all()
                continue
            status = self._write(meeting_id, snapshot)
            with self._cond:
                self._writing = False
                if status.state is SaveState.RETRYING:
                    self._pending.setdefault(meeting_id, snapshot)  # unless a newer one came in
                    self._failures += 1
                    self._due = time.monotonic() + self._backoff()
                else:
                    self._failures = 0
                if not self._pending:
                    self._hurry = False
                self._cond.notify_all()
            self._statuses.put(status)

    def _backoff(self) -> float:
        return min(self._retry_initial * 2 ** (self._failures - 1), self._retry_max)

    def _write(self, meeting_id: str, snapshot: dict[str, Any]) -> SaveStatus:
        with self._cond:
            revision = self._on_disk.get(meeting_id, (snapshot["revision"], None))[0]
            conflict_file = self._stopped.get(meeting_id)
        try:
            if conflict_file is not None:
                self._store.write_conflict_copy(snapshot, into=conflict_file)
                return self._status(
                    snapshot, SaveState.STOPPED, t("store.kept_copy", file=conflict_file), conflict_file
                )
            on_disk = self._store.save_record({**snapshot, "revision": max(revision, snapshot["revision"])})
        except (ConflictError, CorruptFile, MeetingGone) as exc:
            if isinstance(exc, MeetingGone):
                # Deleted meanwhile: what was typed since is kept apart, never lost, never brought back.
                try:
                    copy = self._store.write_conflict_copy(snapshot)
                except OSError as error:
                    return self._retrying(snapshot, error.strerror or str(error))
            else:
                copy = exc.rejected_copy
            with self._cond:
                self._stopped[meeting_id] = copy
            message = t("store.autosave_stopped", error=exc, file=copy)
            return self._status(snapshot, SaveState.STOPPED, message, copy)
        except StoreError as exc:
            return self._retrying(snapshot, str(exc))
        except Exception as exc:  # a bug must not kill the thread that holds the user's notes
            log.exception("autosave of %s failed", meeting_id)
            return self._retrying(snapshot, t("store.unexpected", error=exc))
        with self._cond:
            self._on_disk[meeting_id] = on_disk
        time_of_day = pendulum.parse(on_disk[1]).format("HH:mm:ss")
        return self._status(snapshot, SaveState.SAVED, t("store.saved", time=time_of_day))

    def _write_clock(self, meeting_id: str, checkpoint: dict[str, Any]) -> None:
        try:
            self._store.save_clock(checkpoint, meeting_id)
        except Exception:  # noqa: BLE001 - the next checkpoint or save carries the time again
            log.warning("clock checkpoint of %s not written", meeting_id, exc_info=True)

    def _retrying(self, snapshot: dict[str, Any], error: str) -> SaveStatus:
        seconds = min(self._retry_initial * 2**self._failures, self._retry_max)
        return self._status(snapshot, SaveState.RETRYING, t("store.retrying", error=error, seconds=f"{seconds:g}"))

    def _status(
        self, snapshot: dict[str, Any], state: SaveState, message: str, conflict_file: Path | None = None
    ) -> SaveStatus:
        meeting_id = snapshot["id"]
        with self._cond:
            revision, updated_at = self._on_disk.get(meeting_id, (snapshot["revision"], snapshot["updated_at"]))
        return SaveStatus(meeting_id, state, revision, updated_at, message, conflict_file)

    def _notify(self) -> None:
        while (status := self._statuses.get()) is not None:
            try:
                self._on_status(status)
            except Exception:
                log.exception("on_status failed")
