"""Two seats in one test: a host app and a guest app on one event loop, over a real Unix socket
in a short temporary folder (a socket path may hold ~100 characters)."""

from __future__ import annotations

import errno
import os
import shutil
import tempfile
from pathlib import Path

import pytest

from tui.domain.clock import FakeClock
from tui.seats.invite import code_of, invite
from tui.seats.rendezvous import login_of
from tui.store import atomic, open_store, rescue

from ..store.conftest import failing_write
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


class FullDisk:
    """The disk her store (and her home folder) is on, full on demand: a file written under them
    fails as on a full disk (failing_write, ENOSPC); the runtime folder (a RAM disk) still takes
    what is rescued."""

    def __init__(self, folders: list[Path], runtime: Path) -> None:
        self.folders = [folder.resolve() for folder in folders]
        self.runtime = runtime
        self.full = False
        self.refused = 0  # writes that failed
        self._real = atomic._write_all
        self._fail = failing_write(errno.ENOSPC)

    def write(self, fd: int, data: bytes) -> None:
        target = Path(os.readlink(f"/proc/self/fd/{fd}"))
        if self.full and any(target.is_relative_to(folder) for folder in self.folders):
            self.refused += 1
            self._fail(fd, data)
        self._real(fd, data)

    def rescued(self) -> list[Path]:
        """What was rescued to the runtime folder."""
        return sorted(self.runtime.glob("*.json"))


@pytest.fixture
def her_disk(employee_store, tmp_path, monkeypatch) -> FullDisk:
    if not os.path.isdir("/proc/self/fd"):
        pytest.skip("tells a file by /proc/self/fd")
    home, runtime = tmp_path / "home" / ".gesprek-rescued", tmp_path / "run" / "gesprek-rescued"
    home.parent.mkdir()
    runtime.parent.mkdir()
    monkeypatch.setattr(rescue, "places", lambda: [home, runtime])
    disk = FullDisk([employee_store.path, home], runtime)
    monkeypatch.setattr(atomic, "_write_all", disk.write)
    return disk
