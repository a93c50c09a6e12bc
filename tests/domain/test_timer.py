"""MeetingTimer: countdowns from a monotonic clock, pause/resume, navigation, persistence."""

from __future__ import annotations

import json

import pendulum
import pytest

from tui.domain.clock import FakeClock
from tui.domain.model import Meeting, Status
from tui.domain.timer import MeetingTimer

from .conftest import START, make_meeting

MIN = 60.0


# -- before the start ------------------------------------------------------


def test_nothing_counts_before_start(timer, clock):
    clock.advance(15 * MIN)
    assert timer.meeting.status is Status.PLANNED
    assert not timer.running
    assert timer.spent(0) == 0
    assert timer.remaining(0) == 10 * MIN
    assert timer.elapsed() == 0
    timer.commit()
    assert all(t.spent_seconds == 0 for t in timer.meeting.topics)


def test_pause_and_resume_do_nothing_before_start(timer, clock):
    timer.pause()
    assert timer.meeting.status is Status.PLANNED
    timer.resume()
    assert timer.meeting.status is Status.PLANNED
    clock.advance(60)
    assert timer.elapsed() == 0


def test_start_sets_status_started_at_and_planned_end(timer, clock):
    clock.advance(5 * MIN)  # starts at 10:05, not at construction time
    timer.start()
    m = timer.meeting
    assert m.status is Status.RUNNING
    assert timer.running
    assert pendulum.parse(m.started_at) == START.add(minutes=5)
    # 10 + 20 + 30 minutes planned
    assert pendulum.parse(m.planned_end) == START.add(minutes=65)
    assert timer.planned_seconds() == 60 * MIN


def test_start_without_topics_does_nothing(clock):
    m = Meeting(employee="a", manager="b", date="2026-11-25")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert m.status is Status.PLANNED
    assert m.started_at is None and m.planned_end is None
    assert timer.active is None
    assert timer.elapsed() == 0
    timer.commit()  # must not fail without topics


def test_second_start_does_not_reset(timer, clock):
    timer.start()
    clock.advance(3 * MIN)
    started = timer.meeting.started_at
    timer.start()
    assert timer.meeting.started_at == started
    assert timer.spent(0) == 3 * MIN


# -- countdown and overtime ------------------------------------------------


def test_countdown_runs_from_the_clock(timer, clock):
    timer.start()
    clock.advance(90)
    assert timer.spent(0) == 90
    assert timer.remaining(0) == 10 * MIN - 90
    clock.advance(0.25)
    assert timer.spent(0) == pytest.approx(90.25)
    # Other topics are untouched.
    assert timer.spent(1) == 0
    assert timer.remaining(1) == 20 * MIN
    assert timer.elapsed() == pytest.approx(90.25)


def test_readings_do_not_depend_on_how_often_they_are_read(timer, clock):
    """Time is derived from the clock, not from counted ticks."""
    timer.start()
    for _ in range(100):
        timer.spent(0)
        timer.remaining(0)
        timer.elapsed()
    clock.advance(30)
    assert timer.spent(0) == 30
    clock.advance(600)  # one big jump counts the same as many small ones
    assert timer.spent(0) == 630


def test_commits_do_not_double_count(timer, clock):
    timer.start()
    clock.advance(40)
    timer.commit()
    assert timer.meeting.topics[0].spent_seconds == 40
    assert timer.spent(0) == 40
    timer.commit()
    assert timer.spent(0) == 40
    clock.advance(20)
    timer.commit()
    assert timer.meeting.topics[0].spent_seconds == 60
    assert timer.spent(0) == 60


def test_overtime_makes_remaining_negative(timer, clock):
    timer.start()
    clock.advance(12 * MIN)
    assert timer.spent(0) == 12 * MIN
    assert timer.remaining(0) == -2 * MIN
    assert timer.elapsed() == 12 * MIN


def test_exactly_on_time_is_zero_remaining(timer, clock):
    timer.start()
    clock.advance(10 * MIN)
    assert timer.remaining(0) == 0


# -- pause / resume --------------------------------------------------------


def test_paused_time_does_not_count(timer, clock):
    timer.start()
    clock.advance(2 * MIN)
    timer.pause()
    assert timer.meeting.status is Status.PAUSED
    assert not timer.running
    assert timer.meeting.topics[0].spent_seconds == 2 * MIN
    clock.advance(30 * MIN)
    assert timer.spent(0) == 2 * MIN
    assert timer.elapsed() == 2 * MIN
    timer.resume()
    assert timer.running
    clock.advance(1 * MIN)
    assert timer.spent(0) == 3 * MIN
    assert timer.remaining(0) == 7 * MIN


def test_pause_twice_and_resume_twice_are_harmless(timer, clock):
    timer.start()
    clock.advance(60)
    timer.pause()
    timer.pause()
    clock.advance(60)
    timer.resume()
    clock.advance(60)
    timer.resume()  # already running: must not restart the segment
    clock.advance(60)
    assert timer.spent(0) == 180


def test_toggle_starts_pauses_and_resumes(timer, clock):
    timer.toggle()
    assert timer.meeting.status is Status.RUNNING
    clock.advance(60)
    timer.toggle()
    assert timer.meeting.status is Status.PAUSED
    clock.advance(600)
    timer.toggle()
    assert timer.meeting.status is Status.RUNNING
    clock.advance(60)
    assert timer.spent(0) == 120


def test_many_pause_cycles_add_up(timer, clock):
    timer.start()
    for _ in range(10):
        clock.advance(6)
        timer.pause()
        clock.advance(1000)
        timer.resume()
    assert timer.spent(0) == pytest.approx(60)


# -- save / load round trip ------------------------------------------------


def _reload(meeting: Meeting) -> Meeting:
    return Meeting.from_dict(json.loads(json.dumps(meeting.to_dict())))


def test_paused_meeting_resumes_from_spent_seconds_after_reload(timer, clock):
    timer.start()
    clock.advance(4 * MIN)
    timer.goto(1)
    clock.advance(90)
    timer.pause()
    loaded = _reload(timer.meeting)
    assert loaded.status is Status.PAUSED
    assert loaded.active_topic == 1
    assert loaded.topics[0].spent_seconds == 4 * MIN
    assert loaded.topics[1].spent_seconds == 90

    clock.advance(3 * 3600)  # the app was closed: does not count
    again = MeetingTimer(loaded, clock)
    assert again.spent(1) == 90
    assert again.spent(0) == 4 * MIN
    clock.advance(60)
    assert again.spent(1) == 90  # still paused
    again.resume()
    clock.advance(30)
    assert again.spent(1) == 120
    assert again.remaining(1) == 20 * MIN - 120
    assert again.elapsed() == 4 * MIN + 120


def test_meeting_saved_as_running_continues_running(timer, clock):
    timer.start()
    clock.advance(5 * MIN)
    timer.commit()  # what the app does before every save
    saved = timer.meeting.to_dict()
    assert saved["status"] == "running"

    clock.advance(2 * 3600)  # app closed (or crashed) for two hours
    loaded = Meeting.from_dict(saved)
    again = MeetingTimer(loaded, clock)
    assert again.running
    assert again.spent(0) == 5 * MIN  # the closed time does not count
    clock.advance(MIN)
    assert again.spent(0) == 6 * MIN
    assert again.remaining(0) == 4 * MIN


def test_reload_with_a_fresh_clock(timer, clock):
    """A new process has a monotonic clock with another origin; only spent_seconds matters."""
    timer.start()
    clock.advance(7 * MIN)
    timer.commit()
    saved = timer.meeting.to_dict()

    other = FakeClock(START.add(days=1))
    other.advance(123456.0)
    again = MeetingTimer(Meeting.from_dict(saved), other)
    assert again.spent(0) == 7 * MIN
    other.advance(30)
    assert again.spent(0) == 7 * MIN + 30


def test_reload_keeps_started_at_and_planned_end(timer, clock):
    timer.start()
    clock.advance(MIN)
    timer.commit()
    loaded = _reload(timer.meeting)
    assert loaded.started_at == timer.meeting.started_at
    assert loaded.planned_end == timer.meeting.planned_end
    clock.advance(MIN)
    again = MeetingTimer(loaded, clock)
    again.start()  # already started: ignored
    assert loaded.started_at == timer.meeting.started_at


def test_planned_meeting_reloaded_does_not_count(timer, clock):
    loaded = _reload(timer.meeting)
    again = MeetingTimer(loaded, clock)
    clock.advance(600)
    assert again.elapsed() == 0
    again.start()
    clock.advance(60)
    assert again.spent(0) == 60


# -- navigation ------------------------------------------------------------


def test_next_marks_the_topic_done_and_moves_time_to_the_next(timer, clock):
    timer.start()
    clock.advance(8 * MIN)
    timer.next()
    m = timer.meeting
    assert m.active_topic == 1
    assert m.topics[0].done
    assert not m.topics[1].done
    assert m.topics[0].spent_seconds == 8 * MIN
    clock.advance(MIN)
    assert timer.spent(0) == 8 * MIN  # topic 0 frozen
    assert timer.spent(1) == MIN


def test_next_on_the_last_topic_marks_it_done_and_stays(timer, clock):
    timer.start()
    timer.goto(2)
    clock.advance(MIN)
    timer.next()
    m = timer.meeting
    assert m.active_topic == 2
    assert m.topics[2].done
    assert m.status is Status.RUNNING  # next does not finish the meeting


def test_goto_forward_marks_all_skipped_topics_done(clock):
    m = make_meeting(5, 5, 5, 5)
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.goto(3)
    assert [t.done for t in m.topics] == [True, True, True, False]
    assert m.active_topic == 3


def test_previous_reopens_the_earlier_topic(timer, clock):
    timer.start()
    clock.advance(MIN)
    timer.next()
    clock.advance(2 * MIN)
    timer.previous()
    m = timer.meeting
    assert m.active_topic == 0
    assert not m.topics[0].done  # reopened
    assert not m.topics[1].done  # left half-way, not finished
    assert m.topics[1].spent_seconds == 2 * MIN
    clock.advance(MIN)
    assert timer.spent(0) == 2 * MIN  # continues on top of what it had


def test_previous_on_the_first_topic_does_nothing(timer, clock):
    timer.start()
    clock.advance(MIN)
    timer.previous()
    assert timer.meeting.active_topic == 0
    assert timer.spent(0) == MIN


@pytest.mark.parametrize("index", [-1, 3, 99])
def test_goto_out_of_range_is_ignored(timer, clock, index):
    timer.start()
    clock.advance(MIN)
    timer.goto(index)
    assert timer.meeting.active_topic == 0
    assert not any(t.done for t in timer.meeting.topics)
    assert timer.spent(0) == MIN


def test_goto_same_topic_is_ignored(timer, clock):
    timer.start()
    clock.advance(MIN)
    timer.goto(0)
    assert timer.spent(0) == MIN
    assert not timer.meeting.topics[0].done


def test_navigation_before_start_marks_nothing_done(timer, clock):
    timer.next()
    timer.goto(2)
    assert timer.meeting.active_topic == 2
    assert not any(t.done for t in timer.meeting.topics)
    timer.next()  # last topic, still planned
    assert not timer.meeting.topics[2].done
    clock.advance(MIN)
    assert timer.elapsed() == 0


def test_the_clock_starts_on_the_first_open_topic(timer, clock):
    # Issue item 19: it started on whichever topic was being prepared.
    timer.goto(2)  # browsing the agenda while preparing
    timer.meeting.topics[0].done = True  # settled beforehand
    timer.start()
    assert timer.meeting.active_topic == 1
    clock.advance(MIN)
    assert timer.spent(1) == MIN and timer.spent(2) == 0


def test_goto_while_paused_counts_nothing(timer, clock):
    timer.start()
    clock.advance(MIN)
    timer.pause()
    timer.goto(1)
    clock.advance(10 * MIN)
    assert timer.spent(0) == MIN
    assert timer.spent(1) == 0
    timer.resume()
    clock.advance(MIN)
    assert timer.spent(1) == MIN


# -- finish ----------------------------------------------------------------


def test_finish_freezes_the_timers(timer, clock):
    timer.start()
    clock.advance(3 * MIN)
    timer.next()
    clock.advance(4 * MIN)
    clock_before = clock.now()
    timer.finish()
    m = timer.meeting
    assert m.status is Status.FINISHED
    assert pendulum.parse(m.finished_at) == clock_before
    assert m.topics[0].done and m.topics[1].done
    assert not m.topics[2].done
    assert m.topics[1].spent_seconds == 4 * MIN
    clock.advance(60 * MIN)
    assert timer.elapsed() == 7 * MIN
    assert not timer.running


def test_finished_meeting_cannot_be_restarted(timer, clock):
    timer.start()
    clock.advance(MIN)
    timer.finish()
    timer.toggle()
    timer.resume()
    timer.start()
    assert timer.meeting.status is Status.FINISHED
    clock.advance(MIN)
    assert timer.elapsed() == MIN


def test_finish_while_paused_keeps_spent_time(timer, clock):
    timer.start()
    clock.advance(2 * MIN)
    timer.pause()
    clock.advance(5 * MIN)
    timer.finish()
    assert timer.meeting.status is Status.FINISHED
    assert timer.meeting.topics[0].spent_seconds == 2 * MIN


# -- projected end ---------------------------------------------------------


def test_projected_end_before_start_is_now_plus_plan(timer, clock):
    assert timer.projected_end() == START.add(minutes=60)
    assert timer.seconds_still_needed() == 60 * MIN


def test_projected_end_on_schedule_stays_put(timer, clock):
    timer.start()
    clock.advance(5 * MIN)
    assert timer.projected_end() == START.add(minutes=60)
    timer.next()  # left topic 0 early: 5 minutes saved
    assert timer.projected_end() == START.add(minutes=55)


def test_projected_end_moves_with_overtime(timer, clock):
    timer.start()
    clock.advance(15 * MIN)  # 5 minutes over on topic 0
    assert timer.seconds_still_needed() == 50 * MIN
    assert timer.projected_end() == START.add(minutes=65)


def test_projected_end_moves_with_pauses(timer, clock):
    timer.start()
    clock.advance(5 * MIN)
    timer.pause()
    clock.advance(10 * MIN)
    assert timer.projected_end() == START.add(minutes=70)


def test_projected_end_ignores_done_topics(clock):
    m = make_meeting(10, 10, 10)
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.goto(2)  # 0 and 1 skipped -> done
    assert timer.seconds_still_needed() == 10 * MIN
    assert timer.projected_end() == START.add(minutes=10)
    timer.finish()
    assert timer.seconds_still_needed() == 0
    assert timer.projected_end() == START
