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


async def test_a_meeting_held_live_in_another_window_is_refused_before_the_question(make_app, filled, store):
    from tui.store import open_store

    held = open_store(store.path).hold_open("l00000000002")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        assert rows(app.screen)[0][0] == "2026-12-01"
        await pilot.press("x")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmScreen)
        assert any("open in gesprek" in message for message in messages(app))
    held.release()
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


async def test_a_conversation_open_in_another_window_is_not_marked_from_the_review(make_app, filled, store):
    from tui.store import open_store
    from tui.ui.screens.review.open_agreements import OpenAgreementsScreen

    held = open_store(store.path).hold_open("a00000000001")  # another window has it live
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_review(app, pilot)
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, OpenAgreementsScreen)
        assert rows(app.screen)[0][1].startswith("Security-cursus")
        await pilot.press("d", "enter")
        await settle(pilot)
        assert any("in een ander venster" in m and "niets gewijzigd" in m for m in messages(app))
    assert store.load("a00000000001").agreements[0].status.value == "open"
    held.release()


async def test_a_version_kept_apart_is_not_merged_into_a_conversation_open_in_another_window(make_app, filled, store):
    from tui.domain.model import Agreement
    from tui.store import open_store
    from tui.ui.screens.review.conflict import ConflictScreen

    meeting = store.load("a00000000001")
    store.write_conflict_copy({**meeting.to_dict(), "agreements": [Agreement("Van elders").__dict__]})
    held = open_store(store.path).hold_open(meeting.id)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.push_screen(ConflictScreen(meeting.id))
        await settle(pilot)
        screen = app.screen
        assert [row.text for row in screen.rows] == ["Van elders"]
        await pilot.press("enter")
        await settle(pilot)
        assert any("in een ander venster" in m for m in messages(app))
        assert not screen.busy  # refused, so the next take may try again
    assert [a.what for a in store.load(meeting.id).agreements] == ["Security-cursus uitzoeken"]
    held.release()


def test_mark_and_merge_refuse_a_conversation_held_live(filled, store):
    import pytest

    from tui.domain.merge import differences
    from tui.domain.model import Agreement, AgreementStatus
    from tui.i18n import set_language
    from tui.services.agreements import mark_stored
    from tui.services.conflicts import merge_stored
    from tui.store import MeetingOpen, open_store

    meeting = store.load("a00000000001")
    copy = store.load(meeting.id)
    copy.agreements.append(Agreement("Van elders"))
    held = open_store(store.path).hold_open(meeting.id)
    with pytest.raises(MeetingOpen, match="ander venster"):
        mark_stored(store, meeting.id, meeting.agreements[0].id, AgreementStatus.DONE, "2026-11-25")
    set_language("en")  # the conftest sets Dutch back
    with pytest.raises(MeetingOpen, match="another window.*Nothing was changed"):
        merge_stored(store, meeting.id, copy, differences(meeting, copy))
    assert store.load(meeting.id) == meeting
    held.release()  # closed there: now it can
    assert mark_stored(store, meeting.id, meeting.agreements[0].id, AgreementStatus.DONE, "2026-11-25")
