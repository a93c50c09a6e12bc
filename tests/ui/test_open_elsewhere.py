"""A live meeting that another window holds open: the app says what opening it here too would do
(saves clash and are kept apart) and offers to read it instead, or to open it anyway."""

from __future__ import annotations

from tui.store import open_store
from tui.ui.dialogs.open_elsewhere import OpenElsewhereScreen
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.review.view import ViewScreen
from tui.ui.screens.start import StartScreen

from .scenes import running_meeting
from .waiting import wait_until

SIZE = (80, 24)


async def open_first(app, pilot) -> None:
    await wait_until(pilot, lambda: isinstance(app.screen, StartScreen) and bool(app.screen.summaries))
    await pilot.press("enter")


async def held_elsewhere(store, clock):
    """The meeting saved, and held live by another app on the same store (its own Store object)."""
    meeting = running_meeting(clock)
    store.save(meeting)
    other = open_store(store.path)
    return meeting, other.hold_open(meeting.id)


async def test_opening_a_meeting_open_elsewhere_warns_and_reads_it(make_app, store, clock):
    meeting, held = await held_elsewhere(store, clock)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, OpenElsewhereScreen))
        shown = " ".join(str(w.render()) for w in app.screen.query("Static"))
        assert "al open in een ander venster" in shown and "conflictkopie" in shown and "Sanne de Vries" in shown
        await pilot.press("enter")  # the safe default: read only
        await wait_until(pilot, lambda: isinstance(app.screen, ViewScreen))
        assert app.meeting_screens() == []
    held.release()


async def test_it_can_be_opened_anyway(make_app, store, clock):
    meeting, held = await held_elsewhere(store, clock)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, OpenElsewhereScreen))
        await pilot.press("d")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        assert app.screen.meeting.id == meeting.id
    held.release()


async def test_escape_opens_nothing_and_a_meeting_nobody_holds_opens_at_once(make_app, store, clock):
    meeting, held = await held_elsewhere(store, clock)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_first(app, pilot)
        await wait_until(pilot, lambda: isinstance(app.screen, OpenElsewhereScreen))
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, StartScreen))
        held.release()  # the other window closes
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
