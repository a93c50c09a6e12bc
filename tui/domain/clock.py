"""Clocks: monotonic time for timers, wall time for dates. Injected so tests can fake them."""

from __future__ import annotations

import time
from typing import Protocol

import pendulum


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary start; never goes back."""

    def now(self) -> pendulum.DateTime:
        """The local wall-clock time."""


class SystemClock:
    def monotonic(self) -> float:
        return time.monotonic()

    def now(self) -> pendulum.DateTime:
        return pendulum.now()


class FakeClock:
    """A clock that moves only when told to; for tests and snapshots."""

    def __init__(self, start: pendulum.DateTime | None = None) -> None:
        self._wall = start or pendulum.datetime(2026, 11, 25, 10, 0, tz="Europe/Amsterdam")
        self._mono = 1000.0

    def monotonic(self) -> float:
        return self._mono

    def now(self) -> pendulum.DateTime:
        return self._wall

    def advance(self, seconds: float) -> None:
        self._mono += seconds
        self._wall = self._wall.add(microseconds=int(seconds * 1_000_000))
