"""In the app: deleting a conversation from the review list (asked first, refused while it is held
live), the live meeting marking itself open for other processes, and the start screen's line
about conversations past the retention period."""

from __future__ import annotations

from textual.widgets import Static

from tests.leftovers import files_holding
from tests.ui.waiting import wait_until
from tui.domain.retention import Period
from tui.ui.dialogs.confirm import ConfirmScreen

from .test_review_ui import SIZE, open_review, rows, settle

AHMED_NOTE = "verdiepen"  # only in Ahmed's conversation (scenes.ahmed_2025)


def messages(app) -> list[str]:
    return [n.message for n in app._notifications]


async def test_x_asks_naming_what_goes_then_deletes_it_completely(make_app, filled, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("down", "down", "down", "down")
        assert rows(screen)[4][:2] == ["2025-06-03", "Ahmed El Amrani"]
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        question = app.screen.question
        assert "Ahmed El Amrani" in question and "2025-06-03" in question and "1 notitie" in question
        await pilot.press("j")
        await settle(pilot)
        assert app.screen is screen
        assert "Ahmed El Amrani" not in [row[1] for row in rows(screen)]
        assert any("Verwijderd" in message for message in messages(app))
    assert files_holding(AHMED_NOTE, store.path) == []
    assert len(store.list()) == 4


async def test_no_keeps_it(make_app, filled, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("delete")
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is screen and len(rows(screen)) == 5
    assert len(store.list()) == 5


async def test_carried_agreements_stay_in_later_conversations_and_the_question_says_so(make_app, filled, store):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_review(app, pilot)
        await pilot.press("down", "down", "down")
        assert rows(screen)[3][:2] == ["2025-11-20", "Sanne de Vries"]
        await pilot.press("x")
        await settle(pilot)
        assert "Latere gesprekken houden" in app.screen.question
        await pilot.press("j")
        await settle(pilot)
    assert files_holding("Piekweken zijn zwaar", store.path) == []  # in its notes only (the carried agreement says "piekweken" too)
    assert store.load("s00000000002").agreement("agr000000001").what == "Cursus presenteren volgen"


async def test_the_meeting_held_live_in_this_app_is_not_deleted(make_app, filled, store):
    from tui.ui.screens.review.review import ReviewScreen

    app = make_app(open_meeting=store.load("l00000000002"))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert store.is_open("l00000000002")  # other processes see it too
        app.push_screen(ReviewScreen())
        await settle(pilot)
        assert rows(app.screen)[0][0] == "2026-12-01"
        await pilot.press("x")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert any("open" in message for message in messages(app))
    assert not store.is_open("l00000000002")  # the app let go of it
    assert store.load("l00000000002").employee == "Lotte Bakker"


async def test_the_start_screen_says_when_conversations_are_past_the_retention_period(make_app, filled, store):
    store.set_retention(Period.parse("1y"))
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        line = app.screen.query_one("#start-retention", Static)
        await wait_until(pilot, lambda: line.display)
        text = str(line.render())
        assert "2 afgeronde gesprekken" in text and "1 jaar" in text and "gesprek purge" in text


async def test_no_line_without_a_retention_period(make_app, filled):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.screen.query_one("#start-retention", Static).display
