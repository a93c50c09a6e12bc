"""The new-meeting form knows the employees of earlier conversations and their manager (issue item 19)."""

from __future__ import annotations

from textual.widgets import Input

from tui.domain.model import Status
from tui.services.meetings import known_people
from tui.ui.screens.new_meeting import NewMeetingScreen

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
