"""Full disk and read-only folder: a clear StoreError, and the file on disk stays as it was."""

from __future__ import annotations

import errno
import os

import pytest

from tui.i18n import t
from tui.store import StoreError, WriteError, atomic

from .conftest import failing_write, make_meeting, meeting_file

FAILURES = {errno.ENOSPC: "store.disk_full", errno.EROFS: "store.read_only"}


@pytest.mark.parametrize("code", sorted(FAILURES))
def test_save_failure_gives_clear_error_and_keeps_old_file(store, monkeypatch, code):
    meeting = make_meeting()
    store.save(meeting)
    path = meeting_file(store, meeting.id)
    before = path.read_bytes()
    meeting.employee = "Gewijzigd"
    monkeypatch.setattr(atomic, "_write_all", failing_write(code))
    with pytest.raises(WriteError) as caught:
        store.save(meeting)
    assert isinstance(caught.value, StoreError)
    assert str(caught.value) == t(FAILURES[code], path=path)
    assert meeting.revision == 1  # not saved, so not bumped
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no temp file left behind
    monkeypatch.undo()
    store.save(meeting)
    assert store.load(meeting.id).employee == "Gewijzigd"


def test_other_os_errors_name_the_reason(store, monkeypatch):
    meeting = make_meeting()
    monkeypatch.setattr(atomic, "_write_all", failing_write(errno.EIO))
    with pytest.raises(WriteError) as caught:
        store.save(meeting)
    assert os.strerror(errno.EIO) in str(caught.value)
    assert str(meeting_file(store, meeting.id)) in str(caught.value)
