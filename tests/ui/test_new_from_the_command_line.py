"""`gesprek new` without both names: the new-meeting form, filled in with what was given."""

from __future__ import annotations

from textual.widgets import Input, Select

from tui.cli import build_app
from tui.services.meetings import NewMeeting
from tui.ui.screens.meeting.meeting import MeetingScreen
from tui.ui.screens.new_meeting import NewMeetingScreen

from .keys import type_text
from .test_meeting_flow import SIZE
from .waiting import wait_until


async def test_the_form_opens_with_what_was_given_and_starts_the_meeting(store):
    app = build_app(store, form=NewMeeting("Anna de Vries", "", "opvolgingsgesprek", "2027-01-12"))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, NewMeetingScreen))
        form = app.screen
        assert form.query_one("#employee", Input).value == "Anna de Vries"
        assert form.query_one("#agenda-choice", Select).value == "opvolgingsgesprek"
        assert form.query_one("#date", Input).value == "2027-01-12"
        assert form.focused is form.query_one("#manager", Input)
        await type_text(pilot, "Bert Jansen")
        await pilot.press("ctrl+s")
        await wait_until(pilot, lambda: isinstance(app.screen, MeetingScreen))
        meeting = app.screen.meeting
    assert (meeting.employee, meeting.manager, meeting.date, meeting.kind.value) == (
        "Anna de Vries", "Bert Jansen", "2027-01-12", "opvolgingsgesprek"
    )


async def test_an_agenda_file_given_is_a_choice_of_its_own(store, tmp_path):
    template = tmp_path / "eigen.md"
    template.write_text("# Eigen\n\n## Alles (5 min)\n", encoding="utf-8")
    app = build_app(store, form=NewMeeting("", "", str(template)))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, NewMeetingScreen))
        assert app.screen.query_one("#agenda-choice", Select).value == str(template)
        assert app.screen.focused is app.screen.query_one("#employee", Input)


async def test_a_manager_the_form_fills_in_is_not_typing(store):
    from .test_new_meeting import people_of

    people_of(store)
    app = build_app(store, form=NewMeeting("Sanne de Vries", ""))
    async with app.run_test(size=SIZE) as pilot:
        await wait_until(pilot, lambda: isinstance(app.screen, NewMeetingScreen))
        form = app.screen
        manager = form.query_one("#manager", Input)
        await wait_until(pilot, lambda: manager.value == "Els Bakker")
        assert not form.dirty  # Esc just closes it
        await type_text(pilot, "!")
        assert form.dirty
