"""A dropped SSH line while the disk is full: what was typed goes to a private rescue file
(the home folder here, on another disk), and comes back when the app opens again."""

from __future__ import annotations

import time

import pytest

from tui.store import open_store

from ..conftest import fill
from .terminal import new_meeting


@pytest.mark.slow
def test_hangup_on_a_full_disk_rescues_what_was_typed(tmp_path, small_disk, monkeypatch):
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # where this process looks for it too
    store_dir = small_disk / "store"
    term, _ = new_meeting(home, store_dir=store_dir)
    try:
        term.wait_for(b"Opening")
        meetings = store_dir / "meetings"
        deadline = time.monotonic() + 10
        while not list(meetings.glob("*.json")):  # the new meeting is on disk
            assert time.monotonic() < deadline
            time.sleep(0.05)
        filler = fill(small_disk)
        term.type(b"getypt op een volle schijf")
        term.wait_for(b"schijf is vol")  # an autosave attempt failed, and the app says so
        term.hang_up()
        term.process.wait(timeout=20)
    finally:
        term.close()
    [rescued] = list((home / ".gesprek-rescued").glob("*.json"))
    assert oct(rescued.stat().st_mode & 0o777) == oct(0o600)
    filler.unlink()
    store = open_store(store_dir)
    [message] = store.take_back_rescued()
    assert "teruggezet" in message
    [summary] = store.list()
    assert store.load(summary.id).topics[0].draft == "getypt op een volle schijf"
