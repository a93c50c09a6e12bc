"""What she types on her own seat reaches her store as she types, like the manager's notes: her
editor and an open proposal survive a kill -9; Ctrl+Q asks while something has not reached him."""

from __future__ import annotations

import shutil

from tui.seats.outbox import Outbox
from tui.ui.dialogs.confirm import ConfirmScreen
from tui.ui.dialogs.prompt import PromptScreen
from tui.ui.screens.meeting.agreement_form import AgreementForm
from tui.ui.screens.seat.seat import SeatScreen

from ..ui.keys import type_text
from ..ui.waiting import wait_until
from .conftest import SIZE

# Saved within this long of the last key, with the app still running: what a kill -9 leaves.
PROMISE = 2.0


def on_disk(store, meeting_id: str) -> Outbox:
    """Her outbox as another process would read it now."""
    return Outbox(store.codec, meeting_id)


def offline(app) -> bool:
    return isinstance(app.screen, SeatScreen) and "niet open" in str(app.screen.query_one("#seat-status").render())


async def test_her_typing_is_on_disk_within_two_seconds_and_comes_back(guest_app, code, employee_store, tmp_path):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await type_text(gp, "Mijn halve gedachte")
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "Mijn halve gedachte", PROMISE)
        killed = tmp_path / "as-after-kill-9.json"
        shutil.copy2(on_disk(employee_store, code.meeting).path, killed)
    outbox = on_disk(employee_store, code.meeting)
    shutil.copy2(killed, outbox.path)  # the file as it was while the app ran, not what quitting wrote
    again = guest_app(code)
    async with again.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(again))
        assert again.screen.query_one("#editor").text == "Mijn halve gedachte"
        await gp.press("ctrl+s")  # kept as her point: the editor and its copy on disk are empty again
        await wait_until(gp, lambda: [i["text"] for i in on_disk(employee_store, code.meeting).items] == ["Mijn halve gedachte"])
        assert on_disk(employee_store, code.meeting).draft == ""


async def test_a_proposal_she_is_filling_in_is_kept_and_opens_again(guest_app, code, employee_store, tmp_path):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await gp.press("ctrl+t")  # before the start: she proposes a topic
        await wait_until(gp, lambda: isinstance(guest.screen, PromptScreen))
        await type_text(gp, "Thuiswerk")
        await wait_until(gp, lambda: (on_disk(employee_store, code.meeting).form or {}).get("form") == "topic", PROMISE)
        killed = tmp_path / "as-after-kill-9.json"
        shutil.copy2(on_disk(employee_store, code.meeting).path, killed)
        guest.exit()
    shutil.copy2(killed, on_disk(employee_store, code.meeting).path)
    again = guest_app(code)
    async with again.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: isinstance(again.screen, PromptScreen) and again.screen.dirty)
        assert again.screen.query_one("#prompt-input").value == "Thuiswerk"
        await type_text(gp, "en")
        await gp.press("enter")
        await wait_until(gp, lambda: [i.type for i in again.screen.guest.pending] == ["topic"])
        assert again.screen.guest.pending[0]["title"] == "Thuiswerken"
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).form is None)


async def test_her_agreement_proposal_form_is_kept_too(guest_app, host_app, meeting, code, employee_store, tmp_path):
    from .test_two_seats import connected, joined

    host, guest = host_app(meeting), guest_app(code)
    async with host.run_test(size=SIZE), guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: connected(guest) and joined(host))
        await gp.press("ctrl+o")
        await wait_until(gp, lambda: isinstance(guest.screen, AgreementForm))
        await type_text(gp, "Cursus data")
        kept = lambda: (on_disk(employee_store, code.meeting).form or {}).get("values", {}).get("what")  # noqa: E731
        await wait_until(gp, lambda: kept() == "Cursus data", PROMISE)
        assert meeting.form_draft is None  # hers, not the manager's record
        await gp.press("escape", "j")  # thrown away on purpose: nothing kept
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).form is None)


async def test_ctrl_q_asks_while_something_has_not_reached_the_manager(guest_app, code, employee_store):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await type_text(gp, "Nog niet toegevoegd")
        await gp.press("ctrl+q")
        await wait_until(gp, lambda: isinstance(guest.screen, ConfirmScreen))
        assert "nog niet hebt toegevoegd" in str(guest.screen.query_one(".question").render())
        await gp.press("n")  # stays, with her text
        assert isinstance(guest.screen, SeatScreen) and guest.is_running
        assert guest.screen.query_one("#editor").text == "Nog niet toegevoegd"
        await gp.press("ctrl+s")  # kept, but the manager's app is not running: not received
        await gp.press("ctrl+q")
        await wait_until(gp, lambda: isinstance(guest.screen, ConfirmScreen))
        assert "1 nog niet ontvangen" in str(guest.screen.query_one(".question").render())
        await gp.press("j")
        await wait_until(gp, lambda: not guest.is_running)
    outbox = on_disk(employee_store, code.meeting)
    assert [i["text"] for i in outbox.items] == ["Nog niet toegevoegd"] and outbox.draft == ""


async def test_ctrl_q_with_nothing_unsent_just_quits(guest_app, code):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await gp.press("ctrl+q")
        await wait_until(gp, lambda: not guest.is_running)


async def test_refused_she_still_types_and_it_is_still_kept(guest_app, host_app, meeting, code, employee_store):
    """A new code ends her seat's tries (final refusal); what she types then is hers all the same."""
    from .test_two_seats import connected, joined

    host, guest = host_app(meeting), guest_app(code)
    async with host.run_test(size=SIZE) as hp, guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: connected(guest) and joined(host))
        await hp.press("ctrl+j", "n", "j")
        await wait_until(gp, lambda: "Geweigerd" in str(guest.screen.query_one("#seat-status").render()))
        await type_text(gp, "Toch opgeschreven")
        await gp.press("ctrl+s")
        await type_text(gp, "en nog meer")
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "en nog meer", PROMISE)
        assert [i["text"] for i in on_disk(employee_store, code.meeting).items] == ["Toch opgeschreven"]


async def test_a_kept_file_that_does_not_load_is_set_aside_and_she_is_told_where(guest_app, code, employee_store):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(guest))
        await type_text(gp, "Eerste gedachte")
        await wait_until(gp, lambda: on_disk(employee_store, code.meeting).draft == "Eerste gedachte", PROMISE)
    path = on_disk(employee_store, code.meeting).path
    damaged = path.read_bytes()[:-5]
    path.write_bytes(damaged)
    again = guest_app(code)
    async with again.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: offline(again))
        aside = again.screen.guest.outbox.set_aside
        assert aside is not None and aside.read_bytes() == damaged
        await wait_until(gp, lambda: any(str(aside) in str(n.message) for n in again._notifications))
