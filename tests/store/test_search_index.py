"""The search index in the store: the same hits as a search of every meeting in memory, kept up to
date per save, checked against the meeting files (other processes, crashes, damage), never the only copy."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pendulum
import pytest

from tests.benchmarks.bench_store import realistic_meeting
from tests.review import scenes
from tui.domain import agreement_history
from tui.domain.carry_over import carry_over
from tui.domain.model import Note, Side
from tui.domain.review import Search, folded_entries, search_entries
from tui.store import Store, open_store
from tui.store import search as search_module
from tui.store.meeting_storage import AtomicJSONStorage

from .conftest import meeting_file

WORKER = Path(__file__).with_name("worker.py")
TODAY = pendulum.date(2026, 11, 25)
QUERIES = ["piekweken", "cursus", "cursus security", "c", "de", "planning", "IDEEEN", "zzz-nergens", "Roosters"]


def in_memory(store: Store, query: str, limit: int = 200):
    """What a search must list: every meeting loaded and searched in list order."""
    search = Search(query, limit, 70)
    for rank, summary in enumerate(store.list()):
        entries = search_entries(store.load(summary.id))
        folded = folded_entries(entries)
        if search.wants(rank) and (found := search.matches(folded, 0, len(folded))):
            search.keep(rank, summary, found, entries)
    return search.result(lambda entries: entries)


def hits(result):
    return [(h.meeting_id, h.field, h.where, h.snippet, h.spans) for h in result.hits], result.more


def fill_many(store: Store, count: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    for number in range(count):
        meeting = realistic_meeting(rng, number)
        meeting.revision = 0
        store.save(meeting)


def search_files(store: Store) -> dict[str, tuple[int, int]]:
    folder = store.path / "search"
    return {name: (os.stat(folder / name).st_ino, os.stat(folder / name).st_mtime_ns) for name in os.listdir(folder)}


def test_hits_are_those_of_a_search_of_every_meeting(tmp_path):
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    fill_many(store, 60)
    view = open_store(store.path).search.view()
    assert len(view) == 65
    for query in QUERIES:
        for limit in (1, 7, 200):
            assert hits(view.search(query, limit=limit)) == hits(in_memory(store, query, limit)), (query, limit)


def test_a_fresh_app_searches_without_reading_a_meeting(tmp_path, reads):
    store = open_store(tmp_path / "store")
    fill_many(store, 40)
    store.search.view()  # as an earlier session left it
    fresh = open_store(store.path)
    fresh.list()
    reads.clear()
    assert fresh.search.view().search("planning").hits
    assert reads == []


def test_a_save_writes_its_meetings_delta_and_nothing_else(tmp_path):
    store = open_store(tmp_path / "store")
    fill_many(store, 80)
    store.search.view()  # 80 deltas: more than DELTA_LIMIT, so they went into shards
    assert all(name.endswith(".shard") for name in os.listdir(store.path / "search"))
    before = search_files(store)
    meeting = store.load(store.list()[10].id)
    meeting.topics[0].notes.append(Note("Een nieuw woord: zeppelin", Side.MANAGER, "2026-11-25T10:00:00+01:00"))
    store.save(meeting)
    after = search_files(store)
    assert {name for name in after if after[name] != before.get(name)} == {f"{meeting.id}.delta"}
    assert os.path.getsize(store.path / "search" / f"{meeting.id}.delta") < 2 * meeting_file(store, meeting.id).stat().st_size
    (hit,) = store.search.view().search("zeppelin").hits
    assert hit.meeting_id == meeting.id


def test_deltas_go_into_their_shards_once_there_are_enough(tmp_path, monkeypatch):
    monkeypatch.setattr(search_module, "DELTA_LIMIT", 3)
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    store.search.view()
    assert not [n for n in os.listdir(store.path / "search") if n.endswith(".delta")]
    first = store.load("s00000000001")
    first.topics[0].notes.append(Note("klompendans", Side.MANAGER, "2026-11-25T10:00:00+01:00"))
    store.save(first)
    assert hits(store.search.view().search("klompendans"))[0][0][0] == "s00000000001"
    assert [n for n in os.listdir(store.path / "search") if n.endswith(".delta")] == ["s00000000001.delta"]
    for meeting_id in ("a00000000001", "l00000000001"):
        store.save(store.load(meeting_id))
    view = store.search.view()
    assert not [n for n in os.listdir(store.path / "search") if n.endswith(".delta")]
    for query in QUERIES + ["klompendans"]:
        assert hits(view.search(query)) == hits(in_memory(store, query))


def test_a_save_by_another_process_is_found(tmp_path):
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    view = store.search.view()
    assert view.search("bump").hits == []
    subprocess.run([sys.executable, str(WORKER), "bump", str(store.path), "l00000000001"], check=True)
    (hit,) = store.search.view().search("bump").hits
    assert hit.meeting_id == "l00000000001"


def test_a_meeting_changed_without_the_index_is_read_again(tmp_path, reads):
    """An older gesprek, a crash between the meeting and its delta, a restored .bak: the file
    is not what its record was made from."""
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    store.search.view()
    changed = store.load("a00000000001")
    changed.topics[0].notes.append(Note("zonder index geschreven", Side.MANAGER, "2026-11-25T10:00:00+01:00"))
    AtomicJSONStorage(meeting_file(store, changed.id), store.codec).write({"meeting": {"1": changed.to_dict()}})
    fresh = open_store(store.path)
    fresh.list()
    reads.clear()
    view = fresh.search.view()
    assert reads == ["a00000000001"]
    assert [h.meeting_id for h in view.search("zonder index").hits] == ["a00000000001"]
    assert view.search("security").hits  # its older text is gone, the rest still there
    reads.clear()
    open_store(store.path).search.view()
    assert reads == ["a00000000001"]  # the summary index's own read of it; the search index has it now


@pytest.mark.parametrize("damage", ["delete folder", "garble shards", "truncate shards", "other version"])
def test_a_damaged_or_deleted_index_is_rebuilt_from_the_meetings(tmp_path, damage):
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    fill_many(store, 40)
    store.search.view()
    folder = store.path / "search"
    shards = sorted(folder.glob("*.shard"))
    for shard in shards:
        data = bytearray(shard.read_bytes())
        if damage == "garble shards":
            data[len(data) // 2] ^= 0x20
        elif damage == "truncate shards":
            data = data[: len(data) - 3]
        elif damage == "other version":
            data[:16] = b"gesprek-search 0"
        shard.write_bytes(bytes(data))
    if damage == "delete folder":
        for item in folder.iterdir():
            item.unlink()
        folder.rmdir()
    view = open_store(store.path).search.view()
    for query in QUERIES:
        assert hits(view.search(query)) == hits(in_memory(store, query))
    assert folder.stat().st_mode & 0o777 == 0o700


def test_index_files_are_private(tmp_path):
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    store.search.view()
    folder = store.path / "search"
    assert folder.stat().st_mode & 0o777 == 0o700
    assert os.listdir(folder)
    for item in folder.iterdir():
        assert item.stat().st_mode & 0o777 == 0o600
    assert store.permission_problems() == []


def test_forget_and_deleted_meetings_leave_no_text_behind(tmp_path):
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    fill_many(store, 40)
    store.search.view()  # all in shards

    def on_disk(word: bytes) -> bool:
        return any(word in item.read_bytes() for item in (store.path / "search").iterdir())

    assert on_disk(b"klantcontact") and on_disk(b"leiderschapstraject")
    meeting_file(store, "s00000000001").unlink()
    store.search.forget("s00000000001")
    assert not on_disk(b"klantcontact")
    meeting_file(store, "l00000000001").unlink()  # removed by hand, not forgotten
    view = store.search.view()
    assert not on_disk(b"leiderschapstraject")
    assert view.search("leiderschapstraject").hits == []


def test_a_shard_rewritten_by_another_process_during_a_view_is_read_as_it_is_now(tmp_path, monkeypatch):
    monkeypatch.setattr(search_module, "DELTA_LIMIT", 1)
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    view = store.search.view()
    other = open_store(store.path)
    meeting = other.load("s00000000002")
    other.save(meeting)  # unchanged text, a new file
    other.search.view()  # the delta goes into its shard: that shard file is new
    assert hits(view.search("cursus")) == hits(in_memory(store, "cursus"))


def _agreement_meetings(tmp_path) -> Store:
    """Conversations per employee where open agreements are carried into the next one."""
    store = open_store(tmp_path / "store")
    scenes.fill(store)
    rng = random.Random(3)
    previous: dict[str, list] = {}
    for number in range(40):
        meeting = realistic_meeting(rng, number)
        meeting.revision = 0
        carry_over(meeting, previous.get(meeting.employee, []))
        store.save(meeting)
        previous.setdefault(meeting.employee, []).append(store.load(meeting.id))
    return store


def test_agreements_and_pop_are_those_of_every_meeting_in_memory(tmp_path):
    store = _agreement_meetings(tmp_path)
    meetings = list(store.meetings())
    view = store.search.view()
    for employee in ("", "Sanne de Vries", "sanne de vries", "Eva Smit", "Niemand"):
        stubs, dates = view.agreements(employee)
        assert agreement_history.open_agreements(stubs, TODAY, employee, dates) == agreement_history.open_agreements(
            meetings, TODAY, employee
        )
        stubs, dates = view.agreements(employee, every=True)
        assert agreement_history.all_agreements(stubs, TODAY, employee, dates) == agreement_history.all_agreements(
            meetings, TODAY, employee
        )
        assert agreement_history.pop(stubs, employee, dates) == agreement_history.pop(meetings, employee)
    carried = [v for v in agreement_history.open_agreements(meetings, TODAY) if v.carried]
    assert carried  # the comparison covered agreements carried over


def test_open_agreements_hold_only_the_meetings_with_open_ones(tmp_path):
    store = _agreement_meetings(tmp_path)
    stubs, _ = store.search.view().agreements()
    wanted = {v.agreement.id for v in agreement_history.open_agreements(list(store.meetings()), TODAY)}
    assert {a.id for stub in stubs for a in stub.agreements} == wanted


def test_a_cancelled_search_stops_reading_the_index(tmp_path, monkeypatch):
    store = open_store(tmp_path / "store")
    fill_many(store, 60)
    view = store.search.view()
    opened: list[Path] = []
    real = search_module._open

    def counting(path, codec):
        opened.append(path)
        return real(path, codec)

    monkeypatch.setattr(search_module, "_open", counting)
    view.search("zzz-nergens")
    assert len(opened) > 1  # every shard
    opened.clear()
    view.search("zzz-nergens", cancelled=lambda: len(opened) >= 1)
    assert len(opened) == 1


def test_a_query_reads_the_folded_text_and_only_its_hits_other_parts(tmp_path, monkeypatch):
    store = open_store(tmp_path / "store")
    fill_many(store, 60)
    view = store.search.view()
    read = 0
    real = search_module._File.read

    def counting(self, start=0, end=None):
        nonlocal read
        data = real(self, start, end)
        read += len(data)
        return data

    monkeypatch.setattr(search_module._File, "read", counting)
    assert view.search("zzz-nergens").hits == []
    folded = sum(
        len(folded_entries(search_entries(store.load(s.id)))) for s in store.list()
    )
    assert read < 1.2 * folded
