"""Her end against a host that sends what it should not: only the meeting of her code reaches her store."""

from __future__ import annotations

import asyncio
import os
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


async def test_a_seat_of_another_account_hears_it_is_not_invited_and_stops(seats_dir, meeting, code, employee_store):
    """The host closes another account's connection before it reads anything, perhaps before her
    hello went out: her seat still reads the refusal, and stops trying (every time)."""
    from tui.domain.clock import FakeClock
    from tui.domain.timer import MeetingTimer
    from tui.seats.host import Host

    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda *_: None, base=Path(seats_dir),
                allowed_uid=os.geteuid() + 4242)
    await host.start()
    try:
        for _ in range(3):
            events: list = []
            guest = Guest(code, employee_store, lambda kind, detail, events=events: events.append((kind, detail)),
                          base=Path(seats_dir))
            task = asyncio.get_running_loop().create_task(guest.run())
            async with asyncio.timeout(10):
                await task  # it ends by itself: a refusal of this kind is final
            assert events == [(GuestEvent.REFUSED, Problem.NOT_INVITED)]
            guest.close()
    finally:
        host.close()


async def test_the_refusal_is_read_even_when_the_host_closed_before_her_hello(
    seats_dir, meeting, code, employee_store, monkeypatch
):
    """Another process may accept, refuse and close before her seat has written its hello: the
    write fails (EPIPE), and the refusal waiting in her socket must still be read."""
    import socket
    import threading

    import tui.seats.guest

    path = socket_path(make_host_folder(Path(seats_dir)), meeting.id)
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.listen()
    closed = threading.Event()

    def refuse_at_once() -> None:
        connection, _ = server.accept()
        connection.sendall(encode("refused", problem="not_invited"))
        connection.close()
        closed.set()

    thread = threading.Thread(target=refuse_at_once, daemon=True)
    thread.start()
    real_peer_uid = tui.seats.guest.peer_uid

    def after_the_host_closed(sock):  # her seat checks the peer just before it says hello
        assert closed.wait(10)
        return real_peer_uid(sock)

    monkeypatch.setattr(tui.seats.guest, "peer_uid", after_the_host_closed)
    events: list = []
    guest = Guest(code, employee_store, lambda kind, detail: events.append((kind, detail)), base=Path(seats_dir))
    try:
        async with asyncio.timeout(10):
            await guest.run()
    finally:
        guest.close()
        server.close()
        thread.join()
    assert events == [(GuestEvent.REFUSED, Problem.NOT_INVITED)]
