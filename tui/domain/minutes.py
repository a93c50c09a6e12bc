"""The one rounding rule for minutes, wherever a whole minute is shown.

Durations (the agenda, the summary, the report, "n min te lang") and moments
(a projected end) are rounded to the nearest minute, half a minute up: 534 s
is 9 minutes everywhere, and a projected end of 16:40:30 reads 16:41, so the
minutes over and the clock times shown beside them always agree. Countdowns
(mm:ss) are exact and not rounded.
"""

from __future__ import annotations

import math

import pendulum


def whole_minutes(seconds: float) -> int:
    """534 s -> 9; 30 s -> 1; 29 s -> 0."""
    return math.floor(seconds / 60 + 0.5)


def to_the_minute(moment: pendulum.DateTime) -> pendulum.DateTime:
    """A moment rounded by the same rule: 16:40:29 -> 16:40, 16:40:30 -> 16:41."""
    start = moment.start_of("minute")
    return start.add(minutes=whole_minutes((moment - start).total_seconds()))


def minutes_over(planned_minutes: int, spent_seconds: float) -> int:
    """How many whole minutes a topic ran over its plan, by the same rule; 0 if it did not."""
    return max(0, whole_minutes(spent_seconds) - planned_minutes)
