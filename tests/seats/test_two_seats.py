"""The manager's app and the employee's own seat (`gesprek join`) in one test, over a real socket."""

from __future__ import annotations

import os
import pwd
import stat

import pytest

from tui.domain.model import RaisedBy, Side, Signoff, Status
from tui.seats.invite import code_of
from tui.seats.outbox import Outbox
from tui.ui.screens.meeting.closing import ClosingScreen
from tui.ui.screens.meeting.seat_panel import SeatPanel
from tui.ui.screens.review.view import ViewScreen
from tui.ui.screens.seat.seat import SeatScreen

from ..ui.scenes import planned_meeting
from ..ui.waiting import wait_until
from .conftest import SIZE


def shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector).render())


def notes(app) -> str:
    return shown(app, "#notes-text")


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[c if c != " " else "space" for c in text])


async def keep(pilot, text: str) -> None:
    await type_text(pilot, text)
    await pilot.press("ctrl+s")


def joined(host) -> bool:
    seat = host.screen.session.seat if hasattr(host.screen, "session") else None
    return seat is not None and seat.guest is not None


def connected(guest) -> bool:
    return isinstance(guest.screen, SeatScreen) and guest.screen.connected


@pytest.mark.slow
async def test_invite_join_and_a_note_from_each_seat(host_app, guest_app, me):
    meeting = planned_meeting()
    host = host_app(meeting)
    async with host.run_test(size=SIZE) as hp:
        await hp.press("ctrl+j")
        assert isinstance(host.screen, SeatPanel)
        await type_text(hp, me)
        await hp.press("enter")
        code = code_of(meeting)
        assert code is not None and meeting.seat.login == me
        assert f"gesprek join {code}" in shown(host, "#seat-state")
        await hp.press("escape")
        assert f"gesprek join {code}" in shown(host, "#seat-line")

        guest = guest_app(code)
        async with guest.run_test(size=SIZE) as gp:
            await wait_until(gp, lambda: connected(guest) and joined(host))
            assert "verbonden sinds 10:00" in shown(host, "#seat-line")
            assert meeting.topics[0].title in shown(guest, "#clock")

            # Before the start her seat keeps prepared points, shown on both seats as hers.
            await keep(gp, "Mijn eigen punt")
            await wait_until(gp, lambda: meeting.topics[0].prepared)
            [point] = meeting.topics[0].prepared
            assert (point.text, point.author) == ("Mijn eigen punt", Side.EMPLOYEE)
            await wait_until(gp, lambda: "Mijn eigen punt (medewerker)" in notes(host))
            await wait_until(gp, lambda: "niet ontvangen" not in notes(guest))
            assert "Mijn eigen punt (medewerker)" in notes(guest)

            await hp.press("ctrl+g")
            await keep(hp, "Goed begin")
            await wait_until(gp, lambda: "leidinggevende: Goed begin" in notes(guest))
            assert "LOOPT" in shown(guest, "#clock")

            # The manager's seat speaks as the employee too; hers cannot speak as the manager.
            await hp.press("ctrl+t")
            await keep(gp, "Ik zie het anders")
            await wait_until(gp, lambda: len(meeting.topics[0].notes) == 2)
            assert [(n.text, n.author) for n in meeting.topics[0].notes] == [
                ("Goed begin", Side.MANAGER),
                ("Ik zie het anders", Side.EMPLOYEE),
            ]
            await wait_until(gp, lambda: "medewerker: Ik zie het anders" in notes(host))
            await gp.press("ctrl+t")  # no speaker switch on her seat; no topic after the start
            assert isinstance(guest.screen, SeatScreen)


async def test_her_own_signoff_and_her_copy_of_the_finished_record(
    host_app, guest_app, meeting, code, me, manager_store, employee_store
):
    host, guest = host_app(meeting), guest_app(code)
    async with host.run_test(size=SIZE) as hp, guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: connected(guest) and joined(host))
        await hp.press("ctrl+g")
        await keep(gp, "Een notitie van mij")
        await wait_until(gp, lambda: meeting.topics[0].notes)

        await gp.press("ctrl+r")
        await gp.pause()
        guest.screen.query_one("#seat-signoff").value = Signoff.AGREED.value
        await gp.press("ctrl+s")
        await wait_until(gp, lambda: meeting.report.employee_signoff is Signoff.AGREED)
        signed = meeting.report.employee_signed
        assert (signed.seat, signed.login, signed.at) == (Side.EMPLOYEE, me, "2026-11-25T10:00:00+01:00")

        # While she is connected, only her seat sets her sign-off.
        await hp.press("ctrl+r")
        await hp.pause()
        assert isinstance(host.screen, ClosingScreen)
        employee_choice = host.screen.query_one("#employee_signoff")
        assert employee_choice.disabled and employee_choice.value == Signoff.AGREED.value
        assert "vanaf haar eigen plek" in shown(host, "#employee-seat")

        await hp.press("ctrl+r", "j")
        await wait_until(gp, lambda: isinstance(guest.screen, ViewScreen))
        assert guest.screen.meeting.status is Status.FINISHED

    [copy] = employee_store.list()
    mine = employee_store.load(copy.id)
    assert mine.status is Status.FINISHED and mine.id == meeting.id
    assert [n.text for n in mine.topics[0].notes] == ["Een notitie van mij"]
    assert mine.report.employee_signed.login == me
    assert mine.seat.token == "" and mine.form_draft is None
    folder = employee_store.path / "meetings"
    assert stat.S_IMODE(os.stat(folder / f"{meeting.id}.json").st_mode) == 0o600
    assert not Outbox(employee_store.codec, meeting.id).path.exists()
    # The code ends with the meeting: it is not kept in the manager's record either.
    assert manager_store.load(meeting.id).seat.token == ""


async def test_a_dropped_seat_rejoins_to_the_current_state(host_app, guest_app, meeting, code):
    host = host_app(meeting)
    async with host.run_test(size=SIZE) as hp:
        await hp.press("ctrl+g")
        guest = guest_app(code)
        async with guest.run_test(size=SIZE) as gp:
            await wait_until(gp, lambda: connected(guest) and joined(host))
        # Her app is gone (as after a dropped line): the meeting goes on, and says she left.
        await wait_until(hp, lambda: "is weg sinds 10:00" in shown(host, "#seat-line"))
        await keep(hp, "Terwijl ze weg was")
        again = guest_app(code)
        async with again.run_test(size=SIZE) as gp:
            await wait_until(gp, lambda: connected(again) and joined(host))
            await wait_until(gp, lambda: "Terwijl ze weg was" in notes(again))
            assert "LOOPT" in shown(again, "#clock")


@pytest.mark.slow
async def test_a_note_kept_while_the_manager_is_away_arrives_once(host_app, guest_app, meeting, code, manager_store):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        host = host_app(meeting)
        async with host.run_test(size=SIZE) as hp:
            await hp.press("ctrl+g")
            await wait_until(gp, lambda: connected(guest) and guest.screen.meeting.status is Status.RUNNING)
        # The manager's app went (his line dropped): her seat says so and keeps working.
        await wait_until(gp, lambda: not connected(guest))
        assert "niet open" in shown(guest, "#seat-status") or "verbroken" in shown(guest, "#seat-status")
        await keep(gp, "Bewaard terwijl hij weg was")
        await type_text(gp, "nog aan het typen")
        assert "Bewaard terwijl hij weg was (nog niet ontvangen)" in notes(guest)
        assert "1 nog niet ontvangen" in shown(guest, "#editor-label")

        # He resumes the meeting: her seat reconnects by itself, with the same code.
        for _ in range(2):  # and once more: what arrived is not applied twice
            resumed = manager_store.load(meeting.id)
            host = host_app(resumed)
            async with host.run_test(size=SIZE) as hp:
                await wait_until(gp, lambda host=host: connected(guest) and joined(host))
                # Her notes show it a message after her outbox empties: wait for both.
                await wait_until(gp, lambda: not guest.screen.guest.pending and "niet ontvangen" not in notes(guest))
                texts = [n.text for n in resumed.topics[0].notes]
                assert texts == ["Bewaard terwijl hij weg was"]
                # The confirmation and the state that shows the note are two messages.
                await wait_until(gp, lambda: "medewerker: Bewaard terwijl hij weg was" in notes(guest))
                assert "niet ontvangen" not in notes(guest)
            await wait_until(gp, lambda: not connected(guest))
        assert guest.screen.query_one("#editor").text == "nog aan het typen"


async def test_preparing_before_the_managers_app_runs(host_app, guest_app, meeting, code, employee_store):
    guest = guest_app(code)
    async with guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: "niet open" in shown(guest, "#seat-status"))
        await keep(gp, "Werkdruk in de piekweken")
        await gp.press("ctrl+t")
        await type_text(gp, "Thuiswerken")
        await gp.press("enter")
        await wait_until(gp, lambda: len(guest.screen.guest.pending) == 2)
        assert "Voorgesteld onderwerp: Thuiswerken" in notes(guest)
    outbox = Outbox(employee_store.codec, meeting.id)
    assert [item.type for item in outbox.items] == ["point", "topic"]
    assert stat.S_IMODE(os.stat(outbox.path).st_mode) == 0o600

    host = host_app(meeting)
    async with host.run_test(size=SIZE):
        for _ in range(2):  # joined twice: delivered once
            guest = guest_app(code)
            async with guest.run_test(size=SIZE) as gp:
                await wait_until(gp, lambda guest=guest: connected(guest) and not guest.screen.guest.pending)
        assert [(p.text, p.author) for p in meeting.topics[0].prepared] == [("Werkdruk in de piekweken", Side.EMPLOYEE)]
        proposed = [t for t in meeting.topics if t.title == "Thuiswerken"]
        assert len(proposed) == 1 and proposed[0].raised_by is RaisedBy.EMPLOYEE
        assert meeting.topics[-2] is proposed[0]  # before the agenda's own closing
        assert "Werkdruk in de piekweken (medewerker)" in notes(host)
    assert Outbox(employee_store.codec, meeting.id).items == []


async def test_her_proposed_agreement_is_accepted_on_the_managers_seat(host_app, guest_app, meeting, code):
    host, guest = host_app(meeting), guest_app(code)
    async with host.run_test(size=SIZE) as hp, guest.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: connected(guest) and joined(host))
        await hp.press("ctrl+g")
        await gp.press("ctrl+o")
        await gp.pause()
        await type_text(gp, "Cursus data-analyse")
        await gp.press("ctrl+s")
        await wait_until(gp, lambda: meeting.seat.proposals)
        assert "1 voorstel" in shown(host, "#seat-line")

        await hp.press("ctrl+j", "enter")  # the agreement form, filled in with hers
        await hp.pause()
        await hp.press("end")  # the field opens with its text selected
        await type_text(hp, " (HR betaalt)")
        await hp.press("ctrl+s")
        await wait_until(hp, lambda: meeting.agreements)
        [agreement] = meeting.agreements
        assert agreement.what == "Cursus data-analyse (HR betaalt)"
        assert meeting.seat.proposals == []
        await gp.press("ctrl+f")
        await wait_until(gp, lambda: "Cursus data-analyse (HR betaalt) · medewerker · — · open" in shown(guest, "#seat-agreements"))


def _other_account() -> pwd.struct_passwd | None:
    return next((p for p in pwd.getpwall() if p.pw_uid != os.geteuid()), None)


async def test_an_account_that_is_not_invited_is_refused(host_app, guest_app, me):
    other = _other_account()
    if other is None:
        pytest.skip("this machine has one account only")
    meeting = planned_meeting()
    from tui.seats.invite import invite

    invite(meeting, other.pw_name)  # someone else is invited; this test's account knocks with the code
    before = meeting.to_dict()
    host = host_app(meeting)
    async with host.run_test(size=SIZE) as hp:
        guest = guest_app(code_of(meeting))
        async with guest.run_test(size=SIZE) as gp:
            await wait_until(gp, lambda: "Geweigerd" in shown(guest, "#seat-status"))
            assert "niet uitgenodigd" in shown(guest, "#seat-status")
            await wait_until(hp, lambda: any(f"een poging van {me}" in n.message for n in host._notifications))
        assert meeting.to_dict() == before
        assert host.screen.session.seat.guest is None


async def test_a_new_code_ends_the_old_one(host_app, guest_app, meeting, code):
    host, guest = host_app(meeting), guest_app(code)
    async with host.run_test(size=SIZE) as hp:
        async with guest.run_test(size=SIZE) as gp:
            await wait_until(gp, lambda: connected(guest) and joined(host))
            await hp.press("ctrl+j", "n", "j")
            await wait_until(gp, lambda: "Geweigerd" in shown(guest, "#seat-status"))
            assert "vraag je leidinggevende om de nieuwe" in shown(guest, "#seat-status")
            assert code_of(meeting) != code and code_of(meeting).meeting == code.meeting
        again = guest_app(code)  # she tries the old code again, her first seat closed
        async with again.run_test(size=SIZE) as gp2:
            await wait_until(gp2, lambda: "Geweigerd" in shown(again, "#seat-status"))
        fresh = guest_app(code_of(meeting))
        async with fresh.run_test(size=SIZE) as gp3:
            await wait_until(gp3, lambda: connected(fresh) and joined(host))


async def test_a_second_seat_of_hers_in_the_same_meeting_is_refused_with_a_clear_message(guest_app, code):
    # Both would write her one outbox over each other: the second says where to go on.
    first = guest_app(code)
    async with first.run_test(size=SIZE) as gp:
        await wait_until(gp, lambda: isinstance(first.screen, SeatScreen))
        second = guest_app(code)
        async with second.run_test(size=SIZE) as gp2:
            await wait_until(gp2, lambda: any("al open" in str(n.message) for n in second._notifications))
            assert not isinstance(second.screen, SeatScreen)
    again = guest_app(code)  # the first closed: her seat opens again
    async with again.run_test(size=SIZE) as gp3:
        await wait_until(gp3, lambda: isinstance(again.screen, SeatScreen))
