"""Where the seats meet: a folder of the host's that others cannot list, a socket whose name
gives nothing away, and the uid at the other end of every connection, from the kernel."""

from __future__ import annotations

import asyncio
import os
import pwd
import socket
import stat
from pathlib import Path

import pytest

from tui.domain.clock import FakeClock
from tui.domain.timer import MeetingTimer
from tui.seats.guest import Guest, GuestEvent
from tui.seats.host import Host, HostEvent
from tui.seats.invite import code_of
from tui.seats.protocol import Problem
from tui.seats.rendezvous import SeatError, find_socket, host_folder, make_host_folder, peer_uid, socket_path

AS_ROOT = pytest.mark.skipif(os.geteuid() != 0, reason="needs root: makes a folder owned by another account")


def _nobody() -> int:
    try:
        return pwd.getpwnam("nobody").pw_uid
    except KeyError:
        pytest.skip("no account 'nobody' to own the folder")


def test_the_hosts_folder_can_be_passed_through_not_listed(seats_dir):
    folder = make_host_folder(Path(seats_dir))
    assert folder == host_folder(Path(seats_dir), os.geteuid())
    info = os.lstat(folder)
    assert stat.S_IMODE(info.st_mode) == 0o711 and info.st_uid == os.geteuid()
    os.chmod(folder, 0o700)  # one an older version made, or a strict umask: made passable again
    assert stat.S_IMODE(os.lstat(make_host_folder(Path(seats_dir))).st_mode) == 0o711


def test_a_folder_others_may_write_in_is_refused_on_both_sides(seats_dir):
    folder = make_host_folder(Path(seats_dir))
    os.chmod(folder, 0o733)
    with pytest.raises(SeatError):
        make_host_folder(Path(seats_dir))
    with pytest.raises(SeatError):
        find_socket(Path(seats_dir), os.geteuid(), "a1b2c3d4e5f6")


def test_a_link_in_place_of_the_folder_is_refused(seats_dir, tmp_path):
    os.symlink(tmp_path, host_folder(Path(seats_dir), os.geteuid()))
    with pytest.raises(SeatError):
        make_host_folder(Path(seats_dir))


@AS_ROOT
def test_a_folder_someone_else_made_is_refused_on_both_sides(seats_dir):
    # /tmp is everyone's: another user could make the folder first, to listen in.
    folder = host_folder(Path(seats_dir), os.geteuid())
    os.mkdir(folder, 0o711)
    os.chown(folder, _nobody(), -1)
    with pytest.raises(SeatError) as error:
        make_host_folder(Path(seats_dir))
    assert "nobody" in str(error.value)
    with pytest.raises(SeatError):
        find_socket(Path(seats_dir), os.geteuid(), "a1b2c3d4e5f6")


def test_a_base_anyone_may_rename_in_is_refused(tmp_path):
    base = tmp_path / "open"
    base.mkdir()
    os.chmod(base, 0o777)  # no sticky bit
    with pytest.raises(SeatError):
        make_host_folder(base)


async def test_the_socket_is_named_by_a_hash_and_cleaned_up(seats_dir, meeting, code):
    events = []
    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda kind, detail: events.append(kind))
    await host.start()
    folder = host_folder(Path(seats_dir), os.geteuid())
    [name] = os.listdir(folder)
    assert code.token not in name and meeting.id not in name and code.host not in name
    path = folder / name
    assert path == socket_path(folder, meeting.id) and stat.S_ISSOCK(os.lstat(path).st_mode)
    assert stat.S_IMODE(os.lstat(path).st_mode) == 0o666  # the uid decides, not the mode
    assert events == [HostEvent.HOSTING]
    host.close()
    assert os.listdir(folder) == []


async def test_a_socket_left_by_a_killed_app_is_replaced_but_a_live_one_is_not(seats_dir, meeting):
    folder = make_host_folder(Path(seats_dir))
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(socket_path(folder, meeting.id)))
    stale.close()  # as after kill -9: the file stays, nobody listens
    first = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda kind, detail: None)
    await first.start()
    assert first.hosting
    second = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda kind, detail: None)
    await second.start()
    assert not second.hosting and "al open" in second.problem
    first.close()


def test_peer_uid_comes_from_the_kernel():
    left, right = socket.socketpair(socket.AF_UNIX)
    with left, right:
        assert peer_uid(left) == os.geteuid() == peer_uid(right)


async def test_the_host_checks_the_uid_of_every_connection(seats_dir, meeting, code, employee_store):
    """The allowed uid injected: this test's own account is then not the invited one."""
    events = []
    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda k, d: events.append((k, d)),
                allowed_uid=os.geteuid() + 4242)
    await host.start()
    told = []
    guest = Guest(code, employee_store, lambda k, d: told.append((k, d)), retry=0.05)
    await asyncio.wait_for(guest.run(), 5)  # refused for good: it stops trying
    assert told[-1] == (GuestEvent.REFUSED, Problem.NOT_INVITED)
    [(kind, refusal)] = [e for e in events if e[0] is HostEvent.REFUSED]
    assert refusal.problem is Problem.NOT_INVITED and host.guest is None
    host.close()
    guest.close()


async def test_her_seat_checks_who_hosts(seats_dir, meeting, code, employee_store, monkeypatch):
    """A socket answered by another account than the one in the code is not talked to."""
    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda k, d: None)
    await host.start()
    import tui.seats.guest as guest_module

    monkeypatch.setattr(guest_module, "peer_uid", lambda sock: os.geteuid() + 1)
    told = []
    guest = Guest(code, employee_store, lambda k, d: told.append((k, d)), retry=0.05)
    task = asyncio.ensure_future(guest.run())
    while not told:
        await asyncio.sleep(0.01)
    assert told[0] == (GuestEvent.REFUSED, Problem.HOST) and host.guest is None
    task.cancel()
    guest.close()
    host.close()


async def test_the_code_names_the_host_and_meeting(meeting):
    code = code_of(meeting)
    assert code.host == pwd.getpwuid(os.geteuid()).pw_name and code.meeting == meeting.id
    assert code.token == meeting.seat.token and len(code.token) == 16
