"""Fixtures for driving the app with Pilot: a real store in a temp folder, a fake clock."""

from __future__ import annotations

import pytest

from tui.domain.agenda import meeting_from_agenda
from tui.domain.clock import FakeClock
from tui.services.agendas import load_agenda
from tui.store import open_store


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def store(tmp_path):
    return open_store(tmp_path / "store")


@pytest.fixture
def meeting():
    agenda = load_agenda("functioneringsgesprek", "nl")
    return meeting_from_agenda(agenda, "Sanne de Vries", "Pieter Janssens", "2026-11-25")


@pytest.fixture
def make_app(store, clock):
    from tui.ui.app import GesprekApp

    def make(**kwargs):
        return GesprekApp(store, clock=clock, **kwargs)

    return make
