"""Schedule: hard end parsing, deadline, overflow and rebalancing."""

from __future__ import annotations

import pytest

from tui.domain.schedule import Overflow, deadline, overflow, parse_hard_end, rebalance, upcoming
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
    assert result == Overflow(over_by_seconds=5 * MIN, dropped=[2])


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


def test_overflow_before_start_with_hard_end(clock):
    m = make_meeting(30, 30, hard_end="10:45")
    timer = MeetingTimer(m, clock)
    assert overflow(m, timer) == Overflow(over_by_seconds=15 * MIN, dropped=[1])


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
    assert overflow(m, timer) == Overflow(over_by_seconds=5 * MIN, dropped=[2])


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
    assert rebalance(m, timer) is True
    assert _minutes(m) == [10, 5, 10, 15]
    assert overflow(m, timer) is None


def test_rebalance_hands_out_the_rounding_rest_to_the_biggest(clock):
    m = make_meeting(10, 10, 20, 30, hard_end="10:41")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is True
    assert _minutes(m)[0] == 10  # the active topic is never touched
    assert sum(_minutes(m)[1:]) == 31
    assert _minutes(m) == [10, 5, 10, 16]
    assert overflow(m, timer) is None


def test_rebalance_never_grows_a_topic(clock):
    m = make_meeting(10, 3, 3, 50, hard_end="10:50")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is True
    new = _minutes(m)
    assert all(n <= o for n, o in zip(new, [10, 3, 3, 50], strict=True))
    assert sum(new[1:]) <= 40


def test_rebalance_keeps_at_least_one_minute_each(clock):
    m = make_meeting(10, 10, 20, 30, hard_end="10:05")  # no time left at all
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is True
    assert _minutes(m) == [10, 1, 1, 1]


def test_rebalance_no_change_when_it_already_fits(clock):
    m = make_meeting(10, 10, 20, hard_end="11:00")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is False
    assert _minutes(m) == [10, 10, 20]


def test_rebalance_no_change_when_exactly_fitting(clock):
    m = make_meeting(10, 10, 20, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is False
    assert _minutes(m) == [10, 10, 20]


def test_rebalance_no_change_without_deadline(clock):
    m = make_meeting(10, 10, 20)
    timer = MeetingTimer(m, clock)
    assert rebalance(m, timer) is False
    assert _minutes(m) == [10, 10, 20]


def test_rebalance_no_change_on_the_last_topic(clock):
    m = make_meeting(10, 10, hard_end="10:05")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.next()
    assert rebalance(m, timer) is False
    assert _minutes(m) == [10, 10]


def test_rebalance_without_hard_end_after_overtime(clock):
    m = make_meeting(10, 10, 20)
    timer = MeetingTimer(m, clock)
    timer.start()
    clock.advance(16 * MIN)  # six minutes over; 24 minutes left until the planned end
    assert overflow(m, timer) is not None
    assert rebalance(m, timer) is True
    assert _minutes(m) == [10, 8, 16]
    assert overflow(m, timer) is None


def test_rebalance_leaves_done_and_earlier_topics_alone(clock):
    m = make_meeting(10, 10, 10, 20, 20, hard_end="10:40")
    timer = MeetingTimer(m, clock)
    timer.start()
    timer.goto(2)  # 0 and 1 done; 10 minutes for topic 2, 30 for 40 planned ahead
    assert rebalance(m, timer) is True
    assert _minutes(m)[:3] == [10, 10, 10]
    assert _minutes(m)[3:] == [15, 15]
    assert overflow(m, timer) is None




def test_rebalance_fits_the_deadline_with_tiny_topics(clock):
    # 10 minutes for the active topic, 10 minutes left for 1 + 1 + 100 planned.
    m = make_meeting(10, 1, 1, 100, hard_end="10:20")
    timer = MeetingTimer(m, clock)
    timer.start()
    assert rebalance(m, timer) is True
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
    """Nothing grows, nothing drops under a minute, and the result fits if it can."""
    m = make_meeting(10, *planned)
    m.hard_end = START.add(minutes=10 + available).format("HH:mm")
    timer = MeetingTimer(m, clock)
    timer.start()
    changed = rebalance(m, timer)
    new = _minutes(m)[1:]
    assert changed == (sum(planned) > available)
    assert all(1 <= n <= o for n, o in zip(new, planned, strict=True))
    if available < len(planned):
        assert new == [1] * len(planned)  # cannot fit: everything down to the floor
    elif changed:
        assert sum(new) <= available
        assert overflow(m, timer) is None
