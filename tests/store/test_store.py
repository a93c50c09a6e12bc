"""Saving, loading, listing, revisions and conflicts within one process."""

from __future__ import annotations

import json

import pendulum
import pytest

from tui.domain.clock import FakeClock
from tui.domain.model import SCHEMA_VERSION, Kind, Status
from tui.store import (
    ConflictError,
    CorruptFile,
    MeetingGone,
    MeetingNotFound,
    StoreError,
    default_store_path,
    open_store,
)

from .conftest import make_meeting, meeting_file


def test_save_then_load_gives_the_same_meeting(store):
    meeting = make_meeting()
    store.save(meeting)
    assert store.load(meeting.id) == meeting


def test_save_bumps_revision_and_sets_updated_at(tmp_path):
    clock = FakeClock(pendulum.datetime(2026, 11, 25, 10, 0, tz="Europe/Amsterdam"))
    store = open_store(tmp_path / "store", clock=clock)
    meeting = make_meeting()
    store.save(meeting)
    assert (meeting.revision, meeting.updated_at) == (1, "2026-11-25T10:00:00+01:00")
    clock.advance(60)
    store.save(meeting)
    assert (meeting.revision, meeting.updated_at) == (2, "2026-11-25T10:01:00+01:00")
    stored = store.load(meeting.id)
    assert (stored.revision, stored.updated_at, stored.schema) == (2, "2026-11-25T10:01:00+01:00", SCHEMA_VERSION)


def test_file_is_a_tinydb_document_with_the_schema(store):
    meeting = make_meeting()
    store.save(meeting)
    data = json.loads(meeting_file(store, meeting.id).read_text())
    assert data["meeting"]["1"]["schema"] == SCHEMA_VERSION
    assert data["meeting"]["1"]["revision"] == 1


def test_previous_version_is_kept_as_bak(store):
    meeting = make_meeting()
    store.save(meeting)
    first = meeting_file(store, meeting.id).read_bytes()
    meeting.employee = "Anna Jansen"
    store.save(meeting)
    bak = meeting_file(store, meeting.id).with_name(f"{meeting.id}.json.bak")
    assert bak.read_bytes() == first


def test_list_is_newest_date_first_with_summaries(store):
    old = make_meeting("Oud", "2024-01-10")
    new = make_meeting("Nieuw", "2026-03-01")
    middle = make_meeting("Midden", "2025-06-15")
    for meeting in (old, new, middle):
        store.save(meeting)
    summaries = store.list()
    assert [s.employee for s in summaries] == ["Nieuw", "Midden", "Oud"]
    first = summaries[0]
    assert (first.id, first.kind, first.status) == (new.id, Kind.FUNCTIONING, Status.PLANNED)
    assert (first.agreements_open, first.agreements_total) == (1, 1)
    assert first.updated_at == new.updated_at


def test_meetings_yields_every_meeting(store):
    saved = [make_meeting(f"M{i}") for i in range(3)]
    for meeting in saved:
        store.save(meeting)
    assert sorted(m.id for m in store.meetings()) == sorted(m.id for m in saved)


def test_unknown_meeting_raises_not_found(store):
    with pytest.raises(MeetingNotFound):
        store.load("doesnotexist")


@pytest.mark.parametrize("bad_id", ["../escape", "a/b", "", ".hidden", "x" * 100])
def test_ids_that_could_escape_the_folder_are_refused(store, bad_id):
    with pytest.raises(MeetingNotFound):
        store.load(bad_id)
    meeting = make_meeting()
    meeting.id = bad_id
    with pytest.raises(StoreError):
        store.save(meeting)
    assert not any(p.name != "store" for p in store.path.parent.iterdir())


def test_second_writer_gets_conflict_and_its_version_is_kept(tmp_path):
    first, second = open_store(tmp_path / "store"), open_store(tmp_path / "store")
    meeting = make_meeting()
    first.save(meeting)
    theirs = second.load(meeting.id)
    meeting.employee = "Eerste schrijver"
    first.save(meeting)
    theirs.employee = "Tweede schrijver"
    with pytest.raises(ConflictError) as caught:
        second.save(theirs)
    copy = caught.value.rejected_copy
    assert copy.parent == tmp_path / "store" / "conflicts"
    assert str(copy) in str(caught.value)
    assert json.loads(copy.read_text())["employee"] == "Tweede schrijver"
    assert theirs.revision == 1  # unchanged: nothing was saved
    assert second.load(meeting.id).employee == "Eerste schrijver"


def test_two_conflicts_in_one_second_keep_both_copies(tmp_path):
    store = open_store(tmp_path / "store", clock=FakeClock())
    meeting = make_meeting()
    store.save(meeting)
    stale = store.load(meeting.id)
    store.save(meeting)
    copies = set()
    for _ in range(2):
        with pytest.raises(ConflictError) as caught:
            store.save(stale)
        copies.add(caught.value.rejected_copy)
    assert len(copies) == 2 and all(c.exists() for c in copies)


@pytest.mark.parametrize("content", [b"{ half", b'{"id": 3}', b"[1, 2]"])
def test_a_version_kept_apart_that_does_not_load_is_said_by_name(store, content):
    # CorruptFile once came out as a TypeError (a missing argument): the conflict screen broke on it.
    path = store.path / "conflicts" / "abc-20261125T100000Z.json"
    path.write_bytes(content)
    path.chmod(0o600)
    with pytest.raises(CorruptFile) as caught:
        store.load_conflict_copy(path)
    assert str(path) in str(caught.value) and caught.value.backup_loads is None


def test_a_process_sees_another_stores_changes_on_next_read(tmp_path):
    first, second = open_store(tmp_path / "store"), open_store(tmp_path / "store")
    meeting = make_meeting()
    first.save(meeting)
    assert [s.employee for s in second.list()] == ["Anna de Vries"]
    meeting.employee = "Veranderd"
    first.save(meeting)
    assert second.load(meeting.id).employee == "Veranderd"
    assert [s.employee for s in second.list()] == ["Veranderd"]


def test_a_save_does_not_bring_a_deleted_meeting_back(store, tmp_path):
    meeting = make_meeting()
    store.save(meeting)
    stale = store.load(meeting.id)  # e.g. held by another process, or a use case in a worker
    open_store(store.path).delete(meeting.id)
    with pytest.raises(MeetingGone):
        store.save(stale)
    assert not meeting_file(store, meeting.id).exists()
    assert list((store.path / "conflicts").iterdir()) == []  # nothing of it written anywhere


def test_default_store_path_honours_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GESPREK_STORE", str(tmp_path / "elders"))
    assert default_store_path() == tmp_path / "elders"
    monkeypatch.delenv("GESPREK_STORE")
    assert default_store_path().name == "gesprek"


def test_open_store_uses_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GESPREK_STORE", str(tmp_path / "elders"))
    assert open_store().path == tmp_path / "elders"
    assert (tmp_path / "elders" / "meetings").is_dir()


def test_open_store_on_a_file_gives_clear_error(tmp_path):
    blocker = tmp_path / "store"
    blocker.write_text("not a folder")
    with pytest.raises(StoreError) as caught:
        open_store(blocker)
    assert str(blocker) in str(caught.value)
    assert blocker.read_text() == "not a folder"


def test_nothing_is_written_outside_the_store(tmp_path):
    store = open_store(tmp_path / "store")
    meeting = make_meeting()
    store.save(meeting)
    stale = store.load(meeting.id)
    store.save(meeting)
    with pytest.raises(ConflictError):
        store.save(stale)
    store.list()
    store.problems()
    assert [p.name for p in tmp_path.iterdir()] == ["store"]
