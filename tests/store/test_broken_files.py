"""Files that do not load: clear message naming the file, file untouched, rest of the store usable."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Callable

import pytest

from tui.domain.model import SCHEMA_VERSION
from tui.i18n import t
from tui.store import CorruptFile, Store

from .conftest import make_meeting, meeting_file, plant


def _valid_bytes(store: Store) -> bytes:
    scratch = make_meeting("Scratch")
    store.save(scratch)
    data = meeting_file(store, scratch.id).read_bytes()
    meeting_file(store, scratch.id).unlink()
    return data


def _newer(store: Store) -> bytes:
    data = json.loads(_valid_bytes(store))
    data["meeting"]["1"]["schema"] = SCHEMA_VERSION + 98
    return json.dumps(data).encode()


def _edited(change) -> Callable[[Store], bytes]:
    """A valid meeting record with one field damaged, as a hand edit could leave it."""

    def make(store: Store) -> bytes:
        record = make_meeting().to_dict()
        change(record)
        return json.dumps({"meeting": {"1": record}}).encode()

    return make


BROKEN = {
    "active topic out of range": _edited(lambda r: r.update(active_topic=99)),
    "minutes as text": _edited(lambda r: r["topics"][0].update(planned_minutes="5")),
    "note time not a time": _edited(lambda r: r["topics"][0]["notes"][0].update(at="gisteren")),
    "report missing": _edited(lambda r: r.update(report=None)),
    "follow-up not a date": _edited(lambda r: r.update(next_followup="binnenkort")),
    "hard end not a time": _edited(lambda r: r.update(hard_end="25:99")),
    "hard end a number": _edited(lambda r: r.update(hard_end=-0.5)),
    "notes null": _edited(lambda r: r["topics"][0].update(notes=None)),
    "prepared null": _edited(lambda r: r["topics"][0].update(prepared=None)),
    "raised by null": _edited(lambda r: r["topics"][0].update(raised_by=None)),
    "time spent infinite": _edited(lambda r: r["topics"][0].update(spent_seconds=float("inf"))),
    "follow-up in the year 9999": _edited(lambda r: r.update(next_followup="9999-12-31")),
    "deeply nested": lambda store: b"[" * 100_000,
    "garbage": lambda store: b"\x00\xff\xfe garbage \x89PNG\r\n",
    "empty": lambda store: b"",
    "truncated": lambda store: _valid_bytes(store)[:300],
    "foreign object": lambda store: b'{"name": "boodschappenlijst", "items": ["melk"]}',
    "foreign list": lambda store: b"[1, 2, 3]",
    "tinydb but not a meeting": lambda store: b'{"meeting": {"1": {"title": "iets anders"}}}',
    "wrong field types": lambda store: json.dumps(
        {"meeting": {"1": {**make_meeting().to_dict(), "employee": ["niet", "tekst"]}}}
    ).encode(),
    "newer schema": _newer,
}


@pytest.fixture(params=sorted(BROKEN))
def broken(request, store):
    """A store with one good meeting and one broken file (with a .bak); returns (good, broken id, bytes)."""
    good = make_meeting("Goed")
    store.save(good)
    victim = make_meeting("Kapot")
    store.save(victim)
    store.save(victim)  # so there is a .bak
    data = BROKEN[request.param](store)
    meeting_file(store, victim.id).write_bytes(data)
    return good, victim, data, request.param


def test_load_names_the_file_and_the_backup(store, broken):
    _, victim, _, kind = broken
    path = meeting_file(store, victim.id)
    with pytest.raises(CorruptFile) as caught:
        store.load(victim.id)
    message = str(caught.value)
    assert str(path) in message
    assert f"{path}.bak" in message
    assert caught.value.path == path
    if kind == "newer schema":
        assert str(SCHEMA_VERSION + 98) in message
        assert message.startswith(t("store.file_newer", file=path, found=SCHEMA_VERSION + 98, known=SCHEMA_VERSION))


def test_file_is_left_byte_for_byte(store, broken):
    _, victim, data, _ = broken
    path = meeting_file(store, victim.id)
    with pytest.raises(CorruptFile):
        store.load(victim.id)
    store.list()
    store.problems()
    list(store.meetings())
    with pytest.raises(CorruptFile) as caught:
        store.save(victim)
    assert path.read_bytes() == data
    # The refused version is not lost either.
    assert json.loads(caught.value.rejected_copy.read_text())["employee"] == "Kapot"


def test_rest_of_the_store_stays_usable(store, broken):
    good, victim, _, _ = broken
    assert [s.id for s in store.list()] == [good.id]
    assert [m.id for m in store.meetings()] == [good.id]
    good.employee = "Nog steeds goed"
    store.save(good)
    assert store.load(good.id).employee == "Nog steeds goed"
    other = make_meeting("Nieuw")
    store.save(other)
    assert {s.id for s in store.list()} == {good.id, other.id}


def test_problems_report_the_file(store, broken):
    _, victim, _, _ = broken
    path = meeting_file(store, victim.id)
    problems = store.problems()
    assert len(problems) == 1
    assert str(path) in problems[0] and f"{path}.bak" in problems[0]


def test_problem_without_backup_says_file_untouched(store):
    path = store.path / "meetings" / "los.json"
    plant(path, b"{")
    assert store.problems() == [f"{t('store.file_garbled', file=path, line=1)} {t('store.untouched')}"]


def test_repaired_file_loads_again(store, broken):
    _, victim, _, _ = broken
    path = meeting_file(store, victim.id)
    assert store.problems()
    path.write_bytes(path.with_name(path.name + ".bak").read_bytes())  # what the message suggests
    assert store.problems() == []
    assert store.load(victim.id).employee == "Kapot"


def test_unreadable_file_gives_clear_error(store):
    (store.path / "meetings" / "map.json").mkdir()
    with pytest.raises(CorruptFile) as caught:
        store.load("map")
    assert str(store.path / "meetings" / "map.json") in str(caught.value)
    assert store.list() == []


def test_a_wrong_type_is_reported_by_its_field(store):
    meeting = make_meeting()
    store.save(meeting)
    record = meeting.to_dict()
    record["topics"][0]["notes"] = None
    plant(meeting_file(store, meeting.id), json.dumps({"meeting": {"1": record}}).encode())
    with pytest.raises(CorruptFile) as caught:
        store.load(meeting.id)
    assert "topics[0].notes" in str(caught.value)
    (problem,) = store.problems()
    assert problem.startswith(t("store.file_invalid", file=meeting_file(store, meeting.id), field="topics[0].notes"))


def test_a_damaged_backup_is_not_called_the_previous_good_version(store):
    meeting = make_meeting()
    store.save(meeting)
    store.save(meeting)
    path = meeting_file(store, meeting.id)
    bak = path.with_name(path.name + ".bak")
    plant(path, b"{")
    plant(bak, b"[" * 100_000)
    expected = f"{t('store.file_garbled', file=path, line=1)} {t('store.untouched_bad_bak', bak=bak)}"
    with pytest.raises(CorruptFile) as caught:
        store.load(meeting.id)
    assert str(caught.value) == expected
    assert store.problems() == [expected]


@pytest.mark.parametrize("make", [lambda path: path.mkdir(), lambda path: os.mkfifo(path)], ids=["folder", "fifo"])
def test_something_else_than_a_file_is_reported(store, make):
    path = store.path / "meetings" / "iets.json"
    make(path)

    def hung(signum, frame):
        raise TimeoutError("reading a FIFO waits for a writer forever")

    previous = signal.signal(signal.SIGALRM, hung)
    signal.alarm(10)
    try:
        with pytest.raises(CorruptFile) as caught:
            store.load("iets")
        problems = store.problems()
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    message = f"{t('store.file_not_regular', file=path)} {t('store.untouched')}"
    assert str(caught.value) == message
    assert problems == [message]
    assert store.list() == []
    assert store.ids() == ["iets"]


def test_ids_include_files_that_do_not_load(store):
    good = make_meeting()
    store.save(good)
    plant(store.path / "meetings" / "kapot.json", b"{")
    assert store.ids() == sorted([good.id, "kapot"])
    assert store.damaged() == [store.path / "meetings" / "kapot.json"]
