"""Shared fixtures for the domain tests: a fake clock, a small meeting."""

from __future__ import annotations

import pendulum
import pytest

from tui.domain.clock import FakeClock
from tui.domain.model import Meeting, Topic
from tui.domain.timer import MeetingTimer

# FakeClock's default wall time: Wednesday 25 November 2026, 10:00 Amsterdam.
START = pendulum.datetime(2026, 11, 25, 10, 0, tz="Europe/Amsterdam")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(START)


def make_meeting(*minutes: int, **kwargs) -> Meeting:
    """A meeting with one topic per entry in `minutes` (default 10, 20, 30)."""
    minutes = minutes or (10, 20, 30)
    return Meeting(
        employee="Anna de Vries",
        manager="Bram Jansen",
        date="2026-11-25",
        topics=[Topic(title=f"Topic {i}", planned_minutes=m) for i, m in enumerate(minutes)],
        **kwargs,
    )


@pytest.fixture
def meeting() -> Meeting:
    return make_meeting()


@pytest.fixture
def timer(meeting: Meeting, clock: FakeClock) -> MeetingTimer:
    return MeetingTimer(meeting, clock)
