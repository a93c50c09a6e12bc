"""Her outbox rescued outside her store (store/rescue.py) comes back into it: merged with what the
outbox file holds (items by id, of the rest the newer version, the longer when that does not
tell), and the rescued file goes only once the merge is kept."""

from __future__ import annotations

import errno
import json

import pytest

from tui.seats.outbox import Outbox
from tui.seats.protocol import FROM_GUEST, GUEST_LIMIT, decode, encode
from tui.services.rescued import take_back_rescued
from tui.store import atomic, open_store, rescue
from tui.store.sealing import MAGIC

from ..store.conftest import encrypted_store, failing_write, make_meeting, open_encrypted

MEETING = "a1b2c3d4e5f6"


@pytest.fixture(autouse=True)
def _places(tmp_path, monkeypatch):
    folder = tmp_path / "rescued"
    monkeypatch.setattr(rescue, "places", lambda: [folder])
    return folder


@pytest.fixture
def store(tmp_path):
    return open_store(tmp_path / "store")


def point(item_id: str, text: str):
    return decode(encode("point", id=item_id, topic=-1, title="", text=text), FROM_GUEST, GUEST_LIMIT)


def outbox_of(store, *, items=(), draft="", form=None) -> Outbox:
    outbox = Outbox(store.codec, MEETING)
    outbox.items = [point(i, f"punt {i}") for i in items]
    outbox.draft, outbox.form = draft, form
    return outbox


def rescue_of(store, outbox: Outbox):
    """Her outbox as her seat rescues it when her store does not take it."""
    return store.rescue(json.loads(outbox.snapshot()), kind=rescue.OUTBOX, meeting_id=MEETING)


def test_items_are_merged_by_id_and_the_newer_draft_and_form_are_kept(store):
    older = outbox_of(store, items=["p1", "p2"], draft="Mijn halve gedachte")
    older.save(older.snapshot())  # what her store took before it filled up
    newer = Outbox(store.codec, MEETING)
    newer.items = [newer.items[1], point("p3", "punt p3")]  # p1 confirmed by the host meanwhile
    newer.draft = "Mijn gedachte"  # she took words out: the newer text, though shorter
    newer.form = {"form": "topic", "values": {"prompt-input": "Thuiswerk"}}
    path = rescue_of(store, newer)
    back = Outbox(store.codec, MEETING)
    taken = back.take_back_rescued()
    assert taken.restored == [path] and taken.broken == []
    assert [i["id"] for i in back.items] == ["p1", "p2", "p3"]  # nothing dropped: p1 is sent once more
    assert back.draft == "Mijn gedachte" and back.form["values"] == {"prompt-input": "Thuiswerk"}
    assert path.exists()  # until the merge is kept
    back.save(back.snapshot())
    assert not path.exists()
    kept = Outbox(store.codec, MEETING)
    assert [i["id"] for i in kept.items] == ["p1", "p2", "p3"] and kept.draft == "Mijn gedachte"
    assert kept.take_back_rescued().restored == []


def test_a_rescued_version_older_than_the_outbox_does_not_undo_what_came_after(store):
    """Taken back once, kept in her store, but the rescued file stayed (it could not be deleted):
    what she typed since is newer."""
    first = outbox_of(store, items=["p1"], draft="Oud")
    path = rescue_of(store, first)
    later = Outbox(store.codec, MEETING)
    later.take_back_rescued()
    later.draft = "Nieuw"
    later.items.append(point("p2", "punt p2"))
    store.codec.write(later.path, later.snapshot())  # as save() writes it, the rescued file left
    assert path.exists()
    back = Outbox(store.codec, MEETING)
    back.take_back_rescued()
    assert back.draft == "Nieuw" and [i["id"] for i in back.items] == ["p1", "p2"]


def test_two_versions_of_one_start_keep_the_longer_draft(store):
    """Two seats started from one outbox file, both rescued: the one with more of her text."""
    rescue_of(store, outbox_of(store, draft="Veel langer getypt"))
    back = Outbox(store.codec, MEETING)
    back.draft = "Kort"
    back.generation = 1  # as `longer` was when rescued: one snapshot after the same start
    back.take_back_rescued()
    assert back.draft == "Veel langer getypt"


def test_a_rescued_file_that_does_not_load_is_left_where_it_is(store, _places):
    path = rescue_of(store, outbox_of(store, draft="x"))
    path.write_bytes(b"{niet af")
    back = Outbox(store.codec, MEETING)
    taken = back.take_back_rescued()
    assert taken.broken == [path] and taken.restored == []
    back.save(back.snapshot())
    assert path.exists()
    assert any(str(path) in m for m in take_back_rescued(store))


def test_in_an_encrypted_store_the_rescued_outbox_is_sealed(tmp_path):
    root = tmp_path / "store"
    store = encrypted_store(root)
    path = rescue_of(store, outbox_of(store, items=["p1"], draft="Zwanenbloemveld"))
    raw = path.read_bytes()
    assert raw.startswith(MAGIC) and b"Zwanenbloemveld" not in raw
    store.close()
    back = Outbox(open_encrypted(root).codec, MEETING)
    back.take_back_rescued()
    assert back.draft == "Zwanenbloemveld"


def test_the_store_takes_back_meetings_only_and_names_both_kinds(store):
    meeting = make_meeting()
    store.save(meeting)
    meeting.topics[0].draft = "net getypt"
    as_meeting = store.rescue(meeting.to_dict())
    as_outbox = rescue_of(store, outbox_of(store, draft="van haar plek"))
    assert json.loads(as_meeting.read_bytes())["kind"] == rescue.MEETING
    assert as_outbox.name.endswith("-outbox.json")
    problems = store.problems()
    assert any(str(as_meeting) in p for p in problems)
    assert any(str(as_outbox) in p and MEETING in p and "eigen plek" in p for p in problems)
    [message] = store.take_back_rescued()
    assert str(as_meeting) in message and as_outbox.exists()
    assert store.load(meeting.id).topics[0].draft == "net getypt"


def test_a_rescued_meeting_from_before_kinds_is_still_taken_back(store, _places):
    meeting = make_meeting()
    store.save(meeting)
    meeting.topics[0].draft = "van vroeger"
    path = store.rescue(meeting.to_dict())
    document = json.loads(path.read_bytes())
    del document["kind"], document["meeting"]
    path.write_text(json.dumps(document))
    [message] = store.take_back_rescued()
    assert "teruggezet" in message and not path.exists()
    assert store.load(meeting.id).topics[0].draft == "van vroeger"


def test_opening_her_store_puts_it_back_or_leaves_it_while_the_store_is_full(store, monkeypatch):
    path = rescue_of(store, outbox_of(store, items=["p1"], draft="Bewaard voor later"))
    with monkeypatch.context() as full:
        full.setattr(atomic, "_write_all", failing_write(errno.ENOSPC))
        [message] = take_back_rescued(store)
    assert str(path) in message and path.exists()
    assert not Outbox(store.codec, MEETING).path.exists()
    [message] = take_back_rescued(store)
    assert str(path) in message and MEETING in message and not path.exists()
    assert Outbox(store.codec, MEETING).draft == "Bewaard voor later"
    assert take_back_rescued(store) == []


def test_deleting_the_meeting_takes_its_rescued_outbox_too(store):
    meeting = make_meeting()
    store.save(meeting)
    outbox = Outbox(store.codec, meeting.id)
    outbox.draft = "weg ermee"
    path = store.rescue(json.loads(outbox.snapshot()), kind=rescue.OUTBOX, meeting_id=meeting.id)
    store.delete(meeting.id)
    assert not path.exists()
