"""Fixtures for the review screens: a real store in a temp folder, a fake clock (2026-11-25)."""

from __future__ import annotations

import pytest

from tui.domain.clock import FakeClock
from tui.store import open_store

from .scenes import fill


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path, clock):
    return open_store(tmp_path / "store", clock=clock)


@pytest.fixture
def filled(store):
    """The store with the scenes' meetings in it; returns the meetings."""
    return fill(store)


@pytest.fixture
def make_app(store, clock):
    from tui.ui.app import GesprekApp

    def make(**kwargs):
        return GesprekApp(store, clock=clock, **kwargs)

    return make
