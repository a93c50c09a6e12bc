"""What the store cannot take when the app must go (a full disk and a dropped line) is kept
elsewhere, said where, and taken back the next time."""

from __future__ import annotations

import os

import pytest

from tui.domain.model import Note, Side
from tui.store import open_store, rescue
from tui.store.errors import WriteError

from .conftest import make_meeting


@pytest.fixture
def meeting():
    return make_meeting()


@pytest.fixture(autouse=True)
def _places(tmp_path, monkeypatch):
    """Rescue places inside the test's folder: a first one that fails, as a full disk would."""
    full = tmp_path / "full"
    full.write_text("not a folder")  # mkdir inside it fails
    home, runtime = tmp_path / "home-rescued", tmp_path / "run-rescued"
    monkeypatch.setattr(rescue, "places", lambda: [full / "x", home, runtime])
    return home


def test_a_rescued_version_goes_to_the_first_place_that_takes_it(store, meeting, _places):
    store.save(meeting)
    meeting.topics[0].draft = "net getypt"
    path = store.rescue(meeting.to_dict())
    assert path.parent == _places
    assert oct(path.stat().st_mode & 0o777) == oct(0o600)
    assert oct(_places.stat().st_mode & 0o777) == oct(0o700)
    assert str(store.path) not in path.name  # the name does not say which store
    assert any(str(path) in problem for problem in store.problems())


def test_taken_back_as_the_meeting_when_nothing_changed_it(store, meeting):
    store.save(meeting)
    meeting.topics[0].draft = "net getypt"
    path = store.rescue(meeting.to_dict())
    [message] = store.take_back_rescued()
    assert "teruggezet" in message
    assert store.load(meeting.id).topics[0].draft == "net getypt"
    assert not path.exists()
    assert store.take_back_rescued() == []


def test_kept_apart_when_the_meeting_changed_meanwhile(store, meeting):
    store.save(meeting)
    rescued = store.load(meeting.id)
    rescued.topics[0].notes.append(Note("gered", Side.EMPLOYEE, "2026-11-25T10:00:00+01:00"))
    store.rescue(rescued.to_dict())
    store.save(meeting)  # someone else saved meanwhile
    [message] = store.take_back_rescued()
    assert "apart" in message
    [copy] = store.conflict_copies()[meeting.id]
    assert store.load_conflict_copy(copy).topics[0].notes[-1].text == "gered"


def test_kept_apart_once_not_brought_back_when_the_meeting_was_removed_meanwhile(store, meeting):
    store.save(meeting)
    rescued = store.load(meeting.id)
    rescued.topics[0].draft = "net getypt"
    path = store.rescue(rescued.to_dict())
    os.unlink(store.path / "meetings" / f"{meeting.id}.json")  # gone, not by gesprek delete
    [message] = store.take_back_rescued()
    assert "apart" in message and not path.exists()
    assert not (store.path / "meetings" / f"{meeting.id}.json").exists()
    [copy] = store.conflict_copies()[meeting.id]
    assert store.load_conflict_copy(copy).topics[0].draft == "net getypt"
    assert store.take_back_rescued() == []


def test_left_in_place_while_the_store_still_cannot_take_it(store, meeting, monkeypatch):
    store.save(meeting)
    path = store.rescue(store.load(meeting.id).to_dict())

    def full(*_args, **_kwargs):
        raise WriteError("De schijf is vol")

    monkeypatch.setattr(type(store), "save", full)
    [message] = store.take_back_rescued()
    assert str(path) in message and path.exists()


def test_a_folder_someone_else_made_is_not_used(tmp_path, monkeypatch, store, meeting):
    foreign = tmp_path / "foreign"
    foreign.mkdir(mode=0o777)
    os.chmod(foreign, 0o777)  # as if another user made it in /tmp
    good = tmp_path / "good"
    monkeypatch.setattr(rescue, "places", lambda: [foreign, good])
    assert store.rescue(meeting.to_dict()).parent == good
    assert list(foreign.iterdir()) == []


def test_the_store_at_another_path_does_not_take_it(tmp_path, store, meeting):
    store.rescue(meeting.to_dict())
    other = open_store(tmp_path / "other")
    assert other.take_back_rescued() == []
