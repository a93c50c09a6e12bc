"""The manager's end: hosts one meeting for the invited employee, on the app's asyncio loop.

Every connection is checked before it may say anything: the peer's uid, from the kernel,
must be the invited login's (another account's connection is closed at once, before anything
is read), and then its first line must be a hello with this meeting's code, within
HELLO_TIMEOUT; at most MAX_WAITING of hers may wait for that at a time. Anything else is
refused and reported. Her messages are checked (protocol.decode) and
applied (changes.apply) here, on the one loop that also runs the manager's keys, so the
meeting has one writer; the UI saves it as it saves the manager's own changes.

What she sees is pushed to her: the whole meeting when she joins, again whenever it changes
(compared without the running time, so a ticking clock sends nothing: her timers tick on her
side from the time in the last state).
"""

from __future__ import annotations

import asyncio
import hmac
import os
import resource
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

import pendulum

from ..domain.model import Meeting, Status
from ..domain.timer import MeetingTimer
from .changes import Applied, Change, apply
from .invite import code_of, invite, new_code
from .protocol import FROM_GUEST, GUEST_LIMIT, HOST_LIMIT, Message, Problem, ProtocolError, decode, encode
from .rendezvous import SeatError, login_of, make_host_folder, peer_uid, remove_stale, seats_base, socket_path, uid_of

# Changes made in one turn of the loop (a note kept and the draft cleared) go out as one state.
PUSH_DELAY = 0.0
HELLO_TIMEOUT = 5.0
# Her connections that have not said hello yet: more at a time is a flood, not her seat.
MAX_WAITING = 4
# Refusals reach the manager's screen at most once per this many seconds (the rest folded in).
REFUSAL_REPORT_SECONDS = 1.0
# Her seat not reading: its connection is dropped before the buffer grows without end.
WRITE_BUFFER = 2 * HOST_LIMIT
KEPT_REFUSALS = 20
SOCKET_MODE = 0o666  # anyone who finds it may connect; the peer's uid decides who stays


class HostEvent(StrEnum):
    HOSTING = "hosting"  # listening for her seat (again, after a new code)
    JOINED = "joined"
    LEFT = "left"
    CHANGED = "changed"  # her seat changed the record (a Change): save it, show it
    CLOSED = "closed"  # her connection was closed for a bad message (a ProtocolError)
    REFUSED = "refused"  # a connection was refused (a Refusal)
    UNAVAILABLE = "unavailable"  # cannot host (a message: the folder is not safe, ...)


@dataclass(frozen=True)
class Refusal:
    at: pendulum.DateTime
    login: str
    problem: Problem


def state_record(meeting: Meeting) -> dict[str, Any]:
    """The meeting as her seat sees it: no competency profile, nothing the manager is still
    typing, no code, no save counters; time spent left at 0 (see with_time)."""
    record = meeting.to_dict()
    record.update(profile=None, form_draft=None, revision=0, updated_at=None)
    if record["seat"] is not None:
        record["seat"]["token"] = ""
    for topic in record["topics"]:
        topic.update(draft="", spent_seconds=0.0)
    return record


def finished_record(meeting: Meeting) -> dict[str, Any]:
    """The ended meeting as her seat keeps it: the whole record with the time spent, but nothing
    of the manager's own (his competency profile, what he was still typing)."""
    record = meeting.to_dict()
    record.update(profile=None, form_draft=None)
    for topic in record["topics"]:
        topic["draft"] = ""
    return record


def with_time(record: dict[str, Any], timer: MeetingTimer) -> dict[str, Any]:
    """`record` with each topic's time spent up to now (the running one included)."""
    topics = [{**topic, "spent_seconds": timer.spent(i)} for i, topic in enumerate(record["topics"])]
    return {**record, "topics": topics}


def raise_open_files_limit() -> None:
    """The soft limit of open files up to the hard one: connections someone floods the socket
    with must not leave the app without a file descriptor to save the meeting with."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if soft != hard:
        with suppress(ValueError, OSError):  # a hard limit the kernel does not take as a soft one
            resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))


class _Link:
    """Her connection, once it said hello."""

    def __init__(self, writer: asyncio.StreamWriter, login: str, since: pendulum.DateTime) -> None:
        self.writer = writer
        self.login = login
        self.since = since

    def send(self, data: bytes) -> None:
        if self.writer.is_closing():
            return
        self.writer.write(data)
        if self.writer.transport.get_write_buffer_size() > WRITE_BUFFER:
            self.writer.transport.abort()

    def close(self, error: ProtocolError | None = None) -> None:
        if error is not None:
            self.send(encode("error", problem=error.problem.value, detail=error.detail[:200]))
        self.writer.close()  # what is still buffered goes out first


class Host:
    """Hosts `meeting` while its screen is open. `on_event(kind, detail)` runs on the loop."""

    def __init__(
        self,
        meeting: Meeting,
        timer: MeetingTimer,
        on_event: Callable[[HostEvent, Any], None],
        *,
        base: Path | None = None,
        allowed_uid: int | None = None,
    ) -> None:
        """`allowed_uid`: whose connections to accept; default the invited login's (tests inject one)."""
        self.meeting = meeting
        self.timer = timer
        self._on_event = on_event
        self._base = base or seats_base()
        self._allowed_uid = allowed_uid
        self._server: asyncio.AbstractServer | None = None
        self._path: Path | None = None
        self._guest: _Link | None = None
        self._sent: dict[str, Any] | None = None  # the state she has, without time
        self._push_handle: asyncio.TimerHandle | None = None
        self._finished = False
        self._starting: asyncio.Task[None] | None = None
        self._waiting = 0  # her connections that have not said hello yet
        self._unreported: Refusal | None = None
        self._report_handle: asyncio.TimerHandle | None = None
        self.left_at: pendulum.DateTime | None = None
        self.refused: list[Refusal] = []
        self.problem = ""  # why it cannot host, when it cannot

    # -- what the manager's seat shows -----------------------------------------------------

    @property
    def guest(self) -> tuple[str, pendulum.DateTime] | None:
        """Her login and since when she is connected; None while she is not."""
        return (self._guest.login, self._guest.since) if self._guest is not None else None

    @property
    def hosting(self) -> bool:
        return self._server is not None

    # -- lifecycle ---------------------------------------------------------------------------

    def invite(self, login: str) -> None:
        """Invite her login (SeatError for a login this machine does not know) and host her seat."""
        before = code_of(self.meeting)
        invite(self.meeting, login)
        if code_of(self.meeting) != before:  # the same login again keeps its code, and her seat
            self.restart()

    def new_code(self) -> None:
        """A new code: the old one stops working, and her seat on it is closed."""
        new_code(self.meeting)
        self.restart()

    def restart(self) -> None:
        """start(), from code that is not a coroutine (on the loop)."""
        self._starting = asyncio.get_running_loop().create_task(self.start())

    async def start(self) -> None:
        """Listen for the meeting's current code (again, after a new code: the old one ends)."""
        self._stop(revoked=True)
        code = code_of(self.meeting)
        if code is None or self.meeting.status is Status.FINISHED:
            return
        raise_open_files_limit()
        try:
            path = socket_path(make_host_folder(self._base), self.meeting.id)
            remove_stale(path)
            self._server = await asyncio.start_unix_server(self._serve, path, limit=GUEST_LIMIT)
            os.chmod(path, SOCKET_MODE)
        except (SeatError, OSError) as error:
            self.problem = str(error)
            self._on_event(HostEvent.UNAVAILABLE, self.problem)
            return
        self._path = path
        self.problem = ""
        self._on_event(HostEvent.HOSTING, None)

    def close(self) -> None:
        """The meeting screen goes: her seat gets the last state (or the finished record)."""
        if self.meeting.status is Status.FINISHED:
            self._finish()
        elif self._guest is not None:
            self._push()
        self._stop(revoked=False)

    def _stop(self, *, revoked: bool) -> None:
        if self._starting is not None and self._starting is not asyncio.current_task():
            self._starting.cancel()
        if self._push_handle is not None:
            self._push_handle.cancel()
            self._push_handle = None
        if self._report_handle is not None:
            self._report_handle.cancel()
            self._report_handle = self._unreported = None
        if self._guest is not None:
            self._guest.close(ProtocolError(Problem.CODE) if revoked else None)
            self._guest = None
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._path is not None:
            with suppress(OSError):
                os.unlink(self._path)
            self._path = None

    # -- keeping her seat up to date ---------------------------------------------------------

    def changed(self) -> None:
        """The record changed (on either seat): her seat gets it in the loop's next turn."""
        if self.meeting.status is Status.FINISHED:
            self._finish()
        elif self._guest is not None and self._push_handle is None:
            self._push_handle = asyncio.get_running_loop().call_later(PUSH_DELAY, self._push)

    def _push(self) -> None:
        self._push_handle = None
        if self._guest is None:
            return
        record = state_record(self.meeting)
        if record != self._sent:
            self._sent = record
            self._guest.send(encode("state", state=with_time(record, self.timer)))

    def _finish(self) -> None:
        """The meeting ended: her seat gets the whole record to keep, and the code ends."""
        if self._finished:
            return
        self._finished = True
        if self.meeting.seat is not None:
            self.meeting.seat.token = ""  # a finished meeting opens nothing, and exports hold no code
        if self._guest is not None:
            self._guest.send(encode("finished", record=finished_record(self.meeting)))
        self._stop(revoked=False)

    # -- connections -------------------------------------------------------------------------

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            uid: int | None = peer_uid(writer.get_extra_info("socket"))
        except OSError:
            uid = None
        if uid is None or uid != self._invited_uid():
            # Closed before anything is read or waited for: another account's connections cost
            # an accept and a close each, however many it opens. Her seat reads the refusal
            # even if its hello did not go out (guest.py).
            self._refuse(writer, login_of(uid) if uid is not None else "?", Problem.NOT_INVITED)
            return
        login = login_of(uid)
        if self._waiting >= MAX_WAITING:
            self._refuse(writer, login, Problem.BUSY)
            return
        self._waiting += 1
        try:
            hello = await self._hello(reader)
        except ProtocolError as error:
            self._refuse(writer, login, error.problem)
            return
        finally:
            self._waiting -= 1
        seat = self.meeting.seat
        token = seat.token if seat is not None else ""
        if hello["meeting"] != self.meeting.id or not token or not hmac.compare_digest(hello["token"], token):
            self._refuse(writer, login, Problem.CODE)
            return
        await self._session(reader, _Link(writer, login, self.timer.clock.now()))

    async def _hello(self, reader: asyncio.StreamReader) -> Message:
        try:
            line = await asyncio.wait_for(reader.readline(), HELLO_TIMEOUT)
        except TimeoutError:
            raise ProtocolError(Problem.TIMEOUT) from None
        except ValueError:  # the line is longer than the reader's limit
            raise ProtocolError(Problem.TOO_LONG) from None
        message = decode(line, FROM_GUEST, GUEST_LIMIT)
        if message.type != "hello":
            raise ProtocolError(Problem.ORDER)
        return message

    async def _session(self, reader: asyncio.StreamReader, link: _Link) -> None:
        if self._guest is not None:  # she joined again (another terminal, a line that hung): the newer seat stays
            self._guest.close(ProtocolError(Problem.REPLACED))
        self._guest = link
        self.left_at = None
        record = state_record(self.meeting)
        self._sent = record
        link.send(encode("welcome", state=with_time(record, self.timer), host=login_of(os.geteuid())))
        self._on_event(HostEvent.JOINED, link.login)
        try:
            while True:
                line = await reader.readline()
                if not line.endswith(b"\n"):
                    break  # she left (a last line cut off by the drop is not a message)
                self._receive(decode(line, FROM_GUEST, GUEST_LIMIT), link)
        except ProtocolError as error:
            self._closed(link, error)
        except ValueError:
            self._closed(link, ProtocolError(Problem.TOO_LONG))
        except OSError:
            pass  # the line dropped
        finally:
            link.close()
            if self._guest is link:
                self._guest = None
                self.left_at = self.timer.clock.now()
                self._on_event(HostEvent.LEFT, link.login)

    def _receive(self, message: Message, link: _Link) -> None:
        if message.type == "hello":
            raise ProtocolError(Problem.ORDER)
        change: Change = apply(self.meeting, message, link.login, self.timer.clock)
        if change.applied is Applied.TOO_LATE:
            return  # not confirmed: her seat keeps it and says it was not delivered
        if change.applied is Applied.NEW:
            self._on_event(HostEvent.CHANGED, change)
            self._push()  # the state holding it, before the confirmation
        link.send(encode("ack", id=message["id"]))

    def _closed(self, link: _Link, error: ProtocolError) -> None:
        link.close(error)
        self._on_event(HostEvent.CLOSED, error)

    def _refuse(self, writer: asyncio.StreamWriter, login: str, problem: Problem) -> None:
        with suppress(OSError):
            writer.write(encode("refused", problem=problem.value))
            writer.close()
        refusal = Refusal(self.timer.clock.now(), login, problem)
        self.refused = [*self.refused[-(KEPT_REFUSALS - 1) :], refusal]
        self._unreported = refusal
        if self._report_handle is None:
            self._report_refusal()

    def _report_refusal(self) -> None:
        """The latest refusal to the manager's screen; those in the next second wait and go as one."""
        refusal, self._unreported = self._unreported, None
        if refusal is None:
            self._report_handle = None
            return
        self._on_event(HostEvent.REFUSED, refusal)
        self._report_handle = asyncio.get_running_loop().call_later(REFUSAL_REPORT_SECONDS, self._report_refusal)

    def _invited_uid(self) -> int | None:
        if self._allowed_uid is not None:
            return self._allowed_uid
        if self.meeting.seat is None:
            return None
        try:
            return uid_of(self.meeting.seat.login)
        except SeatError:
            return None
