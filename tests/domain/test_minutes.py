"""One rounding rule for every minute figure shown: to the nearest minute, half a minute up."""

from __future__ import annotations

import pendulum
import pytest

from tui.domain.minutes import minutes_over, to_the_minute, whole_minutes


@pytest.mark.parametrize(
    ("seconds", "minutes"),
    [(0, 0), (29, 0), (30, 1), (89.9, 1), (90, 2), (534, 9), (600, 10), (-29, 0), (-30, 0), (-31, -1)],
)
def test_whole_minutes_rounds_to_the_nearest_half_up(seconds, minutes):
    # 534 s was '8' in the agenda and '9' in the report (issue item 16).
    assert whole_minutes(seconds) == minutes


@pytest.mark.parametrize(
    ("second", "shown"),
    [(0, "16:40"), (29, "16:40"), (30, "16:41"), (59, "16:41")],
)
def test_a_moment_rounds_by_the_same_rule(second, shown):
    moment = pendulum.datetime(2026, 11, 25, 16, 40, second, tz="Europe/Amsterdam")
    assert to_the_minute(moment).format("HH:mm") == shown


def test_rounding_a_moment_over_the_hour():
    moment = pendulum.datetime(2026, 11, 25, 16, 59, 45, tz="Europe/Amsterdam")
    assert to_the_minute(moment) == pendulum.datetime(2026, 11, 25, 17, 0, tz="Europe/Amsterdam")


def test_minutes_over_by_the_same_rule():
    assert minutes_over(5, 534) == 4  # 9 minutes spent
    assert minutes_over(5, 329) == 0  # 5:29 reads 5
    assert minutes_over(5, 120) == 0
