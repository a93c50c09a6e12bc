"""One meeting edited in two places: the second writer is told before it quits, the start
screen, `gesprek list` and `gesprek check` show the version kept apart, and it can be read
and copied over."""

from __future__ import annotations

import json
import threading
from dataclasses import replace

from tui.cli import main
from tui.domain.merge import DifferenceKind, differences, take
from tui.domain.model import Agreement, Note, Side
from tui.store import ConflictError, open_store
from tui.ui.dialogs.confirm import ConfirmScreen
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.review.conflict import ConflictScreen
from tui.ui.screens.review.view import ViewScreen

from .keys import type_text
from .waiting import wait_until

SIZE = (80, 24)


def _kept_apart(store, meeting):
    """The meeting stored, then a second writer's version refused: it lands in conflicts/."""
    store.save(meeting)
    other = store.load(meeting.id)
    other.topics[0].notes.append(Note("Alleen in de tweede versie", Side.EMPLOYEE, "2026-11-25T10:05:00+01:00"))
    other.agreements.append(Agreement(what="Afspraak van elders"))
    store.save(meeting)  # the first writer saves again: the other now builds on an old revision
    try:
        store.save(other)
    except ConflictError as error:
        return error.rejected_copy
    raise AssertionError("no conflict")


def test_differences_and_take():
    from tui.domain.model import Meeting, Topic

    ours = Meeting("A", "B", "2026-11-25", topics=[Topic("Opening", 5), Topic("Werk", 10)])
    theirs = Meeting("A", "B", "2026-11-25", topics=[Topic("Werk", 10), Topic("Opening", 5)])
    theirs.topics[0].notes = [Note("laat", Side.MANAGER, "2026-11-25T10:10:00+01:00")]
    ours.topics[1].notes = [Note("vroeg", Side.MANAGER, "2026-11-25T10:00:00+01:00"), Note("later", Side.MANAGER, "2026-11-25T10:20:00+01:00")]
    theirs.topics[1].draft = "half getypt"
    theirs.agreements = [Agreement(what="Nieuw")]
    found = differences(ours, theirs)
    assert [(d.kind, d.where) for d in found] == [
        (DifferenceKind.NOTE, "Werk"),  # matched by title although the agenda was reordered
        (DifferenceKind.DRAFT, "Opening"),
        (DifferenceKind.AGREEMENT, "Nieuw"),
    ]
    for difference in found:
        take(ours, theirs, difference)
    assert [n.text for n in ours.topics[1].notes] == ["vroeg", "laat", "later"]  # in time order
    assert ours.topics[0].draft == "half getypt"
    assert [a.what for a in ours.agreements] == ["Nieuw"]
    assert differences(ours, theirs) == []


def test_taking_the_same_difference_twice_adds_it_once():
    from tui.domain.model import Meeting, PreparedPoint, Topic

    ours = Meeting("A", "B", "2026-11-25", topics=[Topic("Werk", 10)])
    theirs = Meeting("A", "B", "2026-11-25", topics=[Topic("Werk", 10)])
    theirs.topics[0].notes = [Note("elders", Side.MANAGER, "2026-11-25T10:10:00+01:00")]
    theirs.topics[0].prepared = [PreparedPoint("punt", Side.EMPLOYEE)]
    theirs.topics[0].draft = "half getypt"
    theirs.agreements = [Agreement(what="Nieuw")]
    found = differences(ours, theirs)
    assert len(found) == 4
    for _ in range(2):  # a second Enter, or a row from a list shown before the first take
        for difference in found:
            take(ours, theirs, difference)
    assert [a.what for a in ours.agreements] == ["Nieuw"]
    assert [n.text for n in ours.topics[0].notes] == ["elders"]
    assert [p.text for p in ours.topics[0].prepared] == ["punt"]
    assert ours.topics[0].draft == "half getypt"
    # An agreement is one by its id: a changed version taken twice replaces it, once.
    changed = replace(theirs.agreements[0], what="Nieuw, anders")
    theirs.agreements = [changed]
    [difference] = differences(ours, theirs)
    take(ours, theirs, difference)
    take(ours, theirs, found[-1])  # the first version's row, taken late: still one agreement
    assert [a.id for a in ours.agreements] == [changed.id]


def test_list_and_check_show_a_version_kept_apart(store, meeting, capsys):
    copy = _kept_apart(store, meeting)
    assert store.conflict_copies() == {meeting.id: [copy]}
    assert main(["--store", str(store.path), "list"]) == 0
    out = capsys.readouterr().out
    assert "⚠" in out and "apart bewaard" in out
    assert main(["--store", str(store.path), "list", "--json"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["kept_apart"] == [str(copy)]
    assert main(["--store", str(store.path), "check"]) == 1
    assert copy.name in capsys.readouterr().out


async def test_a_second_writer_is_told_before_it_quits(make_app, store, meeting, tmp_path):
    store.save(meeting)
    app = make_app(open_meeting=store.load(meeting.id))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        # Meanwhile another process saves the same meeting.
        other_store = open_store(store.path)
        other = other_store.load(meeting.id)
        other.report.kept_at = "elders"
        other_store.save(other)
        await type_text(pilot, "Mijn notitie")
        await wait_until(pilot, lambda: app.autosaver.kept_apart())
        await pilot.press("ctrl+q")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "apart" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert isinstance(app.screen, MeetingScreen) and app.is_running
    [copy] = store.conflict_copies()[meeting.id]
    assert store.load_conflict_copy(copy).topics[0].draft == "Mijn notitie"


async def test_compare_and_copy_over_from_the_start_screen(make_app, store, meeting):
    copy = _kept_apart(store, meeting)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: meeting.id in app.screen.kept_apart)
        await pilot.press("m")
        await wait_until(pilot, lambda: isinstance(app.screen, ConflictScreen) and len(app.screen.rows) == 2)
        screen = app.screen
        await pilot.press("v")  # the version itself, read-only
        await wait_until(pilot, lambda: isinstance(app.screen, ViewScreen))
        await pilot.press("escape")
        await pilot.press("enter")  # copies the note over
        await wait_until(pilot, lambda: len(screen.rows) == 1)
        assert [n.text for n in store.load(meeting.id).topics[0].notes] == ["Alleen in de tweede versie"]
        await pilot.press("a")
        await wait_until(pilot, lambda: not screen.rows)
        assert [a.what for a in store.load(meeting.id).agreements] == ["Afspraak van elders"]
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_until(pilot, lambda: not isinstance(app.screen, (ConfirmScreen, ConflictScreen)))
    assert not copy.exists()
    assert store.conflict_copies() == {}


def _hold(monkeypatch, name):
    """conflict.NAME waits for the returned event before it does its work; its calls are counted."""
    from tui.ui.screens.review import conflict

    real = getattr(conflict, name)
    release, calls = threading.Event(), []

    def held(*args):
        calls.append(args)
        assert release.wait(10)
        return real(*args)

    monkeypatch.setattr(conflict, name, held)
    return release, calls


async def _on_the_agreement(app, pilot, meeting):
    await wait_until(pilot, lambda: meeting.id in app.screen.kept_apart)
    await pilot.press("m")
    await wait_until(pilot, lambda: isinstance(app.screen, ConflictScreen) and len(app.screen.rows) == 2)
    await pilot.press("down")  # the note's row first, then the agreement's
    return app.screen


async def test_a_second_take_while_the_first_is_saved_is_ignored(make_app, store, meeting, monkeypatch):
    _kept_apart(store, meeting)
    release, calls = _hold(monkeypatch, "merge_stored")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _on_the_agreement(app, pilot, meeting)
        await pilot.press("enter", "enter", "a")  # while the first is still being saved
        release.set()
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: len(screen.rows) == 1 and not screen.busy)
    assert len(calls) == 1
    assert [a.what for a in store.load(meeting.id).agreements] == ["Afspraak van elders"]
    assert [n.text for n in store.load(meeting.id).topics[0].notes] == []


async def test_a_take_while_the_list_is_read_again_is_ignored(make_app, store, meeting, monkeypatch):
    _kept_apart(store, meeting)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await _on_the_agreement(app, pilot, meeting)
        release, _ = _hold(monkeypatch, "latest_copy")
        merged, calls = _hold(monkeypatch, "merge_stored")
        merged.set()
        await pilot.press("g", "enter")  # Enter on a row that is being read again
        release.set()
        await app.workers.wait_for_complete()
        await wait_until(pilot, lambda: not screen.busy)
        assert calls == [] and len(screen.rows) == 2
        await pilot.press("enter")  # once it is shown, a take goes through
        await wait_until(pilot, lambda: len(screen.rows) == 1)
    assert len(calls) == 1
