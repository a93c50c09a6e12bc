"""SVG snapshots of the main screens at 80x24, with a fixed clock and no cursor blink."""

from __future__ import annotations

import pytest

from tui.domain.clock import FakeClock
from tui.domain.model import PreparedPoint, Side, Status
from tui.ui.app import GesprekApp

from .keys import type_text
from .scenes import planned_meeting, running_meeting

SIZE = (80, 24)


async def list_loaded(pilot) -> None:
    """The start screen loads its list in a worker: wait for it, whatever the machine's load."""
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


@pytest.fixture
def snap_clock() -> FakeClock:
    return FakeClock()


def test_start_screen(snap_compare, store, snap_clock):
    finished = planned_meeting("f00000000001")
    finished.date = "2025-11-20"
    finished.status = Status.FINISHED
    finished.employee = "Ahmed El Amrani"
    store.save(finished)
    store.save(planned_meeting("p00000000002"))
    assert snap_compare(GesprekApp(store, clock=snap_clock), terminal_size=SIZE, run_before=list_loaded)


def test_live_meeting(snap_compare, store, snap_clock):
    meeting = running_meeting(snap_clock)
    assert snap_compare(GesprekApp(store, clock=snap_clock, open_meeting=meeting), terminal_size=SIZE)


def test_planned_meeting_agenda_focused(snap_compare, store, snap_clock):
    app = GesprekApp(store, clock=snap_clock, open_meeting=planned_meeting())
    # Each agenda key gives the focus back to the notes; the last Tab shows the agenda focused.
    assert snap_compare(app, terminal_size=SIZE, press=["tab", "down", "plus", "tab", "w", "tab"])


def test_closing_screen(snap_compare, store, snap_clock):
    meeting = running_meeting(snap_clock)
    meeting.report.writer = "Pieter Janssens"
    app = GesprekApp(store, clock=snap_clock, open_meeting=meeting)
    assert snap_compare(app, terminal_size=SIZE, press=["ctrl+r"])


def test_agreement_form(snap_compare, store, snap_clock):
    app = GesprekApp(store, clock=snap_clock, open_meeting=running_meeting(snap_clock))

    async def fill(pilot):
        await pilot.press("ctrl+o")
        await pilot.pause()
        await type_text(pilot, "Mentor zoeken")
        await pilot.press("tab", "tab", "tab", "tab")
        await type_text(pilot, "18m")

    assert snap_compare(app, terminal_size=SIZE, run_before=fill)


def test_prepared_points_and_profile(snap_compare, store, snap_clock):
    meeting = planned_meeting()
    meeting.profile = {"name": "profiel.md", "text": "# Senior ontwikkelaar\n\n- Ontwerpt en bewaakt de architectuur\n- Coacht collega's\n"}
    meeting.topics[0].prepared.append(PreparedPoint("Hoe verdelen we de tijd?", Side.MANAGER))
    meeting.topics[0].prepared.append(PreparedPoint("Ik wil het over thuiswerk hebben", Side.EMPLOYEE))
    app = GesprekApp(store, clock=snap_clock, open_meeting=meeting)
    assert snap_compare(app, terminal_size=SIZE, press=["ctrl+l"])


def test_new_meeting_form(snap_compare, store, snap_clock):
    async def fill(pilot):
        await list_loaded(pilot)
        await pilot.press("n", *"Sanne", "tab")

    assert snap_compare(GesprekApp(store, clock=snap_clock), terminal_size=SIZE, run_before=fill)
