"""Deleting a meeting completely: every file of it in the store and its rescued files, its
index entry; refused while a running app holds it, also one killed with kill -9 no longer."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.leftovers import files_holding
from tui.domain.model import Note, Side
from tui.store import MeetingNotFound, MeetingOpen, open_store, rescue

from .conftest import make_meeting, meeting_file, plant

WORKER = Path(__file__).with_name("worker.py")
SECRET = "Vlinderdasmotief"  # in the doomed meeting's notes only
KEPT = "Zeepkistrace"  # in the other meeting's notes only


@pytest.fixture
def places(tmp_path, monkeypatch):
    folder = tmp_path / "rescued"
    monkeypatch.setattr(rescue, "places", lambda: [folder])
    return folder


def _with_note(meeting, text: str):
    meeting.topics[0].notes.append(Note(text, Side.EMPLOYEE, "2026-11-25T10:05:00+01:00"))
    return meeting


@pytest.fixture
def two(store):
    doomed = _with_note(make_meeting("Wessel Doornbos"), SECRET)
    kept = _with_note(make_meeting("Kim Overbeek"), KEPT)
    store.save(doomed)
    store.save(doomed)  # a .bak with the text too
    store.save(kept)
    store.save(kept)
    return doomed, kept


def test_delete_leaves_no_file_with_its_text(store, two, places):
    doomed, kept = two
    store.list()  # a first list writes index.json
    assert store.path.joinpath("index.json").exists()
    store.save_clock({"revision": doomed.revision, "spent": [1.0]}, doomed.id)
    store.write_conflict_copy(doomed.to_dict())
    store.rescue(doomed.to_dict())
    store.rescue(kept.to_dict())
    # What a crash in the middle of writes leaves: temp files of the meeting, its .bak, a conflict copy.
    data = meeting_file(store, doomed.id).read_bytes()
    for temp in (
        f".{doomed.id}.json.4242.0a1b2c3d.tmp",
        f".{doomed.id}.json.bak.4242.0a1b2c3e.tmp",
        f"../conflicts/.{doomed.id}-20261125T090000Z.json.4242.0a1b2c3f.tmp",
        "../.index.json.4242.0a1b2c40.tmp",
    ):
        plant(store.path / "meetings" / temp, data)
    plant(store.path / "seats" / f"{doomed.id}.json", data)  # her seat's outbox, on her side of two seats
    assert files_holding(SECRET, store.path, places)

    store.delete(doomed.id)

    assert files_holding(SECRET, store.path, places) == []
    assert files_holding(doomed.employee.split()[-1], store.path, places) == []
    assert not (store.path / "locks" / f"{doomed.id}.lock").exists()
    assert not (store.path / "clocks" / f"{doomed.id}.json").exists()
    # The other meeting and its rescued version are untouched.
    assert store.load(kept.id).topics[0].notes[-1].text == KEPT
    # The file, its .bak, and its entries in the search index.
    assert sorted(path.parent.name for path in files_holding(KEPT, store.path)) == ["meetings", "meetings", "search"]
    assert len(files_holding(KEPT, places)) == 1
    assert [s.id for s in store.list()] == [kept.id]
    assert [s.id for s in open_store(store.path).list()] == [kept.id]


def test_the_lagging_index_is_rewritten_without_the_entry(store, two):
    doomed, kept = two
    store.list()
    index = store.path / "index.json"
    assert doomed.id in json.loads(index.read_bytes())["entries"]
    third = make_meeting("Derde Persoon")
    store.save(third)  # the index lags: written every few dozen changes
    store.delete(doomed.id)
    entries = json.loads(index.read_bytes())["entries"]
    assert doomed.id not in entries and kept.id in entries


def test_a_neighbour_whose_id_starts_the_same_stays(store, places):
    doomed = _with_note(make_meeting("Wessel Doornbos"), SECRET)
    doomed.id = "abc"
    neighbour = _with_note(make_meeting("Kim Overbeek"), KEPT)
    neighbour.id = "abc-20261125T090000Z"  # even one that looks like a conflict copy's name
    for meeting in (doomed, neighbour):
        store.save(meeting)
        store.write_conflict_copy(meeting.to_dict())
        store.rescue(meeting.to_dict())
    store.delete("abc")
    assert files_holding(SECRET, store.path, places) == []
    # The meeting, its conflict copy, its rescued version and its entries in the search index.
    held = sorted(path.parent.name for path in files_holding(KEPT, store.path, places))
    assert held == sorted(["meetings", "conflicts", places.name, "search"])
    assert set(store.conflict_copies()) == {neighbour.id}


def test_an_unknown_meeting_is_not_found(store):
    with pytest.raises(MeetingNotFound):
        store.delete("nergens")
    with pytest.raises(MeetingNotFound):
        store.delete("../meetings")


def test_a_damaged_file_is_deleted_too(store, two):
    doomed, _ = two
    path = meeting_file(store, doomed.id)
    path.write_bytes(path.read_bytes()[:50])
    assert store.damaged() == [path]
    store.delete(doomed.id)
    assert files_holding(SECRET, store.path) == []
    assert store.damaged() == [] and store.problems() == []


def test_a_meeting_held_open_in_this_process_is_refused(store, two):
    doomed, _ = two
    held = store.hold_open(doomed.id)
    assert held is not None and store.is_open(doomed.id)
    with pytest.raises(MeetingOpen):
        store.delete(doomed.id)
    assert store.load(doomed.id).id == doomed.id
    held.release()
    assert not store.is_open(doomed.id)
    store.delete(doomed.id)
    assert files_holding(SECRET, store.path) == []


def test_open_in_another_process_is_refused_until_it_dies(store, two):
    doomed, _ = two
    child = subprocess.Popen([sys.executable, str(WORKER), "hold", str(store.path), doomed.id], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "held"
        assert store.is_open(doomed.id)
        with pytest.raises(MeetingOpen) as refused:
            store.delete(doomed.id)
        assert "open" in str(refused.value)
        os.kill(child.pid, signal.SIGKILL)  # no clean-up: the kernel lets go of its lock
        child.wait(timeout=10)
    finally:
        child.kill()
        child.wait()
    store.delete(doomed.id)
    assert files_holding(SECRET, store.path) == []


def test_a_delete_cut_short_is_finished_by_the_next_and_the_index_follows(store, two, monkeypatch):
    from tui.store import erase

    doomed, kept = two
    store.list()
    real = erase.os.unlink
    done = []

    def crash_before_the_meeting_file(path):
        if str(path).endswith(f"{doomed.id}.json"):
            raise KeyboardInterrupt  # the process dies here
        done.append(path)
        real(path)

    monkeypatch.setattr(erase.os, "unlink", crash_before_the_meeting_file)
    with pytest.raises(KeyboardInterrupt):
        store.delete(doomed.id)
    assert any(str(path).endswith(".bak") for path in done)
    monkeypatch.setattr(erase.os, "unlink", real)
    fresh = open_store(store.path)
    fresh.delete(doomed.id)  # the meeting file is still there: the delete can be done again
    assert files_holding(SECRET, store.path) == []


def test_a_meeting_file_removed_by_hand_leaves_the_index_at_the_next_listing(store, two):
    doomed, kept = two
    store.list()
    assert doomed.id in (store.path / "index.json").read_text()
    for path in store.path.joinpath("meetings").glob(f"{doomed.id}.json*"):
        path.unlink()
    assert [s.id for s in open_store(store.path).list()] == [kept.id]
    assert doomed.id not in (store.path / "index.json").read_text()


def test_two_apps_holding_one_meeting_both_keep_it(store, two):
    doomed, _ = two
    first, second = store.hold_open(doomed.id), store.hold_open(doomed.id)
    assert first is not None and second is not None
    first.release()
    assert store.is_open(doomed.id)
    with pytest.raises(MeetingOpen):
        store.delete(doomed.id)
    second.release()
    store.delete(doomed.id)
