"""Two seats in one test: a host app and a guest app on one event loop, over a real Unix socket
in a short temporary folder (a socket path may hold ~100 characters)."""

from __future__ import annotations

import os
import shutil
import tempfile

import pytest

from tui.domain.clock import FakeClock
from tui.seats.invite import code_of, invite
from tui.seats.rendezvous import login_of
from tui.store import open_store

from ..ui.scenes import planned_meeting

SIZE = (80, 24)


@pytest.fixture
def seats_dir(monkeypatch):
    """Where both seats meet: like /tmp, others may pass through (a second account's process too)."""
    folder = tempfile.mkdtemp(prefix="gs", dir="/tmp")
    os.chmod(folder, 0o755)
    monkeypatch.setenv("GESPREK_SEATS_DIR", folder)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(autouse=True)
def _quick_retry(monkeypatch):
    """Her seat tries to reconnect every 0.1 s, not every second: tests wait for reconnects often.
    What a reconnect does is the same."""
    from tui.seats import guest

    monkeypatch.setattr(guest, "RETRY", 0.1)


@pytest.fixture
def me() -> str:
    """This process's login: in a test, the employee's seat runs as the same account."""
    return login_of(os.geteuid())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def meeting(me):
    meeting = planned_meeting()
    invite(meeting, me)
    return meeting


@pytest.fixture
def code(meeting):
    return code_of(meeting)


@pytest.fixture
def manager_store(tmp_path):
    return open_store(tmp_path / "manager")


@pytest.fixture
def employee_store(tmp_path):
    return open_store(tmp_path / "employee")


@pytest.fixture
def host_app(manager_store, clock, seats_dir):
    from tui.ui.app import GesprekApp

    def make(meeting):
        return GesprekApp(manager_store, clock=clock, open_meeting=meeting)

    return make


@pytest.fixture
def guest_app(employee_store, clock, seats_dir):
    from tui.ui.app import GesprekApp

    def make(code):
        return GesprekApp(employee_store, clock=clock, join=code)

    return make
