"""Her end against a host that sends what it should not: only the meeting of her code reaches her store."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from tui.domain.model import Status
from tui.seats.guest import Guest, GuestEvent, keep_copy
from tui.seats.host import state_record
from tui.seats.outbox import Outbox
from tui.seats.protocol import Problem, ProtocolError, encode
from tui.seats.rendezvous import make_host_folder, socket_path

from ..ui.scenes import planned_meeting


class FakeHost:
    """A host of her code's meeting (her own account stands in for the manager's) that answers
    her hello with `lines`."""

    def __init__(self, base: Path, meeting_id: str, lines: list[bytes]) -> None:
        self.path = socket_path(make_host_folder(base), meeting_id)
        self.lines = lines
        self.server: asyncio.AbstractServer | None = None

    async def __aenter__(self) -> FakeHost:
        self.server = await asyncio.start_unix_server(self._serve, self.path)
        return self

    async def __aexit__(self, *exc) -> None:
        self.server.close()
        self.path.unlink(missing_ok=True)

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await reader.readline()
        for line in self.lines:
            writer.write(line)
        await writer.drain()
        await reader.read()  # until she hangs up
        writer.close()


async def run_guest(guest: Guest, events: list, until) -> None:
    task = asyncio.get_running_loop().create_task(guest.run())
    try:
        async with asyncio.timeout(10):
            while not until():
                await asyncio.sleep(0.01)
    finally:
        guest.stopped = True
        task.cancel()
        guest.close()


async def test_a_finished_record_of_another_meeting_is_not_kept(seats_dir, meeting, code, employee_store, me):
    # Her copy of an earlier conversation with the same manager, which such a record would replace.
    earlier = planned_meeting("e4r1i2e3r4l5")
    earlier.status = Status.FINISHED
    employee_store.save(earlier)
    before = employee_store.load(earlier.id).to_dict()
    other = {**earlier.to_dict(), "employee": "Iemand anders"}
    lines = [encode("welcome", state=state_record(meeting), host=me), encode("finished", record=other)]
    events: list = []
    guest = Guest(code, employee_store, lambda kind, detail: events.append((kind, detail)), base=Path(seats_dir))
    async with FakeHost(Path(seats_dir), meeting.id, lines):
        await run_guest(guest, events, lambda: (GuestEvent.DISCONNECTED, Problem.FIELD) in events)
    assert not guest.finished
    assert GuestEvent.FINISHED not in [kind for kind, _ in events]
    assert employee_store.load(earlier.id).to_dict() == before
    assert [s.id for s in employee_store.list()] == [earlier.id]


async def test_a_welcome_with_another_meeting_is_refused(seats_dir, meeting, code, employee_store, me):
    other = planned_meeting("0t6h7e8r9x0y")
    lines = [encode("welcome", state=state_record(other), host=me)]
    events: list = []
    guest = Guest(code, employee_store, lambda kind, detail: events.append((kind, detail)), base=Path(seats_dir))
    async with FakeHost(Path(seats_dir), meeting.id, lines):
        await run_guest(guest, events, lambda: (GuestEvent.REFUSED, Problem.FIELD) in events)
    assert guest.meeting is None and not guest.connected


def test_keep_copy_refuses_a_record_of_another_meeting(meeting, employee_store):
    other = planned_meeting("0t6h7e8r9x0y")
    other.status = Status.FINISHED
    outbox = Outbox(employee_store.codec, meeting.id)
    with pytest.raises(ProtocolError):
        keep_copy(employee_store, other, outbox)
    assert employee_store.list() == []
