"""A running clock costs no rewrite of the conversation: its time is kept in a small checkpoint
beside the record, and a meeting loaded later has the right times."""

from __future__ import annotations

import json

from tui.domain.timer import clock_checkpoint
from tui.store import Autosaver

from .conftest import make_meeting


def _meeting_file(store, meeting):
    return store.path / "meetings" / f"{meeting.id}.json"


def test_a_checkpoint_of_the_stored_revision_gives_its_times(store):
    meeting = make_meeting()
    store.save(meeting)
    meeting.topics[0].spent_seconds = 321.5
    store.save_clock(clock_checkpoint(meeting), meeting.id)
    assert store.load(meeting.id).topics[0].spent_seconds == 321.5


def test_a_stale_or_broken_checkpoint_is_ignored(store):
    meeting = make_meeting()
    store.save(meeting)
    meeting.topics[0].spent_seconds = 100.0
    store.save_clock(clock_checkpoint(meeting), meeting.id)
    meeting.topics[0].spent_seconds = 50.0
    store.save(meeting)  # a newer record, with its own (here: smaller) times
    assert store.load(meeting.id).topics[0].spent_seconds == 50.0
    clock_file = store.path / "clocks" / f"{meeting.id}.json"
    for broken in (b"{", b"[]", json.dumps({"revision": meeting.revision, "active_topic": 0, "spent": ["x"]}).encode(),
                   json.dumps({"revision": meeting.revision, "active_topic": 0, "spent": [1, 2]}).encode()):
        clock_file.write_bytes(broken)
        assert store.load(meeting.id).topics[0].spent_seconds == 50.0


def test_the_autosaver_writes_a_checkpoint_not_the_record(store):
    meeting = make_meeting(notes=300)
    saver = Autosaver(store, lambda status: None, delay=0)
    saver.submit(meeting)
    assert saver.flush()
    saver.sync(meeting)
    record_before = _meeting_file(store, meeting).stat()
    meeting.topics[0].spent_seconds = 42.0
    saver.submit_clock(meeting)
    assert saver.flush()
    assert _meeting_file(store, meeting).stat().st_mtime_ns == record_before.st_mtime_ns
    assert (store.path / "clocks" / f"{meeting.id}.json").stat().st_size <= 256  # one padded block
    assert store.load(meeting.id).topics[0].spent_seconds == 42.0
    # A full save after it carries the time itself; the checkpoint is then stale.
    meeting.topics[0].spent_seconds = 43.0
    saver.submit_clock(meeting)
    saver.submit(meeting)  # queued together: the snapshot wins
    assert saver.close()
    assert store.load(meeting.id).topics[0].spent_seconds == 43.0


def test_a_checkpoint_rewritten_shorter_still_parses(store):
    meeting = make_meeting()
    store.save(meeting)
    meeting.topics[0].spent_seconds = 123456.789012345
    store.save_clock({**clock_checkpoint(meeting), "pad": "x" * 300}, meeting.id)  # two blocks
    meeting.topics[0].spent_seconds = 7.0
    store.save_clock(clock_checkpoint(meeting), meeting.id)  # one block: the rest is cut off
    assert (store.path / "clocks" / f"{meeting.id}.json").stat().st_size == 256
    assert store.load(meeting.id).topics[0].spent_seconds == 7.0
