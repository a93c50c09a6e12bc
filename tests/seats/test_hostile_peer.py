"""Escape sequences from the other seat stay inert: in what the host sends her seat, and in
what her seat sends the host (notes, topics, proposals), on every screen either shows."""

from __future__ import annotations

from tui.domain.model import Status
from tui.seats.invite import code_of, invite

from ..ui.scenes import planned_meeting
from ..ui.test_hostile_text import HOSTILE, Scan, fill_every_field
from ..ui.waiting import wait_until
from .conftest import SIZE
from .test_two_seats import connected, joined


async def test_no_screen_of_either_seat_shows_raw_text(host_app, guest_app, me):
    meeting = planned_meeting()
    fill_every_field(meeting, Status.PLANNED)
    invite(meeting, me)
    host, guest = host_app(meeting), guest_app(code_of(meeting))
    async with host.run_test(size=SIZE, notifications=True) as hp, guest.run_test(size=SIZE, notifications=True) as gp:
        await wait_until(gp, lambda: connected(guest) and joined(host))
        mine, his = Scan(gp), Scan(hp)
        await mine()  # her seat: the agenda, prepared points, notes, prompts
        await mine(paste=HOSTILE)
        await mine("ctrl+s")  # kept as her point
        await mine("ctrl+t", paste=HOSTILE)
        await mine("enter")  # her topic
        await mine("ctrl+o", paste=HOSTILE)
        await mine("ctrl+s")  # her proposal
        await wait_until(gp, lambda: meeting.seat.proposals and len(meeting.seat.received) == 3)
        await his()  # the manager's seat: her point, topic and the notices about them
        await his("ctrl+j")  # her proposal on his panel
        await his("escape", "ctrl+g")
        await mine("ctrl+f")  # the agreements and her proposals
        await mine("escape", "ctrl+l")  # the report
        await mine("escape", "ctrl+r")  # closing details and her sign-off
        await mine("escape")
    assert mine.leaks == {} and his.leaks == {}
    assert all(shows for _, shows in mine.seen + his.seen if _ != "SeatSignoffScreen")
