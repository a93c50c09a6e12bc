"""SVG snapshots of the review screens at 80x24, fixed clock and fixed meeting ids."""

from __future__ import annotations

from tui.ui.app import GesprekApp
from tui.ui.screens.review.followups import FollowupsScreen
from tui.ui.screens.review.open_agreements import OpenAgreementsScreen
from tui.ui.screens.review.review import ReviewScreen
from tui.ui.screens.review.search import SearchScreen

SIZE = (80, 24)


def showing(screen_factory, *keys: str):
    async def run_before(pilot) -> None:
        await pilot.pause()
        pilot.app.push_screen(screen_factory())
        await pilot.pause()
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
            await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    return run_before


def test_review_list(snap_compare, store, clock, filled):
    app = GesprekApp(store, clock=clock)
    assert snap_compare(app, terminal_size=SIZE, run_before=showing(ReviewScreen, "down"))


def test_followups_dashboard(snap_compare, store, clock, filled):
    app = GesprekApp(store, clock=clock)
    assert snap_compare(app, terminal_size=SIZE, run_before=showing(FollowupsScreen))


def test_open_agreements(snap_compare, store, clock, filled):
    app = GesprekApp(store, clock=clock)
    assert snap_compare(app, terminal_size=SIZE, run_before=showing(OpenAgreementsScreen))


def test_search_with_marked_matches(snap_compare, store, clock, filled):
    app = GesprekApp(store, clock=clock)
    keys = [*"piekweken"]
    assert snap_compare(app, terminal_size=SIZE, run_before=showing(SearchScreen, *keys))
