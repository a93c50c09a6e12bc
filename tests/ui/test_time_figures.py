"""Time in the live meeting: one rounding rule, overtime read as overtime, a hard end that
cannot be met said so, and a rebalance that can be undone (issue items 15 and 16)."""

from __future__ import annotations

from textual.widgets import Input, Static

from tui.domain.model import Status
from tui.domain.timer import MeetingTimer
from tui.export.markdown import render_markdown
from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.meeting.summary import summary_text
from tui.ui.widgets.agenda_list import AgendaList
from tui.ui.widgets.clock_bar import ClockBar

from .waiting import wait_until

SIZE = (80, 24)


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


def spent_534_seconds_on_five_minutes(meeting, clock) -> MeetingTimer:
    """The first topic planned at 5 minutes, 8:54 spent on it, the meeting on the second."""
    meeting.topics[0].planned_minutes = 5
    timer = MeetingTimer(meeting, clock)
    timer.start()
    clock.advance(534)
    timer.next()
    return timer


async def test_overtime_reads_as_overtime_and_rounds_alike_everywhere(make_app, meeting, clock):
    # Issue item 16: 534 s on a 5-minute topic was '+8/5m' in the agenda and '9 min' in the report.
    timer = spent_534_seconds_on_five_minutes(meeting, clock)
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        row = app.screen.query_one(AgendaList).row(0).plain
        assert row.rstrip().endswith("5m +4")
        assert "+8" not in row and "+9" not in row
    summary = summary_text(meeting, timer).plain
    assert "08:54 /   5m +4 " in summary
    timer.commit()
    assert "Gepland 5 min, besteed 9 min." in render_markdown(meeting)


async def test_minutes_over_match_the_times_on_the_clock(make_app, meeting, clock):
    # Issue item 16: "11 min te lang" beside a projected end 10 minutes past the hard end.
    meeting.hard_end = "10:30"
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g")
        screen = app.screen
        shown = lambda: str(screen.query_one("#overflow", Static).render())  # noqa: E731
        await wait_until(pilot, lambda: "min te lang" in shown())
        before = shown()
        clock.advance(10 * 60 + 10)  # the first topic runs over: the end moves on with the clock
        await wait_until(pilot, lambda: shown() != before)  # the next tick
        line = shown()
        clock_text = screen.query_one(ClockBar).render_text().plain
        projected = clock_text.split("verwacht einde ")[1][:5]
        hours, minutes = map(int, projected.split(":"))
        assert f"⚠ {(hours * 60 + minutes) - (10 * 60 + 30)} min te lang" in line


async def test_a_hard_end_in_the_past_is_warned_about(make_app, meeting, clock):
    clock.advance(60 * 60)  # 11:00
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", "f9")
        await pilot.pause()
        assert isinstance(app.screen, PromptScreen)
        app.screen.query_one(Input).value = "10:30"
        await pilot.press("enter")
        await pilot.pause()
        assert meeting.hard_end == "10:30"
        assert any("10:30" in m and "voorbij" in m for m in messages(app))
        assert "harde eindtijd 10:30 VOORBIJ" in app.screen.query_one(ClockBar).render_text().plain


async def test_f8_refuses_what_cannot_fit_and_says_so(make_app, meeting, clock):
    # Issue item 15: F8 cut every topic to 1 minute and the meeting was still 39 minutes over.
    clock.advance(60 * 60)
    meeting.hard_end = "10:30"
    before = [topic.planned_minutes for topic in meeting.topics]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", "f8")
        await pilot.pause()
        assert [topic.planned_minutes for topic in meeting.topics] == before
        assert any("voorbij" in m and "F9" in m for m in messages(app))
        overflow = str(app.screen.query_one("#overflow", Static).render())
        assert "F8" not in overflow and "F9" in overflow


async def test_f8_again_undoes_the_rebalance(make_app, meeting, clock):
    meeting.hard_end = "10:40"  # 55 minutes planned, 40 there
    before = [topic.planned_minutes for topic in meeting.topics]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", "f8")
        await pilot.pause()
        shortened = [topic.planned_minutes for topic in meeting.topics]
        assert sum(shortened) == 40
        assert any("F8" in m and "ongedaan" in m for m in messages(app))
        assert "F8" in str(app.screen.query_one("#overflow", Static).render())
        await pilot.press("f8")
        await pilot.pause()
        assert [topic.planned_minutes for topic in meeting.topics] == before
        assert meeting.status is Status.RUNNING


async def test_undo_ends_when_the_meeting_moves_on(make_app, meeting, clock):
    meeting.hard_end = "10:40"
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+g", "f8")
        await pilot.pause()
        shortened = [topic.planned_minutes for topic in meeting.topics]
        await pilot.press("ctrl+n", "f8")  # on the next topic F8 rebalances again: nothing to do
        await pilot.pause()
        assert [topic.planned_minutes for topic in meeting.topics] == shortened
        assert isinstance(app.screen, MeetingScreen)


async def test_the_clock_starts_on_the_first_topic_and_says_so(make_app, meeting, clock):
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("tab", "down", "down", "enter")  # preparing the third topic
        assert meeting.active_topic == 2
        await pilot.press("ctrl+g")
        await pilot.pause()
        assert meeting.active_topic == 0
        assert app.screen.query_one(AgendaList).highlighted == 0
        assert any(f"onderwerp 1 ({meeting.topics[0].title})" in m for m in messages(app))
