"""The start screen with a damaged file in the store: the other meetings, and the file named."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tui.domain.clock import FakeClock
from tui.store import open_store
from tui.ui.app import GesprekApp

from .ui.scenes import planned_meeting


async def test_start_screen_lists_the_rest_and_names_the_damaged_file(tmp_path):
    store = open_store(tmp_path / "store")
    store.save(planned_meeting())
    damaged = store.path / "meetings" / "kapot.json"
    damaged.write_bytes(b"[" * 100_000)
    app = GesprekApp(store, clock=FakeClock())
    async with app.run_test() as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert app.screen.query_one(DataTable).row_count == 1
        assert str(damaged) in str(app.screen.query_one("#start-problems", Static).render())
