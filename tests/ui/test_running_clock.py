"""While the clock runs and nothing is typed, only a clock checkpoint is written; a meeting
loaded from what is on disk (as after a kill -9) shows the right times."""

from __future__ import annotations

from tui.store import open_store
from tui.ui.screens.meeting import meeting as meeting_module

from .waiting import wait_until

SIZE = (80, 24)


async def test_a_running_clock_writes_checkpoints_not_the_record(make_app, store, meeting, clock, monkeypatch):
    # Ticks and checkpoints ten times as often: the same steps, without waiting seconds for them.
    monkeypatch.setattr(meeting_module, "TICK_SECONDS", 0.1)
    monkeypatch.setattr(meeting_module, "CLOCK_CHECKPOINT_SECONDS", 0.3)
    app = make_app(open_meeting=meeting)
    record = store.path / "meetings" / f"{meeting.id}.json"
    checkpoint = store.path / "clocks" / f"{meeting.id}.json"
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g")
        await wait_until(pilot, lambda: record.exists() and store.load(meeting.id).started_at is not None)
        rewritten = record.stat().st_mtime_ns
        clock.advance(95)
        await wait_until(pilot, lambda: checkpoint.exists() and store.load(meeting.id).topics[0].spent_seconds >= 95)
        clock.advance(30)
        await wait_until(pilot, lambda: open_store(store.path).load(meeting.id).topics[0].spent_seconds >= 125)
        assert record.stat().st_mtime_ns == rewritten  # the conversation was not rewritten
        # What a crash now would leave: the record plus its checkpoint.
        crashed = open_store(store.path).load(meeting.id)
        await pilot.press(*"typt")  # typing saves the whole record again, within the promise
        await wait_until(pilot, lambda: store.load(meeting.id).topics[0].draft == "typt")
    assert crashed.topics[0].spent_seconds == 125
    again = make_app(open_meeting=crashed)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert again.screen.timer.spent(0) == 125
