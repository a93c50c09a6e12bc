"""The new-meeting form from the start screen (`n`): filled in by keys, Ctrl+S, and the meeting opens
with the employee's still-open agreements; it knows the employees of earlier conversations and their
manager (issue item 19)."""

from __future__ import annotations

from textual.widgets import Input, Select

from tests.review.scenes import ahmed_2025, sanne_2025, sanne_2026
from tui.domain.carry_over import PROMPT_MARK, carry_over_topic
from tui.domain.model import AgreementStatus, Status
from tui.i18n import t
from tui.services.meetings import known_people
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.new_meeting import NewMeetingScreen

from .keys import type_text
from .scenes import planned_meeting
from .waiting import wait_until


def conversation(store, meeting_id: str, employee: str, manager: str, date: str) -> None:
    meeting = planned_meeting(meeting_id)
    meeting.employee, meeting.manager, meeting.date = employee, manager, date
    meeting.status = Status.FINISHED
    store.save(meeting)


def people_of(store) -> None:
    conversation(store, "s00000000001", "Sanne de Vries", "Pieter Janssens", "2025-11-20")
    conversation(store, "s00000000002", "Sanne de Vries", "Els Bakker", "2026-05-12")
    conversation(store, "a00000000001", "Ahmed El Amrani", "Pieter Janssens", "2026-02-01")


async def open_form(app, pilot) -> tuple[Input, Input]:
    """The form from the start screen, once it knows the people: (employee, manager)."""
    await wait_until(pilot, lambda: bool(getattr(app.screen, "summaries", None)))
    await pilot.press("n")
    await wait_until(pilot, lambda: isinstance(app.screen, NewMeetingScreen))
    employee = app.screen.query_one("#employee", Input)
    await wait_until(pilot, lambda: employee.suggester is not None)
    return employee, app.screen.query_one("#manager", Input)


def test_known_people_from_the_store(store):
    people_of(store)
    known = known_people(store)
    assert known.employees == ["Ahmed El Amrani", "Sanne de Vries"]
    assert known.manager_of("sanne de  VRIES") == "Els Bakker"
    assert known.manager_of("Lotte") is None


async def test_the_form_suggests_employees_and_fills_in_their_manager(make_app, store):
    people_of(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        employee, manager = await open_form(app, pilot)
        assert await employee.suggester.get_suggestion("san") == "Sanne de Vries"
        await pilot.press(*"san", "right")  # → takes the suggestion
        await wait_until(pilot, lambda: manager.value == "Els Bakker")
        assert employee.value == "Sanne de Vries"
        # Someone else: the manager filled in follows; a name typed after it no longer matches.
        employee.value = "Ahmed El Amrani"
        await wait_until(pilot, lambda: manager.value == "Pieter Janssens")
        employee.value = "Ahmed"
        await wait_until(pilot, lambda: manager.value == "")


async def test_a_manager_typed_by_hand_stays(make_app, store):
    people_of(store)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        employee, manager = await open_form(app, pilot)
        manager.value = "Jan Smit"
        employee.value = "Sanne de Vries"
        await pilot.pause()
        assert manager.value == "Jan Smit"


# Open in Sanne's earlier conversations (the third, agr000000003, is done); Ahmed's is his own.
CARRIED = ["agr000000001", "agr000000002", "agr000000004"]


async def test_n_fills_in_a_meeting_that_opens_with_last_times_open_agreements(make_app, store):
    for earlier in (sanne_2025(), sanne_2026(), ahmed_2025()):
        store.save(earlier)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        employee, manager = await open_form(app, pilot)
        form = app.screen
        assert form.focused is employee
        assert form.query_one("#date", Input).value == "2026-11-25"  # today, by the app's clock
        assert form.query_one("#agenda-choice", Select).value == "functioneringsgesprek"
        await type_text(pilot, "Sanne de Vries")
        await wait_until(pilot, lambda: manager.value == "Pieter Janssens")  # hers last time
        await pilot.press("tab", "ctrl+u")  # another manager this time
        await type_text(pilot, "Els Bakker")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        meeting = app.screen.meeting
        assert (meeting.employee, meeting.manager, meeting.date, meeting.status) == (
            "Sanne de Vries", "Els Bakker", "2026-11-25", Status.PLANNED
        )
        assert [a.id for a in meeting.agreements] == CARRIED
        assert all(a.status is AgreementStatus.OPEN for a in meeting.agreements)
        marked = [p for p in carry_over_topic(meeting).prompts if p.startswith(PROMPT_MARK)]
        assert len(marked) == 3 and "Cursus presenteren volgen" in marked[0]
    stored = store.load(meeting.id)
    assert [a.id for a in stored.agreements] == CARRIED
    assert len(store.list()) == 4


async def test_without_both_names_the_form_says_so_and_stays(make_app, store):
    store.save(ahmed_2025())  # someone else: nothing is filled in for Sanne
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        employee, manager = await open_form(app, pilot)
        await type_text(pilot, "Sanne de Vries")
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, NewMeetingScreen)
        assert str(app.screen.query_one("#form-error").render()) == t("new.names_missing")
        # Enter moves on field by field; on the date it saves.
        await pilot.press("enter")
        assert app.screen.focused is manager
        await type_text(pilot, "Pieter Janssens")
        app.screen.query_one("#date", Input).focus()
        await pilot.press("enter")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
    assert sorted(s.employee for s in store.list()) == ["Ahmed El Amrani", "Sanne de Vries"]
