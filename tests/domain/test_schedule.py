"""Schedule: hard end parsing, deadline, overflow and rebalancing."""

from __future__ import annotations

import pytest

from tui.domain.minutes import to_the_minute
from tui.domain.schedule import (
    DoesNotFit,
    Overflow,
    Rebalanced,
    deadline,
    hard_end_passed,
    overflow,
    parse_hard_end,
    rebalance,
    upcoming,
)
from tui.domain.timer import MeetingTimer

from .conftest import START, make_meeting

MIN = 60.0


def _minutes(meeting):
    return [t.planned_minutes for t in meeting.topics]


# -- parse_hard_end --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("16:30", (16, 30)),
        ("1630", (16, 30)),
        ("16.30", (16, 30)),
        (" 16:30 ", (16, 30)),
        ("930", (9, 30)),
        ("09:05", (9, 5)),
        ("0000", (0, 0)),
        ("23:59", (23, 59)),
    ],
)
def test_parse_hard_end_accepts(text, expected):
    assert parse_hard_end(text) == expected


@pytest.mark.parametrize(
    "text",
    ["", "   ", "16", "24:00", "12:60", "2400", "abc", "half vijf", "16:30:00", "-1:30", "16:", ":30", "12345"],
)
def test_parse_hard_end_rejects(text):
    with pytest.raises(ValueError):
        parse_hard_end(text)


# -- deadline --------------------------------------------------------------


def test_deadline_is_none_without_hard_end_before_start(clock):
    m = make_meeting()
    assert deadline(m, MeetingTimer(m, clock)) is None


def test_deadline_is_the_hard_end_today(clock):
    m = make_meeting(hard_end="16:30")
    assert deadline(m, MeetingTimer(m, clock)) == START.set(hour=16, minute=30)


def test_deadline_without_hard_end_is_the_planned_end(clock):
    m = make_meeting()
    timer = MeetingTimer(m, clock)
    timer.start()
    clock.advance(20 * MIN)
    assert deadline(m, timer) == START.add(minutes=60)


def test_hard_end_wins_over_planned_end(clock):
    m = make_meeting(hard_end="10:45")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert deadline(m, timer) == START.add(minutes=45)


# -- upcoming / overflow ---------------------------------------------------


def test_upcoming_lists_undiscussed_topics_after_the_active_one(clock):
    m = make_meeting(5, 5, 5, 5, 5)
    timer = MeetingTimer(m, clock)
    assert upcoming(m) == [1, 2, 3, 4]
    timer.start()
    timer.goto(2)
    assert upcoming(m) == [3, 4]
    m.topics[4].done = True
    assert upcoming(m) == [3]


def test_no_overflow_when_it_fits(clock):
    m = make_meeting(10, 10, 10, hard_end="10:30")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert overflow(m, timer) is None  # ends exactly on the hard end


def test_no_overflow_without_any_deadline(clock):
    m = make_meeting(10, 10, 10)
    timer = MeetingTimer(m, clock)
    assert overflow(m, timer) is None  # not started, no hard end


def test_overflow_with_hard_end_drops_the_last_topic(clock):
    m = make_meeting(10, 10, 10, hard_end="10:25")
    timer = MeetingTimer(m, clock)
    timer.start()
    result = overflow(m, timer)
    assert result == Overflow(over_by_seconds=5 * MIN, minutes=5, dropped=[2], rebalance_fits=True)


def test_overflow_with_hard_end_drops_several_last_first(clock):
    m = make_meeting(10, 10, 10, 10, hard_end="10:15")
    timer = MeetingTimer(m, clock)
    timer.start()
    result = overflow(m, timer)
    assert result.over_by_seconds == 25 * MIN
    assert result.dropped == [3, 2, 1]  # 20 minutes are not enough, the third one goes too


def test_overflow_never_drops_the_active_topic(clock):
    m = make_meeting(10, 10, hard_end="10:01")
    timer = MeetingTimer(m, clock)
    timer.start()
    result = overflow(m, timer)
    assert result.over_by_seconds == 19 * MIN
    assert result.dropped == [1]
    assert not result.rebalance_fits  # topic 0 alone runs 9 minutes past the hard end


def test_overflow_before_start_with_hard_end(clock):
    m = make_meeting(30, 30, hard_end="10:45")
    timer = MeetingTimer(m, clock)
    assert overflow(m, timer) == Overflow(over_by_seconds=15 * MIN, minutes=15, dropped=[1], rebalance_fits=True)


def test_overflow_without_hard_end_after_overtime(clock):
    m = make_meeting(10, 10, 10)
    timer = MeetingTimer(m, clock)
    timer.start()
    clock.advance(9 * MIN)
    assert overflow(m, timer) is None
    clock.advance(6 * MIN)  # five minutes over on topic 0
    result = overflow(m, timer)
    assert result.over_by_seconds == 5 * MIN
    assert result.dropped == [2]


def test_overflow_without_hard_end_after_pause(clock):
    m = make_meeting(10, 10, 10)
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.pause()
    clock.advance(25 * MIN)
    result = overflow(m, timer)
    assert result.over_by_seconds == 25 * MIN
    assert result.dropped == [2, 1, ]


def test_overflow_skips_topics_already_done(clock):
    m = make_meeting(10, 10, 10, 10, hard_end="10:25")
    timer = MeetingTimer(m, clock)
    timer.start()
    m.topics[3].done = True  # already covered elsewhere: costs no time
    assert overflow(m, timer) == Overflow(over_by_seconds=5 * MIN, minutes=5, dropped=[2], rebalance_fits=True)


def test_overflow_counts_only_what_is_left_of_a_started_topic(clock):
    m = make_meeting(10, 10, 10, hard_end="10:24")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.next()
    clock.advance(2 * MIN)
    timer.previous()  # topic 1 has 8 minutes left
    # projected: 10:02 + 10 (topic 0, untouched) + 8 (topic 1 rest) + 10 = 10:30
    assert timer.remaining(1) == 8 * MIN
    result = overflow(m, timer)
    assert result.over_by_seconds == 6 * MIN
    assert result.dropped == [2]


# -- rebalance -------------------------------------------------------------


def test_rebalance_is_proportional(clock):
    # 10 minutes for the active topic, 30 minutes for 60 planned ahead.
    m = make_meeting(10, 10, 20, 30, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert isinstance(rebalance(m, timer), Rebalanced)
    assert _minutes(m) == [10, 5, 10, 15]
    assert overflow(m, timer) is None


def test_rebalance_hands_out_the_rounding_rest_to_the_biggest(clock):
    m = make_meeting(10, 10, 20, 30, hard_end="10:41")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert isinstance(rebalance(m, timer), Rebalanced)
    assert _minutes(m)[0] == 10  # the active topic is never touched
    assert sum(_minutes(m)[1:]) == 31
    assert _minutes(m) == [10, 5, 10, 16]
    assert overflow(m, timer) is None


def test_rebalance_never_grows_a_topic(clock):
    m = make_meeting(10, 3, 3, 50, hard_end="10:50")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert isinstance(rebalance(m, timer), Rebalanced)
    new = _minutes(m)
    assert all(n <= o for n, o in zip(new, [10, 3, 3, 50], strict=True))
    assert sum(new[1:]) <= 40


def test_rebalance_keeps_at_least_one_minute_each(clock):
    m = make_meeting(10, 10, 20, 30, hard_end="10:13")  # three minutes for three topics
    timer = MeetingTimer(m, clock)
    timer.start()
    assert isinstance(rebalance(m, timer), Rebalanced)
    assert _minutes(m) == [10, 1, 1, 1]


def test_rebalance_refuses_what_cannot_fit(clock):
    # Issue item 16: every topic was cut to one minute and the meeting was still over.
    m = make_meeting(10, 10, 20, 30, hard_end="10:12")  # two minutes for three topics
    timer = MeetingTimer(m, clock)
    timer.start()
    result = rebalance(m, timer)
    assert result == DoesNotFit(deadline=START.set(hour=10, minute=12), minutes_left=2, topics=3, passed=False)
    assert _minutes(m) == [10, 10, 20, 30]


def test_rebalance_refuses_a_hard_end_in_the_past(clock):
    clock.advance(60 * MIN)  # 11:00
    m = make_meeting(10, 10, 20, hard_end="10:30")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert hard_end_passed(m, timer)
    result = rebalance(m, timer)
    assert isinstance(result, DoesNotFit) and result.passed and result.minutes_left < 0
    assert _minutes(m) == [10, 10, 20]


def test_hard_end_passed_only_once_it_lies_behind_us(clock):
    m = make_meeting(hard_end="10:30")
    timer = MeetingTimer(m, clock)
    assert not hard_end_passed(m, timer)
    clock.advance(30 * MIN)
    assert not hard_end_passed(m, timer)  # 10:30 itself: not yet gone
    clock.advance(1)
    assert hard_end_passed(m, timer)
    assert not hard_end_passed(make_meeting(), timer)


def test_a_rebalance_can_be_undone(clock):
    m = make_meeting(10, 10, 20, 30, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    result = rebalance(m, timer)
    assert _minutes(m) == [10, 5, 10, 15]
    assert result.undoable(m)
    result.undo()
    assert _minutes(m) == [10, 10, 20, 30]


def test_undo_lasts_until_the_topic_or_those_minutes_change(clock):
    m = make_meeting(10, 10, 20, 30, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    result = rebalance(m, timer)
    m.topics[2].planned_minutes += 1  # someone changed it by hand since
    assert not result.undoable(m)
    m.topics[2].planned_minutes -= 1
    assert result.undoable(m)
    timer.next()  # the meeting moved on
    assert not result.undoable(m)


def test_rebalance_no_change_when_it_already_fits(clock):
    m = make_meeting(10, 10, 20, hard_end="11:00")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is None
    assert _minutes(m) == [10, 10, 20]


def test_rebalance_no_change_when_exactly_fitting(clock):
    m = make_meeting(10, 10, 20, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is None
    assert _minutes(m) == [10, 10, 20]


def test_rebalance_no_change_without_deadline(clock):
    m = make_meeting(10, 10, 20)
    timer = MeetingTimer(m, clock)
    assert rebalance(m, timer) is None
    assert _minutes(m) == [10, 10, 20]


def test_rebalance_no_change_on_the_last_topic(clock):
    m = make_meeting(10, 10, hard_end="10:05")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.next()
    assert rebalance(m, timer) is None
    assert _minutes(m) == [10, 10]


def test_rebalance_without_hard_end_after_overtime(clock):
    m = make_meeting(10, 10, 20)
    timer = MeetingTimer(m, clock)
    timer.start()
    clock.advance(16 * MIN)  # six minutes over; 24 minutes left until the planned end
    assert overflow(m, timer) is not None
    assert isinstance(rebalance(m, timer), Rebalanced)
    assert _minutes(m) == [10, 8, 16]
    assert overflow(m, timer) is None


def test_rebalance_leaves_done_and_earlier_topics_alone(clock):
    m = make_meeting(10, 10, 10, 20, 20, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.goto(2)  # 0 and 1 done; 10 minutes for topic 2, 30 for 40 planned ahead
    assert isinstance(rebalance(m, timer), Rebalanced)
    assert _minutes(m)[:3] == [10, 10, 10]
    assert _minutes(m)[3:] == [15, 15]
    assert overflow(m, timer) is None




def test_rebalance_fits_the_deadline_with_tiny_topics(clock):
    # 10 minutes for the active topic, 10 minutes left for 1 + 1 + 100 planned.
    m = make_meeting(10, 1, 1, 100, hard_end="10:20")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert isinstance(rebalance(m, timer), Rebalanced)
    new = _minutes(m)
    assert all(n >= 1 for n in new)
    assert sum(new[1:]) <= 10  # actual: [1, 1, 9] == 11 minutes
    assert overflow(m, timer) is None  # actual: still 60 seconds over


@pytest.mark.parametrize(
    "planned",
    [
        (7, 13, 29),
        (1, 2, 3, 4, 5, 6),
        (2, 2, 2, 2, 2, 2, 2, 2),
        (15, 15, 30),
        # Same bug as test_rebalance_fits_the_deadline_with_tiny_topics.
        (45, 1, 1, 1),
    ],
)
@pytest.mark.parametrize("available", [3, 8, 12, 20])
def test_rebalance_properties(clock, planned, available):
    """Nothing grows, nothing drops under a minute, the result fits, and what cannot fit is left alone."""
    m = make_meeting(10, *planned)
    m.hard_end = START.add(minutes=10 + available).format("HH:mm")
    timer = MeetingTimer(m, clock)
    timer.start()
    result = rebalance(m, timer)
    new = _minutes(m)[1:]
    assert (result is not None) == (sum(planned) > available)
    assert all(1 <= n <= o for n, o in zip(new, planned, strict=True))
    if available < len(planned):
        assert isinstance(result, DoesNotFit)  # cannot fit: nothing is cut
        assert new == list(planned)
    elif result is not None:
        assert sum(new) <= available
        assert overflow(m, timer) is None


# -- the minutes over agree with the clock ----------------------------------


def test_minutes_over_are_the_difference_of_the_times_shown(clock):
    # Issue item 16: "11 min te lang" beside a projected end 10 minutes past the hard end.
    m = make_meeting(10, 10, 10, hard_end="10:25")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.pause()
    clock.advance(5 * MIN + 10)  # projected end 10:35:10
    result = overflow(m, timer)
    assert to_the_minute(timer.projected_end()).format("HH:mm") == "10:35"
    assert result.minutes == 10


def test_minutes_over_round_like_the_times_shown(clock):
    m = make_meeting(10, 10, 10)
    timer = MeetingTimer(m, clock)
    clock.advance(40)
    timer.start()  # at 10:00:40: planned end 10:30:40, shown as 10:31
    timer.pause()
    clock.advance(10 * MIN)  # projected end 10:40:40, shown as 10:41
    assert overflow(m, timer).minutes == 10


def test_less_than_half_a_minute_over_is_on_time(clock):
    m = make_meeting(10, 10, hard_end="10:20")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.pause()
    clock.advance(29)
    assert overflow(m, timer) is None  # 10:20:29 reads 10:20
    clock.advance(1)
    assert overflow(m, timer).minutes == 1  # 10:20:30 reads 10:21
