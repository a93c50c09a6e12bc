"""At 80 columns nothing that carries meaning is cut mid-word: the meeting's date, names in the
review tables, column headings; what must be cut ends after a whole word where it can."""

from __future__ import annotations

from textual.widgets import DataTable, Static

from tui.domain.model import Agreement, Approach, Kind, Owner, Status
from tui.i18n import set_language
from tui.ui.display import cut
from tui.ui.screens.meeting.agreements import AgreementsScreen
from tui.ui.screens.review.open_agreements import OpenAgreementsScreen

from .scenes import planned_meeting
from .waiting import wait_until

SIZE = (80, 24)


def test_cut_drops_a_word_cut_to_a_few_letters():
    assert cut("Cursus presenteren volgen", 21) == "Cursus presenteren …"  # not "… v…"
    assert cut("Presentatietraining volgen", 21) == "Presentatietraining …"
    assert cut("Cursus presenteren volgen", 16) == "Cursus presente…"  # a part that still reads
    assert cut("Werkdrukvermindering in piekweken", 12) == "Werkdrukver…"  # no word to end after
    assert cut("kort", 21) == "kort"


async def test_the_meeting_title_keeps_its_date_with_long_names(make_app):
    meeting = planned_meeting()
    meeting.kind = Kind.COACHING
    meeting.employee, meeting.manager = "Mohammed el Bouzidi-Verhoeven", "Annemarie van den Bergh-Jansen"
    app = make_app(open_meeting=meeting)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        title = str(app.screen.query_one("#meeting-title", Static).render())
        assert title.endswith("· 2026-11-25") and len(title) <= 78
        assert title.startswith("coaching · Mohammed el Bouzidi") and "Annemarie van den" in title


def open_agreement(meeting_id: str, employee: str):
    meeting = planned_meeting(meeting_id)
    meeting.status, meeting.employee = Status.FINISHED, employee
    meeting.agreements.append(
        Agreement(what="Presentatietraining volgen", owner=Owner.MANAGER, approach=Approach.TRAINING, due="2027-03-01", id=f"agr{meeting_id}")
    )
    return meeting


async def test_open_agreements_show_whole_names_and_a_heading_that_says_due(make_app, store):
    store.save(open_agreement("f00000000001", "Ahmed El Amrani"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.push_screen(OpenAgreementsScreen())
        table = app.screen.query_one(DataTable)
        await wait_until(pilot, lambda: table.row_count == 1)
        await pilot.pause()
        headings = [str(column.label) for column in table.columns.values()]
        assert headings[0] == "Uiterlijk"  # not "Tegen" (against), cut from "Tegen wanneer"
        row = [str(cell) for cell in table.get_row_at(0)]
        assert "Ahmed El Amrani" in row and "leiding" in row
        assert app.screen.query_one(DataTable).region.width <= 80


async def test_the_agreements_screen_gives_dates_in_the_ui_language(make_app, clock):
    meeting = planned_meeting()
    meeting.agreements.append(Agreement(what="Cursus", owner=Owner.EMPLOYEE, approach=Approach.TRAINING, due="2027-03-01"))
    set_language("en")
    try:
        app = make_app(open_meeting=meeting)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await app.push_screen(AgreementsScreen(app.screen.session))
            table = app.screen.query_one(DataTable)
            await wait_until(pilot, lambda: table.row_count == 1)
            assert str(table.get_row_at(0)[2]) == "1 Mar 2027"  # was the agenda's Dutch: "1 mrt. 2027"
    finally:
        set_language("nl")
