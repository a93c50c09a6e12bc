"""The summary index is a cache: validated against the files, rebuilt when missing, not rewritten per save."""

from __future__ import annotations

import json
import os
import time

import pytest

from tui.i18n import t
from tui.store import atomic, open_store
from tui.store import index as index_module
from tui.store.summary import ROW_FIELDS

from .conftest import make_meeting, meeting_file, plant


def _fill(root, count: int) -> list[str]:
    store = open_store(root)
    ids = []
    for i in range(count):
        meeting = make_meeting(f"M{i}")
        store.save(meeting)
        ids.append(meeting.id)
    store.list()  # first list writes the index
    return ids


def test_cold_start_reads_no_meeting_file_when_index_is_current(tmp_path, reads):
    _fill(tmp_path / "store", 5)
    reads.clear()
    assert len(open_store(tmp_path / "store").list()) == 5
    assert reads == []


def test_only_changed_files_are_read_again(tmp_path, reads):
    ids = _fill(tmp_path / "store", 5)
    other = open_store(tmp_path / "store")
    changed = other.load(ids[2])
    changed.employee = "Elders gewijzigd"
    other.save(changed)
    store = open_store(tmp_path / "store")
    reads.clear()
    summaries = store.list()
    assert reads == [ids[2]]
    assert "Elders gewijzigd" in {s.employee for s in summaries}
    reads.clear()
    store.list()
    assert reads == []  # now cached in memory


def test_saving_does_not_rewrite_the_index(tmp_path):
    _fill(tmp_path / "store", 3)
    store = open_store(tmp_path / "store")
    store.list()
    before = os.stat(store.path / "index.json")
    meeting = make_meeting()
    store.save(meeting)
    assert os.stat(store.path / "index.json").st_ino == before.st_ino
    assert meeting.id in {s.id for s in store.list()}


def test_index_is_rewritten_once_it_lags_too_far(tmp_path, monkeypatch):
    monkeypatch.setattr(index_module, "SLACK", 3)
    _fill(tmp_path / "store", 1)
    store = open_store(tmp_path / "store")
    store.list()
    first = os.stat(store.path / "index.json").st_ino
    for i in range(3):
        store.save(make_meeting(f"M{i}"))
    store.list()
    assert os.stat(store.path / "index.json").st_ino != first


def test_empty_store_writes_no_index_until_it_holds_a_meeting(tmp_path):
    store = open_store(tmp_path / "store")
    assert store.list() == []
    assert not (store.path / "index.json").exists()
    meeting = make_meeting()
    store.save(meeting)
    assert [s.id for s in store.list()] == [meeting.id]
    assert (store.path / "index.json").exists()


@pytest.mark.parametrize(
    "damage", [b"", b"{kapot", b'{"format": 999}', b'{"format": 1, "schema": 1, "entries": [1]}', b"[" * 100_000]
)
def test_damaged_or_missing_index_is_rebuilt(tmp_path, damage):
    ids = _fill(tmp_path / "store", 4)
    plant(tmp_path / "store" / "index.json", damage)
    store = open_store(tmp_path / "store")
    assert sorted(s.id for s in store.list()) == sorted(ids)
    assert store.problems() == []
    (tmp_path / "store" / "index.json").unlink()
    assert sorted(s.id for s in open_store(tmp_path / "store").list()) == sorted(ids)


def _row(field: str, value):
    def change(entry: list) -> None:
        entry[1][ROW_FIELDS.index(field)] = value

    return change


@pytest.mark.parametrize(
    "change",
    [
        _row("employee", None),
        _row("date", "9999-12-31"),
        _row("date", None),
        _row("next_followup", 20270101),
        _row("kind", None),
        _row("agreements_open", "1"),
        _row("updated_at", []),
        lambda entry: entry.__setitem__(1, None),
        lambda entry: entry.__setitem__(2, ["store.no_such_problem", {}]),
        lambda entry: entry.__setitem__(2, ["store.file_garbled", {"regel": 1}]),
        lambda entry: entry.__setitem__(2, ["store.file_garbled", None]),
    ],
)
def test_an_index_entry_of_the_wrong_shape_is_not_trusted(tmp_path, change):
    ids = _fill(tmp_path / "store", 3)
    plant(tmp_path / "store" / "meetings" / "kapot.json", b"{")
    index_file = tmp_path / "store" / "index.json"
    index_file.unlink()  # rebuilt with the broken file's problem in it
    truth = open_store(tmp_path / "store").list()
    data = json.loads(index_file.read_text())
    victim = "kapot" if change.__name__ == "<lambda>" else ids[0]
    change(data["entries"][victim])
    plant(index_file, json.dumps(data).encode())
    store = open_store(tmp_path / "store")
    assert store.list() == truth
    assert store.problems() == [
        f"{t('store.file_garbled', file=meeting_file(store, 'kapot'), line=1)} {t('store.untouched')}"
    ]


def test_removed_file_disappears_from_list(tmp_path):
    ids = _fill(tmp_path / "store", 3)
    store = open_store(tmp_path / "store")
    store.list()
    meeting_file(store, ids[0]).unlink()
    assert sorted(s.id for s in store.list()) == sorted(ids[1:])


def test_broken_files_are_cached_as_problems(tmp_path, reads):
    _fill(tmp_path / "store", 2)
    plant(tmp_path / "store" / "meetings" / "kapot.json", b"{")
    store = open_store(tmp_path / "store")
    assert len(store.problems()) == 1
    reads.clear()
    assert len(store.problems()) == 1
    assert reads == []


def test_stale_temp_files_from_a_crash_are_cleaned_up(store):
    meetings = store.path / "meetings"
    stale, fresh = meetings / ".abc.json.1.dead.tmp", meetings / ".abc.json.2.live.tmp"
    plant(stale, b"half")
    plant(fresh, b"busy")
    old = time.time() - 2 * atomic.STALE_TEMP_SECONDS
    os.utime(stale, (old, old))
    assert store.list() == []
    assert not stale.exists() and fresh.exists()


def test_recent_is_what_the_start_screen_shows_first_and_only_while_nothing_changed(tmp_path):
    from tui.domain.model import Status
    from tui.store import open_store

    from .conftest import make_meeting

    store = open_store(tmp_path / "store")
    assert store.recent() is None  # nothing kept yet
    meetings = [make_meeting(employee=f"Medewerker {i}", date=f"2026-0{1 + i % 9}-1{i % 9}") for i in range(60)]
    for i, meeting in enumerate(meetings):
        meeting.status = Status.PLANNED if i < 3 else Status.FINISHED
        store.save(meeting)
    store.sync_index()
    recent = open_store(store.path).recent()
    full = store.list()
    finished = [s for s in full if s.status is Status.FINISHED]
    assert recent.finished_total == len(finished) == 57
    assert recent.summaries == [s for s in full if s.status is not Status.FINISHED] + finished[:50]
    store.save(meetings[10])  # any change in the folder: the full list is needed again
    assert open_store(store.path).recent() is None
    store.sync_index()
    assert open_store(store.path).recent() is not None
    # Rewritten in place (a hand repair with cp): the folder's time stays, the file's identity not.
    path = store.path / "meetings" / f"{recent.summaries[0].id}.json"
    path.write_bytes(path.read_bytes())
    assert open_store(store.path).recent() is None
