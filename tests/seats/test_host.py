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


async def _knock(path: Path, hello: bytes | None = None):
    reader, writer = await asyncio.open_unix_connection(str(path), limit=HOST_LIMIT)
    if hello is not None:
        writer.write(hello)
    return reader, writer


async def _answer(reader) -> tuple[str | None, bool]:
    """What the host said (a refusal's problem, "welcome", or None) and whether it then hung up."""
    line = await asyncio.wait_for(reader.readline(), 10)
    if not line:
        return None, True
    message = decode(line, FROM_HOST, HOST_LIMIT)
    said = message["problem"].value if message.type == "refused" else message.type
    try:
        rest = await asyncio.wait_for(reader.read(), 10)
    except ConnectionError:
        rest = b""
    return said, rest == b""


async def test_a_flood_of_strangers_is_closed_at_once_and_reported_in_a_few_events(seats_dir, meeting, monkeypatch):
    """Another local account may open many connections: each is closed before anything is read
    (no waiting for a hello that never comes), and the manager's screen is not flooded."""
    monkeypatch.setattr("tui.seats.host.HELLO_TIMEOUT", 60.0)  # a stranger waited for would fail the test
    events: list = []
    stranger = os.geteuid() + 4242  # the invited account is someone else: this test's connections are strangers
    host, path = await start_host(meeting, seats_dir, events, allowed_uid=stranger)
    try:
        links = [await _knock(path) for _ in range(200)]  # silent: not even a hello
        answers = await asyncio.gather(*(_answer(reader) for reader, _ in links))
        assert answers == [("not_invited", True)] * 200
        for _, writer in links:
            writer.close()
        refusals = [detail for kind, detail in events if kind.value == "refused"]
        assert 1 <= len(refusals) < 20  # the first at once, the rest folded into a few
        assert len(host.refused) == 20  # the last ones, for the seat panel
    finally:
        host.close()


async def test_connections_that_say_nothing_are_capped_and_timed_out(seats_dir, meeting, monkeypatch):
    monkeypatch.setattr("tui.seats.host.HELLO_TIMEOUT", 1.0)
    host, path = await start_host(meeting, seats_dir)
    try:
        silent = [await _knock(path) for _ in range(10)]
        answers = await asyncio.gather(*(_answer(reader) for reader, _ in silent))
        # Four may wait for their hello, until it times out; the others are closed at once.
        assert sorted(answers) == [("busy", True)] * 6 + [("timeout", True)] * 4
        reader, writer = await join(path, meeting)
        assert (await read(reader)).type == "welcome"
        writer.close()
    finally:
        host.close()


async def test_while_four_wait_for_their_hello_a_fifth_is_turned_away(seats_dir, meeting, monkeypatch):
    monkeypatch.setattr("tui.seats.host.HELLO_TIMEOUT", 60.0)
    host, path = await start_host(meeting, seats_dir)
    try:
        waiting = [await _knock(path) for _ in range(4)]
        reader, writer = await join(path, meeting)
        assert await _answer(reader) == ("busy", True)
        writer.close()
        for _, silent in waiting:
            silent.close()
    finally:
        host.close()


async def test_hosting_raises_the_open_files_limit_to_the_hard_limit(seats_dir, meeting):
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    low = min(soft, 256)
    resource.setrlimit(resource.RLIMIT_NOFILE, (low, hard))
    try:
        host, _ = await start_host(meeting, seats_dir)
        host.close()
        assert resource.getrlimit(resource.RLIMIT_NOFILE) == (hard, hard)
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
