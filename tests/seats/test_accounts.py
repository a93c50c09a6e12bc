"""With real accounts: the invited account gets in, another one with the right code does not.

Runs as root only (it switches a child process to another account); `gast` is made with
useradd when missing, and the test is skipped when that cannot be done.
"""

from __future__ import annotations

import asyncio
import os
import pwd
import socket
import subprocess
from pathlib import Path

import pytest

from tui.domain.clock import FakeClock
from tui.domain.timer import MeetingTimer
from tui.seats.host import Host
from tui.seats.invite import code_of, invite
from tui.seats.protocol import FROM_HOST, HOST_LIMIT, decode, encode
from tui.seats.rendezvous import host_folder, socket_path

from ..ui.scenes import planned_meeting

pytestmark = pytest.mark.skipif(os.geteuid() != 0, reason="needs root to act as another account")


def account(name: str) -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(name)
    except KeyError:
        pass
    try:
        subprocess.run(["useradd", "-m", name], check=True, capture_output=True, timeout=30)
        return pwd.getpwnam(name)
    except (OSError, subprocess.SubprocessError, KeyError):
        pytest.skip(f"no account {name!r}, and it cannot be made here")


async def knock_as(user: pwd.struct_passwd, path: Path, hello: bytes) -> str:
    """What the host answers a process running as `user` (a forked child, switched to it)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: only plain sockets from here, then _exit
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(user.pw_gid)
            os.setuid(user.pw_uid)
            with socket.socket(socket.AF_UNIX) as sock:
                sock.settimeout(5)
                sock.connect(str(path))
                try:
                    sock.sendall(hello)
                except BrokenPipeError:
                    pass  # a stranger is refused before the host reads anything: the answer waits
                answer = sock.makefile("rb").readline()
            os.write(write_end, decode(answer, FROM_HOST, HOST_LIMIT).type.encode())
        except BaseException as error:  # noqa: BLE001 - reported to the parent, never raised here
            os.write(write_end, f"failed: {error!r}".encode())
        finally:
            os._exit(0)
    os.close(write_end)
    while os.waitpid(pid, os.WNOHANG) == (0, 0):  # the host answers on this loop meanwhile
        await asyncio.sleep(0.01)
    with os.fdopen(read_end, "rb") as pipe:
        return pipe.read().decode()


async def test_only_the_invited_account_gets_in(seats_dir):
    invited, other = account("gast"), account("nobody")
    meeting = planned_meeting()
    invite(meeting, invited.pw_name)
    events = []
    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda kind, detail: events.append((kind, detail)))
    await host.start()
    path = socket_path(host_folder(Path(seats_dir), os.geteuid()), meeting.id)
    hello = encode("hello", meeting=meeting.id, token=code_of(meeting).token)
    try:
        assert await knock_as(invited, path, hello) == "welcome"
        assert await knock_as(other, path, hello) == "refused"  # the right code, the wrong account
        refusals = [detail for kind, detail in events if kind.value == "refused"]
        assert [r.login for r in refusals] == ["nobody"]
        assert await knock_as(invited, path, encode("hello", meeting=meeting.id, token="a" * 16)) == "refused"
    finally:
        host.close()
