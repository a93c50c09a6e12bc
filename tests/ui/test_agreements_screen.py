"""This meeting's agreements (Ctrl+F): edit one, mark it done and open again, remove one, add one;
by keys, asserted on the record and on what reached the store."""

from __future__ import annotations

from textual.widgets import DataTable, Input

from tui.domain.model import Agreement, AgreementStatus, Owner
from tui.ui.dialogs.confirm import ConfirmScreen
from tui.ui.screens.meeting.agreement_form import AgreementForm
from tui.ui.screens.meeting.agreements import AgreementsScreen
from tui.ui.screens.meeting.meeting import MeetingScreen

from .keys import type_text
from .waiting import wait_until

SIZE = (80, 24)
TODAY = "2026-11-25"  # the FakeClock's


def rows(screen) -> list[list[str]]:
    table = screen.query_one(DataTable)
    return [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]


async def open_agreements(app, pilot) -> AgreementsScreen:
    await pilot.pause()
    await pilot.press("ctrl+f")
    await wait_until(pilot, lambda: isinstance(app.screen, AgreementsScreen))
    return app.screen


async def test_edit_an_agreement_in_place(make_app, store, meeting):
    meeting.agreements = [Agreement("Cursus volgen", Owner.EMPLOYEE, due="2027-03-01"), Agreement("Mentor zoeken")]
    first_id = meeting.agreements[0].id
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agreements(app, pilot)
        assert [r[0] for r in rows(screen)] == ["Cursus volgen", "Mentor zoeken"]
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, AgreementForm))
        form = app.screen
        assert form.query_one("#what", Input).value == "Cursus volgen"
        await pilot.press("ctrl+u")  # empty the field: what is typed next replaces it
        await type_text(pilot, "Cursus presenteren volgen")
        form.query_one("#due", Input).focus()
        await pilot.press("ctrl+u")
        await type_text(pilot, "3m")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is screen)
        assert rows(screen)[0][0] == "Cursus presenteren volgen"
        assert screen.query_one(DataTable).cursor_row == 0
        [edited, other] = meeting.agreements
        assert (edited.id, edited.what, edited.due) == (first_id, "Cursus presenteren volgen", "2027-02-25")
        assert other.what == "Mentor zoeken"
        assert meeting.form_draft is None
    stored = store.load(meeting.id)
    assert [(a.id, a.what, a.due) for a in stored.agreements] == [
        (first_id, "Cursus presenteren volgen", "2027-02-25"),
        (meeting.agreements[1].id, "Mentor zoeken", None),
    ]


async def test_done_and_open_again(make_app, store, meeting):
    meeting.agreements = [Agreement("Cursus volgen"), Agreement("Mentor zoeken")]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agreements(app, pilot)
        await pilot.press("down", "d")
        second = meeting.agreements[1]
        assert (second.status, second.status_at) == (AgreementStatus.DONE, TODAY)
        assert [r[3] for r in rows(screen)] == ["open", "gedaan"]
        assert screen.query_one(DataTable).cursor_row == 1  # still on it
        await pilot.press("d")
        assert second.status is AgreementStatus.OPEN
        assert meeting.agreements[0].status is AgreementStatus.OPEN
        await pilot.press("d")
        await pilot.press("escape")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    assert [a.status for a in store.load(meeting.id).agreements] == [AgreementStatus.OPEN, AgreementStatus.DONE]


async def test_remove_asks_first(make_app, store, meeting):
    meeting.agreements = [Agreement("Cursus volgen"), Agreement("Mentor zoeken"), Agreement("Thuiswerken")]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agreements(app, pilot)
        await pilot.press("down", "x")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        assert "Mentor zoeken" in app.screen.question
        await pilot.press("n")  # no: nothing happens
        await wait_until(pilot, lambda: app.screen is screen)
        assert [a.what for a in meeting.agreements] == ["Cursus volgen", "Mentor zoeken", "Thuiswerken"]
        await pilot.press("x")
        await wait_until(pilot, lambda: isinstance(app.screen, ConfirmScreen))
        await pilot.press("j")
        await wait_until(pilot, lambda: app.screen is screen)
        assert [a.what for a in meeting.agreements] == ["Cursus volgen", "Thuiswerken"]
        assert [r[0] for r in rows(screen)] == ["Cursus volgen", "Thuiswerken"]
        assert screen.query_one(DataTable).cursor_row == 1  # on the one that took its place
        # The last one, then the rest: the list says there are none.
        await pilot.press("x", "j")
        await wait_until(pilot, lambda: app.screen is screen and len(meeting.agreements) == 1)
        await pilot.press("x", "j")
        await wait_until(pilot, lambda: app.screen is screen and not meeting.agreements)
        assert rows(screen) == []
        await pilot.press("x", "d", "enter")  # nothing to remove, mark or edit
        assert app.screen is screen and not meeting.agreements
    assert store.load(meeting.id).agreements == []


async def test_n_adds_one_to_the_list(make_app, store, meeting):
    meeting.agreements = [Agreement("Cursus volgen")]
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_agreements(app, pilot)
        await pilot.press("n")
        await wait_until(pilot, lambda: isinstance(app.screen, AgreementForm))
        await type_text(pilot, "Mentor zoeken")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: app.screen is screen)
        assert [r[0] for r in rows(screen)] == ["Cursus volgen", "Mentor zoeken"]
        assert screen.query_one(DataTable).cursor_row == 1
    assert [a.what for a in store.load(meeting.id).agreements] == ["Cursus volgen", "Mentor zoeken"]
