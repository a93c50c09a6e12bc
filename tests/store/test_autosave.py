"""The Autosaver: off the caller's thread, latest wins, retries disk trouble, stops on conflicts."""

from __future__ import annotations

import errno
import os
import threading
import time

import pytest

from tui.i18n import t
from tui.store import Autosaver, SaveState, SaveStatus, atomic, open_store

from .conftest import failing_write, make_meeting, meeting_file


class Recorder:
    """on_status that remembers; the status of a write may arrive just after flush() returns."""

    def __init__(self) -> None:
        self.statuses: list[SaveStatus] = []
        self.threads: set[str] = set()
        self._cond = threading.Condition()

    def __call__(self, status: SaveStatus) -> None:
        with self._cond:
            self.statuses.append(status)
            self.threads.add(threading.current_thread().name)
            self._cond.notify_all()

    def wait(self, count: int, timeout: float = 2.0) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: len(self.statuses) >= count, timeout)

    def states(self) -> list[SaveState]:
        return [s.state for s in self.statuses]


@pytest.fixture
def store(any_store):
    """Each test on a plain and on an encrypted store: the autosave's promise holds for both."""
    return any_store


@pytest.fixture
def recorder():
    return Recorder()


@pytest.fixture
def saver(store, recorder):
    saver = Autosaver(store, recorder, delay=0.05, retry_initial=0.05)
    yield saver
    saver.close()


def test_submit_is_written_within_a_second_off_the_callers_thread(store, saver, recorder):
    meeting = make_meeting()
    saver.submit(meeting)
    assert recorder.wait(1, timeout=1.0)
    assert recorder.states() == [SaveState.SAVED]
    assert recorder.threads == {"gesprek-autosave-status"}
    assert store.load(meeting.id).employee == meeting.employee


def test_submit_takes_a_snapshot(store, saver):
    meeting = make_meeting()
    saver.submit(meeting)
    meeting.employee = "Later getypt"
    meeting.topics[0].notes.clear()
    assert saver.flush()
    stored = store.load(meeting.id)
    assert stored.employee == "Anna de Vries" and len(stored.topics[0].notes) == 1


def test_latest_submit_wins_and_bursts_become_one_write(store, recorder, monkeypatch):
    real = store.save_record
    written: list[str] = []

    def counted_save(record):
        written.append(record["employee"])
        return real(record)

    monkeypatch.setattr(store, "save_record", counted_save)
    saver = Autosaver(store, recorder, delay=60)  # only flush() writes
    meeting = make_meeting()
    for i in range(20):
        meeting.employee = f"Versie {i}"
        saver.submit(meeting)
    assert saver.flush()
    # Counted, not waited for: a status per write, and flush() returns after the last write.
    assert written == ["Versie 19"]
    assert recorder.wait(1)
    assert recorder.states() == [SaveState.SAVED]
    assert store.load(meeting.id).employee == "Versie 19"
    saver.close()


def test_flush_writes_every_meeting(store, saver):
    meetings = [make_meeting(f"M{i}") for i in range(5)]
    for meeting in meetings:
        saver.submit(meeting)
    assert saver.flush()
    assert {s.id for s in store.list()} == {m.id for m in meetings}


def test_live_object_with_stale_revision_never_conflicts(store, saver, recorder):
    meeting = make_meeting()
    for i in range(3):
        meeting.employee = f"Versie {i}"
        saver.submit(meeting)
        assert saver.flush()
    assert meeting.revision == 0  # the live object is not touched from the worker
    assert recorder.wait(3)
    assert recorder.states() == [SaveState.SAVED] * 3
    assert recorder.statuses[-1].revision == 3
    saver.sync(meeting)
    assert (meeting.revision, meeting.updated_at) == (3, store.load(meeting.id).updated_at)
    store.save(meeting)  # in sync: a direct save is not a conflict
    assert meeting.revision == 4


def test_disk_full_is_reported_then_retried_until_success(store, saver, recorder, monkeypatch):
    real = atomic._write_all
    failures = iter([True, True])

    def flaky(fd: int, data: bytes) -> None:
        if next(failures, False):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        real(fd, data)

    monkeypatch.setattr(atomic, "_write_all", flaky)
    meeting = make_meeting()
    saver.submit(meeting)
    assert saver.flush(timeout=5)
    assert recorder.wait(3)
    assert recorder.states() == [SaveState.RETRYING, SaveState.RETRYING, SaveState.SAVED]
    path = meeting_file(store, meeting.id)
    assert t("store.disk_full", path=path) in recorder.statuses[0].message
    assert store.load(meeting.id).employee == meeting.employee


def test_persistent_failure_keeps_latest_snapshot_in_memory(store, saver, recorder, monkeypatch):
    monkeypatch.setattr(atomic, "_write_all", failing_write(errno.EROFS))
    meeting = make_meeting()
    saver.submit(meeting)
    meeting.employee = "Nieuwste"
    saver.submit(meeting)
    assert not saver.flush(timeout=0.3)
    assert recorder.wait(1)
    assert set(recorder.states()) == {SaveState.RETRYING}
    assert t("store.read_only", path=meeting_file(store, meeting.id)) in recorder.statuses[0].message
    monkeypatch.undo()
    assert saver.flush(timeout=5)
    assert store.load(meeting.id).employee == "Nieuwste"


def test_conflict_stops_overwriting_and_keeps_changes_in_the_conflict_copy(tmp_path, recorder):
    mine, other = open_store(tmp_path / "store"), open_store(tmp_path / "store")
    saver = Autosaver(mine, recorder, delay=0.01)
    meeting = make_meeting()
    saver.submit(meeting)
    assert saver.flush()
    theirs = other.load(meeting.id)
    theirs.employee = "Andere schrijver"
    other.save(theirs)
    meeting.employee = "Mijn versie"
    saver.submit(meeting)
    assert saver.flush()
    assert recorder.wait(2)
    status = recorder.statuses[-1]
    assert status.state is SaveState.STOPPED
    assert str(status.conflict_file) in status.message
    assert mine.codec.read_json(status.conflict_file)["employee"] == "Mijn versie"
    meeting.employee = "Nog later getypt"
    saver.submit(meeting)
    assert saver.flush()
    assert recorder.wait(3)
    assert recorder.statuses[-1].state is SaveState.STOPPED
    assert mine.codec.read_json(status.conflict_file)["employee"] == "Nog later getypt"
    assert mine.load(meeting.id).employee == "Andere schrijver"
    saver.close()


def test_a_failing_status_callback_does_not_stop_saving(store):
    def explode(status: SaveStatus) -> None:
        raise RuntimeError("UI bug")

    saver = Autosaver(store, explode, delay=0.01)
    first, second = make_meeting("Een"), make_meeting("Twee")
    saver.submit(first)
    assert saver.flush()
    saver.submit(second)
    assert saver.close()
    assert {s.employee for s in store.list()} == {"Een", "Twee"}


def test_submit_does_not_wait_for_a_slow_disk(store, recorder, monkeypatch):
    real = store.save_record
    inside, done = threading.Event(), threading.Event()

    def slow_save(record):
        inside.set()
        done.wait(2)  # the disk is slow until the submits below are over (or 2 s, were they to wait)
        return real(record)

    # Every save goes through save_record (a stand-in for save() alone was no longer reached).
    monkeypatch.setattr(store, "save_record", slow_save)
    saver = Autosaver(store, recorder, delay=0)
    first, second = make_meeting("Een"), make_meeting("Twee")
    saver.submit(first)
    assert inside.wait(5)  # the worker is now inside the slow save
    started = time.monotonic()
    saver.submit(second)
    saver.submit(first)
    assert time.monotonic() - started < 0.1
    done.set()
    assert saver.close()
    assert {s.employee for s in store.list()} == {"Een", "Twee"}


def test_a_blocking_status_callback_does_not_hold_up_flush(store):
    release = threading.Event()
    saver = Autosaver(store, lambda status: release.wait(10), delay=0)
    first, second = make_meeting("Een"), make_meeting("Twee")
    saver.submit(first)
    assert saver.flush(timeout=2)  # the callback for it is now blocked
    saver.submit(second)
    assert saver.flush(timeout=2)
    assert {s.employee for s in store.list()} == {"Een", "Twee"}
    release.set()
    assert saver.close()


def test_close_flushes(store, recorder):
    saver = Autosaver(store, recorder, delay=60)
    meeting = make_meeting()
    saver.submit(meeting)
    started = time.monotonic()
    assert saver.close()
    assert time.monotonic() - started < 2
    assert store.load(meeting.id).revision == 1
    with pytest.raises(RuntimeError):
        saver.submit(meeting)


def test_broken_file_on_disk_stops_autosave_without_touching_it(store, saver, recorder):
    meeting = make_meeting()
    saver.submit(meeting)
    assert saver.flush()
    path = meeting_file(store, meeting.id)
    path.write_bytes(b"{kapot")
    meeting.employee = "Na de schade"
    saver.submit(meeting)
    assert saver.flush()
    assert recorder.wait(2)
    status = recorder.statuses[-1]
    assert status.state is SaveState.STOPPED
    assert str(path) in status.message
    assert path.read_bytes() == b"{kapot"
    assert store.codec.read_json(status.conflict_file)["employee"] == "Na de schade"


def test_typing_after_a_delete_is_kept_apart_not_saved_back(store, recorder):
    meeting = make_meeting()
    saver = Autosaver(store, recorder, delay=0.01)
    saver.submit(meeting)
    assert saver.flush()
    saver.sync(meeting)
    store.delete(meeting.id)
    meeting.topics[0].notes[0].text = "getypt na het verwijderen"
    saver.submit(meeting)
    assert saver.flush()
    assert recorder.wait(2)
    status = recorder.statuses[-1]
    assert status.state is SaveState.STOPPED
    assert not (store.path / 'meetings' / f'{meeting.id}.json').exists()
    assert store.load_conflict_copy(status.conflict_file).topics[0].notes[0].text == "getypt na het verwijderen"
    saver.close()
