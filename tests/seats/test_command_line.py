"""`gesprek join [CODE]` and `gesprek new --share LOGIN` from the shell, and on a terminal."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tui.cli import main
from tui.seats.invite import code_of

from ..ui.terminal import Terminal


@pytest.fixture
def store_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("GESPREK_STORE", str(tmp_path / "store"))


def test_a_code_that_is_no_code_is_a_clear_error(store_dir, capsys):
    assert main(["join", "pieter:123"]) == 1
    assert "geen code van gesprek" in capsys.readouterr().err


def test_sharing_with_an_unknown_login_is_a_clear_error(store_dir, capsys):
    assert main(["new", "--employee", "A", "--manager", "B", "--share", "geen-account-xyz"]) == 1
    assert "Geen account 'geen-account-xyz'" in capsys.readouterr().err


def test_new_with_share_invites_her_before_the_meeting_opens(store_dir, monkeypatch, me):
    import tui.cli

    opened = {}
    monkeypatch.setattr(tui.cli, "build_app", lambda store, meeting=None, *_, **__: opened.update(meeting=meeting))
    monkeypatch.setattr(tui.cli, "_run_app", lambda app: 0)
    monkeypatch.setattr(tui.cli, "_hide_names", lambda command: None)
    assert main(["new", "--employee", "A", "--manager", "B", "--share", me]) == 0
    meeting = opened["meeting"]
    assert meeting.seat.login == me and code_of(meeting).meeting == meeting.id


def _terminal(
    args: list[str], home: Path, seats_dir: str, *, controlling: bool = True, store: Path | None = None
) -> Terminal:
    env = {**os.environ, "HOME": str(home), "TERM": "xterm-256color", "GESPREK_STORE": str(store or home / "store"),
           "GESPREK_SEATS_DIR": seats_dir, "GESPREK_LANG": "nl"}
    return Terminal([sys.executable, "-m", "tui", *args], env, controlling=controlling)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/PID/cmdline")
def test_the_code_leaves_the_process_title_and_her_seat_opens(tmp_path, seats_dir, code):
    term = _terminal(["join", str(code)], tmp_path, seats_dir)
    try:
        term.wait_for(b"niet open")  # the manager's app is not running: she can prepare
        cmdline = Path(f"/proc/{term.process.pid}/cmdline").read_bytes()
    finally:
        term.close()
    assert code.token.encode() not in cmdline and b"join" in cmdline


def test_join_without_a_code_asks_for_it(tmp_path, seats_dir, code):
    term = _terminal(["join"], tmp_path, seats_dir)
    try:
        term.wait_for(b"De code van je leidinggevende")
        term.type(f"gesprek join {code}\r".encode())
        term.wait_for(b"niet open")
    finally:
        term.close()


async def test_her_seat_ends_when_its_terminal_goes_without_a_hangup_signal(tmp_path, seats_dir, meeting, code):
    """Her terminal closed, no SIGHUP: her seat saves what she typed and goes, and the manager's
    seat sees her leave (it stayed connected while her process spun on the dead terminal)."""
    import asyncio

    from tui.domain.clock import FakeClock
    from tui.domain.timer import MeetingTimer
    from tui.seats.host import Host
    from tui.seats.outbox import Outbox
    from tui.store import open_store

    host = Host(meeting, MeetingTimer(meeting, FakeClock()), lambda kind, detail: None, base=Path(seats_dir))
    await host.start()
    term = _terminal(["join", str(code)], tmp_path, seats_dir, controlling=False)
    try:
        await asyncio.to_thread(term.wait_for, b"Verbonden met")
        assert host.guest is not None
        term.type(b"half af")
        await asyncio.to_thread(term.wait_for, b"half af")  # on screen: her app has all of it
        term.hang_up()
        assert await asyncio.to_thread(term.process.wait, 10) == 0
        async with asyncio.timeout(10):
            while host.guest is not None:
                await asyncio.sleep(0.02)
    finally:
        term.close()
        host.close()
    assert Outbox(open_store(tmp_path / "store").codec, meeting.id).draft == "half af"


def test_her_seat_on_a_full_disk_rescues_her_typing_when_the_line_drops(
    tmp_path, small_disk, seats_dir, code, monkeypatch, capsys
):
    """Her store on a disk that fills up: her seat says it is not saved; the line drops; what she
    typed goes to a rescue file in her home (another disk), `gesprek check` names it, and her
    next join takes it back."""
    import time

    from tui.store import open_store
    from tui.ui.app import GesprekApp

    from ..conftest import fill
    from ..ui.waiting import wait_until

    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))  # where this process looks for it too
    store_dir = small_disk / "store"
    term = _terminal(["join", str(code)], home, seats_dir, store=store_dir)
    try:
        term.wait_for(b"niet open")
        term.type(b"Eerst dit, ")
        outbox = store_dir / "seats" / f"{code.meeting}.json"
        deadline = time.monotonic() + 10
        while not outbox.exists():  # her typing is on disk
            assert time.monotonic() < deadline
            time.sleep(0.05)
        filler = fill(small_disk)
        term.type(b"dan dit op een volle schijf")
        term.wait_for(b"NIET OPGESLAGEN")  # a save failed, and her seat says so
        term.hang_up()
        assert term.process.wait(timeout=20) == 0
    finally:
        term.close()
    [rescued] = list((home / ".gesprek-rescued").glob("*-outbox.json"))
    assert oct(rescued.stat().st_mode & 0o777) == oct(0o600)
    monkeypatch.setenv("GESPREK_STORE", str(store_dir))
    assert main(["check"]) == 1
    assert str(rescued) in capsys.readouterr().out
    filler.unlink()

    async def join_again() -> None:
        app = GesprekApp(open_store(store_dir), join=code)
        async with app.run_test(size=(80, 24)) as pilot:
            editor = lambda: app.screen.query_one("#editor").text  # noqa: E731
            await wait_until(pilot, lambda: editor() == "Eerst dit, dan dit op een volle schijf")
            await pilot.press("end", "!")  # a save that works: the rescued file has done its job
            await wait_until(pilot, lambda: not rescued.exists())

    import asyncio

    asyncio.run(join_again())
