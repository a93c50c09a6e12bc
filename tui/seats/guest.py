"""Her end: `gesprek join CODE`. Finds the manager's meeting, shows it, sends what she adds.

It keeps trying to connect (every RETRY seconds) while the manager's app is not hosting the
meeting, so her seat comes back by itself when he resumes it. What she adds is kept in her own
store first (outbox.py) and sent when connected; the host confirms each item, and what is not
yet confirmed is sent again after a reconnect (the host applies each id once). When the meeting
ends she receives the finished record and keeps a copy in her own store.

Before it says anything it checks that the folder and the socket are the manager's, and that
the process at the other end runs as the login in the code (the kernel's peer credentials).
"""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from contextlib import suppress
from enum import StrEnum
from pathlib import Path
from typing import Any

from ..domain.model import Meeting
from ..domain.validate import meeting_from_record
from ..i18n import t
from ..store import Store, StoreError, rescue
from .invite import Code
from .outbox import Outbox, TakenBack, new_item_id
from .protocol import FROM_GUEST, FROM_HOST, GUEST_LIMIT, HOST_LIMIT, Message, Problem, ProtocolError, decode, encode
from .rendezvous import SeatError, find_socket, peer_uid, seats_base, uid_of

RETRY = 1.0
WELCOME_TIMEOUT = 10.0
# While her store does not take her outbox (a full disk), it is tried again after this long,
# doubling up to SAVE_RETRY_MAX: her seat then says when it is saved again, even if she types no more.
SAVE_RETRY = 0.5
SAVE_RETRY_MAX = 30.0


class GuestEvent(StrEnum):
    OFFLINE = "offline"  # the manager's app does not host the meeting now
    CONNECTED = "connected"  # detail: the manager's login
    STATE = "state"  # the meeting changed: see Guest.meeting
    CONFIRMED = "confirmed"  # the host has some of her items (see Guest.pending)
    DISCONNECTED = "disconnected"  # detail: a Problem, or None when the line dropped
    REFUSED = "refused"  # detail: a Problem; this seat stops trying
    FINISHED = "finished"  # detail: the finished record, now in her store
    TROUBLE = "trouble"  # detail: a message (a folder not safe, her copy not kept, ...)
    SAVING = "saving"  # detail: why her store does not take her outbox now; None once it does again


# The host's answers after which trying again is of no use: a newer code, another seat of hers.
_FINAL = {Problem.CODE, Problem.NOT_INVITED, Problem.REPLACED}


class _Refused(Exception):
    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.value)
        self.problem = problem


class Guest:
    """Her seat's link to the meeting. `on_event(kind, detail)` runs on the loop."""

    def __init__(
        self,
        code: Code,
        store: Store,
        on_event: Callable[[GuestEvent, Any], None],
        *,
        base: Path | None = None,
        retry: float | None = None,
    ) -> None:
        self.code = code
        self._store = store
        self._on_event = on_event
        self._base = base or seats_base()
        self._retry = RETRY if retry is None else retry  # read now, not at import: tests retry sooner
        # Her one seat in this meeting: a second would write the same outbox over this one's.
        self._hold = store.hold_seat(code.meeting)
        if self._hold is None:
            raise SeatError(t("seat.open_elsewhere"))
        self.outbox = Outbox(store.codec, code.meeting)
        # What her seat could not keep in her store when it last closed (a full disk), back in.
        self.taken_back: TakenBack = self.outbox.take_back_rescued()
        self.meeting: Meeting | None = meeting_from_record(self.outbox.state) if self.outbox.state else None
        self.host_login = code.host
        self.connected = False
        self.stopped = False  # refused, finished or closed: no more tries
        self.finished = False
        self._closed = False
        self._writer: asyncio.StreamWriter | None = None
        self._saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gesprek-seat-save")
        self._last_event: GuestEvent | None = None
        self.save_problem: str | None = None  # why the last save of her outbox failed; None: it worked
        self._save_failures = 0
        self._save_retry: asyncio.TimerHandle | None = None

    @property
    def pending(self) -> list[Message]:
        """What she made that the host has not confirmed yet, oldest first."""
        return list(self.outbox.items)

    # -- what she does -----------------------------------------------------------------------

    def keep(self, kind: str, **fields: Any) -> Message:
        """A note, point, topic, proposal or sign-off from her seat: kept, then sent.

        ProtocolError if the host would refuse it (too long, empty): nothing is kept then.
        """
        message = decode(encode(kind, id=new_item_id(), **fields), FROM_GUEST, GUEST_LIMIT)
        self.outbox.add(message)
        self._save()
        if self._writer is not None:
            self._send(message)
        return message

    def set_draft(self, text: str) -> None:
        """What her editor holds now; saved with the next save() (the screen calls it soon after)."""
        self.outbox.draft = text

    def set_form(self, form: dict[str, Any] | None) -> None:
        """A proposal form she is filling in ({"form": "topic"|"agreement", "values": {...}}), or
        None once it is closed; saved with the next save()."""
        self.outbox.form = form

    def save(self) -> None:
        """Her outbox as it is now to her store, on the saver's thread (a kill -9 keeps it)."""
        self._save()

    def flush(self, timeout: float) -> bool:
        """Her outbox as it is now to her store, waited for; whether it got there in time."""
        if self._closed or self.finished:
            return True  # close() wrote the last of it; or her copy is kept and the outbox gone
        future = self._saver.submit(self.outbox.save, self._snapshot())
        try:
            future.result(timeout)
        except Exception:  # noqa: BLE001 - whatever stopped it (a full disk, a slow one), it did not get there
            return False
        return True

    def close(self) -> None:
        """She leaves: what she made, and the meeting as last seen, reach her store first."""
        if self._closed:
            return
        self._closed = True
        self.stopped = True
        self.connected = False
        if self._save_retry is not None:
            self._save_retry.cancel()
        if self._writer is not None:
            self._writer.close()
        if not self.finished:  # once finished, her copy is in her store and the outbox is gone
            self._saver.submit(self.outbox.save, self._snapshot())
        self._saver.shutdown(wait=True)
        self._hold.release()

    def rescue(self) -> Path | None:
        """Her outbox as it is now, kept outside her store (store/rescue.py): the store did not take
        it and her seat must go. Where it went; None if no place took it."""
        path = self._store.rescue(json.loads(self._snapshot()), kind=rescue.OUTBOX, meeting_id=self.code.meeting)
        if path is not None:
            self.outbox.kept_elsewhere(but=path)  # what was taken back is in this file too
        return path

    # -- the connection ------------------------------------------------------------------------

    async def run(self) -> None:
        """Connect, and again whenever the line drops, until refused, finished or closed."""
        while not self.stopped:
            try:
                await self._connect()
            except (FileNotFoundError, ConnectionRefusedError):
                self._tell(GuestEvent.OFFLINE, None)
            except SeatError as error:
                self._tell(GuestEvent.TROUBLE, str(error))
            except _Refused as refusal:
                self.stopped = refusal.problem in _FINAL
                self._tell(GuestEvent.REFUSED, refusal.problem)
            except OSError:
                self._tell(GuestEvent.OFFLINE, None)
            if not self.stopped:
                await asyncio.sleep(self._retry)

    def _host_uid(self) -> int:
        host = self.code.host
        return int(host) if host.isdigit() else uid_of(host)

    async def _connect(self) -> None:
        uid = self._host_uid()
        path = find_socket(self._base, uid, self.code.meeting)
        sock = await self._say_hello(path, uid)
        reader, writer = await asyncio.open_unix_connection(sock=sock, limit=HOST_LIMIT)
        try:
            try:
                first = await asyncio.wait_for(self._read(reader), WELCOME_TIMEOUT)
            except TimeoutError:
                raise _Refused(Problem.TIMEOUT) from None
            if first.type in ("refused", "error"):
                raise _Refused(first["problem"])
            if first.type != "welcome":
                raise _Refused(Problem.ORDER)
            self._welcome(first, writer)
            while not self.stopped:
                self._receive(await self._read(reader))
        except ProtocolError as error:
            if self.connected:
                self._dropped(error.problem)
            else:
                raise _Refused(error.problem) from None
        except (ConnectionError, OSError, EOFError):
            pass  # the line dropped: said below
        finally:
            writer.close()
            self._writer = None
            if self.connected:
                self._dropped(None)

    async def _say_hello(self, path: Path, uid: int) -> socket.socket:
        """A connection to the host at `path` that said hello, if the host let it.

        On the bare socket, not a stream: a host that refuses this account closes before it
        reads anything, perhaps before the hello is written. The write then fails (EPIPE), but
        the refusal waits in the socket; a stream whose write failed would drop it unread.
        """
        loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        try:
            sock.setblocking(False)
            await loop.sock_connect(sock, str(path))
            if peer_uid(sock) != uid:
                raise _Refused(Problem.HOST)
            with suppress(BrokenPipeError, ConnectionResetError):  # its answer is read next
                await loop.sock_sendall(sock, encode("hello", meeting=self.code.meeting, token=self.code.token))
        except BaseException:
            sock.close()
            raise
        return sock

    async def _read(self, reader: asyncio.StreamReader) -> Message:
        try:
            line = await reader.readline()
        except ValueError:
            raise ProtocolError(Problem.TOO_LONG) from None
        if not line.endswith(b"\n"):
            raise EOFError
        return decode(line, FROM_HOST, HOST_LIMIT)

    def _welcome(self, message: Message, writer: asyncio.StreamWriter) -> None:
        state = self._ours(message["state"], "state")
        self._writer = writer
        self.connected = True
        self.host_login = message["host"]
        self._show(state)  # what the record holds of hers is confirmed with it
        for item in self.outbox.items:
            self._send(item)
        self._tell(GuestEvent.CONNECTED, self.host_login)

    def _receive(self, message: Message) -> None:
        if message.type == "state":
            self._show(self._ours(message["state"], "state"))
        elif message.type == "ack":
            self._confirm([message["id"]])
        elif message.type == "finished":
            self._finished(self._ours(message["record"], "record"))
        elif message.type == "error":
            if message["problem"] in _FINAL:
                self.stopped = True
                self.connected = False
                self._tell(GuestEvent.REFUSED, message["problem"])
            else:
                raise ProtocolError(message["problem"])
        else:  # a second welcome, a refusal after the welcome
            raise ProtocolError(Problem.ORDER)

    def _ours(self, meeting: Meeting, name: str) -> Meeting:
        """`meeting` if it is the one in her code: another would land in her store in its place."""
        if meeting.id != self.code.meeting:
            raise ProtocolError(Problem.FIELD, f"{name}.id")
        return meeting

    def _dropped(self, problem: Problem | None) -> None:
        self.connected = False
        self._writer = None
        self._save()  # with the agenda as last seen, for while the manager's app is closed
        self._tell(GuestEvent.DISCONNECTED, problem)

    def _show(self, meeting: Meeting) -> None:
        self.meeting = meeting
        if meeting.seat is not None:
            self._confirm(meeting.seat.received)
        self._tell(GuestEvent.STATE, meeting)

    def _confirm(self, ids: list[str]) -> None:
        if self.outbox.confirmed(set(ids)):
            self._save()
            self._tell(GuestEvent.CONFIRMED, None)

    def _send(self, message: Message) -> None:
        if self._writer is not None and not self._writer.is_closing():
            self._writer.write(encode(message.type, **message.fields))

    def _finished(self, record: Meeting) -> None:
        self.finished = self.stopped = True
        self.connected = False
        self.meeting = record
        self._in_background(keep_copy, self._store, record, self.outbox, then=GuestEvent.FINISHED)

    # -- her store: written on a thread of its own, in order ---------------------------------------

    def _save(self) -> None:
        self._in_background(self.outbox.save, self._snapshot(), saving=True)

    def _saved(self, error: BaseException | None) -> None:
        """On the loop, after a save of her outbox: said once when it fails, and once when it works again."""
        if error is None:
            self._save_failures = 0
            if self.save_problem is not None:
                self.save_problem = None
                self._tell(GuestEvent.SAVING, None)
            return
        self._save_failures += 1
        if self.save_problem is None:
            self._tell(GuestEvent.SAVING, str(error))
        self.save_problem = str(error)
        if self._save_retry is None and not self._closed:
            delay = min(SAVE_RETRY * 2 ** (self._save_failures - 1), SAVE_RETRY_MAX)
            self._save_retry = asyncio.get_running_loop().call_later(delay, self._save_again)

    def _save_again(self) -> None:
        self._save_retry = None
        self._save()

    def _snapshot(self) -> bytes:
        self.outbox.state = self.meeting.to_dict() if self.meeting else None
        return self.outbox.snapshot()

    def _in_background(
        self, work: Callable[..., None], *args: Any, then: GuestEvent | None = None, saving: bool = False
    ) -> None:
        # Not only while connected: refused or offline she still types, and a kill -9 must keep it.
        if (self._closed or self.finished) and then is None:
            return  # closed: close() kept the last of it; finished: her copy is kept, the outbox gone
        loop = asyncio.get_running_loop()

        def done(future) -> None:
            if saving:
                self._saved(future.exception())
            elif future.exception() is not None:
                self._tell(GuestEvent.TROUBLE, str(future.exception()))
            if then is not None:
                self._tell(then, self.meeting)

        def back_on_the_loop(future) -> None:
            with suppress(RuntimeError):  # the app (and its loop) ended first: nobody to tell
                loop.call_soon_threadsafe(done, future)

        self._saver.submit(work, *args).add_done_callback(back_on_the_loop)

    def _tell(self, kind: GuestEvent, detail: Any) -> None:
        # Trying again every second while the manager's app is closed says "offline" once.
        if kind is GuestEvent.OFFLINE and self._last_event is GuestEvent.OFFLINE:
            return
        if kind is not GuestEvent.SAVING:  # news about her store, not about the line
            self._last_event = kind
        self._on_event(kind, detail)


def keep_copy(store: Store, meeting: Meeting, outbox: Outbox) -> None:
    """The finished record into her own store (replacing an earlier copy), and her outbox gone.

    Only the meeting of her code (the outbox's): a record with another id would replace another
    conversation in her store. ProtocolError then, and nothing is written.
    """
    if meeting.id != outbox.meeting_id:
        raise ProtocolError(Problem.FIELD, "record.id")
    try:
        meeting.revision = store.load(meeting.id).revision
    except StoreError:  # none yet; or a damaged one, which the save keeps apart, and says so
        meeting.revision = 0
    store.save(meeting)
    outbox.remove()
