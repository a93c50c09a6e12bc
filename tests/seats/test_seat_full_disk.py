"""Her store's disk full: her seat says so while it lasts, and what she typed is not lost when her
seat must go (Ctrl+Q twice, a signal, a hang-up): it is rescued elsewhere as the manager's side
does (store/rescue.py), and the next join, or opening her store, takes it back into her outbox."""

from __future__ import annotations

import json
import os
import signal
import stat

import pytest

import tui.seats.guest as guest_module
from tui.seats.outbox import Outbox
from tui.store import rescue
from tui.ui.dialogs.confirm import ConfirmScreen
from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.seat.seat import SeatScreen

from ..ui.keys import type_text
from ..ui.waiting import wait_until
from .conftest import SIZE
from .test_seat_typing import PROMISE, offline, on_disk


@pytest.fixture(autouse=True)
def _quick_retries(monkeypatch):
    # The test waits for the retry that works, not the app's 0.5 s doubling.
    monkeypatch.setattr(guest_module, "SAVE_RETRY", 0.05)


def label(app) -> str:
    return str(app.screen.query_one("#editor-label").render())


def errors(app) -> list[str]:
    return [n.message for n in app._notifications if n.severity == "error"]


async def test_while_her_store_does_not_take_her_typing_her_seat_says_so(guest_app, code, employee_store, her_disk):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await type_text(gp, "Eerst")
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "Eerst", PROMISE)
        assert "NIET OPGESLAGEN" not in label(guest)
        her_disk.full = True
        await type_text(gp, " en dan")
        await wait_until(gp, lambda: "NIET OPGESLAGEN" in label(guest))
        shown = guest.screen.query_one("#editor-label").content_region.width  # at 80 columns, not cut off
        assert label(guest).index("NIET OPGESLAGEN") + len("NIET OPGESLAGEN") <= shown
        await type_text(gp, " nog meer")  # fails again, and is retried: said once
        refused = her_disk.refused
        await wait_until(gp, lambda: her_disk.refused >= refused + 3)
        assert len([m for m in errors(guest) if "schijf is vol" in m]) == 1
        assert on_disk(employee_store, code.meeting).draft == "Eerst"
        her_disk.full = False  # she types nothing more: the retry gets it there
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "Eerst en dan nog meer")
        await wait_until(gp, lambda: "NIET OPGESLAGEN" not in label(guest))
        # The notice may follow the label by a message: waited for, not read at once.
        await wait_until(gp, lambda: any("weer opgeslagen" in n.message for n in guest._notifications))


async def _quit_twice(gp, guest) -> None:
    """Ctrl+Q, yes (something has not reached him); the store does not take it: Ctrl+Q, yes again."""
    await gp.press("ctrl+q")
    await wait_until(gp, lambda: isinstance(guest.screen, ConfirmScreen))
    await gp.press("j")
    await wait_until(gp, lambda: any("Ctrl+Q" in m for m in errors(guest)))
    assert guest.is_running
    await gp.press("ctrl+q")
    await wait_until(gp, lambda: isinstance(guest.screen, ConfirmScreen))
    await gp.press("j")
    await wait_until(gp, lambda: not guest.is_running)


async def test_ctrl_q_twice_on_a_full_disk_rescues_her_outbox_and_the_next_join_takes_it_back(
    guest_app, code, employee_store, her_disk
):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await type_text(gp, "Een punt dat al bewaard is")
        await gp.press("ctrl+s")
        await wait_until(gp, lambda: len(on_disk(employee_store, code.meeting).items) == 1, PROMISE)
        her_disk.full = True
        await type_text(gp, "Een punt op een volle schijf")
        await gp.press("ctrl+s")
        await type_text(gp, "Half af")
        await gp.press("ctrl+t")  # a topic she is proposing, still open
        await wait_until(gp, lambda: isinstance(guest.screen, PromptScreen))
        await type_text(gp, "Thuiswerk")
        await wait_until(gp, lambda: (guest.screen_stack[-2].guest.outbox.form or {}).get("values"))
        await _quit_twice(gp, guest)
    [path] = her_disk.rescued()
    [message] = guest.rescue_messages  # the command line prints it once the terminal is back
    assert str(path) in message and "gesprek join" in message
    assert stat.S_IMODE(path.stat().st_mode) == 0o600 and stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    document = json.loads(path.read_bytes())
    assert document["kind"] == rescue.OUTBOX and document["meeting"] == code.meeting
    kept = on_disk(employee_store, code.meeting)
    assert [i["text"] for i in kept.items] == ["Een punt dat al bewaard is"] and kept.draft == ""
    assert any(str(path) in problem for problem in employee_store.problems())  # `gesprek check` names it

    her_disk.full = False
    again = guest_app(code)
    async with again.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: isinstance(again.screen, PromptScreen) and again.screen.dirty)
        assert again.screen.query_one("#prompt-input").value == "Thuiswerk"
        seat = again.screen_stack[-2]
        assert isinstance(seat, SeatScreen)
        assert seat.query_one("#editor").text == "Half af"
        assert [i["text"] for i in seat.guest.pending] == ["Een punt dat al bewaard is", "Een punt op een volle schijf"]
        assert any(str(path) in n.message and "terug" in n.message for n in again._notifications)
        await type_text(gp, "en")  # a save that works: the rescued file has done its job
        await wait_until(gp, lambda: not path.exists())
        kept = on_disk(employee_store, code.meeting)
        assert kept.draft == "Half af" and kept.form["values"]["prompt-input"] == "Thuiswerken"
        assert len(kept.items) == 2
    assert not any(str(path) in problem for problem in employee_store.problems())


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
async def test_a_signal_on_a_full_disk_rescues_her_outbox_before_the_app_goes(
    guest_app, code, employee_store, her_disk, monkeypatch, signum
):
    import tui.ui.app as app_module

    # A hang-up ends the process at once (os._exit): what is on disk by then is all there is.
    ended_with: list[list] = []
    monkeypatch.setattr(app_module.os, "_exit", lambda status: ended_with.append(her_disk.rescued()))
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        her_disk.full = True
        await type_text(gp, "Gezegd voor het ophangen")
        guest.save_and_exit(signum)
        await wait_until(gp, lambda: not guest.is_running)
    [path] = her_disk.rescued()
    if signum == signal.SIGHUP:
        assert ended_with[0] == [path]
    assert str(path) in guest.rescue_messages[0]
    her_disk.full = False
    again = guest_app(code)
    async with again.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(again))
        assert again.screen.query_one("#editor").text == "Gezegd voor het ophangen"


async def test_with_nothing_of_hers_nothing_is_rescued(guest_app, code, her_disk):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        her_disk.full = True
        await gp.press("ctrl+q")  # nothing unsent: no question; the store does not take the outbox
        await wait_until(gp, lambda: any("Ctrl+Q" in m for m in errors(guest)))
        await gp.press("ctrl+q")
        await wait_until(gp, lambda: not guest.is_running)
    assert her_disk.rescued() == [] and guest.rescue_messages == []


async def test_opening_her_store_takes_a_rescued_outbox_back(guest_app, code, employee_store, her_disk, clock):
    from tui.ui.app import GesprekApp

    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        her_disk.full = True
        await type_text(gp, "Voor later")
        await _quit_twice(gp, guest)
    [path] = her_disk.rescued()
    her_disk.full = False
    app = GesprekApp(employee_store, clock=clock)  # `gesprek`: her store's start screen
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: any(str(path) in n.message for n in app._notifications))
    assert not path.exists()
    assert Outbox(employee_store.codec, code.meeting).draft == "Voor later"


def test_the_check_command_names_a_rescued_outbox(tmp_path, monkeypatch, capsys, her_disk, code):
    from tui.cli import main
    from tui.store import open_store

    store = open_store(tmp_path / "employee")
    path = store.rescue({"items": [], "draft": "x"}, kind=rescue.OUTBOX, meeting_id=code.meeting)
    monkeypatch.setenv("GESPREK_STORE", str(store.path))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert main(["check"]) == 1
    out = capsys.readouterr().out
    assert str(path) in out and code.meeting in out and "eigen plek" in out
    assert os.path.exists(path)
