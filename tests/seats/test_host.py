"""The manager's end on its own, spoken to over a real socket: what it sends her seat."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path

from tui.domain.clock import FakeClock
from tui.domain.model import Status
from tui.domain.timer import MeetingTimer
from tui.seats.host import Host
from tui.seats.protocol import FROM_HOST, HOST_LIMIT, decode, encode
from tui.seats.rendezvous import host_folder, socket_path


async def start_host(meeting, seats_dir: str, events: list | None = None, **kwargs) -> tuple[Host, Path]:
    def on_event(kind, detail) -> None:
        if events is not None:
            events.append((kind, detail))

    host = Host(meeting, MeetingTimer(meeting, FakeClock()), on_event, base=Path(seats_dir), **kwargs)
    await host.start()
    return host, socket_path(host_folder(Path(seats_dir), os.geteuid()), meeting.id)


async def join(path: Path, meeting):
    reader, writer = await asyncio.open_unix_connection(str(path), limit=HOST_LIMIT)
    writer.write(encode("hello", meeting=meeting.id, token=meeting.seat.token))
    return reader, writer


async def read(reader):
    return decode(await asyncio.wait_for(reader.readline(), 10), FROM_HOST, HOST_LIMIT)


async def test_her_finished_record_holds_nothing_of_the_managers_own(seats_dir, meeting):
    """The competency profile is his preparation, as is what he still types: never hers to keep."""
    meeting.profile = {"name": "profiel.md", "text": "# Zijn eigen profiel van haar"}
    host, path = await start_host(meeting, seats_dir)
    try:
        reader, writer = await join(path, meeting)
        welcome = await read(reader)
        assert welcome.type == "welcome" and welcome["state"].profile is None
        meeting.topics[0].draft = "Wat hij nog typt"
        meeting.status = Status.FINISHED
        host.changed()
        finished = await read(reader)
        assert finished.type == "finished"
        record = finished["record"]
        assert record.id == meeting.id
        assert record.profile is None and record.form_draft is None
        assert [topic.draft for topic in record.topics] == [""] * len(record.topics)
        assert record.seat.token == ""
        writer.close()
    finally:
        host.close()
    assert meeting.profile is not None  # his own record keeps it
