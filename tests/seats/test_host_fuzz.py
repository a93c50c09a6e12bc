"""The host under fire: whatever an invited peer sends, it does not crash, the meeting changes
only by what is valid (up to the first bad line), and the connection ends with a clear error."""

from __future__ import annotations

import asyncio
import copy
import json
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.domain.clock import FakeClock
from tui.domain.timer import MeetingTimer
from tui.seats.changes import apply
from tui.seats.host import Host
from tui.seats.invite import invite
from tui.seats.protocol import FROM_GUEST, FROM_HOST, GUEST_LIMIT, HOST_LIMIT, VERSION, ProtocolError, decode, encode
from tui.seats.rendezvous import host_folder, login_of, socket_path

from ..ui.scenes import planned_meeting

EXAMPLES = int(os.environ.get("GESPREK_FUZZ_EXAMPLES", 200))
HUGE = b"<a line longer than the limit>\n"  # made long when sent: a short repr when hypothesis reports it
ME = login_of(os.geteuid())

FIELDS = ["id", "topic", "title", "text", "value", "minutes", "what", "owner", "approach", "approach_note", "due",
          "follow_up", "meeting", "token", "author", "v", "type"]
scalars = st.none() | st.booleans() | st.integers(-5, 20) | st.floats() | st.text(max_size=12) | st.sampled_from(
    ["employee", "manager", "agreed", "2026-11-25", "Opening", "\x1b]52;c;AAAA\x07", "", "n1", "hello"]
)
values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=8)
messages = st.builds(
    lambda kind, fields, version: json.dumps({"v": version, "type": kind, **fields}).encode() + b"\n",
    st.sampled_from(sorted(FROM_GUEST) + sorted(FROM_HOST) + ["bye", ""]),
    st.dictionaries(st.sampled_from(FIELDS), values, max_size=7),
    st.sampled_from([VERSION, VERSION, 0, 2, "1", None]),
)
valid = st.sampled_from([
    encode("note", id="n1", topic=0, title="Opening", text="Een notitie"),
    encode("point", id="p1", topic=3, title="", text="Een punt \x1b[2J"),
    encode("topic", id="t1", title="Thuiswerken", minutes=5),
    encode("signoff", id="s1", value="seen"),
])
lines = st.lists(
    st.one_of(messages, valid, st.binary(max_size=60).map(lambda b: b.replace(b"\n", b"") + b"\n"),
              st.just(HUGE)),
    max_size=6,
)


async def _exchange(folder: Path, meeting, first: bytes | None, sent: list[bytes]) -> list[bytes]:
    errors: list[dict] = []
    asyncio.get_running_loop().set_exception_handler(lambda loop, context: errors.append(context))
    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda kind, detail: None, base=folder)
    await host.start()
    path = socket_path(host_folder(folder, os.geteuid()), meeting.id)
    reader, writer = await asyncio.open_unix_connection(str(path), limit=HOST_LIMIT)
    writer.write(first if first is not None else encode("hello", meeting=meeting.id, token=meeting.seat.token))
    received: list[bytes] = []
    try:
        for line in sent:
            writer.write(b"x" * (GUEST_LIMIT + 10) + b"\n" if line == HUGE else line)
        writer.write_eof()  # she is done: the host ends the session, having answered what came
        await writer.drain()
        while line := await asyncio.wait_for(reader.readline(), 10):
            received.append(line)
    except ConnectionError:
        # The host hung up on what it had not read yet (a huge line): the kernel resets the
        # line, and what the host said last may be lost with it.
        received.append(b"")
    writer.close()
    # The host goes on: a well-behaved seat is welcome after.
    reader, writer = await asyncio.open_unix_connection(str(path), limit=HOST_LIMIT)
    writer.write(encode("hello", meeting=meeting.id, token=meeting.seat.token))
    assert decode(await reader.readline(), FROM_HOST, HOST_LIMIT).type == "welcome"
    writer.close()
    host.close()
    assert not errors, errors
    return received


@pytest.mark.slow
@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines, st.sampled_from([None, None, None, b"garbage\n", encode("note", id="n", topic=0, title="", text="x")]))
def test_whatever_a_seat_sends_the_meeting_changes_only_by_what_is_valid(sent, first):
    folder = Path(tempfile.mkdtemp(prefix="gf", dir="/tmp"))
    try:
        meeting = planned_meeting()
        invite(meeting, ME)
        expected = copy.deepcopy(meeting)
        clock = FakeClock()
        bad = first is not None
        for line in [] if bad else sent:
            if line == HUGE:
                bad = True
                break
            try:
                message = decode(line, FROM_GUEST, GUEST_LIMIT)
            except ProtocolError:
                bad = True
                break
            if message.type == "hello":
                bad = True
                break
            apply(expected, message, ME, clock)
        received = asyncio.run(_exchange(folder, meeting, first, sent))
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    assert meeting.to_dict() == expected.to_dict()
    if bad and received and received[-1]:
        assert decode(received[-1], FROM_HOST, HOST_LIMIT).type in ("error", "refused")
